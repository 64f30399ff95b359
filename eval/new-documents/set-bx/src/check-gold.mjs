// Checks gold.jsonl against the documents (after set BV's check-gold.mjs):
//  - ids bx001…bx040, the fields of /work/shared/newdocs-dev/gold.jsonl, categories and their counts
//    (7/7/7/7/5/2/5); unanswerable questions have no evidence and no must strings, the others have both;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as /work/shared/eval/score.mjs does (the whole quote, first and last word included);
//  - the quote is also read from the document itself, independently of the builders:
//      .pdf   pdf.js text content page by page (items joined by spaces): each cell of a quote (the parts
//             between " | ") contiguous;
//      .docx  mammoth's raw text: each cell of a quote contiguous;
//      .csv   the bytes as UTF-8: the whole quote contiguous;
//      .rtf   the RTF read by a small reader here (destinations {\fonttbl} {\colortbl} {\info} {\*…}
//             skipped, \par, backslash-newline and \row as line breaks, \cell as a tab, \'xx as
//             Windows-1252, \uN as the character after \ucN): each cell of a quote contiguous;
//      .html  the page with <style>, <script>, comments and tags removed, entities decoded (Calc's hidden
//             <comment> elements are kept, as their text is in the page): the whole quote contiguous;
//  - every document has at least one question and a rendering, and every line of every rendering is a
//    run of its document as read (by the same rules).
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
const mammoth = requireMain("mammoth");
const iconv = requireMain("iconv-lite");
const pdfjs = await import(pathToFileURL(join(MAIN, "node_modules/pdfjs-dist/legacy/build/pdf.mjs")).href);
const NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", copy: "©", pound: "£", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘", middot: "·" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e] ?? all);
const stripHtml = (h) => decode(h.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gi, " $1 ").replace(/<!--[\s\S]*?-->/g, " ").replace(/<[^>]+>/g, " "));
async function pdfText(data) {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const parts = [];
  for (let i = 1; i <= pdf.numPages; i++) parts.push((await (await pdf.getPage(i)).getTextContent()).items.map((it) => it.str).join(" "));
  const att = (await pdf.getAttachments()) ?? {};
  for (const a of Object.values(att)) {
    parts.push(a.filename);
    const ext = extname(a.filename).toLowerCase();
    if (ext === ".docx") parts.push((await mammoth.extractRawText({ buffer: Buffer.from(a.content) })).value);
    else if (ext === ".pdf") parts.push(await pdfText(a.content));
    else throw new Error("no reader for attachment " + a.filename);
  }
  return parts.join("\n");
}
function rtfText(src) {
  let out = "", i = 0, uc = 1;
  const stack = [];
  let skip = false, pendingSkip = 0;
  const DEST = new Set(["fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "object", "listtable", "listoverridetable"]);
  let groupStart = false;
  while (i < src.length) {
    const c = src[i];
    if (c === "{") { stack.push(skip); groupStart = true; i++; continue; }
    if (c === "}") { skip = stack.pop(); groupStart = false; i++; continue; }
    if (c === "\\") {
      const m = /^\\([a-z]+)(-?\d+)? ?|^\\'([0-9a-f]{2})|^\\([^a-z])/i.exec(src.slice(i, i + 40));
      i += m[0].length;
      if (m[3]) { if (!skip) { if (pendingSkip) pendingSkip--; else out += iconv.decode(Buffer.from([parseInt(m[3], 16)]), "windows-1252"); } groupStart = false; continue; }
      if (m[4]) { if (m[4] === "*") skip = true; else if (!skip) out += m[4] === "~" ? " " : m[4]; groupStart = false; continue; }
      const w = m[1];
      if (groupStart && DEST.has(w)) skip = true;
      groupStart = false;
      if (skip) continue;
      if (w === "par" || w === "page" || w === "line" || w === "sect") out += "\n";
      else if (w === "tab" || w === "cell") out += "\t";
      else if (w === "row") out += "\n";
      else if (w === "uc") uc = Number(m[2]);
      else if (w === "u") { let n = Number(m[2]); if (n < 0) n += 65536; out += String.fromCodePoint(n); pendingSkip = uc; }
      continue;
    }
    groupStart = false;
    if (c === "\r" || c === "\n") { i++; continue; }
    if (!skip) { if (pendingSkip) pendingSkip--; else out += c; }
    i++;
  }
  return out;
}
const sources = {};
// returns { whole: [texts a whole quote may be a run of], cells: [texts each cell may be a run of] }
async function source(doc) {
  if (sources[doc]) return sources[doc];
  const path = join(root, "docs", doc);
  const ext = extname(doc);
  const b = readFileSync(path);
  let s;
  if (ext === ".pdf") s = { whole: [], cells: [await pdfText(b)] };
  else if (ext === ".csv") {
    const t = new TextDecoder("utf-8", { fatal: true }).decode(b).replace(/^\uFEFF/, "");
    s = { whole: [t], cells: [] };
  } else if (ext === ".rtf") s = { whole: [], cells: [rtfText(b.toString("latin1"))] };
  else if (ext === ".html") s = { whole: [stripHtml(b.toString("utf8"))], cells: [] };
  else if (ext === ".docx") s = { whole: [], cells: [(await mammoth.extractRawText({ buffer: b })).value] };
  else throw new Error("no reader for " + doc);
  return (sources[doc] = s);
}
const asRead = (src, quote) =>
  src.whole.some((t) => run(t, quote)) ||
  (src.cells.length > 0 && quote.split(" | ").every((cell) => !tokens(cell).length || src.cells.some((t) => run(t, cell))));

const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const FIELDS = ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"];
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
let quotes = 0;
const docsSeen = new Set();
for (const [i, g] of gold.entries()) {
  const want = `bx${String(i + 1).padStart(3, "0")}`;
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
    if (!asRead(await source(e.doc), e.quote)) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc} as read: ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
}
for (const [c, n] of Object.entries(CATS)) {
  const k = gold.filter((g) => g.category === c).length;
  if (k !== n) problems.push(`category ${c}: ${k} questions, expected ${n}`);
}
if (gold.length !== 40) problems.push(`${gold.length} questions, expected 40`);
for (const d of readdirSync(join(root, "docs"))) if (!docsSeen.has(d)) problems.push(`docs/${d} has no question`);
for (const d of readdirSync(join(root, "docs"))) if (!existsSync(join(root, "text", basename(d, extname(d)) + ".txt"))) problems.push(`docs/${d} has no rendering`);
for (const d of readdirSync(join(root, "docs"))) {
  const rp = join(root, "text", basename(d, extname(d)) + ".txt");
  if (!existsSync(rp)) continue;
  const src = await source(d);
  let bad = 0;
  for (const l of readFileSync(rp, "utf8").split("\n").filter((x) => tokens(x).length)) {
    if (!asRead(src, l)) { bad++; if (bad <= 3) problems.push(`text/${basename(rp)}: line not a run of docs/${d} as read: ${JSON.stringify(l.slice(0, 90))}`); }
  }
}

const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
const byDoc = {};
for (const g of gold) for (const d of new Set(g.evidence.map((e) => e.doc))) byDoc[d] = (byDoc[d] ?? 0) + 1;
console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log(`questions citing each document: ${JSON.stringify(byDoc)}`);
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
