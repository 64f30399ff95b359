/**
 * Objects embedded in a Word paper. A budget table that is a pasted Excel worksheet object: the page shows
 * a picture, the cells are only in the embedded workbook (numbers under a number format, a hidden row, a
 * second sheet of superseded figures the object does not show). Appendices that are Word documents
 * inserted as objects and shown as icons: the page shows only the icon, the text is only in the embedded
 * document.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { loadFile } from "../../../src/ingest/loaders/index.js";
import { tempDir } from "../../helpers/assistant.js";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** A workbook: "Table 2" (active, shown) and "Old forecast" (not shown), the shown range A1:D7 (row 8 is outside it). */
async function budgetWorkbook(): Promise<Buffer> {
  const book = new JSZip();
  const strings = ["Table 2: Harbour Walls Fund – position at 30 June 2170 (£)", "Line", "Budget", "Spent", "Variance", "Sea wall repairs", "Slipway", "Surveys", "Total", "Underspends are in brackets.", "Hidden workings", "Outside the range"];
  const s = (text: string) => strings.indexOf(text);
  const cell = (ref: string, value: string | number, style = 0) =>
    typeof value === "string" ? `<c r="${ref}" s="${style}" t="s"><v>${s(value)}</v></c>` : `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  const row = (n: number, cells: string, attrs = "") => `<row r="${n}"${attrs}>${cells}</row>`;
  book.file("[Content_Types].xml", `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`);
  book.file("xl/workbook.xml", `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="Table 2" sheetId="1" r:id="rId1"/><sheet name="Old forecast" sheetId="2" r:id="rId2"/></sheets><oleSize ref="A1:D7"/></workbook>`);
  book.file("xl/_rels/workbook.xml.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`);
  book.file("xl/sharedStrings.xml", `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`);
  book.file("xl/styles.xml", `${XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0;\\(#,##0\\);&quot;–&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  const ws = (rows: string) => `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  book.file(
    "xl/worksheets/sheet1.xml",
    ws(
      [
        row(1, cell("A1", "Table 2: Harbour Walls Fund – position at 30 June 2170 (£)")),
        row(2, cell("A2", "Line") + cell("B2", "Budget") + cell("C2", "Spent") + cell("D2", "Variance")),
        row(3, cell("A3", "Sea wall repairs") + cell("B3", 420000, 1) + cell("C3", 437250, 1) + cell("D3", 17250, 1)),
        row(4, cell("A4", "Hidden workings") + cell("B4", 99999, 1), ' hidden="1"'),
        row(5, cell("A5", "Slipway") + cell("B5", 60000, 1) + cell("C5", 48500, 1) + cell("D5", -11500, 1)),
        row(6, cell("A6", "Surveys") + cell("B6", 15000, 1) + cell("C6", 15000, 1) + cell("D6", 0, 1)),
        row(7, cell("A7", "Total") + cell("B7", 495000, 1) + cell("C7", 500750, 1) + cell("D7", 5750, 1)),
        row(8, cell("A8", "Outside the range")),
      ].join(""),
    ),
  );
  book.file("xl/worksheets/sheet2.xml", ws(row(1, cell("A1", "Sea wall repairs") + cell("B1", 388000, 1))));
  return book.generateAsync({ type: "nodebuffer" });
}

/** An embedded object as Word writes it: a VML picture (the icon, or a picture of the content) and the OLE object. */
const oleObject = (progId: string, relationship: string, aspect: "Content" | "Icon") =>
  `<w:p><w:r><w:object w:dxaOrig="1531" w:dyaOrig="991"><v:shape id="_x0000_i1025" style="width:76.5pt;height:49.5pt" o:ole=""><v:imagedata r:id="rIdImg1"/></v:shape><o:OLEObject Type="Embed" ProgID="${progId}" ShapeID="_x0000_i1025" DrawAspect="${aspect}" r:id="${relationship}"/></w:object></w:r></w:p>`;

/** A Word package around document.xml's body, with its embedded parts by relationship. */
async function paperWithObjects(body: string, embedded: { id: string; target: string; bytes: Buffer }[]): Promise<Buffer> {
  const zip = new JSZip();
  const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${REL}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"`;
  zip.file("[Content_Types].xml", `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/_rels/document.xml.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${embedded.map((e) => `<Relationship Id="${e.id}" Type="${REL}/package" Target="${e.target}"/>`).join("")}</Relationships>`);
  zip.file("word/document.xml", `${XML}<w:document ${w}><w:body>${body}</w:body></w:document>`);
  for (const e of embedded) zip.file(`word/${e.target}`, e.bytes);
  return zip.generateAsync({ type: "nodebuffer" });
}

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

async function paperWithWorksheetObject(): Promise<Buffer> {
  return paperWithObjects(
    `${para("Harbour Walls Panel – 14 July 2170 – Item 4: Budget monitoring")}${para("4.2 The sea wall repairs are forecast to overspend, as shown in Table 2.")}${oleObject("Excel.Sheet.12", "rIdOle1", "Content")}${para("4.3 The slipway is under budget.")}`,
    [{ id: "rIdOle1", target: "embeddings/Microsoft_Excel_Worksheet.xlsx", bytes: await budgetWorkbook() }],
  );
}

/** An appendix as its own Word document: a heading, a paragraph and a table with a total row. */
async function appendixDocument(heading: string, rows: string[][]): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
            new Paragraph("The panel scored each bid out of 100 on 3 March 2171."),
            new Table({ rows: rows.map((row) => new TableRow({ children: row.map(cell) })) }),
          ],
        },
      ],
    }),
  );
}

async function paperWithAppendicesAsIcons(): Promise<Buffer> {
  const bids = await appendixDocument("Appendix A: Harbour Walls Fund bids", [
    ["Council", "Asked", "Score", "Award"],
    ["Quayford Borough Council", "£48,000", "81", "£48,000"],
    ["Saltinghurst District Council", "£52,500", "47", "£0"],
    ["Total", "£100,500", "", "£48,000"],
  ]);
  const terms = await appendixDocument("Appendix B: Grant conditions", [
    ["Condition", "Deadline"],
    ["Works started", "30 September 2171"],
  ]);
  return paperWithObjects(
    [
      para("Harbour Walls Panel – 10 March 2171 – Item 3: Fund awards"),
      para("3.1 Appendix A gives every bid, its score and the recommended award."),
      para("Appendices"),
      para("Appendix A – bids and scores"),
      oleObject("Word.Document.12", "rIdDoc1", "Icon"),
      para("Appendix B – conditions"),
      oleObject("Word.Document.12", "rIdDoc2", "Icon"),
    ].join(""),
    [
      { id: "rIdDoc1", target: "embeddings/Microsoft_Word_Document1.docx", bytes: bids },
      { id: "rIdDoc2", target: "embeddings/Microsoft_Word_Document2.docx", bytes: terms },
    ],
  );
}

describe("Word documents embedded as icons (a paper's appendices)", () => {
  it("reads each embedded document where its icon sits: its headings, paragraphs and table rows", async () => {
    const path = join(tempDir(), "hwp-item-3-fund-awards-2171-03-10.docx");
    writeFileSync(path, await paperWithAppendicesAsIcons());
    const { text } = await loadFile(path);
    const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
    const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
    expect(lines).toContain("# Appendix A: Harbour Walls Fund bids");
    expect(lines).toContain("Saltinghurst District Council\t£52,500\t47\t£0");
    expect(lines).toContain("Works started\t30 September 2171");
    expect(at("Appendix A – bids")).toBeLessThan(at("# Appendix A: Harbour"));
    expect(at("Total\t£100,500")).toBeLessThan(at("Appendix B – conditions"));
    expect(at("Appendix B – conditions")).toBeLessThan(at("# Appendix B: Grant conditions"));
  });
});

describe("Excel worksheet objects pasted into Word", () => {
  it("reads the cells the object shows from its embedded workbook, as Excel displays them, in place", async () => {
    const path = join(tempDir(), "hwp-budget-2170-07-14.docx");
    writeFileSync(path, await paperWithWorksheetObject());
    const { text } = await loadFile(path);
    const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
    const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
    expect(lines).toContain("Table 2: Harbour Walls Fund – position at 30 June 2170 (£)");
    expect(lines).toContain("Line\tBudget\tSpent\tVariance");
    // (Underspends in brackets and zero as a dash, through the cells' number format.)
    expect(lines).toContain("Sea wall repairs\t420,000\t437,250\t17,250");
    expect(lines).toContain("Slipway\t60,000\t48,500\t(11,500)");
    expect(lines).toContain("Surveys\t15,000\t15,000\t–");
    expect(at("4.2 The sea wall")).toBeLessThan(at("Table 2:"));
    expect(at("Total\t495,000")).toBeLessThan(at("4.3 The slipway"));
  });

  it("leaves out what the object does not show: hidden rows, cells outside its range, the other sheets", async () => {
    const path = join(tempDir(), "hwp-budget-2170-07-14.docx");
    writeFileSync(path, await paperWithWorksheetObject());
    const { text } = await loadFile(path);
    expect(text).not.toContain("Hidden workings");
    expect(text).not.toContain("99,999");
    expect(text).not.toContain("Outside the range");
    expect(text).not.toContain("388,000");
  });
});
