// Builds docs/rights-of-way-countryside-access-panel-delivery-plan-2026-27-q3.docx (the LGA Rights of Way and
// Countryside Access Panel, Thursday 18 March 2027, item 4: "Delivery plan 2026/27: progress at quarter 3",
// position at 31 December 2026) and its plain-text rendering
// text/rights-of-way-countryside-access-panel-delivery-plan-2026-27-q3.txt.
//
//   node src/build-delivery-plan-docx.mjs
//
// Layout: Word (docx 9.x), A4 portrait, Arial. Page header "… – 18 March 2027 – Item 4" and "Page n" footer.
// Heading lines, title, bold run-in labels (Purpose of report, Position at, Contact officer, Phone, Email);
// Summary; Recommendations with typed (a)/(b) lines; Lead members paragraph. A KEY TABLE Status | Milestones |
// Indicators whose first cell is the letter on its colour. TABLE 1 "Milestones 2026/27": Quarter | Ref |
// Milestone | Lead officer | Status | Comment, WHOSE QUARTER COLUMN IS ONE VERTICALLY MERGED CELL PER QUARTER
// (w:vMerge over four rows) WITH ITS TEXT ROTATED (w:textDirection btLr, read bottom to top: "Quarter 2 (July to
// September 2026)"), and WHOSE STATUS CELL HOLDS ONLY A SINGLE LETTER (D / G / A / R) ON A SHADED CELL; the
// header row repeats on a new page. TABLE 2 "Indicators 2026/27": Ref | Indicator | Target 2026/27 | Q1 | Q2 | Q3
// | Status, the status again a shaded letter, "–" for not measured; two commentary bullets (Word bullets).
// No sentence lists the milestones or indicators by status (the summary gives counts only).
// Rendering: paragraphs as lines; run-in labels as "Label: text"; tables as header row and rows with " | "; the
// merged quarter cell only on the first row of its group (the other three rows start "| ", as set Q renders a
// vertically merged cell); the page header and footer dropped.
// Synthetic test fixture: the people, milestones and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "rights-of-way-countryside-access-panel-delivery-plan-2026-27-q3";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, AlignmentType, Header, Footer, PageNumber, Table, TableRow, TableCell, WidthType, ShadingType, VerticalMergeType, TextDirection, VerticalAlign, LevelFormat } = Dx;

// ---------------------------------------------------------------- content
const TOP = ["Rights of Way and Countryside Access Panel", "Thursday 18 March 2027", "Agenda item 4"];
const TITLE = "Delivery plan 2026/27: progress at quarter 3";
const META = [
  ["Purpose of report:", "For noting and decision."],
  ["Position at:", "31 December 2026"],
  ["Contact officer:", "Idris Warboys, Senior Adviser (Rights of Way)"],
  ["Phone:", "020 7946 0326"],
  ["Email:", "idris.warboys@local.gov.uk"],
];
const SUMMARY_H = "Summary";
const SUMMARY = [
  "The Panel’s delivery plan for 2026/27 has 16 milestones, four in each quarter, and six indicators. Of the 12 milestones due by 31 December 2026, nine have been delivered and three were missed. Of the four milestones due in quarter 4, two are on schedule and two are at risk. Three indicators are expected to meet their year-end targets, two are at risk and one will miss its target.",
  "Comments on the milestones due in quarter 4 and on the Path Improvement Fund projects are brought up to date to 28 February 2027.",
];
const REC_H = "Recommendations";
const REC = [
  "That the Panel:",
  "(a) notes progress on the delivery plan at the end of quarter 3; and",
  "(b) agrees revised dates for two missed milestones: 29 April 2027 for the definitive map backlog report (RW-M10) and 27 May 2027 for the final Access for All audit toolkit (RW-M12).",
];
const LEAD_H = "Lead members";
const LEAD = "Cllr Tobin Ackroyd (Kirklees Council) replaced Cllr Osian Stainthorpe on the Panel from 11 January 2027 and has taken over from him as lead member for the definitive map. Cllr Funmi Olagunju remains lead member for access for all. The Labour group has not yet named a substitute in place of Cllr Ackroyd.";
const KEY_H = "How to read the tables";
const KEY_P = "The Status column holds a single letter on a coloured cell:";
const KEY_HEAD = ["Status", "Milestones", "Indicators"];
const KEY = [
  ["D", "Delivered", "–"],
  ["G", "On schedule", "Expected to meet the year-end target"],
  ["A", "At risk of missing the due date", "At risk of missing the year-end target"],
  ["R", "Missed the due date", "Will miss the year-end target"],
];
const FILL = { D: ["1F5FA8", "FFFFFF"], G: ["2E7D32", "FFFFFF"], A: ["F0A800", "000000"], R: ["C62828", "FFFFFF"] };
const T1 = "Table 1: Milestones 2026/27";
const T1_HEAD = ["Quarter", "Ref", "Milestone", "Lead officer", "Status", "Comment"];
const QUARTERS = [
  ["Quarter 1 (April to June 2026)", [
    ["RW-M01", "Delivery plan 2026/27 agreed", "Genevieve Fazakerley", "D", "Agreed by the Head of Countryside and Environment on 26 June 2026 and noted by the Panel on 16 July 2026."],
    ["RW-M02", "Path Improvement Fund 2026/27 round opens", "Tomasz Wierzbicki", "D", "Opened on 1 June 2026 and closed on 30 September 2026 with 31 bids."],
    ["RW-M03", "Access for All audit toolkit: draft for testing", "Joan Cheesewright", "D", "Draft tested with eight councils from June 2026."],
    ["RW-M04", "Contractor appointed for the definitive map backlog research", "Idris Warboys", "D", "Hollinbeck Surveys Ltd appointed on 22 June 2026 (£35,000)."],
  ]],
  ["Quarter 2 (July to September 2026)", [
    ["RW-M05", "Rights of Way Academy: first four webinars held", "Joan Cheesewright", "D", "412 attendees in all."],
    ["RW-M06", "Stile Replacement Programme: claims window opens", "Idris Warboys", "D", "Opened on 1 July 2026."],
    ["RW-M07", "Definitive map backlog survey of councils closes", "Idris Warboys", "D", "Closed on 30 September 2026; 118 councils responded."],
    ["RW-M08", "Specialist adviser post in the Definitive Map Support Service filled", "Genevieve Fazakerley", "R", "Due by 30 September 2026. The post was vacant from 1 September and was filled from 1 December 2026."],
  ]],
  ["Quarter 3 (October to December 2026)", [
    ["RW-M09", "Path Improvement Fund grants agreed by the Panel", "Tomasz Wierzbicki", "D", "12 grants totalling £370,400 agreed on 19 November 2026."],
    ["RW-M10", "Definitive map backlog report published", "Idris Warboys", "R", "The draft report was received from Hollinbeck Surveys Ltd on 14 December 2026 and needs more work on the recommendations to government. Revised date proposed: 29 April 2027."],
    ["RW-M11", "Countryside Access Week 2027: partner sign-up opens", "Kit Sandercock", "D", "Opened on 2 November 2026; 54 partners had signed up by 31 December 2026."],
    ["RW-M12", "Access for All audit toolkit: final version published", "Joan Cheesewright", "R", "Delayed to take account of the testing, which found the toolkit too long for small councils. Revised date proposed: 27 May 2027."],
  ]],
  ["Quarter 4 (January to March 2027)", [
    ["RW-M13", "Path Improvement Fund projects completed", "Tomasz Wierzbicki", "A", "Four of the 12 projects were complete by 28 February 2027. Two (PIF-04 and PIF-12) have new completion dates in the summer, and PIF-09 has been withdrawn."],
    ["RW-M14", "Stile Replacement Programme: 600 stiles replaced", "Idris Warboys", "G", "518 stiles replaced by 31 December 2026. The claims window closed that day with 690 stiles claimed."],
    ["RW-M15", "Countryside Access Week 2027 programme published", "Kit Sandercock", "G", "Due by 31 March 2027; the draft programme lists 61 events."],
    ["RW-M16", "Digital path network data standard: consultation launched", "Joan Cheesewright", "A", "The supplier, Mapwright Digital Ltd, is late with the consultation draft; launch now expected in late March 2027."],
  ]],
];
const T2 = "Table 2: Indicators 2026/27";
const T2_HEAD = ["Ref", "Indicator", "Target 2026/27", "Q1", "Q2", "Q3", "Status"];
const IND = [
  ["RW-K01", "Stiles replaced with gaps or gates (cumulative)", "600", "96", "301", "518", "G"],
  ["RW-K02", "Km of path improved with Path Improvement Fund grants (cumulative)", "180", "–", "–", "120.0", "A"],
  ["RW-K03", "Rights of Way Academy attendees (cumulative)", "800", "0", "412", "655", "G"],
  ["RW-K04", "Councils using the Access for All audit toolkit", "40", "8", "8", "19", "R"],
  ["RW-K05", "Countryside Access Week 2027 partners signed up", "120", "–", "–", "54", "G"],
  ["RW-K06", "Support service enquiries answered within 10 working days", "90%", "94%", "71%", "88%", "A"],
];
const COMM_H = "Comments on the indicators";
const COMM = [
  "RW-K02: only the Leicestershire waymarking project (PIF-11, 120 km) was complete by 31 December 2026. The target depends on the two delayed projects, which may finish after 31 March 2027.",
  "RW-K04: take-up has been slow while the final toolkit is delayed (RW-M12), and the target of 40 councils will not be met this year.",
  "RW-K06: the fall in quarter 2 reflects the vacancy in the Definitive Map Support Service (RW-M08); the quarter 3 figure includes a backlog of enquiries cleared in December.",
];

// ---------------------------------------------------------------- checks
const ms = QUARTERS.flatMap(([, r]) => r);
if (ms.length !== 16 || QUARTERS.some(([, r]) => r.length !== 4)) throw new Error("16 milestones, four a quarter");
const cnt = (rs) => rs.reduce((a, r) => ((a[r] = (a[r] ?? 0) + 1), a), {});
const due12 = cnt(ms.slice(0, 12).map((m) => m[3]));
const q4 = cnt(ms.slice(12).map((m) => m[3]));
if (JSON.stringify(due12) !== JSON.stringify({ D: 9, R: 3 }) || JSON.stringify(q4) !== JSON.stringify({ A: 2, G: 2 })) throw new Error("milestone counts " + JSON.stringify([due12, q4]));
const ic = cnt(IND.map((r) => r[6]));
if (ic.G !== 3 || ic.A !== 2 || ic.R !== 1) throw new Error("indicator counts " + JSON.stringify(ic));
if (518 + 172 !== 690) throw new Error("stiles");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([TOP, META, SUMMARY, REC, LEAD, QUARTERS, COMM]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// ---------------------------------------------------------------- Word
const font = "Arial";
const ACC = "23472B";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 21, bold: o.bold, italics: o.italics, color: o.color });
const border = { style: "single", size: 4, color: "8FA58F" };
const borders = { top: border, bottom: border, left: border, right: border };
const cellP = (t, o = {}) => new Paragraph({ alignment: o.align, children: [run(t, { size: o.size ?? 18, bold: o.bold, color: o.color })] });
const mkCell = (children, width, o = {}) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders, margins: { top: 50, bottom: 50, left: 80, right: 80 }, ...o, children });
const shade = (fill) => ({ shading: { type: ShadingType.CLEAR, fill, color: "auto" } });
const headRow = (head, widths) => new TableRow({ tableHeader: true, cantSplit: true, children: head.map((t, i) => mkCell([cellP(t, { bold: true, color: "FFFFFF" })], widths[i], shade(ACC))) });
const statusCell = (s, w) => mkCell([cellP(s, { bold: true, align: AlignmentType.CENTER, color: FILL[s][1], size: 20 })], w, { ...shade(FILL[s][0]), verticalAlign: VerticalAlign.CENTER });

const KW = [1100, 3600, 4300];
const keyRows = [headRow(KEY_HEAD, KW), ...KEY.map(([s, m, i]) => new TableRow({ children: [statusCell(s, KW[0]), mkCell([cellP(m)], KW[1]), mkCell([cellP(i)], KW[2])] }))];
const W1 = [700, 900, 2500, 1500, 700, 3300];
const t1Rows = [headRow(T1_HEAD, W1)];
for (const [q, rows] of QUARTERS) {
  rows.forEach(([ref, m, lead, st, comm], k) => {
    const qCell = mkCell(k === 0 ? [cellP(q, { bold: true, align: AlignmentType.CENTER })] : [cellP("")], W1[0], {
      verticalMerge: k === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
      textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT,
      verticalAlign: VerticalAlign.CENTER,
      ...shade("EEF3EE"),
    });
    t1Rows.push(new TableRow({ cantSplit: true, children: [qCell, mkCell([cellP(ref)], W1[1]), mkCell([cellP(m)], W1[2]), mkCell([cellP(lead)], W1[3]), statusCell(st, W1[4]), mkCell([cellP(comm)], W1[5])] }));
  });
}
const W2 = [900, 3600, 1100, 700, 700, 800, 800];
const t2Rows = [headRow(T2_HEAD, W2), ...IND.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => (i === 6 ? statusCell(t, W2[i]) : mkCell([cellP(t, { align: i >= 2 ? AlignmentType.CENTER : undefined })], W2[i]))) }))];

const children = [];
for (const [i, t] of TOP.entries()) children.push(new Paragraph({ spacing: { after: 20 }, children: [run(t, { bold: i === 0, color: i === 0 ? ACC : "333333" })] }));
children.push(new Paragraph({ spacing: { before: 240, after: 200 }, children: [run(TITLE, { size: 32, bold: true, color: ACC })] }));
for (const [l, t] of META) children.push(new Paragraph({ spacing: { after: 40 }, children: [run(l + " ", { bold: true }), run(t)] }));
const h = (t) => children.push(new Paragraph({ keepNext: true, spacing: { before: 260, after: 100 }, children: [run(t, { bold: true, size: 24, color: ACC })] }));
const p = (t, o = {}) => children.push(new Paragraph({ spacing: { after: 100 }, indent: o.indent, numbering: o.numbering, keepNext: o.keepNext, children: [run(t)] }));
h(SUMMARY_H);
for (const s of SUMMARY) p(s);
h(REC_H);
p(REC[0]);
for (const r of REC.slice(1)) p(r, { indent: { left: 567, hanging: 425 } });
h(LEAD_H);
p(LEAD);
h(KEY_H);
p(KEY_P, { keepNext: true });
children.push(new Table({ width: { size: KW.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: KW, rows: keyRows }));
h(T1);
children.push(new Table({ width: { size: W1.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: W1, rows: t1Rows }));
h(T2);
children.push(new Table({ width: { size: W2.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: W2, rows: t2Rows }));
h(COMM_H);
for (const c of COMM) p(c, { numbering: { reference: "bul", level: 0 } });

const doc = new Document({
  creator: "LGA Countryside and Environment team",
  title: `${TOP[0]} – ${TITLE}`,
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 21 } } } },
  numbering: { config: [{ reference: "bul", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }] }] },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1200, bottom: 1100, left: 1100, right: 1100, header: 560, footer: 560 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${TOP[0]} – 18 March 2027 – Item 4`, { size: 16, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT], font, size: 16, color: "666666" })] })] }) },
    children,
  }],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
const R = [...TOP, TITLE, ...META.map(([l, t]) => `${l} ${t}`), SUMMARY_H, ...SUMMARY, REC_H, ...REC, LEAD_H, LEAD, KEY_H, KEY_P, KEY_HEAD.join(" | "), ...KEY.map((r) => r.join(" | ")), T1, T1_HEAD.join(" | ")];
for (const [q, rows] of QUARTERS) rows.forEach((r, k) => R.push((k === 0 ? q + " | " : "| ") + r.join(" | ")));
R.push(T2, T2_HEAD.join(" | "), ...IND.map((r) => r.join(" | ")), COMM_H, ...COMM);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines); milestones due by Q3 ${JSON.stringify(due12)}, Q4 ${JSON.stringify(q4)}; indicators ${JSON.stringify(ic)}`);
