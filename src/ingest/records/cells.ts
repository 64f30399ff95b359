/**
 * Any other table as cells: (table title, row label, column label, value). Staffing by directorate,
 * membership counts, reputation scores, resident polling, budgets and the like are answered from these.
 */
import type { CellRecord } from "./schema.js";
import { blockLocator, filled, type ExtractContext } from "./context.js";
import { findAbbreviations } from "../abbreviations.js";

export function extractCells(ctx: ExtractContext, consumed: Set<number>): CellRecord[] {
  const { doc, meta } = ctx;
  const out: CellRecord[] = [];
  const legend = findAbbreviations(ctx.doc.text);
  const expand = (label: string) => (legend.has(label) ? `${label} (${legend.get(label)})` : label);
  for (const table of doc.tables) {
    if (consumed.has(table.index)) continue;
    const header = table.header;
    if (filled(header).length < 1 || header.length < 2) continue;
    // The table's name: its caption, under the heading it sits in ("Resident Satisfaction Polling Survey").
    const firstRow = ctx.doc.blocks[table.rows[0] ?? -1];
    const caption = table.title ?? (header[0] || "table");
    const heading = firstRow?.heading;
    const title = heading && heading !== caption && !caption.includes(heading) ? `${heading} > ${caption}` : caption;
    const headerBlock = ctx.doc.blocks.find((b) => b.cells === header);
    let section: string | undefined;
    let above: string | undefined;
    for (const i of table.rows) {
      const b = doc.blocks[i]!;
      const cells = b.cells ?? [];
      const nonEmpty = filled(cells);
      if (nonEmpty.length === 1 && cells[0]) {
        section = cells[0];
        above = undefined;
        continue;
      }
      // A row with its first cell empty is one more line of the row above (a cell spanning rows, as in
      // "Homes for NHS Staff Pilot" over five boroughs, each with its own allocation).
      const rowLabel = cells[0] || (nonEmpty.length >= 2 ? above : undefined);
      if (!rowLabel) continue;
      above = rowLabel;
      for (let k = 1; k < cells.length; k++) {
        const value = cells[k];
        const column = header[k] ? expand(header[k]!) : undefined;
        if (!value || !column) continue;
        out.push({
          type: "cell",
          id: `${meta.docId}:cell-${b.line}-${k}`,
          docId: meta.docId,
          table: section && section !== title ? `${title} > ${section}` : title,
          rowLabel,
          column,
          value,
          ...(headerBlock && headerBlock.start < b.start ? { headerStart: headerBlock.start } : {}),
          source: b.text,
          sourceStart: b.start,
          locator: blockLocator(b, [title, ...(section ? [section] : [])], `${rowLabel}, ${column}`),
        });
      }
    }
  }
  return out;
}
