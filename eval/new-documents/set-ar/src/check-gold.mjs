// Checks gold.jsonl against the documents:
//  - every evidence quote is a substring of text/<base>.txt once runs of whitespace are made one space
//    (or, for the .md and .txt documents, of the document itself) and a contiguous run of its words,
//    tokenised as /work/shared/eval/score.mjs does (the whole quote, first and last word included);
//  - for the .md and .txt documents, the quote's words also occur contiguously in the document itself;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - ids, categories and the evidence of unanswerable questions are as expected.
// Also writes answers-from-gold.jsonl (the gold as if it were the assistant's answers) when --answers PATH
// is given, for scoring the gold itself with score.mjs (it must score 100 / 100 / 0).
//
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { dirname, join, basename, extname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
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

const CATS = ["status_lookup", "table_lookup", "people_roles", "board_paper", "fact", "cross_document", "unanswerable"];
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
const sources = {};
let quotes = 0;
gold.forEach((g, i) => {
  const want = `ar${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (!CATS.includes(g.category)) problems.push(`${g.id}: unknown category ${g.category}`);
  for (const k of ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (g.category === "unanswerable" && g.evidence.length) problems.push(`${g.id}: unanswerable with evidence`);
  if (g.category !== "unanswerable" && !g.evidence.length) problems.push(`${g.id}: no evidence`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    const base = basename(e.doc, extname(e.doc));
    const rp = join(root, "text", base + ".txt");
    if (!existsSync(join(root, "docs", e.doc))) problems.push(`${g.id}: no document docs/${e.doc}`);
    if (!existsSync(rp)) {
      problems.push(`${g.id}: no rendering text/${base}.txt`);
      continue;
    }
    const r = (renderings[rp] ??= readFileSync(rp, "utf8"));
    const plain = [".md", ".txt"].includes(extname(e.doc));
    const s = plain ? (sources[e.doc] ??= readFileSync(join(root, "docs", e.doc), "utf8")) : null;
    // exact text: as rendered (cells joined by " | "), or, for the .md/.txt documents, as in the file itself
    const ws = (x) => x.replace(/\s+/g, " ");
    if (!ws(r).includes(ws(e.quote)) && !(plain && ws(s).includes(ws(e.quote))))
      problems.push(`${g.id}: quote is not an exact substring of text/${base}.txt${plain ? " or docs/" + e.doc : ""}: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (plain && !run(s, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc}`);
    if (e.quote.length > 1500) problems.push(`${g.id}: quote over 1,500 characters`);
  }
});
// every document has questions; category counts as the brief asks
const WANT = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
for (const f of readdirSync(join(root, "docs")))
  if (!gold.some((g) => g.evidence.some((e) => e.doc === f))) problems.push(`no question has evidence in docs/${f}`);
if (gold.length !== 40) problems.push(`expected 40 questions, got ${gold.length}`);
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(WANT)) if ((byCat[c] ?? 0) !== n) problems.push(`category ${c}: ${byCat[c] ?? 0}, expected ${n}`);
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
