// Builds docs/cctg-workplan-and-risk-tracker-2041-42-q2.pdf and its text rendering.
// The PDF imitates an Excel workbook saved with "Save as PDF" (Entire workbook): A4 landscape, Normal margins,
// printed gridlines, Print Titles (row 3 repeated at the top, column A repeated at the left), page order
// "Down, then over", header "OFFICIAL", footer "&A" (sheet name) / "Page &P of &N" / "&F" (file name).
// Sheet "Workplan" is wider than a page, so its last two columns print on later pages beside the repeated
// Ref column; sheet "Risks" is scaled to fit all columns on one page; sheet "Key" is the key.
import { createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  requireNM, ROOT, FONTS, BODY, MEETING, WORKPLAN, STATUS_KEY, RISKS, BANDS, band, TRENDS, LIKELIHOOD, IMPACT, assert,
} from "./content.mjs";

const PDFDocument = requireNM("pdfkit");
const BASE = "cctg-workplan-and-risk-tracker-2041-42-q2";
const FILE_NAME = "CCTG tracker 2041-42 Q2 v3.xlsx";
const PAGE_W = 841.89, PAGE_H = 595.28;
const M = { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 };
const PRINT_W = PAGE_W - M.left - M.right, PRINT_H = PAGE_H - M.top - M.bottom;

const doc = new PDFDocument({
  size: [PAGE_W, PAGE_H], margin: 0, autoFirstPage: false,
  info: { Title: "CCTG tracker 2041-42 Q2 v3", Author: "Cassius Muncaster", Creator: "Microsoft® Excel® for Microsoft 365", Producer: "Microsoft® Excel® for Microsoft 365" },
});
doc.registerFont("R", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.pipe(createWriteStream(join(ROOT, "docs", BASE + ".pdf")));

// ---- wrapping ---------------------------------------------------------------------------------------------
function wrap(text, font, size, width) {
  if (!text) return [];
  doc.font(font).fontSize(size);
  const out = [];
  for (const para of String(text).split("\n")) {
    let line = "";
    for (const word of para.split(" ")) {
      const t = line ? line + " " + word : word;
      if (doc.widthOfString(t) <= width || !line) line = t;
      else { out.push(line); line = word; }
    }
    out.push(line);
  }
  return out;
}

// ---- a sheet -----------------------------------------------------------------------------------------------
// cols: [{w}], rows: [{cells:[{t, bold, fill, color, align, span}], kind}], titleRows: indices repeated at top
function layoutSheet(sheet) {
  const s = sheet.scale ?? 1;
  const size = 9 * s, lh = 11.4 * s, pad = 2.5 * s;
  const widths = sheet.cols.map((c) => c.w * s);
  // row heights: Excel autofits a wrapped row to its tallest cell, over every column of the sheet
  for (const row of sheet.rows) {
    let lines = 1;
    row.cells.forEach((c, i) => {
      if (!c || !c.t) return;
      if (c.span) return; // merged title cells do not autofit
      const n = wrap(c.t, c.bold ? "B" : "R", (c.size ?? 9) * s, widths[i] - 2 * pad).length;
      lines = Math.max(lines, n);
    });
    row.h = row.fixedH ? row.fixedH * s : lines * lh + 2 * pad;
  }
  // column pages: column A (print title) repeated; fill the width from the next column
  const colPages = [];
  let i = 0;
  while (i < widths.length) {
    const page = colPages.length ? [0] : [];
    let w = page.reduce((a, k) => a + widths[k], 0);
    if (!colPages.length) { page.push(0); w += widths[0]; i = 1; }
    while (i < widths.length && w + widths[i] <= PRINT_W + 0.01) { page.push(i); w += widths[i]; i++; }
    assert(page.length > (colPages.length ? 1 : 0), "a column wider than the page");
    colPages.push(page);
  }
  // row pages: the print-title row repeated on pages after the first
  const rowPages = [];
  let r = 0;
  while (r < sheet.rows.length) {
    const page = [];
    let h = 0;
    if (rowPages.length) for (const t of sheet.titleRows) { page.push(t); h += sheet.rows[t].h; }
    const start = page.length;
    while (r < sheet.rows.length && (h + sheet.rows[r].h <= PRINT_H || page.length === start)) { page.push(r); h += sheet.rows[r].h; r++; }
    rowPages.push(page);
  }
  // page order: down, then over
  const pages = [];
  for (const cp of colPages) for (const rp of rowPages) pages.push({ cols: cp, rows: rp });
  return { ...sheet, size, lh, pad, widths, pages, s };
}

const text = [];
function drawPage(sheet, page, pageNo, total) {
  doc.addPage({ size: [PAGE_W, PAGE_H], margin: 0 });
  // header
  doc.font("R").fontSize(8).fillColor("#000000");
  doc.text("OFFICIAL", PAGE_W - M.right - 100, M.header, { width: 100, align: "right", lineBreak: false });
  text.push("OFFICIAL");
  let y = M.top;
  const first = page.cols[0] === 0 && page.cols.length > 1 && page.cols[1] === 1; // the first column page
  for (const ri of page.rows) {
    const row = sheet.rows[ri];
    let x = M.left;
    const line = [];
    // merged title cell: spans the columns of the first column page only
    for (let k = 0; k < page.cols.length; k++) {
      const ci = page.cols[k];
      const c = row.cells[ci];
      let w = sheet.widths[ci];
      if (c && c.span) {
        if (!first) { x += w; continue; }
        w = page.cols.slice(k).reduce((a, j) => a + sheet.widths[j], 0);
      }
      if (c && c.fill) doc.rect(x, y, w, row.h).fill("#" + c.fill);
      if (!(row.cells.some((z) => z && z.span))) {
        doc.lineWidth(0.4).strokeColor("#A6A6A6").rect(x, y, sheet.widths[ci], row.h).stroke();
      }
      if (c && c.t) {
        const fsz = (c.size ?? 9) * sheet.s;
        const lines = c.span
          ? [c.t]
          : wrap(c.t, c.bold ? "B" : "R", fsz, w - 2 * sheet.pad);
        doc.font(c.bold ? "B" : "R").fontSize(fsz).fillColor("#" + (c.color ?? "000000"));
        lines.forEach((ln, n) => {
          const ty = y + sheet.pad + n * sheet.lh * ((c.size ?? 9) / 9);
          const opts = { width: w - 2 * sheet.pad, align: c.align ?? "left", lineBreak: false };
          doc.text(ln, x + sheet.pad, ty, opts);
        });
        line.push(c.t);
      }
      if (c && c.span) break;
      x += w;
    }
    if (line.length) text.push(line.join(" | "));
    y += row.h;
  }
  // footer
  doc.font("R").fontSize(8).fillColor("#000000");
  const fy = PAGE_H - M.footer - 8;
  doc.text(sheet.name, M.left, fy, { width: 200, lineBreak: false });
  doc.text(`Page ${pageNo} of ${total}`, PAGE_W / 2 - 60, fy, { width: 120, align: "center", lineBreak: false });
  doc.text(FILE_NAME, PAGE_W - M.right - 250, fy, { width: 250, align: "right", lineBreak: false });
  text.push(sheet.name, `Page ${pageNo} of ${total}`, FILE_NAME);
}

// ---- sheet Workplan -----------------------------------------------------------------------------------------
const statusCell = (word) => {
  const k = STATUS_KEY.find((s) => s[0] === word);
  assert(k, "status " + word);
  return { t: word, fill: k[2], color: k[3], align: "center" };
};
const HDR = (t) => ({ t, bold: true, fill: "DDEBF7" });
const workplan = {
  name: "Workplan",
  cols: [52, 84, 200, 88, 58, 62, 62, 300, 170].map((w) => ({ w })),
  titleRows: [2],
  rows: [
    { cells: [{ t: `${BODY} – workplan tracker 2041/42`, bold: true, size: 12, span: true }], fixedH: 20 },
    { cells: [{ t: `Position at 30 September 2041 (Quarter 2). For the Task Group on ${MEETING.long}, item 3. Status key on the Key sheet.`, span: true }], fixedH: 16 },
    { cells: ["Ref", "Theme", "Action", "Lead officer", "Due", "Q1 2041/42", "Q2 2041/42", "Progress at 30 September 2041", "Next milestone"].map(HDR) },
    ...WORKPLAN.map((w) => ({
      cells: [{ t: w.ref, bold: true }, { t: w.theme }, { t: w.action }, { t: w.lead }, { t: w.due }, statusCell(w.q1), statusCell(w.q2), { t: w.progress }, { t: w.next }],
    })),
  ],
};

// ---- sheet Risks ---------------------------------------------------------------------------------------------
const ratingCell = (score) => {
  const b = band(score);
  return { t: b[2], fill: b[3], color: b[4], align: "center" };
};
const risks = {
  name: "Risks",
  cols: [48, 210, 130, 52, 46, 38, 56, 62, 250, 62].map((w) => ({ w })),
  titleRows: [2],
  rows: [
    { cells: [{ t: `${BODY} – risk register`, bold: true, size: 12, span: true }], fixedH: 20 },
    { cells: [{ t: "Position at 30 September 2041. L = likelihood, I = impact, Score = L x I (see the Key sheet).", span: true }], fixedH: 16 },
    { cells: ["Ref", "Risk", "Risk owner", "L", "I", "Score", "Rating", "Trend", "Controls and further action", "Next review"].map(HDR) },
    ...RISKS.map((r) => ({
      cells: [{ t: r.ref, bold: true }, { t: r.risk }, { t: r.owner }, { t: String(r.l), align: "center" }, { t: String(r.i), align: "center" },
        { t: String(r.score), align: "center" }, ratingCell(r.score), { t: r.trend }, { t: r.controls }, { t: r.review }],
    })),
  ],
};
risks.scale = PRINT_W / risks.cols.reduce((a, c) => a + c.w, 0); // Fit All Columns on One Page

// ---- sheet Key -------------------------------------------------------------------------------------------------
const key = {
  name: "Key",
  cols: [92, 70, 430].map((w) => ({ w })),
  titleRows: [],
  rows: [
    { cells: [{ t: "Key to the workplan tracker and risk register", bold: true, size: 12, span: true }], fixedH: 20 },
    { cells: [], fixedH: 12 },
    { cells: ["Workplan status", "Colour", "What it means"].map(HDR) },
    ...STATUS_KEY.map(([w, colour, fill, font, meaning]) => ({ cells: [{ t: w, fill, color: font, align: "center" }, { t: colour }, { t: meaning }] })),
    { cells: [], fixedH: 12 },
    { cells: ["Risk score", "Rating", "What it means"].map(HDR) },
    ...BANDS.map(([a, b, word, fill, font]) => ({
      cells: [{ t: `${a} to ${b}` }, { t: word, fill, color: font, align: "center" }, {
        t: { Low: "Accept and monitor at each quarter.", Medium: "Manage within the team; report the trend to the Task Group.", High: "Active management; the owner reports progress to the Task Group each quarter.", "Very high": "Raise with the Head of Policy and the Chair now; consider reporting to the Board." }[word],
      }],
    })),
    { cells: [], fixedH: 12 },
    { cells: ["Likelihood (L)", "", "Impact (I)"].map(HDR) },
    ...LIKELIHOOD.map((l, n) => ({ cells: [{ t: l }, { t: "" }, { t: IMPACT[n] }] })),
    { cells: [{ t: "Score = L x I, from 1 to 25." }] },
    { cells: [], fixedH: 12 },
    { cells: ["Trend", "", "What it means"].map(HDR) },
    ...TRENDS.map(([t, m]) => ({ cells: [{ t }, { t: "" }, { t: m }] })),
  ],
};

// ---- print ---------------------------------------------------------------------------------------------------
const sheets = [workplan, risks, key].map(layoutSheet);
const total = sheets.reduce((a, s) => a + s.pages.length, 0);
let n = 0;
for (const s of sheets) for (const p of s.pages) drawPage(s, p, ++n, total);
doc.end();

const wp = sheets[0];
assert(wp.pages.length >= 4 && wp.pages[0].cols.length === 7, "Workplan prints over at least 4 pages with 7 columns on the first");
assert(sheets[1].pages[0].cols.length === 10, "Risks fit one page wide");
writeFileSync(join(ROOT, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${total} pages: ${sheets.map((s) => s.name + " " + s.pages.length).join(", ")}) and text/${BASE}.txt`);
