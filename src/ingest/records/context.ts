/** What every record extractor gets, and helpers they share. */
import type { Block, StructuredDoc, Table } from "../structure.js";
import type { DocMeta } from "../metadata.js";
import type { Locator } from "./schema.js";
import type { DocumentKeys } from "./columns.js";
import { ratingOf } from "../vocabulary.js";

export interface ExtractContext {
  doc: StructuredDoc;
  meta: DocMeta;
  /** The document's own rating and band keys. */
  keys: DocumentKeys;
}

/**
 * A reference such as F1, ASC3, FLG-4, CRB2, W2.1, 1.2, 12.14, SR4 (not a year, not a long number), as
 * source text for the patterns below and the block titles of targets.ts.
 */
export const REF_SOURCE = String.raw`[A-Z]{1,5}(?:-[A-Z]{1,3})?[-.]?\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z]{1,5}\d{2}[-/]\d{1,3}|[A-Z]{1,5}\d{2}-[A-Z]{1,3}\d{1,2}[a-z]?|\d{1,2}\.\d{1,2}`;
export const REF_PATTERN = new RegExp(`^(?:${REF_SOURCE})$`);
/** The same at the start of a cell that goes on ("CR1 Loss of income from …"). */
export const LEADING_REF = new RegExp(`^(${REF_SOURCE})[.:)]?\\s+(?=\\S)`);

export function blockLocator(block: Block, section: string[], row?: string): Locator {
  return {
    ...(block.page ? { page: block.page } : {}),
    section: section.filter((s) => s.length > 0),
    ...(row ? { row } : {}),
    line: block.line,
  };
}

/** Tables that share one header (a table the document continues after a heading) form one family. */
export function tableFamilies(doc: StructuredDoc): Table[][] {
  const families: Table[][] = [];
  for (const t of doc.tables) {
    const last = families[families.length - 1];
    if (last && t.header.length > 0 && last[0]!.header === t.header) last.push(t);
    else families.push([t]);
  }
  return families;
}

export function filled(cells: string[] | undefined): string[] {
  return (cells ?? []).filter((c) => c.length > 0);
}

/** Offset of the k-th cell of a row inside the row's text (cells joined by " | ", empties dropped). */
/** A row's cells as they rate: an empty cell that a colour fills reads as that colour ("Green"). */
/** A cell's words inside a wiki's coloured span, Textile's "%{color:red}*Overdue*%": what the page shows. */
export function spanWords(cell: string): string {
  return cell.includes("%{") ? cell.replace(/%\{[^}]*\}\**([^%*]*)\**%/g, "$1") : cell;
}

export function ratingCells(b: { cells?: string[]; fills?: (string | undefined)[] }): string[] {
  // (A wiki's coloured span rates by its words.)
  // (A figure and the rating set under it in its cell, "92% Green", "– No data", rates by its words.)
  const cells = (b.cells ?? []).map(spanWords).map((c) => ratingAfterFigure(c) ?? c);
  // (So does a lone symbol drawn in the colour, "●" in a red mark: see the markdown rows' fills.)
  return b.fills ? cells.map((c, k) => (c && !LONE_SYMBOL.test(c) ? c : b.fills![k] || c || "")) : cells;
}

/** A figure (or a dash for none) followed by words: "92% Green", "286,400 Achieved", "– Not due". */
const FIGURE_THEN_WORDS = /^\s*([-–—]|[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|[kmµμ]|bn)?)\s+(\p{L}+(?: \p{L}+)?)\s*$/u;

/** The rating word after a cell's figure, when the words are a rating of the genre ("Green", "Achieved"); not "31 March", "12 months". */
const ratingAfterFigure = (cell: string): string | undefined => {
  const words = FIGURE_THEN_WORDS.exec(cell)?.[2];
  return words && ratingOf(words) ? words : undefined;
};

/** The figure of a cell that sets a rating after it ("93%" of "93% Green"); the cell itself otherwise. */
export const figureBeforeRating = (cell: string): string => (ratingAfterFigure(cell) ? FIGURE_THEN_WORDS.exec(cell)![1]! : cell);

/** A symbol standing alone in a cell, whose colour is its meaning. */
const LONE_SYMBOL = /^[●•○◉⬤■▲▼◆★]$/;

export function cellOffset(cells: string[], k: number): number {
  let offset = 0;
  for (let i = 0; i < k; i++) if (cells[i]) offset += cells[i]!.length + 3;
  return offset;
}

export function slug(text: string, max = 40): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, max);
}

/** A row "Risk owner | Jo Bloggs" of a table of labels: a short label cell, then its value. */
export function labelCellPair(b: Block): { name: string; value: string } | undefined {
  const cells = filled(b.cells ?? []);
  const name = cells[0]?.replace(/\s*:$/, "");
  if (!name || cells.length < 2 || name.length > 40 || name.split(/\s+/).length > 5 || /\d/.test(name)) return undefined;
  return { name, value: cells.slice(1).join(" | ") };
}
