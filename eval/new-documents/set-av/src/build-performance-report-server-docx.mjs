// Builds docs/playgrounds-panel-item-4-performance-q2-2104-05.docx and its rendering in text/.
// Layout: A REPORT SERVER'S WORD RENDERING (a SQL Server Reporting Services / Power BI paginated report,
// "Export > Word"), made with `docx` 9.x: A4 landscape, Segoe UI, no paragraph styles and no headings –
// every line of the report is direct formatting INSIDE A TABLE. Each rendered report page is ONE
// LAYOUT GRID: a five-column table whose narrow SPACER COLUMNS and EMPTY SPACER ROWS (fixed heights)
// position the report's text boxes, each text box a cell or cells merged across the grid (gridSpan);
// the front sheet is text boxes side by side (a label box and its value box in one grid row, the
// spacer column between them), the recommendations one text box of several paragraphs. The report's
// TABLIX regions are NESTED TABLES inside a merged cell of the grid: the measures table has a repeated
// header row, a GROUP HEADER ROW per workstream (one cell spanning the table: "WS1 Safety and
// inspection – lead member: Cllr …"), two DETAIL ROWS per measure (the figures, then a "Commentary:"
// row spanning the table) and a GROUP FOOTER ROW of computed counts per workstream, then a TABLE FOOTER
// ROW for all workstreams. STATUSES ARE WEATHER SYMBOLS – ☀ ⛅ ☁ ⛈ (Segoe UI Symbol) and "–" – in two
// columns headed "Health at Q1" and "Health at Q2"; what they mean is only in the "Health key" text
// box above the table (☀ Sunny – on track … ⛈ Stormy – off track); the counts rows use the symbols
// too. A second tablix gives the revenue budget in £000 (underspends in brackets, a total row).
// Report pages are separated by page breaks; the page header (Panel, date, item) and the page footer
// (report name, "Rendered 04/11/2104 15:42:10", "Page n of m") are Word header and footer parts.
// Rendering: text boxes in reading order, a grid row's boxes joined by " | " (spacer cells left out),
// a text box of several paragraphs joined by spaces; nested tables a row per line, cells " | ", the
// symbols as they are; page header and footer left out.
// Synthetic test fixture: every person, figure and rating is invented.
//   node src/build-performance-report-server-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, importDocx, DOCS, BODY, OFFICERS as O, MEASURES, WORKSTREAMS, BUDGET, WEATHER as WX } from "./common.mjs";

const D = await importDocx();
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, ShadingType, Header, Footer, PageNumber, VerticalAlign, PageOrientation, HeightRule, BorderStyle } = D;
const FILE = DOCS.perf;
const BASE = basename(FILE, extname(FILE));
const FONT = "Segoe UI", SYM = "Segoe UI Symbol";
const out = [];
const SYMS = new Set(Object.values(WX).filter((s) => s !== "–"));

// runs: a string may hold weather symbols, which get the symbol font
const runs = (t, o = {}) => {
  const parts = [];
  let cur = "";
  const flush = (sym) => { if (cur) parts.push(new TextRun({ text: cur, font: sym ? SYM : FONT, size: o.size ?? 18, bold: o.bold, italics: o.it, color: o.color })); cur = ""; };
  let sym = false;
  for (const ch of t) {
    const s = SYMS.has(ch);
    if (s !== sym) { flush(sym); sym = s; }
    cur += ch;
  }
  flush(sym);
  return parts;
};
const P = (t, o = {}) => new Paragraph({ alignment: o.align, spacing: { after: o.after ?? 40, before: 0 }, children: runs(t, o) });
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const thin = { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6" };
const grid = { top: thin, bottom: thin, left: thin, right: thin };
// a text box / cell: paragraphs (strings) or a nested table
const box = (content, o = {}) => new TableCell({
  children: content instanceof Table ? [content, new Paragraph({ children: [] })] : [].concat(content).map((t) => P(t, o)),
  columnSpan: o.span, verticalAlign: VerticalAlign.TOP, borders: o.borders ?? noBorders,
  shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined,
  margins: { top: 30, bottom: 30, left: 60, right: 60 },
});
const spacer = (o = {}) => box([""], o);

// ------------------------------------------------------------------ the layout grid of a report page
const GW = [283, 2835, 283, 11714, 283]; // 15398 twips: the landscape page between 720-twip margins
const layout = (rows) => new Table({ width: { size: 15398, type: WidthType.DXA }, columnWidths: GW, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }, rows });
const spacerRow = (h = 120) => new TableRow({ height: { value: h, rule: HeightRule.EXACT }, children: GW.map(() => spacer()) });
// a text box across the grid (columns 1–3)
const wide = (lines, o = {}) => { out.push([].concat(lines).join(" ")); return new TableRow({ children: [spacer(), box(lines, { ...o, span: 3 }), spacer()] }); };
// a label box beside its value box
const pair = (label, value, o = {}) => {
  out.push(`${label} | ${[].concat(value).join(" ")}`);
  return new TableRow({ children: [spacer(), box(label, { bold: true, fill: "E7EEF5" }), spacer(), box(value, o), spacer()] });
};

// ------------------------------------------------------------------ page 1: front sheet
const page1 = [];
page1.push(spacerRow(240));
page1.push(wide(BODY, { bold: true, size: 22 }));
page1.push(wide("Wednesday 12 November 2104", { size: 20 }));
page1.push(wide("Agenda item 4", { size: 20 }));
page1.push(spacerRow());
page1.push(wide("Play Spaces Renewal Programme: performance report, quarter 2 2104/05", { bold: true, size: 32, color: "1F4E79" }));
page1.push(wide("Period: Q2 2104/05 (1 July to 30 September 2104) · Programme: PSRP · Workstream: (All) · Health shown: Q1 and Q2", { size: 16, color: "595959" }));
page1.push(spacerRow(200));
page1.push(pair("Purpose of report", "For decision."));
page1.push(spacerRow());
page1.push(pair("Summary", "This report gives the programme's performance at the end of quarter 2 2104/05 against its 12 measures, with each measure's health at quarter 1 and quarter 2, and the revenue budget position. Five measures are in worse health than at quarter 1 and one is better; two are Stormy."));
page1.push(spacerRow());
page1.push(pair("Recommendations", [
  "That the Panel:",
  "(a) notes performance at quarter 2 2104/05;",
  "(b) agrees to re-profile the 2104/05 target for PPM-08 (Fund-supported play areas reopened after renewal) from 30 to 24, because of contractor shortages (risk PPR-03); and",
  "(c) asks officers for a recovery plan for PPM-03 (play areas closed for more than 28 days for safety reasons) for the meeting on 11 March 2105.",
]));
page1.push(spacerRow());
page1.push(pair("Is this report confidential?", "No"));
page1.push(spacerRow());
page1.push(pair("Contact officer", O.tobias.name));
page1.push(pair("Position", O.tobias.post));
page1.push(pair("Phone no", O.tobias.phone));
page1.push(pair("Email", O.tobias.email));

// ------------------------------------------------------------------ page 2: measures tablix
const TW = [900, 4200, 1900, 1700, 1500, 1500, 1566, 1566]; // 14832 = columns 1–3 of the grid
const HDR = ["Ref", "Measure", "Lead officer", "Target 2104/05", "Actual Q1", "Actual Q2", "Health at Q1", "Health at Q2"];
const tcell = (t, o = {}) => box(t, { ...o, borders: grid, size: o.size ?? 17 });
const trows = [];
trows.push(new TableRow({ tableHeader: true, children: HDR.map((h) => tcell(h, { bold: true, fill: "1F4E79", color: "FFFFFF" })) }));
const tOut = [HDR.join(" | ")];
const counts = (ms, k) => ["S", "I", "C", "T"].map((c) => `${WX[c]} ${ms.filter((m) => m[k] === c).length}`).join(" ") + (k === "h1" && ms.some((m) => m.h1 === "N") ? ` – ${ms.filter((m) => m.h1 === "N").length}` : "");
for (const ws of WORKSTREAMS) {
  const g = `${ws.id} ${ws.name} – lead member: ${ws.member}`;
  trows.push(new TableRow({ children: [tcell(g, { bold: true, span: 8, fill: "DDEBF7" })] }));
  tOut.push(g);
  const ms = MEASURES.filter((m) => m.ws === ws.id);
  for (const m of ms) {
    const cells = [m.id, m.title, m.lead, m.target, m.a1, m.a2, WX[m.h1], WX[m.h2]];
    trows.push(new TableRow({ cantSplit: true, children: cells.map((c, i) => tcell(c, { align: i >= 6 ? AlignmentType.CENTER : i >= 3 ? AlignmentType.RIGHT : undefined, size: i >= 6 ? 24 : 17 })) }));
    tOut.push(cells.join(" | "));
    const c = `Commentary: ${m.comm}`;
    trows.push(new TableRow({ cantSplit: true, children: [tcell(c, { span: 8, it: true, size: 16 })] }));
    tOut.push(c);
  }
  const f = [`${ws.id} total: ${ms.length} measures`, counts(ms, "h1"), counts(ms, "h2")];
  trows.push(new TableRow({ children: [tcell(f[0], { span: 6, bold: true, fill: "F2F2F2", align: AlignmentType.RIGHT }), tcell(f[1], { fill: "F2F2F2", size: 16 }), tcell(f[2], { fill: "F2F2F2", size: 16 })] }));
  tOut.push(f.join(" | "));
}
const tf = [`All workstreams: ${MEASURES.length} measures`, counts(MEASURES, "h1"), counts(MEASURES, "h2")];
trows.push(new TableRow({ children: [tcell(tf[0], { span: 6, bold: true, fill: "D9D9D9", align: AlignmentType.RIGHT }), tcell(tf[1], { fill: "D9D9D9", bold: true, size: 16 }), tcell(tf[2], { fill: "D9D9D9", bold: true, size: 16 })] }));
tOut.push(tf.join(" | "));
const tablix = new Table({ width: { size: 14832, type: WidthType.DXA }, columnWidths: TW, rows: trows });

const page2 = [];
page2.push(spacerRow(200));
page2.push(wide("Measures by workstream", { bold: true, size: 24, color: "1F4E79" }));
page2.push(wide(`Health key: ${WX.S} Sunny – on track · ${WX.I} Sunny intervals – minor issues, expected to recover · ${WX.C} Cloudy – at risk, action needed · ${WX.T} Stormy – off track, the Panel's attention needed · – not yet due`, { size: 16 }));
page2.push(spacerRow());
page2.push(new TableRow({ children: [spacer(), box(tablix, { span: 3 }), spacer()] }));
out.push(...tOut);

// ------------------------------------------------------------------ page 3: exceptions and budget
const page3 = [];
page3.push(spacerRow(200));
page3.push(wide("Exceptions", { bold: true, size: 24, color: "1F4E79" }));
page3.push(wide(`PPM-03 Play areas closed for safety reasons (${WX.T} Stormy). 57 play areas had been closed for more than 28 days at 30 September 2104, against a ceiling of 40 and up from 46 at quarter 1. 31 of the 57 are waiting for replacement equipment, most of them in the four councils whose inspection contractor left the market in August. Recommendation (c) asks for a recovery plan for the March meeting.`));
page3.push(wide(`PPM-08 Renewed play areas reopened (${WX.T} Stormy). Nine Fund-supported play areas have reopened against a profile of 15 at quarter 2 and a year-end target of 30. Contractor shortages have delayed 14 schemes (risk PPR-03, now scored 20). Officers propose re-profiling the target to 24 (recommendation (b)).`));
page3.push(wide(`PPM-01, PPM-06 and PPM-10 (${WX.C} Cloudy). Independent inspections fell to 88.4 per cent because of the backlog in four councils (risk PPR-02); accessible toilets at destination playgrounds have not moved, as toilets are not eligible for the Fund; and 22 of the 40 play sufficiency assessments expected this year are complete (risk PPR-07).`));
page3.push(wide(`Play Spaces Renewal Fund. £1.86m of the £2.4m Fund has been awarded. £540,000 remains for round 2, which opens on 5 January 2105.`));
page3.push(spacerRow(200));
page3.push(wide("Programme revenue budget 2104/05 (£000)", { bold: true, size: 24, color: "1F4E79" }));
const f = (n) => (n < 0 ? `(${(-n).toLocaleString("en-GB")})` : n.toLocaleString("en-GB"));
const BH = ["Budget line", "Budget 2104/05", "Spend to 30 September 2104", "Forecast outturn", "Variance"];
const BR = BUDGET.map((b) => [b.line, f(b.budget), f(b.spend), f(b.forecast), f(b.forecast - b.budget)]);
const tot = (k) => BUDGET.reduce((a, b) => a + b[k], 0);
BR.push(["Total", f(tot("budget")), f(tot("spend")), f(tot("forecast")), f(tot("forecast") - tot("budget"))]);
const BW = [5000, 2000, 2600, 2300, 2000];
const btab = new Table({ width: { size: BW.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: BW, rows: [
  new TableRow({ tableHeader: true, children: BH.map((h) => tcell(h, { bold: true, fill: "1F4E79", color: "FFFFFF" })) }),
  ...BR.map((r, ri) => new TableRow({ children: r.map((c, ci) => tcell(c, { bold: ri === BR.length - 1, fill: ri === BR.length - 1 ? "D9D9D9" : undefined, align: ci ? AlignmentType.RIGHT : undefined })) })),
] });
page3.push(new TableRow({ children: [spacer(), box(btab, { span: 3 }), spacer()] }));
out.push(BH.join(" | "), ...BR.map((r) => r.join(" | ")));
page3.push(wide("Variance = forecast outturn less budget; underspends in brackets. The forecast overspend of £3,000 is extra inspections in WS1 (£28,000), largely offset by underspends in the other workstreams.", { size: 16, it: true }));
page3.push(spacerRow());
page3.push(wide("Next steps", { bold: true, size: 24, color: "1F4E79" }));
page3.push(wide("Quarter 3 performance will be reported to the Panel on 11 March 2105."));

// ------------------------------------------------------------------ document
const pb = () => new Paragraph({ pageBreakBefore: true, children: [] });
const header = () => new Header({ children: [new Paragraph({ children: runs(`${BODY} – 12 November 2104 – Item 4`, { size: 16, color: "595959" }) })] });
const footer = () => new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ font: FONT, size: 14, color: "595959", children: ["PSRP_Board_Performance · Rendered 04/11/2104 15:42:10 · Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })] })] });
const doc = new Document({
  creator: "LGA\\svc-ssrs", lastModifiedBy: "LGA\\svc-ssrs", title: "PSRP_Board_Performance", description: "Rendered by Microsoft SQL Server Reporting Services",
  styles: { default: { document: { run: { font: FONT, size: 18 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 720, bottom: 720, left: 720, right: 720 } } },
    headers: { default: header() }, footers: { default: footer() },
    children: [layout(page1), pb(), layout(page2), pb(), layout(page3)],
  }],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
