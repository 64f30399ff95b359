// Writes gold.jsonl: 40 questions about the five documents, with gold answers, must_include /
// must_not_include strings and verbatim evidence quotes (checked by check-gold.mjs).
// Quotes from the fixed-width finance report are taken as whole lines from the file, so their spacing
// is the file's own.
//
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

const PERF = "coastal-change-seaside-towns-panel-performance-2043-44-q2.html";
const NOTES = "coastal-change-seaside-towns-panel-meeting-notes-2043-09-23.html";
const POSTER = "coastal-councils-survey-2043-at-a-glance.pdf";
const BULL = "coastal-change-seaside-towns-panel-bulletin-2043-12.docx";
const FIN = "coastal-change-seaside-towns-panel-budget-monitoring-p07-2043-44.txt";

const finLines = readFileSync(join(root, "docs", FIN), "utf8").split("\n");
const finLine = (start) => {
  const l = finLines.find((x) => x.startsWith(start));
  if (!l) throw new Error("no line starting " + start);
  return l.trimEnd();
};
const e = (doc, quote) => ({ doc, quote });

const G = [];
const add = (category, question, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ category, question, answer, must_include, must_not_include, evidence, notes });

// ------------------------------------------------------------------ status_lookup (7)
add("status_lookup", "which measures are off course in the coastal panel's Q2 report?",
  "Two measures were Off course (Red) at the end of quarter 2 of 2043/44 (30 September 2043): CST-M04, homes at risk from erosion by 2065 covered by an agreed relocation or rollback plan (96 against a target of 350), and CST-M07, young people starting a Seaside Towns Skills Pilot placement (112 against a target of 400).",
  ["CST-M04", "CST-M07"], ["CST-M06"],
  [e(PERF, "CST-M04 | Homes at risk from erosion by 2065 covered by an agreed relocation or rollback plan | 350 | 71 | 96 | Off course | Delphine Nankivell"),
   e(PERF, "CST-M07 | Young people starting a Seaside Towns Skills Pilot placement | 400 | 38 | 112 | Off course | Olamide Retallack")],
  "Quarto HTML report: the status is a word in a coloured span in the sixth column of three theme tables (Tables 3-5); Table 2 gives only counts by theme. CST-M06 (Watch) is the row next to CST-M07.");

add("status_lookup", "in the coastal q2 perf report what does 'Watch' mean, is that amber?",
  "Yes. In the report's status key (Table 1) Watch is Amber: 'Some slippage; expected to recover within the year with the action in hand.' (On course is Green, Off course Red, Achieved Blue and Not yet due Grey.)",
  ["Amber", "slippage"], [],
  [e(PERF, "Watch | Amber | Some slippage; expected to recover within the year with the action in hand.")],
  "The report's own status words are mapped to colours by a key table with a caption \"Table 1: Status key\".");

add("status_lookup", "whats the status of the seasonal worker housing measure",
  "CST-M08, councils with a seasonal worker housing plan (target 12 for 2043/44), is Not yet due (Grey) at quarter 2: there are no figures yet (shown as dashes for Q1 and Q2), and it will be measured through the spring 2044 survey of seaside councils.",
  ["Not yet due"], ["Off course"],
  [e(PERF, "CST-M08 | Councils with a seasonal worker housing plan | 12 | – | – | Not yet due | Olamide Retallack"),
   e(PERF, "CST-M08 will be measured through the spring 2044 survey of seaside councils.")],
  "A measure whose Q1 and Q2 cells are en dashes; the status word is the answer, not a number.");

add("status_lookup", "is the erosion mapping data sharing agreement thing still blocked?",
  "Yes. The Jira action COAST-47, 'Renew the erosion mapping data sharing agreement' (Delphine Nankivell, due 30 Oct 2043), shows BLOCKED on the notes page of the 23 September 2043 meeting (exported on 20 November 2043), and the 'Erosion mapping data' workstream is BLOCKED in the page's programme status table. In the Q2 report the related risk CST-R07 is Rising, and the licence payment is held until the agreement is signed.",
  ["BLOCKED", "COAST-47"], [],
  [e(NOTES, "COAST-47 | Renew the erosion mapping data sharing agreement | Delphine Nankivell | 30 Oct 2043 | BLOCKED"),
   e(NOTES, "Erosion mapping data | Delphine Nankivell | BLOCKED | Data sharing agreement not renewed; mapping refresh on hold. See COAST-47.")],
  "Confluence export: the status is a lozenge in a Jira issues macro table and in a page table. The Q2 report's CST-R07 row supports it.");

add("status_lookup", "which workstreams were flagged at risk in the sept panel notes?",
  "Two workstreams were AT RISK in the programme status table of the 23 September 2043 meeting notes: the Seaside Towns Skills Pilot (Olamide Retallack: employer sign-up well below plan, recovery plan to the December meeting) and the coastal engineering peer reviews (Conrad Skewes: two reviews postponed). Erosion mapping data was BLOCKED; the Coastal Adaptation Fund, the Coastal Practitioners' Academy and the survey were ON TRACK.",
  ["Skills Pilot", "peer reviews"], [],
  [e(NOTES, "Seaside Towns Skills Pilot | Olamide Retallack | AT RISK | Employer sign-up well below plan. Recovery plan to the December meeting (item 5)."),
   e(NOTES, "Coastal engineering peer reviews | Conrad Skewes | AT RISK | Two reviews postponed; host councils cannot release engineers.")],
  "Confluence status lozenges (ON TRACK / AT RISK / BLOCKED) in a table of the meeting notes page, a different status vocabulary from the Q2 report's.");

add("status_lookup", "how many of the actions from the 23/9 coastal meeting are done?",
  "Five of the nine actions (Jira project COAST) are DONE: COAST-41 (award letters), COAST-42 (skills pilot recovery plan), COAST-43 (Chair's letter to the Minister), COAST-44 (CST-R05 added to the risk register) and COAST-48 (membership list). Two are IN PROGRESS (COAST-45, COAST-49), one is TO DO (COAST-46) and one is BLOCKED (COAST-47), as the page stood when it was exported on 20 November 2043.",
  ["COAST-41", "COAST-42", "COAST-43", "COAST-44", "COAST-48"], [],
  [e(NOTES, "COAST-41 | Send award letters to the nine round 2 councils | Conrad Skewes | 07 Oct 2043 | DONE"),
   e(NOTES, "COAST-42 | Skills pilot recovery plan for the 2 December meeting | Olamide Retallack | 18 Nov 2043 | DONE"),
   e(NOTES, "COAST-43 | Draft the Chair's letter to the Minister on adaptation funding beyond March 2045 | Marguerite Scantlebury | 14 Oct 2043 | DONE"),
   e(NOTES, "COAST-44 | Add CST-R05 (insurance and mortgages) to the programme risk register | Delphine Nankivell | 30 Sep 2043 | DONE"),
   e(NOTES, "COAST-48 | Update the Panel membership list when the Labour group nominates a replacement | Yasmin Sayer | 30 Sep 2043 | DONE")],
  "Counting statuses in a Jira issues macro table (keys linked to Jira, statuses as lozenges) below a \"9 issues\" line.");

add("status_lookup", "anything already achieved on the coastal work programme this year?",
  "Yes, two measures were Achieved (Blue) by the end of quarter 2 of 2043/44: CST-M05, seaside towns with a published town investment prospectus (18 against a target of 18), and CST-M10, bids supported into the national flood and coastal erosion investment programme (31 against a target of 30; achieved in August 2043).",
  ["CST-M05", "CST-M10"], ["CST-M09"],
  [e(PERF, "CST-M05 | Seaside towns with a published town investment prospectus | 18 | 11 | 18 | Achieved | Olamide Retallack"),
   e(PERF, "CST-M10 | Bids supported into the national flood and coastal erosion investment programme | 30 | 17 | 31 | Achieved | Delphine Nankivell")],
  "\"Achieved\" is the report's word for complete (Blue). CST-M09 (On course) is the row before CST-M10.");

// ------------------------------------------------------------------ table_lookup (7)
add("table_lookup", "how much did sefton get from round 2 of the coastal adaptation fund?",
  "£280,000, for Formby dune rollback and car park relocation (CAF2-03), one of the nine round 2 awards totalling £2,160,000 that the Panel agreed on 23 September 2043. Cllr Maud Aindow (Sefton) declared an interest and left the meeting while the bid was discussed.",
  ["£280,000"], ["£260,000", "£310,000"],
  [e(NOTES, "CAF2-03 | Sefton Council | Formby dune rollback and car park relocation | £280,000")],
  "The awards table sits inside a Confluence expand macro (collapsed on screen) below the discussion items; the neighbouring rows are £310,000 and £260,000.");

add("table_lookup", "whats the forecast outturn for the skills pilot cost centre",
  "Cost centre K7430, Seaside Towns Skills Pilot: forecast outturn £118,000 against an annual budget of £180,000, a forecast underspend of £62,000, at period 7 (October 2043). Actual spend to date was £46,380.",
  ["118,000"], ["48,000"],
  [e(FIN, finLine("K7430"))],
  "Fixed-width finance system print: the columns are named only in a two-line heading over a ruler of dashes; underspends have a trailing minus. K7435's forecast (48,000) is the next line.");

add("table_lookup", "what's the total forecast underspend on the panel budget at p7?",
  "£71,300: a forecast outturn of £808,700 against the annual budget of £880,000 for 2043/44 (report GLM207, period 7, October 2043).",
  ["71,300"], ["104,979", "63,000"],
  [e(FIN, finLine("       *** REPORT TOTAL PE40"))],
  "The report total line; 104,979- is the variance to date and 63,000- the programmes group's forecast variance.");

add("table_lookup", "homes at risk from erosion in yorkshire & the humber according to the survey?",
  "890 homes at risk of loss to erosion by 2065, reported by the 4 responding councils in Yorkshire and the Humber (of 3,480 in all, from 71 councils).",
  ["890"], ["1,140"],
  [e(POSTER, "Yorkshire and the Humber | 4 | 890")],
  "A small table on an A3 poster PDF; the East of England row (1,140) is next to it.");

add("table_lookup", "CST-R01 risk score?",
  "CST-R01 (Government does not confirm coastal adaptation funding beyond March 2045) scores 20: likelihood 4 × impact 5, in the High band (15 to 25), with a Rising trend. Its owner is Marguerite Scantlebury.",
  ["20"], ["16"],
  [e(PERF, "CST-R01 | Government does not confirm coastal adaptation funding beyond March 2045 | 4 | 5 | 20 | Rising | Marguerite Scantlebury")],
  "Risk register columns L / I / Score explained in a callout; CST-R02 (16) is the next row.");

add("table_lookup", "peer reviews - target vs where we are at Q2?",
  "CST-M11, peer reviews of coastal engineering capacity completed: 3 at the end of quarter 2 (2 at quarter 1) against a 2043/44 target of 8, rated Watch (Amber). Two of the five reviews planned for quarter 2 were postponed because the host councils could not release their engineers.",
  ["3", "8", "Watch"], [],
  [e(PERF, "CST-M11 | Peer reviews of coastal engineering capacity completed | 8 | 2 | 3 | Watch | Conrad Skewes")],
  "Target, Q1 and Q2 columns of Table 5.");

add("table_lookup", "which cost centre is the Tideline bulletin charged to?",
  "K7420, Comms and Tideline bulletin: annual budget £9,500, £3,950 spent to the end of October 2043, forecast outturn £9,500 (no variance).",
  ["K7420"], ["K7418"],
  [e(FIN, finLine("K7420"))],
  "The finance print names the bulletin only in a capitalised, abbreviated description (\"COMMS AND TIDELINE BULLETIN\").");

// ------------------------------------------------------------------ people_roles (7)
add("people_roles", "who chairs the coastal change and seaside towns panel?",
  "Cllr Barnabas Lazenby (Conservative, East Riding of Yorkshire Council) chairs the Panel in 2043/44.",
  ["Barnabas Lazenby"], ["Gideon Thurlow"],
  [e(BULL, "Cllr Barnabas Lazenby (Con), East Riding of Yorkshire Council"),
   e(NOTES, "Chair | Cllr Barnabas Lazenby")],
  "Word bulletin: the role is a label line above the name in a shaded sidebar cell of a layout table. Gideon Thurlow is 'Chair, Anglian Coastal Engineers' Forum' in the meeting notes.");

add("people_roles", "who are the deputy chairs on the coastal pannel",
  "The Panel has two Deputy Chairs in 2043/44: Cllr Rosalind Tamblyn (Liberal Democrat, Eastbourne Borough Council) and Cllr Kerensa Pethick (Independent, Isle of Wight Council).",
  ["Rosalind Tamblyn", "Kerensa Pethick"], ["Nkiruka Ogunbiyi"],
  [e(BULL, "Cllr Rosalind Tamblyn (LD), Eastbourne Borough Council"),
   e(BULL, "Cllr Kerensa Pethick (Ind), Isle of Wight Council")],
  "Two names under one 'Deputy Chairs' label; party abbreviations are explained by a key line at the foot of the box. The Vice-Chair is Cllr Nkiruka Ogunbiyi.");

add("people_roles", "who's the lib dem sub for the coastal panel?",
  "Cllr Loveday Chenoweth (Liberal Democrat, Cornwall Council) is the Liberal Democrat substitute in 2043/44.",
  ["Loveday Chenoweth"], ["Hedley Tuddenham", "Morag Blewett"],
  [e(BULL, "Cllr Loveday Chenoweth (LD), Cornwall Council"),
   e(BULL, "Con Conservative · Lab Labour · LD Liberal Democrat · Ind Independent")],
  "Needs the substitutes list and the key of party abbreviations. Morag Blewett is a Lib Dem member, not a substitute; Hedley Tuddenham is the Independent substitute.");

add("people_roles", "who sent apologies to the 23 sept panel meeting?",
  "Cllr Kerensa Pethick (Deputy Chair, Isle of Wight Council), for whom Cllr Hedley Tuddenham (Hastings Borough Council) attended as substitute, and Cllr Morag Blewett (Torbay Council).",
  ["Kerensa Pethick", "Morag Blewett"], ["Tunde Akinola"],
  [e(NOTES, "Cllr Kerensa Pethick (Deputy Chair) – Isle of Wight Council"),
   e(NOTES, "Cllr Morag Blewett – Torbay Council"),
   e(NOTES, "Cllr Hedley Tuddenham – Hastings Borough Council (for Cllr Kerensa Pethick)")],
  "Attendance as bold pseudo-headings over bullet lists on the Confluence page. Cllr Tunde Akinola attended online.");

add("people_roles", "who's the member services officer for the coastal panel + phone no?",
  "Yasmin Sayer, Member Services Officer, 020 7946 0442 (yasmin.sayer@local.gov.uk). She also took the notes of the 23 September 2043 meeting.",
  ["Yasmin Sayer", "020 7946 0442"], ["020 7946 0617"],
  [e(BULL, "Yasmin Sayer – Member Services Officer – 020 7946 0442")],
  "The officers list in the bulletin's sidebar and its closing line; 020 7946 0617 is Conrad Skewes's number.");

add("people_roles", "what council is cllr holdsworth from",
  "Cllr Jasper Holdsworth is a Conservative member of the Panel from North Yorkshire Council.",
  ["North Yorkshire"], ["East Riding"],
  [e(BULL, "Cllr Jasper Holdsworth (Con), North Yorkshire Council")],
  "Surname only in the question; the meeting notes list him too (\"Cllr Jasper Holdsworth – North Yorkshire Council\").");

add("people_roles", "who is the lead officer for the coastal panel?",
  "Delphine Nankivell, Senior Adviser (Coastal Change), is the lead officer for the Panel (020 7946 0575). She is also the budget holder for the Panel's programme budget.",
  ["Delphine Nankivell"], ["Marguerite Scantlebury"],
  [e(BULL, "Delphine Nankivell – Senior Adviser (Coastal Change), lead officer for the Panel – 020 7946 0575")],
  "Only the bulletin's officers list says who is lead officer; Marguerite Scantlebury is Head of Place and Environment.");

// ------------------------------------------------------------------ board_paper (7)
add("board_paper", "what are the recomendations in the Q2 coastal performance paper?",
  "That the Panel: (a) notes performance against the work programme at quarter 2 of 2043/44 (Tables 3 to 5); (b) agrees the recovery plan for the Seaside Towns Skills Pilot, including reducing the 2043/44 target for CST-M07 from 400 to 250 placements; and (c) asks officers to bring proposals for a shared coastal engineer pool to the Panel's meeting on 9 March 2044.",
  ["250", "shared coastal engineer pool"], [],
  [e(PERF, "(b) agrees the recovery plan for the Seaside Towns Skills Pilot in section 4, including reducing the 2043/44 target for CST-M07 from 400 to 250 placements; and"),
   e(PERF, "(c) asks officers to bring proposals for a shared coastal engineer pool to the Panel’s meeting on 9 March 2044.")],
  "The recommendations are in a Quarto callout box titled \"Recommendations\" in section 1.");

add("board_paper", "contact officer for the q2 coastal perf report?",
  "Conrad Skewes, Adviser (Coastal Programmes): 020 7946 0617, conrad.skewes@local.gov.uk. He is also the report's author.",
  ["Conrad Skewes", "020 7946 0617"], ["Yasmin Sayer"],
  [e(PERF, "Contact officer Conrad Skewes"),
   e(PERF, "Phone no 020 7946 0617")],
  "The contact block is a definition list (dt / dd), so label and value are on separate lines.");

add("board_paper", "who introduced the adaptation fund round 2 item in sept?",
  "Conrad Skewes (Adviser, Coastal Programmes) introduced item 4, Coastal Adaptation Fund: round 2 awards, on 23 September 2043: 17 bids asked for £3.9 million against £2.2 million available, and the Panel agreed nine awards totalling £2,160,000.",
  ["Conrad Skewes"], ["Marguerite Scantlebury"],
  [e(NOTES, "Conrad introduced the assessment of 17 bids asking for £3.9 million against £2.2 million available.")],
  "The \"Who\" column of the discussion items table holds a Confluence @mention; the notes then use his first name only. Marguerite Scantlebury introduced item 3.");

add("board_paper", "did the panel agree to extend the skills pilot to more towns?",
  "No. On 23 September 2043 the Panel deferred the decision on extending the Seaside Towns Skills Pilot to two more towns until the recovery plan came to the December meeting (DL-17, DEFERRED). The Q2 report then recommends that an extension is not considered before 2044/45.",
  ["deferred"], [],
  [e(NOTES, "DL-17 | Extend the Seaside Towns Skills Pilot to two more towns: decision deferred until the recovery plan comes to the December meeting. | DEFERRED | Olamide Retallack"),
   e(PERF, "officers recommend that an extension is not considered before 2044/45.")],
  "Decision log with DECIDED / DEFERRED lozenges; the answer is neither yes nor no.");

add("board_paper", "is the q2 coastal report for noting or for a decision?",
  "For decision: the front sheet says 'Purpose of report: For decision.' Besides noting performance, the Panel is asked to agree the Seaside Towns Skills Pilot recovery plan (cutting CST-M07's 2043/44 target from 400 to 250) and to ask for proposals for a shared coastal engineer pool.",
  ["decision"], [],
  [e(PERF, "Purpose of report: For decision.")],
  "Bold inline label in a paragraph of the Quarto report's first section.");

add("board_paper", "who declared interests at the sept panel mtg?",
  "Two members declared an interest in item 4 (Coastal Adaptation Fund round 2): Cllr Philippa Varcoe, as Dorset Council had bid (West Bay adaptation pathway), and Cllr Maud Aindow, as Sefton Council had bid (Formby dune rollback and car park relocation). Each left the meeting while their council's bid was discussed and took no part in the decision on it.",
  ["Philippa Varcoe", "Maud Aindow"], [],
  [e(NOTES, "Cllr Philippa Varcoe declared an interest in item 4 as Dorset Council had bid to round 2 of the Coastal Adaptation Fund (West Bay adaptation pathway)."),
   e(NOTES, "Cllr Maud Aindow declared an interest in item 4 as Sefton Council had bid to round 2 (Formby dune rollback and car park relocation).")],
  "Declarations sit in a Confluence info panel under their own heading, not in the items table.");

add("board_paper", "who do i contact about the coastal survey results",
  "Dr Anouk Brokenshire, Senior Research Officer at the LGA: 020 7946 0583, anouk.brokenshire@local.gov.uk. The full tables are at local.gov.uk/coastal-survey-2043.",
  ["Anouk Brokenshire", "020 7946 0583"], [],
  [e(POSTER, "Dr Anouk Brokenshire Senior Research Officer, LGA 020 7946 0583")],
  "A contact box in the bottom right corner of the poster, drawn before the rest of the page's text.");

// ------------------------------------------------------------------ fact (5)
add("fact", "what was the response rate for the coastal councils survey?",
  "77%: 71 of England's 92 coastal councils responded to the coastal councils survey 2043 (fieldwork 3 July to 14 August 2043).",
  ["77%", "71"], [],
  [e(POSTER, "77% of England's 92 coastal councils responded (71 councils)")],
  "A big number on a poster tile with its caption underneath; the 2040 survey's 64 responses are in the 'About the survey' box.");

add("fact", "how many coastal councils dont have there own coastal engineer?",
  "41 councils (58% of the 71 that responded) have no coastal engineer of their own; a further 19 share one with a neighbouring council.",
  ["41"], ["64"],
  [e(POSTER, "41 councils (58%) have no coastal engineer of their own")],
  "The big number and its caption are separate text blocks side by side; 64 is the next box's number (insurance and mortgages).");

add("fact", "how much unfunded adaptation work do coastal councils reckon they need?",
  "£312 million over the next ten years, for adaptation schemes that have no funding (coastal councils survey 2043).",
  ["312"], [],
  [e(POSTER, "£312m needed over the next ten years for adaptation schemes that have no funding")],
  "The figure is only a big number (\"£312m\") on a tile; the caption carries the meaning.");

add("fact", "when's the next coastal panel meeting after the december one?",
  "Wednesday 9 March 2044, 11.00 am at 18 Smith Square. The one after that is provisionally Wednesday 15 June 2044.",
  ["9 March 2044"], ["24 March 2044"],
  [e(BULL, "Wednesday 9 March 2044 – Panel meeting, 18 Smith Square, 11.00 am")],
  "Dates for your diary in the bulletin's sidebar; 24 March 2044 is the Hemsby site visit. The Q2 report also names 9 March 2044.");

add("fact", "homes at risk from erosion - how does the 2043 survey compare with the last one?",
  "The 2043 survey found 3,480 homes at risk of loss to erosion by 2065, up from 2,910 in the 2040 survey (71 councils responded in 2043, 64 in 2040).",
  ["3,480", "2,910"], [],
  [e(POSTER, "3,480 homes at risk of loss to erosion by 2065, up from 2,910 in our 2040 survey")],
  "The comparison is in a tile caption, not in the table.");

// ------------------------------------------------------------------ cross_document (2)
add("cross_document", "who took maud aindow's seat on the coastal panel?",
  "Cllr Declan Rimmer (Labour, Sefton Council). Cllr Maud Aindow (Sefton Council) told the Panel on 23 September 2043 that she was standing down and that it was her last meeting, and the Labour group was to nominate a replacement; the December 2043 Tideline bulletin lists Cllr Declan Rimmer (Lab), Sefton Council, as a new member who joined for the 2 December meeting.",
  ["Declan Rimmer"], [],
  [e(NOTES, "Cllr Maud Aindow told the Panel that she was standing down from it and that this was her last meeting."),
   e(NOTES, "The Labour group will nominate a replacement."),
   e(BULL, "Cllr Declan Rimmer (Lab), Sefton Council (new)"),
   e(BULL, "I am delighted to welcome Cllr Declan Rimmer, who joined the Panel for our December meeting.")],
  "The September notes (Confluence) say only that a replacement will be nominated; the December bulletin (Word) names the new member without saying whom he replaced. Same council and group link them.");

add("cross_document", "the skills pilot is off course - how much of its budget is going unspent and what's happening to the money?",
  "CST-M07 was Off course at quarter 2 (112 starts against a target of 400). In the period 7 budget report, cost centre K7430 Seaside Towns Skills Pilot has a forecast outturn of £118,000 against a budget of £180,000, a forecast underspend of £62,000, and virement V43/011 of £40,000 from it to the coastal engineering peer reviews (K7435) was pending the Panel's decision on 2 December 2043. The December bulletin reports that the Panel agreed the £40,000 virement.",
  ["62,000", "40,000"], [],
  [e(PERF, "CST-M07 | Young people starting a Seaside Towns Skills Pilot placement | 400 | 38 | 112 | Off course | Olamide Retallack"),
   e(FIN, finLine("K7430")),
   e(FIN, finLine("V43/011")),
   e(BULL, "Agreed a virement of £40,000 from the skills pilot budget to the coastal engineering peer reviews.")],
  "Joins the Quarto report's measure with the finance print's cost-centre line and virement schedule (and the bulletin's decision).");

// ------------------------------------------------------------------ unanswerable (5)
add("unanswerable", "how many skills pilot placements were there in 2042/43?",
  "Not in the papers: they cover 2043/44 only (112 young people had started a placement by the end of quarter 2 of 2043/44, against a target of 400 that the Panel was asked to cut to 250); no 2042/43 figure is given.",
  [], [], [],
  "Tempting to answer 112 or 38 (2043/44 quarter figures).");

add("unanswerable", "who chaired the coastal panel in 2042/43?",
  "Not stated: the papers give the Panel's membership for 2043/44 only (Chair Cllr Barnabas Lazenby); nothing says who chaired it in 2042/43.",
  [], [], [],
  "Tempting to answer Barnabas Lazenby (2043/44).");

add("unanswerable", "what's the panel's programme budget for 2044/45?",
  "Not given: the budget report covers 2043/44 only (annual budget £880,000, forecast outturn £808,700 at period 7); no 2044/45 budget is set out.",
  [], [], [],
  "Tempting to answer £880,000 (2043/44).");

add("unanswerable", "how many homes were actually lost to erosion last year?",
  "Not in the papers: the survey gives homes at risk of loss by 2065 (3,480) and says 14 councils have lost a road, car park or stretch of coast path since 2038, but no count of homes lost in any year.",
  [], [], [],
  "Tempting to answer 3,480 (at risk by 2065) or 14 (councils that lost infrastructure since 2038).");

add("unanswerable", "who attended the 2 december coastal panel meeting?",
  "Not recorded: there are no notes of the 2 December 2043 meeting. The December bulletin reports what was decided and that Cllr Declan Rimmer joined the Panel for that meeting, but gives no attendance list; attendance is recorded only for 23 September 2043.",
  [], [], [],
  "Tempting to give the 23 September attendance list.");

// ------------------------------------------------------------------ write
const out = G.map((g, i) => ({ id: `ah${String(i + 1).padStart(3, "0")}`, question: g.question, category: g.category, answer: g.answer, must_include: g.must_include, must_not_include: g.must_not_include, evidence: g.evidence, notes: g.notes }));
writeFileSync(join(root, "gold.jsonl"), out.map((o) => JSON.stringify(o)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${out.length} questions)`);
