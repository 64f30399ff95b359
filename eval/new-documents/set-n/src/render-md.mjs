// Renders docs/urban-trees-green-spaces-action-log-2026-10.md (written by hand: markdown with the tables
// embedded as HTML <table>s) to text/urban-trees-green-spaces-action-log-2026-10.txt: headings lose their "#",
// bold and italic markers are removed, rules dropped, one paragraph a line; each HTML table row becomes its
// cells joined with " | " (the <thead> row too), <br> becomes a space and other tags are removed.
// Checks: 15 actions GSA-01..GSA-15 in order, the status counts stated in the text, weekdays.
//   node src/render-md.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "urban-trees-green-spaces-action-log-2026-10";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const out = [];
const inline = (s) => s.replace(/\*\*([^*]+)\*\*/g, "$1").replace(/\*([^*]+)\*/g, "$1").replace(/\s+$/, "");
const tableRows = [];
// tables: collect rows, keep their position
const blocks = md.split(/(<table>[\s\S]*?<\/table>)/);
for (const b of blocks) {
  if (b.startsWith("<table>")) {
    for (const tr of b.match(/<tr>[\s\S]*?<\/tr>/g)) {
      const cells = [...tr.matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map((m) =>
        m[1].replace(/<br>/g, " ").replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim());
      out.push(cells.join(" | "));
      tableRows.push(cells);
    }
    continue;
  }
  let para = [];
  const flush = () => { if (para.length) out.push(para.join(" ")); para = []; };
  for (const raw of b.split("\n")) {
    const l = raw.replace(/\s+$/, "");
    if (!l.trim()) { flush(); continue; }
    if (/^---+$/.test(l)) { flush(); continue; }
    if (/^#+ /.test(l)) { flush(); out.push(l.replace(/^#+ /, "")); continue; }
    if (/ {2}$/.test(raw)) { para.push(inline(l)); flush(); continue; } // hard line break
    para.push(inline(l));
  }
  flush();
}
// checks
const acts = tableRows.filter((c) => /^GSA-\d\d$/.test(c[0]));
if (acts.length !== 15 || acts.some((c, i) => c[0] !== `GSA-${String(i + 1).padStart(2, "0")}`)) throw new Error("actions");
const n = (s) => acts.filter((c) => c[5] === s).length;
if (!md.includes(`${n("Open")} open, ${n("Overdue")} overdue and ${n("Closed")} closed`)) throw new Error("status counts " + [n("Open"), n("Overdue"), n("Closed")]);
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote text/${BASE}.txt (${out.length} lines; ${n("Open")} open, ${n("Overdue")} overdue, ${n("Closed")} closed)`);
