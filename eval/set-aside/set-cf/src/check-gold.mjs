// Checks gold.jsonl against the documents:
//  - ids cf001…cf040, the fields of /work/shared/newdocs-dev/gold.jsonl, categories and their counts
//    (7/8/7/7/5/2/4); unanswerable questions have no evidence and no must strings, the others have both;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as /work/shared/eval/score.mjs does (the whole quote, first and last word included);
//  - the quote is also read from the document itself, independently of the builders:
//      .docx  each XML part of the package read on its own with jszip (word/document.xml, every
//             header and footer part): its w:t text, paragraphs on lines; the quote's words contiguous
//             in one part (the front sheet of this set's paper is in the first-page header part);
//      .rtf   the file read by a small RTF reader below: destinations ({\*…}, font, colour and style
//             tables, info) skipped, so field instructions are dropped and only their results kept;
//             \'hh in code page 1252, \uN, \rquote and the like decoded; \par, \line and \row as line
//             ends, \cell as " | ": words contiguous;
//      .html  the page with <style>, <script> and tags removed, entities decoded: words contiguous;
//      .csv   the raw file (UTF-8, byte order mark removed): words contiguous;
//      .pdf   pdf.js text content in content-stream order: each cell of a quote (the parts between
//             " | ") contiguous;
//  - every document has at least one question and a rendering, and every line of every rendering is a
//    run of its document as read (PDF: cell by cell).
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring the
// gold itself with score.mjs (it must score 100 / 100 / 0).
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { pathToFileURL } from "node:url";
import { root, requireMain, MAIN } from "./common.mjs";

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

// --- the documents, read independently of the builders
const JSZip = requireMain("jszip");
const pdfjs = await import(pathToFileURL(join(MAIN, "node_modules/pdfjs-dist/legacy/build/pdf.mjs")).href);
const NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", copy: "©", pound: "£", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e] ?? all);
const stripHtml = (h) => decode(h.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<[^>]+>/g, " "));

// a Word XML part as text: w:t runs, w:tab as a tab, a paragraph a line
const wordPart = (xml) => decode(xml.replace(/<w:tab\/>/g, "\t").replace(/<\/w:p>/g, "\n").replace(/<w:instrText[^>]*>[\s\S]*?<\/w:instrText>/g, "").replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, "\u0001$1\u0002").replace(/<[^>]+>/g, "").replace(/\u0002[^\u0001\n]*/g, "").replace(/\u0001/g, ""));

// a small RTF reader
const CP1252 = { 0x80: "€", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—" };
const SYMBOL = { rquote: "’", lquote: "‘", ldblquote: "“", rdblquote: "”", endash: "–", emdash: "—", bullet: "•", emspace: " ", enspace: " " };
const DEST = new Set(["fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer", "headerl", "headerr", "headerf", "footerl", "footerr", "footerf"]);
function rtfText(src, { furniture = false } = {}) {
  let out = "", i = 0, st = { skip: false, uc: 1 }, uskip = 0;
  const stack = [];
  const emit = (s) => { if (st.skip) return; if (uskip > 0) { uskip--; return; } out += s; };
  while (i < src.length) {
    const c = src[i];
    if (c === "{") { stack.push(st); st = { ...st }; i++; continue; }
    if (c === "}") { st = stack.pop(); i++; continue; }
    if (c === "\r" || c === "\n") { i++; continue; }
    if (c !== "\\") { emit(c); i++; continue; }
    const n = src[i + 1];
    if (n === "\\" || n === "{" || n === "}") { emit(n); i += 2; continue; }
    if (n === "'") { const code = parseInt(src.substr(i + 2, 2), 16); emit(CP1252[code] ?? String.fromCharCode(code)); i += 4; continue; }
    if (n === "*") { st.skip = true; i += 2; continue; }
    if (n === "~") { emit(" "); i += 2; continue; }
    if (n === "-") { i += 2; continue; }
    if (n === "_") { emit("-"); i += 2; continue; }
    if (n === "\r" || n === "\n") { emit("\n"); i += 2; continue; }
    const m = /^([a-zA-Z]+)(-?\d+)? ?/.exec(src.slice(i + 1, i + 48));
    if (!m) { i += 2; continue; }
    i += 1 + m[0].length;
    const w = m[1], arg = m[2] === undefined ? null : Number(m[2]);
    if (DEST.has(w) && !(furniture && /^(header|footer)/.test(w))) st.skip = true;
    else if (w === "par" || w === "line" || w === "row" || w === "sect" || w === "page") { uskip = 0; emit("\n"); }
    else if (w === "cell") { uskip = 0; emit(" | "); }
    else if (w === "tab") emit("\t");
    else if (w === "uc") st.uc = arg;
    else if (w === "u") { emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg)); if (!st.skip) uskip = st.uc; }
    else if (SYMBOL[w]) emit(SYMBOL[w]);
  }
  return out;
}

const sources = {};
async function source(doc) {
  if (sources[doc]) return sources[doc];
  const path = join(root, "docs", doc);
  const ext = extname(doc);
  let s;
  if (ext === ".docx") {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n)).sort();
    s = await Promise.all(parts.map(async (n) => wordPart(await zip.file(n).async("string"))));
  } else if (ext === ".rtf") s = [rtfText(readFileSync(path, "latin1"))];
  else if (ext === ".html") s = [stripHtml(readFileSync(path, "utf8"))];
  else if (ext === ".csv") s = [readFileSync(path, "utf8").replace(/^\uFEFF/, "")];
  else if (ext === ".pdf") {
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, disableFontFace: true }).promise;
    const parts = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const tc = await (await pdf.getPage(i)).getTextContent();
      parts.push(tc.items.map((it) => it.str).join(" "));
    }
    s = [parts.join("\n")];
  } else throw new Error("no reader for " + doc);
  return (sources[doc] = s);
}
const inSource = async (doc, quote) => {
  const src = await source(doc);
  return extname(doc) === ".pdf"
    ? quote.split(" | ").every((cell) => !tokens(cell).length || src.some((s) => run(s, cell)))
    : src.some((s) => run(s, quote));
};

const CATS = { status_lookup: 7, table_lookup: 8, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 4 };
const FIELDS = ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"];
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
let quotes = 0;
const docsSeen = new Set();
for (const [i, g] of gold.entries()) {
  const want = `cf${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(FIELDS)) problems.push(`${g.id}: fields ${Object.keys(g).join(",")}`);
  if (!(g.category in CATS)) problems.push(`${g.id}: unknown category ${g.category}`);
  const un = g.category === "unanswerable";
  if (un && g.evidence.length) problems.push(`${g.id}: unanswerable with evidence`);
  if (un && (g.must_include.length || g.must_not_include.length)) problems.push(`${g.id}: unanswerable with must strings`);
  if (!un && !g.evidence.length) problems.push(`${g.id}: no evidence`);
  if (!un && !g.must_include.length) problems.push(`${g.id}: no must_include`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters`);
  for (const m of g.must_include) if (!contains(g.answer, m)) problems.push(`${g.id}: gold answer lacks must_include ${JSON.stringify(m)}`);
  for (const m of g.must_not_include) if (contains(g.answer, m)) problems.push(`${g.id}: gold answer has must_not_include ${JSON.stringify(m)}`);
  for (const e of g.evidence) {
    quotes++;
    docsSeen.add(e.doc);
    const base = basename(e.doc, extname(e.doc));
    const rp = join(root, "text", base + ".txt");
    if (!existsSync(join(root, "docs", e.doc))) { problems.push(`${g.id}: no document docs/${e.doc}`); continue; }
    if (!existsSync(rp)) { problems.push(`${g.id}: no rendering text/${base}.txt`); continue; }
    const r = (renderings[rp] ??= readFileSync(rp, "utf8"));
    if (!r.includes(e.quote)) problems.push(`${g.id}: quote is not an exact substring of text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (e.quote.length > 1500) problems.push(`${g.id}: quote over 1,500 characters`);
    if (!(await inSource(e.doc, e.quote))) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc} as read: ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
}
for (const [c, n] of Object.entries(CATS)) {
  const k = gold.filter((g) => g.category === c).length;
  if (k !== n) problems.push(`category ${c}: ${k} questions, expected ${n}`);
}
if (gold.length !== 40) problems.push(`${gold.length} questions, expected 40`);
for (const d of readdirSync(join(root, "docs"))) if (!docsSeen.has(d)) problems.push(`docs/${d} has no question`);
for (const d of readdirSync(join(root, "docs"))) if (!existsSync(join(root, "text", basename(d, extname(d)) + ".txt"))) problems.push(`docs/${d} has no rendering`);
// every line of every rendering must be a run of the document as read
for (const d of readdirSync(join(root, "docs"))) {
  const rp = join(root, "text", basename(d, extname(d)) + ".txt");
  if (!existsSync(rp)) continue;
  let bad = 0;
  for (const l of readFileSync(rp, "utf8").split("\n").filter((x) => tokens(x).length)) {
    if (!(await inSource(d, l))) { bad++; if (bad <= 3) problems.push(`text/${basename(rp)}: line not a run of docs/${d} as read: ${JSON.stringify(l.slice(0, 90))}`); }
  }
}

const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
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
