/**
 * Any other table as cells: (table title, row label, column label, value). Staffing by directorate,
 * membership counts, reputation scores, resident polling, budgets and the like are answered from these.
 *
 * A form repeated down the page ("Reference: KD 25/14 / Title: … / Date of decision: …", then the next
 * "Reference:") is a table turned on its side: each repetition is a row, named by its first field, and each
 * label a column, so its rows are found and read like any other table's.
 */
import type { Block, StructuredDoc, Table } from "../structure.js";
import type { CellRecord } from "./schema.js";
import { blockLocator, filled, type ExtractContext } from "./context.js";
import { findAbbreviations } from "../abbreviations.js";
import { columnRole } from "../vocabulary.js";
import { respondentColumn } from "./responses.js";

/** A row's reference as tables write them: "CGF2-03", "R1", "OG-01", "A27/03". */
const ROW_CODE = /^[A-Z]{1,6}\d{0,2}[-/.]?\d{1,3}[a-z]?$/;

/** A table's or figure's numbered caption: "Table 3: …", "Figure 2 – …". */
const NUMBERED_CAPTION = /^(?:table|figure|chart)\s+\d+[a-z]?\b/i;

/** A table's total row by its label: "Total", "Grand total", "Totals". */
const TOTAL_LABEL = /^(?:grand |overall |sub-?)?totals?\b/i;
/** An amount as an export writes it: "1260000.00", "-29,400", "£1,260,000". */
const AMOUNT = /^-?[£$€]?-?\d[\d,]*(?:\.\d+)?$/;

/** A date or a figure: not a name for a row. */
const NOT_A_NAME = /^[\d\s£$€%.,:/()-]*$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/**
 * A ledger whose first column is the same on every row ("Marchbourne County Council" down a council's
 * payments file): the rows are named by the column of words that tells them apart best (its purposes or
 * payees), not by the body that made every one of them. -1 when the first column names its rows.
 */
function namingColumnAfterConstant(doc: StructuredDoc, table: Table): number {
  const rows = table.rows.map((i) => doc.blocks[i]!.cells ?? []).filter((c) => filled(c).length >= 3);
  if (rows.length < 4) return -1;
  const first = (rows[0]![0] ?? "").trim();
  if (!first || rows.some((c) => (c[0] ?? "").trim() !== first)) return -1;
  let best = -1;
  let bestDistinct = 0;
  for (let k = 1; k < table.header.length; k++) {
    const values = rows.map((c) => (c[k] ?? "").trim());
    if (values.some((v) => !v) || values.some((v) => NOT_A_NAME.test(v) || !/[A-Za-z]{3}/.test(v))) continue;
    const distinct = new Set(values).size;
    if (distinct > bestDistinct) [best, bestDistinct] = [k, distinct];
  }
  return bestDistinct >= 0.5 * rows.length ? best : -1;
}

/** A period as a statistics table writes it in a column: "2190/91", "2191/92 Q2", "2024", "Q3 2023/24", "March 2024". */
const PERIOD_VALUE = /^(?:(?:1[89]|2\d)\d\d(?:\/\d\d|-\d\d)?(?:\s+Q[1-4])?|Q[1-4]\s+(?:1[89]|2\d)\d\d(?:\/\d\d)?|[A-Z][a-z]{2,8}\s+(?:1[89]|2\d)\d\d)$/;

/**
 * A tidy statistics table, the period repeated on every row ("2190/91", "2191/92 Q1", "2191/92 Q2", each over
 * the same councils): its rows are named by the column after it, which tells them apart within a period,
 * with the period added ("Kestleford City Council, 2191/92 Q2"). False when the first column names its rows.
 */
function periodRuns(doc: StructuredDoc, table: Table): boolean {
  const rows = table.rows.map((i) => doc.blocks[i]!.cells ?? []).filter((c) => filled(c).length >= 3);
  if (rows.length < 4) return false;
  const periods = rows.map((c) => (c[0] ?? "").trim());
  if (periods.some((p) => !PERIOD_VALUE.test(p))) return false;
  const distinct = new Set(periods);
  if (distinct.size < 2 || distinct.size > rows.length / 2) return false;
  // (Within each period, the next column names every row once.)
  return [...distinct].every((p) => {
    const names = rows.filter((c) => (c[0] ?? "").trim() === p).map((c) => (c[1] ?? "").trim());
    return names.every((n) => /[A-Za-z]{3}/.test(n)) && new Set(names).size === names.length;
  });
}

export function extractCells(ctx: ExtractContext, consumed: Set<number>): CellRecord[] {
  const { doc, meta } = ctx;
  const out: CellRecord[] = [];
  const legend = findAbbreviations(ctx.doc.text);
  const expand = (label: string) => (legend.has(label) ? `${label} (${legend.get(label)})` : label);
  // The form last read, so one cut by a page break goes on where it stopped.
  let form: FormState | undefined;
  for (const table of doc.tables) {
    if (consumed.has(table.index)) continue;
    const entries = formEntries(doc, table);
    if (entries && (repeats(entries) || continuesForm(entries, form) || allLabelled(doc, table))) {
      form = formCells(ctx, table, entries, form, out);
      continue;
    }
    // (Only the table right after a form can go on with it.)
    form = undefined;
    // A first column of groups spanning rows ("North West" over three bids) before a column of references:
    // each row is named by its reference, the group one of its columns (carried down the rows it spans).
    const refCol = table.header.findIndex((h, k) => k > 0 && columnRole(h) === "ref");
    const withRef = table.rows.filter((i) => ROW_CODE.test(doc.blocks[i]!.cells?.[refCol] ?? ""));
    const byRef = refCol > 0 && withRef.some((i) => !doc.blocks[i]!.cells?.[0]) && withRef.length >= 0.8 * table.rows.length;
    // (A form's responses, each row opened by when it was sent, "2113/03/07 11:48:02 AM GMT", are named by
    // who sent them: the name column.)
    const senderCol = byRef ? -1 : respondentColumn(doc, table);
    const byPeriod = !byRef && senderCol <= 0 && periodRuns(doc, table);
    const labelCol = byRef ? refCol : senderCol > 0 ? senderCol : byPeriod ? 1 : namingColumnAfterConstant(doc, table);
    const reorder = <T,>(xs: T[]): T[] => (labelCol > 0 ? [xs[labelCol]!, ...xs.filter((_, k) => k !== labelCol)] : xs);
    const header = reorder(table.header);
    let group: string | undefined;
    if (filled(header).length < 1 || header.length < 2) continue;
    // The table's name: its caption, under the heading it sits in ("Resident Satisfaction Polling Survey").
    const firstRow = ctx.doc.blocks[table.rows[0] ?? -1];
    const caption = table.title ?? (header[0] || "table");
    const heading = firstRow?.heading;
    // (A numbered caption, "Table 4: Budget …", under another one the page read as a heading, "Table 3: …",
    // is named by itself alone: the two are siblings.)
    const siblingCaptions = !!heading && NUMBERED_CAPTION.test(heading) && NUMBERED_CAPTION.test(caption);
    const title = heading && heading !== caption && !caption.includes(heading) && !siblingCaptions ? `${heading} > ${caption}` : caption;
    // (The header row as the table has it: a reordered header is a copy.)
    const headerBlock = ctx.doc.blocks.find((b) => b.cells === table.header);
    let section: string | undefined;
    let above: string | undefined;
    // A first column filled only by rows of their own ("Thursday 10 December 2026" over the meeting's items,
    // whose own first cells are empty): each such row is the first column's value of the rows under it.
    const grouped = firstColumnGroups(doc, table);
    // A first column of row numbers ("No.": 1, 2, 3 …) names no row: the column after it does ("Budget line").
    const dataRows = table.rows.map((i) => doc.blocks[i]!.cells ?? []).filter((c) => filled(c).length >= 2);
    const numbered =
      !grouped &&
      !byRef &&
      dataRows.length >= 2 &&
      dataRows.every((c) => /^(?:\d{1,3}\.?)?$/.test((c[0] ?? "").trim()) || /^total\b/i.test(c[0] ?? "")) &&
      dataRows.filter((c) => /^\d/.test((c[0] ?? "").trim())).length >= 2 &&
      dataRows.filter((c) => /[A-Za-z]{3}/.test(c[1] ?? "")).length >= 0.8 * dataRows.length;
    for (const i of table.rows) {
      const b = doc.blocks[i]!;
      if (byRef) group = b.cells?.[0] || group;
      const cells = byRef ? reorder((b.cells ?? []).map((c, k) => (k === 0 ? group ?? "" : c))) : reorder(b.cells ?? []);
      const nonEmpty = filled(cells);
      if (nonEmpty.length === 1 && cells[0]) {
        section = cells[0];
        above = undefined;
        continue;
      }
      // A row with its first cell empty is one more line of the row above (a cell spanning rows, as in
      // "Homes for NHS Staff Pilot" over five boroughs, each with its own allocation).
      // (A total row may leave the first column empty, "| Total | | 190,000 |": it is the total's row, not the
      // row above's.)
      const totalAt = !cells[0]?.trim() ? cells.slice(0, 3).findIndex((c) => TOTAL_LABEL.test(c.trim())) : -1;
      const labelAt = totalAt > 0 ? totalAt : numbered && !/^total\b/i.test(cells[0] ?? "") ? 1 : 0;
      // (The last row, all figures and no word, under rows that have labels: the export's grand total, which
      // a finance system prints without one. Not the row above's.)
      const unlabelledTotal = i === table.rows[table.rows.length - 1] && !!above && nonEmpty.length >= 2 && nonEmpty.every((c) => AMOUNT.test(c.trim()));
      const rowLabel = totalAt > 0 ? cells[totalAt]! : unlabelledTotal ? "Total" : byPeriod && cells[0] ? `${cells[0]}, ${(b.cells?.[0] ?? "").trim()}` : grouped ? nonEmpty[0] : cells[labelAt] || (nonEmpty.length >= 2 ? above : undefined);
      if (!rowLabel) continue;
      above = rowLabel;
      const first = grouped && totalAt <= 0 ? cells.indexOf(rowLabel) : labelAt;
      if (grouped && section && header[0]) {
        out.push({
          type: "cell",
          id: `${meta.docId}:cell-${b.line}-0`,
          docId: meta.docId,
          table: title,
          rowLabel,
          column: expand(header[0]),
          value: section,
          ...(headerBlock && headerBlock.start < b.start ? { headerStart: headerBlock.start } : {}),
          source: b.text,
          sourceStart: b.start,
          locator: blockLocator(b, [title, section], `${rowLabel}, ${header[0]}`),
        });
      }
      for (let k = first + 1; k < cells.length; k++) {
        const value = cells[k];
        const column = header[k] ? expand(header[k]!) : undefined;
        if (!value || !column) continue;
        out.push({
          type: "cell",
          id: `${meta.docId}:cell-${b.line}-${k}`,
          docId: meta.docId,
          table: section && section !== title && !grouped ? `${title} > ${section}` : title,
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

/** Is the table's first column filled only by rows of their own, with its other rows' first cells empty? */
function firstColumnGroups(doc: StructuredDoc, table: Table): boolean {
  const rows = table.rows.map((i) => doc.blocks[i]!.cells ?? []);
  const groups = rows.filter((c) => filled(c).length === 1 && c[0]);
  const items = rows.filter((c) => filled(c).length >= 2);
  return groups.length >= 1 && items.length >= 2 && items.every((c) => !c[0]);
}

interface FormState {
  title: string;
  labels: Set<string>;
  /** The last repetition: its name and the labels it has had. */
  rowLabel: string;
  seen: Set<string>;
}

interface FormEntry {
  label: string;
  value: string;
  block: Block;
}

/** Label cells end with a colon ("Date of decision:"); a form's labels are few words, no figures. */
const FORM_LABEL = /^([A-Z][A-Za-z ()/'’-]{0,40}):$/;

/**
 * A two-column table of "Label: value" lines, as its entries in order; undefined for any other table.
 * A line with no label continues the value above.
 */
function formEntries(doc: StructuredDoc, table: Table): FormEntry[] | undefined {
  const headerBlock = doc.blocks.find((b) => b.cells === table.header);
  const blocks = [...(headerBlock ? [headerBlock] : []), ...table.rows.map((i) => doc.blocks[i]!)];
  const entries: FormEntry[] = [];
  for (const b of blocks) {
    const cells = filled(b.cells ?? []);
    const label = cells.length === 2 ? FORM_LABEL.exec(cells[0]!)?.[1] : undefined;
    if (label) entries.push({ label, value: cells[1]!, block: b });
    else if (cells.length === 1 && entries.length) entries[entries.length - 1]!.value += ` ${cells[0]}`;
    else return undefined;
  }
  return entries.length >= 3 ? entries : undefined;
}

/** Every line of the table is "Label: value": one filling-in of a form (the next may be its own table). */
const allLabelled = (doc: StructuredDoc, table: Table) => table.rows.every((i) => FORM_LABEL.test(filled(doc.blocks[i]!.cells ?? [])[0] ?? ""));

/** Some label comes back: the form is filled in more than once. */
const repeats = (entries: FormEntry[]) => new Set(entries.map((e) => e.label)).size < entries.length;

/** The entries go on with the previous form's last repetition: its labels, starting with one it lacks. */
const continuesForm = (entries: FormEntry[], previous: FormState | undefined) =>
  previous !== undefined && entries.every((e) => previous.labels.has(e.label)) && !previous.seen.has(entries[0]!.label);

/**
 * The cells of a form's repetitions: each starts where a label comes back, and is named by its first
 * value ("KD 25/16"). A table that starts partway through the form (cut by a page break) goes on with the
 * previous table's last repetition.
 */
function formCells(ctx: ExtractContext, table: Table, entries: FormEntry[], previous: FormState | undefined, out: CellRecord[]): FormState {
  const { meta } = ctx;
  const labels = new Set(entries.map((e) => e.label));
  let state: FormState = continuesForm(entries, previous) ? previous! : { title: table.title ?? "Form", labels, rowLabel: "", seen: new Set() };
  for (const e of entries) {
    if (!state.rowLabel || state.seen.has(e.label)) state = { ...state, labels: new Set([...state.labels, ...labels]), rowLabel: e.value, seen: new Set() };
    state.seen.add(e.label);
    if (e.value === state.rowLabel && state.seen.size === 1) continue;
    out.push({
      type: "cell",
      id: `${meta.docId}:cell-${e.block.line}-form`,
      docId: meta.docId,
      table: state.title,
      rowLabel: state.rowLabel,
      column: e.label,
      value: e.value,
      source: e.block.text,
      sourceStart: e.block.start,
      locator: blockLocator(e.block, [state.title], `${state.rowLabel}, ${e.label}`),
    });
  }
  return state;
}
