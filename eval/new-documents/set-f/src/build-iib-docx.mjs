// Builds docs/improvement-innovation-board-performance-2022-q1.docx (a landscape Word quarterly
// performance update made with the `docx` package, 9.x) and its plain-text rendering
// text/improvement-innovation-board-performance-2022-q1.txt from the same content.
//
//   node src/build-iib-docx.mjs          (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 landscape; front-sheet fields as Word headings; a one-line rating key
// ("G = on track, A/G = minor issues, ..."); an objectives table Ref | Objective | Q1 RAG | Q4 RAG | Owner |
// Progress (two status columns, the current quarter first and neither of them last; progress cells hold
// several paragraphs; RAG cells shaded); a risk register Ref | Risk | Likelihood | Impact | Residual score |
// Owner | Trend (likelihood before impact; trend as an arrow and a word). A page footer (page furniture,
// left out of the rendering).
// Synthetic test fixture: the people, figures and ratings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "improvement-innovation-board-performance-2022-q1";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const D = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType,
  BorderStyle, ShadingType, Footer, PageNumber, PageOrientation, VerticalAlign,
} = D;

const BOARD = "Improvement and Innovation Board";
const DATE = "29 September 2022";
const FOOTER = "Improvement and Innovation Board – 29 September 2022 – Item 6 – Page";

// ---------------------------------------------------------------- content
const B = [];
const meta = (text) => B.push({ t: "meta", text });
const h1 = (text) => B.push({ t: "h1", text });
const h2 = (text) => B.push({ t: "h2", text });
const p = (text, opts = {}) => B.push({ t: "p", text, ...opts });
const table = (header, rows, widths, opts = {}) => B.push({ t: "table", header, rows, widths, ...opts });

meta(BOARD);
meta(DATE);
meta("Item 6");
h1("Sector support programme 2022/23: quarterly performance update – Quarter 1 (April to June 2022)");
h2("Purpose of report");
p("For information.");
h2("Summary");
p("This report sets out progress at the end of Quarter 1 of 2022/23 (1 April to 30 June 2022) against the ten objectives of the sector support programme funded by the Department for Levelling Up, Housing and Communities (DLUHC), together with the programme risk register. Four objectives are rated G, two A/G, two A and two R. The ratings reported for Quarter 4 of 2021/22 are shown alongside for comparison.");
h2("Is this report confidential?");
p("No");
h2("Recommendation");
p("That the Improvement and Innovation Board notes the performance update and the programme risk register.");
h2("Action");
p("Officers to bring recovery plans for the two objectives rated R to the Board's meeting on 1 December 2022.");
h2("Contact officer");
p("Naomi Sturridge, Programme Performance Manager");
p("020 7946 0682 – naomi.sturridge@local.gov.uk");

h2("Performance against objectives");
p("Key: G = on track, A/G = minor issues, A = some risk, R = off track, NR = not rated", { bold: true });
p("Q1 RAG is this quarter's rating (April to June 2022). Q4 RAG is the rating reported to the Board for Quarter 4 of 2021/22 (January to March 2022).", { italics: true });
const objectives = [
  [
    "IIB-01",
    "Corporate peer challenge: deliver 120 corporate peer challenges and progress reviews in 2022/23",
    "A",
    "G",
    "Dominic Rafferty",
    [
      "28 corporate peer challenges and progress reviews were delivered in Q1 against a profile of 32.",
      "Four challenges were postponed at the councils' request following the local elections on 5 May 2022; all four have been rebooked for October and November 2022.",
      "We expect to be back on profile by the end of Q3.",
    ],
  ],
  [
    "IIB-02",
    "Financial resilience: complete 30 finance improvement and sustainability reviews with councils at risk of financial failure",
    "A/G",
    "A",
    "Priyanka Deshmukh",
    [
      "Nine reviews have been completed or are under way, against a profile of eight.",
      "Two additional finance associates joined in June, easing the capacity pressure that led to last quarter's A rating.",
      "Demand is rising: 14 councils have asked for a review since April, compared with six in the same period last year.",
    ],
  ],
  [
    "IIB-03",
    "Councillor development: 350 councillors to start a leadership or development programme in 2022/23",
    "G",
    "G",
    "Celia Hawtrey",
    ["112 councillors started a programme in Q1, including 64 councillors first elected in May 2022.", "Satisfaction with the programmes was 94 per cent."],
  ],
  [
    "IIB-04",
    "National graduate development programme (ngdp): recruit 150 graduates to the 2022 cohort",
    "G",
    "A/G",
    "Martin Sheppey",
    [
      "153 graduates have accepted offers from 71 councils and will start in September 2022.",
      "The Q4 A/G rating reflected the late award of the assessment centre contract; the contract was awarded in April and the assessment centres ran to time.",
    ],
  ],
  [
    "IIB-05",
    "Digital pathfinders: support 40 councils to adopt shared digital tools and standards",
    "R",
    "A",
    "Leonie Strathearn",
    [
      "Only 11 councils have joined the programme against a profile of 20 by the end of June.",
      "The supplier framework was not in place until 20 June 2022 because a procurement challenge delayed the award.",
      "A recovery plan will come to the Board on 1 December 2022.",
    ],
  ],
  [
    "IIB-06",
    "Productivity: help councils identify £25 million of savings through the productivity experts programme",
    "A",
    "R",
    "Barnaby Kell",
    [
      "Savings of £6.8 million have been identified so far against a profile of £8 million.",
      "The R rating at Q4 reflected a shortfall of £3.1 million against the 2021/22 target; the programme was re-profiled for 2022/23 and is now rated A.",
    ],
  ],
  [
    "IIB-07",
    "Net zero: run the net zero innovation programme with 12 council and university partnerships",
    "A/G",
    "NR",
    "Fiona Abernethy",
    ["New objective for 2022/23, so not rated at Q4.", "10 of the 12 partnerships have started; two university partners have yet to sign their agreements."],
  ],
  [
    "IIB-08",
    "Equalities: support 25 councils through the Equality Framework for Local Government (EFLG)",
    "G",
    "G",
    "Celia Hawtrey",
    ["Seven EFLG peer assessments were completed in Q1 and a further nine are booked."],
  ],
  [
    "IIB-09",
    "Children's services: provide peer support to every council whose children's services are judged inadequate",
    "G",
    "A/G",
    "Simone Pardoe",
    [
      "Peer support is in place in all 11 councils with an inadequate judgement, including the two judged inadequate in Q1.",
      "Last quarter's A/G rating reflected a delay in matching an improvement adviser to one council; that has been resolved.",
    ],
  ],
  [
    "IIB-10",
    "Workforce: launch a national recruitment campaign for council careers and support 50 councils with workforce planning",
    "R",
    "A/G",
    "Martin Sheppey",
    [
      "The campaign launch has been postponed from June to October 2022 because the contract with the creative agency had to be re-tendered.",
      "Workforce planning support has reached 14 councils against a profile of 20.",
      "A recovery plan will come to the Board on 1 December 2022.",
    ],
  ],
];
table(["Ref", "Objective", "Q1 RAG", "Q4 RAG", "Owner", "Progress"], objectives, [900, 3300, 900, 900, 1700, 6400], { rag: [2, 3] });

h2("Programme risk register (position at 30 June 2022)");
p("Likelihood and impact are scored from 1 (low) to 5 (high) after existing controls; the residual score is likelihood x impact. Scores of 15 and above are high, 8 to 12 medium, and 6 and below low. Trend compares the score with the end of Q4.");
const risks = [
  ["IR1", "DLUHC funding for the sector support programme in 2023/24 is reduced or confirmed late, affecting planning and staff retention", "4", "4", "16", "Imogen Falconer", "↑ Increasing"],
  ["IR2", "Councils are unable to release senior members and officers to act as peers, limiting capacity for peer challenges", "3", "3", "9", "Dominic Rafferty", "→ Stable"],
  ["IR3", "Loss of key staff in a tight labour market delays delivery", "4", "3", "12", "Martin Sheppey", "↑ Increasing"],
  ["IR4", "A data protection breach in the handling of peer challenge and review material", "2", "4", "8", "Leonie Strathearn", "→ Stable"],
  ["IR5", "A council's finances fail in a way that needs support beyond the capacity of the programme", "3", "5", "15", "Priyanka Deshmukh", "↑ Increasing"],
  ["IR6", "The ngdp assessment centre supplier fails to deliver", "2", "3", "6", "Martin Sheppey", "↓ Reducing"],
];
table(["Ref", "Risk", "Likelihood", "Impact", "Residual score", "Owner", "Trend"], risks, [800, 6200, 1200, 1000, 1400, 2000, 1500], { center: [2, 3, 4] });
h2("Next steps");
p("The Quarter 2 update will come to the Board's meeting on 1 December 2022, with the recovery plans for the objectives rated R.");

// ---------------------------------------------------------------- Word
const font = "Arial";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 20, bold: o.bold, italics: o.italics, color: o.color });
const RAGFILL = { G: "00B050", "A/G": "C5E0B3", A: "FFC000", R: "FF0000", NR: "D9D9D9" };
const line = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
function docxTable(b) {
  const rows = [
    new TableRow({
      tableHeader: true,
      children: b.header.map(
        (h, i) =>
          new TableCell({
            width: { size: b.widths[i], type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: "auto", fill: "1F3864" },
            children: [new Paragraph({ children: [run(h, { bold: true, color: "FFFFFF" })] })],
          }),
      ),
    }),
  ];
  for (const r of b.rows)
    rows.push(
      new TableRow({
        cantSplit: false,
        children: r.map((c, i) => {
          const paras = Array.isArray(c) ? c : [c];
          const rag = b.rag?.includes(i);
          return new TableCell({
            width: { size: b.widths[i], type: WidthType.DXA },
            verticalAlign: rag ? VerticalAlign.CENTER : undefined,
            shading: rag ? { type: ShadingType.CLEAR, color: "auto", fill: RAGFILL[c] } : undefined,
            children: paras.map(
              (t) =>
                new Paragraph({
                  spacing: { after: paras.length > 1 ? 80 : 0 },
                  alignment: rag || b.center?.includes(i) ? AlignmentType.CENTER : undefined,
                  children: [run(t, { bold: rag || i === 0 })],
                }),
            ),
          });
        }),
      }),
    );
  return new Table({ width: { size: b.widths.reduce((a, c) => a + c, 0), type: WidthType.DXA }, columnWidths: b.widths, borders, rows });
}
const children = [];
for (const b of B) {
  if (b.t === "meta") children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.text, { size: 20 })] }));
  else if (b.t === "h1") children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 200, after: 160 }, children: [run(b.text, { bold: true, size: 30, color: "1F3864" })] }));
  else if (b.t === "h2") children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 180, after: 60 }, children: [run(b.text, { bold: true, size: 24 })] }));
  else if (b.t === "p") children.push(new Paragraph({ spacing: { after: 100 }, children: [run(b.text, { bold: b.bold, italics: b.italics })] }));
  else if (b.t === "table") {
    children.push(docxTable(b));
    children.push(new Paragraph({ children: [] }));
  } else throw new Error(b.t);
}
const doc = new Document({
  creator: "LGA Performance Team",
  title: `${BOARD} – Quarterly performance update – Q1 2022/23`,
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 20 } } } },
  sections: [
    {
      properties: {
        page: {
          size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
          margin: { top: 850, bottom: 850, left: 850, right: 850 },
        },
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [run(FOOTER + " ", { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })],
            }),
          ],
        }),
      },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- text rendering
// Cells joined with " | " (a cell's paragraphs joined with a space); the footer is left out.
const lines = [];
for (const b of B) {
  if (b.t === "table") {
    lines.push(b.header.join(" | "));
    for (const r of b.rows) lines.push(r.map((c) => (Array.isArray(c) ? c.join(" ") : c)).join(" | "));
    continue;
  }
  lines.push(b.text);
}
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt`);
