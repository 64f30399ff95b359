// Checks gold.jsonl against the documents and their renderings:
//  - ids ai001..ai040, the fields of the format, the category counts (7/7/7/7/5/2/5), every document has questions;
//  - every evidence quote is an exact substring of text/<base>.txt (whitespace-normalised; for the .md and .txt
//    documents, of the document itself also allowed) and a contiguous run of its words tokenised as score.mjs does;
//  - every evidence quote is also a contiguous run of the words of the document as a program reads it (PDF: pdf.js
//    text in content-stream order; Word: mammoth's raw text plus the page header and footer; HTML: tags, styles and
//    scripts removed; markdown and text: the file);
//  - every line of every rendering is a contiguous run of its document's words (the rendering invents nothing);
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs's rules);
//  - unanswerable questions have found: false, no evidence and no must_include.
// With --answers PATH also writes the gold as if it were the assistant's answers (default gold-as-answers.jsonl);
// scoring it with score.mjs must give answer 100%, cited 100%, fabricated 0.
//
//   node src/check-gold.mjs [--answers gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { pathToFileURL } from "node:url";
import { root, NODE_MODULES, requireNM } from "./common.mjs";

const args = process.argv.slice(2);
const answersOut = args.includes("--answers") ? args[args.indexOf("--answers") + 1] : join(root, "gold-as-answers.jsonl");

// --- the scorer's text handling (as in score.mjs)
const clean = (s) =>
  String(s ?? "")
    .replace(/<[^>]{0,200}>/g, " ")
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\u00a0/g, " ");
const text = (s) => clean(s).toLowerCase().replace(/\s+/g, " ").trim();
const tokens = (s) => text(s).match(/[a-z0-9£%]+/g) ?? [];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const contains = (hay, needle) => {
  const n = text(needle);
  if (!n) return true;
  const left = /^[0-9]/.test(n) ? "(?<![0-9]|[0-9][.,])" : "(?<![a-z0-9])";
  const right = /[0-9]$/.test(n) ? "(?![0-9]|[.,][0-9])" : "(?![a-z0-9])";
  return new RegExp(`${left}${escape(n)}${right}`).test(text(hay));
};
const tokStr = (s) => " " + tokens(s).join(" ") + " ";
const run = (hayTok, quote) => hayTok.includes(tokStr(quote));
const ws = (s) => s.replace(/\s+/g, " ");

// --- the documents as programs read them
const docsDir = join(root, "docs");
const DOCS = readdirSync(docsDir).sort();
const mammoth = requireNM("mammoth");
const JSZip = requireNM("jszip");
const pdfjs = await import(pathToFileURL(join(NODE_MODULES, "pdfjs-dist", "legacy", "build", "pdf.mjs")).href);
const xmlText = (xml) => xml.replace(/<w:tab\/>/g, " ").replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
const readDoc = async (f) => {
  const p = join(docsDir, f);
  const ext = extname(f);
  if (ext === ".md" || ext === ".txt") return readFileSync(p, "utf8");
  if (ext === ".html")
    return readFileSync(p, "utf8")
      .replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " ")
      .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  if (ext === ".docx") {
    const buf = readFileSync(p);
    const raw = (await mammoth.extractRawText({ buffer: buf })).value;
    const zip = await JSZip.loadAsync(buf);
    const hf = [];
    for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort()) hf.push(xmlText(await zip.file(name).async("string")));
    return [...hf, raw].join("\n");
  }
  if (ext === ".pdf") {
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(p)), verbosity: 0 }).promise;
    const out = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const c = await (await pdf.getPage(i)).getTextContent();
      out.push(c.items.map((it) => it.str).join(" "));
    }
    return out.join("\n");
  }
  throw new Error("unknown document type " + f);
};
const docTok = {};
for (const f of DOCS) docTok[f] = tokStr(await readDoc(f));

const problems = [];
// --- renderings: one per document, every line a run of the document's words
const rendering = {};
for (const f of DOCS) {
  const rp = join(root, "text", basename(f, extname(f)) + ".txt");
  if (!existsSync(rp)) { problems.push(`no rendering for ${f}`); continue; }
  rendering[f] = readFileSync(rp, "utf8");
  for (const line of rendering[f].split("\n")) {
    if (!tokens(line).length) continue;
    if (!run(docTok[f], line)) problems.push(`text/${basename(rp)}: line not a run of the document's words: ${JSON.stringify(line.slice(0, 90))}`);
  }
}

// --- gold
const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
let quotes = 0;
const perDoc = Object.fromEntries(DOCS.map((d) => [d, 0]));
gold.forEach((g, i) => {
  const want = `ai${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (!(g.category in CATS)) problems.push(`${g.id}: unknown category ${g.category}`);
  for (const k of ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (g.category === "unanswerable") {
    if (g.found !== false) problems.push(`${g.id}: unanswerable without found: false`);
    if (g.evidence.length) problems.push(`${g.id}: unanswerable with evidence`);
    if (g.must_include.length) problems.push(`${g.id}: unanswerable with must_include`);
  } else {
    if ("found" in g) problems.push(`${g.id}: answerable question with a found field`);
    if (!g.evidence.length) problems.push(`${g.id}: no evidence`);
    if (!g.must_include.length) problems.push(`${g.id}: no must_include`);
  }
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  const docsHere = new Set();
  for (const e of g.evidence) {
    quotes++;
    if (!DOCS.includes(e.doc)) { problems.push(`${g.id}: no document docs/${e.doc}`); continue; }
    docsHere.add(e.doc);
    const r = rendering[e.doc];
    const plain = [".md", ".txt"].includes(extname(e.doc));
    const src = plain ? readFileSync(join(docsDir, e.doc), "utf8") : "";
    if (!ws(r).includes(ws(e.quote)) && !(plain && ws(src).includes(ws(e.quote))))
      problems.push(`${g.id}: quote not in text/ rendering${plain ? " or the document" : ""}: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (!run(tokStr(r), e.quote)) problems.push(`${g.id}: quote's words not contiguous in the rendering: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (!run(docTok[e.doc], e.quote)) problems.push(`${g.id}: quote's words not contiguous in docs/${e.doc} as read: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (tokens(e.quote).length < 3) problems.push(`${g.id}: quote too short`);
    if (e.quote.length > 400) problems.push(`${g.id}: quote longer than 400 characters`);
  }
  for (const d of docsHere) perDoc[d]++;
  if (g.category === "cross_document" && docsHere.size < 2) problems.push(`${g.id}: cross_document with evidence from one document`);
});
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(CATS)) if (byCat[c] !== n) problems.push(`category ${c}: ${byCat[c] ?? 0} questions, expected ${n}`);
if (gold.length !== 40) problems.push(`${gold.length} questions, expected 40`);
for (const [d, n] of Object.entries(perDoc)) if (!n) problems.push(`no question has evidence from ${d}`);

console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log(`questions with evidence per document: ${JSON.stringify(perDoc)}`);
if (problems.length) {
  console.log(problems.join("\n"));
  process.exitCode = 1;
} else console.log("all checks pass");

writeFileSync(answersOut, gold.map((g) => JSON.stringify({
  id: g.id, question: g.question, found: g.category !== "unanswerable", answer: g.answer,
  citations: g.evidence.map((e) => ({ docId: basename(e.doc, extname(e.doc)), title: "", date: "", locator: "", quote: e.quote })),
})).join("\n") + "\n");
console.log(`wrote ${answersOut}`);
