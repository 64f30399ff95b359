/**
 * A work tracker's query exported as CSV (Azure DevOps Boards, Jira, a planner): one record per work item of
 * several kinds (epics, features, risks, tasks) under one header, each kind filling its own columns. Read as
 * the tool shows them: a tree query's title spread over depth columns ("Title 1", "Title 2", "Title 3") is
 * one title; rich-text fields saved as HTML ("<div><b>Mitigation:</b> …</div>") are their text; and when the
 * kinds fill different columns, each kind is a table of its own under its name, with the columns it fills,
 * so that a risk is read with its likelihood and impact and a feature with its rating.
 */
import { parse } from "node-html-parser";
import { columnRole } from "../vocabulary.js";

/** A header naming a work item's kind. */
const KIND_HEADER = /^(?:work\s*item\s*type|issue\s*type|item\s*type|type)$/i;
/** A header numbered by depth: "Title 1", "Title 2" (not "Option 1", "Year 1": choices and years, not depths). */
const DEPTH_HEADER = /^(title|name|summary)\s+(\d)$/i;
/** A rich-text field saved as HTML: a block or inline element of the editors' kind. */
const HTML_CELL = /<(?:div|p|br|b|i|u|strong|em|span|ul|ol|li|a|table)\b[^>]*>/i;

/** Columns numbered 1, 2, 3… under one name where each record fills at most one of them: spans [from, to). */
function depthColumnRuns(header: string[], rows: string[][]): [number, number][] {
  const runs: [number, number][] = [];
  for (let k = 0; k < header.length; k++) {
    const first = DEPTH_HEADER.exec(header[k]!.trim());
    if (!first || first[2] !== "1") continue;
    let end = k + 1;
    while (end < header.length) {
      const m = DEPTH_HEADER.exec(header[end]!.trim());
      if (!m || m[1] !== first[1] || Number(m[2]) !== end - k + 1) break;
      end++;
    }
    if (end - k < 2) continue;
    const oneEach = rows.every((r) => r.slice(k, end).filter((c) => c.trim()).length <= 1);
    const deeper = rows.some((r) => r.slice(k + 1, end).some((c) => c.trim()));
    if (oneEach && deeper) runs.push([k, end]);
    k = end - 1;
  }
  return runs;
}

/** A rich-text cell's text: its blocks one after another on one line, entities decoded. */
function richText(cell: string): string {
  if (!HTML_CELL.test(cell)) return cell;
  const lines = parse(cell.replace(/<br\s*\/?>/gi, "\n")).structuredText.split("\n");
  return lines.map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean).join(" ");
}

/**
 * The records of a work tracker's export as the tool shows them, and as the file has them (its header, its
 * rows in their order, only their rich text read: what quotes are checked against), or undefined when they
 * are not one (no depth columns, no rich-text cells, no kinds filling different columns).
 */
export function workItemRecords(records: string[][]): { records: string[][]; asFiled: string[][] } | undefined {
  const headerAt = records.findIndex((r) => r.filter((f) => f.trim()).length >= 3);
  if (headerAt < 0) return undefined;
  const header = records[headerAt]!.map((f) => f.trim());
  const body = records.slice(headerAt + 1).filter((r) => r.some((f) => f.trim()));
  if (body.length < 3 || body.some((r) => r.length > header.length)) return undefined;
  let changed = false;
  // One title column for each run of depth columns.
  const runs = depthColumnRuns(header, body);
  const merge = (r: string[], isHeader: boolean) => {
    const out: string[] = [];
    for (let k = 0; k < r.length; k++) {
      const run = runs.find(([from]) => from === k);
      if (!run) {
        out.push(r[k] ?? "");
        continue;
      }
      out.push(isHeader ? DEPTH_HEADER.exec(header[k]!)![1]! : (r.slice(run[0], run[1]).find((c) => c.trim()) ?? ""));
      k = run[1] - 1;
    }
    return out;
  };
  if (runs.length) changed = true;
  const rich = body.some((r) => r.some((c) => HTML_CELL.test(c)));
  if (rich) changed = true;
  const read = rich ? body.map((r) => r.map(richText)) : body;
  const asFiled = [...records.slice(0, headerAt), header, ...read];
  const mergedHeader = merge(header, true);
  const rows = read.map((r) => merge(r, false));
  const byKind = kindTables(mergedHeader, rows);
  if (byKind) return { records: [...records.slice(0, headerAt), ...byKind], asFiled };
  return changed ? { records: [...records.slice(0, headerAt), mergedHeader, ...rows], asFiled } : undefined;
}

/**
 * The items apart by kind, a table each in the order the kinds first come, under a line naming the kind:
 * only where the kinds are few and two of them fill different fields, one of them a risk's.
 */
function kindTables(header: string[], rows: string[][]): string[][] | undefined {
  const kindCol = header.findIndex((h) => KIND_HEADER.test(h));
  if (kindCol < 0) return undefined;
  const kinds = [...new Set(rows.map((r) => (r[kindCol] ?? "").trim()))];
  if (kinds.length < 2 || kinds.length > 6 || kinds.some((k) => !k || k.length > 30)) return undefined;
  const byKind = new Map(kinds.map((kind) => [kind, rows.filter((r) => (r[kindCol] ?? "").trim() === kind)]));
  const itemsOf = (kind: string) => byKind.get(kind)!;
  const filledFor = (kind: string, k: number) => itemsOf(kind).filter((r) => (r[k] ?? "").trim()).length;
  // (Each of two kinds has fields of its own, two or more that every one of its items fills and none of the
  // other's: a risk's likelihood and impact, a feature's rating and lead. Not a task list's notes under
  // their tasks, which have no fields the tasks lack: those rows stay in their order.)
  // (And one kind is scored as risks are, by likelihood and impact, that the other is not: a register's rows
  // among the deliverables. Kinds of task alike, "Task" and "Sub-task", stay one table.)
  const ownFields = (a: string, b: string) => header.filter((_, k) => k !== kindCol && filledFor(a, k) === itemsOf(a).length && filledFor(b, k) === 0);
  const scored = (fields: string[]) => fields.some((h) => /^(?:likelihood|impact|probability)$/.test(columnRole(h) ?? ""));
  const distinct = kinds.some((a) =>
    kinds.some((b) => a !== b && itemsOf(a).length >= 2 && itemsOf(b).length >= 2 && ownFields(a, b).length >= 2 && ownFields(b, a).length >= 2 && scored(ownFields(a, b))),
  );
  if (!distinct) return undefined;
  const out: string[][] = [];
  for (const kind of kinds) {
    const items = itemsOf(kind);
    // (The kind stays in each row: a row is quoted as the export has it.)
    const used = header.map((_, k) => k).filter((k) => k === kindCol || items.some((r) => (r[k] ?? "").trim()));
    out.push([""], [kind], used.map((k) => header[k]!), ...items.map((r) => used.map((k) => r[k] ?? "")));
  }
  return out.slice(1);
}
