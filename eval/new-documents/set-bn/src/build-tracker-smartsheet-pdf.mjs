// Builds docs/dcstg-safe-at-home-tracker-smartsheet-2255-11-20.pdf and its rendering in text/.
// Layout: A SMARTSHEET SHEET EXPORTED TO PDF (landscape A4, "Print" with gridlines, the sheet's own
// column headers, no Gantt): a row-number column and an icon column (comment bubbles with their counts)
// at the left, then the PRIMARY COLUMN "Task Name" WHOSE HIERARCHY IS ONLY INDENTATION – parent rows in
// bold with a disclosure triangle, child rows indented under them – so which workstream a measure
// belongs to, and that the last block is the risk register, is known only from the rows above it. The
// risk rows REUSE THE SHEET'S COLUMNS: the owner sits under "Lead", likelihood x impact under "Target",
// last quarter's score under "Q1 (Apr–Jun)", this quarter's under "Q2 (Jul–Sep)", "Open"/"Closed" under
// "Status" and the review date under "Due". Status is the sheet's drop-down text; "Health" is an RYG
// ball drawn as a symbol, with no text. Dates are Smartsheet's short UK format with TWO-DIGIT YEARS
// (31/03/56), modified times likewise; milestone rows without a reference sit among the measures. Footer:
// who printed it, when, and the page.
// Rendering: the sheet name, the header row and every row as cells " | " in column order (empty cells
// kept as empty, the Health column empty as in the text; a parent row as its name alone); row numbers,
// icons and footer left out.
// Synthetic test fixture: every person, figure and rating is invented.
//   node src/build-tracker-smartsheet-pdf.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, OFFICERS as O, MEASURES, MILESTONE_ROWS, RISKS } from "./common.mjs";
import { makeDoc } from "./pdfutil.mjs";

const FILE = DOCS.tracker;
const BASE = basename(FILE, extname(FILE));
const PW = 841.89, PH = 595.28;
const SHEET = "DCSTG – Safe at Home Programme 2255-57 tracker";
const PRINTED = "20/11/55 16:02";
const L = makeDoc(join(root, "docs", FILE), {
  size: [PW, PH], margins: { top: 30, left: 24, right: 24, bottom: 40 },
  info: { Title: SHEET, Author: O.anushka.name, Creator: "Smartsheet", Producer: "Smartsheet PDF export" },
});
const { doc } = L;
const COLS = ["", "", "Task Name", "Lead", "Target", "Q1 (Apr–Jun)", "Q2 (Jul–Sep)", "Status", "Health", "Due", "Latest update", "Modified"];
const W = [22, 22, 180, 88, 54, 52, 52, 56, 36, 46, 125, 58];
const TOTAL = 2;
L.onPageEnd = (L) => {
  doc.font("r").fontSize(7).fillColor("#6B6B6B");
  doc.text(`Printed from Smartsheet by ${O.anushka.name} · ${PRINTED}`, 24, PH - 26, { width: 400, lineBreak: false });
  doc.text(`Page ${L.page} of ${TOTAL}`, PW - 24 - 100, PH - 26, { width: 100, align: "right", lineBreak: false });
};
const BALL = { green: "#3FA34D", yellow: "#F2C12E", red: "#D9372B" };
let rowNo = 0;
const header = () => L.row(COLS.map((t) => ({ text: t, font: "b", size: 7.5 })), W, { fill: "#E9EEF4", border: "#C8CDD3", pad: 4, render: false });
const row = (cells, o = {}) => {
  rowNo++;
  const n = rowNo;
  const c = [
    { text: String(n), color: "#8A8A8A", size: 7 },
    o.comments ? { text: "", draw: (d, x, y) => { d.save().roundedRect(x + 4, y + 4, 14, 10, 2).fill("#5B8DD6").restore(); d.font("b").fontSize(6.5).fillColor("#FFFFFF").text(String(o.comments), x + 4, y + 5.5, { width: 14, align: "center", lineBreak: false }); } } : { text: "" },
    { text: (o.parent ? "▾ " : "") + cells[0], font: o.parent ? "b" : "r", indent: o.parent ? 0 : 12 },
    ...cells.slice(1, 6).map((t) => ({ text: t })),
    { text: "", draw: o.health ? (d, x, y, w) => d.save().circle(x + w / 2, y + 9, 4.2).fill(BALL[o.health]).restore() : null },
    ...cells.slice(6).map((t) => ({ text: t })),
  ];
  return L.row(c, W, { size: 7.5, border: "#D5D9DE", pad: 4, header: { cells: COLS.map((t) => ({ text: t, font: "b", size: 7.5 })), opts: { fill: "#E9EEF4", border: "#C8CDD3", pad: 4 } }, fill: o.parent ? "#F4F6F8" : undefined,
    renderLines: [o.parent ? cells[0] : [cells[0], ...cells.slice(1, 6), "", ...cells.slice(6)].join(" | ")] });
};

L.newPage();
L.para(SHEET, { font: "b", size: 13, gap: 8 });
header();
L.R.push(COLS.slice(2).join(" | "));
const MOD = { "DSH-01": "20/11/55 15:48", "DSH-02": "02/10/55 11:20", "DSH-03": "19/11/55 09:31", "DSH-04": "14/11/55 17:05", "DSH-05": "03/10/55 10:12", "DSH-06": "20/11/55 15:52", "DSH-07": "03/10/55 10:14", "DSH-08": "16/10/55 08:47" };
const COMMENTS = { "DSH-03": 2, "DSH-06": 1, "DSH-R3": 3 };
let ws = null;
for (const m of MEASURES) {
  if (m.ws !== ws) {
    if (ws) for (const r of MILESTONE_ROWS[ws] ?? []) row([r.name, r.lead, "", "", "", r.status, r.due, r.update, "20/11/55 15:40"], { health: r.health });
    ws = m.ws;
    row([ws, "", "", "", "", "", "", "", ""], { parent: true });
  }
  row([`${m.ref} ${m.name}`, m.lead, m.target, m.q1, m.q2, m.status, m.due, m.update, MOD[m.ref]], { health: m.health, comments: COMMENTS[m.ref] });
}
for (const r of MILESTONE_ROWS[ws] ?? []) row([r.name, r.lead, "", "", "", r.status, r.due, r.update, "20/11/55 15:40"], { health: r.health });
row(["Risks", "", "", "", "", "", "", "", ""], { parent: true });
for (const r of RISKS) row([`${r.ref} ${r.name}`, r.owner, r.li, r.prev, r.score, r.status, r.review, r.update, r.ref === "DSH-R5" ? "15/09/55 09:02" : "19/11/55 10:26"], { health: r.health, comments: COMMENTS[r.ref] });
if (L.page !== TOTAL) throw new Error(`tracker has ${L.page} pages, expected ${TOTAL}`);
await L.finish();
writeFileSync(join(root, "text", BASE + ".txt"), L.R.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${L.page} pages) and text/${BASE}.txt`);
