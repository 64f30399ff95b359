// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as the model sets (eval/new-documents/set-aw, set-bb): id, question, category, answer,
// must_include, must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category
// "unanswerable", no evidence and no must strings. Quotes are whole rendering lines, or parts of a line cut
// at stated markers, taken from the renderings by what they start with or contain, so a quote is always
// the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const CAL = DOCS.calendar, NOTES = DOCS.notes, REP = DOCS.report, CHAT = DOCS.chat, PLAN = DOCS.plan;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// the k-th rendering line starting with `start`
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${JSON.stringify(start)} in ${doc}`);
  return l;
};
// the k-th rendering line containing `has`
const withText = (doc, has, k = 0) => {
  const l = lines(doc).filter((x) => x.includes(has))[k];
  if (!l) throw new Error(`no line with ${JSON.stringify(has)} in ${doc}`);
  return l;
};
// part of the line containing `has`: from `from` (included) to `to` (included), or to the end of the line
const part = (doc, has, from, to) => {
  const l = withText(doc, has);
  const i = l.indexOf(from);
  if (i < 0) throw new Error(`no ${JSON.stringify(from)} in line with ${has}`);
  if (!to) return l.slice(i);
  const j = l.indexOf(to, i + from.length);
  if (j < 0) throw new Error(`no ${JSON.stringify(to)} after ${from}`);
  return l.slice(i, j + to.length);
};
// a sentence of a line: from `start` to the first ". " after it (full stop included)
const sentence = (doc, start) => {
  const l = withText(doc, start);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `ce${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// chat rows: the message field of the row whose message contains `has`
const msg = (has, k = 0) => {
  const l = withText(CHAT, has, k);
  const cells = l.split(" | ");
  const m = cells.find((c) => c.includes(has));
  if (!m) throw new Error("message with " + has + " is split by ' | '");
  return m;
};

// ------------------------------------------------------------------ status_lookup (7)
q("which CMM measures are red at q2?", "status_lookup",
  "Three of the nine programme measures are rated R (off track) at quarter 2 2671/72 (to 30 September 2671): CMM-01, inquests opened more than 12 months ago (446 against a target of 320 or fewer; two assistant coroner vacancies in Dunhallow and Sedgeholme); CMM-05, median days from death to registration (7.1 against 5.0 or fewer; it leaves out Polrudden's September registrations); and CMM-06, peak occupancy of mortuary body stores (94% against 85% or less; the August heatwave).",
  ["CMM-01", "CMM-05", "CMM-06"], ["CMM-04", "CMM-08"],
  [[REP, line(REP, "Inquests | CMM-01 |")], [REP, line(REP, "CMM-05 |")], [REP, line(REP, "Mortuary capacity | CMM-06 |")], [REP, line(REP, "RAG: R = off track")]],
  "SAS ODS RTF: the rating is a letter in a shaded cell (Q2 RAG); the key 'R = off track' is a footnote in the page footer, not the body. The theme is printed only on a group's first row.");
q("what got worse between q1 and q2 on the coroner programme measures", "status_lookup",
  "Three measures are rated worse at quarter 2 than at quarter 1 (DoT 'Worse'): CMM-03, post-mortem reports received within 8 weeks (G to A, 83% to 74%; toxicology now takes 14 weeks); CMM-05, median days from death to registration (A to R, 6.2 to 7.1 days); and CMM-06, peak occupancy of mortuary body stores (G to R, 81% to 94%). CMM-04, CMM-07 and CMM-08 got better; CMM-01 and CMM-02 are the same; CMM-09 is new, with no data.",
  ["CMM-03", "CMM-05", "CMM-06"], [],
  [[REP, line(REP, "CMM-03 |")], [REP, line(REP, "CMM-05 |")], [REP, line(REP, "Mortuary capacity | CMM-06 |")], [REP, sentence(REP, "Summary: Of the nine measures")]],
  "Compare the Q1 RAG and Q2 RAG letter columns, or read the DoT column; the footnote says DoT compares the quarter 2 rating with quarter 1.");
q("which risks are in the high band on the cmstg risk register?", "status_lookup",
  "Three risks are High (score 15–25) in the register at 31 October 2671: CMR-01, too few pathologists to carry out post-mortems promptly (4 x 4 = 16, up from 12; owner Delphine Achterkamp); CMR-02, body stores overwhelmed in a heatwave or an excess deaths event (3 x 5 = 15, unchanged; owner Anselm Kittredge-Moss); and CMR-03, Marlhaven mortuary out of use beyond March 2672 after the fire of 6 October 2671 (4 x 4 = 16, new; owner Anselm Kittredge-Moss).",
  ["CMR-01", "CMR-02", "CMR-03"], ["CMR-05", "CMR-06"],
  [[REP, line(REP, "CMR-01 |")], [REP, line(REP, "CMR-02 |")], [REP, line(REP, "CMR-03 |")], [REP, line(REP, "Score = likelihood")]],
  "The band is printed in the register; the bands' ranges are a footnote in the page footer.");
q("wich actions from the 19 sept meeting are still open?", "status_lookup",
  "Three of the eight actions of 19 September 2671 (CMA-21 to CMA-28) are still open in the work plan of 10 November 2671: CMA-23, agreeing the assessment panel's terms of reference with the Chair (Pettingale, due 13 October, amber: the Chair has not yet signed them off); CMA-26, writing to the Ministry of Justice about funding for assistant coroners (Kittredge-Moss, due moved to 15 December 2671, waiting on the Ministry of Justice, amber); and CMA-27, collecting the four coroner areas' excess deaths plans and test reports (Achterkamp, due 30 November, green: three of four received). CMA-22, CMA-25 and CMA-28 are done, and CMA-21 and CMA-24 are done and archived.",
  ["CMA-23", "CMA-26", "CMA-27"], [],
  [[PLAN, line(PLAN, "CMA-23 ")], [PLAN, line(PLAN, "CMA-26 ")], [PLAN, line(PLAN, "CMA-27 ")], [PLAN, line(PLAN, "CMA-21 ")]],
  "TaskPaper: a task is done only if it has a @done(date) tag; two done actions were moved to the Archive project with @project(Actions from 19 September 2671), so they are not under the meeting's project at all. The Joplin notes list all eight without states.");
q("has the excess deaths plan target been met?", "status_lookup",
  "Yes. CMM-07, coroner areas with a tested excess deaths plan, was 4 of 4 at quarter 2 against a target of 4 of 4 by 30 September, rated C (complete); Polrudden, the last, tested its plan on 27 September (it was 2 of 4, A, at quarter 1). The Task Group is still collecting the test reports (CMA-27: three of four received).",
  ["4 of 4"], [],
  [[REP, line(REP, "CMM-07 |")], [REP, line(REP, "RAG: R = off track")], [PLAN, line(PLAN, "CMA-27 ")]],
  "'C' is only explained by the footer key (C = complete).");
q("have the 19 sept minutes been approved?", "status_lookup",
  "No. The clerk's notes of 19 September 2671 are a draft ('not yet checked by the Chair; for approval at the next meeting'), and 'Minutes of the meeting held on 19 September 2671 (for approval)' is on the agenda of the meeting of Thursday 23 November 2671.",
  ["draft"], [],
  [[NOTES, line(NOTES, "CMSTG 19/09/2671 - notes of meeting")], [NOTES, line(NOTES, "Notes: Cosmo Pettingale")], [CAL, line(CAL, "Minutes of the meeting held on 19 September 2671")]],
  "Joplin raw export: the title is the note's first line, without '#'.");
q("which tasks in the work plan are tagged red?", "status_lookup",
  "Two tasks are tagged @rag(red) in the work plan of 10 November 2671: recruiting two assistant coroners for Dunhallow and Sedgeholme (lead Cllr Badmus, owner Achterkamp, due 31 January 2672; one of three shortlisted candidates has withdrawn), and the regional excess deaths exercise \"Cold Snap\" (lead Cllr Furneaux, owner Kittredge-Moss, due 22 February 2672; the venue was lost and the NHS partners cannot release staff in February, so it may move to May 2672).",
  ["assistant coroners", "Cold Snap"], [],
  [[PLAN, line(PLAN, "Recruit two assistant coroners")], [PLAN, line(PLAN, "Regional excess deaths exercise")], [PLAN, line(PLAN, "Venue lost")]],
  "Ratings are TaskPaper tags at the end of task lines; the key to the tags is a note under the first project.");

// ------------------------------------------------------------------ table_lookup (7)
q("CMM-02 q2 figure?", "table_lookup",
  "33.0 weeks: the median time from death to inquest conclusion at quarter 2 2671/72, against a target of 30 or fewer, rated A (at risk), the same rating as at quarter 1 (34.5 weeks). Lead member Cllr Badmus.",
  ["33.0"], [],
  [[REP, line(REP, "CMM-02 |")]],
  "A continuation row of the Inquests group: its Theme cell is empty.");
q("how much did carrowfield bid for from the mortuary capacity fund, and what's recommended?", "table_lookup",
  "Carrowfield City Council (bid MCF-02, an extra 60-space cold store at Carrowfield General Hospital) asked for £310,000; the assessment panel scored it 81 and £310,000, the full amount, is recommended.",
  ["310,000", "81"], [],
  [[REP, line(REP, "MCF-02 |")]],
  "");
q("whats the score on CMR-05?", "table_lookup",
  "9: likelihood 3 x impact 3, in the Medium band, the same as at quarter 1 (9), trend Same. CMR-05 is the risk that the move to the CoronerLink case management system slips beyond April 2672; owner Yusuf Castagnoli.",
  ["9", "Medium"], [],
  [[REP, line(REP, "CMR-05 |")]],
  "");
q("total recommended for round 1 of the mortuary capacity fund?", "table_lookup",
  "£832,000 is recommended for round 1, against £1,115,000 requested in four bids and £852,000 available (the £900,000 Fund less the Chair's £48,000 urgency award); that leaves £20,000 for round 2.",
  ["832,000"], [],
  [[REP, line(REP, "1,115,000 | 832,000")], [REP, line(REP, "Fund 2671/72 £900,000")], [CHAT, msg("Finance check on round 1")]],
  "The total row of the SAS table (RBREAK SUMMARIZE) has no label: only the two sums, under 'Requested (£)' and 'Recommended (£)'.");
q("who owns CMA-26 and when's it due?", "table_lookup",
  "Anselm Kittredge-Moss (Programme Manager) owns CMA-26, writing to the Ministry of Justice about funding for assistant coroners (minute 7 of 19 September). It is now due on 15 December 2671 (2671-12-15), moved from 31 October, and is waiting on the Ministry of Justice: the Chair's letter was sent on 11 October and has had no reply.",
  ["Kittredge-Moss", "15 December"], [],
  [[PLAN, line(PLAN, "CMA-26 ")], [PLAN, line(PLAN, "Chair's letter sent 11 October")], [CHAT, msg("CMA-26 (letter to the Ministry of Justice)")]],
  "The due date is a TaskPaper tag @due(2671-12-15); the Joplin notes still give the original 31/10/2671.");
q("what was peak mortuary occupancy in q2?", "table_lookup",
  "94% (CMM-06, peak occupancy of mortuary body stores) at quarter 2 2671/72, against a target of 85% or less: rated R, worse than quarter 1 (81%, G). The note gives the August heatwave, with Carrowfield General at 101% on 14 August.",
  ["94%"], [],
  [[REP, line(REP, "Mortuary capacity | CMM-06 |")]],
  "");
q("what score did polrudden's bid get?", "table_lookup",
  "58 out of 100 (MCF-04, mobile refrigerated units for excess deaths, £125,000 requested): below the threshold of 60, so nothing (£0) is recommended.",
  ["58"], [],
  [[REP, line(REP, "MCF-04 |")], [CHAT, msg("Finance check on round 1")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the coroner and mortuary services task group?", "people_roles",
  "Cllr Rosalind Featherstonhaugh (Conservative, Wexmoor County Council) is the Chair. The Vice-Chair is Cllr Tariq Mahmoud (Labour, Carrowfield City Council) and the Deputy Chair Cllr Eulalie Dunsforth (Liberal Democrat, Marlhaven District Council).",
  ["Featherstonhaugh"], [],
  [[CAL, line(CAL, "Cllr Rosalind Featherstonhaugh (Conservative")], [NOTES, line(NOTES, "Cllr Rosalind Featherstonhaugh (Chair)")]],
  "The membership is the recurring event's HTML description in the .ics.");
q("who replaced cllr haverley?", "people_roles",
  "Cllr Aurelio Fenwick-Tate (Conservative, Wexmoor County Council), from 2 October 2671. Cllr Cordelia Haverley stood down on 29 September 2671; Cllr Fenwick-Tate also took her seat on the Mortuary Capacity Fund assessment panel, with Cllr Mahmoud and Cllr Strachey.",
  ["Fenwick-Tate"], [],
  [[CHAT, msg("Welcome to @aurelio.fenwick-tate")], [CAL, line(CAL, "Cllr Aurelio Fenwick-Tate (Conservative")]],
  "");
q("who's the lead member for bereaved families?", "people_roles",
  "Cllr Nkechi Obiora-Wentworth (Labour, Carrowfield City Council); she is the lead member for CMM-08 and CMM-09.",
  ["Obiora-Wentworth"], [],
  [[CAL, line(CAL, "Cllr Nkechi Obiora-Wentworth (Labour")], [REP, line(REP, "Bereaved families | CMM-08 |")], [CHAT, part(CHAT, "updated the channel header from", "Lead members: inquests", "bereaved families Cllr Obiora-Wentworth")]],
  "Also in the Mattermost channel header (a system message).");
q("who sent apologies for the 19 sept meeting? any subs?", "people_roles",
  "Two members sent apologies for 19 September 2671: Cllr Jocasta Penrose-Mudd, for whom Cllr Ptolemy Grisewood substituted, and Cllr Solveig Arkholme, with no substitute. Cllr Hamish Tregonning joined online and did not vote.",
  ["Penrose-Mudd", "Arkholme", "Grisewood"], [],
  [[NOTES, line(NOTES, "Cllr Jocasta Penrose-Mudd (substitute")], [NOTES, line(NOTES, "Cllr Solveig Arkholme (no substitute)")], [NOTES, line(NOTES, "Cllr Ptolemy Grisewood (substitute for")]],
  "");
q("who has declined the invite for the 23 nov meeting?", "people_roles",
  "Two members have declined the invitation to the meeting of Thursday 23 November 2671: Cllr Bartholomew Furneaux (Cllr Ptolemy Grisewood, a substitute, has accepted in his place) and Cllr Dilys Pumfrey; the substitute Cllr Fenella Rookby has also declined. Cllr Hamish Tregonning is tentative and Cllr Solveig Arkholme has not replied.",
  ["Furneaux", "Pumfrey"], [],
  [[CAL, line(CAL, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Cllr Bartholomew Furneaux")], [CAL, line(CAL, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Cllr Dilys Pumfrey")], [CHAT, msg("Apologies for the 23rd")]],
  "The answers are PARTSTAT parameters of the ATTENDEE lines of the RECURRENCE-ID override, not of the series (where everyone has accepted).");
q("who is the contact officer for the q2 performance report?", "people_roles",
  "Yusuf Castagnoli, Senior Analyst, Research and Information: 020 7946 0846, yusuf.castagnoli@local.gov.uk.",
  ["Castagnoli"], [],
  [[REP, line(REP, "Contact officer: ")], [REP, line(REP, "Phone: ")]],
  "");
q("who are the named substitutes on cmstg?", "people_roles",
  "Three: Cllr Ptolemy Grisewood (Conservative, Bexfield District Council), Cllr Marisol Cunliffe-Ord (Labour, Carrowfield City Council) and Cllr Fenella Rookby (Liberal Democrat, Marlhaven District Council).",
  ["Grisewood", "Cunliffe-Ord", "Rookby"], [],
  [[CAL, line(CAL, "Named substitutes:")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recommendations in the q2 performance report?", "board_paper",
  "That the Task Group: (a) notes the quarter 2 position and the risk register, including the new risk CMR-03; (b) asks the lead members for inquests and for mortuary capacity to bring recovery plans for CMM-01 and CMM-06 to the meeting in January 2672; (c) asks officers to report CMM-05 again with Polrudden's September registrations included once its data are restored; (d) considers the round 1 recommendations in Table 3 with item 6.",
  ["CMR-03", "recovery plans", "CMM-05"], [],
  [[REP, line(REP, "(a) notes the quarter 2 position")], [REP, line(REP, "(b) asks the lead members")], [REP, line(REP, "(c) asks officers to report CMM-05")], [REP, line(REP, "(d) considers the round 1")]],
  "ODS TEXT paragraphs before Table 1.");
q("what did the task group resolve on the mortuary capacity fund on 19 sept?", "board_paper",
  "It resolved (a) to agree the criteria and weights (extra storage for the money 35%, excess deaths readiness 25%, dignity and faith needs 20%, partnership 20%) with a threshold of 60 out of 100 for an award; (b) to open round 1 on 22 September 2671, closing at noon on Friday 20 October 2671; and (c) to delegate to the Chair, after consulting the Vice-Chair, urgent awards of up to £50,000 each until the November meeting, each to be reported to that meeting. 9 for, 0 against; Cllr Furneaux was out of the room.",
  ["60", "20 October", "£50,000"], [],
  [[NOTES, line(NOTES, "(a) agrees the criteria")], [NOTES, line(NOTES, "(b) opens round 1")], [NOTES, line(NOTES, "(c) delegates to the Chair")]],
  "");
q("what's on the agenda for the 23 nov meeting?", "board_paper",
  "Thursday 23 November 2671, 10:30, Council Chamber, Wexmoor County Hall: 1 welcome, apologies and substitutes; 2 declarations of interest; 3 minutes of 19 September 2671 for approval; 4 action log; 5 performance and risk, quarter 2 2671/72 (Yusuf Castagnoli); 6 Mortuary Capacity Fund round 1 recommendations and the Chair's urgency decision of 12 October; 7 medical examiners: the first year of statutory scrutiny; 8 inquest backlog recovery plan (Cllr Badmus); 9 forward plan and dates for 2672; and in Part B, 10 commercial details of the round 1 bids.",
  ["quarter 2", "Mortuary Capacity Fund", "medical examiners", "inquest backlog"], [],
  [[CAL, line(CAL, "Performance and risk, quarter 2")], [CAL, line(CAL, "Mortuary Capacity Fund: round 1 recommendations")], [CAL, line(CAL, "Medical examiners: the first year")], [CAL, line(CAL, "Inquest backlog recovery plan")]],
  "The agenda is an <ol> in the override's HTML description: the item numbers are only list positions.");
q("which item on the 23 nov agenda is private and why?", "board_paper",
  "Item 10 (Part B, not open to the public): Mortuary Capacity Fund round 1, the commercial details of the bids. It is exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972 (the financial or business affairs of any particular person).",
  ["10", "paragraph 3"], [],
  [[CAL, line(CAL, "Mortuary Capacity Fund round 1: commercial details")], [CAL, line(CAL, "Part B")]],
  "The number 10 is only the start attribute of the second <ol>.");
q("any declarations of interest on 19 sept?", "board_paper",
  "Two, both on item 6 (the Mortuary Capacity Fund): Cllr Obiora-Wentworth, a trustee of the Carrowfield Interfaith Burial Trust, which may support the Carrowfield bid (not a disclosable pecuniary interest; she stayed and took part); and Cllr Furneaux, a director of the Sedgeholme Funeral Co-operative, who left the room for item 6 and did not vote.",
  ["Obiora-Wentworth", "Furneaux"], [],
  [[NOTES, line(NOTES, "Cllr Obiora-Wentworth: trustee")], [NOTES, line(NOTES, "Cllr Furneaux: director")]],
  "");
q("what did the chair decide under urgency about marlhaven?", "board_paper",
  "Urgency decision CMSTG-UD-2671-01 (MCF-01), 12 October 2671: under the delegation agreed on 19 September (minute 6(c)) and after consulting the Vice-Chair, the Chair approved £48,000 from the Mortuary Capacity Fund to Wexmoor County Council for a temporary body store with 40 spaces at Unit 7, Marlhaven Business Park, from 16 October 2671 to 31 March 2672, because Marlhaven mortuary is out of use after the fire of 6 October and there is no other local capacity. It is to be reported to the November meeting.",
  ["£48,000"], ["£45,000"],
  [[CHAT, msg("I have today approved an award of £48,000")], [REP, line(REP, "Fund 2671/72 £900,000")]],
  "The export also holds the post's text before it was edited (£45,000), as a row with a DeleteAt and a PostOriginalId; the revised quote added a back-up generator.");
q("what did the 19 sept meeting decide about the q1 performance report?", "board_paper",
  "It resolved that the quarter 1 report be noted and that an exception report on CMM-01 (inquests opened more than 12 months ago: 412 against 320 or fewer, R) be circulated to all members (action CMA-21, done on 27 September 2671).",
  ["CMM-01", "exception report"], [],
  [[NOTES, line(NOTES, "RESOLVED: that the quarter 1 report be noted")], [PLAN, line(PLAN, "CMA-21 ")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("what did the senior coroner tell the sept meeting about the inquest backlog?", "fact",
  "Imogen Strattford-Kay, HM Senior Coroner for Wexmoor and Marlhaven, said that of the 412 inquests open for more than 12 months at 30 June, 38% were waiting for a post-mortem or toxicology report; toxicology now takes 14 weeks against 6 a year ago; two assistant coroner posts in Dunhallow and Sedgeholme have been vacant since April and the Ministry of Justice has not agreed to share their cost. She asked the Task Group to press the Ministry of Justice and to support a shared listing protocol across the four coroner areas.",
  ["38%", "14 weeks"], [],
  [[NOTES, line(NOTES, "Imogen Strattford-Kay (slides attached")]],
  "");
q("when was the fire at marlhaven mortuary?", "fact",
  "At about 4am on Friday 6 October 2671, in the plant room. Nobody was hurt; the 31 people in the mortuary's care were moved to Carrowfield General and the Wexmoor hospital mortuary, and the body store will be out of use for at least four months.",
  ["6 October"], [],
  [[CHAT, msg("There was a fire in the plant room")], [REP, line(REP, "CMR-03 |")]],
  "The post's date exists only as PostCreateAt in milliseconds; the message says 'today (Friday 6 October)'.");
q("how did members vote in the poll on the marlhaven body store?", "fact",
  "In the Matterpoll sense check before the Chair's urgency decision, 8 members said Yes (Cllrs Mahmoud, Dunsforth, Obiora-Wentworth, Tregonning, Badmus, Strachey, Pumfrey and Fenwick-Tate), none said No and 1, Cllr Arkholme, asked for more information (whether the NHS trust could take the overflow: Carrowfield General was already at 88%). Cllr Furneaux stayed out because of his declaration on 19 September.",
  ["8", "Arkholme"], [],
  [[CHAT, part(CHAT, "This poll has ended", '"title":"Yes (8)"', '"@solveig.arkholme"')], [CHAT, msg("I'll stay out of this one")]],
  "The poll is JSON in the PostProps field of a custom_matterpoll row whose message is empty.");
q("does the CMM-05 figure include polrudden?", "fact",
  "No. The quarter 2 figure of 7.1 days (median days from death to registration) leaves out Polrudden's September registrations, because Polrudden's registration system was down from 4 to 15 September; with Polrudden estimated in it would be 7.4 days, rated R either way. The report recommends reporting CMM-05 again once Polrudden's data are restored.",
  ["7.4"], [],
  [[CHAT, msg("the CMM-05 figure of 7.1 days")], [REP, line(REP, "CMM-05 |")]],
  "The 7.4 days is only in the officers' channel.");
q("brief me on cmstg before the november meeting", "fact",
  "The Coroner and Mortuary Services Task Group (Chair Cllr Rosalind Featherstonhaugh) meets on Thursday 23 November 2671 at 10:30 in the Council Chamber, Wexmoor County Hall (moved from 21 November), with a site visit to the temporary body store at Marlhaven at 14:30. At quarter 2, CMM-01 (inquest backlog 446), CMM-05 and CMM-06 are R; CMR-01, CMR-02 and CMR-03 are High risks. The Chair approved £48,000 under urgency for Marlhaven after the fire of 6 October; round 1 of the Mortuary Capacity Fund recommends £832,000. Actions CMA-23, CMA-26 and CMA-27 are open.",
  ["Featherstonhaugh", "23 November", "CMM-01"], [],
  [[CAL, line(CAL, "SUMMARY:Coroner and Mortuary Services Task Group (moved to Thu 23 Nov)")], [CAL, line(CAL, "DTSTART;TZID=Europe/London:26711123T103000")], [REP, line(REP, "Inquests | CMM-01 |")], [CHAT, msg("I have today approved an award of £48,000")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("when and where is the next cmstg meeting?", "cross_document",
  "Thursday 23 November 2671, 10:30 to 13:00, in the Council Chamber, Wexmoor County Hall, Castle Street, Wexmoor, followed by a site visit to the temporary body store at Marlhaven at 14:30. It was moved from Tuesday 21 November 2671 at 18 Smith Square, the date the September notes and the quarter 2 report still give.",
  ["23 November", "Wexmoor County Hall"], ["22 November"],
  [[CAL, line(CAL, "DTSTART;TZID=Europe/London:26711123T103000")], [CAL, line(CAL, "RECURRENCE-ID;TZID=Europe/London:26711121T140000")], [CAL, line(CAL, "LOCATION:Council Chamber")], [CHAT, msg("Correction: the November meeting")], [NOTES, line(NOTES, "Tuesday 21 November 2671, 14:00")]],
  "The notes of 19 September say 21 November; the calendar's RECURRENCE-ID override and the chat correct it; the chat's first post (22 November) was deleted nine minutes later.");
q("was the chair's marlhaven award within her delegated powers?", "cross_document",
  "Yes. On 19 September 2671 the Task Group delegated to the Chair, after consulting the Vice-Chair, urgent awards of up to £50,000 each until the November meeting (minute 6(c)); on 12 October she approved £48,000 for the Marlhaven temporary body store, after consulting the Vice-Chair (Cllr Mahmoud confirmed he was consulted on 11 October), and the decision is reported to the meeting of 23 November (item 6).",
  ["£50,000", "£48,000"], [],
  [[NOTES, line(NOTES, "(c) delegates to the Chair")], [CHAT, msg("I have today approved an award of £48,000")], [CHAT, msg("Confirming that I was consulted")], [CAL, line(CAL, "Mortuary Capacity Fund: round 1 recommendations")]],
  "");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for CMM-01?", "unanswerable",
  "The papers do not give them: the latest figures are for quarter 2 2671/72 (CMM-01: 446, R); quarter 3 ends on 31 December 2671.", [], [], [], "");
q("what did the 23 november meeting decide on the round 1 awards?", "unanswerable",
  "The papers do not say: they were written before the meeting of 23 November 2671. They give the assessment panel's recommendations (£832,000 for three bids) that the meeting was to consider.", [], [], [], "");
q("what's cllr tregonning's mobile number?", "unanswerable",
  "The papers do not give it; only his e-mail address appears (in the calendar's attendee list).", [], [], [], "");
q("who attended the 18 july 2671 meeting?", "unanswerable",
  "The papers do not record the attendance of 18 July 2671; the notes of 19 September only say that its minutes were agreed.", [], [], [], "");
q("how much is the medical examiner grant for 2672/73?", "unanswerable",
  "The papers do not say: the grant had not been confirmed by 7 November 2671 (risk CMR-04).", [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl: ${G.length} questions`);
