// A small layer over the `docx` package: a document is a list of blocks, written once as a Word file
// and once as its plain-text rendering (one paragraph per line, table cells joined by " | ",
// a cell's paragraphs joined by a space; page header and footer left out, as in newdocs-dev).
import { importDocx } from "./common.mjs";

const D = await importDocx();
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType,
  BorderStyle, ShadingType, Header, Footer, PageNumber, VerticalAlign,
} = D;

export const cellParas = (c) => (typeof c === "string" ? [c] : c.paras ?? (c.text !== undefined ? [c.text] : []));

export function renderText(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.t === "pb" || b.t === "space") continue;
    if (b.t === "table") {
      const rows = [...(b.header ? [b.header] : []), ...b.rows];
      for (const r of rows) out.push(r.map((c) => cellParas(c).join(" ")).join(" | ").trimEnd());
      continue;
    }
    out.push(b.label ? `${b.label} ${b.text}` : b.text);
  }
  return out.join("\n") + "\n";
}

const FONT = "Arial";
const run = (text, o = {}) => new TextRun({ text, font: FONT, size: o.size ?? 22, bold: o.bold, color: o.color, italics: o.italics });

function table(b) {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const mk = (cells, isHeader) =>
    new TableRow({
      tableHeader: isHeader && b.repeatHeader !== false,
      cantSplit: true,
      children: cells.map((c, i) => {
        const o = typeof c === "string" ? {} : c;
        const paras = cellParas(c);
        const fill = o.fill ?? (isHeader ? b.headerFill ?? "1F3864" : undefined);
        const color = o.color ?? (isHeader ? "FFFFFF" : undefined);
        return new TableCell({
          width: { size: o.span ? b.widths.slice(i, i + o.span).reduce((a, x) => a + x, 0) : b.widths[i], type: WidthType.DXA },
          columnSpan: o.span,
          verticalAlign: VerticalAlign.TOP,
          shading: fill ? { type: ShadingType.CLEAR, color: "auto", fill } : undefined,
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
          children: (paras.length ? paras : [""]).map(
            (t, k) => new Paragraph({ children: t ? [run(t, { size: b.size ?? 19, bold: isHeader || o.bold || (o.boldFirst && k === 0), color })] : [] }),
          ),
        });
      }),
    });
  const rows = [...(b.header ? [mk(b.header, true)] : []), ...b.rows.map((r) => mk(r, false))];
  return new Table({ width: { size: b.widths.reduce((a, x) => a + x, 0), type: WidthType.DXA }, columnWidths: b.widths, borders, rows });
}

export async function buildDocx(blocks, { title, subject, headerText, creator = "Local Government Association" }) {
  const children = [];
  for (const b of blocks) {
    switch (b.t) {
      case "meta":
        children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.text, { bold: true })] }));
        break;
      case "title":
        children.push(new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 240, after: 240 }, children: [run(b.text, { size: 36, bold: true, color: "1F3864" })] }));
        break;
      case "h1":
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 280, after: 120 }, children: [run(b.text, { size: 28, bold: true, color: "1F3864" })] }));
        break;
      case "h2":
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 100 }, children: [run(b.text, { size: 24, bold: true, color: "1F3864" })] }));
        break;
      case "caption":
        children.push(new Paragraph({ spacing: { before: 200, after: 80 }, children: [run(b.text, { bold: true, size: 20 })] }));
        break;
      case "p":
        children.push(
          new Paragraph({
            spacing: { after: 120 },
            indent: b.indent ? { left: b.indent, hanging: b.hanging ?? 0 } : undefined,
            children: b.label ? [run(b.label + " ", { bold: true }), run(b.text)] : [run(b.text, { italics: b.italics, size: b.size })],
          }),
        );
        break;
      case "table":
        children.push(table(b));
        children.push(new Paragraph({ children: [] }));
        break;
      case "pb":
        children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
        break;
      default:
        throw new Error("unknown block " + b.t);
    }
  }
  const doc = new Document({
    creator,
    title,
    subject,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: headerText ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(headerText, { size: 16, color: "595959" })] })] }) } : undefined,
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 16, children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
