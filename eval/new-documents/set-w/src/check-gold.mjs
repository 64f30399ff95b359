// Checks this set's gold.jsonl against its documents and renderings:
//  - every evidence quote is in its text/ rendering (verbatim up to whitespace, and as a contiguous run of words
//    tokenised as score.mjs does) and is a contiguous run of the document's own words, read as: the Word file
//    with mammoth (raw text: the body, with the floating text box where Word anchors it) FOLLOWED BY ITS ENDNOTES
//    (word/endnotes.xml, each as the lower-roman number Word draws and its text; separator notes skipped) AND ITS
//    COMMENTS (word/comments.xml, each as "author: text", as Word's margin balloons show them) – mammoth's raw text
//    leaves endnotes and comments out; the PDF with pdfjs-dist in content-stream order (each page's footer is drawn
//    last on that page, after switching back to it, so no quote may run across a page break); the HTML with
//    <style>, <script> and the tags removed and entities decoded (the hidden tab panels included); the markdown
//    and the plain-text email as they are (quote markers, hard-wrapped lines and the CSV block included). The
//    report also counts the PDF quotes that are NOT a contiguous run once the PDF text is sorted into lines by
//    baseline and x, and the email quotes that cross a physical (hard-wrapped) line;
//  - a quote never cuts between a "<" and a ">" (the scorer strips "<...>" before comparing);
//  - every line of every rendering is a contiguous run of its document's words;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - ids (w001..w040), categories and their counts, per-document coverage, and the evidence of unanswerable
//    questions.
// Writes gold-as-answers.jsonl (the gold as if it were the assistant's answers), for scoring the gold itself
// with score.mjs, which must give answer 100%, cited 100%, fabricated 0.
// (Adapted from set V's check-gold.mjs, /work/main/eval/new-documents/set-v/src/check-gold.mjs.)
//
//   node src/check-gold.mjs [--answers PATH]       (default PATH: gold-as-answers.jsonl in this set's folder)
//   node src/check-gold.mjs --dump FILE            (prints the text of docs/FILE used by the checks)
//   NODE_MODULES=/path/to/node_modules (default /work/main/node_modules) for pdfjs-dist, mammoth and jszip
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
const sortedPdf = {};
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
    const ent = (x) => x.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    const words = (xml) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    const ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
    let notes = "";
    const ex = (await zip.file("word/endnotes.xml")?.async("string")) ?? "";
    for (const m of ex.matchAll(/<w:endnote\b([^>]*)>([\s\S]*?)<\/w:endnote>/g)) {
      if (/w:type="(separator|continuationSeparator)"/.test(m[1])) continue;
      const id = +m[1].match(/w:id="(-?\d+)"/)[1];
      notes += `${ROMAN[id]} ${ent(words(m[2]))}\n`;
    }
    let comments = "";
    const cx = (await zip.file("word/comments.xml")?.async("string")) ?? "";
    for (const m of cx.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) comments += `${ent(m[1].match(/w:author="([^"]*)"/)[1])}: ${ent(words(m[2]))}\n`;
    return body + "\n" + notes + comments;
  }
  if (ext === ".html")
    return readFileSync(p, "utf8")
      .replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<[^>]*>/g, " ")
      .replace(/&nbsp;/g, " ")
      .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  return readFileSync(p, "utf8");
}
if (args.includes("--dump")) {
  console.log(await docText(args[args.indexOf("--dump") + 1]));
  process.exit(0);
}
const DOCS = [
  "heat-networks-commission-zoning-consultation-draft-response-2029-03-07.docx",
  "heat-networks-commission-meeting-2029-03-07.html",
  "heat-networks-commission-email-zoning-response-sign-off-2029-04-24.txt",
  "heat-networks-commission-zoning-programme-timeline-2029-06-20.pdf",
  "heat-networks-commission-feasibility-fund-round-1-awards-2029-06-20.md",
];
const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 3, unanswerable: 4 };
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
const docs = {};
const perDoc = {};
let quotes = 0;
const layoutOnly = { pdf: 0, wrapped: 0 };
for (const [i, g] of gold.entries()) {
  const want = `w${String(i + 1).padStart(3, "0")}`;
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
    if (e.doc.endsWith(".txt") && !d.split("\n").some((l) => run(l, e.quote))) layoutOnly.wrapped++;
    if (/[<>]/.test(e.quote.replace(/<[^>]{0,200}>/g, ""))) problems.push(`${g.id}: quote cuts between "<" and ">"`);
    if (e.quote.length > 1500) problems.push(`${g.id}: quote over 1,500 characters`);
    if (tokens(e.quote).length < 3) problems.push(`${g.id}: quote too short to cite`);
  }
}
const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(CATS)) if (byCat[c] !== n) problems.push(`category ${c}: ${byCat[c] ?? 0} questions, expected ${n}`);
for (const f of DOCS) if (!perDoc[f]) problems.push(`no evidence from ${f}`);
// every rendering line that a quote could use must itself be contiguous in its document (spot check: all lines)
for (const f of DOCS) {
  const r = readFileSync(join(root, "text", basename(f, extname(f)) + ".txt"), "utf8");
  const d = (docs[f] ??= await docText(f));
  for (const l of r.split("\n")) if (tokens(l).length && !run(d, l)) problems.push(`rendering line not contiguous in docs/${f}: ${JSON.stringify(l.slice(0, 70))}`);
}
console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log(`evidence quotes by document ${JSON.stringify(perDoc)}`);
console.log(`PDF quotes not contiguous once the PDF text is sorted into lines by baseline and x: ${layoutOnly.pdf}`);
console.log(`email quotes that cross a physical (hard-wrapped) line: ${layoutOnly.wrapped}`);
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
