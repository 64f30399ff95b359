// Builds docs/cctg-policy-budget-monitoring-2041-42-p07.csv and its text rendering.
// The file imitates a finance system's report export ("Export to CSV" from a web reporting tool): a block of
// report parameters (Report Name, Financial Year, Period, Cost Centre Group, Run By, Run Date, a note on signs)
// above an empty line; then one header row of long field names; detail rows by cost centre and account code,
// each cost centre closed by a "Cost Centre Total" row and the report by a "Grand Total" row; amounts as the
// report displays them (thousands separators, so quoted; income and underspends negative with a minus sign);
// the budget holder as "Surname, First name (Post)"; free-text comments, quoted where they hold a comma or quote.
// Windows line ends (CRLF).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, BUDGET, BUDGET_TOTAL, assert } from "./content.mjs";

const BASE = "cctg-policy-budget-monitoring-2041-42-p07";
const n = (v) => (v < 0 ? "-" : "") + Math.abs(v).toLocaleString("en-GB");
const q = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const rows = [
  ["Report Name", "CCTG Budget Monitoring - Cost Centre Detail"],
  ["Financial Year", "2041/42"],
  ["Period", "P07 (October 2041)"],
  ["Cost Centre Group", "PPC-CCTG Cemeteries and Crematoria Task Group"],
  ["Run By", "VELDHUIZENA"],
  ["Run Date", "2041-11-06 08:47:12"],
  ["Note", "Amounts in £. Forecast Variance = Forecast Outturn minus Annual Budget: positive = overspend, negative = underspend. Income is shown as negative."],
  [],
  ["Cost Centre", "Cost Centre Name", "Account", "Account Name", "Annual Budget", "Budget to Date", "Actual to Date", "Commitments", "Forecast Outturn", "Forecast Variance", "Budget Holder", "Comments"],
];
const money = (x) => [x.budget, x.btd, x.actual, x.commit, x.forecast, x.variance].map(n);
for (const c of BUDGET) {
  for (const l of c.lines) rows.push([c.cc, c.ccName, l.acc, l.accName, ...money(l), l.holder, l.comment]);
  rows.push([c.cc, c.ccName, "", "Cost Centre Total", ...money(c), "", ""]);
}
rows.push(["", "", "", "Grand Total", ...money(BUDGET_TOTAL), "", ""]);
assert(BUDGET_TOTAL.actual + BUDGET_TOTAL.commit === 104960, "actual + commitments");

const csv = rows.map((r) => r.map((f) => q(String(f))).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(ROOT, "docs", BASE + ".csv"), csv);
const text = rows.filter((r) => r.length).map((r) => r.filter((f) => f !== "").join(" | "));
writeFileSync(join(ROOT, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.csv (${rows.length} rows) and text/${BASE}.txt`);
