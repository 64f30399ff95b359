/**
 * Emacs org-mode files (saved as .txt or .org text): "#+TITLE:" keyword lines, "* " headings with
 * trailing ":tags:", tasks as headings that open with a state keyword ("** WAITING [#A] A81/12 …") with
 * their DEADLINE / CLOSED stamps and :PROPERTIES: drawers under them, and tables ruled with "|---+---|".
 * Read as markdown: headings as "#" headings (tags dropped), a task as a list item whose stamps and
 * drawers are its continuation lines, keyword lines as "Title: …" labels (settings too: their words stay, for quotes to stay verbatim).
 */
import type { DocumentHints } from "./types.js";

const KEYWORD_LINE = /^#\+([A-Za-z_]+):[ \t]*(.*)$/;
const HEADING = /^(\*+)[ \t]+(.*?)(?:[ \t]+(:[\w@#%:]+:))?[ \t]*$/;
const TABLE_RULE = /^([ \t]*)\|[-+]+\|?[ \t]*$/;
const DEFAULT_STATES = ["TODO", "DONE"];

/** True for an org file: its "#+" keyword lines or property drawers, beside "* " headings. */
export function isOrgFile(text: string): boolean {
  const lines = text.split("\n");
  const headings = lines.filter((l) => HEADING.test(l)).length;
  const keywords = lines.filter((l) => /^#\+(?:title|author|date|startup|options|todo|filetags|tblfm)\s*:/i.test(l)).length;
  const drawers = lines.filter((l) => /^[ \t]*:(?:PROPERTIES|LOGBOOK|END):[ \t]*$/.test(l)).length;
  return headings >= 2 && (keywords >= 1 || drawers >= 2);
}

/** The task states the file names ("#+TODO: TODO WAITING | DONE CANCELLED"), or org's own. */
function taskStates(lines: string[]): Set<string> {
  const states = new Set(DEFAULT_STATES);
  for (const line of lines) {
    const m = /^#\+(?:TODO|SEQ_TODO|TYP_TODO):[ \t]*(.*)$/i.exec(line);
    if (m) for (const word of m[1]!.split(/[\s|]+/)) if (word) states.add(word.replace(/\(.*\)$/, ""));
  }
  return states;
}

/** An org file as markdown, and its title; any other text is returned as it is. */
export function orgToMarkdown(text: string): { text: string; hints?: DocumentHints } {
  if (!isOrgFile(text)) return { text };
  const lines = text.split("\n");
  const states = taskStates(lines);
  const out: string[] = [];
  let title: string | undefined;
  // Lines under a task heading (stamps, drawers, its notes) are the task's own, until the next heading.
  let inTask = false;
  for (const line of lines) {
    const keyword = KEYWORD_LINE.exec(line);
    if (keyword) {
      const [, name, value] = keyword;
      // (A table's formula line is the spreadsheet's workings, not words of the page.)
      if (/^tblfm$/i.test(name!) || !value!.trim()) continue;
      if (/^title$/i.test(name!)) title = value!.trim();
      out.push(`${name!.charAt(0).toUpperCase()}${name!.slice(1).toLowerCase()}: ${value!.trim()}`, "");
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const words = heading[2]!;
      inTask = states.has(words.split(/\s+/)[0]!);
      out.push(...(inTask ? [`- ${words}`] : ["", `${"#".repeat(Math.min(6, heading[1]!.length))} ${words}`, ""]));
      continue;
    }
    const rule = TABLE_RULE.exec(line);
    if (rule) {
      out.push(`${rule[1]}${line.trim().replace(/\+/g, "|")}`);
      continue;
    }
    if (inTask) {
      // (A logbook's "- State "WAITING" from "TODO" …" is a note of the task, not a list of its own.)
      if (line.trim()) out.push(`  ${line.trim().replace(/^-\s+/, "").replace(/\s*\\\\$/, "")}`);
      continue;
    }
    out.push(line);
  }
  return { text: out.join("\n").replace(/\n{3,}/g, "\n\n"), ...(title ? { hints: { title } } : {}) };
}
