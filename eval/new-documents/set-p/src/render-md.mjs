// Renders docs/bereavement-services-panel-business-plan-2026-27-q2.md (written by hand) as
// text/bereavement-services-panel-business-plan-2026-27-q2.txt: headings lose their "#", bullets their "- ",
// bold ("**") and italic ("*") markers are removed, hard line breaks (two trailing spaces) are trimmed, rules
// ("---") and blank lines are dropped; a pipe-table row becomes its cells joined with " | " (the |---| / |:-:|
// separator row dropped), the tick symbols kept as they are; footnote references "[^1]" become "[1]" and a
// footnote definition "[^1]: text" becomes "[1] text".
//
//   node src/render-md.mjs
//
// Also checks the plan: 12 commitments BSP-01..BSP-12 in three tables; every quarter cell one of ✓ ✗ ○ –; no
// ✓/✗ in Q3/Q4 (not yet reached) and no ○ in Q1/Q2; the commitments that missed Q2 (BSP-02, 06, 07, 10) and
// those of Low confidence (BSP-06, 07, 10); every commitment with a ✗ has a commentary bullet; the budget total;
// footnotes referenced and defined; weekdays.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "bereavement-services-panel-business-plan-2026-27-q2";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const lines = [];
const rows = [];
const fn = (s) => s.replace(/\[\^(\d+)\]:\s*/, "[$1] ").replace(/\[\^(\d+)\]/g, "[$1]");
for (let l of md.split("\n")) {
  l = l.trimEnd();
  if (!l.trim() || /^-{3,}$/.test(l)) continue;
  if (/^\|[-:| ]+\|$/.test(l)) continue;
  if (l.startsWith("|")) {
    const raw = l.slice(1, -1).split("|").map((c) => c.trim());
    rows.push(raw);
    lines.push(fn(raw.map((c) => c.replace(/\*\*/g, "")).join(" | ")));
    continue;
  }
  l = l.replace(/^#+\s+/, "").replace(/^- /, "").replace(/\*\*/g, "").replace(/\*([^*]+)\*/g, "$1");
  lines.push(fn(l));
}
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");

// ---------------------------------------------------------------- checks
const plan = rows.filter((r) => /^BSP-\d\d$/.test(r[0]));
if (plan.map((r) => r[0]).join() !== Array.from({ length: 12 }, (_, i) => `BSP-${String(i + 1).padStart(2, "0")}`).join()) throw new Error("refs");
for (const r of plan) {
  const q = r.slice(3, 7);
  if (!q.every((c) => ["✓", "✗", "○", "–"].includes(c))) throw new Error("symbols " + r[0]);
  if (q.slice(0, 2).includes("○") || q.slice(2).some((c) => c === "✓" || c === "✗")) throw new Error("quarter logic " + r[0]);
  if (!["High", "Medium", "Low"].includes(r[7])) throw new Error("confidence " + r[0]);
  if (q.includes("✗") && !md.includes(`- ${r[0]}: `)) throw new Error("no commentary for " + r[0]);
}
const missedQ2 = plan.filter((r) => r[4] === "✗").map((r) => r[0]).join();
const low = plan.filter((r) => r[7] === "Low").map((r) => r[0]).join();
if (missedQ2 !== "BSP-02,BSP-06,BSP-07,BSP-10") throw new Error("missed Q2 " + missedQ2);
if (low !== "BSP-06,BSP-07,BSP-10") throw new Error("low " + low);
const budget = rows.filter((r) => r.length === 2 && /^[\d,*]+$/.test(r[1]));
const sum = budget.filter((r) => !r[0].includes("Total")).reduce((a, r) => a + +r[1].replace(/,/g, ""), 0);
const tot = +budget.find((r) => r[0].includes("Total"))[1].replace(/[*,]/g, "");
if (sum !== tot || tot !== 1492000) throw new Error(`budget ${sum} ${tot}`);
for (const n of [1, 2, 3, 4]) if (!md.includes(`[^${n}]:`) || md.split(`[^${n}]`).length !== 3) throw new Error("footnote " + n);
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
console.log(`wrote text/${BASE}.txt (${lines.length} lines); missed Q2 ${missedQ2}; low ${low}; budget ${tot}`);
