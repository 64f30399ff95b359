// Builds docs/winter-service-task-group-budget-risk-register-2054-02-04.md and text/<same>.txt.
// The markdown imitates what a PDF-to-markdown converter of the docling kind makes of a Word-made board paper:
// "<!-- image -->" where the logo was; every heading a "##" whatever its level; page headers, footers and page
// numbers dropped; the front sheet (a two-column label table in the PDF) as a pipe table whose first row (Purpose of
// report) became the header row; tables padded to equal column widths; a two-row table header whose spanned cells
// are REPEATED in every column and row they covered ("2053/54 (£)" three times, "Budget line" twice), the second
// header row left as the first body row; a footnote's number glued to the word it marks and the footnote text left
// as a paragraph where the page ended; and the risk register, which ran over a page break, split into TWO TABLES,
// the second with no header of its own: its first data row (WSR6) became its header row.
//   node src/build-budget-risk-md.mjs
// Synthetic test fixture: the figures, risks and people are invented.
import { writeDoc, writeText, assert, money } from "./common.mjs";

const BASE = "winter-service-task-group-budget-risk-register-2054-02-04";

// ------------------------------------------------------------------ content
const FRONT = [
  ["Purpose of report", "For decision."],
  ["Summary", "This report sets out the Task Group’s budget position at the end of December 2053 (period 9) and its risk register at 23 January 2054. A net overspend of £900 is forecast on a budget of £183,500."],
  ["Recommendations", "That the Task Group: (a) approves a virement of £15,000 from the shared forecasting options line to a new line for the Storm Brangwen review, if the review is agreed under item 3 (paragraph 5); (b) notes the forecast overspend of £900 and agrees that it is met from the Infrastructure and Transport Policy budget (paragraph 6); and (c) notes the risk register in Appendix A."],
  ["Contact officer", "Kofi Ashurst"],
  ["Position", "Finance Business Partner"],
  ["Phone no", "020 7946 0757"],
  ["Email", "kofi.ashurst@local.gov.uk"],
];
const BUDGET = [
  ["Salt stock survey and Protocol administration", 24000, 19850, 24000],
  ["Project Hoarfrost evaluation (contribution)", 60000, 38200, 66500],
  ["Road weather data hub licence", 42000, 42000, 42000],
  ["Shared forecasting options (legal and technical advice)", 30000, 4100, 12000],
  ["Snow warden toolkit and Winter Wise campaign", 18500, 15900, 17400],
  ["Member meetings and events", 9000, 3260, 7500],
  ["Storm Brangwen review (proposed)", 0, 0, 15000],
];
const tot = [1, 2, 3].map((i) => BUDGET.reduce((s, r) => s + r[i], 0));
assert(tot[0] === 183500 && tot[1] === 123310 && tot[2] === 184400, "budget totals");
assert(tot[2] - tot[0] === 900, "overspend of 900");
assert(BUDGET[1][3] - BUDGET[1][1] === 6500 && BUDGET[3][3] - BUDGET[3][1] === -18000, "line variances");
assert(153500 + 30000 === tot[0], "funding adds up");
const budgetRows = [...BUDGET.map((r) => [r[0], money(r[1]), money(r[2]), money(r[3]), money(r[3] - r[1])]), ["Total", ...tot.map(money), money(tot[2] - tot[0])]];

const RISKS = [
  ["WSR1", "Salt supply disrupted in a long cold spell, leaving authorities below 6 days’ resilience stock", 4, 5, "▲ up from 15", "Marisol Whiteoak", "Salt Sharing Protocol version 2; national salt reserve kept at 250,000 tonnes; review of the Protocol after Storm Brangwen."],
  ["WSR2", "Department for Transport reduces the national salt reserve", 2, 4, "▼ down from 12", "Jonty Inchbald", "The Minister’s reply of 9 December 2053 keeps the reserve for 2053/54; the Department will review it again before winter 2054/55."],
  ["WSR3", "Project Hoarfrost vehicles unreliable in extreme cold, so that trial councils withdraw", 4, 3, "▲ up from 9", "Chidinma Redfearn", "Replacement vehicles from the manufacturer by the end of February 2054; the extension bid to set conditions on availability."],
  ["WSR4", "Shortage of trained gritter drivers", 3, 4, "► no change", "Chidinma Redfearn", "Driver recruitment survey (paused); good practice on retention payments."],
  ["WSR5", "Joint procurement of a shared forecasting service delayed or found not to be possible", 4, 3, "▲ up from 6", "Halina Nowak", "Legal advice expected by the end of February 2054; options paper moved to June 2054."],
  ["WSR6", "Road weather data hub licence not renewed after March 2055", 2, 3, "► no change", "Halina Nowak", "Renewal terms to be agreed with the supplier by September 2054."],
  ["WSR7", "Damage to councils’ reputation from untreated footways and empty grit bins", 3, 3, "▲ up from 6", "Temitope Kenyon", "Good practice note by March 2054; grit bin refill measure (WIN-12) reported each quarter."],
  ["WSR8", "Task Group budget overspent in 2053/54", 2, 2, "New", "Kofi Ashurst", "Virement proposed in this report; monthly monitoring."],
];
const band = (s) => (s <= 4 ? "Low" : s <= 9 ? "Medium" : s <= 16 ? "High" : "Severe");
const riskRows = RISKS.map(([ref, risk, l, i, trend, owner, ctl]) => [ref, risk, String(l), String(i), String(l * i), trend, owner, ctl]);
assert(RISKS.filter((r) => r[4].startsWith("▲")).map((r) => r[0]).join() === "WSR1,WSR3,WSR5,WSR7", "risks up since October");
assert(band(20) === "Severe" && band(12) === "High", "bands");

// ------------------------------------------------------------------ markdown, docling-style
const md = [];
const txt = [];
const pad = (s, n) => s + " ".repeat(Math.max(0, n - [...s].length));
// tabulate "github" style: every column padded to its widest cell; the separator row of dashes
const table = (rows) => {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const line = (r) => "| " + r.map((c, i) => pad(c, w[i])).join(" | ") + " |";
  md.push(line(rows[0]), "|" + w.map((n) => "-".repeat(n + 2)).join("|") + "|", ...rows.slice(1).map(line), "");
  txt.push(...rows.map((r) => r.join(" | ").replace(/\s+/g, " ")), "");
};
const h = (s) => { md.push("## " + s, ""); txt.push(s, ""); };
const p = (s, plain = s) => { md.push(s, ""); txt.push(plain, ""); };

md.push("<!-- image -->", "");
p("Winter Service Task Group");
p("4 February 2054");
h("Item 5: Budget monitoring 2053/54 (period 9) and risk register");
table(FRONT);
h("Budget position");
p("1. The Task Group’s budget for 2053/54 is £183,500. It is funded from the LGA’s policy budget (£153,500) and by a contribution of £30,000 from the Department for Transport 1 towards the road weather data work.");
p("2. Spending to 31 December 2053 was £123,310, 67 per cent of the budget. The forecast outturn is £184,400, an overspend of £900.");
p("3. Project Hoarfrost evaluation. The forecast is £66,500 against a budget of £60,000, because the evaluators need 13 more days to assess the effect of the battery recall in December.");
p("4. Shared forecasting options. The forecast is £12,000 against a budget of £30,000. The legal advice has been slow and the technical work cannot start until it is received, so £18,000 will not be spent this year.");
p("5. Storm Brangwen review. If the Task Group agrees the review proposed under item 3, it will cost about £15,000, for which there is no budget. We propose a virement of £15,000 from the shared forecasting options line.");
p("6. The remaining forecast overspend of £900 would be met from the Infrastructure and Transport Policy budget, as agreed by the Head of Infrastructure and Transport Policy.");
p("Table 1: Budget monitoring, period 9 (to 31 December 2053)");
table([
  ["Budget line", "2053/54 (£)", "2053/54 (£)", "2053/54 (£)", "Variance (£)"],
  ["Budget line", "Budget", "Spend to 31 December 2053", "Forecast outturn", "Variance (£)"],
  ...budgetRows,
]);
p("Variance is the forecast outturn less the budget. Figures in brackets are underspends.");
p("1 The Department’s contribution is paid in two instalments, in October 2053 and March 2054.");
h("Appendix A: Risk register at 23 January 2054");
p("Likelihood (L) and impact (I) are each scored from 1 to 5, and the score is L × I. Bands: 1 to 4 Low; 5 to 9 Medium; 10 to 16 High; 20 to 25 Severe. The trend is the change in the score since the register was reported to the Task Group on 15 October 2053.");
const RHEAD = ["Ref", "Risk", "L", "I", "Score", "Trend", "Owner", "Controls and next steps"];
table([RHEAD, ...riskRows.slice(0, 5)]);
// the page break: the rest of the register is a second table with no header; its first row becomes the header
table(riskRows.slice(5));
p("Risks scored 20 or more are reported to the Local Infrastructure Board.");

const out = md.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
writeDoc(BASE + ".md", out);
writeText(BASE, txt);
console.log(`wrote docs/${BASE}.md and text/${BASE}.txt`);
