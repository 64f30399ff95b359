// Builds docs/<BASE.handout>.pdf – the slides of Item 5 of the Network's meeting of 14 October 2037, "Safer Speeds
// Programme 2037/38: delivery update, quarter 2" by Callum Tindall, PRINTED AS HANDOUTS, THREE SLIDES A PAGE – and
// text/<BASE.handout>.txt, its plain-text rendering.
//
//   node src/build-handout-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: what a presentation program's "Handouts (3 slides per page)" print gives, saved as PDF: A4 PORTRAIT
// pages, each with A PAGE HEADER (the header text at the left, THE DATE "14/10/2037" at the right) and A PAGE
// FOOTER ("LGA – OFFICIAL" at the left, the page number at the right); THREE SMALL 16:9 SLIDES DOWN THE LEFT of the
// page (each a framed, scaled-down copy of a 720 x 405 pt slide, so that its text is 3.5 to 9 pt) and, TO THE RIGHT
// OF EACH SLIDE, EIGHT RULED NOTE LINES with nothing written on them. Nine slides on three pages. The slides: a title
// slide; A KEY OF STATUS SYMBOLS (✔ ● ▲ ■ ○ with the status word, its meaning and its colour); TWO SLIDES OF THE
// WORKPLAN TABLE Ref | Action | Lead | Q1 | Q2 | Comment WHOSE STATUS CELLS HOLD ONLY THE SYMBOL (coloured); four
// figure tiles; a before/after table; a budget table with a total row and variances in brackets; bullets; a closing
// slide with the presenter's contact details. Each slide carries its number at its bottom right. DejaVu Sans,
// embedded.
// Rendering: page by page, the header line ("header | date"), then for each slide its texts in reading order (a
// table row a line, cells joined by " | "; a tile as "number caption"; bullets without the bullet), the slide
// number alone, then the footer line ("LGA – OFFICIAL | page"). Every text is drawn in rendering order.
// Synthetic test fixture: everything in it is invented.
import { createWriteStream, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BASE, HANDOUT as H, STATUS_KEY, WORKPLAN, budgetRows, surveyRows } from "./content.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";
const { total } = surveyRows();
const fill = (s) => s.replace("{STAFFED}", total.staffedPct);

const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: "Safer Speeds Programme 2037/38: delivery update, quarter 2 (handouts)", Author: "Callum Tindall", Subject: "School Crossing Patrols and Safer Speeds Network, 14 October 2037, Item 5", Creator: "Microsoft PowerPoint" } });
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("I", join(FONTS, "DejaVuSans-Oblique.ttf"));
const out = join(root, "docs", BASE.handout + ".pdf");
const stream = createWriteStream(out);
doc.pipe(stream);

const lines = [];
const TEAL = "#0b5f7a", GOLD = "#e0a800", INK = "#222222", GREY = "#777777";
const COLOUR = { "✔": "#1f5fbf", "●": "#2e8b3a", "▲": "#d98c00", "■": "#c62828", "○": "#888888" };
const t = (s, x, y, o = {}) => {
  doc.font(o.font ?? "R").fontSize(o.size ?? 14).fillColor(o.color ?? INK);
  doc.text(s, x, y, { width: o.width, align: o.align ?? "left", lineBreak: o.width ? true : false, lineGap: o.lineGap ?? 1 });
};
const hgt = (s, w, o = {}) => { doc.font(o.font ?? "R").fontSize(o.size ?? 14); return doc.heightOfString(s, { width: w, lineGap: o.lineGap ?? 1 }); };

// ---- one slide, drawn in slide coordinates (720 x 405)
function table(x, y, widths, head, rows, o = {}) {
  const size = o.size ?? 11, pad = 4;
  const right = o.right ?? [];
  let yy = y;
  const hh = Math.max(...head.map((c, i) => hgt(c, widths[i] - 2 * pad, { font: "B", size }))) + 2 * pad;
  doc.rect(x, yy, widths.reduce((a, b) => a + b, 0), hh).fill(TEAL);
  let xx = x;
  head.forEach((c, i) => { t(c, xx + pad, yy + pad, { font: "B", size, color: "#ffffff", width: widths[i] - 2 * pad, align: right.includes(i) ? "right" : "left" }); xx += widths[i]; });
  lines.push(head.join(" | "));
  yy += hh;
  rows.forEach((r, ri) => {
    const bold = o.boldLast && ri === rows.length - 1;
    const rh = Math.max(...r.map((c, i) => (o.symbols?.includes(i) ? size + 6 : hgt(c, widths[i] - 2 * pad, { font: bold ? "B" : "R", size })))) + 2 * pad;
    if (ri % 2) doc.rect(x, yy, widths.reduce((a, b) => a + b, 0), rh).fill("#eef4f6");
    xx = x;
    r.forEach((c, i) => {
      if (o.symbols?.includes(i)) t(c, xx, yy + pad - 1, { font: "R", size: size + 4, color: COLOUR[c] ?? INK, width: widths[i], align: "center" });
      else t(c, xx + pad, yy + pad, { font: bold ? "B" : "R", size, width: widths[i] - 2 * pad, align: right.includes(i) ? "right" : "left" });
      xx += widths[i];
    });
    doc.moveTo(x, yy + rh).lineTo(x + widths.reduce((a, b) => a + b, 0), yy + rh).lineWidth(0.5).strokeColor("#c8d3d7").stroke();
    lines.push(r.join(" | "));
    yy += rh;
  });
  return yy;
}
function slideTitle(s) {
  doc.rect(0, 0, 720, 8).fill(TEAL);
  t(s, 36, 26, { font: "B", size: 22, color: TEAL, width: 648 });
  doc.rect(36, 64, 90, 3).fill(GOLD);
  lines.push(s);
}
function drawSlide(sl, no) {
  if (sl.kind === "title") {
    doc.rect(0, 0, 720, 405).fill(TEAL);
    doc.rect(36, 250, 120, 4).fill(GOLD);
    const [a, b, c, d, e] = sl.lines;
    t(a, 36, 110, { font: "B", size: 32, color: "#ffffff", width: 648 }); lines.push(a);
    t(b, 36, 160, { size: 20, color: "#ffd166", width: 648 }); lines.push(b);
    t(c, 36, 200, { size: 14, color: "#ffffff", width: 648 }); lines.push(c);
    t(d, 36, 222, { size: 14, color: "#ffffff", width: 648 }); lines.push(d);
    t(e, 36, 268, { font: "B", size: 16, color: "#ffffff", width: 648 }); lines.push(e);
  } else if (sl.kind === "end") {
    doc.rect(0, 0, 720, 8).fill(TEAL);
    const [a, ...rest] = sl.lines;
    t(a, 36, 130, { font: "B", size: 36, color: TEAL, width: 648, align: "center" }); lines.push(a);
    rest.forEach((l, i) => { t(l, 36, 200 + i * 26, { size: 16, width: 648, align: "center", font: i ? "R" : "B" }); lines.push(l); });
  } else {
    slideTitle(sl.title);
    if (sl.key) {
      const y = table(36, 88, [70, 110, 400, 68], ["Symbol", "Status", "What it means", "Colour"], STATUS_KEY, { size: 13, symbols: [0] });
      t(sl.after, 36, y + 16, { font: "I", size: 12, color: GREY, width: 648 }); lines.push(sl.after);
    } else if (sl.workplan) {
      const [a, b] = sl.workplan;
      table(36, 84, [56, 196, 96, 36, 36, 228], ["Ref", "Action", "Lead", "Q1", "Q2", "Comment"], WORKPLAN.slice(a, b), { size: 11, symbols: [3, 4] });
    } else if (sl.tiles) {
      sl.tiles.forEach(([num, cap], i) => {
        const x = 36 + (i % 2) * 330, y = 92 + Math.floor(i / 2) * 140;
        doc.roundedRect(x, y, 318, 124, 8).fill("#f6f1df");
        const n = fill(num);
        t(n, x + 18, y + 16, { font: "B", size: 40, color: TEAL, width: 282 });
        t(cap, x + 18, y + 72, { size: 14, width: 282 });
        lines.push(n + " " + cap);
      });
    } else if (sl.table) {
      t(sl.sub, 36, 80, { font: "I", size: 14, color: GREY, width: 648 }); lines.push(sl.sub);
      const y = table(36, 110, [408, 120, 120], sl.table.head, sl.table.rows, { size: 13, right: [1, 2] });
      t(sl.note, 36, y + 14, { font: "I", size: 11, color: GREY, width: 648 }); lines.push(sl.note);
    } else if (sl.budget) {
      const { head, rows } = budgetRows();
      const y = table(36, 88, [248, 100, 100, 100, 100], head, rows, { size: 12, right: [1, 2, 3, 4], boldLast: true });
      t(sl.note, 36, y + 14, { font: "I", size: 11, color: GREY, width: 648 }); lines.push(sl.note);
    } else if (sl.bullets) {
      let y = 92;
      for (const b of sl.bullets) {
        doc.circle(44, y + 9, 4).fill(GOLD);
        t(b, 58, y, { size: 16, width: 620 }); lines.push(b);
        y += hgt(b, 620, { size: 16 }) + 16;
      }
    }
  }
  const sn = String(no);
  t(sn, 640, 385, { size: 10, color: GREY, width: 60, align: "right" });
  lines.push(sn);
}

// ---- pages
const SW = 250, S = SW / 720, SH = 405 * S, X = 50, NOTE_X = 330, NOTE_W = 215;
const TOPS = [78, 340, 602];
let page = 0;
for (let i = 0; i < H.slides.length; i += 3) {
  doc.addPage({ size: "A4", margin: 0 });
  page++;
  t(H.header, 50, 30, { size: 9, color: "#444444" });
  t(H.date, 445, 30, { size: 9, color: "#444444", width: 100, align: "right" });
  lines.push(H.header + " | " + H.date);
  H.slides.slice(i, i + 3).forEach((sl, k) => {
    const top = TOPS[k];
    doc.save();
    doc.translate(X, top);
    doc.scale(S);
    doc.rect(0, 0, 720, 405).fill("#ffffff");
    drawSlide(sl, i + k + 1);
    doc.restore();
    doc.rect(X, top, SW, SH).lineWidth(0.75).strokeColor("#555555").stroke();
    for (let l = 0; l < 8; l++) {
      const y = top + 12 + l * ((SH + 40) / 8);
      doc.moveTo(NOTE_X, y).lineTo(NOTE_X + NOTE_W, y).lineWidth(0.5).strokeColor("#9a9a9a").stroke();
    }
  });
  t(H.footer, 50, 806, { size: 9, color: "#444444" });
  t(String(page), 445, 806, { size: 9, color: "#444444", width: 100, align: "right" });
  lines.push(H.footer + " | " + page);
}
doc.end();
await new Promise((r) => stream.on("finish", r));
writeFileSync(join(root, "text", BASE.handout + ".txt"), lines.join("\n") + "\n");
// arithmetic checks
const { rows } = budgetRows();
const num = (s) => (s.startsWith("(") ? -Number(s.slice(1, -1).replace(/,/g, "")) : Number(s.replace(/,/g, "")));
for (const c of [1, 2, 3, 4]) {
  const sum = rows.slice(0, -1).reduce((a, r) => a + num(r[c]), 0);
  if (sum !== num(rows.at(-1)[c])) throw new Error("budget column " + c);
}
console.log(`wrote ${BASE.handout}.pdf: ${page} pages, ${H.slides.length} slides`);
