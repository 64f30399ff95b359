/**
 * Plain-text and markdown loader: the file's text as it is (UTF-8, BOM stripped, CRLF/CR normalised to LF).
 * Refuses what is not text: invalid UTF-8, NUL bytes or other binary content, empty files.
 * Markdown stays markdown (a later stage cleans it).
 */
import { parse as parseYaml } from "yaml";
import { LoadError, readSource, type DocumentHints, type LoadedText } from "./types.js";

export interface DecodeOptions {
  /** For HTML: fall back to Windows-1252 when the bytes are not valid UTF-8 instead of refusing. */
  allowLatin1?: boolean;
}

/**
 * Decode file bytes as UTF-8 text, refusing binary content. Strips a BOM and normalises line ends.
 * Throws LoadError (reason: empty file / binary / invalid UTF-8).
 */
export function decodeUtf8Text(buf: Uint8Array, name: string, opts: DecodeOptions = {}): string {
  if (buf.length === 0) throw new LoadError(name, "empty file");
  // UTF-16 with a BOM is text, but not the UTF-8 we accept: say so rather than "binary".
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new LoadError(name, "text is UTF-16 encoded; save it as UTF-8");
  }
  if (buf.includes(0)) throw new LoadError(name, "binary content (contains NUL bytes), not a text file");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    if (!opts.allowLatin1) {
      const at = firstInvalidUtf8(buf);
      throw new LoadError(name, `invalid UTF-8 (first bad byte at offset ${at}); the file must be UTF-8 text`);
    }
    text = new TextDecoder("windows-1252").decode(buf);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  if (looksBinary(text)) throw new LoadError(name, "binary content (control characters), not a text file");
  return text;
}

/** Many C0 control characters other than tab/newline/form feed/escape: not text. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) || c === 0x7f) controls++;
  }
  return controls > 0 && controls / sample.length > 0.01;
}

function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * YAML front matter ("---" lines around `title: …`, `board: …`) as hints, its fences blanked out. Its
 * lines stay in the text: they are part of what the file says and may be quoted.
 */
export function readFrontMatter(text: string): { text: string; hints?: DocumentHints } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { text };
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch {
    return { text };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return { text };
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value instanceof Date) fields[key.toLowerCase()] = value.toISOString().slice(0, 10);
    else if (typeof value === "string" || typeof value === "number") fields[key.toLowerCase()] = String(value).trim();
  }
  const body = `\n${m[1]}\n\n${text.slice(m[0].length)}`;
  return { text: body, hints: { ...(fields.title ? { title: fields.title } : {}), fields } };
}

/** Load a .txt file (format "text") or a .md/.markdown file (format "markdown"). */
export async function loadText(path: string, format: "text" | "markdown" = "text"): Promise<LoadedText> {
  const buf = await readSource(path);
  const text = decodeUtf8Text(buf, path);
  if (!text.trim()) throw new LoadError(path, "empty file (only whitespace)");
  if (format !== "markdown") return { format, text };
  const { text: body, hints } = readFrontMatter(text);
  return { format, text: body, ...(hints ? { hints } : {}) };
}

/** Load a markdown file: the text as is (format "markdown"). */
export function loadMarkdown(path: string): Promise<LoadedText> {
  return loadText(path, "markdown");
}
