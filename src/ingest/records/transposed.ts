/**
 * Tables set out the other way round: each column one item (a measure, a pilot), each row one attribute of
 * them all ("Pilot | A | B | C" over "Council | …", "Status | Progressing | Slipping | …"). The header names
 * items, by reference or letter; the first column names attributes as other tables' headers do ("Status",
 * "Lead officer", "Measure"). An item is read down its column: a target for each column when a row gives
 * ratings, and a cell for each attribute of each item, quoted by the attribute's row as the table has it.
 */
import type { Block, Table } from "../structure.js";
import { columnRole, ratingOf } from "../vocabulary.js";
import type { CellRecord, TargetRecord } from "./schema.js";
import { blockLocator, cellOffset, slug, type ExtractContext } from "./context.js";
import { readRating } from "./columns.js";

/** The fewest attribute rows, and of them the fewest that name a column's role, that make a table transposed. */
const MIN_ATTRIBUTES = 3;
const MIN_ROLED_ATTRIBUTES = 2;
/** Attribute names and item names are short: a label, not a sentence. */
const MAX_NAME = 40;
/** Item names this short ("A", "B") are called by the header's corner too: "Pilot C". */
const LETTER_NAME = 3;

/** A column named by a period or a figure's kind: "Mar-18", "2023/24", "Q2", "Target 18/19", "Actual". */
const PERIOD_NAME = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[-\s']*\d{2,4}|(?:1[89]|2\d)\d\d(?:[/-]\d{2,4})?|q[1-4]\b.*|quarter\s+\d.*|(?:target|actual|forecast|budget|baseline|outturn|variance|total)\b.*)$/i;

/** A figure in a cell: "98%", "4.1 days", "842 officers", "£18,000", "253". */
const FIGURE = /^[-+]?[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|[a-z]{1,12})?$/i;

/** One run of columns under one header row: its item names and its attribute rows. */
interface ItemColumns {
  /** The header's corner, what the items are ("Pilot", "Ref"). */
  corner: string;
  names: string[];
  rows: Block[];
}

/**
 * The runs of item columns of a table read the other way round, or undefined for an ordinary table. A row
 * repeating the header's corner ("Ref | RCP-06 | RCP-07 …") starts a run of further items under the same
 * attributes.
 */
export function itemColumns(table: Table, blocks: Block[]): ItemColumns[] | undefined {
  // (Items named by letters, "Pilot | A | B | C", read like ratings, so the row may not have been taken for
  // the header: the first row is then.)
  const headless = table.header.length === 0;
  const header = headless ? (blocks[table.rows[0] ?? -1]?.cells ?? []) : table.header;
  const corner = header[0]?.trim() ?? "";
  if (header.length < 3 || (headless && !corner)) return undefined;
  const runs: ItemColumns[] = [{ corner, names: header.slice(1), rows: [] }];
  for (const i of headless ? table.rows.slice(1) : table.rows) {
    const b = blocks[i]!;
    const cells = b.cells ?? [];
    if (corner && cells[0]?.trim() === corner && cells.length >= 3) runs.push({ corner, names: cells.slice(1), rows: [] });
    else runs[runs.length - 1]!.rows.push(b);
  }
  const names = runs.flatMap((r) => r.names);
  // Items are named, not described: short names, at most one of them a column's role, and none a period
  // ("Mar-17 | Mar-18 | Target 18/19" head a table of figures over time, its rows the measures).
  // (Nor is a key's "Rating | Colour | Meaning".)
  if (names.some((n) => !n.trim() || n.length > MAX_NAME || PERIOD_NAME.test(n.trim()) || /^(?:colou?r|meaning|what it means|description|definition)$/i.test(n.trim())) || names.filter((n) => columnRole(n.trim())).length > 1) return undefined;
  const labels = runs[0]!.rows.map((b) => b.cells?.[0]?.trim() ?? "");
  if (labels.length < MIN_ATTRIBUTES || labels.some((l) => !l || l.length > MAX_NAME) || new Set(labels).size < labels.length) return undefined;
  // (Rows of ratings, "On course | 4 | 2" under "Status | Theme A | Theme B", count the ratings: not attributes.)
  if (labels.filter((l) => ratingOf(l)).length >= 2) return undefined;
  // (An attribute is named in a word or three, "Council lead", "Year end (31 March 2027)"; a measure's name
  // is longer.)
  if (labels.filter((l) => l.replace(/\([^)]*\)/g, "").trim().split(/\s+/).length <= 3).length < 0.8 * labels.length) return undefined;
  // The first column names attributes as headers do, among them what an item is, how it is rated or who leads it.
  const roles = labels.map((l) => columnRole(l));
  if (roles.filter(Boolean).length < MIN_ROLED_ATTRIBUTES || !roles.some((r) => r === "status" || r === "lead" || r === "target")) return undefined;
  // (Every run has the same attributes, in the same order.)
  if (runs.some((r) => r.rows.map((b) => b.cells?.[0]?.trim()).join("\n") !== labels.join("\n"))) return undefined;
  return runs;
}

/** Targets (where a row rates the items) and cells of the document's tables read the other way round; their tables are consumed. */
export function extractTransposed(ctx: ExtractContext, consumed: Set<number>): { targets: TargetRecord[]; cells: CellRecord[] } {
  const { doc, meta, keys } = ctx;
  const targets: TargetRecord[] = [];
  const cells: CellRecord[] = [];
  for (const table of doc.tables) {
    if (consumed.has(table.index) || keys.tables.has(table.index)) continue;
    const runs = itemColumns(table, doc.blocks);
    if (!runs) continue;
    consumed.add(table.index);
    const corner = runs[0]!.corner;
    const title = table.title ?? (corner || "table");
    for (const run of runs) {
      const row = (role: string) => run.rows.find((b) => columnRole(b.cells![0]!.trim()) === role);
      const statusRow = row("status");
      const leadRow = row("lead");
      const progressRow = row("progress");
      // What an item is: its "Measure" row, else the first row of words ("Council | Wirral Council | …").
      const nameRow = row("target") ?? run.rows.find((b) => b.cells!.slice(1).every((c) => /[A-Za-z]{3}/.test(c) && c.length <= 120));
      run.names.forEach((rawName, n) => {
        const k = n + 1;
        const name = rawName.trim();
        const ref = name.length <= LETTER_NAME && corner ? `${corner} ${name}` : name;
        const called = nameRow?.cells?.[k]?.trim() || ref;
        const value = (b: Block | undefined) => b?.cells?.[k]?.trim() || undefined;
        for (const b of run.rows) {
          const attribute = b.cells![0]!.trim();
          const v = value(b);
          if (!v) continue;
          cells.push({
            type: "cell",
            id: `${meta.docId}:cell-${b.line}-${k}`,
            docId: meta.docId,
            table: title,
            // (Named as people call the item: its council, "Cornwall Council (Pilot D)"; a measure's long
            // description is its "Measure" cell, the item its reference.)
            rowLabel: called === ref || called.length > MAX_NAME ? ref : `${called} (${ref})`,
            column: attribute,
            value: v,
            source: b.text,
            sourceStart: b.start,
            locator: blockLocator(b, [title], `${ref}, ${attribute}`),
          });
        }
        const said = value(statusRow);
        if (!statusRow || !said) return;
        const rating = readRating(said, keys);
        const lead = value(leadRow);
        // (Its figures, "Target 2026/27 | 98%", "Year end (31 March 2027) | 97.6%", said and cited with its rating.)
        const figureRows = run.rows.filter((b) => b !== statusRow && FIGURE.test(value(b) ?? ""));
        const delivered = value(progressRow);
        targets.push({
          type: "target",
          level: "target",
          id: `${meta.docId}:${slug(ref)}`,
          docId: meta.docId,
          ref,
          refIsSynthetic: false,
          theme: [title],
          text: called === ref ? (value(nameRow) ?? ref) : called,
          ...(lead ? { lead, ...(/^(?:cllr\s+|dr\s+)?[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}(?:,|$)/i.test(lead) ? { leadPerson: lead.split(",")[0]!.trim() } : {}) } : {}),
          ...(delivered ? { delivered } : {}),
          status: rating?.rating ?? null,
          ...(rating?.label && rating.label !== rating.rating ? { statusLabel: rating.label } : !rating ? { statusLabel: said } : {}),
          statusOffset: cellOffset(statusRow.cells!, k),
          ...(figureRows.length ? { figures: figureRows.map((b) => [b.cells![0]!.trim(), value(b)!] as [string, string]) } : {}),
          // (Always given, if empty: it marks an item read down its column, whose `source` is not its row.)
          itemRows: [nameRow, leadRow, ...figureRows].filter((b): b is Block => !!b && b !== statusRow).map((b) => [b.start, b.text.length] as [number, number]),
          columns: run.rows.map((b) => b.cells![0]!.trim()),
          source: statusRow.text,
          sourceStart: statusRow.start,
          locator: blockLocator(statusRow, [title], ref),
        });
      });
    }
  }
  return { targets, cells };
}
