// Builds docs/markets-street-trading-panel-work-programme-progress-2027-28-q2.docx (the LGA Markets and Street
// Trading Panel, Wednesday 13 October 2027, item 4: "Work programme 2027/28: progress report for quarter 2",
// position at 30 September 2027) and its plain-text rendering text/<same base>.txt.
//
//   node src/build-progress-docx.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: Word (docx 9.x), A4 portrait, Calibri, WORD'S BUILT-IN HEADING STYLES (Title, Heading 1, Heading 2,
// Heading 3, so the navigation pane shows the outline). Each of the seven workstreams is a Heading 3 over a
// HIGHLIGHT-REPORT FORM: a two-column table of labels (shaded) and values whose last row, "Status", holds FOUR
// CHECK BOXES written as the characters ☐ / ☒ (MS Gothic, as Word's check-box content controls show them) with
// the option words after them – the ticked one is the status; no sentence names a workstream's status. Table 1
// of the six measures has a Trend column of arrows ▲ ▼ ► (key in the paragraph above) and status words.
// Recommendations with typed (a)–(c); contact details at the end. Page header and "Page n" footer.
// Rendering: paragraphs and headings as lines; form rows "Label | value"; the status row with the boxes as
// written ("Status | ☐ Complete ☒ On track ☐ Some slippage ☐ Off track"); Table 1 as header row and rows.
// Synthetic test fixture: the people, workstreams and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "markets-street-trading-panel-work-programme-progress-2027-28-q2";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, AlignmentType, Header, Footer, PageNumber, Table, TableRow, TableCell, WidthType, ShadingType, HeadingLevel } = Dx;

// ---------------------------------------------------------------- content
const TOP = ["Markets and Street Trading Panel", "Wednesday 13 October 2027", "Item 4"];
const TITLE = "Work programme 2027/28: progress report for quarter 2";
const BYLINE = "Position at 30 September 2027. Report of Declan Pashley, Programme Manager, Markets Programme.";
const OPTIONS = ["Complete", "On track", "Some slippage", "Off track"];
const S1 = "1. Summary";
const SUMMARY = [
  "1.1 This report sets out progress at the end of quarter 2 (July to September 2027) on the seven workstreams of the Panel’s work programme for 2027/28 and on its six key performance measures.",
  "1.2 Two workstreams are complete, two are on track, two have some slippage and one is off track. Of the six measures, three are on track, two show some slippage and one is off track.",
  "1.3 Lead officers’ comments are brought up to date to 30 September 2027, except where a later date is given.",
];
const S2 = "2. Workstream highlight reports";
const S2P = "Each workstream is reported on the Panel’s standard highlight form. The ticked box (☒) in the Status row is the lead officer’s assessment at 30 September 2027.";
const WS = [
  ["2.1 Markets Health Check", "MKT-W1", "Jago Kitching", "Cllr Hamish Blenkiron",
    "A free self-assessment tool for councils that run markets, covering footfall, stall occupancy, trader mix, facilities and finances.",
    "The tool was piloted with 12 councils between June and August 2027. By 30 September 2027, 26 councils had registered to use it. Pilot findings will be reported to the Panel in January 2028.",
    "Launch to all councils on 1 November 2027.", "On track"],
  ["2.2 Street Trading Licensing Toolkit", "MKT-W2", "Bryony Scragg", "Cllr Imelda Spurway",
    "Revised good practice guidance for councils on street trading consents and licences, fees and enforcement.",
    "The draft was completed in August 2027 and members’ comments were received by 8 September. External legal review has taken longer than planned because of the number of local Acts that still govern street trading in some areas. Publication has moved from 30 September 2027 to 30 November 2027.",
    "Panel to agree the revised publication date of 30 November 2027.", "Some slippage"],
  ["2.3 Market Traders’ Start-up Fund", "MKT-W3", "Ruth Attwooll", "Cllr Tariq Bhamji",
    "Grants to councils to offer new traders up to 12 weeks’ free stall rent, a mentor and a starter kit.",
    "Round 1 (£180,000 to 11 councils) is under way, with 58 new traders started by 30 September 2027. Round 2 closed on 10 September 2027 with 14 bids; recommendations are at Item 5.",
    "Round 2 councils told the outcome by 22 October 2027.", "On track"],
  ["2.4 Seasonal and Night Markets Peer Network", "MKT-W4", "Jago Kitching", "Cllr Cerys Vallance",
    "A peer network for councils running evening, seasonal and festive markets.",
    "Four regional network events were held between April and July 2027, with 171 delegates in all. The final report, “After Dark: running evening markets well”, was published on 15 September 2027.",
    "None: the workstream has closed.", "Complete"],
  ["2.5 Market Hall Decarbonisation Survey", "MKT-W5", "Nasrin Yeadon", "Cllr Farida Ombler",
    "A national survey of the energy use, heating and repair needs of council-owned covered market halls.",
    "The survey of the 80 councils that own a covered market hall closed on 29 September 2027 with 23 responses (29 per cent), well short of the 60 needed for robust national estimates. The contractor, Hallamshire Retail Research, has proposed reopening it for six weeks with telephone follow-up, at an extra cost of £6,800.",
    "The Programme Manager to decide by 29 October 2027, in consultation with the Chair, whether to reopen the survey.", "Off track"],
  ["2.6 Digital Stalls: card payments and online orders", "MKT-W6", "Declan Pashley", "Cllr Barnaby Hurrell",
    "Free card readers and training for traders in eight pilot markets, to help them take card payments and online orders.",
    "Card readers were offered to 400 traders and 212 have been taken up. Training sessions were paused in August 2027 when the delivery partner changed.",
    "Training restarts in October 2027, with 12 sessions booked up to 15 December 2027.", "Some slippage"],
  ["2.7 National Markets Fortnight 2027", "MKT-W7", "Ottilie Mowbray", "Cllr Rosalind Stobbart",
    "The annual national campaign to bring people to their local markets.",
    "The campaign ran from 4 to 18 September 2027 under the theme “Meet me at the market”. 137 councils took part and 1,140 markets were listed on the campaign map, against 900 in 2026.",
    "Evaluation report to the Panel in January 2028.", "Complete"],
];
const FORM_LABELS = ["Reference", "Lead officer", "Lead member", "Aim", "Progress this quarter", "Next steps", "Status"];
const S3 = "3. Key performance measures";
const S3P = "Table 1 shows the six measures at the end of quarter 2. Trend compares quarter 2 with quarter 1: ▲ better, ▼ worse, ► no change, – not measured in quarter 1.";
const T1 = "Table 1: Key performance measures 2027/28";
const T1_HEAD = ["Ref", "Measure", "Baseline 2026/27", "Target 2027/28", "Q1", "Q2", "Trend", "Status"];
const KPI = [
  ["MKT-K1", "Councils registered to use the Markets Health Check", "0", "40", "14", "26", "▲", "On track"],
  ["MKT-K2", "Average stall occupancy in the 12 pilot markets", "78%", "85%", "79%", "81%", "▲", "On track"],
  ["MKT-K3", "New traders started through the Start-up Fund (cumulative)", "–", "150", "31", "58", "▲", "Some slippage"],
  ["MKT-K4", "Councils responding to the market hall decarbonisation survey", "–", "60", "–", "23", "–", "Off track"],
  ["MKT-K5", "Delegates at peer network events (cumulative)", "120", "160", "64", "171", "▲", "On track"],
  ["MKT-K6", "Traders in the eight Digital Stalls pilot markets taking card payments", "71%", "90%", "74%", "73%", "▼", "Some slippage"],
];
const NOTES = [
  "MKT-K3: the profile to the end of quarter 2 was 75 new traders; round 2 awards should bring the total back on course by March 2028.",
  "MKT-K6: the fall in quarter 2 follows the pause in training; eight traders in Boston market gave up card payments because of transaction charges.",
];
const S4 = "4. Recommendations";
const RECS = [
  "That the Panel:",
  "(a) notes progress on the work programme at the end of quarter 2;",
  "(b) agrees that the Street Trading Licensing Toolkit is published by 30 November 2027; and",
  "(c) notes that the Programme Manager will decide, in consultation with the Chair, whether to reopen the market hall decarbonisation survey by 29 October 2027.",
];
const S5 = "5. Contact";
const CONTACT = [
  ["Contact officer:", "Declan Pashley, Programme Manager, Markets Programme"],
  ["Phone:", "020 7946 0339"],
  ["Email:", "declan.pashley@local.gov.uk"],
];

// ---------------------------------------------------------------- checks
const cnt = (xs) => xs.reduce((a, r) => ((a[r] = (a[r] ?? 0) + 1), a), {});
const wc = cnt(WS.map((w) => w[7]));
const kc = cnt(KPI.map((k) => k[7]));
if (wc.Complete !== 2 || wc["On track"] !== 2 || wc["Some slippage"] !== 2 || wc["Off track"] !== 1) throw new Error("workstream counts " + JSON.stringify(wc));
if (kc["On track"] !== 3 || kc["Some slippage"] !== 2 || kc["Off track"] !== 1) throw new Error("measure counts " + JSON.stringify(kc));
for (const w of WS) if (!OPTIONS.includes(w[7])) throw new Error("status " + w[7]);
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([TOP, WS, SUMMARY, RECS]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// ---------------------------------------------------------------- Word
const font = "Calibri";
const ACC = "5B2C6F";
const run = (text, o = {}) => new TextRun({ text, font: o.font ?? font, size: o.size ?? 22, bold: o.bold, italics: o.italics, color: o.color });
const border = { style: "single", size: 4, color: "A58FB0" };
const borders = { top: border, bottom: border, left: border, right: border };
const cellP = (t, o = {}) => new Paragraph({ alignment: o.align, children: [run(t, { size: o.size ?? 20, bold: o.bold, color: o.color })] });
const mkCell = (children, width, o = {}) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders, margins: { top: 60, bottom: 60, left: 100, right: 100 }, ...o, children });
const shade = (fill) => ({ shading: { type: ShadingType.CLEAR, fill, color: "auto" } });
const boxRuns = (status) => {
  const rs = [];
  OPTIONS.forEach((o, i) => {
    if (i) rs.push(run("    ", { size: 20 }));
    rs.push(run(o === status ? "☒" : "☐", { font: "MS Gothic", size: 22 }));
    rs.push(run(" " + o, { size: 20, bold: o === status }));
  });
  return rs;
};
const statusLine = (status) => OPTIONS.map((o) => `${o === status ? "☒" : "☐"} ${o}`).join(" ");

const children = [];
for (const [i, t] of TOP.entries()) children.push(new Paragraph({ spacing: { after: 20 }, children: [run(t, { bold: i === 0, color: i === 0 ? ACC : "333333" })] }));
children.push(new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 200, after: 120 }, children: [run(TITLE, { size: 36, color: ACC })] }));
children.push(new Paragraph({ spacing: { after: 160 }, children: [run(BYLINE, { italics: true })] }));
const h = (t, level) => children.push(new Paragraph({ heading: level, keepNext: true, spacing: { before: 240, after: 100 }, children: [run(t, { bold: true, size: level === HeadingLevel.HEADING_1 ? 28 : 24, color: ACC })] }));
const p = (t, o = {}) => children.push(new Paragraph({ spacing: { after: 100 }, indent: o.indent, keepNext: o.keepNext, children: [run(t, o)] }));
h(S1, HeadingLevel.HEADING_1);
for (const s of SUMMARY) p(s);
h(S2, HeadingLevel.HEADING_1);
p(S2P);
const FW = [2200, 7000];
for (const w of WS) {
  h(w[0], HeadingLevel.HEADING_2);
  const vals = w.slice(1, 7);
  const rows = FORM_LABELS.map((l, i) =>
    new TableRow({ cantSplit: true, children: [mkCell([cellP(l, { bold: true })], FW[0], shade("EFE6F3")), mkCell(i < 6 ? [cellP(vals[i])] : [new Paragraph({ children: boxRuns(w[7]) })], FW[1])] }),
  );
  children.push(new Table({ width: { size: FW[0] + FW[1], type: WidthType.DXA }, columnWidths: FW, rows }));
}
h(S3, HeadingLevel.HEADING_1);
p(S3P);
p(T1, { bold: true, keepNext: true });
const TW = [900, 3000, 950, 950, 650, 650, 650, 1150];
const t1 = [new TableRow({ tableHeader: true, children: T1_HEAD.map((t, i) => mkCell([cellP(t, { bold: true, color: "FFFFFF", size: 18 })], TW[i], shade(ACC))) })];
for (const r of KPI) t1.push(new TableRow({ cantSplit: true, children: r.map((t, i) => mkCell([cellP(t, { size: 18, align: i >= 2 && i <= 6 ? AlignmentType.CENTER : undefined })], TW[i])) }));
children.push(new Table({ width: { size: TW.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: TW, rows: t1 }));
children.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
for (const n of NOTES) p(n, { size: 20 });
h(S4, HeadingLevel.HEADING_1);
p(RECS[0]);
for (const r of RECS.slice(1)) p(r, { indent: { left: 567, hanging: 425 } });
h(S5, HeadingLevel.HEADING_1);
for (const [l, t] of CONTACT) children.push(new Paragraph({ spacing: { after: 40 }, children: [run(l + " ", { bold: true }), run(t)] }));

const headingRun = (color, size) => ({ run: { font, color, size, bold: true } });
const doc = new Document({
  creator: "LGA Markets Programme",
  title: `${TOP[0]} – ${TITLE}`,
  description: "Synthetic test fixture",
  styles: {
    default: { document: { run: { font, size: 22 } }, title: headingRun(ACC, 36), heading1: headingRun(ACC, 28), heading2: headingRun(ACC, 24) },
  },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1200, bottom: 1100, left: 1250, right: 1250, header: 560, footer: 560 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${TOP[0]} – 13 October 2027 – Item 4`, { size: 16, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT], font, size: 16, color: "666666" })] })] }) },
    children,
  }],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
const R = [...TOP, TITLE, BYLINE, S1, ...SUMMARY, S2, S2P];
for (const w of WS) {
  R.push(w[0]);
  FORM_LABELS.forEach((l, i) => R.push(`${l} | ${i < 6 ? w[i + 1] : statusLine(w[7])}`));
}
R.push(S3, S3P, T1, T1_HEAD.join(" | "), ...KPI.map((r) => r.join(" | ")), ...NOTES, S4, ...RECS, S5, ...CONTACT.map(([l, t]) => `${l} ${t}`));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines); workstreams ${JSON.stringify(wc)}; measures ${JSON.stringify(kc)}`);
