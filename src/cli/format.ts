/** Text shown by the command-line tools. */
import type { PublishSummary } from "../index/postgres/publish.js";
import type { IngestSummary } from "../index/build.js";
import type { Explanation } from "../ingest/explain.js";
import type { DocRecord } from "../ingest/records/schema.js";
import type { EngineAnswer } from "../answer/engine.js";

/** What publishing to PostgreSQL changed. */
export function formatPublished(p: PublishSummary): string {
  const what = p.replaced
    ? `the whole index (${p.written.length} documents)`
    : `${p.written.length} new or changed document${p.written.length === 1 ? "" : "s"}, ${p.removed.length - p.written.filter((d) => p.removed.includes(d)).length} removed, ${p.kept} unchanged`;
  return `Published to PostgreSQL (INDEX_DATABASE_URL): ${what}, in ${p.seconds.toFixed(1)} s.`;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `Indexed ${s.documents} document${s.documents === 1 ? "" : "s"}: ${s.chunks} chunks, ${s.records} records, ${s.embedded} chunks embedded, in ${s.seconds.toFixed(1)} s.`,
  ];
  for (const d of s.understood) {
    const records = Object.entries(d.records)
      .map(([type, n]) => `${n} ${type.replace("_", " ")}${n === 1 ? "" : "s"}`)
      .join(", ");
    lines.push(`  ${d.relPath}: ${d.kind}, "${d.title}"${d.board ? `, ${d.board}` : ""}, ${d.period}; ${records || "no records"}`);
    for (const w of d.warnings) lines.push(`    warning: ${w}`);
  }
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

const clipTo = (t: string, max: number) => (t.length <= max ? t : `${t.slice(0, max - 1)}…`);

/** One record in a line: its type, reference or name, and what it says. */
function recordLine(r: DocRecord): string {
  switch (r.type) {
    case "target":
      return `target ${r.ref}: ${clipTo(r.text, 70)} | ${r.statusLabel ?? ""}${r.status ? ` (${r.status})` : r.statusLabel ? "" : "no rating"}${r.lead ? ` | lead ${r.lead}` : ""}`;
    case "risk":
      return `risk ${r.ref}: ${clipTo(r.description, 60)} | ${r.score !== undefined ? `score ${r.score}${r.band ? ` ${r.band}` : ""}` : (r.rating ?? r.statusLabel ?? "")}${r.owner ? ` | owner ${r.owner}` : ""}`;
    case "member":
      return `member ${r.displayName} | ${r.role} | ${r.group ?? "-"} | ${r.council ?? "-"} | ${r.term}${r.portfolio ? ` | ${clipTo(r.portfolio, 40)}` : ""}`;
    case "attendance":
      return `attendance ${r.person} | ${r.meetingDate} | ${r.present === null ? "not expected" : r.present ? "present" : "absent"}${r.role ? ` | ${r.role}` : ""}`;
    case "paper":
      return `paper "${clipTo(r.title, 60)}"${r.item ? ` (item ${r.item})` : ""} | ${Object.keys(r.spans).join(", ")} | contacts: ${r.contacts.map((c) => c.name).join(", ") || "none"}`;
    case "agenda_item":
      return `agenda item ${r.number}: ${clipTo(r.title, 70)}${r.pages ? ` (pages ${r.pages})` : ""}${r.confidential ? " [confidential]" : ""}`;
    case "meeting":
      return `meeting ${r.board}, ${r.date}${r.time ? `, ${r.time}` : ""}${r.venue ? `, ${clipTo(r.venue, 50)}` : ""}`;
    case "minute":
      return `minute ${r.number ? `${r.number}: ` : ""}${clipTo(r.title, 60)}${r.introducedBy ? ` | introduced by ${r.introducedBy}` : ""}${r.decision ? " | decision" : ""}${r.actions.length ? ` | ${r.actions.length} action(s)` : ""}`;
    case "declaration":
      return `declaration ${r.person}: ${clipTo(r.interest, 70)}`;
    case "cell":
      return `cell ${clipTo(r.table, 40)} | ${clipTo(r.rowLabel, 30)} | ${clipTo(r.column, 25)}: ${clipTo(r.value, 40)}`;
  }
}

/** `npm run ingest -- --explain FILE`: the document model and records of one file. */
export function formatExplanation(e: Explanation, opts: { allCells?: boolean } = {}): string {
  const m = e.meta;
  const out = [
    `${e.file} (${e.format})`,
    `  kind: ${m.kind}; title: "${m.title}"; board: ${m.board ?? "-"}; date: ${m.date}; period: ${m.period}; covers: ${m.covers.map((c) => (c.kind === "quarter" ? `Q${c.quarter} ${c.financialYear}` : (c.iso ?? c.financialYear))).join(", ") || "-"}`,
  ];
  if (e.hints?.title || e.hints?.fields) out.push(`  the file says: ${JSON.stringify(e.hints)}`);
  for (const w of e.report.warnings) out.push(`  warning: ${w}`);
  out.push("", "Outline:");
  for (const h of e.outline.slice(0, 60)) out.push(`  ${"  ".repeat(Math.max(0, h.level - 1))}${clipTo(h.text, 90)}${h.page ? ` (p. ${h.page})` : ""}`);
  out.push("", "Tables:");
  for (const t of e.tables) {
    const header = t.header.map((h) => (h.role ? `${h.text} [${h.role}]` : h.text || "·")).join(" | ");
    out.push(`  #${t.index}${t.key ? " (key)" : ""} ${t.title ? `"${clipTo(t.title, 60)}" ` : ""}${t.rows} rows: ${clipTo(header, 200)}`);
  }
  if (e.papers.length) out.push("", "Papers:", ...e.papers.map((p) => `  ${p.item ? `item ${p.item}: ` : ""}${p.title} (${p.blocks} blocks)`));
  if (e.labels.length) out.push("", "Labels:", ...e.labels.slice(0, 40).map((l) => `  ${l.name}${l.value ? `: ${clipTo(l.value, 80)}` : ""}`));
  const counts = Object.entries(e.report.records).map(([t, n]) => `${n} ${t}`).join(", ");
  out.push("", `Records: ${counts || "none"}`);
  const cells = e.records.filter((r) => r.type === "cell");
  for (const r of e.records.filter((r) => r.type !== "cell")) out.push(`  ${recordLine(r)}`);
  for (const r of opts.allCells ? cells : cells.slice(0, 12)) out.push(`  ${recordLine(r)}`);
  if (!opts.allCells && cells.length > 12) out.push(`  …and ${cells.length - 12} more cells`);
  return out.join("\n");
}
