// Checks gold.jsonl against the documents and renderings:
//  - every evidence quote is in text/<base>.txt verbatim up to whitespace (a quote over several lines of a
//    rendering is written with single spaces), and is a contiguous run of its words tokenised as
//    ../../shared/eval/score.mjs does (the whole quote, first and last word included);
//  - the quote's words are also a contiguous run in the document itself: the Word file's text (mammoth, which
//    leaves out the bullets that Word draws and gives each table cell as a paragraph), the .md file as it is
//    (HTML tags in it are stripped by the tokeniser, as the scorer does), the PDFs' text (pdfjs-dist) page by
//    page, and the HTML with <style>/<script> and tags removed and entities decoded. THE TWO-COLUMN BULLETIN IS
//    READ COLUMN BY COLUMN: on each page, first the masthead (page 1, above MAST_BOTTOM), then the items left
//    of the page's middle, then those right of it, each sorted into lines by baseline and x; the footer stays
//    in, so a quote cannot run across a column or page break. The landscape appointments list is sorted into
//    lines by baseline and x over the whole page (its table rows are single lines). The report also counts the
//    bulletin quotes that are NOT a contiguous run when the page is read line by line across both columns
//    (i.e. that a reader ignoring the columns would get wrong);
//  - a quote never cuts between a "<" and a ">" (the scorer strips "<...>" before comparing);
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - ids (n001..n040), categories and their counts, per-document coverage, and the evidence of unanswerable questions.
// Writes gold-as-answers.jsonl (the gold as if it were the assistant's answers), for scoring the gold
// itself with score.mjs, which must give answer 100%, cited 100%, fabricated 0.
// (Adapted from set M's check-gold.mjs, ../../newdocs-dev9/src/check-gold.mjs.)
//
//   node src/check-gold.mjs [--answers PATH]       (default PATH: gold-as-answers.jsonl in this set's folder)
//   node src/check-gold.mjs --dump FILE            (prints the text of docs/FILE used by the checks)
//   NODE_MODULES=/path/to/node_modules (default /work/main/node_modules) for pdfjs-dist and mammoth
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, basename, extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const args = process.argv.slice(2);
const answersOut = args.includes("--answers") ? args[args.indexOf("--answers") + 1] : join(root, "gold-as-answers.jsonl");
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));

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
const ws = (s) => s.replace(/\s+/g, " ");

// --- the documents' own text
async function docText(file) {
  const p = join(root, "docs", file);
  const ext = extname(file);
  if (ext === ".pdf") {
    const pdfjs = await import(pathToFileURL(join(NM, "pdfjs-dist", "legacy", "build", "pdf.mjs")).href);
    const d = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(p)), verbosity: 0 }).promise;
    let s = "";
    let across = "";
    const toLines = (items) => {
      const sorted = [...items].sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
      const lines = [];
      for (const it of sorted) {
        const last = lines[lines.length - 1];
        if (last && Math.abs(last.y - it.transform[5]) < 2) last.items.push(it);
        else lines.push({ y: it.transform[5], items: [it] });
      }
      return lines.map((l) => l.items.sort((a, b) => a.transform[4] - b.transform[4]).map((it) => it.str).join(" ")).join("\n") + "\n";
    };
    for (let i = 1; i <= d.numPages; i++) {
      const page = await d.getPage(i);
      const ph = page.view[3];
      const pw = page.view[2];
      const items = (await page.getTextContent()).items.filter((it) => it.str.trim());
      across += toLines(items);
      if (file === BULLETIN) {
        const mast = items.filter((it) => i === 1 && ph - it.transform[5] < MAST_BOTTOM);
        const rest = items.filter((it) => !mast.includes(it));
        s += toLines(mast) + toLines(rest.filter((it) => it.transform[4] < pw / 2)) + toLines(rest.filter((it) => it.transform[4] >= pw / 2));
      } else s += toLines(items);
    }
    acrossPdf[file] = across;
    return s;
  }
  if (ext === ".docx") return (await require("mammoth").extractRawText({ path: p })).value;
  if (ext === ".html") {
    const h = htmlText(readFileSync(p, "utf8"))
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    return h;
  }
  return readFileSync(p, "utf8");
}
const acrossPdf = {};
const BULLETIN = "urban-trees-green-spaces-bulletin-2026-11.pdf";
const MAST_BOTTOM = 120; // top-down y of the masthead's end on page 1 (build-bulletin-pdf.mjs)
const BUDGET = "urban-trees-green-spaces-budget-monitoring-2026-08.docx";
const ACTIONS = "urban-trees-green-spaces-action-log-2026-10.md";
const FWP = "urban-trees-green-spaces-forward-work-programme-2026-27.html";
const APPTS = "urban-trees-green-spaces-outside-bodies-2026-27.pdf";
// the HTML's text: <style>, <script> and the other tags removed
function htmlText(h) {
  return h.replace(/<(style|script)[\s\S]*?<\/\1>/g, " ").replace(/<[^>]*>/g, " ");
}

if (args.includes("--dump")) {
  // prints the document text that the checks use (e.g. --dump road-safety-panel-dashboard-2025-26.html)
  console.log(await docText(args[args.indexOf("--dump") + 1]));
  process.exit(0);
}
const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 6, board_paper: 6, fact: 5, cross_document: 5, unanswerable: 4 };
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
const docs = {};
const perDoc = {};
let quotes = 0;
const layoutOnly = { columns: 0, emptyCell: 0 };
for (const [i, g] of gold.entries()) {
  const want = `n${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (!(g.category in CATS)) problems.push(`${g.id}: unknown category ${g.category}`);
  for (const k of ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"])
    if (!(k in g)) problems.push(`${g.id}: missing field ${k}`);
  if (g.category === "unanswerable" && (g.evidence.length || g.must_include.length)) problems.push(`${g.id}: unanswerable with evidence or must_include`);
  if (g.category !== "unanswerable" && (!g.evidence.length || !g.must_include.length)) problems.push(`${g.id}: no evidence or no must_include`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    perDoc[e.doc] = (perDoc[e.doc] ?? 0) + 1;
    const base = basename(e.doc, extname(e.doc));
    const rp = join(root, "text", base + ".txt");
    if (!existsSync(join(root, "docs", e.doc))) {
      problems.push(`${g.id}: no document docs/${e.doc}`);
      continue;
    }
    if (!existsSync(rp)) {
      problems.push(`${g.id}: no rendering text/${base}.txt`);
      continue;
    }
    const r = (renderings[rp] ??= readFileSync(rp, "utf8"));
    const d = (docs[e.doc] ??= await docText(e.doc));
    if (!ws(r).includes(ws(e.quote))) problems.push(`${g.id}: quote is not in text/${base}.txt (up to whitespace): ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (!run(d, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc}: ${JSON.stringify(e.quote.slice(0, 80))}`);
    if (e.doc === BULLETIN && !run(acrossPdf[e.doc], e.quote)) layoutOnly.columns++;
    if (/(^|\n)\| /.test(e.quote) || e.quote.startsWith("| ")) layoutOnly.emptyCell++;
    if (e.quote.includes("<") && !/<[^>]{0,200}>/.test(e.quote)) problems.push(`${g.id}: quote cuts between "<" and ">"`);
    if (e.quote.includes(">") && !/<[^>]{0,200}>/.test(e.quote)) problems.push(`${g.id}: quote cuts between "<" and ">"`);
    if (e.quote.length > 1500) problems.push(`${g.id}: quote over 1,500 characters`);
    if (tokens(e.quote).length < 3) problems.push(`${g.id}: quote too short to cite`);
  }
}
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(CATS)) if (byCat[c] !== n) problems.push(`category ${c}: ${byCat[c] ?? 0} questions, expected ${n}`);
for (const f of [BUDGET, BULLETIN, FWP, ACTIONS, APPTS])
  if (!perDoc[f]) problems.push(`no evidence from ${f}`);
console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log(`evidence quotes by document ${JSON.stringify(perDoc)}`);
console.log(`bulletin quotes that are not contiguous when both columns are read across: ${layoutOnly.columns}; quotes of table rows with an empty first cell: ${layoutOnly.emptyCell}`);
if (problems.length) {
  console.log(problems.join("\n"));
  process.exitCode = 1;
} else console.log("all checks pass");

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
