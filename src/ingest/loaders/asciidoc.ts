/**
 * AsciiDoc source (kept in a docs repository and saved as .txt or .adoc text): "= Title" and "== Section"
 * headings, ":name: value" attribute entries, "[cols=…]" block attributes, ".Block titles", ". " ordered
 * and "* " unordered items, "Term:: definition" lists, and tables between "|===" fences whose cells start
 * with "|", several to a line or one a line (a row then known only by the number of columns). Read as
 * markdown: headings as "#" headings, tables as pipe tables, attribute entries as "Name: value" labels.
 * Every word of the source is kept as written ("{next-review}", "footnote:[…]", comments), so that a quote
 * stays verbatim to the file; only the block attributes ("[cols=…]") and delimiters are left out.
 */
import type { DocumentHints } from "./types.js";

const HEADING = /^(={1,6})[ \t]+(\S.*)$/;
const ATTRIBUTE_ENTRY = /^:([A-Za-z0-9_][\w-]*!?):[ \t]*(.*)$/;
const BLOCK_ATTRIBUTES = /^\[[^\]]*\][ \t]*$/;
const BLOCK_TITLE = /^\.([A-Za-z0-9"'(][^\n]*)$/;
const TABLE_FENCE = /^[|!,:]===[ \t]*$/;
const DELIMITER = /^(?:-{4,}|\.{4,}|\*{4,}|={4,}|_{4,}|\+{4,}|\/{4,})[ \t]*$/;

/** True for AsciiDoc source: a "= Title" first, or "|===" tables under "== " sections. */
export function isAsciiDoc(text: string): boolean {
  const lines = text.split("\n");
  const first = lines.find((l) => l.trim())?.trim() ?? "";
  const sections = lines.filter((l) => /^={2,6}[ \t]+\S/.test(l)).length;
  const tables = lines.filter((l) => TABLE_FENCE.test(l)).length;
  const attributes = lines.filter((l) => ATTRIBUTE_ENTRY.test(l)).length;
  return (/^=[ \t]+\S/.test(first) && (sections >= 1 || attributes >= 1)) || (sections >= 2 && tables >= 2);
}

/** How many columns a table's cols attribute gives: "3,4,2,3" (four), "3*" (three). */
function columnCount(attributes: string | undefined): number | undefined {
  const cols = attributes ? /\bcols\s*=\s*"?([^"\],]*(?:,[^"\],]*)*)"?/.exec(attributes)?.[1] : undefined;
  if (!cols) return undefined;
  const repeated = /^(\d+)\*/.exec(cols.trim());
  if (repeated) return Number(repeated[1]);
  return cols.split(",").filter((c) => c.trim()).length || undefined;
}

/** A table's cells in order; a line not opening on "|" goes on with the cell before it. */
function tableCells(lines: string[]): { cells: string[]; firstLineCells: number; headerByBlank: boolean } {
  const cells: string[] = [];
  let firstLineCells = 0;
  let headerByBlank = false;
  let seenFirst = false;
  lines.forEach((line, k) => {
    if (!line.trim()) {
      // (The first line's cells, then a blank line: a header row, as Asciidoctor reads it.)
      if (seenFirst && k > 0 && cells.length === firstLineCells && firstLineCells > 1) headerByBlank = true;
      return;
    }
    if (/^[ \t]*(?:\d+[+*])?[<^>]?(?:\.[<^>])?[a-z]?\|/.test(line)) {
      const parts = line.replace(/^[ \t]*(?:\d+[+*])?[<^>]?(?:\.[<^>])?[a-z]?\|/, "").split(/(?<!\\)\s(?:\d+[+*])?[<^>]?(?:\.[<^>])?[a-z]?\|/);
      const own = parts.map((c) => c.replace(/\\\|/g, "|").trim());
      if (!seenFirst) {
        firstLineCells = own.length;
        seenFirst = true;
      }
      cells.push(...own);
    } else if (cells.length) cells[cells.length - 1] = `${cells[cells.length - 1]} ${line.trim()}`.trim();
  });
  return { cells, firstLineCells, headerByBlank };
}

/** AsciiDoc source as markdown, and its title; any other text is returned as it is. */
export function asciiDocToMarkdown(text: string): { text: string; hints?: DocumentHints } {
  if (!isAsciiDoc(text)) return { text };
  const lines = text.split("\n");
  const out: string[] = [];
  let title: string | undefined;
  let attributes: string | undefined;
  let ordered = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (A comment's words are kept, as the source a reader has shows them: a quote running past one stays verbatim.)
    if (/^\/\/(?!\/)/.test(line)) {
      out.push(line);
      continue;
    }
    if (/^\/{4,}[ \t]*$/.test(line)) {
      // A comment block, to its closing line.
      while (i + 1 < lines.length && !/^\/{4,}[ \t]*$/.test(lines[i + 1]!)) i++;
      i++;
      continue;
    }
    if (TABLE_FENCE.test(line)) {
      const body: string[] = [];
      while (i + 1 < lines.length && !TABLE_FENCE.test(lines[i + 1]!)) body.push(lines[++i]!);
      i++;
      const { cells, firstLineCells, headerByBlank } = tableCells(body);
      const width = columnCount(attributes) ?? firstLineCells;
      const header = /\boptions\s*=\s*"?[^"\]]*\bheader\b/.test(attributes ?? "") || /%header\b/.test(attributes ?? "") || headerByBlank;
      attributes = undefined;
      if (width < 1 || cells.length === 0) continue;
      out.push("");
      for (let r = 0; r * width < cells.length; r++) {
        const row = cells.slice(r * width, (r + 1) * width);
        out.push(`| ${row.join(" | ")} |`);
        if (r === 0 && header) out.push(`|${row.map(() => "---").join("|")}|`);
      }
      out.push("");
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      if (heading[1]!.length === 1 && !title) title = heading[2]!.trim();
      out.push("", `${"#".repeat(heading[1]!.length)} ${heading[2]!.trim()}`, "");
      ordered = 0;
      continue;
    }
    const attribute = ATTRIBUTE_ENTRY.exec(line);
    if (attribute) {
      const [, name, value] = attribute;
      if (!value!.trim()) {
        out.push(line);
        continue;
      }
      const words = name!.replace(/!$/, "").replace(/[-_]+/g, " ");
      out.push(`${words.charAt(0).toUpperCase()}${words.slice(1)}: ${value!.trim()}`);
      continue;
    }
    if (BLOCK_ATTRIBUTES.test(line)) {
      attributes = line;
      out.push("");
      continue;
    }
    if (DELIMITER.test(line)) continue;
    const blockTitle = BLOCK_TITLE.exec(line);
    if (blockTitle && !/^\.\s/.test(line)) {
      out.push(blockTitle[1]!.trim());
      continue;
    }
    const item = /^(\.+)[ \t]+(\S.*)$/.exec(line);
    if (item) {
      out.push(`${"   ".repeat(item[1]!.length - 1)}${++ordered}. ${item[2]}`);
      continue;
    }
    if (!/^\s*$/.test(line)) ordered = /^[ \t]/.test(line) ? ordered : 0;
    const term = /^([^:\s][^:]{0,60}?):: ?(.*)$/.exec(line);
    if (term) {
      out.push(`${term[1]}: ${term[2]}`);
      continue;
    }
    out.push(line.replace(/^(\*+)[ \t]+/, (_m, stars: string) => `${"  ".repeat(stars.length - 1)}- `));
  }
  return { text: out.join("\n").replace(/\n{3,}/g, "\n\n"), ...(title ? { hints: { title } } : {}) };
}
