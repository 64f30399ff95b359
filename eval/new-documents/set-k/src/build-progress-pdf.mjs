// Builds docs/councillors-forum-work-programme-2025-26-q3.pdf (the LGA Councillors' Forum's work programme
// progress report at quarter 3 of 2025/26, item 4 at the Forum on 12 March 2026, made with pdfkit) and its
// plain-text rendering text/councillors-forum-work-programme-2025-26-q3.txt from the same content.
//
//   node src/build-progress-pdf.mjs      (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 LANDSCAPE, 3 pages, DejaVu Serif for the text and DejaVu Sans Condensed for the tables (embedded).
// Page 1: masthead (board, date, item at the top right), title, a front sheet of bold inline labels
// ("Purpose of report:", "Recommendations:" with (a)-(c) lines, "Contact officer:", …) and numbered paragraphs.
// Page 2: Table 1 with a TWO-ROW GROUPED HEADER: "Ref | Measure | Lead member | Outturn 2024/25 | 2025/26 |
// Target 2025/26 | Status" over "Q1 | Q2 | Q3" (the "2025/26" heading spans the three quarter columns, with a
// rule under it); the status is a single LETTER (B / G / A / R) centred on a cell filled with its colour; a
// "–" means not measured. THE TABLE IS DRAWN COLUMN BY COLUMN: first all cell fills, then the text of column
// 1 top to bottom, then column 2, … so the PDF's content stream (and a plain text extraction in stream order)
// has the table's columns one after the other, not its rows. Every cell is one line (checked), so the rows
// can be rebuilt from the text positions. Page 3: Appendix A, the status key as a small table (drawn row by
// row), and Appendix B, the programme risks written as one paragraph per risk with inline bold labels and
// scores written "4x3=12". Running header from page 2 and "Page n of 3" footer, drawn last, are page furniture
// and left out of the rendering.
// Synthetic test fixture: the people, measures and figures are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "councillors-forum-work-programme-2025-26-q3";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const MAST_L = ["Local Government Association", "Councillors' Forum"];
const MAST_R = ["Thursday 12 March 2026", "Item 4"];
const TITLE = "Forum work programme 2025/26: progress at quarter 3";
// blocks: ["lab", label, text] bold inline label; ["li", text] indented line; ["h", text] heading;
// ["np", num, text] numbered paragraph
const FRONT = [
  ["lab", "Purpose of report:", "For decision."],
  ["lab", "Summary:", "This report sets out progress on the ten measures in the Forum's work programme for 2025/26 at the end of quarter 3 (1 October to 31 December 2025). Two measures have already met their target for the year, two are on track, two are at some risk and four are off track. Appendix B summarises the four risks to the work programme."],
  ["lab", "Recommendations:", "That the Forum:"],
  ["li", "(a) notes progress at quarter 3;"],
  ["li", "(b) agrees to reduce the 2025/26 target for attendance at regional councillor roadshows (CFW-03) from 1,200 to 900, because the roadshows planned for February and March 2026 in reorganising areas have been cancelled; and"],
  ["li", "(c) asks officers to bring a recovery plan for the Councillor Support Line (CFW-05) to the next meeting."],
  ["lab", "Contact officer:", "Sidonie Aspinwall"],
  ["lab", "Position:", "Head of Councillor Support"],
  ["lab", "Phone no:", "020 7946 0105"],
  ["lab", "Email:", "sidonie.aspinwall@local.gov.uk"],
  ["h", "Progress at quarter 3"],
  ["np", "1.", "Table 1 shows each measure's outturn for 2024/25, its figures for the first three quarters of 2025/26, the target for the year and its status letter. The status key is at Appendix A."],
  ["np", "2.", "The WardDesk casework app passed its target in December: 4,120 councillors were using it at 31 December 2025, against a target of 4,000. All 21 councils in reorganisation areas that asked for transition support for their councillors have now been offered it (CFW-06)."],
  ["np", "3.", "Four measures are off track. Only 610 councillors had attended a regional roadshow by the end of December, and the two roadshows planned for February and March 2026 in reorganising areas have been cancelled at the councils' request. The Councillor Support Line answered 79 per cent of calls within two minutes in quarter 3, against a standard of 90 per cent, after the number of calls rose by a third in November. Only one more council adopted the model councillor-officer protocol in the quarter, taking the total to 61 against a target of 90."],
  ["np", "4.", "The survey of councillors on remote attendance at council meetings (CFW-08) closed on 9 January 2026 with 2,207 responses, 293 short of the target of 2,500. The report of the survey will come to the Forum on 18 June 2026."],
  ["np", "5.", "Attendance at Forum meetings (CFW-07) fell to 72 per cent in quarter 3; two meetings of the Forum's working groups clashed with budget-setting meetings in members' own councils."],
];
const TABLE_CAPTION = "Table 1: Work programme measures at quarter 3 2025/26";
// header: row 1 (group heading over the quarter columns), row 2 (the quarters)
const HEAD1 = ["Ref", "Measure", "Lead member", "Outturn 2024/25", "2025/26", "Target 2025/26", "Status"];
const HEAD2 = ["Q1", "Q2", "Q3"];
// [ref, measure, lead, outturn 24/25, Q1, Q2, Q3, target, status letter]
const ROWS = [
  ["CFW-01", "Councils with a parental leave policy for councillors", "Cllr Sandiford", "142", "151", "163", "170", "200", "A"],
  ["CFW-02", "Councillors using the WardDesk casework app", "Cllr Varsani-Webb", "2,310", "2,905", "3,480", "4,120", "4,000", "B"],
  ["CFW-03", "Councillors attending a regional councillor roadshow", "Cllr Brightmore", "1,140", "210", "455", "610", "1,200", "R"],
  ["CFW-04", "Scrutiny chairs attending a scrutiny masterclass", "Cllr Mortlock", "96", "18", "41", "77", "100", "G"],
  ["CFW-05", "Support Line calls answered within two minutes", "Cllr Sandiford", "88%", "91%", "86%", "79%", "90%", "R"],
  ["CFW-06", "Reorganising councils offered transition support", "Cllr Cordiner", "–", "6", "14", "21", "21", "B"],
  ["CFW-07", "Forum members attending Forum meetings", "Cllr Fenwicke-Latch", "74%", "81%", "77%", "72%", "80%", "A"],
  ["CFW-08", "Responses to the remote attendance survey", "Cllr Ramasundaram", "–", "–", "1,864", "2,041", "2,500", "R"],
  ["CFW-09", "Councillor case studies published", "Cllr Aucott", "28", "7", "15", "24", "30", "G"],
  ["CFW-10", "Councils using the model councillor-officer protocol", "Cllr Quarendon", "55", "58", "60", "61", "90", "R"],
];
const TABLE_NOTE = "Figures for Q1 to Q3 are cumulative for the year to date, except CFW-05 and CFW-07, which are for the quarter alone. A dash means that the measure was not collected in that period.";
const KEY_H = "Appendix A: status key";
const KEY_HEAD = ["Letter", "Colour", "Meaning"];
const KEY = [
  ["B", "Blue", "Target for 2025/26 already met"],
  ["G", "Green", "On track to meet the target by 31 March 2026"],
  ["A", "Amber", "At risk: the target may be missed without further action"],
  ["R", "Red", "Off track: the target will not be met in 2025/26"],
];
const RISK_H = "Appendix B: risks to the work programme";
const RISK_INTRO = "Each risk is scored from 1 to 5 for likelihood and for impact, and its score is likelihood x impact. Scores of 15 or more are red, 8 to 12 amber and 1 to 6 green.";
// [ref and title, [[label, text], …]]
const RISKS = [
  ["CF-R1 Support Line demand", [["Risk:", "calls to the Councillor Support Line keep rising faster than the contract allows for, so councillors wait longer for help."], ["Likelihood x impact:", "4x4=16 (red)."], ["Owner:", "Zainab Aalders."], ["Controls:", "extra call handlers at peak times from January 2026; a budget virement is proposed at item 5."]]],
  ["CF-R2 Reorganisation workload", [["Risk:", "councillors in areas going through local government reorganisation have less time for Forum activities in 2026, so attendance and roadshow numbers fall."], ["Likelihood x impact:", "4x3=12 (amber)."], ["Owner:", "Leontine Coldicott."], ["Controls:", "online roadshow sessions; transition support for councillors (CFW-06)."]]],
  ["CF-R3 WardDesk licence costs", [["Risk:", "take-up of the WardDesk app beyond the target pushes licence costs over budget."], ["Likelihood x impact:", "3x3=9 (amber)."], ["Owner:", "Corentin Lowther."], ["Controls:", "unused licences to be reclaimed from councils every quarter."]]],
  ["CF-R4 Forum membership after the May 2026 elections", [["Risk:", "a high turnover of Forum members after the local elections on 7 May 2026 slows work on the model councillor-officer protocol."], ["Likelihood x impact:", "3x2=6 (green)."], ["Owner:", "Dashiell Frayne."], ["Controls:", "nominations for 2026/27 sought before the elections; an induction session for new members in June 2026."]]],
];
const HEADER_TEXT = "Councillors' Forum – 12 March 2026 – Item 4: work programme progress at quarter 3";
const FOOTER_TEXT = "Local Government Association, 18 Smith Square, London SW1P 3HZ   T 020 7946 0000";

// ---------------------------------------------------------------- checks
const n = (s) => (s === "–" ? null : parseFloat(s.replace(/[,%]/g, "")));
const letters = Object.fromEntries(KEY.map((k) => [k[0], 0]));
for (const r of ROWS) {
  if (!(r[8] in letters)) throw new Error(r[0] + ": unknown status " + r[8]);
  letters[r[8]]++;
  const q3 = n(r[6]);
  const target = n(r[7]);
  if ((r[8] === "B") !== (q3 >= target)) throw new Error(r[0] + ": B must mean the Q3 figure has met the target");
}
if (letters.B !== 2 || letters.G !== 2 || letters.A !== 2 || letters.R !== 4) throw new Error("status counts differ from the summary: " + JSON.stringify(letters));
if (RISKS.length !== 4) throw new Error("risk count differs from the summary");
for (const [t, f] of RISKS) {
  const m = f.find((x) => x[0] === "Likelihood x impact:")[1].match(/^(\d)x(\d)=(\d+) \((red|amber|green)\)/);
  const s = +m[1] * +m[2];
  if (s !== +m[3]) throw new Error(t + ": score");
  const band = s >= 15 ? "red" : s >= 8 ? "amber" : "green";
  if (band !== m[4]) throw new Error(t + ": band");
}

// ---------------------------------------------------------------- PDF
const PW = 841.89;
const PH = 595.28;
const L = 40;
const W = PW - 2 * L;
const TOP = 48;
const BOTTOM = PH - 56;
const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: TOP, bottom: 30, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.registerFont("S", join(FONTS, "DejaVuSerif.ttf"));
doc.registerFont("SB", join(FONTS, "DejaVuSerif-Bold.ttf"));
doc.registerFont("SI", join(FONTS, "DejaVuSerif-Italic.ttf"));
doc.registerFont("C", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.registerFont("CB", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.info.Title = "Councillors' Forum – work programme 2025/26: progress at quarter 3";
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#5b2a6e";
let page = 0;
doc.addPage();

// masthead
let y = TOP;
doc.font("SB").fontSize(10).fillColor(ACC).text(MAST_L[0], L, y, { width: W / 2, lineBreak: false });
doc.font("S").fontSize(10).fillColor("#333333").text(MAST_R[0], L + W / 2, y, { width: W / 2, align: "right", lineBreak: false });
y += 15;
doc.font("SB").fontSize(17).fillColor("black").text(MAST_L[1], L, y, { width: W / 2, lineBreak: false });
doc.font("SB").fontSize(11).fillColor("#333333").text(MAST_R[1], L + W / 2, y + 4, { width: W / 2, align: "right", lineBreak: false });
y += 26;
doc.font("SB").fontSize(15).fillColor(ACC).text(TITLE, L, y, { width: W });
y = doc.y + 4;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(1.5).strokeColor(ACC).stroke();
y += 10;
doc.fillColor("black");

const SIZE = 9.6;
const LG = 1.6;
const LABW = 118; // labels in a hanging column
const blockH = (b) => {
  if (b[0] === "lab") return doc.font("S").fontSize(SIZE).heightOfString(b[2], { width: W - LABW, lineGap: LG }) + 4;
  if (b[0] === "li") return doc.font("S").fontSize(SIZE).heightOfString(b[1], { width: W - LABW - 10, lineGap: LG }) + 3;
  if (b[0] === "h") return 24;
  return doc.font("S").fontSize(SIZE).heightOfString(b[2], { width: W - 22, lineGap: LG }) + 6;
};
for (const b of FRONT) {
  const h = blockH(b);
  if (y + h > BOTTOM) throw new Error("front sheet does not fit on page 1");
  if (b[0] === "lab") {
    doc.font("SB").fontSize(SIZE).fillColor("black").text(b[1], L, y, { width: LABW - 6, lineBreak: false });
    doc.font("S").fontSize(SIZE).text(b[2], L + LABW, y, { width: W - LABW, lineGap: LG });
  } else if (b[0] === "li") {
    doc.font("S").fontSize(SIZE).text(b[1], L + LABW + 10, y, { width: W - LABW - 10, lineGap: LG });
  } else if (b[0] === "h") {
    y += 6;
    doc.font("SB").fontSize(11.5).fillColor(ACC).text(b[1], L, y, { width: W, lineBreak: false });
    doc.fillColor("black");
    y -= 6;
  } else {
    doc.font("S").fontSize(SIZE).text(b[1], L, y, { width: 20, lineBreak: false });
    doc.font("S").fontSize(SIZE).text(b[2], L + 22, y, { width: W - 22, lineGap: LG });
  }
  y += h;
}

// ---- page 2: Table 1, drawn column by column
doc.addPage();
page++;
y = TOP + 8;
doc.font("SB").fontSize(11.5).fillColor(ACC).text(TABLE_CAPTION, L, y, { width: W, lineBreak: false });
y += 22;
const CW = [50, 238, 100, 86, 50, 50, 50, 80, 0];
CW[8] = W - CW.slice(0, 8).reduce((a, c) => a + c, 0);
const CX = CW.map((_, i) => L + CW.slice(0, i).reduce((a, c) => a + c, 0));
const TS = 9;
const PAD = 5;
const RH = 22; // data row height
const H1 = 18; // header row 1
const H2 = 16; // header row 2
const tableTop = y;
const bodyTop = tableTop + H1 + H2;
// every cell must fit on one line
for (const r of ROWS)
  r.forEach((c, i) => {
    const w = doc.font(i === 0 || i === 8 ? "CB" : "C").fontSize(TS).widthOfString(c);
    if (w > CW[i] - 2 * PAD) throw new Error(`cell too wide for one line: ${r[0]} col ${i}: ${c}`);
  });
const headCols = [0, 1, 2, 3, null, 7, 8]; // HEAD1 index -> first column
HEAD1.forEach((h, k) => {
  const w = k === 4 ? CW[4] + CW[5] + CW[6] : CW[headCols[k]];
  if (doc.font("CB").fontSize(TS).widthOfString(h) > w - 2 * PAD) throw new Error("header too wide: " + h);
});
// fills first
doc.rect(L, tableTop, W, H1 + H2).fillColor("#ece4f0").fill();
const FILL = { B: "#2f6fb5", G: "#2e8b57", A: "#f0a830", R: "#c8372d" };
ROWS.forEach((r, k) => {
  const ry = bodyTop + k * RH;
  if (k % 2 === 1) doc.rect(L, ry, W, RH).fillColor("#f7f5f8").fill();
  doc.rect(CX[8] + 8, ry + 3, CW[8] - 16, RH - 6).fillColor(FILL[r[8]]).fill();
});
// rules
doc.lineWidth(0.5).strokeColor("#8a7a90");
doc.moveTo(L, tableTop).lineTo(L + W, tableTop).stroke();
doc.moveTo(CX[4] + 4, tableTop + H1 - 1).lineTo(CX[7] - 4, tableTop + H1 - 1).stroke(); // rule under the group heading
doc.moveTo(L, bodyTop).lineTo(L + W, bodyTop).lineWidth(1).stroke();
for (let k = 1; k <= ROWS.length; k++) doc.moveTo(L, bodyTop + k * RH).lineTo(L + W, bodyTop + k * RH).lineWidth(0.4).strokeColor("#c9bfcc").stroke();
// text, column by column: a column's header cell(s), then its cells top to bottom
const right = (i) => i >= 3 && i <= 7;
const cellText = (t, i, yy, font, color = "black") => {
  doc.font(font).fontSize(TS).fillColor(color);
  if (i === 8) doc.text(t, CX[i], yy, { width: CW[i], align: "center", lineBreak: false });
  else doc.text(t, CX[i] + PAD, yy, { width: CW[i] - 2 * PAD, align: right(i) ? "right" : "left", lineBreak: false });
};
const textY1 = tableTop + 4;
const textY2 = tableTop + H1 + 3;
for (let i = 0; i < 9; i++) {
  if (i <= 3) cellText(HEAD1[i], i, textY1, "CB");
  if (i === 4) {
    doc.font("CB").fontSize(TS).fillColor("black").text(HEAD1[4], CX[4], textY1, { width: CW[4] + CW[5] + CW[6], align: "center", lineBreak: false });
  }
  if (i >= 4 && i <= 6) cellText(HEAD2[i - 4], i, textY2, "CB");
  if (i === 7) cellText(HEAD1[5], i, textY1, "CB");
  if (i === 8) cellText(HEAD1[6], i, textY1, "CB");
  ROWS.forEach((r, k) => {
    const ry = bodyTop + k * RH + 6.5;
    if (i === 8) cellText(r[8], 8, ry, "CB", "white");
    else cellText(r[i], i, ry, i === 0 ? "CB" : "C");
  });
}
y = bodyTop + ROWS.length * RH + 8;
doc.font("SI").fontSize(8.6).fillColor("#333333").text(TABLE_NOTE, L, y, { width: W });
doc.fillColor("black");

// ---- page 3: appendices
doc.addPage();
page++;
y = TOP + 8;
doc.font("SB").fontSize(11.5).fillColor(ACC).text(KEY_H, L, y, { width: W, lineBreak: false });
y += 22;
const KW = [60, 80, 330];
const KX = [L, L + KW[0], L + KW[0] + KW[1]];
const KRH = 20;
doc.rect(L, y, KW[0] + KW[1] + KW[2], KRH).fillColor("#ece4f0").fill();
KEY_HEAD.forEach((h, i) => doc.font("CB").fontSize(TS).fillColor("black").text(h, KX[i] + PAD, y + 5, { width: KW[i] - 2 * PAD, lineBreak: false }));
y += KRH;
for (const k of KEY) {
  doc.rect(KX[0] + 12, y + 3, KW[0] - 24, KRH - 6).fillColor(FILL[k[0]]).fill();
  doc.font("CB").fontSize(TS).fillColor("white").text(k[0], KX[0], y + 5, { width: KW[0], align: "center", lineBreak: false });
  doc.font("C").fontSize(TS).fillColor("black").text(k[1], KX[1] + PAD, y + 5, { width: KW[1] - 2 * PAD, lineBreak: false });
  doc.font("C").fontSize(TS).fillColor("black").text(k[2], KX[2] + PAD, y + 5, { width: KW[2] - 2 * PAD, lineBreak: false });
  y += KRH;
  doc.moveTo(L, y).lineTo(L + KW[0] + KW[1] + KW[2], y).lineWidth(0.4).strokeColor("#c9bfcc").stroke();
}
y += 16;
doc.font("SB").fontSize(11.5).fillColor(ACC).text(RISK_H, L, y, { width: W, lineBreak: false });
y += 20;
doc.font("S").fontSize(SIZE).fillColor("black").text(RISK_INTRO, L, y, { width: W, lineGap: LG });
y = doc.y + 8;
for (const [title, fields] of RISKS) {
  const flat = fields.map(([l, t]) => `${l} ${t}`).join(" ");
  const h = 16 + doc.font("SB").fontSize(SIZE).heightOfString(flat, { width: W, lineGap: LG }) + 8;
  if (y + h > BOTTOM) throw new Error("risks do not fit on page 3");
  doc.font("SB").fontSize(SIZE + 0.4).fillColor(ACC).text(title, L, y, { width: W, lineBreak: false });
  y += 16;
  doc.fillColor("black");
  fields.forEach(([l, t], k) => {
    const last = k === fields.length - 1;
    const lab = (k ? " " : "") + l + " ";
    if (k === 0) doc.font("SB").fontSize(SIZE).text(lab, L, y, { width: W, lineGap: LG, continued: true });
    else doc.font("SB").fontSize(SIZE).text(lab, { continued: true });
    doc.font("S").fontSize(SIZE).text(t, { continued: !last });
  });
  y = doc.y + 8;
}

// page furniture, drawn last
const range = doc.bufferedPageRange();
for (let k = 0; k < range.count; k++) {
  doc.switchToPage(k);
  const m = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("C").fontSize(7.5).fillColor("#666666");
  if (k > 0) {
    doc.text(HEADER_TEXT, L, 26, { width: W, lineBreak: false });
    doc.moveTo(L, 38).lineTo(L + W, 38).lineWidth(0.4).strokeColor("#999999").stroke();
  }
  doc.moveTo(L, PH - 40).lineTo(L + W, PH - 40).lineWidth(0.4).strokeColor("#999999").stroke();
  doc.text(FOOTER_TEXT, L, PH - 33, { width: W * 0.8, lineBreak: false });
  doc.text(`Page ${k + 1} of ${range.count}`, L + W * 0.8, PH - 33, { width: W * 0.2, align: "right", lineBreak: false });
  doc.page.margins.bottom = m;
}
doc.end();
await new Promise((r) => out.on("finish", r));
if (range.count !== 3) throw new Error("expected 3 pages, got " + range.count);

// ---------------------------------------------------------------- text rendering (reading order, row by row)
// Masthead lines; front-sheet blocks one per line ("Label: value"; numbered paragraphs "1. text"); the table
// caption, the two header rows (row 1 with "2025/26" once, row 2 "Q1 | Q2 | Q3") and one line per row with
// the cells joined by " | " (the status as its letter); the table note; the key table as rows; the risk
// appendix: heading, introduction, then per risk its title line and its paragraph (labels inline).
const L1 = [MAST_L[0], MAST_R[0], MAST_L[1], MAST_R[1], TITLE];
for (const b of FRONT) {
  if (b[0] === "lab") L1.push(`${b[1]} ${b[2]}`);
  else if (b[0] === "li" || b[0] === "h") L1.push(b[1]);
  else L1.push(`${b[1]} ${b[2]}`);
}
L1.push(TABLE_CAPTION, HEAD1.join(" | "), HEAD2.join(" | "), ...ROWS.map((r) => r.join(" | ")), TABLE_NOTE);
L1.push(KEY_H, KEY_HEAD.join(" | "), ...KEY.map((k) => k.join(" | ")), RISK_H, RISK_INTRO);
for (const [title, fields] of RISKS) L1.push(title, fields.map(([l, t]) => `${l} ${t}`).join(" "));
writeFileSync(join(root, "text", BASE + ".txt"), L1.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${range.count} pages) and text/${BASE}.txt`);
