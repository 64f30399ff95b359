// Checks that every evidence quote of gold.jsonl can be found in the documents themselves, not only in
// the text renderings: the quote's words (tokenised as ../../shared/eval/score.mjs does) must occur as a
// contiguous run in the text that src/extract-text.mjs gets out of the document (pdf.js for the PDF,
// mammoth for the Word file, tag stripping with alt text for the HTML, the file itself for .md/.txt).
// Page furniture that an extractor keeps (the PDF's running header and page footer, the .txt page
// footers) can split a run; such quotes are reported as warnings.
//
//   node src/check-docs.mjs
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "./extract-text.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const clean = (s) =>
  String(s ?? "")
    .replace(/<[^>]{0,200}>/g, " ")
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\u00a0/g, " ");
const tokens = (s) => clean(s).toLowerCase().replace(/\s+/g, " ").trim().match(/[a-z0-9£%]+/g) ?? [];
const run = (hay, quote) => (" " + tokens(hay).join(" ") + " ").includes(" " + tokens(quote).join(" ") + " ");

const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const texts = {};
let n = 0, bad = 0;
for (const g of gold)
  for (const e of g.evidence) {
    n++;
    texts[e.doc] ??= await extract(join(root, "docs", e.doc));
    if (!run(texts[e.doc], e.quote)) {
      bad++;
      console.log(`${g.id}: not a run of words in the extracted text of docs/${e.doc}: ${JSON.stringify(e.quote.slice(0, 90))}`);
    }
  }
console.log(`${n - bad}/${n} evidence quotes found in the documents' extracted text`);
if (bad) process.exitCode = 1;
