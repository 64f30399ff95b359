// Builds docs/innstg-capacity-survey-2641-surveymonkey-summary.pdf and its rendering in text/.
// Layout: A SURVEYMONKEY "ANALYZE RESULTS" SUMMARY EXPORTED AS PDF ("Save as > PDF > All summary data",
// with the charts and data tables, open-ended responses shown), for the council capacity survey the
// Task Group ran from 4 to 29 November 2641:
//  - ONE QUESTION A PAGE, each page headed by the survey's title in small grey type at the top left and
//    footed by "n / 6"; no cover page, no collector, no dates of the survey and no council names;
//  - each question as "Q1" in bold beside the question's wording, then "Answered: 27" and "Skipped: 0"
//    in grey;
//  - A CHART DRAWN AS VECTOR SHAPES with its own text before the table: choice labels at the left of
//    horizontal bars and a percentage axis ("0%" … "100%") under them; the matrix question as stacked
//    bars with a legend of the five ratings; the ranking question as bars of each item's score on a
//    0–5 axis with the score printed at the bar's end – so every label is printed twice, once in the
//    chart and once in the table;
//  - THE DATA TABLE under its upper-case header: "ANSWER CHOICES" and "RESPONSES" spanning a percentage
//    column and a count column (the percentage over the count in a cell, "55.56%" then "15"); a "TOTAL"
//    row, or "Total Respondents: 27" for the tick-up-to-three question, whose percentages add up to
//    more than 100%;
//  - THE MATRIX / RATING SCALE question (five areas by VERY LOW … VERY GOOD) with "TOTAL" and "WEIGHTED
//    AVERAGE" columns, every cell a percentage OVER a count; THE RANKING question with rank columns
//    "1" … "5", "TOTAL" and "SCORE" (SurveyMonkey's weighted score, 5 for a first place);
//  - the open-ended question as a "# | RESPONSES | DATE" table, NEWEST FIRST, DATES IN US ORDER
//    ("11/26/2641 4:51 PM"), while the Task Group's papers write "29 November 2641".
// Rendering: the title once, then per question its number and wording, the Answered / Skipped line and
// the data table a row per line (cells " | ", a cell's percentage and count as "55.56% 15"); the charts,
// page headers and footers left out.
// Synthetic test fixture: every response, figure and date is invented.
//   node src/build-survey-surveymonkey-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, SURVEY as S, pct, weighted, rankScore } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.survey;
const BASE = basename(FILE, extname(FILE));
const PW = 595.28, PH = 841.89, ML = 42, MR = 42, W = PW - ML - MR;
const GREY = "#6a7886", INK = "#333e48", RULE = "#d0d2d3", BAR = "#00bf6f";
const SHADES = ["#f05b24", "#f9be00", "#b3b8bd", "#6bc8cd", "#00bf6f"];
const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: S.title, Creator: "SurveyMonkey", Producer: "Skia/PDF m118", CreationDate: new Date("2641-12-01T10:14:37Z"), ModDate: new Date("2641-12-01T10:14:37Z") } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));
const TOTALPAGES = 6;
let page = 0;
const out = [S.title];

function newPage() {
  doc.addPage();
  page++;
  doc.font("r").fontSize(7.5).fillColor(GREY).text(S.title, ML, 22, { width: W, lineBreak: false });
  doc.moveTo(ML, 34).lineTo(PW - MR, 34).lineWidth(0.5).strokeColor(RULE).stroke();
}
function footer() {
  doc.font("r").fontSize(7.5).fillColor(GREY).text(`${page} / ${TOTALPAGES}`, 0, PH - 30, { width: PW, align: "center", lineBreak: false });
}
function question(n, q) {
  newPage();
  doc.font("b").fontSize(12).fillColor(INK).text(`Q${n}`, ML, 54, { lineBreak: false });
  doc.font("b").fontSize(12).text(q.text, ML + 30, 54, { width: W - 30 });
  let y = doc.y + 6;
  doc.font("r").fontSize(8.5).fillColor(GREY).text(`Answered: ${q.answered}`, ML + 30, y, { lineBreak: false });
  doc.text(`Skipped: ${q.skipped}`, ML + 130, y, { lineBreak: false });
  out.push(`Q${n} ${q.text}`, `Answered: ${q.answered} Skipped: ${q.skipped}`);
  return y + 22;
}
// horizontal bars, labels at the left, a percentage axis under them
function barChart(y, items) {
  const LW = 150, BX = ML + LW + 8, BW = W - LW - 20, rowH = 20;
  for (const [label, frac] of items) {
    doc.font("r").fontSize(7.5).fillColor(INK).text(label, ML, y + 5, { width: LW, align: "right", lineBreak: false, ellipsis: false });
    doc.rect(BX, y + 3, Math.max(0.5, BW * frac), rowH - 7).fill(BAR);
    y += rowH;
  }
  doc.moveTo(BX, y + 2).lineTo(BX + BW, y + 2).lineWidth(0.5).strokeColor(RULE).stroke();
  for (let t = 0; t <= 10; t++) doc.font("r").fontSize(6.5).fillColor(GREY).text(`${t * 10}%`, BX + (BW * t) / 10 - 12, y + 6, { width: 24, align: "center", lineBreak: false });
  return y + 30;
}
// a data table: cols = [{w, align}], rows = [[cell, …]] where a cell is a string or [pct, count]
function table(y, cols, head, rows, opts = {}) {
  const x0 = ML;
  const xs = cols.reduce((a, c) => [...a, a[a.length - 1] + c.w], [x0]);
  const hh = opts.headH ?? 18;
  doc.rect(x0, y, W, hh).fill("#f3f4f5");
  head.forEach((h, j) => {
    if (h === null) return;
    const span = opts.span && opts.span[j] ? opts.span[j] : 1;
    const w = xs[j + span] - xs[j];
    doc.font("b").fontSize(7).fillColor(INK).text(h, xs[j] + 4, y + 5, { width: w - 8, align: cols[j].align ?? "left" });
  });
  y += hh;
  out.push(head.filter((h) => h !== null && h !== "").join(" | "));
  for (const r of rows) {
    const hs = r.map((c, j) => (Array.isArray(c) ? 20 : doc.font(j === 0 && opts.boldFirst ? "b" : "r").fontSize(8).heightOfString(c || " ", { width: cols[j].w - 8 })));
    const rh = Math.max(22, 10 + Math.max(...hs));
    doc.moveTo(x0, y).lineTo(x0 + W, y).lineWidth(0.5).strokeColor(RULE).stroke();
    r.forEach((c, j) => {
      const opt = { width: cols[j].w - 8, align: cols[j].align ?? "left" };
      if (Array.isArray(c)) {
        doc.font("r").fontSize(8).fillColor(INK).text(c[0], xs[j] + 4, y + 4, opt);
        doc.font("r").fontSize(7).fillColor(GREY).text(c[1], xs[j] + 4, y + 14, opt);
      } else doc.font(j === 0 && opts.boldFirst ? "b" : "r").fontSize(8).fillColor(INK).text(c, xs[j] + 4, y + 5, opt);
    });
    y += rh;
    out.push(r.map((c) => (Array.isArray(c) ? c.join(" ") : c)).filter((c) => c !== "").join(" | "));
  }
  doc.moveTo(x0, y).lineTo(x0 + W, y).lineWidth(0.5).strokeColor(RULE).stroke();
  return y + 8;
}

// ---------------------------------------------------------------- Q1, Q2, Q5: choices
function choiceQuestion(n, q) {
  let y = question(n, q);
  y = barChart(y, q.choices.map(([c, k]) => [c, k / q.answered]));
  const cols = [{ w: W - 160 }, { w: 80, align: "right" }, { w: 80, align: "right" }];
  const rows = q.choices.map(([c, k]) => [c, pct(k, q.answered), String(k)]);
  y = table(y, cols, ["ANSWER CHOICES", "RESPONSES", null], rows, { span: [1, 2] });
  if (q.multi) {
    doc.font("b").fontSize(8).fillColor(INK).text(`Total Respondents: ${q.answered}`, ML + 4, y);
    out.push(`Total Respondents: ${q.answered}`);
  } else {
    doc.font("b").fontSize(8).fillColor(INK).text("TOTAL", ML + 4, y, { lineBreak: false });
    doc.text(String(q.answered), ML + W - 80 + 4, y, { width: 72, align: "right" });
    out.push(`TOTAL | ${q.answered}`);
  }
  footer();
}
choiceQuestion(1, S.q1);
choiceQuestion(2, S.q2);

// ---------------------------------------------------------------- Q3: matrix / rating scale
{
  const q = S.q3;
  let y = question(3, q);
  // legend, then stacked bars
  let lx = ML + 158;
  q.cols.forEach((c, j) => {
    doc.rect(lx, y + 1, 7, 7).fill(SHADES[j]);
    doc.font("r").fontSize(6.5).fillColor(INK).text(c, lx + 10, y, { lineBreak: false });
    lx += 62;
  });
  y += 16;
  const LW = 150, BX = ML + LW + 8, BW = W - LW - 20;
  for (const [label, counts] of q.rows) {
    doc.font("r").fontSize(7.5).fillColor(INK).text(label, ML, y + 3, { width: LW, align: "right" });
    let x = BX;
    counts.forEach((k, j) => { const w = (BW * k) / q.answered; if (w > 0) doc.rect(x, y + 3, w, 13).fill(SHADES[j]); x += w; });
    y += 26;
  }
  for (let t = 0; t <= 10; t++) doc.font("r").fontSize(6.5).fillColor(GREY).text(`${t * 10}%`, BX + (BW * t) / 10 - 12, y, { width: 24, align: "center", lineBreak: false });
  y += 22;
  const cols = [{ w: 131 }, ...q.cols.map(() => ({ w: 50, align: "center" })), { w: 40, align: "center" }, { w: 70, align: "center" }];
  const rows = q.rows.map(([label, counts]) => [label, ...counts.map((k) => [pct(k, q.answered), String(k)]), String(q.answered), weighted(counts)]);
  table(y, cols, ["", ...q.cols, "TOTAL", "WEIGHTED AVERAGE"], rows, { headH: 26 });
  footer();
}

// ---------------------------------------------------------------- Q4: ranking
{
  const q = S.q4;
  let y = question(4, q);
  const LW = 150, BX = ML + LW + 8, BW = W - LW - 40;
  for (const [label, counts] of q.rows) {
    const s = rankScore(counts);
    doc.font("r").fontSize(7.5).fillColor(INK).text(label, ML, y + 5, { width: LW, align: "right", lineBreak: false });
    doc.rect(BX, y + 3, (BW * Number(s)) / 5, 13).fill(BAR);
    doc.font("r").fontSize(7).fillColor(INK).text(s, BX + (BW * Number(s)) / 5 + 4, y + 5, { lineBreak: false });
    y += 20;
  }
  for (let t = 0; t <= 5; t++) doc.font("r").fontSize(6.5).fillColor(GREY).text(String(t), BX + (BW * t) / 5 - 6, y + 4, { width: 12, align: "center", lineBreak: false });
  y += 26;
  const cols = [{ w: 131 }, ...[1, 2, 3, 4, 5].map(() => ({ w: 50, align: "center" })), { w: 40, align: "center" }, { w: 70, align: "center" }];
  const rows = q.rows.map(([label, counts]) => [label, ...counts.map((k) => [pct(k, q.answered), String(k)]), String(q.answered), rankScore(counts)]);
  table(y, cols, ["", "1", "2", "3", "4", "5", "TOTAL", "SCORE"], rows);
  footer();
}

choiceQuestion(5, S.q5);

// ---------------------------------------------------------------- Q6: open-ended
{
  const q = S.q6;
  const y = question(6, q);
  const cols = [{ w: 30 }, { w: W - 150 }, { w: 120 }];
  table(y, cols, ["#", "RESPONSES", "DATE"], q.responses.map(([t, d], i) => [String(i + 1), t, d]));
  footer();
}
if (page !== TOTALPAGES) throw new Error(`${page} pages, footer says ${TOTALPAGES}`);
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${page} pages) and text/${BASE}.txt (${out.length} lines)`);
