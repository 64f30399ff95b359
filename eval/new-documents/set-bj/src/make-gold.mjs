// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, or a
// sentence of a line, taken from the renderings by what they start with or contain, so a quote is
// always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const MIN = DOCS.minutes, REP = DOCS.report, CRM = DOCS.crm, LED = DOCS.ledger, SCR = DOCS.script;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the cell `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${has}`);
  return c.slice(i, i + n).join(" | ");
};
// a sentence of a rendering line: from `start` up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bj${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });
const KEYLINE = [REP, line(REP, "Ratings use the programme's codes")];

// ------------------------------------------------------------------ status_lookup (7)
q("which CIP measures are red at q2?", "status_lookup",
  "Two measures are rated R (off track) at quarter 2 2211/12 (30 September 2211): CIP-02, veterans placed in suitable housing within 56 days of asking for help (74% against a target of 85%; a shortage of adapted homes in Ellinghurst and Wexcombe), and CIP-07, round 1 fund projects delivering to schedule (7 of 10 against 10 of 10; Wexcombe, Culmstock and Hestonbury behind schedule).",
  ["CIP-02", "CIP-07"], [],
  [[REP, line(REP, "CIP-02 | ")], [REP, line(REP, "CIP-07 | ")], KEYLINE],
  "knitr keep_md report: the ratings are one-letter codes in a kable pipe table, explained only by the sentence above it; the printed tibble above it cuts the measure names.");
q("whats gone backwards since q1 on the covenant measures", "status_lookup",
  "Three measures are rated worse at quarter 2 than at quarter 1: CIP-02, veterans placed in suitable housing within 56 days (A to R, 79% to 74%); CIP-04, service children offered a school place within 20 school days of a posting (G to A, 88% to 81%); and CIP-07, round 1 fund projects delivering to schedule (G to R, 9 of 10 to 7 of 10). CIP-03 and CIP-05 improved; CIP-08 has no quarter 1 rating.",
  ["CIP-02", "CIP-04", "CIP-07"], [],
  [[REP, line(REP, "CIP-02 | ")], [REP, line(REP, "CIP-04 | ")], [REP, line(REP, "CIP-07 | ")], [MIN, sentence(MIN, "Compared with quarter 1, three measures")]],
  "Compares the Q1 rating and Q2 rating code columns by the key's order; the draft minutes (3.1) say the same in words.");
q("any amber ones this quarter on the CIP scorecard?", "status_lookup",
  "Yes, two measures are rated A (some risk) at quarter 2: CIP-04, service children offered a school place within 20 school days of a posting (81% against 90%; September postings to Marrowgate and Tollbridge), and CIP-08, complaints from service families resolved within 20 working days (92% against 95%; a new measure, first reported at quarter 2).",
  ["CIP-04", "CIP-08"], [],
  [[REP, line(REP, "CIP-04 | ")], [REP, line(REP, "CIP-08 | ")], KEYLINE],
  "");
q("wich actions from the sept meeting r still open?", "status_lookup",
  "At the meeting of 14 November 2211, two of the actions from 19 September (AFA-43 to AFA-50) were still open: AFA-46, the refresh of the Armed Forces Champions' handbook, now due on 31 January 2212, and AFA-49, the letter to the Department for Veterans and Families on sharing data about service leavers (sent on 2 October 2211, no reply yet; the Head of Democratic Services is to chase it, AFA-51). The other six were complete.",
  ["AFA-46", "AFA-49"], [],
  [[MIN, line(MIN, "2.2 ")]],
  "The draft minutes are pasted into the oldest message of an e-mail thread (.eml, quoted-printable HTML and plain text).");
q("did the consultation briefing (AFA-57) actually go out?", "status_lookup",
  "Yes. AFA-57 is complete: Samir Brenkley circulated the briefing on the consultation on the Covenant duty statutory guidance on 8 January 2212 (it was due by 9 January). He took the action over from Ottoline Holbrook at the Chair's request, as she was on leave in January. The consultation closes on Monday 27 January 2212.",
  ["8 January"], [],
  [[SCR, line(SCR, "AFA-57 is complete")], [MIN, line(MIN, "[SB: Yes, happy to")]],
  "The Chair's script's note box; the change of owner is only an inline reply in the minutes e-mail.");
q("what stage is culmstock's grant application at?", "status_lookup",
  "At the Offer stage: when the record was saved on 6 December 2211 the business process flow showed Received, Eligibility, Assessment and Task Group decision completed and Offer active (for 3 days), with Monitoring still to come; the status reason is Offer pending. The open task is to send Culmstock the offer letter (£38,000 on three conditions), due 09/12/2211.",
  ["Offer"], [],
  [[CRM, line(CRM, "Received | Eligibility")], [CRM, line(CRM, "Offer pending | ")], [CRM, line(CRM, "Stage changed to Offer")]],
  "Dynamics 365 form saved from the browser: stage completion only in aria labels; the status reason is a disabled <select> carrying every option.");
q("has wexcombe had its round 1 second instalment yet?", "status_lookup",
  "No. Wexcombe's round 1 project (R1-09, housing options for early service leavers) is behind schedule, so its second instalment of £26,000 is being held: the ledger shows it only as an open commitment (GC000418) at 6 December 2211, not as a payment. Officers recommend, in the Part 2 item for 23 January 2212, extending the project to 30 April 2212 and paying the £26,000 once its six-month report is accepted.",
  ["26,000"], [],
  [[LED, line(LED, "GC000418 | ")], [MIN, line(MIN, "3.3 ")], [SCR, line(SCR, "Officers recommend extending")]],
  "");

// ------------------------------------------------------------------ table_lookup (7)
q("CIP-05 q2 figure?", "table_lookup",
  "76% of veterans referred for mental health support were seen within 28 days at quarter 2 2211/12, against a target of 75%: rated G (on track), up from 72% (A) at quarter 1; the Tollbridge referral pathway (round 1) is now running.",
  ["76%"], [],
  [[REP, line(REP, "CIP-05 | ")]],
  "");
q("how much did wexcombe get in round 2", "table_lookup",
  "£64,500, for its service leavers' housing pathway: its bid of £72,000 less £7,500 for vehicle leasing. The draft minutes of 14 November 2211 say £46,500, but that is a typing error corrected in the reply to the Chair; the offer letter, the ledger commitment (GC000453) and the minutes as corrected give £64,500.",
  ["64,500"], [],
  [[MIN, line(MIN, "[SB: You are right, Chair")], [LED, line(LED, "GC000453 | ")]],
  "Trap: the resolution in the draft minutes still reads £46,500; the correction is an inline reply in green marked SB.");
q("how much has sallowmere actually been paid this yr", "table_lookup",
  "£9,000 net: its round 1 second instalment (R1-07, employer recognition) was paid on 15 August 2211 (GP2210597) and by mistake again on 22 August (GP2210603); the duplicate £9,000 was refunded and reversed on 29 August 2211 (JN008102).",
  ["9,000"], [],
  [[LED, line(LED, "15/08/2211 | ")], [LED, line(LED, "22/08/2211 | ")], [LED, line(LED, "29/08/2211 | ")]],
  "Ledger PDF: no per-council total; the duplicate and its reversal are separate rows.");
q("whats the covenant fund balance at end of nov", "table_lookup",
  "£654,200 in credit (654,200.00 CR) at 30 November 2211 on cost centre 4471. Open commitments not yet paid (the round 2 offers and Wexcombe's held round 1 instalment) total £271,500 at 6 December 2211, leaving £382,700 available.",
  ["654,200"], [],
  [[LED, line(LED, "CLOSING BALANCE 30/11/2211")], [LED, line(LED, "TOTAL OPEN COMMITMENTS")], [LED, line(LED, "CLOSING BALANCE LESS OPEN COMMITMENTS")]],
  "");
q("culmstock's score breakdown pls", "table_lookup",
  "Culmstock's round 2 bid scored 66 out of 100 (threshold 60): need 24 (weight 30%, scored 4 of 5), deliverability 15 (25%, 3), value for money 12 (20%, 3), partnership 9 (15%, 3) and sustainability 6 (10%, 3). Pellinore Associates assessed it and recommended funding in part.",
  ["66"], [],
  [[CRM, line(CRM, "Total score | ")], [CRM, line(CRM, "Need | ")], [CRM, line(CRM, "Deliverability | ")]],
  "Dynamics form: the total only as an <input> value; the criteria as a sub-grid.");
q("research & evaluation budget and spend so far?", "table_lookup",
  "The 2211/12 budget for research and evaluation is £30,000; £12,400 was spent by 30 September 2211 (a transfer from the fund's cost centre on 28 June 2211), and the forecast outturn is £30,000.",
  ["30,000", "12,400"], [],
  [[REP, line(REP, "## 4          Research and evaluation")], [LED, line(LED, "28/06/2211 | ")]],
  "The budget is a data.frame printed in knitr chunk output ('## 4 … 30000 12400 30000').");
q("who's doing AFA-57 now?", "table_lookup",
  "Samir Brenkley, Senior Adviser, Veterans and Families. The draft minutes' actions table gives Ottoline Holbrook, but the Chair asked Samir to take it because Ottoline was on leave for most of January, and he agreed; the briefing on the Covenant duty guidance consultation was due by 9 January 2212 (09/01/2212).",
  ["Samir Brenkley"], [],
  [[MIN, line(MIN, "AFA-57 | ")], [MIN, line(MIN, "[PH: Samir – could you take AFA-57")], [MIN, line(MIN, "[SB: Yes, happy to")]],
  "Trap: the actions table still names Ottoline Holbrook; the change is in two inline replies under it.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the armed forces covenant tg?", "people_roles",
  "Cllr Philippa Hathersage (Conservative, Aldwinkle County Council), where she is Cabinet Member for Communities.",
  ["Hathersage"], [],
  [[MIN, line(MIN, "Present | Cllr Philippa Hathersage (Chair)")], [CRM, line(CRM, "Cllr Philippa Hathersage | Decision maker")]],
  "");
q("who chaired the aldwinkle bid bit at the nov meeting", "people_roles",
  "The Vice-Chair, Cllr Kwame Ostridge (Labour, Brenchwater City Council). The Chair, Cllr Philippa Hathersage, had declared an interest because Aldwinkle County Council, where she is Cabinet Member for Communities, had bid, and she left the room for Aldwinkle's bid.",
  ["Ostridge"], [],
  [[MIN, line(MIN, "4.2 ")], [MIN, line(MIN, "[PH: Please say that I left the room")], [MIN, line(MIN, "1.4 ")]],
  "");
q("who subbed for caddenham on 14 nov", "people_roles",
  "Cllr Georgiana Frickley (Conservative, Tollbridge District Council) substituted for Cllr Fergus Caddenham, who had sent apologies (added to the minutes at the Chair's request).",
  ["Frickley"], [],
  [[MIN, line(MIN, "Substitute | ")], [MIN, line(MIN, "[PH: Cllr Caddenham's apologies")]],
  "");
q("who declared the FFHT trustee interest in nov?", "people_roles",
  "Cllr Bernadette Scarisbrick (Conservative, Ellinghurst Borough Council), as a trustee of the Forces Families Housing Trust, on item 6. The draft minutes wrongly named Cllr Agnetha Courtenay-Blyde; the Chair corrected it, and the Chair's script for 23 January lists it among the corrections.",
  ["Scarisbrick"], [],
  [[MIN, line(MIN, "[PH: This was Cllr Scarisbrick")], [SCR, sentence(SCR, "They include three corrections")]],
  "Trap: the draft's minute 1.5 names Cllr Courtenay-Blyde; the correction is an inline reply in blue.");
q("who's presenting the champions conference item on 23 jan?", "people_roles",
  "Cllr Isolde Penkethman, the Deputy Chair, in place of Cllr Dafydd Llewelyn-Marsh (lead member for the Champions network), who has sent apologies; with Samir Brenkley.",
  ["Penkethman"], [],
  [[SCR, line(SCR, "Presenting: Cllr Isolde Penkethman")]],
  "");
q("who's the contact at culmstock for the navigator grant", "people_roles",
  "Wilhelmina Cotterell-Bain, Head of Housing Options, Culmstock Metropolitan Borough Council: the application's lead contact and the applicant's lead officer.",
  ["Cotterell-Bain"], [],
  [[CRM, line(CRM, "Lead contact | ")], [CRM, line(CRM, "Wilhelmina Cotterell-Bain | Applicant's lead officer")]],
  "");
q("who's lead member for service families / schools on the covenant tg", "people_roles",
  "Cllr Tariq Wolstenholme (Labour, Marrowgate Borough Council) is lead member for service families and schools; he leads CIP-04 and CIP-08.",
  ["Wolstenholme"], [],
  [[REP, line(REP, "Lead members: ")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the q2 performance report?", "board_paper",
  "That the Task Group: (a) notes the performance of the Covenant in Practice Programme at quarter 2; (b) asks Ellinghurst Borough Council and Wexcombe City Council for a joint recovery plan for CIP-02 by 16 January 2212; (c) agrees to hold the contingency of £26,000 until the round 2 awards are made. The Task Group resolved exactly that on 14 November 2211.",
  ["CIP-02", "16 January 2212", "£26,000"], [],
  [[REP, line(REP, "(a) notes the performance")], [REP, line(REP, "(b) asks Ellinghurst")], [REP, line(REP, "(c) agrees to hold")]],
  "");
q("contact officer for the q2 CIP report?", "board_paper",
  "Ottoline Holbrook, Programme Manager, Armed Forces Covenant – 020 7946 0741, ottoline.holbrook@local.gov.uk. (The report was written by Anselm Pockley, Senior Research Analyst, Research and Data.)",
  ["Ottoline Holbrook"], [],
  [[REP, line(REP, "Contact officer: ")]],
  "");
q("what conditions did the chair put on culmstock's grant", "board_paper",
  "Three: (1) no part of the grant may be spent on leasing or buying a vehicle; (2) Culmstock appoints the navigator by 31 March 2212, or the second instalment lapses; (3) the navigator post is advertised first under the guaranteed interview scheme for veterans (asked for by the Vice-Chair). The award is £38,000, decided on 2 December 2211.",
  ["vehicle", "31 March 2212", "guaranteed interview"], [],
  [[CRM, line(CRM, "Conditions | ")], [CRM, line(CRM, "2. Culmstock appoints")], [CRM, line(CRM, "3. The navigator post")]],
  "The conditions are a <textarea> in the Dynamics form.");
q("DOIs at the 14 nov meeting?", "board_paper",
  "Three: Cllr Tariq Wolstenholme on item 4, as Marrowgate Borough Council's Cabinet Member for Children's Services (Marrowgate bid; he did not vote on it); the Chair, Cllr Philippa Hathersage, on item 4, because Aldwinkle County Council, where she is Cabinet Member for Communities, bid (she left the room and the Vice-Chair chaired); and Cllr Bernadette Scarisbrick on item 6, as a trustee of the Forces Families Housing Trust (the draft wrongly named Cllr Courtenay-Blyde).",
  ["Wolstenholme", "Hathersage", "Scarisbrick"], [],
  [[MIN, line(MIN, "1.3 ")], [MIN, line(MIN, "1.4 ")], [MIN, line(MIN, "[PH: This was Cllr Scarisbrick")]],
  "");
q("what did they resolve on the round 2 awards in nov", "board_paper",
  "That the Task Group: (a) awards £60,000 to Ellinghurst Borough Council, £64,500 to Wexcombe City Council (the draft's £46,500 was corrected), £45,000 to Marrowgate Borough Council and £38,000 to Aldwinkle County Council; (b) does not fund Hestonbury District Council (score 52) or Tollbridge District Council (score 48), below the threshold of 60; (c) delegates the decision on Culmstock's bid to the Chair, in consultation with the Vice-Chair, once Culmstock has given evidence of its match funding, with an award of no more than £38,000; (d) carries any of the £300,000 not awarded to round 3.",
  ["64,500", "Hestonbury", "Tollbridge", "Culmstock"], [],
  [[MIN, line(MIN, "(a) awards £60,000")], [MIN, line(MIN, "[SB: You are right, Chair")], [MIN, line(MIN, "(b) does not fund")], [MIN, line(MIN, "(c) delegates the decision")]],
  "");
q("whats the part 2 item in jan and why is it exempt", "board_paper",
  "Item 8 on 23 January 2212: Wexcombe's round 1 project (R1-09, housing options for early service leavers), about five months behind schedule, and its held second instalment of £26,000. The press and public are to be excluded because it is likely to involve exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (the financial or business affairs of any particular person).",
  ["Wexcombe", "paragraph 3"], [],
  [[SCR, line(SCR, "Item 8  Part 2")], [SCR, line(SCR, "CHAIR: I move that the press and public")], [SCR, line(SCR, "Wexcombe's round 1 project (R1-09")]],
  "");
q("what are officers recommending on wexcombe's held instalment?", "board_paper",
  "To extend Wexcombe's round 1 project (R1-09) to 30 April 2212 and pay the £26,000 second instalment only when its six-month report has been accepted. The alternative is to withdraw the £26,000 and add it to round 3.",
  ["30 April 2212"], [],
  [[SCR, line(SCR, "Officers recommend extending")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("when's the champions conference and where", "fact",
  "Thursday 12 March 2212 at Brenchwater Guildhall: a regional Armed Forces Champions' conference, at a cost of no more than £6,500 from the Champions training budget; 140 places, 96 booked by 9 January.",
  ["12 March", "Brenchwater Guildhall"], [],
  [[MIN, line(MIN, "RESOLVED that the Task Group agrees to hold a regional")], [SCR, line(SCR, "The conference is on")]],
  "");
q("FFHT numbers from the nov presentation?", "fact",
  "Imogen Ockendon, Chief Executive of the Forces Families Housing Trust, told the Task Group that in 2210/11 the Trust housed 412 households of service leavers in 38 council areas; the average wait was 47 days, and 63% were housed in the private rented sector.",
  ["412", "47"], [],
  [[MIN, sentence(MIN, "In 2210/11 the Trust")]],
  "");
q("quorum for the covenant tg?", "fact",
  "Four members, a third of the membership of 12; members on Teams count towards the quorum.",
  ["four"], [],
  [[SCR, line(SCR, "[Clerk: the quorum")]],
  "A stage direction of the Chair's script.");
q("when did ellinghurst & wexcombe's CIP-02 recovery plan come in?", "fact",
  "On 14 January 2212, two days before it was due (16 January, AFA-52). It expects 22 adapted homes by June 2212 (14 in Wexcombe, 8 in Ellinghurst) and CIP-02 at 80% at quarter 4 and 85% at quarter 2 2212/13.",
  ["14 January"], [],
  [[SCR, line(SCR, "The joint recovery plan (AFA-52)")]],
  "");
q("when does the covenant duty guidance consultation close?", "fact",
  "Monday 27 January 2212.",
  ["27 January"], [],
  [[MIN, line(MIN, "7.1 ")], [SCR, sentence(SCR, "The consultation closes")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("how much is culmstock getting from round 2 and who signed it off", "cross_document",
  "£38,000 (it asked for £52,000, but £14,000 was for vehicle leasing, which the fund does not pay for). The Chair, Cllr Philippa Hathersage, decided it on 2 December 2211 (AFCTG-CD-2211-04) after consulting the Vice-Chair, Cllr Kwame Ostridge, under the delegation in minute 4(c) of 14 November 2211, once Culmstock had sent evidence of its £9,500 match funding. The ledger shows the commitment raised on 5 December, and the decision is reported to the Task Group on 23 January 2212.",
  ["38,000", "Hathersage"], [],
  [[CRM, line(CRM, "Cllr Philippa Hathersage, Chair, after consulting")], [MIN, line(MIN, "(c) delegates the decision")], [LED, line(LED, "GC000461 | ")], [SCR, sentence(SCR, "On 2 December, after consulting")]],
  "The Dynamics note, the minutes' delegation, the ledger commitment and the Chair's script.");
q("why could the chair decide culmstock on her own and not the whole tg?", "cross_document",
  "Because the award could be no more than £38,000, which is within the Chair's limit of £50,000 (Culmstock had asked for £52,000, but £14,000 of it was for vehicle leasing, which the fund does not pay for), so on 14 November the Task Group delegated the decision to the Chair, in consultation with the Vice-Chair, once Culmstock had evidenced its match funding. The grants record shows the decision route as 'Chair under delegation'.",
  ["£50,000"], [],
  [[MIN, line(MIN, "4.3 ")], [CRM, line(CRM, "Decision route | ")]],
  "The Chair's limit is only in the minutes; the route is a <select> in the Dynamics form.");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for CIP-02?", "unanswerable",
  "Not in the papers: the performance report covers quarter 1 and quarter 2 2211/12 only (CIP-02 was 74%, off track, at quarter 2), and the Chair's script says the quarter 3 figures will come to the March meeting.",
  [], [], [],
  "Near miss: Q1 and Q2 columns only.");
q("has culmstock signed and returned its offer letter?", "unanswerable",
  "Not recorded: the offer letter went out on 9 December 2211 (instalment 1 is due once it is returned), but nothing says it has been signed and returned.",
  [], [], [],
  "Near miss: the offer and its trigger are there, the acceptance is not.");
q("whats cllr peverell's phone number", "unanswerable",
  "Not in the papers: Cllr Lorcan Peverell (Green Party, Brenchwater City Council) appears only in attendance and apologies; no contact details are given for him.",
  [], [], [],
  "");
q("what did the tg decide on wexcombe's instalment on 23 jan?", "unanswerable",
  "Not in the papers: the meeting of 23 January 2212 had not taken place; the Chair's script gives only the officers' recommendation (extend to 30 April 2212) and the alternative (withdraw the £26,000), with what to say in either case.",
  [], [], [],
  "Near miss: both outcomes are scripted, neither is recorded.");
q("who attended the 19 sept covenant tg meeting?", "unanswerable",
  "Not in the papers: there are no minutes of 19 September 2211; the minutes of 14 November only record that they were agreed and which of their actions were open.",
  [], [], [],
  "Near miss: the meeting is mentioned, its attendance is not.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
