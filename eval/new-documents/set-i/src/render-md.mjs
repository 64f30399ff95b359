// Renders docs/workforce-board-new-member-briefing-2024-01.md (written by hand) as
// text/workforce-board-new-member-briefing-2024-01.txt: headings lose their "#", bullets their "- ",
// bold markers ("**") are removed, numbered list items keep their numbers, blank lines are dropped; one
// line per heading, paragraph or list item.
//
//   node src/render-md.mjs
//
// Also checks that the briefing's meeting dates fall on the weekdays it gives.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "workforce-board-new-member-briefing-2024-01";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const lines = [];
for (let l of md.split("\n")) {
  l = l.trimEnd();
  if (!l.trim()) continue;
  l = l.replace(/^#+\s+/, "").replace(/^- /, "").replace(/\*\*/g, "");
  lines.push(l);
}
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
let bad = 0;
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g)) {
  const d = new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2]));
  if (DAYS[d.getUTCDay()] !== m[1]) {
    console.error(`wrong weekday: ${m[0]}`);
    bad++;
  }
}
if (bad) process.exitCode = 1;
console.log(`wrote text/${BASE}.txt (${lines.length} lines); weekdays ${bad ? "WRONG" : "ok"}`);
