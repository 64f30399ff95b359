/**
 * Test documents made on the fly: PDFs with pdfkit (paragraphs, an unruled table, a ruled table with a
 * row broken across a page break, running footers), a .docx with the docx package.
 */
import { createWriteStream } from "node:fs";
import PDFDocument from "pdfkit";
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

export const LONG_DELIVERY =
  "We delivered a programme of peer challenges across the country and supported councils with " +
  "bespoke advice on finance, governance and leadership, and we published new guidance for members " +
  "on scrutiny which was well received by the sector";
export const TARGET_12 = "Reduce the number of councils without a recent peer challenge by half";
export const SPLIT_FIRST =
  "Advice and information provided to councils on governance and scrutiny continued through the year " +
  "with regional events in every English region";
export const SPLIT_SECOND = "and a national conference attended by over two hundred delegates in March";

function save(doc: PDFKit.PDFDocument, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on("finish", () => resolve());
    out.on("error", reject);
    doc.pipe(out);
    doc.end();
  });
}

interface Col {
  x: number;
  w: number;
}

/** A four-page report: prose, an unruled table, a ruled table whose last row breaks over a page. */
export async function makeReportPdf(path: string): Promise<void> {
  const doc = new PDFDocument({ size: "A4", margin: 50, autoFirstPage: false, bufferPages: true });
  const font = (bold: boolean) => doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);

  // Page 1: heading and two paragraphs.
  doc.addPage();
  doc.font("Helvetica-Bold").fontSize(16).text("Performance report", 50, 60);
  font(false).text(
    "This report sets out the progress made against the business plan during the year. " +
      "It covers the work of every board and the support offered to councils across England, " +
      "including peer challenges, leadership programmes and advice on finance.",
    50,
    100,
    { width: 495 },
  );
  font(false).text("The second paragraph is short.", 50, doc.y + 12, { width: 495 });

  // Page 2: a table laid out by x positions only (no drawn lines).
  doc.addPage();
  const cols: Col[] = [
    { x: 50, w: 40 },
    { x: 100, w: 140 },
    { x: 250, w: 220 },
    { x: 480, w: 60 },
  ];
  const row = (cells: string[], y: number, bold: boolean): number => {
    let h = 0;
    cells.forEach((c, i) => {
      font(bold);
      doc.text(c, cols[i]!.x, y, { width: cols[i]!.w });
      h = Math.max(h, doc.heightOfString(c, { width: cols[i]!.w }));
    });
    return y + h + 8;
  };
  let y = 60;
  y = row(["Ref", "Target", "What we delivered", "Status"], y, true);
  y = row(["1.1", "Deliver at least 110 peer challenges", LONG_DELIVERY, "Green"], y, false);
  y = row(["1.2", TARGET_12, "Whilst we did not meet the target we made progress", "Red"], y, false);
  y = row(["1.3", "Publish guidance", "Guidance published in June", "Amber"], y, false);

  // Pages 3-4: a ruled table; row 2.2 breaks over the page break, the header is repeated on page 4.
  const rc: Col[] = [
    { x: 50, w: 50 },
    { x: 100, w: 180 },
    { x: 280, w: 200 },
    { x: 480, w: 65 },
  ];
  const left = 50;
  const right = 545;
  const ruledRow = (cells: string[], top: number, bold: boolean, closeBottom = true): number => {
    let h = 0;
    cells.forEach((c, i) => {
      font(bold);
      if (c) doc.text(c, rc[i]!.x + 4, top + 4, { width: rc[i]!.w - 8 });
      h = Math.max(h, c ? doc.heightOfString(c, { width: rc[i]!.w - 8 }) : 0);
    });
    const bottom = top + h + 8;
    doc.lineWidth(0.75);
    doc.moveTo(left, top).lineTo(right, top).stroke();
    for (const x of [...rc.map((c) => c.x), right]) doc.moveTo(x, top).lineTo(x, bottom).stroke();
    if (closeBottom) doc.moveTo(left, bottom).lineTo(right, bottom).stroke();
    return bottom;
  };
  doc.addPage();
  const header = ["Ref", "Target", "Delivery", "Status"];
  y = ruledRow(header, 60, true);
  y = ruledRow(["2.1", "Change of control support to 15 councils", "We supported 18 councils", "Green"], y, false);
  // filler rows down to the bottom of the page, then the row that breaks over the page
  for (let k = 1; y < 690; k++) y = ruledRow([`F${k}`, "Filler target", "Filler delivery", "Green"], y, false);
  ruledRow(["2.2", "Training for at least 20 councillors", SPLIT_FIRST, "Amber"], y, false, false);
  // carry the vertical rules down to the page cut
  for (const x of [...rc.map((c) => c.x), right]) doc.moveTo(x, y).lineTo(x, 790).stroke();
  doc.addPage();
  y = ruledRow(header, 60, true);
  y = ruledRow(["", "", SPLIT_SECOND, ""], y, false);
  y = ruledRow(["2.3", "Scrutiny support", "Delivered as planned", "Green"], y, false);

  // Running footer on every page (page furniture).
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).text(`Page ${i + 1} of ${range.count}`, 50, 810, {
      width: 495,
      align: "center",
      lineBreak: false,
    });
  }
  await save(doc, path);
}

/** A PDF whose only page has no text at all (like a scan without a text layer). */
export async function makeImageOnlyPdf(path: string): Promise<void> {
  const doc = new PDFDocument({ size: "A4", margin: 50 });
  doc.rect(100, 100, 300, 200).fill("#336699");
  await save(doc, path);
}

/** A password-protected PDF. */
export async function makeEncryptedPdf(path: string): Promise<void> {
  const doc = new PDFDocument({ size: "A4", margin: 50, userPassword: "secret", ownerPassword: "owner" });
  doc.text("Confidential", 50, 50);
  await save(doc, path);
}

/** A .docx with a heading, paragraphs and a table (one cell with two paragraphs). */
export async function makeDocx(): Promise<Buffer> {
  const cell = (...paras: string[]) =>
    new TableCell({ children: paras.map((p) => new Paragraph(p)), width: { size: 2000, type: WidthType.DXA } });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Improvement and Innovation Board", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun("Membership for "), new TextRun({ text: "2017/18", bold: true })] }),
          new Paragraph("The board met four times."),
          new Table({
            rows: [
              new TableRow({ children: [cell("Councillor"), cell("Authority")] }),
              new TableRow({
                children: [cell("Cllr Peter Fleming OBE (Chairman)"), cell("Sevenoaks District Council")],
              }),
              new TableRow({ children: [cell("Cllr Judi Billing MBE"), cell("North Hertfordshire", "District Council")] }),
            ],
          }),
          new Paragraph("Contact officer: Eleanor Reader-Moore"),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
