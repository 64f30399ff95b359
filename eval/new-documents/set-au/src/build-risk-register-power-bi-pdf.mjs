// Builds docs/pools-panel-risk-register-power-bi-2101-11-10.pdf and its rendering in text/.
// Layout: A POWER BI REPORT EXPORTED TO PDF ("Export > PDF"): three 16:9 landscape pages (960 × 540 pt),
// one report page each, no page header, footer or page numbers, DejaVu Sans embedded (Creator and
// Producer "Microsoft Power BI"). Each page is a canvas of VISUALS PLACED FREELY and DRAWN IN THEIR
// Z-ORDER, NOT IN READING ORDER: the big visuals first, then cards and slicers, the page title last, so
// pdf.js meets the title of a page after its table. Page 1 "Overview": title and subtitle text boxes,
// three SLICERS showing their selection (Quarter "Q2 2101/02", Status "Open", Category "All") with a
// drop-down chevron, four CARDS (big number over a caption), a MATRIX VISUAL of open risks by likelihood
// (rows) and impact (columns) whose cells are counts on a background coloured by band – with only the
// likelihood and impact values that occur (rows 4, 3, 2; columns 2 to 5), blanks for no risks and
// Total row and column – a DONUT chart of risks by category with data labels, and a "Data refreshed"
// text box. Page 2 "Register": a TABLE VISUAL of the 12 open risks SORTED BY SCORE (descending, ties in
// the data's order), with word-wrapped cells, the score and band cells coloured by band, and the
// trend as a conditional-formatting ICON (a vector triangle, square or dot, not text) beside its word.
// Page 3 "Mitigation": a table visual of controls, further action, target score and date by risk ID,
// and a text box explaining the scoring.
// Rendering: page by page in reading order (title, slicers, cards, visuals, then the refresh line); a
// slicer as "name: selection", a card as "value caption", table rows with cells " | ", a blank matrix
// cell as empty, the donut's data labels as "category count"; trend icons are not text and are left out.
// Synthetic test fixture: every person, figure and rating is invented.
//   node src/build-risk-register-power-bi-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, RISKS, score, band } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.pbi;
const BASE = basename(FILE, extname(FILE));
const W = 960, Hh = 540;
const doc = new PDFDocument({ size: [W, Hh], margins: { top: 0, bottom: 0, left: 0, right: 0 }, autoFirstPage: false, info: { Title: "Pools Lifeline risk register", Author: "Lachlan Odili", Creator: "Microsoft Power BI", Producer: "Microsoft Power BI" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("l", join(FONTS, "DejaVuSans-ExtraLight.ttf")).registerFont("c", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("cb", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
const FILL = { Red: "#E8A0A0", Amber: "#F6D38B", Green: "#A9D8A5" };
const INK = "#252423", GREY = "#605E5C";
const out = [];

function wrap(text, width, font, size) {
  doc.font(font).fontSize(size);
  const lines = [];
  let cur = "";
  for (const w of String(text).split(" ")) {
    const t = cur ? cur + " " + w : w;
    if (doc.widthOfString(t) > width && cur) { lines.push(cur); cur = w; } else cur = t;
  }
  if (cur) lines.push(cur);
  return lines;
}
const txt = (s, x, y, font, size, color = INK, o = {}) => doc.font(font).fontSize(size).fillColor(color).text(s, x, y, { lineBreak: false, ...o });
const frame = (x, y, w, h) => doc.rect(x, y, w, h).lineWidth(0.6).strokeColor("#E1DFDD").stroke();
const icon = (trend, x, y) => {
  const c = { Rising: "#C4314B", Falling: "#237B4B", Stable: "#8A8886", New: "#0F6CBD" }[trend];
  doc.save().fillColor(c);
  if (trend === "Rising") doc.polygon([x, y + 7], [x + 4, y], [x + 8, y + 7]).fill();
  else if (trend === "Falling") doc.polygon([x, y], [x + 8, y], [x + 4, y + 7]).fill();
  else if (trend === "Stable") doc.rect(x + 1, y + 1, 6, 6).fill();
  else doc.circle(x + 4, y + 4, 3.5).fill();
  doc.restore();
};
// a table visual: cols [{h, w, key, fill?(row)}], rows of strings; draws header and rows; returns bottom y
function tableVisual(x, y, cols, rows, o = {}) {
  const fs = o.fs ?? 8, lh = fs * 1.28;
  const hl = cols.map((c) => wrap(c.h, c.w - 8, "cb", fs));
  const hh = Math.max(...hl.map((l) => l.length)) * lh + 8;
  doc.rect(x, y, cols.reduce((a, c) => a + c.w, 0), hh).fill("#F3F2F1");
  let cx = x;
  hl.forEach((ls, i) => { ls.forEach((l, k) => txt(l, cx + 4, y + 4 + k * lh, "cb", fs, INK)); cx += cols[i].w; });
  y += hh;
  for (const r of rows) {
    const cl = r.cells.map((c, i) => wrap(c, cols[i].w - 8 - (cols[i].icon ? 12 : 0), "c", fs));
    const rh = Math.max(...cl.map((l) => l.length)) * lh + 8;
    cx = x;
    cl.forEach((ls, i) => {
      const f = cols[i].fill?.(r);
      if (f) doc.rect(cx, y, cols[i].w, rh).fill(f);
      let ix = cx + 4;
      if (cols[i].icon) { icon(r.trend, cx + 4, y + 5); ix += 12; }
      ls.forEach((l, k) => txt(l, ix, y + 4 + k * lh, "c", fs, INK));
      cx += cols[i].w;
    });
    doc.moveTo(x, y + rh).lineTo(cx, y + rh).lineWidth(0.4).strokeColor("#EDEBE9").stroke();
    y += rh;
  }
  return y;
}

// ------------------------------------------------------------------ page 1: Overview
doc.addPage({ size: [W, Hh] });
const page1 = [];
{
  // matrix visual (drawn first)
  const MX = 40, MY = 200;
  frame(MX - 10, MY - 34, 430, 250);
  const Ls = [...new Set(RISKS.map((r) => r.l))].sort((a, b) => b - a);
  const Is = [...new Set(RISKS.map((r) => r.i))].sort((a, b) => a - b);
  const cw = 62, rh = 34;
  txt("Impact", MX + 90 + (Is.length * cw) / 2 - 16, MY - 16, "cb", 9, GREY);
  txt("Likelihood", MX, MY + 6, "cb", 9, GREY);
  Is.forEach((i, k) => txt(String(i), MX + 90 + k * cw + cw / 2 - 3, MY + 6, "cb", 9, INK));
  txt("Total", MX + 90 + Is.length * cw + 12, MY + 6, "cb", 9, INK);
  const matrixRows = [["Likelihood", ...Is.map(String), "Total"]];
  Ls.forEach((l, rk) => {
    const y = MY + 24 + rk * rh;
    txt(String(l), MX + 30, y + 11, "cb", 9, INK);
    const row = [String(l)];
    Is.forEach((i, k) => {
      const n = RISKS.filter((r) => r.l === l && r.i === i).length;
      doc.rect(MX + 90 + k * cw + 1, y + 1, cw - 2, rh - 2).fill(FILL[band(l * i)]);
      if (n) txt(String(n), MX + 90 + k * cw + cw / 2 - 3, y + 11, "b", 10, INK);
      row.push(n ? String(n) : "");
    });
    const t = RISKS.filter((r) => r.l === l).length;
    txt(String(t), MX + 90 + Is.length * cw + 18, y + 11, "b", 10, INK);
    row.push(String(t));
    matrixRows.push(row);
  });
  const ty = MY + 24 + Ls.length * rh;
  txt("Total", MX, ty + 11, "cb", 9, INK);
  const totRow = ["Total"];
  Is.forEach((i, k) => { const n = RISKS.filter((r) => r.i === i).length; txt(String(n), MX + 90 + k * cw + cw / 2 - 3, ty + 11, "b", 10, INK); totRow.push(String(n)); });
  txt(String(RISKS.length), MX + 90 + Is.length * cw + 18, ty + 11, "b", 10, INK);
  totRow.push(String(RISKS.length));
  matrixRows.push(totRow);
  txt("Open risks by likelihood and impact", MX - 2, MY - 30, "b", 11, INK);

  // donut (drawn second)
  const DX = 640, DY = 330, R = 78, r0 = 46;
  frame(490, 166, 440, 250);
  const cats = {};
  for (const r of RISKS) cats[r.cat] = (cats[r.cat] ?? 0) + 1;
  const order = Object.entries(cats).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colours = ["#118DFF", "#12239E", "#E66C37", "#6B007B", "#E044A7"];
  let a0 = -Math.PI / 2;
  const labels = [];
  order.forEach(([c, n], k) => {
    const a1 = a0 + (n / RISKS.length) * 2 * Math.PI;
    const steps = 40;
    const pts = [];
    for (let s = 0; s <= steps; s++) { const a = a0 + ((a1 - a0) * s) / steps; pts.push([DX + R * Math.cos(a), DY + R * Math.sin(a)]); }
    for (let s = steps; s >= 0; s--) { const a = a0 + ((a1 - a0) * s) / steps; pts.push([DX + r0 * Math.cos(a), DY + r0 * Math.sin(a)]); }
    doc.polygon(...pts).fill(colours[k]);
    const am = (a0 + a1) / 2;
    labels.push([`${c} ${n}`, DX + (R + 14) * Math.cos(am), DY + (R + 14) * Math.sin(am), Math.cos(am) < 0]);
    a0 = a1;
  });
  for (const [l, x, y, left] of labels) { doc.font("r").fontSize(8.5); txt(l, left ? x - doc.widthOfString(l) : x, y - 4, "r", 8.5, GREY); }
  txt("Open risks by category", 500, 172, "b", 11, INK);

  // cards (third)
  const reds = RISKS.filter((r) => band(score(r)) === "Red").length;
  const mean = (RISKS.reduce((a, r) => a + score(r), 0) / RISKS.length).toFixed(1);
  const cards = [[String(RISKS.length), "Open risks"], [String(reds), "Red risks"], [mean, "Average current score"], [String(RISKS.filter((r) => r.trend === "New").length), "Added this quarter"]];
  cards.forEach(([v, c], k) => {
    const x = 30 + k * 118;
    frame(x, 84, 110, 70);
    doc.font("l").fontSize(26);
    txt(v, x + 55 - doc.widthOfString(v) / 2, 94, "l", 26, INK);
    doc.font("r").fontSize(8.5);
    txt(c, x + 55 - doc.widthOfString(c) / 2, 132, "r", 8.5, GREY);
  });
  // slicers (fourth)
  const slicers = [["Quarter", "Q2 2101/02"], ["Status", "Open"], ["Category", "All"]];
  slicers.forEach(([n, v], k) => {
    const x = 510 + k * 145;
    txt(n, x, 84, "b", 9, INK);
    doc.rect(x, 100, 130, 22).lineWidth(0.6).strokeColor("#8A8886").stroke();
    txt(v, x + 6, 106, "r", 9, INK);
    doc.moveTo(x + 116, 108).lineTo(x + 120, 113).lineTo(x + 124, 108).lineWidth(0.8).strokeColor(INK).stroke();
  });
  // refresh text box (fifth) and title (last)
  txt("Data refreshed 10/11/2101 07:02 · Source: Pools Lifeline risk log (SharePoint)", 30, 500, "r", 8, GREY);
  txt("Pools Lifeline Programme – risk register", 30, 24, "b", 20, INK);
  txt(`${BODY} · 24 November 2101 · Item 6, Appendix A`, 30, 54, "r", 10, GREY);

  page1.push("Pools Lifeline Programme – risk register", `${BODY} · 24 November 2101 · Item 6, Appendix A`);
  for (const [n, v] of slicers) page1.push(`${n}: ${v}`);
  for (const [v, c] of cards) page1.push(`${v} ${c}`);
  page1.push("Open risks by likelihood and impact", "Impact", ...matrixRows.map((r) => r.join(" | ")));
  page1.push("Open risks by category", ...order.map(([c, n]) => `${c} ${n}`));
  page1.push("Data refreshed 10/11/2101 07:02 · Source: Pools Lifeline risk log (SharePoint)");
}
out.push(...page1);

// ------------------------------------------------------------------ page 2: Register
doc.addPage({ size: [W, Hh] });
{
  const sorted = [...RISKS].sort((a, b) => score(b) - score(a));
  const cols = [
    { h: "Risk ID", w: 52 }, { h: "Risk", w: 214 }, { h: "Category", w: 74 }, { h: "Owner", w: 104 },
    { h: "Likelihood", w: 58 }, { h: "Impact", w: 46 }, { h: "Score", w: 42, fill: (r) => FILL[r.band] }, { h: "Previous score", w: 52 },
    { h: "Band", w: 50, fill: (r) => FILL[r.band] }, { h: "Trend", w: 66, icon: true }, { h: "Last review", w: 66 },
  ];
  const rows = sorted.map((r) => ({ trend: r.trend, band: band(score(r)), cells: [r.id, r.risk, r.cat, r.owner, String(r.l), String(r.i), String(score(r)), r.prev == null ? "" : String(r.prev), band(score(r)), r.trend, r.reviewed] }));
  tableVisual(30, 96, cols, rows, { fs: 8 });
  frame(24, 90, 836, 430);
  // slicer then title (z-order)
  txt("Category", 800, 28, "b", 9, INK);
  doc.rect(800, 44, 130, 22).lineWidth(0.6).strokeColor("#8A8886").stroke();
  txt("All", 806, 50, "r", 9, INK);
  txt("Risk register – open risks by current score", 30, 24, "b", 18, INK);
  txt("Score = likelihood × impact. Previous score is the score reported to the Panel on 22 September 2101.", 30, 52, "r", 9, GREY);
  out.push("Risk register – open risks by current score", "Score = likelihood × impact. Previous score is the score reported to the Panel on 22 September 2101.", "Category: All");
  out.push(cols.map((c) => c.h).join(" | "), ...rows.map((r) => r.cells.join(" | ")));
}

// ------------------------------------------------------------------ page 3: Mitigation
doc.addPage({ size: [W, Hh] });
{
  const cols = [{ h: "Risk ID", w: 56 }, { h: "Controls in place", w: 300 }, { h: "Further action", w: 300 }, { h: "Target score", w: 60 }, { h: "Target date", w: 70 }];
  const rows = RISKS.map((r) => ({ cells: [r.id, r.control, r.action, String(r.target), r.tdate] }));
  tableVisual(30, 90, cols, rows, { fs: 7.6 });
  const note = "How risks are scored: likelihood and impact are each scored from 1 (low) to 5 (high), and the current score is likelihood × impact. Green 1–6, Amber 8–12, Red 15–25. The target score is the score expected once the further action is complete.";
  wrap(note, 112, "r", 8).forEach((l, k) => txt(l, 828, 96 + k * 11, "r", 8, GREY));
  txt("Mitigation and target scores", 30, 24, "b", 18, INK);
  out.push("Mitigation and target scores", cols.map((c) => c.h).join(" | "), ...rows.map((r) => r.cells.join(" | ")), note);
}
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
