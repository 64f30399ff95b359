// Builds docs/certg-budget-and-risks-p7-2371-72-numbers.pdf and its rendering in text/.
// Layout: AN APPLE NUMBERS SPREADSHEET EXPORTED TO PDF (File > Export To > PDF, "Fit each sheet onto a
// single page"), as the Finance Business Partner, who works on a Mac, sent it on 26 November 2371: ONE
// PAGE PER SHEET, EACH PAGE SIZED TO ITS SHEET'S CANVAS (three different sizes, none of them A4), no
// page numbers, header or footer, and NO SHEET NAMES (Numbers prints only the canvas: the tabs
// "Budget", "Risks" and "Key" are not on the pages). On each canvas FLOATING OBJECTS in the order they
// were made: a text box title and subtitle, then TABLES WITH THEIR TABLE NAMES above them in bold, each
// in Numbers' default style – a shaded header row, hairline grid, a bold FOOTER ROW with a rule above it
// (the budget's total) – then free text boxes placed beside or under the tables (the sign convention, the
// tolerance). Money as Numbers formats currency ("£1,500,000", a minus as "-£27,500"); dates in a custom
// format WITHOUT A YEAR ("24 Nov", "2 Oct", "15 Dec"); the risk OWNER AS INITIALS; a POP-UP MENU cell
// (Rating) shows only its value, its fill coloured by a conditional highlighting rule; the TREND is an
// arrow character (▲ ▼ ►) or "New"; a CHECKBOX column ("Escalate") is drawn as boxes and ticks with NO
// TEXT; the closed risk is in grey. What the ratings, arrows and tolerance mean is only on the third page
// (the "Key" sheet). Creator "Numbers", Producer "macOS Version 16.1 (Build 25B78) Quartz PDFContext".
// Rendering: per page, each text box line and each table's name, then its rows (cells " | ", empty cells
// kept empty), the checkbox column empty; nothing is left out because nothing else is printed.
// Synthetic test fixture: every figure, risk and person is invented.
//   node src/build-budget-risks-numbers-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BUDGET, TOTAL, VIREMENT, RISKS, TOLERANCE, BOARD, gbp } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.numbers;
const BASE = basename(FILE, extname(FILE));
const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: "CERTG budget and risks P7", Author: "Morwenna Tonkinson", Creator: "Numbers", Producer: "macOS Version 16.1 (Build 25B78) Quartz PDFContext" } });
const stream = createWriteStream(join(root, "docs", FILE));
doc.pipe(stream);
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));
const out = [];
const INK = "#1d1d1f", GREY = "#6e6e73", LINE = "#c7c7cc", HEAD = "#e8e8ed";
const FILL = { Critical: "#ff9f9a", High: "#ffd28a", Medium: "#fff3a6", Low: "#c9efc4" };

function textBox(x, y, w, str, { size = 10, font = "r", color = INK } = {}) {
  doc.font(font).fontSize(size).fillColor(color).text(str, x, y, { width: w });
  out.push(str);
  return doc.y;
}
// a Numbers table: name above, header row, body rows, optional footer row
function table(x, y, name, cols, rows, { footer = null, size = 8.5, fills = {}, greyRows = [], checkCol = -1, checks = [] } = {}) {
  doc.font("b").fontSize(10.5).fillColor(INK).text(name, x, y, { lineBreak: false });
  out.push(name);
  y += 17;
  const pad = 4;
  const W = cols.reduce((t, c) => t + c.w, 0);
  const height = (cells, font) => Math.max(...cells.map((c, i) => doc.font(font).fontSize(size).heightOfString(String(c), { width: cols[i].w - 2 * pad }))) + 2 * pad;
  const drawRow = (cells, font, { shade = null, rowIdx = -1, color = INK, ruleAbove = false } = {}) => {
    const hgt = height(cells, font);
    if (shade) doc.rect(x, y, W, hgt).fillColor(shade).fill();
    let cx = x;
    cells.forEach((c, i) => {
      const f = fills[`${rowIdx}:${i}`];
      if (f) doc.rect(cx, y, cols[i].w, hgt).fillColor(f).fill();
      cx += cols[i].w;
    });
    doc.lineWidth(0.4).strokeColor(LINE);
    cx = x;
    for (const c of cols) { doc.rect(cx, y, c.w, hgt).stroke(); cx += c.w; }
    if (ruleAbove) doc.lineWidth(1.2).strokeColor(INK).moveTo(x, y).lineTo(x + W, y).stroke();
    cx = x;
    cells.forEach((c, i) => {
      if (i === checkCol && rowIdx >= 0) {
        const bx = cx + cols[i].w / 2 - 5, by = y + hgt / 2 - 5;
        doc.lineWidth(0.8).strokeColor("#8e8e93").roundedRect(bx, by, 10, 10, 2).stroke();
        if (checks[rowIdx]) doc.lineWidth(1.4).strokeColor("#0a84ff").moveTo(bx + 2, by + 5).lineTo(bx + 4.3, by + 7.6).lineTo(bx + 8.2, by + 2.4).stroke();
      } else if (String(c) !== "") {
        doc.font(font).fontSize(size).fillColor(color).text(String(c), cx + pad, y + pad, { width: cols[i].w - 2 * pad, align: cols[i].align ?? "left" });
      }
      cx += cols[i].w;
    });
    y += hgt;
    out.push(cells.map((c, i) => (i === checkCol && rowIdx >= 0 ? "" : String(c))).join(" | "));
  };
  drawRow(cols.map((c) => c.name), "b", { shade: HEAD });
  rows.forEach((r, i) => drawRow(r, "r", { rowIdx: i, color: greyRows.includes(i) ? "#a1a1a6" : INK }));
  if (footer) drawRow(footer, "b", { ruleAbove: true, shade: "#f5f5f7" });
  return y;
}

// ---------------------------------------------------------------- sheet 1: Budget
doc.addPage({ size: [1000, 560], margin: 0 });
textBox(40, 32, 900, "Warm Streets Retrofit Programme – revenue budget 2371/72", { size: 18, font: "b" });
textBox(40, 58, 900, "Position at period 7 (31 Oct) · prepared by MT for the 15 Dec meeting · all figures in £", { size: 10, color: GREY });
let y = table(40, 92, "Budget monitoring P7", [
  { name: "Line", w: 230 }, { name: "Budget", w: 88, align: "right" }, { name: "Spent to P7", w: 88, align: "right" },
  { name: "Forecast outturn", w: 96, align: "right" }, { name: "Variance", w: 84, align: "right" }, { name: "Note", w: 330 },
], BUDGET.map((l) => [l.line, gbp(l.budget), gbp(l.spent), gbp(l.forecast), gbp(l.forecast - l.budget), l.note]),
  { footer: ["Total", gbp(TOTAL("budget")), gbp(TOTAL("spent")), gbp(TOTAL("forecast")), gbp(TOTAL("forecast") - TOTAL("budget")), ""] });
textBox(40, y + 10, 600, "Variance = forecast outturn less budget: a minus is an underspend, a plus an overspend.", { size: 9, color: GREY });
const v = VIREMENT;
table(40, y + 44, "Virements 2371/72", [
  { name: "Ref", w: 44 }, { name: "Date", w: 52 }, { name: "From", w: 170 }, { name: "To", w: 170 }, { name: "Amount", w: 70, align: "right" }, { name: "Agreed by", w: 210 },
], [[v.ref, v.date, v.from, v.to, gbp(v.amount), v.by]]);

// ---------------------------------------------------------------- sheet 2: Risks
doc.addPage({ size: [1240, 640], margin: 0 });
textBox(40, 32, 1100, "Programme risk register", { size: 18, font: "b" });
textBox(40, 58, 1100, "Reviewed 24 Nov by the programme board · owners by initials · ratings and arrows explained on the Key sheet", { size: 10, color: GREY });
const fills = {};
RISKS.forEach((r, i) => { if (r.review !== "Closed") fills[`${i}:6`] = FILL[r.band]; });
table(40, 92, "Risk register – reviewed 24 Nov", [
  { name: "Ref", w: 52 }, { name: "Risk", w: 250 }, { name: "Owner", w: 46 }, { name: "L", w: 26, align: "center" }, { name: "I", w: 26, align: "center" },
  { name: "Score", w: 42, align: "center" }, { name: "Rating", w: 64 }, { name: "Prev.", w: 40, align: "center" }, { name: "Trend", w: 42, align: "center" },
  { name: "Escalate", w: 54 }, { name: "Mitigation", w: 300 }, { name: "Next review", w: 66 },
], RISKS.map((r) => [r.ref, r.risk, r.owner, r.l, r.i, r.score, r.band, r.prev ?? "–", r.trend, "", r.mitigation, r.review]),
  { fills, greyRows: RISKS.map((r, i) => (r.review === "Closed" ? i : -1)).filter((i) => i >= 0), checkCol: 9, checks: RISKS.map((r) => r.esc) });

// ---------------------------------------------------------------- sheet 3: Key
doc.addPage({ size: [760, 420], margin: 0 });
textBox(40, 32, 680, "Key", { size: 18, font: "b" });
y = table(40, 70, "Risk rating key", [
  { name: "Score", w: 60 }, { name: "Rating", w: 70 }, { name: "Colour", w: 60 }, { name: "What happens", w: 490 },
], [
  ["16–25", "Critical", "Red", `Escalated to the ${BOARD}; recovery plan within a month`],
  ["10–15", "High", "Amber", "Recovery plan if above the tolerance; reviewed at every meeting"],
  ["5–9", "Medium", "Yellow", "Managed by the owner; reviewed each quarter"],
  ["1–4", "Low", "Green", "Monitored by the owner"],
], { fills: { "0:2": FILL.Critical, "1:2": FILL.High, "2:2": FILL.Medium, "3:2": FILL.Low } });
y = textBox(40, y + 14, 680, `Tolerance: ${TOLERANCE}. A risk scoring above ${TOLERANCE} needs a recovery plan agreed by the Task Group and is ticked to escalate to the Board.`, { size: 10 });
y = textBox(40, y + 6, 680, "L = likelihood and I = impact, each from 1 (low) to 5 (high); Score = L × I.", { size: 10 });
y = textBox(40, y + 6, 680, "Trend against the September review: ▲ up · ▼ down · ► no change · New = first added at this review.", { size: 10 });
textBox(40, y + 6, 680, "Owners: AF Programme Manager · KR Senior Adviser, Domestic Retrofit · MT Finance Business Partner · SI Data and Insight Analyst · PH Democratic Services Officer", { size: 9, color: GREY });

doc.end();
await new Promise((r) => stream.on("finish", r));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", FILE);
