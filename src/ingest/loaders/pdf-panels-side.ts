/**
 * Ruled tables set side by side on one page (a programme report's "Milestones" beside its "Finance", "Top
 * risks" beside "Issues"): read by position, a line runs from one table's row into the other's, and neither
 * table survives. A report tool draws each table's rows with rules of the table's own width, so two sets of
 * rules with separate extents across, at the same height, with no text crossing the gap between them and
 * rows of their own (most rules at other heights on each side), are two tables beside each other. The right-hand one is moved under the left-hand one (with everything below
 * them moved down to make room), as a reader takes one table and then the other.
 */
import type { HRule, PdfPageInput } from "./pdf-layout.js";

/** The fewest rules that make a table, and the widest gap between two tables beside each other. */
const MIN_RULES = 3;
const MAX_GUTTER = 60;
const MIN_GUTTER = 4;
/** Rules further apart than this down the page belong to different tables. */
const TABLE_RULE_GAP = 40;
/** A table's title sits up to this far above its first rule. */
const TITLE_ABOVE = 18;

interface Extent {
  x0: number;
  x1: number;
  rules: HRule[];
}

interface Band {
  top: number;
  bottom: number;
  /** Between the two tables, across the page. */
  split: number;
}

/** The page with each pair of tables side by side read one under the other; the page itself when there is none. */
export function sideBySideTablesUnfolded(page: PdfPageInput): PdfPageInput {
  const bands = sideBySideBands(page);
  if (!bands.length) return page;
  let items = page.items.map((it) => ({ ...it }));
  let hRules = page.hRules.map((r) => ({ ...r }));
  let vRules = page.vRules.map((r) => ({ ...r }));
  let height = page.height;
  // (From the lowest band up, so the bands above keep their places while the ones below move.)
  for (const band of [...bands].sort((a, b) => b.top - a.top)) {
    const inBand = (y: number) => y >= band.top && y <= band.bottom;
    const right = (x: number) => x >= band.split;
    const rightItems = items.filter((it) => inBand(it.y) && right(it.x));
    const rightRules = hRules.filter((r) => inBand(r.y) && right(r.x0));
    if (!rightItems.length) continue;
    const leftBottom = Math.max(band.top, ...items.filter((it) => inBand(it.y) && !right(it.x)).map((it) => it.y), ...hRules.filter((r) => inBand(r.y) && !right(r.x0)).map((r) => r.y));
    const rightTop = Math.min(...rightItems.map((it) => it.y - it.size), ...rightRules.map((r) => r.y));
    const size = Math.max(...rightItems.map((it) => it.size));
    // (The right-hand table starts a line under the left-hand one's end, where it stands across the page:
    // moved across too, its columns would shift the columns the layout finds on the other pages. What is
    // below them moves down as far.)
    const shift = Math.max(0, leftBottom + 2 * size - rightTop);
    const below = (y: number) => y > band.bottom;
    items = items.map((it) => (inBand(it.y) && right(it.x) ? { ...it, y: it.y + shift } : below(it.y) ? { ...it, y: it.y + shift } : it));
    hRules = hRules.map((r) => (inBand(r.y) && right(r.x0) ? { ...r, y: r.y + shift } : below(r.y) ? { ...r, y: r.y + shift } : r));
    vRules = vRules.map((r) => ((inBand(r.y0) && right(r.x)) || below(r.y0) ? { ...r, y0: r.y0 + shift, y1: r.y1 + shift } : r));
    height += shift;
  }
  return { ...page, height, items, hRules, vRules };
}

/** The heights at which two ruled tables stand side by side, with where the right-hand one starts. */
function sideBySideBands(page: PdfPageInput): Band[] {
  const extents: Extent[] = [];
  for (const r of page.hRules) {
    const e = extents.find((x) => Math.abs(x.x0 - r.x0) <= 2 && Math.abs(x.x1 - r.x1) <= 2);
    if (e) e.rules.push(r);
    else extents.push({ x0: r.x0, x1: r.x1, rules: [r] });
  }
  const bands: Band[] = [];
  for (const left of extents) {
    for (const right of extents) {
      const gutter = right.x0 - left.x1;
      if (gutter < MIN_GUTTER || gutter > MAX_GUTTER) continue;
      for (const l of tablesOf(left.rules)) {
        for (const r of tablesOf(right.rules)) {
          const top = Math.min(l.top, r.top) - TITLE_ABOVE;
          const bottom = Math.max(l.bottom, r.bottom);
          if (Math.min(l.bottom, r.bottom) <= Math.max(l.top, r.top)) continue; // not side by side
          // (Nothing written across the gap, and nothing ruled across it, at these heights.)
          const crosses = page.items.some((it) => it.y >= top && it.y <= bottom + it.size && it.x < left.x1 - 1 && it.x + it.w > right.x0 + 1);
          const ruledAcross = page.hRules.some((h) => h.y > top && h.y < bottom && h.x0 < left.x1 - 1 && h.x1 > right.x0 + 1);
          if (crosses || ruledAcross) continue;
          // (Two tables have rows of their own: one table ruled in pieces, its rules broken between columns,
          // has the same rows on both sides.)
          const leftYs = left.rules.filter((h) => h.y >= top && h.y <= bottom).map((h) => h.y);
          const rightYs = right.rules.filter((h) => h.y >= top && h.y <= bottom).map((h) => h.y);
          const shared = leftYs.filter((y) => rightYs.some((z) => Math.abs(z - y) <= 1)).length;
          if (shared > 0.5 * Math.min(leftYs.length, rightYs.length)) continue;
          // (Nor are its lines of text: a table's row runs across both, two tables' rows need not meet.)
          const split = (left.x1 + right.x0) / 2;
          // (Their body rows, under each one's header: titles and headers may well stand level.)
          const bodyTop = (ys: number[]) => [...ys].sort((a, b) => a - b)[1] ?? top;
          const lines = (onLeft: boolean) => {
            const from = bodyTop(onLeft ? leftYs : rightYs);
            return [...new Set(page.items.filter((it) => it.y > from && it.y <= bottom && it.x < split === onLeft).map((it) => Math.round(it.y)))];
          };
          const leftLines = lines(true);
          const rightLines = lines(false);
          const sharedLines = rightLines.filter((y) => leftLines.some((z) => Math.abs(z - y) <= 1)).length;
          if (leftLines.length < 2 || rightLines.length < 2 || sharedLines > 0.5 * rightLines.length) continue;
          // (Each a table of rows: not a few struck lines beside a ruled table.)
          if (Math.min(leftYs.length, rightYs.length) < 0.3 * Math.max(leftYs.length, rightYs.length)) continue;
          const band = { top, bottom: bottom + 2, split };
          if (!bands.some((b) => b.top < band.bottom && band.top < b.bottom)) bands.push(band);
        }
      }
    }
  }
  return bands;
}

/** A column of rules split into tables where the rules are far apart down the page. */
function tablesOf(rules: HRule[]): { top: number; bottom: number }[] {
  const ys = [...new Set(rules.map((r) => Math.round(r.y * 10) / 10))].sort((a, b) => a - b);
  const tables: { top: number; bottom: number; count: number }[] = [];
  for (const y of ys) {
    const last = tables[tables.length - 1];
    if (last && y - last.bottom <= TABLE_RULE_GAP) Object.assign(last, { bottom: y, count: last.count + 1 });
    else tables.push({ top: y, bottom: y, count: 1 });
  }
  return tables.filter((t) => t.count >= MIN_RULES);
}
