// Builds docs/dwbtg-q3-performance-summary-2471-72.pdf and its rendering in text/.
// Layout: A ONE-PAGE-A-SIDE INFOGRAPHIC DESIGNED IN CANVA AND DOWNLOADED AS "PDF STANDARD" (Appendix A to
// item 4 of 16 March 2472, made by the Communications Officer): two A4 portrait pages; metadata as Canva
// writes it (Title the design's name "DWBTG Q3 summary (2)", Author the designer, Creator and Producer
// "Canva", Keywords the design and brand ids "DAG…,BAF…"). EVERY LINE OF EVERY TEXT BOX IS A SEPARATE
// TEXT OBJECT PLACED AT ABSOLUTE CO-ORDINATES, AND THE PAGE IS DRAWN IN THE DESIGN'S LAYER ORDER, NOT IN
// READING ORDER: the footer before the title; the three stat tiles' big numbers ("655", "286,400",
// "3 of 9") all drawn before any of their labels; the introduction and a "figures are provisional" note,
// added last, drawn after the rating key at the foot of page 1. Headings are set in capitals with wide
// letter-spacing ("Q U A R T E R" style tracking, Tc in the content stream). Page 2 holds A CANVA TABLE
// (row by row: Ref | Measure | Target 2471/72 | Q1 Apr–Jun | Q2 Jul–Sep | Q3 Oct–Dec | Lead) WHOSE
// QUARTER CELLS HOLD ONLY THE FIGURE: THE RATINGS ARE SEPARATE PILL SHAPES WITH A WORD ("Green",
// "Amber", "Red", "Achieved", "Not due", "No data") LAID OVER THE LOWER HALF OF EACH QUARTER CELL AND
// DRAWN AFTER THE WHOLE TABLE, A QUARTER'S COLUMN AT A TIME (all Q1 pills, then Q2, then Q3), so the text
// stream reaches the ratings only after the last row, in column order; a pill's colour is explained only
// by the key on page 1. Then "What's behind the reds": three commentary blocks.
// Rendering: the reading order a person follows: page 1 title, dates, introduction, each tile as
// "number | label", the note, the counts, the key as "rating | meaning"; page 2 the heading, the table's
// header and rows with each quarter's figure and its pill as two cells, the commentary; footers left out.
// Synthetic test fixture: every figure and rating is invented.
//   node src/build-q3-summary-canva-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, PROGRAMME, MEASURES, RATING_KEY, byQ, OFFICERS as O } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.summary;
const BASE = basename(FILE, extname(FILE));
const PW = 595.28, PH = 841.89;
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false, info: { Title: "DWBTG Q3 summary (2)", Author: O.prendiville.name, Creator: "Canva", Producer: "Canva", Keywords: "DAGd4Xq2LmE,BAFkT8w1ZsA", CreationDate: new Date(Date.UTC(2472, 1, 25, 14, 6, 51)) } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("l", join(FONTS, "DejaVuSans-ExtraLight.ttf")).registerFont("c", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("cb", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));

const C = { green: "#1F3B2D", cream: "#F6F1E7", orange: "#E07A2F", ink: "#22302A", grey: "#6B7069", line: "#D9D2C3" };
const PILL = { Green: "#2E9E5B", Amber: "#F2A93B", Red: "#D64541", Achieved: "#2F6DB5", "Not due": "#9AA0A6", "No data": "#9AA0A6" };

// wrap a string into lines that fit a width
const wrap = (text, font, size, width, cs = 0) => {
  doc.font(font).fontSize(size);
  const out = [];
  let line = "";
  for (const w of text.split(" ")) {
    const t = line ? line + " " + w : w;
    if (doc.widthOfString(t, { characterSpacing: cs }) > width && line) { out.push(line); line = w; } else line = t;
  }
  if (line) out.push(line);
  return out;
};
// a Canva text box: each line its own text object at absolute co-ordinates
const box = (text, x, y, w, o = {}) => {
  const { font = "r", size = 10, color = C.ink, lh = 1.3, cs = 0, align = "left" } = o;
  const lines = wrap(text, font, size, w, cs);
  lines.forEach((l, i) => {
    doc.font(font).fontSize(size).fillColor(color);
    const lw = doc.widthOfString(l, { characterSpacing: cs });
    const lx = align === "center" ? x + (w - lw) / 2 : align === "right" ? x + w - lw : x;
    doc.text(l, lx, y + i * size * lh, { lineBreak: false, characterSpacing: cs });
  });
  return y + lines.length * size * lh;
};
const pill = (word, x, y, w = 52, h = 13) => {
  doc.roundedRect(x, y, w, h, h / 2).fill(PILL[word]);
  doc.font("cb").fontSize(7.2).fillColor("#FFFFFF");
  const tw = doc.widthOfString(word);
  doc.text(word, x + (w - tw) / 2, y + 3, { lineBreak: false });
};
const R = []; // rendering lines, in reading order

// ================================================================ page 1 (drawn in layer order)
doc.addPage();
doc.rect(0, 0, PW, PH).fill(C.cream);
doc.rect(0, 0, PW, 238).fill(C.green);
doc.circle(520, 60, 70).fill("#2B5140");
doc.circle(560, 170, 38).fill(C.orange);
// footer (added early in the design)
box(`${BODY}  ·  Wednesday 16 March 2472  ·  Item 4, Appendix A`, 40, 806, 440, { size: 7.5, color: C.grey });
box("1", 530, 806, 25, { size: 7.5, color: C.grey, align: "right" });
// title block
box("QUARTER 3", 40, 48, 400, { font: "b", size: 30, color: "#FFFFFF", cs: 4 });
box("PERFORMANCE SUMMARY", 40, 88, 420, { font: "l", size: 20, color: "#FFFFFF", cs: 5 });
box(PROGRAMME, 40, 130, 420, { font: "b", size: 13, color: "#F2C14E" });
box("1 October – 31 December 2471", 40, 152, 420, { size: 11, color: "#FFFFFF" });
R.push("QUARTER 3", "PERFORMANCE SUMMARY", PROGRAMME, "1 October – 31 December 2471");
// three stat tiles: shapes, then the numbers, then (a later layer) the labels
const TILES = [
  ["655", "households have swapped an old stove or open fire since April (target 1,200 by 31 March 2472)"],
  ["286,400", "residents reached by the Burn Better campaign: the target of 250,000 is met"],
  ["3 of 9", "measures rated Red at quarter 3, up from none at quarter 2"],
];
TILES.forEach((_, i) => doc.roundedRect(40 + i * 176, 300, 162, 150, 14).fill("#FFFFFF"));
TILES.forEach(([n], i) => box(n, 40 + i * 176, 318, 162, { font: "b", size: 30, color: i === 2 ? PILL.Red : C.green, align: "center" }));
TILES.forEach(([, l], i) => box(l, 52 + i * 176, 366, 138, { size: 9, color: C.ink, align: "center" }));
// at a glance
box("AT A GLANCE", 40, 486, 300, { font: "b", size: 12, color: C.green, cs: 3 });
const counts = `Green ${byQ(2, "Green").length}  ·  Amber ${byQ(2, "Amber").length}  ·  Red ${byQ(2, "Red").length}  ·  Achieved ${byQ(2, "Achieved").length}  (quarter 3)`;
box(counts, 40, 506, 500, { size: 11, color: C.ink });
// key
doc.roundedRect(40, 560, 515, 170, 10).fill("#FFFFFF");
box("HOW TO READ THE RATINGS", 58, 574, 400, { font: "b", size: 10, color: C.green, cs: 2.5 });
RATING_KEY.forEach(([w, d], i) => { pill(w, 58, 598 + i * 20); box(d, 122, 600 + i * 20, 400, { size: 9 }); });
// added last: the introduction (top of the page) and the provisional note (under the tiles)
const INTRO = "This summary shows the nine measures of the programme at the end of quarter 3 2471/72, with their ratings at quarters 1, 2 and 3. Item 4 on the agenda explains the red ratings and what is being done about them.";
box(INTRO, 40, 250, 515, { size: 10, color: C.ink });
const NOTE = "Figures are provisional until councils’ returns are validated in April 2472.";
box(NOTE, 40, 458, 515, { size: 8.5, color: C.grey });
R.push(INTRO, ...TILES.map(([n, l]) => `${n} | ${l}`), NOTE, "AT A GLANCE", counts, "HOW TO READ THE RATINGS", ...RATING_KEY.map(([w, d]) => `${w} | ${d}`));

// ================================================================ page 2
doc.addPage();
doc.rect(0, 0, PW, PH).fill(C.cream);
doc.rect(0, 0, PW, 70).fill(C.green);
box(`${BODY}  ·  Wednesday 16 March 2472  ·  Item 4, Appendix A`, 40, 806, 440, { size: 7.5, color: C.grey });
box("2", 530, 806, 25, { size: 7.5, color: C.grey, align: "right" });
box("MEASURES BY QUARTER", 40, 28, 500, { font: "b", size: 16, color: "#FFFFFF", cs: 4 });
R.push("MEASURES BY QUARTER");
// the table: columns and rows
const COLS = [["Ref", 46], ["Measure", 150], ["Target 2471/72", 70], ["Q1 Apr–Jun", 62], ["Q2 Jul–Sep", 62], ["Q3 Oct–Dec", 62], ["Lead", 63]];
const X0 = 40, Y0 = 92, HH = 30, RH = 40;
const xs = [];
COLS.reduce((x, [, w]) => (xs.push(x), x + w), X0);
const TW = COLS.reduce((t, [, w]) => t + w, 0);
doc.rect(X0, Y0, TW, HH).fill(C.green);
COLS.forEach(([h, w], j) => {
  const [a, b] = h.startsWith("Q") ? [h.slice(0, 2), h.slice(3)] : [h, null];
  box(a, xs[j] + 5, Y0 + (b ? 5 : 10), w - 8, { font: "cb", size: 8.5, color: "#FFFFFF" });
  if (b) box(b, xs[j] + 5, Y0 + 16, w - 8, { font: "c", size: 7.5, color: "#FFFFFF" });
});
R.push(COLS.map(([h]) => h).join(" | "));
MEASURES.forEach((m, i) => {
  const y = Y0 + HH + i * RH;
  doc.rect(X0, y, TW, RH).fill(i % 2 ? "#FFFFFF" : "#EFE9DC");
  const cells = [m.ref, m.name, m.target, m.q[0][0], m.q[1][0], m.q[2][0], m.lead];
  cells.forEach((c, j) => box(c, xs[j] + 5, y + 5, COLS[j][1] - 9, { font: j === 0 ? "cb" : "c", size: 8, lh: 1.2 }));
  R.push([m.ref, m.name, m.target, m.q[0][0], m.q[0][1], m.q[1][0], m.q[1][1], m.q[2][0], m.q[2][1], m.lead].join(" | "));
});
doc.moveTo(X0, Y0 + HH + MEASURES.length * RH).lineTo(X0 + TW, Y0 + HH + MEASURES.length * RH).lineWidth(0.8).stroke(C.line);
// the rating pills, added after the table, a quarter's column at a time
for (let q = 0; q < 3; q++) MEASURES.forEach((m, i) => pill(m.q[q][1], xs[3 + q] + 5, Y0 + HH + i * RH + 22, 50, 12));
// commentary
const CY = Y0 + HH + MEASURES.length * RH + 28;
box("WHAT’S BEHIND THE REDS", 40, CY, 500, { font: "b", size: 12, color: C.green, cs: 3 });
R.push("WHAT’S BEHIND THE REDS");
const NOTES = [
  ["CHH-01 · 81% against a target of 90%", "Complaints rose by 64% in November’s cold snap and four councils had vacant enforcement posts. A pooled out-of-hours rota began in Dallowby and Crayminster on 1 February 2472."],
  ["CHH-05 · 74% against a target of 85%", "Fewer warning letters led to compliance where households said they had no other way to heat their home. Every letter now includes details of the Stove Swap Fund."],
  ["CHH-08 · 12.8 µg/m³ against a target of 10 or lower", "Readings were above 10 µg/m³ at four of the six sites in December, when still, cold weather held smoke near the ground. Two monitors were offline for nine days (risk CHR-09)."],
];
NOTES.forEach(([h, t], i) => {
  const x = 40 + i * 176;
  doc.rect(x, CY + 24, 4, 150).fill(PILL.Red);
  box(h, x + 12, CY + 26, 150, { font: "b", size: 9, color: PILL.Red });
  box(t, x + 12, CY + 56, 150, { size: 8.5, lh: 1.35 });
  R.push(h, t);
});
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${R.length} lines)`);
