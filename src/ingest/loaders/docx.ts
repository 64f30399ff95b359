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
  const text = htmlToText(html);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new LoadError(path, "no extractable text");
  const title = await coreTitle(buf);
  return { format: "docx", text, ...(title ? { hints: { title } } : {}) };
}

/** The title in the document's core properties (File > Properties), when the author set one. */
async function coreTitle(buf: Buffer): Promise<string | undefined> {
  try {
    const zip = await JSZip.loadAsync(buf);
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
