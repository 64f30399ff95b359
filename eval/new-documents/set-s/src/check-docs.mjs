// Checks that each text rendering in text/ says what its document in docs/ says: every line of the
// rendering, as a run of words (tokenised as ../../shared/eval/score.mjs does), occurs contiguously in the
// text extracted from the document itself:
//   .pdf   pdfjs-dist text items, with the page furniture (running header, footer) removed
//   .docx  mammoth raw text (the Word footer is not part of the body)
//   .html  the page with <style> removed and tags stripped
//   .md / .txt  the file as it is
// Also lists, for each rendering, any text the scorer's tag stripper (<...> within 200 characters) removes.
//
//   node src/check-docs.mjs          (NODE_MODULES defaults to /work/main/node_modules)
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, extname, basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "noop.js"));

const clean = (s) =>
  String(s ?? "")
    .replace(/<[^>]{0,200}>/g, " ")
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\u00a0/g, " ");
const text = (s) => clean(s).toLowerCase().replace(/\s+/g, " ").trim();
const tokens = (s) => text(s).match(/[a-z0-9£%]+/g) ?? [];
// for comparing a rendering with its source, tokenise without the tag stripper (the source is not HTML)
const rawTokens = (s) => String(s).toLowerCase().replace(/[\u2018\u2019\u201b]/g, "'").match(/[a-z0-9£%]+/g) ?? [];

async function extract(path) {
  const ext = extname(path);
  if (ext === ".pdf") {
    const pdfjs = await import(pathToFileURL(join(NM, "pdfjs-dist/legacy/build/pdf.mjs")).href);
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
    const parts = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const { height } = page.getViewport({ scale: 1 });
      const tc = await page.getTextContent();
      for (const it of tc.items) {
        const y = it.transform[5];
        if (y > height - 40 || y < 50) continue; // running header and footer
        parts.push(it.str);
      }
    }
    return parts.join(" ");
  }
  if (ext === ".docx") {
    const mammoth = require("mammoth");
    return (await mammoth.extractRawText({ path })).value;
  }
  if (ext === ".html") {
    return readFileSync(path, "utf8")
      .replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<title>[\s\S]*?<\/title>/g, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
  }
  return readFileSync(path, "utf8");
}

let problems = 0;
const docs = readdirSync(join(root, "docs")).sort();
for (const d of docs) {
  const base = basename(d, extname(d));
  const rendering = readFileSync(join(root, "text", base + ".txt"), "utf8");
  const docText = " " + rawTokens(await extract(join(root, "docs", d))).join(" ") + " ";
  let bad = 0;
  for (const line of rendering.split("\n")) {
    const t = rawTokens(line);
    if (!t.length) continue;
    if (!docText.includes(" " + t.join(" ") + " ")) {
      bad++;
      if (bad <= 5) console.log(`${d}: rendering line not found in the document: ${line.slice(0, 100)}`);
    }
  }
  const stripped = [...rendering.matchAll(/<[^>]{0,200}>/g)].map((m) => m[0]);
  console.log(`${d}: ${rendering.split("\n").filter((l) => l.trim()).length} lines, ${bad} not found${stripped.length ? `; the scorer strips ${JSON.stringify(stripped)}` : ""}`);
  problems += bad;
}
if (problems) process.exitCode = 1;
