// Checks gold.jsonl against the renderings and documents:
//  - ids are s001..s030 in order, categories known, every field present; unanswerable questions have no
//    evidence and no must_include, the others have evidence;
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as ../../shared/eval/score.mjs does (whole file, so its tag stripper applies as it does
//    there); for the .md and .txt documents the quote's words also run contiguously in the document itself;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - answers and quotes are at most 1,500 characters.
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring the gold
// itself with score.mjs (it must give answer 100%, cited 100%, fabricated 0).
//
//   node src/check-gold.mjs [--answers gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, basename, extname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
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

const CATS = ["status_lookup", "table_lookup", "people_roles", "board_paper", "fact", "cross_document", "unanswerable"];
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const cache = {};
const read = (p) => (cache[p] ??= readFileSync(p, "utf8"));
const docsUsed = new Set();
let quotes = 0;
gold.forEach((g, i) => {
  const want = `s${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (!CATS.includes(g.category)) problems.push(`${g.id}: unknown category ${g.category}`);
  for (const k of ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (g.category === "unanswerable" && (g.evidence.length || g.must_include.length)) problems.push(`${g.id}: unanswerable with evidence or must_include`);
  if (g.category !== "unanswerable" && !g.evidence.length) problems.push(`${g.id}: no evidence`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    docsUsed.add(e.doc);
    const base = basename(e.doc, extname(e.doc));
    const rp = join(root, "text", base + ".txt");
    const dp = join(root, "docs", e.doc);
    if (!existsSync(dp)) problems.push(`${g.id}: no document docs/${e.doc}`);
    if (!existsSync(rp)) {
      problems.push(`${g.id}: no rendering text/${base}.txt`);
      continue;
    }
    const r = read(rp);
    if (!r.includes(e.quote)) problems.push(`${g.id}: quote is not an exact substring of text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if ([".md", ".txt"].includes(extname(e.doc)) && existsSync(dp) && !run(read(dp), e.quote)) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc}`);
    if (e.quote.length > 1500) problems.push(`${g.id}: quote over 1,500 characters`);
  }
});
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
const byDoc = {};
for (const g of gold) for (const d of new Set(g.evidence.map((e) => e.doc))) byDoc[d] = (byDoc[d] ?? 0) + 1;
console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log(`questions with evidence per document: ${JSON.stringify(byDoc)}`);
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
