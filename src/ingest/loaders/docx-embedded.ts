/**
 * Objects embedded in a Word document, whose content document.xml does not hold: mammoth drops them, so
 * their words were lost.
 *
 * Excel worksheets pasted as objects (Paste Special → "Microsoft Excel Worksheet Object"): Word shows a
 * picture of the cells and keeps the workbook itself in `word/embeddings/`. Finance officers paste budget
 * contents this way. Each such object is read as the cells its picture shows: the workbook's active sheet
 * within the range Word displays (`<oleSize ref>`), hidden rows and columns left out, numbers as Excel
 * shows them through their number format ("#,##0;(#,##0);"–"" turns -19500 into "(19,500)" and 0 into
 * "–"). The workbook's other sheets (a superseded forecast, workings) are not on the page, so they are not
 * read.
 *
 * Word documents inserted as objects (Insert → Object → "Create from file", often "Display as icon"): a
 * paper's appendices sent inside it. The page shows only an icon; a reader double-clicks it and reads the
 * document, so its text is read where the icon sits.
 *
 * Each object is marked in document.xml before conversion and the mark replaced after it.
 */
import JSZip from "jszip";
import { format as formatNumber } from "numfmt";
import { decodeXml, escapeHtml, relationshipTargets } from "./ooxml-parts.js";
import { columnIndex } from "../sheet-grid.js";

const OPEN = "\uE014";
const CLOSE = "\uE015";
const OBJECT = /<w:object\b[^>]*>[\s\S]*?<\/w:object>/g;
const MARK = new RegExp(`(?:<p>)?${OPEN}([^${CLOSE}<]+)${CLOSE}(?:</p>)?`, "g");

/** document.xml with each embedded Excel worksheet or Word document replaced by a mark naming its relationship. */
export function withEmbeddedObjectMarks(documentXml: string): string {
  return documentXml.replace(OBJECT, (object) => {
    const ole = /<o:OLEObject\b[^>]*>/.exec(object)?.[0] ?? "";
    const id = /\br:id="([^"]+)"/.exec(ole)?.[1];
    if (!id || !/\bProgID="(?:Excel\.Sheet|Word\.Document)/i.test(ole)) return object;
    return `<w:t>${OPEN}${id}${CLOSE}</w:t>`;
  });
}

/**
 * mammoth's HTML with each object's mark replaced by its content: a worksheet's shown cells, a Word
 * document's HTML as `documentHtml` reads it (left out if it cannot be read).
 */
export async function withEmbeddedObjects(html: string, zip: JSZip, documentHtml: (bytes: Buffer) => Promise<string>): Promise<string> {
  if (!html.includes(OPEN)) return html;
  const targets = await relationshipTargets(zip, "word/_rels/document.xml.rels", "word/");
  const contents = new Map<string, string>();
  for (const [, id] of html.matchAll(MARK)) {
    const target = targets.get(id!);
    if (contents.has(id!) || !target) continue;
    if (/\.xls[xm]$/i.test(target)) {
      const bytes = await zip.file(target)?.async("uint8array");
      const rows = bytes ? await shownCells(bytes).catch(() => []) : [];
      contents.set(id!, worksheetHtml(rows));
    } else if (/\.doc[xm]$/i.test(target)) {
      const bytes = await zip.file(target)?.async("nodebuffer");
      contents.set(id!, bytes ? await documentHtml(bytes).catch(() => "") : "");
    }
  }
  return html.replace(MARK, (_whole, id: string) => contents.get(id) ?? "");
}

/**
 * The rows of cells (as displayed) that a worksheet object shows: the active sheet, within the workbook's
 * `oleSize` range (else the sheet's used range), without hidden rows or columns.
 */
export async function shownCells(workbookBytes: Uint8Array): Promise<string[][]> {
  const book = await JSZip.loadAsync(workbookBytes);
  const workbook = (await book.file("xl/workbook.xml")?.async("string")) ?? "";
  const sheetEntries = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([s]) => s);
  const activeTab = Number(/<workbookView\b[^>]*\bactiveTab="(\d+)"/.exec(workbook)?.[1] ?? 0);
  const sheetId = /\br:id="([^"]+)"/.exec(sheetEntries[activeTab] ?? sheetEntries[0] ?? "")?.[1];
  const sheets = await relationshipTargets(book, "xl/_rels/workbook.xml.rels", "xl/");
  const sheetPath = (sheetId && sheets.get(sheetId)) || "xl/worksheets/sheet1.xml";
  const sheet = (await book.file(sheetPath)?.async("string")) ?? "";
  const shared = sharedStrings((await book.file("xl/sharedStrings.xml")?.async("string")) ?? "");
  const formats = cellFormats((await book.file("xl/styles.xml")?.async("string")) ?? "");
  const range = parseRange(/<oleSize\b[^>]*\bref="([^"]+)"/.exec(workbook)?.[1] ?? /<dimension\b[^>]*\bref="([^"]+)"/.exec(sheet)?.[1]);
  const hiddenColumns = new Set<number>();
  for (const [col] of sheet.matchAll(/<col\b[^>]*>/g)) {
    if (!/\bhidden="(?:1|true)"/.test(col)) continue;
    const min = Number(/\bmin="(\d+)"/.exec(col)?.[1] ?? 0);
    const max = Number(/\bmax="(\d+)"/.exec(col)?.[1] ?? min);
    for (let k = min; k <= max; k++) hiddenColumns.add(k - 1);
  }
  const grid = new Map<number, Map<number, string>>();
  for (const [, rowAttrs, rowBody] of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    if (/\bhidden="(?:1|true)"/.test(rowAttrs!)) continue;
    for (const [, attrs, body] of (rowBody ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+)(\d+)"/.exec(attrs!);
      if (!ref) continue;
      const column = columnIndex(ref[1]!);
      const row = Number(ref[2]) - 1;
      if (hiddenColumns.has(column) || (range && (row < range.top || row > range.bottom || column < range.left || column > range.right))) continue;
      const text = cellText(attrs!, body ?? "", shared, formats).trim();
      if (!text) continue;
      if (!grid.has(row)) grid.set(row, new Map());
      grid.get(row)!.set(column, text);
    }
  }
  const columns = [...new Set([...grid.values()].flatMap((cells) => [...cells.keys()]))].sort((a, b) => a - b);
  return [...grid.keys()].sort((a, b) => a - b).map((row) => columns.map((column) => grid.get(row)!.get(column) ?? ""));
}

/**
 * A worksheet's shown cells as HTML: a lone cell above or below the table (its caption, "Table 5.1: …"; a
 * note under it) as a paragraph, the rest as a table.
 */
function worksheetHtml(rows: string[][]): string {
  const lone = (row: string[] | undefined) => !!row && row.length >= 2 && row.filter(Boolean).length === 1;
  let start = 0;
  let end = rows.length;
  while (start < end && lone(rows[start])) start++;
  while (end > start && lone(rows[end - 1])) end--;
  const paragraph = (row: string[]) => `<p>${escapeHtml(row.find(Boolean)!)}</p>`;
  const table = rows.slice(start, end);
  return [
    ...rows.slice(0, start).map(paragraph),
    table.length ? `<table>${table.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("")}</table>` : "",
    ...rows.slice(end).map(paragraph),
  ].join("");
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1:F11" as zero-based bounds; a single cell "A1" as a range of one. */
function parseRange(ref: string | undefined): Range | undefined {
  const m = ref && /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const [left, top] = [columnIndex(m[1]!), Number(m[2]) - 1];
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left };
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, item]) => runText(item!));
}

/** The text of a string item's runs (`<t>` directly or inside `<r>`), without phonetic guides (`<rPh>`). */
function runText(item: string): string {
  return decodeXml([...item.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map(([, t]) => t).join(""));
}

/**
 * Excel's built-in number formats by id, as an English (UK) Excel shows them (ids 14 and 22 follow the
 * system's short date, day first in the UK).
 */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "dd/mm/yyyy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: "dd/mm/yyyy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** The number format of each cell style (`s="2"` is the third `<xf>` of `<cellXfs>`). */
function cellFormats(styles: string): string[] {
  const custom = new Map<number, string>();
  for (const [, id, code] of styles.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*\bformatCode="([^"]*)"/g)) custom.set(Number(id), decodeXml(code!));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map(([xf]) => {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(xf)?.[1] ?? 0);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General";
  });
}

/** A cell's text as Excel displays it: a string as it is, a number (or a formula's cached value) through its format. */
function cellText(attrs: string, body: string, shared: string[], formats: string[]): string {
  const type = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? "n";
  if (type === "inlineStr") return runText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
  const value = /<v>([^<]*)<\/v>/.exec(body)?.[1];
  if (value === undefined) return "";
  if (type === "s") return shared[Number(value)] ?? "";
  if (type === "b") return value === "1" ? "TRUE" : "FALSE";
  if (type !== "n") return decodeXml(value);
  const number = Number(value);
  if (!Number.isFinite(number)) return decodeXml(value);
  const code = formats[Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)] ?? "General";
  try {
    return formatNumber(code, number, { locale: "en-GB" });
  } catch {
    return value;
  }
}
