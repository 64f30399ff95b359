/**
 * Rows of a table picked by the values a question names: "what's coming to the December meeting for
 * decision?" reads a forward plan's rows whose Purpose is "Decision" and whose meeting date is in December;
 * "which items are for information?" those whose purpose is "Information". A value picks rows when its
 * column is a category (a few short values, repeated down the table); a month named picks rows whose date
 * cell is in that month.
 */
import type { CellRecord } from "../../ingest/records/schema.js";
import { columnRole } from "../../ingest/vocabulary.js";
import { MONTH_PATTERN, monthNumber } from "../../util/dates.js";
import { matchScore } from "../../util/similarity.js";
import { topicWords, type TypedQuery } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

/** The fewest rows a table needs for its columns to be read as categories. */
const MIN_ROWS = 4;
/** A category's values are short: "Decision", "For information", "Open". */
const MAX_VALUE_WORDS = 3;
const MAX_ROWS_SHOWN = 15;

interface Row {
  docId: string;
  table: string;
  label: string;
  cells: CellRecord[];
}

const norm = (v: string) => v.toLowerCase().replace(/[.:;]+$/, "").trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function lookupRowsByValue(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const q = query.question;
  if (!/\b(?:which|what(?:'?s)?|list|any|anything|show)\b/i.test(q) || /^\s*who\b/i.test(q)) return undefined;
  // The months the question names ("the december meeting"), as month numbers.
  // ("May" is as often the verb.)
  const months = [...q.matchAll(new RegExp(`\\b(${MONTH_PATTERN})\\b`, "gi"))]
    .filter((m) => !/^may$/i.test(m[1]!))
    .map((m) => monthNumber(m[1]!))
    .filter((n): n is number => !!n);
  const rows = new Map<string, Row>();
  for (const c of ctx.recordsOf("cell")) {
    const key = `${c.docId}|${c.sourceStart}|${c.rowLabel}`;
    const row = rows.get(key) ?? { docId: c.docId, table: c.table.split(" > ")[0]!, label: c.rowLabel, cells: [] };
    row.cells.push(c);
    rows.set(key, row);
  }
  const tables = new Map<string, Row[]>();
  for (const r of rows.values()) tables.set(`${r.docId}|${r.table}`, [...(tables.get(`${r.docId}|${r.table}`) ?? []), r]);
  const finding = emptyFinding();
  for (const list of tables.values()) {
    if (list.length < MIN_ROWS) continue;
    const columns = [...new Set(list.flatMap((r) => r.cells.map((c) => c.column)))];
    // Category values the question names, column by column ("Decision" in "for decision").
    const named: { column: string; value: string }[] = [];
    for (const column of columns) {
      // (A status column is the targets' to list, by the report's key; people's groups, councils and roles
      // are the membership's; yes and no are attendance's.)
      if (["status", "group", "council", "role", "name", "lead", "score", "likelihood", "impact"].includes(columnRole(column) ?? "")) continue;
      const values = list.map((r) => r.cells.find((c) => c.column === column)?.value).filter((v): v is string => !!v);
      const distinct = [...new Set(values.map(norm))];
      const isCategory = values.length >= MIN_ROWS && distinct.length >= 2 && distinct.length <= Math.max(3, Math.floor(values.length / 2)) && distinct.every((v) => v.split(/\s+/).length <= MAX_VALUE_WORDS && !/\d/.test(v));
      if (!isCategory) continue;
      for (const v of distinct) if (!/^(?:yes|no|y|n|none|n\/a|tbc)$/.test(v) && new RegExp(`\\b${escape(v)}\\b`, "i").test(q)) named.push({ column, value: v });
    }
    // (Two values of one column named ask which of them a row has: "is that for decision or just info?")
    if (named.length === 0 || new Set(named.map((n) => n.column)).size < named.length) continue;
    // (Nor is it a list when the question names one of the rows: "tree equity mapping results - for decision?")
    const naming = topicWords(query.topic).filter((w) => !named.some((n) => n.value.includes(w.toLowerCase())) && !new RegExp(`^${MONTH_PATTERN}$`, "i").test(w));
    if (naming.length >= 2 && list.some((r) => matchScore(naming, r.label).fraction >= 0.5)) continue;
    // A month named picks the rows whose date cell falls in it.
    const inMonth = (r: Row) => months.length === 0 || r.cells.some((c) => (c.value.match(/[A-Za-z]+/g) ?? []).some((w) => months.includes(monthNumber(w) ?? 0)));
    const picked = list.filter((r) => named.every((n) => r.cells.some((c) => c.column === n.column && norm(c.value) === n.value)) && inMonth(r));
    if (picked.length === 0) continue;
    const meta = ctx.docById.get(picked[0]!.docId)!.meta;
    const by = named.map((n) => `${n.column}: ${picked[0]!.cells.find((c) => c.column === n.column)!.value}`).join("; ");
    finding.lines.push(`${meta.title} (${meta.period}), ${picked.length} item${picked.length === 1 ? "" : "s"} with ${by}:`);
    for (const r of picked.slice(0, MAX_ROWS_SHOWN)) {
      const others = r.cells.filter((c) => !named.some((n) => n.column === c.column)).map((c) => `${c.column}: ${c.value}`);
      finding.lines.push(`• ${r.label}${others.length ? ` (${others.join("; ")})` : ""}`);
      const first = r.cells[0]!;
      finding.rows.push(...r.cells);
      finding.evidence.push({ docId: r.docId, start: first.sourceStart, end: first.sourceStart + first.source.length, locator: first.locator });
    }
  }
  return finding.lines.length ? finding : undefined;
}

