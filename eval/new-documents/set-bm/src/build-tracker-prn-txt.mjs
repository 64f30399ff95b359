// Builds docs/wsdptg-programme-tracker-q2-2251-52.txt and its rendering in text/.
// Layout: AN EXCEL SHEET SAVED AS "FORMATTED TEXT (SPACE DELIMITED) (*.prn)" AND RENAMED .txt: the
// Programme Manager's tracker sheet (measures, risk register and budget stacked on one sheet, sharing its
// columns) written as Excel writes that format: every cell padded to its column's width in characters,
// text left-aligned and numbers right-aligned, AS DISPLAYED – text runs on into empty cells to its right
// but is CUT AT THE COLUMN'S EDGE WHERE THE NEXT CELL IS FILLED (so measure names, risks and owners are
// cut mid-word and two cells can touch), numbers in their number format, and A NUMBER TOO WIDE FOR ITS
// COLUMN PRINTED AS HASHES (the lifeguard line's spend, pasted with pence, and the total under it).
// ROWS WIDER THAN 240 CHARACTERS ARE SPLIT: the columns that do not fit (Commentary / Mitigation / Notes
// and Updated) are written as a SECOND BLOCK AFTER THE LAST ROW, one line per row of the sheet in the
// same order (blank lines for rows with nothing there), so a measure's commentary is tied to it only by
// its position. Windows-1252 ("£" is byte A3), CRLF line ends, no header or footer.
// Rendering: the file's lines as they are, each run of two or more spaces shown as " | " (blank lines
// kept, trailing spaces dropped); nothing re-joined or re-ordered.
// Synthetic test fixture: every person, figure and rating is invented.
//   node src/build-tracker-prn-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, MEASURES, RISKS, BUDGET, BANDS, STATUS_KEY, OFFICERS as O, gbp, BUDGET_TOTAL, FORECAST_TOTAL, SPENT_TOTAL } from "./common.mjs";

const iconv = requireMain("iconv-lite");
const FILE = DOCS.tracker;
const BASE = basename(FILE, extname(FILE));
// column widths A..K (characters)
const W = [8, 44, 12, 10, 9, 10, 9, 18, 24, 100, 11];
const LIMIT = 240;

const t = (v) => ({ v: String(v) });
const num = (v) => ({ v: String(v), num: true });
const money = (n) => ({ v: gbp(n), num: true });
const rows = [];
const row = (...cells) => rows.push(Array.from({ length: W.length }, (_, i) => (cells[i] == null || cells[i] === "" ? null : typeof cells[i] === "object" ? cells[i] : t(cells[i]))));
const isNum = (s) => /^[£]?[0-9][0-9,.]*%?$/.test(s);
const val = (s) => (isNum(s) ? num(s) : { v: s, align: "right" }); // the target and quarter columns are right-aligned
const mid = (s) => ({ v: s, align: "center" }); // the RAG and rating columns are centred
const date = (s) => ({ v: s, num: true }); // dates are numbers to Excel: right-aligned

row("Water Safety and Drowning Prevention Task Group: programme tracker");
row("Quarter 2 2251/52 (1 July to 30 September 2251). Updated 21/11/2251 for the meeting on 4 December 2251.");
row(STATUS_KEY);
row();
row("PERFORMANCE MEASURES");
row("Ref", "Measure", val("Target"), val("Q1"), mid("Q1 RAG"), val("Q2"), mid("Q2 RAG"), "Lead member", "Lead officer", "Commentary", "Updated");
for (const m of MEASURES) row(m.ref, m.name, val(m.target), val(m.q1v), mid(m.q1), val(m.q2v), mid(m.q2), m.lead, O[m.officer].name, m.note, date("21/11/2251"));
row();
row(`RISK REGISTER (${BANDS})`);
row("Ref", "Risk", val("Likelihood"), val("Impact"), val("Score"), mid("Rating"), null, "Owner", val("Review by"), "Mitigation", "Updated");
for (const r of RISKS) row(r.ref, r.risk, num(r.l), num(r.i), num(r.score), mid(r.rating), null, r.owner, date(r.review), r.mitigation, date("14/11/2251"));
row();
row("BUDGET 2251/52");
row(null, "Budget line", val("Budget"), val("Spent"), val("Forecast"), null, null, null, null, "Notes");
for (const b of BUDGET) row(null, b.line, money(b.budget), b.pence ? { v: gbp(b.spent), num: true, pence: true } : money(b.spent), money(b.forecast), null, null, null, null, b.note);
row(null, "Total", money(BUDGET_TOTAL), { v: gbp(SPENT_TOTAL), num: true, pence: true }, money(FORECAST_TOTAL));

// columns in blocks of at most 240 characters
const blocks = [];
let cur = [], width = 0;
W.forEach((w, i) => {
  if (width + w > LIMIT && cur.length) { blocks.push(cur); cur = []; width = 0; }
  cur.push(i); width += w;
});
blocks.push(cur);
if (blocks.length !== 2 || blocks[1][0] !== 9) throw new Error("expected the commentary column to start block 2: " + JSON.stringify(blocks));

// one line of a block, as displayed, cell by cell (text may cover the empty cells to its right)
function render(r, cols) {
  let s = "";
  for (let j = 0; j < cols.length; j++) {
    const c = cols[j], cell = r[c], w = W[c];
    if (!cell) { s += " ".repeat(w); continue; }
    if (cell.num) { s += cell.v.length > w - 1 ? "#".repeat(w) : cell.v.padStart(w); continue; }
    if (cell.align === "right") { s += cell.v.slice(0, w).padStart(w); continue; }
    if (cell.align === "center") { const l = Math.floor((w - cell.v.length) / 2); s += (" ".repeat(Math.max(0, l)) + cell.v).padEnd(w).slice(0, w); continue; }
    let span = w, k = j + 1;
    while (k < cols.length && !r[cols[k]]) { span += W[cols[k]]; k++; }
    if (k === cols.length) span = Math.max(span, cell.v.length); // nothing to its right in the block
    const shown = cell.v.slice(0, Math.max(w, Math.min(span, cell.v.length)));
    const cut = cell.v.length > span ? cell.v.slice(0, span) : shown;
    if (cut.length <= w) { s += cut.padEnd(w); continue; }
    s += cut.padEnd(span);
    j = k - 1; // the covered empty cells are already written
  }
  return s.replace(/\s+$/, "");
}

const out = [];
for (const r of rows) out.push(render(r, blocks[0]));
for (const r of rows) out.push(render(r, blocks[1]));
const textOut = out.join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), iconv.encode(textOut, "windows-1252"));

// rendering
const rendering = out.map((l) => l.replace(/ {2,}/g, " | "));
writeFileSync(join(root, "text", BASE + ".txt"), rendering.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${out.length} lines, widest ${Math.max(...out.map((l) => l.length))}) and text/${BASE}.txt`);
