// Extracts the text of the generated documents the way a simple ingester would (pdf.js for the PDF,
// mammoth for the Word file, tag stripping for the HTML, the file itself for .md/.txt), for
// src/check-docs.mjs and for eyeballing:
//   node src/extract-text.mjs docs/<file>          (prints the extracted text)
// Modules are loaded from /work/main/node_modules unless NODE_MODULES gives another folder.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(import.meta.url);

export async function extract(path) {
  const ext = extname(path);
  if (ext === ".pdf") {
    const pdfjs = await import(pathToFileURL(`${NM}/pdfjs-dist/legacy/build/pdf.mjs`).href);
    const d = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
    const pages = [];
    for (let i = 1; i <= d.numPages; i++) {
      const tc = await (await d.getPage(i)).getTextContent();
      let line = "", lastY = null;
      const out = [];
      for (const it of tc.items) {
        const y = Math.round(it.transform[5]);
        if (lastY !== null && Math.abs(y - lastY) > 2) { out.push(line); line = ""; }
        line += (line && !line.endsWith(" ") && !it.str.startsWith(" ") ? " " : "") + it.str;
        lastY = y;
      }
      out.push(line);
      pages.push(out.join("\n"));
    }
    return pages.join("\n\f\n");
  }
  if (ext === ".docx") {
    const mammoth = require(`${NM}/mammoth`);
    return (await mammoth.extractRawText({ path })).value;
  }
  if (ext === ".html") {
    return readFileSync(path, "utf8")
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
      .replace(/<img [^>]*alt="([^"]*)"[^>]*>/g, " $1 ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  }
  return readFileSync(path, "utf8");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await extract(process.argv[2]));
