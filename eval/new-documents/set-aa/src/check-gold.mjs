// Checks this set's gold.jsonl against its documents and renderings:
//  - every evidence quote is in its text/ rendering (verbatim up to whitespace, and as a contiguous run of words
//    tokenised as score.mjs does) and is a contiguous run of the document's own words, read as:
//      * the Word draft: mammoth's raw text (the body as it reads with the tracked changes accepted: insertions in,
//        deletions out; the content controls' text, the placeholder included) FOLLOWED BY ITS TRACKED CHANGES read
//        from word/document.xml in document order, each as "<author> Inserted: <text>" or "<author> Deleted: <text>"
//        as Word's balloons and Reviewing Pane show them (a tracked table row as its cells joined with " | ") –
//        mammoth's raw text leaves out the deletions and who made each change;
//      * the slide PDF: pdfjs-dist text in content-stream order (each slide's footer is drawn last on its page, so no
//        quote may run across slides); the report also counts the quotes that are not a contiguous run once each page
//        is sorted into lines by baseline and x;
//      * the HTML page: <style> and <script> removed, tags removed, entities decoded;
//      * the README: the markdown as it is (link targets, badges' URLs, <br>, <sup> and emoji included);
//      * the paged text report: THE PAGE FURNITURE REMOVED (on every page between form feeds, the running header's
//        three lines and the blank line after them, the footer's blank line, rule and "Printed … Page n of N" line,
//        and the blank padding above the footer) and TABLE 2 REBUILT: its column extents read from the rule of dashed
//        segments under its two-line heading; between that rule and the closing rule, each physical line sliced by
//        the extents, the pieces appended to their column, a row started by a line with a Ref and ended by a blank
//        line, and written as its cells joined with " | " (the two heading lines likewise); every other line kept as
//        it is. The report counts the quotes that are not a contiguous run in the file read straight through (the
//        Table 2 rows, whose wrapped cells interleave, and the row cut by a page break).
//  - a quote never cuts between a "<" and a ">" (the scorer strips "<...>" before comparing);
//  - every line of every rendering is a contiguous run of its document's words;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - ids (x001..x040), categories and their counts, per-document coverage, and the evidence of unanswerable
//    questions.
// Writes gold-as-answers.jsonl (the gold as if it were the assistant's answers), for scoring the gold itself
// with score.mjs, which must give answer 100%, cited 100%, fabricated 0.
// (Adapted from set W's check-gold.mjs, /work/main/eval/new-documents/set-w/src/check-gold.mjs.)
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
const rawTxt = {};
const FUND = "allotments-community-growing-panel-growing-spaces-fund-progress-2030-04-24.txt";
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
    const xml = await zip.file("word/document.xml").async("string");
    const ent = (x) => x.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    const textOf = (x) => ent([...x.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>|<w:tab\/>/g)].map((m) => m[1] ?? "\t").join(""));
    const author = (attrs) => ent(attrs.match(/w:author="([^"]*)"/)[1]);
    const changes = [];
    const scan = (x) => {
      for (const m of x.matchAll(/<w:(ins|del) ([^>]*[^\/])>([\s\S]*?)<\/w:\1>/g))
        changes.push(`${author(m[2])} ${m[1] === "ins" ? "Inserted" : "Deleted"}: ${textOf(m[3]).trim()}`);
    };
    // rows first: a row whose properties carry a tracked insertion or deletion is one change; other rows are scanned
    let last = 0;
    for (const m of xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)) {
      scan(xml.slice(last, m.index));
      last = m.index + m[0].length;
      const rowChange = m[1].match(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*?<w:(ins|del) ([^>]*)\/>/);
      if (rowChange) {
        const cells = [...m[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1]).trim());
        changes.push(`${author(rowChange[2])} ${rowChange[1] === "ins" ? "Inserted" : "Deleted"}: ${cells.join(" | ")}`);
      } else scan(m[0]);
    }
    scan(xml.slice(last));
    return body + "\n" + changes.join("\n") + "\n";
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
  const raw = readFileSync(p, "utf8");
  if (file === FUND) {
    rawTxt[file] = raw;
    return fundText(raw);
  }
  return raw;
}
// the paged text report read as a person reads it (see the header comment)
function fundText(raw) {
  const kept = [];
  for (const [i, page] of raw.replace(/\n$/, "").split("\n\f").entries()) {
    const ls = page.split("\n");
    if (!/Wednesday 24 April 2030$/.test(ls[0]) || !ls[1].startsWith("Item 7 - ") || !/^=+$/.test(ls[2]) || ls[3] !== "") throw new Error("running header of page " + (i + 1));
    if (!/Page \d of \d$/.test(ls.at(-1)) || !/^-+$/.test(ls.at(-2)) || ls.at(-3) !== "") throw new Error("footer of page " + (i + 1));
    const body = ls.slice(4, -3);
    while (body.length && body.at(-1) === "") body.pop();
    kept.push(...body);
  }
  const out = [];
  let i = 0;
  while (i < kept.length) {
    if (/^Ref +Council +Project/.test(kept[i]) && /^-+( -+)+$/.test(kept[i + 2] ?? "")) {
      const rule = kept[i + 2];
      const ext = [...rule.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length]);
      ext.at(-1)[1] = 1e9;
      const slice = (l) => ext.map(([a, b]) => l.slice(a, b).trim());
      const rowOf = (lines) => ext.map((_, k) => lines.map((l) => slice(l)[k]).filter(Boolean).join(" ")).filter(Boolean).join(" | ");
      out.push(rowOf([kept[i], kept[i + 1]]));
      i += 3;
      let row = [];
      const flush = () => { if (row.length) out.push(rowOf(row)); row = []; };
      for (; i < kept.length && kept[i] !== rule; i++) {
        if (kept[i] === "") { flush(); continue; }
        if (slice(kept[i])[0]) flush();
        row.push(kept[i]);
      }
      flush();
      i++;
      continue;
    }
    out.push(kept[i++]);
  }
  return out.join("\n");
}
if (args.includes("--dump")) {
  console.log(await docText(args[args.indexOf("--dump") + 1]));
  process.exit(0);
}
const DOCS = [
  "allotments-community-growing-panel-model-tenancy-agreement-draft-2-2030-01-23.docx",
  "allotments-community-growing-panel-survey-2029-slides-2030-01-23.pdf",
  "allotments-community-growing-panel-meeting-2030-04-24.html",
  "allotment-waiting-list-data-standard-readme-2030-05-02.md",
  FUND,
];
const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 3, unanswerable: 4 };
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
const docs = {};
const perDoc = {};
let quotes = 0;
const layoutOnly = { pdf: 0, paged: 0 };
for (const [i, g] of gold.entries()) {
  const want = `x${String(i + 1).padStart(3, "0")}`;
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
    if (e.doc === FUND && !run(rawTxt[FUND], e.quote)) layoutOnly.paged++;
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
console.log(`slide quotes not contiguous once each page's text is sorted into lines by baseline and x: ${layoutOnly.pdf}`);
console.log(`text report quotes not contiguous in the file read straight through (Table 2 rows, page breaks): ${layoutOnly.paged}`);
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
