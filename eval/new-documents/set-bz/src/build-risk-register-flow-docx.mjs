// Builds docs/<risks docx>: the programme risk register as Power Automate's "Populate a Microsoft Word
// template" action wrote it on 26 February 2562 from the SharePoint list "HAFTG Risks": the template's
// static text (title, the appetite and scoring note, the footer line) around plain-text content controls
// (w:sdt, alias and tag named after the list's columns) that the flow filled as it received the values –
// the owner as the SharePoint claims string ("i:0#.f|membership|…"), the generated time as utcNow()'s
// ISO stamp, the RAG choice column as the whole JSON object of the choice ("Value":"Red") because the flow
// passed the column rather than its value, date-only columns as UTC midnights of the day before in British
// Summer Time ("2562-04-29T23:00:00Z" for 30 April), and controls left empty showing the template's
// placeholder ("Click or tap here to enter text."). The register's data row is a repeating section content
// control (w15:repeatingSection) with one item per list item, the closed risk included. Written with
// jszip as WordprocessingML (landscape A4). Also writes text/<base>.txt.
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, requireMain, RISKS, claims, RAG_ID, BODY, PROGRAMME, esc } from "./common.mjs";

const JSZip = requireMain("jszip");
let sdtId = 418230;
const PLACEHOLDER = "Click or tap here to enter text.";
const run = (t, rpr = "") => `<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const para = (inner, ppr = "") => `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ""}${inner}</w:p>`;
// a plain-text content control holding one paragraph (block level) or inside a cell
const control = (name, value, ppr = "") => {
  const empty = value === "" || value == null;
  const id = sdtId++;
  return `<w:sdt><w:sdtPr><w:alias w:val="${esc(name)}"/><w:tag w:val="${esc(name)}"/><w:id w:val="${id}"/>${empty ? "<w:showingPlcHdr/>" : ""}<w:text/></w:sdtPr><w:sdtContent>${para(empty ? run(PLACEHOLDER, '<w:rStyle w:val="PlaceholderText"/>') : run(value), ppr)}</w:sdtContent></w:sdt>`;
};
const cell = (inner, w, shade = "") => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade}"/>` : ""}</w:tcPr>${inner}</w:tc>`;
const borders = `<w:tblBorders><w:top w:val="single" w:sz="4" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:color="A6A6A6"/></w:tblBorders>`;

const render = [];
const body = [];
body.push(para(run("Holiday Clubs Programme – risk register"), '<w:pStyle w:val="Title"/>'));
render.push("Holiday Clubs Programme – risk register");
body.push(para(run(BODY), '<w:pStyle w:val="Subtitle"/>'));
render.push(BODY);

// ------------------------------------------------------------------ the fields table
const generated = "2562-02-26T07:00:14.4459221Z";
const FIELDS = [
  ["Programme", PROGRAMME],
  ["Register owner", claims("rosalind")],
  ["Generated", generated],
  ["Source list", "HAFTG Risks"],
  ["Items", String(RISKS.length)],
];
body.push(`<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>${borders}</w:tblPr><w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6400"/></w:tblGrid>` +
  FIELDS.map(([k, v]) => `<w:tr>${cell(para(run(k, "<w:b/>")), 2600, "DEEAF6")}${cell(control(k, v), 6400)}</w:tr>`).join("") + "</w:tbl>");
for (const [k, v] of FIELDS) render.push(`${k} | ${v}`);

const NOTE = "Risk appetite: risks scoring 12 or more are red and are reported to every meeting of the Task Group. Scores are likelihood (L, 1–5) × impact (I, 1–5): 1–6 green, 8–10 amber, 12–25 red. Previous score is the score at the review of 18 November 2561.";
body.push(para(run(NOTE, '<w:i/><w:sz w:val="18"/>'), '<w:spacing w:before="160" w:after="160"/>'));
render.push(NOTE);
body.push(para(run("Register"), '<w:pStyle w:val="Heading1"/>'));
render.push("Register");

// ------------------------------------------------------------------ the register: header row, then a repeating section of rows
const COLS = [
  ["Risk ID", 900], ["Risk", 2700], ["Owner", 2300], ["L", 400], ["I", 400], ["Score", 600], ["Previous score", 900],
  ["RAG", 2400], ["Status", 800], ["Mitigation", 2600], ["Next review", 1400],
];
const total = COLS.reduce((s, [, w]) => s + w, 0);
const rag = (r) => JSON.stringify({ "@odata.type": "#Microsoft.Azure.Connectors.SharePoint.SPListExpandedReference", Id: RAG_ID[r.rag], Value: r.rag });
const valuesOf = (r) => [r.id, r.title, claims(r.owner), String(r.l), String(r.i), String(r.score), String(r.prev), rag(r), r.status, r.mitigation, r.next];
const small = '<w:spacing w:before="0" w:after="0"/><w:rPr><w:sz w:val="16"/></w:rPr>';
const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${COLS.map(([h, w]) => cell(para(run(h, '<w:b/><w:sz w:val="16"/>')), w, "1F4E79")).join("")}</w:tr>`;
render.push(COLS.map(([h]) => h).join(" | "));
const items = RISKS.map((r) => {
  const v = valuesOf(r);
  const id = sdtId++;
  render.push(v.map((x) => (x === "" ? PLACEHOLDER : x)).join(" | "));
  return `<w:sdt><w:sdtPr><w:id w:val="${id}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent><w:tr>${COLS.map(([h, w], i) => cell(control(h, v[i], small), w)).join("")}</w:tr></w:sdtContent></w:sdt>`;
});
body.push(`<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${COLS.map(([, w]) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${header}` +
  `<w:sdt><w:sdtPr><w:alias w:val="Risks"/><w:tag w:val="Risks"/><w:id w:val="${sdtId++}"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>${items.join("")}</w:sdtContent></w:sdt></w:tbl>`);

body.push(para(run("Programme Manager's comments"), '<w:pStyle w:val="Heading1"/>'));
render.push("Programme Manager's comments");
body.push(control("Comments", ""));
render.push(PLACEHOLDER);
const FOOT = "This register is generated from the SharePoint list by Power Automate. Do not edit it: change the list.";
body.push(para(run(FOOT, '<w:sz w:val="16"/><w:color w:val="7F7F7F"/>'), '<w:spacing w:before="240"/>'));
render.push(FOOT);

const NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"';
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${body.join("")}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1080" w:right="720" w:bottom="1080" w:left="720" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="40"/><w:color w:val="1F4E79"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="26"/><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/><w:spacing w:before="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:color w:val="1F4E79"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
</w:styles>`;
const zip = new JSZip();
const d = new Date("2562-02-26T07:00:15Z");
const add = (p, s) => zip.file(p, s, { date: d });
add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`);
add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`);
add("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
add("word/document.xml", documentXml);
add("word/styles.xml", stylesXml);
add("docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>HAFTG risk register template</dc:title><dc:creator>Rosalind Carnmellis</dc:creator><cp:lastModifiedBy>Power Automate</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2561-07-02T10:14:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2562-02-26T07:00:14Z</dcterms:modified></cp:coreProperties>`);
add("docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Template>Normal.dotm</Template><Company>Local Government Association</Company></Properties>`);
writeFileSync(join(root, "docs", DOCS.risks), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
writeFileSync(join(root, "text", basename(DOCS.risks, extname(DOCS.risks)) + ".txt"), render.join("\n") + "\n");
console.log("wrote", DOCS.risks);
