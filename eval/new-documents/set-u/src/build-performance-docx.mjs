// Builds docs/public-toilets-changing-places-working-group-performance-2027-28-q4.docx (the LGA Public Toilets
// and Changing Places Working Group, Wednesday 14 June 2028, item 5: "Work programme 2027/28: performance at
// quarter 4", position at 31 March 2028) and its plain-text rendering
// text/public-toilets-changing-places-working-group-performance-2027-28-q4.txt.
//
//   node src/build-performance-docx.mjs
//
// Layout: Word (docx 9.x), A4 portrait, Calibri; page header (board and date) and "Page n of N" footer. Board,
// date and item lines, title, the front sheet as bold headings with the text under them (Purpose of report,
// Summary, Recommendation); numbered paragraphs; a status key as a bulleted list; a summary table by theme
// (Theme | Measures | Green | Amber | Red, with a Total row); Table 2, the performance table, one table with a
// shaded THEME ROW SPANNING ALL COLUMNS before each theme's measures: Ref | Measure | Target 2027/28 | Q4
// outturn | Status | Q3 status | Lead officer | Commentary, the two status cells holding Green / Amber / Red as a
// word on a cell shaded in its colour; Table 3 (round 1 toilets not yet open); the report author block at the
// end (name, post, Tel:, Email:), as many council reports put it.
// Rendering: paragraphs as lines; tables as header row and rows with " | "; a theme row as its one cell; the
// page header and footer dropped.
// Synthetic test fixture: the people, measures and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "public-toilets-changing-places-working-group-performance-2027-28-q4";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, AlignmentType, Header, Footer, PageNumber, Table, TableRow, TableCell, WidthType, ShadingType, LevelFormat, PageOrientation } = Dx;

// ---------------------------------------------------------------- content
const TOP = ["Public Toilets and Changing Places Working Group", "14 June 2028", "Item 5"];
const TITLE = "Work programme 2027/28: performance at quarter 4";
const FRONT = [
  ["Purpose of report", ["For noting."]],
  ["Summary", ["This report sets out performance against the Working Group’s 12 measures for 2027/28 at the end of the year (quarter 4, January to March 2028). Six measures are Green, three are Amber and three are Red. Five measures changed status since quarter 3: three fell and two improved."]],
  ["Recommendation", ["That the Working Group notes performance at quarter 4 and agrees the measures to be carried into the 2028/29 work programme (paragraph 7)."]],
];
const BODY1 = [
  ["h", "Background"],
  ["p", "1. The Working Group agreed its work programme for 2027/28 on 22 June 2027, with 12 measures in three themes: Changing Places, provision and data, and support to councils. This is the last report for 2027/28."],
  ["p", "2. Each measure is given a status at the end of the quarter:"],
];
const KEY = [
  "Green – target met, or on course to be met",
  "Amber – within 10 per cent of the target, or at risk of a short delay",
  "Red – more than 10 per cent short of the target, or a milestone missed",
];
const T1_CAP = "Table 1: Status of the measures by theme, quarter 4 2027/28";
const T1_HEAD = ["Theme", "Measures", "Green", "Amber", "Red"];
const T2_CAP = "Table 2: Performance against the measures at 31 March 2028";
const T2_HEAD = ["Ref", "Measure", "Target 2027/28", "Q4 outturn", "Status", "Q3 status", "Lead officer", "Commentary"];
const THEMES = [
  ["Theme 1: Changing Places", [
    ["PTM-01", "Changing Places toilets funded in round 1 that are open", "16", "15", "Amber", "Green", "Callum Pocklington", "15 of the 19 toilets funded in round 1 were open by 31 March 2028. The four that are not yet open are listed in Table 3."],
    ["PTM-02", "Round 2 of the Changing Places Accelerator Fund opened", "Open by 1 February 2028", "Opened 1 February 2028", "Green", "Green", "Callum Pocklington", "The round closed on 19 April 2028 with 27 bids. The recommended awards are at item 3."],
    ["PTM-03", "Changing Places toilets in England shown on the national map", "85%", "81%", "Amber", "Amber", "Esther Gudgeon", "Councils that open a new toilet often do not tell the map’s operator. Officers now send a reminder when each grant-funded toilet opens."],
  ]],
  ["Theme 2: Provision and data", [
    ["PTM-04", "Public toilet provision survey 2028: questions agreed and supplier appointed", "By 31 March 2028", "Done 20 March 2028", "Green", "Green", "Lowri Mottershead", "Questions agreed on 8 March 2028. Varley Hinchcliffe Research Ltd appointed on 20 March 2028 for £28,500. The survey opened on 3 April 2028."],
    ["PTM-05", "Downloads of the community toilet scheme toolkit (cumulative)", "400", "612", "Green", "Green", "Lowri Mottershead", "Downloads rose after the toolkit was featured in the LGA’s first bulletin of January."],
    ["PTM-06", "Councils signed up to the open toilet data standard", "120", "97", "Red", "Amber", "Esther Gudgeon", "88 councils had signed up by the end of February and nine more did so in March after members wrote to their councils. The target will be carried into 2028/29."],
    ["PTM-07", "Public toilets closed by councils during the year (lower is better)", "60 or fewer", "71", "Red", "Red", "Lowri Mottershead", "Most closures were seasonal toilets in coastal towns that did not reopen after the winter. Nine councils reopened toilets through community toilet schemes."],
  ]],
  ["Theme 3: Support to councils", [
    ["PTM-08", "Webinars held for councils", "6", "6", "Green", "Green", "Lowri Mottershead", "The sixth webinar, on designing out misuse, was held on 15 February 2028."],
    ["PTM-09", "Webinar attendees rating the session good or very good", "85%", "91%", "Green", "Green", "Lowri Mottershead", "Based on 344 feedback forms across the six webinars."],
    ["PTM-10", "Enquiries from councils answered within 10 working days", "95%", "88%", "Amber", "Red", "Callum Pocklington", "Up from 79% in quarter 3, when the round 2 guidance brought a peak of enquiries."],
    ["PTM-11", "Peer reviews of council toilet strategies completed", "8", "8", "Green", "Amber", "Lowri Mottershead", "The last two reviews, for Torbay Council and Scarborough Town Council, were completed in March 2028."],
    ["PTM-12", "Guidance on business rates relief for public toilets updated", "Published by 31 December 2027", "Not published", "Red", "Amber", "Esther Gudgeon", "Held back until the government publishes its revised guidance on the relief, now expected in September 2028."],
  ]],
];
const BODY2 = [
  ["h", "Measures rated Red"],
  ["p", "3. Open toilet data standard (PTM-06). Sign-up rose from 88 to 97 councils in March but stayed well short of the target of 120. Most of the councils that have not signed up say they lack the staff time to keep their data up to date."],
  ["p", "4. Toilet closures (PTM-07). Councils reported 71 closures against the aim of no more than 60. The public toilet provision survey 2028 will show how many toilets were kept open by other means, such as town and parish councils taking them over."],
  ["p", "5. Business rates relief guidance (PTM-12). The update cannot be finished until the government’s revised guidance is published. Officers will bring a draft to the first meeting after it appears."],
  ["h", "Round 1 toilets not yet open"],
  ["p", "6. Table 3 lists the four toilets funded in round 1 that were not open by 31 March 2028. The final payment on each grant is made when the toilet opens."],
];
const T3_CAP = "Table 3: Round 1 Changing Places toilets not open at 31 March 2028";
const T3_HEAD = ["Ref", "Council", "Site", "Grant", "Expected to open", "Reason for delay"];
const T3 = [
  ["CPA1-04", "Stoke-on-Trent City Council", "Hanley bus station", "£40,000", "July 2028", "The hoist supplier was four months late."],
  ["CPA1-09", "Bath and North East Somerset Council", "Royal Victoria Park", "£45,000", "June 2028", "Listed building consent took longer than planned."],
  ["CPA1-13", "Gateshead Council", "Saltwell Park", "£38,000", "August 2028", "The building contractor went into administration in January 2028."],
  ["CPA1-17", "Isle of Wight Council", "Ryde Esplanade", "£35,000", "September 2028", "A flood risk assessment was needed before building could start."],
];
const BODY3 = [
  ["h", "Measures for 2028/29"],
  ["p", "7. It is proposed that PTM-01, PTM-03, PTM-06, PTM-07 and PTM-10 are carried into the 2028/29 work programme, with new measures for round 2 of the fund and for the findings of the provision survey. Officers will bring the full 2028/29 measures to the meeting on 20 September 2028."],
  ["h", "Implications for Wales"],
  ["p", "8. None. The measures cover the Working Group’s work in England."],
  ["h", "Financial implications"],
  ["p", "9. None arising from this report. The 2027/28 budget is reported at item 6."],
];
const AUTHOR_H = "Report author";
const AUTHOR = ["Lowri Mottershead", "Senior Adviser (Public Toilets and Changing Places)", "Tel: 020 7946 0739", "Email: lowri.mottershead@local.gov.uk"];

// ---------------------------------------------------------------- checks
const ms = THEMES.flatMap(([, r]) => r);
const cnt = (xs) => xs.reduce((a, s) => ((a[s] = (a[s] ?? 0) + 1), a), {});
const c4 = cnt(ms.map((m) => m[4]));
if (ms.length !== 12 || c4.Green !== 6 || c4.Amber !== 3 || c4.Red !== 3) throw new Error("status counts " + JSON.stringify(c4));
const changed = ms.filter((m) => m[4] !== m[5]);
const rank = { Green: 0, Amber: 1, Red: 2 };
const fell = changed.filter((m) => rank[m[4]] > rank[m[5]]).map((m) => m[0]);
const rose = changed.filter((m) => rank[m[4]] < rank[m[5]]).map((m) => m[0]);
if (fell.join() !== "PTM-01,PTM-06,PTM-12" || rose.join() !== "PTM-10,PTM-11") throw new Error("changes " + fell + " / " + rose);
const pct = (a, b) => Math.abs(a - b) / b;
if (!(pct(15, 16) <= 0.1 && pct(81, 85) <= 0.1 && pct(88, 95) <= 0.1 && pct(97, 120) > 0.1 && pct(71, 60) > 0.1)) throw new Error("bands");
if (88 + 9 !== 97) throw new Error("97");
const T1 = THEMES.map(([t, r]) => { const c = cnt(r.map((m) => m[4])); return [t.replace(/^Theme \d: /, ""), String(r.length), String(c.Green ?? 0), String(c.Amber ?? 0), String(c.Red ?? 0)]; });
T1.push(["Total", "12", "6", "3", "3"]);
if (T1.slice(0, 3).reduce((a, r) => a + +r[2], 0) !== 6 || T1.slice(0, 3).reduce((a, r) => a + +r[4], 0) !== 3) throw new Error("T1");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([FRONT, BODY1, THEMES, BODY2, BODY3, T3]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// ---------------------------------------------------------------- Word
const font = "Calibri";
const ACC = "4B2A6E";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 22, bold: o.bold, italics: o.italics, color: o.color });
const border = { style: "single", size: 4, color: "9C8FB0" };
const borders = { top: border, bottom: border, left: border, right: border };
const cellP = (t, o = {}) => new Paragraph({ alignment: o.align, children: [run(t, { size: o.size ?? 18, bold: o.bold, color: o.color })] });
const mkCell = (children, width, o = {}) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders, margins: { top: 40, bottom: 40, left: 70, right: 70 }, ...o, children });
const shade = (fill) => ({ shading: { type: ShadingType.CLEAR, fill, color: "auto" } });
const FILL = { Green: ["00A651", "FFFFFF"], Amber: ["FFC000", "000000"], Red: ["E31B23", "FFFFFF"] };
const headRow = (head, widths) => new TableRow({ tableHeader: true, cantSplit: true, children: head.map((t, i) => mkCell([cellP(t, { bold: true, color: "FFFFFF" })], widths[i], shade(ACC))) });
const plainRow = (cells, widths, o = {}) => new TableRow({ cantSplit: true, children: cells.map((t, i) => (FILL[t] && o.status?.includes(i) ? mkCell([cellP(t, { bold: true, color: FILL[t][1], align: AlignmentType.CENTER })], widths[i], shade(FILL[t][0])) : mkCell([cellP(t, { bold: o.bold, align: o.align?.[i] })], widths[i], o.fill ? shade(o.fill) : {}))) });
const W1 = [3400, 1200, 1000, 1000, 1000];
const W2 = [800, 1900, 1150, 1150, 850, 850, 1250, 2600];
const W3 = [900, 2000, 1700, 900, 1300, 2900];
const tbl = (widths, rows) => new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, rows });
const t1 = tbl(W1, [headRow(T1_HEAD, W1), ...T1.map((r) => plainRow(r, W1, r[0] === "Total" ? { bold: true, fill: "E8E0F0" } : {}))]);
const t2rows = [headRow(T2_HEAD, W2)];
for (const [theme, rows] of THEMES) {
  t2rows.push(new TableRow({ cantSplit: true, children: [mkCell([cellP(theme, { bold: true, size: 19 })], W2.reduce((a, b) => a + b, 0), { columnSpan: 8, ...shade("E8E0F0") })] }));
  for (const r of rows) t2rows.push(plainRow(r, W2, { status: [4, 5] }));
}
const t2 = tbl(W2, t2rows);
const t3 = tbl(W3, [headRow(T3_HEAD, W3), ...T3.map((r) => plainRow(r, W3))]);

const children = [];
TOP.forEach((t, i) => children.push(new Paragraph({ alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.LEFT, spacing: { after: 20 }, children: [run(t, { bold: i === 0, color: i === 0 ? ACC : "333333" })] })));
children.push(new Paragraph({ spacing: { before: 240, after: 240 }, children: [run(TITLE, { size: 34, bold: true, color: ACC })] }));
const h = (t) => children.push(new Paragraph({ keepNext: true, spacing: { before: 220, after: 80 }, children: [run(t, { bold: true, size: 24, color: ACC })] }));
const p = (t, o = {}) => children.push(new Paragraph({ spacing: { after: 110 }, numbering: o.numbering, keepNext: o.keepNext, children: [run(t)] }));
const cap = (t) => children.push(new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [run(t, { bold: true, size: 20 })] }));
for (const [hd, ps] of FRONT) { h(hd); ps.forEach((x) => p(x)); }
for (const [k, t] of BODY1) (k === "h" ? h(t) : p(t, { keepNext: true }));
KEY.forEach((k) => p(k, { numbering: { reference: "bul", level: 0 } }));
cap(T1_CAP);
children.push(t1);
cap(T2_CAP);
children.push(t2);
for (const [k, t] of BODY2) (k === "h" ? h(t) : p(t));
cap(T3_CAP);
children.push(t3);
for (const [k, t] of BODY3) (k === "h" ? h(t) : p(t));
h(AUTHOR_H);
AUTHOR.forEach((a) => children.push(new Paragraph({ spacing: { after: 20 }, children: [run(a)] })));

const doc = new Document({
  creator: "LGA Neighbourhoods and Place team",
  title: `${TOP[0]} – ${TITLE}`,
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 22 } } } },
  numbering: { config: [{ reference: "bul", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1100, left: 850, right: 850, header: 560, footer: 560 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${TOP[0]}  |  14 June 2028`, { size: 16, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], font, size: 16, color: "666666" })] })] }) },
    children,
  }],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
const R = [...TOP, TITLE];
for (const [hd, ps] of FRONT) R.push(hd, ...ps);
for (const [, t] of BODY1) R.push(t);
R.push(...KEY, T1_CAP, T1_HEAD.join(" | "), ...T1.map((r) => r.join(" | ")), T2_CAP, T2_HEAD.join(" | "));
for (const [theme, rows] of THEMES) R.push(theme, ...rows.map((r) => r.join(" | ")));
for (const [, t] of BODY2) R.push(t);
R.push(T3_CAP, T3_HEAD.join(" | "), ...T3.map((r) => r.join(" | ")));
for (const [, t] of BODY3) R.push(t);
R.push(AUTHOR_H, ...AUTHOR);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines); Q4 ${JSON.stringify(c4)}; fell ${fell}; rose ${rose}`);
