// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes copied from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Table rows are taken from the renderings by their first cells (row()),
// so a quote is always a whole row or its first n cells; other quotes are checked by check-gold.mjs.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const EML = DOCS.eml, PACK = DOCS.pack, PBI = DOCS.pbi, PERF = DOCS.perf, FUND = DOCS.fund;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// row(doc, first cell(s), n): the rendering's table row starting with those cells, cut to its first n cells
const row = (doc, start, n) => {
  const l = lines(doc).find((x) => x.startsWith(start + " | "));
  if (!l) throw new Error(`no row ${start} in ${doc}`);
  return n ? l.split(" | ").slice(0, n).join(" | ") : l;
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `au${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which pools measures are red at q2?", "status_lookup",
  "Three measures are rated R (off track) at quarter 2 2101/02 (position at 30 September 2101): PL-02, unplanned closures of more than seven days caused by plant failure (15 against a limit of no more than 12 for the year); PL-06, swim teacher vacancies (342 against a target of below 300); and PL-12, councils live on the shared pool booking platform (9 against a target of 30).",
  ["PL-02", "PL-06", "PL-12"], ["PL-03", "PL-07"],
  [[PERF, row(PERF, "PL-02")], [PERF, row(PERF, "PL-06")], [PERF, row(PERF, "PL-12")], [PERF, "R | A | G | C"]],
  "Word report: the Q2 rating is only the position of a ✓ in one of four narrow columns R / A / G / C under a merged 'Q2 rating' header; the Q1 rating is a word in the column before them. PL-03 and PL-07 (ticked A) sit one column to the right of R.");
q("anything on the pools perf report gone from amber to red since q1", "status_lookup",
  "Yes, two measures: PL-02 (unplanned closures caused by plant failure, 15 against a limit of 12 for the year) and PL-06 (swim teacher vacancies, up from 318 to 342) were Amber at quarter 1 and are rated R at quarter 2 2101/02. PL-12 (booking platform) is also R but was already Red at quarter 1.",
  ["PL-02", "PL-06"], [],
  [[PERF, row(PERF, "PL-02")], [PERF, row(PERF, "PL-06")]],
  "Needs the Q1 rating word compared with the ticked Q2 column.");
q("has the pool stock condition survey been done? (PL-11)", "status_lookup",
  "Yes. PL-11, the national pool stock condition survey, is rated C (complete) at quarter 2 2101/02: it was published on 14 September 2101, ahead of the target of publication by October 2101. It surveyed 1,146 council pools and found 38% have plant past its design life.",
  ["complete", "14 September 2101"], [],
  [[PERF, row(PERF, "PL-11")], [PERF, "C – complete"]],
  "The only tick in the C column.");
q("whats happening with PA-35, the DfE letter?", "status_lookup",
  "PA-35 (write to the Department for Education on behalf of the Chair about funding for transport to school swimming lessons; owner Anjali Fairclough, due 21 October 2101) is Overdue: the draft letter is with the Chair for signature (action log, item 3 of the 24 November 2101 agenda pack).",
  ["Overdue"], [],
  [[PACK, row(PACK, "PA-35")]],
  "LibreOffice HTML export: action log table under 'Item 3: Action log'.");
q("which of the actions from the sept pools panel are still open?", "status_lookup",
  "Three of the seven: PA-33 (swim teacher recovery plan, Rosamund Yelland, due 15 December 2101) is On track; PA-35 (DfE letter on school swimming transport, Anjali Fairclough, due 21 October 2101) is Overdue; and PA-36 (booking platform options, Lachlan Odili) is Deferred to 9 March 2102. PA-31, PA-32, PA-34 and PA-37 are Complete.",
  ["PA-33", "PA-35", "PA-36"], [],
  [[PACK, row(PACK, "PA-33")], [PACK, row(PACK, "PA-35")], [PACK, row(PACK, "PA-36")]],
  "Status at 16 November 2101 in the agenda pack; the actions were created in the September minutes (e-mail).");
q("are the 22 sept pools panel minutes signed off yet", "status_lookup",
  "Not yet. The clerk sent them to members on 27 September 2101 as draft minutes (the Chair agreed they go out as a draft); they are item 2 on the agenda of 24 November 2101, to be confirmed there. One correction has been received: in minute 5.2, 4 councils (not 5) were live on the booking platform at quarter 1.",
  ["draft", "24 November 2101"], [],
  [[EML, "The Chair has seen them and agreed that they go out as a draft; they will be put to the next meeting on Thursday 24 November 2101 for confirmation."],
   [PACK, "Item 2: one correction has been received. Lachlan Odili has pointed out that in minute 5.2, 4 councils (not 5) were live on the shared pool booking platform at quarter 1."]],
  "The minutes are the body of an .eml (quoted-printable HTML and text parts); the correction is only in the agenda pack.");
q("whats the RAG on the booking platform risk", "status_lookup",
  "Red. PLR-06 (booking platform supplier fails to deliver on time; owner Lachlan Odili) scores 16 (likelihood 4 × impact 4), up from 12 in September, and its trend is Rising. Further action: an options paper to the Panel on 9 March 2102 (action PA-36).",
  ["Red", "16"], [],
  [[PBI, row(PBI, "PLR-06")]],
  "Power BI export, page 2: the table visual is sorted by score, not by ID; band and score cells are coloured; the trend icon is a vector shape beside the word.");

// ------------------------------------------------------------------ table_lookup (7)
q("risk score for PLR-05 and who owns it?", "table_lookup",
  "PLR-05 (schools cannot pay for transport to pools for lessons) scores 12 – likelihood 4 × impact 3, Amber – up from 9 in September (Rising). The owner is Anjali Fairclough. Target score 6 by 31/03/2102.",
  ["12", "Anjali Fairclough"], [],
  [[PBI, row(PBI, "PLR-05")]],
  "");
q("which risks are red on the pools lifeline register?", "table_lookup",
  "Three of the 12 open risks are Red at 10 November 2101: PLR-01, pool plant fails and closes pools before funded works are done (score 20); PLR-06, booking platform supplier fails to deliver on time (16); and PLR-12, swim teacher shortage stops school top-up sessions (16, new).",
  ["PLR-01", "PLR-06", "PLR-12"], [],
  [[PBI, row(PBI, "PLR-01")], [PBI, row(PBI, "PLR-06")], [PBI, row(PBI, "PLR-12")], [PBI, "3 Red risks"]],
  "Red = 15–25. PLR-02 was Red (16) in September but is now 12, Amber.");
q("how much is brindleford getting from the plant fund?", "table_lookup",
  "£255,000 is recommended for Brindleford Metropolitan Borough Council's bid PPRF1-11 (Brindleford Baths: gas boilers replaced by a heat pump; project cost £720,000, score 84). It asked for £300,000, but £45,000 of its costs (replacement lockers and changing room fittings) is not eligible (note a) – the reviewed draft changes the award from £300,000 to £255,000.",
  ["£255,000"], [],
  [[FUND, row(FUND, "PPRF1-11", 6)],
   [FUND, "(a) Brindleford Metropolitan Borough Council: £45,000 of the costs is not eligible, so the award is £255,000 rather than the £300,000 requested."]],
  "Markdown with CriticMarkup: the award cell is a substitution {~~£300,000~>£255,000 (a)~~}; the new figure is the recommendation.");
q("what did ferrisbys bid score", "table_lookup",
  "Ferrisby Borough Council's bid PPRF1-03 (Ferrisby Pool: filtration and pool hall insulation) scored 66 out of 100, the lowest of the 12 recommended bids. It asked for £260,000 and is recommended £231,000, reduced to 70% of the £330,000 project cost so that match funding is 30% (note c).",
  ["66", "£231,000"], [],
  [[FUND, row(FUND, "PPRF1-03")]],
  "");
q("swim teacher vacancies at q2 - what's the number", "table_lookup",
  "342 swim teacher vacancies in participating councils at 30 September 2101 (PL-06), up from 318 at quarter 1, against a target of below 300. Rated R; a recovery plan goes to the Chair and the lead member for workforce by 15 December 2101 (action PA-33).",
  ["342"], [],
  [[PERF, row(PERF, "PL-06")]],
  "");
q("who's got PA-33 and when's it due", "table_lookup",
  "Rosamund Yelland, due 15 December 2101: prepare a recovery plan for swim teacher vacancies (PL-06) for the Chair and the lead member for workforce (minute 5.3 of 22 September 2101). It is On track – the draft plan was discussed with Cllr Okoro-Marsh on 8 November 2101.",
  ["Rosamund Yelland", "15 December 2101"], [],
  [[EML, row(EML, "PA-33")], [PACK, row(PACK, "PA-33")]],
  "Actions table at the end of the e-mailed minutes (in the text/plain part a row of tab-separated cells).");
q("forecast overspend on the pools programme budget this yr?", "table_lookup",
  "£48,000 (1.3%): a forecast outturn of £3,748,000 against a revenue budget of £3,700,000 for 2101/02 (Table 3, in £000: 3,748 against 3,700), mainly on free swims (WS4, +40). The Pool Plant Renewal Fund's £3.6 million capital is reported separately.",
  ["£48,000"], [],
  [[PERF, "The forecast is an overspend of £48,000 (1.3%), mainly on free swims, where take-up in the summer holidays was higher than planned."],
   [PERF, row(PERF, "Total | 3,700")]],
  "Table 3 is in £000 (its Total row reads 3,700 | 1,740 | 3,748 | 48); Table 2 above it has a Total row too.");

// ------------------------------------------------------------------ people_roles (7)
q("who's vice chair of the pools panel?", "people_roles",
  "Cllr Zainab Okafor-Lintott (Lab, Gravenholt City Council) is Vice-Chair of the Community Swimming Pools Panel in 2101/02; she is also lead member for Access and inclusion (WS4).",
  ["Okafor-Lintott"], [],
  [[PACK, row(PACK, "Cllr Zainab Okafor-Lintott")]],
  "Membership table of the LibreOffice HTML agenda pack.");
q("who replaced maeve tolliday on the panel", "people_roles",
  "Cllr Kwabena Ashdown-Fry (Lab, Eastcastle Metropolitan Borough Council) replaced Cllr Maeve Tolliday from 1 October 2101; she stood down on 30 September 2101.",
  ["Ashdown-Fry", "1 October 2101"], [],
  [[PACK, "1 Cllr Kwabena Ashdown-Fry replaced Cllr Maeve Tolliday (Lab, Eastcastle Metropolitan Borough Council) from 1 October 2101."],
   [EML, "7.1 The Chair thanked Cllr Maeve Tolliday, who stands down from the Panel on 30 September 2101, for her work as a member since 2098. Eastcastle Metropolitan Borough Council has nominated Cllr Kwabena Ashdown-Fry to replace her from 1 October 2101."]],
  "In the pack only as a LibreOffice footnote (sdfootnote) on the members table.");
q("who subbed at the sept meeting", "people_roles",
  "Cllr Tomasz Kowal-Reeve (Lab, Sandergate Metropolitan Borough Council) attended the meeting of 22 September 2101 as substitute for Cllr Maeve Tolliday.",
  ["Kowal-Reeve"], [],
  [[EML, "Cllr Tomasz Kowal-Reeve (Lab) – Sandergate Metropolitan Borough Council, for Cllr Maeve Tolliday"]],
  "");
q("who are the deputy chairs on cspp", "people_roles",
  "Two Deputy Chairs: Cllr Rhodri Vaughan-Tills (LD, Mardle Vale District Council; lead member for School swimming) and Cllr Ottilie Brackwater (Ind, Southmere County Council; lead member for Plant and energy).",
  ["Vaughan-Tills", "Brackwater"], [],
  [[PACK, row(PACK, "Cllr Rhodri Vaughan-Tills")], [PACK, row(PACK, "Cllr Ottilie Brackwater")]],
  "");
q("whos the lead officer on the swim teacher vacancy measure", "people_roles",
  "Rosamund Yelland (Adviser, Workforce and Water Safety) leads PL-06, swim teacher vacancies; the lead member for the Workforce workstream is Cllr Delphine Okoro-Marsh.",
  ["Rosamund Yelland"], [],
  [[PERF, row(PERF, "PL-06", 3)], [PERF, "WS2 Workforce – lead member Cllr Delphine Okoro-Marsh"]],
  "");
q("who's chairing the plant fund awards item on 24 nov?", "people_roles",
  "The Vice-Chair, Cllr Zainab Okafor-Lintott, at the Chair's request: the Chair's council, Ferrisby Borough Council, made bid PPRF1-03, which is in Table 1 (recommended £231,000).",
  ["Okafor-Lintott", "Ferrisby"], [],
  [[FUND, "6.3 The Chair's council, Ferrisby Borough Council, made bid PPRF1-03 in Table 1. The Chair has asked the Vice-Chair, Cllr Zainab Okafor-Lintott, to chair the meeting for this item."],
   [PACK, row(PACK, "5", 2)]],
  "Paragraph 6.3 is a CriticMarkup insertion {++…++} in the draft.");
q("whos the lib dem substitue for the pools panel", "people_roles",
  "Cllr Esme Larkhill (LD, Pennick District Council) is the Liberal Democrat named substitute.",
  ["Esme Larkhill"], [],
  [[PACK, row(PACK, "Cllr Esme Larkhill")]],
  "Named substitutes table; the group key explains LD.");

// ------------------------------------------------------------------ board_paper (7)
q("what are the reccomendations in the plant fund round 1 paper", "board_paper",
  "That the Panel: (a) agrees the 12 grants in Table 1, totalling £3,231,000, with the conditions set out under the table; (b) agrees that the remaining £369,000 is carried forward to round 2, which opens in April 2102; and (c) invites the two bids in Table 2 to resubmit in round 2.",
  ["£3,231,000", "£369,000"], [],
  [[FUND, "(a) agrees the 12 grants in Table 1, totalling ~~£3,276,000~~ £3,231,000, with the conditions set out under the table;"],
   [FUND, "(b) agrees that the remaining ~~£324,000~~ £369,000 is carried forward to round 2, which opens in April 2102; and"],
   [FUND, "(c) invites the two bids in Table 2 to resubmit in round 2."]],
  "Draft 3 with CriticMarkup: the totals are substitutions from £3,276,000 and £324,000 after the finance check cut PPRF1-11.");
q("contact officer for the plant fund paper? need a number", "board_paper",
  "Declan Mbeki-Frost, Senior Adviser, Pools Capital: 020 7946 0728, declan.mbeki-frost@local.gov.uk.",
  ["Mbeki-Frost", "020 7946 0728"], [],
  [[FUND, "Contact officer: Declan Mbeki-Frost"], [FUND, "Phone no: 020 7946 0728"]],
  "Bold label lines with hard line breaks.");
q("apolgies at the 22 sept pools panel?", "board_paper",
  "Two: Cllr Maeve Tolliday (Lab, Eastcastle Metropolitan Borough Council), for whom Cllr Tomasz Kowal-Reeve substituted, and Cllr Barnaby Chilcott (Green, Calderbeck City Council).",
  ["Tolliday", "Chilcott"], [],
  [[EML, "Apologies were received from Cllr Maeve Tolliday and Cllr Barnaby Chilcott."]],
  "");
q("any declerations of interest at the sept meeting?", "board_paper",
  "Two. Cllr Priya Sandiford said Coldharbour County Council, where she is cabinet member for leisure, intends to bid to the Pool Plant Renewal Fund; as item 4 was about the Fund's design, she took part. Cllr Fenwick Daubeny declared a non-pecuniary interest as a trustee of the Hollowmere Swimming Club Trust (the club trains at Hollowmere Pool); he took part in the discussion of item 4 but did not vote.",
  ["Sandiford", "Daubeny"], [],
  [[EML, "1.2 Cllr Priya Sandiford said that Coldharbour County Council, where she is cabinet member for leisure, intends to bid to the Pool Plant Renewal Fund."],
   [EML, "1.3 Cllr Fenwick Daubeny declared a non-pecuniary interest as a trustee of the Hollowmere Swimming Club Trust, whose club trains at Hollowmere Pool. He took part in the discussion of item 4 but did not vote."]],
  "");
q("what's the risk register paper asking the panel to agree", "board_paper",
  "It is for decision: (a) note the risk register at Appendix A (the Power BI export at 10 November 2101: 12 open risks, three Red); and (b) agree to escalate PLR-01 (pool plant failure, now scored 20) to the Active Communities and Leisure Board. Contact officer Ines Carrow-Whitby, Programme Director, Pools Lifeline.",
  ["PLR-01", "escalate"], [],
  [[PACK, "Recommendations | That the Panel: (a) notes the risk register at Appendix A; and (b) agrees to escalate PLR-01 (pool plant failure) to the Active Communities and Leisure Board."]],
  "Front sheet as a LibreOffice label table; the recommendations are three paragraphs in one cell.");
q("what item is the risk register on the 24 nov agenda and who's presenting", "board_paper",
  "Item 6, Programme risk register (for decision), presented by Ines Carrow-Whitby, page 5 of the pack; the register itself is Appendix A, a separate Power BI export.",
  ["6", "Carrow-Whitby"], [],
  [[PACK, row(PACK, "6")]],
  "");
q("what did they decide on the plant fund design in sept", "board_paper",
  "Minute 4.3 (22 September 2101): a round 1 Pool Plant Renewal Fund of £3.6 million; a maximum grant of £300,000 rather than the £350,000 proposed in the paper (proposed by Cllr Ottilie Brackwater, seconded by Cllr Jasper Quennington); match funding of at least 30% of project costs; and bids scoring below 65 out of 100 not funded. Round 1 would run from 4 October to 1 November 2101.",
  ["£300,000", "30%", "65"], [],
  [[EML, "4.3 Resolved: that the Panel (a) agreed a round 1 Pool Plant Renewal Fund of £3.6 million; (b) agreed a maximum grant of £300,000, rather than the £350,000 proposed in the paper; (c) agreed that bids must show match funding of at least 30% of project costs; and (d) agreed that bids scoring below 65 out of 100 would not be funded."]],
  "");

// ------------------------------------------------------------------ fact (5)
q("quorum for the pools panel?", "fact",
  "One third of the members (four), from at least two political groups.",
  ["four", "two political groups"], [],
  [[PACK, "Quorum: one third of the members (four), from at least two political groups."]],
  "");
q("how many pools were in the condition survey and how many have knackered plant", "fact",
  "The national pool stock condition survey (PL-11, published 14 September 2101) covered 1,146 council pools; 38% have plant past its design life.",
  ["1,146", "38%"], [],
  [[PERF, "Survey of 1,146 council pools; 38% have plant past its design life."]],
  "Only in the commentary cell of PL-11.");
q("how many bids came in for round 1 of the plant fund and how many got scored", "fact",
  "17 bids were received, asking for £4,300,000 (£4.3 million) in total. Two were ineligible (one for revenue costs only, one from a leisure trust rather than a council), so 15 were scored: 12 scored 65 or more and are recommended, three scored below 65.",
  ["17", "15"], [],
  [[FUND, "2.1 17 bids were received, asking for £4,300,000 in total. Two bids were ineligible: one was for revenue costs only and one came from a leisure trust rather than a council. The other 15 bids were scored."]],
  "");
q("what did the swim ready trust survey find?", "fact",
  "The Swim Ready Trust's 2101 survey of 2,380 primary schools (presented to the Panel on 22 September 2101) found that only 58% of schools could give every pupil the full national curriculum swimming entitlement, and one school in three named the cost of transport to the pool as the main barrier.",
  ["2,380", "58%"], [],
  [[EML, "3.1 Marisol Achebe-Lund presented the Trust's 2101 survey of 2,380 primary schools. Only 58% of the schools could give every pupil the full national curriculum swimming entitlement, and one school in three named the cost of transport to the pool as the main barrier."]],
  "");
q("average risk score on the pools register atm?", "fact",
  "11.5: the average current score of the 12 open risks on the Pools Lifeline risk register (data refreshed 10/11/2101).",
  ["11.5"], [],
  [[PBI, "11.5 Average current score"]],
  "A Power BI card: big number over its caption.");

// ------------------------------------------------------------------ cross_document (2)
q("max grant in the sept plant fund paper vs what got agreed - do the round 1 awards stick to it?", "cross_document",
  "The September paper proposed a maximum grant of £350,000; the Panel agreed £300,000 instead (minute 4.3, proposed by Cllr Brackwater, seconded by Cllr Quennington). The round 1 awards paper keeps to it: its draft had carried over £350,000, which a reviewer corrected to £300,000, and no recommended award is above £300,000 (five bids get exactly £300,000, e.g. PPRF1-07 Kingsmere).",
  ["£350,000", "£300,000"], [],
  [[EML, "(b) agreed a maximum grant of £300,000, rather than the £350,000 proposed in the paper"],
   [FUND, "a maximum grant of ~~£350,000~~ £300,000 [IC-W: The Panel agreed £300,000 at minute 4.3; £350,000 was the figure in the September paper.]"],
   [FUND, row(FUND, "PPRF1-07")]],
  "Minutes (.eml) and the CriticMarkup draft of item 5 (a substitution with a reviewer's comment).");
q("the sept meeting asked for a new risk on swim teachers - did it get added and what's it scored at?", "cross_document",
  "Yes. Minute 6.2 of 22 September 2101 asked for a risk on swim teacher shortages stopping school top-up sessions (action PA-34, Ines Carrow-Whitby). It was added on 12 October 2101 as PLR-12, 'Swim teacher shortage stops school top-up sessions', owner Rosamund Yelland: likelihood 4 × impact 4 = 16, Red, trend New.",
  ["PLR-12", "16"], [],
  [[EML, "Resolved: that the Panel noted the register and asked for a risk on swim teacher shortages stopping school top-up sessions to be added to it."],
   [PBI, row(PBI, "PLR-12")],
   [PACK, row(PACK, "PA-34")]],
  "E-mailed minutes, Power BI register (page 2) and the action log in the pack.");

// ------------------------------------------------------------------ unanswerable (5)
q("what was PL-06 rated in Q3?", "unanswerable",
  "Quarter 3 is not reported in the papers. At quarter 2 2101/02 PL-06 (swim teacher vacancies) is rated R with 342 vacancies; quarter 3 performance is due at the meeting on 9 March 2102.",
  [], [], [], "");
q("how much plant fund money has actually been paid out to councils so far?", "unanswerable",
  "The papers give no payments. Item 5 recommends 12 grants totalling £3,231,000 for decision on 24 November 2101; grants are to be paid 50% on signing the grant agreement (agreements to be issued by 16 December 2101) and 50% on completion.",
  [], [], [], "");
q("when's the first pools panel meeting in 2102/03?", "unanswerable",
  "Not in the papers: they list the 2101/02 meetings only (the last on Thursday 9 March 2102), and say items for 2102/03 will be agreed in March once the Board has set the meeting dates.",
  [], [], [], "");
q("whats cllr chilcott's email address", "unanswerable",
  "The papers give no e-mail addresses for members. Cllr Barnaby Chilcott (Green, Calderbeck City Council) is a member; contact for the Panel is the clerk, Verity Nanjiani (020 7946 0756, verity.nanjiani@local.gov.uk).",
  [], [], [], "");
q("did the panel approve the plant fund awards on 24 nov?", "unanswerable",
  "The papers do not say: they were written before the meeting. Item 5 (draft 3 of 14 November 2101) recommends 12 grants totalling £3,231,000 for decision on 24 November 2101; no minutes of that meeting are included.",
  [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
