// Builds docs/evctg-ncf-round-1-tracker-2136-37-q1-with-comments.pdf and its rendering in text/.
// Layout: AN EXCEL SHEET PRINTED TO PDF WITH ITS CELL COMMENTS PRINTED "AT END OF SHEET" (Page Setup >
// Sheet > Comments and notes: At end of sheet), as Excel for Microsoft 365 prints it (pdfkit, A4
// landscape, DejaVu Sans Condensed embedded; Creator/Producer "Microsoft® Excel® for Microsoft 365").
// Page Setup has "Gridlines" and "Row and column headings" ticked and "Adjust to 92% normal size", so
// page 1 is the sheet as a grid: a grey heading row of COLUMN LETTERS A–L across the top and a grey column
// of ROW NUMBERS 1–29 down the left, every cell ruled by the printed gridlines; the title in row 1 and the
// position line in row 2 overflow across the empty cells to their right; a header row (row 4) with wrapped
// headings; the 14 round 1 schemes (rows 5–18), status cells filled by conditional formatting (blue,
// green, amber, red, grey) with the status word in them; a bold Total row (19); a status key (rows
// 21–26) and the contingency (row 28). Excel's page header is the sheet tab's name (&[Tab]) and its
// footer the workbook's file name (&[File]) and "Page n of 3". The comments are NOT on the grid (Excel
// prints no red triangle): pages 2 and 3 list them, in row order, each under "Cell: I9" – the only link to its
// row is the cell address, resolved by the printed row numbers and column letters. Legacy notes print as
// "Comment: Surname, Forename:" then the text; THREADED COMMENTS print as Excel shows them to a version
// that cannot edit them: "Comment: [Threaded comment]", Microsoft's boilerplate paragraph ("Your version
// of Excel allows you to read this threaded comment; however, any edits to it will get removed if the
// file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924"),
// then "Comment:" with the author indented on the next line, the text, and "Reply:" blocks the same way.
// Several facts exist only in the comments: why NCF-05, NCF-08 and NCF-12 are where they are, the network
// connection date for NCF-05, the NCF-06 variation in the award, the retention in NCF-03's payment, what
// the totals leave out.
// Rendering: the column-letter row and each sheet row as its printed cells joined by " | ", the row
// number first, trailing empty cells dropped; then each comment line as a line (a wrapped paragraph as one
// line, the author's name without its indent); the page header and footer left out.
// Synthetic test fixture: every council, person, figure and rating is invented.
//   node src/build-tracker-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, FUND, OFFICERS as O, SCHEMES, STATUS, TOT, CONTINGENCY_NOW, NCF06_VARIATION, NCF06_ORIGINAL, NCF11, n0, MEETINGS } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.tracker;
const BASE = basename(FILE, extname(FILE));
const XLSX = "NCF round 1 tracker 2136-37 Q1 v3.xlsx";
const TAB = "Q1 tracker";
const PW = 841.89, PH = 595.28, ML = 18, MR = 18, MT = 50, MB = 50; // "Narrow" margins
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false, bufferPages: true, info: { Title: "NCF round 1 tracker 2136-37 Q1 v3", Author: O.talia.display, Creator: "Microsoft® Excel® for Microsoft 365", Producer: "Microsoft® Excel® for Microsoft 365" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("c", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("cb", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));

// ------------------------------------------------------------------ the sheet
const LETTERS = "ABCDEFGHIJKL".split("");
const WIDTHS = [44, 90, 116, 40, 36, 48, 50, 52, 52, 54, 84, 82]; // points at 100%
const FILL = { "Complete": "#9BC2E6", "On track": "#C6EFCE", "Delayed": "#FFEB9C", "At risk": "#FFC7CE", "Withdrawn": "#D9D9D9" };
const rows = {}; // row number -> {cells: [...12], bold, fill: {col: colour}, wrap, overflow}
const set = (r, cells, o = {}) => { rows[r] = { cells: [...cells, ...Array(12 - cells.length).fill("")], ...o }; };
set(1, [`${BODY} – ${FUND}: round 1 scheme tracker`], { bold: true, size: 10, overflow: true });
set(2, [`Position at 30 June 2136 (quarter 1 2136/37). Prepared by ${O.talia.name} for the meeting on ${MEETINGS[2].date}.`], { overflow: true });
set(4, ["Ref", "Council", "Scheme", "Sockets planned", "Sockets live", "Award (£)", "Paid to date (£)", "Status Q4 2135/36", "Status Q1 2136/37", "Forecast completion", "Council contact", "Notes"], { bold: true, head: true });
SCHEMES.forEach((s, i) => {
  const withdrawn = s.q1 === "Withdrawn";
  set(5 + i, [s.ref, s.council, s.scheme, String(s.planned), String(s.live), n0(s.award), n0(s.paid), s.q4, s.q1, s.forecast, s.contact, s.note], { fill: { 7: FILL[s.q4], 8: FILL[s.q1] }, grey: withdrawn });
});
set(19, ["", "Total", "", String(TOT.planned), String(TOT.live), n0(TOT.award), n0(TOT.paid)], { bold: true, total: true });
set(21, ["Status key"], { bold: true, overflow: true });
Object.entries(STATUS).forEach(([k, v], i) => set(22 + i, [k, v[0].toUpperCase() + v.slice(1)], { fill: { 0: FILL[k] }, overflow: true }));
set(28, ["", "Contingency remaining (£)", "", "", "", n0(CONTINGENCY_NOW)], { overflow: true });
set(29, ["", "Source: council quarterly returns received by 20/07/2136."], { overflow: true });
const LAST = 29;

// comments, in the order Excel prints them (by row, then column)
const BOILER = "Your version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924";
const COMMENTS = [
  { cell: "G7", note: O.gideon.display, text: "Includes £18,500 retention released 20/06/2136." },
  { cell: "I9", thread: [[O.talia.display, "Network operator's revised connection offer (received 02/06/2136) puts the substation upgrade in March 2137. Quaybridge want to re-phase rather than withdraw; revised delivery plan due 31/07/2136. Nothing paid so far."], [O.emeka.display, "Let's recommend holding the award to 31 December and reviewing it then. Please put it in the September paper."], [O.talia.display, "Will do."]] },
  { cell: "E10", note: O.talia.display, text: "Sockets commissioned. A further 6 are installed and waiting for the network operator to energise them." },
  { cell: "F10", note: O.gideon.display, text: `Includes the ${"£" + n0(NCF06_VARIATION)} variation agreed by the Task Group on 12/06/2136, met from the contingency. Original award £${n0(NCF06_ORIGINAL)}.` },
  { cell: "I12", note: O.talia.display, text: "Installer (Voltaline Ltd) went into administration on 02/05/2136. Durnholme are re-procuring through the framework; new contract expected by the end of August." },
  { cell: "I15", note: O.talia.display, text: `Council withdrew 14/05/2136 (coach station site sold). £${n0(NCF11)} returned to the Fund; the Task Group agreed on 12/06/2136 to add it to the round 2 budget.` },
  { cell: "I16", thread: [[O.talia.display, "Highway consent refused for 2 of the 5 streets (conservation area). The council is looking at lamp-column units there instead. No revised plan agreed yet."], [O.rhiannon.display, "Any change of technology needs a variation letter. Please let me know before they commit to anything."]] },
  { cell: "J17", note: O.talia.display, text: "Revised from 31/12/2136 at the council's request (listed building consent needed for the Abbey Road car park)." },
  { cell: "D19", note: O.talia.display, text: "Totals exclude NCF-11 (withdrawn)." },
];

// ------------------------------------------------------------------ drawing
const RH = 16, CH = 11; // row-number column width, column-letter row height
const total = RH + WIDTHS.reduce((a, b) => a + b, 0);
const K = Math.min(0.92, (PW - ML - MR) / total); // Page Setup: adjust to 92% normal size
const FS = 7.6 * K;
const colX = [];
{ let x = ML + RH * K; for (const w of WIDTHS) { colX.push(x); x += w * K; } colX.push(x); }
const RIGHT = new Set([3, 4, 5, 6]);
const pageFurniture = (n, of) => {
  doc.font("r").fontSize(8).fillColor("#000000").text(TAB, 0, 22, { width: PW, align: "center", lineBreak: false });
  doc.font("r").fontSize(8).text(XLSX, ML, PH - 30, { lineBreak: false });
  doc.font("r").fontSize(8).text(`Page ${n} of ${of}`, PW - MR - 80, PH - 30, { width: 80, align: "right", lineBreak: false });
};
doc.addPage({ size: [PW, PH], margin: 0 });
const out = [];
// column letters
let y = MT;
const grid = "#BFBFBF";
doc.rect(ML, y, colX[12] - ML, CH).fillColor("#E7E6E6").fill();
LETTERS.forEach((L, i) => doc.font("c").fontSize(FS).fillColor("#000000").text(L, colX[i], y + 2, { width: colX[i + 1] - colX[i], align: "center", lineBreak: false }));
for (const x of [ML, ...colX]) doc.moveTo(x, y).lineTo(x, y + CH).lineWidth(0.4).strokeColor(grid).stroke();
doc.moveTo(ML, y).lineTo(colX[12], y).stroke();
out.push(LETTERS.join(" | "));
y += CH;
const lineH = FS * 1.2;
for (let r = 1; r <= LAST; r++) {
  const row = rows[r] ?? { cells: Array(12).fill("") };
  const font = row.bold ? "cb" : "c";
  const size = row.size ? row.size * K : FS;
  // wrapped height (overflowing rows are one line high)
  let lines = 1;
  if (!row.overflow) row.cells.forEach((c, i) => { if (c) lines = Math.max(lines, Math.ceil(doc.font(font).fontSize(size).heightOfString(c, { width: colX[i + 1] - colX[i] - 4 }) / (size * 1.16) - 0.01)); });
  const h = Math.max(CH * K, lines * lineH + 3);
  // fills
  if (row.head) doc.rect(colX[0], y, colX[12] - colX[0], h).fillColor("#DDEBF7").fill();
  for (const [ci, colour] of Object.entries(row.fill ?? {})) if (colour) doc.rect(colX[+ci], y, colX[+ci + 1] - colX[+ci], h).fillColor(colour).fill();
  // row number cell
  doc.rect(ML, y, colX[0] - ML, h).fillColor("#E7E6E6").fill();
  doc.font("c").fontSize(FS).fillColor("#000000").text(String(r), ML, y + 2, { width: colX[0] - ML, align: "center", lineBreak: false });
  // cells
  row.cells.forEach((c, i) => {
    if (!c) return;
    const x = colX[i] + 2, w = colX[i + 1] - colX[i] - 4;
    doc.font(font).fontSize(size).fillColor(row.grey ? "#595959" : "#000000");
    if (row.overflow) doc.text(c, x, y + 2, { lineBreak: false });
    else doc.text(c, x, y + 2, { width: w, align: RIGHT.has(i) && r > 4 ? "right" : "left", lineGap: 0 });
  });
  // gridlines (none where a cell's text overflows into the empty cells to its right, as Excel prints it)
  const hidden = new Set();
  if (row.overflow) row.cells.forEach((c, i) => {
    if (!c) return;
    const end = colX[i] + 2 + doc.font(font).fontSize(size).widthOfString(c);
    for (let j = i + 1; j < 12 && colX[j] < end && !row.cells[j]; j++) hidden.add(j);
  });
  doc.lineWidth(0.4).strokeColor(grid);
  [ML, ...colX].forEach((x, j) => { if (!hidden.has(j - 1)) doc.moveTo(x, y).lineTo(x, y + h).stroke(); });
  doc.moveTo(ML, y + h).lineTo(colX[12], y + h).stroke();
  if (row.total) { doc.moveTo(colX[0], y + 0.8).lineTo(colX[12], y + 0.8).lineWidth(0.6).strokeColor("#000000").stroke(); doc.moveTo(colX[0], y + 2.2).lineTo(colX[12], y + 2.2).stroke(); }
  const cells = [...row.cells];
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  if (cells.length) out.push([String(r), ...cells].join(" | "));
  y += h;
  if (process.env.DEBUG) console.log(r, lines, h.toFixed(1), y.toFixed(1));
  if (y > PH - MB) throw new Error("the sheet does not fit on one page: row " + r);
}

// ------------------------------------------------------------------ page 2: the comments
doc.addPage({ size: [PW, PH], margin: 0 });
y = MT;
const W = PW - ML - MR;
const put = (s, o = {}) => {
  const f = o.bold ? "b" : "r";
  const h = doc.font(f).fontSize(9).heightOfString(s, { width: W - (o.indent ?? 0) });
  doc.font(f).fontSize(9).fillColor("#000000").text(s, ML + (o.indent ?? 0), y, { width: W - (o.indent ?? 0), lineGap: 1 });
  y += h + 1.5;
};
// a comment's next line goes to a new page when it would cross the bottom margin (Excel breaks between lines)
const room = (s, o = {}) => { const h = doc.font(o.bold ? "b" : "r").fontSize(9).heightOfString(s, { width: W - (o.indent ?? 0) }); if (y + h > PH - MB) { doc.addPage({ size: [PW, PH], margin: 0 }); y = MT; } };
const put0 = put;
const putR = (s, o) => { room(s, o); put0(s, o); };
for (const c of COMMENTS) {
  const put = putR;
  put(`Cell: ${c.cell}`); out.push(`Cell: ${c.cell}`);
  if (c.note) {
    put(`Comment: ${c.note}:`); out.push(`Comment: ${c.note}:`);
    put(c.text); out.push(c.text);
  } else {
    put("Comment: [Threaded comment]"); out.push("Comment: [Threaded comment]");
    y += 6; put(BOILER); out.push(BOILER); y += 6;
    c.thread.forEach(([who, text], i) => {
      const lab = i === 0 ? "Comment:" : "Reply:";
      put(lab); out.push(lab);
      put(who, { indent: 18 }); out.push(who);
      put(text); out.push(text);
    });
  }
  y += 10;
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) { doc.switchToPage(i); pageFurniture(i + 1, range.count); }
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${range.count} pages, ${COMMENTS.length} comments; scale ${K.toFixed(3)})`);
