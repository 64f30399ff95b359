// Builds docs/rights-of-way-countryside-access-panel-budget-monitoring-2027-03-18.pdf (the LGA Rights of Way and
// Countryside Access Panel, Thursday 18 March 2027, item 5: "Countryside access budget 2026/27: monitoring at 31
// January 2027", made with pdfkit) and its plain-text rendering
// text/rights-of-way-countryside-access-panel-budget-monitoring-2027-03-18.txt from the same content.
//
//   node src/build-budget-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 PORTRAIT, DejaVu Sans (text) and DejaVu Sans Condensed (table), embedded. Board, date and item at the
// top, the title, a FRONT SHEET OF BOLD RUN-IN LABELS (Purpose of report, Summary, Recommendations with (a)–(c),
// Action, Contact officer, Position, Phone no, Email, Is this report confidential?), typed paragraph numbers.
// TABLE 1 IS A WIDE EIGHT-COLUMN TABLE (Code | Budget line | Original budget | Revised budget | Spend to 31 January
// 2027 | Forecast outturn | Variance | RAG) WITH SECTION ROWS SPANNING THE TABLE, SUBTOTAL ROWS AND A TOTAL ROW, that
// RUNS OVER TWO PAGES: page 2 starts with a "Table 1 (continued)" CAPTION AND THE HEADER ROW REPEATED, and ONE ROW
// (RWB-03) BREAKS ACROSS THE PAGE – its figures and the first line of its name on page 1, the rest of the name on
// page 2 under the repeated header, with the other cells empty (as Word does with "allow row to break across
// pages"). FOOTNOTE MARKERS (* † ‡ §) ARE SMALL RAISED SYMBOLS INSIDE CELLS (after a figure, or inside a name),
// with the notes under the table on page 2. Underspends in brackets; RAG as a word on a coloured cell. Running
// header from page 2 and a "Page n of N" footer on every page, drawn last.
// Rendering: the page furniture is dropped; each table row as its non-empty cells joined with " | ", the markers
// kept after their figure or word; the split row as TWO lines, as the document reads (its page-1 part, then
// after "Table 1 (continued)" and the repeated header row, the rest of its name).
// Synthetic test fixture: the people, budget lines and figures are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "rights-of-way-countryside-access-panel-budget-monitoring-2027-03-18";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const BOARD = "Rights of Way and Countryside Access Panel";
const WHEN = "Thursday 18 March 2027";
const ITEM = "Item 5";
const RUNNING = `${BOARD} – 18 March 2027 – Item 5`;
const TITLE = "Countryside access budget 2026/27: monitoring at 31 January 2027";
const FRONT = [
  ["Purpose of report:", "For decision."],
  ["Summary:", "This report sets out the forecast outturn for the Panel’s countryside access budget of £1,240,000 for 2026/27, based on spending to 31 January 2027 (month 10). The forecast is an underspend of £55,600 (4.5 per cent). Two budget lines are rated Red: the Stile Replacement Programme, where demand is above the plan, and the Definitive Map Support Service, where a post was vacant for three months. The report proposes a virement between these two lines and a use for a grant returned to the Path Improvement Fund."],
  ["Recommendations:", "That the Panel:"],
];
const RECS = [
  "(a) notes the forecast outturn of £1,184,400 against the budget of £1,240,000, an underspend of £55,600;",
  "(b) approves a virement of £18,000 from the Definitive Map Support Service (RWB-03) to the Stile Replacement Programme (RWB-02); and",
  "(c) agrees that the £12,600 returned when Tameside Metropolitan Borough Council withdrew its Path Improvement Fund grant (PIF-09) is offered to the first bid on the reserve list, PIF-R1 (Cumberland Council, £14,800), with the remaining £2,200 taken from the fund’s contingency.",
];
const FRONT2 = [
  ["Action:", "Officers to make the virement and offer the grant, subject to the Panel’s decision."],
  ["Contact officer:", "Meera Vosper"],
  ["Position:", "Finance Business Partner"],
  ["Phone no:", "020 7946 0593"],
  ["Email:", "meera.vosper@local.gov.uk"],
  ["Is this report confidential?", "No"],
];
const BG_H = "Background";
const BG = [
  "1. The Panel agreed its countryside access budget of £1,240,000 for 2026/27 on 16 July 2026. It funds two grant schemes, six programmes and the team that supports the Panel. This is the second monitoring report of the year; the first, at 30 September 2026, forecast spending in line with the budget.",
  "2. One line has been revised since July: £10,000 was moved from the Access for All audit toolkit to a new line for a digital path network data standard (see the notes to Table 1). Spending to 31 January 2027 is £841,350, 68 per cent of the budget, with 83 per cent of the year gone.",
  "3. Table 1 shows each budget line with its original and revised budget, spending to 31 January 2027 and the forecast for the year. Each line is rated by the size of its forecast variance: Green within 5 per cent of the revised budget, Amber 5 to 10 per cent, Red more than 10 per cent, whether over or under.",
];
const CAPTION = "Table 1: Countryside access budget 2026/27, position at 31 January 2027 (£)";
const CAPTION2 = "Table 1 (continued)";
const HEAD = ["Code", "Budget line", "Original budget", "Revised budget", "Spend to 31 January 2027", "Forecast outturn", "Variance", "RAG"];
// rows: ["section", label] | ["row", code, name, original, revised, spend, forecast(+marker), rag]
const ROWS = [
  ["section", "Grants"],
  ["row", "RWB-01", "Path Improvement Fund grants", 400000, 400000, 262350, [372600, "*"], "Amber"],
  ["row", "RWB-02", "Stile Replacement Programme grants", 120000, 120000, 109800, [138000, ""], "Red"],
  ["subtotal", "Subtotal: grants"],
  ["section", "Programmes"],
  ["row", "RWB-03", "Definitive Map Support Service† – casework advice and training for councils on modification orders", 180000, 180000, 96400, [142500, ""], "Red"],
  ["row", "RWB-04", "Countryside Access Week 2027", 45000, 45000, 8200, [44000, ""], "Green"],
  ["row", "RWB-05", "Rights of Way Academy (webinars and training)", 60000, 60000, 41300, [57900, ""], "Green"],
  ["row", "RWB-06", "Definitive map backlog research (Hollinbeck Surveys Ltd)", 35000, 35000, 28000, [35000, ""], "Green"],
  ["row", "RWB-07", "Access for All audit toolkit", 50000, [40000, "‡"], 12500, [40000, ""], "Green"],
  ["row", "RWB-08", "Digital path network data standard", 0, [10000, "‡"], 6400, [10000, ""], "Green"],
  ["subtotal", "Subtotal: programmes"],
  ["section", "Staffing and running costs"],
  ["row", "RWB-09", "Staffing", 290000, 290000, 236900, [284100, "§"], "Green"],
  ["row", "RWB-10", "Panel and member costs", 25000, 25000, 17800, [23400, ""], "Amber"],
  ["row", "RWB-11", "Communications and publications", 35000, 35000, 21700, [36900, ""], "Amber"],
  ["subtotal", "Subtotal: staffing and running costs"],
  ["total", "Total"],
];
const NOTES_H = "Notes to Table 1";
const NOTES = [
  "* Assumes that the Panel agrees recommendation (c). Without it, the forecast is the £370,400 awarded less the £12,600 returned from PIF-09, that is £357,800.",
  "† The specialist adviser post in the service was vacant from 1 September to 30 November 2026. A new adviser started on 1 December 2026.",
  "‡ £10,000 was moved from RWB-07 to the new line RWB-08 by the Head of Countryside and Environment on 20 July 2026, to start work on a common data standard for councils’ path networks.",
  "§ Includes the 2026/27 pay award of 3.2 per cent, backdated to 1 April 2026.",
  "Variance is the forecast outturn less the revised budget: underspends are in brackets.",
];
const AFTER = [
  ["h", "Explanation of the variances"],
  ["p", "4. Path Improvement Fund grants (RWB-01), Amber. The Panel awarded 12 grants totalling £370,400 on 19 November 2026 and kept £29,600 as a contingency. Tameside Metropolitan Borough Council withdrew its grant of £12,600 (PIF-09) on 8 February 2027 because the landowner did not agree to the works. If recommendation (c) is agreed, £27,400 of the contingency will be left unspent, which is the variance on this line."],
  ["p", "5. Stile Replacement Programme grants (RWB-02), Red. The programme pays councils £200 for each stile replaced with a gap or a gate, and the budget allowed for 600 stiles. The claims window closed on 31 December 2026 with 690 stiles claimed, so the forecast is £138,000, £18,000 over budget."],
  ["p", "6. Definitive Map Support Service (RWB-03), Red. The specialist adviser post was vacant for three months, saving £21,300 in salary and on-costs, and the service’s training events for councils were moved to 2027/28, saving £16,200. The forecast underspend is £37,500."],
  ["p", "7. Other lines. Panel and member costs (RWB-10) are forecast at £1,600 under budget because the July meeting was held online. Communications (RWB-11) are forecast at £1,900 over budget because the Countryside Access Week 2027 partner pack was reprinted with corrected dates."],
  ["h", "Proposed virement"],
  ["p", "8. Virements between budget lines of more than £10,000 need the Panel’s approval. Moving £18,000 from RWB-03 to RWB-02 would meet the forecast overspend on stile grants in full and bring RWB-02 to Green. RWB-03 would remain Red, with an underspend of £19,500 on a revised budget of £162,000."],
  ["h", "Grant returned to the Path Improvement Fund"],
  ["p", "9. Under the Panel’s decision of 19 November 2026, the bids on the reserve list are offered a grant in order if a grant is withdrawn. The first reserve bid, PIF-R1 from Cumberland Council, is for £14,800, more than the £12,600 returned. Recommendation (c) would meet it in full by taking £2,200 from the contingency, leaving £27,400."],
  ["h", "Next steps"],
  ["p", "10. The outturn for 2026/27 will be reported to the Panel on Thursday 24 June 2027."],
];

// ---------------------------------------------------------------- figures and checks
const val = (v) => (Array.isArray(v) ? v[0] : v);
const mk = (v) => (Array.isArray(v) ? v[1] : "");
const money = (n) => (n < 0 ? `(${(-n).toLocaleString("en-GB")})` : n.toLocaleString("en-GB"));
const lines = ROWS.filter((r) => r[0] === "row");
const sum = (rs, i) => rs.reduce((a, r) => a + val(r[i]), 0);
const groups = [];
for (const r of ROWS) {
  if (r[0] === "section") groups.push([]);
  else if (r[0] === "row") groups[groups.length - 1].push(r);
}
const figs = (rs) => [sum(rs, 3), sum(rs, 4), sum(rs, 5), sum(rs, 6), sum(rs, 6) - sum(rs, 4)];
const rag = (r) => {
  const v = Math.abs(val(r[6]) - val(r[4])) / val(r[4]);
  return v <= 0.05 ? "Green" : v <= 0.1 ? "Amber" : "Red";
};
for (const r of lines) if (rag(r) !== r[7]) throw new Error(`RAG of ${r[1]}: ${rag(r)} not ${r[7]}`);
const T = figs(lines);
if (T[0] !== 1240000 || T[1] !== 1240000 || T[3] !== 1184400 || T[4] !== -55600) throw new Error("totals " + T);
if (T[2] !== 841350 || Math.round((T[2] / T[1]) * 100) !== 68 || Math.round((10 / 12) * 100) !== 83) throw new Error("spend to date " + T[2]);
if (Math.round((55600 / 1240000) * 1000) / 10 !== 4.5) throw new Error("4.5 per cent");
if (370400 - 12600 + 14800 !== 372600 || 370400 - 12600 !== 357800 || 29600 - 2200 !== 27400 || 400000 - 372600 !== 27400) throw new Error("PIF arithmetic");
if (690 * 200 !== 138000 || 600 * 200 !== 120000 || 21300 + 16200 !== 37500 || 37500 - 18000 !== 19500 || 180000 - 18000 !== 162000) throw new Error("variance arithmetic");
if (Math.abs(142500 - 162000) / 162000 <= 0.1) throw new Error("RWB-03 should stay Red after the virement");
const ragCount = {};
for (const r of lines) ragCount[r[7]] = (ragCount[r[7]] ?? 0) + 1;
if (JSON.stringify(ragCount) !== JSON.stringify({ Amber: 3, Red: 2, Green: 6 })) throw new Error("RAG counts " + JSON.stringify(ragCount));
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([WHEN, FRONT, RECS, BG, NOTES, AFTER]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// table cells as strings (markers kept as characters; they are drawn small and raised)
const cellsOf = (r) => {
  if (r[0] === "row") return [r[1], r[2], money(val(r[3])) + mk(r[3]), money(val(r[4])) + mk(r[4]), money(r[5]), money(val(r[6])) + mk(r[6]), money(val(r[6]) - val(r[4])), r[7]];
  if (r[0] === "subtotal" || r[0] === "total") {
    const g = r[0] === "total" ? lines : groups[ROWS.filter((x, i) => x[0] === "subtotal" && ROWS.indexOf(x) <= ROWS.indexOf(r)).length - 1];
    const f = figs(g);
    return [r[1], "", ...f.map(money), ""];
  }
  return [r[1]];
};

// ---------------------------------------------------------------- PDF
const PW = 595.28;
const PH = 841.89;
const L = 50;
const W = PW - 2 * L;
const TOP = 56;
const BOTTOM = PH - 58;
const doc = new PDFDocument({ size: "A4", margins: { top: TOP, bottom: 20, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.registerFont("N", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("NB", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("NI", join(FONTS, "DejaVuSans-Oblique.ttf"));
doc.registerFont("C", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.registerFont("CB", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.info.Title = TITLE;
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#23472b";
let y = TOP;
let page = 0;
const newPage = () => { doc.addPage(); page++; y = page === 1 ? 44 : TOP + 6; };
const ensure = (h) => { if (y + h > BOTTOM) newPage(); };
newPage();

doc.font("NB").fontSize(10).fillColor(ACC).text(BOARD, L, y, { lineBreak: false });
y += 14;
doc.font("N").fontSize(10).fillColor("#222222").text(WHEN, L, y, { lineBreak: false });
y += 14;
doc.font("N").fontSize(10).text(ITEM, L, y, { lineBreak: false });
y += 24;
{
  const h = doc.font("NB").fontSize(16).heightOfString(TITLE, { width: W });
  doc.font("NB").fontSize(16).fillColor(ACC).text(TITLE, L, y, { width: W });
  y += h + 10;
}
const FS = 9.2;
const runIn = (lab, t, o = {}) => {
  const s = `${lab} ${t}`;
  const h = doc.font("N").fontSize(FS).heightOfString(s, { width: W - (o.indent ?? 0), lineGap: 1.5 });
  ensure(h);
  doc.font("NB").fontSize(FS).fillColor("#111111").text(lab + " ", L + (o.indent ?? 0), y, { continued: true, width: W - (o.indent ?? 0), lineGap: 1.5 });
  doc.font("N").fontSize(FS).text(t, { width: W - (o.indent ?? 0), lineGap: 1.5 });
  y += h + (o.after ?? 5);
};
const para = (t, o = {}) => {
  const f = o.font ?? "N", fs = o.size ?? FS, x = L + (o.indent ?? 0), w = W - (o.indent ?? 0);
  const h = doc.font(f).fontSize(fs).heightOfString(t, { width: w, lineGap: 1.5 });
  ensure(h);
  doc.font(f).fontSize(fs).fillColor(o.color ?? "#111111").text(t, x, y, { width: w, lineGap: 1.5 });
  y += h + (o.after ?? 6);
};
const heading = (t) => {
  ensure(40);
  doc.font("NB").fontSize(10.5).fillColor(ACC).text(t, L, y, { lineBreak: false });
  y += 16;
};
// front sheet between two rules
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(1).strokeColor(ACC).stroke();
y += 7;
for (const [l, t] of FRONT) runIn(l, t);
for (const r of RECS) para(r, { indent: 18, after: 3 });
y += 3;
for (const [l, t] of FRONT2) runIn(l, t, { after: 2 });
y += 4;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(1).strokeColor(ACC).stroke();
y += 10;
heading(BG_H);
for (const p of BG) para(p);

// --- the table
const CW = [40, 151, 50, 50, 56, 52, 52, 44];
const CX = CW.map((_, i) => L + CW.slice(0, i).reduce((a, b) => a + b, 0));
const RIGHT = [false, false, true, true, true, true, true, false];
const TF = 8.3, LH = 10.4, PAD = 3.6, MARK = /([*†‡§])/;
const fontOf = (kind, i) => (kind === "head" || kind === "section" || kind === "subtotal" || kind === "total" ? "CB" : "C");
const segWidth = (s, f) => s.split(MARK).filter(Boolean).reduce((a, seg) => a + (MARK.test(seg) ? doc.font("C").fontSize(6).widthOfString(seg) : doc.font(f).fontSize(TF).widthOfString(seg)), 0);
const wrap = (s, f, w) => {
  const out = [];
  let cur = "";
  for (const word of String(s).split(" ")) {
    const t = cur ? cur + " " + word : word;
    if (cur && segWidth(t, f) > w) { out.push(cur); cur = word; } else cur = t;
  }
  if (cur) out.push(cur);
  return out.length ? out : [""];
};
const drawLine = (s, f, x, yy, w, right, color) => {
  let xx = right ? x + w - segWidth(s, f) : x;
  for (const seg of s.split(MARK).filter(Boolean)) {
    if (MARK.test(seg)) {
      doc.font("C").fontSize(6).fillColor(color).text(seg, xx, yy - 1.5, { lineBreak: false });
      xx += doc.widthOfString(seg);
    } else {
      doc.font(f).fontSize(TF).fillColor(color).text(seg, xx, yy, { lineBreak: false });
      xx += doc.font(f).fontSize(TF).widthOfString(seg);
    }
  }
};
const RAGFILL = { Green: ["#2e7d32", "white"], Amber: ["#f0a800", "black"], Red: ["#c62828", "white"] };
// a row as cells of wrapped lines; spans: section (one cell), subtotal/total (label over the first two columns)
const layout = (kind, cells) => {
  if (kind === "section") return { kind, cells: [{ x: CX[0], w: W, lines: wrap(cells[0], "CB", W - 2 * PAD), right: false }] };
  if (kind === "subtotal" || kind === "total") {
    const c = [{ x: CX[0], w: CW[0] + CW[1], lines: wrap(cells[0], "CB", CW[0] + CW[1] - 2 * PAD), right: false }];
    for (let i = 2; i < 8; i++) c.push({ x: CX[i], w: CW[i], lines: cells[i] ? wrap(cells[i], "CB", CW[i] - 2 * PAD) : [], right: true });
    return { kind, cells: c };
  }
  return { kind, cells: cells.map((t, i) => ({ x: CX[i], w: CW[i], lines: wrap(t, fontOf(kind, i), CW[i] - 2 * PAD), right: RIGHT[i], i, text: t })) };
};
const nLines = (r) => Math.max(1, ...r.cells.map((c) => c.lines.length));
const rowH = (n) => n * LH + 2 * PAD;
const headL = layout("head", HEAD);
const drawRow = (r, from, to) => {
  const h = rowH(to - from);
  const fill = r.kind === "head" ? ACC : r.kind === "section" ? "#dfe9df" : r.kind === "subtotal" ? "#eef3ee" : r.kind === "total" ? "#c9dbc9" : null;
  if (fill) doc.rect(L, y, W, h).fillColor(fill).fill();
  for (const c of r.cells) {
    const isRag = r.kind === "row" && c.i === 7 && from === 0;
    if (isRag) doc.rect(c.x + 1.5, y + 1.5, c.w - 3, h - 3).fillColor(RAGFILL[c.text][0]).fill();
    const color = r.kind === "head" ? "white" : isRag ? RAGFILL[c.text][1] : "#111111";
    const f = r.kind === "row" ? "C" : "CB";
    c.lines.slice(from, to).forEach((ln, k) => drawLine(ln, f, c.x + PAD, y + PAD + k * LH + 1, c.w - 2 * PAD, c.right, color));
  }
  doc.lineWidth(r.kind === "total" ? 1 : 0.4).strokeColor("#8fa58f");
  doc.moveTo(L, y + h).lineTo(L + W, y + h).stroke();
  if (r.kind === "row" || r.kind === "head" || r.kind === "subtotal" || r.kind === "total")
    CX.slice(1).forEach((x, i) => { if (!((r.kind === "subtotal" || r.kind === "total") && i === 0)) doc.moveTo(x, y).lineTo(x, y + h).stroke(); });
  doc.moveTo(L, y).lineTo(L, y + h).stroke();
  doc.moveTo(L + W, y).lineTo(L + W, y + h).stroke();
  y += h;
};
const caption = (t) => {
  doc.font("NB").fontSize(9).fillColor("#111111").text(t, L, y, { lineBreak: false });
  y += 15;
};
const rows = ROWS.map((r) => ({ src: r, ...layout(r[0], cellsOf(r)) }));
// place the table so that the page break falls inside row RWB-03, after the first line of its name
const iSplit = rows.findIndex((r) => r.src[1] === "RWB-03");
const before = rowH(nLines(headL)) + rows.slice(0, iSplit).reduce((a, r) => a + rowH(nLines(r)), 0);
const want = BOTTOM - 2 * PAD - 1.5 * LH; // y at which RWB-03 must start: room for one line and a half
let spacer = want - (y + 15 + before);
if (spacer < 0 || spacer > 40) throw new Error(`spacer ${spacer.toFixed(1)}: adjust the front sheet so that RWB-03 breaks across the page`);
y += spacer;
caption(CAPTION);
drawRow(headL, 0, nLines(headL));
const R = [];
const renderRow = (r, from, to) => {
  if (r.kind === "section") return r.cells[0].lines.join(" ");
  const cells = r.cells.map((c) => c.lines.slice(from, to).join(" ")).filter((t) => t);
  return cells.join(" | ");
};
const tableLines = [HEAD.join(" | ")];
let splitAt = null;
for (const r of rows) {
  const n = nLines(r);
  if (y + rowH(n) > BOTTOM) {
    const fit = Math.floor((BOTTOM - y - 2 * PAD) / LH);
    if (fit >= 1 && fit < n) {
      drawRow(r, 0, fit);
      tableLines.push(renderRow(r, 0, fit));
      newPage();
      caption(CAPTION2);
      drawRow(headL, 0, nLines(headL));
      drawRow(r, fit, n);
      tableLines.push(CAPTION2, HEAD.join(" | "), renderRow(r, fit, n));
      splitAt = [r.src[1], fit, n, page];
      continue;
    }
    newPage();
    caption(CAPTION2);
    drawRow(headL, 0, nLines(headL));
    tableLines.push(CAPTION2, HEAD.join(" | "));
  }
  drawRow(r, 0, n);
  tableLines.push(renderRow(r, 0, n));
}
if (!splitAt || splitAt[0] !== "RWB-03" || splitAt[1] !== 1 || splitAt[3] !== 2) throw new Error("split " + JSON.stringify(splitAt));
y += 8;
doc.font("NB").fontSize(8.6).fillColor("#111111").text(NOTES_H, L, y, { lineBreak: false });
y += 13;
for (const n of NOTES) para(n, { size: 8.2, after: 3 });
y += 6;
for (const [k, t] of AFTER) (k === "h" ? heading(t) : para(t));

// running header from page 2 and footer on every page, drawn last
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  doc.page.margins.bottom = 0;
  if (p > 0) {
    doc.font("N").fontSize(7.6).fillColor("#555555").text(RUNNING, L, 30, { width: W, align: "right", lineBreak: false });
    doc.moveTo(L, 42).lineTo(L + W, 42).lineWidth(0.5).strokeColor("#8fa58f").stroke();
  }
  doc.font("N").fontSize(7.6).fillColor("#555555").text(`Page ${p + 1} of ${range.count}`, L, PH - 38, { width: W, align: "center", lineBreak: false });
}
doc.end();
await new Promise((r) => out.on("finish", r));

// ---------------------------------------------------------------- rendering
const Rr = [BOARD, WHEN, ITEM, TITLE, ...FRONT.map(([l, t]) => `${l} ${t}`), ...RECS, ...FRONT2.map(([l, t]) => `${l} ${t}`), BG_H, ...BG, CAPTION, ...tableLines, NOTES_H, ...NOTES];
for (const [, t] of AFTER) Rr.push(t);
writeFileSync(join(root, "text", BASE + ".txt"), Rr.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${range.count} pages; spacer ${spacer.toFixed(1)} pt; ${splitAt[0]} split after line ${splitAt[1]} of ${splitAt[2]}) and text/${BASE}.txt (${Rr.length} lines); RAG ${JSON.stringify(ragCount)}`);
