// Checks gold.jsonl against the documents:
//  - ids bg001…bg040, the fields of /work/shared/newdocs-dev/gold.jsonl, the categories and their counts
//    (status_lookup 4, table_lookup 3, board_paper 7, fact 7, cross_document 12, people_roles 2,
//    unanswerable 5) and the brief's kinds, which open each note ([list] 7, [citation] 7, [fact] 7,
//    [cross] 7, [briefing] 5, [people] 2, [unanswerable] 5); unanswerable questions have no evidence and
//    no must strings, the others have both;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as /work/shared/eval/score.mjs does (the whole quote, first and last word included);
//  - the quote is also read from the document itself, independently of the builders:
//      .docx  two readings, the quote's words contiguous in either: mammoth's raw text (the
//             WordprocessingML body; mammoth skips the <w:object> Excel objects, "An unrecognised element
//             was ignored: OLEObject"), and the embedded workbooks – every part that
//             word/_rels/document.xml.rels links with the "package" relationship, read with jszip: the
//             workbook's active sheet, the cells inside its <oleSize> range (the range the object
//             shows), shared strings as they are and numbers as Excel displays them through the cell's
//             number format (#,##0 with negatives in brackets and zero as "–"), a row a line;
//      .html  the page with <style>, <script> and tags removed, entities decoded: words contiguous;
//      .md    the raw file: words contiguous;
//      .csv   the raw file (UTF-8, its byte order mark dropped): words contiguous;
//      .pdf   pdf.js text content in content-stream order: each cell of a quote (the parts between
//             " | ") contiguous (a mind map's topic, its labels and its relationships are drawn apart);
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
const mammoth = requireMain("mammoth");
const JSZip = requireMain("jszip");
const pdfjs = await import(pathToFileURL(join(MAIN, "node_modules/pdfjs-dist/legacy/build/pdf.mjs")).href);
const NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", copy: "©", pound: "£", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e] ?? all);
const stripHtml = (h) => decode(h.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<[^>]+>/g, " "));

// an embedded workbook's displayed range, as Excel shows it
const attr = (tag, a) => (new RegExp(`\\b${a}="([^"]*)"`).exec(tag) ?? [])[1];
const colNum = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const numberAs = (v, code) => {
  if (!code) return String(v);
  const parts = code.split(";").map((p) => p.replace(/\\(.)/g, "$1").replace(/"([^"]*)"/g, "$1"));
  const grouped = (n) => Math.round(n).toLocaleString("en-GB");
  const apply = (p, n) => p.replace(/#,##0/, grouped(n));
  if (v > 0 || parts.length === 1) return apply(parts[0], Math.abs(v) * (v < 0 ? -1 : 1));
  if (v < 0) return apply(parts[1] ?? "-" + parts[0], -v);
  return parts[2] ?? apply(parts[0], 0);
};
async function readWorkbook(buf) {
  const z = await JSZip.loadAsync(buf);
  const wb = await z.file("xl/workbook.xml").async("string");
  const active = Number(attr(/<workbookView[^>]*>/.exec(wb)?.[0] ?? "", "activeTab") ?? 0);
  const sheetTag = [...wb.matchAll(/<sheet [^>]*>/g)][active][0];
  const rid = attr(sheetTag, "r:id");
  const wrels = await z.file("xl/_rels/workbook.xml.rels").async("string");
  const target = attr([...wrels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((t) => attr(t, "Id") === rid), "Target");
  const ole = attr(/<oleSize [^>]*>/.exec(wb)?.[0] ?? "", "ref");
  const [, c0, r0, c1, r1] = /([A-Z]+)(\d+):([A-Z]+)(\d+)/.exec(ole);
  const sst = z.file("xl/sharedStrings.xml") ? [...(await z.file("xl/sharedStrings.xml").async("string")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => decode(m[1].replace(/<[^>]+>/g, ""))) : [];
  const st = await z.file("xl/styles.xml").async("string");
  const fmts = Object.fromEntries([...st.matchAll(/<numFmt [^>]*>/g)].map((m) => [attr(m[0], "numFmtId"), decode(attr(m[0], "formatCode"))]));
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(st)[1]).matchAll(/<xf [^>]*>/g)].map((m) => attr(m[0], "numFmtId"));
  const sheet = await z.file("xl/" + target.replace(/^\/?xl\//, "")).async("string");
  const rows = [];
  for (const rm of sheet.matchAll(/<row [^>]*r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const r = Number(rm[1]);
    if (r < Number(r0) || r > Number(r1)) continue;
    const cellsOut = [];
    for (const cm of rm[2].matchAll(/<c ([^>]*)>([\s\S]*?)<\/c>/g)) {
      const ref = attr(cm[1], "r"), c = colNum(/[A-Z]+/.exec(ref)[0]);
      if (c < colNum(c0) || c > colNum(c1)) continue;
      const v = /<v>([^<]*)<\/v>/.exec(cm[2])?.[1];
      if (v == null) continue;
      if (attr(cm[1], "t") === "s") cellsOut.push(sst[Number(v)]);
      else cellsOut.push(numberAs(Number(v), fmts[xfs[Number(attr(cm[1], "s") ?? 0)]]));
    }
    rows.push(cellsOut.join(" | "));
  }
  return rows.join("\n");
}

const sources = {};
async function source(doc) {
  if (sources[doc]) return sources[doc];
  const path = join(root, "docs", doc);
  const ext = extname(doc);
  let s;
  if (ext === ".docx") {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const rels = await zip.file("word/_rels/document.xml.rels").async("string");
    const books = [];
    for (const m of rels.matchAll(/<Relationship [^>]*>/g)) if (attr(m[0], "Type").endsWith("/package")) books.push(await readWorkbook(await zip.file("word/" + attr(m[0], "Target")).async("nodebuffer")));
    s = [(await mammoth.extractRawText({ path })).value, ...books];
  }
  else if (ext === ".html") s = [stripHtml(readFileSync(path, "utf8"))];
  else if (ext === ".md") s = [readFileSync(path, "utf8")];
  else if (ext === ".csv") s = [readFileSync(path, "utf8").replace(/^\uFEFF/, "")];
  else if (ext === ".pdf") {
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    const parts = [];
    for (let i = 1; i <= pdf.numPages; i++) parts.push((await (await pdf.getPage(i)).getTextContent()).items.map((it) => it.str).join(" "));
    s = [parts.join("\n")];
  } else throw new Error("no reader for " + doc);
  return (sources[doc] = s);
}

const CATS = { status_lookup: 4, table_lookup: 3, board_paper: 7, fact: 7, cross_document: 12, people_roles: 2, unanswerable: 5 };
const KINDS = { list: 7, citation: 7, fact: 7, cross: 7, briefing: 5, people: 2, unanswerable: 5 };
const FIELDS = ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"];
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
let quotes = 0;
const docsSeen = new Set();
const kinds = {};
for (const [i, g] of gold.entries()) {
  const want = `bg${String(i + 1).padStart(3, "0")}`;
  if (g.id !== want) problems.push(`${g.id}: expected id ${want}`);
  if (JSON.stringify(Object.keys(g)) !== JSON.stringify(FIELDS)) problems.push(`${g.id}: fields ${Object.keys(g).join(",")}`);
  if (!(g.category in CATS)) problems.push(`${g.id}: unknown category ${g.category}`);
  const kind = /^\[([a-z]+)\]/.exec(g.notes)?.[1];
  if (!(kind in KINDS)) problems.push(`${g.id}: note does not open with a kind`);
  kinds[kind] = (kinds[kind] ?? 0) + 1;
  const un = g.category === "unanswerable";
  if (un !== (kind === "unanswerable")) problems.push(`${g.id}: kind and category disagree`);
  if (un && g.evidence.length) problems.push(`${g.id}: unanswerable with evidence`);
  if (un && (g.must_include.length || g.must_not_include.length)) problems.push(`${g.id}: unanswerable with must strings`);
  if (!un && !g.evidence.length) problems.push(`${g.id}: no evidence`);
  if (!un && !g.must_include.length) problems.push(`${g.id}: no must_include`);
  if (g.answer.length > 1500) problems.push(`${g.id}: answer over 1,500 characters (${g.answer.length})`);
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
    const srcs = await source(e.doc);
    const ok = extname(e.doc) === ".pdf" ? e.quote.split(" | ").every((cell) => !tokens(cell).length || srcs.some((s) => run(s, cell))) : srcs.some((s) => run(s, e.quote));
    if (!ok) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc} as read: ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
}
for (const [c, n] of Object.entries(CATS)) {
  const k = gold.filter((g) => g.category === c).length;
  if (k !== n) problems.push(`category ${c}: ${k} questions, expected ${n}`);
}
for (const [c, n] of Object.entries(KINDS)) if ((kinds[c] ?? 0) !== n) problems.push(`kind ${c}: ${kinds[c] ?? 0} questions, expected ${n}`);
if (gold.length !== 40) problems.push(`${gold.length} questions, expected 40`);
for (const d of readdirSync(join(root, "docs"))) if (!docsSeen.has(d)) problems.push(`docs/${d} has no question`);
for (const d of readdirSync(join(root, "docs"))) if (!existsSync(join(root, "text", basename(d, extname(d)) + ".txt"))) problems.push(`docs/${d} has no rendering`);
// every rendering's words must also be the document's words (so no quote the assistant copies from the
// document as read can fail the scorer's verbatim check for lack of a word in the rendering): the
// rendering's lines, each a contiguous run of the document as read (PDF: cell by cell)
for (const d of readdirSync(join(root, "docs"))) {
  const rp = join(root, "text", basename(d, extname(d)) + ".txt");
  if (!existsSync(rp)) continue;
  const src = await source(d);
  let bad = 0;
  for (const l of readFileSync(rp, "utf8").split("\n").filter((x) => tokens(x).length)) {
    const parts = extname(d) === ".pdf" ? l.split(" | ") : [l];
    if (!parts.every((p) => !tokens(p).length || src.some((s) => run(s, p)))) { bad++; if (bad <= 3) problems.push(`text/${basename(rp)}: line not a run of docs/${d} as read: ${JSON.stringify(l.slice(0, 90))}`); }
  }
}

const byCat = {};
for (const g of gold) byCat[g.category] = (byCat[g.category] ?? 0) + 1;
console.log(`${gold.length} questions, ${quotes} evidence quotes; by category ${JSON.stringify(byCat)}; by kind ${JSON.stringify(kinds)}`);
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
