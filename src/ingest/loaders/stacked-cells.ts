/**
 * A table written one cell a line, as a slide deck downloaded as plain text (or a table copied out of a
 * page) leaves it: the header's cells a line each, then each row's cells a line each, with nothing marking
 * where a row ends. Read line by line, "115" and "14,030" are paragraphs of their own and no row holds
 * Ebberston's figures. Where the lines fall into a header of short labels followed by two rows or more of
 * the same width, each opening with a name and going on with figures only, each row is set on one line with
 * its cells apart by tabs (the header too). The words and their order stay the file's. So is a table of
 * words whose header names its columns, when its lines to the next blank line are whole rows.
 */
import { columnRole } from "../vocabulary.js";

/** A figure cell: "115", "14,030", "96%", "£21,615", "(140)", "-3.5", "n/a", a dash. */
const FIGURE = /^(?:\(?[£$€]?\(?[-−+]?\d[\d,]*(?:\.\d+)?\)?\s?(?:%|k|m|bn|pp)?|n\/a|[-–—])$/i;
/** A header's cell or a row's name: short, not a figure, not a sentence, not a numbered item. */
const isShortLabel = (line: string) => line.length <= 40 && line.split(/\s+/).length <= 6 && !FIGURE.test(line) && !/[.:;!?]$/.test(line) && !/^\(?\d{1,2}[.)]\s/.test(line);

const MIN_COLUMNS = 3;
const MAX_COLUMNS = 8;
const MIN_ROWS = 2;

/**
 * The rows a header of `width` lines at `start` carries, within lines before `end` (the next blank line):
 * how many groups of a name and figures follow it.
 */
function rowsAfter(lines: string[], start: number, width: number, end: number): number {
  if (start + width * (MIN_ROWS + 1) > end) return 0;
  for (let k = start; k < start + width; k++) if (!isShortLabel(lines[k]!)) return 0;
  let rows = 0;
  for (let at = start + width; at + width <= end; at += width) {
    if (!isShortLabel(lines[at]!) || !lines.slice(at + 1, at + width).every((c) => FIGURE.test(c))) break;
    rows++;
  }
  return rows;
}

/** A column's name as a header writes it: a word or three ("Ref", "Due date"), not a person or a note. */
const COLUMN_NAME = /^(?!(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Professor)\b)[A-Z][A-Za-z'’&/-]*(?: [A-Za-z'’&/-]+){0,2}$/;

/**
 * The rows of words under a header at `start`, when the run of lines to the next blank line (`end`) is the
 * header and whole rows of its width, two at least: a table of words ("Cllr A | Rookmoor | Chair | In the
 * room") downloaded as text (Google Docs' "Plain text"). The header is the column names opening the run
 * (its width so known, not guessed from the run's length): each a word or three, the first and all but one
 * of them names tables give columns ("Ref", "Owner", "Council"), each naming a different column (nine
 * councils' names a line each are no header: a title over the table, "Attendance", is none either).
 */
function wordRowsAfter(lines: string[], start: number, width: number, end: number): number {
  let names = 0;
  while (start + names < end && names <= MAX_COLUMNS && COLUMN_NAME.test(lines[start + names]!)) names++;
  if (names !== width) return 0;
  const header = lines.slice(start, start + width);
  const roles = header.map((h) => columnRole(h));
  const roled = roles.filter((r) => r !== undefined);
  if (!roles[0] || roled.length < Math.max(2, width - 1) || new Set(roled).size < roled.length) return 0;
  if ((end - start) % width !== 0 || (end - start) / width - 1 < MIN_ROWS) return 0;
  // (Lines already set out as rows, a tab between cells, are not cells a line; nor are long paragraphs.)
  for (let k = start + width; k < end; k++) if (lines[k]!.includes("\t") || lines[k]!.length > 200) return 0;
  return (end - start) / width - 1;
}

/** The text with each table written one cell a line set out a row a line, cells apart by tabs. */
export function stackedCellsToRows(text: string): string {
  const lines = text.split("\n");
  const trimmed = lines.map((l) => l.trim());
  const out: string[] = [];
  // (A blank line ends a table: where the run of non-blank lines each line is in ends.)
  let runEnd = 0;
  let i = 0;
  while (i < lines.length) {
    if (i >= runEnd) for (runEnd = i + 1; runEnd < trimmed.length && trimmed[runEnd]; ) runEnd++;
    let best: { width: number; rows: number } | undefined;
    if (trimmed[i] && isShortLabel(trimmed[i]!)) {
      // (Rows of a name and figures first; a table of words only where no such reading starts here.)
      for (const rowsOf of [rowsAfter, wordRowsAfter]) {
        for (let width = MIN_COLUMNS; width <= MAX_COLUMNS; width++) {
          const rows = rowsOf(trimmed, i, width, runEnd);
          if (rows >= MIN_ROWS && (!best || rows * width > best.rows * best.width)) best = { width, rows };
        }
        if (best) break;
      }
    }
    if (!best) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    for (let r = 0; r <= best.rows; r++) out.push(trimmed.slice(i + r * best.width, i + (r + 1) * best.width).join("\t"));
    i += (best.rows + 1) * best.width;
  }
  return out.join("\n");
}
