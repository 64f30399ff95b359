/**
 * The text a document library keeps beside a published PDF, as `pdftotext -layout` writes it: the page's
 * layout kept with spaces, every page ended by a form feed. Two prose columns come out side by side on
 * the same printed lines, tables as runs of text aligned by spaces, front sheets as a label at the margin
 * and its value in a column.
 *
 * Such text is read as the PDF it came from: its bands of two columns are first written column after
 * column (unfoldTextColumns), then each run of words (words a single space apart) becomes a text fragment
 * placed at its character column and line, and the PDF layout analysis (pdf-layout.ts) reads the pages:
 * unruled tables a row a line, front sheets a label and its value a row, running headers and page numbers
 * dropped. Only text ended by a form feed with a band of two columns somewhere is read this way: other
 * fixed-width text (a register typed for a line printer, a report printed page by page) keeps the
 * plain-text readers.
 */
import { layoutPdf, type PdfPageInput, type PdfTextItem } from "./pdf-layout.js";
import type { PageSpan } from "./types.js";

/**
 * The geometry a character cell stands for: a 10pt font whose average advance is half its size, lines
 * 12pt apart (pdftotext's grid is close to this for the body text it is made from).
 */
const FONT_SIZE = 10;
const CHAR_WIDTH = 5;
const LINE_HEIGHT = 12;
const BLANK_LINE_HEIGHT = 24;

/** A run of words on one line: words a single space apart (two or more spaces part runs). */
const RUN = /\S+(?: \S+)*/g;

interface Run {
  start: number;
  end: number;
}

const runsOf = (line: string): Run[] => [...line.matchAll(RUN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

/** Where a gutter between two columns may be: the middle of the page, not a front sheet's value column. */
const GUTTER_RANGE: [number, number] = [0.35, 0.65];
/** Lines of prose beside prose a band of two columns needs. */
const MIN_PAIRED_LINES = 3;
/** How far in a column's lines may go on from where its numbered paragraphs start. */
const HANGING_INDENT = 8;

/**
 * A page's bands of two columns read one column after the other. pdftotext writes a line of the left
 * column, a gap, and the right column's line at the same height, so a sentence of the left column goes
 * on two printed lines down; read as written, the columns' sentences interleave.
 *
 * The gutter is the character column where most lines of prose beside prose (one run of words each side)
 * start their right side; a band is a stretch of lines none of which runs across it, holding three or more
 * such lines. A band's lines are written again as its left sides, a blank line, then its right sides moved
 * to the margin (their indents kept). A one-line block after the band's columns have ended (a table's
 * caption under them) and one before they start (a title over them) are not the band's.
 */
export function unfoldTextColumns(page: string, width = textWidth(page)): string {
  const lines = page.split("\n");
  const runs = lines.map((l) => runsOf(l));
  const support = new Map<number, number>();
  for (const rs of runs) {
    if (rs.length !== 2) continue;
    const g = rs[1]!.start;
    if (g < GUTTER_RANGE[0] * width || g > GUTTER_RANGE[1] * width) continue;
    support.set(g, (support.get(g) ?? 0) + 1);
  }
  const best = [...support].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (!best) return page;
  // (A column's paragraphs may hang their numbers out: its lines go on a few characters in from where
  // "5. Tenant …" starts, which is the gutter's edge.)
  const gutter = Math.min(...[...support.keys()].filter((g) => g <= best[0] && g >= best[0] - HANGING_INDENT));
  const crosses = (rs: Run[]) => rs.some((r) => r.start < gutter && r.end >= gutter - 1);
  const paired = (rs: Run[]) => rs.length === 2 && rs[1]!.start >= gutter && rs[1]!.start <= gutter + HANGING_INDENT;
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (crosses(runs[i]!)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !crosses(runs[j]!)) j++;
    // lines i..j-1 keep to the columns
    const pairedCount = runs.slice(i, j).filter(paired).length;
    if (pairedCount >= MIN_PAIRED_LINES) {
      // The band runs from the block (lines between blank ones) of its first line of prose beside prose to
      // that of its last, and on over blocks of several lines after it (the longer column's end); a block
      // of one line after it (a table's caption) is not the band's.
      const blocks: [number, number][] = [];
      for (let k = i; k < j; k++) {
        if (runs[k]!.length === 0) continue;
        const open = blocks[blocks.length - 1];
        if (open && open[1] === k - 1) open[1] = k;
        else blocks.push([k, k]);
      }
      const hasPaired = ([a, b]: [number, number]) => runs.slice(a, b + 1).some(paired);
      const fb = blocks.findIndex(hasPaired);
      let lb = blocks.length - 1 - [...blocks].reverse().findIndex(hasPaired);
      while (lb + 1 < blocks.length && blocks[lb + 1]![1] > blocks[lb + 1]![0]) lb++;
      const first = blocks[fb]![0];
      const last = blocks[lb]![1];
      out.push(...lines.slice(i, first));
      const band = lines.slice(first, last + 1);
      const left = band.map((l, k) => runs[first + k]!.filter((r) => r.end < gutter).map((r) => [r.start, l.slice(r.start, r.end)] as const));
      const right = band.map((l, k) => runs[first + k]!.filter((r) => r.start >= gutter).map((r) => [r.start - gutter, l.slice(r.start, r.end)] as const));
      const write = (parts: (readonly [number, string])[]) => parts.reduce((line, [at, text]) => line.padEnd(at) + text, "");
      out.push(...reflowColumn(trimBlankEnds(left.map(write)), width), "", ...reflowColumn(trimBlankEnds(right.map(write)), width));
      out.push(...lines.slice(last + 1, j));
    } else {
      out.push(...lines.slice(i, j));
    }
    i = j;
  }
  return out.join("\n");
}

/** A numbered paragraph's or list item's start: "5. ", "(b) ", "2.1 ". */
const NUMBERED = /^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|[•·\-–])\s/;
const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * A column's lines as the page's: each paragraph the column wraps over several lines is wrapped again to
 * the page's width, so that where its lines end says where it ends as on any page (the layout analysis
 * reads a line ending short of the right edge as a paragraph's end). A line goes on to the next when the
 * next line's first word would not have fitted on it. An entry's second line set in under a first that
 * stopped short ("Cllr Jo Bloggs" over "  Wealdmoor District Council") is the entry's next part: written
 * after it with a comma, as the entry's two lines read.
 */
function reflowColumn(lines: string[], pageWidth: number): string[] {
  const columnWidth = Math.max(0, ...lines.map((l) => l.trimEnd().length));
  const paragraphs: string[][] = [];
  const out: string[] = [];
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1];
    const previous = current?.[current.length - 1];
    const continues = current !== undefined && previous !== undefined && previous.trim() !== "" && line.trim() !== "" && !NUMBERED.test(line) && indentOf(line) >= indentOf(current[0]!);
    const fitted = previous !== undefined && previous.trimEnd().length + 1 + line.trim().split(" ")[0]!.length <= columnWidth - 2;
    if (continues && !fitted) current.push(line);
    else if (continues && current.length === 1 && indentOf(line) > indentOf(previous) && !/[,;:.]$/.test(previous.trim())) {
      current[0] = `${previous.trimEnd()}, ${line.trim()}`;
      // (The entry ends there.)
      paragraphs.push([]);
    } else paragraphs.push([line]);
  }
  for (const paragraph of paragraphs) out.push(...(paragraph.length <= 1 ? paragraph : wrap(paragraph, pageWidth)));
  return out;
}

/** A paragraph's words wrapped to a width, its first line's indent and its next lines' kept. */
function wrap(paragraph: string[], width: number): string[] {
  const first = " ".repeat(indentOf(paragraph[0]!));
  const next = " ".repeat(indentOf(paragraph[1]!));
  const out: string[] = [];
  let line = first;
  for (const word of paragraph.join(" ").trim().split(/\s+/)) {
    if (line.trim() && line.length + 1 + word.length > width) {
      out.push(line);
      line = next;
    }
    line += (line.trim() ? " " : "") + word;
  }
  out.push(line);
  return out;
}

/** The width of the text's longest line: the page's, when read from a whole document's pages. */
const textWidth = (text: string) => Math.max(0, ...text.split("\n").map((l) => l.trimEnd().length));

const trimBlankEnds = (lines: string[]): string[] => {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]!.trim()) a++;
  while (b > a && !lines[b - 1]!.trim()) b--;
  return lines.slice(a, b);
};

/** The pages of layout text, each with its bands of two columns unfolded (a page per form feed). */
function unfoldedPages(text: string): { pages: string[]; unfolded: boolean } {
  const plain = text.replace(/\r\n?/g, "\n").replace(/\t/g, "        ");
  const width = textWidth(plain);
  const raw = plain.split("\f");
  const pages = raw.map((page) => unfoldTextColumns(page, width));
  return { pages, unfolded: pages.some((page, k) => page !== raw[k]) };
}

/** Pages of text as fragments placed at their character columns and lines (empty pages dropped). */
function fragmentsOf(texts: string[]): PdfPageInput[] {
  const pages: PdfPageInput[] = [];
  texts.forEach((page, k) => {
    const lines = page.split("\n");
    const items: PdfTextItem[] = [];
    let y = 0;
    for (const line of lines) {
      // (A blank line stands for a gap wider than a line's: the space between paragraphs, which pdftotext
      // writes as a line or two of nothing.)
      y += line.trim() ? LINE_HEIGHT : BLANK_LINE_HEIGHT;
      for (const m of line.matchAll(RUN)) {
        items.push({ str: m[0], x: m.index! * CHAR_WIDTH, y, w: m[0].length * CHAR_WIDTH, size: FONT_SIZE, bold: false });
      }
    }
    if (items.length === 0) return;
    const width = (Math.max(80, ...lines.map((l) => l.length)) + 8) * CHAR_WIDTH;
    pages.push({ number: k + 1, width, height: y + 2 * LINE_HEIGHT, items, hRules: [], vRules: [] });
  });
  return pages;
}

/**
 * Layout text read as its PDF: one paragraph per line, table rows as TAB-separated cells, pages apart,
 * or undefined when the text is not a typeset page's text layer (not ended by a form feed, or no page set
 * in two columns, the mark of a typeset PDF that fixed-width text rarely has).
 */
export function typesetPagesText(text: string): { text: string; pages: PageSpan[] } | undefined {
  // (pdftotext ends every page with a form feed, the last one too; text typed with page breaks has them between pages.)
  if (!/\f[\r\n]*$/.test(text)) return undefined;
  const { pages, unfolded } = unfoldedPages(text);
  if (pages.filter((p) => p.trim()).length < 2 || !unfolded) return undefined;
  const result = layoutPdf(fragmentsOf(pages));
  return { text: result.text, pages: result.pages };
}
