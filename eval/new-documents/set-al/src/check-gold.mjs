// Checks ../gold.jsonl against the documents (after /work/shared/newdocs-dev/src/check-gold.mjs):
//  - every evidence quote is an exact substring of text/<base>.txt (whitespace-normalised) and a contiguous run of
//    its words, tokenised as /work/shared/eval/score.mjs does;
//  - the quote's words are also found in the document itself: as a contiguous run in the .txt document, in the
//    visible text of the .html page and in the text of the .docx; for a PDF, every word of the quote is in the
//    text pdftotext extracts (when pdftotext is installed);
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - ids al001..al040, categories and their counts, "found", and no evidence for unanswerable questions;
//  - every document has questions.
// With --answers PATH it also writes the gold as if it were the assistant's answers, for score.mjs (must give
// answer 100%, cited 100%, fabricated 0 with --corpus text/).
//
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { execFileSync } from "node:child_process";
import { root, NM } from "./lib.mjs";

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

// --- the documents' own text
const decode = (s) => s.replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'");
function docText(file) {
  const p = join(root, "docs", file);
  const ext = extname(file);
  if (ext === ".txt" || ext === ".md" || ext === ".csv") return readFileSync(p, "utf8");
  if (ext === ".html") {
    let h = readFileSync(p, "utf8").replace(/<head>[\s\S]*?<\/head>/, " ").replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<!--[\s\S]*?-->/g, " ");
    h = h.replace(/<option value="(?!25")[^"]*">[^<]*<\/option>/g, " "); // only the selected page length shows
    h = h.replace(/<input[^>]*placeholder="([^"]+)"[^>]*>/g, " $1 ");
    return decode(h.replace(/<[^>]+>/g, " "));
  }
  if (ext === ".docx") {
    const unzip = execFileSync("unzip", ["-p", p, "word/document.xml"], { maxBuffer: 1 << 26 }).toString("utf8");
    return decode(unzip.replace(/<w:tab\/>/g, " ").replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, ""));
  }
  if (ext === ".pdf") {
    try {
      return execFileSync("pdftotext", ["-raw", p, "-"], { maxBuffer: 1 << 26 }).toString("utf8");
    } catch {
      return null;
    }
  }
  return null;
}

const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {}, sources = {};
const docsUsed = new Set();
let quotes = 0;
if (gold.length !== 40) problems.push(`expected 40 questions, found ${gold.length}`);
gold.forEach((g, i) => {
  const want = `al${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (!(g.category in CATS)) problems.push(`${g.id}: unknown category ${g.category}`);
  for (const k of ["id", "question", "category", "found", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (g.found !== (g.category !== "unanswerable")) problems.push(`${g.id}: found should be ${g.category !== "unanswerable"}`);
  if (g.category === "unanswerable" && g.evidence.length) problems.push(`${g.id}: unanswerable with evidence`);
  if (g.category !== "unanswerable" && !g.evidence.length) problems.push(`${g.id}: no evidence`);
  if (g.category !== "unanswerable" && !g.must_include.length) problems.push(`${g.id}: no must_include`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    docsUsed.add(e.doc);
    const base = basename(e.doc, extname(e.doc));
    const rp = join(root, "text", base + ".txt");
    if (!existsSync(join(root, "docs", e.doc))) { problems.push(`${g.id}: no document docs/${e.doc}`); continue; }
    if (!existsSync(rp)) { problems.push(`${g.id}: no rendering text/${base}.txt`); continue; }
    const r = (renderings[rp] ??= readFileSync(rp, "utf8"));
    if (!ws(r).includes(ws(e.quote))) problems.push(`${g.id}: quote is not a substring of text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (tokens(e.quote).length < 3) problems.push(`${g.id}: quote too short: ${JSON.stringify(e.quote)}`);
    if (e.quote.length > 600) problems.push(`${g.id}: quote over 600 characters (keep evidence short)`);
    const s = e.doc in sources ? sources[e.doc] : (sources[e.doc] = docText(e.doc));
    if (s == null) continue;
    if (extname(e.doc) === ".pdf") {
      const bag = new Set(tokens(s));
      const missing = tokens(e.quote).filter((t) => !bag.has(t));
      if (missing.length) problems.push(`${g.id}: words not in the PDF's text (${missing.join(", ")}): ${JSON.stringify(e.quote.slice(0, 60))}`);
    } else if (!run(s, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc}: ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
});
for (const f of readdirSync(join(root, "docs"))) {
  if (!docsUsed.has(f)) problems.push(`document with no question evidence: ${f}`);
  const base = basename(f, extname(f));
  if (!existsSync(join(root, "text", base + ".txt"))) problems.push(`no rendering for ${f}`);
  // every word of the rendering is in the document (PDF: as a bag; others: same token sequence)
  const s = docText(f);
  const r = readFileSync(join(root, "text", base + ".txt"), "utf8");
  if (s != null) {
    if (extname(f) === ".pdf") {
      const bag = new Set(tokens(s));
      const miss = [...new Set(tokens(r).filter((t) => !bag.has(t)))];
      if (miss.length) problems.push(`text/${base}.txt has words not in the PDF: ${miss.slice(0, 10).join(", ")}`);
    } else if (tokens(s).join(" ") !== tokens(r).join(" ")) {
      const a = tokens(s), b = tokens(r);
      let k = 0;
      while (k < a.length && a[k] === b[k]) k++;
      problems.push(`text/${base}.txt differs from docs/${f} at word ${k}: doc "${a.slice(k, k + 6).join(" ")}" vs text "${b.slice(k, k + 6).join(" ")}"`);
    }
  }
}
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(CATS)) if (byCat[c] !== n) problems.push(`category ${c}: ${byCat[c] ?? 0} questions, expected ${n}`);
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
