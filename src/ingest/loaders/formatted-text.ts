/**
 * A spreadsheet saved as Excel's "Formatted Text (Space delimited)" (.prn) writes at most 240 characters a
 * line: the columns that do not fit are written as a second block after the first, one line per sheet row
 * in the same order (blank lines for rows with nothing in them). A row's commentary is tied to it only by
 * position, so the two blocks are put back side by side.
 */

/** Excel's widest line in Formatted Text. */
const FORMATTED_TEXT_WIDTH = 240;

/** Does a line hold two or more cells set apart by a gap of two spaces or more. */
const hasCells = (line: string) => /\S {2,}\S/.test(line.trim());

/**
 * The text with its second block beside the first, or the text as it was. The file must split into two
 * halves of as many lines each, where every line of the second half with text stands beside a line of the
 * first with text, the second half is blank beside some of the first's lines (titles, headings), at least
 * three lines of the first are table rows, and the two halves side by side would be wider than Excel writes.
 */
export function overflowColumnsBeside(text: string): string {
  const lines = text.replace(/\n$/, "").split("\n");
  if (lines.length < 8 || lines.length % 2) return text;
  const half = lines.length / 2;
  const first = lines.slice(0, half);
  const second = lines.slice(half);
  const widest = (block: string[]) => Math.max(...block.map((l) => l.trimEnd().length));
  if (widest(first) > FORMATTED_TEXT_WIDTH || widest(second) > FORMATTED_TEXT_WIDTH) return text;
  if (widest(first) + widest(second) <= FORMATTED_TEXT_WIDTH) return text;
  const paired = second.filter((l, k) => l.trim() && first[k]!.trim()).length;
  const stray = second.filter((l, k) => l.trim() && !first[k]!.trim()).length;
  const besideNothing = first.filter((l, k) => l.trim() && !second[k]!.trim()).length;
  const rows = first.filter((l, k) => hasCells(l) && second[k]!.trim()).length;
  if (stray || paired < 3 || !besideNothing || rows < 3) return text;
  const width = widest(first) + 2;
  const joined = first.map((l, k) => (second[k]!.trim() ? `${l.trimEnd().padEnd(width)}${second[k]!.trimEnd()}` : l));
  return `${joined.join("\n")}\n`;
}
