// Checks gold.jsonl against the documents and their renderings:
//  - ids ak001..ak040, the required fields, and the number of questions in each category
//    (status_lookup 7, table_lookup 7, people_roles 7, board_paper 7, fact 5, cross_document 2, unanswerable 5);
//  - every evidence quote is in text/<base>.txt of its document, whitespace-normalised, and is a contiguous run
//    of its words as ../../shared/eval/score.mjs tokenises them (whole quote, first and last word included);
//    for the documents that are text already (.txt, .csv) the quote's words must also run in the file itself;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - unanswerable questions have no evidence and "found": false; answerable ones have evidence;
//  - every document in docs/ has a rendering in text/ and is the evidence of at least one question.
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring the gold
// itself with score.mjs (it must score answer 100%, cited 100%, fabricated 0).
//
//   node src/check-gold.mjs [--answers /tmp/ak-gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
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
const ws = (s) => String(s).replace(/^\ufeff/, "").replace(/\s+/g, " ").trim();

const WANT = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
const sources = {};
const docsUsed = new Set();
let quotes = 0;
if (gold.length !== 40) problems.push(`${gold.length} questions, expected 40`);
gold.forEach((g, i) => {
  const want = `ak${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (!(g.category in WANT)) problems.push(`${g.id}: unknown category ${g.category}`);
  for (const k of ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (g.category === "unanswerable") {
    if (g.evidence.length) problems.push(`${g.id}: unanswerable with evidence`);
    if (g.found !== false) problems.push(`${g.id}: unanswerable without "found": false`);
  } else {
    if (!g.evidence.length) problems.push(`${g.id}: no evidence`);
    if (!g.must_include.length) problems.push(`${g.id}: no must_include`);
    if ("found" in g && g.found !== true) problems.push(`${g.id}: answerable with found ${g.found}`);
  }
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    docsUsed.add(e.doc);
    const base = basename(e.doc, extname(e.doc));
    const rp = join(root, "text", base + ".txt");
    if (!existsSync(join(root, "docs", e.doc))) problems.push(`${g.id}: no document docs/${e.doc}`);
    if (!existsSync(rp)) {
      problems.push(`${g.id}: no rendering text/${base}.txt`);
      continue;
    }
    const r = (renderings[rp] ??= readFileSync(rp, "utf8"));
    if (!ws(r).includes(ws(e.quote))) problems.push(`${g.id}: quote is not in text/${base}.txt (whitespace-normalised): ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words are not a contiguous run of text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if ([".txt", ".csv"].includes(extname(e.doc))) {
      const s = (sources[e.doc] ??= readFileSync(join(root, "docs", e.doc), "utf8"));
      if (!run(s, e.quote)) problems.push(`${g.id}: quote's words are not a contiguous run of docs/${e.doc}`);
    }
    if (e.quote.length > 1500) problems.push(`${g.id}: quote over 1,500 characters`);
  }
});
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(WANT)) if (byCat[c] !== n) problems.push(`category ${c}: ${byCat[c] ?? 0} questions, expected ${n}`);
for (const d of readdirSync(join(root, "docs"))) {
  if (!existsSync(join(root, "text", basename(d, extname(d)) + ".txt"))) problems.push(`docs/${d} has no rendering in text/`);
  if (!docsUsed.has(d)) problems.push(`docs/${d} is the evidence of no question`);
}
const exts = new Set(readdirSync(join(root, "docs")).map((d) => extname(d)));
for (const x of [".pdf", ".docx", ".html"]) if (!exts.has(x)) problems.push(`no ${x} document`);

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
