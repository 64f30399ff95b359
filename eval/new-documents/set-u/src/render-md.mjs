// Renders docs/public-toilets-changing-places-working-group-membership-tor-2028-29.md (written by hand) as
// text/public-toilets-changing-places-working-group-membership-tor-2028-29.txt: one line per paragraph, list item
// or table row; heading "#" marks, bold "**" marks, bullet "- " marks, hard-break spaces, horizontal rules and the
// table's separator row dropped; typed list numbers kept ("3. **Membership.** …" becomes "3. Membership. …");
// table cells joined with " | ". Also checks the membership figures against the other documents' renderings.
//
//   node src/render-md.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "public-toilets-changing-places-working-group-membership-tor-2028-29";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const out = [];
for (let line of md.split("\n")) {
  line = line.replace(/\s+$/, "");
  if (!line.trim() || /^-{3,}$/.test(line.trim()) || /^\|[-| ]+\|$/.test(line.trim())) continue;
  line = line.trim().replace(/^#+\s+/, "").replace(/\*\*/g, "").replace(/^- /, "");
  if (line.startsWith("|")) line = line.replace(/^\|\s*|\s*\|$/g, "").split(/\s*\|\s*/).join(" | ");
  out.push(line);
}
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
// checks: eight members, group counts, weekdays, the people named elsewhere
const members = out.filter((l) => /^(Chair|Vice-Chair|Deputy Chair|Member) \| Cllr /.test(l));
if (members.length !== 8) throw new Error("members " + members.length);
const groups = members.map((l) => l.split(" | ")[3]).reduce((a, g) => ((a[g] = (a[g] ?? 0) + 1), a), {});
if (JSON.stringify(groups) !== JSON.stringify({ Conservative: 2, Labour: 3, "Liberal Democrat": 1, Independent: 1, Green: 1 })) throw new Error(JSON.stringify(groups));
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const minutes = readFileSync(join(root, "text", "public-toilets-changing-places-working-group-minutes-2028-03-08.txt"), "utf8");
for (const l of members) { const name = l.split(" | ")[1]; if (!minutes.includes(name)) throw new Error("not in the March attendance: " + name); }
console.log(`wrote text/${BASE}.txt (${out.length} lines); members by group ${JSON.stringify(groups)}`);
