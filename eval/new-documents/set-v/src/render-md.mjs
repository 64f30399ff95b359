// Renders docs/markets-street-trading-panel-action-log-forward-plan-2027-10-06.md (written by hand: a page of a
// wiki) as text/markets-street-trading-panel-action-log-forward-plan-2027-10-06.txt, one line per heading,
// paragraph, list item or table row, and checks its content.
//
//   node src/render-md.mjs
//
// Rendering rules: "[[_TOC_]]" (the wiki's table-of-contents macro) and the "---" rule dropped; headings lose
// their "#"s; wiki links "[[Target|Text]]" / "[[Target]]" keep their text; the alert marker "[!NOTE]" /
// "[!IMPORTANT]" is dropped and the quote lines lose "> "; bold, italic and strike-through markers are removed;
// a task-list item keeps its box as written ("[x]" or "[ ]") at the start of its line, and its indented
// continuation lines (Owner / Due, Update) are lines of their own; a table row as its non-empty cells joined
// with " | " (so the rows without a meeting date start with the item); the separator row dropped.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "markets-street-trading-panel-action-log-forward-plan-2027-10-06";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const inline = (s) => s.replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, "$2").replace(/\[\[([^\]]+)\]\]/g, "$1").replace(/~~/g, "").replace(/\*\*/g, "").replace(/(^|[\s(])_([^_]+)_/g, "$1$2");
const out = [];
for (const raw of md.split("\n")) {
  let l = raw.trimEnd();
  if (!l.trim() || l === "[[_TOC_]]" || l === "---" || /^\|---/.test(l) || /^> \[!\w+\]$/.test(l)) continue;
  if (/^#+ /.test(l)) l = l.replace(/^#+ /, "");
  else if (/^> /.test(l)) l = l.slice(2);
  else if (/^\|/.test(l)) l = l.split("|").slice(1, -1).map((c) => c.trim()).filter(Boolean).join(" | ");
  else if (/^- \[[x ]\] /.test(l)) l = l.slice(2);
  else if (/^- /.test(l)) l = l.slice(2);
  else l = l.trim();
  out.push(inline(l));
}
// checks
const acts = [...md.matchAll(/^- \[([x ])\] (~~)?\*\*(A27\/\d\d)\*\*/gm)].map((m) => [m[3], m[1] === "x" ? "done" : m[2] ? "dropped" : "open"]);
const c = acts.reduce((a, [, s]) => ((a[s] = (a[s] ?? 0) + 1), a), {});
if (acts.length !== 9 || c.done !== 5 || c.open !== 3 || c.dropped !== 1) throw new Error("actions " + JSON.stringify(c));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote text/${BASE}.txt (${out.length} lines); actions ${JSON.stringify(c)}`);
