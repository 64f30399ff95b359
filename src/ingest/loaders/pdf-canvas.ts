/**
 * A canvas printed to PDF: an online whiteboard's "board" export (Miro, Mural, FigJam), a poster, a wall
 * of sticky notes, all on one page many times the size of a sheet of paper. Its words sit in separate
 * boxes (frames, stickies, cards, labels) spread over the page, and its text stream follows the order
 * things were made, not their places. Read as a page of lines, the words of stickies side by side run
 * into one line ("Food business Ouselow Water has Sensor supplier"), which quotes nobody.
 *
 * Here such a page is cut into its boxes first (recursive XY-cut: the widest band of empty space across a
 * region, down or across, splits it, until no band wider than the text's own spacing is left), and each box
 * is laid out on its own, in reading order: top to bottom, and left to right within a band.
 */
import { layoutPdf, type PdfLayoutResult, type PdfPageInput, type PdfTextItem } from "./pdf-layout.js";
import type { PageSpan } from "./types.js";

/** A page at least this many times an A4 sheet's area (and this long on a side) is a canvas: a board, a poster, a mind map
 * sized to its map (2,030 × 1,164 pt); an A2 sheet (four A4s) is still a page. */
const CANVAS_AREA = 4.5 * 595 * 842;
const CANVAS_SIDE = 1400;
/** Empty space wider than this many times the text's size separates boxes (across; down). */
const GAP_ACROSS = 1.6;
const GAP_DOWN = 1.2;
/** A note holds at most this many lines, none longer than this. */
const NOTE_LINES = 8;
const NOTE_LINE_CHARS = 70;
const MAX_DEPTH = 40;
/** A heading cut off above a region's columns has at most this many lines. */
const HEADING_LINES = 3;
/** Bands at least this fraction of the widest are cut together. */
const MAJOR = 0.75;

interface Box {
  item: PdfTextItem;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function isCanvasPage(page: PdfPageInput): boolean {
  return page.width * page.height >= CANVAS_AREA && Math.max(page.width, page.height) >= CANVAS_SIDE;
}

/** The layout of a document whose pages are all canvases, box by box; undefined for any other document. */
export function layoutCanvas(pages: PdfPageInput[]): PdfLayoutResult | undefined {
  if (pages.length === 0 || !pages.every(isCanvasPage)) return undefined;
  let text = "";
  const spans: PageSpan[] = [];
  let stats: PdfLayoutResult["stats"] | undefined;
  pages.forEach((page, i) => {
    if (i > 0) text += "\n\f\n";
    const start = text.length;
    // (The boxes of one part of the board, a frame, are lines of one block: a sticky is not a heading over
    // the count or the name under it. The parts are blocks apart.)
    const parts: string[] = [];
    for (const group of regions(page)) {
      const lines: string[] = [];
      for (const region of group) {
        const note = noteText(region);
        if (note) {
          lines.push(note);
          continue;
        }
        const laid = layoutPdf([region]);
        if (laid.text.trim()) lines.push(laid.text.trim());
        stats = stats ? { ...stats, tables: stats.tables + laid.stats.tables, unruledTables: stats.unruledTables + laid.stats.unruledTables, rows: stats.rows + laid.stats.rows } : laid.stats;
      }
      if (lines.length) parts.push(lines.join("\n"));
    }
    text += parts.join("\n\n");
    spans.push({ number: page.number, start, end: text.length });
  });
  return { text, pages: spans, stats: stats ?? layoutPdf([]).stats };
}

/**
 * The page's boxes as pages of their own (the same number; coordinates as on the page), in reading order,
 * grouped by the part of the page the first cut makes (a frame of the board, a band of frames).
 */
function regions(page: PdfPageInput): PdfPageInput[][] {
  const boxes: Box[] = page.items
    .filter((item) => item.str.trim())
    .map((item) => ({ item, x0: item.x, x1: item.x + Math.max(item.w, 0), y0: item.y - item.size, y1: item.y + 0.25 * item.size }));
  return xyCut(boxes, 0, 1).map((part) => xyCut(part, 1, MAX_DEPTH).map((group) => {
    const x0 = Math.min(...group.map((b) => b.x0));
    const x1 = Math.max(...group.map((b) => b.x1));
    const y0 = Math.min(...group.map((b) => b.y0));
    const y1 = Math.max(...group.map((b) => b.y1));
    const inside = (x: number, y: number) => x >= x0 - 2 && x <= x1 + 2 && y >= y0 - 2 && y <= y1 + 2;
    return {
      ...page,
      items: group.map((b) => b.item),
      hRules: page.hRules.filter((r) => inside(r.x0, r.y) && inside(r.x1, r.y)),
      vRules: page.vRules.filter((r) => inside(r.x, r.y0) && inside(r.x, r.y1)),
      marks: (page.marks ?? []).filter((m) => inside(m.x0, m.y0) && inside(m.x1, m.y1)),
    };
  }));
}

/**
 * A note's text (a sticky, a card, a label): a box of a few short lines and no rules, its wrapped lines (the
 * same size of type, set close) joined into one paragraph, as the note reads (a word broken at its hyphen,
 * "Thwaite-" over "Morrow", joined at it); its author's name in smaller
 * type, or a date, a paragraph of its own. Undefined for a box of other text, laid out as a page is.
 */
export function noteText(region: PdfPageInput): string | undefined {
  if (region.hRules.length || region.vRules.length) return undefined;
  const items = [...region.items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { text: string; size: number; y: number }[] = [];
  for (const item of items) {
    const line = lines[lines.length - 1];
    const last = line && Math.abs(item.y - line.y) <= 0.3 * item.size ? line : undefined;
    if (!last) lines.push({ text: item.str, size: item.size, y: item.y });
    else last.text += (/\s$/.test(last.text) || /^\s/.test(item.str) ? "" : " ") + item.str;
  }
  if (lines.length > NOTE_LINES || lines.some((l) => l.text.trim().length > NOTE_LINE_CHARS)) return undefined;
  const paragraphs: { text: string; size: number; y: number }[] = [];
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, " ").trim();
    const last = paragraphs[paragraphs.length - 1];
    if (last && Math.abs(last.size - line.size) <= 0.5 && line.y - last.y <= 1.6 * line.size) Object.assign(last, { text: `${last.text}${/\p{L}-$/u.test(last.text) ? "" : " "}${text}`, y: line.y });
    else paragraphs.push({ text, size: line.size, y: line.y });
  }
  return paragraphs.map((p) => p.text).join("\n\n");
}

function xyCut(boxes: Box[], depth: number, maxDepth: number): Box[][] {
  if (boxes.length <= 1 || depth >= maxDepth) return [boxes];
  const sizes = boxes.map((b) => b.item.size).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)]!;
  const across = gaps(boxes.map((b) => [b.x0, b.x1]));
  const down = gaps(boxes.map((b) => [b.y0, b.y1]));
  const widestAcross = Math.max(0, ...across.map((g) => g.width)) / (GAP_ACROSS * size);
  const widestDown = Math.max(0, ...down.map((g) => g.width)) / (GAP_DOWN * size);
  if (widestAcross < 1 && widestDown < 1) return [boxes];
  // (A region is cut at its widest bands only, those near the widest: a grid of stickies, each with its count
  // typed under it, is cut between the stickies' cells, not between a sticky and its count.)
  const major = (list: { at: number; width: number }[], least: number) => {
    const widest = Math.max(0, ...list.map((g) => g.width));
    return list.filter((g) => g.width >= least && g.width >= MAJOR * widest).map((g) => g.at);
  };
  const cutsDown = major(down, GAP_DOWN * size);
  const cutsAcross = major(across, GAP_ACROSS * size);
  // (A frame's title, and a line or two under it, over its columns may reach across the gap between the first
  // two: cut off first, when without them the region falls into more columns.)
  const firstGap = down.filter((g) => g.width >= GAP_DOWN * size).sort((a, b) => a.at - b.at)[0];
  const heading = firstGap ? boxes.filter((b) => b.y0 < firstGap.at) : [];
  const below = boxes.filter((b) => !heading.includes(b));
  const headingLines = new Set(heading.map((b) => Math.round(b.item.y / Math.max(1, 0.5 * b.item.size)))).size;
  if (heading.length && below.length && headingLines <= HEADING_LINES && major(gaps(below.map((b) => [b.x0, b.x1])), GAP_ACROSS * size).length > cutsAcross.length) {
    return [...xyCut(heading, depth + 1, maxDepth), ...xyCut(below, depth + 1, maxDepth)];
  }
  // (The direction with more such bands cuts first: the grid's columns, when its rows are set further apart
  // than a sticky from its count.)
  const byDown = cutsDown.length !== cutsAcross.length ? cutsDown.length > cutsAcross.length : widestDown >= widestAcross;
  const cuts = byDown ? cutsDown : cutsAcross;
  const bands: Box[][] = Array.from({ length: cuts.length + 1 }, () => []);
  for (const b of boxes) bands[cuts.filter((c) => (byDown ? b.y0 : b.x0) >= c).length]!.push(b);
  return bands.filter((band) => band.length).flatMap((band) => xyCut(band, depth + 1, maxDepth));
}

/** The empty stretches between intervals (merged where they overlap): where each starts and how wide. */
function gaps(intervals: [number, number][]): { at: number; width: number }[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: { at: number; width: number }[] = [];
  let end = sorted[0]?.[1] ?? 0;
  for (const [from, to] of sorted.slice(1)) {
    if (from > end) out.push({ at: from, width: from - end });
    end = Math.max(end, to);
  }
  return out;
}
