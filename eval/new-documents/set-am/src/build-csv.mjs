// Builds docs/…-indicators-2086-87-q2.csv (a "long" extract from a data warehouse: one row per indicator per
// quarter) and its text rendering. Status codes are computed from value, target and polarity (5% tolerance).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "bus-concessionary-travel-task-group-indicators-2086-87-q2";

const periods = [
  ["2085/86 Q3", "2085-12-31"],
  ["2085/86 Q4", "2086-03-31"],
  ["2086/87 Q1", "2086-06-30"],
  ["2086/87 Q2", "2086-09-30"],
];
// code, name, unit, polarity, target, values by period, lead officer, comments by period index
const ind = [
  ["BCT-01", "Concessionary bus journeys in England in the quarter", "million journeys", "H", 148, [139.2, 131.8, 142.5, 150.3], "Harriet Voysey", {}],
  ["BCT-02", "Local transport authorities with an enhanced partnership or franchising scheme in place", "%", "H", 85, [78, 80, 83, 86], "Fenella Rookwood", {}],
  ["BCT-03", "Non-frequent bus services running on time", "%", "H", 85, [83.1, 82.4, 86.0, 81.7], "Fenella Rookwood", { 3: "Roadworks on the A1 corridor and the M62 diversions" }],
  ["BCT-04", "Council-supported bus services withdrawn in the quarter", "services", "L", 40, [52, 61, 41, 57], "Kwabena Mensah-Tullett", { 3: "31 of the 57 withdrawals were evening and Sunday services" }],
  ["BCT-05", "Demand responsive transport pilots live at quarter end", "pilots", "H", 12, [8, 10, 12, 14], "Kwabena Mensah-Tullett", {}],
  ["BCT-06", "Travel concession authorities submitting the reimbursement return", "%", "H", 90, [88, 91, 93, null], "Tamsin Brocklesby", { 3: "No Q2 return: DfT data release moved to 12 November 2086" }],
  ["BCT-07", "Zero emission buses in council-supported fleets", "%", "H", 30, [21, 24, 27, 28.8], "Fenella Rookwood", {}],
  ["BCT-08", "Bus driver vacancy rate reported by operators", "%", "L", 6.0, [7.9, 7.1, 6.2, 7.4], "Kwabena Mensah-Tullett", { 3: "National recruitment campaign delayed to January 2087" }],
  ["BCT-09", "Passengers satisfied with their local bus service", "%", "H", 82, [81, 80.5, 80, 76], "Tamsin Brocklesby", { 3: "Lowest since the survey began in 2079" }],
  ["BCT-10", "LGA evidence submissions and consultation responses on buses", "responses", "H", 3, [2, 4, 3, 5], "Harriet Voysey", {}],
  ["BCT-11", "Bus stops with real-time passenger information", "%", "H", 45, [39, 41, 44, 46.2], "Tamsin Brocklesby", {}],
  ["BCT-12", "Councils with a published bus passenger charter", "councils", "H", 150, [131, 138, 146, 143], "Tamsin Brocklesby", { 3: "Three charters lapsed when enhanced partnerships were varied" }],
];
const status = (v, t, pol) => {
  if (v == null) return 4;
  const short = pol === "H" ? (t - v) / t : (v - t) / t;
  if (short <= 0) return 1;
  return short <= 0.05 + 1e-9 ? 2 : 3;
};
const fmt = (v) => (v == null ? "" : String(v));
const q = (s) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const comments = [
  "# extract: DW_BSCT_INDICATOR_LONG (view v_bsct_indicator_quarter) v3.2",
  "# run: 2086-10-21 07:42:11 by svc_dw_extract; source: LGA Insight data warehouse",
  "# body: Bus Services and Concessionary Travel Task Group; periods 2085/86 Q3 to 2086/87 Q2",
  "# status_cd: 1 = on or better than target; 2 = worse than target but within tolerance (5% of target); 3 = outside tolerance - action needed; 4 = no return / not measured this period",
  "# polarity: H = higher is better; L = lower is better",
  "# queries: Tamsin Brocklesby, Senior Research Officer, 020 7946 0687",
];
const header = ["indicator_cd", "indicator_nm", "unit", "polarity", "period", "period_end_dt", "value", "target", "status_cd", "lead_officer", "comment_txt"];
const rows = [];
for (const [cd, nm, unit, pol, t, vals, lead, com] of ind)
  periods.forEach(([p, end], i) => rows.push([cd, nm, unit, pol, p, end, fmt(vals[i]), fmt(t), String(status(vals[i], t, pol)), lead, com[i] ?? ""]));
const trailer = `# end of extract: ${rows.length} rows`;

const csv = [...comments, header.join(","), ...rows.map((r) => r.map(q).join(",")), trailer].join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", BASE + ".csv"), csv);
const txt = [...comments, header.join(" | "), ...rows.map((r) => r.join(" | ")), trailer].join("\n") + "\n";
writeFileSync(join(root, "text", BASE + ".txt"), txt);
const q2 = rows.filter((r) => r[4] === "2086/87 Q2");
console.log("Q2 statuses:", q2.map((r) => r[0] + "=" + r[8]).join(" "));
