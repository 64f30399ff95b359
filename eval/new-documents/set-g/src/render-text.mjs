// Writes the plain-text rendering of the markdown risk register (written by hand in docs/):
//   text/economy-resources-board-risk-register-2024-12.txt
// Rules: headings lose their #, emphasis markers are removed, list items lose their bullet, markdown tables
// become "cell | cell" rows (separator rows dropped). A continuation row, whose first cells are empty,
// keeps its empty cells, so that its text stays in its column ("| | | | control | | | |"; runs of spaces
// are collapsed to one).
// It also checks the register: every "Lx x Iy = z" product, each RAG word against the residual score's band,
// and that the residual score is never above the inherent one.
// The renderings of the other documents are written by their build scripts.
//
//   node src/render-text.mjs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
mkdirSync(join(root, "text"), { recursive: true });

const plain = (s) => s.replace(/\*\*|__/g, "").replace(/(^|\s)\*(\S[^*]*\S)\*(?=\s|$)/g, "$1$2");
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

const base = "economy-resources-board-risk-register-2024-12";
const md = readFileSync(join(root, "docs", base + ".md"), "utf8");
const band = (s) => (s <= 6 ? "Green" : s <= 12 ? "Amber" : "Red");
const score = (s) => {
  const m = s.match(/^L(\d) x I(\d) = (\d+)$/);
  if (!m) return null;
  if (Number(m[1]) * Number(m[2]) !== Number(m[3])) fail(`product: ${s}`);
  return Number(m[3]);
};
let risks = 0;
for (const line of md.split("\n").filter((l) => /^\| ERB-\d\d /.test(l))) {
  const c = cells(line);
  const inh = score(c[3]);
  const res = score(c[5]);
  if (inh === null || res === null) fail(`score format in ${c[0]}`);
  if (band(res) !== c[6]) fail(`${c[0]}: RAG ${c[6]} but residual ${res} is ${band(res)}`);
  if (res > inh) fail(`${c[0]}: residual above inherent`);
  risks++;
}
writeFileSync(join(root, "text", base + ".txt"), render(md));
console.log(process.exitCode ? "rendering written, but the register check failed" : `wrote text/${base}.txt; ${risks} risks checked (products, bands)`);
