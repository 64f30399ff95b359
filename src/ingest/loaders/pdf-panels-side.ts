/**
 * Ruled tables set side by side on one page (a programme report's "Milestones" beside its "Finance", "Top
 * risks" beside "Issues"): read by position, a line runs from one table's row into the other's, and neither
 * table survives. A report tool draws each table's rows with rules of the table's own width, so two sets of
 * rules with separate extents across, at the same height, with no text crossing the gap between them and
 * rows of their own (most rules at other heights on each side), are two tables beside each other. The right-hand one is moved under the left-hand one (with everything below
 * them moved down to make room), as a reader takes one table and then the other.
 */
import type { HRule, PdfPageInput, PdfTextItem } from "./pdf-layout.js";

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

/** The narrowest gap, in points, between a table and a card set beside it. */
const CARD_GUTTER = 24;

/**
 * A dashboard's card set beside a table, drawn without rules (a scorecard, "Average daily opening hours"
 * over "10.2" over "▼ -1.9%", to the right of a ranked table's first rows): read by position, its lines cut
 * into the table's rows. A group of lines right of a clear gap, at heights where the lines left of the gap
 * are a table's rows (three cells or more) which go on below the group, with nothing right of the gap
 * there, and with baselines of its own (not a column of the same rows), is moved under the table's end, and
 * what is below the table moves down to make room. Pages without one are returned as they are.
 */
export function cardBesideTableUnfolded(page: PdfPageInput): PdfPageInput {
  let items = page.items;
  let height = page.height;
  // (A card moved under its table is beside nothing any more: the next search finds the next card.)
  for (let guard = 0; guard < 4; guard++) {
    const card = findCardBesideTable(items);
    if (!card) break;
    const { inCard, tableEnd, cardTop, cardBottom, size } = card;
    const shift = tableEnd + 2 * size - cardTop;
    const room = cardBottom - cardTop + 3 * size;
    items = items.map((it) => (inCard(it) ? { ...it, y: it.y + shift } : it.y > tableEnd + 0.5 ? { ...it, y: it.y + room } : it));
    height += room;
  }
  return items === page.items ? page : { ...page, height, items };
}

interface TextRow {
  y: number;
  items: PdfTextItem[];
}

/** Items on one baseline (within a point), left to right, blank runs left out. */
function rowsOf(items: PdfTextItem[]): TextRow[] {
  const rows: TextRow[] = [];
  for (const it of [...items].filter((i) => i.str.trim()).sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r.y - it.y) <= 1);
    if (row) row.items.push(it);
    else rows.push({ y: it.y, items: [it] });
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => a.y - b.y);
}

/** Cells of a row: runs of items a clear space apart. */
function cellCount(items: PdfTextItem[]): number {
  let cells = items.length ? 1 : 0;
  for (let i = 1; i < items.length; i++) if (items[i]!.x - (items[i - 1]!.x + items[i - 1]!.w) > 0.8 * items[i]!.size) cells++;
  return cells;
}

/** Where a card or a box may start, left to right: a line's first item, or an item a clear gap after the one before it. */
function splitCandidates(rows: TextRow[]): number[] {
  const candidates = new Set<number>();
  for (const r of rows) {
    r.items.forEach((it, i) => {
      const prev = r.items[i - 1];
      if (!prev || it.x - (prev.x + prev.w) >= CARD_GUTTER) candidates.add(Math.round(it.x));
    });
  }
  return [...candidates].sort((a, b) => a - b);
}

/** The lines right of a split, in runs down the page (gaps under three lines' height). */
function clustersRightOf(rows: TextRow[], rightOf: (it: PdfTextItem) => boolean): TextRow[][] {
  const rightRows = rows.map((r) => ({ y: r.y, items: r.items.filter(rightOf) })).filter((r) => r.items.length);
  const clusters: TextRow[][] = [];
  for (const r of rightRows) {
    const last = clusters[clusters.length - 1];
    // (A big figure under a small title: the gap is measured by the larger of the two.)
    const size = last ? Math.max(...last.flatMap((x) => x.items.map((i) => i.size)), ...r.items.map((i) => i.size)) : 0;
    if (last && r.y - last[last.length - 1]!.y <= 3 * Math.max(size, 8)) last.push(r);
    else clusters.push([r]);
  }
  return clusters;
}

function findCardBesideTable(items: PdfTextItem[]): { split: number; inCard: (it: PdfTextItem) => boolean; tableEnd: number; cardTop: number; cardBottom: number; size: number } | undefined {
  const rows = rowsOf(items);
  for (const split of splitCandidates(rows)) {
    const rightOf = (it: PdfTextItem) => it.x >= split - 1;
    // The card: the lines right of the split in one run down the page.
    for (const cluster of clustersRightOf(rows, rightOf)) {
      if (cluster.length < 2 || cluster.length > 8) continue;
      const size = Math.max(...cluster.flatMap((r) => r.items.map((i) => i.size)));
      const cardTop = Math.min(...cluster.flatMap((r) => r.items.map((i) => i.y - i.size)));
      const cardBottom = cluster[cluster.length - 1]!.y;
      const leftRows = rows.map((r) => ({ y: r.y, items: r.items.filter((i) => !rightOf(i)) })).filter((r) => r.items.length);
      const beside = leftRows.filter((r) => r.y >= cardTop && r.y <= cardBottom + 1);
      // (Nothing crosses the gap at these heights, and the left side stops short of it.)
      const leftEdge = Math.max(...beside.flatMap((r) => r.items.map((i) => i.x + i.w)));
      if (beside.length < 2 || leftEdge > split - CARD_GUTTER) continue;
      if (beside.filter((r) => cellCount(r.items) >= 3).length < 2) continue;
      // (Its own baselines: not a further column of the table's rows.)
      const shared = cluster.filter((c) => beside.some((b) => Math.abs(b.y - c.y) <= 0.8)).length;
      if (shared * 2 >= cluster.length) continue;
      // The table goes on below the card: rows of three cells or more, nothing right of the split.
      const rowGap = Math.max(...beside.slice(1).map((r, i) => r.y - beside[i]!.y), 2.5 * size);
      let tableEnd = beside[beside.length - 1]!.y;
      let below = 0;
      for (const r of rows.filter((x) => x.y > cardBottom + 1)) {
        if (r.y - tableEnd > rowGap + 1) break;
        if (r.items.some(rightOf) && r.items.some((i) => !rightOf(i))) break;
        tableEnd = r.y;
        if (cellCount(r.items) >= 3) below++;
      }
      if (below < 2) continue;
      const inCard = (it: PdfTextItem) => rightOf(it) && it.y >= cardTop && it.y <= cardBottom + 1;
      return { split, inCard, tableEnd, cardTop, cardBottom, size };
    }
  }
  return undefined;
}

/** A box beside the text holds at least this many lines, and is at most this share of the page's width. */
const MIN_BOX_LINES = 4;
const MAX_BOX_SHARE = 0.4;

/**
 * A box of notes floating beside the text (a word processor's "At a glance" panel at the top right of an
 * agenda's first page): read by position, each of its lines is glued to whatever line of the title or the
 * agenda shares its height. A group of lines right of a clear gap that the page draws in one run (a box is
 * a shape of its own, drawn before or after the body, not cell by cell with a table's rows), with baselines
 * of its own, beside text that stops short of the gap, is moved under the text that runs beside and below
 * it, and what is below moves down to make room. Pages without one are returned as they are.
 */
export function floatingBoxUnfolded(page: PdfPageInput): PdfPageInput {
  const box = findFloatingBox(page);
  if (!box) return page;
  const { inBox, textEnd, boxTop, boxBottom, size } = box;
  const shift = textEnd + 2 * size - boxTop;
  const room = boxBottom - boxTop + 3 * size;
  const items = page.items.map((it) => (inBox(it) ? { ...it, y: it.y + shift } : it.y > textEnd + 0.5 ? { ...it, y: it.y + room } : it));
  return { ...page, height: page.height + room, items };
}

function findFloatingBox(page: PdfPageInput): { inBox: (it: PdfTextItem) => boolean; textEnd: number; boxTop: number; boxBottom: number; size: number } | undefined {
  const { items } = page;
  const rows = rowsOf(items);
  const width = Math.max(...items.map((i) => i.x + i.w));
  const order = new Map(items.map((it, k) => [it, k]));
  for (const split of splitCandidates(rows)) {
    const rightOf = (it: PdfTextItem) => it.x >= split - 1;
    // The box: the lines right of the split in one run down the page.
    for (const cluster of clustersRightOf(rows, rightOf)) {
      if (cluster.length < MIN_BOX_LINES) continue;
      const inside = cluster.flatMap((r) => r.items);
      const right = Math.max(...inside.map((i) => i.x + i.w));
      if (right - split > MAX_BOX_SHARE * width) continue;
      // (Drawn in one run: no other text drawn between its first line and its last.)
      const drawn = inside.map((it) => order.get(it)!).sort((a, b) => a - b);
      if (drawn[drawn.length - 1]! - drawn[0]! + 1 !== drawn.length) continue;
      const size = Math.max(...inside.map((i) => i.size));
      const boxTop = Math.min(...inside.map((i) => i.y - i.size));
      const boxBottom = cluster[cluster.length - 1]!.y;
      const leftRows = rows.map((r) => ({ y: r.y, items: r.items.filter((i) => !rightOf(i)) })).filter((r) => r.items.length);
      const beside = leftRows.filter((r) => r.y >= boxTop && r.y <= boxBottom + 1);
      const leftEdge = Math.max(...beside.flatMap((r) => r.items.map((i) => i.x + i.w)));
      if (beside.length < 2 || leftEdge > split - CARD_GUTTER) continue;
      // (Not a cell of a ruled table: no rule near its height runs under both it and the text beside it, as
      // a table's row rules do, cell by cell; a box's own border is under the box alone.)
      const besideStart = Math.min(...beside.flatMap((r) => r.items.map((i) => i.x)));
      const near = page.hRules.filter((r) => r.y > boxTop - 3 * size && r.y < boxBottom + 3 * size);
      const underBox = near.filter((r) => r.x0 < right && r.x1 > split);
      if (underBox.some((b) => near.some((r) => Math.abs(r.y - b.y) <= 1 && r.x0 < leftEdge && r.x1 > besideStart))) continue;
      // (Its own baselines: not a further column of the rows beside it.)
      const shared = cluster.filter((c) => beside.some((b) => Math.abs(b.y - c.y) <= 0.8)).length;
      if (shared * 2 >= cluster.length) continue;
      // (A box of notes is prose that wraps from line to line, not a column of a table's cells.)
      const texts = cluster.map((r) => r.items.map((i) => i.str).join(" ").trim());
      if (texts.filter((t, k) => k + 1 < texts.length && !/[.!?:;]$/.test(t) && /^[a-z0-9£]/.test(texts[k + 1]!)).length < 2) continue;
      // The text beside it and on below it, up to a gap of more than three lines or a line crossing the gap.
      // (It goes on below the box: a leaflet's panel beside others, each as long as the page, is no box.)
      let textEnd = beside[beside.length - 1]!.y;
      let below = 0;
      for (const r of rows.filter((x) => x.y > boxBottom + 1)) {
        if (r.y - textEnd > 3 * Math.max(...r.items.map((i) => i.size), size) + 1) break;
        if (r.items.some((i) => i.x + i.w > split - CARD_GUTTER)) break;
        textEnd = r.y;
        below++;
      }
      if (below < 2) continue;
      const inBox = (it: PdfTextItem) => rightOf(it) && it.y >= boxTop && it.y <= boxBottom + 1;
      return { inBox, textEnd, boxTop, boxBottom, size };
    }
  }
  return undefined;
}
