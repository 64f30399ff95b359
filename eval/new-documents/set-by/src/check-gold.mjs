// Checks gold.jsonl against the documents:
//  - ids by001…by040, the fields of /work/shared/newdocs-dev/gold.jsonl, categories and their counts
//    (7/7/7/7/5/2/5); unanswerable questions have no evidence and no must strings, the others have both;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as /work/shared/eval/score.mjs does (the whole quote, first and last word included);
//  - the quote is also read from the document itself, independently of the builders:
//      .docx  two readings, the quote's words contiguous in either: mammoth's raw text (which has no
//             paragraph number and no tick, since the AUTONUMLGL fields store no result and the
//             FORMCHECKBOX fields no character), and Word's view read here from word/document.xml:
//             paragraphs and table rows in order (cells " | "), each AUTONUMLGL field numbered in legal
//             style from the outline level of its paragraph's style in word/styles.xml, running on
//             through the document, each FORMCHECKBOX as ☒ or ☐ from its <w:checked/>;
//      .eml   the headers (unfolded) with each text part of the multipart/alternative body, decoded from
//             quoted-printable and Windows-1252: the text/plain part as it stands, the text/html part
//             with <style>, comments and tags removed and entities decoded; words contiguous in either;
//      .html  the page with <style>, <script> and tags removed, an <img> read as its alt text where it
//             stands, entities decoded: words contiguous;
//      .csv   the raw file, decoded as UTF-8 or, when it is not valid UTF-8, as ISO-8859-1 (the
//             Salesforce export's encoding): words contiguous;
//      .pdf   pdf.js text content in content-stream order, page by page, and the same with letter-spaced
//             capitals closed up ("Q U A RT E R" read as "QUARTER", as a reader sees the heading): each
//             cell of a quote (the parts between " | ") contiguous (a pill's rating is drawn apart from
//             its row);
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
const iconv = requireMain("iconv-lite");
const pdfjs = await import(pathToFileURL(join(MAIN, "node_modules/pdfjs-dist/legacy/build/pdf.mjs")).href);
const NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", copy: "©", pound: "£", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e] ?? all);
const stripHtml = (h) => decode(h.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<!--[\s\S]*?-->/g, " ").replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gi, " $1 ").replace(/<[^>]+>/g, " "));

// Word's view of a document.xml: paragraphs and tables in order, AUTONUMLGL and FORMCHECKBOX fields
// shown as Word shows them
async function wordView(zip) {
  const xml = await zip.file("word/document.xml").async("string");
  const styles = await zip.file("word/styles.xml").async("string");
  const outline = {}, based = {};
  for (const m of styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const o = /<w:outlineLvl w:val="(\d)"\/>/.exec(m[2]);
    if (o) outline[m[1]] = +o[1];
    const b = /<w:basedOn w:val="([^"]+)"\/>/.exec(m[2]);
    if (b) based[m[1]] = b[1];
  }
  const lvlOf = (id) => { for (let s = id, i = 0; s && i < 10; s = based[s], i++) if (s in outline) return outline[s]; return 9; };
  const counters = Array(9).fill(0);
  const paraText = (p) => {
    const inline = /<w:outlineLvl w:val="(\d)"\/>/.exec(p);
    const st = /<w:pStyle w:val="([^"]+)"\/>/.exec(p);
    const level = inline ? +inline[1] : lvlOf(st ? st[1] : "Normal");
    let out = "", field = null;
    for (const m of p.matchAll(/<w:fldChar w:fldCharType="(begin|separate|end)"(?:\/>|>([\s\S]*?)<\/w:fldChar>)|<w:instrText[^>]*>([\s\S]*?)<\/w:instrText>|<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>/g)) {
      if (m[1] === "begin") field = { instr: "", ff: m[2] ?? "", sep: false };
      else if (m[1] === "separate") { if (field) field.sep = true; }
      else if (m[1] === "end") {
        if (field && !field.sep) {
          if (/AUTONUMLGL/.test(field.instr) && level < 9) { counters[level]++; for (let k = level + 1; k < 9; k++) counters[k] = 0; out += counters.slice(0, level + 1).join("."); }
          else if (/FORMCHECKBOX/.test(field.instr)) out += /<w:checked\/>/.test(field.ff) ? "☒" : "☐";
        }
        field = null;
      } else if (m[3] !== undefined) { if (field) field.instr += m[3]; }
      else if (m[4] !== undefined) out += decode(m[4]);
      else out += "\t";
    }
    return out;
  };
  const out = [];
  const body = xml.slice(xml.indexOf("<w:body>"));
  for (const m of body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>|<w:p\b[^>]*>([\s\S]*?)<\/w:p>|<w:p\/>/g)) {
    if (m[1] !== undefined) {
      for (const row of m[1].matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g))
        out.push([...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((pp) => paraText(pp[1])).join(" ")).join(" | "));
    } else if (m[2] !== undefined) out.push(paraText(m[2]));
  }
  return out.join("\n");
}

// an .eml: headers and the decoded text parts
function readEml(buf) {
  const raw = buf.toString("latin1");
  const cut = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, cut).replace(/\r\n[ \t]+/g, " ");
  const boundary = /boundary="([^"]+)"/.exec(head)[1];
  const parts = raw.slice(cut + 4).split("--" + boundary).slice(1, -1);
  const out = {};
  for (const part of parts) {
    const pc = part.indexOf("\r\n\r\n");
    const ph = part.slice(0, pc).replace(/\r\n[ \t]+/g, " ");
    let body = part.slice(pc + 4);
    const type = /Content-Type: ([^;\r\n]+)/i.exec(ph)[1].trim().toLowerCase();
    const cs = (/charset="?([^";\r\n]+)"?/i.exec(ph) ?? [, "us-ascii"])[1];
    if (/quoted-printable/i.test(ph)) {
      body = body.replace(/=\r\n/g, "");
      const bytes = [];
      for (let i = 0; i < body.length; i++) {
        if (body[i] === "=" && /^[0-9A-F]{2}$/i.test(body.slice(i + 1, i + 3))) { bytes.push(parseInt(body.slice(i + 1, i + 3), 16)); i += 2; }
        else bytes.push(body.charCodeAt(i));
      }
      body = iconv.decode(Buffer.from(bytes), cs);
    }
    out[type] = body;
  }
  return [head + "\n" + out["text/plain"], head + "\n" + stripHtml(out["text/html"])];
}

const sources = {};
async function source(doc) {
  if (sources[doc]) return sources[doc];
  const path = join(root, "docs", doc);
  const ext = extname(doc);
  let s;
  if (ext === ".docx") {
    const zip = await JSZip.loadAsync(readFileSync(path));
    s = [(await mammoth.extractRawText({ path })).value, await wordView(zip)];
  } else if (ext === ".eml") s = readEml(readFileSync(path));
  else if (ext === ".html") s = [stripHtml(readFileSync(path, "utf8"))];
  else if (ext === ".csv") {
    const b = readFileSync(path);
    let t;
    try { t = new TextDecoder("utf-8", { fatal: true }).decode(b).replace(/^\uFEFF/, ""); } catch { t = iconv.decode(b, "latin1"); }
    s = [t];
  } else if (ext === ".pdf") {
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    const parts = [], closed = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const tc = await (await pdf.getPage(i)).getTextContent();
      parts.push(tc.items.map((it) => it.str).join(" "));
      closed.push(tc.items.map((it) => (/^(?:[A-Z0-9’']{1,2} )+[A-Z0-9’']{1,2}$/.test(it.str) ? it.str.replace(/ /g, "") : it.str)).join(" "));
    }
    s = [parts.join("\n"), closed.join("\n")];
  } else throw new Error("no reader for " + doc);
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
  const want = `by${String(i + 1).padStart(3, "0")}`;
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
    const srcs = await source(e.doc);
    const ok = extname(e.doc) === ".pdf" ? e.quote.split(" | ").every((cell) => !tokens(cell).length || srcs.some((s) => run(s, cell))) : srcs.some((s) => run(s, e.quote));
    if (!ok) problems.push(`${g.id}: quote's words are not contiguous in docs/${e.doc} as read: ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
}
for (const [c, n] of Object.entries(CATS)) {
  const k = gold.filter((g) => g.category === c).length;
  if (k !== n) problems.push(`category ${c}: ${k} questions, expected ${n}`);
}
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
