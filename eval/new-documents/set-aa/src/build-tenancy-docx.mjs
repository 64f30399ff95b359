// Builds docs/allotments-community-growing-panel-model-tenancy-agreement-draft-2-2030-01-23.docx (the LGA
// Allotments and Community Growing Panel, Wednesday 23 January 2030, item 5: "Model allotment tenancy agreement and
// guidance on rents and concessions", DRAFT 2 of Friday 11 January 2030, circulated with its tracked changes still in
// it) and its plain-text rendering text/<same base>.txt from the same content.
//
//   node src/build-tenancy-docx.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: Word, A4 portrait, Arial. The package (styles, header, footer, settings) is made with docx 9.x; the body is
// written as OOXML by this script and put in place of a marker paragraph, because docx 9.x writes neither content
// controls nor tracked table rows:
//  - THE FRONT SHEET IS A TWO-COLUMN TABLE WHOSE VALUE CELLS ARE CONTENT CONTROLS (w:sdt), as the LGA's report
//    template has them: plain-text controls (Meeting, Agenda item, Lead member, Contact officer, Position, Phone no,
//    Email), a DATE PICKER (w:date, shown as "Wednesday 23 January 2030"), two DROP-DOWN LISTS (Purpose of report:
//    For decision / For discussion / For information, set to "For discussion"; Is this report confidential?: Yes /
//    No, set to "No"), two rich-text controls holding paragraphs (Summary, Recommendations), and one control LEFT
//    SHOWING ITS PLACEHOLDER ("Click or tap here to enter text.", w:showingPlcHdr) for Appendices;
//  - TRACKED CHANGES NOT YET ACCEPTED (settings: w:trackRevisions), from four named reviewers with dates:
//    insertions (w:ins) and deletions (w:del / w:delText) inside sentences, A WHOLE INSERTED PARAGRAPH and A WHOLE
//    DELETED PARAGRAPH (paragraph marks tracked too), and in Table 1 AN INSERTED ROW and A DELETED ROW (w:trPr);
//    one change sits inside a content control (recommendation (b));
//  - Heading 1 side headings, paragraphs numbered by typed numbers with a tab and a hanging indent, clause summaries
//    as indented paragraphs, Table 1 (Plot type | Size | Recommended rent 2030/31);
//  - page header "… – 23 January 2030 – Item 5" and footer "DRAFT 2 – FOR COMMENT – Page n of m".
// No sentence lists the changes or says which reviewer made which: only the markup does.
// Rendering: the title lines; the front sheet as "Label | value" lines (a rich-text control's paragraphs one a line,
// the first after the label); each paragraph as it reads with the changes accepted (Word's "No Markup" view, which
// is what mammoth gives: insertions in, deletions out), FOLLOWED BY ONE LINE PER TRACKED CHANGE IN IT, as Word's
// markup balloons and Reviewing Pane show them: "<author> Deleted: <text>" / "<author> Inserted: <text>" (a tracked
// row as its cells joined with " | "); Table 1 as " | " rows; header and footer dropped.
// Synthetic test fixture: the Panel, the agreement, people and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "allotments-community-growing-panel-model-tenancy-agreement-draft-2-2030-01-23";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, AlignmentType, Header, Footer, PageNumber } = Dx;
const JSZip = require("jszip");

// ---------------------------------------------------------------- reviewers
const REV = {
  T: { author: "Ffion Truscott", date: "2030-01-11T09:10:00Z" },
  D: { author: "Cllr Anselm Duckitt", date: "2030-01-08T19:42:00Z" },
  B: { author: "Cllr Morwenna Blamires", date: "2030-01-09T08:25:00Z" },
  Y: { author: "Beatrix Yelland", date: "2030-01-10T11:31:00Z" },
};
// a paragraph is an array of parts: "text" | {i: "T", t: "inserted"} | {d: "D", t: "deleted"}
const ins = (k, t) => ({ i: k, t });
const del = (k, t) => ({ d: k, t });

// ---------------------------------------------------------------- content
const TOP = ["Allotments and Community Growing Panel", "Wednesday 23 January 2030", "Item 5"];
const TITLE = "Model allotment tenancy agreement and guidance on rents and concessions";
const SUBTITLE = "Draft 2, Friday 11 January 2030 – tracked changes shown";
// front sheet: [label, kind, value, extra]; kinds: text | date | drop | rich | placeholder
const FRONT = [
  ["Meeting", "text", "Allotments and Community Growing Panel"],
  ["Date", "date", "Wednesday 23 January 2030", "2030-01-23"],
  ["Agenda item", "text", "5"],
  ["Purpose of report", "drop", "For discussion", ["For decision", "For discussion", "For information"]],
  ["Is this report confidential?", "drop", "No", ["Yes", "No"]],
  ["Summary", "rich", [
    ["This report presents draft 2 of a new model allotment tenancy agreement for councils, with guidance on setting allotment rents and concessions. It shows as tracked changes the changes that members and officers have proposed since draft 1. The Panel is asked to comment on the draft before it goes out for consultation."],
  ]],
  ["Recommendations", "rich", [
    ["That the Panel:"],
    ["(a) comments on draft 2 of the model tenancy agreement and guidance, including the tracked changes;"],
    ["(b) agrees that officers consult councils and allotment associations on the draft from 28 January to ", del("T", "28 February"), ins("T", "8 March"), " 2030; and"],
    ["(c) notes that a final version will be brought to the Panel on 24 April 2030."],
  ]],
  ["Lead member", "text", "Cllr Rosemary Nuttall (lead member for tenancies and rents)"],
  ["Contact officer", "text", "Ffion Truscott"],
  ["Position", "text", "Senior Adviser (Allotments and Growing)"],
  ["Phone no", "text", "020 7946 0431"],
  ["Email", "text", "ffion.truscott@local.gov.uk"],
  ["Appendices", "placeholder", "Click or tap here to enter text."],
];
// body: ["h", text] | ["n", number, parts] | ["c", parts] (indented clause line) | ["table"] ; a paragraph-level change: {pi: "Y"} / {pd: "D"}
const BODY = [
  ["h", "Background"],
  ["n", "1.", ["The LGA’s Allotment Provision Survey 2029 found that the ", del("T", "183"), ins("T", "191"), " councils that responded manage 218,640 allotment plots and that 157,320 people are waiting for one. The median wait for a plot has risen to ", del("T", "29"), ins("T", "31"), " months."]],
  ["n", "2.", ["The LGA last published a model tenancy agreement in 2015. Councils have told us that it is out of date on data protection, on reasonable adjustments for disabled tenants and on charging for water. On 17 October 2029 the Panel asked officers to prepare a new model agreement, with guidance on setting rents and concessions, for consultation with councils and allotment associations."]],
  ["n", "3.", ["This is draft 2. It shows as tracked changes the changes proposed since draft 1 by the Vice-Chair, the Deputy Chair and the LGA’s Senior Solicitor, and the officer’s own updates. None of the changes has been accepted yet: members are asked to say which they support."]],
  ["h", "What the model agreement covers"],
  ["n", "4.", ["The main clauses of the draft agreement are:"]],
  ["c", ["Clause 3 (Rent): the rent is due each year on 1 October and may be paid in two instalments."]],
  ["c", ["Clause 6 (Cultivation): at least 75 per cent of the plot must be cultivated", ins("B", ", or 50 per cent in a tenant’s first year"), "."]],
  ["c", ["Clause 9 (Structures): one shed of up to 2.4 by 1.8 metres and one greenhouse or polytunnel of up to 3 by 2 metres, with the council’s written consent."]],
  ["c", ["Clause 11 (Bonfires): bonfires are not allowed between 1 April and 30 September."]],
  ["c", [del("D", "Clause 12 (Animals): tenants may keep up to six hens and may keep rabbits, but not cockerels.")], { pd: "D" }],
  ["c", ["Clause 14 (Ending the tenancy): see paragraphs 15 and 16 below."]],
  ["c", [ins("Y", "Clause 17 (Data protection): how the council uses the personal data of tenants and applicants, and how long it keeps it.")], { pi: "Y" }],
  ["h", "Cultivation and inspections"],
  ["n", "5.", ["Councils should inspect each site at least three times a year, between March and October. A tenant whose plot is not cultivated should first be given a written notice allowing ", del("Y", "14 days"), ins("Y", "28 days"), " to improve it, and then a second notice allowing a further 28 days before the council ends the tenancy."]],
  ["n", "6.", [ins("B", "Before giving a notice, councils should take account of a tenant’s illness, disability or caring responsibilities, and should offer a smaller plot or a raised bed instead of ending the tenancy.")], { pi: "B" }],
  ["h", "Rents and concessions"],
  ["n", "7.", ["Rents should recover a fair share of the cost of providing the service, including water, site maintenance and administration. The median annual rent for a full plot of 250 square metres is ", del("T", "£112"), ins("T", "£118"), ", and rents range from £32 to £395 a year."]],
  ["n", "8.", ["Councils should increase rents by no more than ", del("D", "5"), ins("D", "10"), " per cent in any one year, and should give tenants at least ", del("Y", "six months’"), ins("Y", "12 months’"), " notice of an increase."]],
  ["n", "9.", ["Councils should offer a concession of ", del("D", "at least"), ins("D", "up to"), " 50 per cent of the rent to tenants who receive a means-tested benefit", del("D", ", and to tenants aged 66 or over"), "."]],
  ["n", "10.", ["Water should be included in the rent rather than charged separately", ins("T", ", as it is at 72 per cent of councils"), "."]],
  ["n", "11.", ["Table 1 gives the plot sizes and the rent bands we recommend for 2030/31."]],
  ["table"],
  ["h", "Waiting lists"],
  ["n", "12.", ["Councils should keep one waiting list for their area, or one for each site, and publish it every quarter using the Allotment Waiting List Data Standard", ins("T", " (version 1.1 from April 2030)"), "."]],
  ["n", "13.", ["Applicants should live", ins("B", " or work"), " in the council’s area.", del("Y", " A council may refuse an applicant who has been evicted from another council’s allotment in the last five years.")]],
  ["n", "14.", ["Councils should review their waiting lists each year and remove applicants who do not reply within ", del("B", "28 days"), ins("B", "six weeks"), " to a letter asking whether they still want a plot."]],
  ["h", "Ending a tenancy"],
  ["n", "15.", ["A council may end a tenancy ", del("Y", "at any time by giving one month’s notice"), ins("Y", "by giving 12 months’ notice expiring on or before 6 April or on or after 29 September, as the Allotments Acts require"), "."]],
  ["n", "16.", ["A council may also end a tenancy by one month’s notice if the rent is unpaid 40 days after it is due, or if the tenant has broken the agreement and not put it right after a second notice under paragraph 5."]],
  ["h", "Next steps"],
  ["n", "17.", ["Subject to the Panel’s comments, officers will consult councils and allotment associations on the draft from 28 January to ", del("T", "28 February"), ins("T", "8 March"), " 2030 through an online survey. The final version will be brought to the Panel on 24 April 2030 and, if the Panel agrees, published by 31 May 2030."]],
  ["n", "18.", ["Financial implications: the consultation and publication will cost about £4,500, which will be met from the Panel’s budget for 2029/30."]],
];
const T1_TITLE = "Table 1: Recommended plot sizes and rents for 2030/31";
const T1_HEAD = ["Plot type", "Size", "Recommended rent 2030/31"];
// rows: [cells, change?]
const T1 = [
  [["Full plot", "250 square metres", "£100 to £140 a year"]],
  [["Half plot", "125 square metres", "£55 to £75 a year"]],
  [["Starter plot", "60 square metres", "£30 to £40 a year"]],
  [["Raised bed (accessible)", "10 square metres", "£15 to £25 a year"], { ri: "B" }],
  [["Double plot", "500 square metres", "£200 to £280 a year"], { rd: "D" }],
];

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([TOP, SUBTITLE, FRONT, BODY]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
// the consultation dates are weekdays (Monday 28 January, Friday 8 March 2030)
for (const d of ["2030-01-28", "2030-03-08", "2030-04-24", "2030-05-31"]) if ([0, 6].includes(new Date(d).getUTCDay())) throw new Error("weekend " + d);
const nums = BODY.filter((b) => b[0] === "n").map((b) => b[1]);
if (nums.join(" ") !== Array.from({ length: 18 }, (_, i) => `${i + 1}.`).join(" ")) throw new Error("paragraph numbers " + nums.join(" "));
const changes = JSON.stringify([FRONT, BODY]).match(/"[id]":"[TDBY]"/g).length + T1.filter((r) => r[1]).length;
console.log(`tracked changes: ${changes}`);

// ---------------------------------------------------------------- OOXML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const ACC = "3E6B2F";
let revId = 100;
const rPr = (o = {}) => `<w:rPr>${o.bold ? "<w:b/>" : ""}${o.italics ? "<w:i/>" : ""}${o.color ? `<w:color w:val="${o.color}"/>` : ""}<w:sz w:val="${o.size ?? 21}"/><w:szCs w:val="${o.size ?? 21}"/></w:rPr>`;
const r = (t, o) => `<w:r>${rPr(o)}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const rev = (k) => `w:id="${revId++}" w:author="${esc(REV[k].author)}" w:date="${REV[k].date}"`;
const partXml = (x, o) => {
  if (typeof x === "string") return r(x, o);
  if (x.i) return `<w:ins ${rev(x.i)}>${r(x.t, o)}</w:ins>`;
  return `<w:del ${rev(x.d)}><w:r>${rPr(o)}<w:delText xml:space="preserve">${esc(x.t)}</w:delText></w:r></w:del>`;
};
const pPr = (o = {}) =>
  `<w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.keepNext ? "<w:keepNext/>" : ""}${o.tabs ? `<w:tabs><w:tab w:val="left" w:pos="${o.tabs}"/></w:tabs>` : ""}<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 120}"/>${o.ind ? `<w:ind w:left="${o.ind[0]}" w:hanging="${o.ind[1]}"/>` : ""}${o.markIns ? `<w:rPr><w:ins ${rev(o.markIns)}/></w:rPr>` : o.markDel ? `<w:rPr><w:del ${rev(o.markDel)}/></w:rPr>` : ""}</w:pPr>`;
const para = (parts, o = {}, prefix = "") => `<w:p>${pPr(o)}${prefix}${parts.map((x) => partXml(x, o)).join("")}</w:p>`;
// rendering helpers: the accepted text, and the change lines
const accepted = (parts) => parts.map((x) => (typeof x === "string" ? x : x.i ? x.t : "")).join("");
const changeLines = (parts) => parts.filter((x) => typeof x !== "string").map((x) => `${REV[x.i ?? x.d].author} ${x.i ? "Inserted" : "Deleted"}: ${x.t.trim()}`);

const xml = [];
const R = [];
// top lines, title, subtitle
TOP.forEach((t, i) => xml.push(para([t], { bold: i === 0, color: i === 0 ? ACC : "333333", after: 20 })));
R.push(...TOP);
xml.push(para([TITLE], { style: "Title", bold: true, size: 34, color: ACC, before: 200, after: 80 }));
R.push(TITLE);
xml.push(para([SUBTITLE], { italics: true, after: 200 }));
R.push(SUBTITLE);

// front sheet: a table of labels and content controls
let sdtId = 40100;
const W1 = 2700, W2 = 6326;
const cellPr = (w, fill) => `<w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ""}</w:tcPr>`;
const sdtPrOf = (label, kind, extra) => {
  const tag = label.replace(/[^A-Za-z]/g, "");
  let body = `<w:alias w:val="${esc(label)}"/><w:tag w:val="${tag}"/><w:id w:val="${sdtId++}"/>`;
  if (kind === "placeholder") body += `<w:showingPlcHdr/>`;
  if (kind === "text" || kind === "placeholder") body += `<w:text/>`;
  if (kind === "date") body += `<w:date w:fullDate="${extra}T00:00:00Z"><w:dateFormat w:val="dddd d MMMM yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>`;
  if (kind === "drop") body += `<w:dropDownList>${extra.map((v) => `<w:listItem w:displayText="${esc(v)}" w:value="${esc(v)}"/>`).join("")}</w:dropDownList>`;
  return `<w:sdtPr>${body}</w:sdtPr>`;
};
const rows = [];
for (const [label, kind, value, extra] of FRONT) {
  const labCell = `<w:tc>${cellPr(W1, "E4EEDD")}${para([label], { bold: true, after: 60 })}</w:tc>`;
  let valCell;
  if (kind === "rich") {
    const ps = value.map((p) => para(p, { after: 60 })).join("");
    valCell = `<w:tc>${cellPr(W2)}<w:sdt>${sdtPrOf(label, kind, extra)}<w:sdtContent>${ps}</w:sdtContent></w:sdt></w:tc>`;
    value.forEach((p, i) => {
      R.push(i === 0 ? `${label} | ${accepted(p)}` : accepted(p));
      R.push(...changeLines(p));
    });
  } else {
    const o = kind === "placeholder" ? { color: "808080" } : {};
    valCell = `<w:tc>${cellPr(W2)}<w:p>${pPr({ after: 60 })}<w:sdt>${sdtPrOf(label, kind, extra)}<w:sdtContent>${r(value, o)}</w:sdtContent></w:sdt></w:p></w:tc>`;
    R.push(`${label} | ${value}`);
  }
  rows.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${labCell}${valCell}</w:tr>`);
}
const border = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="9DB88F"/>`).join("")}</w:tblBorders>`;
const tbl = (widths, rowsXml) =>
  `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>${border}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="110" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="110" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rowsXml.join("")}</w:tbl>`;
xml.push(tbl([W1, W2], rows));
xml.push(para([""], { after: 120 }));

// body
const NUM_IND = [567, 567];
for (const b of BODY) {
  if (b[0] === "h") {
    xml.push(para([b[1]], { style: "Heading1", bold: true, size: 25, color: ACC, before: 240, after: 120, keepNext: true }));
    R.push(b[1]);
  } else if (b[0] === "n" || b[0] === "c") {
    const parts = b[0] === "n" ? b[2] : b[1];
    const pc = (b[0] === "n" ? b[3] : b[2]) ?? {};
    const o = { ind: b[0] === "n" ? NUM_IND : [1134, 0], tabs: b[0] === "n" ? 567 : undefined, markIns: pc.pi, markDel: pc.pd };
    const numRun = b[0] === "n" ? `<w:r>${rPr()}<w:t xml:space="preserve">${b[1]}</w:t></w:r><w:r>${rPr()}<w:tab/></w:r>` : "";
    if (pc.pi) {
      // a whole inserted paragraph: its typed number, tab and text are one insertion, as Word records them
      xml.push(`<w:p>${pPr(o)}<w:ins ${rev(pc.pi)}>${numRun}${r(parts[0].t)}</w:ins></w:p>`);
      R.push(b[0] === "n" ? `${b[1]} ${parts[0].t}` : parts[0].t);
      R.push(`${REV[pc.pi].author} Inserted: ${b[0] === "n" ? `${b[1]} ` : ""}${parts[0].t}`);
      continue;
    }
    xml.push(para(parts, o, numRun));
    const acc = accepted(parts);
    if (acc) R.push(b[0] === "n" ? `${b[1]} ${acc}` : acc);
    R.push(...changeLines(parts));
  } else if (b[0] === "table") {
    xml.push(para([T1_TITLE], { bold: true, keepNext: true, before: 120, after: 80 }));
    R.push(T1_TITLE);
    const TW = [3000, 2600, 3426];
    const trs = [];
    trs.push(`<w:tr><w:trPr><w:tblHeader/></w:trPr>${T1_HEAD.map((h, i) => `<w:tc>${cellPr(TW[i], "3E6B2F")}${para([h], { bold: true, color: "FFFFFF", after: 40 })}</w:tc>`).join("")}</w:tr>`);
    R.push(T1_HEAD.join(" | "));
    for (const [cells, ch] of T1) {
      const k = ch?.ri ?? ch?.rd;
      const trPr = ch?.ri ? `<w:trPr><w:ins ${rev(k)}/></w:trPr>` : ch?.rd ? `<w:trPr><w:del ${rev(k)}/></w:trPr>` : "";
      const tcs = cells.map((c, i) => {
        const part = ch?.ri ? ins(k, c) : ch?.rd ? del(k, c) : c;
        const mark = ch?.ri ? { markIns: k } : ch?.rd ? { markDel: k } : {};
        return `<w:tc>${cellPr(TW[i])}${para([part], { after: 40, ...mark })}</w:tc>`;
      });
      trs.push(`<w:tr>${trPr}${tcs.join("")}</w:tr>`);
      if (!ch?.rd) R.push(cells.join(" | "));
      if (k) R.push(`${REV[k].author} ${ch.ri ? "Inserted" : "Deleted"}: ${cells.join(" | ")}`);
    }
    xml.push(tbl(TW, trs));
    xml.push(para([""], { after: 60 }));
  }
}

// ---------------------------------------------------------------- package
const font = "Arial";
const doc = new Document({
  creator: "Ffion Truscott",
  lastModifiedBy: "Beatrix Yelland",
  title: TITLE,
  description: "Synthetic test fixture",
  styles: {
    default: { document: { run: { font, size: 21 } }, title: { run: { font, size: 34, bold: true, color: ACC } }, heading1: { run: { font, size: 25, bold: true, color: ACC } } },
  },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1100, left: 1440, right: 1440, header: 560, footer: 560 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${TOP[0]} – 23 January 2030 – Item 5`, font, size: 16, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["DRAFT 2 – FOR COMMENT – Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], font, size: 16, color: "666666" })] })] }) },
    children: [new Paragraph({ children: [new TextRun("@@BODY@@")] })],
  }],
});
const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
let docXml = await zip.file("word/document.xml").async("string");
const marker = /<w:p><w:r><w:t xml:space="preserve">@@BODY@@<\/w:t><\/w:r><\/w:p>/;
if (!marker.test(docXml)) throw new Error("marker paragraph not found");
docXml = docXml.replace(marker, () => xml.join(""));
zip.file("word/document.xml", docXml);
let settings = await zip.file("word/settings.xml").async("string");
settings = settings.replace("<w:displayBackgroundShape/>", "<w:displayBackgroundShape/><w:trackRevisions/>");
if (!settings.includes("<w:trackRevisions/>")) throw new Error("settings");
zip.file("word/settings.xml", settings);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines)`);
