// Checks gold.jsonl against the documents and renderings:
//  - every evidence quote is in text/<base>.txt verbatim up to whitespace (a quote over several lines of a
//    rendering is written with single spaces), and is a contiguous run of its words tokenised as
//    ../../shared/eval/score.mjs does (the whole quote, first and last word included);
//  - the quote's words are also a contiguous run in the document itself: the Word file's text (mammoth, which
//    leaves out the numbers Word draws) FOLLOWED BY THE TEXT OF ITS FOOTER (word/footer*.xml, read with jszip,
//    as mammoth skips footers and the contact officer is only there), the .md file and the email note (.txt) as
//    they are, the PDF's text (pdfjs-dist) IN CONTENT-STREAM ORDER (the order pdfkit drew it: cell by cell,
//    row by row; the repeated header rows and the footer stay in, so a quote cannot run across a page break),
//    and the Word-saved HTML DECODED AS WINDOWS-1252 with <style> removed, the tags removed and the entities
//    (&nbsp;, &#8211; …) decoded; the report also counts the risk register quotes that are NOT a contiguous run
//    once the PDF text is sorted into lines by baseline and x (the wrapped cells of a row interleave then);
//  - a quote never cuts between a "<" and a ">" (the scorer strips "<...>" before comparing);
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - ids (o001..o040), categories and their counts, per-document coverage, and the evidence of unanswerable questions.
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
    let raw = "";
    for (let i = 1; i <= d.numPages; i++) {
      const items = (await (await d.getPage(i)).getTextContent()).items.filter((it) => it.str.trim());
      raw += items.map((it) => it.str).join(" ") + "\n";
      // lines by baseline (top first), items in a line by x: wrapped cells of a table row interleave here
      const sorted = [...items].sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
      const lines = [];
      for (const it of sorted) {
        const last = lines[lines.length - 1];
        if (last && Math.abs(last.y - it.transform[5]) < 2) last.items.push(it);
        else lines.push({ y: it.transform[5], items: [it] });
      }
      s += lines.map((l) => l.items.sort((a, b) => a.transform[4] - b.transform[4]).map((it) => it.str).join(" ")).join("\n") + "\n";
    }
    sortedPdf[file] = s;
    return raw;
  }
  if (ext === ".docx") {
    const body = (await require("mammoth").extractRawText({ path: p })).value;
    const zip = await require("jszip").loadAsync(readFileSync(p));
    let foot = "";
    for (const f of Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).sort())
      foot += "\n" + (await zip.file(f).async("string")).split(/<\/w:p>/).map((para) => [...para.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")).join("\n");
    return body + foot.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  }
  if (ext === ".html") return htmlText(readFileSync(p));
  return readFileSync(p, "utf8");
}
const sortedPdf = {};
// windows-1252: 0x80–0x9f written out (Node's TextDecoder may treat the label as latin1)
const C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const cp1252 = (buf) => [...buf].map((b) => (b >= 0x80 && b <= 0x9f ? C1[b - 0x80] : String.fromCharCode(b))).join("");
// the Word HTML's text: decoded as windows-1252, <style> removed, tags removed, entities decoded
function htmlText(buf) {
  return cp1252(buf)
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
if (args.includes("--dump")) {
  // prints the document text that the checks use (e.g. --dump water-resilience-commission-risk-register-2026-08.pdf)
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
const layoutOnly = { pdf: 0 };
for (const [i, g] of gold.entries()) {
  const want = `o${String(i + 1).padStart(3, "0")}`;
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
    if (e.doc.endsWith(".pdf") && !run(sortedPdf[e.doc], e.quote)) layoutOnly.pdf++;
    if (e.quote.includes("<") && !/<[^>]{0,200}>/.test(e.quote)) problems.push(`${g.id}: quote cuts between "<" and ">"`);
    if (e.quote.includes(">") && !/<[^>]{0,200}>/.test(e.quote)) problems.push(`${g.id}: quote cuts between "<" and ">"`);
    if (e.quote.length > 1500) problems.push(`${g.id}: quote over 1,500 characters`);
    if (tokens(e.quote).length < 3) problems.push(`${g.id}: quote too short to cite`);
  }
}
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(CATS)) if (byCat[c] !== n) problems.push(`category ${c}: ${byCat[c] ?? 0} questions, expected ${n}`);
for (const f of ["water-resilience-commission-performance-2026-27-q1.html", "water-resilience-commission-risk-register-2026-08.pdf",
  "water-resilience-commission-agenda-2026-09-17.docx", "water-resilience-commission-informal-meeting-note-2026-09-11.txt",
  "water-resilience-commission-lead-members-annual-report-2025-26.md"])
  if (!perDoc[f]) problems.push(`no evidence from ${f}`);
console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log(`evidence quotes by document ${JSON.stringify(perDoc)}`);
console.log(`risk register quotes not contiguous once the PDF text is sorted into lines by baseline and x: ${layoutOnly.pdf}`);
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
