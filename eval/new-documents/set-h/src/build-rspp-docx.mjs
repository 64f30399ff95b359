// Builds docs/regulatory-services-board-capacity-programme-2025-07-10.docx (a Word board paper made with the
// `docx` package, 9.x) and its plain-text rendering text/regulatory-services-board-capacity-programme-2025-07-10.txt
// from the same content.
//
//   node src/build-rspp-docx.mjs          (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait. Board, date and item number at the top left, the title as Heading 1; the FRONT SHEET
// IS A TWO-COLUMN TABLE (bold label cell | value cell, the recommendations cell holding several paragraphs);
// side headings (Heading 2) and NUMBERED PARAGRAPHS with typed numbers and a tab, hanging indent; a page
// break, then Appendix A: a budget table whose header has TWO ROWS – "Workstream" merged down both header rows
// (vertical merge), "2023/24" and "2024/25" each merged across two columns, and "Budget | Actual | Budget |
// Actual" under them – six workstream rows and a bold Total row; a note under the table. Page footer.
// Synthetic test fixture: the people, figures and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "regulatory-services-board-capacity-programme-2025-07-10";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const D = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle, ShadingType, Footer, PageNumber, VerticalAlign, TabStopType } = D;

const BOARD = "Regulatory Services and Public Protection Board";
const DATE = "10 July 2025";
const META = [BOARD, DATE, "Item 5"];
const TITLE = "Regulatory services capacity programme: outturn for 2024/25 and plans for 2025/26";
const FRONT = [
  ["Purpose of report", ["For decision."]],
  [
    "Summary",
    [
      "This report sets out spending on the regulatory services capacity programme in 2024/25 compared with 2023/24, what the programme delivered, and proposals for allocating the grant for 2025/26, including £40,000 for the Board's new Licensing Reform Task and Finish Group.",
    ],
  ],
  ["Is this report confidential?", ["No"]],
  [
    "Recommendations",
    [
      "That the Regulatory Services and Public Protection Board:",
      "(a) notes the programme's outturn for 2024/25 in Appendix A;",
      "(b) agrees the allocation of the 2025/26 grant of £1,350,000 set out in paragraph 8; and",
      "(c) agrees the terms of reference and work programme of the Licensing Reform Task and Finish Group, circulated with this report as a separate note.",
    ],
  ],
  ["Action", ["Officers to confirm the 2025/26 allocations with the Department for Business and Trade by 31 July 2025 and to report progress to the Board on 16 October 2025."]],
  ["Contact officer", ["Cressida Wolstenholme"]],
  ["Position", ["Senior Adviser (Regulatory Services)"]],
  ["Phone no", ["020 7946 0867"]],
  ["Email", ["cressida.wolstenholme@local.gov.uk"]],
];
const B = [];
const h = (text) => B.push({ t: "h", text });
let n = 0;
const p = (text) => B.push({ t: "p", n: `${++n}.`, text });
const li = (text) => B.push({ t: "li", text });
h("Background");
p("The regulatory services capacity programme began in 2022/23 to help councils rebuild capacity in trading standards, environmental health and licensing, after a decade in which the number of qualified officers fell sharply. It is funded by an annual grant to the LGA from the Department for Business and Trade, with a contribution from the Food Standards Agency for the food standards workstream.");
p("The Board oversees the programme and agrees each year how the grant is divided between the workstreams. Spending is reported to the Board after the end of each financial year; Appendix A compares the budget with actual spending for each workstream in 2023/24 and 2024/25.");
h("Outturn for 2024/25");
p("In 2024/25 the programme spent £1,307,200 against a budget of £1,300,000, an overspend of £7,200 (0.6 per cent), which was met from the LGA's regulatory services reserve. In 2023/24 the programme underspent by £35,150.");
p("The largest variance in 2024/25 was in trading standards apprenticeships, which spent £21,200 more than its budget because 46 apprentices started against a plan of 40. Councils asked for more places after the Chartered Trading Standards Institute's workforce survey showed that a third of trading standards officers are over 55.");
p("Food standards surge support also overspent, by £14,600, because the Food Standards Agency asked us to extend support to councils with backlogs of food hygiene inspections in the autumn of 2024. Environmental health bursaries underspent by £17,250 because eight of the 42 bursaries offered were not taken up.");
p("In 2024/25 the programme:");
li("started 46 trading standards apprentices in 31 councils;");
li("awarded 34 environmental health bursaries;");
li("trained 610 officers in animal health and welfare enforcement;");
li("gave food standards surge support to 14 councils, which cleared 3,900 overdue inspections; and");
li("trained 1,150 councillors and officers through the licensing practitioner programme.");
h("Plans for 2025/26");
p("The Department for Business and Trade has confirmed a grant of £1,350,000 for 2025/26, £50,000 more than in 2024/25. Officers have discussed the priorities for the year with the Board's lead members.");
p("Members are asked to agree the following allocation of the 2025/26 grant:");
const ALLOC = [
  ["trading standards apprenticeships", 470000],
  ["environmental health bursaries", 330000],
  ["animal health and welfare training", 95000],
  ["licensing practitioner training", 110000],
  ["food standards surge support", 215000],
  ["the Licensing Reform Task and Finish Group", 40000],
  ["programme management and evaluation", 90000],
];
const gbp = (x) => "£" + x.toLocaleString("en-GB");
for (const [k, [name, v]] of ALLOC.entries()) li(`${name}: ${gbp(v)}${k === ALLOC.length - 2 ? "; and" : k === ALLOC.length - 1 ? "." : ";"}`);
h("Licensing Reform Task and Finish Group");
p("On 15 May 2025 the Board agreed to set up a Licensing Reform Task and Finish Group to develop the LGA's position on the Government's plans to reform alcohol and entertainment licensing and taxi and private hire vehicle licensing. Cllr Morwenna Kestle, the Board's lead member for licensing, has agreed to chair it. Its draft terms of reference and work programme are circulated with this report as a separate note.");
p("The £40,000 proposed for the task group would pay for commissioned legal advice on the Licensing Act 2003 (£25,000) and for evidence sessions and the task group's final report (£15,000). The licensing practitioner training budget is reduced by £15,000 compared with 2024/25 to make room for it.");
h("Implications for Wales");
p("The programme covers councils in England only. The Welsh Local Government Association runs its own regulatory services workforce programme, and officers share learning with it.");
h("Financial implications");
p("The programme is funded by external grant. The LGA's regulatory services reserve stood at £112,000 at 31 March 2025, after meeting the 2024/25 overspend.");
h("Equalities implications");
p("The environmental health bursaries are targeted in part at groups that are under-represented in the profession: in 2024/25, 41 per cent of bursary holders were from ethnic minority backgrounds.");
h("Next steps");
p("Subject to the Board's agreement, officers will confirm the 2025/26 allocations with the Department for Business and Trade by 31 July 2025 and report progress to the Board on 16 October 2025.");

const APP_H = "Appendix A";
const APP_CAPTION = "Regulatory services capacity programme: budget and actual spending by workstream, 2023/24 and 2024/25 (£)";
const HEAD1 = ["Workstream", "2023/24", "2024/25"];
const HEAD2 = ["Budget", "Actual", "Budget", "Actual"];
const WORK = [
  ["Trading standards apprenticeships", 420000, 398500, 450000, 471200],
  ["Environmental health bursaries", 310000, 310000, 340000, 322750],
  ["Animal health and welfare training", 95000, 88400, 100000, 96300],
  ["Licensing practitioner training", 120000, 131600, 125000, 118900],
  ["Food standards surge support", 180000, 162250, 200000, 214600],
  ["Programme management and evaluation", 75000, 74100, 85000, 83450],
];
const TOTAL = ["Total", ...[1, 2, 3, 4].map((k) => WORK.reduce((a, r) => a + r[k], 0))];
const APP_NOTE = "Figures are in pounds. Actual spending for 2024/25 is subject to the LGA's external audit. The food standards surge support figures include the Food Standards Agency's contribution (£60,000 in 2023/24 and £75,000 in 2024/25).";
const num = (x) => x.toLocaleString("en-GB");

// checks: the figures quoted in the text
const fail = (m) => {
  console.error("check failed: " + m);
  process.exitCode = 1;
};
if (TOTAL[3] !== 1300000 || TOTAL[4] !== 1307200) fail(`2024/25 totals ${TOTAL[3]} ${TOTAL[4]}`);
if (TOTAL[1] - TOTAL[2] !== 35150) fail(`2023/24 underspend ${TOTAL[1] - TOTAL[2]}`);
const var25 = WORK.map((r) => [r[0], r[4] - r[3]]);
const largest = var25.reduce((a, c) => (Math.abs(c[1]) > Math.abs(a[1]) ? c : a));
if (largest[0] !== "Trading standards apprenticeships" || largest[1] !== 21200) fail("largest variance " + largest);
if (var25[4][1] !== 14600 || var25[1][1] !== -17250) fail("food / EH variances");
if (ALLOC.reduce((a, c) => a + c[1], 0) !== 1350000) fail("allocation does not add up to £1,350,000");
if (WORK[3][3] - ALLOC[3][1] !== 15000) fail("licensing training reduction");

// ---------------------------------------------------------------- Word
const font = "Arial";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 22, bold: o.bold, italics: o.italics, color: o.color });
const line = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const children = [];
for (const m of META) children.push(new Paragraph({ children: [run(m, { size: 20 })] }));
children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 200 }, children: [run(TITLE, { bold: true, size: 30, color: "003366" })] }));
// front sheet: a two-column table of label | value
const FW = [2600, 6900];
children.push(
  new Table({
    width: { size: FW[0] + FW[1], type: WidthType.DXA },
    columnWidths: FW,
    borders,
    rows: FRONT.map(
      ([label, vals]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: FW[0], type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7EEF6" }, children: [new Paragraph({ children: [run(label, { bold: true })] })] }),
            new TableCell({ width: { size: FW[1], type: WidthType.DXA }, children: vals.map((v, k) => new Paragraph({ spacing: { after: k < vals.length - 1 ? 80 : 0 }, children: [run(v)] })) }),
          ],
        }),
    ),
  }),
  new Paragraph({ children: [] }),
);
for (const b of B) {
  if (b.t === "h") children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 100 }, children: [run(b.text, { bold: true, size: 24, color: "003366" })] }));
  else if (b.t === "p")
    children.push(new Paragraph({ spacing: { after: 120 }, indent: { left: 567, hanging: 567 }, tabStops: [{ type: TabStopType.LEFT, position: 567 }], children: [run(b.n, { bold: true }), run("\t" + b.text)] }));
  else if (b.t === "li") children.push(new Paragraph({ spacing: { after: 60 }, indent: { left: 1134, hanging: 283 }, children: [run("•\t" + b.text)] }));
}
// appendix on a new page
children.push(new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.HEADING_2, children: [run(APP_H, { bold: true, size: 26, color: "003366" })] }));
children.push(new Paragraph({ spacing: { after: 120 }, children: [run(APP_CAPTION, { bold: true })] }));
const AW = [3700, 1450, 1450, 1450, 1450];
const hcell = (text, o = {}) =>
  new TableCell({
    width: { size: o.w, type: WidthType.DXA },
    columnSpan: o.span,
    rowSpan: o.rows,
    verticalAlign: VerticalAlign.CENTER,
    shading: { type: ShadingType.CLEAR, color: "auto", fill: "003366" },
    children: [new Paragraph({ alignment: o.left ? AlignmentType.LEFT : AlignmentType.CENTER, children: [run(text, { bold: true, color: "FFFFFF" })] })],
  });
const dcell = (text, o = {}) =>
  new TableCell({
    width: { size: o.w, type: WidthType.DXA },
    shading: o.total ? { type: ShadingType.CLEAR, color: "auto", fill: "D9D9D9" } : undefined,
    children: [new Paragraph({ alignment: o.left ? AlignmentType.LEFT : AlignmentType.RIGHT, children: [run(text, { bold: o.total })] })],
  });
const arows = [
  new TableRow({ tableHeader: true, children: [hcell(HEAD1[0], { w: AW[0], rows: 2, left: true }), hcell(HEAD1[1], { w: AW[1] + AW[2], span: 2 }), hcell(HEAD1[2], { w: AW[3] + AW[4], span: 2 })] }),
  new TableRow({ tableHeader: true, children: HEAD2.map((t, k) => hcell(t, { w: AW[k + 1] })) }),
];
for (const r of [...WORK, TOTAL]) {
  const total = r[0] === "Total";
  arows.push(new TableRow({ children: r.map((c, k) => dcell(k ? num(c) : c, { w: AW[k], left: k === 0, total })) }));
}
children.push(new Table({ width: { size: AW.reduce((a, c) => a + c), type: WidthType.DXA }, columnWidths: AW, borders, rows: arows }));
children.push(new Paragraph({ spacing: { before: 120 }, children: [run(APP_NOTE, { italics: true, size: 18 })] }));

const doc = new Document({
  creator: "LGA Regulatory Services",
  title: `${BOARD} – ${DATE} – Item 5`,
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 22 } } } },
  sections: [
    {
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${BOARD} – ${DATE} – Item 5 – page `, { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })] })] }) },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
// Front sheet: "Label | value" per row (a cell's paragraphs joined with a space); numbered paragraphs as
// "n. text"; bullets without the bullet; the appendix table's two header rows as two lines
// ("Workstream | 2023/24 | 2024/25", then "Budget | Actual | Budget | Actual"); data rows as " | " rows.
// The footer is left out.
const lines = [...META, TITLE];
for (const [label, vals] of FRONT) lines.push(`${label} | ${vals.join(" ")}`);
for (const b of B) lines.push(b.t === "p" ? `${b.n} ${b.text}` : b.text);
lines.push(APP_H, APP_CAPTION, HEAD1.join(" | "), HEAD2.join(" | "));
for (const r of [...WORK, TOTAL]) lines.push(r.map((c, k) => (k ? num(c) : c)).join(" | "));
lines.push(APP_NOTE);
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt; totals ${TOTAL.slice(1).map(num).join(" / ")}${process.exitCode ? " (CHECKS FAILED)" : "; checks ok"}`);
