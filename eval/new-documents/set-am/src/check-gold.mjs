// Checks gold.jsonl against the documents' text renderings:
//  - every evidence quote is an exact substring of text/<base>.txt (whitespace-normalised) and a contiguous run
//    of its words, tokenised as /work/shared/eval/score.mjs does;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs's rules);
//  - ids am001…am040, categories and counts, found = false exactly for unanswerable questions (no evidence),
//    every document has a rendering and at least one question, answers at most 1,500 characters.
// With --answers PATH, also writes the gold as if it were the assistant's answers, to score with score.mjs
// (it must give answer 100%, cited 100%, fabricated 0).
//
//   node src/check-gold.mjs [--answers /tmp/am-gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { dirname, join, basename, extname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const answersOut = args.includes("--answers") ? args[args.indexOf("--answers") + 1] : null;

// the scorer's text handling (as in score.mjs)
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
const runOf = (hay, quote) => (" " + tokens(hay).join(" ") + " ").includes(" " + tokens(quote).join(" ") + " ");
const ws = (s) => s.replace(/\s+/g, " ").trim();

const WANT = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const docs = readdirSync(join(root, "docs"));
const perDoc = Object.fromEntries(docs.map((d) => [d, 0]));
for (const d of docs) if (!existsSync(join(root, "text", basename(d, extname(d)) + ".txt"))) problems.push(`no rendering for docs/${d}`);
const renderings = {};
let quotes = 0;
if (gold.length !== 40) problems.push(`expected 40 questions, got ${gold.length}`);
gold.forEach((g, i) => {
  const want = `am${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  for (const k of ["id", "question", "category", "found", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (!(g.category in WANT)) problems.push(`${g.id}: unknown category ${g.category}`);
  if (g.found !== (g.category !== "unanswerable")) problems.push(`${g.id}: found should be ${g.category !== "unanswerable"}`);
  if (g.category === "unanswerable" && (g.evidence.length || g.must_include.length)) problems.push(`${g.id}: unanswerable with evidence or must_include`);
  if (g.category !== "unanswerable" && !g.evidence.length) problems.push(`${g.id}: no evidence`);
  if (g.category !== "unanswerable" && !g.must_include.length) problems.push(`${g.id}: no must_include`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  const seen = new Set();
  for (const e of g.evidence) {
    quotes++;
    if (!(e.doc in perDoc)) { problems.push(`${g.id}: no document docs/${e.doc}`); continue; }
    if (!seen.has(e.doc)) perDoc[e.doc]++, seen.add(e.doc);
    const rp = join(root, "text", basename(e.doc, extname(e.doc)) + ".txt");
    if (!existsSync(rp)) { problems.push(`${g.id}: no rendering ${rp}`); continue; }
    const r = (renderings[rp] ??= readFileSync(rp, "utf8"));
    if (!ws(r).includes(ws(e.quote))) problems.push(`${g.id}: quote is not a substring of text/${basename(rp)}: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (!runOf(r, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in text/${basename(rp)}: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (tokens(e.quote).length < 3) problems.push(`${g.id}: quote too short`);
    if (e.quote.length > 400) problems.push(`${g.id}: quote longer than 400 characters (keep evidence short)`);
  }
});
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(WANT)) if (byCat[c] !== n) problems.push(`category ${c}: ${byCat[c] ?? 0}, expected ${n}`);
for (const [d, n] of Object.entries(perDoc)) if (!n) problems.push(`docs/${d} has no question`);
console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log(`questions per document: ${JSON.stringify(perDoc)}`);
if (problems.length) {
  console.log(problems.join("\n"));
  process.exitCode = 1;
} else console.log("all checks pass");

if (answersOut) {
  writeFileSync(answersOut, gold.map((g) => JSON.stringify({
    id: g.id, question: g.question, found: g.found, answer: g.answer,
    citations: g.evidence.map((e) => ({ docId: basename(e.doc, extname(e.doc)), title: "", date: "", locator: "", quote: e.quote })),
  })).join("\n") + "\n");
  console.log(`wrote ${answersOut}`);
}
