// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, the text after a line's number, or
// runs of a line's cells, taken from the renderings by what they start with or contain, so a quote is
// always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const SUM = DOCS.summary, MIN = DOCS.minutes, HB = DOCS.handbook, RISK = DOCS.risks, PACK = DOCS.pack;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// after(doc, start): a numbered line without its number ("5.3 Each bid …" -> "Each bid …")
const after = (doc, start) => line(doc, start).replace(/^\S+ /, "");
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the cell `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${has}`);
  return c.slice(i, i + n).join(" | ");
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `by${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which CHH measures were red at q3?", "status_lookup",
  "Three of the nine measures were rated Red at quarter 3 2471/72 (1 October to 31 December 2471): CHH-01, smoke complaints investigated within 10 working days (81% against a target of 90%); CHH-05, warning letters followed by compliance within 28 days (74% against 85%); and CHH-08, average PM2.5 at the six monitoring sites (12.8 µg/m³ against 10 or lower).",
  ["CHH-01", "CHH-05", "CHH-08"], ["CHH-09"],
  [[SUM, line(SUM, "CHH-01 | ")], [SUM, line(SUM, "CHH-05 | ")], [SUM, line(SUM, "CHH-08 | ")], [PACK, after(PACK, "2.1 ")]],
  "Canva PDF: the quarter cells hold only the figures; the ratings are pill shapes drawn after the whole table, a quarter's column at a time. The agenda pack's item 4 (para 2.1, a number Word computes from an AUTONUMLGL field) names the three. CHH-09 was Red at quarter 1, not quarter 3.");
q("anything on the cleaner home heating measures that got worse between q2 and q3?", "status_lookup",
  "Yes, four measures are rated worse at quarter 3 than at quarter 2: CHH-01, smoke complaints investigated within 10 working days (Amber to Red, 87% to 81%); CHH-02, households helped to swap (Green to Amber, 655 against 1,200 by 31 March 2472); CHH-05, warning letters followed by compliance (Amber to Red, 79% to 74%); and CHH-08, average PM2.5 (Green to Red, 7.4 to 12.8 µg/m³). CHH-04 and CHH-09 improved from Amber to Green, and CHH-06 (Burn Better reach) went from Not due to Achieved.",
  ["CHH-01", "CHH-02", "CHH-05", "CHH-08"], [],
  [[SUM, line(SUM, "CHH-01 | ")], [SUM, line(SUM, "CHH-02 | ")], [SUM, line(SUM, "CHH-05 | ")], [SUM, line(SUM, "CHH-08 | ")]],
  "Compares the Q2 and Q3 pills, which in the PDF's text come after the table in column order; the order Red < Amber < Green is the key's on page 1.");
q("which actions on the dwbtg action log are overdue?", "status_lookup",
  "One: DWB-27, chasing the councils without an up-to-date smoke control area map online (Rupert Emmerson, from the meeting of 16 September 2471), was due on 30 October 2471 and is Overdue in the action log of 16 December 2471: three councils were still to publish, with a new date of 29 January 2472.",
  ["DWB-27"], [],
  [[MIN, line(MIN, "DWB-27 | ")], [MIN, sentence(MIN, "DWB-27, the smoke control area maps, was overdue")]],
  "Gmail .eml: the action log is a range pasted from a Google Sheet (values in data-sheets-value attributes); 'Overdue' is also coloured by the sheet's conditional formatting; dates shown as '30-Oct-71'.");
q("is CHR-04 still a live risk?", "status_lookup",
  "No. CHR-04, round 1 grant agreements not signed in time (Stove Swap Fund, owner Maelys Hargreaves), is Closed: it was closed on 11 January 2472 because all six round 1 agreements had been signed by 27 October 2471. Its last score was 3 (Green, previously Amber). Item 6 of the 16 March 2472 agenda asks the Task Group to note the closure.",
  ["closed"], [],
  [[RISK, line(RISK, "Stove Swap Fund | CHR-04 | ")], [PACK, after(PACK, "12.1 ")]],
  "Salesforce CSV: the report includes closed risks; Status 'Closed' and a Closed Date.");
q("have the 9 dec minutes been approved yet", "status_lookup",
  "No. The minutes of 9 December 2471 are a draft ('DRAFT – NOT YET APPROVED'), circulated by e-mail on 16 December 2471 with corrections invited by 8 January 2472; they go for approval as item 3 of the meeting on 16 March 2472.",
  ["draft"], [],
  [[MIN, line(MIN, "DRAFT – NOT YET APPROVED")], [PACK, line(PACK, "3 | Minutes of the meeting held on 9 December 2471")]],
  "");
q("which risks are red on the programme risk register?", "status_lookup",
  "Two risks are rated Red in the register exported on 3 March 2472: CHR-01, council enforcement capacity (likelihood 4 × impact 4 = 16, owner Rupert Emmerson, up from Amber, worsening), and CHR-10, no programme budget for 2472/73 confirmed (4 × 5 = 20, owner Cordelia Ainsworth, new). Both score 15 or more, above the Task Group's tolerance.",
  ["CHR-01", "CHR-10"], ["CHR-06"],
  [[RISK, line(RISK, "Enforcement | CHR-01 | ")], [RISK, line(RISK, "Programme | CHR-10 | ")]],
  "The rows run in the report's group order (Communications, Enforcement, Programme, Stove Swap Fund). CHR-06 and CHR-03 were Red before ('Previous RAG Rating') and are Amber now.");
q("did burn better hit its reach target?", "status_lookup",
  "Yes. Measure CHH-06, residents reached by the Burn Better campaign, was 286,400 at quarter 3 2471/72 against a target of 250,000 and is rated Achieved (target met for the year); it was Not due at quarters 1 and 2.",
  ["286,400"], [],
  [[SUM, line(SUM, "CHH-06 | ")], [SUM, line(SUM, "286,400 | ")], [PACK, after(PACK, "2.3 ")]],
  "'Achieved' is a rating beyond Red / Amber / Green, explained only in the key on page 1.");

// ------------------------------------------------------------------ table_lookup (7)
q("CHH-04 q3 figure?", "table_lookup",
  "93% of the retailers checked sold only Ready to Burn fuel at quarter 3 2471/72, against a target of 95%: rated Green (it was 88% and Amber at quarter 1, 90% and Amber at quarter 2).",
  ["93%"], [],
  [[SUM, line(SUM, "CHH-04 | ")]],
  "");
q("how much is crayminster getting from round 2 of the stove swap fund", "table_lookup",
  "£96,000 is recommended for Crayminster City Council (bid R2-01, stove swaps for private tenants in the Old Quarter smoke control area, 160 households), the full amount it asked for; its bid scored 78, the highest. The award is for the Task Group to decide on 16 March 2472.",
  ["96,000"], [],
  [[PACK, line(PACK, "R2-01 | ")]],
  "Word table in the agenda pack; a recommendation, not yet a decision.");
q("whats the score on CHR-06 and who owns it", "table_lookup",
  "CHR-06, Stove Swap Fund not spent by 31 March 2472, scores 12 (likelihood 3 - Possible × impact 4 - Major): Amber, down from Red, improving. Its owner is Maelys Hargreaves, Grants Officer.",
  ["12", "Maelys Hargreaves"], [],
  [[RISK, line(RISK, "Stove Swap Fund | CHR-06 | ")]],
  "");
q("DWB-31 - who has it and when's it due?", "table_lookup",
  "DWB-31 (minute 4 of 9 December 2471), a note to members on enforcement capacity in the 12 councils, is Rupert Emmerson's, due 29-Jan-72, i.e. 29 January 2472 (Open in the log of 16 December). The item 4 paper for 16 March says the note was sent to members on 28 January 2472.",
  ["Rupert Emmerson", "29"], [],
  [[MIN, line(MIN, "DWB-31 | ")], [PACK, after(PACK, "2.2 ")]],
  "The sheet's 'dd-mmm-yy' date: the century is nowhere in the shown text, only in the cell's serial number (data-sheets-value).");
q("why is quenmoor only getting 42k when it asked for 49k?", "table_lookup",
  "Because £7,000 of Quenmoor District Council's bid (R2-04, Ecodesign upgrades for rural homes off the gas grid) is for chimney linings, which the Stove Swap Fund does not pay for; so the panel recommends £42,000 rather than the £49,000 asked for. The bid scored 62.",
  ["chimney linings"], [],
  [[PACK, after(PACK, "6.2 ")], [PACK, line(PACK, "R2-04 | ")]],
  "");
q("how many bids came in for round 2 and how much did they ask for in total", "table_lookup",
  "Nine councils bid for a total of £612,500 from round 2, which had £480,000 to award.",
  ["612,500"], [],
  [[PACK, after(PACK, "5.1 ")], [PACK, line(PACK, "Total | ")]],
  "");
q("likelihood and impact on CHR-10?", "table_lookup",
  "CHR-10, no programme budget for 2472/73 confirmed: likelihood 4 (Likely) and impact 5 (Severe), a score of 20, Red; a new risk, owned by Cordelia Ainsworth, to be reported to the Board on 6 April 2472 as above tolerance.",
  ["4", "5", "20"], [],
  [[RISK, line(RISK, "Programme | CHR-10 | ")]],
  "Likelihood and impact as Salesforce picklist values ('4 - Likely', '5 - Severe').");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the wood burning task group?", "people_roles",
  "Cllr Isolde Capewell (Conservative, Thornlow County Council) chairs the Domestic Wood Burning Task Group in 2471/72; Cllr Tobias Mbanefo (Labour, Crayminster City Council) is Vice-Chair and Cllr Anneliese Cotteridge (Liberal Democrat, Otterholt District Council) Deputy Chair.",
  ["Capewell"], [],
  [[HB, line(HB, "Cllr Isolde Capewell | ")]],
  "BookStack export: a TinyMCE table with no header row (the first row in bold cells).");
q("who's lead member for the stove swap fund", "people_roles",
  "Cllr Rosalind Umeadi (Conservative, Kelsbridge Borough Council). She also leads the round 2 assessment panel.",
  ["Umeadi"], [],
  [[HB, line(HB, "Cllr Rosalind Umeadi | ")], [HB, line(HB, "Cllr Rosalind Umeadi – ")]],
  "The role cell holds two lines split by <br>: 'Member' and 'Lead member: the Stove Swap Fund'.");
q("who replaced cllr lambourne on the dwbtg?", "people_roles",
  "Cllr Wilhelmina Foulkes (Conservative, Thornlow County Council), nominated by the Conservative group, joined on 1 January 2472. Cllr Augustus Lambourne stood down on 31 December 2471; the meeting of 9 December 2471 was his last.",
  ["Foulkes"], [],
  [[HB, line(HB, "Change of membership")], [PACK, line(PACK, "Membership: ")]],
  "");
q("who subbed for sillitoe at the december meeting", "people_roles",
  "Cllr Solveig Daintith (Liberal Democrat, Harlowmere District Council), the Liberal Democrat group's named substitute, substituted for Cllr Percival Sillitoe on 9 December 2471.",
  ["Daintith"], [],
  [[MIN, line(MIN, "Substitute: | ")], [HB, line(HB, "Liberal Democrat: Cllr Solveig Daintith")]],
  "Gmail .eml: the attendance is a borderless two-column Google Docs table pasted into the message.");
q("who's on the round 2 assessment panel", "people_roles",
  "Cllr Rosalind Umeadi (lead), Cllr Tobias Mbanefo and Cllr Anneliese Cotteridge, supported by the Grants Officer, Maelys Hargreaves (appointed on 9 December 2471). Each took no part in scoring their own council's bid (Kelsbridge, Crayminster and Otterholt respectively), which the other two scored.",
  ["Umeadi", "Mbanefo", "Cotteridge"], [],
  [[PACK, after(PACK, "5.2 ")], [MIN, sentence(MIN, "(b) appoints Cllr Rosalind Umeadi")]],
  "");
q("phone number for the stove swap fund grants officer?", "people_roles",
  "Maelys Hargreaves, Grants Officer, Stove Swap Fund: 020 7946 0867, maelys.hargreaves@local.gov.uk.",
  ["020 7946 0867"], [],
  [[HB, line(HB, "Maelys Hargreaves | ")], [PACK, line(PACK, "Phone | 020 7946 0867")]],
  "");
q("which tg members are green party or independent", "people_roles",
  "Two: Cllr Farida Veasey (Green Party, Crayminster City Council) and Cllr Bartholomew Ellingsworth (Independent, Quenmoor District Council), who is lead member for public awareness and the Burn Better campaign.",
  ["Veasey", "Ellingsworth"], [],
  [[HB, line(HB, "Cllr Farida Veasey | ")], [HB, line(HB, "Cllr Bartholomew Ellingsworth | ")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the round 2 awards paper?", "board_paper",
  "That the Task Group: (a) awards grants from round 2 of the Stove Swap Fund totalling £419,500 to the seven councils listed in Table 1; (b) does not fund the bids from Harlowmere District Council (£68,000) and Otterholt District Council (£118,000), which scored below the threshold of 55; (c) carries the remaining £60,500 of the round 2 allocation to round 3 in 2472/73; and (d) delegates to the Programme Manager, in consultation with the Chair, the reallocation of any award that lapses under paragraph 7.2.",
  ["£419,500", "Harlowmere", "Otterholt", "£60,500"], [],
  [[PACK, line(PACK, "(a) awards grants")], [PACK, line(PACK, "(b) does not fund")], [PACK, line(PACK, "(c) carries the remaining")], [PACK, line(PACK, "(d) delegates")]],
  "The front sheet's side headings are framed paragraphs in the margin; the recommendations are typed (a)–(d).");
q("contact officer for the stove swap round 2 paper", "board_paper",
  "Maelys Hargreaves, Grants Officer, Stove Swap Fund – 020 7946 0867, maelys.hargreaves@local.gov.uk.",
  ["Maelys Hargreaves"], [],
  [[PACK, line(PACK, "Contact officer | Maelys Hargreaves")], [PACK, line(PACK, "Position | Grants Officer")]],
  "");
q("is item 5 a key decision? confidential?", "board_paper",
  "Item 5 (Stove Swap Fund: round 2 awards) is a key decision – Yes is ticked – and it is not confidential – No is ticked. The paper explains that the awards total more than £250,000, so they are a key decision, and they were on the forward plan published on 2 February 2472.",
  ["Yes", "No"], [],
  [[PACK, line(PACK, "Is this a key decision? | Yes ☒")], [PACK, sentence(PACK, "As they total more than £250,000")]],
  "Legacy FORMCHECKBOX fields: the ticks are only <w:checked/> in the fields' data; the text has 'Yes No' with nothing between. Items 4 and 6 have the opposite ticks for the key decision.");
q("DOIs at the december meeting?", "board_paper",
  "Two: Cllr Lachlan Chisnall declared an interest in item 5 (Stove Swap Fund) as a board member of Wickenfold Homes, a housing association in Wickenfold Borough Council's round 1 project, and took no part in discussing that project; Cllr Farida Veasey declared an interest in item 6 (Burn Better campaign) because her partner runs a chimney sweeping business in Crayminster listed in the campaign's directory of sweeps.",
  ["Chisnall", "Veasey"], [],
  [[MIN, after(MIN, "2.1 ")], [MIN, after(MIN, "2.2 ")]],
  "The item numbers exist in the HTML only as the start attributes of one-item Google Docs lists; the paragraph numbers (2.1, 2.2) are typed.");
q("what did they resolve on round 2 back in december", "board_paper",
  "On 9 December 2471 the Task Group resolved (a) to agree the round 2 criteria, with a threshold score of 55 out of 100, round 2 opening on Monday 4 January 2472 and closing at noon on Thursday 11 February 2472; (b) to appoint Cllr Rosalind Umeadi (lead), Cllr Tobias Mbanefo and Cllr Anneliese Cotteridge to the assessment panel, supported by the Grants Officer; and (c) to decide the round 2 awards at its meeting on 9 March 2472 (since moved to 16 March). Round 2 offers £480,000.",
  ["55", "4 January", "11 February"], [],
  [[MIN, after(MIN, "5.3 ")], [MIN, after(MIN, "5.2 ")]],
  "");
q("what does para 5.3 of the stove swap round 2 paper say?", "board_paper",
  "Paragraph 5.3: 'Each bid was scored out of 100 by two members of the panel separately, and the scores were moderated at a meeting of the panel on Monday 22 February 2472. Bids scoring 55 or more were eligible for an award.'",
  ["22 February 2472", "55"], [],
  [[PACK, after(PACK, "5.3 ")]],
  "The number 5.3 is not in the file: it is an AUTONUMLGL field with no stored result, which Word computes from the paragraph's outline level, and the numbering runs on from item 4's paper (sections 1-3), so the round 2 paper starts at 4.");
q("can you give me a quick briefing on the risk register item for 16 march", "board_paper",
  "Item 6, programme risk register (Idris Whitlam, Performance and Risk Officer), for discussion. Appendix B is the CRM export of 3 March 2472: ten risks, scored likelihood × impact (1-6 green, 8-12 amber, 15-25 red; 15 or more is above tolerance). Two are red: CHR-01, council enforcement capacity (16, up from amber; reported to the Board on 19 January 2472), and CHR-10, no programme budget for 2472/73 confirmed (20, new). CHR-04 was closed on 11 January 2472; CHR-09 (PM2.5 data gaps) is also new. Recommendations: note the register; note the closure of CHR-04; agree that CHR-10 is reported to the Healthy Places and Regulation Board on 6 April 2472 as above tolerance.",
  ["CHR-01", "CHR-10", "CHR-04", "6 April"], [],
  [[PACK, line(PACK, "Summary | The programme's risks are kept")], [PACK, line(PACK, "(c) agrees that risk CHR-10")], [PACK, after(PACK, "11.1 ")], [RISK, line(RISK, "Programme | CHR-10 | ")]],
  "A briefing from the item 6 paper (agenda pack) and its Appendix B (the Salesforce CSV).");

// ------------------------------------------------------------------ fact (5)
q("when did round 2 close", "fact",
  "At noon on Thursday 11 February 2472; it opened on Monday 4 January 2472.",
  ["11 February"], [],
  [[MIN, after(MIN, "5.3 ")], [PACK, after(PACK, "4.3 ")]],
  "");
q("whats the quorum for the dwbtg", "fact",
  "Four members, including the Chair or the Vice-Chair.",
  ["four"], [],
  [[HB, line(HB, "Four members, including the Chair")]],
  "");
q("how much can the chair sign off on the stove swap fund without the whole tg", "fact",
  "Awards and variations from £20,001 to £75,000, after consulting the Vice-Chair. Up to £20,000 the Programme Manager decides; over £75,000 it is for the Task Group. (Urgent decisions between meetings can be taken by the Chair and the Vice-Chair together, within the programme budget, and reported to the next meeting.)",
  ["£75,000"], [],
  [[HB, line(HB, "Stove Swap Fund awards and variations | The Chair")], [HB, line(HB, "Stove Swap Fund awards and variations | The Task Group")]],
  "BookStack: the delegations table is inside a collapsed <details> block on the terms of reference page.");
q("what did the public health director tell us about wood smoke", "fact",
  "Dr Yusuf Lindores, Director of Public Health at Ulverdale City Council, told the meeting of 9 December 2471 that domestic burning was the source of an estimated 31% of fine particulate matter (PM2.5) in Ulverdale in winter, and that emergency admissions of children with asthma rose by 12% in the week after a cold snap. He urged councils to target swaps at homes near schools and nurseries.",
  ["31%", "12%"], [],
  [[MIN, after(MIN, "7.1 ")]],
  "");
q("how many households have swapped so far under the fund?", "fact",
  "655 households by 31 December 2471 (quarter 3), against a target of 1,200 by 31 March 2472; measure CHH-02 is rated Amber (it was 410 and Green at quarter 2).",
  ["655"], [],
  [[SUM, line(SUM, "655 | ")], [SUM, line(SUM, "CHH-02 | ")], [PACK, after(PACK, "4.2 ")]],
  "In the PDF's text the tile's number comes before all three tiles' labels.");

// ------------------------------------------------------------------ cross_document (2)
q("is the march tg meeting still on the 9th?", "cross_document",
  "No. The December minutes gave Wednesday 9 March 2472, but the meeting was moved to Wednesday 16 March 2472 at 10.30am (Room 2.4, 18 Smith Square, and on Teams), so that the round 2 assessment panel could finish scoring and moderating the Stove Swap Fund bids.",
  ["16 March"], [],
  [[MIN, after(MIN, "9.2 ")], [HB, line(HB, "Updated 20 January 2472")], [PACK, line(PACK, "Date: Wednesday 16 March 2472")], [PACK, after(PACK, "5.4 ")]],
  "The minutes (e-mail) against the handbook's struck-through date and callout and the agenda pack.");
q("can the chair just sign off the round 2 awards herself?", "cross_document",
  "No. The recommended awards total £419,500. Under the terms of reference the Chair may decide Stove Swap Fund awards only from £20,001 to £75,000, after consulting the Vice-Chair; anything over £75,000 is for the Task Group. And as the awards are over £250,000 they are a key decision, on the forward plan since 2 February 2472, for the meeting on 16 March 2472.",
  ["£75,000", "£419,500"], [],
  [[HB, line(HB, "Stove Swap Fund awards and variations | The Chair")], [HB, line(HB, "Stove Swap Fund awards and variations | The Task Group")], [PACK, after(PACK, "8.2 ")]],
  "The handbook's delegations (in a collapsed block) against the agenda pack's total and its financial implications.");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q4 figures for the CHH measures?", "unanswerable",
  "Not in the papers: the summary gives quarters 1 to 3 of 2471/72 only; quarter 4 figures are to be reported to the meeting on 22 June 2472.",
  [], [], [],
  "Near miss: Q1 to Q3 columns, a blank Q4.");
q("did the tg approve the round 2 awards on 16 march?", "unanswerable",
  "Not in the papers: the agenda pack for 16 March 2472 recommends £419,500 of awards, but no minutes or decision of that meeting are included.",
  [], [], [],
  "Near miss: the recommendation is held, the decision is not.");
q("whats cllr capewell's mobile?", "unanswerable",
  "Not given: the handbook lists telephone numbers for officers only; for members it gives council, group and role.",
  [], [], [],
  "Near miss: every officer has a number.");
q("how many enforcement officers does dallowby have?", "unanswerable",
  "Not in the papers: they say only that four of the 12 councils had vacant enforcement posts over the winter and that a pooled out-of-hours rota started in Dallowby and Crayminster.",
  [], [], [],
  "Near miss: enforcement capacity is discussed, no council's staffing is given.");
q("who attended the september 2471 meeting?", "unanswerable",
  "Not in the papers: there are no minutes of 16 September 2471; the December minutes only record that they were agreed and what became of their actions.",
  [], [], [],
  "Near miss: the meeting and its actions are mentioned, its attendance is not.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
