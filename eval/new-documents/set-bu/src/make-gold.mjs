// SET-ASIDE: developers of the assistant must not read this file beyond this line.
// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, or
// sentences of a line, taken from the renderings by what they start with or contain, so a quote is
// always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const DASH = DOCS.dashboard, MIN = DOCS.minutes, JIRA = DOCS.jira, SLACK = DOCS.slack, EML = DOCS.email;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the first cell starting with `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.findIndex((x) => x.startsWith(from));
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
// a Jira issue's row: the cells from its summary to its status
const row = (key) => { const l = lines(JIRA).find((x) => x.split(" | ")[1] === key); if (!l) throw new Error("no issue " + key); return l.split(" | "); };
const issue = (key) => row(key).slice(0, 5).join(" | ");
const jcells = (key, from, n) => { const c = row(key); const i = c.findIndex((x) => x.startsWith(from)); if (i < 0) throw new Error(`no cell ${from} in ${key}`); return c.slice(i, i + n).join(" | "); };
const comment = (stamp) => cells(JIRA, `${stamp};`, `${stamp};`, 1);

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bu${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which open doors measures were off track at q2?", "status_lookup",
  "Three of the nine measures were Off track at quarter 2 2353/54: ODP-04, public toilets with an accessible (Radar key) cubicle (61.0% against a target of 72.0%); ODP-05, reported faults fixed within 5 working days (81.4% against 85.0%); and ODP-09, net cost per visit of council-run toilets (£0.49 against £0.42). The dashboard's status table prints only 8 of its 9 rows (\"1 - 8 / 9\"), so ODP-09's status is given by the minutes (minute 4.1), not the PDF. ODP-04's figure was later corrected to 67.0%, which would make it At risk.",
  ["ODP-04", "ODP-05", "ODP-09"], [],
  [[DASH, line(DASH, "4. | ODP-04")], [DASH, line(DASH, "5. | ODP-05")], [MIN, sentence(MIN, "Of the nine measures")]],
  "Looker table paginated 1 - 8 / 9: ODP-09's status row is not printed; the minutes name it off track. ODP-04's correction is in Slack and Jira.");
q("what got worse between q1 and q2 on the open doors dashboard", "status_lookup",
  "Three measures have a worse status at quarter 2 than at quarter 1 on the dashboard: ODP-02, Changing Places facilities open (On track to At risk; 37 against a target of 40), ODP-04, toilets with an accessible cubicle (At risk to Off track; 61.0%), and ODP-05, faults fixed within 5 working days (At risk to Off track; 81.4%). ODP-03 and ODP-08 improved (ODP-08 Achieved). ODP-09's status row is not shown in the PDF.",
  ["ODP-02", "ODP-04", "ODP-05"], [],
  [[DASH, line(DASH, "2. | ODP-02")], [DASH, line(DASH, "4. | ODP-04")], [DASH, line(DASH, "5. | ODP-05")]],
  "Compares the Q1 status and Q2 status columns of the Looker table (status words on coloured cells).");
q("which pttg actions are still open in jira?", "status_lookup",
  "Four actions are open in the Jira export of 9 December 2353: PTTG-33, the signage standard with the Accessible Loos Alliance (In Progress, due 29/Jan/54); PTTG-43, the council-by-council report on faults fixed within 5 working days (To Do, due 14/Jan/54); PTTG-45, writing to the 12 councils about the new Community Toilet Scheme payment (In Progress, due 11/Dec/53); and PTTG-46, the tender notice for the joint cleaning and maintenance contract (Blocked, due 18/Dec/53). Also open: its sub-task PTTG-47 (Dunstanmoor's legal sign-off, Waiting for council) and the round 2 epic PTTG-40.",
  ["PTTG-33", "PTTG-43", "PTTG-45", "PTTG-46"], [],
  [[JIRA, issue("PTTG-33")], [JIRA, issue("PTTG-43")], [JIRA, issue("PTTG-45")], [JIRA, issue("PTTG-46")]],
  "Jira CSV: Issue Type Action whose Status is not Done or Closed; Status (Blocked, In Progress, To Do) beside a separate Status Category.");
q("is anything blocked on the pttg board?", "status_lookup",
  "Yes: PTTG-46, publishing the tender notice for the joint cleaning and maintenance contract (Sunniva Greatorex, due 18 December 2353), is Blocked. It is blocked by PTTG-47, Dunstanmoor's legal sign-off of the joint procurement agreement (status Waiting for council), so the notice is unlikely to go out before January.",
  ["PTTG-46", "Dunstanmoor"], [],
  [[JIRA, issue("PTTG-46")], [JIRA, comment("09/Dec/53 11:37 AM")], [SLACK, line(SLACK, "PTTG-46 is now Blocked")]],
  "Status 'Blocked' (category In Progress); the blocker is in Inward issue link (Blocks) and the comment, whose author is only an account id.");
q("which risks are rated high or critical now?", "status_lookup",
  "Four risks score 10 or more on the register agreed on 12 November 2353: PTR-01, budget pressures leading to closures (16, Critical); PTR-02, supplier lead times delaying Changing Places installations (12, High); PTR-07, the joint cleaning retender attracting too few bids (12, High); and PTR-06, water hygiene (legionella) checks lapsing (10, High). The key bands scores 10–15 High (red) and 16–25 Critical (purple).",
  ["PTR-01", "PTR-02", "PTR-06", "PTR-07"], [],
  [[MIN, cells(MIN, "| PTR-01 |", "16", 7)], [MIN, cells(MIN, "| PTR-02 |", "12", 7)], [MIN, cells(MIN, "| PTR-06 |", "10", 7)], [MIN, cells(MIN, "| PTR-07 |", "12", 7)], [MIN, sentence(MIN, "Bands: 1–4 Low")]],
  "The register's first column is the score, a number only; the bands are in the key paragraph.");
q("which risks have gone up since september", "status_lookup",
  "Three risks score higher than in September: PTR-01, closures under budget pressure (12 to 16), PTR-05, inconsistent council returns (4 to 8), and PTR-07, the cleaning retender attracting too few bids (8 to 12). PTR-06 (water hygiene) is new, scored 10.",
  ["PTR-01", "PTR-05", "PTR-07"], [],
  [[MIN, cells(MIN, "| PTR-01 |", "16", 7)], [MIN, cells(MIN, "| PTR-05 |", "8", 7)], [MIN, cells(MIN, "| PTR-07 |", "12", 7)], [MIN, sentence(MIN, "8.1 Members reviewed")]],
  "'Was' column (the September score) and the Trend arrows; the minutes' 8.1 says the same.");
q("have the 12 nov minutes been approved yet?", "status_lookup",
  "No. The minutes of 12 November 2353 are a draft, not yet approved; they are to be submitted for approval at the meeting on Thursday 14 January 2354.",
  ["draft", "14 January"], [],
  [[MIN, line(MIN, "DRAFT – not yet approved")]],
  "The DRAFT line under the title.");

// ------------------------------------------------------------------ table_lookup (7)
q("how much is recommended for sallowmere's changing places bid?", "table_lookup",
  "£118,000, the full amount requested, for a Changing Places toilet at Sallowmere bus station; Sallowmere City Council's bid scored 84, the highest of the six.",
  ["£118,000"], [],
  [[EML, line(EML, "Sallowmere City Council | Sallowmere bus station")]],
  "Table 1 of the PDF attached to the e-mail.");
q("whats the q2 actual vs target for ODP-03", "table_lookup",
  "ODP-03, Community Toilet Scheme venues signed up: 1,246 at quarter 2 2353/54 against a target of 1,200 (quarter 1: 1,087 against 1,100). The Overview scorecard rounds it to 1.2K (▲ 14.6%).",
  ["1,246", "1,200"], [],
  [[DASH, line(DASH, "ODP-03 | ")]],
  "Pivot table with a two-row header (Quarter over Target / Actual); the scorecard's compact 1.2K is a trap.");
q("when is PTTG-33 due now?", "table_lookup",
  "PTTG-33, drafting a common signage standard with the Accessible Loos Alliance (Idris Fawkener), is due on 29 January 2354 (29/Jan/54 in Jira). Its date was moved from 30 October 2353 with the Chair's agreement because the Alliance asked for more time; it is In Progress, rated Amber.",
  ["29"], [],
  [[JIRA, jcells("PTTG-33", "10/Sep/53 4:37 PM", 4)], [JIRA, comment("05/Nov/53 10:12 AM")]],
  "Due date in Jira's two-digit-year format; the comment gives the old date.");
q("what's PTR-07's score now and what was it before?", "table_lookup",
  "PTR-07 (the joint cleaning and maintenance retender attracting too few bids) scores 12 now – likelihood 3 × impact 4, High – up from 8 in September. Its target score is 6 and its owner is the Finance Business Partner (Sunniva Greatorex).",
  ["12", "8"], [],
  [[MIN, cells(MIN, "| PTR-07 |", "12", 7)]],
  "Columns in the order Score | Ref | L | I | Was | Trend.");
q("what % of faults did fallowbury fix within 5 days in q2", "table_lookup",
  "86.4%: Fallowbury had 147 faults reported in quarter 2 2353/54 and fixed 127 within 5 working days (target 85.0%).",
  ["86.4%"], [],
  [[DASH, line(DASH, "3. | Fallowbury")]],
  "Looker table sorted by % with row numbers.");
q("how many changing places does morlanby have?", "table_lookup",
  "6 Changing Places facilities at 30 September 2353, the most of the 12 councils (37 in all).",
  ["6"], [],
  [[DASH, line(DASH, "Morlanby | ")]],
  "A bar chart's data label.");
q("cpcf round 2 - how much was bid for in total and how much is left over?", "table_lookup",
  "The six bids asked for £612,500 against the £450,000 available. The recommended awards total £418,500, leaving £31,500, which the paper proposes to carry forward to round 3.",
  ["£612,500", "£31,500"], [],
  [[EML, line(EML, "Total | ")], [EML, sentence(EML, "6. Awards of")]],
  "Table 1's total row and paragraph 6 of the attached paper.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the public toilets task group?", "people_roles",
  "Cllr Roseanna Quillfeather of Brindlecombe Vale District Council is the Chair; Cllr Thaddeus Brackwater (Morlanby County Council) is Vice-Chair and Cllr Ines Pollexfen (Kettlebridge Borough Council) Deputy Chair.",
  ["Quillfeather"], [],
  [[MIN, line(MIN, "Cllr Roseanna Quillfeather (Chair)")], [MIN, line(MIN, "Chair: Cllr Roseanna Quillfeather")]],
  "Attendance in a two-column section; roles in brackets.");
q("who subbed for cllr ruddock-vane on 12 nov?", "people_roles",
  "Cllr Philippa Wragholme of Morlanby County Council substituted for Cllr Leopold Ruddock-Vane at the meeting on 12 November 2353.",
  ["Wragholme"], [],
  [[MIN, line(MIN, "Cllr Philippa Wragholme")]],
  "");
q("who owns risk PTR-02?", "people_roles",
  "The Senior Adviser, Accessible Facilities – Idris Fawkener. PTR-02 is supplier lead times for hoists and adult changing benches (20 weeks) delaying Changing Places installations, scored 12.",
  ["Idris Fawkener"], [],
  [[MIN, cells(MIN, "| PTR-02 |", "Supplier lead times", 3)], [MIN, line(MIN, "Idris Fawkener, Senior Adviser")]],
  "The Owner column holds a post; the name is in the attendance's officers.");
q("who's assigned the cleaning tender action in jira?", "people_roles",
  "Sunniva Greatorex, the Finance Business Partner: she is the assignee of PTTG-46, publishing the tender notice for the joint cleaning and maintenance contract (Blocked, due 18 December 2353), and of its sub-tasks PTTG-47 and PTTG-48.",
  ["Sunniva Greatorex"], [],
  [[JIRA, jcells("PTTG-46", "High", 3)], [MIN, line(MIN, "PTTG-46 | ")]],
  "Assignee column of the Jira row; the minutes' actions table agrees.");
q("who sent apologies to the november pttg meeting", "people_roles",
  "Cllr Leopold Ruddock-Vane (Morlanby County Council), for whom Cllr Philippa Wragholme substituted, and Cllr Horace Dimmelow (Thurlbeck Borough Council), who had no substitute.",
  ["Ruddock-Vane", "Dimmelow"], [],
  [[MIN, line(MIN, "Cllr Leopold Ruddock-Vane, Morlanby")], [MIN, line(MIN, "Cllr Horace Dimmelow")], [MIN, sentence(MIN, "Apologies were received")]],
  "");
q("who signed off the chair's action on the CTS claims deadline and who was consulted?", "people_roles",
  "The Chair, Cllr Roseanna Quillfeather, approved Chair's action PTTG-CA-2353-04 on 2 December 2353, after the Vice-Chair, Cllr Thaddeus Brackwater, was consulted and agreed. Marigold Achterberg submitted the request.",
  ["Quillfeather", "Brackwater"], [],
  [[SLACK, line(SLACK, ":white_check_mark: Approved by")], [SLACK, line(SLACK, "Consulted: ")]],
  "Workflow Builder messages in Slack; the approver by display name.");
q("who was on the round 2 assessment panel?", "people_roles",
  "Idris Fawkener (chair of the panel), Sunniva Greatorex, and Ottilie Framlingham of the Accessible Loos Alliance as an adviser who did not score. The panel met on 24 November 2353.",
  ["Fawkener", "Greatorex", "Framlingham"], [],
  [[EML, sentence(EML, "2. The assessment panel")], [JIRA, jcells("PTTG-49", "Score the six bids", 1)]],
  "Paragraph 2 of the attached paper; Jira wiki-markup table in PTTG-49's description.");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recs in the changing places round 2 paper?", "board_paper",
  "That the Task Group: (a) awards grants from round 2 of the Changing Places Capital Fund to the four bids in Table 1, totalling £418,500; (b) makes the award to Ketterby Fen District Council conditional on planning consent for the market hall works being granted by 31 March 2354; (c) carries forward the remaining £31,500 to round 3, which opens in April 2354; and (d) asks officers to offer feedback to the two councils whose bids are not recommended.",
  ["£418,500", "31 March 2354", "£31,500", "feedback"], [],
  [[EML, cells(EML, "Recommendations | That the Task Group:", "(a)", 4)]],
  "The recommendations are lines inside one cell of the PDF's front-sheet table, in the attachment of the e-mail.");
q("is the round 2 awards paper confidential, and is it a key decision?", "board_paper",
  "It is not confidential. It is a key decision, because the awards total more than £100,000, so the Task Group takes the decision itself at its meeting on 14 January 2354.",
  ["key decision", "£100,000"], [],
  [[EML, line(EML, "Is this report confidential?")], [EML, line(EML, "Is this a key decision?")]],
  "");
q("what condition is attached to the ketterby fen award?", "board_paper",
  "The award to Ketterby Fen District Council (£88,500 for the market hall) is conditional on planning consent for the market hall works being granted by 31 March 2354 (recommendation (b)).",
  ["planning consent", "31 March 2354"], [],
  [[EML, cells(EML, "Recommendations | That the Task Group:", "(b)", 1)]],
  "");
q("any DOIs at the 12 nov meeting?", "board_paper",
  "Three: Cllr Fennimore declared a non-registrable interest in minute 6 as a trustee of the Accessible Loos Alliance (he stayed in the meeting); Cllr Aldersey declared an other registrable interest in minute 7 because her husband is a director of Westerhope Washroom Services Ltd, which holds a cleaning contract with Westerhope Borough Council (she left the room and took no part); and Cllr Garside declared a non-registrable interest in minute 5 as Orchardleigh District Council's Cabinet Member for Communities, Orchardleigh having bid to round 2 (he will take no part in deciding the awards).",
  ["Fennimore", "Aldersey", "Garside"], [],
  [[MIN, line(MIN, "2.1 ")], [MIN, line(MIN, "2.2 ")], [MIN, line(MIN, "2.3 ")]],
  "Minute headings numbered only by LibreOffice's outline numbering; the paragraphs carry typed numbers.");
q("what did the tg decide about the cleaning contracts?", "board_paper",
  "It approved a joint procurement on behalf of Thurlbeck, Fallowbury and Dunstanmoor for a four-year cleaning and maintenance contract worth up to £1.26 million, and asked officers to publish the tender notice by 18 December 2353 (PTTG-46). Cllr Aldersey took no part.",
  ["1.26", "18 December"], [],
  [[MIN, line(MIN, "RESOLVED: that the Task Group approves a joint procurement")], [MIN, line(MIN, "7.1 ")]],
  "");
q("what was agreed about the community toilet scheme payment?", "board_paper",
  "The annual payment to each business taking part in the Community Toilet Scheme rises from £600 to £650 from 1 April 2354, and officers are to write to the 12 councils to tell them (PTTG-45).",
  ["£650", "1 April 2354"], [],
  [[MIN, line(MIN, "RESOLVED: that the annual payment")]],
  "");
q("what did they resolve on the risk register?", "board_paper",
  "The Task Group agreed the risk register at Appendix A and asked the Chair to escalate PTR-01 (closures under budget pressure, score 16) to the Stronger High Streets and Places Board on 3 December 2353 (PTTG-44).",
  ["PTR-01", "3 December"], [],
  [[MIN, line(MIN, "RESOLVED: that the Task Group agrees the risk register")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("when's the chair's briefing for the jan meeting?", "fact",
  "Thursday 7 January 2354 at 2pm, on Teams. It won the Slack poll with 4 votes (against Tuesday 5 January and Friday 8 January) and the invitation has been sent.",
  ["7", "2pm"], [],
  [[SLACK, line(SLACK, "Chair's briefing fixed")], [SLACK, line(SLACK, ":two: Thu 7 Jan")]],
  "Slack: day dividers and poll options without a year.");
q("how many people answered the lift the lid survey?", "fact",
  "3,214 people responded to the Accessible Loos Alliance's Lift the Lid survey; 58% said they had cut short a trip in the last year because they could not find an accessible toilet.",
  ["3,214"], [],
  [[MIN, sentence(MIN, "6.1 Ottilie Framlingham presented")]],
  "");
q("what did the places board say about PTR-01?", "fact",
  "At the Stronger High Streets and Places Board on 3 December 2353, where the Chair presented PTR-01, the Board agreed to include public toilet closures in its Spending Review submission and asked for a one-page briefing by 15 January. Action PTTG-44 was closed.",
  ["Spending Review", "15 January"], [],
  [[SLACK, line(SLACK, "Board update:")], [JIRA, comment("03/Dec/53 3:55 PM")]],
  "");
q("when do apologies for the 14 jan meeting need to be in by?", "fact",
  "By 5pm on Tuesday 12 January 2354, to Leofric Ambrose-Tate (Democratic Services), naming a substitute. Apologies received so far: Cllr Ptolemy Garside and Cllr Marguerite Oyelaran.",
  ["12 January", "5pm"], [],
  [[EML, line(EML, "Apologies received so far")]],
  "The covering e-mail, not the paper.");
q("by when do the round 2 changing places toilets have to be open?", "fact",
  "By 31 March 2355: grant agreements are to be signed by 12 February 2354 and will require each facility to open to the public by 31 March 2355.",
  ["31 March 2355"], [],
  [[EML, line(EML, "7. Grant agreements")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("is ODP-04 really off track?", "cross_document",
  "Probably not. The dashboard (data of 20 November 2353) shows ODP-04 at 61.0% against 72.0%, Off track, and the minutes record that Cllr Threlkeld questioned it. The check that followed (PTTG-41, closed 25 November) found that Ketterby Fen had counted its 38 closed sites in its total; the corrected quarter 2 figure is 67.0%, which would make ODP-04 At risk rather than Off track. The dashboard will not be refreshed until the Q3 data load.",
  ["67.0%", "At risk"], [],
  [[DASH, line(DASH, "4. | ODP-04")], [SLACK, line(SLACK, "ODP-04 correction:")], [JIRA, comment("25/Nov/53 2:31 PM")]],
  "Dashboard against the Slack message and the Jira comment.");
q("whats the deadline for community toilet scheme claims?", "cross_document",
  "18 December 2353. The minutes of 12 November give the claims deadline as 30 November 2353, but with many of the 214 businesses reported then still to claim, the Chair approved a Chair's action (PTTG-CA-2353-04, 2 December 2353) extending it to 18 December 2353; it will be reported to the meeting on 14 January 2354.",
  ["18 December 2353"], [],
  [[SLACK, line(SLACK, "Decision needed:")], [MIN, line(MIN, "9.1 ")]],
  "Minutes against the Slack workflow messages.");

// ------------------------------------------------------------------ unanswerable (5)
q("what are the q3 figures for ODP-02?", "unanswerable",
  "Not in the papers: the dashboard gives quarter 1 and quarter 2 2353/54 only (ODP-02 was 37 against a target of 40 at quarter 2, At risk).",
  [], [], [], "Near miss: Q1 and Q2 columns only.");
q("which council had the worst faults-fixed rate in q2?", "unanswerable",
  "The papers do not show it: the dashboard's table is sorted from the highest rate down and prints only rows 1 to 10 of 12 (\"1 - 10 / 12\"), so the two lowest councils are on the table's second page, which the PDF does not include. The lowest rate shown is Ketterby Fen's 75.0%; the overall rate is 81.4%.",
  [], [], [], "Near miss: a paginated table; the tenth row is not the last.");
q("whats cllr dimmelow's phone number", "unanswerable",
  "Not in the papers: they give telephone numbers only for officers (Idris Fawkener, Leofric Ambrose-Tate), not for members.",
  [], [], [], "");
q("did the chair agree to move the cleaning tender date?", "unanswerable",
  "Not in the papers: on 9 December Sunniva Greatorex asked Marigold Achterberg to raise it with the Chair, but the thread's two replies are not in the saved Slack page and nothing else records an answer.",
  [], [], [], "Near miss: the question is asked; the collapsed thread's replies were never loaded.");
q("how did members vote on the round 2 awards?", "unanswerable",
  "Not in the papers: the awards are for decision at the meeting on 14 January 2354, which had not taken place; the papers hold only the recommendations.",
  [], [], [], "Near miss: the decision is pending.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
