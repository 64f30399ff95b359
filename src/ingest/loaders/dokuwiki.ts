/**
 * DokuWiki page source (as DokuWiki stores a page, `data/pages/…/start.txt`): headings between "=" signs
 * whose level runs backwards ("====== Title ======" is the page's title, "==== Section ====" below a
 * "===== Section ====="), tables whose header cells open with "^" and data cells with "|", a cell spanning
 * the row above written ":::", links "[[ns:page|text]]", footnotes "((…))", forced line breaks "\\",
 * "//italic//", plugin tags ("<color #fff/#c00>", "<WRAP>", "{{tag>…}}", "~~NOTOC~~") and lists indented
 * two spaces. Read as markdown, as the page shows it: headings as "#" headings, tables as pipe tables,
 * links by their words, footnotes in brackets where they are marked, plugin tags left out.
 */
import type { DocumentHints } from "./types.js";

const HEADING = /^[ \t]*(={2,6})[ \t]*(\S.*?)[ \t]*={2,6}[ \t]*$/;
const TABLE_LINE = /^[ \t]*[\^|].*[\^|][ \t]*$/;
/** Markers only DokuWiki writes: its own tables' header cells, plugin tags, page macros. */
// (Not links, "[[page|text]]", nor headings between "=" signs alone: MediaWiki writes those too.)
const DOKUWIKI_MARK = /^[ \t]*\^[^\n]*[\^|][ \t]*$|~~(?:NOTOC|NOCACHE)~~|\{\{tag>|<WRAP\b|<color\s+#/m;
/** MediaWiki's own marks: its tables ("{|"), bold between three quotes, templates ("{{Status|…"). */
const MEDIAWIKI_MARK = /^\{\||'''[^'\n]+'''|\{\{[A-Z][\w ]*\|/m;

/** True for DokuWiki source: headings between "=" signs, and a mark of DokuWiki's own. */
export function isDokuWiki(text: string): boolean {
  const headings = text.split("\n").filter((l) => HEADING.test(l)).length;
  return headings >= 1 && DOKUWIKI_MARK.test(text) && !MEDIAWIKI_MARK.test(text);
}

/** A line's inline markup as the page shows it: links by their words, footnotes in brackets, tags out. */
function inline(line: string): string {
  return (
    line
      .replace(/\[\[[^\]|]*\|([^\]]*)\]\]/g, "$1")
      .replace(/\[\[([^\]]*)\]\]/g, (_, target: string) => target.split(/[:#]/).pop()!.replace(/_/g, " "))
      .replace(/\(\(([\s\S]*?)\)\)/g, " ($1)")
      .replace(/<\/?(?:color|del|ins|sub|sup|nowiki|wrap)\b[^>]*>/gi, "")
      .replace(/<([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>/g, "$1")
      .replace(/(^|[\s(|^])\/\/(?=\S)(.*?\S)\/\/(?=[\s).,;:|^]|$)/g, "$1$2")
      .replace(/''(.*?)''/g, "$1")
      .replace(/__(.*?)__/g, "$1")
      .replace(/[ \t]*\\\\(?=\s|$)/g, " ")
      .replace(/\{\{[^}]*\}\}/g, "")
  );
}

/** A table line's cells, and whether each is a header cell ("^"). */
function tableCells(line: string): { text: string; header: boolean }[] {
  const shown = inline(line).trim();
  const cells: { text: string; header: boolean }[] = [];
  let mark = shown[0]!;
  let from = 1;
  for (let i = 1; i < shown.length; i++) {
    const c = shown[i]!;
    if (c !== "^" && c !== "|") continue;
    const text = shown.slice(from, i).trim();
    cells.push({ text: text === ":::" ? "" : text, header: mark === "^" });
    mark = c;
    from = i + 1;
  }
  return cells;
}

/** DokuWiki source as markdown, and its title; any other text is returned as it is. */
export function dokuWikiToMarkdown(text: string): { text: string; hints?: DocumentHints } {
  if (!isDokuWiki(text)) return { text };
  const out: string[] = [];
  let title: string | undefined;
  let inTable = false;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^[ \t]*~~[A-Z]+~~[ \t]*$/.test(line) || /^[ \t]*\{\{tag>[^}]*\}\}[ \t]*$/.test(line) || /^[ \t]*<\/?WRAP\b[^>]*>[ \t]*$/i.test(line)) {
      out.push("");
      continue;
    }
    if (TABLE_LINE.test(line)) {
      const cells = tableCells(line);
      // ("^ Quorum | 4 members |": a label beside its value, a line of a facts box.)
      if (cells.length === 2 && cells[0]!.header && !cells[1]!.header && cells[0]!.text && !inTable) {
        out.push(`${cells[0]!.text}: ${cells[1]!.text}`);
        continue;
      }
      // (A first row of header cells heads the table.)
      const headerRow = !inTable && cells.length >= 2 && cells.every((c) => c.header);
      if (!inTable) out.push("");
      out.push(`| ${cells.map((c) => c.text).join(" | ")} |`);
      if (headerRow) out.push(`|${cells.map(() => "---").join("|")}|`);
      inTable = true;
      continue;
    }
    if (inTable) out.push("");
    inTable = false;
    const heading = HEADING.exec(line);
    if (heading) {
      // (Six "=" signs are the top level, two the lowest.)
      const level = 7 - heading[1]!.length;
      if (!title && level === 1) title = inline(heading[2]!).trim();
      out.push("", `${"#".repeat(level)} ${inline(heading[2]!).trim()}`, "");
      continue;
    }
    const item = /^( {2,}|\t+)([*-])[ \t]+(\S.*)$/.exec(line);
    if (item) {
      const depth = Math.max(0, Math.floor(item[1]!.replace(/\t/g, "  ").length / 2) - 1);
      out.push(`${"  ".repeat(depth)}${item[2] === "-" ? "1." : "-"} ${inline(item[3]!).trim()}`);
      continue;
    }
    out.push(inline(line));
  }
  return { text: out.join("\n"), ...(title ? { hints: { title } } : {}) };
}
