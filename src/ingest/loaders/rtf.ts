/**
 * Rich Text Format (.rtf): Word's interchange format, still how Outlook sends a rich-text message's
 * attachments and how many committee systems export minutes. The document is read as Word shows it:
 * paragraphs, headings (by their style's name or outline level), bold runs and tables (`\trowd … \cell …
 * \row`), with Word's bookkeeping (font, colour, style and revision tables, document information,
 * pictures, field instructions, page headers) left out. It is written as HTML and read by the HTML
 * loader's `htmlToText`, as a Word document's HTML is.
 *
 * The syntax (RTF 1.9.1): groups in braces; control words (`\par`, `\b0`, `\u8212`) with an optional
 * numeric parameter and one space that belongs to them; control symbols (`\~`, `\-`, `\*`); `\'hh`, a
 * byte in the document's ANSI code page (`\ansicpg1252`); `\uN`, a Unicode character followed by
 * `\ucN` characters of fallback for old readers, skipped. A group that begins with `\*` is a destination a
 * reader may ignore if it does not know it.
 */
import { htmlToText } from "./html.js";
import { decodeXml, escapeHtml } from "./ooxml-parts.js";
import { withWindowsPunctuation } from "./text.js";
import { LoadError, readSource, type LoadedText } from "./types.js";

/** Destinations whose text is not the document's (tables of fonts and styles, pictures, field codes, furniture). */
const SKIPPED_DESTINATIONS = new Set([
  "fonttbl", "colortbl", "stylesheet", "info", "pict", "objdata", "objclass", "header", "footer", "headerl", "headerr",
  "headerf", "footerl", "footerr", "footerf", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
  "themedata", "colorschememapping", "latentstyles", "datastore", "pgdsctbl", "revtbl", "filetbl", "mmathPr", "defchp",
  "defpap", "nonshppict", "sp", "fldinst", "bkmkstart", "bkmkend", "xe", "tc", "template", "userprops", "docvar",
  "ftnsep", "ftnsepc", "ftncn", "aftnsep", "aftnsepc", "aftncn", "pnseclvl", "listpicture", "wgrffmtfilter", "footnote",
  "annotation", "atnid", "atnauthor", "fchars", "lchars", "pntxta", "pntxtb",
]);

const SYMBOLS: Record<string, string> = {
  emdash: "\u2014", endash: "\u2013", lquote: "\u2018", rquote: "\u2019", ldblquote: "\u201c", rdblquote: "\u201d",
  bullet: "\u2022", emspace: " ", enspace: " ", qmspace: " ",
};

interface GroupState {
  skip: boolean;
  /** Fallback characters after `\uN`. */
  uc: number;
  bold: boolean;
  /** Font size in half-points (`\fs`). */
  fontSize: number;
}

interface ParagraphState {
  inTable: boolean;
  style: number;
  outlineLevel?: number;
  /** A positioned frame's place on the page, in twips (`\posx`, `\posy`): a report writer's field. */
  posx?: number;
  posy?: number;
}

/** A paragraph set in a frame at a place of its own on a page (Crystal Reports' "exact" RTF: every field a frame). */
export interface PlacedParagraph {
  page: number;
  /** Left edge and top, in points. */
  x: number;
  top: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
  text: string;
}

const TOKEN = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/gy;

/** An RTF document's body as HTML, with the title its information group gives. */
export function rtfToHtml(rtf: string): { html: string; flowHtml: string; title?: string; placed: PlacedParagraph[] } {
  const codePage = /\\ansicpg(\d+)/.exec(rtf)?.[1] ?? "1252";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(`windows-${codePage}`);
  } catch {
    decoder = new TextDecoder("windows-1252");
  }
  const styles = styleNames(rtf);
  const stack: GroupState[] = [];
  let group: GroupState = { skip: false, uc: 1, bold: false, fontSize: 24 };
  const placed: PlacedParagraph[] = [];
  /** The blocks that are framed paragraphs, by index. */
  const framed = new Set<number>();
  let page = 1;
  let paragraph: ParagraphState = { inTable: false, style: 0 };
  let groupStart = false; // the token read is the first of its group
  let fallbackLeft = 0;
  let bytes: number[] = [];
  let title: string | undefined;
  let titleDepth = -1;
  let titleText = "";

  const blocks: string[] = [];
  let runs = ""; // the current paragraph's HTML
  let boldOpen = false;
  let cell: string[] = [];
  let row: string[] = [];
  let rows: string[] = [];

  const emitText = (text: string) => {
    if (!text) return;
    if (titleDepth >= 0 && stack.length >= titleDepth) titleText += text;
    if (group.skip) return;
    if (group.bold !== boldOpen) {
      runs += group.bold ? "<strong>" : "</strong>";
      boldOpen = group.bold;
    }
    runs += escapeHtml(text);
  };
  const flushBytes = () => {
    if (!bytes.length) return;
    // (Node's decoder leaves Windows-1252's punctuation, 0x80–0x9F, as control characters.)
    const text = withWindowsPunctuation(decoder.decode(new Uint8Array(bytes)));
    bytes = [];
    emitText(text);
  };
  const takeParagraph = (): string => {
    if (boldOpen) runs += "</strong>";
    boldOpen = false;
    const html = runs.trim();
    runs = "";
    return html;
  };
  const closeTable = () => {
    if (cell.length || row.length) endRow();
    if (rows.length) blocks.push(`<table>${rows.join("")}</table>`);
    rows = [];
  };
  const endParagraph = () => {
    const html = takeParagraph();
    // (A framed paragraph is set where its frame is: noted with its place, to be read by position where the
    // document is all frames, and kept in the flow where it is a text box or two.)
    if (paragraph.posy !== undefined && !paragraph.inTable && html) {
      const text = decodeXml(html.replace(/<[^>]+>/g, "")).trim();
      if (text) placed.push({ page, x: (paragraph.posx ?? 0) / 20, top: paragraph.posy / 20, size: group.fontSize / 2, bold: html.startsWith("<strong>"), text });
      closeTable();
      framed.add(blocks.length);
      const level = headingLevel(styles.get(paragraph.style), paragraph.outlineLevel);
      blocks.push(level ? `<h${level}>${html}</h${level}>` : `<p>${html}</p>`);
      return;
    }
    if (paragraph.inTable) {
      if (html) cell.push(`<p>${html}</p>`);
      return;
    }
    closeTable();
    if (!html) return;
    const level = headingLevel(styles.get(paragraph.style), paragraph.outlineLevel);
    blocks.push(level ? `<h${level}>${html}</h${level}>` : `<p>${html}</p>`);
  };
  const endCell = () => {
    const html = takeParagraph();
    if (html) cell.push(`<p>${html}</p>`);
    row.push(`<td>${cell.join("")}</td>`);
    cell = [];
  };
  const endRow = () => {
    if (cell.length || runs.trim()) endCell();
    if (row.length) rows.push(`<tr>${row.join("")}</tr>`);
    row = [];
  };

  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < rtf.length && (m = TOKEN.exec(rtf))) {
    const [, word, param, hex, symbol, brace, text] = m;
    const first = groupStart;
    groupStart = false;
    if (hex !== undefined) {
      if (fallbackLeft > 0) fallbackLeft--;
      else bytes.push(parseInt(hex, 16));
      continue;
    }
    flushBytes();
    if (brace === "{") {
      stack.push(group);
      group = { ...group };
      groupStart = true;
      continue;
    }
    if (brace === "}") {
      if (titleDepth >= 0 && stack.length === titleDepth) {
        title = titleText.trim() || undefined;
        titleDepth = -1;
      }
      group = stack.pop() ?? group;
      continue;
    }
    if (text !== undefined) {
      let rest = text;
      if (fallbackLeft > 0) {
        const skipped = Math.min(fallbackLeft, rest.length);
        rest = rest.slice(skipped);
        fallbackLeft -= skipped;
      }
      emitText(rest);
      continue;
    }
    if (symbol !== undefined) {
      if (symbol === "*") {
        if (first) group.skip = true;
      } else if (symbol === "\n" || symbol === "\r") {
        if (!group.skip) endParagraph();
      } else if (fallbackLeft > 0) fallbackLeft--;
      else if (symbol === "~") emitText(" ");
      else if (symbol === "_") emitText("-");
      else if (symbol === "{" || symbol === "}" || symbol === "\\") emitText(symbol);
      // (`\-`, an optional hyphen, is not shown; `\:` marks an index entry's level.)
      continue;
    }
    if (word === undefined) continue; // a line break in the file, not in the document
    const n = param === undefined ? undefined : Number(param);
    if (word === "bin") {
      TOKEN.lastIndex += n ?? 0; // binary data (a picture's bytes) is not text
      continue;
    }
    if (SKIPPED_DESTINATIONS.has(word)) {
      group.skip = true;
      continue;
    }
    if (word === "title" && stack.length >= 2) {
      // (Inside \info, itself skipped: the document's title is kept for the hints.)
      titleDepth = stack.length;
      titleText = "";
      continue;
    }
    if (word === "u") {
      emitText(String.fromCharCode(n === undefined ? 0x3f : n < 0 ? n + 65536 : n));
      fallbackLeft = group.uc;
      continue;
    }
    if (fallbackLeft > 0) fallbackLeft = 0;
    if (group.skip) continue;
    switch (word) {
      case "uc":
        group.uc = n ?? 1;
        break;
      case "par":
      case "sect":
        endParagraph();
        break;
      case "page":
        endParagraph();
        page++;
        break;
      case "posx":
        paragraph.posx = n;
        break;
      case "posy":
        paragraph.posy = n;
        break;
      case "fs":
        group.fontSize = n ?? 24;
        break;
      case "pard":
        paragraph = { inTable: false, style: 0 };
        break;
      case "intbl":
        paragraph.inTable = true;
        break;
      case "s":
        paragraph.style = n ?? 0;
        break;
      case "outlinelevel":
        paragraph.outlineLevel = n;
        break;
      case "cell":
        endCell();
        break;
      case "row":
        endRow();
        break;
      case "nestcell":
      case "nestrow":
        emitText(" ");
        break;
      case "line":
        runs += "<br>";
        break;
      case "tab":
        emitText(" ");
        break;
      case "plain":
        group.bold = false;
        break;
      case "b":
        group.bold = n !== 0;
        break;
      default:
        if (word in SYMBOLS) emitText(SYMBOLS[word]!);
    }
  }
  flushBytes();
  endParagraph();
  closeTable();
  const outline = framed.size ? undefined : outlineBodyAsLists(blocks);
  if (outline) blocks.splice(0, blocks.length, ...outline);
  const flowHtml = blocks.filter((_, k) => !framed.has(k)).join("\n");
  return { html: blocks.join("\n"), flowHtml, ...(title ? { title } : {}), placed };
}

/** A bullet character a point's text opens with: the mark PowerPoint drew for it. */
const OUTLINE_BULLET = /^\s*[•◦▪■○‣⁃–—-]\s+/;

/** The fewest paragraphs of an outline, and the share of them at body levels, for it to be read as one. */
const MIN_OUTLINE_PARAGRAPHS = 6;
const MIN_BODY_SHARE = 0.3;

/**
 * A presentation saved as an outline (PowerPoint's "Outline/RTF") writes every paragraph as a heading: a
 * slide's title at the first level, each line of its body text a level down ("Heading 2", "Heading 3"), as
 * PowerPoint's own outline shows them. A document that is nothing but headings, a good share of them below
 * the first level and reading as sentences, is such an outline: its first level are titles, the rest the
 * bullet points under them, nested by level. Undefined for any other document.
 */
function outlineBodyAsLists(blocks: string[]): string[] | undefined {
  const levels = blocks.map((b) => Number(/^<h([1-6])>/.exec(b)?.[1] ?? 0));
  if (blocks.length < MIN_OUTLINE_PARAGRAPHS || levels.some((l) => l === 0)) return undefined;
  const body = blocks.filter((_, k) => levels[k]! >= 2);
  const words = (b: string) => b.replace(/<[^>]+>/g, " ").split(/\s+/).filter(Boolean).length;
  if (body.length < MIN_BODY_SHARE * blocks.length || body.filter((b) => words(b) >= 6).length < body.length / 2) return undefined;
  const out: string[] = [];
  // Open lists, each with its last item still open, so that a deeper point nests inside the point above it.
  let depth = 0;
  const closeTo = (to: number) => {
    for (; depth > to; depth--) out.push("</li></ul>");
  };
  blocks.forEach((b, k) => {
    const level = levels[k]!;
    // (The bullet PowerPoint drew, kept as the paragraph's list text (`\pntext`), is the list's own mark.)
    const inner = b.replace(/^<h[1-6]>|<\/h[1-6]>$/g, "").replace(OUTLINE_BULLET, "");
    if (level === 1) {
      closeTo(0);
      out.push(b);
      return;
    }
    const want = level - 1;
    if (want <= depth) {
      closeTo(want);
      out.push("</li><li>", inner);
      return;
    }
    for (; depth < want; depth++) out.push("<ul><li>");
    out.push(inner);
  });
  closeTo(0);
  return [out.join("")];
}

/** The fewest framed paragraphs that make a document of placed fields (a report writer's export), not a flowing one with a text box or two. */
const MIN_PLACED = 20;

/** A report's field with its label: "Printed: 05/01/2362 09:14". */
const LABELLED_FIELD = /^[A-Z][\w ]{1,30}:\s+\S/;

/** Frames this close in points (left edges, tops) are in the same column or on the same line. */
const SAME_PLACE = 2;

/**
 * Framed paragraphs read as a report writer lays them out: frames at the same height are one line, left to
 * right; a line of three or more bold frames is a table's column headings, and the lines below whose
 * frames start at those columns are its rows, a band's single field (a group's name, its count) a row of
 * one cell, until a line of another shape or a larger heading. A frame never runs on into another, so a
 * line is never a wrapped cell. Lines repeated at the same place on every page are the page header, printed
 * once, on the first page, and the page footer ("Page 1 of 2"), left out.
 */
function placedText(placed: PlacedParagraph[]): string {
  const lines: PlacedParagraph[][] = [];
  for (const p of [...placed].sort((a, b) => a.page - b.page || a.top - b.top || a.x - b.x)) {
    const last = lines[lines.length - 1];
    if (last && last[0]!.page === p.page && Math.abs(last[0]!.top - p.top) <= SAME_PLACE) last.push(p);
    else lines.push([p]);
  }
  const pageCount = new Set(placed.map((p) => p.page)).size;
  const lineKey = (line: PlacedParagraph[]) => `${Math.round(line[0]!.top)}|${line.map((p) => p.text.replace(/\d+/g, "#")).join("|")}`;
  const pagesOf = new Map<string, Set<number>>();
  for (const line of lines) pagesOf.set(lineKey(line), (pagesOf.get(lineKey(line)) ?? new Set()).add(line[0]!.page));
  const out: string[] = [];
  let columns: { x: number[]; size: number } | undefined;
  const endTable = () => {
    if (columns) out.push("");
    columns = undefined;
  };
  const repeatedLine = (line: PlacedParagraph[]) => pageCount > 1 && pagesOf.get(lineKey(line))!.size === pageCount;
  // (A repeated line below all of its page's own lines is the page footer: the report's file, "Page 1 of 2".)
  const lastOwnTop = new Map<number, number>();
  for (const line of lines) if (!repeatedLine(line)) lastOwnTop.set(line[0]!.page, line[0]!.top);
  for (const line of lines) {
    const repeated = repeatedLine(line);
    if (repeated && (line[0]!.page > 1 || line[0]!.top > (lastOwnTop.get(line[0]!.page) ?? Infinity))) continue;
    const columnOf = (p: PlacedParagraph) => columns?.x.findIndex((x) => Math.abs(x - p.x) <= SAME_PLACE) ?? -1;
    if (line.length >= 3 && line.every((p) => p.bold)) {
      endTable();
      columns = { x: line.map((p) => p.x), size: Math.max(...line.map((p) => p.size)) };
      out.push(line.map((p) => p.text).join("\t"));
      continue;
    }
    if (columns && line.every((p) => columnOf(p) >= 0 && p.size <= columns!.size + 0.5)) {
      const cells = columns.x.map(() => "");
      for (const p of line) cells[columnOf(p)] = cells[columnOf(p)] ? `${cells[columnOf(p)]} ${p.text}` : p.text;
      out.push(cells.join("\t"));
      continue;
    }
    endTable();
    // (Fields side by side, "Body: …" and "Printed: 05/01/2362", are a line each: each is labelled.)
    if (line.length > 1 && line.every((p) => LABELLED_FIELD.test(p.text))) for (const p of line) out.push(p.text, "");
    else out.push(line.map((p) => p.text).join(" "), "");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** A heading's level by its style's name ("heading 2", "Title") or the paragraph's outline level. */
function headingLevel(styleName: string | undefined, outlineLevel: number | undefined): number | undefined {
  const named = styleName && /^heading\s*([1-6])$/i.exec(styleName.trim());
  if (named) return Number(named[1]);
  if (styleName && /^title$/i.test(styleName.trim())) return 1;
  return outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel <= 5 ? outlineLevel + 1 : undefined;
}

/** The paragraph styles' names by number, from the stylesheet (`{\s1 … heading 1;}`; style 0 unnumbered). */
function styleNames(rtf: string): Map<number, string> {
  const names = new Map<number, string>();
  const start = rtf.indexOf("{\\stylesheet");
  if (start < 0) return names;
  let depth = 0;
  let end = start;
  for (; end < rtf.length; end++) {
    if (rtf[end] === "\\") end++;
    else if (rtf[end] === "{") depth++;
    else if (rtf[end] === "}" && --depth === 0) break;
  }
  for (const [entry] of rtf.slice(start + 1, end).matchAll(/\{(?:[^{}]|\{[^{}]*\})*\}/g)) {
    if (/^\{\\\*/.test(entry)) continue; // character and table styles
    const number = Number(/\\s(\d+)/.exec(entry)?.[1] ?? 0);
    const name = entry
      .slice(1, -1)
      .replace(/\{[^{}]*\}/g, "")
      .replace(/\\[a-zA-Z]+-?\d* ?/g, "")
      .replace(/[{};]/g, "")
      .trim();
    if (name) names.set(number, name);
  }
  return names;
}

/** Load an .rtf file as text (headings as `#` lines, table rows as TAB-separated lines). */
export async function loadRtf(path: string): Promise<LoadedText> {
  const buf = await readSource(path);
  const rtf = buf.toString("latin1");
  if (!/^\s*\{\\rtf/.test(rtf)) throw new LoadError(path, "not an RTF document (no {\\rtf header)");
  const { html, flowHtml, title, placed } = rtfToHtml(rtf);
  // (A report writer's export, all frames, read by where they sit; else every paragraph in the flow.)
  const text = placed.length >= MIN_PLACED ? [htmlToText(flowHtml), placedText(placed)].filter((t) => t.trim()).join("\n\n") : htmlToText(html);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new LoadError(path, "no extractable text");
  return { format: "docx", text, ...(title ? { hints: { title } } : {}) };
}
