// Builds docs/playgrounds-panel-risk-detail-report-2104-10-31.pdf and its rendering in text/.
// Layout: A RISK MANAGEMENT SYSTEM'S "RISK DETAIL REPORT" PRINTED TO PDF (an invented product, "Ardent
// Risk Manager 7.4"), drawn with pdfkit: A4 portrait, DejaVu Sans / Sans Condensed (embedded). NOT A
// REGISTER TABLE: ONE FORM-LIKE CARD PER RISK, two cards a page, none split across a page. Each card:
// a dark HEADER BAND (risk ID and title in white, the current rating as a coloured lozenge "HIGH 16" at
// the right); a GRID OF BOXED FIELDS, each box a small grey LABEL ABOVE its value (Risk owner with the
// post in brackets, Category, Trend; Date raised, Last reviewed, Next review; Cause and Consequence
// side by side); an ASSESSMENT strip of THREE MINIATURE 5 × 5 HEAT MAPS side by side – Inherent,
// Current, Target – each with its caption, its score written "L4 × I4 = 16" and its band word above a
// grid of band-coloured squares in which one square carries the letter I, C or T; a CONTROLS sub-table
// (Control | Effectiveness: Strong / Adequate / Weak); an ACTIONS sub-table (Action | Description |
// Owner | Due | Complete, owners as names, completion as a percentage) or "No open actions."; and a
// REVIEW HISTORY sub-table of the last two reviews (Date | Score | Comment), the only place a risk's
// earlier score is given. Page 1 starts with the report title and a "Report criteria" box (register,
// status, sort order, sections, number of risks); the last page ends with the scoring key (likelihood
// and impact scales, bands Low 1–4, Medium 5–9, High 10–16, Very high 20–25, the trend rule, the
// Panel's tolerance). Every page has the system's header (product and report name, register, "Printed
// 31/10/2104 16:05 by psedgwick") and footer ("OFFICIAL", "Page n of N").
// Rendering: the title, criteria and key as lines; per card the band as "ID | title | rating", each row
// of boxes as "Label: value | Label: value", the heat maps as "Inherent: L4 × I5 = 20 Very high | …"
// (the grid letters left out), sub-tables under their caption a row per line with cells " | ";
// page header and footer left out.
// Synthetic test fixture: every person, figure and risk is invented.
//   node src/build-risk-detail-report-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, OFFICERS, RISKS, score, band } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.risks;
const BASE = basename(FILE, extname(FILE));
const PW = 595.28, PH = 841.89, M = 36, W = PW - 2 * M;
const doc = new PDFDocument({ size: "A4", margins: { top: 0, bottom: 0, left: 0, right: 0 }, bufferPages: true, autoFirstPage: false, info: { Title: "Risk Detail Report", Author: "psedgwick", Creator: "Ardent Risk Manager 7.4", Producer: "Ardent Report Engine" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("c", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("cb", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
const BANDFILL = { Low: "#C6E0B4", Medium: "#FFE699", High: "#F4B183", "Very high": "#E06666" };
const INK = "#1B1B1B", GREY = "#6B6B6B", LINE = "#B8B8B8", NAVY = "#1F3B57";
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
const ownerOf = (k) => OFFICERS[k];

// ------------------------------------------------------------------ measuring and drawing a card
const BOXH = 30;
function boxRow(y, boxes, draw) {
  // boxes: [{label, value, w}]; returns height
  const lh = 10.5;
  const lines = boxes.map((b) => wrap(b.value, b.w - 10, "c", 8.5));
  const h = Math.max(BOXH, 14 + Math.max(...lines.map((l) => l.length)) * lh + 4);
  if (draw) {
    let x = M;
    boxes.forEach((b, i) => {
      doc.rect(x, y, b.w, h).lineWidth(0.5).strokeColor(LINE).stroke();
      txt(b.label, x + 5, y + 3, "c", 6.5, GREY);
      lines[i].forEach((l, k) => txt(l, x + 5, y + 13 + k * lh, "c", 8.5));
      x += b.w;
    });
    out.push(boxes.map((b) => `${b.label}: ${b.value}`).join(" | "));
  }
  return h;
}
function subTable(y, caption, cols, rows, draw) {
  // cols: [{h, w}]; rows: arrays of strings
  const lh = 10;
  let h = 13;
  if (draw) { txt(caption, M, y + 1, "cb", 8, NAVY); out.push(caption); }
  const hh = 13;
  if (draw) {
    doc.rect(M, y + h, W, hh).fill("#E9EDF2");
    let x = M;
    cols.forEach((c) => { txt(c.h, x + 4, y + h + 3, "cb", 7.5); x += c.w; });
    out.push(cols.map((c) => c.h).join(" | "));
  }
  h += hh;
  for (const r of rows) {
    const cl = r.map((c, i) => wrap(c, cols[i].w - 8, "c", 8));
    const rh = Math.max(...cl.map((l) => l.length)) * lh + 5;
    if (draw) {
      let x = M;
      cl.forEach((ls, i) => { ls.forEach((l, k) => txt(l, x + 4, y + h + 3 + k * lh, "c", 8)); x += cols[i].w; });
      doc.moveTo(M, y + h + rh).lineTo(M + W, y + h + rh).lineWidth(0.4).strokeColor(LINE).stroke();
      out.push(r.join(" | "));
    }
    h += rh;
  }
  return h;
}
function heat(x, y, caption, [l, i], letter, draw) {
  const s = l * i, b = band(s);
  const cap = `${caption}`;
  const sc = `L${l} × I${i} = ${s}`;
  const cell = 9;
  if (draw) {
    txt(cap, x, y, "cb", 8, NAVY);
    txt(sc, x, y + 11, "c", 8.5);
    txt(b, x, y + 22, "cb", 8, INK);
    const gx = x + 70, gy = y;
    for (let li = 5; li >= 1; li--) for (let ii = 1; ii <= 5; ii++) {
      const cx = gx + (ii - 1) * cell, cy = gy + (5 - li) * cell;
      doc.rect(cx, cy, cell, cell).fillAndStroke(BANDFILL[band(li * ii)], "#FFFFFF");
    }
    const cx = gx + (i - 1) * cell, cy = gy + (5 - l) * cell;
    doc.rect(cx, cy, cell, cell).lineWidth(1.2).fillAndStroke(NAVY, NAVY);
    txt(letter, cx + 2.3, cy + 1, "b", 6.5, "#FFFFFF");
  }
  return `${cap}: ${sc} ${b}`;
}
function card(y, r, draw) {
  const start = y;
  const cur = score(r.cur), b = band(cur);
  const tl = wrap(r.title, W - 150, "b", 9.5);
  const bh = Math.max(22, tl.length * 12 + 8);
  if (draw) {
    doc.rect(M, y, W, bh).fill(NAVY);
    txt(r.id, M + 6, y + 6, "b", 9.5, "#FFFFFF");
    tl.forEach((l, k) => txt(l, M + 62, y + 6 + k * 12, "b", 9.5, "#FFFFFF"));
    const lz = `${b.toUpperCase()} ${cur}`;
    doc.font("b").fontSize(8.5);
    const lw = doc.widthOfString(lz) + 14;
    doc.roundedRect(M + W - lw - 6, y + 4, lw, 14, 7).fill(BANDFILL[b]);
    txt(lz, M + W - lw + 1, y + 7, "b", 8.5, INK);
    out.push(`${r.id} | ${r.title} | ${lz}`);
  }
  y += bh;
  const o = ownerOf(r.owner);
  const third = W / 3;
  y += boxRow(y, [{ label: "Risk owner", value: `${o.name} (${o.post})`, w: third }, { label: "Category", value: r.cat, w: third }, { label: "Trend", value: r.trend, w: W - 2 * third }], draw);
  y += boxRow(y, [{ label: "Date raised", value: r.raised, w: third }, { label: "Last reviewed", value: r.reviewed, w: third }, { label: "Next review", value: r.next, w: W - 2 * third }], draw);
  y += boxRow(y, [{ label: "Cause", value: r.cause, w: W / 2 }, { label: "Consequence", value: r.cons, w: W / 2 }], draw);
  y += 6;
  const cols3 = [M + 4, M + 4 + W / 3, M + 4 + (2 * W) / 3];
  const parts = [heat(cols3[0], y, "Inherent", r.inh, "I", draw), heat(cols3[1], y, "Current", r.cur, "C", draw), heat(cols3[2], y, "Target", r.tgt, "T", draw)];
  if (draw) out.push(parts.join(" | "));
  y += 50;
  y += subTable(y, "Controls", [{ h: "Control", w: W - 110 }, { h: "Effectiveness", w: 110 }], r.controls, draw) + 4;
  if (r.actions.length) y += subTable(y, "Actions", [{ h: "Action", w: 62 }, { h: "Description", w: W - 62 - 120 - 60 - 52 }, { h: "Owner", w: 120 }, { h: "Due", w: 60 }, { h: "Complete", w: 52 }], r.actions.map(([a, d, k, due, pc]) => [a, d, ownerOf(k).name, due, pc]), draw) + 4;
  else { if (draw) { txt("Actions", M, y + 1, "cb", 8, NAVY); txt("No open actions.", M + 4, y + 14, "c", 8, GREY); out.push("Actions", "No open actions."); } y += 28; }
  y += subTable(y, "Review history (last 2)", [{ h: "Date", w: 62 }, { h: "Score", w: 40 }, { h: "Comment", w: W - 102 }], r.history.map(([d, s, c]) => [d, String(s), c]), draw);
  if (draw) doc.rect(M, start, W, y - start).lineWidth(0.8).strokeColor(NAVY).stroke();
  return y - start;
}

// ------------------------------------------------------------------ pages
const TOP = 62, BOTTOM = PH - 40;
let y;
const newPage = () => { doc.addPage(); y = TOP; };
newPage();
txt("Risk Detail Report", M, y, "b", 16, NAVY); out.push("Risk Detail Report"); y += 24;
const crit = [["Register", "PPSP – Play Spaces Renewal Programme"], ["Status", "Open"], ["Sort by", "Risk ID"], ["Sections", "Assessment, Controls, Actions, Review history"], ["Risks in report", String(RISKS.length)]];
doc.rect(M, y, W, 16 + crit.length * 11).lineWidth(0.5).strokeColor(LINE).stroke();
txt("Report criteria", M + 6, y + 4, "cb", 8, NAVY); out.push("Report criteria");
crit.forEach(([k, v], i) => { txt(`${k}: ${v}`, M + 6, y + 16 + i * 11, "c", 8.5); out.push(`${k}: ${v}`); });
y += 16 + crit.length * 11 + 12;
for (const r of RISKS) {
  const h = card(0, r, false);
  if (y + h > BOTTOM) newPage();
  card(y, r, true);
  y += h + 14;
}
const KEY = [
  "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain.",
  "Impact: 1 Minimal, 2 Minor, 3 Moderate, 4 Major, 5 Severe.",
  "Score = likelihood × impact. Bands: Low 1–4, Medium 5–9, High 10–16, Very high 20–25.",
  "Trend compares the current score with the score at the previous review.",
  "Panel tolerance: a risk scoring above 16 is escalated to the Neighbourhoods and Open Spaces Board.",
];
const kh = 18 + KEY.length * 11;
if (y + kh > BOTTOM) newPage();
doc.rect(M, y, W, kh).lineWidth(0.5).strokeColor(LINE).stroke();
txt("Scoring key", M + 6, y + 4, "cb", 8, NAVY); out.push("Scoring key");
KEY.forEach((k, i) => { txt(k, M + 6, y + 17 + i * 11, "c", 8.5); out.push(k); });

// header and footer on every page (drawn last)
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  txt("Ardent Risk Manager 7.4", M, 18, "b", 8, NAVY);
  txt("Risk Detail Report", M + W - 120, 18, "b", 8, NAVY, { width: 120, align: "right" });
  txt("Register: PPSP – Play Spaces Renewal Programme", M, 30, "c", 7.5, GREY);
  txt(`Printed 31/10/2104 16:05 by ${OFFICERS.priyanka.login}`, M + W - 220, 30, "c", 7.5, GREY, { width: 220, align: "right" });
  doc.moveTo(M, 44).lineTo(M + W, 44).lineWidth(0.8).strokeColor(NAVY).stroke();
  doc.moveTo(M, PH - 30).lineTo(M + W, PH - 30).lineWidth(0.5).strokeColor(LINE).stroke();
  txt("OFFICIAL", M, PH - 24, "c", 7.5, GREY);
  txt(`Page ${p + 1} of ${range.count}`, M + W - 100, PH - 24, "c", 7.5, GREY, { width: 100, align: "right" });
}
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${range.count} pages) and text/${BASE}.txt`);
