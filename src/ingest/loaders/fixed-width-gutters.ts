/**
 * Columns of a fixed-width table found by its gutters: the character positions left blank down the table.
 * Finding columns by where cells start fails when cells are aligned right (figures) or centred (ratings),
 * as spreadsheet exports set them ("Formatted Text", report writers): every row starts a figure somewhere
 * else. What such a table keeps is the blank between its columns.
 */

/** A gutter: the blank positions from `from` to `to` (inclusive); the column after it starts at `to + 1`. */
export interface Gutter {
  from: number;
  to: number;
}

/** Is position p blank in the line: a space, or past its end. */
const blankAt = (line: string, p: number) => p >= line.length || line[p] === " ";

/** The length of the blank run of a line that holds position p (0 when p is not blank). */
function blankRunAt(line: string, p: number): number {
  if (!blankAt(line, p)) return 0;
  if (p >= line.trimEnd().length) return Infinity;
  let a = p;
  let b = p;
  while (a > 0 && line[a - 1] === " ") a--;
  while (b + 1 < line.length && line[b + 1] === " ") b++;
  return a === 0 ? Infinity : b - a + 1;
}

/**
 * The gutters of a run of table lines, or undefined when it has fewer than two columns. A position is in a
 * gutter when it is blank on every line but a few (a cell too wide for its column touches the next one,
 * "9 of 9Complete") and, on at least half the lines, inside a gap of two or more spaces (or past the line's
 * end): the single space between words that happen to line up down a short column is not a gutter, and a
 * header's "Spent Forecast" over figures set apart by one space still is.
 */
export function gutterColumns(run: string[]): Gutter[] | undefined {
  if (run.length < 3) return undefined;
  // (A spreadsheet shows a figure too wide for its column as hashes across the whole column, "##########",
  // touching its neighbours: for finding the columns they are blank.)
  const lines = run.map((l) => l.replace(/#{3,}/g, (hashes) => " ".repeat(hashes.length)).trimEnd());
  const width = Math.max(...lines.map((l) => l.length));
  const indent = Math.min(...lines.map((l) => l.search(/\S/)).filter((i) => i >= 0));
  const allowedTouching = Math.floor(lines.length / 6);
  const open: boolean[] = [];
  for (let p = indent; p < width; p++) {
    const blank = lines.filter((l) => blankAt(l, p)).length;
    const wide = lines.filter((l) => blankRunAt(l, p) >= 2).length;
    open[p] = blank >= lines.length - allowedTouching && wide * 2 >= lines.length;
  }
  const gutters: Gutter[] = [];
  for (let p = indent; p < width; p++) {
    if (!open[p]) continue;
    const from = p;
    while (p + 1 < width && open[p + 1]) p++;
    gutters.push({ from, to: p });
  }
  // (Each column holds text on half the lines or more: past the ragged ends of a column of words, the few
  // long lines' last words are not a column of their own.)
  const kept = gutters.filter((g, k) => {
    const end = gutters[k + 1]?.from ?? width;
    return lines.filter((l) => l.slice(g.to + 1, end).trim()).length * 2 >= lines.length;
  });
  return kept.length ? kept : undefined;
}

/**
 * Where a line's cell before a gutter ends. A line blank somewhere in the gutter is cut at its widest blank
 * there (the leftmost of equals: a cell wider than its column spills back into the gutter, "areas 10 or
 * fewer", "Q1 Q1 RAG"); a line with no blank in it, two cells touching,
 * is cut where the gutter begins (figures are set right and never run on past their column; a rating set in
 * the middle of its column spills back).
 */
export function cutAt(line: string, gutter: Gutter): number {
  let best = -1;
  let bestRun = 0;
  for (let p = gutter.from; p <= gutter.to; p++) {
    const run = blankRunAt(line, p);
    if (run > bestRun) {
      best = p;
      bestRun = run;
    }
  }
  return best >= 0 ? best : gutter.from;
}

/** A line's cells by the gutters: its text before the first gutter, then between each and the next. */
export function cellsByGutters(line: string, gutters: Gutter[]): string[] {
  const cuts = gutters.map((g) => cutAt(line, g));
  return [0, ...cuts].map((from, k) => line.slice(from, cuts[k] ?? undefined).trim());
}
