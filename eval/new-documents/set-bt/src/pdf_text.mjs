// Prints the text of a PDF as pdf.js reads it (text items in content-stream order joined by spaces, a
// page a line), for src/check_gold.py. Needs /work/main/node_modules/pdfjs-dist (MAIN_DIR to change).
//   node src/pdf_text.mjs FILE.pdf
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const MAIN = process.env.MAIN_DIR ?? "/work/main";
const pdfjs = await import(pathToFileURL(join(MAIN, "node_modules/pdfjs-dist/legacy/build/pdf.mjs")).href);
const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= pdf.numPages; i++) {
  const tc = await (await pdf.getPage(i)).getTextContent();
  pages.push(tc.items.map((it) => it.str).join(" "));
}
console.log(pages.join("\n"));
