/**
 * XWiki page source (XWiki 2.x syntax, as the wiki editor's "Source" view shows it and as pages are copied
 * out of it): headings between "=" signs ("= Title =", "== Section =="), tables whose header cells open with
 * "|=" and data cells with "|", parameters in "(% … %)" before a cell, a line or a block, macros in double
 * braces ("{{toc/}}", "{{info title="Decision"}} … {{/info}}", "{{comment}} … {{/comment}}",
 * "{{footnote}} … {{/footnote}}", "{{html}} … {{/html}}"), links "[[label>>target]]", lists "* item" and
 * "1. item" (deeper levels repeat the mark), "**bold**", "//italic//", "--struck--" and "~" escapes. Read as
 * markdown, as the page shows it: headings as "#" headings, tables as pipe tables, a box macro's title as a
 * line over its text, a footnote in brackets where it is marked, raw HTML as the page shows it, links by
 * their words, comments and the table of contents left out.
 */
import { htmlToText } from "./html.js";
import type { DocumentHints } from "./types.js";

const HEADING = /^[ \t]*(={1,6})[ \t]*(\S.*?)[ \t]*=*[ \t]*$/;
/** Marks only XWiki writes: its header cells, its parameters, its macros' closing tags, its links. */
const XWIKI_MARKS = [/^\|=/m, /\(%[^\n]*?%\)/, /\{\{\/[a-zA-Z]+\}\}/, /\[\[[^\]\n]*>>[^\]\n]*\]\]/, /\{\{[a-zA-Z]+[^}\n]*\/\}\}/];
/** Macros whose content the page does not show. */
const HIDDEN_MACROS = new Set(["comment"]);

/** True for XWiki source: headings between "=" signs or "|=" tables, and two of XWiki's own marks. */
export function isXWiki(text: string): boolean {
  const structured = /^[ \t]*=+[ \t]*\S.*=[ \t]*$/m.test(text) || /^\|=/m.test(text);
  return structured && XWIKI_MARKS.filter((m) => m.test(text)).length >= 2 && !/^\{\|/m.test(text);
}

/** A line's inline markup as the page shows it. */
function inline(line: string): string {
  return (
    line
      // (A footnote's text in brackets where it is marked.)
      .replace(/\{\{footnote\}\}([\s\S]*?)\{\{\/footnote\}\}/g, " ($1)")
      .replace(/\(%[^\n]*?%\)/g, "")
      .replace(/\{\{[^}\n]*\}\}/g, "")
      .replace(/\[\[([^\]\n]*?)>>[^\]\n]*\]\]/g, "$1")
      .replace(/\[\[(?:attach:|mailto:|doc:|url:)?([^\]\n]*)\]\]/g, "$1")
      .replace(/(^|[^:])\/\/(?=\S)(.*?\S)\/\//g, "$1$2")
      .replace(/__(?=\S)(.*?\S)__/g, "$1")
      .replace(/##(?=\S)(.*?\S)##/g, "$1")
      .replace(/\^\^(.*?)\^\^/g, "$1")
      .replace(/,,(.*?),,/g, "$1")
      .replace(/[ \t]*\\\\(?=\s|$)/g, " ")
      // (An escaped character is the character.)
      .replace(/~(.)/g, "$1")
      .replace(/--(?=\S)(.*?\S)--/g, "~~$1~~")
  );
}

/** A table line's cells, and whether each is a header cell ("|="); "~|" is a pipe in a cell. */
function tableCells(line: string): { text: string; header: boolean }[] {
  const cells: { text: string; header: boolean }[] = [];
  let current = "";
  let header = false;
  let inLink = 0;
  const body = line.trim().replace(/^\(%[^\n]*?%\)/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "~" && i + 1 < body.length) {
      current += c + body[i + 1];
      i++;
      continue;
    }
    if (body.startsWith("[[", i)) inLink++;
    if (body.startsWith("]]", i) && inLink > 0) inLink--;
    if ((c === "|" || c === "!") && inLink === 0 && (c === "|" || body[i + 1] === "=" || body[i + 1] === "!")) {
      if (i > 0) cells.push({ text: inline(current).trim(), header });
      header = body[i + 1] === "=";
      if (header || body[i + 1] === "!") i++;
      current = "";
      continue;
    }
    current += c;
  }
  cells.push({ text: inline(current).trim(), header });
  return cells;
}

/** XWiki source as markdown, and its title; any other text is returned as it is. */
export function xWikiToMarkdown(text: string): { text: string; hints?: DocumentHints } {
  if (!isXWiki(text)) return { text };
  const out: string[] = [];
  let title: string | undefined;
  let inTable = false;
  let hidden: string | undefined;
  let html: string[] | undefined;
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    // (A footnote may run over lines: read it as one with the line that marks it.)
    while (/\{\{footnote\}\}(?![\s\S]*\{\{\/footnote\}\})/.test(line) && n + 1 < lines.length) line += ` ${lines[++n]!}`;
    if (hidden) {
      if (line.includes(`{{/${hidden}}}`)) hidden = undefined;
      continue;
    }
    if (html) {
      if (/\{\{\/html\}\}/.test(line)) {
        out.push("", ...htmlRows(htmlToText(html.join("\n"))), "");
        html = undefined;
      } else html.push(line);
      continue;
    }
    const macro = /^[ \t]*\{\{([a-zA-Z]+)([^}\n]*?)(\/?)\}\}[ \t]*(.*)$/.exec(line);
    if (macro && !macro[3] && HIDDEN_MACROS.has(macro[1]!)) {
      if (!line.includes(`{{/${macro[1]}}}`)) hidden = macro[1];
      continue;
    }
    if (macro && !macro[3] && macro[1] === "html") {
      html = macro[4] ? [macro[4]] : [];
      continue;
    }
    if (inTable && !/^[ \t]*[|!]/.test(line)) {
      out.push("");
      inTable = false;
    }
    // A box's opening tag: its title, if it has one, is a line over its text.
    if (macro && !macro[3]) {
      const boxTitle = /\btitle="([^"]*)"/.exec(macro[2]!)?.[1];
      out.push(...(boxTitle ? ["", `**${inline(boxTitle).trim()}**`, ""] : [""]));
      if (macro[4]?.trim()) out.push(inline(macro[4]));
      continue;
    }
    if (/^[ \t]*\{\{\/[a-zA-Z]+\}\}[ \t]*$/.test(line) || (macro && macro[3] && !macro[4]?.trim())) {
      out.push("");
      continue;
    }
    if (/^[ \t]*\(%[^\n]*?%\)[ \t]*$/.test(line) || /^[ \t]*(?:\(\(\(|\)\)\))[ \t]*$/.test(line)) continue;
    if (/^[ \t]*[|!][=!]?/.test(line) && /^[ \t]*(?:\|(?!\|)|!=|!!)/.test(line)) {
      const cells = tableCells(line);
      const headerRow = !inTable && cells.length >= 2 && cells.every((c) => c.header);
      // ("|=Chair|Cllr …": a label beside its value, a line of a facts box.)
      if (cells.length === 2 && cells[0]!.header && !cells[1]!.header && !inTable && isFactsBox(lines, n)) {
        out.push(`${cells[0]!.text}: ${cells[1]!.text}`);
        continue;
      }
      if (!inTable) out.push("");
      out.push(`| ${cells.map((c) => c.text).join(" | ")} |`);
      if (headerRow) out.push(`|${cells.map(() => "---").join("|")}|`);
      inTable = true;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading && /=[ \t]*$/.test(line)) {
      const level = heading[1]!.length;
      const words = inline(heading[2]!).trim();
      if (!title && level === 1) title = words;
      out.push("", `${"#".repeat(level)} ${words}`, "");
      continue;
    }
    const item = /^[ \t]*(\*+|1+\.|\*+\.)[ \t]+(\S.*)$/.exec(line);
    if (item) {
      const mark = item[1]!;
      const depth = mark.replace(/\./g, "").length - 1;
      out.push(`${"  ".repeat(depth)}${/^1/.test(mark) ? "1." : "-"} ${inline(item[2]!).trim()}`);
      continue;
    }
    if (/^[ \t]*-{4,}[ \t]*$/.test(line)) {
      out.push("");
      continue;
    }
    out.push(inline(line));
  }
  return { text: out.join("\n").replace(/\n{3,}/g, "\n\n"), ...(title ? { hints: { title } } : {}) };
}

/** Is the table at line `n` a box of facts: every row a header cell beside one value? */
function isFactsBox(lines: string[], n: number): boolean {
  for (let k = n; k < lines.length && /^[ \t]*\|/.test(lines[k]!); k++) {
    const cells = tableCells(lines[k]!);
    if (cells.length !== 2 || !cells[0]!.header || cells[1]!.header) return false;
  }
  return true;
}

/** The text of a block of raw HTML, its tables' rows (cells apart by tabs) as pipe-table rows. */
function htmlRows(text: string): string[] {
  const out: string[] = [];
  let inTable = false;
  for (const line of text.split("\n")) {
    if (!line.includes("\t")) {
      if (inTable) out.push("");
      inTable = false;
      out.push(line);
      continue;
    }
    const cells = line.split("\t").map((c) => c.trim());
    if (!inTable) out.push("");
    out.push(`| ${cells.join(" | ")} |`);
    if (!inTable) out.push(`|${cells.map(() => "---").join("|")}|`);
    inTable = true;
  }
  return out;
}
