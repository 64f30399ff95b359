// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, or runs of a line's cells, taken
// from the renderings by what they start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const LOOP = DOCS.loop, INV = DOCS.invite, NOT = DOCS.notion, PBI = DOCS.powerbi, NUM = DOCS.numbers;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// has(doc, text): the rendering line containing that text
const has = (doc, text) => {
  const l = lines(doc).find((x) => x.includes(text));
  if (!l) throw new Error(`no line with ${text} in ${doc}`);
  return l;
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
// the Power BI row of a measure in a quarter
const pbi = (ref, q) => line(PBI, `${ref} | `, ["Q1", "Q2", "Q3", "Q4"].indexOf(q));

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bw${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which warm streets measures are red at q2?", "status_lookup",
  "Two measures are red (🔴, RAG sort 1, off track) at quarter 2 (30 September 2371): WRP-02, heat pumps installed through the programme (54 against a target of 90, 60%; only three MCS-certified installers on the framework, recovery plan requested), and WRP-06, advice line calls answered within 2 minutes (70% against 90%; two advisers on long-term sick leave, agency cover from 1 November).",
  ["WRP-02", "WRP-06"], [],
  [[PBI, pbi("WRP-02", "Q2")], [PBI, pbi("WRP-06", "Q2")]],
  "Power BI summarised export: the rating is an emoji from a DAX measure beside a numeric 'RAG sort'; Q2 is one row of four per measure; the rate is a decimal (0.7 against 0.9).");
q("what got worse on the retrofit measures between q1 and q2", "status_lookup",
  "Four measures were rated worse at quarter 2 than at quarter 1: WRP-01, homes retrofitted to EPC band C (on track to at risk, 298 against 350); WRP-02, heat pumps installed (at risk to off track, 54 against 90); WRP-04, community energy schemes generating (on track to at risk, 4 against 5); and WRP-06, advice line calls answered within 2 minutes (on track to off track, 70% against 90%). WRP-05 and WRP-08 got better.",
  ["WRP-01", "WRP-02", "WRP-04", "WRP-06"], [],
  [[LOOP, has(LOOP, "SI presented the quarter 2 dashboard")], [PBI, pbi("WRP-01", "Q2")], [PBI, pbi("WRP-02", "Q2")], [PBI, pbi("WRP-04", "Q2")], [PBI, pbi("WRP-06", "Q2")]],
  "Compare the 'RAG sort' of each measure's Q1 and Q2 rows (the emoji order 🔴 < 🟠 < 🟢 < ✅); the Loop notes of 20 October say the same in words.");
q("any risks over tolerance on the CERTG register?", "status_lookup",
  "Yes, two risks score above the tolerance of 12 at the review of 24 November: CER-01, too few MCS-certified heat pump installers on the framework (L4 × I4 = 16, Critical, owner KR), and CER-05, the demonstrator homes overspending (L3 × I5 = 15, High, owner MT). Both are ticked to escalate to the Board. CER-02 and CER-04 score exactly 12, at the tolerance rather than above it.",
  ["CER-01", "CER-05"], [],
  [[NUM, line(NUM, "CER-01 | ")], [NUM, line(NUM, "CER-05 | ")], [NUM, line(NUM, "Tolerance: 12.")]],
  "Numbers PDF: the tolerance is only on the Key page; CER-02 and CER-04 at 12 are the trap (at, not above).");
q("which actions from the 20 oct meeting are still open", "status_lookup",
  "Four of the eight follow-up tasks from 20 October are not marked completed on the Loop page (saved 2 December 2371): CEA-31, the recovery plan for heat pump installations (WRP-02), KR, due 15 Dec; CEA-34, the revised budget with the demonstrator homes forecast, MT, due 15 Dec; CEA-36, adding grid connection delays to the risk register as a lead risk and inviting the network operator to the February meeting, Anouk Faircross-Deane, due 16 Feb; and CEA-37, chasing the Department on the able-to-pay loan pilot, PH, due 15 Dec. CEA-32, CEA-33, CEA-35 and CEA-38 are completed.",
  ["CEA-31", "CEA-34", "CEA-36", "CEA-37"], [],
  [[LOOP, line(LOOP, "CEA-31 ")], [LOOP, line(LOOP, "CEA-34 ")], [LOOP, line(LOOP, "CEA-36 ")], [LOOP, line(LOOP, "CEA-37 ")]],
  "Loop task list: done is only an ARIA state plus a screen-reader 'Completed'; the open tasks are the rows without it.");
q("has WRP-08 been hit?", "status_lookup",
  "Yes. WRP-08, councils with a published local retrofit plan, is rated ✅ (RAG sort 4, achieved) at quarter 2: all 12 of 12 councils had published a plan by 30 September 2371 (10 at quarter 1, when two plans were in consultation).",
  ["12"], [],
  [[PBI, pbi("WRP-08", "Q2")], [PBI, pbi("WRP-08", "Q1")]],
  "The ✅ emoji and sort value 4 mean achieved; the Loop notes count 'one achieved'.");
q("which risks went up at the nov review", "status_lookup",
  "Three risks rose at the review of 24 November (trend ▲, against the September review): CER-01, installer shortage (12 to 16, now Critical); CER-04, round 2 schemes failing to secure match funding (9 to 12, High); and CER-05, demonstrator homes overspend (10 to 15, High). CER-06 (advice line) is new.",
  ["CER-01", "CER-04", "CER-05"], [],
  [[NUM, line(NUM, "CER-01 | ")], [NUM, line(NUM, "CER-04 | ")], [NUM, line(NUM, "CER-05 | ")], [NUM, line(NUM, "Trend against the September review")]],
  "Trend is an arrow character explained only on the Key page; the Prev. column gives the same answer in numbers.");
q("are the 20 oct minutes approved yet?", "status_lookup",
  "No. The Loop notes of the meeting of 20 October are labelled 'Draft – for approval on 15 Dec'; the notes of 20 October are item 2 on the agenda of the meeting of Wednesday 15 December 2371.",
  ["draft"], [],
  [[LOOP, line(LOOP, "Status: ")], [INV, line(INV, "10:35 | 2. Notes of 20 October")]],
  "The status is a Loop label (coloured chip).");

// ------------------------------------------------------------------ table_lookup (7)
q("how many heat pumps had we installed by end of q2?", "table_lookup",
  "54 heat pumps had been installed through the programme by 30 September 2371 (WRP-02, cumulative), against a target of 90 (60% of target), rated off track (🔴). Only three MCS-certified installers are on the framework; a recovery plan was requested.",
  ["54"], [],
  [[PBI, pbi("WRP-02", "Q2")], [LOOP, line(LOOP, "WRP-02: ")]],
  "Power BI row 'Sum of Actual' 54, 'Sum of Target' 90.");
q("whats the forecast on the demonstrator homes budget line", "table_lookup",
  "Heat pump demonstrator homes: budget £260,000, spent £141,800 to period 7 (31 October), forecast outturn £284,000 – an overspend of £24,000, because of network upgrades at two homes and extra scaffolding.",
  ["284,000", "24,000"], [],
  [[NUM, line(NUM, "Heat pump demonstrator homes | ")]],
  "Numbers table: variance is forecast less budget (a plus is an overspend), explained in a text box under the table.");
q("how much is fernmoor getting from round 2", "table_lookup",
  "The panel recommends £60,000 for CEF2-05, the Fernmoor Warm Homes Collective's whole-street retrofit advice hub – a reduced award of the £96,000 asked (score 69), for the hub's first year only, because second-year costs were not evidenced.",
  ["60,000"], [],
  [[NOT, line(NOT, "CEF2-05 | ")], [NOT, line(NOT, "(b) agrees that CEF2-05")]],
  "Notion inline database: the recommendation is a select ('Award (reduced)', orange).");
q("CER-05 score and owner?", "table_lookup",
  "CER-05, demonstrator homes overspend (network upgrades, scaffolding), scores 15 (likelihood 3 × impact 5), rated High, up from 10; owner MT (Morwenna Tonkinson, Finance Business Partner). Mitigation: a revised budget to the 15 December meeting and contingency from the round 2 balance; next review 15 Dec.",
  ["15", "MT"], [],
  [[NUM, line(NUM, "CER-05 | ")]],
  "Owner by initials; the Key page and the Loop attendance table give MT's post and name.");
q("who's got CEA-36 and when is it due", "table_lookup",
  "CEA-36 (add grid connection delays to the risk register as a lead risk and invite the network operator to the February meeting) is assigned to Anouk Faircross-Deane (AF), Programme Manager, Community Energy, due 16 Feb (2372). It is still open.",
  ["Faircross-Deane", "16 Feb"], [],
  [[LOOP, line(LOOP, "CEA-36 ")]],
  "The assignee is a photo avatar whose alt text is the name; the due date has no year.");
q("how did the site visit vote go?", "table_lookup",
  "Fri 19 Nov won with 7 votes (09:30, Salterby and Harbeck demonstrator homes, coach from Harbeck station); Thu 11 Nov had 3 and Wed 1 Dec had 2. The Task Group agreed the visit for Fri 19 Nov at 09:30, PH to book.",
  ["19 Nov", "7"], [],
  [[LOOP, line(LOOP, "Fri 19 Nov | ")], [LOOP, line(LOOP, "Thu 11 Nov | ")], [LOOP, line(LOOP, "Wed 1 Dec | ")]],
  "Loop voting table: counts beside a 👍 button, voters as initials.");
q("total retrofit programme budget this year?", "table_lookup",
  "£1,500,000 for 2371/72. At period 7 (31 October) £762,850 had been spent and the forecast outturn is £1,501,000, £1,000 over budget.",
  ["1,500,000"], [],
  [[NUM, line(NUM, "Total | ")]],
  "The footer row of the Numbers table.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs CERTG?", "people_roles",
  "Cllr Marguerite Quaye (Labour, Kestrelby City Council) is the Chair; Cllr Ambrose Tillingham (Fernmoor) is Vice-Chair and Cllr Nerys Callaghan-Wode (Wyvernhurst) Deputy Chair.",
  ["Quaye"], [],
  [[LOOP, line(LOOP, "Cllr Marguerite Quaye | ")]],
  "Role column of the Loop attendance table.");
q("lead member for community energy?", "people_roles",
  "Cllr Beatrix Onyekachi (Green Party, Lowmarsh District Council). She has declared an interest in round 2 (she is a member of the Lowmarsh Community Energy Co-operative, bid CEF2-02), so Cllr Nerys Callaghan-Wode, Deputy Chair, presents the round 2 recommendations instead.",
  ["Onyekachi"], [],
  [[LOOP, line(LOOP, "Cllr Beatrix Onyekachi | ")], [NOT, line(NOT, "Declarations of interest: ")]],
  "Roles are in the Loop table; the Notion callout explains who presents item 5.");
q("who replaced cllr pellew-strand", "people_roles",
  "Cllr Hester Brandling (Conservative, Harbeck County Council) replaced Cllr Godfrey Pellew-Strand, who stood down on 31 August; she is a member from 1 September 2371 and was welcomed to her first meeting on 20 October.",
  ["Brandling"], [],
  [[LOOP, line(LOOP, "The Chair welcomed ")], [LOOP, line(LOOP, "Cllr Hester Brandling | ")]],
  "");
q("who subbed for gundry on 20 oct", "people_roles",
  "Cllr Perdita Wasilewska (Liberal Democrat, Wyvernhurst Borough Council), the Liberal Democrats' named substitute, attended for Cllr Saoirse Gundry.",
  ["Wasilewska"], [],
  [[LOOP, line(LOOP, "Cllr Perdita Wasilewska | ")], [LOOP, line(LOOP, "Apologies: ")]],
  "");
q("who's the tory named sub on the task group", "people_roles",
  "Cllr Imogen Sutcliffe-Rae (Fernmoor District Council) is the Conservative named substitute. The others are Cllr Rufus Agyekum (Labour) and Cllr Perdita Wasilewska (Liberal Democrat); the Green and Independent members have none.",
  ["Sutcliffe-Rae"], [],
  [[INV, line(INV, "Conservative – ")], [INV, line(INV, "Optional Attendees: ")]],
  "Only in the Outlook request's body (by group) and its Optional Attendees (GAL display names 'Surname, Forename (Cllr)').");
q("who is KR on the agenda?", "people_roles",
  "KR is Kwabena Royce-Attah, Senior Adviser, Domestic Retrofit. He leads on the heat pump recovery plan (item 3, with SI) and the loan pilot (item 6, with Cllr Maplethorpe) on 15 December.",
  ["Royce-Attah"], [],
  [[LOOP, line(LOOP, "Kwabena Royce-Attah (KR) | ")], [INV, line(INV, "10:45 | ")]],
  "The agenda gives initials only; the Loop attendance table pairs them with names.");
q("who's on the round 2 assessment panel", "people_roles",
  "Cllr Ambrose Tillingham (Vice-Chair), Cllr Nerys Callaghan-Wode (Deputy Chair) and Cllr Lachlan Boyes; they scored the bids on 17 November 2371. Cllr Onyekachi and Cllr Pembury, who declared interests, do not sit on it.",
  ["Tillingham", "Callaghan-Wode", "Boyes"], [],
  [[LOOP, has(LOOP, "an assessment panel of")], [NOT, line(NOT, "Round 1 awarded")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the round 2 cef paper?", "board_paper",
  "That the Task Group: (a) agrees five awards totalling £372,500 – CEF2-01, CEF2-02, CEF2-04, CEF2-05 and CEF2-07; (b) agrees £60,000 of the £96,000 asked for CEF2-05 (Fernmoor Warm Homes Collective), for the first year only; (c) makes CEF2-04's award (Wyvernhurst Riverside Hydro CIC) conditional on a grid connection offer by 31 March 2372, otherwise the £79,500 returns to the Fund; (d) declines CEF2-03 and CEF2-06, below the pass mark of 65, and invites them to round 3; (e) carries the £27,500 balance into round 3, opening April 2372.",
  ["£372,500", "CEF2-03", "CEF2-06", "£27,500"], [],
  [[NOT, line(NOT, "(a) agrees awards")], [NOT, line(NOT, "(d) declines")], [NOT, line(NOT, "(e) carries")]],
  "Typed (a)–(e) paragraphs of the Notion page.");
q("contact officer for the round 2 paper? need a number", "board_paper",
  "Anouk Faircross-Deane, Programme Manager, Community Energy – 020 7946 0841, anouk.faircross-deane@local.gov.uk.",
  ["Faircross-Deane", "020 7946 0841"], [],
  [[NOT, line(NOT, "Contact officer | ")], [NOT, line(NOT, "Phone | ")], [NOT, line(NOT, "Job title | ")]],
  "The front sheet is the Notion page's properties table (person, text, phone and email properties).");
q("was the round 2 awards decision on the forward plan, and when", "board_paper",
  "Yes. The awards total more than £250,000, so it is a key decision, published in the forward plan on 10 November 2371. The paper is not exempt.",
  ["10 November"], [],
  [[NOT, line(NOT, "The awards total more than £250,000")]],
  "The Key decision and Exempt properties are checkboxes with no text (state only in a class); the body says it in words.");
q("DOIs at the 20 oct meeting?", "board_paper",
  "Two: Cllr Beatrix Onyekachi, a member of the Lowmarsh Community Energy Co-operative, which presented at item 6 and has bid to round 2; and Cllr Yusuf Pembury, because Elmscarr Borough Council, where he is cabinet member for climate, has bid to round 2. Both will leave the room when the round 2 awards are decided.",
  ["Onyekachi", "Pembury"], [],
  [[LOOP, line(LOOP, "Declarations: ")]],
  "");
q("what did they decide on q2 performance at the oct meeting", "board_paper",
  "The Task Group noted the quarter 2 performance, asked for a recovery plan for heat pump installations (WRP-02) at the meeting on 15 December, and agreed agency cover for the advice line from 1 November, met from the advice line budget.",
  ["WRP-02", "recovery plan"], [],
  [[LOOP, line(LOOP, "Decision: The Task Group noted the quarter 2 performance")]],
  "");
q("what condition is on the wyvernhurst hydro award", "board_paper",
  "CEF2-04 (Wyvernhurst Riverside Hydro CIC, 90 kW run-of-river hydro, £79,500) is recommended as 'Award (conditional)': the award depends on a grid connection offer from the network operator by 31 March 2372, failing which the £79,500 returns to the Fund.",
  ["grid connection", "31 March 2372"], [],
  [[NOT, line(NOT, "(c) makes the award")], [NOT, line(NOT, "CEF2-04 | ")]],
  "");
q("whats on the agenda for 15 dec", "board_paper",
  "Wednesday 15 December 2371, 10:30–13:00, Room 1.1: 1 welcome, apologies and declarations; 2 notes of 20 October and action log (PH); 3 Warm Streets quarter 2 performance and the heat pump recovery plan (WRP-02) (SI / KR); 4 budget at period 7 and risk register (MT); 5 Community Energy Fund round 2 recommended awards, a key decision (AF / Cllr Callaghan-Wode); 6 able-to-pay retrofit loan pilot update, added on 3 December (Cllr Maplethorpe / KR); 7 work programme for 2372 and the February meeting (PH); 8 any other business.",
  ["WRP-02", "round 2", "loan pilot", "work programme"], [],
  [[INV, line(INV, "10:45 | ")], [INV, line(INV, "11:35 | ")], [INV, line(INV, "12:15 | ")], [INV, line(INV, "12:35 | ")]],
  "The agenda is a tab-separated table inside the Outlook request's body.");

// ------------------------------------------------------------------ fact (5)
q("how big is the lowmarsh energy co-op - members, solar etc", "fact",
  "Lowmarsh Community Energy Co-operative has 1.8 MW of rooftop solar on 46 schools and community buildings, owned by 2,300 members, and a community benefit fund of £61,000 a year (Delphine Arrowsmith-Cole, Operations Director, at the meeting of 20 October).",
  ["2,300", "1.8"], [],
  [[LOOP, line(LOOP, "Delphine Arrowsmith-Cole, Operations Director")]],
  "");
q("when are the group pre-meetings for the dec meeting", "fact",
  "Labour on Tue 14 Dec at 17:30 and Conservative on Tue 14 Dec at 18:00, both on Teams.",
  ["17:30", "18:00"], [],
  [[INV, line(INV, "Group pre-meetings: ")]],
  "Dates without a year in the Outlook body.");
q("whats the pass mark for round 2 and how are bids scored", "fact",
  "The pass mark is 65 out of 100. Bids are scored on carbon saved (30), community benefit (25), deliverability (25) and value for money (20); bids at or above the pass mark are recommended in score order until the money is used, and the panel may recommend a reduced award.",
  ["65"], [],
  [[NOT, line(NOT, "Carbon saved 30")], [NOT, line(NOT, "Pass mark: ")]],
  "Inside a Notion toggle (<details>).");
q("what virement was done on the retrofit budget?", "fact",
  "V-01 on 2 Oct: £20,000 moved from street-by-street surveys to the advice line and outreach, agreed by the Chair under her £25,000 limit.",
  ["£20,000"], [],
  [[NUM, line(NUM, "V-01 | ")], [LOOP, sentence(LOOP, "The Chair had agreed a virement")]],
  "");
q("whats the teams meeting id for the dec tg", "fact",
  "Meeting ID 371 552 908 114, passcode Xk7pQ2.",
  ["371 552 908 114"], [],
  [[INV, line(INV, "Meeting ID: ")]],
  "From the Teams join block of the Outlook request.");

// ------------------------------------------------------------------ cross_document (2)
q("is the dec meeting still in room 2.4?", "cross_document",
  "No. The notes of 20 October gave the next meeting as Wednesday 15 December, 10:30, in Room 2.4, 18 Smith Square, but the meeting request was updated on 3 December: the meeting has moved to Room 1.1, 18 Smith Square (Room 2.4 is closed for repairs), 10:30–13:00, also on Teams.",
  ["Room 1.1"], [],
  [[INV, line(INV, "UPDATED 3 December")], [INV, line(INV, "Location: ")], [LOOP, line(LOOP, "Wednesday 15 December, 10:30")]],
  "Loop notes (Room 2.4) against the updated Outlook request (Room 1.1).");
q("will the round 2 awards fit in the budget?", "cross_document",
  "Yes. The budget line for Community Energy Fund round 2 is £400,000; the recommended awards total £372,500, which is the line's forecast outturn at period 7 (a £27,500 underspend, carried into round 3). The programme as a whole is forecast £1,000 over its £1,500,000 budget because of the demonstrator homes.",
  ["£400,000", "£372,500"], [],
  [[NUM, line(NUM, "Community Energy Fund – round 2 | ")], [NOT, line(NOT, "The round 2 allocation is")]],
  "Numbers budget line against the Notion paper's financial implications.");

// ------------------------------------------------------------------ unanswerable (5)
q("whats the q3 figure for WRP-01?", "unanswerable",
  "Not in the papers: the dashboard export has actuals for quarters 1 and 2 only; the quarter 3 row of WRP-01 has a target (600) but no figure.",
  [], [], [], "Near miss: the Q3 row exists with an empty actual.");
q("did the wyvernhurst hydro get its grid connection offer?", "unanswerable",
  "Not in the papers: the round 2 paper makes the award conditional on an offer by 31 March 2372 and notes there is no offer yet; nothing records one.",
  [], [], [], "Near miss: the condition and its date are held, the outcome is not.");
q("whats cllr sprackling's phone number", "unanswerable",
  "Not in the papers: no member's phone number is given (the meeting request lists members only by their address-book names); only officers' numbers appear.",
  [], [], [], "Near miss: officers' numbers are given.");
q("how much did each round 1 scheme get?", "unanswerable",
  "Not in the papers: they say only that round 1 awarded £300,000 to four schemes in June 2371 and that it has been paid in full, not what each scheme received.",
  [], [], [], "Near miss: the round 1 total is held.");
q("what did the 15 dec meeting decide on round 2?", "unanswerable",
  "Not in the papers: the meeting of 15 December 2371 had not yet taken place; the papers hold its agenda and the recommendations, not a decision.",
  [], [], [], "Near miss: the meeting is scheduled, not minuted.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
