// Builds docs/psctg-hub-statistics-table-2-2191-11-24.csv and its rendering in text/.
// Layout: ONE TABLE OF AN ACCESSIBLE STATISTICS SPREADSHEET (the government statistical service's
// "releasing statistics in spreadsheets" conventions) SAVED AS CSV: Table 2 of the Joint Monitoring Hub's
// quarterly statistics, as Excel writes "CSV UTF-8 (Comma delimited)" – a byte order mark, CRLF row ends,
// every row padded with commas to the table's nine columns, a field quoted only when it holds a comma.
// ABOVE THE TABLE, FIVE ROWS OF TEXT IN THE FIRST CELL (title, "This worksheet contains one table…",
// the shorthand used, source, publication and contact), as the guidance puts them in cell A1 down; THE
// TABLE ITSELF IS TIDY: one row per council per period, the period repeated on every row ("2191/92 Q2"),
// a total row per period ("All partner councils [note 5]"), NOTE MARKERS IN THE COLUMN HEADERS
// ("Arrests assisted [note 3]") whose notes are on the workbook's Notes sheet, which is NOT IN THE CSV;
// SHORTHAND IN THE CELLS instead of numbers: [c] confidential (fewer than 5), [x] not available, [z] not
// applicable, and a number of low reliability with " [u]" after it ("412 [u]"), so a numeric column holds
// text. Nothing in the file names the Task Group.
// Rendering: the five text rows, then the header and every row with its non-empty fields joined by " | ".
// Synthetic test fixture: every figure is invented.
//   node src/build-statistics-gss-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, STATS, TOTALS, PERIODS, COUNCILS, STATISTICIAN, pct } from "./common.mjs";

const FILE = DOCS.stats;
const BASE = basename(FILE, extname(FILE));
const N = 9;
const INTRO = [
  "Table 2: Incidents, arrests assisted and police footage requests by partner council, 2190/91 to 2191/92 quarter 2",
  "This worksheet contains one table. Some cells refer to notes which can be found in the notes worksheet.",
  "Some shorthand is used in this table: [c] = confidential (fewer than 5, not shown); [x] = not available; [z] = not applicable; [u] = low reliability.",
  "Source: Joint Monitoring Hub operator logs and partner councils' control room returns [note 1]",
  `Published 24 November 2191. Next update: 23 February 2192. Contact: ${STATISTICIAN.name}, ${STATISTICIAN.email}`,
];
const HEADER = ["Period", "Council", "Monitoring [note 2]", "Public space cameras at end of period", "Incidents detected by operators", "Arrests assisted [note 3]", "Police footage requests", "Requests answered within 5 working days", "Requests answered within 5 working days (percentage) [note 4]"];
const rows = [HEADER];
for (const p of PERIODS) {
  for (const [k, r] of Object.entries(STATS[p])) rows.push([p, COUNCILS[k], r.mon, r.cams, r.inc, r.arr, r.req, r.ans, pct(r)]);
  const t = TOTALS[p];
  rows.push([p, "All partner councils [note 5]", "", t.cams, t.inc, t.arr, t.req, t.ans, t.pct.toFixed(1)]);
}
const field = (v) => { const s = String(v); return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
const csvRows = [...INTRO.map((t) => [t]), ...rows].map((r) => { const a = r.map(field); while (a.length < N) a.push(""); return a.join(","); });
writeFileSync(join(root, "docs", FILE), "\uFEFF" + csvRows.join("\r\n") + "\r\n", "utf8");
const out = [...INTRO, ...rows.map((r) => r.map(String).filter((v) => v !== "").join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote docs/" + FILE + " and text/" + BASE + ".txt");
