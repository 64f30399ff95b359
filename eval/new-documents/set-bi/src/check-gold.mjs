// Checks gold.jsonl against the documents:
//  - ids bi001…bi040, the fields of /work/shared/newdocs-dev/gold.jsonl, categories and their counts
//    (7/7/7/7/5/2/5); unanswerable questions have no evidence and no must strings, the others have both;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as /work/shared/eval/score.mjs does (the whole quote, first and last word included);
//  - the quote is also read from the document itself, independently of the builders:
//      .pdf   pdf.js text content in content-stream order, page by page: each cell of a quote (the parts
//             between " | ") contiguous (a Visio shape's lines are drawn together; connectors apart);
//      .csv   the raw file (UTF-8): words contiguous;
//      .eml   the message parsed as MIME: the unfolded headers, and each part decoded by its
//             Content-Transfer-Encoding (quoted-printable here) and charset, the HTML part with <style> and
//             tags removed and entities decoded: words contiguous in one of them;
//      .html  the page with <style>, <script> and tags removed, entities decoded: words contiguous;
//      .txt   (pdftotext -layout output) read as the layout it is: every line cut into runs of text at gaps
//             of two or more spaces, each run with its line and column; a cell of a quote (the parts between
//             " | ") passes when its words are those of a chain of runs, each run after the first on the next
//             line of the same page starting within 8 columns of the first run (a wrapped
//             paragraph, list item or table cell), or on the same line further right; the first run may be
//             entered mid-way and the last left mid-way;
//  - every document has at least one question and a rendering, and every line of every rendering is a
//    run of its document as read (PDF and layout text: cell by cell).
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring the
// gold itself with score.mjs (it must score 100 / 100 / 0).
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { pathToFileURL } from "node:url";
import { root, MAIN } from "./common.mjs";

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
const pdfjs = await import(pathToFileURL(join(MAIN, "node_modules/pdfjs-dist/legacy/build/pdf.mjs")).href);
const NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", copy: "©", pound: "£", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e] ?? all);
const stripHtml = (h) => decode(h.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gi, " $1 ").replace(/<[^>]+>/g, " "));

// MIME (RFC 2045/2046), enough for one level of multipart
const unfold = (h) => h.replace(/\r?\n[ \t]+/g, " ");
const headerOf = (hs, name) => (new RegExp(`^${name}:\\s*(.*)$`, "im").exec(hs) ?? [])[1] ?? "";
function qpDecode(s) {
  const bytes = [];
  const soft = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) { bytes.push(parseInt(soft.slice(i + 1, i + 3), 16)); i += 2; }
    else bytes.push(...Buffer.from(soft[i], "latin1"));
  }
  return Buffer.from(bytes);
}
function readEml(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const hs = unfold(head);
  const body = rest.join("\r\n\r\n");
  const out = [hs];
  const ct = headerOf(hs, "Content-Type");
  const bnd = /boundary="?([^";]+)"?/i.exec(ct)?.[1];
  const parts = bnd ? body.split("--" + bnd).slice(1).filter((p) => !p.startsWith("--")) : [head + "\r\n\r\n" + body];
  for (const p of parts) {
    const m = /^\r?\n?([\s\S]*?)\r?\n\r?\n([\s\S]*)$/.exec(p);
    if (!m) continue;
    const ph = unfold(m[1]);
    const enc = headerOf(ph, "Content-Transfer-Encoding").trim().toLowerCase();
    const charset = (/charset="?([^";]+)"?/i.exec(headerOf(ph, "Content-Type"))?.[1] ?? "utf-8").toLowerCase();
    const buf = enc === "quoted-printable" ? qpDecode(m[2]) : enc === "base64" ? Buffer.from(m[2].replace(/\s+/g, ""), "base64") : Buffer.from(m[2], "latin1");
    let t = new TextDecoder(charset).decode(buf);
    if (/text\/html/i.test(headerOf(ph, "Content-Type"))) t = stripHtml(t);
    out.push(t);
  }
  return out;
}

// pdftotext -layout text: runs of text at gaps of 2+ spaces, with page, line and column
function layoutRuns(raw) {
  const runs = [];
  raw.split("\f").forEach((pg, pi) => pg.split("\n").forEach((ln, li) => {
    for (const m of ln.matchAll(/\S+(?: \S+)*/g)) runs.push({ pg: pi, li, col: m.index, tok: tokens(m[0]) });
  }));
  return runs.filter((r) => r.tok.length);
}
function layoutHas(runs, cell) {
  const want = tokens(cell);
  if (!want.length) return true;
  const next = (r, first) => runs.filter((s) => s.pg === r.pg && ((s.li === r.li + 1 && Math.abs(s.col - first.col) <= 8) || (s.li === r.li && s.col > r.col)));
  const go = (r, first, k) => {
    // want[k..] must begin with the whole of r, or end inside r
    let i = 0;
    while (i < r.tok.length && k + i < want.length && r.tok[i] === want[k + i]) i++;
    if (k + i === want.length) return true; // ends inside or at the end of r
    if (i < r.tok.length) return false;
    return next(r, first).some((s) => go(s, first, k + i));
  };
  for (const r of runs) {
    for (let j = 0; j < r.tok.length; j++) {
      if (r.tok[j] !== want[0]) continue;
      const tail = { ...r, tok: r.tok.slice(j) };
      if (go(tail, r, 0)) return true;
    }
  }
  return false;
}

const sources = {};
async function source(doc) {
  if (sources[doc]) return sources[doc];
  const path = join(root, "docs", doc);
  const ext = extname(doc);
  let s;
  if (ext === ".html") s = { kind: "text", texts: [stripHtml(readFileSync(path, "utf8"))] };
  else if (ext === ".csv") s = { kind: "text", texts: [new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path)).replace(/^\uFEFF/, "")] };
  else if (ext === ".eml") s = { kind: "text", texts: readEml(readFileSync(path, "latin1")) };
  else if (ext === ".txt") s = { kind: "layout", runs: layoutRuns(readFileSync(path, "utf8")) };
  else if (ext === ".pdf") {
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    const parts = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const tc = await page.getTextContent();
      parts.push(tc.items.map((it) => it.str).join(" "));
    }
    s = { kind: "cells", texts: [parts.join("\n")] };
  } else throw new Error("no reader for " + doc);
  return (sources[doc] = s);
}
const inDoc = (src, quote) => {
  const cells = quote.split(" | ");
  if (src.kind === "layout") return cells.every((c) => layoutHas(src.runs, c));
  if (src.kind === "cells") return cells.every((c) => !tokens(c).length || src.texts.some((s) => run(s, c)));
  return src.texts.some((s) => run(s, quote));
};

const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const FIELDS = ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"];
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
let quotes = 0;
const docsSeen = new Set();
const perDoc = {};
for (const [i, g] of gold.entries()) {
  const want = `bi${String(i + 1).padStart(3, "0")}`;
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
  const docsOfQ = new Set();
  for (const e of g.evidence) {
    quotes++;
    docsSeen.add(e.doc);
    docsOfQ.add(e.doc);
    (perDoc[e.doc] ??= { q: 0, e: 0 }).e++;
    const base = basename(e.doc, extname(e.doc));
    const rp = join(root, "text", base + ".txt");
    if (!existsSync(join(root, "docs", e.doc))) { problems.push(`${g.id}: no document docs/${e.doc}`); continue; }
    if (!existsSync(rp)) { problems.push(`${g.id}: no rendering text/${base}.txt`); continue; }
    const r = (renderings[rp] ??= readFileSync(rp, "utf8"));
    if (!r.includes(e.quote)) problems.push(`${g.id}: quote is not an exact substring of text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (!run(r, e.quote)) problems.push(`${g.id}: quote's words are not contiguous in text/${base}.txt: ${JSON.stringify(e.quote.slice(0, 90))}`);
    if (e.quote.length > 1500) problems.push(`${g.id}: quote over 1,500 characters`);
    if (!inDoc(await source(e.doc), e.quote)) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc} as read: ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
  for (const d of docsOfQ) perDoc[d].q++;
}
for (const [c, n] of Object.entries(CATS)) {
  const k = gold.filter((g) => g.category === c).length;
  if (k !== n) problems.push(`category ${c}: ${k} questions, expected ${n}`);
}
if (gold.length !== 40) problems.push(`${gold.length} questions, expected 40`);
for (const d of readdirSync(join(root, "docs"))) if (!docsSeen.has(d)) problems.push(`docs/${d} has no question`);
for (const d of readdirSync(join(root, "docs"))) if (!existsSync(join(root, "text", basename(d, extname(d)) + ".txt"))) problems.push(`docs/${d} has no rendering`);
// every rendering line must be a run of its document as read, so that no quote the assistant copies from the
// document can fail the scorer's verbatim check for want of a word in the rendering
for (const d of readdirSync(join(root, "docs"))) {
  const rp = join(root, "text", basename(d, extname(d)) + ".txt");
  if (!existsSync(rp)) continue;
  const src = await source(d);
  let bad = 0;
  for (const l of readFileSync(rp, "utf8").split("\n").filter((x) => tokens(x).length)) {
    if (!inDoc(src, l)) { bad++; if (bad <= 3) problems.push(`text/${basename(rp)}: line not a run of docs/${d} as read: ${JSON.stringify(l.slice(0, 90))}`); }
  }
  if (bad > 3) problems.push(`text/${basename(rp)}: ${bad} such lines in all`);
}

const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}`);
console.log("by document (questions / quotes): " + Object.entries(perDoc).map(([d, v]) => `${d} ${v.q}/${v.e}`).join("; "));
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
