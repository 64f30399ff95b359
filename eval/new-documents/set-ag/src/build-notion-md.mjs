// Builds docs/<BASE.notion>.md – the Network's terms of reference and membership page for 2037/38 AS EXPORTED FROM
// NOTION ("Markdown & CSV"), last edited on 22 September 2037 – and text/<BASE.notion>.txt, its rendering.
//
//   node src/build-notion-md.mjs
//
// Layout: a Notion page export. An EMOJI IN THE TITLE ("# 🚸 …"); a PROPERTIES BLOCK of "Key: value" lines under
// the title (Owner: @Name, Status: In progress, Tags, dates in Notion's US style "July 8, 2037", Last edited
// by / time); CALLOUTS EXPORTED AS <aside> BLOCKS beginning with their emoji (💡, ⚠️) and a quote block starting
// with 📌; the terms of reference as a numbered list with bold run-in labels and a nested bullet list; TOGGLES
// EXPORTED AS <details><summary>…</summary> BLOCKS (substitutes; the officers' table inside a toggle); TWO INLINE
// DATABASES EXPORTED AS PIPE TABLES (the first followed by the link to its CSV): Members 2037/38 (Name | Role | Status |
// Council | Political group | Lead member for | Can stand in for | Term ends) WHOSE RELATION COLUMNS HOLD LINKS TO
// PAGES OF OTHER DATABASES, percent-encoded with Notion's 32-character ids ("[Kent County Council](Councils%20…/
// Kent%20County%20Council%20….md)"), several comma-separated in one cell, and a Status column where a departed
// Vice-Chair is still listed ("Left 31 Aug 2037"); and Meetings 2037/38 with a Papers relation. Person mentions as
// "@Name". No front matter, no headings numbered.
// Rendering: the page as Notion shows it: markup dropped, links as their text, tables a row a line with cells
// joined by " | ", list items and paragraphs a line each, the toggles open.
// Synthetic test fixture: everything in it is invented.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BASE, NOTION as N, notionLink } from "./content.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const md = [];
const txt = [];
const plain = (s) => s.replace(/\*\*/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
const both = (m, t = plain(m)) => { md.push(m); if (t !== null) txt.push(t); };

both("# " + N.title, N.title);
both("", null);
for (const [k, v] of N.props) both(`${k}: ${v}`);
both("", null);
for (const c of [N.intro, N.vacancy]) {
  both("<aside>", null);
  both(c);
  both("", null);
  both("</aside>", null);
  both("", null);
}
both("## Terms of reference", "Terms of reference");
both("", null);
N.tor.forEach(([label, text, list], i) => {
  if (list) {
    both(`${i + 1}. **${label}:** the Network will:`);
    list.forEach((l, j) => both(`    - ${l}${j === list.length - 1 ? "." : ";"}`, `${l}${j === list.length - 1 ? "." : ";"}`));
  } else both(`${i + 1}. **${label}:** ${text}`);
});
both("", null);
both("<details>", null);
both(`<summary>${N.subsToggle[0]}</summary>`, N.subsToggle[0]);
both("", null);
N.subsToggle[1].forEach((p) => { both(p); both("", null); });
both("</details>", null);
both("", null);
both("## Members 2037/38", "Members 2037/38");
both("", null);
both("> " + N.membersNote, N.membersNote);
both("", null);
const row = (cells) => "| " + cells.join(" | ") + " |";
const trow = (cells) => cells.join(" | ");
both(row(N.memberHead), trow(N.memberHead));
both(row(N.memberHead.map(() => "---")), null);
for (const [name, role, status, council, group, lead, standIn, term] of N.members) {
  const cells = [name, role, status, notionLink("Councils", council), group, lead ? notionLink("Workstreams", lead) : "", standIn.map((m) => notionLink("Members", m)).join(", "), term];
  both(row(cells), trow(cells.map(plain)));
}
both("", null);
both(notionLink("Members 2037-38", "Members 2037-38").replace(/\.md\)$/, ".csv)").replace(/\/Members%202037-38%20[0-9a-f]+\.csv/, ".csv"));
both("", null);
both("## Meetings 2037/38", "Meetings 2037/38");
both("", null);
both(row(N.meetingsHead), trow(N.meetingsHead));
both(row(N.meetingsHead.map(() => "---")), null);
for (const [m, d, w, s, papers] of N.meetings) {
  const cells = [m, d, w, s, papers.map((p) => notionLink("Papers", p)).join(", ")];
  both(row(cells), trow(cells.map(plain)));
}
both("", null);
both("<details>", null);
both(`<summary>${N.officersToggle}</summary>`, N.officersToggle);
both("", null);
both(row(N.officersHead), trow(N.officersHead));
both(row(N.officersHead.map(() => "---")), null);
for (const o of N.officers) both(row(o), trow(o));
both("", null);
both("</details>", null);
both("", null);
both("## Changes since the July meeting", "Changes since the July meeting");
both("", null);
for (const c of N.changes) both("- " + c, c);

writeFileSync(join(root, "docs", BASE.notion + ".md"), md.join("\n") + "\n");
writeFileSync(join(root, "text", BASE.notion + ".txt"), txt.join("\n") + "\n");
console.log(`wrote ${BASE.notion}.md (${md.length} lines)`);
