/**
 * Textile source, as Redmine keeps a wiki page and exports it "as TXT" (Jira's and Confluence's older wiki
 * markup is its close cousin): block signatures ("h2. Attendance", "bq. RESOLVED that …", "p=. …",
 * "fn1. …"), tables whose cells open with modifiers ("|_. Council" a header cell, "|/2. Sallowmere" a cell
 * spanning two rows, so the next row has a cell fewer, "|\3. …" one spanning three columns; Jira heads a
 * table with "||"), coloured spans ("%{color:red}*Overdue*%", Jira's "{color:red}…{color}"), wiki links
 * ("[[Meetings|all meetings]]"), macros ("{{>toc}}", "{{collapse(Vote on item 4) … }}") and preformatted
 * blocks ("<pre>", "bc.", "{code}"). Read as markdown, as the page shows it: headings as "#" headings,
 * tables as pipe tables with a spanned cell left empty where it spans, links by their words, macros left
 * out. Coloured spans and a folded block's macro line are kept as written (the status readers see through
 * a span): a quote of a status row stays a run of the file's own words.
 */
import type { DocumentHints } from "./types.js";

/** A block's signature: its type, its modifiers (alignment, class, style, language) and the dot. */
const BLOCK = /^(h[1-6]|bq|p|fn\d+|bc|pre)((?:<>|[<>=]|\([^)\n]*\)|\{[^}\n]*\}|\[[^\]\n]*\])*)\.{1,2}(?:[ \t]+(.*))?$/;
const TABLE_LINE = /^[ \t]*(?:\{[^}\n]*\}\.[ \t]*)?\|.*\|[ \t]*$/;
/** A cell's modifiers before its ". ": header "_", spans "\2" "/3", alignment, class, style. */
const CELL_MODIFIERS = /^((?:_|\\\d+|\/\d+|<>|[<>=^~-]|\([^)]*\)|\{[^}]*\}|\[[^\]]*\])+)\.(?:[ \t]+|$)/;
/** Marks only Textile (Redmine's or Jira's) writes: its block signatures, table cells, spans and macros. */
const TEXTILE_MARKS = [
  /^\|_\.|^\|\/\d+\.|^\|\\\d+\./m,
  /^bq\.{1,2}[ \t]/m,
  /^p(?:<>|[<>=]|\([^)\n]*\)|\{[^}\n]*\})+\.[ \t]/m,
  /%\{[^}\n]*\}[^%\n]+%/,
  /^fn\d+\.[ \t]/m,
  /\{\{(?:>?toc|collapse\(|child_pages|include\()/,
  /^\|\|[^\n]*\|\|[ \t]*$/m,
  /\{color:[^}\n]+\}[^{\n]*\{color\}/,
  /^\{(?:panel|code|noformat|quote)\b/m,
];

/** True for Textile source: a heading block ("h2. …"), and a second mark of Textile's own. */
export function isTextile(text: string): boolean {
  const headings = (text.match(/^h[1-6](?:<>|[<>=]|\([^)\n]*\)|\{[^}\n]*\})*\.[ \t]+\S/gm) ?? []).length;
  return headings >= 1 && TEXTILE_MARKS.some((mark) => mark.test(text));
}

/** A line's inline markup as the page shows it: spans, links and emphasis by their words, images out. */
function inline(line: string): string {
  return (
    line
      .replace(/(?<!%)\{color(?::[^}]*)?\}/g, "")
      .replace(/\[\[[^\]|]*\|([^\]]*)\]\]/g, "$1")
      .replace(/\[\[([^\]]*)\]\]/g, (_, page: string) => page.replace(/_/g, " "))
      .replace(/\{\{[^}]*\}\}/g, "")
      .replace(/!(?:[<>=]|\{[^}]*\})*[^\s!]+\.(?:png|jpe?g|gif|svg|webp)(?:\([^)]*\))?!(?::\S+)?/gi, "")
      .replace(/"([^"\n]+)":(?:https?:\/\/|\/|mailto:)[^\s|]*[^\s|.,;:)]/g, "$1")
      .replace(/\[([^\]|\n]+)\|(?:https?:\/\/|mailto:)[^\]]+\]/g, "$1")
      .replace(/(^|[\s(|>])\*{1,2}(?=\S)([^*\n]*?\S)\*{1,2}(?=[\s).,;:|!?]|$)/g, "$1$2")
      .replace(/(^|[\s(|>])_{1,2}(?=\S)([^_\n]*?\S)_{1,2}(?=[\s).,;:|!?]|$)/g, "$1$2")
      .replace(/(^|[\s(|>])@(?=\S)([^@\n]*?\S)@(?=[\s).,;:|!?]|$)/g, "$1$2")
      .replace(/(^|[\s(|>])\+(?=\S)([^+\n]*?\S)\+(?=[\s).,;:|!?]|$)/g, "$1$2")
  );
}

interface Cell {
  text: string;
  header: boolean;
  rows: number;
  columns: number;
}

/** A table line's cells, with what their modifiers say (Jira's "||" cells are header cells). */
function tableCells(line: string): Cell[] {
  const body = line.trim().replace(/^\{[^}]*\}\.[ \t]*/, "");
  const jiraHeader = body.startsWith("||");
  const parts = (jiraHeader ? body.slice(2, -2).split("||") : splitCells(body.slice(1, -1)));
  return parts.map((raw) => {
    const modifiers = CELL_MODIFIERS.exec(raw.trimStart());
    const mods = modifiers?.[1] ?? "";
    const text = modifiers ? raw.trimStart().slice(modifiers[0].length) : raw;
    return {
      text: inline(text).trim(),
      header: jiraHeader || /(?:^|[^\\/\d])_/.test(mods) || mods.startsWith("_"),
      rows: Number(/\/(\d+)/.exec(mods)?.[1] ?? 1),
      columns: Number(/\\(\d+)/.exec(mods)?.[1] ?? 1),
    };
  });
}

/** A row's cells split at "|", except inside a wiki link ("[[Page|text]]") or a link's brackets. */
function splitCells(inner: string): string[] {
  const cells: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === "|" && depth === 0) {
      cells.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  cells.push(inner.slice(from));
  return cells;
}

/** A table's lines as markdown rows: a cell spanning rows is written once, and left empty below it. */
function tableToMarkdown(lines: string[]): string[] {
  const rows = lines.map(tableCells);
  const width = Math.max(...rows.map((cells) => cells.reduce((sum, cell) => sum + cell.columns, 0)));
  const pendingRows: number[] = [];
  const out: string[] = [""];
  rows.forEach((cells, index) => {
    // (A last row of one cell across the table is a note under it, "Substitute: …": read as a line.)
    if (index === rows.length - 1 && index > 0 && cells.length === 1 && cells[0]!.columns >= width && !pendingRows.some((n) => n > 0)) {
      out.push("", cells[0]!.text);
      return;
    }
    const shown: string[] = [];
    let column = 0;
    const spanned = () => {
      while ((pendingRows[column] ?? 0) > 0) {
        pendingRows[column]!--;
        shown.push("");
        column++;
      }
    };
    for (const cell of cells) {
      spanned();
      for (let k = 0; k < cell.columns; k++) {
        shown.push(k === 0 ? cell.text : "");
        pendingRows[column] = cell.rows - 1;
        column++;
      }
    }
    while (column < width) {
      if ((pendingRows[column] ?? 0) > 0) pendingRows[column]!--;
      shown.push("");
      column++;
    }
    out.push(`| ${shown.join(" | ")} |`);
    if (index === 0 && cells.length >= 2 && cells.every((cell) => cell.header)) out.push(`|${shown.map(() => "---").join("|")}|`);
  });
  out.push("");
  return out;
}

/** Textile source as markdown, and its title; any other text is returned as it is. */
export function textileToMarkdown(text: string): { text: string; hints?: DocumentHints } {
  if (!isTextile(text)) return { text };
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let title: string | undefined;
  let preformatted: "html" | "block" | "fence" | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (preformatted) {
      const ends =
        (preformatted === "html" && /^\s*<\/pre>\s*$/i.test(line)) ||
        (preformatted === "block" && !line.trim()) ||
        (preformatted === "fence" && /^\s*\{(?:code|noformat)\}\s*$/.test(line));
      if (ends) {
        preformatted = undefined;
        out.push("");
      } else out.push(line.replace(/<\/?code>/gi, ""));
      continue;
    }
    if (/^\s*<pre\b[^>]*>\s*$/i.test(line)) {
      preformatted = "html";
      out.push("");
      continue;
    }
    if (/^\s*\{(?:code|noformat)(?::[^}]*)?\}\s*$/.test(line)) {
      preformatted = "fence";
      out.push("");
      continue;
    }
    if (TABLE_LINE.test(line)) {
      const table: string[] = [];
      while (i < lines.length && TABLE_LINE.test(lines[i]!)) table.push(lines[i++]!);
      i--;
      out.push(...tableToMarkdown(table));
      continue;
    }
    // (A folded block, "{{collapse(Vote on item 4)", is kept as written, its title in it; its contents
    // follow; "}}" closes it.)
    if (/^\s*\{\{collapse\b/.test(line)) {
      out.push("", line.trim(), "");
      continue;
    }
    if (/^\s*\}\}\s*$/.test(line) || /^\s*\{\{[^}]*\}\}\s*$/.test(line) || /^\s*\{(?:panel|quote)(?::[^}]*)?\}\s*$/.test(line) || /^\s*table(?:\([^)]*\)|\{[^}]*\})*\.\s*$/.test(line)) {
      out.push("");
      continue;
    }
    const block = BLOCK.exec(line);
    if (block) {
      const [, type, , rest = ""] = block;
      const heading = /^h([1-6])$/.exec(type!);
      if (heading) {
        const words = inline(rest).trim();
        if (!title && heading[1] === "1") title = words;
        out.push("", `${"#".repeat(Number(heading[1]))} ${words}`, "");
      } else if (type === "bc" || type === "pre") {
        preformatted = "block";
        out.push("", rest);
      } else if (type!.startsWith("fn")) out.push("", `[${type!.slice(2)}] ${inline(rest).trim()}`);
      else out.push("", inline(rest).trim());
      continue;
    }
    const item = /^([*#]+)[ \t]+(\S.*)$/.exec(line);
    if (item) {
      const depth = item[1]!.length - 1;
      out.push(`${"  ".repeat(depth)}${item[1]!.endsWith("#") ? "1." : "-"} ${inline(item[2]!).trim()}`);
      continue;
    }
    out.push(inline(line));
  }
  return { text: out.join("\n").replace(/\n{3,}/g, "\n\n"), ...(title ? { hints: { title } } : {}) };
}
