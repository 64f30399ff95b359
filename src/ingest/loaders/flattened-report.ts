import { parseCsv } from "./csv.js";

/**
 * A report writer's export to CSV in "standard" mode (Crystal Reports, and report designers like it) has no
 * header row: the report is flattened so that every line is one detail record carrying every section's
 * objects in section order: the report header's text, the page header's ("Printed:", "Page 1 of 3") with
 * the column headings as values ("Ref", "Work", … "Lead"), the group header ("Council:", the council), the
 * record itself, the group footer's summaries and the report footer's totals, the same on every line.
 *
 * Read as its printed report shows it: the constant text once, as lines; the records as a table under the
 * column headings, each row led by its group's value ("Council"); the report's totals once, as lines. A
 * group footer's summaries (they change with the group, not the record) and the page a record fell on are
 * left out: the rows say what they count. Each row keeps the file's order of its cells, so a quote of it
 * is a run of the file's words.
 */

/** A column heading: a short label, not a sentence, a figure or a "Label:" of its own. */
const HEADING = /^(?=.*\p{L})[^:\n]{1,30}$/u;
/** A page header's page count ("Page 1 of 3"), which says where a record was printed, not what it is. */
const PAGE_COUNT = /^(?:page\s+)?\d+\s+(?:of|\/)\s+\d+$/i;
/** Fewest column headings for a run of constant fields to be read as them. */
const MIN_HEADINGS = 3;

export interface FlattenedReport {
  /** The report's own lines: its title, selection, key, when printed. */
  before: string[];
  header: string[];
  rows: string[][];
  /** The report footer's totals and the like, the same on every record. */
  after: string[];
}

/**
 * The report a flattened export holds, or undefined if the records are not one (a CSV with a header row, or
 * records of different widths).
 */
export function readFlattenedReport(records: string[][]): FlattenedReport | undefined {
  const filled = records.filter((r) => r.some((f) => f.trim()));
  if (filled.length < 3) return undefined;
  const width = filled[0]!.length;
  if (width < 2 * MIN_HEADINGS + 2 || filled.some((r) => r.length !== width)) return undefined;
  const value = (r: string[], k: number) => (r[k] ?? "").replace(/\s*\n\s*/g, " ").trim();
  const constant = Array.from({ length: width }, (_, k) => filled.every((r) => value(r, k) === value(filled[0]!, k)));
  const first = filled[0]!;

  // The column headings: the longest run of constant short labels.
  let start = -1;
  let length = 0;
  for (let k = 0; k < width; ) {
    let end = k;
    while (end < width && constant[end] && HEADING.test(value(first, end))) end++;
    if (end - k > length) [start, length] = [k, end - k];
    k = Math.max(end, k + 1);
  }
  if (length < MIN_HEADINGS) return undefined;

  // The group headers after them, "Council:" over its value, then the record's fields, one per heading.
  const groups: Array<{ label: string; at: number }> = [];
  let at = start + length;
  while (at + 1 < width && constant[at] && /:$/.test(value(first, at)) && !constant[at + 1]) {
    groups.push({ label: value(first, at).replace(/\s*:$/, ""), at: at + 1 });
    at += 2;
  }
  const fields = Array.from({ length }, (_, i) => at + i);
  if (fields[fields.length - 1]! >= width) return undefined;
  // (A record's fields change from record to record: most of them are not the same on every line.)
  if (fields.filter((k) => !constant[k]).length * 2 < length) return undefined;

  const header = [...groups.map((g) => g.label), ...Array.from({ length }, (_, i) => value(first, start + i))];
  const rows = filled.map((r) => [...groups.map((g) => value(r, g.at)), ...fields.map((k) => value(r, k))]);
  return { before: constantLines(first, constant, 0, start, value), header, rows, after: constantLines(first, constant, at + length, width, value) };
}

/** The constant fields of columns from..to as lines of text: a "Label:" with the constant value after it as one. */
function constantLines(first: string[], constant: boolean[], from: number, to: number, value: (r: string[], k: number) => string): string[] {
  const lines: string[] = [];
  for (let k = from; k < to; k++) {
    const text = value(first, k);
    if (!text || PAGE_COUNT.test(text)) continue;
    if (/:$/.test(text)) {
      // (A label whose value changes with the record is a group footer's summary, left out with its value.)
      if (k + 1 < to && !constant[k + 1]) {
        k++;
        continue;
      }
      if (k + 1 < to && constant[k + 1] && value(first, k + 1) && !/:$/.test(value(first, k + 1))) {
        lines.push(`${text} ${value(first, k + 1)}`);
        k++;
        continue;
      }
    }
    if (constant[k]) lines.push(text);
  }
  return lines;
}

/**
 * A flattened report's text, as loaded: the report's lines, its records as TAB-separated rows under their
 * headings, its totals; and the file's words record by record for the verbatim check, since a row of the
 * table is a run of the file's words but two rows together are not (a record's whole report lies between).
 */
export function flattenedReportText(text: string): { text: string; verbatimText: string } | undefined {
  if (!text.includes(",")) return undefined;
  const records = parseCsv(text);
  const report = readFlattenedReport(records);
  if (!report) return undefined;
  const lines = [...report.before, "", ...[report.header, ...report.rows].map((r) => r.join("\t")), "", ...report.after];
  const verbatimText = records.map((r) => r.map((f) => f.trim()).filter(Boolean).join(" | ")).join("\n");
  return { text: `${lines.join("\n")}\n`, verbatimText };
}
