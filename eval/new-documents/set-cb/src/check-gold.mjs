// Checks gold.jsonl against the documents:
//  - ids cb001…cb040, the fields of the other sets' gold.jsonl, categories and their counts
//    (7/7/7/7/5/2/5); unanswerable questions have no evidence and no must strings, the others have both;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as eval/score.mjs does (the whole quote, first and last word included);
//  - the quote is also read from the document itself, independently of the builders, its words
//    contiguous in the document as read:
//      .csv   the raw file, decoded as UTF-8 (byte order mark dropped) or, failing that, Windows-1252;
//             its HTML cells' tags are punctuation to the scorer's tokeniser, so they need no removing;
//      .txt   the raw file (the Notes export: form feeds and tabs are whitespace);
//      .html  the page with <style>, <script> and tags removed, an <img> read as its alt text where it
//             stands, entities decoded;
//      .eml   the message parsed as MIME: the header block (folded lines unfolded), and each text part
//             decoded from its Content-Transfer-Encoding (quoted-printable: soft line breaks removed,
//             "=XX" bytes decoded as UTF-8), the HTML part read as an .html page;
//      .rtf   the RTF read by a small reader of its own: groups, control words and symbols; every
//             {\*\…} destination (the CAT system's steno strokes and timestamps, field instructions) and
//             the font and colour tables, style sheet, info, header and footer skipped; \par, \line and
//             \page as line breaks, \tab as a tab, \'hh as Windows-1252;
//  - every document has at least one question and a rendering, and every line of every rendering is a
//    run of its document as read.
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring the
// gold itself with eval/score.mjs (it must score 100 / 100 / 0).
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl]
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain } from "./common.mjs";

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
const iconv = requireMain("iconv-lite");
const NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", copy: "©", pound: "£", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘", middot: "·", times: "×" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e] ?? all);
const stripHtml = (h) => decode(h.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<!--[\s\S]*?-->/g, " ").replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gi, " $1 ").replace(/<[^>]+>/g, " "));

function readEml(buf) {
  const raw = buf.toString("latin1");
  const split = (s) => { const i = s.search(/\r?\n\r?\n/); return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i).replace(/^\r?\n\r?\n/, "")]; };
  const hdrs = (h) => { const o = {}; for (const l of h.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) { const m = /^([^:]+):\s*(.*)$/.exec(l); if (m) o[m[1].toLowerCase()] = m[2]; } return o; };
  const [h0, b0] = split(raw);
  const top = hdrs(h0);
  const out = [Buffer.from(h0.replace(/\r?\n[ \t]+/g, " "), "latin1").toString("utf8")];
  const bnd = /boundary="?([^";]+)"?/i.exec(top["content-type"] ?? "")?.[1];
  const parts = bnd ? b0.split("--" + bnd).slice(1).filter((p) => !p.startsWith("--")) : [h0 + "\r\n\r\n" + b0];
  for (const p of parts) {
    const [ph, pb] = split(p.replace(/^\r?\n/, ""));
    const H = hdrs(ph);
    const cte = (H["content-transfer-encoding"] ?? "").toLowerCase();
    let bytes;
    if (cte === "quoted-printable") {
      const s = pb.replace(/=\r?\n/g, "");
      const arr = [];
      for (let i = 0; i < s.length; i++) {
        if (s[i] === "=" && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) { arr.push(parseInt(s.slice(i + 1, i + 3), 16)); i += 2; }
        else arr.push(s.charCodeAt(i) & 0xff);
      }
      bytes = Buffer.from(arr);
    } else if (cte === "base64") bytes = Buffer.from(pb, "base64");
    else bytes = Buffer.from(pb, "latin1");
    const t = bytes.toString("utf8");
    const ct = (H["content-type"] ?? "").toLowerCase();
    if (ct.startsWith("text/html")) out.push(stripHtml(t));
    else if (ct.startsWith("text/")) out.push(t);
  }
  return out;
}

function readRtf(src) {
  const SKIP = new Set(["fonttbl", "colortbl", "stylesheet", "info", "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "pict", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "fldinst"]);
  const SYM = { emdash: "—", endash: "–", lquote: "‘", rquote: "’", ldblquote: "“", rdblquote: "”", bullet: "•" };
  let out = "", skip = false, i = 0, ucSkip = 0;
  const stack = [];
  while (i < src.length) {
    const c = src[i];
    if (c === "{") { stack.push(skip); i++; if (src.startsWith("\\*", i)) skip = true; continue; }
    if (c === "}") { skip = stack.pop() ?? false; i++; continue; }
    if (c === "\r" || c === "\n") { i++; continue; }
    if (c === "\\") {
      const n = src[i + 1];
      if (n === "\\" || n === "{" || n === "}") { if (!skip) out += n; i += 2; continue; }
      if (n === "'") { if (!skip) out += iconv.decode(Buffer.from([parseInt(src.slice(i + 2, i + 4), 16)]), "windows-1252"); i += 4; continue; }
      if (n === "~") { if (!skip) out += " "; i += 2; continue; }
      if (n === "-") { i += 2; continue; }
      if (n === "_") { if (!skip) out += "-"; i += 2; continue; }
      if (n === "*") { i += 2; continue; }
      const m = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(src.slice(i, i + 40));
      if (!m) { i += 2; continue; }
      i += m[0].length;
      const w = m[1];
      if (SKIP.has(w)) { skip = true; continue; }
      if (skip) continue;
      if (w === "par" || w === "line" || w === "page" || w === "sect" || w === "row") out += "\n";
      else if (w === "tab") out += "\t";
      else if (w === "cell") out += " | ";
      else if (w === "u") { out += String.fromCharCode((Number(m[2]) + 65536) % 65536); ucSkip = 1; }
      else if (SYM[w]) out += SYM[w];
      continue;
    }
    if (ucSkip) { ucSkip--; i++; continue; }
    if (!skip) out += c;
    i++;
  }
  return out;
}

const sources = {};
function source(doc) {
  if (sources[doc]) return sources[doc];
  const path = join(root, "docs", doc);
  const ext = extname(doc);
  const b = readFileSync(path);
  let s;
  if (ext === ".csv") {
    let t;
    try { t = new TextDecoder("utf-8", { fatal: true }).decode(b).replace(/^\uFEFF/, ""); } catch { t = iconv.decode(b, "windows-1252"); }
    s = [t];
  } else if (ext === ".txt") s = [b.toString("utf8")];
  else if (ext === ".html") s = [stripHtml(b.toString("utf8"))];
  else if (ext === ".eml") s = readEml(b);
  else if (ext === ".rtf") s = [readRtf(b.toString("latin1"))];
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
  const want = `cb${String(i + 1).padStart(3, "0")}`;
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
    if (!source(e.doc).some((s) => run(s, e.quote))) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc} as read: ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
}
for (const [c, n] of Object.entries(CATS)) {
  const k = gold.filter((g) => g.category === c).length;
  if (k !== n) problems.push(`category ${c}: ${k} questions, expected ${n}`);
}
if (gold.length !== 40) problems.push(`${gold.length} questions, expected 40`);
const docs = readdirSync(join(root, "docs"));
if (docs.length !== 5) problems.push(`${docs.length} documents, expected 5`);
for (const d of docs) if (!docsSeen.has(d)) problems.push(`docs/${d} has no question`);
for (const d of docs) if (!existsSync(join(root, "text", basename(d, extname(d)) + ".txt"))) problems.push(`docs/${d} has no rendering`);
// every rendering line must be a run of its document as read, so that no quote the assistant copies
// from the document can fail the scorer's verbatim check for want of a word in the rendering
for (const d of docs) {
  const rp = join(root, "text", basename(d, extname(d)) + ".txt");
  if (!existsSync(rp)) continue;
  const src = source(d);
  let bad = 0;
  for (const l of readFileSync(rp, "utf8").split("\n").filter((x) => tokens(x).length)) {
    if (!src.some((s) => run(s, l))) { bad++; if (bad <= 3) problems.push(`text/${basename(rp)}: line not a run of docs/${d} as read: ${JSON.stringify(l.slice(0, 90))}`); }
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
