// Writes the plain-text rendering of the hand-written markdown document:
//   text/lga-corporate-risk-register-2022-12.txt
// One paragraph, list item or table row per line; table cells joined by " | "; markdown markup
// (#, **, ~~, *, >, "- ", separator rows, horizontal rules) removed. The renderings of the HTML, Word,
// PDF and plain-text documents are written by their build scripts.
//
//   node src/render-text.mjs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
mkdirSync(join(root, "text"), { recursive: true });

const base = "lga-corporate-risk-register-2022-12";
const src = readFileSync(join(root, "docs", base + ".md"), "utf8").split("\n");
const inline = (s) => s.replace(/\*\*|~~/g, "").replace(/(^|\s)\*(\S[^*]*\S)\*(?=\s|$|[.,;:])/g, "$1$2").trim();
const out = [];
for (const raw of src) {
  const line = raw.replace(/\s+$/, "");
  if (!line.trim() || /^-{3,}$/.test(line.trim())) continue; // blank lines and horizontal rules
  if (/^\|\s*:?-+/.test(line)) continue; // table separator row
  if (line.startsWith("|")) {
    out.push(line.replace(/^\|\s*|\s*\|$/g, "").split(/\s*\|\s*/).map(inline).join(" | "));
    continue;
  }
  out.push(inline(line.replace(/^#+\s*/, "").replace(/^>\s?/, "").replace(/^- /, "")));
}
writeFileSync(join(root, "text", base + ".txt"), out.join("\n") + "\n");
console.log(`wrote text/${base}.txt (${out.length} lines)`);
