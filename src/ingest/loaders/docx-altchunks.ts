/**
 * Alternative-format chunks: a Word package may carry parts of its body as other documents (HTML, plain
 * text) that Word merges in where `<w:altChunk r:id="…"/>` stands. Committee systems that keep minutes
 * as rich text and build Word files with the Open XML SDK do exactly that, so document.xml holds only
 * the frame (title, attendance) and none of the minutes' words. mammoth ignores the element; here each
 * one is marked in document.xml before conversion, and the mark is replaced after it by the chunk's own
 * HTML, so the text reads as Word shows the document.
 */
import type JSZip from "jszip";

const OPEN = "\uE010";
const CLOSE = "\uE011";
const ALT_CHUNK = /<w:altChunk\b[^>]*?\br:id="([^"]+)"[^>]*?(?:\/>|>[\s\S]*?<\/w:altChunk>)/g;
const MARKED_PARAGRAPH = new RegExp(`<p>${OPEN}([^${CLOSE}<]+)${CLOSE}</p>`, "g");

/** document.xml with each altChunk replaced by a paragraph holding a mark naming its relationship. */
export function withAltChunkMarks(documentXml: string): string {
  return documentXml.replace(ALT_CHUNK, (_whole, id: string) => `<w:p><w:r><w:t>${OPEN}${id}${CLOSE}</w:t></w:r></w:p>`);
}

/** mammoth's HTML with each altChunk mark replaced by the chunk's body (left out if it cannot be read). */
export async function withAltChunks(html: string, zip: JSZip): Promise<string> {
  if (!html.includes(OPEN)) return html;
  const targets = await chunkTargets(zip);
  const bodies = new Map<string, string>();
  for (const [, id] of html.matchAll(MARKED_PARAGRAPH)) {
    const target = targets.get(id!);
    const file = target ? zip.file(target) : null;
    if (!file || bodies.has(id!)) continue;
    bodies.set(id!, chunkHtml(target!, await file.async("uint8array")) ?? "");
  }
  return html.replace(MARKED_PARAGRAPH, (_whole, id: string) => bodies.get(id) ?? "");
}

/** Relationship id -> part path (inside the package) of document.xml's aFChunk relationships. */
async function chunkTargets(zip: JSZip): Promise<Map<string, string>> {
  const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const [rel] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (!id || !target || !/\/aFChunk"/i.test(rel)) continue;
    targets.set(id, target.startsWith("/") ? target.slice(1) : `word/${target}`);
  }
  return targets;
}

/**
 * A chunk as HTML to put in the body: an HTML part's body (decoded by its own charset), a text part's lines
 * as paragraphs. Other kinds (a nested .docx, RTF) are not read.
 */
function chunkHtml(target: string, bytes: Uint8Array): string | undefined {
  if (/\.x?html?$|\.mht$/i.test(target)) {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
    const charset = /charset=["']?([\w-]+)/i.exec(head)?.[1] ?? "utf-8";
    let text: string;
    try {
      text = new TextDecoder(charset).decode(bytes);
    } catch {
      text = new TextDecoder("utf-8").decode(bytes);
    }
    const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(text)?.[1] ?? text.replace(/<head\b[\s\S]*?<\/head>/i, "");
    return body.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "");
  }
  if (/\.txt$/i.test(target)) {
    const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    return new TextDecoder("utf-8")
      .decode(bytes)
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line) => `<p>${escape(line)}</p>`)
      .join("");
  }
  return undefined;
}
