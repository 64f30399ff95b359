// Writes the plain-text renderings of the two markdown documents (written by hand in docs/):
//   text/eeht-board-budget-and-risk-2023-12-07.txt
//   text/culture-tourism-sport-board-risk-register-2024-01.txt
// Rules: headings lose their #, emphasis markers are removed, list items lose their bullet and
// indentation, markdown tables become "cell | cell" rows (separator rows dropped), code fences are dropped
// and the lines inside them are kept (trailing spaces trimmed).
// It also checks the arithmetic of the documents: the EEHT budget table (variance = forecast - budget,
// brackets for underspends, the Total row, the £8,000 / £10,450 split, risk score = likelihood x impact) and
// the CTS register (each "L x I = S (Band)" product and band).
// The renderings of the PDF, Word, HTML and FSMC text documents are written by their build scripts.
//
//   node src/render-text.mjs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
mkdirSync(join(root, "text"), { recursive: true });

const render = (md) => {
  const out = [];
  let inCode = false;
  for (const line of md.split("\n")) {
    if (/^```/.test(line.trim())) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out.push(line.trimEnd());
      continue;
    }
    if (/^\|\s*:?-+/.test(line)) continue;
    const plain = (s) => s.replace(/\*\*|__/g, "").replace(/(^|\s)\*(\S[^*]*\S)\*(?=\s|$)/g, "$1$2");
    if (line.startsWith("|")) {
      out.push(
        plain(line)
          .replace(/^\|\s*|\s*\|\s*$/g, "")
          .split(/\s*\|\s*/)
          .join(" | ")
          .trimEnd(),
      );
      continue;
    }
    out.push(plain(line.replace(/^#+\s*/, "").replace(/^\s*[*-]\s+/, "")));
  }
  return out.join("\n");
};
const fail = (msg) => {
  console.error("arithmetic check failed: " + msg);
  process.exitCode = 1;
};
const num = (s) => {
  const t = s.replace(/\*\*/g, "").trim();
  const neg = /^\(.*\)$/.test(t);
  const v = Number(t.replace(/[(),]/g, ""));
  return neg ? -v : v;
};

// ---- EEHT board paper
{
  const base = "eeht-board-budget-and-risk-2023-12-07";
  const md = readFileSync(join(root, "docs", base + ".md"), "utf8");
  const rows = md
    .split("\n")
    .filter((l) => l.startsWith("| "))
    .map((l) => l.replace(/^\|\s*|\s*\|\s*$/g, "").split(/\s*\|\s*/));
  const budget = rows.slice(rows.findIndex((r) => r[0] === "Line") + 1).filter((r) => r.length === 5);
  let f = 0, b = 0, v = 0;
  for (const r of budget) {
    const [line, fc, bu, va] = r;
    if (/Total/.test(line)) {
      if (num(fc) !== f || num(bu) !== b || num(va) !== v) fail(`Total row ${fc} ${bu} ${va} vs ${f} ${b} ${v}`);
      if (f !== 206550 || b !== 225000 || v !== -18450) fail("totals differ from the figures quoted in the front sheet");
      continue;
    }
    if (num(fc) - num(bu) !== num(va)) fail(`${line}: ${fc} - ${bu} != ${va}`);
    f += num(fc);
    b += num(bu);
    v += num(va);
  }
  if (-v - 8000 !== 10450) fail("the £8,000 / £10,450 split does not add up to the underspend");
  const risks = rows.filter((r) => r.length === 7 && /^\d+$/.test(r[0]));
  for (const r of risks) if (Number(r[2]) * Number(r[3]) !== Number(r[4])) fail(`EEHT risk ${r[0]}: score`);
  writeFileSync(join(root, "text", base + ".txt"), render(md));
}

// ---- CTS risk register
{
  const base = "culture-tourism-sport-board-risk-register-2024-01";
  const md = readFileSync(join(root, "docs", base + ".md"), "utf8");
  const band = (s) => (s <= 6 ? "Green" : s <= 12 ? "Amber" : "Red");
  for (const m of md.matchAll(/(\d) x (\d) = (\d+) \((\w+)\)/g)) {
    const [, l, i, s, bnd] = m;
    if (Number(l) * Number(i) !== Number(s)) fail(`CTS: ${m[0]}`);
    if (band(Number(s)) !== bnd) fail(`CTS band: ${m[0]}`);
  }
  writeFileSync(join(root, "text", base + ".txt"), render(md));
}
console.log(process.exitCode ? "renderings written, but the arithmetic check failed" : "wrote text/ renderings of the two .md documents; arithmetic checks pass");
