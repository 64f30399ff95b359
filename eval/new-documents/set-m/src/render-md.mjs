// Renders docs/road-safety-panel-terms-of-reference-2026-27.md (written by hand) as
// text/road-safety-panel-terms-of-reference-2026-27.txt: headings lose their "#", bullets their "- ", bold
// markers ("**") are removed, hard line breaks (two trailing spaces) are trimmed, horizontal rules ("---") and
// blank lines are dropped; a pipe-table row becomes its cells joined with " | " (the |---| separator row is
// dropped). One line per heading, paragraph, list item or table row. Numbered clauses ("3.1 …") keep their
// numbers, which are written in the text.
//
//   node src/render-md.mjs
//
// Also checks the membership table: 12 members and 3 substitutes, one Chair and one Vice-Chair, the lead
// members in the table are the four of clause 3.4, every substitute's party has members, terms end in May 2027
// or May 2028, and every weekday written with a date is right.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "road-safety-panel-terms-of-reference-2026-27";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const lines = [];
const rows = [];
for (let l of md.split("\n")) {
  l = l.trimEnd();
  if (!l.trim() || /^-{3,}$/.test(l)) continue;
  if (/^\|[-:| ]+\|$/.test(l)) continue;
  if (l.startsWith("|")) {
    const cells = l.slice(1, -1).split("|").map((c) => c.trim().replace(/\*\*/g, ""));
    rows.push(cells);
    lines.push(cells.join(" | "));
    continue;
  }
  l = l.replace(/^#+\s+/, "").replace(/^- /, "").replace(/\*\*/g, "");
  lines.push(l);
}
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");

// ---------------------------------------------------------------- checks
const body = rows.slice(1);
const role = (r) => body.filter((c) => c[3] === r);
if (body.length - role("Substitute").length !== 12 || role("Substitute").length !== 3) throw new Error("membership count");
if (role("Chair").length !== 1 || role("Vice-Chair").length !== 1) throw new Error("officers");
const leads = lines.filter((l) => / – Cllr /.test(l)).map((l) => l.split(" – ")[1]);
if (leads.sort().join() !== role("Lead member").map((c) => c[0]).sort().join()) throw new Error("lead members differ from clause 3.4");
const parties = new Set(body.filter((c) => c[3] !== "Substitute").map((c) => c[2]));
for (const s of role("Substitute")) if (!parties.has(s[2])) throw new Error("substitute's party has no members: " + s[0]);
for (const c of body) if (!/^May 202[78]$/.test(c[4])) throw new Error("term: " + c.join());
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const byParty = {};
for (const c of body.filter((c) => c[3] !== "Substitute")) byParty[c[2]] = (byParty[c[2]] ?? 0) + 1;
console.log(`wrote text/${BASE}.txt (${lines.length} lines); members by party ${JSON.stringify(byParty)}`);
