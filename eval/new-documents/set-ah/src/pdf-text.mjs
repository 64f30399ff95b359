// Prints the text items of a PDF with their positions (x,y), as pdf.js reads them – to check a layout.
//   node src/pdf-text.mjs docs/<file>.pdf
import { readFileSync } from "node:fs";
import { join } from "node:path";
const pdfjs = await import(join(process.env.MAIN_DIR ?? "/work/main", "node_modules/pdfjs-dist/legacy/build/pdf.mjs"));
const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise;
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const tc = await page.getTextContent();
  console.log("--- page", i, page.view.join(" "));
  for (const it of tc.items) if (it.str.trim()) console.log(it.transform.slice(4).map((v) => v.toFixed(0)).join(","), JSON.stringify(it.str));
}
