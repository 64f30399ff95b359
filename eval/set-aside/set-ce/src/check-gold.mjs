// Checks gold.jsonl against the documents:
//  - ids ce001…ce040, the fields of the model sets' gold.jsonl, categories and their counts
//    (7/7/7/7/5/2/5); unanswerable questions have no evidence and no must strings, the others have both;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as eval/score.mjs does (the whole quote, first and last word included);
//  - the quote is also read from the document itself, independently of the builders, its words contiguous:
//      .ics   the calendar unfolded (CRLF + space or tab removed), TEXT values unescaped (\n \, \; \\), and
//             the HTML of its descriptions without tags, entities decoded (as a calendar app shows it);
//      .rtf   the RTF read by a small reader written here: groups, control words and symbols; the font,
//             colour and style tables, \info and every {\* …} destination (field instructions, bookmarks)
//             skipped; field results, header and footer kept; \par \line \row \sect as line breaks, \cell
//             as " | "; \'hh in code page 1252 and \uN with its fallback skipped;
//      .md    the raw file;
//      .txt   the raw file;
//      .csv   the raw file, decoded as UTF-8 (doubled quotes and JSON punctuation are not words);
//  - every document has at least one question and a rendering, and every line of every rendering is a
//    run of its document as read.
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring the
// gold itself with score.mjs (it must score 100 / 100 / 0).
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root } from "./common.mjs";

const args = process.argv.slice(2);
const answersOut = args.includes("--answers") ? args[args.indexOf("--answers") + 1] : null;

// --- the scorer's text handling (as in eval/score.mjs)
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
const NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", pound: "£", ndash: "–", mdash: "—" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e] ?? all);

function readIcs(s) {
  const unfolded = s.replace(/\r\n[ \t]/g, "").replace(/\n[ \t]/g, "");
  return unfolded.split(/\r?\n/).map((l) => {
    const unesc = l.replace(/\\([nN,;\\])/g, (_, c) => (c === "n" || c === "N" ? "\n" : c));
    return decode(unesc.replace(/<[^>]+>/g, " "));
  }).join("\n");
}

const CP1252 = { 0x80: "€", 0x82: "‚", 0x84: "„", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—" };
function readRtf(s) {
  const SKIP = new Set(["fonttbl", "colortbl", "stylesheet", "info", "pict", "fldinst", "listtable", "listoverridetable", "themedata", "datastore"]);
  let out = "";
  const stack = [{ skip: false, uc: 1 }];
  let i = 0, pendingSkip = 0;
  const emit = (t) => { if (!stack.at(-1).skip) out += t; };
  while (i < s.length) {
    const c = s[i];
    if (c === "{") { stack.push({ ...stack.at(-1) }); i++; if (s.startsWith("\\*", i)) { stack.at(-1).skip = true; i += 2; } continue; }
    if (c === "}") { stack.pop(); i++; continue; }
    if (c === "\r" || c === "\n") { i++; continue; }
    if (c !== "\\") { if (pendingSkip > 0) { pendingSkip--; i++; continue; } emit(c); i++; continue; }
    // control
    const nx = s[i + 1];
    if (nx === "\\" || nx === "{" || nx === "}") { emit(nx); i += 2; continue; }
    if (nx === "'") { const code = parseInt(s.substr(i + 2, 2), 16); if (pendingSkip > 0) pendingSkip--; else emit(CP1252[code] ?? String.fromCharCode(code)); i += 4; continue; }
    if (nx === "~") { emit(" "); i += 2; continue; }
    if (nx === "-") { i += 2; continue; }
    if (nx === "_") { emit("-"); i += 2; continue; }
    const m = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(s.slice(i, i + 40));
    if (!m) { i += 2; continue; }
    i += m[0].length;
    const word = m[1], arg = m[2];
    if (SKIP.has(word)) { stack.at(-1).skip = true; continue; }
    if (word === "par" || word === "line" || word === "row" || word === "sect" || word === "page") emit("\n");
    else if (word === "cell") emit(" | ");
    else if (word === "tab") emit("\t");
    else if (word === "uc") stack.at(-1).uc = Number(arg);
    else if (word === "u") { let n = Number(arg); if (n < 0) n += 65536; emit(String.fromCodePoint(n)); pendingSkip = stack.at(-1).uc; }
  }
  return out;
}

const sources = {};
function source(doc) {
  if (sources[doc]) return sources[doc];
  const path = join(root, "docs", doc);
  const ext = extname(doc);
  let s;
  if (ext === ".ics") s = readIcs(readFileSync(path, "utf8"));
  else if (ext === ".rtf") s = readRtf(readFileSync(path, "latin1"));
  else if (ext === ".md" || ext === ".txt") s = readFileSync(path, "utf8");
  else if (ext === ".csv") s = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path)).replace(/^\uFEFF/, "");
  else throw new Error("no reader for " + doc);
  return (sources[doc] = s);
}

const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const FIELDS = ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"];
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
let quotes = 0;
const docsSeen = new Set();
for (const [i, g] of gold.entries()) {
  const want = `ce${String(i + 1).padStart(3, "0")}`;
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
    if (tokens(e.quote).length < 3) problems.push(`${g.id}: quote of fewer than 3 words: ${JSON.stringify(e.quote)}`);
    if (!run(source(e.doc), e.quote)) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc} as read: ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
}
for (const [c, n] of Object.entries(CATS)) {
  const k = gold.filter((g) => g.category === c).length;
  if (k !== n) problems.push(`category ${c}: ${k} questions, expected ${n}`);
}
if (gold.length !== 40) problems.push(`${gold.length} questions, expected 40`);
if (new Set(gold.map((g) => g.question)).size !== gold.length) problems.push("duplicate questions");
for (const d of readdirSync(join(root, "docs"))) if (!docsSeen.has(d)) problems.push(`docs/${d} has no question`);
for (const d of readdirSync(join(root, "docs"))) if (!existsSync(join(root, "text", basename(d, extname(d)) + ".txt"))) problems.push(`docs/${d} has no rendering`);
// every rendering line must be a run of words of its document as read
for (const d of readdirSync(join(root, "docs"))) {
  const rp = join(root, "text", basename(d, extname(d)) + ".txt");
  if (!existsSync(rp)) continue;
  const src = source(d);
  let bad = 0;
  for (const l of readFileSync(rp, "utf8").split("\n").filter((x) => tokens(x).length)) {
    if (!run(src, l)) { bad++; if (bad <= 3) problems.push(`text/${basename(rp)}: line not a run of docs/${d} as read: ${JSON.stringify(l.slice(0, 90))}`); }
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
