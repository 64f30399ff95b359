// Renders docs/street-lighting-dark-skies-panel-induction-briefing-2027-01.md (written by hand) as
// text/street-lighting-dark-skies-panel-induction-briefing-2027-01.txt: headings lose their "#", bullets their
// "- ", bold markers ("**") are removed, hard line breaks (two trailing spaces) are trimmed, horizontal rules
// ("---") and blank lines are dropped; the numbered agenda keeps its numbers (they are text in the file); a
// pipe-table row becomes its cells joined with " | " (the |---| separator row dropped).
//
//   node src/render-md.mjs
//
// Also checks the who's who table (seven officers, four columns, two footnote markers with their notes), that
// every officer named elsewhere in the set is in it with the same job title, and weekdays.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "street-lighting-dark-skies-panel-induction-briefing-2027-01";
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
    lines.push(raw.join(" | "));
    continue;
  }
  l = l.replace(/^#+\s+/, "").replace(/^- /, "").replace(/\*\*/g, "");
  lines.push(l);
}
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");

// ---------------------------------------------------------------- checks
const body = rows.slice(1);
if (rows[0].join("|") !== "Name|Job title|Email|Ask me about") throw new Error("header " + rows[0]);
if (body.length !== 7 || body.some((r) => r.length !== 4)) throw new Error("who's who rows");
for (const r of body) if (r[2] !== r[0].replace(/[¹²]/g, "").toLowerCase().replace(" ", ".") + "@local.gov.uk") throw new Error("email " + r[2]);
for (const s of ["¹", "²"]) if (md.split(s).length !== 3) throw new Error("footnote marker " + s);
// job titles as the other papers give them
const others = ["terms-of-reference-2026-27.txt", "executive-decisions-2026-27.txt", "performance-report-2027-02.txt"]
  .map((f) => { try { return readFileSync(join(root, "text", "street-lighting-dark-skies-panel-" + f), "utf8"); } catch { return ""; } }).join("\n");
for (const r of body) {
  const name = r[0].replace(/[¹²]/g, "");
  const title = r[1].replace(/ \(.*\)$/, "");
  for (const m of others.matchAll(new RegExp(name + ", ([A-Z][^.,–\\n]+)", "g"))) if (m[1].trim() !== title) throw new Error(`title of ${name}: ${m[1]} vs ${title}`);
}
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
console.log(`wrote text/${BASE}.txt (${lines.length} lines); ${body.length} officers in the who's who`);
