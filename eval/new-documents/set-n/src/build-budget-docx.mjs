// Builds docs/urban-trees-green-spaces-budget-monitoring-2026-08.docx (the LGA Urban Trees and Green Spaces
// Working Group's budget monitoring report 2026/27 at 31 August 2026, item 4 at the meeting of Thursday
// 15 October 2026; a Word file made with the `docx` package, 9.x) and its plain-text rendering
// text/urban-trees-green-spaces-budget-monitoring-2026-08.txt from the same content.
//
//   node src/build-budget-docx.mjs     (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait, Arial. Page header "Urban Trees and Green Spaces Working Group – 15 October 2026 –
// Item 4" and a "Page n of m" footer (page furniture, left out of the rendering). Heading block, bold run-in
// labels (Meeting, Agenda item, Report by, Contact officer, Is this report confidential?), "Purpose of report",
// "Summary", "Recommendations" with TYPED (a)–(c) lines, a RAG key as Word bullets, then TABLE 1 Budget line |
// Annual budget | Spend to date | Forecast outturn | Variance | RAG whose header has TWO ROWS: "Position at
// 31 August 2026" is a cell SPANNING TWO COLUMNS (Spend to date, Forecast outturn) and the other header cells
// are merged vertically over both rows; SECTION ROWS spanning the whole table ("Programme", "Staffing and
// running costs"), SUBTOTAL rows and a TOTAL row (bold, shaded); underspends in brackets; RAG as words on
// coloured cells. Then prose explaining each variance under side headings, and next steps.
// Synthetic test fixture: the people, grant, suppliers and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "urban-trees-green-spaces-budget-monitoring-2026-08";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Footer, Header, PageNumber, LevelFormat,
  Table, TableRow, TableCell, WidthType, VerticalMergeType, ShadingType, BorderStyle } = Dx;

// ---------------------------------------------------------------- content
const TOP = ["Local Government Association", "Urban Trees and Green Spaces Working Group"];
const TITLE = "Budget monitoring 2026/27: position at 31 August 2026";
const META = [
  ["Meeting:", "Urban Trees and Green Spaces Working Group, Thursday 15 October 2026"],
  ["Agenda item:", "4"],
  ["Report by:", "Lorcan Cudlipp, Finance Business Partner"],
  ["Contact officer:", "Isolde Scrimgeour, Senior Adviser (Urban Trees and Green Spaces) – 020 7946 0581 – isolde.scrimgeour@local.gov.uk"],
  ["Is this report confidential?", "No"],
];
const PURPOSE_H = "Purpose of report";
const PURPOSE = "To report spending against the Working Group's budget for 2026/27 to 31 August 2026 (month 5) and the forecast outturn for the year, and to ask the Working Group to approve a virement.";
const SUMMARY_H = "Summary";
const SUMMARY = [
  "The Working Group's budget for 2026/27 is £470,000: £350,000 from the Canopy and Green Spaces Grant paid by the Department for Environment, Food and Rural Affairs (Defra) and £120,000 from the LGA's core budget. By 31 August 2026 we had spent £179,170, 38 per cent of the budget. We forecast an outturn of £455,800, an underspend of £14,200 (3 per cent).",
  "Two budget lines are rated Red and two Amber. The largest variance is on the Green Spaces Skills Academy, where two of the five courses planned for the year have been postponed.",
];
const REC_H = "Recommendations";
const REC_INTRO = "That the Working Group:";
const RECS = [
  "(a) notes the forecast outturn of £455,800 for 2026/27, an underspend of £14,200;",
  "(b) approves a virement of £6,200 from the Green Spaces Skills Academy line to the Street Tree Pests and Diseases Research line; and",
  "(c) agrees that the remaining Skills Academy underspend of £8,800 is held as a contingency and reviewed at the December meeting.",
];
const KEY_H = "How budget lines are rated";
const KEY_INTRO = "Each line is given a RAG rating on its forecast variance:";
const KEY = [
  "Green – forecast within 5 per cent of the annual budget",
  "Amber – forecast between 5 and 10 per cent over or under the annual budget",
  "Red – forecast more than 10 per cent over or under the annual budget",
];
const TABLE_CAPTION = "Table 1: Budget 2026/27 and forecast outturn at 31 August 2026 (£)";
const SPAN = "Position at 31 August 2026";
// [line, budget, spend, forecast]
const SECTIONS = [
  ["Programme", "Subtotal: programme", [
    ["Tree Equity Mapping Service", 64000, 21340, 58500],
    ["Canopy Challenge grants to councils", 180000, 72000, 180000],
    ["Green Spaces Skills Academy", 46000, 9850, 31000],
    ["Street Tree Pests and Diseases Research", 38000, 25600, 44200],
    ["Urban Trees Conference 2027", 22000, 1150, 22000],
  ]],
  ["Staffing and running costs", "Subtotal: staffing and running costs", [
    ["Policy adviser posts (1.6 FTE)", 96000, 40000, 96000],
    ["Member travel and meeting costs", 9500, 2310, 8900],
    ["Communications and publications", 14500, 6920, 15200],
  ]],
];
const AFTER = [
  ["h", "Explanation of the variances"],
  ["h3", "Green Spaces Skills Academy – Red, underspend £15,000"],
  ["p", "The Arboricultural Skills Council paused its accreditation of new training providers in June 2026. Two of the five regional courses planned for 2026/27, in the North East and the South West, could not be accredited in time and have been postponed to 2027/28. The other three courses will run in Birmingham, Leeds and Norwich between November 2026 and February 2027. Cllr Hugo Lightowler, lead member for skills, has asked officers to keep the two postponed courses at the top of the Academy's plans for 2027/28."],
  ["h3", "Street Tree Pests and Diseases Research – Red, overspend £6,200"],
  ["p", "After sooty bark disease was confirmed in street sycamores in three more council areas in July 2026, the Working Group's research partner, Northmoor University, agreed to take samples at a further 40 sites at the request of Cllr Philippa Ockenden, lead member for pests and diseases. The extra sampling costs £6,200. Recommendation (b) would meet this from the Skills Academy underspend, leaving the research line on budget."],
  ["h3", "Tree Equity Mapping Service – Amber, underspend £5,500"],
  ["p", "The contract for the mapping service was let to Verdancy Geo Ltd in June 2026 for £58,500, £5,500 less than the budget. The saving is permanent and has been taken into the forecast."],
  ["h3", "Member travel and meeting costs – Amber, underspend £600"],
  ["p", "The meeting of 11 June 2026 was held online because of a national rail strike, which saved room hire and members' travel."],
  ["h3", "Other lines"],
  ["p", "The whole of the £180,000 for Canopy Challenge grants is committed. Round 1 awarded 15 grants worth £108,000 in July 2026, of which £72,000 had been paid by 31 August; round 2, for the remaining £72,000, opened on 1 October 2026 and closes on Friday 20 November 2026. The Urban Trees Conference 2027 will be held in Birmingham on Wednesday 17 March 2027; the venue deposit of £1,150 has been paid. Communications and publications is forecast £700 over budget because the heat resilience briefing will be printed as well as published online; this is within 5 per cent and rated Green."],
  ["h", "Financial implications"],
  ["p", "Unspent Canopy and Green Spaces Grant must be returned to Defra at the end of the year, so the Working Group should plan to use any underspend on the grant-funded programme lines by 31 March 2027. The LGA-funded staffing and running costs are forecast to be £100 over budget."],
  ["h", "Next steps"],
  ["p", "The next monitoring report, at 31 October 2026, will come to the Working Group's meeting on 10 December 2026, with a proposal for any contingency still held."],
];
const HEADER_TEXT = "Urban Trees and Green Spaces Working Group – 15 October 2026 – Item 4";

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const all = JSON.stringify([META, SUMMARY, RECS, AFTER]);
for (const m of all.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const fmt = (n) => (n < 0 ? `(${(-n).toLocaleString("en-GB")})` : n.toLocaleString("en-GB"));
const rag = (b, f) => { const p = Math.abs(f - b) / b; return p > 0.1 ? "Red" : p > 0.05 ? "Amber" : "Green"; };
const sum = (rows, i) => rows.reduce((a, r) => a + r[i], 0);
const allRows = SECTIONS.flatMap((s) => s[2]);
const T = [1, 2, 3].map((i) => sum(allRows, i));
if (T[0] !== 470000 || T[1] !== 179170 || T[2] !== 455800) throw new Error("totals " + T);
if (sum(SECTIONS[0][2], 1) !== 350000 || sum(SECTIONS[1][2], 1) !== 120000) throw new Error("funding split");
const rags = allRows.map((r) => rag(r[1], r[3]));
const cnt = (w) => rags.filter((x) => x === w).length;
if (cnt("Red") !== 2 || cnt("Amber") !== 2 || cnt("Green") !== 4) throw new Error("RAG counts " + rags);
if (Math.round((T[1] / T[0]) * 100) !== 38 || Math.round(((T[0] - T[2]) / T[0]) * 100) !== 3) throw new Error("percentages");
if (46000 - 31000 - 6200 !== 8800 || 44200 - 38000 !== 6200 || 108000 + 72000 !== 180000) throw new Error("skills/pests/grants");
if (sum(SECTIONS[1][2], 3) - 120000 !== 100) throw new Error("staffing variance");

// ---------------------------------------------------------------- Word
const font = "Arial";
const ACC = "2E6B30";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 21, bold: o.bold, italics: o.italics, color: o.color });
const lab = (label, text, o = {}) => new Paragraph({ spacing: { after: 80 }, ...o, children: [run(label + " ", { bold: true }), run(text)] });
const H = (t) => new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240, after: 100 }, children: [run(t, { size: 26, bold: true, color: ACC })] });
const H3 = (t) => new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, spacing: { before: 160, after: 60 }, children: [run(t, { size: 22, bold: true })] });
const P = (t) => new Paragraph({ spacing: { after: 120 }, children: [run(t)] });
const children = [];
children.push(new Paragraph({ spacing: { after: 40 }, children: [run(TOP[0], { size: 19, color: "555555" })] }));
children.push(new Paragraph({ spacing: { after: 60 }, children: [run(TOP[1], { size: 26, bold: true, color: ACC })] }));
children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { after: 200 }, children: [run(TITLE, { size: 36, bold: true })] }));
for (const [l, t] of META) children.push(lab(l, t, { spacing: { after: 50 } }));
children.push(H(PURPOSE_H), P(PURPOSE), H(SUMMARY_H), ...SUMMARY.map(P), H(REC_H), P(REC_INTRO));
for (const r of RECS) children.push(new Paragraph({ spacing: { after: 60 }, indent: { left: 567, hanging: 567 }, children: [run(r)] }));
children.push(H(KEY_H), P(KEY_INTRO));
for (const k of KEY) children.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 40 }, children: [run(k)] }));
children.push(new Paragraph({ keepNext: true, spacing: { before: 240, after: 100 }, children: [run(TABLE_CAPTION, { bold: true })] }));

const W = [3400, 1250, 1250, 1300, 1150, 900]; // twips, total 9250
const border = { style: BorderStyle.SINGLE, size: 4, color: "9DB59E" };
const borders = { top: border, bottom: border, left: border, right: border };
const RAGFILL = { Red: "F4C7C3", Amber: "FCE8B2", Green: "C8E6C9" };
const cell = (text, o = {}) =>
  new TableCell({
    width: { size: o.w ?? 1000, type: WidthType.DXA },
    columnSpan: o.span,
    verticalMerge: o.vm,
    borders,
    shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined,
    margins: { top: 50, bottom: 50, left: 80, right: 80 },
    children: [new Paragraph({ alignment: o.right ? AlignmentType.RIGHT : o.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: text === "" ? [] : [run(text, { bold: o.bold, size: 19, color: o.color })] })],
  });
const HFILL = "2E6B30";
const rows = [];
rows.push(new TableRow({ tableHeader: true, children: [
  cell("Budget line", { w: W[0], vm: VerticalMergeType.RESTART, fill: HFILL, bold: true, color: "FFFFFF" }),
  cell("Annual budget", { w: W[1], vm: VerticalMergeType.RESTART, fill: HFILL, bold: true, color: "FFFFFF", right: true }),
  cell(SPAN, { w: W[2] + W[3], span: 2, fill: HFILL, bold: true, color: "FFFFFF", center: true }),
  cell("Variance", { w: W[4], vm: VerticalMergeType.RESTART, fill: HFILL, bold: true, color: "FFFFFF", right: true }),
  cell("RAG", { w: W[5], vm: VerticalMergeType.RESTART, fill: HFILL, bold: true, color: "FFFFFF", center: true }),
] }));
rows.push(new TableRow({ tableHeader: true, children: [
  cell("", { w: W[0], vm: VerticalMergeType.CONTINUE, fill: HFILL }),
  cell("", { w: W[1], vm: VerticalMergeType.CONTINUE, fill: HFILL }),
  cell("Spend to date", { w: W[2], fill: HFILL, bold: true, color: "FFFFFF", right: true }),
  cell("Forecast outturn", { w: W[3], fill: HFILL, bold: true, color: "FFFFFF", right: true }),
  cell("", { w: W[4], vm: VerticalMergeType.CONTINUE, fill: HFILL }),
  cell("", { w: W[5], vm: VerticalMergeType.CONTINUE, fill: HFILL }),
] }));
const R = []; // rendering lines of the table
R.push(["Budget line", "Annual budget", SPAN, "Variance", "RAG"].join(" | "));
R.push(["Spend to date", "Forecast outturn"].join(" | "));
const numRow = (label, b, s, f, ragWord, o = {}) => {
  rows.push(new TableRow({ children: [
    cell(label, { w: W[0], bold: o.bold, fill: o.fill }),
    cell(fmt(b), { w: W[1], right: true, bold: o.bold, fill: o.fill }),
    cell(fmt(s), { w: W[2], right: true, bold: o.bold, fill: o.fill }),
    cell(fmt(f), { w: W[3], right: true, bold: o.bold, fill: o.fill }),
    cell(fmt(f - b), { w: W[4], right: true, bold: o.bold, fill: o.fill }),
    cell(ragWord, { w: W[5], center: true, bold: !!ragWord, fill: ragWord ? RAGFILL[ragWord] : o.fill }),
  ] }));
  R.push([label, fmt(b), fmt(s), fmt(f), fmt(f - b), ragWord].join(" | "));
};
for (const [sec, subLabel, lines] of SECTIONS) {
  rows.push(new TableRow({ children: [cell(sec, { w: 9250, span: 6, bold: true, fill: "E8F0E8", color: ACC })] }));
  R.push(sec);
  for (const [l, b, s, f] of lines) numRow(l, b, s, f, rag(b, f));
  numRow(subLabel, sum(lines, 1), sum(lines, 2), sum(lines, 3), "", { bold: true, fill: "F2F2F2" });
}
numRow("Total", T[0], T[1], T[2], "", { bold: true, fill: "D9E6D9" });
children.push(new Table({ width: { size: 9250, type: WidthType.DXA }, columnWidths: W, rows }));
const NOTE = "Variance is the forecast outturn less the annual budget; underspends are shown in brackets.";
children.push(new Paragraph({ spacing: { before: 80, after: 160 }, children: [run(NOTE, { size: 18, italics: true, color: "555555" })] }));
for (const [k, t] of AFTER) children.push(k === "h" ? H(t) : k === "h3" ? H3(t) : P(t));

const doc = new Document({
  creator: "LGA Finance",
  title: "Urban Trees and Green Spaces Working Group – budget monitoring 2026/27 – 15 October 2026",
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 21 } } } },
  numbering: { config: [
    { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "\u2022", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
  ] },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1200, left: 1300, right: 1300, header: 600, footer: 600 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(HEADER_TEXT, { size: 16, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], font, size: 16, color: "666666" })] })] }) },
    children,
  }],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
// One line per paragraph; run-in labels as "Label: text"; bullets without the bullet Word draws; the table as
// caption, its two header rows (the spanning cell once, vertically merged cells only in the first row), the
// section rows as their one cell, and one line per row, cells joined with " | " (empty RAG cell: line ends " |").
const OUT = [...TOP, TITLE, ...META.map(([l, t]) => `${l} ${t}`), PURPOSE_H, PURPOSE, SUMMARY_H, ...SUMMARY, REC_H, REC_INTRO, ...RECS,
  KEY_H, KEY_INTRO, ...KEY, TABLE_CAPTION, ...R.map((l) => l.replace(/ \| $/, " |")), NOTE, ...AFTER.map((a) => a[1])];
writeFileSync(join(root, "text", BASE + ".txt"), OUT.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${OUT.length} lines); RAG ${rags.join(",")}`);
