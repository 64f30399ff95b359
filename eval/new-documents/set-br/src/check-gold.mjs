// Checks gold.jsonl against the documents (adapted from set BB's checker):
//  - ids br001…br040, the fields of /work/shared/newdocs-dev/gold.jsonl, categories and their counts
//    (7/7/7/7/5/2/5); unanswerable questions have no evidence and no must strings, the others have both;
//  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
//  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
//    tokenised as /work/shared/eval/score.mjs does (the whole quote, first and last word included);
//  - the quote is also read from the document itself, independently of the builders:
//      .eml   three readings, the quote's words contiguous in one of them: the header block and the
//             text/plain part (quoted-printable decoded, Windows-1252); the application/ms-tnef part
//             (base64 decoded, the TNEF attributes walked, the attachment's long file name from its MAPI
//             properties, PR_RTF_COMPRESSED of the message unpacked – "MELA" stored or LZFu compressed – and
//             every attAttachData), each RTF turned to text (groups, destinations and control words
//             dropped, \par a line, \cell " | ", \'hh as Windows-1252, \uN as its character);
//      .docx  mammoth's raw text of the paper, and of every package in word/embeddings/ (the appendices
//             shown as icons): words contiguous in one of them;
//      .html  the page with <style>, <script> and tags removed, an <img> read as its alt text, entities
//             decoded: words contiguous;
//      .csv   the raw file, byte-order mark dropped: words contiguous;
//      .pdf   pdf.js text content in content-stream order, page by page: each cell of a quote (the parts
//             between " | ") contiguous (a seat's lines are drawn as separate, turned text boxes);
//  - every document has at least one question and a rendering, and every line of every rendering is a
//    run of its document as read (PDF: cell by cell).
// With --answers PATH it also writes the gold as if it were the assistant's answers, for scoring the
// gold itself with score.mjs (it must score 100 / 100 / 0).
//   node src/check-gold.mjs [--answers /tmp/gold-as-answers.jsonl] [--dump DOC]
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

// --- readers, independent of the builders
const mammoth = requireMain("mammoth");
const JSZip = requireMain("jszip");
const iconv = requireMain("iconv-lite");
const pdfjs = await import(pathToFileURL(join(MAIN, "node_modules/pdfjs-dist/legacy/build/pdf.mjs")).href);
const NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", copy: "©", pound: "£", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘", times: "×", middot: "·" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
  e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e] ?? all);
const stripHtml = (h) => decode(h.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gi, " $1 ").replace(/<[^>]+>/g, " "));

// RTF to text: enough of the syntax for Word's and Outlook's RTF
function rtfText(rtf) {
  const SKIP = new Set(["fonttbl", "colortbl", "stylesheet", "info", "rsidtbl", "xmlnstbl", "mmathPr", "listtable", "listoverridetable", "latentstyles", "datastore", "themedata", "colorschememapping", "pgdsctbl", "generator", "defchp", "defpap", "wgrffmtfilter", "pict", "object", "header", "footer", "footnote"]);
  let out = "", i = 0, uc = 1;
  const stack = [];
  let skip = false, skipDepth = 0, depth = 0, pendingSkipChars = 0;
  while (i < rtf.length) {
    const c = rtf[i];
    if (c === "{") { depth++; stack.push({ skip, uc }); i++; if (rtf.startsWith("\\*", i)) { if (!skip) { skip = true; skipDepth = depth; } } continue; }
    if (c === "}") { const s = stack.pop(); depth--; skip = s.skip; uc = s.uc; i++; continue; }
    if (c === "\\") {
      const m = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(rtf.slice(i, i + 40));
      if (m) {
        i += m[0].length;
        const w = m[1], n = m[2] === undefined ? null : Number(m[2]);
        if (SKIP.has(w)) { if (!skip) { skip = true; skipDepth = depth; } continue; }
        if (skip) continue;
        if (w === "par" || w === "line" || w === "row") out += "\n";
        else if (w === "cell") out += " | ";
        else if (w === "tab") out += "\t";
        else if (w === "uc") uc = n;
        else if (w === "u") { out += String.fromCharCode(n < 0 ? n + 65536 : n); pendingSkipChars = uc; }
        continue;
      }
      const n2 = rtf[i + 1];
      if (n2 === "'") {
        const b = parseInt(rtf.slice(i + 2, i + 4), 16); i += 4;
        if (pendingSkipChars > 0) { pendingSkipChars--; continue; }
        if (!skip) out += iconv.decode(Buffer.from([b]), "windows-1252");
        continue;
      }
      if (n2 === "\\" || n2 === "{" || n2 === "}") { if (!skip) out += n2; i += 2; continue; }
      if (n2 === "~") { if (!skip) out += " "; i += 2; continue; }
      if (n2 === "\r" || n2 === "\n") { if (!skip) out += "\n"; i += 2; continue; }
      i += 2; continue;
    }
    if (c === "\r" || c === "\n") { i++; continue; }
    if (pendingSkipChars > 0) { pendingSkipChars--; i++; continue; }
    if (!skip) out += c;
    i++;
  }
  return out;
}
// compressed RTF (MS-OXRTFCP): "MELA" stored, or "LZFu" compressed
function unpackRtf(b) {
  const raw = b.readUInt32LE(4), type = b.toString("latin1", 8, 12);
  if (type === "MELA") return b.subarray(16, 16 + raw);
  if (type !== "LZFu") throw new Error("compressed RTF type " + type);
  const PRE = "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
  const dict = Buffer.alloc(4096); dict.write(PRE, "latin1");
  let w = PRE.length, p = 16; const out = [];
  while (p < b.length && out.length < raw) {
    const flags = b[p++];
    for (let k = 0; k < 8 && p < b.length && out.length < raw; k++) {
      if (flags & (1 << k)) { const ref = b.readUInt16BE(p); p += 2; const off = ref >> 4, len = (ref & 15) + 2; if (off === w) return Buffer.from(out); for (let j = 0; j < len; j++) { const ch = dict[(off + j) % 4096]; out.push(ch); dict[w] = ch; w = (w + 1) % 4096; } }
      else { const ch = b[p++]; out.push(ch); dict[w] = ch; w = (w + 1) % 4096; }
    }
  }
  return Buffer.from(out);
}
function mapiProps(d, want) {
  const got = {};
  let p = 0; const n = d.readUInt32LE(p); p += 4;
  for (let k = 0; k < n; k++) {
    const type = d.readUInt16LE(p), id = d.readUInt16LE(p + 2); p += 4;
    if (id >= 0x8000) throw new Error("named properties not handled");
    if (type === 0x0003 || type === 0x000b) { got[id] = d.readUInt32LE(p); p += 4; continue; }
    if (type === 0x001e || type === 0x001f || type === 0x0102) {
      const cnt = d.readUInt32LE(p); p += 4;
      for (let j = 0; j < cnt; j++) { const len = d.readUInt32LE(p); p += 4; const v = d.subarray(p, p + len); p += len + ((4 - (len % 4)) % 4); got[id] = type === 0x001e ? iconv.decode(v, "windows-1252").replace(/\0+$/, "") : type === 0x001f ? v.toString("utf16le").replace(/\0+$/, "") : v; }
      continue;
    }
    throw new Error("MAPI type " + type.toString(16));
  }
  return want ? got[want] : got;
}
function tnefTexts(buf) {
  if (buf.readUInt32LE(0) !== 0x223e9f78) throw new Error("not TNEF");
  let p = 6; const texts = [];
  while (p < buf.length) {
    const id = buf.readUInt32LE(p + 1), len = buf.readUInt32LE(p + 5), data = buf.subarray(p + 9, p + 9 + len);
    let sum = 0; for (const x of data) sum = (sum + x) & 0xffff;
    if (sum !== buf.readUInt16LE(p + 9 + len)) throw new Error("TNEF checksum " + id.toString(16));
    p += 11 + len;
    if (id === 0x00069003) { const r = mapiProps(data, 0x1009); if (r) texts.push(rtfText(iconv.decode(unpackRtf(r), "windows-1252"))); }
    else if (id === 0x0006800f) texts.push(/^\{\\rtf/.test(data.toString("latin1", 0, 5)) ? rtfText(data.toString("latin1")) : iconv.decode(data, "windows-1252"));
    else if (id === 0x00069005) { const a = mapiProps(data); texts.push(a[0x3707] ?? ""); }
  }
  return texts;
}
function emlTexts(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const bound = /boundary="([^"]+)"/.exec(headers)[1];
  const parts = rest.join("\r\n\r\n").split("--" + bound).slice(1, -1);
  const texts = [];
  let plain = "";
  for (const part of parts) {
    const [ph, ...pb] = part.replace(/^\r?\n/, "").split(/\r?\n\r?\n/);
    const body = pb.join("\r\n\r\n");
    if (/text\/plain/i.test(ph)) {
      const bytes = [];
      const q = body.replace(/=\r?\n/g, "");
      for (let i = 0; i < q.length; i++) { if (q[i] === "=" && /^[0-9A-F]{2}$/i.test(q.slice(i + 1, i + 3))) { bytes.push(parseInt(q.slice(i + 1, i + 3), 16)); i += 2; } else bytes.push(q.charCodeAt(i)); }
      plain = iconv.decode(Buffer.from(bytes), "windows-1252");
    } else if (/application\/ms-tnef/i.test(ph)) texts.push("winmail.dat\n" + tnefTexts(Buffer.from(body.replace(/\s+/g, ""), "base64")).join("\n"));
  }
  return [headers + "\n" + plain, ...texts];
}

const sources = {};
async function source(doc) {
  if (sources[doc]) return sources[doc];
  const path = join(root, "docs", doc);
  const ext = extname(doc);
  let s;
  if (ext === ".docx") {
    const zip = await JSZip.loadAsync(readFileSync(path));
    s = [(await mammoth.extractRawText({ path })).value];
    for (const name of Object.keys(zip.files).filter((f) => /^word\/embeddings\/.*\.docx$/.test(f)).sort())
      s.push((await mammoth.extractRawText({ buffer: await zip.file(name).async("nodebuffer") })).value);
  }
  else if (ext === ".html") s = [stripHtml(readFileSync(path, "utf8"))];
  else if (ext === ".eml") s = emlTexts(readFileSync(path, "latin1"));
  else if (ext === ".csv") s = [readFileSync(path, "utf8").replace(/^\uFEFF/, "")];
  else if (ext === ".pdf") {
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    const parts = [];
    for (let i = 1; i <= pdf.numPages; i++) parts.push((await (await pdf.getPage(i)).getTextContent()).items.map((it) => it.str).join(" "));
    s = [parts.join("\n")];
  } else throw new Error("no reader for " + doc);
  return (sources[doc] = s);
}

// --dump DOC prints the document as read (each reading after a line of "=") and stops
if (args.includes("--dump")) {
  for (const x of await source(args[args.indexOf("--dump") + 1])) console.log("=".repeat(40) + "\n" + x);
  process.exit(0);
}

const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const FIELDS = ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"];
const gold = readFileSync(join(root, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const renderings = {};
let quotes = 0;
const docsSeen = new Set();
for (const [i, g] of gold.entries()) {
  const want = `br${String(i + 1).padStart(3, "0")}`;
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
// every rendering's lines must be runs of the document as read (PDF: cell by cell)
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
