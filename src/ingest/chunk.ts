/**
 * Structure-aware chunking. A table row stays whole and carries its table title, section and header; small
 * rows of one table are grouped; prose is grouped under its heading; a chunk never spans two board papers.
 */
import type { Block, StructuredDoc } from "./structure.js";
import type { DocMeta } from "./metadata.js";
import type { Locator } from "./records/schema.js";
import { REF_PATTERN, REF_SOURCE, blockLocator, filled } from "./records/context.js";
import { abbreviationsUsed, findAbbreviations } from "./abbreviations.js";

export interface Chunk {
  docId: string;
  kind: "row" | "passage";
  /** Text that search sees: context (title, section, header) plus the body. */
  text: string;
  /**
   * Texts to embed, when not `text` alone: each row of a group of table rows with the group's context,
   * so one row ("Cllr Peter Fleming (Chairman)") is not drowned by its neighbours in vector search.
   */
  embedTexts?: string[];
  /** Offset of the body in the document's canonical text; the body is what quotes come from. */
  start: number;
  end: number;
  locator: Locator;
}

const PASSAGE_TARGET = 900;
const ROW_GROUP_TARGET = 700;

function sectionPath(doc: StructuredDoc, b: Block): string[] {
  const path: string[] = [];
  if (b.paper !== undefined) path.push(doc.papers[b.paper]!.title);
  for (const h of b.headings ?? []) if (!path.includes(h)) path.push(h);
  // Outermost and innermost say the most: keep at most three levels.
  return path.length > 3 ? [path[0]!, ...path.slice(-2)] : path;
}

/** A row with its header, as "Header: value" pairs when the cells are short (key-value tables). */
function describeRow(header: string[], b: Block): string {
  const cells = b.cells ?? [];
  if (cells === header) return b.text;
  const short = filled(cells).every((c) => c.length <= 80);
  if (!short || filled(header).length === 0) return b.text;
  return cells
    .map((c, k) => (c ? (header[k] ? `${header[k]}: ${c}` : c) : ""))
    .filter((c) => c)
    .join(" | ");
}

const LONG_CELL = 300;

/**
 * What to embed for a chunk of table rows besides the whole: each row of a group on its own, and for one
 * long row its short cells together (reference, target, lead) and each long cell (delivery, impact) apart,
 * so a vector is not drowned by its neighbours.
 */
function embedParts(context: string, group: Block[], rows: string[], longForms: (t: string) => string): { embedTexts?: string[] } {
  const whole = `${context}\n${longForms(rows.join("\n"))}`;
  if (rows.length > 1) return { embedTexts: [whole, ...rows.map((r) => `${context}\n${longForms(r)}`)] };
  const cells = filled(group[0]!.cells);
  const long = cells.filter((c) => c.length > LONG_CELL);
  if (long.length === 0) return {};
  const short = cells.filter((c) => c.length <= LONG_CELL).join(" | ");
  return { embedTexts: [whole, ...(short ? [`${context}\n${short}`] : []), ...long.map((c) => `${context}\n${longForms(c)}`)] };
}

const refTitleLine = (ref: string, title: string) => `${ref}: ${title}`;
const REF_TITLE_LINE = new RegExp(`^(${REF_SOURCE}): (.+)$`);

/** The titles a chunk of rows was given from another table (see rowsNamedByRef), by reference. */
export function refTitlesOf(chunkText: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const line of chunkText.split("\n")) {
    const m = REF_TITLE_LINE.exec(line);
    if (m) titles.set(m[1]!, m[2]!);
  }
  return titles;
}

/**
 * Each reference's title, from the first table row that gives it one ("CCT-D2 | Workforce | Deliver grave
 * shoring webinars for cemetery staff | …"). A sheet too wide for its page is printed in parts, and the
 * part with a row's progress may hold only its reference: that part's rows are found by the title too.
 */
function rowsNamedByRef(doc: StructuredDoc): Map<string, { table: number; title: string }> {
  const named = new Map<string, { table: number; title: string }>();
  for (const b of doc.blocks) {
    if (b.kind !== "row" || b.table === undefined) continue;
    const cells = filled(b.cells);
    const ref = cells[0] ?? "";
    if (!REF_PATTERN.test(ref) || named.has(ref)) continue;
    const title = cells.slice(1, 4).find((c) => c.split(/\s+/).length >= 4 && c.length <= 200);
    if (title) named.set(ref, { table: b.table, title });
  }
  return named;
}

/** The fewest items that make a list of contents. */
const MIN_CONTENTS_ITEMS = 3;

const asHeading = (text: string) => text.replace(/^\s*(?:[-*•·▪]|\d{1,2}[.)])\s+/, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * A document's own list of contents: a run of list items each of which is the text of a heading further
 * on ("* FT-DR-01: Priorities for 2030/31" over the record of that title). It names the sections; it says
 * nothing of them, so it is not a passage to answer from (the sections are).
 */
function contentsLists(blocks: Block[]): Set<number> {
  const headingAt = new Map<string, number>();
  for (const b of blocks) if (b.kind === "heading") headingAt.set(asHeading(b.text), Math.max(headingAt.get(asHeading(b.text)) ?? -1, b.index));
  const out = new Set<number>();
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && blocks[j]!.list && (headingAt.get(asHeading(blocks[j]!.text)) ?? -1) > j) j++;
    if (j - i >= MIN_CONTENTS_ITEMS) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

export function chunkDocument(doc: StructuredDoc, meta: DocMeta): Chunk[] {
  const abbreviations = findAbbreviations(doc.text);
  // Search sees an abbreviation's long form too: a chunk about "RPS" is found by "remote peer support".
  const withLongForms = (text: string) => {
    const used = abbreviationsUsed(text, abbreviations);
    return used.length ? `${text}\n(${used.join("; ")})` : text;
  };
  const chunks: Chunk[] = [];
  const header = `${meta.title} (${meta.period})`;
  const blocks = doc.blocks;
  const contents = contentsLists(blocks);
  const named = rowsNamedByRef(doc);
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (contents.has(i)) {
      i++;
      continue;
    }
    if (b.kind === "row" && b.table !== undefined) {
      const table = doc.tables[b.table]!;
      // Group consecutive short rows of one table; a long row stands alone.
      const group: Block[] = [b];
      let size = b.text.length;
      let j = i + 1;
      while (
        b.text.length < ROW_GROUP_TARGET &&
        j < blocks.length &&
        blocks[j]!.kind === "row" &&
        blocks[j]!.table === b.table &&
        blocks[j]!.paper === b.paper &&
        size + blocks[j]!.text.length < ROW_GROUP_TARGET
      ) {
        size += blocks[j]!.text.length;
        group.push(blocks[j]!);
        j++;
      }
      const last = group[group.length - 1]!;
      const section = [...sectionPath(doc, b), ...(table.title && !sectionPath(doc, b).includes(table.title) ? [table.title] : [])];
      const firstCell = filled(b.cells)[0] ?? "";
      const rowRef = group.length === 1 && /^(?:[A-Z]{1,4}\d{1,2}|\d{1,2}\.\d{1,2})$/.test(firstCell) ? firstCell : undefined;
      const rows = group.map((r) => describeRow(table.header, r));
      // (A row that gives only a reference's progress, its title in another table: the title too, to be found by.)
      const titles = group.flatMap((r) => {
        const ref = filled(r.cells)[0] ?? "";
        const other = named.get(ref);
        return other && other.table !== r.table && !r.text.includes(other.title) ? [refTitleLine(ref, other.title)] : [];
      });
      const context = [header, section.join(" > "), ...titles].filter((s) => s).join("\n");
      chunks.push({
        docId: meta.docId,
        kind: "row",
        text: `${context}\n${withLongForms(rows.join("\n"))}`,
        ...embedParts(context, group, rows, withLongForms),
        start: b.start,
        end: last.start + last.text.length,
        locator: blockLocator(b, section, rowRef),
      });
      i = j;
      continue;
    }
    // Prose: a heading and the blocks under it, up to the target size, within one paper.
    const group: Block[] = [b];
    let size = b.text.length;
    let j = i + 1;
    while (j < blocks.length) {
      const next = blocks[j]!;
      if (next.kind === "row" || next.paper !== b.paper || contents.has(j)) break;
      // A new heading starts a new chunk unless the chunk so far is only a heading or two (or a line too
      // short to stand alone, such as a page's number; not a section's last line, "Rest of the report noted.").
      if (next.kind === "heading" && (size > 40 || group.some((g) => g.kind !== "heading" && g.list))) break;
      if (size + next.text.length > PASSAGE_TARGET && size > 0) {
        // Do not leave a figure or label ("66.2%") at the end of a chunk, apart from what it labels.
        if (group.length > 1 && group[group.length - 1]!.text.length < 25) {
          size -= group.pop()!.text.length;
          j--;
        }
        break;
      }
      size += next.text.length;
      group.push(next);
      j++;
    }
    const last = group[group.length - 1]!;
    const section = sectionPath(doc, group.find((g) => g.kind !== "heading") ?? b);
    const headingFirst = b.kind === "heading" && !section.includes(b.text) ? [...section, b.text] : section;
    chunks.push({
      docId: meta.docId,
      kind: "passage",
      text: [header, headingFirst.join(" > "), withLongForms(group.map((g) => g.text).join("\n"))].filter((s) => s).join("\n"),
      start: b.start,
      end: last.start + last.text.length,
      locator: blockLocator(b, headingFirst),
    });
    i = j;
  }
  return chunks;
}
