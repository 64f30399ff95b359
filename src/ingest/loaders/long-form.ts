/**
 * A BI tool's table in long form (Tableau's "Download > Crosstab" with "Measure Names" on rows, a query's
 * unpivoted "Attribute | Value" output): each item is a run of rows, its own fields repeated on every one,
 * one row per measure ("Target", "Actual", "Status", "Commentary"), the measure's name in a column of its
 * own. Read as the one row per item the view shows: a column per measure (and per period, where the
 * values are set out by period: "Q2 2361/62 Status"), so that an item's status is a cell of its row.
 */

/** An item has at most this many measures (more is a list, not a set of measures). */
const MAX_MEASURES = 8;

/** Long-form tables of TAB-separated rows widened to a row per item; other text as it is. */
export function longFormWidened(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.includes("\t")) {
      out.push(lines[i++]!);
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.includes("\t")) end++;
    const block = lines.slice(i, end);
    out.push(...(widened(block) ?? block));
    i = end;
  }
  return out.join("\n");
}

function widened(block: string[]): string[] | undefined {
  const header = block[0]!.split("\t").map((c) => c.trim());
  const width = header.length;
  const rows = block.slice(1).map((l) => {
    const cells = l.split("\t").map((c) => c.trim());
    while (cells.length < width) cells.push("");
    return cells;
  });
  if (width < 3 || rows.length < 4 || rows.some((r) => r.length > width)) return undefined;
  for (let k = 1; k < width - 1; k++) {
    const runs = runsOfItems(rows, k);
    if (!runs) continue;
    const names = runs[0]!.map((r) => r[k]!);
    const values = header.slice(k + 1);
    const head = [...header.slice(0, k), ...values.flatMap((v) => names.map((n) => (values.length === 1 ? n : `${v} ${n}`)))];
    return [head.join("\t"), ...runs.map((run) => [...run[0]!.slice(0, k), ...values.flatMap((_, v) => run.map((r) => r[k + 1 + v]!))].join("\t"))];
  }
  return undefined;
}

/** The rows as runs of one item (the same fields before column k), each naming the same measures in column k in the same order. */
function runsOfItems(rows: string[][], k: number): string[][][] | undefined {
  const runs: string[][][] = [];
  const itemOf = (r: string[]) => r.slice(0, k).join("\t");
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && itemOf(last[0]!) === itemOf(r)) last.push(r);
    else runs.push([r]);
  }
  if (runs.length < 2) return undefined;
  const names = runs[0]!.map((r) => r[k]!);
  if (names.length < 2 || names.length > MAX_MEASURES || new Set(names).size !== names.length) return undefined;
  // (Measures are named in words: a column of periods, "2086/87 Q1", "2086/87 Q2", is a row per period, read as it is.)
  if (names.some((n) => !/\p{L}/u.test(n) || /\d/.test(n))) return undefined;
  if (!itemOf(runs[0]![0]!).replace(/\t/g, "").trim()) return undefined;
  const same = runs.every((run) => run.length === names.length && run.every((r, j) => r[k] === names[j]));
  if (!same) return undefined;
  // (Measures of different kinds, figures beside words, "Actual" beside "Status": not places or people
  // whose rows all hold the same kind of figure, "Gull Point", "Carn Head" under a period.)
  const values = (j: number) => runs.flatMap((run) => run[j]!.slice(k + 1)).filter(Boolean);
  const numeric = (v: string) => /^[£$€]?-?[\d,.]+%?$/.test(v);
  const kinds = names.map((_, j) => {
    const v = values(j);
    return v.length && v.filter(numeric).length >= v.length * 0.8 ? "figures" : v.length && !v.some(numeric) ? "words" : "mixed";
  });
  return kinds.includes("figures") && kinds.includes("words") ? runs : undefined;
}
