// Checks gold.jsonl against the documents and their renderings:
//  - ids ap001-ap040 in order, the fields of set C's format, the category counts of the brief, and
//    unanswerable questions with "found": false, no evidence and no must_include;
//  - every evidence quote is in text/<base>.txt (exact up to whitespace) and its words are a contiguous run
//    of the rendering's words, tokenised as score.mjs does;
//  - every quote's words are also a contiguous run of the DOCUMENT's own words, read the way a simple
//    loader would: .txt/.md/.csv as they are, .html with tags removed and entities decoded, .docx through
//    mammoth's raw text, .pdf through pdfjs-dist's text content in stream order;
//  - every line of every rendering is a contiguous run of its document's words (the renderings add no words);
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every document has questions.
// With --answers PATH it also writes the gold as if it were the assistant's answers, for score.mjs.
//
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { dirname, join, basename, extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "noop.js"));
const args = process.argv.slice(2);
const answersOut = args.includes("--answers") ? args[args.indexOf("--answers") + 1] : null;

// --- the scorer's text handling (as in /work/shared/eval/score.mjs)
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
const tokstr = (s) => " " + tokens(s).join(" ") + " ";
const run = (hayTok, quote) => hayTok.includes(tokstr(quote));
const ws = (s) => s.replace(/\s+/g, " ").trim();

// --- the documents' own words
const decode = (s) =>
  s.replace(/&nbsp;/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (m, d) => String.fromCodePoint(+d)).replace(/&amp;/g, "&");
async function docText(file) {
  const p = join(root, "docs", file);
  const ext = extname(file);
  if ([".txt", ".md", ".csv"].includes(ext)) return readFileSync(p, "utf8");
  if (ext === ".html")
    return decode(readFileSync(p, "utf8").replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " "));
  if (ext === ".docx") {
    const mammoth = require("mammoth");
    return (await mammoth.extractRawText({ path: p })).value;
  }
  if (ext === ".pdf") {
    const pdfjs = await import(pathToFileURL(join(NM, "pdfjs-dist/legacy/build/pdf.mjs")).href);
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(p)), verbosity: 0 }).promise;
    let out = "";
    for (let i = 1; i <= pdf.numPages; i++) {
      const tc = await (await pdf.getPage(i)).getTextContent();
      out += tc.items.map((it) => it.str + (it.hasEOL ? "\n" : "")).join(" ") + "\n";
    }
    return out;
  }
  throw new Error("unknown extension " + file);
}

const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const FIELDS = ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"];
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const docs = readdirSync(join(root, "docs")).sort();
const docTok = {}, rendering = {}, renderingTok = {};
for (const d of docs) {
  const base = basename(d, extname(d));
  const rp = join(root, "text", base + ".txt");
  if (!existsSync(rp)) {
    problems.push(`no rendering text/${base}.txt for docs/${d}`);
    continue;
  }
  docTok[d] = tokstr(await docText(d));
  rendering[d] = readFileSync(rp, "utf8");
  renderingTok[d] = tokstr(rendering[d]);
  // every rendering line is a run of the document's words
  for (const line of rendering[d].split("\n")) if (tokens(line).length && !run(docTok[d], line)) problems.push(`text/${base}.txt: line not a run of the document's words: ${JSON.stringify(line.slice(0, 90))}`);
}
const exts = new Set(docs.map((d) => extname(d)));
for (const e of [".pdf", ".docx", ".html"]) if (!exts.has(e)) problems.push(`no ${e} document`);
if (docs.length !== 5) problems.push(`expected five documents, found ${docs.length}`);

let quotes = 0;
const perDoc = Object.fromEntries(docs.map((d) => [d, 0]));
const byCat = {};
gold.forEach((g, i) => {
  const want = `ap${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  for (const k of FIELDS) if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (!(g.category in CATS)) problems.push(`${g.id}: unknown category ${g.category}`);
  byCat[g.category] = (byCat[g.category] ?? 0) + 1;
  if (g.category === "unanswerable") {
    if (g.found !== false) problems.push(`${g.id}: unanswerable without "found": false`);
    if (g.evidence.length || g.must_include.length) problems.push(`${g.id}: unanswerable with evidence or must_include`);
  } else {
    if ("found" in g && g.found !== true) problems.push(`${g.id}: answerable with found=${g.found}`);
    if (!g.evidence.length) problems.push(`${g.id}: no evidence`);
    if (!g.must_include.length) problems.push(`${g.id}: no must_include`);
  }
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    if (!(e.doc in rendering)) {
      problems.push(`${g.id}: no document or rendering for ${e.doc}`);
      continue;
    }
    perDoc[e.doc]++;
    if (!ws(rendering[e.doc]).includes(ws(e.quote))) problems.push(`${g.id}: quote not in text/ rendering of ${e.doc}: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (!run(renderingTok[e.doc], e.quote)) problems.push(`${g.id}: quote's words not contiguous in the rendering of ${e.doc}`);
    if (!run(docTok[e.doc], e.quote)) problems.push(`${g.id}: quote's words not contiguous in the document ${e.doc} as loaded`);
    if (e.quote.length > 400) problems.push(`${g.id}: quote over 400 characters (${e.quote.length})`);
  }
});
for (const [c, n] of Object.entries(CATS)) if ((byCat[c] ?? 0) !== n) problems.push(`category ${c}: ${byCat[c] ?? 0}, expected ${n}`);
if (gold.length !== 40) problems.push(`expected 40 questions, found ${gold.length}`);
for (const [d, n] of Object.entries(perDoc)) if (!n) problems.push(`no evidence from ${d}`);

console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log(`quotes by document: ${JSON.stringify(perDoc)}`);
if (problems.length) {
  console.log(problems.join("\n"));
  process.exitCode = 1;
} else console.log("all checks pass");

if (answersOut) {
  const lines = gold.map((g) =>
    JSON.stringify({
      id: g.id,
      question: g.question,
      found: g.category !== "unanswerable",
      answer: g.answer,
      citations: g.evidence.map((e) => ({ docId: basename(e.doc, extname(e.doc)), title: "", date: "", locator: "", quote: e.quote })),
    }),
  );
  writeFileSync(answersOut, lines.join("\n") + "\n");
  console.log(`wrote ${answersOut}`);
}
