// Diagnostic: for each document, reports the lines of its text rendering whose words are not a contiguous
// run in the document's extracted text (src/extract-text.mjs). Lines split by a page break in the PDF or
// .txt file, where the extractor keeps the page furniture, are expected here.
//   node src/compare-renderings.mjs
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, basename, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "./extract-text.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const clean = (s) => String(s ?? "").replace(/<[^>]{0,200}>/g, " ").replace(/[\u2018\u2019\u201b]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014\u2212]/g, "-").replace(/\u00a0/g, " ");
const tokens = (s) => clean(s).toLowerCase().match(/[a-z0-9£%]+/g) ?? [];
for (const f of readdirSync(join(root, "docs")).sort()) {
  const hay = " " + tokens(await extract(join(root, "docs", f))).join(" ") + " ";
  const lines = readFileSync(join(root, "text", basename(f, extname(f)) + ".txt"), "utf8").split("\n").filter((l) => tokens(l).length);
  const miss = lines.filter((l) => !hay.includes(" " + tokens(l).join(" ") + " "));
  console.log(`${f}: ${lines.length - miss.length}/${lines.length} rendering lines found`);
  for (const m of miss) console.log("   missing: " + m.slice(0, 110));
}
