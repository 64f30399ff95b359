// Checks gold.jsonl against the documents:
//  - every evidence quote is in text/<base>.txt, whitespace-normalised, and its words (tokenised as
//    ../../shared/eval/score.mjs does) are a contiguous run of the rendering's words;
//  - for the .txt documents, the quote's words are also a contiguous run of the document itself;
//    for the .docx, of mammoth's raw text (mammoth from /work/main/node_modules, or MAMMOTH_PATH);
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - ids (ao001…), fields, categories and their counts, and that unanswerable questions have no evidence
//    while every other question has some; every document has questions.
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring the gold
// itself with score.mjs (it must give answer 100%, cited 100%, fabricated 0).
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { dirname, join, basename, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
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
const ws = (s) => s.replace(/\s+/g, " ").trim();

const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const cache = {};
const read = (p) => (cache[p] ??= readFileSync(p, "utf8"));
let docxText = {};
const require = createRequire(import.meta.url);
const mammoth = require(process.env.MAMMOTH_PATH ?? "/work/main/node_modules/mammoth");
for (const f of readdirSync(join(root, "docs")).filter((f) => f.endsWith(".docx")))
  docxText[f] = (await mammoth.extractRawText({ path: join(root, "docs", f) })).value;

let quotes = 0;
const used = new Set();
gold.forEach((g, i) => {
  const want = `ao${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (!(g.category in CATS)) problems.push(`${g.id}: unknown category ${g.category}`);
  for (const k of ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (g.category === "unanswerable" && g.evidence.length) problems.push(`${g.id}: unanswerable with evidence`);
  if (g.category !== "unanswerable" && !g.evidence.length) problems.push(`${g.id}: no evidence`);
  if (g.category !== "unanswerable" && !g.must_include.length) problems.push(`${g.id}: no must_include`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    used.add(e.doc);
    const base = basename(e.doc, extname(e.doc));
    const rp = join(root, "text", base + ".txt");
    const dp = join(root, "docs", e.doc);
    if (!existsSync(dp)) problems.push(`${g.id}: no document docs/${e.doc}`);
    if (!existsSync(rp)) { problems.push(`${g.id}: no rendering text/${base}.txt`); continue; }
    const r = read(rp);
    const short = JSON.stringify(e.quote.slice(0, 70));
    if (!ws(r).includes(ws(e.quote))) problems.push(`${g.id}: quote not in text/${base}.txt (whitespace-normalised): ${short}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words not contiguous in text/${base}.txt: ${short}`);
    if (e.quote.length > 400) problems.push(`${g.id}: quote longer than 400 characters: ${short}`);
    if (extname(e.doc) === ".txt" && !run(read(dp), e.quote)) problems.push(`${g.id}: quote's words not contiguous in docs/${e.doc}: ${short}`);
    if (extname(e.doc) === ".docx" && !run(docxText[e.doc], e.quote)) problems.push(`${g.id}: quote's words not contiguous in mammoth's text of docs/${e.doc}: ${short}`);
  }
});
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(CATS)) if (byCat[c] !== n) problems.push(`category ${c}: ${byCat[c] ?? 0} questions, expected ${n}`);
if (gold.length !== 40) problems.push(`${gold.length} questions, expected 40`);
for (const f of readdirSync(join(root, "docs"))) {
  if (!used.has(f)) problems.push(`docs/${f} has no questions`);
  if (!existsSync(join(root, "text", basename(f, extname(f)) + ".txt"))) problems.push(`docs/${f} has no rendering`);
}
console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
if (problems.length) {
  console.log(problems.join("\n"));
  process.exitCode = 1;
} else console.log("all checks pass");

if (answersOut) {
  const lines = gold.map((g) =>
    JSON.stringify({
      id: g.id, question: g.question, found: g.category !== "unanswerable", answer: g.answer,
      citations: g.evidence.map((e) => ({ docId: basename(e.doc, extname(e.doc)), title: "", date: "", locator: "", quote: e.quote })),
    }),
  );
  writeFileSync(answersOut, lines.join("\n") + "\n");
  console.log(`wrote ${answersOut}`);
}
