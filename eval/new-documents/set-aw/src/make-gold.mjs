// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes copied from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Table rows are taken from the renderings by their first cell (row()),
// so a quote is always a whole row or its first n cells; other quotes are checked by check-gold.mjs.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const SIGNED = DOCS.signed, AGENDA = DOCS.agenda, SLIDES = DOCS.slides, FORMS = DOCS.returns, WEB = DOCS.web;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// row(doc, first cell(s), n, k): the k-th rendering line (from 0) starting with those cells, cut to its first n cells
const row = (doc, start, n, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start + " | "))[k];
  if (!l) throw new Error(`no row ${start} in ${doc}`);
  return n ? l.split(" | ").slice(0, n).join(" | ") : l;
};
// line(doc, start): the first rendering line starting with that text
const line = (doc, start) => {
  const l = lines(doc).find((x) => x.startsWith(start));
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// the English half of a bilingual row ("Welsh | English")
const en = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(" | " + start));
  if (!l) throw new Error(`no English ${start} in ${doc}`);
  return l.slice(l.indexOf(" | " + start) + 3);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `aw${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which itvtg measures are off track at q3?", "status_lookup",
  "Three of the ten measures are 🔴 Off track (Red) at quarter 3 2112/13: IVM-02, the underage sales rate in test purchases (24% against a target of 15% or lower); IVM-04, illicit tobacco seized (4,410 kg against 9,000); and IVM-09, Welsh councils signed up to the joint operations protocol (14 against 18).",
  ["IVM-02", "IVM-04", "IVM-09"], ["IVM-01", "IVM-07"],
  [[SLIDES, row(SLIDES, "IVM-02")], [SLIDES, row(SLIDES, "IVM-04")], [SLIDES, row(SLIDES, "IVM-09")]],
  "Marp markdown source: the measures table is split over two slides ('Measures (1 of 2)', '(2 of 2)'); the rating is an emoji and a word in the 'Q3 rating' column, the colour only on the key slide. IVM-01 and IVM-07 are At risk.");
q("anything in the q3 perf slides that got worse since q2", "status_lookup",
  "Yes, five measures are rated worse at quarter 3 than at quarter 2: IVM-01 test purchase operations (On track to At risk), IVM-02 underage sales rate (At risk to Off track), IVM-04 illicit tobacco seized (At risk to Off track), IVM-07 retailers on the voluntary register (On track to At risk) and IVM-09 Welsh councils in the joint operations protocol (At risk to Off track). IVM-05, IVM-06 and IVM-08 improved; IVM-10 was not yet due at quarter 2.",
  ["IVM-01", "IVM-02", "IVM-04", "IVM-07", "IVM-09"], [],
  [[SLIDES, row(SLIDES, "IVM-01")], [SLIDES, row(SLIDES, "IVM-02")], [SLIDES, row(SLIDES, "IVM-04")], [SLIDES, row(SLIDES, "IVM-07")], [SLIDES, row(SLIDES, "IVM-09")]],
  "Needs the 'Q2 rating' and 'Q3 rating' columns compared in the key's order (Off track worse than At risk worse than On track worse than Achieved); no sentence lists them. IVM-10 was '⚪ Not yet due' at Q2.");
q("hows IVM-05 closure orders doing", "status_lookup",
  "Done: IVM-05, closure orders obtained (cumulative), is ✅ Achieved at quarter 3 2112/13 – 61 against the year's target of 60 (38 and On track at quarter 2).",
  ["Achieved", "61"], [],
  [[SLIDES, row(SLIDES, "IVM-05")], [SLIDES, "61 closure orders – the year's target of 60 met (IVM-05)"]],
  "'Achieved' is the deck's fourth rating (Blue on the key slide).");
q("wich of the actions from the nov meeting are still open?", "status_lookup",
  "Three of the eight actions from 22 November 2112 are still open: IVA-17, the data-sharing agreement with the Welsh councils (Elin Haf Tudur-Roberts) – Overdue, 14 of 20 councils have signed, new date 30/04/2113; IVA-19, the report on the cost of storing and disposing of seized vapes (Rajendra Odutola-Clarke) – In progress, to the June meeting; and IVA-21, the members' visit to the Severnmouth seized goods store (Perpetua Vantongeren) – Deferred to May 2113. The other five are Done.",
  ["IVA-17", "IVA-19", "IVA-21"], [],
  [[SLIDES, row(SLIDES, "IVA-17")], [SLIDES, row(SLIDES, "IVA-19")], [SLIDES, row(SLIDES, "IVA-21")]],
  "The action log is a slide of the Marp deck (statuses in words: Done, Overdue, In progress, Deferred); the actions themselves are agreed in the DocuSigned minutes.");
q("have the 22 nov minutes actually been signed?", "status_lookup",
  "Yes. They were approved as a correct record at the meeting on 14 March 2113 and signed by the Chair, Cllr Honoria Quenby-Marsh, through DocuSign on 3/16/2113 (16 March 2113) at 08:54 AM. The envelope's status is Completed.",
  ["3/16/2113"], [],
  [[SIGNED, "Approved as a correct record at the meeting held on 14 March 2113."], [SIGNED, "Date: 3/16/2113"], [SIGNED, row(SIGNED, "Envelope Id: B6E1F2C47A3D4E589C1B2D84F6A0E3B7")]],
  "The signature is DocuSign's stamp over the typed name; the date field is in the account's US format while the minutes write dates the British way.");
q("which risks are above tolerence?", "status_lookup",
  "Three risks score above the Task Group's tolerance of 15 at 28 February 2113: IVR-08, fires from the batteries of seized disposable vapes (20, Critical, new); IVR-01, organised crime groups moving sales to social media and delivery apps (16, Critical); and IVR-06, Welsh councils unable to join joint operations without a data-sharing agreement (16, Critical). IVR-02 scores 15, at the tolerance but not above it.",
  ["IVR-08", "IVR-01", "IVR-06"], [],
  [[SLIDES, row(SLIDES, "IVR-08")], [SLIDES, row(SLIDES, "IVR-01")], [SLIDES, row(SLIDES, "IVR-06")], [SLIDES, "Three risks above tolerance"]],
  "IVR-02 at 15 is the trap: the tolerance is 15 and the slide lists only the three above it.");
q("did any risks go up since november?", "status_lookup",
  "Two risks rose: IVR-02, officers assaulted or threatened during seizures, from 10 to 15 (High), and IVR-06, the Welsh data-sharing agreement, from 9 to 16 (Critical); both are marked ▲ Rising. IVR-08 (fires from seized vapes, 20) is new since November, and IVR-04 fell from 12 to 9.",
  ["IVR-02", "IVR-06"], [],
  [[SLIDES, row(SLIDES, "IVR-02")], [SLIDES, row(SLIDES, "IVR-06")]],
  "Compares the 'Score' and 'Nov score' columns of the risk slide.");

// ------------------------------------------------------------------ table_lookup (7)
q("risk score + owner for IVR-08?", "table_lookup",
  "IVR-08 (fires at storage and waste sites caused by the batteries of seized disposable vapes) scores 20 – likelihood 4 × impact 5, Critical. The owner is Cormac Ferriter. It is new: added on 12 December 2112.",
  ["20", "Cormac Ferriter"], [],
  [[SLIDES, row(SLIDES, "IVR-08")]],
  "");
q("how many illicit vapes seized by end of q3", "table_lookup",
  "238,750 illicit vapes (units, cumulative) by 31 December 2112 (IVM-03), against a target of 250,000 for 2112/13; 131,400 at quarter 2. Rated 🟢 On track.",
  ["238,750"], [],
  [[SLIDES, row(SLIDES, "IVM-03")]],
  "");
q("how much is copperdale getting from round 2", "table_lookup",
  "£187,500 for bid R2-16, Copperdale City Council's online marketplace takedown unit (score 86). It was recommended in item 5 and approved on 14 March 2113 (decision notice DN-2113-05).",
  ["£187,500"], [],
  [[AGENDA, row(AGENDA, "R2-16", 0, 1)], [SIGNED, row(SIGNED, "R2-16")]],
  "Bilingual Word pack: the awards table is nested in each language's column, the Welsh one first (row k=1 is the English table's row).");
q("whats the forecast outturn for the intelligence hub budget line", "table_lookup",
  "545 (£545,000) against a budget of 520 (£520,000) for 2112/13: an overspend of 25. Spend to 31 December 2112 was 402. The table is in £000.",
  ["545"], [],
  [[SLIDES, row(SLIDES, "Intelligence hub")]],
  "Budget slide in £000.");
q("how is cllr braithwaite-oakes attending on the 14th?", "table_lookup",
  "Online (Microsoft Teams): Cllr Lionel Braithwaite-Oakes's pre-meeting return of 2113/03/09 10:31:56 AM GMT says he will attend online. He declared no interest and is not staying for lunch.",
  ["Online"], [],
  [[FORMS, row(FORMS, "2113/03/09 10:31:56 AM GMT")]],
  "Google Forms response export: one row per submission, the question as the column heading.");
q("what time did the chair sign the docusign envelope", "table_lookup",
  "08:54 AM on 3/16/2113 (16 March 2113). The envelope was sent to her at 04:12 PM on 3/15/2113 and she viewed it at 08:51 AM on 3/16/2113; the proper officer signed after her at 09:31 AM.",
  ["08:54"], [],
  [[SIGNED, "Sent: 3/15/2113 | 04:12 PM Viewed: 3/16/2113 | 08:51 AM Signed: 3/16/2113 | 08:54 AM"]],
  "Certificate of Completion, signer events: timestamps in US order with a bar between date and time.");
q("wintle's DOI for the march mtg - which items?", "table_lookup",
  "Items 4 and 8. In his pre-meeting return (2113/03/07 11:48:02 AM GMT) Cllr Benedict Wintle declared an interest in Item 4 (programme performance and risk, quarter 3) and Item 8 (Operation Goshawk, Part B): his daughter is a trading standards officer at Holmcliffe District Council and took part in Operation Goshawk.",
  ["Item 4", "Item 8"], [],
  [[FORMS, row(FORMS, "2113/03/07 11:48:02 AM GMT")]],
  "A checkbox question: the two items are one field, separated by a semicolon with no space.");

// ------------------------------------------------------------------ people_roles (7)
q("who's vice chair of the itvtg?", "people_roles",
  "Cllr Emrys Pritchard-Lloyd (Plaid Cymru, Glanhafren County Council) is Vice-Chair of the Illicit Tobacco and Vapes Task Group.",
  ["Pritchard-Lloyd"], [],
  [[WEB, row(WEB, "Cllr Emrys Pritchard-Lloyd")], [SIGNED, row(SIGNED, "Present")]],
  "Web archive snapshot: the page is wrapped in the Wayback Machine's toolbar and scripts.");
q("who replaced perdita ormsby-vane on the task group", "people_roles",
  "Cllr Kwame Ekwueme-Shaw (Independent, Thistleby District Council), from 20 February 2113. Cllr Ormsby-Vane stood down on 10 February 2113 (the archived web page of 3 February 2113 still lists her).",
  ["Ekwueme-Shaw"], [],
  [[AGENDA, en(AGENDA, "Membership: Cllr Kwame Ekwueme-Shaw")]],
  "The bilingual pack's cover; the web snapshot predates the change.");
q("whos subbing for soraya on the 14th", "people_roles",
  "Cllr Araminta Voss (Conservative, Brackenfold Borough Council), one of the three named substitutes: Cllr Soraya Hadley-Fenwick's return of 2113/03/08 sends apologies with Cllr Araminta Voss as her substitute, and Cllr Voss's own return says she will attend online.",
  ["Voss"], [],
  [[FORMS, row(FORMS, "2113/03/08 2:22:45 PM GMT")], [FORMS, row(FORMS, "2113/03/09 12:03:27 PM GMT")]],
  "The substitute answers the form herself, naming whom she replaces in her name field.");
q("who's lead member for retailer standards", "people_roles",
  "Cllr Jocelyn Stanforth-Gale (Conservative, Eskerby County Council) is lead member for retailer standards; she is also the lead member for IVM-02 and IVM-07 in the performance slides.",
  ["Stanforth-Gale"], [],
  [[WEB, row(WEB, "Cllr Jocelyn Stanforth-Gale")]],
  "");
q("who did the talk on vape fires at the nov meeting", "people_roles",
  "Dr Caradog Penrose-Uttley, Head of Fire Investigation, Severnmouth Fire and Rescue Service (item 6 on 22 November 2112).",
  ["Penrose-Uttley"], [],
  [[SIGNED, line(SIGNED, "6.1 Dr Caradog Penrose-Uttley")]],
  "");
q("who signed DN-2113-05 apart from the chair", "people_roles",
  "Alasdair Fenchurch-Hope, Head of Democratic Services, signed the decision notice as proper officer through DocuSign on 3/16/2113 at 09:31 AM, after the Chair.",
  ["Fenchurch-Hope"], [],
  [[SIGNED, "Alasdair Fenchurch-Hope, Head of Democratic Services"], [SIGNED, "DocuSigned by: | Alasdair Fenchurch-Hope | E21B07D5C98A4F3..."]],
  "");
q("who do i contact about itvtg meeting papers", "people_roles",
  "Perpetua Vantongeren, Member Services Officer: perpetua.vantongeren@local.gov.uk, 020 7946 0445. The lead officer for the Task Group is Ottilie Brandreth-Hale, Programme Manager, Illicit Tobacco and Vapes.",
  ["Vantongeren"], [],
  [[WEB, line(WEB, "For questions about meetings and papers:")], [AGENDA, en(AGENDA, "Contact: Perpetua Vantongeren")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("reccomendations for item 5 round 2 awards?", "board_paper",
  "That the Task Group: (a) approves the eight awards in Table 1, totalling £1,086,500; (b) agrees that the £163,500 not awarded is carried forward to round 3; and (c) delegates the grant conditions for each award to the Programme Manager, in consultation with the Chair.",
  ["£1,086,500", "£163,500"], [],
  [[AGENDA, en(AGENDA, "(a) approves the eight awards")], [AGENDA, en(AGENDA, "(b) agrees that the £163,500")]],
  "Bilingual side-by-side rows: each recommendation is a row, Welsh left, English right.");
q("is the round 2 awards report a key decision? exempt?", "board_paper",
  "Yes, it is a key decision. It is not exempt, but Appendix B (assessment scores) is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.",
  ["Yes", "Appendix B"], [],
  [[AGENDA, row(AGENDA, "Key decision", 0, 1)], [AGENDA, row(AGENDA, "Exempt information", 0, 1)]],
  "Item 5's English front sheet is the second 'Key decision' row in the reader's copy (item 4's comes first).");
q("contact officer for the retailer registration paper? need a number", "board_paper",
  "Elin Haf Tudur-Roberts, Policy Adviser (Wales): 020 7946 0433, elinhaf.tudur-roberts@local.gov.uk.",
  ["Tudur-Roberts", "020 7946 0433"], [],
  [[AGENDA, row(AGENDA, "Contact officer", 0, 2)], [AGENDA, row(AGENDA, "Phone no", 0, 2)]],
  "");
q("why is item 8 exempt", "board_paper",
  "Item 8, Operation Goshawk: intelligence update, is exempt under paragraph 7 of Part 1 of Schedule 12A to the Local Government Act 1972: information relating to the prevention, investigation or prosecution of crime. It is not for publication; the report is circulated to members at the meeting.",
  ["paragraph 7"], [],
  [[AGENDA, en(AGENDA, "The Task Group is likely to exclude the press and public")], [AGENDA, en(AGENDA, "Not for publication by virtue of paragraph 7")]],
  "");
q("apolgies at the 22 nov itvtg?", "board_paper",
  "Two: Cllr Ifan Rhosier, for whom Cllr Nasser Quraishi-Dunn substituted, and Cllr Constance Pellingham-Ware.",
  ["Rhosier", "Pellingham-Ware"], [],
  [[SIGNED, row(SIGNED, "Apologies")], [SIGNED, row(SIGNED, "Substitute")]],
  "Attendance is an unruled label / value table at the top of the minutes.");
q("any DOIs at the november meeting", "board_paper",
  "Two. Cllr Benedict Wintle declared a non-pecuniary interest in item 5 because his daughter is a trading standards officer at Holmcliffe District Council, which received a round 1 grant; he remained in the meeting. Cllr Jocelyn Stanforth-Gale declared a non-pecuniary interest in item 4 as a trustee of the Eskerby Youth Trust, which runs vape education sessions in schools; she took part in the item.",
  ["Wintle", "Stanforth-Gale"], [],
  [[SIGNED, line(SIGNED, "1.2 ")], [SIGNED, line(SIGNED, "1.3 ")]],
  "");
q("whos sent apologies for 14 march so far", "board_paper",
  "Two members, from the pre-meeting returns: Cllr Soraya Hadley-Fenwick, with Cllr Araminta Voss as her substitute (attending online); and Cllr Rhiannon Cadwaladr-Price, with Cllr Gethin Llewellyn-Moss as her substitute – her return of 2113/03/13 7:55:03 AM GMT replaces her earlier one, which said she would attend in person.",
  ["Hadley-Fenwick", "Cadwaladr-Price"], [],
  [[FORMS, row(FORMS, "2113/03/08 2:22:45 PM GMT")], [FORMS, row(FORMS, "2113/03/13 7:55:03 AM GMT")]],
  "Cadwaladr-Price answered twice; only the order of the timestamps says the apologies hold.");

// ------------------------------------------------------------------ fact (5)
q("how many fires at waste sites were blamed on disposable vapes", "fact",
  "214 fires at waste and recycling sites in England and Wales in 2111/12 were attributed to the lithium batteries in disposable vapes, up from 131 in 2110/11; two were at stores of seized goods. So Dr Caradog Penrose-Uttley told the meeting of 22 November 2112.",
  ["214"], [],
  [[SIGNED, line(SIGNED, "6.1 ")]],
  "");
q("why's illicit tobacco seized off track - is anything not being counted?", "fact",
  "Yes: the 1,900 kg seized in the Ashcombe warehouse raid on 8 December 2112 was recorded by the National Customs Taskforce, not by the councils, so it is outside IVM-04. Counted, the figure would be 6,310 kg, close to profile, instead of 4,410 kg against a profile of 6,750 kg.",
  ["1,900"], [],
  [[SLIDES, line(SLIDES, "If asked about IVM-04")], [SLIDES, "IVM-04 Illicit tobacco seized – 4,410 kg against a profile of 6,750 kg at quarter 3."]],
  "The explanation is only in the slide's presenter notes (an HTML comment, as Marp keeps them).");
q("how much will round 3 of the enforcement fund have", "fact",
  "£1,103,500, with the £163,500 carried forward from round 2. Round 3 opens in September 2113; round 1 awarded £2,310,000 to 14 councils in July 2112.",
  ["£1,103,500"], [],
  [[AGENDA, en(AGENDA, "5. Round 1 awarded")]],
  "");
q("what's the quorum for the task group", "fact",
  "Four members, at least one of whom must be from a Welsh council. The Task Group has 12 members and three named substitutes.",
  ["four"], [],
  [[WEB, "The Task Group has 12 members and three named substitutes. Its quorum is four members, at least one of whom must be from a Welsh council."]],
  "Terms of reference in an accordion panel of the archived page.");
q("what fee does the draft registration response ask for", "fact",
  "At least £350 a year per premises, kept by the registering council to pay for inspection and enforcement.",
  ["£350"], [],
  [[AGENDA, en(AGENDA, "2. The fee should be at least £350")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("item 5 recommended 8 awards - did they all get approved?", "cross_document",
  "No. The paper recommended eight awards totalling £1,086,500, but on 14 March 2113 the Task Group approved seven, totalling £897,500, and deferred bid R2-24 (Northmarsh Metropolitan Borough Council, £189,000, warehouse intelligence project) to 20 June 2113 pending evidence that the warehouse lease has been signed, holding £189,000 for it. The £163,500 not recommended is carried forward to round 3.",
  ["R2-24", "£897,500"], [],
  [[AGENDA, en(AGENDA, "(a) approves the eight awards")],
   [SIGNED, "(a) approved seven awards totalling £897,500, as set out in the schedule below;"],
   [SIGNED, line(SIGNED, "(b) deferred bid R2-24")]],
  "Bilingual Word pack (the recommendation) and the DocuSigned decision notice (the decision).");
q("nov meeting asked for a risk on vape fires - was it added, whats it scored at?", "cross_document",
  "Yes. The minutes of 22 November 2112 asked officers to add it (6.3; action IVA-18, Cormac Ferriter). IVA-18 is Done: it was added as IVR-08 on 12 December 2112. IVR-08 scores 20 (likelihood 4 × impact 5), Critical, above the tolerance of 15, and officers propose escalating it to the Consumer Protection and Regulation Board on 11 April 2113.",
  ["IVR-08", "20"], [],
  [[SIGNED, line(SIGNED, "6.3 ")], [SLIDES, row(SLIDES, "IVA-18")], [SLIDES, row(SLIDES, "IVR-08")]],
  "DocuSigned minutes (the request), the deck's action log and risk register (the outcome).");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q4 figures for IVM-02?", "unanswerable",
  "Quarter 4 is not reported in the papers. At quarter 3 2112/13 IVM-02, the underage sales rate in test purchases, was 24% (Off track, target 15% or lower); the recovery plan aims for 18% by 31 March 2113, and year-end performance is due at the meeting on 20 June 2113.",
  [], [], [], "");
q("cllr quenby-marsh's phone number?", "unanswerable",
  "The papers give no phone numbers for councillors. Cllr Honoria Quenby-Marsh (Conservative, Brackenfold Borough Council) chairs the Task Group; the numbers given are officers', e.g. the clerk, Perpetua Vantongeren, on 020 7946 0445.",
  [], [], [], "");
q("what came out of operation goshawk - any arrests?", "unanswerable",
  "The papers do not say. Item 8, Operation Goshawk: intelligence update, is a Part B item exempt under paragraph 7 of Schedule 12A; its report was to be circulated only at the meeting of 14 March 2113 and is not in the papers.",
  [], [], [], "");
q("what did they decide on the retailer registration response on 14 march?", "unanswerable",
  "The papers hold no record of that decision: the only decision of 14 March 2113 in them is the notice on the round 2 awards (DN-2113-05). Item 6 recommended agreeing the draft response and delegating final changes to the Policy Adviser (Wales) so it could be sent by 24 March 2113.",
  [], [], [], "");
q("how much round 1 money have councils actually spent so far?", "unanswerable",
  "The papers give no spending figures for round 1. They say round 1 awarded £2,310,000 to 14 councils in July 2112 and that by the end of October 2112 the funded projects had made 1,146 retailer visits and seized 52,300 illicit vapes.",
  [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
