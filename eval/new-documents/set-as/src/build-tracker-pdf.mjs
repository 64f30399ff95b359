// Builds docs/coastal-panel-delivery-tracker-2095-96-q3.pdf and its rendering in text/.
// Layout: an EXCEL WORKBOOK PRINTED TO PDF, two sheets, A4 landscape. The "Tracker" sheet has print
// titles (its two header rows are repeated at the top of every printed page), a merged "RAG status"
// header over four quarter columns whose labels are ROTATED 90 degrees (as are the narrow budget and
// spend headers), workstream rows merged across the sheet, statuses shown as a single letter on a
// coloured fill and explained only by a key below the table, a total row, footnotes and a COUNTIF
// summary. The "Attendance" sheet has the meeting dates as rotated headers and P / A / S / n/m marks.
// Excel's page header and footer (printed date, file path, sheet name, page x of y) are page furniture
// and are left out of the rendering; the repeated print-title rows are kept, as a reader sees them.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-tracker-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, requireMain, FONTS, BODY, PROGRAMME, TRACKER, RATING_KEY, RATING_FILL, ATTENDANCE, SUBS_ATTENDING, MEETINGS_9596, MEMBERS, FORMER, dmy } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const BASE = "coastal-panel-delivery-tracker-2095-96-q3";
const F = { reg: join(FONTS, "DejaVuSansCondensed.ttf"), bold: join(FONTS, "DejaVuSansCondensed-Bold.ttf"), it: join(FONTS, "DejaVuSansCondensed-Oblique.ttf") };
const W = 841.89, H = 595.28, ML = 28, MT = 46, MB = 44;
const FS = 8.4;

const doc = new PDFDocument({ size: [W, H], margins: { top: MT, bottom: 0, left: ML, right: ML }, autoFirstPage: false, info: { Title: "CCFRP tracker 2095-96 v8", Author: "Wilf Padgett", Creator: "Microsoft® Excel® for Microsoft 365", Producer: "Microsoft® Excel® for Microsoft 365" } });
doc.pipe(createWriteStream(join(root, "docs", BASE + ".pdf")));
doc.registerFont("reg", F.reg).registerFont("bold", F.bold).registerFont("it", F.it);

const out = []; // rendering
let page = 0, sheet = "Tracker";
const TOTAL_PAGES = 3;
function newPage() {
  doc.addPage({ size: [W, H], margins: { top: MT, bottom: 0, left: ML, right: ML } });
  page++;
  doc.font("reg").fontSize(7).fillColor("#404040");
  doc.text("Printed 20/03/2096 16:42", ML, 20, { lineBreak: false });
  doc.text("OFFICIAL", W - ML - 60, 20, { width: 60, align: "right", lineBreak: false });
  doc.text("\\\\lgafs02\\Programmes\\Coastal\\CCFRP tracker 2095-96 v8.xlsx", ML, H - 26, { lineBreak: false });
  doc.text(sheet, W / 2 - 40, H - 26, { width: 80, align: "center", lineBreak: false });
  doc.text(`Page ${page} of ${TOTAL_PAGES}`, W - ML - 80, H - 26, { width: 80, align: "right", lineBreak: false });
  return MT;
}

function cellBox(x, y, w, h, fill) {
  if (fill) doc.rect(x, y, w, h).fill(fill);
  doc.lineWidth(0.4).strokeColor("#8C8C8C").rect(x, y, w, h).stroke();
}
function cellText(s, x, y, w, h, o = {}) {
  doc.font(o.font ?? "reg").fontSize(o.size ?? FS).fillColor(o.color ?? "#000000");
  if (o.rotate) {
    // text runs bottom-to-top, centred across the cell's width
    const lines = String(s).split("\n");
    const lh = (o.size ?? FS) * 1.15;
    const block = lines.length * lh;
    doc.save();
    const ox = x + (w - block) / 2, oy = y + h - 4;
    doc.rotate(-90, { origin: [ox, oy] });
    lines.forEach((ln, k) => doc.text(ln, ox, oy + k * lh, { width: h - 8, lineBreak: false }));
    doc.restore();
    return;
  }
  const th = doc.heightOfString(String(s), { width: w - 5 });
  const ty = o.valign === "middle" ? y + (h - th) / 2 : y + 2.5;
  doc.text(String(s), x + 2.5, ty, { width: w - 5, align: o.align ?? "left" });
}
const hOf = (s, w, font = "reg", size = FS) => {
  doc.font(font).fontSize(size);
  return doc.heightOfString(String(s), { width: w - 5 });
};

// ------------------------------------------------------------------ sheet 1: Tracker
const COLS = [38, 166, 74, 70, 42, 19, 19, 19, 19, 36, 36, 248];
const X = COLS.reduce((a, w, i) => (a.push(a[i] + w), a), [ML]);
const HEAD_FILL = "#1F4E78";
const HEAD1 = 13, HEAD2 = 60;
const QLAB = ["Q1 Apr–Jun", "Q2 Jul–Sep", "Q3 Oct–Dec", "Q4 Jan–Mar"];
const HEAD_TEXT = ["Ref", "Milestone / deliverable", "Lead officer", "Lead council / partner", "Target date", "RAG status 2095/96 ²", "Budget 2095/96 £k ¹", "Spend to 31/12/95 £k", "Commentary at quarter 3"];

function drawHeader(y) {
  const spanned = [0, 1, 2, 3, 4, 9, 10, 11];
  for (const i of spanned) {
    cellBox(X[i], y, COLS[i], HEAD1 + HEAD2, HEAD_FILL);
    const label = i < 5 ? HEAD_TEXT[i] : i === 9 ? HEAD_TEXT[6] : i === 10 ? HEAD_TEXT[7] : HEAD_TEXT[8];
    if (i === 9 || i === 10) cellText(label.replace(" £k", "\n£k").replace("Spend to", "Spend to\n").replace("\n\n", "\n").replace(/^(Budget) /, "$1\n"), X[i], y, COLS[i], HEAD1 + HEAD2, { font: "bold", color: "#FFFFFF", rotate: true, size: 6.6 });
    else cellText(label, X[i], y, COLS[i], HEAD1 + HEAD2, { font: "bold", color: "#FFFFFF", valign: "middle" });
  }
  cellBox(X[5], y, COLS[5] * 4, HEAD1, HEAD_FILL);
  cellText(HEAD_TEXT[5], X[5], y, COLS[5] * 4, HEAD1, { font: "bold", color: "#FFFFFF", align: "center", size: 6.4 });
  for (let q = 0; q < 4; q++) {
    cellBox(X[5 + q], y + HEAD1, COLS[5 + q], HEAD2, HEAD_FILL);
    cellText(QLAB[q], X[5 + q], y + HEAD1, COLS[5 + q], HEAD2, { font: "bold", color: "#FFFFFF", rotate: true });
  }
  out.push(HEAD_TEXT.join(" | "));
  out.push(QLAB.join(" | "));
  return y + HEAD1 + HEAD2;
}

sheet = "Tracker";
let y = newPage();
doc.font("bold").fontSize(12).fillColor("#1F4E78").text(BODY, ML, y, { lineBreak: false });
out.push(BODY);
y += 16;
doc.font("bold").fontSize(10).fillColor("#000000").text(`${PROGRAMME} 2095/96: delivery tracker`, ML, y, { lineBreak: false });
out.push(`${PROGRAMME} 2095/96: delivery tracker`);
y += 13;
const sub = "Position at 31 December 2095 (quarter 3), as reported to the Panel on 14 March 2096. Quarter 4 will be reported to the Panel in June 2096.";
doc.font("it").fontSize(7.5).text(sub, ML, y, { lineBreak: false });
out.push(sub);
y += 14;
y = drawHeader(y);

const BOTTOM = H - MB;
for (const r of TRACKER) {
  if (r.ws) {
    const h = 12;
    if (y + h + 30 > BOTTOM) { y = newPage(); y = drawHeader(y); }
    cellBox(ML, y, X[12] - ML, h, "#DDEBF7");
    cellText(r.ws, ML, y, X[12] - ML, h, { font: "bold" });
    out.push(r.ws);
    y += h;
    continue;
  }
  const cells = [r.ref, r.what, r.lead, r.partner, r.target, r.q[0], r.q[1], r.q[2], "", r.budget, r.spend, r.note];
  const h = Math.max(...cells.map((c, i) => hOf(c, COLS[i]))) + 5;
  if (y + h > BOTTOM) { y = newPage(); y = drawHeader(y); }
  cells.forEach((c, i) => {
    const isQ = i >= 5 && i <= 8;
    cellBox(X[i], y, COLS[i], h, isQ && c ? RATING_FILL[c] : null);
    cellText(c, X[i], y, COLS[i], h, { align: isQ ? "center" : i === 9 || i === 10 ? "right" : "left", font: isQ ? "bold" : "reg", valign: isQ ? "middle" : undefined });
  });
  out.push(cells.join(" | "));
  y += h;
}
// total row
{
  const h = 12;
  cellBox(ML, y, X[9] - ML, h, "#F2F2F2");
  cellText("Total (milestones with a direct budget allocation)", ML, y, X[9] - ML, h, { font: "bold" });
  cellBox(X[9], y, COLS[9], h, "#F2F2F2");
  cellText("10,335", X[9], y, COLS[9], h, { font: "bold", align: "right" });
  cellBox(X[10], y, COLS[10], h, "#F2F2F2");
  cellText("4,201", X[10], y, COLS[10], h, { font: "bold", align: "right" });
  cellBox(X[11], y, COLS[11], h, "#F2F2F2");
  out.push("Total (milestones with a direct budget allocation) | 10,335 | 4,201 |");
  y += h + 8;
}
const NOTES = [
  "¹ Revised budget 2095/96 (including the £25,000 virement to FR-03 agreed on 7 December 2095), for milestones with a direct allocation only; staff time is not shown. See the budget monitoring report to the Panel on 14 March 2096.",
  "² Milestones rated R are reported to the Place, Infrastructure and Climate Board by exception.",
];
doc.font("it").fontSize(6.8).fillColor("#000000");
for (const n of NOTES) {
  doc.text(n, ML, y, { width: 520 });
  out.push(n);
  y += doc.heightOfString(n, { width: 520 }) + 2;
}
y += 6;
// key (left) and summary (right)
const ky = y;
doc.font("bold").fontSize(7.5).text("Key", ML, y, { lineBreak: false });
out.push("Key");
y += 11;
const KW = [22, 74, 36, 290];
const KX = KW.reduce((a, w, i) => (a.push(a[i] + w), a), [ML]);
for (const k of RATING_KEY) {
  const h = 11;
  k.forEach((c, i) => {
    cellBox(KX[i], y, KW[i], h, i === 0 ? RATING_FILL[k[0]] : null);
    cellText(c, KX[i], y, KW[i], h, { align: i === 0 ? "center" : "left", font: i === 0 ? "bold" : "reg" });
  });
  out.push(k.join(" | "));
  y += h;
}
const keyNote = "A blank cell means the quarter has not yet been reported.";
doc.font("it").fontSize(6.8).text(keyNote, ML, y + 3, { lineBreak: false });
out.push(keyNote);

let sy = ky;
const SX0 = ML + 470, SW = [96, 26, 26, 26, 26];
const SX = SW.reduce((a, w, i) => (a.push(a[i] + w), a), [SX0]);
doc.font("bold").fontSize(7.5).text("Summary of ratings (number of milestones)", SX0, sy, { lineBreak: false });
out.push("Summary of ratings (number of milestones)");
sy += 11;
const counts = (q, s) => TRACKER.filter((r) => r.q && r.q[q] === s).length;
const srows = [["Rating", "Q1", "Q2", "Q3", "Q4"]];
for (const [s, word] of RATING_KEY.map((k) => [k[0], k[1]])) srows.push([`${s} – ${word}`, ...[0, 1, 2].map((q) => String(counts(q, s))), ""]);
srows.push(["Total", ...[0, 1, 2].map((q) => String(TRACKER.filter((r) => r.q).length)), ""]);
srows.forEach((row, k) => {
  row.forEach((c, i) => {
    cellBox(SX[i], sy, SW[i], 11, k === 0 ? "#DDEBF7" : null);
    cellText(c, SX[i], sy, SW[i], 11, { align: i ? "center" : "left", font: k === 0 || k === srows.length - 1 ? "bold" : "reg" });
  });
  out.push(row.join(" | ").trimEnd());
  sy += 11;
});

// ------------------------------------------------------------------ sheet 2: Attendance
sheet = "Attendance";
y = newPage();
out.push("");
doc.font("bold").fontSize(12).fillColor("#1F4E78").text(BODY, ML, y, { lineBreak: false });
out.push(BODY);
y += 16;
doc.font("bold").fontSize(10).fillColor("#000000").text("Attendance at Panel meetings 2095/96", ML, y, { lineBreak: false });
out.push("Attendance at Panel meetings 2095/96");
y += 18;
const AW = [150, 80, 24, 24, 24, 24, 40, 40, 40];
const AX = AW.reduce((a, w, i) => (a.push(a[i] + w), a), [ML]);
const AH = ["Member", "Group", ...MEETINGS_9596.map(dmy), "Attended", "Possible", "Attendance %"];
const AHH = 58;
AH.forEach((c, i) => {
  cellBox(AX[i], y, AW[i], AHH, HEAD_FILL);
  cellText(c, AX[i], y, AW[i], AHH, { font: "bold", color: "#FFFFFF", rotate: i >= 2, valign: "middle", align: i >= 6 ? "center" : "left" });
});
out.push(AH.join(" | "));
y += AHH;
const grp = (name) => {
  const m = MEMBERS.find((x) => x.name === name) ?? (FORMER.name === name ? FORMER : null);
  return { Conservative: "Con", Labour: "Lab", "Liberal Democrat": "LD", Independent: "Ind" }[m.group];
};
const MARK_FILL = { P: null, A: "#F8CBAD", S: "#FFE699", "n/m": "#EDEDED" };
for (const a of ATTENDANCE) {
  const attended = a.marks.filter((m) => m === "P").length;
  const possible = a.marks.filter((m) => m !== "n/m").length;
  const pct = Math.round((100 * attended) / possible) + "%";
  const name = a.name + (a.name === FORMER.name ? " ³" : a.name === "Cllr Tamsin Oyelaran" ? " ⁴" : "");
  const cells = [name, grp(a.name), ...a.marks, String(attended), String(possible), pct];
  cells.forEach((c, i) => {
    cellBox(AX[i], y, AW[i], 11, i >= 2 && i <= 5 ? MARK_FILL[c] : null);
    cellText(c, AX[i], y, AW[i], 11, { align: i >= 2 ? "center" : "left" });
  });
  out.push(cells.join(" | "));
  y += 11;
}
y += 8;
const AKEY = [
  "Key: P = present; A = apologies, no substitute; S = apologies, a named substitute attended; n/m = not a member of the Panel on that date. A substitute's attendance does not count towards the member's attendance.",
  "³ Cllr Desmond Farraday stood down from the Panel on 31 December 2095.",
  "⁴ Cllr Tamsin Oyelaran joined the Panel on 1 January 2096 in place of Cllr Farraday.",
];
doc.font("reg").fontSize(7).fillColor("#000000");
for (const n of AKEY) {
  doc.text(n, ML, y, { width: 470 });
  out.push(n);
  y += doc.heightOfString(n, { width: 470 }) + 2;
}
y += 8;
doc.font("bold").fontSize(7.5).text("Substitutes attending", ML, y, { lineBreak: false });
out.push("Substitutes attending");
y += 11;
const BW = [60, 130, 150];
const BX = BW.reduce((a, w, i) => (a.push(a[i] + w), a), [ML]);
[["Meeting", "Substitute", "Attended in place of"], ...SUBS_ATTENDING].forEach((row, k) => {
  row.forEach((c, i) => {
    cellBox(BX[i], y, BW[i], 11, k === 0 ? "#DDEBF7" : null);
    cellText(c, BX[i], y, BW[i], 11, { font: k === 0 ? "bold" : "reg" });
  });
  out.push(row.join(" | "));
  y += 11;
});

if (page !== TOTAL_PAGES) console.error(`expected ${TOTAL_PAGES} pages, made ${page}`);
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${page} pages) and text/${BASE}.txt`);
