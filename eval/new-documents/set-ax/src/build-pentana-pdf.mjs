// Builds docs/nsntg-programme-pis-q2-2117-18-pentana-report.pdf and its rendering in text/.
// Layout: A PERFORMANCE MANAGEMENT SYSTEM'S "PIs DATA REPORT" EXPORTED TO PDF, as councils' Pentana
// (formerly Covalent) reports look: A4 landscape, pdfkit, DejaVu Sans Condensed. Page 1 carries the
// report title block ("Report Type: PIs Data Report", "Generated on: 02 November 2117 14:07", report
// author) and a LEGEND OF ICONS: the PI status icons (Alert a red octagon with a white cross, Warning an
// amber triangle, OK a green circle with a tick, Unknown a grey square, Data Only a small bar chart) and
// the short-term trend arrows (Improving, No Change, Getting Worse), each icon drawn as vector shapes
// with its word beside it. The table has a TWO-ROW HEADER: "Code & Short Name", "Short Trend", "Latest
// Note" and "Assigned To" span both rows; "Q1 2117/18" spans Value | Status and "Q2 2117/18" spans Value |
// Target | Status. GROUP ROWS (the programme's three themes) run across the whole table, shaded. Every
// status cell is the icon then its word; every trend cell an arrow then its word; the Latest Note cell
// holds the note and, under it in grey, its date in Pentana's "28-Oct-2117" form; the PI's code is bold
// and run into its short name. A value with an asterisk is explained by a footnote under the table; a
// sentence under it says how statuses are calculated. The header rows are repeated at the top of page 2
// (Pentana repeats them); every page has "Generated on:" at the top right and "Page n of N" at the foot.
// Rendering: title block lines, the legend as two lines of cells, the two header lines once, a group row
// as its title, a PI row as cells joined " | " (a cell's wrapped lines joined by spaces, empty cells
// kept), the footnote and the rule; repeated headers and page furniture left out.
// Synthetic test fixture: every figure, note and name is invented.
//   node src/build-pentana-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, OFFICERS as O, PIS, THEMES, PI_FOOTNOTE, STATUS_RULE, PENTANA } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.pentana, BASE = basename(FILE, extname(FILE));
const PW = 841.89, PH = 595.28, ML = 35, TOP = 48, BOTTOM = 44;
const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: 0, bufferPages: true, autoFirstPage: false, info: { Title: PENTANA.title, Author: "Pentana Performance", Creator: "Pentana Performance", Producer: "Pentana Reporting" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("b", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
const INK = "#1A1A1A", GREY = "#6B6B6B", RULE = "#9FB3C8", HEAD = "#2F4B6E", BAND = "#E4ECF4";
const out = [];
let y = TOP;
const newPage = () => { doc.addPage({ size: "A4", layout: "landscape", margin: 0 }); y = TOP; };

// icons
function icon(kind, x, yy) {
  const s = 9;
  doc.save();
  if (kind === "Alert") {
    const c = [x + s / 2, yy + s / 2], r = s / 2, pts = [];
    for (let k = 0; k < 8; k++) { const a = Math.PI / 8 + (k * Math.PI) / 4; pts.push([c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)]); }
    doc.polygon(...pts).fillColor("#C62828").fill();
    doc.moveTo(x + 2.5, yy + 2.5).lineTo(x + s - 2.5, yy + s - 2.5).moveTo(x + s - 2.5, yy + 2.5).lineTo(x + 2.5, yy + s - 2.5).lineWidth(1.3).strokeColor("#FFFFFF").stroke();
  } else if (kind === "Warning") {
    doc.polygon([x + s / 2, yy], [x + s, yy + s], [x, yy + s]).fillColor("#F2A900").fill();
    doc.moveTo(x + s / 2, yy + 3).lineTo(x + s / 2, yy + 6).lineWidth(1.1).strokeColor("#FFFFFF").stroke();
    doc.circle(x + s / 2, yy + 7.6, 0.6).fillColor("#FFFFFF").fill();
  } else if (kind === "OK") {
    doc.circle(x + s / 2, yy + s / 2, s / 2).fillColor("#2E7D32").fill();
    doc.moveTo(x + 2.2, yy + 4.8).lineTo(x + 4, yy + 6.6).lineTo(x + 7, yy + 2.8).lineWidth(1.2).strokeColor("#FFFFFF").stroke();
  } else if (kind === "Unknown") {
    doc.rect(x, yy, s, s).fillColor("#9E9E9E").fill();
    doc.circle(x + s / 2, yy + s / 2, 1.4).fillColor("#FFFFFF").fill();
  } else if (kind === "Data Only") {
    doc.rect(x, yy + 5, 2, 4).rect(x + 3.5, yy + 2, 2, 7).rect(x + 7, yy + 3.5, 2, 5.5).fillColor("#5C6BC0").fill();
  } else if (kind === "Improving") {
    doc.polygon([x + s / 2, yy], [x + s, yy + 5], [x + 6, yy + 5], [x + 6, yy + s], [x + 3, yy + s], [x + 3, yy + 5], [x, yy + 5]).fillColor("#2E7D32").fill();
  } else if (kind === "Getting Worse") {
    doc.polygon([x + s / 2, yy + s], [x + s, yy + 4], [x + 6, yy + 4], [x + 6, yy], [x + 3, yy], [x + 3, yy + 4], [x, yy + 4]).fillColor("#C62828").fill();
  } else if (kind === "No Change") {
    doc.polygon([x + s, yy + s / 2], [x + 5, yy], [x + 5, yy + 3], [x, yy + 3], [x, yy + 6], [x + 5, yy + 6], [x + 5, yy + s]).fillColor("#757575").fill();
  }
  doc.restore();
}

// ---------------------------------------------------------------- page 1 title block and legend
newPage();
doc.rect(ML, y, PW - 2 * ML, 30).fillColor(HEAD).fill();
doc.font("b").fontSize(14).fillColor("#FFFFFF").text(PENTANA.title, ML + 10, y + 8, { lineBreak: false });
out.push(PENTANA.title);
y += 40;
const meta = [["Report Type:", "PIs Data Report"], ["Report Author:", PENTANA.by], ["Body:", BODY]];
for (const [l, v] of meta) {
  doc.font("b").fontSize(8.5).fillColor(INK).text(l, ML, y, { lineBreak: false });
  doc.font("r").fontSize(8.5).text(v, ML + 72, y, { lineBreak: false });
  out.push(`${l} ${v}`);
  y += 12;
}
out.push(`Generated on: ${PENTANA.generated}`);
y += 6;
function legend(label, kinds) {
  doc.rect(ML, y - 3, PW - 2 * ML, 17).lineWidth(0.5).strokeColor(RULE).stroke();
  doc.font("b").fontSize(8).fillColor(INK).text(label, ML + 6, y + 1, { lineBreak: false });
  let x = ML + 110;
  for (const k of kinds) {
    icon(k, x, y);
    doc.font("r").fontSize(8).fillColor(INK).text(k, x + 13, y + 1, { lineBreak: false });
    x += 30 + doc.widthOfString(k);
  }
  out.push([label, ...kinds].join(" | "));
  y += 19;
}
legend("PI Status", ["Alert", "Warning", "OK", "Unknown", "Data Only"]);
legend("Short Term Trends", ["Improving", "No Change", "Getting Worse"]);
y += 8;

// ---------------------------------------------------------------- the table
const W = [188, 50, 62, 50, 50, 62, 74, 176, 59];
const X = W.reduce((a, w, i) => (a.push(a[i] + w), a), [ML]);
const TW = W.reduce((a, b) => a + b, 0);
const PAD = 4, FS = 7.6;
let headerDone = false;
function header() {
  const h1 = 14, h2 = 13;
  doc.rect(ML, y, TW, h1 + h2).fillColor(HEAD).fill();
  doc.lineWidth(0.5).strokeColor("#FFFFFF");
  for (const i of [1, 3, 6, 7, 8]) doc.moveTo(X[i], y).lineTo(X[i], y + h1 + h2).stroke();
  for (const i of [2, 4, 5]) doc.moveTo(X[i], y + h1).lineTo(X[i], y + h1 + h2).stroke();
  doc.moveTo(X[1], y + h1).lineTo(X[6], y + h1).stroke();
  const t = (s, x0, x1, yy) => doc.font("b").fontSize(FS).fillColor("#FFFFFF").text(s, x0 + PAD, yy, { width: x1 - x0 - 2 * PAD, align: "center", lineBreak: false });
  const mid = y + (h1 + h2) / 2 - 4;
  t("Code & Short Name", X[0], X[1], mid);
  t("Q1 2117/18", X[1], X[3], y + 3);
  t("Q2 2117/18", X[3], X[6], y + 3);
  t("Short Trend", X[6], X[7], mid);
  t("Latest Note", X[7], X[8], mid);
  t("Assigned To", X[8], X[9], mid);
  for (const [i, s] of ["Value", "Status", "Value", "Target", "Status"].entries()) t(s, X[1 + i], X[2 + i], y + h1 + 3);
  if (!headerDone) {
    out.push("Code & Short Name | Q1 2117/18 | Q2 2117/18 | Short Trend | Latest Note | Assigned To");
    out.push("Value | Status | Value | Target | Status");
    headerDone = true;
  }
  y += h1 + h2;
}
const hOf = (s, w, font = "r") => doc.font(font).fontSize(FS).heightOfString(s, { width: w - 2 * PAD, lineGap: 1 });
function groupRow(s) {
  if (y + 16 + 40 > PH - BOTTOM) { newPage(); header(); }
  doc.rect(ML, y, TW, 16).fillColor(BAND).fill();
  doc.rect(ML, y, TW, 16).lineWidth(0.5).strokeColor(RULE).stroke();
  doc.font("b").fontSize(8.2).fillColor(HEAD).text(s, ML + PAD, y + 4, { lineBreak: false });
  out.push(s);
  y += 16;
}
function piRow(p) {
  const codeName = `${p.code} ${p.name}`;
  const who = O[p.who].name;
  const hs = [hOf(codeName, W[0]), hOf(p.note, W[7]) + 10, hOf(who, W[8]), hOf(p.trend, W[6] - 12)];
  const h = Math.max(...hs) + 2 * PAD;
  if (y + h > PH - BOTTOM) { newPage(); header(); }
  doc.lineWidth(0.5).strokeColor(RULE);
  for (let i = 0; i < W.length; i++) doc.rect(X[i], y, W[i], h).stroke();
  const ty = y + PAD;
  doc.font("b").fontSize(FS).fillColor(INK).text(p.code + " ", X[0] + PAD, ty, { width: W[0] - 2 * PAD, lineGap: 1, continued: true }).font("r").text(p.name);
  const val = (s, i) => s && doc.font("r").fontSize(FS).fillColor(INK).text(s, X[i] + PAD, ty, { width: W[i] - 2 * PAD, align: "right", lineBreak: false });
  const stat = (s, i) => { icon(s, X[i] + PAD, ty - 0.5); doc.font("r").fontSize(FS).fillColor(INK).text(s, X[i] + PAD + 12, ty, { width: W[i] - 2 * PAD - 12, lineGap: 1 }); };
  val(p.q1, 1); stat(p.s1, 2); val(p.q2, 3); val(p.target, 4); stat(p.s2, 5); stat(p.trend, 6);
  doc.font("r").fontSize(FS).fillColor(INK).text(p.note, X[7] + PAD, ty, { width: W[7] - 2 * PAD, lineGap: 1 });
  doc.font("r").fontSize(6.8).fillColor(GREY).text(p.noteDate, X[7] + PAD, ty + hOf(p.note, W[7]) + 1, { width: W[7] - 2 * PAD, lineBreak: false });
  doc.font("r").fontSize(FS).fillColor(INK).text(who, X[8] + PAD, ty, { width: W[8] - 2 * PAD, lineGap: 1 });
  out.push([codeName, p.q1, p.s1, p.q2, p.target, p.s2, p.trend, `${p.note} ${p.noteDate}`, who].join(" | "));
  y += h;
}
header();
for (const [t, theme] of THEMES.entries()) {
  groupRow(theme);
  for (const p of PIS.filter((p) => p.theme === t)) piRow(p);
}
y += 8;
if (y + 40 > PH - BOTTOM) newPage();
doc.font("r").fontSize(7.5).fillColor(INK).text(PI_FOOTNOTE, ML, y, { width: TW });
out.push(PI_FOOTNOTE);
y += 14;
doc.font("r").fontSize(7.5).fillColor(GREY).text(STATUS_RULE, ML, y, { width: TW });
out.push(STATUS_RULE);

// ---------------------------------------------------------------- page furniture, drawn last
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  doc.font("r").fontSize(7.5).fillColor(GREY).text(`Generated on: ${PENTANA.generated}`, PW - ML - 200, 20, { width: 200, align: "right", lineBreak: false });
  doc.text(`Page ${i + 1} of ${range.count}`, ML, PH - 28, { width: PW - 2 * ML, align: "center", lineBreak: false });
}
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${range.count} pages) and text/${BASE}.txt`);
