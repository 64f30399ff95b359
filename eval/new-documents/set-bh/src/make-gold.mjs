// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, or a line's
// sentences, taken from the renderings by what they start with or contain, so a quote is always the
// rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const MAP = DOCS.map, AG = DOCS.agenda, ST = DOCS.stats, WC = DOCS.webcast, TD = DOCS.todo;
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
// part(doc, start, end): the text of a rendering line from `start` up to and including `end`
const part = (doc, start, end) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no text ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(end, i);
  if (j < 0) throw new Error(`no end ${end} after ${start} in ${doc}`);
  return l.slice(i, j + end.length);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bh${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which CRM measures are red at q2?", "status_lookup",
  "Two measures are Red – off track at quarter 2 2191/92 (30 September 2191): CRM-02, cameras working (average availability), 93.4% against a target of 97% or more, because 7 analogue cameras at S02 in Kestleford are faulty and awaiting parts; and CRM-05, cameras with an in-date data protection impact assessment, 82% against 100%, because the ANPR-capable cameras at S10 and S15 were installed before their DPIAs were signed.",
  ["CRM-02", "CRM-05"], [],
  [[AG, line(AG, "CRM-02 | ")], [AG, line(AG, "CRM-05 | ")]],
  "Word agenda pack saved as Strict Open XML: the ratings are legacy drop-down form fields, the chosen entry only an index (w:result) into the field's list entries; there is no result text.");
q("what's got worse since q1 on the cctv renewal measures", "status_lookup",
  "Three measures are rated worse at quarter 2 than at quarter 1: CRM-02, camera availability (Amber – some risk to Red – off track, 96.1% to 93.4%); CRM-05, cameras with an in-date impact assessment (Green to Red, 100% to 82%); and CRM-06, average time from operator alert to police dispatch (Green to Amber, 3.8 to 4.6 minutes). CRM-04, footage requests answered within 5 working days, improved from Amber to Green (91% to 96%).",
  ["CRM-02", "CRM-05", "CRM-06"], [],
  [[AG, line(AG, "CRM-02 | ")], [AG, line(AG, "CRM-05 | ")], [AG, line(AG, "CRM-06 | ")]],
  "Compares the 'Q1 rating' and 'Q2 rating' drop-down columns; the report's text names CRM-02 and CRM-05 but never says which measures got worse.");
q("which camera sites are still waiting to be upgraded?", "status_lookup",
  "Four sites are AWAIT (awaiting upgrade) on the map at 30 November 2191: S07 Oxhaven Harbour (12 cameras) and S08 Oxhaven Promenade (10), both planned to go live on 2192-04-28; S12 Fallowdene Market Place (4, recorded only), planned for 2192-03-30; and S16 Quistwell Northgate (10), planned for 2192-04-28. Three more are in progress (WIP): S02, S10 and S15.",
  ["S07", "S08", "S12", "S16"], [],
  [[MAP, line(MAP, "S07 | ")], [MAP, line(MAP, "S08 | ")], [MAP, line(MAP, "S12 | ")], [MAP, line(MAP, "S16 | ")], [MAP, line(MAP, "Awaiting upgrade (AWAIT)")]],
  "QGIS print layout: the attribute table shows the status field's raw code (AWAIT); only the legend's edited labels name the codes.");
q("which of the october actions weren't complete on the action log at 1 dec?", "status_lookup",
  "Four of the seven actions of 11 October 2191 were not complete on the action log (progress at 1 December 2191): CTA-18, Kestleford's plan to clear its fault backlog (Overdue: plan not received); CTA-21, the annual review of camera justification (In progress: 12 of 18 sites reviewed); CTA-22, signed DPIAs for the ANPR-capable cameras at S10 and S15 (Overdue: Wyrecastle and Quistwell had not signed); and CTA-24, the members' visit to the Hub (In progress: at 9.30am on the day of the meeting). CTA-19, CTA-20 and CTA-23 were Complete.",
  ["CTA-18", "CTA-21", "CTA-22", "CTA-24"], [],
  [[AG, line(AG, "CTA-18 | ", 1)], [AG, line(AG, "CTA-21 | ", 1)], [AG, line(AG, "CTA-22 | ", 1)], [AG, line(AG, "CTA-24 | ", 1)]],
  "The Status column of the action log is a legacy drop-down form field; the same refs appear first in the minutes' actions table, without statuses.");
q("has the DPIA for the S15 cameras been signed yet", "status_lookup",
  "No. At the meeting on 13 December 2191 the Information Governance Manager reported that Wyrecastle had signed the impact assessment for the S10 cameras on 9 December 2191 but Quistwell Borough Council had not yet signed the one for S15, so the Task Group agreed that the ANPR function at S15 stays switched off until it is signed. On the Programme Manager's list of 16 December the chase is still open (CTA-22, priority A, @waiting) and so is CTA-28.",
  ["not", "Quistwell"], [],
  [[WC, line(WC, "Dorian Gilchrist-Bose, Information Governance Manager, reported")], [WC, line(WC, "Outcome: The Task Group agreed that the ANPR function")], [TD, line(TD, "(A) 2191-10-12 Chase Quistwell")]],
  "Webcast page: the outcome is in a collapsed details panel under the agenda point; todo.txt: an open task is a line without a leading 'x'.");
q("is CRM-08 done? what does blue mean", "status_lookup",
  "Yes: CRM-08, partner councils with a published surveillance camera code self-assessment, is rated Blue – complete at quarter 2: 10 of 10 against a target of 10 of 10 by 30 September 2191 (all ten published by 26 September). At quarter 1 it was not rated ('Select status'), as it is reported from quarter 2.",
  ["complete", "10 of 10"], [],
  [[AG, line(AG, "CRM-08 | ")], [AG, line(AG, "1. The table below gives")]],
  "'Select status' is the drop-down's first entry (index 0): not rated.");
q("which of the actions from the october meeting are still open now?", "status_lookup",
  "Only CTA-22 is still open on the Programme Manager's todo list of 16 December 2191: chasing Quistwell for the signed DPIA for the S15 ANPR cameras (S10's was signed on 9 December), owner DGB (Dorian Gilchrist-Bose), due 2191-11-30. Of the actions not complete at 1 December, CTA-21 was done on 2 December 2191, CTA-24 on 13 December 2191, and CTA-18 was closed on 13 December as superseded by CTA-25 (Kestleford's recovery plan, due 2192-01-20).",
  ["CTA-22"], [],
  [[TD, line(TD, "(A) 2191-10-12 Chase Quistwell")], [TD, line(TD, "x 2191-12-02 2191-10-12 Annual review")], [TD, line(TD, "x 2191-12-13 2191-10-12 Members' visit")], [TD, line(TD, "x 2191-12-13 2191-10-12 Kestleford plan")]],
  "todo.txt: a done task starts 'x' and its completion date comes before its creation date; the agenda pack's action log (1 December) is older.");

// ------------------------------------------------------------------ table_lookup (7)
q("how much is oxhaven getting from round 2 of the camera fund?", "table_lookup",
  "£198,000 for S07 Oxhaven Harbour and S08 Oxhaven Promenade (22 cameras). Oxhaven asked for £210,000; the award was reduced because two cameras at S08 are to be removed, not replaced. The Task Group agreed the round 2 awards (£540,000 in all) on 13 December 2191.",
  ["198,000"], [],
  [[AG, line(AG, "Oxhaven Borough Council | S07, S08")], [WC, part(WC, "Outcome: The Task Group agreed recommendations", "round 2 awards of £540,000;")]],
  "");
q("what % of footage requests did kestleford answer within 5 days in q2", "table_lookup",
  "92.3% in quarter 2 2191/92: 96 of Westmarch Police's 104 footage requests to Kestleford City Council were answered within 5 working days (all partner councils: 514 of 536, 95.9%).",
  ["92.3"], [],
  [[ST, line(ST, "2191/92 Q2 | Kestleford City Council")]],
  "Accessible-statistics CSV: a tidy table with the period on every row; the header carries a note marker.");
q("how many arrests did cctv help with in marlhithe in q2?", "table_lookup",
  "The figure is not published: Marlhithe District Council's arrests assisted for quarter 2 2191/92 are shown as [c], confidential – fewer than 5, not shown. (Marlhithe's operators detected 104 incidents that quarter; all partner councils together assisted 246 arrests, a total that includes the confidential figures.)",
  ["fewer than 5"], [],
  [[ST, line(ST, "2191/92 Q2 | Marlhithe District Council")], [ST, line(ST, "Some shorthand is used in this table")]],
  "The cell holds the shorthand [c]; its meaning is only in a text row above the table.");
q("how many cameras at brantmoor town centre", "table_lookup",
  "22 cameras at S03 Brantmoor Town Centre, upgraded and monitored at the Joint Monitoring Hub (LIVE) since 2191-05-16.",
  ["22"], [],
  [[MAP, line(MAP, "S03 | ")]],
  "");
q("CRM-06 q2 figure?", "table_lookup",
  "4.6 minutes on average from operator alert to police dispatch at quarter 2 2191/92, against a target of 4.0 or less: Amber – some risk (it was 3.8 and Green at quarter 1). The radio link to Westmarch Police moved to the Hub in September.",
  ["4.6"], [],
  [[AG, line(AG, "CRM-06 | ")]],
  "");
q("how much is left in the camera replacement fund after round 2", "table_lookup",
  "£180,000, held as a contingency for the phase 2 moves to the Hub: the £1,500,000 Fund less round 1 awards of £780,000 (June 2191) and round 2 awards of £540,000. The Task Group agreed to hold it on 13 December 2191 (recommendation (d)).",
  ["180,000"], [],
  [[AG, line(AG, "Remaining, held as contingency | ")], [AG, line(AG, "Round 2 recommended awards | ")], [WC, part(WC, "Outcome: The Task Group agreed recommendations", "held as a contingency.")]],
  "");
q("how many incidents did kestleford's operators pick up in q2", "table_lookup",
  "412 incidents detected by operators in quarter 2 2191/92, but the figure is marked [u]: low reliability, in the shorthand the table uses. (All partner councils: 2057 incidents, a total that includes it.)",
  ["412", "low reliability"], [],
  [[ST, line(ST, "2191/92 Q2 | Kestleford City Council")], [ST, line(ST, "Some shorthand is used in this table")]],
  "A number with the shorthand [u] after it in a numeric column.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the cctv task group?", "people_roles",
  "Cllr Araminta Wolsingham (Conservative, Kestleford City Council) chairs the Public Space CCTV Task Group in 2191/92. The Vice-Chair is Cllr Kwabena Hollowbrook (Labour, Brantmoor) and the Deputy Chair Cllr Isolde Aldersey (Liberal Democrat, Ashwold).",
  ["Wolsingham"], [],
  [[AG, line(AG, "Cllr Araminta Wolsingham | ")], [WC, line(WC, "Cllr Araminta Wolsingham | Chair")]],
  "");
q("who's the lead member for data protection on the cctv tg", "people_roles",
  "Cllr Fergus Ockwell (Labour, Oxhaven Borough Council) is lead member for data protection and privacy; he leads on CRM-04, CRM-05, CRM-07 and CRM-08.",
  ["Ockwell"], [],
  [[AG, line(AG, "Cllr Fergus Ockwell | ")]],
  "");
q("who replaced cllr mabey?", "people_roles",
  "Cllr Nnamdi Crimmond (Conservative, Ebbersley District Council), a member from 1 November 2191. Cllr Roderick Mabey stood down from the Task Group on 31 October 2191; the meeting of 11 October was his last.",
  ["Crimmond"], [],
  [[AG, line(AG, "Cllr Roderick Mabey (Ebbersley District Council) stood down")], [AG, line(AG, "Cllr Nnamdi Crimmond | ")]],
  "");
q("who subbed at the 13 dec meeting?", "people_roles",
  "Cllr Oswin Ravenhill (Labour, Pilkerton Borough Council) substituted for Cllr Rashid Havergal. Cllr Gwendolen Tuttlebury also sent apologies, with no substitute.",
  ["Ravenhill", "Havergal"], [],
  [[WC, line(WC, "Apologies were received from Cllr Rashid Havergal")]],
  "In the collapsed details panel of agenda point 1 of the webcast page.");
q("who voted against the hub phase 2 and camera fund decision", "people_roles",
  "Cllr Henrietta Paskin (Liberal Democrat, Wyrecastle) was the only vote against; Cllr Cormac Culverhouse (Green, Quistwell) abstained and Cllr Lucian Seabright did not vote, having declared an interest. It was agreed by 8 votes to 1, with 1 abstention.",
  ["Paskin"], [],
  [[WC, line(WC, "Agreed by 8 votes to 1")]],
  "");
q("who's doing the S14 residents consultation action?", "people_roles",
  "Dorian Gilchrist-Bose, Information Governance Manager: the Programme Manager's list has 'Marlhithe to consult residents on S14, decision deferred to 13 Mar' as CTA-30 with owner:DGB, due 2192-02-24. (Marlhithe District Council runs the consultation itself.)",
  ["Gilchrist-Bose"], [],
  [[TD, line(TD, "(B) 2191-12-13 Marlhithe to consult residents on S14")], [WC, line(WC, "Dorian Gilchrist-Bose | Information Governance Manager")]],
  "todo.txt gives owners only as initials in an owner: tag; the name is in the other papers' lists of officers.");
q("who produced the camera sites map?", "people_roles",
  "Leofric Ossington, GIS Analyst, on 02/12/2191 (project psctg_sites_v7.qgz, in British National Grid, EPSG:27700).",
  ["Ossington"], [],
  [[MAP, line(MAP, "Map produced by ")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the hub phase 2 paper?", "board_paper",
  "That the Task Group: (a) approves the move of the Kestleford, Oxhaven and Quistwell control rooms to the Joint Monitoring Hub between 1 February and 30 April 2192 (phase 2); (b) approves round 2 awards from the Camera Replacement Fund totalling £540,000 (Table 2); (c) agrees the decommissioning of the 11 cameras at S05 Ashwold Riverside Walk, S14 Marlhithe Old Ropewalk Underpass and S18 Ebbersley Cemetery Lane; (d) holds the remaining £180,000 of the Fund as a contingency for the phase 2 moves.",
  ["1 February", "540,000", "S14", "180,000"], [],
  [[AG, part(AG, "(a) approves the move of the Kestleford", "(phase 2);")], [AG, part(AG, "(b) approves round 2 awards", "as set out in Table 2;")], [AG, part(AG, "(c) agrees the decommissioning", "Cemetery Lane;")], [AG, part(AG, "(d) holds the remaining", "phase 2 moves.")]],
  "The recommendations are paragraphs inside the value cell of a label and value table.");
q("contact officer for the q2 performance report?", "board_paper",
  "Marguerite Nkemdirim, Programme Manager, CCTV Renewal – 020 7946 0841, marguerite.nkemdirim@local.gov.uk.",
  ["Nkemdirim"], [],
  [[AG, line(AG, "Contact officer | Marguerite")]],
  "");
q("is the hub / camera fund paper a key decision? confidential?", "board_paper",
  "It is a key decision (Is this a key decision? Yes) and it is not confidential (Is this report confidential? No).",
  ["Yes"], [],
  [[AG, line(AG, "Is this a key decision? | ")], [AG, line(AG, "Is this report confidential? | ", 1)]],
  "");
q("DOIs at the december meeting?", "board_paper",
  "One: Cllr Lucian Seabright declared an interest in item 5 as Marlhithe District Council's Cabinet Member for Highways, because of the proposal on S14 Marlhithe Old Ropewalk Underpass; he left the room for the decision and did not vote.",
  ["Seabright"], [],
  [[WC, line(WC, "Declarations of interest: ")]],
  "");
q("what did the tg agree in october about round 2 of the camera replacement fund", "board_paper",
  "On 11 October 2191 the Task Group resolved: (a) to open round 2 of the Fund on 14 October 2191, with bids to close on 7 November 2191; (b) to limit round 2 to replacing cameras at existing sites, so that no new sites are funded; (c) to ask every council bidding to show how its cameras will be monitored at the Hub; and (d) to ask officers to draft a service level agreement for phase 2 of the Hub. £720,000 of the £1,500,000 Fund was left for round 2 after round 1's £780,000.",
  ["7 November 2191", "existing sites"], [],
  [[AG, line(AG, "(a) opens round 2 of the Fund")], [AG, line(AG, "(b) limits round 2")], [AG, line(AG, "5.1 ")]],
  "");
q("what did they decide on the q2 performance item in december", "board_paper",
  "The Task Group noted the performance at quarter 2 2191/92 and the map of camera sites, and asked Kestleford City Council for a recovery plan for its camera fault backlog by 20 January 2192 (recommendation (b) of the report; Kestleford had not sent the plan asked for in October, CTA-18). Cllr Precious Blencowe said Kestleford had now ordered the parts for the faulty cameras at S02.",
  ["Kestleford", "20 January 2192"], [],
  [[WC, line(WC, "Outcome: The Task Group noted the performance")], [AG, part(AG, "(b) asks Kestleford City Council for a recovery plan", "20 January 2192;")]],
  "");
q("why does the paper want to get rid of the cameras at S05, S14 and S18", "board_paper",
  "The annual review of camera justification proposes decommissioning them: S05 Ashwold Riverside Walk (6 cameras), because the riverside path has been closed since the spring; S14 Marlhithe Old Ropewalk Underpass (3 cameras), because Marlhithe's highways team plans to close the underpass in 2192; and S18 Ebbersley Cemetery Lane (2 cameras), where no incident has been recorded in three years.",
  ["riverside path", "highways", "three years"], [],
  [[AG, line(AG, "4. The annual review of camera justification")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("how far into the webcast does the hub / camera fund item start? want to clip it", "fact",
  "At 00:47:20 into the recording (about 11:17am, as the broadcast started at 10:30am). Caspian Bramwell-Ayre starts presenting at 00:47:31; note the adjournment from 00:58:40 to 01:04:05.",
  ["00:47:20"], [],
  [[WC, line(WC, "00:47:20 | 5 ")]],
  "Time codes are offsets into the recording, not clock times.");
q("why was the 13 dec meeting adjourned and for how long", "fact",
  "The webcast's sound failed: the meeting was adjourned at 11:28am and resumed at 11:34am (00:58:40 to 01:04:05 of the recording), during item 5.",
  ["11:28", "11:34"], [],
  [[WC, line(WC, "00:58:40 | Adjournment")]],
  "");
q("what did the police say about cctv footage requests in october", "fact",
  "Chief Inspector Saoirse Pardew (Westmarch Police) told the meeting of 11 October 2191 that in 2190/91 the force made 1,791 requests to the partner councils for CCTV footage, 89% of them answered within five working days; footage was used in about one in three charging decisions for violent crime in the ten town centres, and since July requests go through a single online portal.",
  ["1,791", "89%"], [],
  [[AG, line(AG, "4.1 The Chair welcomed Chief Inspector")]],
  "");
q("when's the next update of the hub statistics?", "fact",
  "23 February 2192 (Table 2 was published on 24 November 2191). Contact: Ptolemy Bellweather, hub.statistics@brantmoor.gov.uk.",
  ["23 February 2192"], [],
  [[ST, line(ST, "Published 24 November 2191")]],
  "");
q("when's the next cctv task group meeting", "fact",
  "Tuesday 13 March 2192 at 10.30am. The deferred decision on S14 and the redeployable cameras policy will be on its agenda.",
  ["13 March 2192"], [],
  [[WC, line(WC, "The next meeting will be held on Tuesday 13 March 2192")], [AG, line(AG, "The next meeting will be held on Tuesday 13 March 2192")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("is S14 being decommissioned or not?", "cross_document",
  "Not yet decided. The sites map (30 November 2191) marks S14 Marlhithe Old Ropewalk Underpass (3 cameras) DECOM, proposed for decommissioning, and recommendation (c) of the Hub and Fund paper asked the Task Group to agree it with S05 and S18. On 13 December 2191, on Cllr Isolde Aldersey's amendment, the Task Group agreed to decommission S05 and S18 only and deferred the decision on S14 to the meeting on 13 March 2192, after Marlhithe District Council has consulted residents (CTA-30 on the Programme Manager's list).",
  ["deferred", "13 March 2192"], [],
  [[MAP, line(MAP, "S14 | ")], [AG, part(AG, "(c) agrees the decommissioning", "Cemetery Lane;")], [WC, part(WC, "On recommendation (c), as amended,", "13 March 2192.")], [TD, line(TD, "(B) 2191-12-13 Marlhithe to consult residents on S14")]],
  "The map and the paper say 'proposed'; only the webcast's collapsed outcome of item 5 gives the amended decision.");
q("why didn't pilkerton get anything from round 2?", "cross_document",
  "Its bid (£120,000 for 8 cameras at a new site, Pilkerton Bus Station) was not eligible: on 11 October 2191 the Task Group limited round 2 to replacing cameras at existing sites, so that no new sites are funded (minute 5(b)), and Table 2 of the December paper recommends £0 for it. The Programme Manager still has to give Pilkerton feedback on its ineligible bid (CTA-31, due 2191-12-21).",
  ["new site", "existing sites"], [],
  [[AG, line(AG, "Pilkerton Borough Council | new site")], [AG, line(AG, "(b) limits round 2")], [TD, line(TD, "(C) 2191-12-13 Feedback to Pilkerton")]],
  "");

// ------------------------------------------------------------------ unanswerable (5)
const none = (question, answer, notes) => q(question, "unanswerable", answer, [], [], [], notes);
none("what were the q3 figures for CRM-02?", "The papers do not give them: the latest figures are for quarter 2 2191/92 (30 September 2191); the quarter 3 report is due at the meeting on 13 March 2192.", "Only Q1 and Q2 are reported.");
none("what does note 3 on the hub statistics table say?", "The notes are not in this file: the CSV holds Table 2 only, and says the notes are on the workbook's notes worksheet, which was not included.", "The note markers are in the headers; the notes sheet is not in the CSV.");
none("what's cllr paskin's phone number?", "The papers give no phone numbers for councillors; only officers' numbers are given.", "");
none("how much does the hub charge councils per camera?", "The papers do not say: the Hub's charges for phase 2 will be set in the service level agreement, which was still with the three councils' lawyers.", "The paper says the charges are not yet set.");
none("what did the tg decide about S14 in march?", "The papers do not say: on 13 December 2191 the decision on S14 was deferred to the meeting on 13 March 2192, and nothing from that meeting is in the papers.", "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl: ${G.length} questions`);
