// Builds docs/pools-panel-item-4-performance-q2-2101-02.docx and its rendering in text/.
// Layout: A WORD PERFORMANCE REPORT WHOSE RATINGS ARE TICKS IN ONE COLUMN PER RATING. Word (`docx` 9.x),
// Arial, three sections: portrait (front sheet and introduction), LANDSCAPE (Table 1 and Table 2) and
// portrait again (issues, finance, next steps), each with the page header "… – 24 November 2101 –
// Item 4" and a "Page n" footer. The front sheet is headings with text under them (Purpose of report,
// Summary – counts only –, Is this report confidential?, Recommendation, Action, Contact officer block of
// label lines). TABLE 1 has TWO HEADER ROWS (marked to repeat): "Ref", "Measure", "Lead officer",
// "Target 2101/02", "Position at 30 September 2101", "Q1 rating" and "Commentary" merged down both
// rows (vMerge), and "Q2 rating" spanning FOUR NARROW COLUMNS headed R / A / G / C in the second row.
// THE QUARTER 2 RATING IS ONLY THE POSITION OF A TICK: each measure has "✓" (U+2713, Segoe UI Symbol)
// in one of the four columns and nothing in the other three, while the previous quarter's rating is a
// word in its own column ("Amber", "Not rated"). Workstream rows span the whole table ("WS1 Plant and
// energy – lead member Cllr …"). A key paragraph under the table says what R / A / G / C mean; Table 2
// counts the ratings for Q1 and Q2. The budget table is in £000 with an overspend total.
// Rendering: a paragraph per line, table rows with cells " | " (a cell merged down written once, in
// its first row, so the second header row is "R | A | G | C"; empty cells as empty strings between the
// bars, the tick as ✓); page header and footer left out.
// Synthetic test fixture: every person, figure and rating is invented.
//   node src/build-performance-tick-columns-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, importDocx, DOCS, BODY, OFFICERS as O, MEASURES, WORKSTREAMS, BUDGET } from "./common.mjs";

const D = await importDocx();
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, ShadingType, Header, Footer, PageNumber, VerticalAlign, PageOrientation, HeadingLevel } = D;
const FILE = DOCS.perf;
const BASE = basename(FILE, extname(FILE));
const FONT = "Arial";
const out = [];
const run = (t, o = {}) => new TextRun({ text: t, font: o.font ?? FONT, size: o.size ?? 22, bold: o.bold, italics: o.it, color: o.color });
const para = (text, o = {}) => new Paragraph({ spacing: { after: o.after ?? 120, before: o.before ?? 0 }, alignment: o.align, keepNext: o.keepNext, children: Array.isArray(text) ? text : [run(text, o)] });
const sections = [[], [], []];
let S = 0;
const P = (text, o = {}) => { sections[S].push(para(text, o)); out.push(text); };
const H = (text) => P(text, { bold: true, size: 24, before: 200, keepNext: true });

const cell = (c, o = {}) => new TableCell({
  children: [].concat(c).map((t) => new Paragraph({ alignment: o.align, children: [run(t, { bold: o.bold, size: o.size ?? 18, font: t === "✓" ? "Segoe UI Symbol" : FONT })] })),
  columnSpan: o.span, rowSpan: o.rowSpan, verticalAlign: o.valign ?? VerticalAlign.TOP,
  shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined,
  margins: { top: 50, bottom: 50, left: 80, right: 80 },
});

// ------------------------------------------------------------------ section 1: front sheet
P(BODY, { bold: true, size: 22, after: 0 });
P("24 November 2101", { size: 22, after: 0 });
P("Item 4", { size: 22, after: 240 });
P("Pools Lifeline Programme: performance at quarter 2 2101/02", { bold: true, size: 32, after: 240 });
H("Purpose of report");
P("For noting.");
H("Summary");
P("This report sets out performance against the Pools Lifeline Programme's 12 measures at the end of quarter 2 2101/02 (1 July to 30 September 2101). At quarter 2, three measures are rated R, four A, four G and one is complete. Section 3 covers the measures rated R.");
H("Is this report confidential?");
P("No.");
H("Recommendation");
P("That the Panel notes performance at quarter 2 2101/02 and the action being taken on the measures rated R.");
H("Action");
P("Officers to take forward the recovery actions in section 3.");
H("Contact officer");
for (const [l, v] of [["Contact officer", O.odili.name], ["Position", O.odili.post], ["Phone no", O.odili.phone], ["Email", O.odili.email]]) {
  sections[S].push(para([run(`${l}: `, { bold: true }), run(v)], { after: 40 }));
  out.push(`${l}: ${v}`);
}
H("1. Introduction");
P("1.1 The Panel agreed the Programme's measures and targets for 2101/02 at its meeting on 16 June 2101. This report covers the second quarter, July to September 2101. Figures come from councils' quarterly data returns, the Lifeguard Academy and the Programme's own records.");
P("1.2 Performance at quarter 1 was reported to the Panel on 22 September 2101. The Panel asked for a recovery plan for swim teacher vacancies (PL-06) and for options on the booking platform (PL-12); both are covered in section 3.");
H("2. Performance at quarter 2");
P("2.1 Table 1 gives each measure's target for 2101/02, its position at 30 September 2101, last quarter's rating and this quarter's rating. Each measure has a tick in one of the four rating columns.");

// ------------------------------------------------------------------ section 2 (landscape): Table 1, key, Table 2
S = 1;
P("Table 1: Pools Lifeline Programme measures, quarter 2 2101/02", { bold: true, size: 20, keepNext: true });
const WID = [700, 3000, 1500, 1350, 1450, 950, 420, 420, 420, 420, 3770]; // 14400 twips of landscape width
const hdrFill = "D6E4EC";
const rows = [];
rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: [
  ...["Ref", "Measure", "Lead officer", "Target 2101/02", "Position at 30 September 2101", "Q1 rating"].map((h) => cell(h, { bold: true, fill: hdrFill, rowSpan: 2 })),
  cell("Q2 rating", { bold: true, fill: hdrFill, span: 4, align: AlignmentType.CENTER }),
  cell("Commentary", { bold: true, fill: hdrFill, rowSpan: 2 }),
] }));
rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: ["R", "A", "G", "C"].map((h) => cell(h, { bold: true, fill: hdrFill, align: AlignmentType.CENTER })) }));
out.push("Ref | Measure | Lead officer | Target 2101/02 | Position at 30 September 2101 | Q1 rating | Q2 rating | Commentary", "R | A | G | C");
for (const ws of WORKSTREAMS) {
  const t = `${ws.id} ${ws.name} – lead member ${ws.member}`;
  rows.push(new TableRow({ cantSplit: true, children: [cell(t, { bold: true, span: 11, fill: "EEF3F6" })] }));
  out.push(t);
  for (const m of MEASURES.filter((x) => x.ws === ws.id)) {
    const ticks = ["R", "A", "G", "C"].map((k) => (m.q2 === k ? "✓" : ""));
    const cells = [m.id, m.title, m.lead, m.target, m.pos, m.q1, ...ticks, m.comm];
    rows.push(new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(c, { align: i >= 6 && i <= 9 ? AlignmentType.CENTER : undefined, size: i >= 6 && i <= 9 ? 20 : 18 })) }));
    out.push(cells.join(" | "));
  }
}
sections[1].push(new Table({ width: { size: WID.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: WID, rows }));
P("Key to the Q2 rating columns: R – off track, needs the Panel's attention; A – at risk, action in hand; G – on track; C – complete. The Q1 rating is the rating reported to the Panel on 22 September 2101.", { size: 18, before: 120 });
P("Table 2: number of measures by rating", { bold: true, size: 20, keepNext: true, before: 200 });
const cnt = (k, q) => MEASURES.filter((m) => (q === 1 ? m.q1 : m.q2) === k).length;
const T2 = [["Rating", "Quarter 1", "Quarter 2"],
  ["R – off track", String(cnt("Red", 1)), String(cnt("R", 2))],
  ["A – at risk", String(cnt("Amber", 1)), String(cnt("A", 2))],
  ["G – on track", String(cnt("Green", 1)), String(cnt("G", 2))],
  ["C – complete", "0", String(cnt("C", 2))],
  ["Not rated", String(cnt("Not rated", 1)), "0"],
  ["Total", String(MEASURES.length), String(MEASURES.length)]];
sections[1].push(new Table({ width: { size: 6000, type: WidthType.DXA }, columnWidths: [3000, 1500, 1500], rows: T2.map((r, ri) => new TableRow({ tableHeader: ri === 0, children: r.map((c, ci) => cell(c, { bold: ri === 0 || ri === T2.length - 1, fill: ri === 0 ? hdrFill : undefined, align: ci ? AlignmentType.RIGHT : undefined, size: 20 })) })) }));
for (const r of T2) out.push(r.join(" | "));

// ------------------------------------------------------------------ section 3: issues, finance, next steps
S = 2;
H("3. Measures rated R");
P("3.1 Unplanned closures (PL-02). Fifteen pools have closed for more than seven days because of plant failure since April, against a limit of 12 for the whole year. Nine of the closures were in quarter 2. Seven of the pools with the worst plant are recommended for round 1 grants at item 5, and the related risk (PLR-01) is recommended for escalation to the Board at item 6.");
P("3.2 Swim teacher vacancies (PL-06). Vacancies rose from 318 to 342. Two councils have cancelled school top-up sessions for the autumn term. Rosamund Yelland is preparing the recovery plan the Panel asked for (action PA-33), which goes to the Chair and Cllr Delphine Okoro-Marsh by 15 December 2101.");
P("3.3 Booking platform (PL-12). Nine councils are live on the shared pool booking platform against a profile of 18. The supplier's next release is now due on 12 December 2101, so the options paper the Panel asked for (action PA-36) has been deferred to 9 March 2102 with the Chair's agreement.");
H("4. Financial implications");
P("4.1 Table 3 shows the Programme's revenue budget for 2101/02. The forecast is an overspend of £48,000 (1.3%), mainly on free swims, where take-up in the summer holidays was higher than planned. The Pool Plant Renewal Fund (£3.6 million capital) is reported separately at item 5.");
P("Table 3: Programme revenue budget 2101/02 (£000)", { bold: true, size: 20, keepNext: true });
const f = (n) => (n < 0 ? `(${(-n).toLocaleString("en-GB")})` : n.toLocaleString("en-GB"));
const T3 = [["Workstream", "Budget 2101/02", "Spend to 30 September 2101", "Forecast outturn", "Variance"],
  ...BUDGET.map((b) => [b.line, f(b.budget), f(b.spend), f(b.forecast), f(b.forecast - b.budget)])];
const tot = (k) => BUDGET.reduce((a, b) => a + b[k], 0);
T3.push(["Total", f(tot("budget")), f(tot("spend")), f(tot("forecast")), f(tot("forecast") - tot("budget"))]);
sections[2].push(new Table({ width: { size: 9600, type: WidthType.DXA }, columnWidths: [3600, 1500, 1500, 1500, 1500], rows: T3.map((r, ri) => new TableRow({ tableHeader: ri === 0, children: r.map((c, ci) => cell(c, { bold: ri === 0 || ri === T3.length - 1, fill: ri === 0 ? hdrFill : undefined, align: ci ? AlignmentType.RIGHT : undefined, size: 20 })) })) }));
for (const r of T3) out.push(r.join(" | "));
P("Variances: overspends are shown as positive figures and underspends in brackets.", { size: 18, before: 80 });
H("5. Next steps");
P("5.1 Quarter 3 performance will be reported to the Panel on 9 March 2102.");

// ------------------------------------------------------------------ document
const header = () => new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${BODY} – 24 November 2101 – Item 4`, { size: 16, color: "595959" })] })] });
const footer = () => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 16, color: "595959", children: ["Page ", PageNumber.CURRENT] })] })] });
const portrait = { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } };
const landscape = { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } };
const doc = new Document({
  creator: O.odili.name, lastModifiedBy: O.odili.name, title: "CSPP 24.11.01 item 4 performance Q2",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: [
    { properties: portrait, headers: { default: header() }, footers: { default: footer() }, children: sections[0] },
    { properties: landscape, headers: { default: header() }, footers: { default: footer() }, children: sections[1] },
    { properties: portrait, headers: { default: header() }, footers: { default: footer() }, children: sections[2] },
  ],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
