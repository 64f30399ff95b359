// Checks gold.jsonl against the documents:
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as the scorer (shared/eval/score.mjs) does (the whole quote, first and last word included),
//    and no longer than 1,500 characters;
//  - the quote's words also run contiguously in the document as stored, where that can be read without a
//    layout engine: the .csv file itself, the .html file with its tags removed (as the scorer's clean()
//    does), the .docx file's word/document.xml with its tags removed; the PDF is checked against its
//    text rendering only (its tables are drawn cell by cell);
//  - every must_include string is in the gold answer and no must_not_include string is (scorer's rules);
//  - ids (aj001 ...), fields and categories (7 / 7 / 7 / 7 / 5 / 2 / 5) are as expected; unanswerable
//    questions have no evidence and every other question has some; every document has questions.
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring the gold
// itself with score.mjs (it must score 100 / 100 / 0).
//
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireFromProject } from "./common.mjs";

const args = process.argv.slice(2);
const answersOut = args.includes("--answers") ? args[args.indexOf("--answers") + 1] : null;

// --- the scorer's text handling (copied from score.mjs)
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
const decodeEntities = (s) =>
  s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lrm;/g, "");

// raw documents, read as the file stores them
const JSZip = requireFromProject("jszip");
const raw = {};
for (const f of readdirSync(join(root, "docs"))) {
  const p = join(root, "docs", f);
  const ext = extname(f);
  if (ext === ".csv") raw[f] = readFileSync(p, "utf8");
  else if (ext === ".html") raw[f] = decodeEntities(readFileSync(p, "utf8").replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]*>/g, " "));
  else if (ext === ".docx") {
    const zip = await JSZip.loadAsync(readFileSync(p));
    raw[f] = decodeEntities((await zip.file("word/document.xml").async("string")).replace(/<w:tab\/>/g, " ").replace(/<[^>]*>/g, " "));
  }
}

const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const gold = readFileSync(join(root, "gold.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
const docsWithQuestions = new Set();
let quotes = 0;
if (gold.length !== 40) problems.push(`${gold.length} questions, want 40`);
gold.forEach((g, i) => {
  const want = `aj${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (!(g.category in CATS)) problems.push(`${g.id}: unknown category ${g.category}`);
  for (const k of ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (g.category === "unanswerable" && g.evidence.length) problems.push(`${g.id}: unanswerable with evidence`);
  if (g.category === "unanswerable" && g.must_include.length) problems.push(`${g.id}: unanswerable with must_include`);
  if (g.category !== "unanswerable" && !g.evidence.length) problems.push(`${g.id}: no evidence`);
  if (g.category !== "unanswerable" && !g.must_include.length) problems.push(`${g.id}: no must_include`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    docsWithQuestions.add(e.doc);
    const base = basename(e.doc, extname(e.doc));
    const rp = join(root, "text", base + ".txt");
    if (!existsSync(join(root, "docs", e.doc))) problems.push(`${g.id}: no document docs/${e.doc}`);
    if (!existsSync(rp)) {
      problems.push(`${g.id}: no rendering text/${base}.txt`);
      continue;
    }
    const r = (renderings[rp] ??= readFileSync(rp, "utf8"));
    if (!r.includes(e.quote)) problems.push(`${g.id}: quote is not an exact substring of text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (raw[e.doc] !== undefined && !run(raw[e.doc], e.quote))
      problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc} as stored: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (e.quote.length > 1500) problems.push(`${g.id}: quote over 1,500 characters`);
  }
});
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(CATS)) if (byCat[c] !== n) problems.push(`${c}: ${byCat[c] ?? 0} questions, want ${n}`);
for (const f of readdirSync(join(root, "docs"))) if (!docsWithQuestions.has(f)) problems.push(`docs/${f} has no question with evidence in it`);
for (const f of readdirSync(join(root, "docs"))) if (!existsSync(join(root, "text", basename(f, extname(f)) + ".txt"))) problems.push(`docs/${f} has no text rendering`);

console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
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
