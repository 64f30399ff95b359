/**
 * Debug: print what the PDF loader makes of one or more PDFs.
 *   npx tsx scripts/pdf-dump.ts file.pdf [more.pdf] [--out DIR] [--stats]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { loadPdf } from "../src/ingest/loaders/pdf.js";

const args = process.argv.slice(2);
const outIdx = args.indexOf("--out");
const outDir = outIdx >= 0 ? args[outIdx + 1] : undefined;
const statsOnly = args.includes("--stats");
const files = args.filter((a, i) => !a.startsWith("--") && (outIdx < 0 || i !== outIdx + 1));
if (outDir) mkdirSync(outDir, { recursive: true });
for (const f of files) {
  const t0 = performance.now();
  const r = await loadPdf(f);
  const ms = Math.round(performance.now() - t0);
  console.error(`${basename(f)}: ${r.stats.pageCount} pages, ${ms} ms, ${JSON.stringify(r.stats)}`);
  if (outDir) writeFileSync(join(outDir, basename(f).replace(/\.pdf$/i, ".txt")), r.text);
  else if (!statsOnly) console.log(r.text);
}
