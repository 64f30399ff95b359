// Writes text/eeht-board-budget-risk-2022-01-27.txt, the plain-text rendering of the hand-written markdown
// paper docs/eeht-board-budget-risk-2022-01-27.md: headings without #, list items without "- ",
// emphasis markers removed, markdown tables as "cell | cell" rows (separator rows and empty header rows
// dropped), blank lines dropped.
//
//   node src/render-md.mjs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "eeht-board-budget-risk-2022-01-27";
const src = readFileSync(join(root, "docs", BASE + ".md"), "utf8").split("\n");
const out = [];
const unemph = (s) => s.replace(/\*\*|__/g, "");
for (const line of src) {
  if (!line.trim()) continue;
  if (/^\|\s*:?-+/.test(line)) continue; // separator row
  if (line.startsWith("|")) {
    const cells = line.replace(/^\|\s*|\s*\|\s*$/g, "").split(/\s*\|\s*/).map(unemph);
    if (cells.every((c) => !c.trim())) continue; // empty header row of the front-sheet table
    while (cells.length > 1 && !cells[cells.length - 1].trim()) cells.pop(); // trailing empty cells
    out.push(cells.join(" | "));
    continue;
  }
  out.push(unemph(line.replace(/^#+\s*/, "").replace(/^- /, "")));
}
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote text/${BASE}.txt (${out.length} lines)`);
