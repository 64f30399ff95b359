// Builds docs/uctg-performance-tracker-2651-52-q3-google-sheets.pdf and its rendering in text/.
// Layout: A GOOGLE SHEETS TRACKER DOWNLOADED AS PDF (File > Download > PDF, landscape A4, narrow margins,
// "Repeat frozen rows", gridlines on, headers and footers: workbook title, sheet name, current date,
// page numbers), as Sheets' own renderer draws it (Producer "Skia/PDF … Google Docs Renderer"):
//  - the sheet "Q3 2651/52" of the Programme Manager's workbook "UCTG performance tracker 2651/52";
//  - THE FIRST SEVEN ROWS ARE FROZEN, SO THE TITLE, THE "LAST UPDATED" LINE, THE COUNTIF SUMMARY AND THE
//    COLUMN HEADINGS ARE PRINTED AGAIN AT THE TOP OF PAGE 2;
//  - ratings are DROPDOWN CHIPS: the sheet's own words ("On course", "Watch", "Intervene", "Done", "Not
//    due") in rounded coloured pills with a drawn ▾ arrow, one pill per quarter; what the words mean, and
//    which RAG colour each is, is only in the "Status key" block at the foot of page 2;
//  - the lead member is a PEOPLE SMART CHIP: a grey pill, an avatar circle drawn without text and the
//    person's Google account name ("Eilidh Maclure", no "Cllr");
//  - a "Trend" column of SPARKLINE() charts, drawn as polylines with no text at all;
//  - text wrapped inside cells; the date in the print header in the spreadsheet's UK locale (02/03/2652);
//    the page number alone at the bottom right.
// Rendering: the sheet's rows once (the repeated frozen rows and the print header and footer left out),
// a row a line, cells joined by " | "; an empty cell (a sparkline) stays an empty cell.
// Synthetic test fixture: every figure, rating and person is invented.
//   node src/build-tracker-sheets-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, MEASURES, STATUS, P, OFFICERS as O, TRACKER, Q3_COUNT } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.tracker;
const BASE = basename(FILE, extname(FILE));
const PW = 841.89, PH = 595.28, ML = 18, MT = 40;
const WORKBOOK = "UCTG performance tracker 2651/52";
const SHEET = "Q3 2651/52";
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false, info: { Title: WORKBOOK, Creator: "Google Sheets", Producer: "Skia/PDF m131 Google Docs Renderer", CreationDate: new Date(Date.UTC(2652, 2, 2, 9, 14, 52)), ModDate: new Date(Date.UTC(2652, 2, 2, 9, 14, 52)) } });
const out = createWriteStream(join(root, "docs", FILE));
doc.pipe(out);
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));

const FS = 9;
const LH = 11.2;
const COLS = [
  ["Ref", 40], ["Measure", 136], ["Lead member", 92], ["Target", 62], ["Q1", 38], ["Q1 status", 60], ["Q2", 38], ["Q2 status", 60],
  ["Q3", 38], ["Q3 status", 60], ["Trend", 44],
];
COLS.push(["Commentary (Q3)", PW - 2 * ML - COLS.reduce((t, [, w]) => t + w, 0)]);
const X = [];
{ let x = ML; for (const [, w] of COLS) { X.push(x); x += w; } }
const GRID = "#C0C0C0";

// wrap text to a width with the current font
function wrap(text, width, font = "r", size = FS) {
  doc.font(font).fontSize(size);
  const words = String(text).split(" ");
  const lines = [];
  let cur = "";
  for (const w of words) {
    const t = cur ? cur + " " + w : w;
    if (doc.widthOfString(t) <= width || !cur) cur = t;
    else { lines.push(cur); cur = w; }
  }
  if (cur) lines.push(cur);
  return lines;
}
const txt = (s, x, y, o = {}) => { doc.font(o.font ?? "r").fontSize(o.size ?? FS).fillColor(o.color ?? "#000000").text(s, x, y, { lineBreak: false }); };

function chip(word, x, y) {
  const s = STATUS[word];
  doc.font("r").fontSize(6.6);
  const w = doc.widthOfString(word) + 16;
  doc.roundedRect(x, y, w, 10.5, 5.2).fill(s.fill);
  txt(word, x + 5, y + 2, { size: 6.6, color: s.ink });
  // the drop-down arrow
  const ax = x + w - 8, ay = y + 4.2;
  doc.moveTo(ax, ay).lineTo(ax + 4, ay).lineTo(ax + 2, ay + 2.6).closePath().fill(s.ink);
}
function person(name, x, y) {
  doc.font("r").fontSize(6.6);
  const w = doc.widthOfString(name) + 17;
  doc.roundedRect(x, y, w, 10.5, 5.2).fill("#E8EAED");
  doc.circle(x + 5.6, y + 5.25, 3.6).fill("#7B8EC8");
  txt(name, x + 11.5, y + 2, { size: 6.6, color: "#3C4043" });
}
function sparkline(values, x, y, w, h) {
  if (!values) return;
  const min = Math.min(...values), max = Math.max(...values);
  const pts = values.map((v, i) => [x + 4 + (i * (w - 8)) / (values.length - 1), y + h - 3 - ((v - min) / (max - min || 1)) * (h - 6)]);
  doc.lineWidth(0.9).strokeColor("#4285F4");
  doc.moveTo(...pts[0]);
  for (const p of pts.slice(1)) doc.lineTo(...p);
  doc.stroke();
}
function gridRow(y, h, cols = COLS.length) {
  doc.lineWidth(0.4).strokeColor(GRID);
  for (let c = 0; c <= cols; c++) { const x = c < cols ? X[c] : X[cols - 1] + COLS[cols - 1][1]; doc.moveTo(x, y).lineTo(x, y + h).stroke(); }
  doc.moveTo(X[0], y).lineTo(X[cols - 1] + COLS[cols - 1][1], y).stroke();
  doc.moveTo(X[0], y + h).lineTo(X[cols - 1] + COLS[cols - 1][1], y + h).stroke();
}

const TITLE = "Carers Support Programme 2651–53: measures at quarter 3 2651/52 (to 31 December 2651)";
const UPDATED = `Last updated ${TRACKER.updated} by ${O.nkiru.name}. Figures from the twelve councils' quarterly returns; Q3 is 1 October to 31 December 2651.`;
const SUMMARY_HEAD = ["Q3 summary", "On course", "Watch", "Intervene", "Done", "Not due"];
const SUMMARY_ROW = ["Measures", ...["On course", "Watch", "Intervene", "Done", "Not due"].map((k) => String(Q3_COUNT[k]))];
const lines = []; // the rendering

function frozen(first) {
  let y = MT;
  txt(TITLE, ML + 2, y + 2, { font: "b", size: 11 });
  y += 18;
  txt(UPDATED, ML + 2, y + 2, { size: 7, color: "#5F6368" });
  y += 14;
  // the summary (COUNTIF formulas), cells B..G of rows 4 and 5
  const sw = [84, 58, 52, 62, 48, 56];
  for (const [r, row] of [SUMMARY_HEAD, SUMMARY_ROW].entries()) {
    let x = ML;
    for (const [c, cell] of row.entries()) {
      if (r === 0 && c > 0) chip(cell, x + 3, y + 2.5);
      else txt(cell, x + 3, y + 4, { font: r === 0 || c === 0 ? "b" : "r" });
      doc.lineWidth(0.4).strokeColor(GRID).rect(x, y, sw[c], 15).stroke();
      x += sw[c];
    }
    if (first) lines.push(row.join(" | "));
    y += 15;
  }
  y += 8;
  // the header row
  const hl = COLS.map(([h, w]) => wrap(h, w - 6, "b"));
  const hh = Math.max(...hl.map((l) => l.length)) * LH + 6;
  doc.rect(X[0], y, PW - 2 * ML, hh).fill("#D9D9D9");
  for (const [c, l] of hl.entries()) l.forEach((s, i) => txt(s, X[c] + 3, y + 3 + i * LH, { font: "b" }));
  gridRow(y, hh);
  if (first) lines.push(COLS.map(([h]) => h).join(" | "));
  return y + hh;
}

function measureRow(m, y) {
  const cells = [m.ref, m.name, null, m.target, m.q[0][0], null, m.q[1][0], null, m.q[2][0], null, null, m.note];
  const lead = P[m.lead].fore + " " + P[m.lead].sur;
  const wrapped = cells.map((c, i) => (c == null ? [] : wrap(c, COLS[i][1] - 6)));
  const h = Math.max(16, ...wrapped.map((l) => l.length * LH + 6));
  // cells are drawn left to right, each with its own content (text, chip, person chip or sparkline)
  for (let c = 0; c < COLS.length; c++) {
    if (c === 2) person(lead, X[c] + 3, y + 3);
    else if (c === 5 || c === 7 || c === 9) chip(m.q[(c - 5) / 2][1], X[c] + 3, y + 3);
    else if (c === 10) sparkline(m.spark, X[c], y, COLS[c][1], Math.min(h, 18));
    else wrapped[c].forEach((s, i) => txt(s, X[c] + 3, y + 4 + i * LH, { color: c === 0 ? "#1155CC" : "#000000" }));
  }
  gridRow(y, h);
  lines.push([m.ref, m.name, lead, m.target, m.q[0][0], m.q[0][1], m.q[1][0], m.q[1][1], m.q[2][0], m.q[2][1], "", m.note].join(" | "));
  return y + h;
}

function furniture(page) {
  txt(WORKBOOK, ML, 14, { size: 7, color: "#000000" });
  doc.font("r").fontSize(7);
  txt(SHEET, (PW - doc.widthOfString(SHEET)) / 2, 14, { size: 7 });
  txt(TRACKER.exported, PW - ML - doc.widthOfString(TRACKER.exported), 14, { size: 7 });
  const n = String(page);
  doc.font("r").fontSize(7);
  txt(n, PW - ML - doc.widthOfString(n), PH - 20, { size: 7 });
}

// rows run on to a new page when the next one does not fit; the frozen rows are printed again on it
const rowHeight = (m) => Math.max(16, ...[m.name, m.target, m.note].map((c, i) => wrap(c, COLS[[1, 3, 11][i]][1] - 6).length * LH + 6));
let page = 1;
doc.addPage();
furniture(page);
let y = frozen(true);
for (const m of MEASURES) {
  if (y + rowHeight(m) > PH - 44) { doc.addPage(); furniture(++page); y = frozen(false); }
  y = measureRow(m, y);
}
if (page !== 2) throw new Error("expected the measures to run over two pages, got " + page);
// the key, rows under the table in columns A–D
y += 16;
const KEYHEAD = ["Status key", "Colour", "What it means"];
const kw = [96, 60, 260];
let x = ML;
for (const [c, h] of KEYHEAD.entries()) { txt(h, x + 3, y + 4, { font: "b" }); doc.lineWidth(0.4).strokeColor(GRID).rect(x, y, kw[c], 15).stroke(); x += kw[c]; }
lines.push(KEYHEAD.join(" | "));
y += 15;
for (const [word, s] of Object.entries(STATUS)) {
  x = ML;
  chip(word, x + 3, y + 2.5);
  txt(s.colour, x + kw[0] + 3, y + 4);
  txt(s.meaning, x + kw[0] + kw[1] + 3, y + 4);
  for (const w of kw) { doc.lineWidth(0.4).strokeColor(GRID).rect(x, y, w, 15).stroke(); x += w; }
  lines.push([word, s.colour, s.meaning].join(" | "));
  y += 15;
}
y += 6;
const NOTE = "Trend: a sparkline of the Q1 to Q3 figures. UCM-08 is measured once a year, by the carers' survey.";
txt(NOTE, ML + 3, y + 2, { size: 6.6, color: "#5F6368" });
lines.push(NOTE);
if (y > PH - 30) throw new Error("page 2 overflows");


doc.end();
await new Promise((r) => out.on("finish", r));
const rendering = [TITLE, UPDATED, lines[0], lines[1], ...lines.slice(2)];
writeFileSync(join(root, "text", BASE + ".txt"), rendering.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
