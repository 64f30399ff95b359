/**
 * A print-ready sheet (a folded leaflet exported with printer's marks) holds several panels side by side:
 * each is a page of its own to a reader, but the text layer runs across them line by line. Where the sheet
 * says where it folds, by the short fold marks (and crop marks) drawn in the slug above and below the
 * trimmed page, and no text crosses the fold, each panel is laid out as a page of its own. The slug's text
 * (the layout program's page information line) is not part of the document and is left out.
 */
import type { PdfPageInput } from "./pdf-layout.js";

/** Printer's marks are short lines in the outer band of the sheet, above or below the page proper. */
const MARK_LENGTH = 40;
const SLUG_SHARE = 0.1;

/** Marks at the same x above and below the page: crop marks at its edges, fold marks between panels. */
function markedColumns(page: PdfPageInput): { xs: number[]; slugTop: number; slugBottom: number } | undefined {
  const short = page.vRules.filter((r) => r.y1 - r.y0 <= MARK_LENGTH);
  const above = short.filter((r) => r.y1 <= page.height * SLUG_SHARE);
  const below = short.filter((r) => r.y0 >= page.height * (1 - SLUG_SHARE));
  const xs = [...new Set(above.filter((a) => below.some((b) => Math.abs(a.x - b.x) <= 1)).map((a) => Math.round(a.x * 10) / 10))].sort((a, b) => a - b);
  // (Crop marks at both edges of the page at the least.)
  if (xs.length < 2) return undefined;
  return { xs, slugTop: Math.max(...above.map((r) => r.y1)), slugBottom: Math.min(...below.map((r) => r.y0)) };
}

/** The panels of a sheet, each as a page (same number), or the page itself when it has no marked folds. */
export function panelsOfSheet(page: PdfPageInput): PdfPageInput[] {
  const marked = markedColumns(page);
  if (!marked) return [page];
  const { xs, slugTop, slugBottom } = marked;
  const inPage = (y: number) => y > slugTop && y < slugBottom;
  const items = page.items.filter((it) => inPage(it.y));
  if (!items.length) return [page];
  const trimmed: PdfPageInput = {
    ...page,
    items,
    hRules: page.hRules.filter((r) => inPage(r.y)),
    vRules: page.vRules.filter((r) => inPage(r.y0) && inPage(r.y1)),
    ...(page.marks ? { marks: page.marks.filter((m) => inPage(m.y0) && inPage(m.y1)) } : {}),
  };
  const left = Math.min(...items.map((it) => it.x));
  const right = Math.max(...items.map((it) => it.x + it.w));
  const crosses = (x: number) => items.some((it) => it.x < x - 0.5 && it.x + it.w > x + 0.5);
  const folds = xs.filter((x) => x > left + 10 && x < right - 10 && !crosses(x));
  const edges = [-Infinity, ...folds, Infinity];
  const panels = edges.slice(1).map((to, k) => {
    const from = edges[k]!;
    const within = (x: number) => x >= from && x < to;
    return {
      ...trimmed,
      items: items.filter((it) => within(it.x + it.w / 2)),
      hRules: trimmed.hRules.filter((r) => within((r.x0 + r.x1) / 2)),
      vRules: trimmed.vRules.filter((r) => within(r.x)),
      ...(trimmed.marks ? { marks: trimmed.marks.filter((m) => within((m.x0 + m.x1) / 2)) } : {}),
    };
  });
  // (Every panel holds text: a fold beside an empty panel is no fold of this page's.)
  return panels.every((p) => p.items.length >= 3) ? panels : [trimmed];
}

/**
 * The panels of a folded leaflet's sheets in the order it is read: a leaflet's front cover is the last
 * panel of the outside (first) sheet, its inside is the other sheets' panels, left to right, and the
 * outside's other panels (the flap, the back) come last. Sheets not cut into panels stay in order.
 */
export function inReadingOrder(sheets: PdfPageInput[][]): PdfPageInput[] {
  const [outside, ...rest] = sheets;
  if (!outside || outside.length < 2 || !rest.length || rest.some((s) => s.length < 2)) return sheets.flat();
  return [outside[outside.length - 1]!, ...rest.flat(), ...outside.slice(0, -1)];
}
