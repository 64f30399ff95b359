// Checks gold.jsonl against the documents:
//  - ids af001–af040, the seven categories in the required numbers, every field present, unanswerable
//    questions without evidence and every other question with some;
//  - every evidence quote is an exact substring of text/<base>.txt (whitespace-normalised) and a contiguous run
//    of its words, tokenised as /work/shared/eval/score.mjs does;
//  - every quote's words are also a contiguous run of the document itself, read the plain way: the .md and
//    .csv as they are, the .html with <style>/<script> dropped, tags removed and entities decoded, the .docx
//    through mammoth's raw text, the .pdf through pdfjs-dist page by page in content-stream order (so no quote
//    may cross a page);
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every document has questions.
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring with score.mjs.
//
//   node src/check-gold.mjs [--answers /tmp/af-gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, NODE_MODULES, requireNM } from "./content.mjs";

const args = process.argv.slice(2);
const answersOut = args.includes("--answers") ? args[args.indexOf("--answers") + 1] : null;

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
const run = (hay, quote) => (" " + tokens(hay).join(" ") + " ").includes(" " + tokens(quote).join(" ") + " ");
const ws = (s) => s.replace(/\s+/g, " ");

// --- the documents read the plain way
const docs = readdirSync(join(ROOT, "docs"));
const plain = {};
async function readDoc(doc) {
  const p = join(ROOT, "docs", doc);
  const ext = extname(doc);
  if (ext === ".md" || ext === ".csv" || ext === ".txt") return [readFileSync(p, "utf8")];
  if (ext === ".html") {
    const h = readFileSync(p, "utf8").replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<\/(p|li|td|tr|div|a|title)>/g, " ").replace(/<(br|hr)[^>]*>/g, " ").replace(/<[^>]+>/g, "");
    return [h.replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'")];
  }
  if (ext === ".docx") {
    const mammoth = requireNM("mammoth");
    return [(await mammoth.extractRawText({ path: p })).value];
  }
  if (ext === ".pdf") {
    const pdfjs = await import(pathToFileURL(join(NODE_MODULES, "pdfjs-dist/legacy/build/pdf.mjs")).href);
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(p)), verbosity: 0 }).promise;
    const pages = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const tc = await (await pdf.getPage(i)).getTextContent();
      pages.push(tc.items.map((it) => it.str + (it.hasEOL ? "\n" : " ")).join(""));
    }
    return pages;
  }
  throw new Error("unknown extension " + doc);
}
for (const d of docs) plain[d] = await readDoc(d);

const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const gold = readFileSync(join(ROOT, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
const perDoc = Object.fromEntries(docs.map((d) => [d, 0]));
let quotes = 0;
if (gold.length !== 40) problems.push(`expected 40 questions, found ${gold.length}`);
gold.forEach((g, i) => {
  const want = `af${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (!(g.category in CATS)) problems.push(`${g.id}: unknown category ${g.category}`);
  for (const k of ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (g.category === "unanswerable" && (g.evidence.length || g.must_include.length)) problems.push(`${g.id}: unanswerable with evidence or must_include`);
  if (g.category !== "unanswerable" && !g.evidence.length) problems.push(`${g.id}: no evidence`);
  if (g.category !== "unanswerable" && !g.must_include.length) problems.push(`${g.id}: no must_include`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    const base = basename(e.doc, extname(e.doc));
    const rp = join(ROOT, "text", base + ".txt");
    if (!existsSync(join(ROOT, "docs", e.doc))) { problems.push(`${g.id}: no document docs/${e.doc}`); continue; }
    perDoc[e.doc]++;
    if (!existsSync(rp)) { problems.push(`${g.id}: no rendering text/${base}.txt`); continue; }
    const r = (renderings[rp] ??= readFileSync(rp, "utf8"));
    if (!ws(r).includes(ws(e.quote))) problems.push(`${g.id}: quote is not a substring of text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (!plain[e.doc].some((page) => run(page, e.quote))) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc} read plainly: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (e.quote.length > 400) problems.push(`${g.id}: quote over 400 characters (keep evidence short)`);
  }
});
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(CATS)) if (byCat[c] !== n) problems.push(`category ${c}: ${byCat[c] ?? 0}, expected ${n}`);
for (const [d, n] of Object.entries(perDoc)) if (!n) problems.push(`document ${d} has no evidence quotes`);
const exts = new Set(docs.map((d) => extname(d)));
for (const x of [".pdf", ".docx", ".html"]) if (!exts.has(x)) problems.push(`no ${x} document`);
for (const d of docs) if (!existsSync(join(ROOT, "text", basename(d, extname(d)) + ".txt"))) problems.push(`no rendering for ${d}`);

console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log(`evidence quotes by document: ${JSON.stringify(perDoc)}`);
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
