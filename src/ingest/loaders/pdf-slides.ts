/**
 * Slides saved as PDF (PowerPoint, Keynote, Impress, Google Slides): a slide's words are in its shapes,
 * text boxes placed anywhere on it, and a room plan or a diagram is only shapes: seats around a table,
 * some turned a quarter turn, each a few short lines ("Mic 12", a name, a council, codes), beside a panel
 * of rows. Read by position as a page, the boxes side by side run into one another's lines and the turned
 * ones fall to the end; nobody is quoted whole.
 *
 * A slide tool draws its shapes one after another, each shape's text together, so the page's text is cut
 * into shapes where the drawing jumps away from the last run (not on its line, not the next line of the
 * same box). Each shape is then read on its own: a few short lines as one note, a larger shape (a panel, a
 * table, bullets) laid out as a page is, and turned text in the order it is drawn.
 */
import { noteText } from "./pdf-canvas.js";
import { layoutPdf, type PdfLayoutResult, type PdfPageInput, type PdfTextItem } from "./pdf-layout.js";
import type { PageSpan } from "./types.js";

/** The tools that make slides, as a PDF's Creator or Producer names them. */
export const SLIDE_TOOL = /\b(?:PowerPoint|Keynote|Impress|Google Slides)\b/i;

/** A shape's next run is on the same line within this fraction of the type's size, and its next line within this many sizes. */
const SAME_LINE = 0.3;
const NEXT_LINE = 2;
/** A turned shape's runs lie within this many sizes of each other. */
const TURNED_STEP = 3.5;

type Drawn = NonNullable<PdfPageInput["drawn"]>[number];

/**
 * The layout of a document of slides, shape by shape, when every slide has text turned a quarter turn (a
 * room plan's seats, a diagram's labels); undefined otherwise: a deck of titles,
 * bullets and tables reads as pages do.
 */
export function layoutSlides(pages: PdfPageInput[]): PdfLayoutResult | undefined {
  if (pages.length === 0 || pages.some((p) => !p.drawn)) return undefined;
  let text = "";
  const spans: PageSpan[] = [];
  let stats = layoutPdf([]).stats;
  pages.forEach((page, i) => {
    if (i > 0) text += "\n\f\n";
    const start = text.length;
    const blocks: string[] = [];
    for (const shape of shapes(page.drawn!)) {
      if (shape.some((d) => !d.upright)) {
        blocks.push(joinRuns(shape.map((d) => d.item)));
        continue;
      }
      const region = regionOf(page, shape.map((d) => d.item));
      // (A box drawn round a seat's lines is not a table: only rules between its lines make one.)
      const note = noteText(ruledWithin(region) ? region : { ...region, hRules: [], vRules: [] });
      if (note) {
        blocks.push(note.replace(/\n\n/g, "\n"));
        continue;
      }
      const laid = layoutPdf([region]);
      if (laid.text.trim()) blocks.push(laid.text.trim());
      stats = { ...stats, tables: stats.tables + laid.stats.tables, unruledTables: stats.unruledTables + laid.stats.unruledTables, rows: stats.rows + laid.stats.rows };
    }
    text += blocks.join("\n\n");
    spans.push({ number: page.number, start, end: text.length });
  });
  return { text, pages: spans, stats };
}

/** The page's runs cut into shapes: a run starts a new shape when it is neither on the last run's line nor the next line of its box. */
function shapes(drawn: Drawn[]): Drawn[][] {
  const out: Drawn[][] = [];
  let box: { runs: Drawn[]; x0: number; x1: number } | undefined;
  for (const d of drawn) {
    const last = box?.runs[box.runs.length - 1];
    if (!box || !last || !continues(last, d, box)) {
      box = { runs: [d], x0: d.item.x, x1: d.item.x + d.item.w };
      out.push(box.runs);
      continue;
    }
    box.runs.push(d);
    box.x0 = Math.min(box.x0, d.item.x);
    box.x1 = Math.max(box.x1, d.item.x + d.item.w);
  }
  return out;
}

function continues(last: Drawn, next: Drawn, box: { x0: number; x1: number }): boolean {
  const size = Math.max(last.item.size, next.item.size);
  // (Turned lines follow one another across the page, a line's spacing apart; a centred line may start
  // anywhere along the one before it.)
  if (!last.upright && !next.upright) return Math.abs(next.item.x - last.item.x) <= NEXT_LINE * size && Math.abs(next.item.y - last.item.y) <= Math.max(last.item.w, next.item.w) + NEXT_LINE * size;
  if (!last.upright || !next.upright) return Math.hypot(next.item.x - last.item.x, next.item.y - last.item.y) <= TURNED_STEP * size;
  // (On the same line, further along it: the next cell of a row.)
  if (Math.abs(next.item.y - last.item.y) <= SAME_LINE * size) return next.item.x >= last.item.x;
  // (The next line of the same box: just below, across the box's width; centred lines start anywhere in it.)
  const down = next.item.y - last.item.y;
  return down > 0 && down <= NEXT_LINE * size && next.item.x <= box.x1 && next.item.x + next.item.w >= box.x0;
}

/** A shape as a page of its own: its runs, and the page's rules that lie within it (a table's borders). */
function regionOf(page: PdfPageInput, items: PdfTextItem[]): PdfPageInput {
  const size = Math.max(...items.map((it) => it.size));
  const x0 = Math.min(...items.map((it) => it.x)) - size;
  const x1 = Math.max(...items.map((it) => it.x + it.w)) + size;
  const y0 = Math.min(...items.map((it) => it.y)) - 2 * size;
  const y1 = Math.max(...items.map((it) => it.y)) + size;
  return {
    number: page.number,
    width: page.width,
    height: page.height,
    items,
    hRules: page.hRules.filter((r) => r.y >= y0 && r.y <= y1 && r.x0 >= x0 && r.x1 <= x1),
    vRules: page.vRules.filter((r) => r.x >= x0 && r.x <= x1 && r.y0 >= y0 && r.y1 <= y1),
  };
}

/** True if a rule runs between a region's lines or its words (a table's), not only round them (a box's). */
function ruledWithin(region: PdfPageInput): boolean {
  const size = Math.max(...region.items.map((it) => it.size));
  const top = Math.min(...region.items.map((it) => it.y));
  const bottom = Math.max(...region.items.map((it) => it.y));
  const left = Math.min(...region.items.map((it) => it.x));
  const right = Math.max(...region.items.map((it) => it.x + it.w));
  return region.hRules.some((r) => r.y > top && r.y < bottom - 0.5 * size) || region.vRules.some((r) => r.x > left + size && r.x < right - size);
}

/** Turned runs in the order they are drawn, as one paragraph. */
function joinRuns(items: PdfTextItem[]): string {
  return items
    .map((it) => it.str.trim())
    .filter(Boolean)
    .join(" ");
}
