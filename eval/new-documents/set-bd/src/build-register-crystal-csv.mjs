// Builds docs/pastg-works-register-open-actions-2179-02-02.csv and its rendering in text/.
// Layout: A CRYSTAL REPORTS REPORT EXPORTED TO "SEPARATED VALUES (CSV)" IN STANDARD MODE – the heritage
// asset system's report "Works register – open actions" (rpt_pacp_works_open_actions.rpt, HeritageTrak),
// run on 02/02/2179 and exported with Crystal's defaults (report and page sections exported, group
// sections exported, same number and date formats as the report). So the file is not a table with a
// header row but THE REPORT FLATTENED, ONE LINE PER DETAIL RECORD: every line carries, in section order,
// the report header's text objects (the programme, the title, the selection, the condition key), the page
// header's ("Printed:", the time, "Page 1 of 3" – the page the record fell on) AND THE COLUMN HEADINGS AS
// VALUES ("Ref", "Work", … "Lead"), then the group header ("Council:" and the council), the record's
// fields, the group footer's summaries ("Works listed:", "2", "Overdue:", "1.00", "Grade D:", "2.00",
// "Est. cost:" and the sum – counts made by formulas printed with two decimals), the page footer (the
// .rpt name and the system) and the report footer's grand totals, repeated on every line. THE CONDITION
// AND LEAD FIELDS ARE "SUPPRESS IF DUPLICATED", and Crystal compares with the record before whatever the
// group, so a repeated value is an empty field – even the first record of a council can lose its grade or
// lead officer to the council before it. Every field quoted, Windows-1252, CRLF, no header row.
// Rendering: one line per record, its non-empty fields joined by " | " in file order.
// Synthetic test fixture: every work, council, figure and officer is invented.
//   node src/build-register-crystal-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, PROGRAMME, COUNCILS, OFFICERS as O, WORKS, REGISTER_PRINTED, gbp2 } from "./common.mjs";

const iconv = requireMain("iconv-lite");
const FILE = DOCS.register;
const BASE = basename(FILE, extname(FILE));
const RH = [PROGRAMME, "Works register – open actions", "Selection: works with an open action, grouped by council", "Condition: A good, B fair, C poor, D very bad"];
const PH_LABELS = ["Ref", "Work", "Type", "Listed", "Cond.", "Last insp.", "Next action", "Due", "Est. cost", "Status", "Lead"];
const PF = ["rpt_pacp_works_open_actions.rpt", "HeritageTrak 11.2"];
const two = (n) => n.toFixed(2);
const groups = {};
for (const w of WORKS) (groups[w.c] ??= []).push(w);
const sum = (ws, f) => ws.reduce((t, w) => t + f(w), 0);
const RF = ["Total works listed:", String(WORKS.length), "Overdue:", two(sum(WORKS, (w) => (w.status === "OVERDUE" ? 1 : 0))), "Grade D:", two(sum(WORKS, (w) => (w.cond === "D" ? 1 : 0))), "Total est. cost:", gbp2(sum(WORKS, (w) => w.cost))];
const PER_PAGE = [8, 8, 4];
const rows = [];
let prevCond = null, prevLead = null, n = 0;
for (const [c, ws] of Object.entries(groups)) {
  const GF = ["Works listed:", String(ws.length), "Overdue:", two(sum(ws, (w) => (w.status === "OVERDUE" ? 1 : 0))), "Grade D:", two(sum(ws, (w) => (w.cond === "D" ? 1 : 0))), "Est. cost:", gbp2(sum(ws, (w) => w.cost))];
  for (const w of ws) {
    const page = n < PER_PAGE[0] ? 1 : n < PER_PAGE[0] + PER_PAGE[1] ? 2 : 3;
    n++;
    const lead = O[w.lead].init;
    const cond = w.cond === prevCond ? "" : w.cond;
    const ld = lead === prevLead ? "" : lead;
    prevCond = w.cond; prevLead = lead;
    const detail = [w.ref, w.work, w.type, w.listed, cond, w.insp, w.action, w.due, gbp2(w.cost), w.status, ld];
    rows.push([...RH, "Printed:", REGISTER_PRINTED, `Page ${page} of 3`, ...PH_LABELS, "Council:", COUNCILS[c].name, ...detail, ...GF, ...PF, ...RF]);
  }
}
const q = (v) => '"' + String(v).replace(/"/g, '""') + '"';
const csv = rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), iconv.encode(csv, "windows-1252"));
const out = rows.map((r) => r.filter((v) => v !== "").join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${rows.length} records, ${rows[0].length} fields each) and text/${BASE}.txt`);
