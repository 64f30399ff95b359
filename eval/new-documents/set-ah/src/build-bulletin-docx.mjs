// Builds docs/coastal-change-seaside-towns-panel-bulletin-2043-12.docx – "Tideline", the Panel's members'
// bulletin, issue 4, December 2043, laid out like a newsletter in Word: a masthead made of a shaded
// two-cell table, the page body as a borderless two-column layout table (articles on the left, a shaded
// sidebar on the right with the "Your Panel 2043/44" box of members and roles, dates and officers), a
// floating text box holding a pull quote anchored in the Chair's article, a second text box ("Did you
// know?") and a closing line – and its plain-text rendering text/<same>.txt (reading order: masthead,
// main column with the pull quote after the paragraph it is anchored to, sidebar, the second text box,
// the closing paragraph, the page footer once).
// Synthetic test fixture: the people and figures are invented.
//
//   node src/build-bulletin-docx.mjs     (docx 9.x from /work/main/node_modules, or DOCX_PATH)
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BODY, MEMBERS, SUBSTITUTES, OFFICERS, GROUPS, email } from "./people.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "coastal-change-seaside-towns-panel-bulletin-2043-12";
const DOCX = process.env.DOCX_PATH ?? join(process.env.MAIN_DIR ?? "/work/main", "node_modules/docx/dist/index.mjs");
const D = await import(pathToFileURL(DOCX).href);
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle,
  ShadingType, Textbox, Footer, TableLayoutType, VerticalAlign,
} = D;

// ------------------------------------------------------------------ content
const MAST = { name: "Tideline", strap: `News for members of the ${BODY}`, issue: "Issue 4", date: "December 2043" };

const chair = {
  head: "From the Chair",
  paras: [
    "Welcome to the December issue of Tideline. It has been a busy autumn for the Panel: in September we agreed nine awards from round 2 of the Coastal Adaptation Fund, and at our meeting on 2 December we agreed a recovery plan for the Seaside Towns Skills Pilot.",
    "I am delighted to welcome Cllr Declan Rimmer, who joined the Panel for our December meeting. As ever, please get in touch with me or with our officers if there is anything you would like the Panel to look at in the new year.",
  ],
  sign: "Cllr Barnabas Lazenby, Chair",
};
const pull = {
  text: "“Coastal change is not a future problem for Hemsby. It is happening to families this winter.”",
  by: "Cllr Ravi Ramaswamy, Great Yarmouth Borough Council",
};
const decided = {
  head: "What we decided on 2 December",
  bullets: [
    "Agreed the recovery plan for the Seaside Towns Skills Pilot, with a revised target of 250 placements for 2043/44 and placements all year round in the four pilot towns.",
    "Agreed a virement of £40,000 from the skills pilot budget to the coastal engineering peer reviews.",
    "Asked officers for proposals for a shared coastal engineer pool, to come to our meeting in March.",
    "Noted that round 3 of the Coastal Adaptation Fund opens on 7 December 2043, with £2,040,000 still to award this year.",
    "Welcomed the one-page summary of the coastal councils survey 2043.",
  ],
};
const numbers = {
  head: "The coast in numbers",
  text: "Our survey heard from 71 of the 92 English councils with a coastline. Between them they expect to lose 3,480 homes to erosion by 2065, and 41 of them have no coastal engineer of their own. The one-page summary is on the Panel's page of the LGA website.",
};
const visit = {
  head: "Visit to Hemsby",
  text: "Great Yarmouth Borough Council has invited Panel members to see the work at Hemsby on Thursday 24 March 2044. Places are limited to twelve, so please tell Yasmin Sayer by 29 January 2044 if you would like to come.",
};

const mem = (m) => `Cllr ${m.name} (${m.group}), ${m.council}${m.isNew ? " (new)" : ""}`;
const panel = {
  head: "Your Panel 2043/44",
  groups: [
    ["Chair", MEMBERS.filter((m) => m.role === "Chair").map(mem)],
    ["Vice-Chair", MEMBERS.filter((m) => m.role === "Vice-Chair").map(mem)],
    ["Deputy Chairs", MEMBERS.filter((m) => m.role === "Deputy Chair").map(mem)],
    ["Members", MEMBERS.filter((m) => m.role === "Member").map(mem)],
    ["Substitutes", SUBSTITUTES.map(mem)],
  ],
  key: Object.entries(GROUPS).map(([k, v]) => `${k} ${v}`).join(" · "),
};
const diary = {
  head: "Dates for your diary",
  lines: [
    "Wednesday 9 March 2044 – Panel meeting, 18 Smith Square, 11.00 am",
    "Thursday 24 March 2044 – site visit to Hemsby",
    "Wednesday 15 June 2044 – Panel meeting (provisional)",
  ],
};
const O = OFFICERS;
const officers = {
  head: "Your officers",
  lines: [
    `${O.lead.name} – ${O.lead.post}, lead officer for the Panel – ${O.lead.phone}`,
    `${O.programmes.name} – ${O.programmes.post} – ${O.programmes.phone}`,
    `${O.economies.name} – ${O.economies.post} – ${O.economies.phone}`,
    `${O.members.name} – ${O.members.post} – ${O.members.phone}`,
  ],
};
const didYouKnow = {
  head: "Did you know?",
  text: "Since it opened in 2041, the Coastal Adaptation Fund has made 31 awards to 24 councils, from Northumberland to Cornwall.",
};
const closing = `Tideline is written by the LGA's Place and Environment team for members and substitutes of the Panel. To contribute, or to stop receiving it, contact ${O.members.name}, ${O.members.post}, ${O.members.phone}, ${email(O.members.name)}.`;
const FOOTER = `${MAST.name} · ${MAST.issue} · ${MAST.date}`;

// ------------------------------------------------------------------ text rendering
const T = [];
T.push(MAST.name, MAST.strap, MAST.issue, MAST.date);
T.push(chair.head, chair.paras[0], pull.text, pull.by, chair.paras[1], chair.sign);
T.push(decided.head, ...decided.bullets);
T.push(numbers.head, numbers.text, visit.head, visit.text);
T.push(panel.head);
for (const [label, list] of panel.groups) T.push(label, ...list);
T.push(panel.key);
T.push(diary.head, ...diary.lines, officers.head, ...officers.lines);
T.push(didYouKnow.head, didYouKnow.text, closing, FOOTER);
writeFileSync(join(root, "text", BASE + ".txt"), T.join("\n") + "\n");

// ------------------------------------------------------------------ Word
const NAVY = "0B3C5D", TEAL = "1B8A8F", SAND = "F3E6C8";
const FONT = "Calibri";
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cellNoBorders = { top: none, bottom: none, left: none, right: none };

const run = (text, o = {}) => new TextRun({ text, font: FONT, size: o.size ?? 21, bold: o.bold, italics: o.italics, color: o.color });
const para = (text, o = {}) =>
  new Paragraph({
    children: Array.isArray(text) ? text : [run(text, o)],
    alignment: o.align,
    spacing: { after: o.after ?? 120, before: o.before ?? 0 },
    bullet: o.bullet ? { level: 0 } : undefined,
    keepNext: o.keepNext,
  });
const head = (text, color = NAVY) =>
  new Paragraph({
    children: [run(text, { bold: true, size: 28, color })],
    spacing: { before: 200, after: 80 },
    keepNext: true,
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: TEAL, space: 2 } },
  });
const label = (text) => new Paragraph({ children: [run(text, { bold: true, size: 19, color: TEAL })], spacing: { before: 100, after: 20 }, keepNext: true });
const small = (text) => new Paragraph({ children: [run(text, { size: 18 })], spacing: { after: 30 } });

// masthead: a one-row table, shaded
const mast = new Table({
  width: { size: 10466, type: WidthType.DXA },
  columnWidths: [7400, 3066],
  layout: TableLayoutType.FIXED,
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        new TableCell({
          width: { size: 7400, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: NAVY, color: "auto" },
          borders: cellNoBorders,
          margins: { top: 160, bottom: 160, left: 220, right: 120 },
          children: [
            new Paragraph({ children: [run(MAST.name, { bold: true, size: 72, color: "FFFFFF" })], spacing: { after: 0 } }),
            new Paragraph({ children: [run(MAST.strap, { size: 22, color: SAND })], spacing: { after: 0 } }),
          ],
        }),
        new TableCell({
          width: { size: 3066, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: NAVY, color: "auto" },
          borders: cellNoBorders,
          verticalAlign: VerticalAlign.CENTER,
          margins: { top: 160, bottom: 160, left: 120, right: 220 },
          children: [
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(MAST.issue, { bold: true, size: 28, color: "FFFFFF" })], spacing: { after: 0 } }),
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(MAST.date, { size: 24, color: SAND })], spacing: { after: 0 } }),
          ],
        }),
      ],
    }),
  ],
});

// the pull quote: a floating text box anchored in the Chair's first paragraph
const pullBox = new Textbox({
  style: {
    width: "2.2in",
    height: "1.45in",
    position: "absolute",
    positionHorizontal: "right",
    positionHorizontalRelative: "margin",
    positionVerticalRelative: "text",
    top: "0.1in",
    wrapStyle: "square",
    wrapDistanceLeft: 9,
    zIndex: 2,
  },
  children: [
    new Paragraph({ children: [run(pull.text, { italics: true, size: 24, color: TEAL })], spacing: { after: 80 } }),
    new Paragraph({ children: [run(pull.by, { size: 17, color: "555555" })], alignment: AlignmentType.RIGHT }),
  ],
});

const mainCell = [
  head(chair.head),
  new Paragraph({ children: [run(chair.paras[0]), pullBox], spacing: { after: 120 } }),
  para(chair.paras[1]),
  para(chair.sign, { italics: true, after: 160 }),
  head(decided.head),
  ...decided.bullets.map((b) => para(b, { bullet: true, after: 60 })),
  head(numbers.head),
  para(numbers.text),
  head(visit.head),
  para(visit.text),
];
const sideCell = [
  head(panel.head, NAVY),
  ...panel.groups.flatMap(([l, list]) => [label(l), ...list.map(small)]),
  new Paragraph({ children: [run(panel.key, { size: 16, italics: true, color: "555555" })], spacing: { before: 100, after: 120 } }),
  head(diary.head, NAVY),
  ...diary.lines.map(small),
  head(officers.head, NAVY),
  ...officers.lines.map(small),
];

const layout = new Table({
  width: { size: 10466, type: WidthType.DXA },
  columnWidths: [6700, 3766],
  layout: TableLayoutType.FIXED,
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        new TableCell({ width: { size: 6700, type: WidthType.DXA }, borders: cellNoBorders, margins: { top: 80, bottom: 80, left: 0, right: 260 }, children: mainCell }),
        new TableCell({
          width: { size: 3766, type: WidthType.DXA },
          borders: cellNoBorders,
          shading: { type: ShadingType.CLEAR, fill: SAND, color: "auto" },
          margins: { top: 120, bottom: 120, left: 200, right: 200 },
          children: sideCell,
        }),
      ],
    }),
  ],
});

const dykBox = new Textbox({
  style: { width: "3.4in", height: "0.9in", position: "relative", wrapStyle: "square" },
  children: [
    new Paragraph({ children: [run(didYouKnow.head, { bold: true, size: 22, color: TEAL })], spacing: { after: 40 } }),
    new Paragraph({ children: [run(didYouKnow.text, { size: 19 })] }),
  ],
});

const doc = new Document({
  creator: "Yasmin Sayer",
  title: `Tideline ${MAST.issue}, ${MAST.date}`,
  description: `Members' bulletin of the ${BODY}`,
  styles: { default: { document: { run: { font: FONT, size: 21 } } } },
  sections: [
    {
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 620, bottom: 720, left: 720, right: 720, footer: 360 } } },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(FOOTER, { size: 16, color: "777777" })] })] }),
      },
      children: [
        mast,
        new Paragraph({ children: [], spacing: { after: 80 } }),
        layout,
        new Paragraph({ children: [], spacing: { after: 120 } }),
        dykBox,
        new Paragraph({ children: [run(closing, { size: 17, color: "555555" })], spacing: { before: 160 } }),
      ],
    },
  ],
});
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt`);
