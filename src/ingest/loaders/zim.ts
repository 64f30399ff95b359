/**
 * A Zim desktop wiki page as Zim keeps it (a notebook's page is a text file that opens with
 * "Content-Type: text/x-zim-wiki" and "Wiki-Format: zim 0.6"): headings between "=" signs whose level runs
 * backwards ("====== Page ======" is the page's title, "===== Section =====" a section), "**bold**",
 * "//italic//", "__highlight__", "''verbatim''", "~~struck~~", links "[[Page:Sub|label]]", images
 * "{{./file.png}}", bullets "* " and numbered or lettered items indented by tabs, checkboxes "[ ]", "[*]",
 * "[x]", "[>]" as the Task List plugin reads them, tables with an alignment row as markdown writes them.
 * Read as markdown, as the page shows it: headings as "#" headings, links by their words, list items as
 * markdown's; a checkbox's task a paragraph of its own, its box as written (the hints say the boxes are
 * Zim's); the header lines, which Zim never shows, left out.
 */
import type { DocumentHints } from "./types.js";

const ZIM_HEADER = /^Content-Type:\s*text\/x-zim-wiki[ \t]*\n(?:[A-Z][\w-]*:[^\n]*\n)*/;
const HEADING = /^(={2,6})[ \t]*(\S.*?)[ \t]*={2,6}[ \t]*$/;
/** A checkbox of Zim's, opening a line (after its indent): open, done, not done, moved on. */
const CHECKBOX = /^(\t*)\[([ *x>])\][ \t]+/;
/**
 * A list item Zim writes: a bullet, or a number or letter ("1.", "a.") indented by tabs under a line. (A
 * number at a line's start is left as written, markdown's own numbered item or an item's title; a letter
 * there may be a name's initial, "J. Smith".)
 */
const LIST_ITEM = /^(\t*)\*[ \t]+|^(\t+)(?=(?:\d{1,2}|[a-z])\.[ \t]+\S)/;

/** True for a Zim page: its header says so. */
export function isZimPage(text: string): boolean {
  return ZIM_HEADER.test(text);
}

/** A line's inline markup as the page shows it: links and images by their words, marks out. */
function inline(line: string): string {
  return line
    .replace(/\[\[[^\]|]*\|([^\]]*)\]\]/g, "$1")
    // (A page's link by its page's name, "[[Meetings:Autumn]]" as "Autumn"; a web address whole.)
    .replace(/\[\[([^\]]*)\]\]/g, (_, target: string) => (/^[a-z][\w+.-]*:\/\//i.test(target) ? target : target.split(/[:#]/).pop()!.replace(/_/g, " ")))
    .replace(/\{\{[^}]*\}\}/g, "")
    .replace(/(^|[\s(|])\/\/(?=\S)(.*?\S)\/\/(?=[\s).,;:|]|$)/g, "$1$2")
    .replace(/''(.*?)''/g, "$1")
    .replace(/__(\S(?:.*?\S)?)__/g, "$1");
}

/** A Zim page as markdown, and hints saying its boxes are Zim's; any other text is returned as it is. */
export function zimToMarkdown(text: string): { text: string; hints?: DocumentHints } {
  const header = ZIM_HEADER.exec(text);
  if (!header) return { text };
  const out: string[] = [header[0].replace(/[^\n]/g, "")];
  for (const line of text.slice(header[0].length).split("\n")) {
    const heading = HEADING.exec(line);
    if (heading) {
      out.push(`${"#".repeat(7 - heading[1]!.length)} ${inline(heading[2]!)}`);
      continue;
    }
    const box = CHECKBOX.exec(line);
    if (box) {
      // (Its box as written, a paragraph of its own: the page's hints say whose boxes they are, Zim's "[x]"
      // being a task not done where markdown's is done, so it is not made a markdown task item.)
      out.push(`[${box[2]}] ${inline(line.slice(box[0].length))}`, "");
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && line.trim()) {
      out.push(`${"  ".repeat((item[1] ?? item[2]!).length)}- ${inline(line.slice(item[0].length))}`);
      continue;
    }
    // (A line is a line of its own on the page, not run into the next as markdown runs a paragraph's lines:
    // "**RESOLVED** that …" under the minute's last sentence.)
    const table = /^\s*\|/.test(line);
    out.push(inline(line), ...(line.trim() && !table ? [""] : []));
  }
  return { text: out.join("\n"), hints: { checkboxes: "zim" } };
}
