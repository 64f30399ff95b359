// Builds docs/animal-welfare-stray-dogs-panel-item-4-half-year-report-2058-59.pdf, a report typeset the way
// LaTeX's article class sets it (see latexish.mjs), and its plain-text rendering in text/.
//
//   node src/build-report-pdf.mjs
// Synthetic test fixture: the people, figures, statuses and risks are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { root, OFFICERS, BODY } from "./common.mjs";
import { Latexish } from "./latexish.mjs";

const BASE = "animal-welfare-stray-dogs-panel-item-4-half-year-report-2058-59";
const L = OFFICERS.lead;
const A = OFFICERS.adviser;
const R = OFFICERS.research;

const footnotes = {
  "*": `Contact officer. Telephone ${L.phone}; email ${L.email}.`,
  1: "Councils pay a kennel a daily fee for each dog it holds, usually for the seven days a seized dog must be kept before it can be rehomed.",
  2: "The new burdens doctrine says that the Government should fund any new duty it places on councils.",
  3: "The survey was run on Microsoft Forms by the LGA's research team rather than by an agency, which saved about £4,000.",
  4: "A further three councils have asked to join the peer support offer; they will be considered for 2059/60.",
};

// ---------------------------------------------------------------- tables
const table1 = {
  caption: "Table 1: Status key used in Tables 2 and 3",
  cols: [
    { head: "Status", w: 62 },
    { head: "Meaning", w: 233 },
    { head: "Colour in 2057/58 reports", w: 90 },
  ],
  rows: [
    ["On course", "Will be delivered by its due date and within budget", "Green"],
    ["Watch", "At risk of slipping; action is in hand to recover it", "Amber"],
    ["Behind", "Will miss its due date; a new date is proposed", "Red"],
    ["Done", "Delivered", "Blue"],
    ["Paused", "Stopped by a decision of the Panel, or by events outside its control, until a set point", "None (new for 2058/59)"],
  ],
};

const milestones = [
  ["AWP-01", "Model kennelling contract and price benchmark published for councils", L.short, "Dec 2058", "Watch"],
  ["AWP-02", "Stray dog services survey 2058 run and reported to the Panel", R.short, "Nov 2058", "Done"],
  ["AWP-03", "New burdens case to Defra for stray dog duties, for the 2059 Spending Review", L.short, "Mar 2059", "On course"],
  ["AWP-04", "Peer support on dog breeding licence inspections for ten councils", A.short, "Jan 2059", "Behind"],
  ["AWP-05", "Fly-grazing protocol with police and landowners refreshed", A.short, "Sep 2058", "Paused"],
  ["AWP-06", "Four webinars for licensing and animal welfare officers", A.short, "Mar 2059", "On course"],
  ["AWP-07", "Response to the Defra consultation on a single microchip database portal", L.short, "Aug 2058", "Done"],
  ["AWP-08", "Councillors' guide to animal welfare duties", R.short, "Feb 2059", "On course"],
  ["AWP-09", "Data standard for reporting stray dog figures", R.short, "Oct 2058", "Behind"],
];
const table2 = {
  caption: "Table 2: Work programme milestones at 30 September 2058",
  cols: [
    { head: "Ref", w: 44 },
    { head: "Milestone", w: 161 },
    { head: "Lead", w: 70 },
    { head: "Due", w: 52 },
    { head: "Status", w: 58 },
  ],
  rows: milestones,
};

const table3 = {
  caption: "Table 3: Performance indicators, 2057/58 and the first two quarters of 2058/59",
  cols: [
    { head: "Ref", w: 36 },
    { head: "Indicator", w: 142 },
    { head: "2057/58", w: 42, align: "r" },
    { head: "Q1", w: 36, align: "r" },
    { head: "Q2", w: 36, align: "r" },
    { head: "Target", w: 40, align: "r" },
    { head: "Status", w: 53 },
  ],
  rows: [
    ["AWI-1", "Stray dogs reunited with their owners (% of dogs seized)^[a]", "61%", "58%", "55%", "65%", "Behind"],
    ["AWI-2", "Breeding licence inspections completed on time (%)", "72%", "70%", "74%", "85%", "Watch"],
    ["AWI-3", "Officers attending LGA webinars (number, cumulative)^[b]", "148", "96", "212", "250", "On course"],
    ["AWI-4", "Advice line enquiries answered within five working days (%)", "91%", "94%", "96%", "90%", "On course"],
    ["AWI-5", "Fly-grazing incidents reported by councils (number)^[c]", "1,284", "302", "341", "–", "–"],
  ],
  notes: [
    "^[a] From the 23 councils in the LGA's stray dogs benchmarking club.",
    "^[b] Q1 is April to June; Q2 is the total for April to September. 2057/58 is the whole year.",
    "^[c] A context indicator: it has no target and is not given a status.",
  ],
};

const table4 = {
  caption: "Table 4: Budget 2058/59 at 30 September 2058 (£)",
  cols: [
    { head: "Budget line", w: 141 },
    { head: "Budget", w: 56, align: "r" },
    { head: "Spent to 30 Sep", w: 64, align: "r" },
    { head: "Forecast outturn", w: 64, align: "r" },
    { head: "Variance", w: 60, align: "r" },
  ],
  rows: [
    ["Research and survey", "28,000", "11,450", "24,000", "(4,000)"],
    ["Officer training webinars", "36,000", "14,200", "36,000", "0"],
    ["Model contract legal review", "18,500", "0", "22,500", "4,000"],
    ["Peer support for councils", "42,000", "6,300", "30,000", "(12,000)"],
    ["Members' guide and events", "15,500", "3,900", "15,500", "0"],
    ["Total", "140,000", "35,850", "128,000", "(12,000)"],
  ],
  boldRows: [5],
  notes: ["Figures in brackets are underspends."],
};
// check the arithmetic
{
  const n = (s) => (s.startsWith("(") ? -1 : 1) * Number(s.replace(/[(),]/g, ""));
  const body = table4.rows.slice(0, -1);
  const tot = table4.rows.at(-1);
  for (let c = 1; c <= 4; c++) {
    const sum = body.reduce((a, r) => a + n(r[c]), 0);
    if (sum !== n(tot[c])) throw new Error(`Table 4 column ${c}: ${sum} != ${tot[c]}`);
  }
  for (const r of table4.rows) if (n(r[3]) - n(r[1]) !== n(r[4])) throw new Error(`Table 4 variance ${r[0]}`);
}

const risks = [
  ["AWSR-1", "Kennel fees rise faster than council budgets, and councils cut out-of-hours stray dog services", 4, 4, L.short, "Rising", "Model contract (AWP-01); evidence to Defra (AWP-03)"],
  ["AWSR-2", "Too few peer reviewers to finish the breeding inspection support (AWP-04)", 4, 3, A.short, "Rising", "Two new reviewers in training; more councils asked to release officers"],
  ["AWSR-3", "Defra does not accept the new burdens case for stray dog duties", 3, 5, L.short, "Steady", "Joint evidence with the District Councils' Network; survey data"],
  ["AWSR-4", "A low survey response weakens the evidence base", 2, 3, R.short, "Falling", "87 councils responded; weekly reminders in October"],
  ["AWSR-5", "Councils do not adopt the data standard, so figures cannot be compared", 3, 2, R.short, "Steady", "Testing with the benchmarking club; new date January 2059"],
  ["AWSR-6", "With the fly-grazing protocol paused, councils lack up-to-date guidance over the winter", 3, 3, A.short, "New", "Interim note to councils on the 2015 Act; members' case studies"],
];
const table5 = {
  caption: "Table 5: Risk register at 30 September 2058",
  size: 7.8,
  cols: [
    { head: "Ref", w: 38 },
    { head: "Risk", w: 112 },
    { head: "L", w: 16, align: "c" },
    { head: "I", w: 16, align: "c" },
    { head: "Score", w: 30, align: "c" },
    { head: "Owner", w: 50 },
    { head: "Trend", w: 36 },
    { head: "Mitigation", w: 87 },
  ],
  rows: risks.map(([ref, risk, l, i, owner, trend, mit]) => [ref, risk, String(l), String(i), String(l * i), owner, trend, mit]),
  notes: [
    "L = likelihood and I = impact, each scored from 1 (lowest) to 5 (highest); Score = L × I. Bands: 1–5 Low; 6–11 Medium; 12–15 High; 16–25 Very high. Trend compares each score with the register reported to the Panel on 3 July 2058.",
  ],
};

// ---------------------------------------------------------------- the document
const T = new Latexish({
  footnotes,
  info: { Title: "Half-year performance, budget and risk report 2058/59", Author: L.name, Creator: "LaTeX with hyperref", Producer: "pdfTeX-1.40.58" },
});

T.y += 10;
T.centred("Half-year performance, budget and risk report 2058/59", 16, "rm", 4);
T.centred(`${BODY}, Item 4, 27 November 2058`, 11.5, "rm", 12);
T.centred(`${L.name}^{*}`, 11.5, "rm", 0);
T.centred(L.post, 10, "rm", 0);
T.centred("Local Government Association", 10, "rm", 10);
T.centred("13 November 2058", 11.5, "rm", 8);

T.abstract(
  "Summary",
  "This report sets out progress on the Panel's work programme, its performance indicators, its budget and its risks at 30 September 2058, the end of the first half of 2058/59. Of the nine milestones, two are done, three are on course, one is on watch, two are behind and one is paused. The budget is forecast to underspend by £12,000. The status words used in this report are explained in Table 1.",
);

T.heading(1, "Purpose");
T.paragraph(
  "This report is for decision. It asks the Panel to note progress on its 2058/59 work programme at the half-year and to agree two changes: a virement within the budget and a new due date for one milestone.",
  { indent: false },
);

T.heading(2, "Recommendations");
T.paragraph("That the Panel:", { indent: false });
T.list([
  ["(a)", "notes progress at 30 September 2058 (Tables 2 and 3);"],
  ["(b)", "agrees to move £4,000 from the research and survey budget line to the model contract legal review line (Section 5);"],
  ["(c)", "agrees a new due date of January 2059 for milestone AWP-09, the data standard for reporting stray dog figures; and"],
  ["(d)", "notes the risk register in Appendix A, including the new risk AWSR-6 on fly-grazing."],
]);
T.paragraph("Action: officers to proceed as directed by the Panel.", { indent: false });

T.heading(3, "Background");
T.paragraph(
  "The Panel agreed its work programme for 2058/59 at its meeting of 15 May 2058. Councils must deal with stray dogs under section 149 of the Environmental Protection Act 1990 [1], and they license dog breeding, boarding and pet sales under the 2018 regulations [2]. Kennel fees are the largest part of what councils spend on stray dogs.^{1}",
  { indent: false },
);
T.paragraph(
  "The Panel's lobbying aim for the year is that the cost of stray dog duties is recognised as a new burden in the 2059 Spending Review.^{2} The survey of councils agreed at the September meeting [4] closed on 31 October 2058 with 87 responses, and its results are at Item 5 [5].",
);

T.heading(4, "Delivery of the work programme");
T.heading("4.1", "Status key", 2);
T.paragraph(
  "Each milestone and indicator is given one of five statuses, set out in Table 1. Paused is new this year: it replaces the grey Not started status used in 2057/58, and it is used only where the Panel has agreed to stop work for a time.",
  { indent: false },
);
T.table(table1);
T.heading("4.2", "Milestones", 2);
T.paragraph(
  "Table 2 lists the nine milestones of the 2058/59 work programme with their status at 30 September 2058. Two are behind and one is paused; the reasons are given after the table, with a note on one milestone that is on watch.",
  { indent: false },
);
T.table(table2);
T.list(
  [
    ["AWP-01 (Watch).", "The draft model contract went to the LGA's solicitors on 30 October 2058, but the price benchmark is waiting for the survey's data on kennel fees (Item 5). The legal review will cost about £4,000 more than its budget (Section 5). Publication is still planned for December 2058."],
    ["AWP-04 (Behind).", "Three of the ten peer reviews had been done by 30 September 2058. Two of the five reviewers withdrew in August, and the other seven reviews cannot be finished before March 2059. A new date will be proposed in January 2059, when two new reviewers are in place.^{4}"],
    ["AWP-05 (Paused).", "The Home Office asked partners to wait for its review of the Control of Horses Act 2015, which is now due to report in spring 2059. The Panel agreed to pause this milestone on 18 September 2058 [4]."],
    ["AWP-09 (Behind).", "Councils asked for more time to test the draft standard alongside the survey. We propose a new due date of January 2059 (recommendation (c))."],
  ],
  { desc: true },
);
T.paragraph(
  "The other milestones are on course or done. AWP-03 is on course even though the Spending Review timetable has fallen behind the Treasury's first plan, and the third webinar of AWP-06 moved from October to 4 December 2058 without putting the series behind.",
);

T.heading("4.3", "Performance indicators", 2);
T.paragraph(
  "Table 3 gives the five indicators. AWI-1 fell for the second quarter running: councils in the benchmarking club told us that fewer dogs carry a microchip with up-to-date details, so owners are harder to trace. AWI-2 improved in the second quarter but is still well short of its target.",
  { indent: false },
);
T.table(table3);

T.heading(5, "Finance");
T.paragraph(
  "The Panel's budget for 2058/59 is £140,000 (Table 4). Spending to 30 September 2058 was £35,850, and the forecast outturn is £128,000, an underspend of £12,000.",
  { indent: false },
);
T.table(table4);
T.paragraph(
  "The underspend is on peer support, because fewer reviews will be done this year (AWP-04). The legal review of the model contract (AWP-01) is forecast to cost £22,500, £4,000 more than its budget of £18,500. Recommendation (b) moves £4,000 from the research and survey line, where the survey cost less than planned.^{3} Underspends cannot be carried forward to 2059/60.",
);

T.heading(6, "Risks");
T.paragraph(
  "The risk register is in Appendix A (Table 5). Each risk is scored for likelihood and impact from 1 to 5. One risk, AWSR-1 on kennel fees, is very high. AWSR-6 is new this quarter, following the decision to pause the fly-grazing protocol, and AWSR-4 is expected to close now that the survey has closed.",
  { indent: false },
);

T.heading(7, "Implications");
T.paragraph("Financial: as set out in Section 5. Equalities: there are no equalities implications arising directly from this report.", { indent: false });

T.heading(8, "Next steps");
T.paragraph(
  "Officers will present the survey results at this meeting (Item 5) and will report the position at 31 December 2058 to the Panel on 29 January 2059, with the full-year position on 19 March 2059.",
  { indent: false },
);

T.heading("", "References");
T.list(
  [
    ["[1]", "Environmental Protection Act 1990, section 149 (seizure of stray dogs)."],
    ["[2]", "The Animal Welfare (Licensing of Activities Involving Animals) (England) Regulations 2018."],
    ["[3]", "Association of Contract Kennels (2058). *Kennel fees survey 2058*. ACK, August 2058."],
    ["[4]", `${BODY} (2058). *Notes of the meeting of 18 September 2058* (draft). LGA Policy Wiki.`],
    ["[5]", "Local Government Association (2058). *Stray dog services survey 2058: results summary*. Item 5, 27 November 2058."],
  ],
  { x: T.left, labelWidth: 22 },
);

T.heading("A", "Risk register");
T.paragraph(
  "Table 5 is the Panel's risk register at 30 September 2058. Owners are officers of the LGA; the lead officer reviews the register before each meeting.",
  { indent: false },
);
T.table(table5);

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
await T.finish(join(root, "docs", BASE + ".pdf"));
writeFileSync(join(root, "text", BASE + ".txt"), T.text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf and text/${BASE}.txt (${T.pages.length} pages)`);
