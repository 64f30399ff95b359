// Builds docs/lsctg-item-4-appendix-a-q3-performance-2691-92.pdf and its rendering in text/.
// Layout: A JASPERREPORTS PDF EXPORT of the programme's quarterly performance report (the kind of
// report a council's performance database prints through JasperReports Server): A4 landscape, 20 pt
// page margins, DejaVu Sans (Jasper's default font extension) embedded, producer "JasperReports
// Library". The page is built from Jasper's BANDS: a title band on page 1 only; a page header band and
// a COLUMN HEADER band repeated on every page; a GROUP HEADER band per theme (a shaded bar) and a GROUP
// FOOTER band ("Measures in theme: 4"); a fixed-height DETAIL band per measure; a page footer band
// ("Run by", "Run date" in dd/MM/yyyy HH:mm, "Page n of" and the total printed by a second text field);
// and a SUMMARY band at the end holding the count of ratings, THE RATING KEY (the only place the
// letters R, A, G, B and N/D and the direction arrows are explained) and a budget SUBREPORT in pounds
// with variances in brackets. Every field is a separately positioned text element, written in the
// report designer's element order, not left to right: in each detail row the Q3 rating's coloured box
// and letter are drawn first, then the reference, the measure, and the rest. The commentary is a
// FIXED-HEIGHT TEXT FIELD THAT DOES NOT STRETCH, so long commentaries are cut off at the field's last
// line in mid-sentence (the rest is not in the file). Lead members are printed as "Cllr B. Surname".
// Rendering: title lines, the column header once, each group header, each measure row (cells " | " in
// the order of the columns, a cell's lines joined by spaces), group footers and the summary band (its
// tables a row a line, the key a line an entry); the page header and footer left out.
// Synthetic test fixture: every person, figure and rating is invented.
//   node src/build-perf-jasper-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, BOARD, PROGRAMME, OFFICERS as O, P, MEASURES, THEMES, RATING, countBy, dirOf, BUDGET, TOTAL, n0, varStr } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.perf;
const BASE = basename(FILE, extname(FILE));
const PW = 841.89, PH = 595.28, M = 20, W = PW - 2 * M;
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false, bufferPages: true,
  info: { Title: "CCP_Quarterly_Performance", Author: O.ngozi.name, Creator: "JasperReports Library version 6.20.6-5c96b6aa8a39ac1dc6b6bea4b81168e16dd39231", Producer: "JasperReports Library version 6.20.6-5c96b6aa8a39ac1dc6b6bea4b81168e16dd39231", CreationDate: new Date(Date.UTC(2692, 0, 12, 16, 42, 7)) } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("i", join(FONTS, "DejaVuSans-Oblique.ttf"));
const out = [];
const FILL = { R: "#E0301E", A: "#FFB000", G: "#3A9E3A", B: "#2F6FD0", "N/D": "#BFBFBF" };
const lead = (k) => { const [f, ...rest] = P[k].name.split(" "); return `Cllr ${f[0]}. ${rest.join(" ")}`; };

// columns of the detail band (designer's x and width)
const COLS = [
  { key: "ref", head: "Ref", w: 44 },
  { key: "name", head: "Measure", w: 150 },
  { key: "lead", head: "Lead member", w: 84 },
  { key: "target", head: "Target 2691/92", w: 58 },
  { key: "q2", head: "Q2 actual", w: 46 },
  { key: "r2", head: "Q2", w: 26 },
  { key: "q3", head: "Q3 actual", w: 46 },
  { key: "r3", head: "Q3", w: 26 },
  { key: "dir", head: "DoT", w: 25 },
  { key: "comment", head: "Commentary", w: 0 },
];
{ let x = M; for (const c of COLS) { c.x = x; if (!c.w) c.w = M + W - x; x += c.w; } }
const FS = 7.5, LG = 1.2, PAD = 3;
const lineH = doc.font("r").fontSize(FS).currentLineHeight(true) + LG;
const DETAIL_LINES = 4, DETAIL_H = DETAIL_LINES * lineH + 2 * PAD;
const hOf = (s, font, size, w) => doc.font(font).fontSize(size).heightOfString(s, { width: w, lineGap: LG });
const field = (s, x, y, w, o = {}) => doc.font(o.font ?? "r").fontSize(o.size ?? FS).fillColor(o.color ?? "#000000").text(s, x, y, { width: w, lineGap: LG, align: o.align ?? "left", lineBreak: true });

// the commentary field does not stretch: only the words that fit in its lines are printed
const cut = (t) => {
  const w = COLS.find((c) => c.key === "comment").w - 2 * PAD, words = t.split(" ");
  let best = "";
  for (let i = 1; i <= words.length; i++) {
    const s = words.slice(0, i).join(" ");
    if (hOf(s, "r", FS, w) <= DETAIL_LINES * lineH + 0.5) best = s; else break;
  }
  return best;
};
let page = 0, y = 0;
const pageHeaderH = 26, colHeadH = 22, footerH = 22;
function newPage() {
  doc.addPage({ size: [PW, PH], margin: 0 });
  page++;
  // page header band
  field(`${PROGRAMME} | Quarterly performance report`, M, M + 4, 400, { font: "b", size: 8, color: "#333333" });
  field("Quarter 3 2691/92", M + W - 200, M + 4, 200, { size: 8, align: "right", color: "#333333" });
  doc.moveTo(M, M + pageHeaderH - 4).lineTo(M + W, M + pageHeaderH - 4).lineWidth(0.5).strokeColor("#7F7F7F").stroke();
  y = M + pageHeaderH;
}
let colHeadDone = false;
function columnHeader() {
  doc.rect(M, y, W, colHeadH).fillColor("#1F3B5A").fill();
  for (const c of COLS) field(c.head, c.x + PAD, y + 4, c.w - 2 * PAD, { font: "b", size: 7, color: "#FFFFFF" });
  if (!colHeadDone) { out.push(COLS.map((c) => c.head).join(" | ")); colHeadDone = true; }
  y += colHeadH;
}
const room = (h) => y + h <= PH - M - footerH;

// ---- page 1: title band
newPage();
field(PROGRAMME, M, y + 4, W, { font: "b", size: 16 });
out.push(PROGRAMME);
const t2 = "Quarterly performance report: Quarter 3 2691/92 (1 October to 31 December 2691)";
field(t2, M, y + 26, W, { size: 11 });
out.push(t2);
const t3 = `${BODY}, 21 January 2692 – Item 4, Appendix A`;
field(t3, M, y + 42, W, { size: 9, color: "#444444" });
out.push(t3);
const t4 = `Data as at 31 December 2691. Report owner: ${O.cosima.name}, ${O.cosima.title}.`;
field(t4, M, y + 56, W, { size: 8, color: "#444444" });
out.push(t4);
y += 74;
columnHeader();

for (const [ti, theme] of THEMES.entries()) {
  const ms = MEASURES.filter((m) => m.theme === ti);
  if (!room(16 + DETAIL_H)) { newPage(); columnHeader(); }
  // group header band
  doc.rect(M, y, W, 14).fillColor("#D9E2EC").fill();
  field(theme, M + PAD, y + 3, W - 2 * PAD, { font: "b", size: 8 });
  out.push(theme);
  y += 16;
  for (const m of ms) {
    if (!room(DETAIL_H)) { newPage(); columnHeader(); }
    const v = { ref: m.ref, name: m.name, lead: lead(m.lead), target: m.target, q2: m.q2, r2: m.r2, q3: m.q3, r3: m.r3, dir: dirOf(m), comment: cut(m.comment) };
    const col = (k) => COLS.find((c) => c.key === k);
    for (const c of COLS) {
      const h = hOf(v[c.key], "r", FS, c.w - 2 * PAD);
      if (h > DETAIL_LINES * lineH + 0.5) throw new Error(`${m.ref} ${c.key} does not fit its fixed-height field (${h})`);
    }
    // designer's element order: the Q3 rating box and letter first, then the rest left to right
    for (const k of ["r3", "r2"]) {
      const c = col(k);
      doc.rect(c.x + 2, y + 2, c.w - 4, 13).fillColor(FILL[v[k]]).fill();
      if (k === "r3") field(v.r3, c.x, y + 5, c.w, { font: "b", size: 7, align: "center", color: "#FFFFFF" });
    }
    for (const c of COLS) {
      if (c.key === "r3") continue;
      if (c.key === "r2") { field(v.r2, c.x, y + 5, c.w, { font: "b", size: 7, align: "center", color: "#FFFFFF" }); continue; }
      field(v[c.key], c.x + PAD, y + PAD, c.w - 2 * PAD, { font: c.key === "ref" ? "b" : "r", align: ["q2", "q3", "target"].includes(c.key) ? "right" : c.key === "dir" ? "center" : "left" });
    }
    doc.moveTo(M, y + DETAIL_H).lineTo(M + W, y + DETAIL_H).lineWidth(0.25).strokeColor("#BFBFBF").stroke();
    out.push(COLS.map((c) => v[c.key]).join(" | "));
    y += DETAIL_H;
  }
  // group footer band
  const gf = `Measures in theme: ${ms.length}`;
  field(gf, M + W - 200, y + 3, 200 - PAD, { font: "i", size: 7, align: "right", color: "#444444" });
  out.push(gf);
  y += 16;
}

// ---- summary band (with the key and the budget subreport)
const c2 = countBy("r2"), c3 = countBy("r3");
const sumRows = [["Rating", "Q2 2691/92", "Q3 2691/92"]];
for (const k of ["R", "A", "G", "B", "N/D"]) sumRows.push([`${k} ${RATING[k].word === "no data due" ? "No data due" : RATING[k].word}`, String(c2[k] ?? 0), String(c3[k] ?? 0)]);
sumRows.push(["Total", "10", "10"]);
const KEY = [
  "Key to ratings",
  "R = Red: off track; the year-end target will be missed without further action",
  "A = Amber: at risk; the target may be missed and action is in hand",
  "G = Green: on track to meet the year-end target",
  "B = Blue: year-end target already achieved",
  "N/D = no data due this quarter",
  "DoT (direction of travel): ↑ rating better than Q2; ↓ rating worse than Q2; → rating unchanged; – not comparable",
];
const budRows = [["Budget line", "Budget 2691/92", "Actual to 31/12/2691", "Forecast outturn", "Variance"]];
for (const b of BUDGET) budRows.push([b.line, n0(b.budget), n0(b.actual), n0(b.forecast), varStr(b.forecast - b.budget)]);
budRows.push(["Total", n0(TOTAL.budget), n0(TOTAL.actual), n0(TOTAL.forecast), varStr(TOTAL.forecast - TOTAL.budget)]);
const BUD_NOTE = "Variance is forecast outturn less budget; figures in brackets are forecast underspends. The Grants Fund is reported separately.";
const summaryH = 14 + sumRows.length * 12 + 10 + KEY.length * 11 + 10 + 14 + budRows.length * 12 + 24;
if (!room(summaryH)) newPage();
y += 6;
field("Summary of ratings", M, y, 300, { font: "b", size: 9 });
out.push("Summary of ratings");
y += 14;
const sumW = [110, 70, 70];
for (const [i, r] of sumRows.entries()) {
  let x = M;
  for (const [j, c] of r.entries()) { field(c, x + PAD, y, sumW[j] - 2 * PAD, { font: i === 0 || i === sumRows.length - 1 ? "b" : "r", align: j ? "right" : "left" }); x += sumW[j]; }
  out.push(r.join(" | "));
  y += 12;
}
y += 10;
for (const [i, k] of KEY.entries()) { field(k, M, y, W, { font: i === 0 ? "b" : "r", size: i === 0 ? 9 : FS }); out.push(k); y += i === 0 ? 13 : 11; }
y += 10;
field("Programme budget 2691/92 (£)", M, y, 300, { font: "b", size: 9 });
out.push("Programme budget 2691/92 (£)");
y += 14;
const budW = [190, 90, 100, 90, 80];
for (const [i, r] of budRows.entries()) {
  let x = M;
  if (i === 0) doc.rect(M, y - 2, budW.reduce((a, b) => a + b), 12).fillColor("#E7ECF2").fill();
  for (const [j, c] of r.entries()) { field(c, x + PAD, y, budW[j] - 2 * PAD, { font: i === 0 || i === budRows.length - 1 ? "b" : "r", align: j ? "right" : "left" }); x += budW[j]; }
  out.push(r.join(" | "));
  y += 12;
}
y += 4;
field(BUD_NOTE, M, y, W, { font: "i", size: 7, color: "#444444" });
out.push(BUD_NOTE);

// ---- page footer band on every page ("Page n of" and the total as a second, report-time field)
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const fy = PH - M - 14;
  doc.moveTo(M, fy - 3).lineTo(M + W, fy - 3).lineWidth(0.5).strokeColor("#7F7F7F").stroke();
  field(`Run by: ${O.ngozi.name}`, M, fy, 200, { size: 7, color: "#444444" });
  field("Run date: 12/01/2692 16:42", M + 260, fy, 200, { size: 7, color: "#444444" });
  field(`Page ${i + 1} of`, M + W - 80, fy, 60, { size: 7, align: "right", color: "#444444" });
  field(` ${range.count}`, M + W - 20, fy, 20, { size: 7, color: "#444444" });
}
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${range.count} pages) and text/${BASE}.txt`);
