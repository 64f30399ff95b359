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

/**
 * The text with each run of two or more numbered entries of labelled lines read as one paragraph an entry.
 * `continuing`: the text is a page whose entry began on the page before, so its opening labelled lines are
 * that entry's (a paragraph of their own). Says whether the text ends inside an entry.
 */
export function entriesAsParagraphs(
  text: string,
  continuing = false,
  countsOf?: (numbered: number) => Map<string, number> | undefined,
): { text: string; endsInEntry: boolean; numbered: number } {
  const lines = text.split("\n");
  type Entry = { at?: number; lines: number[] };
  const entries: Entry[] = [];
  const labelledFrom = (from: number) => {
    const taken: number[] = [];
    for (let j = from; j < lines.length; j++) {
      const line = lines[j]!.trim();
      if (!line) continue;
      if (!labelOf(line)) break;
      taken.push(j);
    }
    return taken;
  };
  if (continuing) {
    const taken = labelledFrom(0);
    if (taken.length) entries.push({ lines: taken });
  }
  for (let i = 0; i < lines.length; i++) {
    if (!ENTRY_LINE.test(lines[i]!.trim())) continue;
    const taken = labelledFrom(i + 1);
    if (taken.length) entries.push({ at: i, lines: taken });
  }
  const numbered = entries.filter((e) => e.at !== undefined);
  if (!continuing && (numbered.length < 2 || !numbered.some((e) => e.lines.length >= 2)) && !countsOf) return { text, endsInEntry: false, numbered: 0 };
  // (A line after the last entry, "Total: 100 points.", is the table's total, not the entry's column: a label
  // the other entries do not have ends the last one.)
  // (Counted over the entries of the same table: those numbered on from one numbered 1.)
  const own = entryLabelCounts(lines, entries);
  let k = -1;
  for (const e of entries) {
    if (e.at !== undefined) k++;
    const counts = countsOf ? countsOf(Math.max(k, 0) + (e.at === undefined ? -1 : 0)) : entries.length >= 2 ? own : undefined;
    if (!counts) continue;
    while (e.lines.length > 1 && (counts.get(labelOf(lines[e.lines[e.lines.length - 1]!]!)!) ?? 0) < 2) e.lines.pop();
  }
  if (countsOf && !entries.length) return { text, endsInEntry: false, numbered: 0 };
  const out: string[] = [];
  let next = 0;
  for (const e of entries) {
    const first = e.at ?? e.lines[0]!;
    if (first < next) continue;
    out.push(...lines.slice(next, first));
    out.push([...(e.at !== undefined ? [lines[e.at]!.trim()] : []), ...e.lines.map((k) => lines[k]!.trim())].join(ENTRY_LINE_JOINER));
    next = e.lines[e.lines.length - 1]! + 1;
  }
  out.push(...lines.slice(next));
  const last = entries[entries.length - 1];
  const endsInEntry = !!last && lines.slice(last.lines[last.lines.length - 1]! + 1).every((l) => !l.trim());
  return { text: out.join("\n"), endsInEntry, numbered: numbered.length };
}

/** How many entries have each label (lower case). */
function entryLabelCounts(lines: string[], entries: { lines: number[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) for (const l of new Set(e.lines.map((k) => labelOf(lines[k]!)!))) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

/**
 * `entriesAsParagraphs` page by page, an entry cut by a page break read on as it goes on the next page; the
 * labels the entries share counted over the whole document.
 */
export function pagedEntriesAsParagraphs(text: string, pages: PageSpan[] | undefined): { text: string; pages?: PageSpan[] } {
  if (!pages?.length) return { text: entriesAsParagraphs(text).text };
  // The document's numbered entries in order, each with the label counts of its table (a run numbered on
  // from 1).
  const lines = text.split("\n").map((l) => l.replace(/\f/g, ""));
  const runs: { lines: number[] }[][] = [];
  const runOf: number[] = [];
  let lastNumber = Infinity;
  for (let i = 0; i < lines.length; i++) {
    const m = ENTRY_LINE.exec(lines[i]!.trim());
    if (!m) continue;
    const taken: number[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!.trim();
      if (!line) continue;
      if (!labelOf(line)) break;
      taken.push(j);
    }
    const number = Number(/\d+/.exec(lines[i]!)![0]);
    if (number <= lastNumber || !runs.length) runs.push([]);
    lastNumber = number;
    runs[runs.length - 1]!.push({ lines: taken });
    runOf.push(runs.length - 1);
  }
  const runCounts = runs.map((run) => (run.length >= 2 ? entryLabelCounts(lines, run) : undefined));
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
