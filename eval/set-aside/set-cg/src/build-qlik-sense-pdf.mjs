// Builds docs/uwtg-quarterly-scorecard-q3-2701-02-qlik-sense.pdf and its rendering in text/.
// Layout: A QLIK SENSE SHEET DOWNLOADED AS PDF ("Download sheet" > PDF, landscape A4, one page): the
// sheet is a grid of objects, each drawn where it sits on the sheet and IN THE ORDER THE SHEET HOLDS
// THEM, NOT THE ORDER A READER MEETS THEM (the KPI tiles, then the commentary text box at the bottom
// right, then the council table, then the measures table, then the status key, the sheet title and the
// selections last), so text extraction meets the commentary before the table it comments on.
//  - a sheet title and, under it, the selections bar: each selected field as a chip, field name over
//    value ("Financial year" / "2701/02", "Quarter" / "Q3"); the quarter is stated nowhere else;
//  - six KPI objects: a small title over a large value, one in Qlik's automatic number format ("2.19k");
//  - a straight table of the ten measures: Ref | Measure | Lead member | Target | Q2 value | Q2 status |
//    Q3 value | Q3 status; the measure names CUT OFF WITH "…" AT THE COLUMN'S WIDTH, as Qlik does
//    (the full names are nowhere on the page); status cells hold only a letter on a coloured fill;
//  - a text object "Status key" naming the letters (G, A, R, B, "–");
//  - a straight table of vegetation fires by council, Q1 | Q2 | Q3 | Year to date, WITH QLIK'S TOTALS ROW
//    AT THE TOP, straight under the header, not at the bottom;
//  - a text object of the Programme Manager's commentary, wrapped in its box;
//  - a footer line of the export (app, sheet, user, date and time).
// Rendering: in reading order: title, selections (field | value), KPI tiles (title | value), the measures
// table (header and rows, cells " | ", the names as cut), the key, the commentary a paragraph a line, the
// council table (header, the Totals row, rows); the footer left out.
// Synthetic test fixture: every person, council, figure and rating is invented.
//   node src/build-qlik-sense-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, OFFICERS as O, MEASURES, KEY, Q3COUNT, INCIDENTS, INC_TOT, INC_YTD, FIRE } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.qlik;
const BASE = basename(FILE, extname(FILE));
const PW = 841.89, PH = 595.28;
const doc = new PDFDocument({ size: [PW, PH], margin: 0, info: { Title: "Quarterly scorecard", Author: O.ptolemy.user, Creator: "Qlik Sense", Producer: "Qlik Sense PDF export" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("b", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));

const FILL = { G: "#009845", A: "#ffb000", R: "#d5312e", B: "#276e9f", "-": "#bfbfbf" };
const fit = (s, w, size, font = "r") => {
  doc.font(font).fontSize(size);
  if (doc.widthOfString(s) <= w) return s;
  let t = s;
  while (t.length && doc.widthOfString(t + "…") > w) t = t.slice(0, -1);
  return t.replace(/\s+$/, "") + "…";
};
const txt = (s, x, y, o = {}) => {
  doc.font(o.font ?? "r").fontSize(o.size ?? 7).fillColor(o.color ?? "#404040");
  doc.text(s, x, y, { lineBreak: false, width: o.width, align: o.align ?? "left" });
};
const box = (x, y, w, h, title) => {
  doc.save().lineWidth(0.5).strokeColor("#d9d9d9").rect(x, y, w, h).stroke().restore();
  if (title) txt(title, x + 8, y + 6, { font: "b", size: 8.5, color: "#262626" });
};

// ------------------------------------------------------------------ objects, in the sheet's order
// rendering pieces, keyed by where they go in reading order
const R = { title: [], kpi: [], measures: [], key: [], comment: [], council: [] };

// 1. KPI tiles
const KPIS = [
  ["Measures on track", String(Q3COUNT("G"))],
  ["At risk", String(Q3COUNT("A"))],
  ["Off track", String(Q3COUNT("R"))],
  ["Complete", String(Q3COUNT("B"))],
  ["Hectares burned YTD", "2.19k"],
  ["Vegetation fires YTD", String(INC_YTD)],
];
{
  const y = 74, h = 58, gap = 6, w = (PW - 40 - gap * 5) / 6;
  KPIS.forEach(([t, v], i) => {
    const x = 20 + i * (w + gap);
    box(x, y, w, h);
    txt(t, x + 8, y + 7, { size: 7.5, color: "#595959" });
    txt(v, x, y + 24, { font: "b", size: 20, color: "#262626", width: w, align: "center" });
    R.kpi.push(`${t} | ${v}`);
  });
}

// 2. commentary text box (bottom right)
const COMMENT_TITLE = "Commentary – Programme Manager";
const COMMENT = [
  `UWM-10 is reported for the first time at Q3. The average of 31 minutes includes the ${FIRE.name} of 14 November, when the first appliance took 58 minutes to reach the fire; without it the average would be 27 minutes.`,
  `UWM-02: 640 of the 2,185 hectares burned this year were burned in the ${FIRE.name}. A recovery plan is due at the February meeting (action UWA-31).`,
  "UWM-05: Kinderhope and Wyndcross left the voluntary retailer agreement in November, so 5 councils now have one (7 at Q2). The Public Spaces Protection Order pilot paper for 12 February is the proposed response.",
  "UWM-04 has slowed since the grant rate for fire management plans was announced: 171 sign-ups against a target of 240.",
  "UWM-08 (85 km of firebreak) and UWM-09 (all 12 councils) are complete and will not be reported after Q4.",
];
{
  const x = 430, y = 346, w = PW - 20 - x, h = 226;
  box(x, y, w, h, COMMENT_TITLE);
  R.comment.push(COMMENT_TITLE);
  let cy = y + 24;
  doc.font("r").fontSize(7.2).fillColor("#404040");
  for (const p of COMMENT) {
    doc.text(p, x + 8, cy, { width: w - 16, lineGap: 1 });
    cy = doc.y + 5;
    R.comment.push(p);
  }
}

// 3. vegetation fires by council (Totals row at the top)
const CT = "Vegetation fires attended by council, 2701/02";
{
  const x = 20, y = 346, w = 400, rowH = 14.1;
  const cols = [["Council", 170, "left"], ["Q1", 50, "right"], ["Q2", 50, "right"], ["Q3", 50, "right"], ["Year to date", 64, "right"]];
  box(x, y, w, 226, CT);
  R.council.push(CT);
  let cy = y + 24;
  const row = (cells, o = {}) => {
    let cx = x + 8;
    if (o.fill) doc.save().rect(x + 1, cy - 3, w - 2, rowH).fill(o.fill).restore();
    cells.forEach((c, i) => {
      const [, cw, al] = cols[i];
      txt(fit(String(c), cw - 6, 7.2, o.font), cx, cy, { font: o.font, size: 7.2, width: cw - 6, align: al, color: "#262626" });
      cx += cw;
    });
    doc.save().lineWidth(0.3).strokeColor("#e6e6e6").moveTo(x + 4, cy + rowH - 3).lineTo(x + w - 4, cy + rowH - 3).stroke().restore();
    R.council.push(cells.map(String).join(" | "));
    cy += rowH;
  };
  row(cols.map((c) => c[0]), { font: "b" });
  row(["Totals", ...INC_TOT, INC_YTD], { font: "b", fill: "#f2f2f2" });
  for (const [c, q1, q2, q3] of INCIDENTS) row([c, q1, q2, q3, q1 + q2 + q3]);
}

// 4. measures table
const MT = "Programme measures";
{
  const x = 20, y = 140, w = 590, rowH = 16.2;
  const cols = [["Ref", 44, "left"], ["Measure", 196, "left"], ["Lead member", 80, "left"], ["Target", 64, "left"], ["Q2 value", 46, "right"], ["Q2 status", 46, "center"], ["Q3 value", 46, "right"], ["Q3 status", 46, "center"]];
  box(x, y, w, 198, MT);
  R.measures.push(MT);
  let cy = y + 24;
  const header = cols.map((c) => c[0]);
  let cx = x + 8;
  cols.forEach(([h, cw, al]) => { txt(h, cx, cy, { font: "b", size: 7.2, width: cw - 6, align: al, color: "#262626" }); cx += cw; });
  R.measures.push(header.join(" | "));
  cy += rowH;
  for (const m of MEASURES) {
    cx = x + 8;
    const cells = [m.ref, fit(m.name, 196 - 6, 7.2), m.lead, m.target, m.q2v, m.q2 === "-" ? "–" : m.q2, m.q3v, m.q3 === "-" ? "–" : m.q3];
    cells.forEach((c, i) => {
      const [, cw, al] = cols[i];
      if (i === 5 || i === 7) {
        const code = i === 5 ? m.q2 : m.q3;
        doc.save().rect(cx + 8, cy - 3, cw - 22, rowH - 3).fill(FILL[code]).restore();
        txt(c, cx, cy, { font: "b", size: 7.2, width: cw - 6, align: "center", color: code === "-" ? "#404040" : "#ffffff" });
      } else txt(c, cx, cy, { size: 7.2, width: cw - 6, align: al, color: "#262626" });
      cx += cw;
    });
    doc.save().lineWidth(0.3).strokeColor("#e6e6e6").moveTo(x + 4, cy + rowH - 3).lineTo(x + w - 4, cy + rowH - 3).stroke().restore();
    R.measures.push(cells.join(" | "));
    cy += rowH;
  }
}

// 5. status key
{
  const x = 620, y = 140, w = PW - 20 - x;
  box(x, y, w, 198, "Status key");
  R.key.push("Status key");
  let cy = y + 28;
  for (const [code, word] of Object.entries(KEY)) {
    const letter = code === "-" ? "–" : code;
    const words = word[0].toUpperCase() + word.slice(1) + (code === "-" ? " for the quarter" : "");
    doc.save().rect(x + 10, cy - 3, 18, 13).fill(FILL[code]).restore();
    txt(letter, x + 10, cy, { font: "b", size: 7.5, width: 18, align: "center", color: code === "-" ? "#404040" : "#ffffff" });
    txt(words, x + 36, cy, { size: 7.5, color: "#262626" });
    R.key.push(`${letter} | ${words}`);
    cy += 20;
  }
  doc.font("r").fontSize(6.8).fillColor("#595959").text("Status is set by the lead officer at quarter end. Q2 = July to September, Q3 = October to December.", x + 10, cy + 4, { width: w - 20 });
  R.key.push("Status is set by the lead officer at quarter end. Q2 = July to September, Q3 = October to December.");
}

// 6. sheet title and selections bar (drawn last)
{
  doc.save().rect(0, 0, PW, 62).fill("#f7f7f7").restore();
  txt("Quarterly scorecard", 20, 10, { font: "b", size: 13, color: "#262626" });
  txt("UWTG Programme Performance", 20, 28, { size: 7.5, color: "#7f7f7f" });
  R.title.push("Quarterly scorecard", "UWTG Programme Performance");
  const chips = [["Financial year", "2701/02"], ["Quarter", "Q3"]];
  let cx = 230;
  for (const [f, v] of chips) {
    doc.save().roundedRect(cx, 12, 110, 34, 3).fill("#ffffff").restore();
    doc.save().rect(cx, 42, 110, 4).fill("#009845").restore();
    txt(f, cx + 8, 16, { size: 6.8, color: "#7f7f7f" });
    txt(v, cx + 8, 27, { font: "b", size: 9, color: "#262626" });
    R.title.push(`${f} | ${v}`);
    cx += 118;
  }
}

// footer (page furniture, not rendered)
txt(`UWTG Programme Performance · Quarterly scorecard · Exported by ${O.ptolemy.user} · 21/01/2702 09:41`, 20, PH - 16, { size: 6.5, color: "#8c8c8c" });
doc.end();

const lines = [...R.title, ...R.kpi, ...R.measures, ...R.key, ...R.comment, ...R.council];
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${lines.length} lines)`);
