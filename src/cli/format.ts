/** Text shown by the command-line tools. */
import type { IngestSummary } from "../index/build.js";
import type { EngineAnswer } from "../answer/engine.js";

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `Indexed ${s.documents} document${s.documents === 1 ? "" : "s"}: ${s.chunks} chunks, ${s.records} records, ${s.embedded} chunks embedded, in ${s.seconds.toFixed(1)} s.`,
  ];
  if (s.reused.length) lines.push(`Unchanged, reused: ${s.reused.length} (${s.reused.join(", ")}).`);
  if (s.removed.length) lines.push(`Removed from the index (no longer in the folder): ${s.removed.join(", ")}.`);
  if (s.skipped.length) {
    lines.push(`Skipped ${s.skipped.length} file${s.skipped.length === 1 ? "" : "s"}:`);
    for (const k of s.skipped) lines.push(`  - ${k.relPath}: ${k.reason}`);
  }
  lines.push(`Index: ${s.indexDir}`);
  return lines.join("\n");
}

export function contractJson(a: EngineAnswer, id?: unknown): Record<string, unknown> {
  return {
    ...(id !== undefined ? { id } : {}),
    question: a.question,
    found: a.found,
    answer: a.answer,
    citations: a.citations,
    ...(a.rows ? { rows: a.rows } : {}),
    ...(a.sections ? { sections: a.sections } : {}),
    mode: a.mode,
    ...(a.notes?.length ? { notes: a.notes } : {}),
  };
}

export function formatReadable(a: EngineAnswer): string {
  const out = [a.answer.replace(/(^|\s)_([^_]+)_(?=\s|$)/g, "$1($2)")];
  if (a.sections?.length) {
    // A briefing: its full sections (the answer above is their summary within the length limit).
    out.splice(0, out.length, a.answer.split("\n")[0]!);
    for (const s of a.sections) out.push("", s.heading, ...s.lines.map((l) => `  • ${l}`));
  }
  for (const note of a.notes ?? []) out.push(`(${note})`);
  if (a.citations.length) {
    out.push("", "Sources:");
    a.citations.forEach((c, i) => {
      out.push(` [${i + 1}] ${c.title} (${c.date}), ${c.locator}${c.url ? ` <${c.url}>` : ""}`);
      out.push(`     "${c.quote}"`);
    });
  }
  return out.join("\n");
}
