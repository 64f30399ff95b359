/**
 * Layout analysis for PDF pages: turns positioned text fragments and drawn rules (table borders) into
 * the loaders' plain-text shape (see types.ts):
 *
 * - tables become one line per row, cells separated by TAB (a cell's wrapped lines folded to one line);
 *   table regions come from drawn cell borders when the PDF has them, otherwise from text columns that
 *   line up over several lines;
 * - a table continuing on the next page keeps one table: a repeated header row is dropped and a row
 *   broken across the page boundary is joined back into one row;
 * - other text becomes one paragraph / heading / list item per line, blank lines between blocks;
 * - running headers, footers and page numbers (same text at the same place on most pages) are dropped.
 *
 * Everything here is pure (no pdf.js): pdf.ts extracts the fragments and rules, which keeps this testable
 * and independent of the PDF library. All thresholds are relative to font size or page geometry, never to
 * one document's coordinates.
 */
import { GROUP_ROW } from "../vocabulary.js";
import { inReadingOrder, panelsOfSheet } from "./pdf-panels.js";
import type { PageSpan } from "./types.js";

/** One run of text as the PDF draws it. Coordinates in points, origin top-left, y grows downwards. */
export interface PdfTextItem {
  str: string;
  /** Left edge. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width. */
  w: number;
  /** Font size (height of the em square). */
  size: number;
  bold: boolean;
  /** The run ended with a space that the PDF did not draw as its own run (from pdf.js hasEOL/space items). */
  spaceAfter?: boolean;
}

/** A horizontal drawn line (or a thin filled rectangle) at y from x0 to x1. */
export interface HRule {
  y: number;
  x0: number;
  x1: number;
}

/** A vertical drawn line (or a thin filled rectangle) at x from y0 to y1. */
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}

/** A small filled shape (a drawn list bullet, as browsers print `list-style: disc`). */
export interface Mark {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPageInput {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  hRules: HRule[];
  vRules: VRule[];
  marks?: Mark[];
  /**
   * Every text run in the order the page draws it, upright or turned (what a slide's shapes hold, shape by
   * shape): kept for a page with text turned a quarter turn.
   */
  drawn?: { item: PdfTextItem; upright: boolean }[];
}

export interface PdfLayoutResult {
  text: string;
  pages: PageSpan[];
  stats: LayoutStats;
}

export interface LayoutStats {
  /** Tables found (a table continued over pages counts once). */
  tables: number;
  /** Of which found from text alignment alone (no drawn borders). */
  unruledTables: number;
  /** Table rows emitted. */
  rows: number;
  /** Rows joined back together across a page break. */
  rowsJoinedAcrossPages: number;
  /** Repeated header rows dropped on continuation pages. */
  headerRowsDropped: number;
  /** Lines dropped as running header/footer/page number. */
  furnitureLinesDropped: number;
  /** Pages with a band of two prose columns, read column by column. */
  twoColumnPages?: number;
}

// ---------------------------------------------------------------------------------------------------
// Internal model

interface Frag {
  str: string;
  x0: number;
  x1: number;
  base: number;
  size: number;
  bold: boolean;
  spaceAfter: boolean;
  /** Where the column of a right-aligned cell starting here begins (figures set right start at different x). */
  alignX0?: number;
}

interface Line {
  frags: Frag[];
  x0: number;
  x1: number;
  base: number;
  top: number;
  bottom: number;
  size: number;
  allBold: boolean;
  /** First / last fragment with letters is bold (a bold run may continue from one line to the next). */
  startsBold: boolean;
  endsBold: boolean;
  text: string;
  /** Right edge of the column the line is in, when the page is set in columns. */
  colRight?: number;
}

interface Segment {
  frags: Frag[];
  x0: number;
  x1: number;
  text: string;
}

interface TableBlock {
  kind: "table";
  top: number;
  bottom: number;
  /** Column boundaries (left edge of each column, then the right edge of the last). */
  colEdges: number[];
  rows: string[][];
  /** The last row's cells are open at the bottom (no closing rule): the row continues on the next page. */
  openBottom: boolean;
  /** The first row has no rule above it: it may continue a row from the previous page. */
  openTop: boolean;
  ruled: boolean;
  /** Continues the table that ended the previous page. */
  continued?: boolean;
  /**
   * Columns whose text in the last row runs down to the bottom of the table on this page: only these can
   * go on over a page break, so a first row on the next page with text elsewhere is a new row.
   */
  lastRowBottomCells: number[];
}

interface ParaBlock {
  kind: "para";
  top: number;
  bottom: number;
  text: string;
  /** List item: printed without a blank line before it when it follows another list item. */
  list: boolean;
  size: number;
  bold: boolean;
  /** The last line runs to the right edge of the text (so the paragraph may go on after a page break). */
  endsFull: boolean;
}

type Block = TableBlock | ParaBlock;

interface DocContext {
  /** Typical baseline-to-baseline distance inside a paragraph, as a multiple of the font size. */
  leading: number;
  /** Right edge of the body text, per page number. */
  rightEdge: Map<number, number>;
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(p * (s.length - 1))))]!;
};

/** Cluster numbers: values within `tol` of the running cluster mean join it. Returns cluster centres. */
function clusterValues(values: number[], tol: number): { centre: number; members: number[] }[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: { centre: number; members: number[] }[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last.centre <= tol) {
      last.members.push(v);
      last.centre = last.members.reduce((a, b) => a + b, 0) / last.members.length;
    } else {
      out.push({ centre: v, members: [v] });
    }
  }
  return out;
}

const normSpace = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();

/** Join two pieces of running text, undoing a line-end hyphen before a lower-case continuation. */
function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  if (/[A-Za-z0-9]-$/.test(a) && /^[A-Za-z0-9]/.test(b)) return a + b;
  return `${a} ${b}`;
}

const BULLET_RE = /^[•●○◦▪■□‣⁃∙·►▸➢✓✔\uf0b7\uf0a7\uf076\uf0d8]/;
const ENUM_RE = /^(\(?\d{1,3}[.)]|\d{1,2}(\.\d{1,2}){1,3}\.?|\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}[.)])\s/;
const DASH_ITEM_RE = /^[-–—*]\s/;

// ---------------------------------------------------------------------------------------------------
// Fragments and lines

function toFrags(items: PdfTextItem[]): Frag[] {
  const frags: Frag[] = [];
  for (const it of items) {
    if (!(it.size > 0) || !Number.isFinite(it.x) || !Number.isFinite(it.y)) continue;
    const raw = it.str.replace(/\u00a0/g, " ");
    const str = normSpace(raw);
    if (!str) continue;
    frags.push({
      str,
      x0: it.x,
      x1: it.x + Math.max(it.w, 0),
      base: it.y,
      size: it.size,
      bold: it.bold,
      spaceAfter: !!it.spaceAfter || /\s$/.test(raw),
    });
  }
  // Drop exact overprints (fake bold / shadow drawn twice at nearly the same place).
  frags.sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const out: Frag[] = [];
  for (const f of frags) {
    let dup = false;
    for (let k = out.length - 1; k >= 0; k--) {
      const g = out[k]!;
      if (f.base - g.base >= 0.15 * f.size) break;
      if (g.str === f.str && Math.abs(g.x0 - f.x0) < 0.15 * f.size) {
        dup = true;
        break;
      }
    }
    if (!dup) out.push(f);
  }
  return out;
}

const SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  [..."0123456789abcdefghijklmnoprstuvwxyz*†‡"].map((c, k) => [c, [..."⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ*†‡"][k]!]),
);

/**
 * Note marks set small and raised ("seized)ᵃ", "the¹", "¹ Councils pay …" opening a footnote) are the
 * superscripts a reader sees on the line they mark, not lines of their own between it and the next:
 * each is written in superscript characters on the baseline of the text it touches.
 */
function superscriptFrags(frags: Frag[]): Frag[] {
  const isMark = (f: Frag) => /^(?:\d{1,3}|[a-z]|[*†‡])$/.test(f.str) && [...f.str].every((c) => SUPERSCRIPT[c]);
  return frags.map((f) => {
    if (!isMark(f)) return f;
    const raisedBy = (g: Frag) => g.base - f.base;
    const touches = frags.find(
      (g) =>
        g !== f &&
        f.size <= 0.8 * g.size &&
        raisedBy(g) >= 0.15 * g.size &&
        raisedBy(g) <= 0.75 * g.size &&
        /[\p{L}\p{N}).,;:’'"”]$/u.test(g.str) &&
        // (a letter mark after a figure is a unit, "1st", never a note)
        ((f.x0 >= g.x1 - 0.2 * g.size && f.x0 <= g.x1 + 0.5 * g.size && !(/^[a-z]$/.test(f.str) && /\d$/.test(g.str))) || (g.x0 >= f.x1 - 0.2 * g.size && g.x0 <= f.x1 + 1.2 * g.size)),
    );
    if (!touches) return f;
    return { ...f, str: [...f.str].map((c) => SUPERSCRIPT[c]!).join(""), base: touches.base, size: touches.size, spaceAfter: touches.x0 >= f.x1 };
  });
}

/** Marks a margin's line number joined to its line (see withMarginNumbers). */
const LINE_NUMBER_MARK = "\uE000";
/** A marked line number opening a line or a cell, before words that do not run on from the line above. */
const LINE_NUMBER_OPENING = new RegExp(`(^|\t)(\\d{1,3})${LINE_NUMBER_MARK} (?![a-z])`);

/**
 * A page's text with the margin's line numbers where a copy of the page has them, but out of the way of
 * what opens a paragraph, a heading or a row: one that opens a block is a line of its own before it ("30"
 * over "Action: …"), so the block reads as it would unnumbered and a quote over both keeps the number
 * between them. One inside a paragraph stays where it is.
 */
function withLineNumbersPlaced(text: string): string {
  if (!text.includes(LINE_NUMBER_MARK)) return text;
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const m = LINE_NUMBER_OPENING.exec(line);
    if (!m) {
      out.push(line.replaceAll(LINE_NUMBER_MARK, ""));
      continue;
    }
    const rest = line.slice(0, m.index) + m[1] + line.slice(m.index + m[0].length);
    // (A table's row keeps to its table: the number is a short line between rows, not a paragraph.)
    out.push(m[2]!, ...(rest.includes("\t") ? [] : [""]), rest.replaceAll(LINE_NUMBER_MARK, ""));
  }
  return out.join("\n");
}

/**
 * Line numbers printed in the margin (Word's line numbering: "5", "10", "15" left of every fifth line) are
 * read, as a copy of the text gives them, at the start of the line they number ("20 of at least twelve
 * months"), not as a column of their own that turns the page into tables. Numbers only, each alone left of
 * all the page's other text, rising down the page, two or more of them. Marked, so that one opening a
 * paragraph, a heading or a row can be set on a line of its own once the page is laid out
 * (withLineNumbersPlaced): "35 Decision: …" would read as neither a decision nor the item it is.
 */
function withMarginNumbers(frags: Frag[]): Frag[] {
  const isNumber = (f: Frag) => /^\d{1,3}$/.test(f.str);
  const others = frags.filter((f) => !isNumber(f));
  if (others.length === 0) return frags;
  const bodyLeft = Math.min(...others.map((f) => f.x0));
  const margin = frags.filter((f) => isNumber(f) && f.x1 < bodyLeft - 0.5 * f.size).sort((a, b) => a.base - b.base);
  if (margin.length < 2 || margin.some((f, k) => k > 0 && Number(f.str) <= Number(margin[k - 1]!.str))) return frags;
  // (Set right in the margin, they share their right edge.)
  if (margin.some((f) => Math.abs(f.x1 - margin[0]!.x1) > 1.5)) return frags;
  const merged = new Map<Frag, Frag>();
  const dropped = new Set<Frag>();
  for (const n of margin) {
    const first = others
      .filter((f) => Math.abs(f.base - n.base) <= 0.35 * Math.min(f.size, n.size) && !dropped.has(f))
      .sort((a, b) => a.x0 - b.x0)[0];
    if (!first) continue;
    const target = merged.get(first) ?? first;
    merged.set(first, { ...target, str: `${n.str}${LINE_NUMBER_MARK} ${target.str}` });
    dropped.add(n);
  }
  return frags.filter((f) => !dropped.has(f)).map((f) => merged.get(f) ?? f);
}

/** Drawn bullets become "•" fragments in front of the text they mark. */
function bulletFrags(marks: Mark[], frags: Frag[]): Frag[] {
  const out: Frag[] = [];
  for (const m of marks) {
    const cy = (m.y0 + m.y1) / 2;
    let best: Frag | undefined;
    for (const f of frags) {
      if (f.x0 < m.x1 - 0.5 || f.x0 - m.x1 > 3 * f.size) continue;
      if (Math.abs(fragMid(f) - cy) > 0.45 * f.size) continue;
      if (m.y1 - m.y0 > 0.8 * f.size) continue;
      if (!best || f.x0 < best.x0) best = f;
    }
    if (!best) continue;
    const b = best;
    // no text between the mark and the fragment
    if (frags.some((g) => g !== b && g.x1 > m.x1 && g.x0 < b.x0 && Math.abs(g.base - b.base) < 0.3 * b.size)) continue;
    // (Nor words just before the mark: a bullet opens its words, where a mark after them, a dropdown's "▾"
    // on a sheet's chip "Sluice open ▾", ends them. A mark drawn between words, a separator, goes too.)
    if (frags.some((g) => g !== b && g.x1 <= m.x0 + 0.5 && m.x0 - g.x1 < 0.6 * b.size && Math.abs(g.base - b.base) < 0.3 * b.size)) continue;
    out.push({ str: "•", x0: m.x0, x1: m.x1, base: b.base, size: b.size, bold: false, spaceAfter: true });
  }
  return out;
}

const fragTop = (f: Frag) => f.base - 0.78 * f.size;
const fragBottom = (f: Frag) => f.base + 0.22 * f.size;
const fragMid = (f: Frag) => f.base - 0.3 * f.size;

/** Text of fragments on one baseline, ordered by x, with spaces where the gaps are word gaps. */
function joinFrags(frags: Frag[]): string {
  let s = "";
  let prev: Frag | undefined;
  for (const f of frags) {
    if (prev) {
      const gap = f.x0 - prev.x1;
      const space = gap > 0.12 * Math.min(prev.size, f.size) || (prev.spaceAfter && gap > -0.05 * f.size);
      s += space ? ` ${f.str}` : f.str;
    } else {
      s = f.str;
    }
    prev = f;
  }
  return normSpace(s);
}

function makeLine(frags: Frag[]): Line {
  frags.sort((a, b) => a.x0 - b.x0);
  const sizes = new Map<number, number>();
  for (const f of frags) {
    const k = Math.round(f.size * 2) / 2;
    sizes.set(k, (sizes.get(k) ?? 0) + f.str.length);
  }
  let size = frags[0]!.size;
  let best = -1;
  for (const [k, n] of sizes) {
    if (n > best) {
      best = n;
      size = k;
    }
  }
  const text = joinFrags(frags);
  const letters = frags.filter((f) => /[\p{L}\p{N}]/u.test(f.str));
  return {
    frags,
    x0: Math.min(...frags.map((f) => f.x0)),
    x1: Math.max(...frags.map((f) => f.x1)),
    base: median(frags.map((f) => f.base)),
    top: Math.min(...frags.map(fragTop)),
    bottom: Math.max(...frags.map(fragBottom)),
    size,
    allBold: letters.length > 0 && letters.every((f) => f.bold),
    startsBold: !!letters[0]?.bold,
    endsBold: !!letters[letters.length - 1]?.bold,
    text,
  };
}

/** Group fragments into visual lines by baseline. */
function buildLines(frags: Frag[]): Line[] {
  const sorted = [...frags].sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const groups: Frag[][] = [];
  let cur: Frag[] = [];
  let curBase = NaN;
  let curSize = NaN;
  for (const f of sorted) {
    if (cur.length && Math.abs(f.base - curBase) <= 0.35 * Math.min(f.size, curSize)) {
      cur.push(f);
    } else {
      if (cur.length) groups.push(cur);
      cur = [f];
      curBase = f.base;
      curSize = f.size;
    }
  }
  if (cur.length) groups.push(cur);
  return groups.map((g) => makeLine(closedUp(g)));
}

/**
 * A line set letter-spaced, as design tools set headings ("Q U A RT E R 3", "H O W" "T O" "R E A D"),
 * comes out of the PDF a letter at a time; it reads as its words ("QUARTER 3", "HOW TO READ"). Only a
 * run's own spaces between single letters are closed: runs stay words apart.
 */
function closedUp(frags: Frag[]): Frag[] {
  const tokens = frags.flatMap((f) => f.str.split(" "));
  const spaced = frags.filter((f) => LETTER_SPACED.test(f.str));
  if (tokens.length < MIN_SPACED_LETTERS || tokens.filter((t) => /^\p{L}$/u.test(t)).length < 0.6 * tokens.length || !spaced.length) return frags;
  // (Not a run longer than a word, "LO C A L G OV E R N M E N T A SS O C I AT I O N": its word spaces are no
  // wider than its letter spaces, and closed it would be one long word.)
  return frags.map((f) => (LETTER_SPACED.test(f.str) && f.str.replace(/ /g, "").length <= MAX_CLOSED_WORD ? { ...f, str: f.str.replace(/ /g, "") } : f));
}

/** A run of single letters (a kerned pair, "RT", among them) a space apart: "Q U A RT E R", "T O". */
const LETTER_SPACED = /^[\p{L}'’&]{1,2}(?: [\p{L}'’&]{1,2})+$/u;
/** The longest word a letter-spaced run is closed into. */
const MAX_CLOSED_WORD = 14;
/** The fewest letters of a line read as letter-spaced: "T O" alone is two words. */
const MIN_SPACED_LETTERS = 4;

/** Split a line where the horizontal gap between fragments is large (a column gap, not a word gap). */
function splitSegments(line: Line, gapEm: number): Segment[] {
  // A justified line of prose widens every space alike ("England   classified   as   predominantly"):
  // its gaps are not columns.
  const fs = [...line.frags].sort((a, b) => a.x0 - b.x0);
  const gaps = fs.slice(1).map((f, i) => f.x0 - fs[i]!.x1);
  const even = gaps.length >= 2 && Math.min(...gaps) > gapEm * line.size && Math.max(...gaps) <= 1.3 * Math.min(...gaps);
  if (even && gaps.length >= 4) return [makeSegment(line.frags)];
  // (So does a short one in a narrow column, "Anyone   who   wishes   to", three or four words, most of them
  // words of prose in lower case, no wider apart than a few letters: not cells, which are rarely so.)
  const prose = fs.filter((f) => /^[a-z][a-z'’-]*[,.;:]?$/.test(f.str)).length;
  if (even && Math.max(...gaps) <= 3 * line.size && prose * 2 >= fs.length) return [makeSegment(line.frags)];
  const segs: Segment[] = [];
  let cur: Frag[] = [];
  for (const f of line.frags) {
    const prev = cur[cur.length - 1];
    // (In ems of the larger of the two; but of the smaller beside a symbol set large: a status's alt text in
    // 5pt and a direction-of-travel arrow in 13pt, "Green circle" then "→", are two cells a few points apart.)
    const symbolSetLarge = (g: Frag, other: Frag) => g.size > other.size && /^[^\p{L}\p{N}\s]{1,2}$/u.test(g.str);
    const em = prev && (symbolSetLarge(f, prev) || symbolSetLarge(prev, f)) ? Math.min(prev.size, f.size) : Math.max(prev?.size ?? f.size, f.size);
    if (prev && f.x0 - prev.x1 > gapEm * em) {
      segs.push(makeSegment(cur));
      cur = [];
    }
    cur.push(f);
  }
  if (cur.length) segs.push(makeSegment(cur));
  return segs;
}

function makeSegment(frags: Frag[]): Segment {
  return {
    frags,
    x0: frags[0]!.alignX0 ?? Math.min(...frags.map((f) => f.x0)),
    x1: Math.max(...frags.map((f) => f.x1)),
    text: joinFrags(frags),
  };
}

/** Width of the first word of a line (which may be split over fragments, e.g. at a ligature). */
function firstWordWidth(frags: Frag[]): number {
  let w = 0;
  for (let i = 0; i < frags.length; i++) {
    const f = frags[i]!;
    const fw = f.x1 - f.x0;
    const sp = f.str.indexOf(" ");
    if (sp > 0) return w + (fw * sp) / f.str.length;
    w += fw;
    const next = frags[i + 1];
    if (!next || f.spaceAfter || next.x0 - f.x1 > 0.12 * f.size) return w;
  }
  return w;
}

/** Fold fragments of one cell (possibly several lines, several paragraphs) into one line of text. */
function cellText(frags: Frag[]): string {
  if (frags.length === 0) return "";
  const lines = buildLines(frags);
  let s = "";
  for (const l of lines) {
    // (A word broken without a hyphen where a narrow cell ran out, "Recommende" over "d award": one letter
    // that is no word of its own continues the word above it.)
    s = /\p{Ll}$/u.test(s) && /^[b-hj-z](?:\s|$)/.test(l.text) ? s + l.text : joinText(s, l.text);
  }
  return s;
}

/**
 * Split a fragment that runs across a column boundary at the whitespace nearest to the boundary
 * (character positions estimated proportionally). Returns the fragment unchanged if it has no space there.
 */
function splitFragAt(f: Frag, x: number): Frag[] {
  const len = f.str.length;
  if (len < 3 || f.x1 - f.x0 <= 0) return [f];
  const k = Math.round(((x - f.x0) / (f.x1 - f.x0)) * len);
  let best = -1;
  for (let d = 0; d <= Math.max(3, Math.ceil(len / 4)); d++) {
    if (f.str[k - d] === " ") {
      best = k - d;
      break;
    }
    if (f.str[k + d] === " ") {
      best = k + d;
      break;
    }
  }
  if (best <= 0 || best >= len - 1) return [f];
  const perChar = (f.x1 - f.x0) / len;
  const left = f.str.slice(0, best).trimEnd();
  const right = f.str.slice(best + 1).trimStart();
  if (!left || !right) return [f];
  return [
    { ...f, str: left, x1: f.x0 + perChar * best, spaceAfter: true },
    { ...f, str: right, x0: f.x0 + perChar * (best + 1) },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Ruled tables (drawn cell borders)

interface RuledGrid {
  left: number;
  right: number;
  top: number;
  bottom: number;
  colEdges: number[];
  /** Row boundaries including top and bottom. */
  rowEdges: number[];
  vRules: VRule[];
  openTop: boolean;
  openBottom: boolean;
}

function mergeVRules(rules: VRule[], tol: number): VRule[] {
  const rs = rules
    .map((r) => ({ x: r.x, y0: Math.min(r.y0, r.y1), y1: Math.max(r.y0, r.y1) }))
    .filter((r) => r.y1 - r.y0 >= 3)
    .sort((a, b) => a.x - b.x || a.y0 - b.y0);
  const out: VRule[] = [];
  for (const r of rs) {
    const m = out.find((o) => Math.abs(o.x - r.x) <= tol && r.y0 <= o.y1 + 2 && r.y1 >= o.y0 - 2);
    if (m) {
      m.y0 = Math.min(m.y0, r.y0);
      m.y1 = Math.max(m.y1, r.y1);
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

function mergeHRules(rules: HRule[], tol: number): HRule[] {
  const flipped = rules.map((r) => ({ x: r.y, y0: r.x0, y1: r.x1 }));
  return mergeVRules(flipped, tol).map((r) => ({ y: r.x, x0: r.y0, x1: r.y1 }));
}

function findRuledGrids(page: PdfPageInput): RuledGrid[] {
  const tol = 2;
  const vs = mergeVRules(page.vRules, 1.5);
  const hs = mergeHRules(page.hRules, 1.5).filter((h) => h.x1 - h.x0 >= 4);
  if (vs.length < 2) return [];
  // Union-find over rules: crossing/touching rules, and vertical rules side by side over the same span.
  const n = vs.length + hs.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  };
  // horizontal rules sorted by y, to find those crossing a vertical rule's span quickly
  const hOrder = hs.map((_, j) => j).sort((a, b) => hs[a]!.y - hs[b]!.y);
  const firstAtOrBelow = (y: number): number => {
    let lo = 0;
    let hi = hOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hs[hOrder[mid]!]!.y < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // (side-by-side vertical rules: pairwise, skipped on pages drawn with thousands of rules, e.g. charts)
  const pairVertical = vs.length <= 3000;
  const crossed = new Set<number>();
  for (let i = 0; i < vs.length; i++) {
    const v = vs[i]!;
    for (let k = firstAtOrBelow(v.y0 - 3); k < hOrder.length; k++) {
      const j = hOrder[k]!;
      const h = hs[j]!;
      if (h.y > v.y1 + 3) break;
      if (v.x >= h.x0 - 3 && v.x <= h.x1 + 3) {
        union(i, vs.length + j);
        crossed.add(i);
      }
    }
  }
  for (let i = 0; pairVertical && i < vs.length; i++) {
    const v = vs[i]!;
    for (let j = i + 1; j < vs.length; j++) {
      // (Rules a row rule already holds belong to their own grid: two boxed tables side by side, a key
      // beside a summary, stay two tables.)
      if (crossed.has(i) && crossed.has(j)) continue;
      const w = vs[j]!;
      const overlap = Math.min(v.y1, w.y1) - Math.max(v.y0, w.y0);
      const shorter = Math.min(v.y1 - v.y0, w.y1 - w.y0);
      if (shorter >= 10 && overlap >= 0.8 * shorter) union(i, j);
    }
  }
  const comps = new Map<number, { v: VRule[]; h: HRule[] }>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let c = comps.get(r);
    if (!c) {
      c = { v: [], h: [] };
      comps.set(r, c);
    }
    if (i < vs.length) c.v.push(vs[i]!);
    else c.h.push(hs[i - vs.length]!);
  }
  const grids: RuledGrid[] = [];
  for (const c of comps.values()) {
    // Cells drawn with their own borders and spacing between them (border-collapse: separate, Word cell
    // spacing) give two rules a few points apart at each column boundary: one boundary, not a column.
    const xs: number[] = [];
    for (const x of clusterValues(
      c.v.map((v) => v.x),
      tol,
    ).map((k) => k.centre)) {
      const last = xs[xs.length - 1];
      if (last !== undefined && x - last <= 4.5) xs[xs.length - 1] = (last + x) / 2;
      else xs.push(x);
    }
    if (xs.length < 2) continue;
    const snap = (x: number) => xs.reduce((best, e) => (Math.abs(e - x) < Math.abs(best - x) ? e : best), xs[0]!);
    c.v = c.v.map((v) => ({ ...v, x: snap(v.x) }));
    let left = xs[0]!;
    let right = xs[xs.length - 1]!;
    const colEdges = [...xs];
    // Tables drawn with inner rules only: take the outer bounds from the horizontal rules.
    if (c.h.length) {
      const hl = Math.min(...c.h.map((h) => h.x0));
      const hr = Math.max(...c.h.map((h) => h.x1));
      if (hl < left - 5) {
        colEdges.unshift(hl);
        left = hl;
      }
      if (hr > right + 5) {
        colEdges.push(hr);
        right = hr;
      }
    }
    const top = Math.min(...c.v.map((v) => v.y0), ...c.h.map((h) => h.y));
    const bottom = Math.max(...c.v.map((v) => v.y1), ...c.h.map((h) => h.y));
    if (bottom - top < 6) continue;
    // Row boundaries: horizontal rules that span at least one whole column (underlines do not).
    const spanning = c.h.filter((h) =>
      colEdges.some((e, i) => {
        const e2 = colEdges[i + 1];
        return e2 !== undefined && h.x0 <= e + 3 && h.x1 >= e2 - 3;
      }),
    );
    const ys = clusterValues(
      spanning.map((h) => h.y),
      tol,
    ).map((k) => k.centre);
    const openTop = !ys.some((y) => Math.abs(y - top) <= 3);
    const openBottom = !ys.some((y) => Math.abs(y - bottom) <= 3);
    const rowEdges = clusterValues([top, ...ys, bottom], tol).map((k) => k.centre);
    rowEdges[0] = Math.min(rowEdges[0]!, top);
    rowEdges[rowEdges.length - 1] = Math.max(rowEdges[rowEdges.length - 1]!, bottom);
    grids.push(...splitStackedGrids({ left, right, top, bottom, colEdges, rowEdges, vRules: c.v, openTop, openBottom }));
  }
  // Nested grids (a frame around a table): keep the inner ones; the frame is dropped if it holds another.
  return grids.filter(
    (g) =>
      !grids.some(
        (o) =>
          o !== g && o.left >= g.left - 1 && o.right <= g.right + 1 && o.top >= g.top - 1 && o.bottom <= g.bottom + 1,
      ),
  );
}

/** A row's own number or code, as a first column gives it: "3", "1.2", "CR-2". */
const ROW_CODE = /^(?:\d{1,3}(?:\.\d{1,2})?|[A-Z]{1,5}[-/]?\d{1,3}[a-z]?)$/;

/** The fragments split into lines by their baselines, top to bottom. */
function fragLines(frags: Frag[]): Frag[][] {
  const lines: Frag[][] = [];
  for (const f of [...frags].sort((a, b) => a.base - b.base)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.base - f.base) < 0.5 * f.size) line.push(f);
    else lines.push([f]);
  }
  return lines;
}

/**
 * The band's fragments cut into rows just above each given row's first line when the cells are set at the
 * top (every column with text in the band has text on each row's first line: a wrapped cell's later lines
 * sit under its row's first line); otherwise at the middle between those lines.
 */
function cutIntoRows(frags: Frag[], starts: Frag[][], colOf: (f: Frag) => number): Frag[][] {
  const others = frags.filter((f) => colOf(f) > 0);
  const columns = new Set(others.map(colOf));
  const topAligned =
    columns.size > 0 &&
    starts.slice(1).every((l) => {
      const onLine = others.filter((f) => Math.abs(f.base - l[0]!.base) < 0.5 * f.size);
      return new Set(onLine.map(colOf)).size === columns.size;
    });
  const cuts = starts
    .slice(1)
    .map((l, k) => (topAligned ? l[0]!.base - 0.6 * l[0]!.size : (starts[k]![0]!.base + l[0]!.base) / 2));
  const parts: Frag[][] = starts.map(() => []);
  for (const f of frags) {
    const k = cuts.filter((c) => f.base > c).length;
    parts[k]!.push(f);
  }
  return parts;
}

/**
 * A ruled band holding several rows: its first column has two or more lines, each
 * after the first only a row's number or code, one under another. The band's fragments split into those
 * rows (a wrapped cell's later lines stay with their row). Undefined when the band is one row.
 */
function byNumberedLines(frags: Frag[], colOf: (f: Frag) => number): Frag[][] | undefined {
  const lines = fragLines(frags.filter((f) => colOf(f) === 0));
  // (The first line may be the header's, "ID", over the first row's number.)
  if (lines.length < 2 || !lines.slice(1).every((l) => ROW_CODE.test(cellText(l)))) return undefined;
  return cutIntoRows(frags, lines, colOf);
}

/**
 * A ruled band holding several rows of a budget or a count that only the lines tell apart ("Cool spaces
 * grants  150,000  96,400 …" over "Shade fund  210,000  90,000 …"): two or more columns holding only
 * figures, in step on two or more lines, start a row on each of those lines, the band's first line among
 * them. A first column whose text does not start on those lines is a cell spanning them (a council over its
 * two bids): each row repeats it. Undefined when no columns start rows this way.
 */
function byFigureLines(frags: Frag[], colOf: (f: Frag) => number): Frag[][] | undefined {
  const lines = fragLines(frags);
  if (lines.length < 2) return undefined;
  const byCol = new Map<number, Frag[]>();
  for (const f of frags) byCol.set(colOf(f), [...(byCol.get(colOf(f)) ?? []), f]);
  const figureCols = [...byCol].filter(
    ([c, fs]) => c > 0 && fs.every((f) => FIGURE_CELL.test(f.str.trim())) && fragLines(fs).length >= 2,
  );
  // (Two or more such columns, in step: one column's figure wrapped onto a second line starts nothing.)
  if (figureCols.length < 2) return undefined;
  const starts = lines.filter((l) => l.some((f) => figureCols.some(([c]) => colOf(f) === c)));
  if (starts.length < 2 || starts[0] !== lines[0]) return undefined;
  if (!starts.every((l) => figureCols.every(([c]) => l.some((f) => colOf(f) === c)))) return undefined;
  const firstStartsRows = starts.every((l) => l.some((f) => colOf(f) === 0));
  const parts = cutIntoRows(firstStartsRows ? frags : frags.filter((f) => colOf(f) > 0), starts, colOf);
  if (firstStartsRows) return parts;
  const first = frags.filter((f) => colOf(f) === 0);
  return parts.map((p) => [...first, ...p]);
}

/** Column edges (other than the outer ones) drawn through the middle of a row band. */
function innerEdges(grid: RuledGrid, a: number, z: number): number[] {
  const mid = (a + z) / 2;
  return grid.colEdges.filter(
    (e, i) =>
      i > 0 &&
      i < grid.colEdges.length - 1 &&
      grid.vRules.some((v) => Math.abs(v.x - e) <= 2.5 && v.y0 <= mid + 1 && v.y1 >= mid - 1),
  );
}

/**
 * Tables drawn one right under another touch, so their rules form one connected grid; split it where the
 * column layout changes (rows whose inner column edges mostly differ from the rows above). Rows that span
 * all columns (no inner edges) belong to the table they are in.
 */
function splitStackedGrids(grid: RuledGrid): RuledGrid[] {
  const bands = grid.rowEdges.length - 1;
  const cuts: number[] = []; // indexes into rowEdges where a new grid starts
  let prevInner: number[] | null = null;
  for (let b = 0; b < bands; b++) {
    const inner = innerEdges(grid, grid.rowEdges[b]!, grid.rowEdges[b + 1]!);
    if (inner.length === 0) continue;
    if (prevInner) {
      // Rows of one table draw a subset of its column edges (fewer where cells span columns); rows of a
      // different table have edges the rows above lack and lack some they have.
      const has = (set: number[], e: number) => set.some((p) => Math.abs(p - e) <= 2.5);
      const newEdges = inner.some((e) => !has(prevInner!, e));
      const lostEdges = prevInner.some((e) => !has(inner, e));
      if (newEdges && lostEdges) cuts.push(b);
    }
    prevInner = inner;
  }
  if (cuts.length === 0) return [grid];
  const out: RuledGrid[] = [];
  const bounds = [0, ...cuts, bands];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const r0 = bounds[k]!;
    const r1 = bounds[k + 1]!;
    const rowEdges = grid.rowEdges.slice(r0, r1 + 1);
    const top = rowEdges[0]!;
    const bottom = rowEdges[rowEdges.length - 1]!;
    const vRules = grid.vRules.filter(
      (v) => Math.min(v.y1, bottom) - Math.max(v.y0, top) >= Math.min(5, 0.5 * (bottom - top)),
    );
    const used = grid.colEdges.filter(
      (e, i) => i === 0 || i === grid.colEdges.length - 1 || vRules.some((v) => Math.abs(v.x - e) <= 1.2),
    );
    out.push({
      ...grid,
      top,
      bottom,
      rowEdges,
      colEdges: used,
      vRules,
      openTop: k === 0 ? grid.openTop : false,
      openBottom: k === bounds.length - 2 ? grid.openBottom : false,
    });
  }
  return out;
}

const fragAnchorX = (f: Frag) => f.x0 + Math.min(1.5, (f.x1 - f.x0) / 3);

/** Rows whose text must start at a place in a ruled column before it is read as a column of its own. */
const MIN_SUBCOLUMN_ROWS = 3;

/**
 * Columns the rules do not draw inside a ruled column: a timeline's left panel ("ID  Task  Lead  Start
 * Finish  Status") in one box beside the months' gridlines. A place where text starts, set apart from the
 * text before it by a column's gap, on several rows, that no text runs across, is the edge of a column.
 * (Starts a little apart, an indented task under its workstream, are one column.)
 */
function unruledEdges(grid: RuledGrid, inside: Frag[]): number[] {
  const edges: number[] = [];
  for (let c = 0; c + 1 < grid.colEdges.length; c++) {
    const [cl, cr] = [grid.colEdges[c]!, grid.colEdges[c + 1]!];
    const own = inside.filter((f) => fragAnchorX(f) >= cl && fragAnchorX(f) < cr);
    // A fragment's start counts when the nearest text before it on its line ends a column's gap before it.
    const starts = own.filter((f) => {
      const before = own.filter((g) => g !== f && Math.abs(g.base - f.base) <= 0.3 * f.size && g.x1 <= f.x0 + 0.5);
      return before.length > 0 && f.x0 - Math.max(...before.map((g) => g.x1)) >= COL_GAP_EM * f.size;
    });
    const clusters = clusterValues(starts.map((f) => f.x0), 2.5).sort((a, b) => a.centre - b.centre);
    // (Rows the rules draw: a box of text beside a column rule is not a table's column.)
    const band = (f: Frag) => grid.rowEdges.findIndex((e, k) => k + 1 < grid.rowEdges.length && fragMid(f) >= e && fragMid(f) < grid.rowEdges[k + 1]!);
    let last = -Infinity;
    for (const k of clusters) {
      const members = starts.filter((f) => k.members.includes(f.x0));
      const rows = new Set(members.map(band));
      // (The text after hanging paragraph numbers, "5.  The largest gap …", is not a column.)
      const afterMarkers = members.every((f) => {
        const before = own.filter((g) => Math.abs(g.base - f.base) <= 0.3 * f.size && g.x1 <= f.x0 + 0.5);
        return before.length > 0 && MARKER_ONLY_RE.test(joinFrags(before).trim());
      });
      if (afterMarkers) continue;
      const edge = Math.min(...k.members) - 2;
      const crossed = own.some((f) => f.x0 < edge - 2 && f.x1 > edge + 3);
      const size = median(own.map((f) => f.size));
      if (rows.size < MIN_SUBCOLUMN_ROWS || crossed || edge - last < 1.5 * size || edge - cl < 1.5 * size) continue;
      edges.push(edge);
      last = edge;
    }
  }
  return edges;
}

/**
 * A band's fragments in runs of lines: lines running across the columns at heights where none of the band's
 * inner column rules is drawn (the rules stop for them) apart, each a run of its own, from the runs of lines
 * between them.
 */
function spanningLines(
  frags: Frag[],
  ruledInner: number[],
  ruledAt: (e: number, y: number) => boolean,
): { frags: Frag[]; spanning: boolean }[] {
  if (ruledInner.length === 0) return [{ frags, spanning: false }];
  const out: { frags: Frag[]; spanning: boolean }[] = [];
  for (const line of fragLines(frags)) {
    // (A line running across where a column's rule would be; a line within the first column is that
    // column's text whatever the rules beside it do.)
    const spanning =
      line.every((f) => !ruledInner.some((e) => ruledAt(e, fragMid(f)))) &&
      line.some((f) => ruledInner.some((e) => f.x0 < e - 2 && f.x1 > e + 3));
    const last = out[out.length - 1];
    if (last && !spanning && !last.spanning) last.frags.push(...line);
    else out.push({ frags: [...line], spanning });
  }
  return out;
}

/** Build the rows of a ruled grid from the fragments inside it. Consumes the fragments it uses. */
function buildRuledTable(ruled: RuledGrid, frags: Frag[]): { table: TableBlock | null; used: Set<Frag> } {
  const used = new Set<Frag>();
  const inside = frags.filter((f) => {
    const ax = fragAnchorX(f);
    const my = fragMid(f);
    return ax >= ruled.left - 1 && ax <= ruled.right + 1 && my >= ruled.top - 1 && my <= ruled.bottom + 1;
  });
  const unruled = unruledEdges(ruled, inside);
  const grid = unruled.length ? { ...ruled, colEdges: [...ruled.colEdges, ...unruled].sort((a, b) => a - b) } : ruled;
  const nCols = grid.colEdges.length - 1;
  const rows: string[][] = [];
  let firstBandHasText = false;
  let lastBandHasText = false;
  let lastRowBottomCells: number[] = [];
  const bandCount = grid.rowEdges.length - 1;
  for (let b = 0; b < bandCount; b++) {
    const a = grid.rowEdges[b]!;
    const z = grid.rowEdges[b + 1]!;
    if (z - a < 2) continue;
    const mid = (a + z) / 2;
    const active = grid.colEdges.filter(
      (e, i) =>
        i === 0 ||
        i === grid.colEdges.length - 1 ||
        unruled.includes(e) ||
        grid.vRules.some((v) => Math.abs(v.x - e) <= 2.5 && v.y0 <= mid + 1 && v.y1 >= mid - 1),
    );
    let bandFrags = inside.filter((f) => {
      const my = fragMid(f);
      return my >= a - 0.5 && my < z + 0.5 && !used.has(f);
    });
    if (bandFrags.length === 0) {
      if (b === bandCount - 1) lastBandHasText = false;
      continue;
    }
    for (const f of bandFrags) used.add(f);
    const ruledInner = active.filter((e, i) => i > 0 && i < active.length - 1 && !unruled.includes(e));
    const ruledAt = (e: number, y: number) => grid.vRules.some((v) => Math.abs(v.x - e) <= 2.5 && v.y0 <= y + 1 && v.y1 >= y - 1);
    const colOf = (f: Frag) => {
      const ax = fragAnchorX(f);
      const i = active.findIndex((e, k) => k + 1 < active.length && ax < active[k + 1]!);
      return i < 0 ? active.length - 2 : i;
    };
    const pushRow = (cells: string[], cf: Frag[][]) => {
      if (cells.every((c) => c === "")) return;
      // within a few lines of the cut (page breaks keep a couple of lines together)
      const bottomCells = cells.flatMap((_, col) => {
        const fs = cf[col] ?? [];
        if (!fs.length) return [];
        const size = Math.max(...fs.map((f) => f.size));
        return Math.max(...fs.map(fragBottom)) >= z - (4 * size + 6) ? [col] : [];
      });
      if (rows.length === 0) firstBandHasText = b === 0;
      if (b === bandCount - 1) lastBandHasText = true;
      lastRowBottomCells = b === bandCount - 1 ? bottomCells : [];
      rows.push(cells);
    };
    for (const piece of spanningLines(bandFrags, ruledInner, ruledAt)) {
      if (piece.spanning) {
        // A line set where the rules leave a gap for it spans the table: a group's heading ("Workstream:
        // Cool spaces"), a note under a row.
        const cells: string[] = new Array(nCols).fill("");
        cells[0] = cellText(piece.frags);
        pushRow(cells, [piece.frags]);
        continue;
      }
      // Split fragments that run across a cell border (not one the rules leave open at their height: a
      // header spanning the columns under it).
      const split: Frag[] = [];
      const spanningHeads: { frag: Frag; cols: number[] }[] = [];
      for (const f of piece.frags) {
        let pieces = [f];
        const open: number[] = [];
        for (const e of active) {
          const next: Frag[] = [];
          for (const p of pieces) {
            if (!(p.x0 < e - 2 && p.x1 > e + 3)) next.push(p);
            else if (ruledInner.includes(e) && !ruledAt(e, fragMid(p))) {
              next.push(p);
              open.push(e);
            } else next.push(...splitFragAt(p, e));
          }
          pieces = next;
        }
        split.push(...pieces);
        if (open.length && pieces.length === 1) {
          const first = colOf(f);
          spanningHeads.push({ frag: f, cols: open.map((e) => active.indexOf(e)).filter((c) => c > first) });
        }
      }
      // (A bold header line over the values in one ruled box: the header is a row of its own. Rows a chart
      // rules off only here and there, each line opening with its own number, are rows of their own, and
      // so are lines of figures each under its own name.)
      const parts =
        byNumberedLines(split, colOf) ??
        (rows.length > 0 ? byFigureLines(split, colOf) : undefined) ??
        (rows.length === 0 ? boldHeadOf(split) : [split]);
      for (const part of parts) {
        const cells: string[] = new Array(nCols).fill("");
        const cellFrags: Frag[][] = [];
        const isHead = rows.length === 0;
        for (let i = 0; i + 1 < active.length; i++) {
          const cl = active[i]!;
          const cr = active[i + 1]!;
          const isLast = i + 2 === active.length;
          const cf = part.filter((f) => {
            const ax = fragAnchorX(f);
            return (ax >= cl - (i === 0 ? 2 : 0) && ax < cr) || (isLast && ax >= cr && ax <= cr + 2);
          });
          const col = Math.max(
            0,
            grid.colEdges.findIndex((e) => Math.abs(e - cl) <= 2.5),
          );
          cells[col] = cellText(cf);
          cellFrags[col] = cf;
          // A header over two or more columns ("Quarter 2" over "Figure" and "RAG") heads each of them.
          for (const h of isHead ? spanningHeads : []) {
            if (!h.cols.includes(i) || !part.includes(h.frag) || cf.length === 0) continue;
            cells[col] = joinText(cellText([h.frag]), cells[col]!);
          }
        }
        pushRow(cells, cellFrags);
      }
    }
  }
  if (rows.length === 0) return { table: null, used };
  return {
    table: {
      kind: "table",
      top: grid.top,
      bottom: grid.bottom,
      colEdges: grid.colEdges,
      rows,
      openBottom: grid.openBottom && lastBandHasText,
      openTop: grid.openTop && firstBandHasText,
      ruled: true,
      lastRowBottomCells,
    },
    used,
  };
}

/** Is the nearest line above with text in the first column a label ending in a colon ("Present:")? */
function labelledAbove(grid: { cols: Segment[][] }[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const first = grid[j]!.cols[0]!;
    if (first.length) return /:\s*$/.test(first.map((x) => x.text).join(" "));
  }
  return false;
}

/**
 * The fragments of a ruled table's first box split into its header line and the rest, when the top line
 * is bold, names two or more columns, and plain text follows under it (a shaded header over one row of
 * values with no rule between them); otherwise the fragments as they are.
 */
function boldHeadOf(frags: Frag[]): Frag[][] {
  const worded = frags.filter((f) => /\w/.test(f.str));
  if (worded.length < 4) return [frags];
  const top = Math.min(...worded.map((f) => f.base));
  const head = frags.filter((f) => Math.abs(f.base - top) <= 1.5);
  const rest = frags.filter((f) => !head.includes(f));
  const headWorded = head.filter((f) => /\w/.test(f.str));
  const restWorded = rest.filter((f) => /\w/.test(f.str));
  const apart = headWorded.filter((f, i) => i === 0 || f.x0 - headWorded[i - 1]!.x1 > 2 * f.size).length;
  if (apart < 2 || !headWorded.every((f) => f.bold) || restWorded.length === 0 || restWorded.every((f) => f.bold)) return [frags];
  return [head, rest];
}

/**
 * The lines just above a table top (`lines` nearest first) that touch it and each other, in one size: a
 * header band, its wrapped cells' lines and all. A caption or heading above it is set in another size.
 */
function linesJustAbove(lines: Line[], top: number, opts: { firstGapEm: number; most: number }): Line[] {
  const band: Line[] = [];
  let edge = top;
  for (const line of lines) {
    if (edge - line.bottom > (band.length ? 0.8 : opts.firstGapEm) * line.size) break;
    if (band.length && Math.abs(line.size - band[0]!.size) > 0.5) break;
    band.push(line);
    edge = Math.min(edge, line.top);
    if (band.length === opts.most) break;
  }
  return band;
}

/**
 * The header row of a ruled table drawn without rules of its own (a header cell filled with colour, the
 * body cells bordered, as browsers print `th { background }` over `td { border }`): the lines just above
 * the grid whose fragments each sit inside one column, never across a column edge. A wrapped header cell
 * ("Direction of / travel") spreads over several lines; they are read column by column.
 */
function headerAboveGrid(table: TableBlock, frags: Frag[]): { cells: string[]; top: number; used: Set<Frag> } | undefined {
  const edges = table.colEdges;
  const left = edges[0]!;
  const right = edges[edges.length - 1]!;
  const lines = buildLines(frags.filter((f) => fragBottom(f) <= table.top + 2 && f.x0 >= left - 2 && f.x1 <= right + 2)).sort((a, b) => b.bottom - a.bottom);
  const band = linesJustAbove(lines, table.top, { firstGapEm: 0.8, most: 4 });
  if (band.length === 0) return undefined;
  const cells: string[][] = edges.slice(0, -1).map(() => []);
  const used = new Set<Frag>();
  const ordered = [...band].sort((a, b) => a.top - b.top);
  const last = ordered[ordered.length - 1]!;
  const crosses = (f: Frag) => edges.slice(1, -1).some((e) => f.x0 < e - 2 && f.x1 > e + 2);
  // A header over two rows: labels on a line above the last one, one of them spanning columns ("Q1 2117/18"
  // over "Value | Status"), group the columns under them.
  const groupLine = ordered.find((line) => line !== last && line.frags.some(crosses));
  const groups: { text: string; centre: number; cols: number[] }[] = [];
  const fromLast = new Set<number>();
  const elsewhere = new Set<number>();
  for (const line of ordered) {
    for (const f of line.frags) {
      const overlapped = edges.slice(0, -1).flatMap((e, i) => (Math.min(f.x1, edges[i + 1]!) - Math.max(f.x0, e) > 2 ? [i] : []));
      const col = edges.findIndex((e, i) => i + 1 < edges.length && fragAnchorX(f) >= e - 2 && fragAnchorX(f) < edges[i + 1]!);
      if (crosses(f) && line !== groupLine) return undefined;
      if (line === groupLine) {
        const cols = crosses(f) ? overlapped : col >= 0 ? [col] : [];
        if (cols.length === 0) return undefined;
        groups.push({ text: f.str, centre: (f.x0 + f.x1) / 2, cols });
        used.add(f);
        continue;
      }
      if (col < 0) return undefined;
      cells[col]!.push(f.str);
      (line === last ? fromLast : elsewhere).add(col);
      used.add(f);
    }
  }
  // Each label heads the columns it spans, and a column of the last row that no label reaches (its label set
  // narrower than its group: "Q2 2117/18" centred over "Value | Target | Status") the label centred nearest.
  if (groups.length) {
    for (const g of groups) for (const i of g.cols) cells[i]!.unshift(g.text);
    for (const i of fromLast) {
      if (elsewhere.has(i) || groups.some((g) => g.cols.includes(i))) continue;
      const centre = (edges[i]! + edges[i + 1]!) / 2;
      const nearest = groups.reduce((a, b) => (Math.abs(b.centre - centre) < Math.abs(a.centre - centre) ? b : a));
      cells[i]!.unshift(nearest.text);
    }
  }
  const texts = cells.map((c) => normSpace(c.join(" ")));
  const filledCells = texts.filter((t) => t).length;
  // A caption or a sentence above the table fills one column; a header names most of them.
  if (filledCells < 2 || filledCells * 2 < texts.length) return undefined;
  return { cells: texts, top: Math.min(...band.map((l) => l.top)), used };
}

/** A cell of figures: "28,000", "(4,000)", "55%", "–". */
const FIGURE_CELL = /^(?:[-–—]|\(?[-+]?[£$€]?\d[\d,.]*\s*(?:%|k|m|bn)?\)?)$/i;

/**
 * The header of an unruled table whose first row is figures ("Research and survey | 28,000 | 11,450 | …"):
 * the lines just above it, over a rule perhaps, whose words each fall in one column, a header cell
 * wrapped over two lines ("Spent to 30 / Sep") read column by column. A caption above it fills one column
 * and is left to be its title.
 */
function headerAboveTextTable(table: TableBlock, lines: Line[]): { cells: string[]; top: number; lines: Line[] } | undefined {
  // (A group's row across the table first, "Theme 1: Responding to complaints", is not the header's
  // business: the first row of figures is the one under it.)
  const first = table.rows.find((r) => r.slice(1).some((c) => c.trim()));
  // (Or a row of figures and the words of a status beside them, as a performance system's export has:
  // "NSN-02 … | 91.4% | Warning | 88.2% | 95.0% | Warning", its header over two lines and more.)
  const filledFirst = first ? first.slice(1).filter((c) => c.trim()) : [];
  const figures = filledFirst.filter((c) => FIGURE_CELL.test(c.trim())).length;
  if (!first || filledFirst.length === 0 || (figures < filledFirst.length && !(figures >= 2 && table.rows.length >= 3))) return undefined;
  const edges = table.colEdges;
  const left = edges[0]!;
  const right = edges[edges.length - 1]!;
  const above = lines.filter((l) => l.bottom <= table.top + 2 && l.x0 >= left - 2 && l.x1 <= right + 4 * l.size).sort((a, b) => b.bottom - a.bottom);
  // (Over a rule, perhaps: the first line may sit further above the table than the grid's header does.)
  const band = linesJustAbove(above, table.top, { firstGapEm: 1.6, most: 3 });
  if (band.length === 0) return undefined;
  // (Two labels of a one-line header in one column's span, "Council" and "Repairs reported" over names and
  // figures set right: the labels pad left of their columns, and are read in order when they can be.)
  const placed = placedHeader(table, band);
  if (!placed || placed.crowded) return orderedHeader(table, band) ?? (placed && { cells: placed.cells, top: placed.top, lines: placed.lines });
  return { cells: placed.cells, top: placed.top, lines: placed.lines };
}

/**
 * A header of one line whose labels do not sit over their columns (a dashboard's table pads each label to
 * the left of figures set right, so two labels fall in one column's span): the labels in order, one to each
 * column that most rows fill, a first column of row numbers ("1.", "2.") left without one. Undefined unless
 * there are as many labels as such columns.
 */
function orderedHeader(table: TableBlock, band: Line[]): { cells: string[]; top: number; lines: Line[] } | undefined {
  if (band.length !== 1) return undefined;
  const labels = splitSegments(band[0]!, 0.6).map((seg) => normSpace(seg.text));
  if (labels.length < 3 || labels.some((t) => FIGURE_CELL.test(t))) return undefined;
  const width = table.colEdges.length - 1;
  const filled = Array.from({ length: width }, (_, i) => i).filter((i) => table.rows.filter((r) => r[i]?.trim()).length * 2 > table.rows.length);
  const numbered = filled[0] !== undefined && table.rows.filter((r) => /^\d{1,3}\.?$/.test(r[filled[0]!]?.trim() ?? "")).length * 2 > table.rows.length;
  const headed = numbered && labels.length === filled.length - 1 ? filled.slice(1) : filled;
  if (headed.length !== labels.length) return undefined;
  const cells = Array.from({ length: width }, () => "");
  headed.forEach((col, k) => (cells[col] = labels[k]!));
  return { cells, top: band[0]!.top, lines: band };
}

/** A header whose words each fall in the column they head (see headerAboveTextTable). */
function placedHeader(table: TableBlock, band: Line[]): { cells: string[]; top: number; lines: Line[]; crowded: boolean } | undefined {
  const edges = table.colEdges;
  const cells: string[][] = edges.slice(0, -1).map(() => []);
  let crowded = false;
  /** Right edges of the cells placed so far, by column: a header set right wraps to lines ending where it ends. */
  const rightEdges: { x1: number; col: number }[] = [];
  for (const line of [...band].sort((a, b) => a.top - b.top)) {
    // (Words a column gap apart are cells; each goes to the column it overlaps most: a header set right
    // over right-set figures starts left of their column.)
    const placedOnLine = new Set<number>();
    for (const seg of splitSegments(line, 0.6)) {
      const overlap = (i: number) => Math.min(seg.x1, i + 2 < edges.length ? edges[i + 1]! : Infinity) - Math.max(seg.x0, edges[i]!);
      // (A wrapped line of a header set right, "September 2071" under "Spend to 30", ends where the line
      // above it ends, though it may reach further into the column before.)
      const sameEnd = rightEdges.find((r) => Math.abs(r.x1 - seg.x1) <= 1.5);
      // (A header set right that reaches back over a column's start, starting at no column's start, is the
      // header of the column it ends in: "Forecast outturn" over figures set right.)
      const endsIn = edges.slice(0, -1).findIndex((e, i) => seg.x1 > e && (i + 2 >= edges.length || seg.x1 <= edges[i + 1]!));
      const setRight = endsIn > 0 && seg.x0 < edges[endsIn]! - 2 && !edges.some((e) => Math.abs(e - seg.x0) <= 2);
      const col = sameEnd?.col ?? (setRight ? endsIn : edges.slice(0, -1).reduce((best, _, i) => (overlap(i) > overlap(best) ? i : best), 0));
      rightEdges.push({ x1: seg.x1, col });
      // (A run of words across most of two columns is a sentence, not a header cell.)
      if (!sameEnd && !setRight && overlap(col) < 0.5 * (seg.x1 - seg.x0)) return undefined;
      cells[col]!.push(seg.text);
      if (placedOnLine.has(col)) crowded = true;
      placedOnLine.add(col);
    }
  }
  const texts = cells.map((c) => normSpace(c.join(" ")));
  const filledCells = texts.filter((t) => t).length;
  if (filledCells < 3 || filledCells * 2 <= texts.length || texts.some((t) => FIGURE_CELL.test(t))) return undefined;
  return { cells: texts, top: Math.min(...band.map((l) => l.top)), lines: band, crowded };
}

/**
 * A pivot table's second header line, drawn without rules: labels just above the header row, each set
 * across two columns or more ("Q1 2353/54" over "Target | Actual", "Q2 2353/54" over the next two), head
 * the columns they span ("Q1 2353/54 Target"). The line itself stays as the page has it. Nothing is done
 * unless the table's first row is all words (its header), and every label of the line that spans columns
 * spans two or more whole-enough columns.
 */
function groupLabelsAboveHeader(table: TableBlock, lines: Line[]): void {
  const header = table.rows[0];
  if (!header || table.rows.length < 3) return;
  const filled = header.filter((c) => c.trim());
  if (filled.length < 3 || filled.some((c) => FIGURE_CELL.test(c.trim()))) return;
  const edges = table.colEdges;
  const left = edges[0]!;
  const right = edges[edges.length - 1]!;
  // (Or reaching down beside the header's first line: the first of two lines of cells set two deep.)
  const above = lines.filter((l) => (l.bottom <= table.top + 2 || (l.top < table.top && l.base < table.top + 0.8 * l.size)) && l.x0 >= left - 2 && l.x1 <= right + 2).sort((a, b) => b.bottom - a.bottom);
  const [line] = linesJustAbove(above, table.top, { firstGapEm: 1.6, most: 1 });
  if (!line) return;
  const spans = splitSegments(line, 0.6).map((seg) => ({
    text: seg.text,
    cols: edges.slice(0, -1).flatMap((e, i) => (Math.min(seg.x1, edges[i + 1]!) - Math.max(seg.x0, e) > 0.15 * (seg.x1 - seg.x0) ? [i] : [])),
  }));
  // (Or the first line of header cells set two lines deep, "Q1" over "Apr–Jun", beside cells set one line
  // deep and centred, "Ref": a short label over one column each, close over the header.)
  const firstLines = spans.length >= 2 && spans.every((g) => g.cols.length === 1 && g.text.split(/\s+/).length <= 3) && line.bottom >= table.top - 0.8 * line.size;
  const groups = spans.filter((g) => g.cols.length >= 2 || firstLines);
  // (Two groups at least, over columns of their own: a title across the table is not a group's label.)
  if (groups.length < 2 || new Set(groups.flatMap((g) => g.cols)).size !== groups.reduce((n, g) => n + g.cols.length, 0)) return;
  for (const g of groups) for (const i of g.cols) if (header[i]?.trim()) header[i] = `${normSpace(g.text)} ${header[i]!.trim()}`;
}

// ---------------------------------------------------------------------------------------------------
// Unruled tables (columns recognised from text alignment)

const COL_GAP_EM = 0.8;
/** Neighbouring unruled columns closer than this (in ems) that no row fills both of are one column. */
const MERGE_COLUMNS_EM = 6;

interface SegLine {
  line: Line;
  segs: Segment[];
}

/**
 * Find runs of lines whose text sits in columns that line up over several lines, and turn each run into
 * a table. Lines that are not in a table are returned for paragraph building.
 */
/**
 * Column-start support over the whole document: for an x position, how many lines split into several
 * segments (column gaps) have a segment starting there. Tables keep their column positions from page to
 * page, so a column with one entry per page is still recognised.
 */
function buildColumnSupport(pagesLines: Line[][]): (x: number) => number {
  const starts: number[] = [];
  for (const lines of pagesLines) {
    for (const line of lines) {
      const segs = splitSegments(line, COL_GAP_EM);
      if (segs.length >= 2) for (const g of segs) starts.push(g.x0);
    }
  }
  const clusters = clusterValues(starts, 2.5)
    .map((k) => ({ lo: Math.min(...k.members) - 2.5, hi: Math.max(...k.members) + 2.5, n: k.members.length }))
    .sort((a, b) => a.lo - b.lo);
  return (x: number) => {
    let n = 0;
    for (const c of clusters) {
      if (c.lo > x) break;
      if (x <= c.hi) n = Math.max(n, c.n);
    }
    return n;
  };
}

/**
 * Figures set right in an unruled table ("118", "1,204", and the "2024/25" over them) share their right
 * edge, not their start: a cell of a right-aligned column is given the start of the widest one, so the
 * column lines up as a left-aligned one would. Only cells after the first of a line, short ones, that share
 * a right edge with two others of different starts.
 */
function anchorRightAligned(lines: Line[]): void {
  const cells: Segment[] = [];
  for (const line of lines) {
    const segs = splitSegments(line, COL_GAP_EM);
    if (segs.length < 2) continue;
    for (const g of segs.slice(1)) if (g.text.split(/\s+/).length <= 2 && g.text.length <= 14) cells.push(g);
  }
  for (const k of clusterValues(cells.map((g) => g.x1), 1)) {
    const members = cells.filter((g) => k.members.includes(g.x1) && Math.abs(g.x1 - k.centre) <= 1.5);
    const starts = members.map((g) => g.x0);
    if (members.length < 3 || Math.max(...starts) - Math.min(...starts) <= 2.5 || !members.some((g) => FIGURE_OR_NONE.test(g.text))) continue;
    const start = Math.min(...starts);
    for (const g of members) g.frags[0]!.alignX0 = start;
  }
}

function findTextTables(
  lines: Line[],
  hRules: HRule[],
  ctx: DocContext,
  support: (x: number) => number,
  /** Column starts of an unruled table that ended the previous page: it may go on at the top of this one. */
  carried: number[] | null,
): { tables: TableBlock[]; rest: Line[] } {
  const sl: SegLine[] = lines.map((line) => ({ line, segs: splitSegments(line, COL_GAP_EM) }));
  const tables: TableBlock[] = [];
  const inTable = new Set<Line>();
  if (!carried && !sl.some((s) => s.segs.length >= 2)) return { tables, rest: lines };
  const isTabular = (s: SegLine): boolean =>
    s.segs.length >= 2 && s.segs.filter((g) => support(g.x0) >= 2).length >= 2;
  /** Every segment starts at one of the columns and stays inside it. */
  const insideColumns = (cand: SegLine, starts: number[]): boolean => {
    const sorted = [...starts].sort((a, b) => a - b);
    return cand.segs.every((g) => {
      const k = sorted.findIndex((c) => Math.abs(c - g.x0) <= 2.5);
      if (k < 0) return false;
      const nextStart = sorted[k + 1];
      return nextStart === undefined || g.x1 <= nextStart - 0.3 * cand.line.size;
    });
  };

  /** Every segment lies inside one column, past its start and short of the next one's. */
  const insideSpans = (cand: SegLine, starts: number[]): boolean => {
    const sorted = [...starts].sort((a, b) => a - b);
    return cand.segs.every((g) => {
      let k = sorted.length - 1;
      while (k >= 0 && sorted[k]! > g.x0 + 2.5) k--;
      const nextStart = sorted[k + 1];
      return k >= 0 && (nextStart === undefined || g.x1 <= nextStart - 0.3 * cand.line.size);
    });
  };

  let i = 0;
  while (i < sl.length) {
    const first = sl[i]!;
    // A table carried over from the previous page may go on here with lines in one column only.
    const carry = i === 0 && carried !== null && carried.length >= 2 && insideColumns(first, carried);
    // (A report's field, "PERIOD        : 01/04/2211 TO 30/11/2211", its colon set apart after the label,
    // is a line of its own, not a table's first row however its words line up with the columns below.)
    const field = !carry && first.segs.length >= 2 && /^:\s/.test(first.segs[1]!.text) && /^[A-Z][A-Za-z ./&-]{1,30}$/.test(first.segs[0]!.text);
    if (field || (!carry && !isTabular(first))) {
      i++;
      continue;
    }
    const run: SegLine[] = [first];
    /** Lines of the run set in the middle of their columns: where they start is no column's start. */
    const centredLines = new Set<SegLine>();
    /** Lines of the run that are a grouped list's group rows. */
    const groupLines = new Set<SegLine>();
    let colStarts = carry ? [...carried!] : first.segs.map((g) => g.x0);
    let j = i + 1;
    while (j < sl.length) {
      const cand = sl[j]!;
      const prev = run[run.length - 1]!;
      const pitch = cand.line.base - prev.line.base;
      // (In the table's own size when the line above is smaller: a line of alt text set small under a row's
      // first line is no measure of the gap to the next row.)
      if (pitch > 3.2 * ctx.leading * Math.max(prev.line.size, median(run.map((r) => r.line.size)))) break;
      const size = cand.line.size;
      const matches = (x: number) => colStarts.some((c) => Math.abs(c - x) <= 2.5);
      // (Or where cells of the rows above started: text centred in its column, a status symbol's alt text
      // set in from the column's header, starts at the same place in every row.)
      const startsAsAbove = (x: number) => run.some((r) => isTabular(r) && !centredLines.has(r) && r.segs.some((g) => Math.abs(g.x0 - x) <= 2.5));
      // A line of short labels right under the first line, over rows that line up with it, is a second
      // header row: column names under a header cell that spans them ("2025/26" over "Q1 Q2 Q3").
      // (The rows may start a line further down, under a header cell's second line, "Target" over "2471/72".)
      const after = [sl[j + 1], sl[j + 2]].find((x) => x !== undefined && isTabular(x));
      const subHeader =
        run.length === 1 &&
        cand.segs.length >= 2 &&
        pitch <= 2.2 * ctx.leading * prev.line.size &&
        cand.segs.every((g) => g.text.split(/\s+/).length <= 3 && !matches(g.x0) && g.x0 > Math.min(...colStarts) + 2.5) &&
        after !== undefined &&
        isTabular(after) &&
        after.segs.filter((g) => matches(g.x0)).length >= 2;
      if (subHeader) {
        colStarts.push(...cand.segs.map((g) => g.x0));
        run.push(cand);
        j++;
        continue;
      }
      // (A list printed grouped, "Categories: FSSTG actions (3 items)" between its rows, as a mail client or
      // a list app prints a grouped view: the group's line is a row of the table, which goes on under it;
      // the mark that folds the group may stand apart from its words, "•   Categories: (none) (1 items)".)
      const next = sl[j + 1];
      const groupText = cand.segs.length === 1 ? cand.segs[0]!.text : cand.segs.length === 2 && MARKER_ONLY_RE.test(cand.segs[0]!.text.trim()) ? `${cand.segs[0]!.text.trim()} ${cand.segs[1]!.text}` : undefined;
      const groupRow =
        groupText !== undefined &&
        GROUP_ROW.test(groupText.trim()) &&
        pitch <= 3 * ctx.leading * prev.line.size &&
        next !== undefined &&
        isTabular(next) &&
        next.segs.filter((g) => matches(g.x0)).length >= 2;
      if (groupRow) {
        groupLines.add(cand);
        run.push(cand);
        j++;
        continue;
      }
      if (isTabular(cand)) {
        const aligned = cand.segs.filter((g) => matches(g.x0) || startsAsAbove(g.x0)).length;
        // (Or, close under the line above and set smaller, each of its cells inside one of the columns: a
        // row's symbols' alt text set in the middle of their columns, under the row's first line. Not a
        // numbered list's next item, "2.1" under "2.", in the same type.)
        // (Words, not a chart's axis letters, "I" and "C", set small among its cells.)
        // (Or short labels each set in the middle of a column past the first, as a design tool lays a rating's
        // pill over each quarter's cell under its figure: "Green  Amber  Red".)
        // (One to a column: a legend's words side by side under one cell are no row's ratings.)
        const columnOf = (x: number) => colStarts.filter((c) => c <= x + 2.5).length;
        const labels =
          cand.segs.length >= 2 &&
          cand.segs.every((g) => g.text.split(/\s+/).length <= 2 && !/\d/.test(g.text) && g.x0 > Math.min(...colStarts) + 2.5) &&
          new Set(cand.segs.map((g) => columnOf(g.x0))).size === cand.segs.length;
        // (A row's pills sit under its figures, a line's height or two below them.)
        const centred = pitch <= (labels ? 2.6 : 1.7) * ctx.leading * prev.line.size && (cand.line.size < 0.8 * prev.line.size || labels) && cand.segs.some((g) => /\p{L}{3}/u.test(g.text)) && insideSpans(cand, colStarts);
        if (aligned === 0 && !centred) break;
        if (aligned === 0) centredLines.add(cand);
        run.push(cand);
        // (Text set in the middle of its column starts no column of its own.)
        for (const g of aligned === 0 ? [] : cand.segs) {
          const near = colStarts.findIndex((c) => Math.abs(c - g.x0) < 1.5 * size);
          if (near < 0 && support(g.x0) >= 2) colStarts.push(g.x0);
          // (A column most lines start at, an em left of where a line above the table's header put a value,
          // "PERIOD : 01/04/…" over "Per": the column starts where its many rows do.)
          else if (near >= 0 && g.x0 < colStarts[near]! - 2.5 && support(g.x0) > 2 * support(colStarts[near]!)) colStarts[near] = g.x0;
        }
        j++;
        continue;
      }
      // Continuation line: every segment starts at a column and stays inside that column. A column not
      // seen yet in this run (an empty first column in the header row) must be a known column start of
      // the document and follow closely.
      // (a rule drawn between the two lines accounts for a larger gap: rows ruled off)
      const ruled = hRules.some(
        (h) => h.y > prev.line.bottom - 1 && h.y < cand.line.top + 1 && h.x1 - h.x0 > 0.5 * (cand.line.x1 - cand.line.x0),
      );
      const tight = pitch <= (ruled ? 3 : 1.7) * ctx.leading * prev.line.size;
      const newStarts = cand.segs
        .map((g) => g.x0)
        .filter((x) => !matches(x) && tight && support(x) >= 2 && x < Math.max(...colStarts));
      const sortedStarts = [...colStarts, ...newStarts].sort((a, b) => a - b);
      const ok = cand.segs.every((g) => {
        let k = sortedStarts.findIndex((c) => Math.abs(c - g.x0) <= 2.5);
        // indented inside a column (text after a bullet, a hanging indent): only when tight under the line above
        if (k < 0 && tight && g.x0 > sortedStarts[0]!) {
          k = sortedStarts.length - 1;
          while (k > 0 && sortedStarts[k]! > g.x0) k--;
          if (g.x0 - sortedStarts[k]! > 3 * size) return false;
        }
        if (k < 0) return false;
        const nextStart = sortedStarts[k + 1];
        return nextStart === undefined || g.x1 <= nextStart - 0.3 * size;
      });
      // A lone line at the first column that runs on past the second column is body text, not a cell.
      if (!ok) break;
      colStarts.push(...newStarts);
      run.push(cand);
      j++;
    }
    // Trim trailing continuation lines that are not followed by a tabular line and look like body text.
    while (run.length > 1 && !isTabular(run[run.length - 1]!) && run[run.length - 1]!.segs.length === 1) {
      const last = run[run.length - 1]!;
      const sortedStarts = [...colStarts].sort((a, b) => a - b);
      if (Math.abs(last.segs[0]!.x0 - sortedStarts[0]!) > 2.5) break;
      // keep it only if it sits tight under the previous line (a wrapped first-column cell)
      const prev = run[run.length - 2]!;
      if (last.line.base - prev.line.base <= 1.3 * ctx.leading * last.line.size) break;
      run.pop();
    }
    const tabularCount = run.filter(isTabular).length;
    if ((carry || tabularCount >= 2) && !isHangingList(run)) {
      const t = buildTextTable(run, colStarts, hRules, ctx, centredLines, groupLines);
      if (t) {
        tables.push(t);
        for (const r of run) inTable.add(r.line);
      }
      i = j;
    } else {
      i++;
    }
  }
  return { tables, rest: lines.filter((l) => !inTable.has(l)) };
}


const MARKER_ONLY_RE =
  /^(\(?\d{1,3}(\.\d{1,3})*[.)]?|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)]|[•●○◦▪■□‣⁃∙·►▸➢✓✔\-–—*\uf0b7\uf0a7\uf076\uf0d8])$/;

/**
 * A numbered or bulleted list with the marker set apart from the text (hanging indent) lines up like a
 * two-column table; it is a list when the first column holds nothing but list markers.
 */
function isHangingList(run: SegLine[]): boolean {
  const firsts = run.filter((r) => r.segs.length >= 2).map((r) => r.segs[0]!);
  if (firsts.length === 0) return false;
  const firstX = Math.min(...run.map((r) => r.segs[0]!.x0));
  const twoCols = run.every((r) => r.segs.length <= 2);
  return twoCols && firsts.every((g) => MARKER_ONLY_RE.test(g.text) && Math.abs(g.x0 - firstX) < 3 * (g.frags[0]?.size ?? 10));
}

/**
 * A segment that runs across a column start, with a gap before the fragment at that start, is two cells:
 * a figure right-aligned against the next column ("43.5%  ▲ Improving") is closer to it than a column gap.
 */
function splitAtColumnStarts(seg: Segment, starts: number[], size: number): Segment[] {
  const parts: Frag[][] = [[]];
  let prev: Frag | undefined;
  for (const f of [...seg.frags].sort((a, b) => a.x0 - b.x0)) {
    const atStart = starts.some((s) => Math.abs(f.x0 - s) <= 2.5);
    // (Wider than a word space: a mail client's date column set 3pt before the next column's "25%".)
    if (prev && atStart && f.x0 - prev.x1 >= 0.35 * size) parts.push([]);
    parts[parts.length - 1]!.push(f);
    prev = f;
  }
  return parts.length === 1 ? [seg] : parts.map(makeSegment);
}

const FIGURE_RE = /^[-+]?[£$€]?\d[\d,.]*\s*(%|[a-z]{1,5})?$/i;
/** A figure, or the dash or "n/a" a column of figures has where there is none. */
const FIGURE_OR_NONE = /^(?:[-+]?[£$€]?\d[\d,.]*\s*(?:%|[a-z]{1,5})?|[-–—]|n\/a)$/i;

/**
 * Figures aligned right (or centred) in their column start wherever their width puts them, and those
 * starts, seen in several rows, are taken for columns of their own. When the first row is a header, a
 * column with no header text whose every cell is a figure lying inside the span of the header column to
 * its left (ending before the next header column starts), in rows where that column is empty, belongs
 * to it.
 */
function absorbIntoHeaderColumns(cells: string[][], rowSegs: Segment[][][], starts: number[], size: number): void {
  const header = cells[0]!;
  const headed = header.flatMap((t, c) => (t ? [c] : []));
  if (cells.length < 3 || headed.length < 3 || header.some((t) => FIGURE_RE.test(t.trim()))) return;
  for (let c = 0; c < header.length; c++) {
    if (header[c]) continue;
    const into = [...headed].reverse().find((h) => h < c);
    if (into === undefined) continue;
    const next = headed.find((h) => h > c);
    const limit = next === undefined ? Infinity : starts[next]! - 0.1 * size;
    const fits = cells.every(
      (row, r) => r === 0 || !row[c] || (!row[into] && FIGURE_OR_NONE.test(row[c]!.trim()) && rowSegs[r]![c]!.every((g) => g.x1 <= limit)),
    );
    if (!fits) continue;
    for (let r = 1; r < cells.length; r++) {
      if (!cells[r]![c]) continue;
      cells[r]![into] = cells[r]![c]!;
      cells[r]![c] = "";
      rowSegs[r]![into] = rowSegs[r]![c]!;
    }
  }
}

/**
 * A header set right over figures set right ("Sum of Levy" / "billed (£)" over "142,600") starts left of
 * its figures, and its lines start at different places: its words are taken for columns of their own, or
 * run into the header of the column before when the gap between them is narrow ("Sum of Levy Collection
 * rate"). A header row's piece of text that lies over the figures of one column only, and not over those of
 * the column it was put in, is that column's header. Only for a header row over two rows of figures or more.
 */
function headerOverItsFigures(cells: string[][], rowSegs: Segment[][][]): void {
  // (The header is the row above the first of figures: a pivot's filter fields, "Period | (Multiple
  // Items)", may stand above it in the same table. A year over its column, "2061", is a header's word.)
  const figure = (g: Segment) => FIGURE_TEXT.test(g.text.trim()) && !/^(?:19|20)\d\d$/.test(g.text.trim());
  const first = rowSegs.findIndex((row) => row.filter((segs) => segs.some(figure)).length >= 2);
  if (first < 1 || rowSegs.length - first < 2) return;
  const h = first - 1;
  const nCols = cells[0]!.length;
  const extents = Array.from({ length: nCols }, (_, c) => {
    const segs = rowSegs.slice(first).flatMap((row) => row[c]!);
    if (segs.length < 2 || !segs.every(figure)) return undefined;
    return { x0: Math.min(...segs.map((g) => g.frags[0]!.x0)), x1: Math.max(...segs.map((g) => g.x1)) };
  });
  const over = (f: Frag, e: { x0: number; x1: number } | undefined) => !!e && f.x0 < e.x1 - 1 && f.x1 > e.x0 + 1;
  const header = rowSegs[h]!;
  if (header.some((segs) => segs.some(figure))) return;
  const moved: Frag[][] = header.map((segs) => segs.flatMap((g) => g.frags));
  let changed = false;
  for (let c = 0; c < nCols; c++) {
    for (const f of [...moved[c]!]) {
      const under = extents.flatMap((e, k) => (over(f, e) ? [k] : []));
      if (under.length !== 1 || under[0] === c || over(f, extents[c])) continue;
      moved[c]!.splice(moved[c]!.indexOf(f), 1);
      moved[under[0]!]!.push(f);
      changed = true;
    }
  }
  if (!changed) return;
  for (let c = 0; c < nCols; c++) {
    cells[h]![c] = cellText(moved[c]!);
    header[c] = moved[c]!.length ? [makeSegment(moved[c]!)] : [];
  }
}

/** A cell that is one figure: "142,600", "85.5%", "(1,550)", "-310", "£6,000". */
const FIGURE_TEXT = /^[-(]?[£$€]?\d[\d,]*(?:\.\d+)?%?\)?$/;

function buildTextTable(run: SegLine[], colStartsRaw: number[], hRules: HRule[], ctx: DocContext, centred: Set<SegLine> = new Set(), groupLines: Set<SegLine> = new Set()): TableBlock | null {
  // starts closer than an em or so are one column (text indented after a bullet, say)
  const starts = clusterValues(colStartsRaw, 1.5 * run[0]!.line.size)
    .map((k) => Math.min(...k.members))
    .sort((a, b) => a - b);
  if (starts.length < 2) return null;
  const nCols = starts.length;
  const size = run[0]!.line.size;
  const colOf = (x: number, x1?: number): number => {
    let k = 0;
    for (let c = 0; c < nCols; c++) if (x >= starts[c]! - 2.5) k = c;
    // A figure set right in its column starts left of where a shorter figure above it started: it is in
    // the next column when it reaches into it and starts close to it.
    const next = starts[k + 1];
    if (x1 !== undefined && next !== undefined && x >= next - 1.5 * size && x1 > next + 0.3 * size) k++;
    return k;
  };
  // Per line: text per column.
  const grid = run.map((r) => {
    const cols: Segment[][] = Array.from({ length: nCols }, () => []);
    for (const g of r.segs) for (const part of splitAtColumnStarts(g, starts, r.line.size)) cols[colOf(part.x0, part.x1)]!.push(part);
    return { line: r.line, cols };
  });
  const colRight = (c: number): number => {
    const next = starts[c + 1];
    if (next !== undefined) return next - COL_GAP_EM * run[0]!.line.size;
    return Math.max(...grid.flatMap((g) => g.cols[c]!.map((s) => s.x1)));
  };
  const keyCol = grid.reduce((k, g) => {
    const c = g.cols.findIndex((x) => x.length > 0);
    return c >= 0 && c < k ? c : k;
  }, nCols - 1);
  const left = Math.min(...run.map((r) => r.line.x0));
  const right = Math.max(...run.map((r) => r.line.x1));
  const forced = mergeHRules(hRules, 1.5).filter(
    (h) => h.x1 - h.x0 >= 0.5 * (right - left) && h.x0 <= right && h.x1 >= left,
  );
  // Rules between the lines of the table: when rows are ruled off, the rules alone say where rows end.
  const top = run[0]!.line.top;
  const bottom = run[run.length - 1]!.line.bottom;
  const innerRules = forced.filter((h) => h.y > top && h.y < bottom);
  // (Two rules in a long listing, under its header and over its totals, do not rule off its rows: rows
  // are ruled off when a rule parts most lines that start one, those with text in the key column.)
  const keyed = grid.filter((g) => g.cols[keyCol]!.length > 0);
  const parted = keyed.slice(1).filter((g, k) => innerRules.some((h) => h.y > keyed[k]!.line.bottom - 1 && h.y < g.line.top + 1)).length;
  const rowsRuled = innerRules.length >= 2 && (keyed.length < 4 || 2 * parted > keyed.length - 1);
  const firstInnerRule = Math.min(...innerRules.map((h) => h.y));

  const pitches: number[] = [];
  for (let i = 1; i < grid.length; i++) pitches.push(grid[i]!.line.base - grid[i - 1]!.line.base);
  const minPitch = Math.min(...pitches.filter((p) => p > 0), ctx.leading * run[0]!.line.size);

  // Rows set far apart, each line of the key column three lines or more below the last, as a design tool
  // spaces a table's rows: a line close under one is of its row, whatever it fills.
  // (Rows of a line or three, as a table's cells wrap: not items of minutes, each a title over its prose.)
  const keyLines = grid.flatMap((g, k) => (g.cols[keyCol]!.length > 0 ? [k] : []));
  const keyBases = keyLines.map((k) => grid[k]!.line.base);
  const shortRows = keyLines.slice(1).every((k, n) => grid.slice(keyLines[n]! + 1, k).filter((_, j) => !centred.has(run[keyLines[n]! + 1 + j]!)).length <= 2);
  const spacedRows = keyBases.length >= 3 && shortRows && keyBases.slice(1).every((b, k) => b - keyBases[k]! > 3 * minPitch);
  const rows: { cells: string[] }[] = [];
  /** Per row, per column, the segments it was made of (for where its text sits). */
  const rowSegs: Segment[][][] = [];
  let cur: string[] | null = null;
  for (let i = 0; i < grid.length; i++) {
    const g = grid[i]!;
    const prev = grid[i - 1];
    let newRow = !prev || !cur;
    if (prev && cur) {
      const gap = g.line.base - prev.line.base;
      const big = gap > 1.18 * minPitch;
      const ruleBetween = forced.some((h) => h.y > prev.line.bottom - 1 && h.y < g.line.top + 1);
      const starts_ = g.cols.map((c, k) => c.length > 0 && (big || prev.cols[k]!.length === 0));
      const keyHere = g.cols[keyCol]!.length > 0;
      const keyPrev = prev.cols[keyCol]!.length > 0;
      let keyStarts = keyHere && (!keyPrev || big);
      // Both lines have text in the key column (or, under a label that spans them, in the first column
      // this line uses): a new row unless the previous line was full there (a wrapped cell). A list of
      // names beside a list of councils is one row per line.
      // The line above stopped short in column k: this line's first word there would have fitted after
      // its text, before the next text on that line (a name running past a narrow label column is still
      // short) or, when nothing follows it, before `edge` (the column's own).
      const stoppedShort = (k: number, edge = colRight(k)) => {
        const above = prev.cols[k]![prev.cols[k]!.length - 1]!;
        const nextOnLine = prev.line.frags.map((f) => f.x0).filter((x) => x > above.x1 + 2).sort((a, b) => a - b)[0];
        // (Nor past its own column's edge when its text keeps inside it: the columns beside it may be empty.)
        const limit = nextOnLine === undefined ? edge : above.x1 <= edge ? Math.min(edge, nextOnLine - COL_GAP_EM * g.line.size) : nextOnLine - COL_GAP_EM * g.line.size;
        return above.x1 + 0.3 * g.line.size + firstWordWidth(g.cols[k]![0]!.frags) < limit - 1;
      };
      // A label under a label ("Contact officer:" over "Position:"): each is a row of its own.
      const keyText = (cols: Segment[][]) => cols[keyCol]!.map((x) => x.text).join(" ").trim();
      if (keyHere && keyPrev && /:$/.test(keyText(prev.cols)) && /^[A-Z][^:]{0,40}:$/.test(keyText(g.cols))) keyStarts = true;
      // (Nor does a symbol or a reference under another wrap from it: "✔" over "●" in a key, "VMW-01" over
      // "VMW-02" in a table, are two rows.)
      const unbreakable = (t: string) => /^\S{1,3}$/.test(t) || /^[A-Z][A-Za-z]{0,5}[-./]?\d{1,3}[A-Za-z]?$/.test(t) || /^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})$|^\d{4}-\d{2}-\d{2}$/.test(t);
      if (keyHere && keyPrev && unbreakable(keyText(prev.cols)) && unbreakable(keyText(g.cols))) keyStarts = true;
      const lead = keyHere ? keyCol : g.cols.findIndex((c) => c.length > 0);
      if (lead >= 0 && g.cols[lead]!.length > 0 && prev.cols[lead]!.length > 0 && !big && (keyHere ? keyPrev : !keyPrev) && stoppedShort(lead)) keyStarts = true;
      // A label and its value under a label and a value that ended short of its column's edge: a row of
      // its own ("Is this a key decision?  Yes." over "Recommendations  That the …").
      if (!keyStarts && keyHere && keyPrev && !big && g.cols.some((c, k) => k !== keyCol && c.length > 0 && prev.cols[k]!.length > 0 && stoppedShort(k))) keyStarts = true;
      // A list under a label ("Present:" beside the first name, the others under it) is one item a line,
      // unless the line above ran to its edge (the body's, in the last column).
      const itemCol = g.cols.findIndex((c) => c.length > 0);
      if (itemCol > 0 && g.cols[0]!.length === 0 && prev.cols[itemCol]!.length > 0 && labelledAbove(grid, i)) {
        const edge = starts[itemCol + 1] === undefined ? Math.max(colRight(itemCol), ...ctx.rightEdge.values()) : colRight(itemCol);
        if (stoppedShort(itemCol, edge)) keyStarts = true;
      }
      // A line that leaves the first column empty but fills two or more others, each under a value that
      // ended short of its column's edge (nothing there wrapped), is a row of its own under a cell spanning
      // both (a body's second representative), ruled off with it or not.
      const filledCols = g.cols.flatMap((c, k) => (c.length > 0 ? [k] : []));
      const shortAbove = (k: number) => {
        const above = prev.cols[k]!;
        if (!above.length) return false;
        if (stoppedShort(k)) return true;
        // (A full value above, "Nov 2026 – Oct 2028", and one of the same shape under it.)
        const shape = (t: string) => t.replace(/[A-Z]/g, "A").replace(/[a-z]+/g, "a").replace(/\d/g, "9");
        return shape(g.cols[k]!.map((x) => x.text).join(" ")) === shape(above[above.length - 1]!.text);
      };
      const secondLine = !keyHere && keyCol === 0 && filledCols.length >= 2 && filledCols.every(shortAbove);
      const nStart = starts_.filter(Boolean).length;
      const nonEmpty = g.cols.filter((c) => c.length > 0).length;
      // a bold header row followed (after a gap) by plain text: the header ended
      const afterHeader = big && prev.line.allBold && !g.line.allBold;
      // Rows ruled off but the header set apart by shading, not a rule: above the first rule the text
      // says where the header ends.
      const aboveFirstRule = g.line.bottom < firstInnerRule;
      // Two lines each with figures in two columns or more are two rows, though no rule parts them (a pivot
      // table rules off only its subtotals): a figure does not wrap onto a line of its own.
      const figures = (cols: Segment[][]) => cols.filter((c) => c.length > 0 && FIGURE_TEXT.test(c.map((x) => x.text).join(" ").trim())).length;
      const figureLines = figures(g.cols) >= 2 && figures(prev.cols) >= 2;
      newRow = rowsRuled
        ? ruleBetween || secondLine || figureLines || (aboveFirstRule && big && (keyStarts || afterHeader)) || (aboveFirstRule && prev.line.allBold && !g.line.allBold && i === 1)
        : ruleBetween || keyStarts || secondLine || afterHeader || (big && nStart >= 2 && nStart >= nonEmpty / 2);
      if (!rowsRuled && cur) {
        // A label wrapped onto a line of its own ("Is this report" / "confidential?") stays on its row.
        if (newRow && !ruleBetween && gap < 1.8 * minPitch && keyHere && keyPrev && nonEmpty === 1 && /^[a-z]/.test(keyText(g.cols))) newRow = false;
        // A label beside a value, where the row's value ended a line or more above: the next row.
        else if (!newRow && keyHere && g.cols.some((c, k) => k !== keyCol && c.length > 0 && prev.cols[k]!.length === 0 && !!cur?.[k])) newRow = true;
      }
    }
    // (Labels set in the middle of their cells, under the row's own lines, are of that row: its ratings; so
    // is any line with nothing in the key column when rows are set far apart.)
    // (Only lines going on in the row's own cells, "10 working days" under "Smoke complaints investigated
    // within": not a line of cells the row leaves empty, a table beside it.)
    const wraps = () => !!cur && g.cols.every((c, k) => c.length === 0 || !!cur![k]);
    if (cur && i > 0 && (centred.has(run[i]!) || (spacedRows && g.cols[keyCol]!.length === 0 && wraps() && g.line.base - grid[i - 1]!.line.base < 2 * ctx.leading * g.line.size && !forced.some((h) => h.y > grid[i - 1]!.line.bottom - 1 && h.y < g.line.top + 1)))) newRow = false;
    // (A grouped list's group row is a row of its own, and so is the line under it.)
    if (groupLines.has(run[i]!) || (i > 0 && groupLines.has(run[i - 1]!))) newRow = true;
    if (newRow || !cur) {
      cur = new Array(nCols).fill("");
      rows.push({ cells: cur });
      rowSegs.push(Array.from({ length: nCols }, () => []));
    }
    for (let c = 0; c < nCols; c++) rowSegs[rowSegs.length - 1]![c]!.push(...g.cols[c]!);
    for (let c = 0; c < nCols; c++) {
      const t = g.cols[c]!.map((s) => s.text).join(" ");
      if (t) cur[c] = joinText(cur[c]!, t);
    }
  }
  const cells = rows.map((r) => r.cells);
  const lastCells = grid[grid.length - 1]!.cols.map((c) => c.length > 0);
  const edges = [...starts];
  absorbIntoHeaderColumns(cells, rowSegs, starts, run[0]!.line.size);
  headerOverItsFigures(cells, rowSegs);
  // Columns left empty by that are dropped.
  for (let c = edges.length - 1; c >= 0; c--) {
    if (edges.length <= 2 || cells.some((row) => row[c])) continue;
    for (const row of cells) row.splice(c, 1);
    lastCells.splice(c, 1);
    edges.splice(c, 1);
  }
  // A header centred over its column starts further right than the column's text, and is taken for a
  // column of its own; two neighbouring columns that no row fills both of, an em or few apart, are one.
  for (let c = edges.length - 2; c >= 0; c--) {
    const close = edges[c + 1]! - edges[c]! < MERGE_COLUMNS_EM * run[0]!.line.size;
    if (!close || cells.some((row) => row[c] && row[c + 1])) continue;
    for (const row of cells) row.splice(c, 2, row[c] || row[c + 1]!);
    lastCells.splice(c, 2, lastCells[c]! || lastCells[c + 1]!);
    edges.splice(c + 1, 1);
  }
  return {
    kind: "table",
    top: run[0]!.line.top,
    bottom: run[run.length - 1]!.line.bottom,
    colEdges: [...edges, right],
    rows: cells,
    openBottom: false,
    openTop: false,
    ruled: false,
    lastRowBottomCells: lastCells.flatMap((filled, k) => (filled ? [k] : [])),
  };
}

// ---------------------------------------------------------------------------------------------------
// Paragraphs

interface ParaAcc {
  lines: Line[];
  list: boolean;
  /** x where continuation lines of this paragraph start (hanging indent for list items). */
  contX: number | null;
}

function listBodyX(line: Line): number | null {
  const t = line.text;
  const first = line.frags[0]!;
  if (BULLET_RE.test(t) || ENUM_RE.test(t) || DASH_ITEM_RE.test(t)) {
    const second = line.frags[1];
    const m = /^(\S+)\s+/.exec(first.str);
    if (m && first.str.length > m[0].length) {
      return first.x0 + ((first.x1 - first.x0) * m[0].length) / first.str.length;
    }
    if (second) return second.x0;
    return null;
  }
  return null;
}

function isListStart(t: string): boolean {
  return BULLET_RE.test(t) || ENUM_RE.test(t) || DASH_ITEM_RE.test(t);
}

function buildParagraphs(lines: Line[], pageNumber: number, ctx: DocContext): ParaBlock[] {
  const out: ParaBlock[] = [];
  const sorted = [...lines].sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const pageRight = ctx.rightEdge.get(pageNumber) ?? Math.max(...sorted.map((l) => l.x1));
  if (debugLog) debugLog(`page ${pageNumber} right=${pageRight.toFixed(1)} leading=${ctx.leading.toFixed(3)}`);
  let acc: ParaAcc | null = null;
  const flush = () => {
    if (!acc) return;
    let text = "";
    for (const l of acc.lines) text = joinText(text, l.text);
    const last = acc.lines[acc.lines.length - 1]!;
    out.push({
      kind: "para",
      top: acc.lines[0]!.top,
      bottom: last.bottom,
      text,
      list: acc.list,
      size: last.size,
      bold: last.allBold,
      endsFull: last.x1 >= (last.colRight ?? pageRight) - 6 * last.size,
    });
    acc = null;
  };
  for (const line of sorted) {
    const why = acc ? shouldBreak(acc, line, line.colRight ?? pageRight, ctx) : "first";
    if (debugLog && acc) debugLog(`break=${why} :: ${line.text.slice(0, 60)}`);
    if (acc && !why) {
      // the second line fixes where continuation lines start (hanging indent of a list item)
      if (acc.lines.length === 1) acc.contX = line.x0;
      acc.lines.push(line);
      continue;
    }
    flush();
    const list = isListStart(line.text);
    acc = { lines: [line], list, contX: list ? listBodyX(line) : null };
  }
  flush();
  return out;
}

/** A line opened by a short label: "Apologies: Cllr …", "Also present: …". */
const LABEL_LINE = /^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s/;

function shouldBreak(acc: ParaAcc, b: Line, pageRight: number, ctx: DocContext): string | false {
  const a = acc.lines[acc.lines.length - 1]!;
  const size = Math.max(a.size, b.size);
  const pitch = b.base - a.base;
  if (pitch > ctx.leading * size * 1.3 + 0.5) return "pitch";
  if (pitch < 0.5 * Math.min(a.size, b.size)) return "overlap"; // overlapping lines (e.g. side-by-side blocks)
  if (Math.abs(a.size - b.size) > Math.max(0.6, 0.08 * size)) return "size";
  // (In a narrow column justified to its edge, a newspaper's, which the page's columns were not found
  // for, a line is full when it reaches the edge the lines before it, or the line after, end at.)
  const narrow = Math.max(a.x1, b.x1) - Math.min(a.x0, b.x0) < 0.4 * pageRight;
  const atEdge = (l: Line) => Math.abs(l.x1 - a.x1) <= 0.5 * size;
  const justified = narrow && a.text.trim().split(/\s+/).length >= 3 && (acc.lines.length >= 2 ? acc.lines.slice(-2).every(atEdge) : atEdge(b));
  const right = justified ? a.x1 + 0.5 * size : Math.max(pageRight, ...acc.lines.map((l) => Math.min(l.x1, l.colRight ?? l.x1)));
  // Bold heading followed by plain text, or plain text followed by a bold heading (unless a is a full
  // line, i.e. the bold run simply wrapped).
  const aFull = a.x1 >= right - 2 * a.size;
  if (!aFull && ((a.allBold && !b.startsBold) || (b.allBold && !a.endsBold))) return "bold";
  // (A label in smaller bold type under a full plain line opens a block of its own: "Named substitutes".)
  if (b.allBold && !a.endsBold && b.size < a.size - 0.2) return "bold label";
  if (BULLET_RE.test(b.text)) return "bullet";
  // Labelled lines one under another ("Subs: …" wrapping on to a second line, then "Apologies: …"): a
  // label opens a line of its own.
  if (LABEL_LINE.test(b.text) && LABEL_LINE.test(acc.lines[0]!.text)) return "label";
  // A list of members one to a line, each closed by its party and council in brackets: a name opens an
  // entry of its own, however full the line above it ran.
  if (/\)$/.test(a.text.trim()) && /^(?:Cllr|Councillor)\s/.test(b.text) && /^(?:Cllr|Councillor)\s/.test(acc.lines[0]!.text)) return "entry";
  // A hanging indent: an entry's first line, then its next line set in by an em or two ("Cllr Jo Bloggs
  // (Lab) –" over "  Wealdmoor District Council"), however short the first line was set.
  const hang = b.x0 - a.x0;
  if (acc.lines.length === 1 && hang >= 0.5 * size && hang <= 2.5 * size && a.text.trim().length >= 20 && !/[.:;!?]$/.test(a.text.trim()) && !ENUM_RE.test(b.text)) return false;
  // Would the first word of b have fitted on a? Then a ended on purpose (end of paragraph, <br>).
  const wordW = firstWordWidth(b.frags);
  // (word width is estimated from the fragment's average character width: allow for wide letters)
  const fits = a.x1 + 0.3 * b.size + 1.15 * wordW < right - 1.0 * b.size;
  if (fits) return "fits";
  if ((ENUM_RE.test(b.text) || DASH_ITEM_RE.test(b.text)) && /[.:;!?]$/.test(a.text)) return "enum-after-stop";
  // Indentation.
  const tol = 0.3 * size + 1;
  if (acc.contX !== null) {
    if (Math.abs(b.x0 - acc.contX) > tol) {
      // The second line of a list item fixes its hanging indent: anywhere from the marker to a few ems in.
      const m = acc.lines[0]!;
      if (!(acc.list && acc.lines.length === 1 && b.x0 >= m.x0 - tol && b.x0 <= m.x0 + 5 * size)) return "indent-cont";
    }
  } else {
    const first = acc.lines[0]!;
    if (b.x0 > first.x0 + tol) return "indent-more";
    if (b.x0 < first.x0 - 4 * size) return "indent-outdent";
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Page furniture (running headers/footers, page numbers)

const furnitureKey = (t: string) =>
  t
    .toLowerCase()
    .replace(/\d+/g, "#")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();

function findFurniture(pages: { page: PdfPageInput; lines: Line[] }[]): Set<Line> {
  const drop = new Set<Line>();
  const n = pages.length;
  const zone = (p: PdfPageInput, l: Line) => l.bottom < p.height * 0.12 || l.top > p.height * 0.88;
  const byKey = new Map<string, { line: Line; page: number; y: number }[]>();
  for (const { page, lines } of pages) {
    for (const l of lines) {
      if (!zone(page, l)) continue;
      const key = furnitureKey(l.text);
      if (!key) continue;
      const y = l.base < page.height / 2 ? l.base : l.base - page.height; // bottom lines: from the bottom
      const list = byKey.get(key) ?? [];
      list.push({ line: l, page: page.number, y });
      byKey.set(key, list);
    }
  }
  const pageNumRe = /^(page\s*)?#(\s*(of|\/)\s*#)?$|^[-–]\s*#\s*[-–]$/;
  // A header or footer that counts its pages ("…\tracker v8.xlsx Tracker Page 1 of 3"): furniture even
  // where the rest of it (a sheet's name) differs from page to page.
  const pagesCounted = /(?:^|\s)page # of #$|^page # of #(?:\s|$)/;
  for (const [key, occ] of byKey) {
    // occurrences at (about) the same vertical position
    const ys = clusterValues(
      occ.map((o) => o.y),
      4,
    );
    for (const c of ys) {
      const at = occ.filter((o) => c.members.includes(o.y));
      const withIt = new Set(at.map((o) => o.page));
      const pagesWith = withIt.size;
      // (A running header from the second page on: the first page has its title block instead.)
      const allButFirst = n >= 3 && pagesWith === n - 1 && !withIt.has(pages[0]!.page.number) && key.split(" ").length >= 3;
      const enough = pagesCounted.test(key) && n >= 2
        ? true
        : pageNumRe.test(key)
        ? pagesWith >= Math.min(2, n) && (n <= 2 || pagesWith >= 0.4 * n)
        : (n >= 3 && pagesWith >= Math.max(3, 0.5 * n)) || (n === 2 && pagesWith === 2 && key.split(" ").length >= 3) || allButFirst;
      if (!enough) continue;
      // (A running header that dates the meeting, "Winter Service Task Group – 4 February 2054", stays on the
      // first page: it may be the only line that says whose paper this is and when.)
      // (Nor does a field a report prints atop every page, "COST CENTRE : 4471 COVENANT DELIVERY FUND": what
      // the listing is of.)
      const dating = !pageNumRe.test(key) && (/\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b/.test(at[0]!.line.text) || /^[A-Z][A-Za-z ./&-]{1,30}?\s+:\s+\S/.test(at[0]!.line.text));
      for (const o of at) if (!(dating && o.y > 0 && o.page === pages[0]!.page.number)) drop.add(o.line);
    }
  }
  for (const l of runningHeadlines(pages, drop)) drop.add(l);
  return drop;
}

/**
 * A headline whose one part runs on every page and whose other part changes with the section (a slide
 * deck's "Background · Community growing pilots", "Next steps · Community growing pilots"): the same
 * ending, two words or more, on the top lines of half the pages or more, after a short part of a few
 * words. It is the deck's title and its section's, not the page's text.
 */
function runningHeadlines(pages: { page: PdfPageInput; lines: Line[] }[], dropped: Set<Line>): Line[] {
  const n = pages.length;
  if (n < 4) return [];
  // (Its two parts set far apart, each in its half of the headline: not a title line that wraps.)
  // (A run of spaces drawn across the gap is no text.)
  const apart = (l: Line) => {
    const inked = l.frags.filter((f) => f.str.trim());
    return inked.some((f, k) => k > 0 && f.x0 - inked[k - 1]!.x1 >= HEADLINE_GAP_EMS * l.size);
  };
  // (Counted with the pages where the whole headline already repeats enough to be dropped.)
  const top = pages.map(({ page, lines }) => lines.filter((l) => l.bottom < page.height * 0.12 && apart(l)));
  const endings = new Map<string, Set<number>>();
  top.forEach((lines, k) => {
    for (const l of lines) {
      const words = furnitureKey(l.text).split(" ");
      for (let from = 1; from <= Math.min(HEADLINE_PART_WORDS, words.length - 2); from++) {
        const key = words.slice(from).join(" ");
        endings.set(key, (endings.get(key) ?? new Set()).add(k));
      }
    }
  });
  // (A title's words, not a date's: "16 March 2023" atop a pack's pages stays where the pages keep it.)
  const running = [...endings].filter(([key, on]) => on.size >= Math.max(3, 0.5 * n) && !key.includes("#")).map(([key]) => key);
  if (!running.length) return [];
  // (Not the running part where it stands alone, "Risk Detail Report" atop a report's first page: a title.)
  const isRunning = (l: Line) => {
    const key = furnitureKey(l.text);
    return running.some((r) => key.endsWith(` ${r}`) && key.split(" ").length - r.split(" ").length <= HEADLINE_PART_WORDS);
  };
  return top.flatMap((lines) => lines.filter((l) => !dropped.has(l) && isRunning(l)));
}

/** A running headline's parts are at least so many font sizes apart. */
const HEADLINE_GAP_EMS = 3;
/** The part of a running headline that changes (a section's name) has at most so many words. */
const HEADLINE_PART_WORDS = 4;

// ---------------------------------------------------------------------------------------------------
// Two columns of prose

/** Each column of prose at least this share of the text's width, and neither more than so many times the other's. */
const MIN_COLUMN_SHARE = 0.3;
const MAX_COLUMN_RATIO = 1.6;
/** A narrower sidebar beside the text: so much of the width, so many times narrower, at most. */
const MIN_SIDEBAR_SHARE = 0.2;
const MAX_SIDEBAR_RATIO = 3;
/** Lines of the text beside a sidebar that run on to the next line (prose that wraps), at least. */
const MIN_WRAPPED_LINES = 3;

/** A paragraph's number standing apart from its text: "2.", "(3)", "4)". */
const PARAGRAPH_NUMBER = /^\(?\d{1,3}[.)]$/;

/** Lines with text on both sides of a gutter needed before a page is read as two columns. */
const MIN_COLUMN_LINES = 6;

/**
 * Where a gutter runs down the middle of the text, if one does: a gap of at least 1.2 em in the same
 * place on lines with text both sides of it, or, where the columns' lines do not share baselines, the
 * edge where many lines of the right column start with lines of the left column ending before it.
 */
function gutterOf(lines: Line[], x0: number, width: number): [number, number] | undefined {
  const inMiddle = (x: number) => x >= x0 + width * 0.3 && x <= x0 + width * 0.7;
  const sided: { line: Line; gap: [number, number] }[] = [];
  for (const l of lines) {
    const fs = [...l.frags].sort((a, b) => a.x0 - b.x0);
    for (let i = 0; i + 1 < fs.length; i++) {
      const [a, b] = [fs[i]!, fs[i + 1]!];
      if (b.x0 - a.x1 < 1.2 * l.size || !inMiddle((a.x1 + b.x0) / 2)) continue;
      if (joinFrags(fs.slice(0, i + 1)).length >= 20 && joinFrags(fs.slice(i + 1)).length >= 20) sided.push({ line: l, gap: [a.x1, b.x0] });
    }
  }
  if (debugLog) debugLog(`columns: ${sided.length} lines with prose both sides of a gap`);
  const best = clusterValues(
    sided.map((s) => (s.gap[0] + s.gap[1]) / 2),
    8,
  ).sort((a, b) => b.members.length - a.members.length)[0];
  if (best && best.members.length >= MIN_COLUMN_LINES) {
    const inGutter = sided.filter((s) => Math.abs((s.gap[0] + s.gap[1]) / 2 - best.centre) <= 8);
    const gutter: [number, number] = [Math.max(...inGutter.map((s) => s.gap[0])), Math.min(...inGutter.map((s) => s.gap[1]))];
    if (debugLog) debugLog(`columns: gutter ${gutter.map((g) => g.toFixed(0)).join("-")} from gaps between words`);
    return gutter[1] - gutter[0] >= 4 ? gutter : undefined;
  }
  // Columns whose lines do not line up: where the right column's lines start, alone on their baseline or
  // set apart from the left column's words on it (a ragged left column leaves gaps of many widths).
  const rightStarts = lines.flatMap((l) => {
    const fs = [...l.frags].sort((a, b) => a.x0 - b.x0);
    return fs.filter((f, i) => inMiddle(f.x0) && (i === 0 ? l.text.length >= 20 : f.x0 - fs[i - 1]!.x1 >= 1.2 * l.size && joinFrags(fs.slice(i)).length >= 15)).map((f) => f.x0);
  });
  const starts = clusterValues(rightStarts, 3).sort((a, b) => b.members.length - a.members.length)[0];
  if (!starts || starts.members.length < MIN_COLUMN_LINES / 2) return undefined;
  const right = Math.min(...starts.members);
  const leftLines = lines.filter((l) => l.x0 < x0 + width * 0.1 && joinFrags(l.frags.filter((f) => f.x1 < right - 4)).length >= 20);
  if (leftLines.length < MIN_COLUMN_LINES / 2) return undefined;
  // (The left column's edge from its fragments: a line may carry the right column's words on its baseline.)
  // (The right column's paragraph numbers hang out to the left of its text, "2.  At the status date …":
  // the column starts at them, not the left column's text.)
  const numberLike = (f: Frag) => PARAGRAPH_NUMBER.test(f.str.trim());
  // (A value's wrapped lines, indented under a label column, end where the column does too.)
  const leftEnds = lines.filter((l) => l.x0 < x0 + width * 0.3).flatMap((l) => l.frags.filter((f) => f.x1 < right - 4 && !numberLike(f)).map((f) => f.x1));
  const leftEdge = Math.max(...leftEnds);
  const hanging = lines.flatMap((l) => l.frags.filter((f) => f.x0 > leftEdge + 4 && f.x0 < right - 2 && numberLike(f)).map((f) => f.x0));
  const gutter: [number, number] = [leftEdge, hanging.length >= 2 ? Math.min(right, ...hanging) : right];
  if (debugLog) debugLog(`columns: gutter from column edges ${gutter.map((g) => g.toFixed(0)).join("-")}`);
  return gutter[1] - gutter[0] >= 4 ? gutter : undefined;
}

/** How many of a column's lines (each given by its fragments, top to bottom) run on to a next line starting in lower case. */
function wrappedLines(column: Frag[][]): number {
  const texts = column.map((fs) => joinFrags([...fs].sort((a, b) => a.x0 - b.x0)).trim());
  return texts.filter((t, k) => k + 1 < texts.length && !/[.!?:;]$/.test(t) && /^[a-z]/.test(texts[k + 1]!)).length;
}

/**
 * A page (or a band of it) set in two columns of prose reads down the left column, then down the right:
 * the lines of such a band, found by a gutter that no fragment crosses with prose on both sides of it, are
 * rebuilt so the right column's lines come after the left column's (moved down by the band's height, as
 * is everything below the band). A label column beside its values is not prose: both columns must be
 * wide and alike. Returns the lines and how far, below which point, everything was moved.
 */
function unfoldColumns(lines: Line[]): { lines: Line[]; shift?: { below: number; by: number } } {
  if (lines.length < MIN_COLUMN_LINES) return { lines };
  if (debugLog) debugLog(`columns: ${lines.length} lines`);
  const x0 = percentile(lines.map((l) => l.x0), 0.05);
  const x1 = percentile(lines.map((l) => l.x1), 0.95);
  const width = x1 - x0;
  if (width <= 0) return { lines };
  const found = gutterOf(lines, x0, width);
  if (!found) return { lines };
  // (A ragged left column's longer lines run a little into the gap the justified ones leave: the gutter
  // starts after them, so they are not read as lines across both columns.)
  // (Only beside a right column of prose that wraps from line to line, twice or more: a list of names
  // beside their councils is a table, whose names end anywhere.)
  // (And only lines beside that column, not a front sheet's lines above where it starts.)
  const besideGap = (l: Line) => !l.frags.some((f) => f.x0 < found[1] - 1 && f.x1 > found[0] + 1);
  const rightColumn = [...lines].sort((a, b) => a.base - b.base).filter(besideGap).map((l) => l.frags.filter((f) => f.x0 >= found[1] - 1)).filter((fs) => fs.length);
  // (Where it starts: its first line with two more close under it, not a stray piece of a header.)
  const pitch = 2 * median(lines.map((l) => l.size));
  const bases = rightColumn.filter((fs) => joinFrags(fs).length >= 20).map((fs) => fs[0]!.base);
  const opening = bases.findIndex((b, k) => k + 2 < bases.length && bases[k + 2]! - b <= 2 * pitch);
  const rightTop = opening >= 0 ? bases[opening]! - pitch : Infinity;
  const overhang = lines.filter((l) => l.base >= rightTop).flatMap((l) => l.frags.filter((f) => f.x0 < found[0] && f.x1 > found[0] + 1 && f.x1 <= found[0] + 0.6 * (found[1] - found[0])).map((f) => f.x1));
  if (debugLog) debugLog(`columns: right column from ${rightTop.toFixed(0)}, overhang ${overhang.map((x) => x.toFixed(0)).join(",")}`);
  const gutter: [number, number] = overhang.length && wrappedLines(rightColumn) >= 2 ? [Math.max(...overhang), found[1]] : found;
  const crosses = (l: Line) => l.frags.some((f) => f.x0 < gutter[1] - 1 && f.x1 > gutter[0] + 1);
  // Each side one run of prose: a wide table's side has columns of its own ("HH1 | Publish … | 31 July").
  // (Justified prose may space its words wider than a table's columns are apart, but never as wide as
  // the gutter: a gap is a column's edge only past both.)
  const oneRun = (frags: Frag[]) => {
    if (frags.length === 0) return false;
    const line = makeLine(frags);
    const em = Math.min(1.2, (0.6 * (gutter[1] - gutter[0])) / line.size);
    const segments = splitSegments(line, Math.max(COL_GAP_EM, em));
    // (A label set apart from its value, "Summary:   On 7 March …", is one run of prose all the same.)
    // (So is a front sheet's bold label beside its value, "Purpose of report   For noting.", in a side panel.)
    const boldLabel = segments[0]?.frags.every((f) => f.bold) && !segments[1]?.frags.every((f) => f.bold);
    // (And a paragraph whose number hangs out to its left, "2.   At the status date …".)
    const hangingNumber = PARAGRAPH_NUMBER.test(segments[0]?.text.trim() ?? "");
    return segments.length === 1 || (segments.length === 2 && (/:\s*$/.test(segments[0]!.text) || boldLabel || hangingNumber) && segments[0]!.text.length <= 40);
  };
  const sideOf = (l: Line, side: "left" | "right") => l.frags.filter((f) => (side === "left" ? f.x1 <= gutter[0] + 1 : f.x0 >= gutter[1] - 1));
  const proseSide = (l: Line, side: "left" | "right") => {
    const frags = sideOf(l, side);
    return joinFrags(frags).length >= 20 && oneRun(frags);
  };
  // A line that keeps to the columns: it does not cross the gutter, and neither side is a table's row.
  const keepsToColumns = (l: Line) => !crosses(l) && (["left", "right"] as const).every((side) => sideOf(l, side).length === 0 || oneRun(sideOf(l, side)));
  // Lines of prose in each column (a full-width table above the columns may leave the same gap down the
  // page: its rows are not prose).
  const leftProse = lines.filter((l) => !crosses(l) && proseSide(l, "left"));
  const rightProse = lines.filter((l) => !crosses(l) && proseSide(l, "right"));
  if (debugLog) debugLog(`columns: gutter ${gutter.map((g) => g.toFixed(0)).join("-")}: ${leftProse.length} lines of prose left, ${rightProse.length} right`);
  if (leftProse.length < MIN_COLUMN_LINES / 2 || rightProse.length < MIN_COLUMN_LINES / 2 || leftProse.length + rightProse.length < 2 * MIN_COLUMN_LINES) return { lines };
  // Both columns prose: their lines are wide, and alike (a label column beside its values is not).
  const [lw, rw] = [median(leftProse.map((l) => gutter[0] - l.x0)), median(rightProse.map((l) => l.x1 - gutter[1]))];
  if (debugLog) debugLog(`columns: widths ${lw.toFixed(0)} and ${rw.toFixed(0)} of ${width.toFixed(0)}`);
  // (A sidebar beside the text, "How to read the timeline", is narrower, but still prose.)
  const alike = lw >= width * MIN_COLUMN_SHARE && rw >= width * MIN_COLUMN_SHARE && lw / rw <= MAX_COLUMN_RATIO && rw / lw <= MAX_COLUMN_RATIO;
  // (A sidebar beside the text, "How to read the timeline", is narrower; the text beside it is prose that
  // wraps from line to line, which names beside their councils are not.)
  const sidebar =
    !alike &&
    Math.min(lw, rw) >= width * MIN_SIDEBAR_SHARE &&
    Math.max(lw, rw) / Math.min(lw, rw) <= MAX_SIDEBAR_RATIO &&
    // (Or the sidebar's own prose wraps: a notes page's "Actions" box beside the meeting's details and notes.)
    Math.max(wrappedLines(leftProse.map((l) => sideOf(l, "left"))), wrappedLines(rightProse.map((l) => sideOf(l, "right")))) >= MIN_WRAPPED_LINES;
  if (!alike && !sidebar) return { lines };
  // The band: the stretch between lines across the gutter with the most lines of prose in the columns
  // (a running header above the title has text both sides too), from its first such line to its last.
  const sorted = [...lines].sort((a, b) => a.base - b.base);
  const twoSided = new Set([...leftProse, ...rightProse]);
  let best: { first: number; last: number; n: number } | undefined;
  let run: { first: number; last: number; n: number } | undefined;
  sorted.forEach((l, i) => {
    if (crosses(l)) run = undefined;
    else if (twoSided.has(l)) {
      run = run ? { ...run, last: i, n: run.n + 1 } : { first: i, last: i, n: 1 };
      if (!best || run.n > best.n) best = run;
    }
  });
  if (!best) return { lines };
  let { first, last } = best as { first: number; last: number };
  // Lines just above that keep to the columns (a heading over each column) belong to the band.
  while (first > 0 && keepsToColumns(sorted[first - 1]!) && sorted[first]!.top - sorted[first - 1]!.bottom <= 2.5 * sorted[first]!.size) first--;
  // Lines just below that keep to the columns (the ends of both columns) belong to it too.
  while (last + 1 < sorted.length && keepsToColumns(sorted[last + 1]!) && sorted[last + 1]!.top - sorted[last]!.bottom <= 2.5 * sorted[last]!.size) last++;
  const band = sorted.slice(first, last + 1);
  // A wide table whose long cells wrap looks like two columns on its continuation lines; its rows are
  // there among them, with a side of several cells. Prose columns have none, or a stray few.
  const tableLike = band.filter((l) => !keepsToColumns(l)).length;
  if (debugLog) debugLog(`columns: ${tableLike} of ${band.length} lines of the band have a side of several cells`);
  if (tableLike > 0.25 * band.length) return { lines };
  if (debugLog) debugLog(`columns: band ${first}-${last} of ${sorted.length}; first: ${sorted[first]!.text.slice(0, 60)}`);
  if (band.filter((l) => twoSided.has(l)).length < MIN_COLUMN_LINES) return { lines };
  const top = Math.min(...band.map((l) => l.top));
  const bottom = Math.max(...band.map((l) => l.bottom));
  const by = bottom - top + median(band.map((l) => l.size)) * 1.5;
  const frags = band.flatMap((l) => l.frags);
  const left = frags.filter((f) => f.x1 <= gutter[0] + 1);
  const right = frags.filter((f) => f.x0 >= gutter[1] - 1).map((f) => ({ ...f, base: f.base + by }));
  const below = sorted.slice(last + 1).map((l) => makeLine(l.frags.map((f) => ({ ...f, base: f.base + by }))));
  // Each column's lines end at its own right edge, which says where its paragraphs end.
  const column = (fs: Frag[]) => {
    const built = buildLines(fs);
    const edge = percentile(built.map((l) => l.x1), 0.9);
    return built.map((l) => ({ ...l, colRight: edge }));
  };
  const unfolded = [...sorted.slice(0, first), ...column(left), ...column(right), ...below];
  if (debugLog) for (const l of unfolded) debugLog(`columns: ${l.base.toFixed(1)} ${l.x0.toFixed(0)}-${l.x1.toFixed(0)} ${l.text.slice(0, 70)}`);
  return { lines: unfolded, shift: { below: bottom, by } };
}

// ---------------------------------------------------------------------------------------------------
// Document context

function buildContext(pages: { page: PdfPageInput; lines: Line[] }[]): DocContext {
  const ratios: number[] = [];
  for (const { lines } of pages) {
    const sorted = [...lines].sort((a, b) => a.base - b.base);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      if (Math.abs(a.size - b.size) > 0.5) continue;
      const r = (b.base - a.base) / a.size;
      if (r >= 0.9 && r <= 2.2) ratios.push(r);
    }
  }
  const leading = ratios.length >= 5 ? percentile(ratios, 0.3) : 1.2;
  // Right edge of body text per page: the rightmost end of lines, but robust to a stray long line.
  const margins: number[] = [];
  const pageMax = new Map<number, number>();
  for (const { page, lines } of pages) {
    const x1s = lines.filter((l) => l.text.length > 20).map((l) => l.x1);
    if (x1s.length === 0) continue;
    const m = percentile(x1s, 0.95);
    pageMax.set(page.number, m);
    if (x1s.length >= 5) margins.push(page.width - m);
  }
  const docMargin = margins.length ? median(margins) : NaN;
  const rightEdge = new Map<number, number>();
  for (const { page } of pages) {
    const own = pageMax.get(page.number);
    const fromDoc = Number.isFinite(docMargin) ? page.width - docMargin : undefined;
    const v = Math.max(own ?? 0, fromDoc ?? 0);
    rightEdge.set(page.number, v > 0 ? v : page.width);
  }
  return { leading, rightEdge };
}

// ---------------------------------------------------------------------------------------------------
// Cross-page table continuation and output

const rowKey = (cells: string[]) => cells.map((c) => normSpace(c).toLowerCase()).join("\t");

function sameColumns(a: TableBlock, b: TableBlock): boolean {
  if (a.colEdges.length !== b.colEdges.length) return false;
  const wa = a.colEdges[a.colEdges.length - 1]! - a.colEdges[0]!;
  const wb = b.colEdges[b.colEdges.length - 1]! - b.colEdges[0]!;
  const tol = Math.max(4, 0.02 * Math.max(wa, wb));
  // an unruled table's right edge is only where its longest line ends
  const n = a.ruled ? a.colEdges.length : a.colEdges.length - 1;
  return a.colEdges.slice(0, n).every((e, i) => Math.abs(e - b.colEdges[i]!) <= tol);
}

interface PageBlocks {
  page: PdfPageInput;
  blocks: Block[];
}

function stitchTables(pages: PageBlocks[], stats: LayoutStats): void {
  // For a table running over several pages: its header rows, its last emitted row (which may sit on an
  // earlier page when a whole page is one continued row) and which of that row's cells reach the page cut.
  interface Running {
    header: string[][];
    lastRow: string[] | undefined;
    bottomCells: number[];
  }
  const running = new Map<TableBlock, Running>();
  for (let p = 1; p < pages.length; p++) {
    const prevBlocks = pages[p - 1]!.blocks;
    const curBlocks = pages[p]!.blocks;
    const prev = prevBlocks[prevBlocks.length - 1];
    const cur = curBlocks[0];
    if (!prev || !cur || prev.kind !== "table" || cur.kind !== "table") continue;
    if (prev.ruled !== cur.ruled || !sameColumns(prev, cur)) continue;
    const state: Running = running.get(prev) ?? {
      header: prev.rows.slice(0, 3),
      lastRow: prev.rows[prev.rows.length - 1],
      bottomCells: prev.lastRowBottomCells,
    };
    cur.continued = true;
    const rowsBefore = cur.rows.length;
    // Drop repeated header rows.
    const header = state.header;
    let k = 0;
    while (k < cur.rows.length && k < header.length && rowKey(cur.rows[k]!) === rowKey(header[k]!)) k++;
    if (k > 0) {
      cur.rows.splice(0, k);
      stats.headerRowsDropped += k;
    }
    const first = cur.rows[0];
    const last = state.lastRow;
    let bottomCells = cur.lastRowBottomCells;
    if (first && last) {
      // A row broken by the page break: its text on this page sits only in columns whose text on the
      // previous page ran down to the page cut.
      const filled = first.flatMap((c, i) => (c ? [i] : []));
      const keyEmpty = first[0] === "" && last[0] !== "";
      const textGoesOn = (i: number) =>
        /^[a-z(\[,;:–—-]/.test(first[i]!) || (last[i]!.length >= 40 && !/[.!?:]["'”’)\]]*$/.test(last[i]!));
      // A ruled table closed by a rule at the bottom of the page did not break a row.
      const closed = prev.ruled && !prev.openBottom;
      const continues =
        !closed &&
        filled.length > 0 &&
        filled.every((i) => state.bottomCells.includes(i)) &&
        (keyEmpty || textGoesOn(0));
      if (continues) {
        for (let c = 0; c < last.length; c++) last[c] = joinText(last[c]!, first[c] ?? "");
        cur.rows.shift();
        stats.rowsJoinedAcrossPages++;
        // the whole page was that one row: its cut cells are the ones to check on the next page
        if (cur.rows.length === 0 && rowsBefore - k === 1) bottomCells = cur.lastRowBottomCells;
      }
    }
    running.set(cur, {
      header,
      lastRow: cur.rows[cur.rows.length - 1] ?? last,
      bottomCells: cur.rows.length > 0 || rowsBefore - k === 1 ? bottomCells : state.bottomCells,
    });
  }
}

/** Join a paragraph broken by a page break (the next page starts mid-sentence). */
function stitchParagraphs(pages: PageBlocks[]): void {
  for (let p = 1; p < pages.length; p++) {
    const prevBlocks = pages[p - 1]!.blocks;
    const curBlocks = pages[p]!.blocks;
    const prev = prevBlocks[prevBlocks.length - 1];
    const cur = curBlocks[0];
    if (!prev || !cur || prev.kind !== "para" || cur.kind !== "para") continue;
    if (cur.list || prev.bold || cur.bold || Math.abs(prev.size - cur.size) > 0.6) continue;
    const ended = /[.!?:;]["'”’)\]]*$/.test(prev.text);
    const lower = /^[a-z]/.test(cur.text);
    if (prev.endsFull && (!ended || lower)) {
      prev.text = joinText(prev.text, cur.text);
      prev.endsFull = cur.endsFull;
      curBlocks.shift();
    }
  }
}

function renderPage(blocks: Block[], stats: LayoutStats): string {
  const parts: string[] = [];
  let prevList = false;
  for (const b of blocks) {
    if (b.kind === "table") {
      if (b.rows.length === 0) continue;
      if (!b.continued) {
        stats.tables++;
        if (!b.ruled) stats.unruledTables++;
      }
      stats.rows += b.rows.length;
      const body = b.rows.map((r) => trimRow(r).join("\t")).join("\n");
      parts.push(`\n${body}\n`);
      prevList = false;
    } else {
      if (b.list && prevList) parts.push(b.text);
      else parts.push(`\n${b.text}`);
      prevList = b.list;
    }
  }
  return parts.join("\n").replace(/^\n+/, "").replace(/\n{3,}/g, "\n\n").replace(/\n+$/, "");
}

/** Keep trailing empty cells (they mark spanned columns) but never emit tabs or newlines inside a cell. */
function trimRow(r: string[]): string[] {
  return r.map((c) => c.replace(/[\t\n\r\f]+/g, " "));
}

// ---------------------------------------------------------------------------------------------------
// Entry point

/** Counters of what the layout analysis did, all zero. */
export function emptyLayoutStats(): LayoutStats {
  return { tables: 0, unruledTables: 0, rows: 0, rowsJoinedAcrossPages: 0, headerRowsDropped: 0, furnitureLinesDropped: 0 };
}

/** The opening of a balloon in the margin of a Word draft printed with its markup ("Deleted: £55,000", "Commented [MK1]: …"). */
const BALLOON_START = /^(?:Deleted|Inserted|Formatted|Commented|Moved \((?:insertion|deletion)\)|Field Code Changed)\b/;

/**
 * Where the balloons of a draft printed with its markup begin on each page (the right margin Word adds
 * for them), when the document has such balloons: each page's leftmost balloon opening, right of the
 * middle. Their lines are read apart from the text beside them, not run into its lines.
 */
function balloonEdges(pages: { page: PdfPageInput; frags: Frag[] }[]): (number | undefined)[] {
  const starts = pages.map(({ page, frags }) => frags.filter((f) => f.x0 > page.width * 0.55 && BALLOON_START.test(f.str.trim())).map((f) => f.x0));
  if (starts.flat().length < 2) return pages.map(() => undefined);
  return starts.map((xs) => (xs.length ? Math.min(...xs) - 1 : undefined));
}

export function layoutPdf(sheets: PdfPageInput[]): PdfLayoutResult {
  const stats = emptyLayoutStats();
  // (A print-ready sheet's panels are pages of their own, their lines ending at the panel's edge, in the
  // order a folded leaflet is read.)
  const panels = new Set<PdfPageInput>();
  const input = inReadingOrder(
    sheets.map((sheet) => {
      const split = panelsOfSheet(sheet);
      if (split.length > 1) for (const p of split) panels.add(p);
      return split;
    }),
  );
  const fragsOf = input.map((page) => {
    const textFrags = withMarginNumbers(superscriptFrags(toFrags(page.items)));
    return { page, frags: [...textFrags, ...bulletFrags(page.marks ?? [], textFrags)] };
  });
  const balloons = balloonEdges(fragsOf);
  // 1. Ruled tables per page; the remaining fragments become lines.
  const stage = fragsOf.map(({ page, frags: all }, k) => {
    const edge = balloons[k];
    const frags = edge === undefined ? all : all.filter((f) => f.x0 < edge);
    const notes = edge === undefined ? [] : buildLines(all.filter((f) => f.x0 >= edge));
    const tables: TableBlock[] = [];
    let remaining = frags;
    for (const grid of findRuledGrids(page)) {
      const { table, used } = buildRuledTable(grid, remaining);
      if (!table) continue;
      // A one-column "table" is a framed box of text: leave its text to the paragraph builder.
      if (table.colEdges.length < 3) continue;
      tables.push(table);
      remaining = remaining.filter((f) => !used.has(f));
      const header = headerAboveGrid(table, remaining);
      if (header) {
        table.rows.unshift(header.cells);
        table.top = header.top;
        remaining = remaining.filter((f) => !header.used.has(f));
      }
    }
    const lines = buildLines(remaining);
    const panelEdge = panels.has(page) && lines.length ? percentile(lines.map((l) => l.x1), 0.9) : undefined;
    return { page, tables, lines: panelEdge === undefined ? lines : lines.map((l) => ({ ...l, colRight: l.colRight ?? panelEdge })), notes };
  });
  // 2. Furniture.
  const furniture = findFurniture(stage);
  stats.furnitureLinesDropped = furniture.size;
  for (const s of stage) {
    s.lines = s.lines.filter((l) => !furniture.has(l));
    const unfolded = unfoldColumns(s.lines);
    s.lines = unfolded.lines;
    // Ruled tables below a two-column band move down with the text around them.
    if (unfolded.shift) {
      const { below, by } = unfolded.shift;
      for (const t of s.tables) if (t.top >= below) Object.assign(t, { top: t.top + by, bottom: t.bottom + by });
      stats.twoColumnPages = (stats.twoColumnPages ?? 0) + 1;
    }
  }
  const ctx = buildContext(stage);
  for (const st of stage) anchorRightAligned(st.lines);
  // 3. Unruled tables and paragraphs.
  const support = buildColumnSupport(stage.map((s) => s.lines));
  let carried: number[] | null = null;
  const pages: PageBlocks[] = stage.map((s) => {
    const found = findTextTables(s.lines, s.page.hRules, ctx, support, carried);
    const textTables = found.tables;
    let rest = found.rest;
    for (const t of textTables) {
      const header = headerAboveTextTable(t, rest);
      if (!header) {
        groupLabelsAboveHeader(t, rest);
        continue;
      }
      t.rows.unshift(header.cells);
      t.top = header.top;
      rest = rest.filter((l) => !header.lines.includes(l));
    }
    const paras = buildParagraphs(rest, s.page.number, ctx);
    // (The page's balloons, each a paragraph of its own, beside the text they are drawn against.)
    const balloonParas = balloonGroups(s.notes).flatMap((group) => buildParagraphs(group, s.page.number, ctx));
    const blocks: Block[] = [...s.tables, ...textTables, ...paras, ...balloonParas].sort((a, b) => a.top - b.top);
    const last = blocks[blocks.length - 1];
    carried = last && last.kind === "table" && !last.ruled ? last.colEdges.slice(0, -1) : null;
    return { page: s.page, blocks };
  });
  // 4. Tables continued over page breaks.
  stitchTables(pages, stats);
  stitchParagraphs(pages);
  // 5. Output.
  let text = "";
  const spans: PageSpan[] = [];
  pages.forEach((p, i) => {
    if (i > 0) text += "\n\f\n";
    const body = withLineNumbersPlaced(renderPage(p.blocks, stats));
    const start = text.length;
    text += body;
    spans.push({ number: p.page.number, start, end: text.length });
  });
  return { text, pages: spans, stats };
}

/** A page's balloon lines, top to bottom, in one group per balloon (each opens "Deleted:", "Commented […]:" …). */
function balloonGroups(lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  for (const line of [...lines].sort((a, b) => a.top - b.top)) {
    if (groups.length === 0 || BALLOON_START.test(line.text.trim())) groups.push([]);
    groups[groups.length - 1]!.push(line);
  }
  return groups;
}

let debugLog: ((msg: string) => void) | null = null;

/** Internals exposed for debugging scripts and unit tests. */
export const _internal = {
  toFrags,
  buildLines,
  findRuledGrids,
  buildRuledTable,
  splitSegments,
  setDebug(fn: ((msg: string) => void) | null) {
    debugLog = fn;
  },
};
