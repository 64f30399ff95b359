// Builds docs/councillors-forum-agenda-2026-03-12.docx (the agenda pack of the LGA Councillors' Forum for
// Thursday 12 March 2026, with the paper for item 6; a Word file made with the `docx` package, 9.x) and its
// plain-text rendering text/councillors-forum-agenda-2026-03-12.txt from the same content.
//
//   node src/build-agenda-docx.mjs       (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait, Arial. A cover page (board, "Agenda", date, time, venue, publication date); then
// "Meeting information" paragraphs with bold run-in labels; "Forum officers 2025/26" as a table Role |
// Councillor | Political group whose "Deputy Chairs" cell is VERTICALLY MERGED over two rows; "Membership
// 2025/26" as a table Region | Councillor | Council | Group whose Region cell is VERTICALLY MERGED over the
// region's one to three members (w:vMerge), group as an abbreviation (key below the table), and a
// HORIZONTALLY MERGED "Substitutes" row (gridSpan 4) before the three substitutes; the agenda as a table
// Item | Time | Business where a Business cell holds the title and a second paragraph (paper, lead officer,
// purpose), and item 8's Business cell holds a NESTED TABLE Outside body | Forum representative | Report;
// dates of meetings 2026/27 as a bulleted list. A page break, then the paper for item 6, whose FRONT SHEET IS A
// TWO-COLUMN TABLE OF LABELS (shaded label cells: Purpose of report, Summary, Recommendations, Action, Contact
// officer, Is this report confidential?), the Contact officer cell holding a nested table Name / Position /
// Phone / Email; then side headings and numbered paragraphs 1–9. Page footer with a page number.
// Synthetic test fixture: the people and business are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "councillors-forum-agenda-2026-03-12";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle, ShadingType, Footer, PageNumber, VerticalAlign, PageBreak } = Dx;

// ---------------------------------------------------------------- content
// Blocks: {t:"cover", lines}, {t:"h1"|"h2"|"p"|"bullet", text}, {t:"lab", label, text} (bold run-in label),
// {t:"np", num, text} (numbered paragraph), {t:"table", widths, header?, rows, key?}, {t:"break"}.
// A table cell is a string, an array of paragraphs, or {paras, rowSpan, colSpan, nested:{widths, header, rows},
// shade}; null marks a position covered by a vertically merged cell above it.
const cover = ["Local Government Association", "Councillors' Forum", "Agenda", "Thursday 12 March 2026", "11.00 am – 1.30 pm", "Smith Square rooms 1 and 2, 18 Smith Square, London SW1P 3HZ, and online (Microsoft Teams)", "Published on Wednesday 4 March 2026"];
const REGIONS = [
  ["North East", [["Cllr Clementine Tolputt", "Durham County Council", "Lab"], ["Cllr Delphine Aucott", "Gateshead Council", "Lab"]]],
  ["North West", [["Cllr Ruairi Mallender", "Salford City Council", "Lab"], ["Cllr Gwendolen Starkie", "Cheshire East Council", "Con"], ["Cllr Jago Pennycuick", "Westmorland and Furness Council", "LD"]]],
  ["Yorkshire and the Humber", [["Cllr Barnaby Quarendon", "North Yorkshire Council", "Con"], ["Cllr Ifeoma Sandiford", "Leeds City Council", "Lab"]]],
  ["East Midlands", [["Cllr Evander Cordiner", "Ashfield District Council", "Ind"], ["Cllr Ursula Blanchflower", "Derbyshire Dales District Council", "Con"]]],
  ["West Midlands", [["Cllr Anwen Lloyd-Harcourt", "Worcestershire County Council", "Con"], ["Cllr Kamal Varsani-Webb", "Sandwell Metropolitan Borough Council", "Lab"]]],
  ["East of England", [["Cllr Elspeth Mortlock", "South Cambridgeshire District Council", "LD"], ["Cllr Jerome Villiers-Stott", "Essex County Council", "Con"]]],
  ["London", [["Cllr Anoushka Ramasundaram", "London Borough of Sutton", "LD"], ["Cllr Niamh Kilbride-Orme", "London Borough of Lewisham", "Lab"]]],
  ["South East", [["Cllr Cassius Brightmore", "Brighton & Hove City Council", "Grn"], ["Cllr Seraphina Harroway", "Surrey County Council", "Con"]]],
  ["South West", [["Cllr Wendell Fenwicke-Latch", "Wiltshire Council", "Con"], ["Cllr Isadora Trewhella", "Cornwall Council", "LD"]]],
];
const SUBS = [
  ["East Midlands", "Cllr Rufus Ormesher", "Rutland County Council", "Con"],
  ["North East", "Cllr Mireille Gamlin", "Stockton-on-Tees Borough Council", "Lab"],
  ["South East", "Cllr Cosmo Dunsford", "Eastleigh Borough Council", "LD"],
];
const memberRows = [];
for (const [region, ms] of REGIONS) ms.forEach((m, k) => memberRows.push([k === 0 ? { paras: [region], rowSpan: ms.length, bold: true, shade: "EFE7F2" } : null, ...m]));
memberRows.push([{ paras: ["Substitutes"], colSpan: 4, bold: true, shade: "DCCFE1" }]);
for (const s of SUBS) memberRows.push([...s]);

const OB_NESTED = {
  widths: [2300, 1700, 1100],
  header: ["Outside body", "Forum representative", "Report"],
  rows: [
    ["Councillor Wellbeing Partnership steering group", "Cllr Ifeoma Sandiford", "Written report"],
    ["Rural Councillors' Network executive", "Cllr Ursula Blanchflower", "Oral update"],
    ["Digital Councillor Standards Board", "Cllr Kamal Varsani-Webb", "Written report"],
  ],
};
const AGENDA = [
  ["1", "11.00", ["Welcome, apologies and substitutes"]],
  ["2", "11.05", ["Declarations of interest"]],
  ["3", "11.10", ["Minutes of the meeting on 4 December 2025 and actions arising", "Paper 3 – Dashiell Frayne, Member Services Manager. For approval."]],
  ["4", "11.20", ["Forum work programme 2025/26: progress at quarter 3", "Paper 4 – Sidonie Aspinwall, Head of Councillor Support. For decision."]],
  ["5", "11.50", ["Forum budget 2025/26: monitoring at 31 January 2026", "Paper 5 – Ezra Wintringham, Finance Business Partner. For decision."]],
  ["6", "12.10", ["Parental leave for councillors: model policy", "Paper 6 (attached) – Zainab Aalders, Policy Adviser (Councillor Wellbeing). For decision."]],
  ["7", "12.35", ["Outside bodies: appointments for 2026/27", "Paper 7 and Appendix A, the proposed register of appointments – Dashiell Frayne, Member Services Manager. For decision."]],
  ["8", "12.55", { paras: ["Reports from outside bodies", "For information. Members who represent the Forum on outside bodies report as follows:"], nested: OB_NESTED }],
  ["9", "13.15", ["Chair's update (oral)"]],
  ["10", "13.25", ["Any other business and dates of meetings in 2026/27"]],
];
const PAPER6 = [
  ["Purpose of report", ["For decision."]],
  ["Summary", ["Councillors are not employees and have no statutory right to parental leave. This paper proposes a model parental leave policy for councillors that councils can adopt, developed with members of the Forum over the autumn. At 31 December 2025, 170 councils had a policy of their own."]],
  ["Recommendations", ["That the Forum:", "(a) approves the model policy summarised in paragraphs 4 to 7 for publication in April 2026; and", "(b) asks officers to write to every council that does not yet have a parental leave policy for councillors, inviting it to adopt the model."]],
  ["Action", ["Officers to publish the model policy and write to councils, as directed by the Forum."]],
  ["Contact officer", { paras: [], nested: { widths: [1300, 4000], rows: [["Name", "Zainab Aalders"], ["Position", "Policy Adviser (Councillor Wellbeing)"], ["Phone", "020 7946 0128"], ["Email", "zainab.aalders@local.gov.uk"]] } }],
  ["Is this report confidential?", ["No"]],
];

const B = [
  { t: "cover", lines: cover },
  { t: "break" },
  { t: "h1", text: "Meeting information" },
  { t: "lab", label: "Attending:", text: "Members attending in person should sign in at reception. Members joining online will be sent a Microsoft Teams link by Member Services the day before the meeting." },
  { t: "lab", label: "Substitutes:", text: "A member who cannot attend may send one of the Forum's substitutes from the same political group. Please tell Member Services by 5.00 pm on Tuesday 10 March 2026." },
  { t: "lab", label: "Quorum:", text: "One third of the members of the Forum, from at least two political groups." },
  { t: "lab", label: "Contact:", text: "Dashiell Frayne, Member Services Manager – 020 7946 0149 – dashiell.frayne@local.gov.uk" },
  { t: "h1", text: "Forum officers 2025/26" },
  {
    t: "table",
    widths: [2200, 3600, 3000],
    header: ["Role", "Councillor", "Political group"],
    rows: [
      ["Chair", "Cllr Clementine Tolputt", "Labour"],
      ["Vice-Chair", "Cllr Wendell Fenwicke-Latch", "Conservative"],
      [{ paras: ["Deputy Chairs"], rowSpan: 2 }, "Cllr Anoushka Ramasundaram", "Liberal Democrat"],
      [null, "Cllr Evander Cordiner", "Independent"],
    ],
  },
  { t: "h1", text: "Membership 2025/26" },
  { t: "p", text: "The Forum has up to three members from each English region, nominated by the political groups in proportion to their strength in that region, and three substitutes." },
  { t: "table", widths: [2000, 2700, 3300, 800], header: ["Region", "Councillor", "Council", "Group"], rows: memberRows },
  { t: "p", text: "Groups: Con – Conservative; Lab – Labour; LD – Liberal Democrat; Ind – Independent; Grn – Green.", small: true },
  { t: "h1", text: "Agenda" },
  { t: "table", widths: [700, 900, 7200], header: ["Item", "Time", "Business"], rows: AGENDA.map(([a, b, c]) => [a, b, Array.isArray(c) ? { paras: c, boldFirst: true } : { ...c, boldFirst: true }]) },
  { t: "p", text: "Papers for items 3, 4, 5 and 7 are published separately on the Forum's pages of the LGA website. The paper for item 6 is attached. The meeting will close at 1.30 pm." },
  { t: "h2", text: "Dates of meetings in 2026/27" },
  { t: "bullet", text: "Thursday 18 June 2026" },
  { t: "bullet", text: "Thursday 8 October 2026" },
  { t: "bullet", text: "Thursday 10 December 2026" },
  { t: "bullet", text: "Thursday 11 March 2027" },
  { t: "p", text: "All meetings start at 11.00 am at 18 Smith Square, with the option to join online." },
  { t: "break" },
  { t: "p", text: "Councillors' Forum – 12 March 2026 – Item 6", small: true },
  { t: "h1", text: "Parental leave for councillors: model policy" },
  { t: "table", widths: [2400, 6400], rows: PAPER6.map(([l, v]) => [{ paras: [l], bold: true, shade: "EFE7F2" }, Array.isArray(v) ? v : v]) },
  { t: "h2", text: "Background" },
  { t: "np", num: "1.", text: "Councillors are office-holders, not employees, so they have no statutory right to maternity, paternity, adoption or shared parental leave. In 2024/25, 142 councils had a parental leave policy for councillors; by 31 December 2025 the figure had risen to 170, against the Forum's target of 200 for 2025/26 (measure CFW-01 in item 4)." },
  { t: "np", num: "2.", text: "Without a policy, a councillor who takes time off after a birth or adoption can be disqualified under the six-month attendance rule in section 85 of the Local Government Act 1972, and may lose a special responsibility allowance." },
  { t: "np", num: "3.", text: "The Forum's working group on parental leave, chaired by Cllr Ifeoma Sandiford, met four times between September and December 2025 and heard from 31 councillors who had had or adopted a child while in office." },
  { t: "h2", text: "The model policy" },
  { t: "np", num: "4.", text: "A councillor who is the main carer would be entitled to up to 26 weeks of leave after the birth or adoption of a child, and a partner to up to two weeks." },
  { t: "np", num: "5.", text: "The basic allowance would continue in full during leave. A special responsibility allowance would continue for the first 26 weeks; the council would decide whether a councillor who covers the role receives an allowance for it." },
  { t: "np", num: "6.", text: "Before the leave starts, the council should agree that the councillor's absence will not count under the six-month rule, and name another ward councillor to cover casework." },
  { t: "np", num: "7.", text: "Councillors on leave would keep access to council systems, including WardDesk where the council uses it, and could choose to attend any meeting." },
  { t: "h2", text: "Financial implications" },
  { t: "np", num: "8.", text: "There is no cost to the LGA beyond officer time. Publishing the model policy will cost about £1,500, which will be met from the publications line of the Forum's budget (item 5)." },
  { t: "h2", text: "Next steps" },
  { t: "np", num: "9.", text: "If the Forum approves the policy, it will be published in April 2026. Letters to the councils that do not have a policy will be sent in May 2026, after the local elections." },
];
const FOOTER_TEXT = "Councillors' Forum – 12 March 2026 – page ";

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const all = JSON.stringify(B);
for (const m of all.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const nMembers = REGIONS.reduce((a, r) => a + r[1].length, 0);
if (nMembers !== 19 || SUBS.length !== 3) throw new Error("membership count");
for (const [, ms] of REGIONS) if (ms.length > 3) throw new Error("more than three members in a region");

// ---------------------------------------------------------------- Word
const font = "Arial";
const ACC = "5B2A6E";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 21, bold: o.bold, italics: o.italics, color: o.color });
const line = { style: BorderStyle.SINGLE, size: 4, color: "A796AD" };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const norm = (c) => (c === null ? null : typeof c === "string" ? { paras: [c] } : Array.isArray(c) ? { paras: c } : c);
function table(spec, size = 19) {
  const rows = [];
  if (spec.header)
    rows.push(
      new TableRow({
        tableHeader: true,
        children: spec.header.map((h, i) => new TableCell({ width: { size: spec.widths[i], type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: "auto", fill: ACC }, margins: { top: 40, bottom: 40, left: 80, right: 80 }, children: [new Paragraph({ children: [run(h, { bold: true, color: "FFFFFF", size })] })] })),
      }),
    );
  for (const r of spec.rows) {
    const cells = [];
    r.forEach((c0, i) => {
      const c = norm(c0);
      if (!c) return; // covered by a vertical merge
      const width = c.colSpan ? spec.widths.reduce((a, w) => a + w, 0) : spec.widths[i];
      const kids = c.paras.map((p, k) => new Paragraph({ spacing: { after: k < c.paras.length - 1 ? 60 : 0 }, children: [run(p, { bold: c.bold || (c.boldFirst && k === 0), size })] }));
      if (c.nested) {
        kids.push(table(c.nested, size - 1));
        kids.push(new Paragraph({ children: [] }));
      }
      cells.push(
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          rowSpan: c.rowSpan,
          columnSpan: c.colSpan,
          verticalAlign: c.rowSpan ? VerticalAlign.CENTER : undefined,
          shading: c.shade ? { type: ShadingType.CLEAR, color: "auto", fill: c.shade } : undefined,
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
          children: kids,
        }),
      );
    });
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return new Table({ width: { size: spec.widths.reduce((a, w) => a + w, 0), type: WidthType.DXA }, columnWidths: spec.widths, borders, rows });
}
const children = [];
for (const b of B) {
  if (b.t === "cover") {
    b.lines.forEach((l, k) => {
      const size = k === 1 ? 56 : k === 2 ? 40 : k === 0 ? 24 : 26;
      children.push(new Paragraph({ spacing: { before: k === 0 ? 1800 : k === 3 ? 600 : 80, after: 120 }, children: [run(l, { bold: k <= 3, size, color: k <= 2 ? ACC : undefined })] }));
    });
  } else if (b.t === "break") children.push(new Paragraph({ children: [new PageBreak()] }));
  else if (b.t === "h1") children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [run(b.text, { bold: true, size: 30, color: ACC })] }));
  else if (b.t === "h2") children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 100 }, children: [run(b.text, { bold: true, size: 25, color: ACC })] }));
  else if (b.t === "p") children.push(new Paragraph({ spacing: { before: 80, after: 120 }, children: [run(b.text, { size: b.small ? 18 : 21, italics: b.small })] }));
  else if (b.t === "bullet") children.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 40 }, children: [run(b.text)] }));
  else if (b.t === "lab") children.push(new Paragraph({ spacing: { after: 100 }, children: [run(b.label + " ", { bold: true }), run(b.text)] }));
  else if (b.t === "np") children.push(new Paragraph({ spacing: { after: 120 }, indent: { left: 567, hanging: 567 }, children: [run(b.num + "\t" + b.text)] }));
  else if (b.t === "table") {
    children.push(table(b));
    children.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
  }
}
const doc = new Document({
  creator: "LGA Member Services",
  title: "Councillors' Forum – agenda – 12 March 2026",
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 21 } } } },
  numbering: undefined,
  sections: [
    {
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1100, bottom: 1100, left: 1134, right: 1134 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(FOOTER_TEXT, { size: 16, color: "666666" }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16, color: "666666" })] })] }) },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
// One line per paragraph; numbered paragraphs "1. text"; run-in labels "Label: text"; bullets without a marker.
// A table row is one line, its cells joined with " | " (a cell's paragraphs joined with a space); a cell
// covered by a vertical merge is an empty cell (so the row line starts "| "), the merged text is given once, in
// its first row; a row of one horizontally merged cell is that cell's text. A nested table (always in the last
// cell of its row) follows the row's line, one line per nested row.
const R = [];
const tableLines = (spec) => {
  if (spec.header) R.push(spec.header.join(" | "));
  for (const r of spec.rows) {
    const cells = r.map(norm);
    R.push(cells.map((c) => (c ? c.paras.join(" ") : "")).join(" | ").trim());
    const last = cells[cells.length - 1];
    if (cells.some((c, i) => c?.nested && i !== cells.length - 1)) throw new Error("nested table not in the last cell");
    if (last?.nested) tableLines(last.nested);
  }
};
for (const b of B) {
  if (b.t === "cover") R.push(...b.lines);
  else if (b.t === "break") continue;
  else if (b.t === "lab") R.push(`${b.label} ${b.text}`);
  else if (b.t === "np") R.push(`${b.num} ${b.text}`);
  else if (b.t === "table") tableLines(b);
  else R.push(b.text);
}
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines)`);
