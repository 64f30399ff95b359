/**
 * Word (.docx) loader: mammoth converts the document to HTML (headings, lists, tables kept), and
 * htmlToText turns that into the loaders' text shape, so Word tables come out as TAB-separated rows.
 */
import mammoth from "mammoth";
import JSZip from "jszip";
import { htmlToText } from "./html.js";
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
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: buf });
    html = result.value;
  } catch (err) {
    throw new LoadError(path, `not a valid .docx (${shortReason(err)})`);
  }
  const body = htmlToText(withoutNoteLinks(html));
  if (!/[\p{L}\p{N}]/u.test(body)) throw new LoadError(path, "no extractable text");
  const zip = await JSZip.loadAsync(buf).catch(() => undefined);
  const margins = zip ? await headerFooterLines(zip, body) : [];
  const text = margins.length > 0 ? `${body}\n\n${margins.join("\n")}` : body;
  const title = zip ? await coreTitle(zip) : undefined;
  return { format: "docx", text, ...(title ? { hints: { title } } : {}) };
}

/**
 * Footnotes and endnotes as Word shows them: the note's text at the end, without mammoth's "[1]" link in
 * the sentence or "↑" link back (neither is the document's text), each note a paragraph of its own.
 */
function withoutNoteLinks(html: string): string {
  return html
    .replace(/<sup><a href="#(?:foot|end)note-\d+" id="(?:foot|end)note-ref-\d+">\[\d+\]<\/a><\/sup>/g, "")
    .replace(/\s*<a href="#(?:foot|end)note-ref-\d+">↑<\/a>/g, "")
    .replace(/<ol>((?:<li id="(?:foot|end)note-\d+">[\s\S]*?<\/li>)+)<\/ol>/g, (_, items: string) => items.replace(/<li id="(?:foot|end)note-\d+">([\s\S]*?)<\/li>/g, "$1"));
}

/**
 * The lines of the page headers and footers, which mammoth does not read: a Word paper often gives its
 * contact officer or reference only there. Each line is kept once, after the body, unless the body
 * already says it; page-number lines ("Page 3 of 7") carry nothing.
 */
async function headerFooterLines(zip: JSZip, body: string): Promise<string[]> {
  const parts = Object.keys(zip.files)
    .filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
    .sort((a, b) => Number(/footer/.test(a)) - Number(/footer/.test(b)) || a.localeCompare(b, "en", { numeric: true }));
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const name of parts) {
    const xml = (await zip.file(name)?.async("string").catch(() => undefined)) ?? "";
    for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
      const line = decodeXml((paragraph.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
        .map((run) => (run === "<w:tab/>" ? " " : run.replace(/<[^>]+>/g, "")))
        .join(""))
        .replace(/\s+/g, " ")
        .trim();
      if (!/\p{L}{2}/u.test(line) || /^page\s*\d*(\s*of\s*\d*)?$/i.test(line)) continue;
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
