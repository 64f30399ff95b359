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

const MEM = DOCS.members, PERF = DOCS.perf, RISK = DOCS.risks, TEAMS = DOCS.teams, NOTES = DOCS.notes;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// row(doc, first cell(s), n): the first rendering line starting with those cells, cut to its first n cells
const row = (doc, start, n) => {
  const l = lines(doc).find((x) => x.startsWith(start + " | "));
  if (!l) throw new Error(`no row ${start} in ${doc}`);
  return n ? l.split(" | ").slice(0, n).join(" | ") : l;
};
// line(doc, start): the first rendering line starting with that text
const line = (doc, start) => {
  const l = lines(doc).find((x) => x.startsWith(start));
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `av${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which ppsp measures are stormy at q2?", "status_lookup",
  "Two measures are ⛈ Stormy (off track, the Panel's attention needed) at quarter 2 2104/05: PPM-03, play areas closed for more than 28 days for safety reasons (57 at the quarter end against a ceiling of no more than 40), and PPM-08, Fund-supported play areas reopened after renewal (9 against a target of 30).",
  ["PPM-03", "PPM-08"], ["PPM-01", "PPM-06", "PPM-10"],
  [[PERF, row(PERF, "PPM-03")], [PERF, row(PERF, "PPM-08")], [PERF, "⛈ Stormy – off track, the Panel's attention needed"]],
  "Report-server Word export: health is only a weather symbol (⛈) in the 'Health at Q2' column of a tablix nested in the layout grid; the words are only in the 'Health key' text box. PPM-01, PPM-06 and PPM-10 are ☁ Cloudy.");
q("anything on the play spaces perf report got worse since q1?", "status_lookup",
  "Yes, five of the 12 measures are in worse health at quarter 2 than at quarter 1: PPM-01 independent inspections (⛅ Sunny intervals to ☁ Cloudy), PPM-02 high-risk defects made safe within 24 hours (☀ Sunny to ⛅ Sunny intervals), PPM-03 play areas closed for safety reasons (☁ Cloudy to ⛈ Stormy), PPM-07 Fund grants awarded (☀ Sunny to ⛅ Sunny intervals) and PPM-08 renewed play areas reopened (⛅ Sunny intervals to ⛈ Stormy). One is better: PPM-12 Young Inspectors trained (⛅ to ☀).",
  ["PPM-01", "PPM-02", "PPM-03", "PPM-07", "PPM-08"], [],
  [[PERF, row(PERF, "PPM-01")], [PERF, row(PERF, "PPM-02")], [PERF, row(PERF, "PPM-03")], [PERF, row(PERF, "PPM-07")], [PERF, row(PERF, "PPM-08")],
   [PERF, "Five measures are in worse health than at quarter 1 and one is better; two are Stormy."]],
  "Needs the two symbol columns compared through the key's order (☀ better than ⛅ better than ☁ better than ⛈); the summary gives the count only. PPM-10 was not yet due at Q1 ('–').");
q("hows the young inspectors measure looking", "status_lookup",
  "Good: PPM-12, Young Inspectors trained (cumulative), is ☀ Sunny (on track) at quarter 2 2104/05, up from ⛅ Sunny intervals at quarter 1. 412 have been trained against a target of 400 for the year (236 at quarter 1); the target was passed after summer holiday courses in 18 councils.",
  ["Sunny", "412"], [],
  [[PERF, row(PERF, "PPM-12")], [PERF, "Commentary: Target passed after summer holiday courses in 18 councils."]],
  "The commentary is a detail row of its own under the figures row.");
q("whats the rating on the contractor shortages risk now", "status_lookup",
  "Very high: PPR-03 (contractor shortages delay Fund-supported renewals; owner Kofi Ambrose-Lyle) scores 20 – likelihood 5 × impact 4 – at the review of 27/10/2104, up from 12 at the July review (trend Rising), above the Panel's tolerance of 16. Its target is 9 (L3 × I3).",
  ["Very high", "20"], [],
  [[RISK, row(RISK, "PPR-03")], [RISK, "Current: L5 × I4 = 20 Very high"], [RISK, row(RISK, "27/10/2104 | 20")]],
  "PDF risk detail report: the rating is a lozenge in the card's header band and the Current mini heat map; the earlier score is only in the review history sub-table.");
q("which of the sept actions are still open?", "status_lookup",
  "Two of the six actions from 17 September 2104 are still open: PPA-24, write to the Minister on a national standard for play area inspections (Lorcan Ashbrook-Tiernan) – In progress, the draft letter is with the Chair; and PPA-26, consult councils on version 2 of the open data standard (Tobias Wrenfield) – Deferred to the March 2105 meeting with the Chair's agreement. PPA-21, PPA-22, PPA-23 and PPA-25 are Done.",
  ["PPA-24", "PPA-26"], [],
  [[NOTES, row(NOTES, "PPA-24")], [NOTES, row(NOTES, "PPA-26")]],
  "Google Docs markdown: the action log is a pipe table under item 2 whose Status cell holds the status and the update separated by <br>.");
q("are the 12 nov ppsp notes signed off yet", "status_lookup",
  "No. The notes of 12 November 2104 are a draft (last edited Nov 14, 2104), to be agreed at the meeting on 11 March 2105.",
  ["Draft", "11 March 2105"], [],
  [[NOTES, "Status: Draft – to be agreed at the meeting on 11 March 2105"]],
  "A bold label line with a hard break under the template's date line.");
q("which risks went up at the last review?", "status_lookup",
  "Two: PPR-02 (independent inspection capacity falls short after a supplier leaves the market) rose from 9 to 16 at the review of 24/10/2104 and is now High; PPR-03 (contractor shortages delay Fund-supported renewals) rose from 12 to 20 at the review of 27/10/2104 and is now Very high. Both are marked Rising. PPR-09 is a new risk (12, High).",
  ["PPR-02", "PPR-03"], [],
  [[RISK, row(RISK, "24/10/2104 | 16")], [RISK, row(RISK, "27/10/2104 | 20")],
   [RISK, "Risk owner: Priyanka Sedgwick (Senior Adviser, Play Safety and Inspection) | Category: Operational | Trend: Rising"]],
  "Earlier scores exist only in each card's 'Review history (last 2)' sub-table; the trend is a boxed field.");

// ------------------------------------------------------------------ table_lookup (7)
q("risk score for PPR-09 and who owns it?", "table_lookup",
  "PPR-09 (insurance premiums for council play areas rise after claims) scores 12 – likelihood 3 × impact 4, High. The owner is Delyth Haverford, Finance Business Partner. It is a new risk, raised on 08/10/2104; target score 8.",
  ["12", "Delyth Haverford"], [],
  [[RISK, row(RISK, "PPR-09")], [RISK, "Risk owner: Delyth Haverford (Finance Business Partner) | Category: Financial | Trend: New"]],
  "Owner in a boxed field, label above value.");
q("how many play areas were shut 28+ days at end of q2", "table_lookup",
  "57 play areas had been closed for more than 28 days for safety reasons at 30 September 2104 (PPM-03), up from 46 at quarter 1, against a target of no more than 40; 31 of them are waiting for replacement equipment. Health ⛈ Stormy.",
  ["57"], [],
  [[PERF, row(PERF, "PPM-03")]],
  "");
q("whats the forecast for the WS1 safety and inspection budget", "table_lookup",
  "A forecast outturn of 548 (£548,000) against a 2104/05 budget of 520 (£520,000): an overspend of 28 (£28,000), from extra inspections. Spend to 30 September 2104 was 241. The budget table is in £000.",
  ["548"], [],
  [[PERF, row(PERF, "WS1 Safety and inspection")]],
  "Budget tablix in £000; the group header row of the measures tablix also starts 'WS1 Safety and inspection'.");
q("who's got PPR-02-A1 and when's it due", "table_lookup",
  "Priyanka Sedgwick, due 28/11/2104: call off a second inspection supplier from the national framework for the four backlog councils. It was 60% complete at 31 October 2104. The Panel asked on 12 November for a report to the Chair on it by 28 November 2104.",
  ["Priyanka Sedgwick", "28/11/2104"], [],
  [[RISK, row(RISK, "PPR-02-A1")]],
  "Actions sub-table inside the PPR-02 card.");
q("how long was cllr fernihough on the teams call on 12 nov", "table_lookup",
  "2h 15m 47s in all. Cllr Obadiah Fernihough (listed as 'Fernihough, Obadiah (Councillor)') joined at 10:27:15 AM and left at 12:46:40 PM, with a break: his first session ran to 11:52:10 AM (1h 24m 55s) and he rejoined at 11:55:48 AM (50m 52s).",
  ["2h 15m 47s"], [],
  [[TEAMS, row(TEAMS, "Fernihough, Obadiah (Councillor)")], [TEAMS, row(TEAMS, "Fernihough, Obadiah (Councillor) | 11/12/2104, 11:55:48 AM")]],
  "Teams attendance report (.csv in UTF-16, tab-separated, three sections); the date is written 11/12/2104 (US order).");
q("what time did the fields for play guest join the teams meeting", "table_lookup",
  "Dr Imogen Vasquez-Hollis (Guest), Director of Research at the Fields for Play Trust, joined at 11:47:33 AM on 12 November 2104 (the report writes 11/12/2104) and left at 12:21:06 PM – 33m 33s, as a Presenter for item 6.",
  ["11:47:33"], [],
  [[TEAMS, row(TEAMS, "Dr Imogen Vasquez-Hollis (Guest)")]],
  "");
q("inherent score on PPR-01?", "table_lookup",
  "20: PPR-01 (child seriously injured on unsafe equipment in a council play area) has an inherent score of L4 × I5 = 20, Very high. With controls its current score is 10 (L2 × I5, High) and the target is 5 (L1 × I5, Medium).",
  ["20"], [],
  [[RISK, "Inherent: L4 × I5 = 20 Very high | Current: L2 × I5 = 10 High | Target: L1 × I5 = 5 Medium"]],
  "Three mini 5 × 5 heat maps side by side, each with caption, score and band above its grid.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the play spaces panel", "people_roles",
  "Cllr Rosalind Hatherwick (Conservative, Culverdale Borough Council) is the Chair of the Playgrounds and Play Spaces Panel.",
  ["Hatherwick"], [],
  [[MEM, row(MEM, "1107")], [NOTES, "Chair: Cllr Rosalind Hatherwick"]],
  "Access export: the role is only the IsChair flag ('Yes') in her row; rows are ordered by surname.");
q("who are the deputy chairs on ppsp", "people_roles",
  "Two Deputy Chairs: Cllr Niamh Cawthorne-Lea (Liberal Democrat, Mallowby District Council; lead member for Inclusive play) and Cllr Gideon Sowden-Pyke (Independent, Thornbrook County Council; lead member for Safety and inspection).",
  ["Cawthorne-Lea", "Sowden-Pyke"], [],
  [[MEM, row(MEM, "1118")], [MEM, row(MEM, "1121")]],
  "IsDeputyChair 'Yes' flags in the Access export.");
q("who replaced hester gallimore on the panel", "people_roles",
  "Cllr Yusuf Pemberthy (Labour, Kingsbarrow Metropolitan Borough Council), appointed from 01/10/2104; Cllr Hester Gallimore stood down on 30/09/2104.",
  ["Pemberthy"], [],
  [[MEM, row(MEM, "1144")],
   [NOTES, "The Panel noted that Cllr Hester Gallimore (Kingsbarrow Metropolitan Borough Council) stood down on 30 September 2104 and that Cllr Yusuf Pemberthy replaced her from 1 October 2104."]],
  "");
q("who subbed at the nov meeting and for who", "people_roles",
  "Cllr Marguerite Pask (Conservative, Wendham District Council) attended online as substitute for Cllr Farah Lockwood-Amis, who sent apologies.",
  ["Pask", "Lockwood-Amis"], [],
  [[NOTES, "Substitute: Cllr Marguerite Pask (online), for Cllr Farah Lockwood-Amis"], [TEAMS, row(TEAMS, "Cllr Marguerite Pask")]],
  "");
q("lead member for data and standards?", "people_roles",
  "Cllr Ciaran Maybury (Liberal Democrat, Oakhampstead Borough Council) is lead member for Data and standards (workstream WS4).",
  ["Maybury"], [],
  [[MEM, row(MEM, "1123")], [PERF, "WS4 Data and standards – lead member: Cllr Ciaran Maybury"]],
  "");
q("who was the phone number on the teams report for the nov meeting?", "people_roles",
  "Cllr Ciaran Maybury: the notes record him as joining by telephone. The Teams report shows the dial-in only as +44 20 7946 0***, from 10:31:40 AM to 12:40:18 PM (2h 8m 38s).",
  ["Maybury"], [],
  [[NOTES, "Members online (Teams): Cllr Obadiah Fernihough (Vice-Chair), Cllr Tamsin Okereke-Blyth (from 11.05am, during item 4), Cllr Ciaran Maybury (by telephone)"],
   [TEAMS, row(TEAMS, "+44 20 7946 0***")]],
  "The attendance report masks the number; only the notes say who it was.");
q("who introduced the risk register item on 12 nov", "people_roles",
  "Priyanka Sedgwick, Senior Adviser, Play Safety and Inspection, introduced the risk detail report of 31 October 2104 (item 5).",
  ["Priyanka Sedgwick"], [],
  [[NOTES, "Priyanka Sedgwick, Senior Adviser, Play Safety and Inspection, introduced the risk detail report of 31 October 2104."]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs in the q2 perf paper?", "board_paper",
  "That the Panel: (a) notes performance at quarter 2 2104/05; (b) agrees to re-profile the 2104/05 target for PPM-08 (Fund-supported play areas reopened after renewal) from 30 to 24, because of contractor shortages (risk PPR-03); and (c) asks officers for a recovery plan for PPM-03 (play areas closed for more than 28 days for safety reasons) for the meeting on 11 March 2105.",
  ["PPM-08", "24", "PPM-03"], [],
  [[PERF, "(b) agrees to re-profile the 2104/05 target for PPM-08 (Fund-supported play areas reopened after renewal) from 30 to 24, because of contractor shortages (risk PPR-03); and"],
   [PERF, "(c) asks officers for a recovery plan for PPM-03 (play areas closed for more than 28 days for safety reasons) for the meeting on 11 March 2105."]],
  "The recommendations are one text box of four paragraphs beside a 'Recommendations' label box in the layout grid.");
q("contact officer for item 4? need a number", "board_paper",
  "Tobias Wrenfield, Data and Insight Analyst: 020 7946 0971, tobias.wrenfield@local.gov.uk.",
  ["Tobias Wrenfield", "020 7946 0971"], [],
  [[PERF, "Contact officer | Tobias Wrenfield"], [PERF, "Phone no | 020 7946 0971"]],
  "Label and value text boxes side by side in a grid row.");
q("apologies for 12 nov ppsp?", "board_paper",
  "Two: Cllr Farah Lockwood-Amis (Cllr Marguerite Pask substituted for her) and Cllr Ezekiel Farraday, who sent no substitute.",
  ["Lockwood-Amis", "Farraday"], [],
  [[NOTES, "Apologies: Cllr Farah Lockwood-Amis, Cllr Ezekiel Farraday (no substitute)"]],
  "");
q("any DOIs at the nov meeting", "board_paper",
  "Two. Cllr Ciaran Maybury declared a non-pecuniary interest in item 4 as an unpaid director of Oakhampstead Adventure Playground CIC, which intends to bid to round 2 of the Fund; he took part. Cllr Beatrix Holloway-Neeve declared an interest in item 6 (the inclusive play design guide) because her partner is employed by Kestrel Play Ltd, a play equipment manufacturer; she left the room and did not take part.",
  ["Maybury", "Holloway-Neeve"], [],
  [[NOTES, line(NOTES, "Cllr Ciaran Maybury declared")], [NOTES, line(NOTES, "Cllr Beatrix Holloway-Neeve declared")]],
  "Bullets under 'Declarations of interest:' in item 1.");
q("what did they decide on the inclusive play design guide", "board_paper",
  "The Panel agreed the inclusive play design guide for publication on 10 December 2104, subject to adding a section on sensory play (action PPA-31, Morwenna Trethowan, by Dec 10, 2104). The consultation had closed on 30 September 2104 with 212 responses.",
  ["10 December 2104", "sensory play"], [],
  [[NOTES, "Resolved: that the Panel agreed the inclusive play design guide for publication on 10 December 2104, subject to adding a section on sensory play."]],
  "");
q("what did the panel agree about PPR-03", "board_paper",
  "To escalate PPR-03 (contractor shortages delay Fund-supported renewals, now scored 20, above the Panel's tolerance of 16) to the Neighbourhoods and Open Spaces Board at its meeting on 3 December 2104. Lorcan Ashbrook-Tiernan is to send the escalation note by Nov 26, 2104 (PPA-29).",
  ["3 December 2104"], [],
  [[NOTES, "(a) agreed to escalate PPR-03 to the Neighbourhoods and Open Spaces Board at its meeting on 3 December 2104;"],
   [NOTES, line(NOTES, "☐ Lorcan Ashbrook-Tiernan – PPA-29")]],
  "Resolution lines joined by hard breaks; the action is a checklist item with a date chip in US style.");
q("why is PPM-08 stormy?", "board_paper",
  "Contractor shortages: 14 schemes have been delayed (risk PPR-03, now scored 20), so only nine Fund-supported play areas have reopened against a profile of 15 at quarter 2 and a year-end target of 30. Officers propose re-profiling the target to 24 (recommendation (b)).",
  ["14", "PPR-03"], [],
  [[PERF, line(PERF, "PPM-08 Renewed play areas reopened")]],
  "Exceptions text box on the last report page.");

// ------------------------------------------------------------------ fact (5)
q("fields for play survey - what % of parents of disabled kids said their nearest play area had nothing usable?", "fact",
  "68 per cent. The Fields for Play Trust's 2104 survey of 1,204 parents of disabled children, presented by Dr Imogen Vasquez-Hollis on 12 November 2104, found 68 per cent said their nearest play area had nothing their child could use, and 41 per cent travelled more than five miles to a play area that did.",
  ["68 per cent", "1,204"], [],
  [[NOTES, "Dr Imogen Vasquez-Hollis presented the Fields for Play Trust's 2104 survey: of 1,204 parents of disabled children, 68 per cent said their nearest play area had nothing their child could use, and 41 per cent travelled more than five miles to a play area that did."]],
  "");
q("how many high risk defects weren't made safe in 24h last quarter", "fact",
  "23 of the 826 high-risk defects reported in quarter 2 took longer than 24 hours to make safe, 19 of them in the four councils with an inspection backlog. PPM-02 was 97.2% against a target of 100%.",
  ["23", "826"], [],
  [[PERF, "Commentary: 23 of the 826 high-risk defects reported in the quarter took longer than 24 hours to make safe, 19 of them in the four councils with an inspection backlog."]],
  "");
q("how long did the 12 nov meeting run on teams", "fact",
  "2h 25m 32s: the Teams meeting ran from 10:21:37 AM to 12:47:09 PM on 12 November 2104 (written 11/12/2104 in the report). Nine participants attended on Teams, with an average attendance time of 1h 43m 11s.",
  ["2h 25m 32s"], [],
  [[TEAMS, "Meeting duration | 2h 25m 32s"], [TEAMS, "Start time | 11/12/2104, 10:21:37 AM"]],
  "Summary section of the attendance report: 'label<TAB>value' rows.");
q("how much is left in the renewal fund for round 2", "fact",
  "£540,000: £1.86m of the £2.4m Play Spaces Renewal Fund has been awarded, and round 2 opens on 5 January 2105.",
  ["£540,000", "5 January 2105"], [],
  [[PERF, "Play Spaces Renewal Fund. £1.86m of the £2.4m Fund has been awarded. £540,000 remains for round 2, which opens on 5 January 2105."]],
  "");
q("when's the next ppsp meeting", "fact",
  "Wednesday 11 March 2105 at 10.30am, in Room 3.1, 18 Smith Square.",
  ["11 March 2105"], [],
  [[NOTES, "Date of next meeting: Wednesday 11 March 2105, 10.30am, Room 3.1, 18 Smith Square."]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("perf paper wanted the PPM-08 target cut to 24 - is that what got agreed?", "cross_document",
  "No. Item 4 recommended re-profiling the 2104/05 target for PPM-08 (Fund-supported play areas reopened) from 30 to 24, but on 12 November 2104 the Panel agreed 26: the Vice-Chair, Cllr Obadiah Fernihough, proposed 26 rather than 24, Cllr Dunnett seconded, and the amendment was carried by 8 votes to 2 with 1 abstention. Tobias Wrenfield is to show the target as 26 in the quarter 3 report (PPA-30).",
  ["26", "24"], [],
  [[PERF, "(b) agrees to re-profile the 2104/05 target for PPM-08 (Fund-supported play areas reopened after renewal) from 30 to 24, because of contractor shortages (risk PPR-03); and"],
   [NOTES, "(b) agreed to re-profile the 2104/05 target for PPM-08 from 30 to 26 renewed play areas reopened; and"],
   [NOTES, "The Vice-Chair proposed that the PPM-08 target be re-profiled to 26 rather than the 24 in the paper, so that the Panel kept up the pressure on delivery; Cllr Dunnett seconded."]],
  "Word report-server export (the recommendation) and the Google Docs markdown notes (the decision).");
q("the sept meeting asked for an insurance risk - did it get added and whats it scored at?", "cross_document",
  "Yes. Action PPA-23 (Delyth Haverford) is Done: the risk was added as PPR-09, 'Insurance premiums for council play areas rise after claims', on 8 October 2104. It scores 12 (likelihood 3 × impact 4), High, trend New, owner Delyth Haverford, target 8. The Panel noted it on 12 November 2104.",
  ["PPR-09", "12"], [],
  [[NOTES, row(NOTES, "PPA-23")], [RISK, row(RISK, "PPR-09")], [RISK, row(RISK, "08/10/2104 | 12")]],
  "Notes' action log (markdown table) and the PDF risk detail report (card header and review history).");

// ------------------------------------------------------------------ unanswerable (5)
q("what was PPM-03 at q3?", "unanswerable",
  "Quarter 3 is not reported in the papers. At quarter 2 2104/05 PPM-03 was 57 play areas closed for more than 28 days (⛈ Stormy, ceiling 40); quarter 3 performance is due at the meeting on 11 March 2105, with a recovery plan.",
  [], [], [], "");
q("how much of the renewal fund has actually been paid out to councils?", "unanswerable",
  "The papers give no payments. They say £1.86m of the £2.4m Play Spaces Renewal Fund has been awarded and £540,000 remains for round 2 (opening 5 January 2105); three round 1 grants were handed back unspent.",
  [], [], [], "");
q("whats cllr hatherwick's phone number", "unanswerable",
  "The papers give no phone numbers for councillors. Cllr Rosalind Hatherwick (Conservative, Culverdale Borough Council) chairs the Panel; the only number given is the item 4 contact officer's (Tobias Wrenfield, 020 7946 0971).",
  [], [], [], "");
q("who won the young inspectors awards?", "unanswerable",
  "Not in the papers: the notes say the Young Inspectors awards will be presented at 18 Smith Square on 4 February 2105 and nominations close on 9 January 2105. They name no winners.",
  [], [], [], "");
q("what did the NOS board decide when PPR-03 was escalated on 3 dec?", "unanswerable",
  "The papers do not say: they end before that meeting. On 12 November 2104 the Panel agreed to escalate PPR-03 (score 20) to the Neighbourhoods and Open Spaces Board's meeting on 3 December 2104, with the escalation note due by Nov 26, 2104.",
  [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
