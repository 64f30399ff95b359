// A small layout helper over pdfkit for the two PDFs of set BN: it draws paragraphs and table rows at
// tracked positions, breaks pages, and records the reader's rendering (text/) as it draws, so the
// rendering is the drawn text in drawing order: one paragraph per line, table cells joined by " | ".
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { requireMain, FONTS } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");

export function makeDoc(path, { size, margins, info, fonts = {} }) {
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, info, bufferPages: false });
  const stream = createWriteStream(path);
  doc.pipe(stream);
  doc.registerFont("r", join(FONTS, fonts.r ?? "DejaVuSans.ttf"));
  doc.registerFont("b", join(FONTS, fonts.b ?? "DejaVuSans-Bold.ttf"));
  doc.registerFont("i", join(FONTS, fonts.i ?? "DejaVuSans-Oblique.ttf"));
  const [PW, PH] = size;
  const L = {
    doc, PW, PH, M: margins, y: margins.top, R: [], page: 0,
    onPageEnd: null, onPageStart: null,
    done: new Promise((res) => stream.on("finish", res)),
  };
  L.width = PW - margins.left - margins.right;
  L.bottom = PH - margins.bottom;
  L.newPage = () => {
    if (L.page && L.onPageEnd) L.onPageEnd(L);
    doc.addPage({ size, margin: 0 });
    L.page++;
    L.y = margins.top;
    if (L.onPageStart) L.onPageStart(L);
  };
  L.finish = async () => {
    if (L.page && L.onPageEnd) L.onPageEnd(L);
    doc.end();
    await L.done;
  };
  // a paragraph; opts: font, size, indent, gap (after), render (false to leave it out), keep (min space)
  L.para = (text, o = {}) => {
    const font = o.font ?? "r", size = o.size ?? 10, x = margins.left + (o.indent ?? 0), w = (o.width ?? L.width) - (o.indent ?? 0);
    doc.font(font).fontSize(size);
    const h = doc.heightOfString(text, { width: w, lineGap: o.lineGap ?? 1.5 });
    if (L.y + h > L.bottom) L.newPage();
    const top = L.y;
    doc.fillColor(o.color ?? "#000000").text(text, x, L.y, { width: w, lineGap: o.lineGap ?? 1.5, align: o.align ?? "left" });
    L.y = top + h + (o.gap ?? 6);
    if (o.render !== false) L.R.push(o.renderAs ?? text);
    return { page: L.page, x, y: top, w, h };
  };
  L.space = (n) => { L.y += n; };
  // a table row; cells: [{text, font, size, fill, color, lines:[...]}] or strings; widths in points
  // opts: border colour, pad, render (false), header (row to repeat on a new page), renderCells (override)
  L.row = (cells, widths, o = {}) => {
    const pad = o.pad ?? 4, size = o.size ?? 9;
    cells = cells.map((c) => (typeof c === "string" ? { text: c } : c));
    const heights = cells.map((c, i) => {
      doc.font(c.font ?? o.font ?? "r").fontSize(c.size ?? size);
      const parts = c.lines ?? [c.text];
      return parts.reduce((t, p) => t + (p ? doc.heightOfString(p, { width: widths[i] - 2 * pad - (c.indent ?? 0), lineGap: 1 }) : 0) + 1, 0);
    });
    const h = Math.max(...heights, size) + 2 * pad;
    if (L.y + h > L.bottom) {
      L.newPage();
      if (o.header) L.row(o.header.cells, widths, { ...o.header.opts, render: false });
    }
    let x = margins.left + (o.indent ?? 0);
    const top = L.y;
    for (const [i, c] of cells.entries()) {
      if (c.fill || o.fill) doc.rect(x, top, widths[i], h).fill(c.fill ?? o.fill);
      if (o.border !== false) doc.lineWidth(0.5).strokeColor(o.border ?? "#808080").rect(x, top, widths[i], h).stroke();
      if (c.draw) c.draw(doc, x, top, widths[i], h);
      let yy = top + pad;
      doc.font(c.font ?? o.font ?? "r").fontSize(c.size ?? size).fillColor(c.color ?? "#000000");
      for (const p of c.lines ?? [c.text]) {
        if (!p) continue;
        const ww = widths[i] - 2 * pad - (c.indent ?? 0);
        doc.text(p, x + pad + (c.indent ?? 0), yy, { width: ww, lineGap: 1 });
        yy += doc.heightOfString(p, { width: ww, lineGap: 1 }) + 1;
      }
      x += widths[i];
    }
    L.y = top + h;
    if (o.render !== false) {
      if (o.renderLines) L.R.push(...o.renderLines);
      else L.R.push(cells.map((c) => (c.lines ?? [c.text]).filter(Boolean).join(" ")).join(" | "));
    }
    return { page: L.page, y: top, h };
  };
  return L;
}
