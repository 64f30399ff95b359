/**
 * Word (.docx) loader: mammoth converts the document to HTML (headings, lists, tables kept), and
 * htmlToText turns that into the loaders' text shape, so Word tables come out as TAB-separated rows.
 */
import mammoth from "mammoth";
import JSZip from "jszip";
import { htmlToText } from "./html.js";
import { docxWithListNumbers } from "./docx-numbering.js";
import { takeFillMarks, withFillMarks } from "./docx-fills.js";
import { withAltChunkMarks, withAltChunks } from "./docx-altchunks.js";
import { withDrawingMarks, withDrawings } from "./docx-drawings.js";
import { withEmbeddedObjectMarks, withEmbeddedObjects } from "./docx-embedded.js";
import { withAutoNumbers } from "./docx-autonum.js";
import { hiddenCharacterStyles, withBoundControlValues, withDropDownResults, withoutHiddenRuns, withoutPlaceholderText, withSimpleFieldResults } from "./docx-field-values.js";
import { withEquationsAsText } from "./docx-math.js";
import { LoadError, readSource, type LoadedText } from "./types.js";

/** Load a .docx file as text (headings as `#` lines, table rows as TAB-separated lines). */
export async function loadDocx(path: string): Promise<LoadedText> {
  const buf = await readSource(path);
  if (buf.length === 0) throw new LoadError(path, "empty file");
  // A .docx is a zip archive: "PK\x03\x04" (or an empty archive "PK\x05\x06").
  if (!(buf[0] === 0x50 && buf[1] === 0x4b)) {
    if (buf.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
      throw new LoadError(path, "old Word .doc format (or encrypted .docx); save it as .docx");
    }
    throw new LoadError(path, "not a valid .docx (not a zip archive)");
  }
  const zip = await JSZip.loadAsync(buf).catch(() => undefined);
  let html: string;
  try {
    html = await docxHtml(buf, zip);
  } catch (err) {
    throw new LoadError(path, `not a valid .docx (${shortReason(err)})`);
  }
  const body = htmlToText(typedTables(withStruckWordsMarked(withoutNoteLinks(html, zip ? await noteFormats(zip) : DEFAULT_NOTE_FORMATS))));
  if (!/[\p{L}\p{N}]/u.test(body)) throw new LoadError(path, "no extractable text");
  const commented = zip ? withMarginNotes(withMarginNotes(body, await trackedChanges(zip)), await reviewComments(zip)) : body;
  // (A page header's line, "Home Adaptations Panel  5 November 2081  Item 5", is read first, as it is
  // printed above the page; a footer's after the body.)
  const headers = zip ? await headerFooterLines(zip, commented, "header") : [];
  const footers = zip ? await headerFooterLines(zip, commented, "footer", headers) : [];
  const { text, fills } = takeFillMarks([headers.join("\n"), commented, footers.join("\n")].filter((part) => part).join("\n\n"));
  const title = zip ? await coreTitle(zip) : undefined;
  const hints = { ...(title ? { title } : {}), ...(fills.length ? { cellFills: fills } : {}) };
  return { format: "docx", text, ...(Object.keys(hints).length ? { hints } : {}) };
}

/** Word documents embedded in Word documents are read to this depth (a paper's appendix, and one inside it). */
const MAX_EMBEDDED_DEPTH = 2;

/** A .docx as mammoth's HTML, with what Word shows that mammoth does not read written in. */
async function docxHtml(buf: Buffer, zip: JSZip | undefined, depth = 0): Promise<string> {
  // (With each empty cell's rating colour marked, taken out again below: see `withFillMarks`.)
  let source = buf;
  const documentXml = zip ? await zip.file("word/document.xml")?.async("string") : undefined;
  // (With drop-down fields' chosen entries, bound controls' current values, simple fields' cached
  // results and equations written in: Word shows them. Without hidden text: Word neither shows nor
  // prints it. Without an unfilled control's placeholder: the template's prompt, not the paper's words.)
  // (And paragraph numbers a template's AUTONUMLGL fields leave to Word to draw.)
  const stylesXml = zip ? await zip.file("word/styles.xml")?.async("string") : undefined;
  const hiddenStyles = zip ? hiddenCharacterStyles(stylesXml) : new Set<string>();
  const shown =
    zip && documentXml
      ? withEquationsAsText(withoutHiddenRuns(withSimpleFieldResults(withAutoNumbers(withDropDownResults(withoutPlaceholderText(await withBoundControlValues(documentXml, zip))), stylesXml)), hiddenStyles))
      : documentXml;
  const marked = shown ? withEmbeddedObjectMarks(withDrawingMarks(withAltChunkMarks(withFillMarks(shown)))) : undefined;
  if (zip && marked && marked !== documentXml) {
    zip.file("word/document.xml", marked);
    source = await zip.generateAsync({ type: "nodebuffer" });
  }
  // (With the numbers Word draws before numbered paragraphs written in: a reader sees them.)
  const numbered = zip ? await docxWithListNumbers(zip, source).catch(() => source) : source;
  const result = await mammoth.convertToHtml({ buffer: numbered });
  if (!zip) return result.value;
  const embeddedDocumentHtml = async (bytes: Buffer) =>
    depth < MAX_EMBEDDED_DEPTH ? docxHtml(bytes, await JSZip.loadAsync(bytes), depth + 1) : "";
  return withEmbeddedObjects(await withDrawings(await withAltChunks(result.value, zip), zip), zip, embeddedDocumentHtml);
}

/**
 * Words struck through by hand (a schedule of changes marked with formatting, not tracked: "The quorum is
 * three four members", "three" struck): a reader sees them crossed out, so they are written so, "~~three~~",
 * as markdown writes a strikethrough, and are not read as the text's current words.
 */
function withStruckWordsMarked(html: string): string {
  return html.replace(/<s>([\s\S]*?)<\/s>/g, (whole, inner: string) => {
    const words = inner.replace(/<[^>]+>/g, "");
    if (!words.trim()) return whole;
    // (Markup inside stays around the marks; spaces at the edges stay outside them.)
    const lead = /^\s*/.exec(inner)![0];
    const trail = /\s*$/.exec(inner)![0];
    return `${lead}~~${inner.trim()}~~${trail}`;
  });
}

/** A paragraph's own number or letter before a tab ("9.<tab>Three risks …", "(a)<tab>approves …"): a list's, not a cell. */
const NUMBER_BEFORE_TAB = /^((?:<[^>]+>)*)(\(?(?:\d{1,2}(?:\.\d{1,2})?|[a-z]|[ivx]{1,4})[.)]?|[•·▪-])((?:<\/[^>]+>)*)\t/i;

/**
 * Tables typed with tab stops instead of Word's tables ("Ref<tab>Council<tab>Award (£)" over rows of the
 * same shape; "Contact officer<tab>Grace Hollick"): each such paragraph is a row of cells, and neighbouring
 * ones one table, as a Word table would be read. A tab after a paragraph's own number is a space; a tab
 * that only indents is nothing.
 */
function typedTables(html: string): string {
  return html.replace(/(?:<p>(?:(?!<\/p>)[^\t])*\t[\s\S]*?<\/p>)+/g, (run) => {
    const out: string[] = [];
    let rows: { cells: string[]; inner: string }[] = [];
    const flush = () => {
      // (A label and its value alone is a line, as it was typed; a table has rows, or three cells or more.)
      if (rows.length >= 2 || rows.some(({ cells }) => cells.length >= 3)) out.push(`<table>${rows.map(({ cells }) => `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`);
      else out.push(...rows.map(({ inner }) => `<p>${inner.replace(/\t/g, " ")}</p>`));
      rows = [];
    };
    for (const m of run.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
      const inner = m[1]!.replace(NUMBER_BEFORE_TAB, "$1$2$3 ").replace(/^((?:<[^>]+>)*)\t+/, "$1");
      // (A cell's text without the paragraph's inline tags, which a tab may cut in two.)
      const cells = inner.split("\t").map((c) => c.replace(/<[^>]+>/g, "").trim());
      const words = (c: string) => c.split(/\s+/).filter(Boolean).length;
      const typedRow = cells.length >= 3 ? !!cells[0] : cells.length === 2 && !!cells[0] && words(cells[0]) <= 5 && !/[.;]$/.test(cells[0]);
      if (typedRow) rows.push({ cells, inner });
      else {
        flush();
        out.push(`<p>${inner.replace(/\t/g, " ")}</p>`);
      }
    }
    flush();
    return out.join("");
  });
}

type NoteKind = "foot" | "end";
/** How Word numbers notes unless the document says otherwise: footnotes 1, 2, 3; endnotes i, ii, iii. */
const DEFAULT_NOTE_FORMATS: Record<NoteKind, string> = { foot: "decimal", end: "lowerRoman" };

/** The number formats the document sets for its footnotes and endnotes (w:footnotePr / w:endnotePr). */
async function noteFormats(zip: JSZip): Promise<Record<NoteKind, string>> {
  const xml = [await zip.file("word/document.xml")?.async("string"), await zip.file("word/settings.xml")?.async("string")].join("");
  const format = (kind: NoteKind) => new RegExp(`<w:${kind}notePr>(?:(?!</w:${kind}notePr>)[\\s\\S])*?<w:numFmt w:val="([A-Za-z]+)"`).exec(xml)?.[1] ?? DEFAULT_NOTE_FORMATS[kind];
  return { foot: format("foot"), end: format("end") };
}

/** A note's number as Word prints it in a format: 4 as "4", "iv", "d", "D". */
function noteNumber(n: number, format: string): string {
  if (/roman/i.test(format)) {
    const numerals: [number, string][] = [[10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
    let rest = n;
    let out = "";
    for (const [value, numeral] of numerals) for (; rest >= value; rest -= value) out += numeral;
    return /^upper/i.test(format) ? out.toUpperCase() : out;
  }
  if (/letter/i.test(format)) {
    const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
    return /^upper/i.test(format) ? letter.toUpperCase() : letter;
  }
  return String(n);
}

/**
 * Footnotes and endnotes as Word shows them: the note's text at the end after its number ("i. LGA survey
 * of councils …"), without mammoth's "[1]" link in the sentence or "↑" link back (neither is the
 * document's text), each note a paragraph of its own.
 */
function withoutNoteLinks(html: string, formats: Record<NoteKind, string>): string {
  return html
    .replace(/<sup><a href="#(?:foot|end)note-\d+" id="(?:foot|end)note-ref-\d+">\[\d+\]<\/a><\/sup>/g, "")
    .replace(/\s*<a href="#(?:foot|end)note-ref-\d+">↑<\/a>/g, "")
    .replace(/<ol>((?:<li id="(?:foot|end)note-\d+">[\s\S]*?<\/li>)+)<\/ol>/g, (_, items: string) => {
      const counts: Record<NoteKind, number> = { foot: 0, end: 0 };
      return items.replace(/<li id="(foot|end)note-\d+">\s*(?:<p>)?([\s\S]*?)<\/li>/g, (_m, kind: NoteKind, note: string) => `<p>${noteNumber(++counts[kind], formats[kind])}. ${note}`);
    });
}

/** What a reviewer wrote beside the body (a comment, a tracked change), with the text it is anchored to. */
interface MarginNote {
  line: string;
  /** The text the note is anchored to, as the body says it (empty when it marks a point). */
  anchor: string;
  /** How many times the anchor's text comes earlier in the document. */
  before: number;
}

/** The text of a piece of WordprocessingML: its runs' text, paragraphs apart by a space. */
const runsText = (xml: string) =>
  decodeXml((xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<\/w:p>/g) ?? []).map((run) => (run === "<w:tab/>" || run === "</w:p>" ? " " : run.replace(/<[^>]+>/g, ""))).join(""))
    .replace(/\s+/g, " ")
    .trim();

/**
 * Reviewers' comments in the margin (word/comments.xml), which mammoth leaves out: in a draft circulated
 * for comment they are what the reviewers said ("Tobias Leadbitter: We should not offer to share …").
 * Each with its author and the text it is anchored to in the body; a reply has its own anchor or none.
 */
async function reviewComments(zip: JSZip): Promise<MarginNote[]> {
  const xml = (await zip.file("word/comments.xml")?.async("string").catch(() => undefined)) ?? "";
  if (!xml) return [];
  const document = (await zip.file("word/document.xml")?.async("string").catch(() => undefined)) ?? "";
  const comments: MarginNote[] = [];
  for (const m of xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    const id = /w:id="([^"]*)"/.exec(m[1]!)?.[1];
    const author = decodeXml(/w:author="([^"]*)"/.exec(m[1]!)?.[1] ?? "").trim();
    const text = runsText(m[2]!);
    if (!text) continue;
    const range = id === undefined ? null : new RegExp(`<w:commentRangeStart w:id="${id}"\\s*/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"\\s*/>`).exec(document);
    const anchor = range ? runsText(range[1]!) : "";
    // (Which of the body's "Partly agree"s: as many come before it in the document as before it here.)
    const before = range && anchor ? runsText(document.slice(0, range.index)).split(anchor).length - 1 : 0;
    comments.push({ line: `${author ? `${author}: ` : ""}${text}`, anchor, before });
  }
  return comments;
}

/** The accepted text of WordprocessingML with its deleted text too ("<w:delText>"): what a change removed. */
const deletedText = (xml: string) => runsText(xml.replace(/<w:delText\b/g, "<w:t").replace(/<\/w:delText>/g, "</w:t>"));

/** Where the outermost tables of document.xml start and end. */
function tableRanges(xml: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (m[0] === "<w:tbl>") {
      if (depth++ === 0) start = m.index!;
    } else if (--depth === 0) ranges.push({ start, end: m.index! + m[0].length });
  }
  return ranges;
}

/**
 * Tracked changes not yet accepted (w:ins, w:del), which mammoth reads as accepted, dropping what was
 * deleted and who changed what: in a draft circulated with its changes shown they are what each reviewer
 * proposed. Each change becomes a note as Word's margin shows it ("Cllr Anselm Duckitt Deleted: at least",
 * "… Inserted: up to"; a whole table row as its cells), after the paragraph it is in (after a table, for a
 * change in one, so that the table stays whole; after the paragraph before, for a paragraph deleted
 * whole).
 */
async function trackedChanges(zip: JSZip): Promise<MarginNote[]> {
  const document = (await zip.file("word/document.xml")?.async("string").catch(() => undefined)) ?? "";
  if (!/<w:(?:ins|del)\b[^>]*[^/]>/.test(document)) return [];
  const tables = tableRanges(document);
  const notes: (MarginNote & { at: number })[] = [];
  const author = (attributes: string) => decodeXml(/w:author="([^"]*)"/.exec(attributes)?.[1] ?? "").trim();
  const note = (who: string, kind: string, text: string) => `${who ? `${who} ` : ""}${kind === "del" ? "Deleted" : "Inserted"}: ${text}`;
  // (The text before a place, read once a place: every change in a table is anchored at its last row.)
  const textBefore = new Map<number, string>();
  const countBefore = (anchor: string, at: number) => {
    if (!anchor) return 0;
    if (!textBefore.has(at)) textBefore.set(at, runsText(document.slice(0, at)));
    return textBefore.get(at)!.split(anchor).length - 1;
  };
  // (The anchor of a change inside a table: the table's last row, so the note follows the table.)
  const anchorIn = (at: number, own: string, ownAt: number, previous: { text: string; at: number }) => {
    const table = tables.find((t) => at > t.start && at < t.end);
    if (table) {
      const rows = [...document.slice(table.start, table.end).matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].filter((r) => runsText(r[0]));
      const last = rows[rows.length - 1];
      const text = last ? runsText(last[0]) : "";
      return { anchor: text, before: countBefore(text, table.start + (last?.index ?? 0)) };
    }
    if (own) return { anchor: own, before: countBefore(own, ownAt) };
    return { anchor: previous.text, before: countBefore(previous.text, previous.at) };
  };
  const wholeRows: { start: number; end: number }[] = [];
  for (const row of document.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)) {
    const mark = /<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*?<w:(ins|del)\b([^>]*)\/?>/.exec(row[0]);
    if (!mark) continue;
    wholeRows.push({ start: row.index!, end: row.index! + row[0].length });
    const cells = (row[0].match(/<w:tc\b[\s\S]*?<\/w:tc>/g) ?? []).map(deletedText);
    notes.push({ line: note(author(mark[2]!), mark[1]!, cells.join(" | ")), ...anchorIn(row.index!, "", 0, { text: "", at: 0 }), at: row.index! });
  }
  let previous = { text: "", at: 0 };
  for (const p of document.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)) {
    const at = p.index!;
    const own = runsText(p[0]);
    if (!wholeRows.some((r) => at > r.start && at < r.end)) {
      for (const change of p[0].matchAll(/<w:(ins|del)\b([^>]*[^/])>([\s\S]*?)<\/w:\1>/g)) {
        const text = deletedText(change[3]!);
        if (text) notes.push({ line: note(author(change[2]!), change[1]!, text), ...anchorIn(at, own, at, previous), at });
      }
    }
    if (own) previous = { text: own, at };
  }
  return notes.sort((a, b) => a.at - b.at).map(({ line, anchor, before }) => ({ line, anchor, before }));
}

/**
 * The body with each note as a line of its own ("Author: text") after the paragraph its anchor ends in,
 * as a reader sees it beside that paragraph; a note whose anchor is not found (a reply, a point comment)
 * follows the note before it, or goes at the end.
 */
function withMarginNotes(body: string, comments: MarginNote[]): string {
  if (comments.length === 0) return body;
  const inserts: { at: number; line: string }[] = [];
  const flat = body.replace(/\s+/g, " ");
  // Offsets in the body of each character of its whitespace-collapsed form, to find an anchor however
  // the body breaks its lines.
  const offsets: number[] = [];
  for (let i = 0; i < body.length; i++) if (!/\s/.test(body[i]!) || (i > 0 && !/\s/.test(body[i - 1]!))) offsets.push(i);
  let previous = body.length;
  for (const c of comments) {
    const line = c.line;
    let found = c.anchor.length >= 3 ? flat.indexOf(c.anchor) : -1;
    for (let n = 0; n < c.before && found >= 0; n++) found = flat.indexOf(c.anchor, found + 1);
    let at = previous;
    if (found >= 0) {
      const end = offsets[Math.min(offsets.length - 1, found + c.anchor.length - 1)]!;
      const lineEnd = body.indexOf("\n", end);
      at = lineEnd < 0 ? body.length : lineEnd;
    }
    inserts.push({ at, line });
    previous = at;
  }
  let out = body;
  // (From the last place back, so earlier offsets stay good; comments at one place keep their order.)
  const ordered = inserts.map((x, k) => ({ ...x, k })).sort((a, b) => b.at - a.at || b.k - a.k);
  for (const { at, line } of ordered) out = `${out.slice(0, at)}\n\n${line}${out.slice(at)}`;
  return out;
}

/**
 * The lines of the page headers (or footers), which mammoth does not read: a Word paper often gives its
 * meeting, item number, contact officer or reference only there. Each line is kept once, unless the body
 * already says it; page-number lines ("Page 3 of 7") carry nothing.
 */
async function headerFooterLines(zip: JSZip, body: string, kind: "header" | "footer", already: string[] = []): Promise<string[]> {
  const parts = Object.keys(zip.files)
    .filter((name) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(name))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const seen = new Set<string>(already);
  const lines: string[] = [];
  for (const name of parts) {
    const xml = (await zip.file(name)?.async("string").catch(() => undefined)) ?? "";
    for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
      const line = decodeXml((paragraph.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
        .map((run) => (run === "<w:tab/>" ? " " : run.replace(/<[^>]+>/g, "")))
        .join(""))
        .replace(/\s+/g, " ")
        .trim()
        // (A page number is a field Word fills in when it prints: "DRAFT 2 – Page of" is not the text.)
        .replace(/\s*[–—|-]?\s*\bpage\s*\d*\s*(?:of\s*\d*)?$/i, "")
        .trim();
      if (!/\p{L}{2}/u.test(line)) continue;
      if (seen.has(line) || body.includes(line)) continue;
      seen.add(line);
      lines.push(line);
    }
  }
  return lines;
}

/** The title in the document's core properties (File > Properties), when the author set one. */
async function coreTitle(zip: JSZip): Promise<string | undefined> {
  try {
    const xml = await zip.file("docProps/core.xml")?.async("string");
    const raw = xml && /<dc:title>([^<]*)<\/dc:title>/.exec(xml)?.[1];
    const title = raw ? decodeXml(raw).replace(/\s+/g, " ").trim() : "";
    return title || undefined;
  } catch {
    return undefined; // the properties are a nicety; the text is what matters
  }
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
}

function shortReason(err: unknown): string {
  const msg = (err as Error)?.message ?? String(err);
  if (/central directory|zip/i.test(msg)) return "corrupt zip archive";
  if (/main document part|word\/document\.xml/i.test(msg)) return "no Word document inside the archive";
  return msg.split("\n")[0]!.slice(0, 160);
}
