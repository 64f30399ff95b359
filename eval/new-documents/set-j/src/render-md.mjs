// Renders docs/candidate-diversity-fund-allocations-2025-26.md (written by hand) as
// text/candidate-diversity-fund-allocations-2025-26.txt: headings lose their "#", bullets their "- ", bold
// markers ("**") are removed, numbered list items keep their numbers, blank lines are dropped; a pipe-table
// row becomes its cells joined with " | " (the |---| separator row is dropped); footnote markers and
// footnote definitions ("[^1]: …") are kept as they are. One line per heading, paragraph, list item or row.
//
//   node src/render-md.mjs
//
// Also checks Table 1: the allocations add up to the Total row, the changes of the councils that are not new
// add up to the Total row's change less the 2024/25 grants that ended (footnote 4), and every weekday is right.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "candidate-diversity-fund-allocations-2025-26";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const lines = [];
const rows = [];
for (let l of md.split("\n")) {
  l = l.trimEnd();
  if (!l.trim()) continue;
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
// checks
const money = (s) => (/no change/.test(s) ? 0 : /new/.test(s) ? null : Number(s.replace(/\[\^\d\]/, "").replace(/[£,+\s]/g, "")));
const body = rows.slice(1, -1);
const total = rows[rows.length - 1];
const sumAlloc = body.reduce((a, r) => a + money(r[2]), 0);
if (sumAlloc !== money(total[2])) throw new Error(`allocations add up to ${sumAlloc}, Total row says ${total[2]}`);
const newAlloc = body.filter((r) => money(r[3]) === null).reduce((a, r) => a + money(r[2]), 0);
const sumChange = body.filter((r) => money(r[3]) !== null).reduce((a, r) => a + money(r[3]), 0);
// 2025/26 total - 2024/25 total (368,000) = total change; continuing councils' 2024/25 = 368,000 - 40,000 ended
const last = 368000;
if (money(total[2]) - last !== money(total[3])) throw new Error("Total row change differs from 384,000 - 368,000");
if (money(total[2]) - newAlloc - sumChange !== last - 40000) throw new Error("continuing councils do not reconcile with footnote 4");
if (money(total[2]) + 16000 !== 400000) throw new Error("fund does not add up to £400,000");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
console.log(`wrote text/${BASE}.txt (${lines.length} lines); Table 1 adds up (allocations ${sumAlloc}, continuing change ${sumChange}, new ${newAlloc})`);
