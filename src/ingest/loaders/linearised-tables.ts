/**
 * A table set out as a list, as an accessible-formats transcription (large print, a screen-reader version)
 * writes it: each row a numbered entry ("Entry 2 of 6", "Row 3") over one "Label: value" line per column.
 * Read line by line, each "Score: 77" looks like a heading of its own and the entry falls apart; a reader
 * reads the entry as one record. So each entry becomes one paragraph, its lines joined by " · ": "Entry 4 of 6
 * · Council: Thurlbeck Borough Council · … · Score: 72". Its words stay in the order of the file.
 */

import type { PageSpan } from "./types.js";
import { mapPages } from "./paged.js";

/** An entry's number line: "Entry 2 of 6", "Row 3", "Record 1 of 12". */
const ENTRY_LINE = /^(entry|row|record)\s+\d{1,3}(?:\s+of\s+\d{1,3})?[.:]?$/i;
/** A column's line: a short label, a colon, its value ("Amount asked for: £64,000"). */
const LABEL_LINE = /^([A-Z][\p{L}'’()/&,\- ]{0,40}?):\s+\S/u;
const MAX_LABEL_WORDS = 6;
/** What joins an entry's lines. */
export const ENTRY_LINE_JOINER = " · ";

const labelOf = (line: string) => {
  const m = LABEL_LINE.exec(line.trim());
  return m && m[1]!.split(/\s+/).length <= MAX_LABEL_WORDS ? m[1]!.toLowerCase() : undefined;
};

/** The "Label: value" lines from `from` on (blank lines passed over), up to the first line that is not one. */
function labelledLinesAfter(lines: string[], from: number): number[] {
  const taken: number[] = [];
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!.replace(/\f/g, "").trim();
    if (!line) continue;
    if (!labelOf(line)) break;
    taken.push(j);
  }
  return taken;
}

/** How many entries have each label (lower case). */
function entryLabelCounts(lines: string[], entries: { lines: number[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) for (const l of new Set(e.lines.map((k) => labelOf(lines[k]!)!))) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

/** Whether entries make a table set out as a list: two or more, one at least of two labelled lines. */
const listsATable = (entries: { lines: number[] }[]) => entries.filter((e) => e.lines.length).length >= 2 && entries.some((e) => e.lines.length >= 2);

/**
 * The text with each run of two or more numbered entries of labelled lines read as one paragraph an entry.
 * `continuing`: the text is a page whose entry began on the page before, so its opening labelled lines are
 * that entry's (a paragraph of their own). `countsOf(n)`: the label counts of the table of the text's n-th
 * entry line (-1 for the entry going on from the page before). Says whether the text ends inside an entry,
 * and how many entry lines it has.
 */
export function entriesAsParagraphs(
  text: string,
  continuing = false,
  countsOf?: (n: number) => Map<string, number> | undefined,
): { text: string; endsInEntry: boolean; numbered: number } {
  const lines = text.split("\n");
  type Entry = { at?: number; ordinal: number; lines: number[] };
  const entries: Entry[] = [];
  if (continuing) entries.push({ ordinal: -1, lines: labelledLinesAfter(lines, 0) });
  let ordinal = 0;
  for (let i = 0; i < lines.length; i++) if (ENTRY_LINE.test(lines[i]!.trim())) entries.push({ at: i, ordinal: ordinal++, lines: labelledLinesAfter(lines, i + 1) });
  const read = entries.filter((e) => e.lines.length);
  if (!read.length || (!countsOf && !listsATable(read))) return { text, endsInEntry: false, numbered: ordinal };
  // (A line after the last entry, "Total: 100 points.", is the table's total, not the entry's column: a label
  // the other entries of its table do not have ends the last one.)
  const own = entryLabelCounts(lines, read);
  for (const e of read) {
    const counts = countsOf ? countsOf(e.ordinal) : own;
    while (counts && e.lines.length > 1 && (counts.get(labelOf(lines[e.lines[e.lines.length - 1]!]!)!) ?? 0) < 2) e.lines.pop();
  }
  const out: string[] = [];
  let next = 0;
  for (const e of read) {
    const first = e.at ?? e.lines[0]!;
    if (first < next) continue;
    out.push(...lines.slice(next, first));
    out.push([...(e.at !== undefined ? [lines[e.at]!.trim()] : []), ...e.lines.map((k) => lines[k]!.trim())].join(ENTRY_LINE_JOINER));
    next = e.lines[e.lines.length - 1]! + 1;
  }
  out.push(...lines.slice(next));
  const last = read[read.length - 1]!;
  const endsInEntry = lines.slice(last.lines[last.lines.length - 1]! + 1).every((l) => !l.trim());
  return { text: out.join("\n"), endsInEntry, numbered: ordinal };
}

/**
 * `entriesAsParagraphs` page by page, an entry cut by a page break read on as it goes on the next page; the
 * labels an entry's table shares counted over the whole document (a table: entries numbered on from 1).
 */
export function pagedEntriesAsParagraphs(text: string, pages: PageSpan[] | undefined): { text: string; pages?: PageSpan[] } {
  if (!pages?.length) return { text: entriesAsParagraphs(text).text };
  const lines = text.split("\n");
  const runs: { lines: number[] }[][] = [];
  const runOf: number[] = [];
  let lastNumber = Infinity;
  for (let i = 0; i < lines.length; i++) {
    const entry = lines[i]!.replace(/\f/g, "").trim();
    if (!ENTRY_LINE.test(entry)) continue;
    const number = Number(/\d+/.exec(entry)![0]);
    if (number <= lastNumber) runs.push([]);
    lastNumber = number;
    runs[runs.length - 1]!.push({ lines: labelledLinesAfter(lines, i + 1) });
    runOf.push(runs.length - 1);
  }
  if (!listsATable(runs.flat())) return { text, pages };
  const runCounts = runs.map((run) => (run.length >= 2 ? entryLabelCounts(lines.map((l) => l.replace(/\f/g, "")), run) : undefined));
  let continuing = false;
  let seen = 0;
  return mapPages(text, pages, (page) => {
    const read = entriesAsParagraphs(page, continuing, (n) => {
      const run = runOf[seen + n];
      return run === undefined ? undefined : runCounts[run];
    });
    seen += read.numbered;
    continuing = read.endsInEntry;
    return read.text;
  });
}
