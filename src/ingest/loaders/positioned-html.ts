/**
 * Web pages made from PDFs by a converter (pdf2htmlEX and its like): every line of text an absolutely
 * placed element, table cells as separate elements, the page's ruling lines drawn in a background picture.
 * Read as the HTML it is, such a page is one line per element and its tables are lost; read as the PDF it
 * was, the PDF layout analysis finds its tables, paragraphs and running headers again. This module turns
 * the page back into what the PDF layout analysis reads: text runs with their place and size, and rules.
 */
import type { HRule, PdfPageInput, PdfTextItem, VRule } from "./pdf-layout.js";

/** The fewest placed lines that make a page of placed text rather than a page with a few placed labels. */
const MIN_PLACED_LINES = 20;

type Declarations = Record<string, string>;

/** Class rules of the page's style sheets: ".x1{left:42px;}" as x1 → {left: "42px"}. */
function classRules(css: string): Map<string, Declarations> {
  const rules = new Map<string, Declarations>();
  for (const m of css.matchAll(/\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}/g)) {
    const declarations: Declarations = rules.get(m[1]!) ?? {};
    for (const d of m[2]!.split(";")) {
      const at = d.indexOf(":");
      if (at > 0) declarations[d.slice(0, at).trim().toLowerCase()] = d.slice(at + 1).trim();
    }
    rules.set(m[1]!, declarations);
  }
  return rules;
}

/** An element's declarations: its classes' rules, then its own style attribute. */
function declarationsOf(el: Element, rules: Map<string, Declarations>): Declarations {
  const out: Declarations = {};
  for (const c of (el.getAttribute("class") ?? "").split(/\s+/)) Object.assign(out, rules.get(c) ?? {});
  for (const d of (el.getAttribute("style") ?? "").split(";")) {
    const at = d.indexOf(":");
    if (at > 0) out[d.slice(0, at).trim().toLowerCase()] = d.slice(at + 1).trim();
  }
  return out;
}

const px = (v: string | undefined) => (v && /^-?[\d.]+(?:px|pt)?$/.test(v.trim()) ? Number.parseFloat(v) : undefined);

/** The scale of a "matrix(a, b, c, d, e, f)" transform (a converter sets text large and scales it down). */
function scaleOf(transform: string | undefined): number {
  const m = transform && /matrix\(\s*([-\d.]+)/.exec(transform);
  return m ? Math.abs(Number(m[1])) || 1 : 1;
}

/** A rough advance width of text in a sans-serif face, in ems: enough to tell a word gap from a column gap. */
function widthInEms(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === " ") w += 0.32;
    else if (/[il.,:;'|!]/.test(ch)) w += 0.3;
    else if (/[A-Z0-9mwMW@%]/.test(ch)) w += /[mwMW@%]/.test(ch) ? 0.85 : 0.66;
    else w += 0.55;
  }
  return w;
}

/** Ruling lines of a page's background picture (an SVG as a data URL): lines, and the edges of outlined boxes. */
function rulesOfBackground(page: Element, pageWidth: number): { hRules: HRule[]; vRules: VRule[] } {
  const hRules: HRule[] = [];
  const vRules: VRule[] = [];
  for (const img of [...page.querySelectorAll("img")]) {
    const src = img.getAttribute("src") ?? "";
    const data = /^data:image\/svg\+xml;base64,(.*)$/s.exec(src)?.[1];
    if (!data) continue;
    const svg = Buffer.from(data, "base64").toString("utf8");
    // (The picture's own units, by its view box, scaled to the page's.)
    const viewWidth = Number(/viewBox="[-\d.]+\s+[-\d.]+\s+([\d.]+)/.exec(svg)?.[1] ?? /\bwidth="([\d.]+)/.exec(svg)?.[1] ?? pageWidth);
    const scale = viewWidth > 0 ? pageWidth / viewWidth : 1;
    const num = (tag: string, name: string) => Number(new RegExp(`\\b${name}="(-?[\\d.]+)"`).exec(tag)?.[1] ?? Number.NaN) * scale;
    for (const [tag] of svg.matchAll(/<line\b[^>]*>/g)) {
      const [x1, y1, x2, y2] = [num(tag, "x1"), num(tag, "y1"), num(tag, "x2"), num(tag, "y2")];
      if ([x1, y1, x2, y2].some(Number.isNaN)) continue;
      if (Math.abs(y1 - y2) < 0.5) hRules.push({ y: y1, x0: Math.min(x1, x2), x1: Math.max(x1, x2) });
      else if (Math.abs(x1 - x2) < 0.5) vRules.push({ x: x1, y0: Math.min(y1, y2), y1: Math.max(y1, y2) });
    }
    for (const [tag] of svg.matchAll(/<rect\b[^>]*>/g)) {
      const [x, y, w, h] = [num(tag, "x"), num(tag, "y"), num(tag, "width"), num(tag, "height")];
      if ([x, y, w, h].some(Number.isNaN)) continue;
      const stroked = /\bstroke="(?!none)[^"]+"/.test(tag);
      if (stroked) {
        hRules.push({ y, x0: x, x1: x + w }, { y: y + h, x0: x, x1: x + w });
        vRules.push({ x, y0: y, y1: y + h }, { x: x + w, y0: y, y1: y + h });
      } else if (h <= 2) hRules.push({ y: y + h / 2, x0: x, x1: x + w });
      else if (w <= 2) vRules.push({ x: x + w / 2, y0: y, y1: y + h });
    }
  }
  return { hRules, vRules };
}

/**
 * The pages of a page of placed text, as the PDF layout analysis reads pages; undefined when the page is
 * not one (fewer than a few dozen placed lines, or no page boxes with a height).
 */
export function positionedPages(document: Document): PdfPageInput[] | undefined {
  const css = [...document.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n");
  if (!css) return undefined;
  const rules = classRules(css);
  const boxes = [...document.querySelectorAll("[data-page-no], .pf")];
  if (boxes.length === 0) return undefined;
  const pages: PdfPageInput[] = [];
  let placed = 0;
  boxes.forEach((box, n) => {
    const own = declarationsOf(box, rules);
    const width = px(own.width);
    const height = px(own.height);
    if (!width || !height) return;
    const items: PdfTextItem[] = [];
    for (const el of [...box.querySelectorAll("div, span, p")]) {
      const d = declarationsOf(el, rules);
      const left = px(d.left);
      const bottom = px(d.bottom);
      if (left === undefined || bottom === undefined) continue;
      // (Only the innermost placed element carries text of its own: a clip box holds placed lines.)
      if ([...el.children].some((c) => px(declarationsOf(c, rules).left) !== undefined)) continue;
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      if (!text) continue;
      // (A line inside a placed clip box is placed from the box.)
      let x = left;
      let up = bottom;
      for (let a = el.parentElement; a && a !== box; a = a.parentElement) {
        const ad = declarationsOf(a, rules);
        x += px(ad.left) ?? 0;
        up += px(ad.bottom) ?? 0;
      }
      const size = (px(d["font-size"]) ?? 12) * scaleOf(d.transform);
      const bold = /\bbold\b|^[6-9]00$/.test(d["font-weight"] ?? "") || /bold/i.test(d["font-family"] ?? "");
      items.push({ str: text, x, y: height - up, w: widthInEms(text) * size, size, bold });
      placed++;
    }
    const number = Number(box.getAttribute("data-page-no")) || n + 1;
    pages.push({ number, width, height, items, ...rulesOfBackground(box, width) });
  });
  return placed >= MIN_PLACED_LINES && pages.length ? pages : undefined;
}
