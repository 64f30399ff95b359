// Builds docs/fly-tipping-task-group-terms-of-reference-2047-48.docx – the Task Group's terms of reference and
// membership 2047/48 (version 1.2) – and its plain-text rendering
// text/fly-tipping-task-group-terms-of-reference-2047-48.txt, from the same content.
//
// Layout: Word's multilevel list numbering on the headings (1, 1.1, 1.1.1: the numbers are not in the text
// runs, Word draws them from numbering.xml), a table of contents as Word saves it (a TOC field inside a
// "Table of Contents" content control, its cached entries hyperlinks to _Toc bookmarks with PAGEREF page
// numbers), and the membership drawn as an organisation chart: one anchored group of text-box shapes and
// connector lines (wpg/wps inside mc:AlternateContent, with the VML fallback Word also writes), chair at
// the top, the Vice-Chair and Deputy Chairs below, then one box per political group listing its members.
//
//   node src/build-tor-docx.mjs          (uses /work/main/node_modules/docx 9.x and jszip, or DOCX_PATH)
// Synthetic test fixture: the people and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "fly-tipping-task-group-terms-of-reference-2047-48";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const D = await import(pathToFileURL(process.env.DOCX_PATH ?? join(NM, "docx/dist/index.mjs")).href);
const JSZip = (await import(pathToFileURL(join(NM, "jszip/lib/index.js")).href)).default;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, LevelFormat, AlignmentType, Bookmark, Table, TableRow,
  TableCell, WidthType, ShadingType, Footer, PageNumber, PageBreak, BorderStyle,
} = D;

// ------------------------------------------------------------------ content
const TITLE = "Fly-tipping and Waste Crime Task Group";
const SUBTITLE = "Terms of reference and membership 2047/48";
const FOOTER = "Fly-tipping and Waste Crime Task Group – terms of reference and membership 2047/48 – version 1.2";

// blocks: {h: level 1-3, text, page} | {p} | {bullets: []} | {table: {header, rows, widths}} | {chart} |
// {caption} | {pb}
const B = [];
const h = (level, text, page) => B.push({ t: "h", level, text, page });
const p = (text) => B.push({ t: "p", text });
const bullets = (items) => B.push({ t: "bullets", items });
const table = (header, rows, widths) => B.push({ t: "table", header, rows, widths });
const pb = () => B.push({ t: "pb" });

h(1, "Introduction", 2);
h(2, "Background", 2);
p("Councils in England dealt with more than a million fly-tipping incidents in 2046/47, and the cost of clearing them falls on council tax payers and private landowners alike. On 12 June 2047 the Environment, Economy, Housing and Transport (EEHT) Board agreed to set up a member task group to lead the LGA's work on fly-tipping and waste crime for one year.");
h(2, "Status", 2);
p("The Task Group is a task and finish group of the EEHT Board. It has no delegated powers to set LGA policy: it makes recommendations to the EEHT Board, and it may agree spending within its own budget. It will finish its work by 31 March 2048 and make a final report to the EEHT Board on 26 April 2048.");
h(1, "Terms of reference", 2);
h(2, "Purpose", 2);
p("To lead the LGA's work to help councils prevent and tackle fly-tipping and waste crime, and to make the case to Government for the powers and funding that councils need.");
h(2, "Functions", 2);
h(3, "Evidence");
p("To oversee the collection and analysis of evidence on fly-tipping and on councils' enforcement resources.");
h(3, "Enforcement");
p("To develop and recommend model approaches to councils' use of their enforcement powers, including fixed penalty notices and the seizure of vehicles.");
h(3, "Prevention");
p("To oversee a national campaign to stop householders and businesses from passing their waste to unlicensed carriers.");
h(3, "Funding and lobbying");
p("To agree the LGA's lines to Government on funding and penalty levels, within the policy set by the EEHT Board.");
h(3, "Partnerships");
p("To build joint working with the Environment Agency, landowners and their representatives. (Function added by the Task Group on 17 September 2047.)");
h(2, "Budget", 3);
p("The Task Group has a budget of £190,000 for 2047/48, held by the Head of Environment and Waste Policy. The Task Group may agree virements between its budget lines of up to £15,000; a larger virement needs the agreement of the EEHT Board's lead members.");
h(2, "Reporting", 3);
p("The Chair reports on the Task Group's work to each meeting of the EEHT Board. The minutes of Task Group meetings are published on the LGA website within 15 working days of the meeting.");
h(1, "Membership", 3);
h(2, "Composition", 3);
p("The Task Group has twelve members, appointed by the LGA's political groups in proportion to their strength in the General Assembly: four Conservative, four Labour, two Liberal Democrat and two Independent members. Members must be serving councillors of LGA member authorities.");
h(2, "Chair, Vice-Chair and Deputy Chairs", 3);
p("The Chair is appointed by the largest political group and the Vice-Chair by the second largest; each of the other two groups appoints a Deputy Chair. The office holders are shown at the top of the chart at 3.3. Together with the lead officer they agree the agenda for each meeting.");
pb();
h(2, "Membership chart 2047/48", 4);
B.push({ t: "caption", text: "Figure 1: Members of the Task Group from 2 October 2047" });
B.push({ t: "chart" });
h(2, "Substitutes", 5);
p("Each group names substitutes, who may attend in place of any member of their own group who has sent apologies. Substitutes receive the papers for every meeting.");
table(
  ["Substitute", "Council", "Group"],
  [
    ["Cllr Neil Dewhurst", "Lancashire County Council", "Conservative"],
    ["Cllr Sarah Lockwood", "Hertsmere Borough Council", "Conservative"],
    ["Cllr Joanne Crowther", "Wakefield Council", "Labour"],
    ["Cllr Lee Pilkington", "Salford City Council", "Labour"],
    ["Cllr Patrick Sweeney", "Eastbourne Borough Council", "Liberal Democrat"],
    ["Cllr Lorna Fitton", "Epsom and Ewell Borough Council", "Independent"],
  ],
  [3300, 3900, 1826],
);
h(2, "Changes to membership", 5);
bullets([
  "Cllr Karen Blundell (Labour, Nottingham City Council) stood down from the Task Group on 2 October 2047, on her appointment to her council's cabinet.",
  "Cllr Imran Abbasi (Labour, City of Bradford Metropolitan District Council), previously a substitute, became a member from 2 October 2047.",
  "The Labour Group nominated Cllr Lee Pilkington (Salford City Council) as a substitute on 10 October 2047.",
]);
h(1, "Meetings", 5);
h(2, "Frequency and format", 5);
p("The Task Group meets five times in 2047/48 at 18 Smith Square, London. Members may join meetings online.");
h(2, "Quorum", 5);
p("A meeting is quorate when at least four members are present, from at least two political groups. Substitutes and members attending online count towards the quorum.");
h(2, "Meeting dates 2047/48", 5);
p("All meetings start at 11.00 am.");
bullets(["Tuesday 9 July 2047", "Tuesday 17 September 2047", "Tuesday 19 November 2047", "Tuesday 28 January 2048", "Tuesday 17 March 2048"]);
h(2, "Declarations of interest", 6);
p("At the start of each meeting members declare any interest they have in an item on the agenda, under the LGA's code of conduct for members. Declarations are recorded in the minutes.");
h(1, "Officer support", 6);
table(
  ["Officer", "Role for the Task Group", "Job title", "Telephone", "Email"],
  [
    ["Nadia Kapoor", "Lead officer; budget holder", "Head of Environment and Waste Policy", "020 7946 0953", "nadia.kapoor@local.gov.uk"],
    ["Tom Loxley", "Enforcement powers workstream", "Senior Adviser (Waste Crime)", "020 7946 0958", "tom.loxley@local.gov.uk"],
    ["Grace Nakamura", "Evidence workstream; programme tracker", "Adviser (Data and Evidence)", "020 7946 0962", "grace.nakamura@local.gov.uk"],
    ["Marcus Delacroix", "Lobbying and partnerships", "Public Affairs and Campaigns Adviser", "020 7946 0967", "marcus.delacroix@local.gov.uk"],
    ["Callum Horrocks", "Campaign", "Senior Communications Adviser", "020 7946 0971", "callum.horrocks@local.gov.uk"],
    ["Ellie Yeoman", "Clerk to the Task Group", "Member Services Officer", "020 7946 0976", "ellie.yeoman@local.gov.uk"],
    ["Bethany Walmsley", "Budget monitoring", "Finance Business Partner", "020 7946 0984", "bethany.walmsley@local.gov.uk"],
  ],
  [1500, 2000, 2100, 1500, 1926],
);
h(1, "Review", 6);
p("These terms of reference were agreed by the Task Group on 9 July 2047 and endorsed by the EEHT Board on 24 July 2047. They will be reviewed if the Task Group's work is extended beyond March 2048.");

// the organisation chart: boxes (x, y, w, h in EMU; lines of text, the first bold) and connector lines
const CH_W = 5760000,
  CH_H = 3960000;
const boxes = [
  { x: 2160000, y: 0, w: 1440000, h: 720000, fill: "1F4E79", color: "FFFFFF", lines: ["Chair", "Cllr Helen Rowbotham", "Kent County Council", "Conservative"] },
  { x: 4320000, y: 90000, w: 1440000, h: 540000, fill: "F2F2F2", color: "000000", dash: true, lines: ["Officer support", "Lead officer: Nadia Kapoor", "Clerk: Ellie Yeoman"] },
  { x: 180000, y: 1080000, w: 1620000, h: 720000, fill: "DDEBF7", color: "000000", lines: ["Vice-Chair", "Cllr Sean Mulholland", "Liverpool City Council", "Labour"] },
  { x: 2070000, y: 1080000, w: 1620000, h: 720000, fill: "DDEBF7", color: "000000", lines: ["Deputy Chair", "Cllr Fiona Gallacher", "Cheltenham Borough Council", "Liberal Democrat"] },
  { x: 3960000, y: 1080000, w: 1620000, h: 720000, fill: "DDEBF7", color: "000000", lines: ["Deputy Chair", "Cllr Jill Stirrup", "Ashfield District Council", "Independent"] },
  {
    x: 0, y: 2160000, w: 1332000, h: 1800000, fill: "FFFFFF", color: "000000",
    lines: ["Conservative members", "Cllr Martin Kershaw", "Wealden District Council", "Cllr Priya Sahota", "Solihull Metropolitan Borough Council", "Cllr Graham Pattinson", "North Yorkshire Council"],
  },
  {
    x: 1476000, y: 2160000, w: 1332000, h: 1800000, fill: "FFFFFF", color: "000000",
    lines: ["Labour members", "Cllr Amina Haque", "London Borough of Tower Hamlets", "Cllr Rachel Entwistle", "Bolton Council", "Cllr Imran Abbasi", "City of Bradford Metropolitan District Council"],
  },
  { x: 2952000, y: 2160000, w: 1332000, h: 1800000, fill: "FFFFFF", color: "000000", lines: ["Liberal Democrat member", "Cllr Owen Thackray", "South Cambridgeshire District Council"] },
  { x: 4428000, y: 2160000, w: 1332000, h: 1800000, fill: "FFFFFF", color: "000000", lines: ["Independent member", "Cllr Raymond Culshaw", "Castle Point Borough Council"] },
];
const conns = [
  [2880000, 720000, 2880000, 900000],
  [990000, 900000, 4770000, 900000],
  [990000, 900000, 990000, 1080000],
  [2880000, 900000, 2880000, 1080000],
  [4770000, 900000, 4770000, 1080000],
  [2880000, 1800000, 2880000, 1980000],
  [666000, 1980000, 5094000, 1980000],
  [666000, 1980000, 666000, 2160000],
  [2142000, 1980000, 2142000, 2160000],
  [3618000, 1980000, 3618000, 2160000],
  [5094000, 1980000, 5094000, 2160000],
  [3600000, 360000, 4320000, 360000, "dash"],
];

// ------------------------------------------------------------------ numbering of the headings
const nums = [0, 0, 0];
for (const b of B) {
  if (b.t !== "h") continue;
  nums[b.level - 1]++;
  for (let k = b.level; k < 3; k++) nums[k] = 0;
  b.num = nums.slice(0, b.level).join(".");
}
let tocId = 148213500;
for (const b of B) if (b.t === "h" && b.level <= 2) b.bm = `_Toc${tocId++}`;

// ------------------------------------------------------------------ docx
const FONT = "Arial";
const xmlEsc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const cellBorders = { top: { style: BorderStyle.SINGLE, size: 4, color: "808080" }, bottom: { style: BorderStyle.SINGLE, size: 4, color: "808080" }, left: { style: BorderStyle.SINGLE, size: 4, color: "808080" }, right: { style: BorderStyle.SINGLE, size: 4, color: "808080" } };
const mkTable = ({ header, rows, widths }) =>
  new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((c, i) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, borders: cellBorders, shading: { type: ShadingType.CLEAR, fill: "1F4E79", color: "auto" }, children: [new Paragraph({ children: [new TextRun({ text: c, bold: true, color: "FFFFFF", size: 19 })] })] })),
      }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => new TableCell({ width: { size: widths[i], type: WidthType.DXA }, borders: cellBorders, children: [new Paragraph({ children: [new TextRun({ text: c, size: 19 })] })] })) })),
    ],
  });

const children = [];
children.push(new Paragraph({ children: [new TextRun({ text: "Local Government Association", bold: true, color: "1F4E79", size: 20, allCaps: true })] }));
children.push(new Paragraph({ style: "Title", children: [new TextRun(TITLE)] }));
children.push(new Paragraph({ style: "Subtitle", children: [new TextRun(SUBTITLE)] }));
const control = [
  ["Version", "1.2"],
  ["Status", "Terms of reference approved by the Task Group on 9 July 2047; membership updated 14 October 2047"],
  ["Document owner", "Ellie Yeoman, Member Services Officer"],
  ["Parent body", "Environment, Economy, Housing and Transport Board"],
  ["Next review", "March 2048"],
];
children.push(
  new Table({
    width: { size: 9026, type: WidthType.DXA },
    columnWidths: [2200, 6826],
    rows: control.map(([k, v]) => new TableRow({ children: [new TableCell({ width: { size: 2200, type: WidthType.DXA }, borders: cellBorders, shading: { type: ShadingType.CLEAR, fill: "F2F2F2", color: "auto" }, children: [new Paragraph({ children: [new TextRun({ text: k, bold: true, size: 19 })] })] }), new TableCell({ width: { size: 6826, type: WidthType.DXA }, borders: cellBorders, children: [new Paragraph({ children: [new TextRun({ text: v, size: 19 })] })] })] })),
  }),
);
children.push(new Paragraph({ children: [] }));
children.push(new Paragraph({ children: [new TextRun("@@TOC@@")] }));
children.push(new Paragraph({ children: [new PageBreak()] }));
const HL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
for (const b of B) {
  if (b.t === "h") {
    const run = new TextRun(b.text);
    children.push(new Paragraph({ heading: HL[b.level], numbering: { reference: "headings", level: b.level - 1 }, children: [b.bm ? new Bookmark({ id: b.bm, children: [run] }) : run] }));
  } else if (b.t === "p") children.push(new Paragraph({ style: "BodyIndent", children: [new TextRun(b.text)] }));
  else if (b.t === "bullets") for (const it of b.items) children.push(new Paragraph({ style: "BodyIndent", numbering: { reference: "bullets", level: 0 }, children: [new TextRun(it)] }));
  else if (b.t === "table") children.push(mkTable(b), new Paragraph({ children: [] }));
  else if (b.t === "pb") children.push(new Paragraph({ children: [new PageBreak()] }));
  else if (b.t === "caption") children.push(new Paragraph({ style: "Caption", children: [new TextRun(b.text)] }));
  else if (b.t === "chart") children.push(new Paragraph({ children: [new TextRun("@@CHART@@")] }));
}

const doc = new Document({
  creator: "Ellie Yeoman",
  lastModifiedBy: "Ellie Yeoman",
  title: `${TITLE} – ${SUBTITLE}`,
  styles: {
    default: { document: { run: { font: FONT, size: 22 } } },
    paragraphStyles: [
      { id: "Title", name: "Title", basedOn: "Normal", next: "Normal", run: { size: 40, bold: true, color: "1F4E79" }, paragraph: { spacing: { after: 60 } } },
      { id: "Subtitle", name: "Subtitle", basedOn: "Normal", next: "Normal", run: { size: 28, color: "595959" }, paragraph: { spacing: { after: 240 } } },
      { id: "Heading1", name: "heading 1", basedOn: "Normal", next: "Normal", quickFormat: true, run: { size: 30, bold: true, color: "1F4E79" }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
      { id: "Heading2", name: "heading 2", basedOn: "Normal", next: "Normal", quickFormat: true, run: { size: 25, bold: true, color: "2E75B6" }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      { id: "Heading3", name: "heading 3", basedOn: "Normal", next: "Normal", quickFormat: true, run: { size: 22, bold: true, italics: true }, paragraph: { spacing: { before: 160, after: 40 }, keepNext: true } },
      { id: "BodyIndent", name: "Body Text Indent", basedOn: "Normal", paragraph: { indent: { left: 851 }, spacing: { after: 120 } } },
      { id: "Caption", name: "caption", basedOn: "Normal", next: "Normal", run: { size: 18, italics: true, color: "1F4E79" }, paragraph: { spacing: { after: 120 } } },
      { id: "TOCHeading", name: "TOC Heading", basedOn: "Heading1", next: "Normal", run: { size: 30, bold: true, color: "1F4E79" } },
      { id: "TOC1", name: "toc 1", basedOn: "Normal", next: "Normal", run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 }, tabStops: [{ type: "left", position: 440 }, { type: "right", position: 9016, leader: "dot" }] } },
      { id: "TOC2", name: "toc 2", basedOn: "Normal", next: "Normal", paragraph: { indent: { left: 220 }, spacing: { after: 40 }, tabStops: [{ type: "left", position: 1100 }, { type: "right", position: 9016, leader: "dot" }] } },
    ],
  },
  numbering: {
    config: [
      {
        reference: "headings",
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: "%1", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 851, hanging: 851 } } } },
          { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 851, hanging: 851 } } } },
          { level: 2, format: LevelFormat.DECIMAL, text: "%1.%2.%3", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 851, hanging: 851 } } } },
        ],
      },
      { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 1211, hanging: 360 } } } }] },
    ],
  },
  sections: [
    {
      properties: { page: { margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } } },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: FOOTER + " – page ", size: 16, color: "595959" }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: "595959" })] })] }),
      },
      children,
    },
  ],
});

// ---- raw XML: the table of contents as Word caches it
const run = (t, rpr = "") => `<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ""}<w:t xml:space="preserve">${xmlEsc(t)}</w:t></w:r>`;
const heads = B.filter((b) => b.t === "h" && b.level <= 2);
const tocXml = [
  `<w:sdt><w:sdtPr><w:id w:val="-1421936512"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr></w:sdtEndPr><w:sdtContent>`,
  `<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>${run("Contents")}</w:p>`,
  ...heads.map((b, i) => {
    const style = b.level === 1 ? "TOC1" : "TOC2";
    const start = i === 0 ? `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` : "";
    return `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:tabs><w:tab w:val="left" w:pos="${b.level === 1 ? 440 : 1100}"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:rPr><w:noProof/></w:rPr></w:pPr>${start}<w:hyperlink w:anchor="${b.bm}" w:history="1">${run(b.num, '<w:rStyle w:val="Hyperlink"/><w:noProof/>')}<w:r><w:rPr><w:noProof/></w:rPr><w:tab/></w:r>${run(b.text, '<w:rStyle w:val="Hyperlink"/><w:noProof/>')}<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF ${b.bm} \\h </w:instrText></w:r><w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr></w:r><w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>${run(String(b.page), "<w:noProof/><w:webHidden/>")}<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`;
  }),
  `<w:p><w:r><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
  `</w:sdtContent></w:sdt>`,
].join("");

// ---- raw XML: the organisation chart
const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const boxParas = (bx) =>
  bx.lines
    .map((l, i) => `<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}"/>${i === 0 ? "<w:b/>" : ""}<w:color w:val="${bx.color}"/><w:sz w:val="${i === 0 ? 17 : 16}"/></w:rPr><w:t xml:space="preserve">${xmlEsc(l)}</w:t></w:r></w:p>`)
    .join("");
let sid = 2;
const wpsShapes = [];
const vmlShapes = [];
// the shapes are stored in the order they were drawn: the officer-support box was added last
for (const bx of [...boxes.filter((b) => !b.dash), ...boxes.filter((b) => b.dash)]) {
  const id = sid++;
  const ln = `<a:ln w="${bx.dash ? 9525 : 12700}"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill>${bx.dash ? '<a:prstDash val="dash"/>' : ""}</a:ln>`;
  wpsShapes.push(
    `<wps:wsp><wps:cNvPr id="${id}" name="Text Box ${id}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="${bx.x}" y="${bx.y}"/><a:ext cx="${bx.w}" cy="${bx.h}"/></a:xfrm><a:prstGeom prst="${bx.dash ? "rect" : "roundRect"}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="${bx.fill}"/></a:solidFill>${ln}</wps:spPr><wps:txbx><w:txbxContent>${boxParas(bx)}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="54000" tIns="36000" rIns="54000" bIns="36000" anchor="${bx.lines.length > 4 ? "t" : "ctr"}" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>`,
  );
  const tag = bx.dash ? "v:rect" : "v:roundrect";
  vmlShapes.push(
    `<${tag} id="Text Box ${id}" o:spid="_x0000_s${1025 + id}" style="position:absolute;left:${bx.x / 100};top:${bx.y / 100};width:${bx.w / 100};height:${bx.h / 100};visibility:visible;mso-wrap-style:square;v-text-anchor:${bx.lines.length > 4 ? "top" : "middle"}"${bx.dash ? "" : ' arcsize="10923f"'} fillcolor="#${bx.fill.toLowerCase()}" strokecolor="#1f4e79" strokeweight="${bx.dash ? ".75pt" : "1pt"}"><v:stroke${bx.dash ? ' dashstyle="dash"' : ""}/><v:textbox inset="1.5mm,1mm,1.5mm,1mm"><w:txbxContent>${boxParas(bx)}</w:txbxContent></v:textbox></${tag}>`,
  );
}
for (const [x1, y1, x2, y2, dash] of conns) {
  const id = sid++;
  const x = Math.min(x1, x2),
    y = Math.min(y1, y2);
  wpsShapes.push(
    `<wps:wsp><wps:cNvPr id="${id}" name="Straight Connector ${id}"/><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${Math.abs(x2 - x1)}" cy="${Math.abs(y2 - y1)}"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill>${dash ? '<a:prstDash val="sysDash"/>' : ""}</a:ln></wps:spPr><wps:bodyPr/></wps:wsp>`,
  );
  vmlShapes.push(`<v:line id="Straight Connector ${id}" o:spid="_x0000_s${1025 + id}" style="position:absolute;visibility:visible" from="${x1 / 100},${y1 / 100}" to="${x2 / 100},${y2 / 100}" strokecolor="#1f4e79" strokeweight="1pt"${dash ? "><v:stroke dashstyle=\"dash\"/></v:line>" : "/>"}`);
}
const chartXml =
  `<w:p><w:pPr><w:spacing w:after="240"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>` +
  `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="${CH_W}" cy="${CH_H}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Group 1" descr="Organisation chart: membership of the Fly-tipping and Waste Crime Task Group 2047/48"/><wp:cNvGraphicFramePr/>` +
  `<a:graphic ${A}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${CH_W}" cy="${CH_H}"/><a:chOff x="0" y="0"/><a:chExt cx="${CH_W}" cy="${CH_H}"/></a:xfrm></wpg:grpSpPr>${wpsShapes.join("")}</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:group id="Group 1" o:spid="_x0000_s1026" style="position:absolute;margin-left:0;margin-top:0;width:${(CH_W / 12700).toFixed(1)}pt;height:${(CH_H / 12700).toFixed(1)}pt;z-index:251659264" coordsize="${CH_W / 100},${CH_H / 100}">${vmlShapes.join("")}<w10:wrap type="topAndBottom"/></v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

const buf = await Packer.toBuffer(doc);
const zip = await JSZip.loadAsync(buf);
let xml = await zip.file("word/document.xml").async("string");
const para = (marker) => new RegExp(`<w:p>(?:(?!<w:p>).)*?${marker}.*?</w:p>`);
if (!para("@@TOC@@").test(xml) || !para("@@CHART@@").test(xml)) throw new Error("placeholder not found");
xml = xml.replace(para("@@TOC@@"), tocXml).replace(para("@@CHART@@"), chartXml);
zip.file("word/document.xml", xml);
// a real saved document has the TOC and chart cached; ask Word not to refresh fields on open
let settings = await zip.file("word/settings.xml").async("string");
settings = settings.replace(/<w:updateFields[^>]*\/>/, "");
zip.file("word/settings.xml", settings);
const out = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
writeFileSync(join(root, "docs", BASE + ".docx"), out);

// ------------------------------------------------------------------ text rendering (reading order)
const txt = [];
txt.push("Local Government Association", TITLE, SUBTITLE);
for (const [k, v] of control) txt.push(`${k} | ${v}`);
txt.push("", "Contents");
for (const b of heads) txt.push(`${b.num} ${b.text} ${b.page}`);
txt.push("");
for (const b of B) {
  if (b.t === "h") txt.push(`${b.num} ${b.text}`);
  else if (b.t === "p") txt.push(b.text);
  else if (b.t === "bullets") txt.push(...b.items);
  else if (b.t === "table") txt.push(b.header.join(" | "), ...b.rows.map((r) => r.join(" | ")));
  else if (b.t === "caption") txt.push(b.text);
  // the chart in reading order: chair, vice-chair and deputies, the group boxes, then the officers'
  // side box (which is also the last shape stored)
  else if (b.t === "chart") for (const bx of [...boxes.filter((x) => !x.dash), ...boxes.filter((x) => x.dash)]) txt.push(...bx.lines);
}
txt.push("", `${FOOTER} – page`);
writeFileSync(join(root, "text", BASE + ".txt"), txt.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt`);
