// Builds docs/cctg-terms-of-reference-and-membership-2041-42.docx and its text rendering.
// Layout: a Word document whose body sits in two-column LAYOUT TABLES (bold labels in a shaded left column,
// content on the right, no vertical borders), one table under each Heading 1; a real TOC field at the top
// (cached entries with page numbers, hyperlinked to bookmarks on the headings); a DIFFERENT FIRST-PAGE HEADER
// (the LGA name and address on page 1, the document's short title on the pages after); page breaks before
// sections 2, 3, 4 and 5.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  NODE_MODULES, ROOT, BODY, ABBR, PARENT, MEMBERS, SUBSTITUTES, LEAD_MEMBERS, OFFICERS, MEETINGS, POLICY_BUDGET, assert,
} from "./content.mjs";

const D = await import(pathToFileURL(join(NODE_MODULES, "docx/dist/index.mjs")).href);
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, Header, Footer,
  HeadingLevel, TableOfContents, Bookmark, AlignmentType, PageBreak, TableLayoutType, VerticalAlign,
} = D;

const BASE = "cctg-terms-of-reference-and-membership-2041-42";
const text = [];
const FONT = "Arial";

const para = (t, opts = {}) => new Paragraph({ spacing: { after: 80 }, ...opts, children: [new TextRun({ text: t, font: FONT, size: 21, ...(opts.run ?? {}) })] });
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const RULE = { style: BorderStyle.SINGLE, size: 4, color: "BFBFBF" };

// one layout table: rows of [label, [paragraph texts]]
function layout(rows) {
  const t = new Table({
    width: { size: 9360, type: WidthType.DXA },
    columnWidths: [2700, 6660],
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: NONE, right: NONE, insideHorizontal: RULE, insideVertical: NONE },
    rows: rows.map(([label, content]) => new TableRow({
      cantSplit: false,
      children: [
        new TableCell({
          width: { size: 2700, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: "E7F3F2", color: "auto" },
          margins: { top: 80, bottom: 80, left: 100, right: 100 },
          children: [para(label, { run: { bold: true } })],
        }),
        new TableCell({
          width: { size: 6660, type: WidthType.DXA },
          margins: { top: 80, bottom: 80, left: 140, right: 100 },
          children: content.map((c) => para(c)),
        }),
      ],
    })),
  });
  for (const [label, content] of rows) {
    text.push(`${label} | ${content[0]}`);
    for (const c of content.slice(1)) text.push(c);
  }
  return t;
}

let bm = 0;
const toc = [];
function heading(t, page) {
  const id = `_Toc${190412 + ++bm}`;
  toc.push({ title: t, level: 1, page, href: id });
  text.push(t);
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    spacing: { before: 240, after: 120 },
    children: [new Bookmark({ id, children: [new TextRun({ text: t, font: FONT, size: 28, bold: true, color: "00706B" })] })],
  });
}
const pageBreak = () => new Paragraph({ children: [new PageBreak()] });

// ---- content -------------------------------------------------------------------------------------------------
const memberLine = (x) => `${x.name} - ${x.council} (${x.group})`.replace(" - ", " – ");
const chair = MEMBERS.find((x) => x.role === "Chair"), vice = MEMBERS.find((x) => x.role === "Vice-Chair");
const others = MEMBERS.filter((x) => x.role === "Member");
const officer = (k) => `${OFFICERS[k].name}, ${OFFICERS[k].post}`;

const s1 = [
  ["Name", [`${BODY} (${ABBR})`]],
  ["Status", [`A time-limited member task group of the ${PARENT}, set up in March 2040 for three years. It advises the Board and has no decision-making powers of its own, except over its policy budget (section 2).`]],
  ["Reports to", [`The ${PARENT}. The Task Group's Chair reports on its work at each Board meeting.`]],
  ["Purpose", ["To lead the LGA's work on burial space, cremation, memorial safety, public health funerals and the bereavement services workforce, and to make the case to Government for the powers and funding councils need."]],
  ["Lifespan", ["Until 31 March 2043, unless the Board extends it."]],
];
const s2 = [
  ["The Task Group will", [
    "(a) agree and oversee an annual workplan, and review progress against it each quarter;",
    "(b) keep a risk register for the workplan and review it each quarter;",
    "(c) develop the LGA's asks of Government on burial law, cremation, memorial safety and public health funerals;",
    "(d) share good practice between councils and commission research within its budget;",
    "(e) work with national bodies that represent burial and cremation authorities, funeral directors and memorial masons; and",
    "(f) report to the Board at least twice a year.",
  ]],
  ["The Task Group will not", ["Deal with complaints about an individual council's bereavement service, or comment on the fees an individual council charges."]],
  ["Delegated budget", [
    `The Task Group manages its own policy budget (£${POLICY_BUDGET.toLocaleString("en-GB")} in 2041/42). It may agree spending within the budget and virements between budget lines of up to £10,000 each. Larger virements, and any overspend of the total, need the Board's agreement.`,
  ]],
];
const s3 = [
  ["Chair", [memberLine(chair)]],
  ["Vice-Chair", [memberLine(vice)]],
  ["Members", others.map(memberLine)],
  ["Lead members", LEAD_MEMBERS.map(([area, who]) => `${area}: ${who}`)],
  ["Substitutes", SUBSTITUTES.map(memberLine)],
  ["How places are allocated", ["Places are allocated to the political groups in proportion to their share of the LGA General Assembly. Each group names its members and substitutes for the year."]],
];
const s4 = [
  ["Meetings 2041/42", MEETINGS.map((x) => `${x.long}, 10.30am`)],
  ["Venue", ["18 Smith Square, London SW1P 3HZ, with the option to join online."]],
  ["Quorum", ["One third of the members (four), from at least two political groups."]],
  ["Substitution", ["A member who cannot attend may send a named substitute from their own political group. The substitute may speak and vote. Members should tell the secretariat two working days before the meeting."]],
  ["Declarations of interest", ["Members declare at the start of each meeting any interest in an item, including any role with a crematorium, cemetery, funeral business or memorial masonry firm."]],
  ["Papers and notes", ["Papers are published five working days before each meeting. The secretariat keeps informal action notes, not formal minutes; draft notes are circulated within ten working days and agreed at the next meeting."]],
];
const s5 = [
  ["Lead officer", [officer("muncaster"), `${OFFICERS.muncaster.phone} | ${OFFICERS.muncaster.email}`]],
  ["Policy support", [officer("pountney"), officer("coughlan"), officer("hallowes")]],
  ["Finance", [officer("veldhuizen")]],
  ["Secretariat", [officer("tuckwell"), `${OFFICERS.tuckwell.phone} | ${OFFICERS.tuckwell.email}`]],
  ["Senior responsible officer", [officer("gorringe")]],
];
const s6 = [
  ["1.0, 14 March 2040", ["First terms of reference, agreed by the Board when it set up the Task Group."]],
  ["1.1, 8 July 2040", ["Membership for 2040/41."]],
  ["1.2, 5 March 2041", ["Delegated budget and virement limit added."]],
  ["1.3, 26 June 2041", ["Membership and meeting dates for 2041/42; lifespan confirmed to 31 March 2043."]],
];
assert(others.length === 8 && SUBSTITUTES.length === 4, "8 members besides the Chair and Vice-Chair, 4 substitutes");

// ---- document --------------------------------------------------------------------------------------------------
const FIRST_HEADER = ["Local Government Association", "18 Smith Square, London SW1P 3HZ | www.local.gov.uk"];
const RUNNING_HEADER = `${BODY}: terms of reference and membership 2041/42 (version 1.3)`;
const FOOTER = "OFFICIAL - for publication";

const body = [];
text.push(...FIRST_HEADER);
body.push(new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: BODY, font: FONT, size: 40, bold: true, color: "00706B" })] }));
body.push(new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: "Terms of reference and membership 2041/42", font: FONT, size: 30 })] }));
body.push(para(`Version 1.3, agreed by the ${PARENT} on Wednesday 26 June 2041`, { run: { italics: true } }));
text.push(BODY, "Terms of reference and membership 2041/42", `Version 1.3, agreed by the ${PARENT} on Wednesday 26 June 2041`);
body.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: "Contents", font: FONT, size: 26, bold: true })] }));
text.push("Contents");
const tocIndex = body.length;
body.push(null); // the TOC goes here once the headings are known
const tocTextIndex = text.length;
body.push(heading("1. Purpose and status", 1), layout(s1));
body.push(pageBreak(), heading("2. Terms of reference", 2), layout(s2));
body.push(pageBreak(), heading("3. Membership 2041/42", 3), layout(s3));
body.push(pageBreak(), heading("4. Meetings and ways of working", 4), layout(s4));
body.push(pageBreak(), heading("5. Officer support", 5), layout(s5));
body.push(heading("6. Document history", 5), layout(s6));
body[tocIndex] = new TableOfContents("Table of Contents", { hyperlink: true, headingStyleRange: "1-1", cachedEntries: toc, beginDirty: false });
text.splice(tocTextIndex, 0, ...toc.map((e) => `${e.title} ${e.page}`));
text.splice(text.indexOf("2. Terms of reference"), 0, RUNNING_HEADER); // the running header is seen from page 2 on; rendered once, where page 2 starts
text.push(FOOTER);

const doc = new Document({
  creator: OFFICERS.tuckwell.name,
  lastModifiedBy: OFFICERS.tuckwell.name,
  title: `${ABBR} terms of reference and membership 2041/42`,
  description: "Version 1.3",
  styles: {
    default: { document: { run: { font: FONT, size: 21 } } },
    paragraphStyles: [
      { id: "Heading1", name: "Heading 1", basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: FONT, size: 28, bold: true, color: "00706B" }, paragraph: { spacing: { before: 240, after: 120 }, outlineLevel: 0 } },
      { id: "TOC1", name: "toc 1", basedOn: "Normal", next: "Normal", run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 60 } } },
    ],
  },
  sections: [{
    properties: { titlePage: true, page: { margin: { top: 1440, bottom: 1200, left: 1300, right: 1300, header: 600, footer: 500 } } },
    headers: {
      first: new Header({ children: [
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: FIRST_HEADER[0], font: FONT, size: 24, bold: true, color: "00706B" })] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: FIRST_HEADER[1], font: FONT, size: 16, color: "595959" })] }),
      ] }),
      default: new Header({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: RUNNING_HEADER, font: FONT, size: 16, color: "595959" })] })] }),
    },
    footers: {
      first: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: FOOTER, font: FONT, size: 16 })] })] }),
      default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: FOOTER, font: FONT, size: 16 })] })] }),
    },
    children: body,
  }],
});
writeFileSync(join(ROOT, "docs", BASE + ".docx"), await Packer.toBuffer(doc));
writeFileSync(join(ROOT, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt`);
