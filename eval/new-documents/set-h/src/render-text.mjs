// Writes the plain-text rendering of the markdown annual report (written by hand in docs/):
//   text/employment-skills-board-annual-report-2024-25.txt
// Rules: headings lose their #, emphasis markers are removed, list items lose their bullet, markdown tables
// become "cell | cell" rows (separator rows dropped). A forward-plan row whose date cell is empty (a further
// item at the same meeting) keeps its empty cell ("| Item | Lead officer"), so that its text stays in its
// column.
// It also checks the report: the membership table against "14 members" (current members, that is rows
// without "until"), one Chair, one Vice-Chair and two Deputy Chairs, and the forward plan's dates (Thursdays).
// The renderings of the other documents are written by their build scripts.
//
//   node src/render-text.mjs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
mkdirSync(join(root, "text"), { recursive: true });

const plain = (s) => s.replace(/\*\*|__/g, "").replace(/(^|\s)\*(\S[^*]*\S)\*(?=[\s.,;:]|$)/g, "$1$2");
const cells = (line) => line.replace(/^\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
const render = (md) => {
  const out = [];
  for (const line of md.split("\n")) {
    if (!line.trim()) continue;
    if (/^\|\s*:?-+/.test(line)) continue;
    if (line.startsWith("|")) {
      out.push(plain(cells(line).join(" | ")).replace(/ {2,}/g, " ").trim());
      continue;
    }
    out.push(plain(line.replace(/^#+\s*/, "").replace(/^\s*[*-]\s+/, "")));
  }
  return out.join("\n") + "\n";
};
const fail = (msg) => {
  console.error("check failed: " + msg);
  process.exitCode = 1;
};

const base = "employment-skills-board-annual-report-2024-25";
const md = readFileSync(join(root, "docs", base + ".md"), "utf8");
const members = md.split("\n").filter((l) => /^\| Cllr /.test(l)).map(cells);
const current = members.filter((c) => !/until/.test(c[3]));
if (current.length !== 14) fail(`${current.length} current members, text says 14`);
const roles = (r) => members.filter((c) => c[3] === r).length;
if (roles("Chair") !== 1 || roles("Vice-Chair") !== 1 || roles("Deputy Chair") !== 2) fail("roles");
const plan = md.split("\n").filter((l) => /^\| (\d|\s*\|)/.test(l)).map(cells);
for (const c of plan) if (c[0] && new Date(c[0] + " UTC").getUTCDay() !== 4) fail(`${c[0]} is not a Thursday`);
writeFileSync(join(root, "text", base + ".txt"), render(md));
console.log(`wrote text/${base}.txt; ${members.length} membership rows (${current.length} current), ${plan.length} forward-plan rows${process.exitCode ? " – CHECK FAILED" : ""}`);
