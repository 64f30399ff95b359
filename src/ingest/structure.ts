/**
 * Finds the structure of a loaded document: blocks (headings, prose, table rows), tables with their header
 * rows, and board papers. Everything later (records, chunks, quotes) works on this, never on raw lines.
 *
 * The canonical text of a document is its blocks' cleaned text joined by newlines; every quote shown to a
 * user is a substring of it, and every block knows its offset in it.
 */
import type { DocumentHints, LoadedText } from "./loaders/types.js";
import { cleanInline, endsLikeSentence, isWhollyBold } from "./clean.js";
import { AUDIT_LINE, BODY_NAME_LINE, FRONT_SHEET_DETAIL, MOTION_RESULT, PERIOD_NAME_SOURCE, POLITICAL_GROUP, TITLE_FIELD, colourRating, columnRole, labelField } from "./vocabulary.js";
import { MONTH_PATTERN } from "../util/dates.js";
import { CELL_ADDRESS, columnIndex, gridRowNumber, isColumnLetterRow } from "./sheet-grid.js";

export type BlockKind = "heading" | "text" | "row";

export interface Block {
  index: number;
  kind: BlockKind;
  /** Cleaned text; for rows the non-empty cells joined by " | ". */
  text: string;
  /** Cleaned cells of a row, at their column positions (empty strings kept). */
  cells?: string[];
  /** The row or heading was wholly bold in the source (section rows of tables). */
  bold?: boolean;
  /** 1-based line in the loaded text where the block starts. */
  line: number;
  /** A blank line stood before it in the loaded text (or it opens the text). */
  apart?: boolean;
  page?: number;
  /** Offset of `text` in the canonical document text. */
  start: number;
  /** Index of the table the row belongs to. */
  table?: number;
  /** A row's empty cells that a colour fills instead of a word ("Green"), at their column positions. */
  fills?: (string | undefined)[];
  /** Index of the board paper the block belongs to. */
  paper?: number;
  /** A heading marked as such in the source (markdown `#` or wholly bold), not guessed from layout. */
  marked?: boolean;
  /** Nearest heading above the block (within its paper). */
  heading?: string;
  /** Headings above the block, outermost first (within its paper). */
  headings?: string[];
  /** Heading level: 1-6 from markdown marks; otherwise 1 for annexes, parts and shouted titles, 3 for others. */
  level?: number;
  /** A list item (bulleted or numbered in the source). */
  list?: boolean;
  /** What a heading's words point at, named in heading paths instead of them ("Cell: I9 (NCF-05 …)"). */
  about?: string;
  /**
   * A label-value block: "Contact officer: Jo Bloggs", a row "Purpose of report | For decision.", or a
   * label standing alone ("Summary", "Decision:") whose value is in the blocks after it.
   */
  label?: { name: string; value?: string; /** Offset of the value in `text`. */ valueOffset?: number };
}

export interface Table {
  index: number;
  /** Heading or caption line just above the table. */
  title?: string;
  /** Header cells (may be inherited from the table the document continues). */
  header: string[];
  /** Block indexes of the data rows (header excluded). */
  rows: number[];
}

export interface Paper {
  index: number;
  title: string;
  /** Block index of the title heading. */
  start: number;
  /** Block index just past the paper. */
  end: number;
  /** The agenda item the paper is for ("Item 4" above its title). */
  item?: string;
  /** Given in brief under its item's heading (a clerk's e-mail), with no front sheet of its own. */
  brief?: boolean;
}

export interface StructuredDoc {
  blocks: Block[];
  tables: Table[];
  papers: Paper[];
  /** Canonical text: blocks' text joined by "\n". */
  text: string;
  /** What the file said about itself (title, front matter). */
  hints?: DocumentHints;
}

interface RawBlock {
  kind: BlockKind;
  rawCells?: string[];
  raw: string;
  line: number;
  page?: number;
  blankBefore: boolean;
  blankAfter: boolean;
  /** Markdown table separator seen just before this row (the row above was a header). */
  afterSeparator?: boolean;
  /** A row numbered in a sheet's printed grid: a row of its own. */
  gridRow?: boolean;
}

const MD_ROW = /^\s*\|.*\|\s*$/;
const MD_SEPARATOR = /^\s*\|[\s\-:|]+\|\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•·▪o]\s|\d+[.)]\s|[a-z][.)]\s|\(\w+\)\s)/;

function splitMarkdownRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split("|");
}

function pageAt(loaded: LoadedText, offset: number): number | undefined {
  const { pages } = loaded;
  if (!pages || (loaded.unpagedFrom !== undefined && offset >= loaded.unpagedFrom)) return undefined;
  for (const p of pages) if (offset >= p.start && offset < p.end) return p.number;
  return pages.length ? pages[pages.length - 1]!.number : undefined;
}

/** Pass 1: raw lines into raw blocks (one per non-blank line), noting blank lines around them. */
function readRawBlocks(loaded: LoadedText): RawBlock[] {
  const lines = loaded.text.split("\n");
  const out: RawBlock[] = [];
  let offset = 0;
  let blankBefore = true;
  let separatorPending = false;
  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i]!.replace(/\r$/, "");
    const lineOffset = offset;
    offset += lines[i]!.length + 1;
    const line = rawLine.replace(/\f/g, "");
    if (!line.trim()) {
      blankBefore = true;
      if (out.length) out[out.length - 1]!.blankAfter = true;
      continue;
    }
    const page = pageAt(loaded, lineOffset);
    if (MD_ROW.test(line)) {
      if (MD_SEPARATOR.test(line)) {
        separatorPending = true;
        continue;
      }
      const cells = splitMarkdownRow(line);
      if (cells.every((c) => !cleanInline(c))) continue; // an empty header row of a continued table
      out.push({ kind: "row", rawCells: cells, raw: line, line: i + 1, page, blankBefore, blankAfter: false, afterSeparator: separatorPending });
    } else if (line.includes("\t")) {
      const cells = line.split("\t");
      if (cells.every((c) => !cleanInline(c))) {
        blankBefore = true;
        continue;
      }
      out.push({ kind: "row", rawCells: cells, raw: line, line: i + 1, page, blankBefore, blankAfter: false });
    } else {
      out.push({ kind: "text", raw: line, line: i + 1, page, blankBefore, blankAfter: false });
    }
    separatorPending = false;
    blankBefore = false;
  }
  return out;
}

/** A change or comment as Word's margin shows it: "Cllr A Duckitt Deleted: …", "Inserted: …", "Commented [AD1]: …". */
const MARGIN_NOTE = /^(?:\S+\s+){0,5}(?:Deleted|Inserted|Formatted|Moved (?:from|to)|Commented(?: \[[^\]]{1,12}\])?):\s/;

/** A short line counting what a table or card holds ("87 responses", "More details Insights 87 responses"). */
const COUNT_LINE = /^.{0,28}(?:^|\s)\d[\d,]*\s+(?:responses?|respondents?|replies|answers|entries|records|results|items)\.?$/i;

/** A figure with what it sums up ("3.08 Average Rating", "24.6 Average Number"). */
export const SUMMARY_FIGURE = /^[£$]?\d[\d,]*(?:\.\d+)?%?\s+(?:average|mean|median|total|overall)\b[\w ]{0,30}$/i;

/** A label and its value on one line: "Contact officer: Dr A Smith". */
const LABEL_VALUE_LINE = /^[A-Z][^:]{0,40}:[ \t]+\S/;

/** A file's name, as a page lists its attachments. */
const ATTACHED_FILE = /\.(?:pdf|docx?|xlsx?|pptx?|odt|csv)$/i;

/** A line this long that ends mid-sentence was cut by the width of a printed page. */
const PRINTED_LINE_CHARS = 60;

function looksLikeHeading(b: RawBlock, next: RawBlock | undefined, previous?: RawBlock): boolean {
  const raw = b.raw.trim();
  if (/^#{1,6}\s/.test(raw)) return true;
  if (isWhollyBold(raw) && cleanInline(raw).length <= 160) return true;
  const text = cleanInline(raw);
  if (!text || text.length > 90) return false;
  // The last of a run of lines indented alike (names under "Apologies:") is one of them, not a heading.
  const indent = (r: RawBlock) => /^[ \t]*/.exec(r.raw)![0].length;
  if (previous && !b.blankBefore && previous.kind === "text" && indent(b) > 0 && indent(previous) === indent(b)) return false;
  // A line under a label that ends in a colon ("Apologies:") is its value.
  if (previous && !b.blankBefore && previous.kind === "text" && /^[^:]{1,40}:$/.test(previous.raw.trim())) return false;
  // So is the last of a run of "Label: value" lines (a front sheet's "Published: 10 September") over a
  // heading the source marks: it would title nothing.
  if (previous && !b.blankBefore && previous.kind === "text" && LABEL_VALUE_LINE.test(text) && LABEL_VALUE_LINE.test(cleanInline(previous.raw.trim())) && next && /^#{1,6}\s/.test(next.raw.trim())) return false;
  // A numbered section title in capitals ("3.   QUORUM"), standing alone, is a heading, not a list item.
  if (/^\d{1,2}\.?\s+[A-Z][A-Z0-9 &,'’()/-]{2,60}$/.test(text) && /[A-Z]{3}/.test(text) && (b.blankAfter || !next || next.blankBefore)) return true;
  if (LIST_ITEM.test(raw)) return false;
  if (!/^[A-Z\u00c0-\u00de]/.test(text)) return false;
  // (A title may end in its initials in brackets, "Direction of travel (DoT)": not a sentence's end.)
  if (endsLikeSentence(text) && !(text.length <= 60 && /^[^.;:,]+\((?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,8}\)$/.test(text))) return false;
  // (Nor does one with a sentence ended inside it: "Quorum: five members, … groups. A substitute counts towards".)
  if (/[a-z]{2}\.\s+[A-Z]/.test(text)) return false;
  if (/^(?:tel|mobile|phone|email|fax|www\.|http)/i.test(text)) return false;
  // (Nor a list's line of who changed an item, "Deleted by Jo Bloggs, 12/5/2255 3:58 PM".)
  if (AUDIT_LINE.test(text)) return false;
  // (Nor a record's lines read as one, "Entry 4 of 6 · Council: Thurlbeck … · Score: 72", or an address
  // label's, ending in its postcode: it is a record, not a title.)
  const parts = text.split(" · ");
  if (parts.slice(1).some((p) => LABEL_VALUE_LINE.test(p)) || (parts.length >= 4 && /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/.test(text))) return false;
  // (A count of a card's answers, "More details 87 responses", titles nothing.)
  if (COUNT_LINE.test(text)) return false;
  // (Nor a motion's result, "Carried Unanimously", "Defeated (3 to 6)", nor an attached file's name,
  // "Round 2 awards.pdf": they close or sit in an item, they title nothing.)
  if (MOTION_RESULT.test(text) || ATTACHED_FILE.test(text)) return false;
  // A reviewer's change noted in the margin ("Cllr Anselm Duckitt Deleted: Double plot | …") says what
  // the draft changed; it titles nothing.
  if (MARGIN_NOTE.test(text)) return false;
  // A heading stands alone: a blank line after it, or the next block is a paragraph or table.
  return b.blankAfter || !next || next.kind === "row" || next.blankBefore;
}

/**
 * A row that continues the row above: its first cell is empty and its text starts in lower case (the
 * source broke the row with a blank line or a page break). Its cells are appended to the row above.
 */
function isContinuationRow(cells: string[], previous: string[] | undefined): boolean {
  if (!previous || !cleanInline(previous[0] ?? "")) return false;
  if (isWrappedLine(cells.map(cleanInline), previous.map(cleanInline))) return true;
  // (A label's second printed line alone in its cell, "Purpose of" over "report", "Is this report" over
  // "confidential?": a label table rebuilt from a printed page keeps it as a row of its own.)
  const first = cleanInline(cells[0] ?? "");
  if (first && cells.length === previous.length && cells.slice(1).every((c) => !cleanInline(c)) && /^[a-z]/.test(first) && first.split(/\s+/).length <= 2 && cleanInline(previous[1] ?? "")) return true;
  if (first) return false;
  // (Codes drawn midway down a row of two printed lines, "G" and "A" in their dots, read as a line of their
  // own: each in a cell the row above left empty.)
  const codes = cells.flatMap((c, k) => (cleanInline(c) ? [k] : []));
  if (codes.length && codes.every((k) => cleanInline(cells[k]!).length <= 2 && /^[A-Z]{1,2}$|^\W$/u.test(cleanInline(cells[k]!)) && !cleanInline(previous[k] ?? "")) && previous.filter((c) => cleanInline(c)).length >= 3) return true;
  const firstFilled = cells.map(cleanInline).find((c) => c.length > 0) ?? "";
  return /^[a-z]/.test(firstFilled);
}

/**
 * The second printed line of a full row, as a table rebuilt from a printed page keeps it (Word opening a
 * PDF: "Cllr Bartholomew | Broxbourne Borough | Conservative | Member" over "Goodbody | Council | |"): a
 * few words under some of the row's cells, none of them a figure or a new person, the last cell empty,
 * under a row with every cell filled.
 */
function isWrappedLine(cells: string[], previous: string[]): boolean {
  const filled = cells.flatMap((c, k) => (c ? [k] : []));
  if (previous.length < 3 || cells.length !== previous.length || previous.some((c) => !c) || cells[cells.length - 1]) return false;
  if (filled.length === 0 || filled.length * 2 > cells.length) return false;
  // (The first cell's second line is a word or so of it, "Goodbody": not a heading of the rows under it,
  // "Liberal Democrat group", "Labour".)
  const first = cells[0]!;
  if (first && (first.split(/\s+/).length > 1 || POLITICAL_GROUP.test(first) || /^(?:members?|substitutes?|officers?|observers?|advisers?)$/i.test(first))) return false;
  return filled.every((k) => {
    const c = cells[k]!;
    return c.split(/\s+/).length <= 3 && !/\d/.test(c) && !/^(?:cllr|councillor|total|sub-?total)\b/i.test(c) && !/[.:;]$/.test(c);
  });
}

/** A cell holding a short label (a status, "Yes", a date), not prose that a row break could cut. */
function isShortLabel(cell: string | undefined): boolean {
  return !!cell && cell.split(/\s+/).length <= 2 && !/[.,;:]$/.test(cell);
}

function rowText(cells: string[]): string {
  return cells.filter((c) => c.length > 0).join(" | ");
}

/** Build the structured document. */
/** A minute's or paragraph's number standing in a margin column of its own: "43/26", "12.", "3.2". */
const MARGIN_NUMBER = /^(?:\d{1,3}\/\d{2}(?:\/\d{1,3})?|\d{1,2}(?:\.\d{1,2})?[.)]?)$/;
/** The prose beside margin numbers runs long; a table's cells of figures and names do not. */
const MARGIN_PROSE_CHARS = 60;

/** A WebVTT cue's timing line: "00:04:12.480 --> 00:04:19.910". */
const CUE_TIMING = /^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\b/;

/**
 * A transcript saved as WebVTT captions reads as what was said: its "WEBVTT" signature, the "NOTE" marker,
 * each cue's number and its timing line are the file's machinery, not words of the meeting (a cue number,
 * "16", is no count of anything). The loaded text keeps them, so a quote running from one cue into the
 * next is still checked against the file as written.
 */
function withoutCaptionTimings(raws: RawBlock[]): RawBlock[] {
  if (!/^\uFEFF?WEBVTT\b/.test(raws[0]?.raw.trim() ?? "")) return raws;
  const kept = raws.filter((b, i) => {
    const t = b.raw.trim();
    if ((i === 0 && /^\uFEFF?WEBVTT\b/.test(t)) || t === "NOTE" || CUE_TIMING.test(t)) return false;
    return !(/^\d{1,6}$/.test(t) && CUE_TIMING.test(raws[i + 1]?.raw.trim() ?? ""));
  });
  // (The NOTE's first line says what was recorded: the heading over everything said.)
  const note = raws.findIndex((b) => b.raw.trim() === "NOTE");
  const title = note >= 0 ? raws[note + 1] : undefined;
  return title && !CUE_TIMING.test(title.raw.trim()) ? kept.map((b) => (b === title ? { ...b, kind: "text" as const, raw: `# ${b.raw.trim()}` } : b)) : kept;
}

/**
 * Text set with its minute or paragraph numbers in a margin column ("43/26 | Minutes of the meeting …",
 * then "| RESOLVED that …" under it) is text, not a table: from the first numbered row after text (not
 * under a header row), rows of a number and text, or of text alone, become lines ("43/26 Minutes of the
 * meeting …"). It takes two numbered rows at least, and prose beside them.
 */
function marginNumberedToText(raws: RawBlock[]): RawBlock[] {
  const cellsOf = (b: RawBlock) => (b.rawCells ?? []).map(cleanInline);
  const numbered = (b: RawBlock) => b.kind === "row" && MARGIN_NUMBER.test(cellsOf(b)[0] ?? "");
  const inRun = (b: RawBlock) => {
    if (b.kind !== "row") return false;
    const c = cellsOf(b);
    return c.slice(2).every((x) => !x) && !!c[1] && (MARGIN_NUMBER.test(c[0] ?? "") || !c[0]);
  };
  const out = [...raws];
  for (let i = 0; i < out.length; i++) {
    // (A row of column names above, "Ref | Objective", makes it a table; a label's row, "Present: | …", does not.)
    const above = out[i - 1]?.kind === "row" ? cellsOf(out[i - 1]!) : undefined;
    if (!numbered(out[i]!) || (above && !!above[0] && !/:$/.test(above[0]))) continue;
    let j = i;
    while (j < out.length && inRun(out[j]!)) j++;
    const run = out.slice(i, j);
    const prose = run.map((b) => cellsOf(b)[1]!);
    if (run.filter(numbered).length < 2 || prose.reduce((n, t) => n + t.length, 0) / run.length < MARGIN_PROSE_CHARS) continue;
    for (let k = i; k < j; k++) {
      const [number, text] = cellsOf(out[k]!);
      out[k] = { ...out[k]!, kind: "text", raw: number ? `${number} ${text}` : text!, rawCells: undefined };
    }
    i = j - 1;
  }
  return out;
}

/** A label ending in its figure: "London 183", "England: 72", "Spreadsheet 52%" (not a date, a year, "Item 5", "quarter 3"). */
const FIGURE_LABEL = /^(?!.*\b(?:item|part|section|chapter|appendix|annex|quarter|q|round|phase|page|paper|no|version|draft|table|figure)\.?\s*\d+$)(?!.*\b(?:19|20)\d\d$)\D.*[\s:]\d[\d,.]*%?$/i;

/**
 * A sheet printed with its row and column headings (see `sheet-grid.ts`): the letters row is dropped and
 * each row is read without its number, so the sheet's header row heads its table. Which line each grid
 * row was printed on is kept, to place the sheet's comments printed after it ("Cell: I9").
 */
function withoutPrintedGridHeadings(raws: RawBlock[]): { raws: RawBlock[]; gridLines: Map<number, number> } {
  const gridLines = new Map<number, number>();
  const out: RawBlock[] = [];
  for (let i = 0; i < raws.length; i++) {
    const b = raws[i]!;
    if (b.kind !== "row" || !isColumnLetterRow(b.rawCells!.map(cleanInline))) {
      out.push(b);
      continue;
    }
    let j = i + 1;
    for (; j < raws.length && raws[j]!.kind === "row"; j++) {
      const cells = raws[j]!.rawCells!;
      const n = gridRowNumber(cleanInline(cells[0] ?? ""));
      if (n === undefined) break;
      gridLines.set(n, raws[j]!.line);
      // (A row with nothing in it but its number is an empty line of the sheet: a blank line, parting
      // the blocks it lies between. A numbered row is a row of its own, never a wrapped line of the last.)
      if (cells.slice(1).some((c) => cleanInline(c))) out.push({ ...raws[j]!, rawCells: cells.slice(1), raw: cells.slice(1).join("\t"), gridRow: true, blankBefore: raws[j]!.blankBefore || !raws[j - 1]!.rawCells!.slice(1).some((c) => cleanInline(c)) });
    }
    i = j - 1;
  }
  return { raws: gridLines.size ? out : raws, gridLines };
}

/**
 * A comment printed at the end of a sheet under its cell's address ("Cell: I9") heads what follows it,
 * named for the search by what the address points at: the row's first cells and the column's header
 * ("Cell: I9 (NCF-05 | Quaybridge City Council – Status Q1)").
 */
function placeCellComments(blocks: Block[], tables: Table[], gridLines: Map<number, number>): void {
  if (!gridLines.size) return;
  for (const b of blocks) {
    const address = b.kind !== "row" ? CELL_ADDRESS.exec(b.text.trim()) : undefined;
    if (!address) continue;
    const line = gridLines.get(Number(address[2]));
    const row = line === undefined ? undefined : blocks.find((r) => r.line === line && r.kind === "row");
    const table = row?.table !== undefined ? tables[row.table] : undefined;
    if (!row || !table) continue;
    const column = table.header[columnIndex(address[1]!)]?.trim();
    const names = (row.cells ?? []).filter((c) => c.trim()).slice(0, 3).join(" | ");
    Object.assign(b, { kind: "heading", level: 2, about: `${b.text.trim()} (${names}${column && row.cells !== table.header ? ` – ${column}` : ""})` });
    delete b.label;
  }
}

export function structure(loaded: LoadedText): StructuredDoc {
  const { raws: gridless, gridLines } = withoutPrintedGridHeadings(readRawBlocks(loaded));
  const raws = withoutCaptionTimings(marginNumberedToText(gridless));
  const blocks: Block[] = [];
  let start = 0;
  const push = (b: Omit<Block, "index" | "start">) => {
    const block: Block = { ...b, index: blocks.length, start };
    blocks.push(block);
    start += block.text.length + 1;
    return block;
  };

  // Rows must be merged before offsets are fixed, so collect first, then assign offsets.
  // (Cells rated by a colour alone, by the line of their row: see the loaders' `cellFills`.)
  const fillsByLine = new Map<number, (string | undefined)[]>();
  for (const f of loaded.hints?.cellFills ?? []) {
    const row = fillsByLine.get(f.line) ?? [];
    row[f.cell] = f.colour;
    fillsByLine.set(f.line, row);
  }
  type Pending = { kind: BlockKind; cells?: string[]; fills?: (string | undefined)[]; text: string; bold?: boolean; marked?: boolean; level?: number; list?: boolean; line: number; page?: number; afterSeparator?: boolean; blankBefore: boolean };
  const pending: Pending[] = [];
  for (let i = 0; i < raws.length; i++) {
    const b = raws[i]!;
    if (b.kind === "row") {
      const cells = b.rawCells!.map(cleanInline);
      const prev = pending[pending.length - 1];
      if (prev?.kind === "row" && !b.gridRow && isContinuationRow(cells, prev.cells)) {
        const merged = [...prev.cells!];
        cells.forEach((c, k) => {
          if (!c) return;
          // A layout that drew the two parts with different columns can line continued prose up under a
          // short label ("Amber"): a label is never continued, the prose cell after it is.
          const target = isShortLabel(merged[k]) && (merged[k + 1]?.length ?? 0) >= 40 ? k + 1 : k;
          merged[target] = merged[target] ? `${merged[target]} ${c}` : c;
        });
        prev.cells = merged;
        prev.text = rowText(merged);
        continue;
      }
      const bold = b.rawCells!.filter((c) => cleanInline(c)).every((c) => isWhollyBold(c));
      // (A symbol coloured by its markup, GitBook's `<mark style="color:red;">●</mark>`, fills its cell with the
      // colour, as a loader's cell fill does: the markup goes, the colour is what it rates.)
      const marked = b.rawCells!.map((c) => MARKED_COLOUR.exec(c.trim())?.[1]);
      const fills = marked.some(Boolean) ? marked.map((colour, k) => (colour ? COLOUR_WORD[colour.toLowerCase()] : fillsByLine.get(b.line)?.[k])) : fillsByLine.get(b.line);
      pending.push({ kind: "row", cells, ...(fills ? { fills } : {}), text: rowText(cells), bold, line: b.line, page: b.page, afterSeparator: b.afterSeparator, blankBefore: b.blankBefore });
    } else {
      // (Markup: a markdown heading's hashes, a quoted block's ">" marks.)
      const text = cleanInline(b.raw.replace(/^\s*#{1,6}\s+/, "").replace(/^\s*(?:>\s?)+/, ""));
      if (!text) continue;
      // A paragraph broken by a page break ("… between 2017/18–" then "2019/20. The funded …") is joined.
      const prev = pending[pending.length - 1];
      // (A rule of dashes ends nothing it could be joined to.)
      const continues = /^[-=_–—\s]+$/.test(prev?.text ?? "")
        ? false
        : /^[a-z]/.test(text)
          ? // (Not a field written in lower case after a blank line, "body: Bus Services …": a line of its own.)
            // (Nor a todo.txt task done, "x 2191-12-14 …": a task of its own.)
            /[\p{L}\p{N},\-–—]$/u.test(prev?.text ?? "") && !(b.blankBefore && /^[a-z][\w-]*(?:[ _][\w-]+){0,3}:\s+\S/.test(text)) && !(b.blankBefore && /^x \d{4}-\d{2}-\d{2}\s/.test(text))
          : /^\d/.test(text) && /[,\-–—]$/.test(prev?.text ?? "")
            ? true
            : // (A printed line's next line made a paragraph of its own, as Word opening a PDF does: a full
              // line ending mid-sentence, "… The lower maximum", then "(it was £7,500 …)" or "12 grants of …".)
              /^(?:\([a-z£\d]|\d[\d,.]*\s+[a-z])/.test(text) && (prev?.text.length ?? 0) >= PRINTED_LINE_CHARS && /[a-z]$/.test(prev?.text ?? "");
      if (prev?.kind === "text" && continues && !LIST_ITEM.test(b.raw)) {
        prev.text = `${prev.text} ${text}`;
        continue;
      }
      const heading = looksLikeHeading(b, raws[i + 1], raws[i - 1]);
      const hashes = /^\s*(#{1,6})\s/.exec(b.raw)?.[1]?.length;
      const marked = hashes !== undefined || isWhollyBold(b.raw);
      // Levels: markdown marks say; otherwise annexes, parts and plain shouted titles are top level, bold
      // headings next, other headings below them.
      const level =
        // (Not a card's rating shouted alone on its line, "RED": the lowest, so the page's own sections are
        // not read as under it.)
        hashes ?? (isWhollyBold(b.raw) ? 2 : /^(?:annex|appendix|part|section|chapter)\b/i.test(text) || (text === text.toUpperCase() && /[A-Z]{2}/.test(text) && !colourRating(text)) ? 1 : 3);
      const list = !heading && LIST_ITEM.test(b.raw);
      // (A line's symbols coloured by their markup, a key "● on track · ● off track" drawn green and red: their
      // colours in order, as a row's fills are.)
      const colours = [...b.raw.matchAll(MARKED_COLOURS)].map((m) => COLOUR_WORD[m[1]!.toLowerCase()]!);
      const fills = colours.length >= 2 ? { fills: colours } : {};
      pending.push({ kind: heading ? "heading" : "text", text, bold: isWhollyBold(b.raw), marked, ...(heading ? { level } : {}), ...(list ? { list } : {}), ...fills, line: b.line, page: b.page, blankBefore: b.blankBefore });
    }
  }
  // Lines standing alone one after another, each ending in a figure ("London 183", "South East 88",
  // "England: 72"), are a chart's labels or a list of figures, not headings over nothing.
  for (let i = 0; i < pending.length; ) {
    let j = i;
    while (j < pending.length && pending[j]!.kind === "heading" && !pending[j]!.marked && FIGURE_LABEL.test(pending[j]!.text)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) Object.assign(pending[k]!, { kind: "text", level: undefined });
    i = Math.max(j, i + 1);
  }
  // (A docs site's tab, `{% tab title="Q3 2311/12" %}`, heads what it holds, named by its title.)
  for (const p of pending) if (p.kind === "text" && TAB_TITLE.test(p.text.trim())) Object.assign(p, { kind: "heading", level: 4 });
  for (const p of pending) {
    const { afterSeparator: _sep, blankBefore: blank, ...rest } = p;
    push({ ...rest, ...(blank ? { apart: true } : {}) });
  }

  const tables = findTables(
    blocks,
    pending.map((p) => p.afterSeparator === true),
    pending.map((p) => p.blankBefore),
  );
  for (const b of blocks) {
    // A table's header row is a label only in a table of labels ("Purpose of report | For decision.",
    // then "Summary | …"), not over data ("Action | Owner | Deadline").
    const table = b.table !== undefined ? tables[b.table] : undefined;
    if (table && table.header === b.cells && !table.rows.some((i) => readLabel(blocks[i]!))) continue;
    const label = readLabel(b);
    if (label) b.label = label;
  }
  placeCellComments(blocks, tables, gridLines);
  const papers = findPapers(blocks, tables);
  assignHeadings(blocks);
  nameRepeatedForms(blocks);
  return { blocks, tables, papers, text: blocks.map((b) => b.text).join("\n"), ...(loaded.hints ? { hints: loaded.hints } : {}) };
}

// (With a short aside in brackets too: "Members online (Teams): …".)
// (A form asks its field, "Is this a key decision?: ◉ Yes ◯ No".)
const INLINE_LABEL = /^([A-Z][A-Za-z'’&/ -]{1,38}?(?: \([A-Za-z0-9 ]{1,20}\))?\??)\s*:\s+(\S.*)$/;
/**
 * "Quarter 2: 96% (Green)", "Q3: 91%", "Period 9: £667,230": a period of the year, numbered, as the label of
 * a figure or a rating (not "Q1: How do I apply?", a question numbered so).
 */
const PERIOD_LABEL = new RegExp(String.raw`^(${PERIOD_NAME_SOURCE})\s*:\s+((?:[£$€]?\d|(?:green|amber|red|blue)\b)(?:.*))$`, "i");
/** "Status at 12 June 2026: Implemented.", "Position as at 31 March: …": a label dated by the day it speaks of. */
const DATED_LABEL = new RegExp(String.raw`^([A-Z][A-Za-z'’ ]{1,30}?\s+(?:as at|as of|at|on|to)\s+(?:\d{1,2}\s+)?(?:${MONTH_PATTERN})(?:\s+\d{4})?)\s*:\s+(\S.*)$`, "i");
/** A tab of a docs site's page, GitBook's `{% tab title="Q3 2311/12" %}`: named by its title. */
const TAB_TITLE = /^\{%\s*tab\s+title="([^"]+)"\s*%\}$/;
/** A lone symbol in a span or mark whose style gives its colour: `<mark style="color:red;">●</mark>`. */
const MARKED_COLOUR = /^<(?:mark|span|font)\b[^>]*?\bcolou?r\s*[:=]\s*["']?(green|orange|amber|red|blue|yellow)\b[^>]*>\s*[●•○◉⬤■▲▼◆★]\s*<\/(?:mark|span|font)>$/i;
const MARKED_COLOURS = new RegExp(MARKED_COLOUR.source.replace(/^\^|\$$/g, ""), "gi");
const COLOUR_WORD: Record<string, string> = { green: "Green", orange: "Amber", amber: "Amber", yellow: "Amber", red: "Red", blue: "Blue" };
const BARE_LABEL = /^([A-Z][A-Za-z'’&/ -]{1,38}?)\s*:$/;
const NUMBERED_SECTION = /^\d{1,2}\.\s+([A-Z][A-Za-z'’ ]{2,40}?)\s*:?$/;
const CAPITALS_LABEL = /^([A-Z]{4,})\s+(\S.*)$/;
const DASHED_LABEL = /^([A-Z][A-Za-z'’ ]{1,30}?)\s+[–—-]\s+(\S.*)$/;

/**
 * The label of a label-value block: "Label: value" on one line (a label of a few words, no figures), a row
 * whose first cell is a label ("Purpose of report | For discussion.", "Contact officer: | Jo Bloggs"), or a
 * label alone ("Decision:", or a heading the genre uses as a label, "Purpose of report").
 */
function readLabel(b: Block): Block["label"] {
  if (b.kind === "row") {
    const cells = b.cells ?? [];
    const first = cells.findIndex((c) => c);
    const head = cells[first] ?? "";
    const rest = cells.slice(first + 1).filter((c) => c);
    if (head.length > 40 || head.split(/\s+/).length > 6) return undefined;
    // A row holding only "Present:" heads the rows after it, as a bare label line would.
    if (!rest.length) return /:$/.test(head) ? { name: head.replace(/\s*:$/, "") } : undefined;
    if (!/:$/.test(head) && !labelField(head)) return undefined;
    const value = rest.join(" | ");
    return { name: head.replace(/\s*:$/, ""), value, valueOffset: b.text.length - value.length };
  }
  // A bulleted "* Risk owner: Jo Bloggs" is labelled as the line without its bullet would be.
  const marker = b.list ? (/^\s*[-*•·▪]\s+/.exec(b.text)?.[0] ?? "") : "";
  const body = b.text.slice(marker.length);
  const inline = INLINE_LABEL.exec(body);
  // (A heading the source marked, with a colon, is a title, "Fire safety: the Grenfell report", unless the
  // genre labels with it; a line only taken for a heading, "Status: Amber", is a label.)
  if (inline && inline[1]!.split(/\s+/).length <= 6 && !/\b(?:and|or|but|that|which)\b/i.test(inline[1]!) && (b.kind !== "heading" || !b.marked || labelField(inline[1]!))) {
    return { name: inline[1]!.trim(), value: inline[2]!, valueOffset: b.text.length - inline[2]!.length };
  }
  // (A period's figure, "Quarter 3: 4 weirs (Red)", "Q2: 96%": the period is the label.)
  const period = b.kind === "heading" && b.marked ? null : PERIOD_LABEL.exec(body);
  if (period) return { name: period[1]!.trim(), value: period[2]!, valueOffset: b.text.length - period[2]!.length };
  const dated = DATED_LABEL.exec(body);
  if (dated) return { name: dated[1]!.trim(), value: dated[2]!, valueOffset: b.text.length - dated[2]!.length };
  // A line that is all label, "CONTACT OFFICER" or "PHONE NO" over its value, is not "CONTACT" running into
  // "OFFICER".
  if (/^[A-Z][A-Z ]+\??$/.test(body.trim()) && labelField(body)) return { name: body.trim() };
  // "RESOLVED – that the Board:": a word of the genre's labels set off by a dash rather than a colon.
  const dashed = DASHED_LABEL.exec(body);
  if (dashed && labelField(dashed[1]!)) return { name: dashed[1]!.trim(), value: dashed[2]!, valueOffset: b.text.length - dashed[2]!.length };
  // "RESOLVED that the guidance be approved.": a genre label in capitals running into its text.
  const shouted = CAPITALS_LABEL.exec(body);
  if (shouted && labelField(shouted[1]!)) return { name: shouted[1]!, value: shouted[2]!, valueOffset: b.text.length - shouted[2]!.length };
  const bare = BARE_LABEL.exec(body);
  if (bare) return { name: bare[1]!.trim() };
  if (b.kind === "heading" && labelField(b.text)) return { name: b.text.replace(/\s*:$/, "") };
  // A section numbered by hand, "1. Purpose of the report", "2. Recommendations", as a Word paper without
  // heading styles types them: the genre's label over what follows.
  // (Only a paper's own sections: a minute's "3. Apologies" is an item of the minutes.)
  const numbered = NUMBERED_SECTION.exec(body.trim());
  if (numbered && ["purpose", "recommendation"].includes(labelField(numbered[1]!) ?? "")) return { name: numbered[1]! };
  return undefined;
}

const SHORT_INTERRUPTION = 40;

/** Header-like first row: words, not data (no reference in the first cell, no long prose). */
function looksLikeHeader(cells: string[], next?: string[]): boolean {
  const filled = cells.filter((c) => c);
  if (filled.length < 2) return false;
  if (/^[A-Z]{0,4}\d+(?:\.\d+)?$/.test(cells[0] ?? "")) return false;
  // (A councillor's name first, "Cllr Harriet Wyncoll | Stellbridge | LD | C": a member's row, in a list
  // printed without a header.)
  if (/^(?:[Cc]llr|[Cc]ouncillor|Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\.?\s+[A-Z][a-z'’-]+\s+[A-Z]/.test(cells[0] ?? "")) return false;
  // A rating in a cell is a data row's, except in a table counting each rating: "Theme | G | A | R" over
  // rows of numbers.
  const rated = cells.flatMap((c, k) => (/^(?:green|amber|red|g|a|r)$/i.test(c) ? [k] : []));
  if (rated.length > 0 && !(rated.length >= 2 && next && rated.every((k) => /^\d+$/.test(next[k] ?? "")))) return false;
  // (Years running on one from another, "2061 | 2062 | 2063", name a pivot's columns: they are not figures.)
  const years = filled.filter((c) => /^(?:19|20)\d\d$/.test(c)).map(Number);
  const yearColumns = years.length >= 2 && years.every((y, k) => k === 0 || y === years[k - 1]! + 1);
  if (filled.filter((c) => /^[£$]?[\d,.]+[%km]?$/i.test(c) && !(yearColumns && /^(?:19|20)\d\d$/.test(c))).length * 2 >= filled.length) return false;
  // (A survey's columns are its questions, a long one with its option after it: "How many complaints did
  // your council receive between 15 October and 15 November? - Antisocial use (fireworks thrown …)".)
  return filled.every((c) => c.length <= 120 || (c.length <= 300 && /\?(?:\s+-\s+|\s*$)/.test(c)));
}

const MONTH_LABEL = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s-]*'?\d{2,4}$|^(?:q[1-4]\s*)?\d{4}\s*[/-]\s*\d{2,4}$/i;

/**
 * A row that plainly opens a table of its own even after page furniture: column labels over an empty
 * corner cell, or several month / year labels ("Sep-18 | Dec-18 | Mar-19").
 */
function startsNewTable(cells: string[]): boolean {
  const filled = cells.filter((c) => c);
  if (filled.filter((c) => MONTH_LABEL.test(c)).length >= 2) return true;
  return !cells[0] && filled.length >= 2 && looksLikeHeader(cells);
}

const filledCount = (b: Block | undefined) => b?.cells?.filter((c) => c).length ?? 0;

const KEY_TITLE_ROW = /^(?:(?:status|rag|rating|colour|color)\s+)?(?:key|legend)\b[^.]{0,40}$/i;

function findTables(blocks: Block[], afterSeparator: boolean[], blankBefore: boolean[]): Table[] {
  const tables: Table[] = [];
  let current: Table | undefined;
  let lastWidth = 0;
  let caption: string | undefined;
  const width = (b: Block) => b.cells?.length ?? 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "row") {
      // A few short lines between two rows of the same width (page furniture) do not end a table.
      if (current && b.text.length <= SHORT_INTERRUPTION) {
        let k = i;
        const furniture = (x: Block) => x.kind !== "row" && !x.marked && x.text.length <= SHORT_INTERRUPTION;
        while (k < blocks.length && k - i < 3 && furniture(blocks[k]!)) k++;
        const next = blocks[k];
        // (The table's own header again after a short line opens another table: the line is its title.)
        const repeatsHeader = current.header.length > 0 && next?.cells?.join("\t") === current.header.join("\t");
        // (Nor does a header of other names after a caption: "Round 2 awards" over "Ref | Council | …" is
        // a table of its own, though as wide as the one before it.)
        // (Two of its cells or more name columns as headers do, "Ref", "Council": not a row of names under a
        // group's heading.)
        const otherHeader =
          current.header.length > 0 &&
          next?.kind === "row" &&
          blocks[k + 1]?.kind === "row" &&
          looksLikeHeader(next.cells!, blocks[k + 1]!.cells) &&
          next.cells!.filter((c) => columnRole(c) && c.split(/\s+/).length <= 2 && !/^(?:cllr|councillor)\b/i.test(c)).length >= 2 &&
          next.cells!.every((c) => c.split(/\s+/).length <= 3) &&
          // (It may share some names with the header above, "Councillor | Council", when its first differs:
          // "Group | Councillor | Council" under "Substitutes" after "Role | Councillor | Council".)
          (!next.cells!.some((c, n) => c && c === current!.header[n]) || (!!next.cells![0] && next.cells![0] !== current.header[0]));
        // (Nor do the rows under "Key to status symbols" go on with the table above: a key is a table of its own.)
        const keyTitle = blocks.slice(i, k).some((x) => /^(?:key|legend)\b/i.test(x.text.trim()));
        // (Nor, in a table without a header, rows under a heading of their own: "Status" over a key's
        // colours, then "Direction of travel (DoT)" over its arrows.)
        const ownHeading = current.header.length === 0 && blocks.slice(i, k).some((x) => x.kind === "heading");
        // (Nor a header of its own under a heading, though it begins with the same names: a tracker's
        // "Feature" table under its risks, "ID | Type | Title | State | RAG Status" after "ID | Type | Title |
        // State | Likelihood".)
        const headedHeader =
          current.header.length > 0 &&
          next?.kind === "row" &&
          next.cells!.join("\t") !== current.header.join("\t") &&
          blocks.slice(i, k).some((x) => x.kind === "heading") &&
          looksLikeHeader(next.cells!, blocks[k + 1]?.cells) &&
          next.cells!.filter((c) => columnRole(c)).length >= 3;
        // (A line number from the margin between two rows, "15", is no more than furniture: the row under it,
        // its first cell empty, goes on with the table.)
        const lineNumberOnly = blocks.slice(i, k).every((x) => /^\d{1,3}$/.test(x.text.trim()));
        if (next?.kind === "row" && width(next) === lastWidth && !afterSeparator[k] && (lineNumberOnly || !startsNewTable(next.cells!)) && !repeatsHeader && !otherHeader && !headedHeader && !keyTitle && !ownHeading) {
          i = k - 1;
          continue;
        }
      }
      current = undefined;
      continue;
    }
    // (A key's title in a row of its own, "Status key" in a sheet's grid, ends the table above: the key
    // under it is a table of its own, titled by it.)
    if (current && filledCount(b) === 1 && KEY_TITLE_ROW.test(b.text.trim())) {
      current = undefined;
      caption = b.text.trim();
      continue;
    }
    const justHeaded = current !== undefined && current.rows.length === 0 && current.header.length > 0;
    // After a blank line, a header row of another width opens a table of its own (a key, then the data).
    const newHeader = current !== undefined && blankBefore[i] === true && width(b) !== lastWidth && blocks[i + 1]?.kind === "row" && looksLikeHeader(b.cells!, blocks[i + 1]!.cells);
    // A pivot's filter fields above it ("Cost centre | 4471", "Period | (Multiple Items)"), a label and a
    // value a row, then the pivot's own header over its rows: a table of its own, under the same title.
    const afterFields =
      current !== undefined &&
      current.header.filter((c) => c).length <= 2 &&
      current.rows.every((r) => filledCount(blocks[r]) <= 2) &&
      filledCount(b) >= 3 &&
      blocks[i + 1]?.kind === "row" &&
      filledCount(blocks[i + 1]) >= 3 &&
      looksLikeHeader(b.cells!, blocks[i + 1]!.cells);
    const startsNew = !current || (afterSeparator[i] === true && !justHeaded) || newHeader || afterFields;
    if (startsNew) {
      const previousTable = tables[tables.length - 1];
      const titleBlock = caption ?? findTitle(blocks, i) ?? (afterFields ? current!.title : undefined);
      caption = undefined;
      // A one-cell caption row above a header row: the caption is the title.
      if (filledCount(b) === 1 && !b.bold && blocks[i + 1]?.kind === "row" && looksLikeHeader(blocks[i + 1]!.cells!)) {
        caption = b.text;
        b.table = tables.length;
        continue;
      }
      if (afterSeparator[i + 1] || (!afterSeparator[i] && blocks[i + 1]?.kind === "row" && looksLikeHeader(b.cells!, blocks[i + 1]!.cells))) {
        // This row is the header (markdown: the row before the separator).
        current = { index: tables.length, title: titleBlock, header: b.cells!, rows: [] };
        tables.push(current);
        b.table = current.index;
        lastWidth = width(b);
        // A second header row under cells that span columns ("2023/24" over "Budget | Actual"): each column
        // is named by both ("2023/24 Budget"). (The header row's cells are renamed in place: it is the header.)
        const sub = blocks[i + 1];
        // (A spanning cell last in its row leaves no empty cell behind it once a row's trailing empty cells
        // are dropped, "… | Status" over "… | Oct | Nov": the header runs as far as the row under it.)
        // (A group row over a field row, "Q1 Apr-Jun | | Q2 Jul-Sep | |" over "… | Profile | Actual | … | Forecast
        // outturn | Comment", may end well short of it: the field row names every column.)
        const spanEnd = sub?.kind === "row" ? sub.cells!.length - b.cells!.length : 0;
        if (spanEnd > 0 && (spanEnd <= 3 || sub!.cells!.every((c) => c.trim())) && isSubHeader([...b.cells!, ...Array<string>(spanEnd).fill("")], sub!.cells!)) b.cells!.push(...Array<string>(spanEnd).fill(""));
        // (A web page's header may have three rows: "2077/78" over "Q1 (April to June)" over "Target | Actual".)
        const levels = [b.cells!];
        while (levels.length < MAX_HEADER_ROWS && blocks[i + 1]?.kind === "row" && isSubHeader(levels[levels.length - 1]!, blocks[i + 1]!.cells!)) {
          levels.push(blocks[i + 1]!.cells!);
          blocks[i + 1]!.table = current.index;
          i++;
        }
        if (levels.length > 1) b.cells!.splice(0, b.cells!.length, ...mergedHeader(levels));
        continue;
      }
      // A table without its own header continues the previous one when the widths agree.
      const inherits = previousTable !== undefined && previousTable.header.length > 0 && width(b) >= 3 && width(b) <= previousTable.header.length;
      current = { index: tables.length, title: titleBlock ?? (inherits ? previousTable.title : undefined), header: inherits ? previousTable.header : [], rows: [] };
      tables.push(current);
    }
    current!.rows.push(i);
    b.table = current!.index;
    lastWidth = width(b);
  }
  return tables;
}

/** The most rows a table's header runs to (a group row, a sub-group row, the columns' own names). */
const MAX_HEADER_ROWS = 3;

/**
 * One name per column for a header of several rows, each a spanning row over the next ("2023/24" over
 * "Budget | Actual" is "2023/24 Budget", "2023/24 Actual"). A spanning cell names the columns after it up to
 * the next cell of its row, its span's end where that is known, or a cell starting in a row above it.
 */
function mergedHeader(levels: string[][]): string[] {
  const width = Math.max(...levels.map((r) => r.length));
  const cell = (row: string[], k: number) => row[k]?.trim() ?? "";
  const carried = levels.map((row, level) => {
    if (level === levels.length - 1) return Array.from({ length: width }, (_, k) => cell(row, k));
    const spanOf = spanWidths(row);
    const out: string[] = [];
    let label = "";
    let end = Infinity;
    for (let k = 0; k < width; k++) {
      if (cell(row, k)) [label, end] = [cell(row, k), k + (spanOf.get(k) ?? Infinity)];
      else if (k >= end || levels.slice(0, level).some((above) => cell(above, k))) label = "";
      out.push(label);
    }
    return out;
  });
  return Array.from({ length: width }, (_, k) => {
    const parts: string[] = [];
    for (const names of carried) if (names[k] && !parts.includes(names[k]!)) parts.push(names[k]!);
    // (The first column names the rows: its own cell, not one spanning into it.)
    return k === 0 ? (levels.map((row) => cell(row, 0)).find(Boolean) ?? "") : parts.join(" ");
  });
}

/**
 * How many columns each spanning cell of a header row spans, where its spans can be told: cells after the
 * first evenly spaced ("Q1 | | Q2 | |") span up to the next, and the last as many as the others (the columns
 * after it are not its). Otherwise none is known, and a cell spans up to the next.
 */
function spanWidths(header: string[]): Map<number, number> {
  const starts = header.flatMap((c, k) => (k > 0 && c.trim() ? [k] : []));
  const gaps = starts.slice(1).map((k, n) => k - starts[n]!);
  const spans = new Map<number, number>();
  if (gaps.length < 1 || gaps.some((g) => g !== gaps[0]) || gaps[0]! < 2) return spans;
  for (const k of starts) spans.set(k, gaps[0]!);
  return spans;
}

/**
 * A row of column names under a header whose cells span columns: the header leaves cells empty (the spans)
 * and this row names columns under them, with no figures.
 */
function isSubHeader(header: string[], row: string[]): boolean {
  const spanned = header.some((c, k) => k > 0 && !c.trim() && header.slice(0, k).some((x) => x.trim()));
  // (A converter writes a spanning cell into each column it spans: "2053/54 (£) | 2053/54 (£) | 2053/54 (£)",
  // and a cell spanning both rows into both: "Budget line" over "Budget line".)
  const repeated = header.some((c, k) => k > 0 && c.trim() && c.trim() === header[k - 1]!.trim());
  // (A row's trailing empty cells may be left off.)
  if ((!spanned && !repeated) || row.length > header.length || row.length < header.length - 1) return false;
  const named = row.filter((c) => c.trim());
  // Column names, not figures: "Revised", "Q1", "To 31 January 2026", never "£60,000" or "12".
  const isName = (c: string) =>
    c.length <= 40 &&
    /[A-Za-z]/.test(c) &&
    !/^[-+(]?[£$€]?\d[\d,.]*\s*(?:%|k|m|bn)?\)?$/i.test(c.trim()) &&
    (!/\d/.test(c) || /^(?:(?:q[1-4]|h[12]|quarter [1-4])(?:\b\D*)?|to .+|at .+|by .+|[a-z]+ \d{4}(?:\/\d{2})?)$/i.test(c.trim()) || (repeated && /^[A-Za-z][A-Za-z ]+ (?:to|at|by) \d/.test(c.trim())));
  if (repeated) {
    // Under the repeated span, the columns' own names, each its own; elsewhere the same cell again or none.
    const under = header.flatMap((c, k) => (k > 0 && c.trim() && (c.trim() === header[k - 1]!.trim() || c.trim() === header[k + 1]?.trim()) ? [row[k]?.trim() ?? ""] : []));
    return named.length >= 2 && named.every(isName) && under.every((u) => u && !header.includes(u)) && new Set(under).size === under.length;
  }
  return named.length >= 2 && named.every(isName) && row.some((c, k) => c.trim() && !header[k]!.trim());
}

/** How many lines above a table its title may be, past a key, a count or a sheet's label lines. */
const TITLE_ABOVE = 3;

function findTitle(blocks: Block[], rowIndex: number): string | undefined {
  for (let j = rowIndex - 1; j >= 0 && j >= rowIndex - TITLE_ABOVE; j--) {
    const b = blocks[j]!;
    if (b.kind === "row") return undefined;
    // A key above the table ("Key: G = on track, …") explains its cells; the title is above it.
    // ("Health key: ☀ Sunny – on track · …" too.)
    if (/^(?:[A-Za-z]+\s+){0,2}(?:key|legend)\b[^:]{0,40}[:–-]/i.test(b.text)) continue;
    // (Nor is a word defined above it, "Information: for noting; usually taken without debate", its title.)
    // (A caption is a title, though a lower-case word follows its colon: "Table 3: inspection budget (£000)".)
    if (/^[A-Z][\w ]{1,30}:\s+[a-z]/.test(b.text) && !/^(?:table|figure|chart|appendix|annex|schedule|part)\b/i.test(b.text)) continue;
    // (Nor a sheet's label line above it, "Finance: Bethany Walmsley", "Status at: 30/09/2047"; a caption,
    // "Table 3: Budget", is.)
    // (A value of a few words, a name or a date; not a numbered heading's, "Priority 3: A skilled and …".)
    if (/^[A-Z][A-Za-z ]{1,30}:\s+\S+(?:\s+\S+){0,3}$/.test(b.text) && !/^(?:table|figure|chart|appendix|annex|schedule|part)\b/i.test(b.text)) continue;
    // (Nor is a count of what it tabulates, "87 responses", under the question it answers.)
    if (COUNT_LINE.test(b.text)) continue;
    // (Nor a page's control that opens it, "View data as a table", under a chart whose title is above.)
    if (PAGE_CONTROL.test(b.text)) continue;
    // (Nor is a summary figure beside it, "3.08 Average Rating", a card's tile over the table of its answers.)
    if (SUMMARY_FIGURE.test(b.text)) continue;
    // (Nor the last clause of a resolution above a table of columns, "(d) carries the remaining £8,600 to
    // round 3 …": the table is untitled. A vote's rows under it, "For (7): | …", are its vote.)
    const columns = (blocks[rowIndex]!.cells ?? []).filter((c) => c.trim()).length;
    if (b.kind !== "heading" && columns >= 3 && /^\(?(?:[a-z]|[ivx]{1,4})\)\s/.test(b.text) && /[.;]$/.test(b.text.trim())) return undefined;
    if (b.kind === "heading" || b.text.length <= 120) return TAB_TITLE.exec(b.text.trim())?.[1] ?? b.text;
  }
  return undefined;
}

/** A web page's control over a table or chart: "View data as a table", "Show data", "Download table (CSV)". */
const PAGE_CONTROL = /^(?:view|show|hide|download|expand|collapse|toggle|open)\b.{0,30}\b(?:tables?|data|chart|details)\b(?:\s*\([^)]{1,12}\))?$/i;

const RESTRICTED = /^document is restricted$/i;
const ITEM_LINE = /^(?:agenda )?item(?: no\.?)?:?\s+(\d{1,2}[a-z]?)\.?$/i;
const ITEM_ROW = /^(?:agenda )?item(?: no\.?| number)?:?\s*\|\s*(\d{1,2}[a-z]?)\.?$/i;
const ITEM_AT_END = /\s[–—-]\s(?:agenda )?item(?: no\.?)?:?\s+(\d{1,2}[a-z]?)\.?$/i;
/** Lines of a paper's running header that are not its title: a date, "Item 4", a page number, "Draft 2, …". */
const NOT_A_TITLE = /^(?:(?:draft|version|revision|issue)\s+\d+(?:\.\d+)*\b.*|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+day,?\s.*\d{4}|(?:agenda )?item\s+\d{1,2}[a-z]?\.?|page\s+\d+|\d+|[^?]{3,80}\?\s*(?:yes|no)?\.?)$/i;
/** A section's name that no paper is titled by: "1 Front sheet", "Summary", "Introduction". */
/** (Nor is what kind of item it is, "Item for decision between meetings", "Report for information".) */
const GENERIC_SECTION = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:front sheet|cover sheet|report details|summary|introduction|contents|background|(?:(?:agenda )?item|report|paper)s? for (?:decision|information|discussion|noting|comment|approval)\b[\w ]{0,30})$/i;
/** How far above its front sheet a paper's title may be, past its label lines ("Meeting: …", "Report by: …"). */
const TITLE_REACH = 5;
const LABEL_LINES_REACH = 10;

/** A block that opens a paper's front sheet: the "Purpose of report" label in any of its layouts. */
const opensFrontSheet = (b: Block) => !!b.label && labelField(b.label.name) === "purpose";

/** How many blocks after a bare "Purpose" (a table's rows aside) the front sheet's other labels are looked for. */
const FRONT_SHEET_REACH = 15;
/** Nor more blocks than this, rows and all: a long table is a paper's body, not its front sheet. */
const FRONT_SHEET_SCAN = 80;

/** The blocks of a cover page, where an "Item 5" line names the paper's agenda item. */
const COVER_BLOCKS = 8;

/** An item's heading over a paper given in brief: "Item 5 in brief", "Item 5: Round 2 awards" (not "Item 5.1 – …"). */
const ITEM_HEADING = /^(?:agenda )?item\s+(\d{1,2}[a-z]?)(?![.\d])(\s+in brief|\s*[:–—-]\s*\S.*)?$/i;
/** An agenda's line for an item, with its title and perhaps who presents it: "Item 5: Round 2 awards – Jo Bloggs". */
const agendaLineOf = (item: string) => new RegExp(`^(?:agenda )?item\\s+${item}(?![.\\d])\\s*[:.–—-]\\s*(\\S.*)$`, "i");
/** Who presents an item, after its title on the agenda's line: " – Cllr Jo Bloggs", or the name its contact line gives. */
const PRESENTER = /\s[–—-]\s((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Mx)\.?\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3})$/;

interface PaperStart {
  at: number;
  title: string;
  item?: string;
  /** Block index the paper ends at, when it ends before the next paper starts. */
  until?: number;
  /** Given in brief under its item's heading, with no front sheet of its own. */
  brief?: boolean;
}

/** An agenda line's title without who presents the item: an honorific's name, or the contact's. */
function withoutPresenter(title: string, contact: string | undefined): string {
  const m = PRESENTER.exec(title);
  if (!m) return title;
  const named = /^(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Mx)\.?\s/.test(m[1]!) || (!!contact && contact.startsWith(m[1]!));
  return named ? title.slice(0, m.index).trim() : title;
}

/**
 * Papers given in brief under their item's heading, as a clerk's e-mail gives them ("Item 5 in brief",
 * the paper's gist, "The Panel is asked to:" and its contact officer): each a paper to its next heading,
 * titled as the agenda above names the item. Not a heading that starts a paper already found, nor one
 * inside such a paper (a running header, "Item 5", over its second page), nor an item already found.
 */
function papersInBrief(blocks: Block[], found: PaperStart[], runningHeader: (b: Block) => boolean): PaperStart[] {
  const briefs: PaperStart[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const heading = b.kind === "heading" && !runningHeader(b) ? ITEM_HEADING.exec(b.text.trim()) : null;
    const item = heading?.[1];
    const sameItem = (s: PaperStart) => s.item === item || ITEM_HEADING.exec(s.title.trim())?.[1] === item;
    if (!item || !heading[2] || found.some((s) => s.at === i || sameItem(s))) continue;
    let end = i + 1;
    while (end < blocks.length && blocks[end]!.kind !== "heading") end++;
    const section = blocks.slice(i + 1, end);
    const fieldOf = (f: string) => section.find((c) => !!c.label && labelField(c.label.name) === f);
    // (A front sheet's purpose inside it was found as a paper of its own.)
    const inFound = found.some((s) => s.at > i && s.at < end);
    const contact = fieldOf("contact");
    if (!fieldOf("recommendation") || !contact || inFound) continue;
    // (The nearest agenda line above for that item.)
    const agendaLine = agendaLineOf(item);
    let agendaTitle: string | undefined;
    for (let j = i - 1; j >= 0 && !agendaTitle; j--) agendaTitle = agendaLine.exec(blocks[j]!.text.trim())?.[1];
    const ownTitle = /\bin brief$/i.test(b.text.trim()) ? undefined : b.text.trim();
    const title = ownTitle ?? (agendaTitle ? withoutPresenter(agendaTitle, contact.label?.value) : b.text.trim());
    briefs.push({ at: i, title, item, until: end, brief: true });
  }
  return briefs;
}

/**
 * Board papers: a front sheet ("Purpose of report" as a heading, a bold label, "Purpose: …" inline or the
 * first row of a two-column table) under the paper's title, which is the nearest heading (or short line)
 * above it. An "Item 4" line just above the title says which agenda item the paper is.
 */
function findPapers(blocks: Block[], tables: Table[]): Paper[] {
  const starts: PaperStart[] = [];
  // A heading repeated on page after page ("Community Wellbeing Board") is a running header, not the
  // title of the paper under it.
  const seen = new Map<string, number>();
  for (const b of blocks) if (b.kind === "heading") seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
  const runningHeader = (c: Block) => c.kind === "heading" && (seen.get(c.text) ?? 0) >= 3;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!opensFrontSheet(b)) continue;
    // A bare "Purpose" (a terms of reference's first heading) opens a front sheet only when the sheet's
    // other labels follow it: a summary, recommendations, a contact.
    // (A table's rows between them, a budget and a register the paper reports, do not use up the reach;
    // a front sheet's own rows, "Recommendations | That the …", are its labels.)
    let frontSheetFollows = false;
    for (let j = i + 1, reach = 0; j < Math.min(blocks.length, i + 1 + FRONT_SHEET_SCAN) && reach < FRONT_SHEET_REACH && !frontSheetFollows; j++) {
      const c = blocks[j]!;
      if (c.kind !== "row") reach++;
      frontSheetFollows = !!c.label && ["summary", "recommendation", "contact", "action"].includes(labelField(c.label.name) ?? "");
    }
    if (/^purpose$/i.test(b.label!.name.trim()) && !frontSheetFollows) continue;
    // A front sheet laid out as a table starts where its table does; one label per paper is enough.
    if (b.kind === "row" && b.table !== undefined && tables[b.table]!.rows[0] !== i && tables[b.table]!.header !== b.cells) {
      const firstRow = tables[b.table]!.rows[0];
      if (firstRow !== undefined && firstRow < i && blocks.slice(firstRow, i).some(opensFrontSheet)) continue;
    }
    const from = b.kind === "row" && b.table !== undefined ? Math.min(i, ...tables[b.table]!.rows) : i;
    let found: { at: number; title: string } | undefined;
    /** The title's own line, when the paper starts with fields above it. */
    let titleAt: number | undefined;
    // (The body's name set over the meeting's date, "Community Swimming Pools Panel" as a bold line under the
    // paper's title, is the title only when nothing above it is.)
    let bodyName: { at: number; title: string } | undefined;
    // (A long run of the paper's details, ten fields or more, does not use up the reach.)
    for (let j = from - 1, seen = 0, details = 0; j >= 0 && j >= from - LABEL_LINES_REACH - details && seen < TITLE_REACH; j--) {
      const c = blocks[j]!;
      if (!found && !bodyName && c.kind !== "row" && BODY_NAME_LINE.test(c.text.trim())) {
        bodyName = { at: j, title: c.text };
        seen++;
        continue;
      }
      // (The paper's details between its title and its front sheet, "Meeting: …", "Report by: Jo Bloggs", are
      // passed over; a title with a colon, "LG Inform: Update and Future Plan", is not one of them.)
      if (c.kind !== "row" && c.label?.value && FRONT_SHEET_DETAIL.test(c.label.name)) {
        details++;
        continue;
      }
      // (A front sheet's rows of them above its purpose, "Report of | …", "Key decision | Yes", "Wards affected
      // | All", do not use up the reach for its title either.)
      // (Nor the reach: a notes app's page properties, a dozen rows of them, sit between title and purpose.)
      if (c.kind === "row" && (c.cells?.length ?? 0) === 2 && FRONT_SHEET_DETAIL.test((c.cells?.[0] ?? "").trim())) {
        details++;
        continue;
      }
      // (A field that gives the paper's title, "Report title: …", as a report system's form has it, is it.)
      // The paper starts with the fields above it ("Reference: …", "Meeting: …").
      // (It wins over a short field line taken for the title on the way up, "Report status: final".)
      if (c.kind !== "row" && c.label?.value && TITLE_FIELD.test(c.label.name.trim()) && (!found || blocks[found.at]!.kind !== "heading")) {
        let at = j;
        while (at > 0 && at > j - LABEL_LINES_REACH && blocks[at - 1]!.kind !== "row" && blocks[at - 1]!.label?.value) at--;
        found = { at, title: c.label.value };
        titleAt = j;
        break;
      }
      seen++;
      if (c.kind === "row" || (c.label && labelField(c.label.name)) || NOT_A_TITLE.test(c.text) || c.text.length > 160) continue;
      if (found && runningHeader(c)) break;
      if (c.kind === "heading" || (!found && !endsLikeSentence(c.text))) {
        found = { at: j, title: c.text };
        if (c.kind === "heading") break;
      }
    }
    found ??= bodyName;
    // (A front sheet laid out as a table with a row of its own for the title, "Title | Ground Safety
    // Programme …", names the paper there, not the running header or banner above the table.)
    const titleRow = b.kind === "row" && b.table !== undefined ? tables[b.table]!.rows.map((r) => blocks[r]!).find((r) => TITLE_FIELD.test((r.cells?.[0] ?? "").trim()) && (r.cells?.[1] ?? "").trim().length >= 8) : undefined;
    if (found && titleRow) found = { ...found, title: titleRow.cells![1]!.trim() };
    // ("1 Front sheet", "Summary": a section of the paper, not its title; the heading above it is.)
    if (found && GENERIC_SECTION.test(found.title)) {
      const above = blocks.slice(Math.max(0, found.at - 15), found.at).reverse().find((c) => c.kind === "heading" && (c.level ?? 3) < (blocks[found!.at]!.level ?? 3) && !GENERIC_SECTION.test(c.text) && !NOT_A_TITLE.test(c.text) && !runningHeader(c));
      if (above) found = { at: above.index, title: above.text };
    }
    if (!found || starts.some((s) => s.at === found!.at)) continue;
    // (The item line may be among the fields above the title: "Agenda item: 5", "Item: | 5".)
    const item = blocks
      .slice(Math.max(0, found.at - 4), titleAt ?? found.at)
      .map((c) => (ITEM_LINE.exec(c.text) ?? ITEM_ROW.exec(c.text))?.[1])
      .filter((x): x is string => !!x)
      .pop();
    // (Or on the document's cover, "Item 5" over the title, pages before the front sheet: the first paper's.)
    // (Or a front sheet's own row, "Agenda item | 5", or a running header that ends with it, "Panel – 16
    // January 2285 – Item 4".)
    const sheetItem = item || b.kind !== "row" || b.table === undefined ? undefined : tables[b.table]!.rows.map((r) => ITEM_ROW.exec(blocks[r]!.text)?.[1]).find((x): x is string => !!x);
    const coverItem = item || sheetItem || starts.length ? undefined : blocks.slice(0, COVER_BLOCKS).map((c) => (ITEM_LINE.exec(c.text) ?? ITEM_AT_END.exec(c.text))?.[1]).find((x): x is string => !!x);
    const itemOf = item ?? sheetItem ?? coverItem;
    starts.push({ ...found, ...(itemOf ? { item: itemOf } : {}) });
  }
  starts.push(...papersInBrief(blocks, starts, runningHeader));
  starts.sort((a, b) => a.at - b.at);
  const papers: Paper[] = [];
  starts.forEach((s, k) => {
    let end = Math.min(k + 1 < starts.length ? starts[k + 1]!.at : blocks.length, s.until ?? blocks.length);
    for (let j = s.at + 1; j < end; j++) if (RESTRICTED.test(blocks[j]!.text)) end = j;
    // The next paper's running header ("Item 3", its board and date: short lines) is not this paper's.
    if (k + 1 < starts.length) {
      const limit = end - 4;
      while (end - 1 > Math.max(s.at, limit) && blocks[end - 1]!.kind !== "row" && blocks[end - 1]!.text.length <= 80 && !endsLikeSentence(blocks[end - 1]!.text)) end--;
    }
    papers.push({ index: k, title: s.title, start: s.at, end, ...(s.item ? { item: s.item } : {}), ...(s.brief ? { brief: true } : {}) });
  });
  for (const p of papers) for (let j = p.start; j < p.end; j++) blocks[j]!.paper = p.index;
  return papers;
}

/** A heading's words without a wiki's "[edit]" link printed after them ("Apologies[edit]" is "Apologies"). */
export function headingWords(text: string): string {
  return text.replace(/\s*\[\s*(?:edit(?: source)?)?\s*\]$/i, "");
}

/**
 * Give every block the headings above it. Headings nest by level; a heading that directly follows a
 * top-level one ("ANNEX A" then "The role of principal advisers") completes its title.
 */
function assignHeadings(blocks: Block[]): void {
  let stack: { level: number; text: string }[] = [];
  let paper: number | undefined;
  let previous: Block | undefined;
  for (const b of blocks) {
    if (b.paper !== paper) {
      paper = b.paper;
      stack = [];
    }
    if (b.kind === "heading") {
      const level = b.level ?? 3;
      const top = stack[stack.length - 1];
      if (previous?.kind === "heading" && top && top.level === 1 && level > 1 && stack.length === 1 && !/:/.test(top.text)) {
        top.text = `${top.text}: ${b.text}`;
      } else {
        stack = stack.filter((h) => h.level < level);
        stack.push({ level, text: b.about ?? TAB_TITLE.exec(b.text.trim())?.[1] ?? headingWords(b.text) });
      }
      previous = b;
      continue;
    }
    previous = b;
    if (stack.length) {
      b.headings = stack.map((h) => h.text);
      b.heading = stack[stack.length - 1]!.text;
    }
  }
}

/** How many of a form's first labelled rows name it, and how long a value may be to do so. */
const FORM_NAMING_ROWS = 3;
const FORM_NAMING_VALUE = 60;
/** A form's field label: a few words, no figures ("Description of sample", "Certificate no."). */
const FORM_LABEL = /^[A-Z][A-Za-z .'’()/&-]{1,40}$/;

/**
 * Forms printed one after another under the same title (a laboratory's certificates, "CERTIFICATE OF
 * ANALYSIS" over each; a set of application forms): a row of one ("Ochratoxin A | 8.2 | µg/kg") is found
 * only by the words of its own form, which its title does not give. Each form's title is named, in the
 * heading paths of what it holds, by the values of its first labelled rows ("Chilli powder, in 10 kg
 * sacks; AR/68/2295; Quayhurst Haven Port Health Authority"), as a reader tells the forms apart. (The
 * heading's own line is unchanged; a title that repeats over no labelled rows is left as it is.)
 */
function nameRepeatedForms(blocks: Block[]): void {
  // Each stretch under one outermost heading, in order: a new one wherever that heading's line opens again.
  const stretches: { title: string; from: number; to: number }[] = [];
  let opened = false;
  blocks.forEach((b, i) => {
    if (b.kind === "heading") {
      opened ||= stretches.some((st) => st.title === headingWords(b.text) || st.title.startsWith(`${headingWords(b.text)}: `));
      return;
    }
    const title = b.headings?.[0];
    if (!title) return;
    const last = stretches[stretches.length - 1];
    if (last && last.title === title && !opened) last.to = i;
    else stretches.push({ title, from: i, to: i });
    opened = false;
  });
  // A form's first fields, label and value ("Description of sample | Chilli powder, …").
  const fields = (st: (typeof stretches)[number]) =>
    blocks
      .slice(st.from, st.to + 1)
      .filter((b) => b.kind === "row" && (b.cells?.length ?? 0) >= 2 && FORM_LABEL.test(b.cells![0]!.trim()))
      .slice(0, FORM_NAMING_ROWS)
      .map((b) => ({ label: b.cells![0]!.trim(), value: b.cells![1]!.trim() }));
  for (const title of new Set(stretches.map((st) => st.title))) {
    // (With a form whose title says more, "AMENDED CERTIFICATE OF ANALYSIS", among those of the plain title.)
    const forms = stretches.filter((st) => st.title === title || (st.title.endsWith(title) && st.title.length > title.length));
    if (forms.filter((st) => st.title === title).length < 2) continue;
    // (Forms, not sections that share a title: each opens with the same fields.)
    const filled = forms.map(fields);
    const labels = (f: { label: string }[]) => f.map((x) => x.label).join("|");
    if (filled.some((f) => f.length < 2 || labels(f) !== labels(filled[0]!))) continue;
    forms.forEach((st, k) => {
      // (A long value by its first part: "Groundnuts (peanuts)" of "Groundnuts (peanuts), shelled, to be …".)
      const values = filled[k]!.map(({ value }) => (value.length <= FORM_NAMING_VALUE ? value : value.split(/,\s/)[0]!)).filter((v) => v && v.length <= FORM_NAMING_VALUE);
      const named = `${st.title} (${values.join("; ")})`;
      for (const b of blocks.slice(st.from, st.to + 1)) {
        if (!b.headings || b.headings[0] !== st.title) continue;
        b.headings = [named, ...b.headings.slice(1)];
        if (b.headings.length === 1) b.heading = named;
      }
    });
  }
}

/** The header lines an email opens with ("From:", "To:", "Sent:", "Subject:"). */
const EMAIL_HEADER = /^(?:from|to|cc|bcc|sent|date|subject)$/i;

/**
 * An email saved as a document (a note of a meeting sent round): its subject and the line saying when it
 * was sent, which is not the day of anything it reports.
 */
export function emailHeader(doc: StructuredDoc): { subject?: string; sent?: Block } | undefined {
  if (!/^from$/i.test(doc.blocks[0]?.label?.name ?? "")) return undefined;
  const header = doc.blocks.slice(0, 8).filter((b) => b.label && EMAIL_HEADER.test(b.label.name));
  if (header.length < 3) return undefined;
  const subject = header.find((b) => /^subject$/i.test(b.label!.name))?.label?.value?.replace(/^(?:re|fwd?|fw):\s*/i, "");
  const sent = header.find((b) => /^(?:sent|date)$/i.test(b.label!.name));
  return { ...(subject ? { subject } : {}), ...(sent ? { sent } : {}) };
}
