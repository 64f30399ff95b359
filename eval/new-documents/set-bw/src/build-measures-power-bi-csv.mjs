// Builds docs/certg-warm-streets-measures-power-bi-export-2371-11-02.csv and its rendering in text/.
// Layout: A POWER BI "EXPORT DATA" CSV (a table visual's "…" menu > Export data > Summarized data > .csv),
// as the Data and Insight Analyst downloaded it from the programme dashboard on 2 November 2371 and
// renamed it (Power BI calls every such file data.csv). What Power BI writes: UTF-8 WITH A BYTE ORDER
// MARK, CRLF row ends, a single header row of the visual's field names as they are shown ("Measure ID",
// "Sum of Actual", "Sum of Target", "% of target", "RAG", "RAG sort") – the implicit measures keep
// Power BI's "Sum of" prefix – fields quoted only when they hold a comma or a quote, and no title, filter
// or legend line. Values are exported unformatted: DATES AS US DATE-TIMES ("9/30/2371 12:00:00 AM"),
// percentages as DECIMALS WITH EVERY DIGIT ("0.8514285714285714", a rate of calls as "0.7" against a
// target of "0.9"), no thousands separators ("2610"). THE RAG RATING IS AN EMOJI returned by a DAX
// measure (🔴 🟠 🟢 ✅) beside its numeric sort column (1–4); the dashboard's legend is not exported.
// Future quarters (Q3, Q4) are rows with a target and EMPTY actual, rating and commentary; rows are
// in the visual's sort order (Measure ID, then Quarter). Commentary is blank where the lead gave none.
// Rendering: the header and each row, cells joined by " | " (quotes dropped, empty cells kept empty).
// Synthetic test fixture: every figure and rating is invented.
//   node src/build-measures-power-bi-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, MEASURES, QEND, RAG, ragOf } from "./common.mjs";

const FILE = DOCS.powerbi;
const BASE = basename(FILE, extname(FILE));
const HEAD = ["Measure ID", "Measure", "Lead member", "Quarter", "Quarter end", "Sum of Actual", "Sum of Target", "% of target", "RAG", "RAG sort", "Commentary"];
const rows = [];
for (const m of MEASURES) {
  ["Q1", "Q2", "Q3", "Q4"].forEach((q, i) => {
    const a = m.a[i];
    const r = ragOf(m, i);
    rows.push([m.ref, m.name, m.lead, q, QEND[q], a === undefined ? "" : String(a), String(m.t[i]), a === undefined ? "" : String(a / m.t[i]), r ? RAG[r] : "", r ? String(r) : "", m.note[i] ?? ""]);
  });
}
const q = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = "\uFEFF" + [HEAD, ...rows].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv, "utf8");
writeFileSync(join(root, "text", BASE + ".txt"), [HEAD, ...rows].map((r) => r.join(" | ")).join("\n") + "\n");
console.log("wrote", FILE);
