/**
 * A chart drawn before the table of its figures, as a survey tool's summary or a report exported with its
 * charts prints one: the chart's words (its bars' labels, its legend, the ticks of its axis, "0% 10% …
 * 100%") come out of the PDF as lines of their own, each label printed again by the table under it. As
 * lines they read like headings of nothing, and the axis like a table's title. The axis, and the lines
 * just above it that the table repeats, are dropped: the table says them all.
 */

/**
 * An axis's tick labels: four or more figures on one line of text (not a table's row), evenly spaced from
 * nought ("0% 10% 20% … 100%", "0 1 2 3 4 5"). (Not a header of years, "2021 2022 2023 2024", nor a
 * calendar's days, "1 2 3 4 5 6 7".)
 */
function isAxis(line: string): boolean {
  if (line.includes("\t")) return false;
  const ticks = line.trim().split(/ +/);
  if (ticks.length < 4 || !ticks.every((t) => /^-?\d+(?:\.\d+)?%?$/.test(t))) return false;
  if (new Set(ticks.map((t) => t.endsWith("%"))).size > 1) return false;
  const values = ticks.map((t) => Number(t.replace(/%$/, "")));
  const step = values[1]! - values[0]!;
  return values[0] === 0 && step > 0 && values.every((v, k) => k === 0 || Math.abs(v - values[k - 1]! - step) < 1e-9);
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}£$€][\p{L}\p{N}'’.,£$€-]*/gu)?.map((w) => w.replace(/[.,]+$/, "")) ?? [];

/** A chart's bar label or legend: a short line of its own, not a table's row; its value at the bar's end aside ("Stile repairs 3.45"). */
const LABEL_LINE = /^[^\t]{1,80}$/;
/** How far on the table that repeats a chart's labels is looked for. */
const TABLE_REACH = 60;

/** One page's text without the charts' axes and the labels their tables repeat. */
export function withoutChartLabels(page: string): string {
  const lines = page.split("\n");
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!isAxis(lines[i]!)) continue;
    const after = new Set(wordsOf(lines.slice(i + 1, i + 1 + TABLE_REACH).join(" ")));
    const labels: number[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const line = lines[j]!.trim();
      if (!line) continue;
      if (!LABEL_LINE.test(line)) break;
      const words = wordsOf(line.replace(/\s+-?\d+(?:\.\d+)?%?$/, ""));
      if (!words.length || !words.every((w) => after.has(w))) break;
      labels.push(j);
    }
    // (A chart has bars, two at least; one line the table repeats may be the table's own title.)
    if (labels.length < 2) continue;
    drop.add(i);
    for (const j of labels) drop.add(j);
  }
  if (!drop.size) return page;
  // (The blank lines that parted the labels go with them: one is left where the chart was.)
  const kept: string[] = [];
  lines.forEach((line, k) => {
    if (drop.has(k)) return;
    const besideChart = drop.has(k - 1) || drop.has(k + 1);
    if (besideChart && line.trim() === "" && (kept.length === 0 || kept[kept.length - 1]!.trim() === "")) return;
    kept.push(line);
  });
  return kept.join("\n");
}
