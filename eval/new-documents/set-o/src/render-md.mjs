// Renders docs/water-resilience-commission-lead-members-annual-report-2025-26.md (written by hand) as
// text/water-resilience-commission-lead-members-annual-report-2025-26.txt: headings lose their "#", bullets
// their "- ", bold ("**") and italic ("*") markers are removed, hard line breaks (two trailing spaces) are trimmed,
// horizontal rules ("---") and blank lines are dropped; a pipe-table row becomes its cells joined with " | " (the
// |---| separator row dropped; the bold markers round a name cell removed, its role in brackets kept).
//
//   node src/render-md.mjs
//
// Also checks the membership table (10 members, one Chair, one Vice-Chair, four lead members in bold, the
// portfolio headings' lead members are those in the table), the highlights against the prose, and weekdays.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "water-resilience-commission-lead-members-annual-report-2025-26";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const lines = [];
const rows = [];
for (let l of md.split("\n")) {
  l = l.trimEnd();
  if (!l.trim() || /^-{3,}$/.test(l)) continue;
  if (/^\|[-:| ]+\|$/.test(l)) continue;
  if (l.startsWith("|")) {
    const raw = l.slice(1, -1).split("|").map((c) => c.trim());
    rows.push(raw);
    lines.push(raw.map((c) => c.replace(/\*\*/g, "")).join(" | "));
    continue;
  }
  l = l.replace(/^#+\s+/, "").replace(/^- /, "").replace(/\*\*/g, "").replace(/^\*(.*)\*$/, "$1");
  lines.push(l);
}
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");

// ---------------------------------------------------------------- checks
const body = rows.slice(1);
if (body.length !== 10) throw new Error("membership count " + body.length);
const bold = body.filter((c) => /^\*\*.*\*\*$/.test(c[0]));
if (bold.length !== 6) throw new Error("bold name cells " + bold.length);
const roles = bold.map((c) => c[0].match(/\(([^)]+)\)/)[1]);
if (roles.filter((r) => r === "Chair").length !== 1 || roles.filter((r) => r === "Vice-Chair").length !== 1 || roles.filter((r) => r.startsWith("Lead member")).length !== 4) throw new Error("roles " + roles);
for (const m of md.matchAll(/^## .+ – (Cllr [A-Za-z-]+ [A-Za-z-]+)$/gm)) if (!bold.some((c) => c[0].includes(m[1] + " (Lead member"))) throw new Error("lead member not in table: " + m[1]);
for (const f of ["52 councils", "214", "412", "61 million", "£248,600", "8,730", "187"]) if (md.split(f).length < 3) throw new Error("highlight not also in prose: " + f);
if (!md.includes("Seventy-eight councils") || !md.includes("- 78 councils")) throw new Error("78 in words and in figures");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const byGroup = {};
for (const c of body) byGroup[c[2]] = (byGroup[c[2]] ?? 0) + 1;
console.log(`wrote text/${BASE}.txt (${lines.length} lines); members by group ${JSON.stringify(byGroup)}`);
