// A small typesetter with pdfkit that lays a report out the way LaTeX's article class does: justified
// paragraphs with a first-line indent and no space between paragraphs (none after a heading), numbered
// sections, each word placed on its own with no space characters between words (TeX positions words
// instead of writing spaces), footnote marks as raised numbers with the notes at the page foot under a
// short rule, tables as floats with the caption above and three rules only (booktabs: top, mid, bottom),
// a float that does not fit going to the top of the next page while the text runs on, a title block with
// a \thanks note marked *, an abstract, and a page number centred at the foot.
//
// It also records what a reader sees, in reading order, as plain text (tables as "cell | cell" lines,
// footnote marks as Unicode superscripts; page numbers left out).
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { requireFromProject, FONTS } from "./common.mjs";

const PDFDocument = requireFromProject("pdfkit");

const SUP = { 0: "⁰", 1: "¹", 2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶", 7: "⁷", 8: "⁸", 9: "⁹", a: "ᵃ", b: "ᵇ", c: "ᶜ", d: "ᵈ", "*": "*" };
const sup = (s) => [...String(s)].map((c) => SUP[c] ?? c).join("");

export class Latexish {
  constructor({ footnotes = {}, info = {} } = {}) {
    this.doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info, bufferPages: true });
    const d = this.doc;
    d.registerFont("rm", join(FONTS, "DejaVuSerif.ttf"));
    d.registerFont("bf", join(FONTS, "DejaVuSerif-Bold.ttf"));
    d.registerFont("it", join(FONTS, "DejaVuSerif-Italic.ttf"));
    d.registerFont("bi", join(FONTS, "DejaVuSerif-BoldItalic.ttf"));
    this.W = 595.28;
    this.H = 841.89;
    this.left = 105;
    this.width = 385;
    this.top = 92;
    this.bottom = 748;
    this.size = 10;
    this.lead = 13;
    this.fnDefs = footnotes; // number -> text (inline markup allowed)
    this.pages = []; // per page: {items: [{y, lines}], footnotes: [{mark, text}]}
    this.deferred = [];
    this.pendingFootnoteText = []; // footnote lines to emit after the current block (for the text rendering)
    this.releasedFootnoteText = [];
    this.pendingFloatText = []; // a float placed at the top of a page while a block was running: after the block
    this.text = [];
    this.newPage();
  }

  // ------------------------------------------------------------------ pages
  newPage() {
    this.doc.addPage({ size: "A4", margin: 0 });
    this.page = { fns: [], fnHeight: 0 };
    this.pages.push(this.page);
    this.y = this.top;
    // deferred floats go to the top of the new page
    const floats = this.deferred;
    this.deferred = [];
    for (const f of floats) this.placeTable(f, true);
  }
  limit() {
    return this.bottom - (this.page.fns.length ? this.page.fnHeight + 12 : 0);
  }
  finishPage() {
    this.releasedFootnoteText.push(...this.pendingFootnoteText.splice(0));
    // draw the footnotes of this page
    const p = this.page;
    if (p.fns.length) {
      let y = this.bottom - p.fnHeight;
      this.doc.save().lineWidth(0.4).moveTo(this.left, y - 5).lineTo(this.left + this.width * 0.4, y - 5).stroke().restore();
      for (const fn of p.fns) {
        for (const line of fn.lines) {
          this.drawLine(line, this.left, y, false);
          y += 10.5;
        }
      }
    }
  }
  finish(pdfPath) {
    this.flushFootnoteText(true);
    while (this.deferred.length) {
      this.finishPage();
      this.newPage();
    }
    this.finishPage();
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const n = String(i + 1);
      this.doc.font("rm").fontSize(10);
      const w = this.doc.widthOfString(n);
      this.doc.text(n, this.left + (this.width - w) / 2, 785, { lineBreak: false });
    }
    return new Promise((resolve) => {
      const out = createWriteStream(pdfPath);
      out.on("finish", resolve);
      this.doc.pipe(out);
      this.doc.end();
    });
  }

  // ------------------------------------------------------------------ inline text
  // markup: **bold**, *italic*, ^{n} a footnote (numbered, text from fnDefs), ^[x] a raised mark only
  parse(src, base = "rm") {
    const segs = [];
    let bold = false;
    let ital = false;
    const font = () => (bold && ital ? "bi" : bold ? "bf" : ital ? "it" : base === "bf" ? "bf" : base === "it" ? "it" : "rm");
    let buf = "";
    const flush = () => {
      if (buf) segs.push({ text: buf, font: font() });
      buf = "";
    };
    for (let i = 0; i < src.length; i++) {
      if (src.startsWith("**", i)) {
        flush();
        bold = !bold;
        i++;
      } else if (src[i] === "*" && src[i + 1] !== " " && !ital && src.indexOf("*", i + 1) > i) {
        flush();
        ital = true;
      } else if (src[i] === "*" && ital) {
        flush();
        ital = false;
      } else if (src.startsWith("^{", i)) {
        flush();
        const j = src.indexOf("}", i);
        segs.push({ mark: src.slice(i + 2, j), fn: true });
        i = j;
      } else if (src.startsWith("^[", i)) {
        flush();
        const j = src.indexOf("]", i);
        segs.push({ mark: src.slice(i + 2, j), fn: false });
        i = j;
      } else buf += src[i];
    }
    flush();
    return segs;
  }
  plain(src) {
    return this.parse(src)
      .map((s) => (s.mark ? sup(s.mark) : s.text))
      .join("");
  }
  // words: arrays of pieces {text, font, size, rise, fn}
  words(src, size, base = "rm") {
    const out = [];
    let cur = [];
    for (const s of this.parse(src, base)) {
      if (s.mark) {
        cur.push({ text: s.mark, font: "rm", size: size * 0.65, rise: size * 0.38, fn: s.fn ? s.mark : null });
        continue;
      }
      const parts = s.text.split(/( +)/);
      for (const p of parts) {
        if (/^ +$/.test(p)) {
          if (cur.length) out.push(cur);
          cur = [];
        } else if (p) cur.push({ text: p, font: s.font, size, rise: 0 });
      }
    }
    if (cur.length) out.push(cur);
    return out;
  }
  wordWidth(w) {
    let t = 0;
    for (const p of w) {
      this.doc.font(p.font).fontSize(p.size);
      t += this.doc.widthOfString(p.text);
    }
    return t;
  }
  spaceWidth(size) {
    this.doc.font("rm").fontSize(size);
    return this.doc.widthOfString(" ");
  }
  // greedy line breaking; returns [{words, widths, natural, last}]
  breakLines(words, width, firstIndent = 0, size = this.size) {
    const sp = this.spaceWidth(size);
    const lines = [];
    let cur = [];
    let curW = 0;
    let avail = width - firstIndent;
    for (const w of words) {
      const ww = this.wordWidth(w);
      const need = cur.length ? curW + sp + ww : ww;
      if (need > avail && cur.length) {
        lines.push({ words: cur, natural: curW });
        cur = [w];
        curW = ww;
        avail = width;
      } else {
        cur.push(w);
        curW = need;
      }
    }
    if (cur.length) lines.push({ words: cur, natural: curW, last: true });
    lines.forEach((l, i) => {
      l.indent = i === 0 ? firstIndent : 0;
      l.width = width - l.indent;
      l.size = size;
    });
    return lines;
  }
  drawLine(line, x, y, justify = true, align = "left") {
    const d = this.doc;
    const sp = this.spaceWidth(line.size ?? this.size);
    const n = line.words.length;
    let gap = sp;
    const full = line.width ?? this.width;
    if (justify && !line.last && n > 1) gap = sp + (full - line.natural) / (n - 1);
    let cx = x + (line.indent ?? 0);
    if (align === "center") cx = x + (full - line.natural) / 2;
    if (align === "right") cx = x + full - line.natural;
    for (const w of line.words) {
      for (const p of w) {
        d.font(p.font).fontSize(p.size);
        d.text(p.text, cx, y - p.rise, { lineBreak: false });
        cx += d.widthOfString(p.text);
      }
      cx += gap;
    }
  }
  // footnotes referenced in a line
  lineFootnotes(line) {
    const out = [];
    for (const w of line.words) for (const p of w) if (p.fn) out.push(p.fn);
    return out;
  }
  addFootnote(mark) {
    const text = this.fnDefs[mark];
    if (text === undefined) throw new Error(`no footnote ${mark}`);
    const words = this.words(`^[${mark}]` + " " + text, 8.5);
    // join the mark to the first word (no space after it, as LaTeX prints the mark then the text)
    const lines = this.breakLines(words, this.width, 10, 8.5);
    for (const l of lines) l.size = 8.5;
    return { mark, lines, height: lines.length * 10.5, plain: `${sup(mark)} ${this.plain(text)}` };
  }

  // ------------------------------------------------------------------ blocks
  emit(line) {
    this.text.push(line);
  }
  // footnotes are read at the foot of their page: their text goes out after the block that is running
  // when the page ends (or at the end of the document)
  flushFootnoteText(all = false) {
    if (all) this.releasedFootnoteText.push(...this.pendingFootnoteText.splice(0));
    for (const l of this.releasedFootnoteText) this.text.push(l);
    this.releasedFootnoteText = [];
    for (const l of this.pendingFloatText) this.text.push(l);
    this.pendingFloatText = [];
  }
  ensure(h) {
    if (this.y + h > this.limit()) {
      this.finishPage();
      this.newPage();
      return true;
    }
    return false;
  }
  vspace(h) {
    this.y += h;
  }
  // lines of body text with footnotes; x offset for lists
  placeLines(lines, x, { justify = true, lead = this.lead, align = "left" } = {}) {
    for (const line of lines) {
      const fns = this.lineFootnotes(line).map((m) => this.addFootnote(m));
      const fnH = fns.reduce((a, f) => a + f.height, 0);
      const extra = fns.length && !this.page.fns.length ? 12 : 0;
      if (this.y + lead > this.limit() - fnH - extra) {
        this.finishPage();
        this.newPage();
      }
      for (const f of fns) {
        this.page.fns.push(f);
        this.page.fnHeight += f.height;
        this.pendingFootnoteText.push(f.plain);
      }
      this.drawLine(line, x, this.y, justify, align);
      this.y += lead;
    }
  }
  paragraph(src, { indent = true, x = this.left, width = this.width, size = this.size, lead = this.lead, justify = true, align = "left", font = "rm" } = {}) {
    const lines = this.breakLines(this.words(src, size, font), width, indent ? 15 : 0, size);
    this.placeLines(lines, x, { justify, lead, align });
    this.emit(this.plain(src).replace(/\*\*/g, ""));
    this.flushFootnoteText();
  }
  heading(num, title, level = 1) {
    const size = level === 1 ? 12.5 : 10.5;
    const before = level === 1 ? 15 : 10;
    const after = level === 1 ? 7 : 5;
    if (this.y > this.top + 1) this.y += before;
    this.ensure(size + after + this.lead * 2);
    this.flushFootnoteText();
    const d = this.doc;
    d.font("bf").fontSize(size);
    const numStr = num ? String(num) : "";
    if (numStr) d.text(numStr, this.left, this.y, { lineBreak: false });
    const indent = numStr ? d.widthOfString(numStr) + (level === 1 ? 14 : 11) : 0;
    // the title word by word
    const words = this.words(title, size, "bf");
    const lines = this.breakLines(words, this.width - indent, 0, size);
    for (const l of lines) {
      l.last = true;
      this.drawLine(l, this.left + indent, this.y, false);
      this.y += size + 3;
    }
    this.y += after;
    this.emit(numStr ? `${numStr} ${title}` : title);
  }
  list(items, { labelWidth = 24, x = this.left + 12, bold = false, desc = false } = {}) {
    for (const [label, src] of items) {
      if (desc) {
        // description list: bold label run in, following lines indented
        const words = [...this.words(`**${label}**`, this.size), ...this.words(src, this.size)];
        const lines = this.breakLines(words, this.width - 15, 0, this.size);
        const first = [lines[0]];
        this.placeLines(first, this.left);
        this.placeLines(lines.slice(1), this.left + 15);
        this.emit(`${label} ${this.plain(src)}`);
      } else {
        const words = this.words(src, this.size);
        const lines = this.breakLines(words, this.width - (x - this.left) - labelWidth, 0, this.size);
        // label on the first line
        const fns = this.lineFootnotes(lines[0]);
        if (this.y + this.lead > this.limit() - (fns.length ? 30 : 0)) {
          this.finishPage();
          this.newPage();
        }
        this.doc.font(bold ? "bf" : "rm").fontSize(this.size);
        this.doc.text(label, x, this.y, { lineBreak: false });
        this.placeLines(lines, x + labelWidth);
        this.emit(`${label} ${this.plain(src)}`);
      }
      this.flushFootnoteText();
    }
  }

  // ------------------------------------------------------------------ tables (floats)
  // t = {caption, cols: [{head, w, align}], rows: [[cell...]], size, boldRows: [index], notes: [src]}
  measureTable(t) {
    const size = t.size ?? 8.5;
    const lead = size + 2.2;
    const pad = 4;
    const cellLines = (src, w, font) => this.breakLines(this.words(String(src), size, font), w - 2 * pad, 0, size).map((l) => ({ ...l, last: true }));
    const cap = this.breakLines(this.words(t.caption, 9.5), this.width, 0, 9.5).map((l) => ({ ...l, last: l.last }));
    const head = t.cols.map((c) => cellLines(c.head, c.w, "bf"));
    const rows = t.rows.map((r, ri) => r.map((cell, ci) => cellLines(cell, t.cols[ci].w, (t.boldRows ?? []).includes(ri) ? "bf" : "rm")));
    const notes = (t.notes ?? []).map((n) => this.breakLines(this.words(n, 7.8), this.width, 0, 7.8));
    const headH = Math.max(...head.map((c) => c.length)) * lead;
    const rowH = rows.map((r) => Math.max(...r.map((c) => c.length)) * lead + 2.5);
    const notesH = notes.reduce((a, n) => a + n.length * 9.6, 0);
    const h = cap.length * 12 + 6 + 3 + headH + 6 + rowH.reduce((a, b) => a + b, 0) + 5 + (notes.length ? notesH + 4 : 0) + 14;
    return { size, lead, pad, cap, head, rows, notes, headH, rowH, h };
  }
  table(t) {
    const m = this.measureTable(t);
    if (this.deferred.length || this.y + m.h > this.limit()) {
      this.deferred.push(t); // goes to the top of the next page; the text runs on
      return;
    }
    this.placeTable(t);
  }
  placeTable(t, atTop = false) {
    const m = this.measureTable(t);
    const d = this.doc;
    if (!atTop) this.y += 8;
    // caption (centred when it fits on one line)
    for (const l of m.cap) {
      l.width = this.width;
      this.drawLine(l, this.left, this.y, false, m.cap.length === 1 ? "center" : "left");
      this.y += 12;
    }
    this.y += 3;
    const rule = (w) => {
      d.save().lineWidth(w).moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).stroke().restore();
    };
    rule(0.8); // \toprule
    this.y += 4;
    let x = this.left;
    const drawCell = (lines, col, y) => {
      let yy = y;
      for (const l of lines) {
        l.width = col.w - 2 * m.pad;
        this.drawLine(l, x + m.pad, yy, false, col.align === "r" ? "right" : col.align === "c" ? "center" : "left");
        yy += m.lead;
      }
    };
    t.cols.forEach((c, ci) => {
      drawCell(m.head[ci], c, this.y);
      x += c.w;
    });
    this.y += m.headH + 1;
    rule(0.5); // \midrule
    this.y += 4;
    m.rows.forEach((r, ri) => {
      x = this.left;
      r.forEach((cell, ci) => {
        drawCell(cell, t.cols[ci], this.y);
        x += t.cols[ci].w;
      });
      this.y += m.rowH[ri];
    });
    this.y += 1;
    rule(0.8); // \bottomrule
    this.y += 4;
    for (const n of m.notes) {
      for (const l of n) {
        l.size = 7.8;
        this.drawLine(l, this.left, this.y, true);
        this.y += 9.6;
      }
    }
    this.y += atTop ? 14 : 10;
    // text rendering (a float placed at the top of a new page comes after the block that ran over)
    const out = [this.plain(t.caption), t.cols.map((c) => this.plain(c.head)).join(" | ")];
    for (const r of t.rows) out.push(r.map((c) => this.plain(String(c))).join(" | "));
    for (const n of t.notes ?? []) out.push(this.plain(n));
    if (atTop) this.pendingFloatText.push(...out);
    else for (const l of out) this.emit(l);
  }

  // ------------------------------------------------------------------ title block and abstract
  centred(src, size, font = "rm", after = 4) {
    const lines = this.breakLines(this.words(src, size, font), this.width, 0, size);
    for (const l of lines) {
      l.last = true;
      this.placeLines([l], this.left, { justify: false, lead: size + 4, align: "center" });
    }
    this.y += after;
    this.emit(this.plain(src).replace(/\*\*/g, ""));
    this.flushFootnoteText();
  }
  abstract(title, src) {
    this.y += 6;
    this.centred(`**${title}**`, 9.5, "rm", 2);
    const lines = this.breakLines(this.words(src, 9), this.width - 60, 12, 9);
    this.placeLines(lines, this.left + 30, { lead: 11.5 });
    this.emit(this.plain(src));
    this.flushFootnoteText();
    this.y += 6;
  }
}
