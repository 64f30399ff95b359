// Builds docs/linz-board-performance-2024-q2.docx (a Word performance report made with the `docx`
// package, 9.x) and its plain-text rendering text/linz-board-performance-2024-q2.txt from the same content.
//
//   node src/build-linz-docx.mjs          (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait. The front sheet sits in a shaded one-cell box (bold headings inside it); a status key
// as a two-column table Status | What it means; a summary table counting the statuses (Status | Q1 | Q2); the
// targets table Ref | Target | Lead officer | Q1 status | Q2 status | Commentary where the statuses are
// written as words (Achieved, Partially achieved, Not achieved, Not yet due), the previous quarter's column
// comes before the current one, commentary cells hold several paragraphs, and the targets are grouped under
// theme rows that span the whole table (one merged, shaded cell). A page footer (page furniture, left out of
// the rendering).
// Synthetic test fixture: the people, figures and ratings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "linz-board-performance-2024-q2";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const D = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle, ShadingType, Footer, PageNumber } = D;

const BOARD = "Local Infrastructure and Net Zero Board";
const DATE = "12 December 2024";
const FOOTER = "LINZ Board – 12 December 2024 – Item 5 – page";

// ---------------------------------------------------------------- content
const B = [];
const meta = (text) => B.push({ t: "meta", text });
const h1 = (text) => B.push({ t: "h1", text });
const h2 = (text) => B.push({ t: "h2", text });
const p = (text, opts = {}) => B.push({ t: "p", text, ...opts });

meta(BOARD);
meta(DATE);
meta("Item 5");
h1("LINZ Board work programme 2024/25: performance report – Quarter 2 (July to September 2024)");
// the front sheet box: [heading, [paragraphs]]
const FRONT = [
  ["Purpose of report", ["For decision."]],
  [
    "Summary",
    [
      "This report sets out progress at the end of Quarter 2 of 2024/25 (1 July to 30 September 2024) against the 12 targets in the Board's work programme, in four themes. Seven targets are achieved, two partially achieved, two not achieved and one not yet due. The status reported at the end of Quarter 1 is shown alongside for comparison.",
    ],
  ],
  ["Is this report confidential?", ["No"]],
  [
    "Recommendations",
    [
      "That the Local Infrastructure and Net Zero Board:",
      "(a) notes the performance report for Quarter 2 of 2024/25; and",
      "(b) agrees to move the completion date of target NZ1 (the local net zero delivery framework) to 31 January 2025.",
    ],
  ],
  ["Action", ["Officers to report progress at Quarter 3 to the Board's meeting on 13 February 2025."]],
  ["Contact officer", ["Ottilie Brenchley, Business Planning Manager", "020 7946 0731 – ottilie.brenchley@local.gov.uk"]],
];
B.push({ t: "box", rows: FRONT });

h2("How we report status");
p("Each target is given one of four statuses at the end of every quarter:");
const KEY = [
  ["Achieved", "The target or milestone has been met in full."],
  ["Partially achieved", "Some of the target has been met, or work is under way but behind the profile for the quarter."],
  ["Not achieved", "A target or milestone that was due by the end of the quarter has been missed."],
  ["Not yet due", "The target or milestone falls in a later quarter and nothing was due this quarter."],
];
B.push({ t: "table", header: ["Status", "What it means"], rows: KEY, widths: [2600, 7000] });

const THEMES = [
  [
    "Theme 1: Net zero and climate adaptation",
    [
      [
        "NZ1",
        "Publish the local net zero delivery framework, developed with the Department for Energy Security and Net Zero (DESNZ), by 30 September 2024",
        "Marisa Coldharbour",
        "Not yet due",
        "Not achieved",
        [
          "The draft framework was finished in June, but publication was held back during the general election period and DESNZ then asked for changes to reflect the new Government's priorities.",
          "We now expect to publish by 31 January 2025; the Board is asked to agree the new date.",
        ],
      ],
      [
        "NZ2",
        "Support 40 councils through the climate adaptation peer review programme in 2024/25 (20 by the end of Q2)",
        "Oskar Penrhyn",
        "Achieved",
        "Achieved",
        ["23 councils had been supported by 30 September 2024, three ahead of profile.", "Eight of the reviews were in coastal councils."],
      ],
      [
        "NZ3",
        "Secure council representation on the Local Net Zero Forum's retrofit delivery group by 31 July 2024",
        "Marisa Coldharbour",
        "Not yet due",
        "Achieved",
        ["The LGA was offered two places and nominated two lead members; the group first met on 16 July 2024."],
      ],
    ],
  ],
  [
    "Theme 2: Transport and highways",
    [
      [
        "TR1",
        "Publish the LGA's analysis of the local roads maintenance backlog by 31 August 2024",
        "Ciaran Maddock",
        "Not yet due",
        "Achieved",
        ["Published on 29 August 2024. The analysis puts the maintenance backlog on local roads in England at £14.2 billion, up from £12.7 billion two years earlier."],
      ],
      [
        "TR2",
        "Run four regional workshops on the new local transport plan guidance by 30 September 2024",
        "Ciaran Maddock",
        "Partially achieved",
        "Partially achieved",
        ["Three of the four workshops have taken place (Leeds, Bristol and Birmingham).", "The North West workshop was moved to 6 November 2024 at the request of the combined authorities."],
      ],
      [
        "TR3",
        "Give tailored support on electric vehicle charging infrastructure to 30 councils in 2024/25 (15 by the end of Q2)",
        "Wilhelmina Tasker",
        "Achieved",
        "Partially achieved",
        [
          "11 councils have been supported against a profile of 15.",
          "Two advisers left the programme in August; their replacements start in November and we expect to be back on profile by the end of Q3.",
        ],
      ],
    ],
  ],
  [
    "Theme 3: Planning and infrastructure delivery",
    [
      [
        "PL1",
        "Respond to the Government's consultation on the National Planning Policy Framework by the closing date of 24 September 2024",
        "Euan Lockyer",
        "Not yet due",
        "Achieved",
        ["The LGA's response was submitted on 23 September 2024, after sign-off by the Chair and Deputy Chairs."],
      ],
      [
        "PL2",
        "Award planning skills bursaries to 60 councils by 30 September 2024",
        "Euan Lockyer",
        "Not yet due",
        "Achieved",
        ["Bursaries of £15,000 each were awarded to 62 councils on 12 September 2024."],
      ],
      [
        "PL3",
        "Publish guidance for councils on community benefits from new electricity network infrastructure by 31 August 2024",
        "Dervla Hartigan",
        "Not yet due",
        "Not achieved",
        ["Held back until the Government publishes its own community benefits guidance, now expected in spring 2025.", "A revised date will be proposed at Q3."],
      ],
    ],
  ],
  [
    "Theme 4: Flooding and water",
    [
      [
        "WF1",
        "Submit the LGA's evidence on flood and coastal erosion funding to Defra by 31 July 2024",
        "Nerys Halloran",
        "Not yet due",
        "Achieved",
        ["Submitted on 25 July 2024, drawing on evidence from the Coastal Special Interest Group."],
      ],
      [
        "WF2",
        "Support 10 lead local flood authorities to prepare to become sustainable drainage (SuDS) approving bodies by 31 March 2025",
        "Nerys Halloran",
        "Not yet due",
        "Not yet due",
        ["Due at Q4. Four authorities have been supported so far."],
      ],
      [
        "WF3",
        "Hold a roundtable on coastal erosion with the Coastal Special Interest Group and the Environment Agency by 30 September 2024",
        "Nerys Halloran",
        "Not yet due",
        "Achieved",
        ["Held in Great Yarmouth on 10 September 2024, with 26 councils represented."],
      ],
    ],
  ],
];
// status counts, checked against the table
const STATUSES = KEY.map((k) => k[0]);
const count = (col) => STATUSES.map((s) => THEMES.flatMap((t) => t[1]).filter((r) => r[col] === s).length);
const q1 = count(3);
const q2 = count(4);
const SUMMARY = STATUSES.map((s, i) => [s, String(q1[i]), String(q2[i])]);
SUMMARY.push(["Total", String(q1.reduce((a, c) => a + c)), String(q2.reduce((a, c) => a + c))]);
if (q2.join() !== "7,2,2,1") throw new Error("Q2 counts differ from the summary text: " + q2.join());

h2("Summary of status");
B.push({ t: "table", header: ["Status", "Q1 (April to June 2024)", "Q2 (July to September 2024)"], rows: SUMMARY, widths: [3600, 3000, 3000] });
h2("Progress against targets");
p("Q1 status is the status reported to the Board on 26 September 2024 for April to June 2024. Q2 status is this quarter's (July to September 2024).", { italics: true });
B.push({ t: "targets", header: ["Ref", "Target", "Lead officer", "Q1 status", "Q2 status", "Commentary"], themes: THEMES, widths: [600, 2500, 1300, 1150, 1150, 3000] });
h2("Next steps");
p("The Quarter 3 report will come to the Board's meeting on 13 February 2025, with revised dates for targets NZ1 and PL3.");

// ---------------------------------------------------------------- Word
const font = "Calibri";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 21, bold: o.bold, italics: o.italics, color: o.color });
const line = { style: BorderStyle.SINGLE, size: 4, color: "7F7F7F" };
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const FILL = { Achieved: "C6EFCE", "Partially achieved": "FFEB9C", "Not achieved": "FFC7CE", "Not yet due": "EDEDED" };
const cellParas = (c, o = {}) => (Array.isArray(c) ? c : [c]).map((t, k, all) => new Paragraph({ spacing: { after: all.length > 1 && k < all.length - 1 ? 100 : 0 }, children: [run(t, o)] }));
const headerRow = (hdr, widths) =>
  new TableRow({
    tableHeader: true,
    children: hdr.map((h, i) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: "auto", fill: "2F5496" }, children: [new Paragraph({ children: [run(h, { bold: true, color: "FFFFFF" })] })] })),
  });
function simpleTable(b) {
  const rows = [headerRow(b.header, b.widths)];
  for (const r of b.rows)
    rows.push(new TableRow({ children: r.map((c, i) => new TableCell({ width: { size: b.widths[i], type: WidthType.DXA }, shading: FILL[c] && i === 0 ? { type: ShadingType.CLEAR, color: "auto", fill: FILL[c] } : undefined, children: cellParas(c, { bold: i === 0 || r[0] === "Total" }) })) }));
  return new Table({ width: { size: b.widths.reduce((a, c) => a + c), type: WidthType.DXA }, columnWidths: b.widths, borders, rows });
}
function targetsTable(b) {
  const total = b.widths.reduce((a, c) => a + c);
  const rows = [headerRow(b.header, b.widths)];
  for (const [theme, targets] of b.themes) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [new TableCell({ columnSpan: b.widths.length, width: { size: total, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: "auto", fill: "D9E2F3" }, children: [new Paragraph({ children: [run(theme, { bold: true, color: "1F3864" })] })] })],
      }),
    );
    for (const r of targets)
      rows.push(
        new TableRow({
          children: r.map((c, i) => {
            const status = i === 3 || i === 4;
            return new TableCell({
              width: { size: b.widths[i], type: WidthType.DXA },
              shading: status ? { type: ShadingType.CLEAR, color: "auto", fill: FILL[c] } : undefined,
              children: cellParas(c, { bold: i === 0 || i === 4, size: 20 }),
            });
          }),
        }),
      );
  }
  return new Table({ width: { size: total, type: WidthType.DXA }, columnWidths: b.widths, borders, rows });
}
function frontBox(b) {
  const children = [];
  for (const [h, paras] of b.rows) {
    children.push(new Paragraph({ spacing: { before: 80, after: 20 }, children: [run(h, { bold: true, color: "1F3864" })] }));
    for (const t of paras) children.push(new Paragraph({ spacing: { after: 40 }, children: [run(t)] }));
  }
  const thick = { style: BorderStyle.SINGLE, size: 12, color: "2F5496" };
  return new Table({
    width: { size: 9700, type: WidthType.DXA },
    columnWidths: [9700],
    borders: { top: thick, bottom: thick, left: thick, right: thick, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ children: [new TableCell({ width: { size: 9700, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: "auto", fill: "F2F5FB" }, margins: { top: 120, bottom: 120, left: 160, right: 160 }, children })] })],
  });
}
const children = [];
for (const b of B) {
  if (b.t === "meta") children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.text, { size: 20 })] }));
  else if (b.t === "h1") children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 200 }, children: [run(b.text, { bold: true, size: 30, color: "1F3864" })] }));
  else if (b.t === "h2") children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 80 }, children: [run(b.text, { bold: true, size: 24, color: "1F3864" })] }));
  else if (b.t === "p") children.push(new Paragraph({ spacing: { after: 100 }, children: [run(b.text, { italics: b.italics })] }));
  else if (b.t === "box") children.push(frontBox(b), new Paragraph({ children: [] }));
  else if (b.t === "table") children.push(simpleTable(b), new Paragraph({ children: [] }));
  else if (b.t === "targets") children.push(targetsTable(b), new Paragraph({ children: [] }));
  else throw new Error(b.t);
}
const doc = new Document({
  creator: "LGA Business Planning",
  title: `${BOARD} – work programme performance report – Q2 2024/25`,
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 21 } } } },
  sections: [
    {
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(FOOTER + " ", { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })] })] }) },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- text rendering
// The front-sheet box is a layout box, not a data table: its headings and paragraphs are one line each.
// Data tables: cells joined with " | " (a cell's paragraphs joined with a space), one row per line; a theme
// row spanning the table is one cell, so its line is just the theme. The footer is left out.
const lines = [];
for (const b of B) {
  if (b.t === "box") {
    for (const [h, paras] of b.rows) lines.push(h, ...paras);
  } else if (b.t === "table") {
    lines.push(b.header.join(" | "));
    for (const r of b.rows) lines.push(r.join(" | "));
  } else if (b.t === "targets") {
    lines.push(b.header.join(" | "));
    for (const [theme, targets] of b.themes) {
      lines.push(theme);
      for (const r of targets) lines.push(r.map((c) => (Array.isArray(c) ? c.join(" ") : c)).join(" | "));
    }
  } else lines.push(b.text);
}
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (Q1 ${q1.join("/")}, Q2 ${q2.join("/")})`);
