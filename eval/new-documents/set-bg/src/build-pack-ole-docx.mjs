// Builds docs/pbjp-agenda-pack-2188-02-14.docx and its rendering in text/.
// Layout: A WORD AGENDA PACK WHOSE FINANCIAL TABLES ARE PASTED EXCEL WORKSHEET OBJECTS (Paste Special →
// "Microsoft Excel Worksheet Object", embedded OLE objects). The pack is ordinary WordprocessingML –
// a cover with a meeting-details table, the membership table (Name | Council | Nominated by | Political
// group | Role, substitutes and co-opted members in the same table), the agenda table with a "Part B"
// row, front sheets as two-column label tables, typed (a)–(d) recommendations, numbered paragraphs, the
// measures table with rating words in two quarter columns and the risk register with arrows – BUT THE
// TWO TABLES OF ITEM 5 (Table 5.1, the budget 2187/88, and Table 5.2, the round 3 allocations) ARE
// <w:object> ELEMENTS: a VML shape showing A PICTURE OF THE CELLS (word/media/image*.png, what Word
// displays and prints) and an <o:OLEObject ProgID="Excel.Sheet.12"> pointing at AN EMBEDDED WORKBOOK
// (word/embeddings/Microsoft_Excel_Worksheet*.xlsx) that holds the figures. document.xml holds none of
// the tables' words or figures; the workbooks hold them as shared strings and BARE NUMBERS SHOWN
// THROUGH A NUMBER FORMAT (#,##0 with underspends in brackets and zero as a dash), their caption inside
// the sheet's first row, the displayed range given by the workbook's <oleSize ref="A1:F11"/>; and the
// budget workbook carries a SECOND, SUPERSEDED SHEET ("Nov forecast") that the object does not show.
// Page footer with a PAGE field; core properties; a page break before each paper.
// Rendering: the native paragraphs and table rows (cells " | "), and each object as the table the
// picture shows – its rows as Excel displays them (cells " | "), the hidden sheet left out.
// Needs pdftoppm (poppler-utils) to draw the pictures.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-pack-ole-docx.mjs
import { writeFileSync, readFileSync, mkdtempSync, createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, CA, WALC, FUND, VENUE, OFFICERS as O, GUEST, PEOPLE, P, name, roleText, MEASURES, RISKS, TOLERANCE, BUDGET, BUDGET_TOTAL, NOV_FORECAST, ROUND3, R3_TOTAL, MAX3, MIN3, R2_TOTAL, R2_LEFT, R2_PAID, ROUNDS, BOARD_BUDGET, AWAY_DAY, HOSTING_ENDS, gbp, num, sum } from "./common.mjs";

const JSZip = requireMain("jszip");
const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.pack;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const body = [];
const rels = [];
const media = [];

// ---------------------------------------------------------------- WordprocessingML helpers
const run = (t, o = {}) => `<w:r><w:rPr>${o.b ? "<w:b/>" : ""}${o.i ? "<w:i/>" : ""}${o.color ? `<w:color w:val="${o.color}"/>` : ""}${o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ""}</w:rPr><w:t xml:space="preserve">${x(t)}</w:t></w:r>`;
const para = (t, o = {}) => {
  body.push(`<w:p><w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.ind ? `<w:ind w:left="${o.ind}" w:hanging="${o.hang ?? 0}"/>` : ""}${o.after != null ? `<w:spacing w:after="${o.after}"/>` : ""}${o.jc ? `<w:jc w:val="${o.jc}"/>` : ""}</w:pPr>${o.label ? run(o.label, { b: true }) + run(" ") : ""}${run(t, o)}</w:p>`);
  if (o.render !== false) out.push((o.label ? o.label + " " : "") + t);
};
const pageBreak = () => body.push(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`);
const cell = (t, w, o = {}) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${o.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>` : ""}${o.span ? `<w:gridSpan w:val="${o.span}"/>` : ""}</w:tcPr>${String(t).split("\n").map((p) => `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${run(p, { b: o.b, sz: o.sz })}</w:p>`).join("")}</w:tc>`;
const RATING_FILL = { "On track": "C6EFCE", "At risk": "FFEB9C", "Off track": "FFC7CE", Complete: "BDD7EE", "Not due": "EDEDED" };
const table = (rows, widths, o = {}) => {
  body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
    + rows.map((r, i) => {
      if (r.span) return `<w:tr>${cell(r.span, widths.reduce((a, b) => a + b), { b: true, shade: "D9D9D9", span: widths.length })}</w:tr>`;
      return `<w:tr>${i === 0 && o.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ""}${r.map((c, j) => cell(c, widths[j], { b: (i === 0 && o.header) || (j === 0 && o.labels), sz: o.sz, shade: (i === 0 && o.header) || (j === 0 && o.labels) ? "DCE6F1" : o.rate && RATING_FILL[c] ? RATING_FILL[c] : "" })).join("")}</w:tr>`;
    }).join("")
    + `</w:tbl>`);
  body.push(`<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>`);
  for (const r of rows) out.push(r.span ? r.span : r.map((c) => String(c).replace(/\n/g, " ")).filter((c) => c !== "").join(" | "));
};

// ---------------------------------------------------------------- embedded workbooks
const fmt = (n) => (n === 0 ? "–" : n < 0 ? `(${num(-n)})` : num(n));
const colL = (i) => String.fromCharCode(65 + i);
// sheet rows: arrays of {v, s} where s: 0 text, 1 bold text, 2 number, 3 bold number, 4 title, 5 italic note
const xlsx = async (sheets, ole) => {
  const strings = [], sIdx = new Map();
  const si = (t) => { if (!sIdx.has(t)) { sIdx.set(t, strings.length); strings.push(t); } return sIdx.get(t); };
  const sheetXml = (rows, widths) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:${colL(Math.max(...rows.map((r) => r.length)) - 1)}${rows.length}"/><sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols><sheetData>`
    + rows.map((r, ri) => `<row r="${ri + 1}">` + r.map((c, ci) => {
      if (c == null || c.v === "") return "";
      const ref = `${colL(ci)}${ri + 1}`;
      return typeof c.v === "number" ? `<c r="${ref}" s="${c.s ?? 2}"><v>${c.v}</v></c>` : `<c r="${ref}" s="${c.s ?? 0}" t="s"><v>${si(c.v)}</v></c>`;
    }).join("") + `</row>`).join("") + `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const z = new JSZip();
  const sx = sheets.map((s) => sheetXml(s.rows, s.widths));
  z.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`);
  z.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  z.file("docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${x(O.cormac.name)}</dc:creator><cp:lastModifiedBy>${x(O.aurelia.name)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2187-11-30T10:02:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2188-02-04T15:41:00Z</dcterms:modified></cp:coreProperties>`);
  z.file("docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>`);
  z.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="202300"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="15360" windowHeight="8920" activeTab="0"/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${x(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets><calcPr calcId="191029"/><oleSize ref="${ole}"/></workbook>`);
  z.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  z.file("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0;\\(#,##0\\);&quot;–&quot;"/></numFmts><fonts count="4"><font><sz val="11"/><name val="Aptos Narrow"/><family val="2"/></font><font><b/><sz val="11"/><name val="Aptos Narrow"/><family val="2"/></font><font><b/><sz val="12"/><name val="Aptos Narrow"/><family val="2"/></font><font><i/><sz val="9"/><name val="Aptos Narrow"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`);
  sx.forEach((s, i) => z.file(`xl/worksheets/sheet${i + 1}.xml`, s));
  z.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t xml:space="preserve">${x(t)}</t></si>`).join("")}</sst>`);
  for (const f of Object.keys(z.files)) if (z.files[f].dir) delete z.files[f]; // no folder entries, as Excel writes
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
};
// a picture of the displayed range, as Word shows the object: drawn with pdfkit, rasterised by pdftoppm
const tmp = mkdtempSync(join(tmpdir(), "bg-ole-"));
const picture = async (rows, widthsPt, stem) => {
  const rowH = 17, W = widthsPt.reduce((a, b) => a + b), H = rows.length * rowH + 2;
  const pdfPath = join(tmp, stem + ".pdf");
  const d = new PDFDocument({ size: [W + 2, H], margin: 0 });
  d.registerFont("r", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("b", join(FONTS, "DejaVuSansCondensed-Bold.ttf")).registerFont("i", join(FONTS, "DejaVuSansCondensed-Oblique.ttf"));
  const done = new Promise((res) => { const ws = createWriteStream(pdfPath); ws.on("finish", res); d.pipe(ws); });
  d.rect(0, 0, W + 2, H).fill("#FFFFFF");
  rows.forEach((r, ri) => {
    let cx = 1;
    const y = 1 + ri * rowH;
    const gridded = r.some((c) => c && [0, 1, 2, 3].includes(c.s ?? (typeof c.v === "number" ? 2 : 0)));
    r.forEach((c, ci) => {
      const w = widthsPt[ci];
      const s = c ? c.s ?? (typeof c.v === "number" ? 2 : 0) : 0;
      if (gridded) { if (s === 1 || s === 3) d.rect(cx, y, w, rowH).fill("#DCE6F1"); d.rect(cx, y, w, rowH).lineWidth(0.5).strokeColor("#BFBFBF").stroke(); }
      if (c && c.v !== "") {
        const txt = typeof c.v === "number" ? fmt(c.v) : c.v;
        d.font(s === 1 || s === 3 || s === 4 ? "b" : s === 5 ? "i" : "r").fontSize(s === 4 ? 10.5 : s === 5 ? 8 : 9).fillColor("#000000");
        if (typeof c.v === "number") d.text(txt, cx + 3, y + 4, { width: w - 6, align: "right", lineBreak: false });
        else d.text(txt, cx + 3, y + 4, { lineBreak: false });
      }
      cx += w;
    });
  });
  d.end();
  await done;
  execFileSync("pdftoppm", ["-png", "-r", "144", "-singlefile", pdfPath, join(tmp, stem)]);
  return { png: readFileSync(join(tmp, stem + ".png")), wPt: W + 2, hPt: H };
};
let objN = 0;
const oleObject = async (sheets, ole, widthsPt) => {
  objN++;
  const shown = sheets[0].rows;
  const pic = await picture(shown, widthsPt, `image${objN}`);
  const book = await xlsx(sheets, ole);
  media.push([`word/media/image${objN}.png`, pic.png], [`word/embeddings/Microsoft_Excel_Worksheet${objN === 1 ? "" : objN - 1}.xlsx`, book]);
  const imgId = `rIdImg${objN}`, oleId = `rIdOle${objN}`;
  rels.push(`<Relationship Id="${imgId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${objN}.png"/>`);
  rels.push(`<Relationship Id="${oleId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="embeddings/Microsoft_Excel_Worksheet${objN === 1 ? "" : objN - 1}.xlsx"/>`);
  const shapeId = `_x0000_i10${24 + objN}`;
  body.push(`<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:object w:dxaOrig="${Math.round(pic.wPt * 20)}" w:dyaOrig="${Math.round(pic.hPt * 20)}">${objN === 1 ? `<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:formulas><v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/><v:f eqn="sum 0 0 @1"/><v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/><v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/><v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/></v:formulas><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype>` : ""}<v:shape id="${shapeId}" type="#_x0000_t75" style="width:${pic.wPt.toFixed(1)}pt;height:${pic.hPt.toFixed(1)}pt" o:ole=""><v:imagedata r:id="${imgId}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="${shapeId}" DrawAspect="Content" ObjectID="_178123456${objN}" r:id="${oleId}"/></w:object></w:r></w:p>`);
  // the rendering: the displayed range as Excel shows it
  for (const r of shown) {
    const cells = r.filter((c) => c && c.v !== "").map((c) => (typeof c.v === "number" ? fmt(c.v) : c.v));
    if (cells.length) out.push(cells.join(" | "));
  }
};

// ---------------------------------------------------------------- cover, membership, agenda
para(`${CA} and ${WALC}`, { b: true, color: "1F3A5F" });
para(BODY, { style: "Title" });
para("Agenda", { style: "Heading1" });
table([
  ["Date", "Thursday 14 February 2188"],
  ["Time", "10.30am (group pre-meetings from 9.45am)"],
  ["Venue", `${VENUE}, and Microsoft Teams`],
  ["Published", "Wednesday 6 February 2188"],
  ["Contact", `${O.gwendolen.name}, ${O.gwendolen.post}, ${O.gwendolen.phone}, ${O.gwendolen.email}`],
], [2000, 7600], { labels: true });
para("Membership 2187/88", { style: "Heading2" });
const nominated = { CA: "Combined Authority", WALC: "Association of Local Councils", "Co-opted": "Co-opted" };
const mem = [["Name", "Council", "Nominated by", "Political group", "Role"]];
for (const p of PEOPLE) mem.push([name(p.k), p.council, nominated[p.side], p.group, roleText(p)]);
table(mem, [2300, 2600, 1700, 1300, 1900], { header: true, sz: 18 });
para("Quorum: four voting members, at least one nominated by each of the Combined Authority and the Association of Local Councils. Co-opted members do not vote.", { sz: 18 });
para("Agenda", { style: "Heading2" });
table([
  ["Item", "Title", "Lead", "Page"],
  ["1", "Welcome, apologies, substitutes and declarations of interest", "Chair", "–"],
  ["2", "Notes of the meeting held on 22 November 2187 (draft notes from the shared pad, for approval)", "Chair", "3"],
  ["3", "Round 2: results and delivery – oral update, with the Our Say results page", O.tobias.name, "–"],
  ["4", "Performance and risk at quarter 3 2187/88", O.priyanka.name, "4"],
  ["5", `${FUND}: budget 2187/88 and round 3 allocations (key decision)`, O.aurelia.name, "8"],
  ["6", "Away day of 10 January 2188 (Appendix A: the mind map)", O.tobias.name, "12"],
  ["7", "Forward plan", O.gwendolen.name, "14"],
  { span: "Part B – items not open to the public" },
  ["8", "Our Say hosting and support contract", O.tobias.name, "–"],
], [800, 5600, 2400, 800], { header: true });

// ---------------------------------------------------------------- item 4
const frontSheet = (rows) => table(rows, [2400, 7200], { labels: true });
pageBreak();
para("Item 4", { style: "Heading1" });
para("Performance and risk at quarter 3 2187/88", { style: "Heading2" });
frontSheet([
  ["Purpose of report", "To report performance against the eight Neighbourhood Choices measures at quarter 3 2187/88 (to 31 December 2187) and the risk register as reviewed on 31 January 2188."],
  ["Summary", `Two measures are on track, three at risk, one off track and two complete. Grant payments (PBM-05) are off track because the bank's new checks held up the round 2 first instalments. Two risks score ${TOLERANCE} or more and go to the Combined Authority Board.`],
  ["Key decision", "No"],
  ["Confidential", "No"],
  ["Contact officer", O.priyanka.name],
  ["Position", O.priyanka.post],
  ["Phone no", O.priyanka.phone],
  ["Email", O.priyanka.email],
]);
para("Recommendations", { style: "Heading3" });
para("That the Panel:");
para("notes performance at quarter 3 and the risk register;", { label: "(a)" });
para("asks the Finance Business Partner for a recovery plan for grant payments (PBM-05) by the meeting on 20 March 2188;", { label: "(b)" });
para("agrees that risks PBR-01 and PBR-05 are reported to the Combined Authority Board.", { label: "(c)" });
para("Performance", { style: "Heading3" });
para("Each measure is rated On track (expected to meet its target), At risk (may miss its target without action), Off track (will miss its target without a change of plan), Complete (target met) or Not due (nothing to report yet). Three measures are rated lower than at quarter 2.", { label: "1." });
para("Table 4.1: Measures at quarter 3 2187/88", { b: true, after: 60 });
const mt = [["Ref", "Measure", "Target", "Q2", "Q2 rating", "Q3", "Q3 rating", "Lead member", "Commentary"]];
for (const m of MEASURES) mt.push([m.ref, m.name, m.target, m.q2v, m.q2, m.q3v, m.q3, m.lead, m.note]);
table(mt, [700, 1500, 1000, 900, 850, 1000, 850, 950, 1850], { header: true, sz: 16, rate: true });
para(`PBM-05 is off track for the first time. Of 58 payments due in the quarter, 11 were made late, all of them round 2 first instalments: the Combined Authority's bank began checking each new recipient's account before releasing a payment, which added up to three weeks. ${O.cormac.name} has raised this with the bank (action PBA-28) and proposes that from round 3 the checks are done before a grant is awarded, not after.`, { label: "2." });
para("Risk", { style: "Heading3" });
para(`Risks are scored likelihood × impact, each from 1 to 5. Risks scoring ${TOLERANCE} or more are reported to the Combined Authority Board.`, { label: "3." });
para("Table 4.2: Risk register at 31 January 2188", { b: true, after: 60 });
const rt = [["Ref", "Risk", "L", "I", "Score", "Nov score", "Direction", "Owner", "Controls and actions"]];
for (const r of RISKS) rt.push([r.ref, r.risk, String(r.l), String(r.i), String(r.score), r.nov == null ? "–" : String(r.nov), r.dir, O[r.owner].name, r.controls]);
table(rt, [700, 2300, 350, 350, 600, 600, 850, 1300, 2550], { header: true, sz: 16 });

// ---------------------------------------------------------------- item 5
pageBreak();
para("Item 5", { style: "Heading1" });
para(`${FUND}: budget 2187/88 and round 3 allocations`, { style: "Heading2" });
const [bud, com, spent, fc, varT] = BUDGET_TOTAL;
const paper = BUDGET.find((b) => b[0].startsWith("Paper"));
const cont = BUDGET.find((b) => b[0] === "Contingency");
frontSheet([
  ["Purpose of report", "To report the fund's budget position at 31 December 2187 and to agree the allocations and grant limits for round 3."],
  ["Summary", `The fund is forecast to spend ${gbp(fc)} of its ${gbp(bud)} budget in 2187/88. Paper ballots and outreach are forecast to overspend by ${gbp(paper[5])}, which can be met from the contingency. Round 3 would share ${gbp(R3_TOTAL)} between the four areas, with a larger share for the areas with the most deprived neighbourhoods.`],
  ["Key decision", "Yes"],
  ["Confidential", "No"],
  ["Contact officer", O.aurelia.name],
  ["Position", O.aurelia.post],
  ["Phone no", O.aurelia.phone],
  ["Email", O.aurelia.email],
]);
para("Recommendations", { style: "Heading3" });
para("That the Panel:");
para(`notes the forecast underspend of ${gbp(-varT)} on the fund in 2187/88, including an overspend of ${gbp(paper[5])} on paper ballots and outreach to be met from the contingency;`, { label: "(a)" });
para(`agrees the round 3 allocations in Table 5.2, ${gbp(R3_TOTAL)} in all, subject to the Combined Authority Board confirming the 2188/89 budget on ${BOARD_BUDGET.date};`, { label: "(b)" });
para(`agrees a maximum grant of ${gbp(MAX3)} per project in round 3 (${gbp(ROUNDS[2].max)} in rounds 1 and 2), with the minimum unchanged at ${gbp(MIN3)};`, { label: "(c)" });
para("agrees that 10 per cent of each area's round 3 allocation is kept for projects led by young people, judged with the Westmarch Youth Council.", { label: "(d)" });
para("Budget 2187/88", { style: "Heading3" });
para("This report sets out the position of the fund at 31 December 2187 (Table 5.1) and proposes how round 3, in 2188/89, should be shared between the four areas (Table 5.2).", { label: "1." });
para(`The fund's budget for 2187/88 is ${gbp(bud)}. At 31 December 2187 ${gbp(com)} was committed and ${gbp(spent)} spent; the forecast outturn is ${gbp(fc)}, an underspend of ${gbp(-varT)}.`, { label: "2." });
para(`Paper ballots and outreach are forecast to overspend by ${gbp(paper[5])} because the round 2 vote needed a second print run and extra count staff. The overspend can be met from the contingency, leaving ${gbp(-cont[5])} of it unspent.`, { label: "3." });
para(`The round 2 grants came to ${gbp(R2_TOTAL)} against ${gbp(ROUNDS[2].pot)} available. As the Panel agreed on 22 November 2187, the ${gbp(R2_LEFT)} left over is carried into round 3. First instalments of 30 per cent were paid in December 2187.`, { label: "4." });
const T = (v, s) => ({ v, s });
await oleObject([
  {
    name: "Table 5.1", widths: [40, 16, 13, 20, 18, 12], rows: [
      [T("Table 5.1: Neighbourhood Choices Fund 2187/88 – position at 31 December 2187 (£)", 4)],
      ["Line", "Budget 2187/88", "Committed", "Spent to 31 Dec 2187", "Forecast outturn", "Variance"].map((h) => T(h, 1)),
      ...BUDGET.map((b) => [T(b[0], 0), ...b.slice(1).map((n) => T(n, 2))]),
      [T("Total", 1), ...BUDGET_TOTAL.map((n) => T(n, 3))],
      [T("Variance is the forecast outturn less the budget; underspends are in brackets.", 5)],
    ],
  },
  {
    name: "Nov forecast", widths: [40, 16, 13, 20, 18, 12], rows: [
      [T("Forecast at 30 November 2187 (superseded)", 4)],
      ["Line", "Budget 2187/88", "Committed", "Spent to 30 Nov 2187", "Forecast outturn", "Variance"].map((h) => T(h, 1)),
      ...BUDGET.map((b) => {
        const paperLine = b[0].startsWith("Paper"), contLine = b[0] === "Contingency";
        const f = paperLine ? NOV_FORECAST.paper : contLine ? NOV_FORECAST.paperVariance : b[4];
        return [T(b[0], 0), T(b[1], 2), T(contLine ? NOV_FORECAST.paperVariance : b[2], 2), T(Math.round(b[3] * 0.8), 2), T(f, 2), T(f - b[1], 2)];
      }),
    ],
  },
], "A1:F11", [205, 84, 70, 104, 94, 64]);
para("Round 3", { style: "Heading3" });
para(`Subject to the Combined Authority Board confirming the 2188/89 budget on ${BOARD_BUDGET.date}, round 3 would have ${gbp(R3_TOTAL)}, including the ${gbp(R2_LEFT)} carried from round 2.`, { label: "5." });
para(`Each area would receive a base allocation of ${gbp(ROUND3[0][2])} and a share of a ${gbp(sum(ROUND3, (r) => r[3]))} deprivation uplift, weighted by the number of its residents living in the most deprived tenth of neighbourhoods. Colderby, with the most such residents, would receive the largest allocation (${gbp(ROUND3[1][4])}).`, { label: "6." });
para(`At the away day on 10 January 2188 members favoured a lower maximum grant, so that more and smaller projects can be funded and delivered more quickly. This report recommends a maximum of ${gbp(MAX3)} per project (${gbp(ROUNDS[2].max)} in rounds 1 and 2); the minimum stays at ${gbp(MIN3)}.`, { label: "7." });
para("Ten per cent of each area's allocation would be kept for projects led by young people aged 11 to 24, judged with the Westmarch Youth Council.", { label: "8." });
await oleObject([
  {
    name: "Table 5.2", widths: [18, 20, 18, 20, 20, 26], rows: [
      [T("Table 5.2: Proposed round 3 allocations by area (£), subject to the 2188/89 budget", 4)],
      ["Area", "Round 2 allocation", "Base allocation", "Deprivation uplift", "Round 3 allocation", "Of which youth-led (10%)"].map((h) => T(h, 1)),
      ...ROUND3.map((r) => [T(r[0], 0), ...r.slice(1).map((n) => T(n, 2))]),
      [T("Total", 1), ...[1, 2, 3, 4, 5].map((i) => T(sum(ROUND3, (r) => r[i]), 3))],
      [T(`Round 3 includes the ${gbp(R2_LEFT)} carried forward from round 2.`, 5)],
    ],
  },
], "A1:F8", [90, 104, 92, 102, 106, 134]);
para("Financial implications", { style: "Heading3" });
para("The round 3 allocations depend on the 2188/89 budget. If the Board sets a lower figure, the allocations in Table 5.2 will be reduced in proportion and reported to the Panel on 20 March 2188.", { label: "9." });
para("Equalities", { style: "Heading3" });
para("The deprivation uplift is meant to narrow the gap in turnout and in funding between the most and the least deprived wards (see risk PBR-01).", { label: "10." });

// ---------------------------------------------------------------- item 6
pageBreak();
para("Item 6", { style: "Heading1" });
para("Away day of 10 January 2188", { style: "Heading2" });
frontSheet([
  ["Purpose of report", "To report what members agreed at the away day on round 3."],
  ["Key decision", "No"],
  ["Confidential", "No"],
  ["Contact officer", `${O.tobias.name}, ${O.tobias.post}, ${O.tobias.phone}, ${O.tobias.email}`],
]);
para("Recommendation", { style: "Heading3" });
para("That the Panel notes the outcome of the away day.");
para(`Members and officers met at ${AWAY_DAY.place} on ${AWAY_DAY.date} to shape round 3. The mind map drawn on the day is attached as Appendix A.`, { label: "1." });
para(`Members agreed to keep voting from age 11, to offer paper ballots in all 31 libraries and to keep the vote open for four weeks. The proposed maximum grant and the round 3 allocations are in item 5; the SMS code check will come to the meeting on 20 March 2188 with the round 3 prospectus.`, { label: "2." });
para("Appendix A: mind map of the away day (separate PDF)", { i: true });

// ---------------------------------------------------------------- item 7
pageBreak();
para("Item 7", { style: "Heading1" });
para("Forward plan", { style: "Heading2" });
table([
  ["Meeting", "Item", "Lead", "Key decision"],
  ["20 March 2188", "Round 3 prospectus and timetable", O.aurelia.name, "Yes"],
  ["20 March 2188", "SMS code check for voting", O.tobias.name, "No"],
  ["20 March 2188", "Recovery plan for grant payments (PBM-05)", O.cormac.name, "No"],
  ["June 2188 (date to be set)", "Final evaluation of round 1", `${GUEST.name}, ${GUEST.post}`, "No"],
  ["June 2188 (date to be set)", "Annual report 2187/88", O.aurelia.name, "No"],
], [1900, 3700, 2700, 1300], { header: true });

// ---------------------------------------------------------------- item 8 (Part B)
para("Part B", { style: "Heading1" });
para("Item 8: Our Say hosting and support contract", { style: "Heading2" });
para("This item is not for publication. It is exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information relating to the financial or business affairs of any particular person (including the authority holding that information). The report will be sent to members separately.");
para(`The contract ends on ${HOSTING_ENDS}. Contact officer: ${O.tobias.name}, ${O.tobias.post}.`);

// ---------------------------------------------------------------- package
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const docXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"><w:body>${body.join("")}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">${x(BODY)} – 14 February 2188 – Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="44"/><w:color w:val="1F3A5F"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
const zip = new JSZip();
zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`);
zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`);
zip.file("word/document.xml", docXml);
zip.file("word/styles.xml", styles);
zip.file("word/footer1.xml", footer);
zip.file("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>${rels.join("")}</Relationships>`);
for (const [p, b] of media) zip.file(p, b);
zip.file("docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(BODY)} – agenda pack – 14 February 2188</dc:title><dc:creator>${x(O.gwendolen.name)}</dc:creator><cp:lastModifiedBy>${x(O.gwendolen.name)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2188-01-29T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2188-02-06T08:47:00Z</dcterms:modified></cp:coreProperties>`);
zip.file("docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>${x(CA)}</Company><AppVersion>16.0000</AppVersion></Properties>`);
for (const f of Object.keys(zip.files)) if (zip.files[f].dir) delete zip.files[f];
writeFileSync(join(root, "docs", FILE), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
