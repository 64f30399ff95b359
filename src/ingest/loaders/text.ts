/**
 * Plain-text and markdown loader: the file's text as it is (UTF-8, or UTF-16 with its BOM; BOM stripped, CRLF/CR
 * normalised to LF).
 * Refuses what is not text: invalid UTF-8, NUL bytes or other binary content, empty files.
 * Markdown stays markdown (a later stage cleans it).
 */
import { extname } from "node:path";
import { stackedCellsToRows } from "./stacked-cells.js";
import { typesetPagesText } from "./layout-text.js";
import { isTodoTxt, todoTasksApart, todoTxtSpan } from "./todo-txt.js";
import { obsidianToMarkdown } from "./obsidian.js";
import { outlinerToMarkdown } from "./outliner.js";
import { orgToMarkdown } from "./org.js";
import { dokuWikiToMarkdown } from "./dokuwiki.js";
import { zimToMarkdown } from "./zim.js";
import { xWikiToMarkdown } from "./xwiki.js";
import { textileToMarkdown } from "./textile.js";
import { withSheetHeadersPromoted } from "./markitdown.js";
import { whatsAppToText, zoomChatToText } from "./chat.js";
import { asciiDocToMarkdown } from "./asciidoc.js";
import { icalendarToText, outlookItemEvent } from "./icalendar.js";
import { vcardToText } from "./vcard.js";
import { parse as parseYaml } from "yaml";
import { LoadError, readSource, type DocumentHints, type LoadedText } from "./types.js";
import { STATUS_EMOJI } from "../vocabulary.js";
import { mermaidToMarkdown } from "./mermaid.js";
import { mystToMarkdown } from "./myst.js";
import { flattenedReportText } from "./flattened-report.js";
import { parseCsv } from "./csv.js";
import { workItemRecords } from "./work-items.js";
import { notesExportToText } from "./notes-export.js";
import { cellsByGutters, gutterColumns } from "./fixed-width-gutters.js";
import { overflowColumnsBeside } from "./formatted-text.js";
import { surveyExportAnswers } from "./survey-export.js";
import { longFormWidened } from "./long-form.js";

export interface DecodeOptions {
  /**
   * Fall back to a single-byte encoding when the bytes are not valid UTF-8 instead of refusing: Windows-1252
   * for HTML; for text, whichever of Windows-1252 and Mac OS Roman reads as text (Excel saves CSV in either).
   */
  allowLatin1?: boolean | "text";
}

/**
 * Decode file bytes as UTF-8 text (or UTF-16 with its byte order mark), refusing binary content. Strips a
 * BOM and normalises line ends.
 * Throws LoadError (reason: empty file / binary / invalid UTF-8).
 */
export function decodeUtf8Text(buf: Uint8Array, name: string, opts: DecodeOptions = {}): string {
  if (buf.length === 0) throw new LoadError(name, "empty file");
  // UTF-16 with a byte order mark is text too: Windows tools save "Unicode text" so (a Teams attendance
  // report, Excel's "Unicode Text", Notepad's "Unicode").
  const utf16 = buf[0] === 0xff && buf[1] === 0xfe ? "utf-16le" : buf[0] === 0xfe && buf[1] === 0xff ? "utf-16be" : undefined;
  if (!utf16 && buf.includes(0)) throw new LoadError(name, "binary content (contains NUL bytes), not a text file");
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(buf);
  } catch {
    if (utf16) throw new LoadError(name, `invalid ${utf16.toUpperCase()} text`);
    if (!opts.allowLatin1) {
      const at = firstInvalidUtf8(buf);
      throw new LoadError(name, `invalid UTF-8 (first bad byte at offset ${at}); the file must be UTF-8 text`);
    }
    text = opts.allowLatin1 === "text" ? decodeSingleByte(buf) : decodeWindows1252(buf);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  if (looksBinary(text)) throw new LoadError(name, "binary content (control characters), not a text file");
  return text;
}

/** Characters a paper's text is made of beyond ASCII: pound signs, dashes, curly quotes, accented letters. */
const LIKELY_CHAR = /[£€–—‘’“”•…éèêëàâäçôöüûïîøåñáíóú°½¼¾·]/g;
/** Characters that show a wrong guess: control codes, or letters a mis-read dash or quote becomes. */
const UNLIKELY_CHAR = /[\u0080-\u009fÐÕÒÓ¿¥ŽÃÂ¶ª]/g;

/**
 * Text in a single-byte encoding: Windows-1252 (Excel and Notepad on Windows) or Mac OS Roman (Excel for
 * Mac's "Comma Separated Values"), whichever reads as a paper's characters ("£", "–", "’") rather than
 * control codes and stray letters ("Ð", "Õ").
 */
function decodeSingleByte(buf: Uint8Array): string {
  const fit = (t: string) => (t.match(LIKELY_CHAR)?.length ?? 0) - 2 * (t.match(UNLIKELY_CHAR)?.length ?? 0);
  const windows = decodeWindows1252(buf);
  let mac: string | undefined;
  try {
    mac = new TextDecoder("macintosh").decode(buf);
  } catch {
    mac = undefined;
  }
  return mac !== undefined && fit(mac) > fit(windows) ? mac : windows;
}

/** Windows-1252's characters at 0x80-0x9F (where Latin-1 has control codes); undefined bytes stay as they are. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Windows-1252's characters where a decoder read its bytes 0x80-0x9F as control codes ("–" as U+0096): text
 * in that character set keeps its dashes, quotes and euro sign.
 */
export const withWindowsPunctuation = (s: string) => s.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);

/**
 * Windows-1252 text (web pages saved from Word): Latin-1 but for 0x80-0x9F, its dashes, quotes and euro
 * sign. (Node's own decoder may be built without it and read those bytes as control codes.)
 */
function decodeWindows1252(buf: Uint8Array): string {
  return withWindowsPunctuation(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("latin1"));
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
  const toml = TOML_FRONT_MATTER.exec(text);
  if (toml) return readTomlFrontMatter(text, toml);
  const m = FRONT_MATTER.exec(text);
  if (!m) return { text };
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch {
    // (A wiki that writes its page's block without quoting, "title: Item 4: Weir repairs", which is no YAML: its
    // lines read as a key and the rest of the line, as the wiki reads them back.)
    data = looseFrontMatter(m[1]!);
    if (!data) return { text };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return { text };
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value instanceof Date) fields[key.toLowerCase()] = value.toISOString().slice(0, 10);
    else if (typeof value === "string" || typeof value === "number") fields[key.toLowerCase()] = String(value).trim();
  }
  // (Front matter holding only a tool's settings, "kanban-plugin: basic", says nothing a reader reads.)
  const describes = Object.values(fields).some((v) => /\s|\d/.test(v));
  const body = describes ? `\n${m[1]}\n\n${text.slice(m[0].length)}` : `\n${m[1]!.replace(/[^\n]/g, "")}\n\n${text.slice(m[0].length)}`;
  return { text: body, hints: { ...(fields.title ? { title: fields.title } : {}), fields } };
}

/** Front matter of "key: value" lines alone, read a line a field; undefined when any line is not one. */
function looseFrontMatter(block: string): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  for (const line of block.split("\n")) {
    if (!line.trim()) continue;
    const kv = /^([A-Za-z][\w-]*):[ \t]*(.*)$/.exec(line);
    if (!kv) return undefined;
    // (A time stamp as YAML reads one: its day.)
    const value = kv[2]!.trim().replace(/^"(.*)"$|^'(.*)'$/, "$1$2");
    fields[kv[1]!] = /^\d{4}-\d{2}-\d{2}[T ][\d:.]+Z?$/.test(value) ? value.slice(0, 10) : value;
  }
  return Object.keys(fields).length ? fields : undefined;
}

const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;

/**
 * TOML front matter, as a static-site generator's page has it ("+++" lines around `title = "…"`, a
 * `[params]` table of `panel = "…"`, `meeting = 2063-11-14`): its plain values as hints, a table's keys as
 * their own (`[params] author` is `author`), arrays of tables and inline arrays left out. The fences are
 * blanked; its lines stay in the text, as YAML front matter's do.
 */
function readTomlFrontMatter(text: string, m: RegExpExecArray): { text: string; hints?: DocumentHints } {
  const fields: Record<string, string> = {};
  let inArrayOfTables = false;
  for (const line of m[1]!.split("\n")) {
    const t = line.trim();
    if (/^\[\[.*\]\]$/.test(t)) inArrayOfTables = true;
    else if (/^\[.*\]$/.test(t)) inArrayOfTables = false;
    if (inArrayOfTables) continue;
    const kv = /^([A-Za-z][\w-]*)\s*=\s*(.+)$/.exec(t);
    if (!kv) continue;
    const raw = kv[2]!.trim();
    const value = /^"(.*)"$|^'(.*)'$/.exec(raw);
    const plain = value ? (value[1] ?? value[2]!) : /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/.test(raw) ? raw.slice(0, 10) : /^[\d.]+$/.test(raw) ? raw : undefined;
    const key = kv[1]!.toLowerCase().replace(/_/g, " ");
    if (plain !== undefined && !(key in fields)) fields[key] = plain.trim();
  }
  const body = `\n${m[1]}\n\n${text.slice(m[0].length)}`;
  return { text: body, hints: { ...(fields.title ? { title: fields.title } : {}), fields } };
}

/** How many lines at a page's top or foot may be its running header or footer. */
const FURNITURE_LINES = 4;

/**
 * A text printed page by page (pages split by form feeds) repeats a running header and footer on every
 * page ("Panel – 24 April 2030", "Item 7 – …", "Page 2 of 4"): they are page furniture, dropped where they
 * interrupt the text (the first page's header is kept: it is the paper's heading), so that a table or a
 * paragraph cut by a page break reads on. A line is furniture when it opens or closes (within a few lines)
 * at least two pages, its numbers aside.
 */
export function withoutPageFurniture(text: string): string {
  const pages = text.split("\f");
  if (pages.length < 2) return text;
  const shape = (line: string) => line.trim().replace(/\d+/g, "#").replace(/\s+/g, " ");
  const edges = pages.map((page) => {
    const lines = page.split("\n");
    const filled = lines.map((l, k) => (l.trim() ? k : -1)).filter((k) => k >= 0);
    return { lines, top: filled.slice(0, FURNITURE_LINES), foot: filled.slice(-FURNITURE_LINES) };
  });
  const count = (zone: "top" | "foot") => {
    const seen = new Map<string, number>();
    for (const e of edges) for (const key of new Set(e[zone].map((k) => shape(e.lines[k]!)))) seen.set(key, (seen.get(key) ?? 0) + 1);
    return seen;
  };
  const tops = count("top");
  const feet = count("foot");
  const repeated = (seen: Map<string, number>, line: string) => (seen.get(shape(line)) ?? 0) >= 2;
  return edges
    .map((e, n) => {
      const drop = new Set([...(n > 0 ? e.top.filter((k) => repeated(tops, e.lines[k]!)) : []), ...e.foot.filter((k) => repeated(feet, e.lines[k]!))]);
      return e.lines.filter((_, k) => !drop.has(k)).join("\n");
    })
    .join("\n");
}

/** A line of two labels set apart, each over a list: "Members present:          Apologies:". */
const TWO_LABELS = /^(\s*)(\S[^:]{0,40}:)( {3,})(\S[^:]{0,40}:)\s*$/;
/** How far a column's lines may start from its label (typed or scanned text drifts). */
const COLUMN_DRIFT = 8;

/**
 * Two lists typed side by side under two labels ("Members present:" and "Apologies:", as minutes set their
 * attendance): the left list's lines, then the right's, each under its label, so each reads as a list of
 * its own. A line is split at its last wide gap near the right label's column; a line starting that far in
 * is the right list's alone. The lists end at a blank line.
 */
export function sideBySideLists(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = TWO_LABELS.exec(lines[i]!);
    if (!m) {
      out.push(lines[i]!);
      continue;
    }
    const right = m[1]!.length + m[2]!.length + m[3]!.length;
    const [left, rightLines] = [[m[2]!], [m[4]!]];
    // (A line that goes on from the one above, broken after "and" or before a word in lower case, stays with
    // it: "Nadia Kapoor - Head of Environment and" then "Waste Policy".)
    const add = (list: string[], text: string) => {
      const last = list[list.length - 1]!;
      if (list.length > 1 && !/:$/.test(last) && (/\b(?:and|of|the|for|to|in|on|with|at|by)$|[&,–-]$/.test(last) || /^[a-z]/.test(text))) list[list.length - 1] += `\n${text}`;
      else list.push(text);
    };
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim(); j++) {
      const line = lines[j]!.trimEnd();
      const indent = line.search(/\S/);
      if (indent >= right - COLUMN_DRIFT) {
        add(rightLines, line.trim());
        continue;
      }
      const gaps = [...line.matchAll(/ {3,}(?=\S)/g)].map((g) => g.index! + g[0].length).filter((at) => Math.abs(at - right) <= COLUMN_DRIFT);
      const at = gaps[gaps.length - 1];
      add(left, (at === undefined ? line : line.slice(0, at)).trim());
      if (at !== undefined) add(rightLines, line.slice(at).trim());
    }
    // (Only when both lists have lines, and the line under the labels has both: "Recommendation(s):   That
    // the Panel:" over its items is a label and its value.)
    const under = lines[i + 1] ?? "";
    const bothUnder = under.search(/\S/) < right - COLUMN_DRIFT && [...under.matchAll(/ {3,}(?=\S)/g)].some((g) => Math.abs(g.index! + g[0].length - right) <= COLUMN_DRIFT);
    if (left.length < 2 || rightLines.length < 2 || !bothUnder) {
      out.push(lines[i]!);
      continue;
    }
    // (Each line a paragraph of its own: a quote of one never runs into the next, which the page sets
    // beside a line of the other list.)
    out.push(...left.flatMap((l) => [l, ""]), ...rightLines.flatMap((l) => [l, ""]));
    i = j - 1;
  }
  return out.join("\n");
}

/** Where the cells of a line start: its first character and every character after a gap of 2+ spaces. */
function cellStarts(line: string): number[] {
  const starts: number[] = [];
  const first = line.search(/\S/);
  if (first < 0) return starts;
  starts.push(first);
  for (const m of line.matchAll(/ {2,}(?=\S)/g)) starts.push(m.index! + m[0].length);
  return starts;
}

const RULE_LINE = /^\s*[-=_+|]{3,}[-=_+| ]*$/;
const near = (a: number, b: number) => Math.abs(a - b) <= 1;

/**
 * Tables laid out with spaces (fixed-width columns, as plain-text exports and typed records have them):
 * runs of three or more lines whose gaps of two or more spaces line up become TAB-separated rows, so they
 * are read as tables like any other. A line of a run with text only under some columns continues the
 * row above in those columns (a wrapped cell). Prose with double spaces never lines up, and stays.
 */
export function fixedWidthToTabs(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    // A header over a rule of dashes per column: the rule says where the columns are, and the table goes
    // on over blank lines between its rows.
    const ruled = ruledTable(lines, i);
    if (ruled) {
      out.push(...(ruled.title !== undefined ? [ruled.title] : []), ...ruled.rows.map((r) => r.join("\t")));
      i = ruled.end;
      continue;
    }
    // A candidate run: consecutive lines with at least two cells (rule lines allowed inside).
    let j = i;
    while (j < lines.length && lines[j]!.trim() && !lines[j]!.includes("\t") && (cellStarts(lines[j]!).length >= 2 || RULE_LINE.test(lines[j]!) || (j > i && cellStarts(lines[j]!).length === 1 && /^ {2,}/.test(lines[j]!)))) j++;
    const run = lines.slice(i, j);
    const aligned = alignedColumns(run.filter((l) => !RULE_LINE.test(l))) ?? pairedColumns(run);
    // (Figures set right and ratings set in the middle of their columns start anywhere: the blank between
    // the columns finds more of them, in a table found by where its cells start, or alone in five lines or
    // more, most of them three cells apart by wide gaps, with four columns or more: a numbered paragraph's
    // number beside its text is not a table, nor is hard-wrapped prose whose spaces happen to line up.)
    const found = gutterColumns(run.filter((l) => !RULE_LINE.test(l)));
    const rowsOfCells = run.filter((l) => cellStarts(l).length >= 3).length >= 0.75 * run.length;
    const gutters = found && (aligned ? found.length + 1 > aligned.length : found.length >= 3 && run.length >= 5 && rowsOfCells) ? found : undefined;
    const columns = gutters ? [0, ...gutters.map((g) => g.to + 1)] : aligned;
    if ((j - i < 3 && !pairedColumns(run)) || !columns) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const rows: string[][] = [];
    // (A title over the table whose words run across its columns, "SCHEDULE C   BUDGET HOLDER …", is a line.)
    const breaksAt = (line: string) =>
      gutters
        ? gutters.every((g) => g.from >= line.trimEnd().length || line.slice(g.from, g.to + 1).includes(" "))
        : columns.slice(1).every((c) => c >= line.trimEnd().length || line[c - 1] === " ");
    if (!breaksAt(run[0]!) && run.length > 3) {
      out.push(run[0]!);
      i++;
      continue;
    }
    for (const line of run) {
      if (RULE_LINE.test(line)) continue;
      const cells = gutters ? cellsByGutters(line, gutters) : columns.map((c, k) => line.slice(c, k + 1 < columns.length ? columns[k + 1] : undefined).trim());
      // (A cell's text can start a column or two early; whatever runs across a boundary keeps its words.)
      const starts = cellStarts(line);
      const withinColumns = gutters
        ? gutters.every((g) => !line.slice(g.from, g.to + 1).trim())
        : starts.every((s) => columns.some((c) => near(c, s)));
      const continuation = rows.length > 0 && !cells[0] && withinColumns;
      if (continuation) {
        const previous = rows[rows.length - 1]!;
        cells.forEach((c, k) => {
          if (c) previous[k] = previous[k] ? `${previous[k]} ${c}` : c;
        });
      } else rows.push(cells);
    }
    for (const r of rows) out.push(r.join("\t"));
    i = j;
  }
  return out.join("\n");
}

/**
 * Two lines of two cells apart by a wide gap, the second cells starting in one column ("Cllr Noah
 * Brankstone        Wakefield Council" over another such line): a short list of names beside councils.
 */
function pairedColumns(run: string[]): number[] | undefined {
  if (run.length !== 2) return undefined;
  const wide = run.map((l) => [0, ...[...l.matchAll(/ {4,}(?=\S)/g)].map((m) => m.index! + m[0].length)]);
  const [a, b] = wide as [number[], number[]];
  const indents = run.map((l) => l.search(/\S/));
  return a.length === 2 && b.length === 2 && a[1] === b[1] && indents[0] === indents[1] && run.every((l) => new Set(cellStarts(l)).size === 2) ? [0, a[1]!] : undefined;
}

/** "--------  ----------  -----": one run of dashes per column. */
const COLUMN_RULE = /^ *-{2,}(?: +-{2,})+ *$/;

/**
 * A table whose header line is underlined column by column ("Ref   Outside body" over "----  -----------"):
 * the rule's dashes give the columns. Rows may be set apart by blank lines and wrap over several lines (a
 * line with nothing in the first column goes on with the row above). The table ends at a line whose text
 * runs across a column's edge, or at a line after a blank line that fills the first column alone.
 */
function ruledTable(lines: string[], i: number): { title?: string; rows: string[][]; end: number } | undefined {
  // (A header may take two lines: "Plots" over "planned".)
  const headerLines = COLUMN_RULE.test(lines[i + 1] ?? "") ? 1 : COLUMN_RULE.test(lines[i + 2] ?? "") && lines[i + 1]!.trim() ? 2 : 0;
  if (!headerLines || !lines[i]!.trim()) return undefined;
  const header = lines.slice(i, i + headerLines);
  const rule = lines[i + headerLines]!;
  const columns = [...rule.matchAll(/-+/g)].map((m) => m.index!);
  const fits = (line: string) => columns.slice(1).every((c) => line.trimEnd().length <= c || line[c - 1] === " ");
  if (columns.length < 2) return undefined;
  // (A title over the rule whose words run across its columns, "SCHEDULE C   BUDGET HOLDER COMMENTARY", is
  // the table's title: its rows have no header.)
  const titled = headerLines === 1 && !fits(header[0]!);
  if (!titled && !header.every(fits)) return undefined;
  const cellsOf = (line: string) => columns.map((c, k) => line.slice(k === 0 ? 0 : c, columns[k + 1]).trim());
  const rows: string[][] = titled ? [] : [columns.map((_, n) => header.map((h) => cellsOf(h)[n]).filter(Boolean).join(" "))];
  let k = i + headerLines + 1;
  let blank = false;
  // A line that goes on with the table: it keeps to the columns and fills two or more of them.
  const rowLike = (line: string | undefined) => !!line && fits(line) && cellsOf(line).filter(Boolean).length >= 2;
  // A group's heading over its rows ("GROUP 2  PROGRAMMES"): text in the first two columns only, running
  // across the edge between them, in capitals or with its number.
  const groupLine = (line: string) => {
    const text = line.trim();
    return !fits(line) && line.trimEnd().length <= (columns[2] ?? Infinity) && line.search(/\S/) < columns[1]! && (text === text.toUpperCase() || /^\S+\s+\d/.test(text));
  };
  const nextLine = (from: number) => lines.slice(from).find((l) => l.trim());
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.trim()) {
      blank = true;
      continue;
    }
    // (A closing rule under the last row ends the table; a rule over a total, or a double rule, does not
    // when rows follow it.)
    if (COLUMN_RULE.test(line) || /^ *(?:=+|-+)(?: +(?:=+|-+))* *$/.test(line)) {
      if (rowLike(nextLine(k + 1))) continue;
      k++;
      break;
    }
    if (groupLine(line)) {
      rows.push([line.trim(), ...columns.slice(1).map(() => "")]);
      blank = false;
      continue;
    }
    if (!fits(line)) break;
    const cells = cellsOf(line);
    const filled = cells.filter(Boolean).length;
    if (cells[0] && filled === 1 && blank) break;
    // (A line of figures under a row is a row of its own, a total, not more of the row above.)
    const figures = cells.some((c) => /^[(-]?[£$€]?\d[\d,.]*[-)%]?$/.test(c));
    // (A total's label that starts in the second column, "** GROUP 1 TOTAL", names its row.)
    if (!cells[0] && figures && cells[1] && /[A-Za-z]{3}/.test(cells[1])) [cells[0], cells[1]] = [cells[1], ""];
    if (!cells[0] && rows.length > 1 && !figures) {
      const previous = rows[rows.length - 1]!;
      cells.forEach((c, n) => {
        if (c) previous[n] = previous[n] ? `${previous[n]} ${c}` : c;
      });
    } else rows.push(cells);
    blank = false;
  }
  // (The blank lines the table ended on stay with the text after it.)
  while (k > i + headerLines + 1 && !lines[k - 1]!.trim()) k--;
  return rows.length >= 2 ? { ...(titled ? { title: header[0]! } : {}), rows, end: k } : undefined;
}

/** Column starts shared by most lines of a run (at least two columns, each on 60% of the lines). */
function alignedColumns(run: string[]): number[] | undefined {
  if (run.length < 3) return undefined;
  const counts = new Map<number, number>();
  for (const line of run) for (const s of new Set(cellStarts(line))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const shared = [...counts.entries()].filter(([, n]) => n >= Math.max(2, Math.ceil(run.length * 0.6))).map(([s]) => s).sort((a, b) => a - b);
  const columns = shared.filter((s, k) => k === 0 || !near(s, shared[k - 1]!));
  if (columns.length < 2) return undefined;
  // Every line must break at the shared columns it reaches: prose with a stray double space does not.
  const fits = run.filter((line) => {
    const starts = cellStarts(line);
    return columns.slice(1).every((c) => c >= line.trimEnd().length || starts.some((s) => near(s, c)));
  }).length;
  return fits >= Math.ceil(run.length * 0.8) ? columns.map((c) => (columns.indexOf(c) === 0 ? 0 : c)) : undefined;
}

const SETEXT = /^\s*(=+|-+)\s*$/;
/** A line that starts a block of its own: a list item, a numbered paragraph, a label, a heading mark, a rule. */
const STARTS_BLOCK = /^\s*(?:[-*•·▪+]\s|\(?[a-zA-Z0-9]{1,3}[.)]\s|\d{1,3}\/\d{2}(?:\/\d{1,3})?\s|#{1,6}\s|>|\||[A-Z][A-Za-z'’ ]{1,30}:\s|[A-Z][A-Z0-9 ,:&'’/-]{3,}$|[Pp]age \d+$)/;

/**
 * Hard-wrapped plain text (lines broken at a fixed width, as exports and e-mails are) read as paragraphs:
 * a line continues the paragraph above when it is indented under it (a hanging indent) or when the line
 * above ran to the wrap width. Lines that start blocks of their own (list items, numbered paragraphs,
 * "Lead:" labels, capitals headings) and table rows never join. Setext underlines ("====" under a line)
 * make that line a heading. Text whose lines are whole paragraphs is left as it is.
 */
export function reflowHardWrapped(text: string): string {
  const lines = text.split("\n");
  const prose = lines.filter((l) => l.trim() && !l.includes("\t") && !SETEXT.test(l));
  const lengths = prose.map((l) => l.trimEnd().length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.98)] ?? 0;
  // (Up to a line printer's 132 columns.)
  const wrapped = prose.length >= 15 && width >= 50 && width <= 132 && lengths.filter((n) => n >= width * 0.75).length >= prose.length * 0.25;
  const out: string[] = [];
  let paragraphIndent = -1;
  // The line above as printed (not as joined so far): only a full line wraps on to the next.
  let printedAbove = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const above = printedAbove;
    printedAbove = line;
    // "TITLE" over "=====": a heading; the rule itself has no words.
    if (next !== undefined && SETEXT.test(next) && line.trim() && !SETEXT.test(line) && !line.includes("\t") && next.trim().length >= Math.min(3, line.trim().length)) {
      out.push(`${/=/.test(next) ? "#" : "##"} ${line.trim()}`, "");
      i++;
      paragraphIndent = -1;
      continue;
    }
    const previous = out[out.length - 1];
    const indent = line.search(/\S/);
    const joins =
      wrapped &&
      paragraphIndent >= 0 &&
      previous !== undefined &&
      line.trim() !== "" &&
      !line.includes("\t") &&
      !STARTS_BLOCK.test(line) &&
      // (A line wraps when the next word would not have fitted on it.)
      above.trimEnd().length + 1 + (line.trim().split(/\s/)[0]?.length ?? 0) > width * 0.9 &&
      indent >= paragraphIndent;
    if (joins) {
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
      continue;
    }
    out.push(line);
    // (Nothing goes on from a rule: it is a line of its own.)
    paragraphIndent = line.trim() && !line.includes("\t") && !RULE_LINE.test(line) ? indent : -1;
  }
  return out.join("\n");
}

/**
 * A title both over- and underlined, as reStructuredText writes it ("=====" / "Title" / "====="): the line
 * over it is dropped, so that the title reads as a heading underlined, not as a line after a rule.
 */
export function withoutOverlines(text: string): string {
  return text.replace(/^([=\-~^*+#])\1{2,}[ \t]*\n([^\n]*[\p{L}\p{N}][^\n]*)\n(\1{3,}[ \t]*)$/gmu, "$2\n$3");
}

/** An item numbered by the program that prints it, "#. …" (reStructuredText, Pandoc): a list item; its number is not in the text. */
const AUTO_NUMBERED_ITEM = /^(\s*)#\.(?=\s+\S)/gm;

/** A MediaWiki table's opening and closing lines: "{| class="wikitable"", "|}". */
const WIKI_TABLE_OPEN = /^\s*\{\|/;
const WIKI_TABLE_CLOSE = /^\s*\|\}\s*$/;
/** A MediaWiki heading: "== Membership ==". */
const WIKI_HEADING = /^(={2,6})[ \t]*([^=\s][^=]*?)[ \t]*\1[ \t]*$/;
/** A line that is only a template call or a magic word: "{{Use dmy dates}}", "__TOC__". */
const WIKI_DIRECTIVE = /^\s*(?:\{\{[^{}]*\}\}|__[A-Z]+__)\s*$/;
/** A cell's attributes before its content: "style="background:#fde" | Red". */
const WIKI_CELL_ATTRIBUTES = /^\s*(?:[a-z-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s|]+)\s*)+\|(?!\|)/i;

/**
 * A page saved as MediaWiki source (wikitext): its tables, "{| … |- … |}" with cells apart by "||" and
 * header cells by "!!", become TAB-separated rows (a "|+" caption the line above them); "== Heading =="
 * becomes a heading; a "#" or "*" list item an item ("#" is not a markdown heading here); bold and italic
 * quote marks go, and lines that are only a template call ("{{Use dmy dates}}") or a magic word. Links and
 * templates inside the text stay as the file writes them ("[[User:HCardew|Hamza Cardew]]", "{{Status|Red}}"):
 * they are its words, and a quote must be. Text that is not wikitext is returned unchanged.
 */
export function wikitextToRows(text: string): { text: string; title?: string } {
  const lines = text.split("\n");
  const tables = lines.filter((l) => WIKI_TABLE_OPEN.test(l)).length;
  const headings = lines.filter((l) => WIKI_HEADING.test(l)).length;
  if (tables === 0 && headings < 2) return { text };
  if (tables > 0 && !lines.some((l) => WIKI_TABLE_CLOSE.test(l))) return { text };
  const out: string[] = [];
  const plain = (line: string) => line.replace(/'{2,}/g, "");
  let row: string[] | undefined;
  let inTable = false;
  const flushRow = () => {
    if (row && row.some((c) => c.trim())) out.push(row.map((c) => c.trim()).join("\t"));
    row = undefined;
  };
  const cellsOf = (body: string, separator: RegExp) => body.split(separator).map((c) => plain(c.replace(WIKI_CELL_ATTRIBUTES, "")).trim());
  for (const line of lines) {
    if (!inTable && WIKI_TABLE_OPEN.test(line)) {
      inTable = true;
      continue;
    }
    if (inTable) {
      if (WIKI_TABLE_CLOSE.test(line)) {
        flushRow();
        inTable = false;
        continue;
      }
      const trimmed = line.trim();
      if (/^\|-/.test(trimmed)) flushRow();
      else if (/^\|\+/.test(trimmed)) out.push(plain(trimmed.slice(2).replace(WIKI_CELL_ATTRIBUTES, "")).trim());
      else if (/^!/.test(trimmed)) (row ??= []).push(...cellsOf(trimmed.slice(1), /\s*!!\s*|\s*\|\|\s*/));
      else if (/^\|/.test(trimmed)) (row ??= []).push(...cellsOf(trimmed.slice(1), /\s*\|\|\s*/));
      // (A cell's text may go on over the lines after it.)
      else if (trimmed && row?.length) row[row.length - 1] = `${row[row.length - 1]} ${plain(trimmed)}`;
      continue;
    }
    if (WIKI_DIRECTIVE.test(line)) continue;
    const heading = WIKI_HEADING.exec(line);
    if (heading) {
      out.push(`${"#".repeat(heading[1]!.length)} ${plain(heading[2]!)}`);
      continue;
    }
    const item = /^([#*:;]+)\s*(.*)$/.exec(line);
    if (item) {
      out.push(`${"  ".repeat(item[1]!.length - 1)}- ${plain(item[2]!)}`);
      continue;
    }
    out.push(plain(line));
  }
  flushRow();
  // The page's subject is the first bold phrase of its lead ("The '''Oral Health Task Group''' is …").
  const lead = lines.find((l) => l.trim() && !WIKI_DIRECTIVE.test(l) && !WIKI_HEADING.test(l)) ?? "";
  const title = /'''([^'\n]{3,120})'''/.exec(lead)?.[1]?.trim();
  return { text: out.join("\n"), ...(title ? { title } : {}) };
}

/** Box-drawing characters as the grid tables' own: corners and joins "+", rules "-" (double "="), walls "|". */
const BOX_JOIN = /[┌┬┐├┼┤└┴┘╞╪╡╒╤╕╘╧╛╔╦╗╠╬╣╚╩╝╓╥╖╙╨╜╟╫╢┏┳┓┣╋┫┗┻┛]/g;
const BOX_LINE = /[─━┄┈]/g;
const BOX_DOUBLE_LINE = /═/g;
const BOX_WALL = /[│┃║┆┊]/g;

/**
 * Tables drawn with box-drawing characters (┌─┬─┐, │, ├─┼─┤, ╞═╪═╡ above a total, └─┴─┘), as a program
 * prints them, written as grid tables ("+---+", "|") so that gridTablesToRows reads them; each character
 * stays one character, so the columns keep their places. Lines without two of them are left alone.
 */
export function boxDrawingToGrid(text: string): string {
  if (!/[┌├└╞╒╘]/.test(text)) return text;
  return text
    .split("\n")
    .map((line) => ((line.match(/[┌┬┐├┼┤└┴┘╞╪╡╒╤╕╘╧╛╔╦╗╠╬╣╚╩╝╓╥╖╙╨╜╟╫╢┏┳┓┣╋┫┗┻┛─━┄┈═│┃║┆┊]/g) ?? []).length >= 2 ? line.replace(BOX_JOIN, "+").replace(BOX_LINE, "-").replace(BOX_DOUBLE_LINE, "=").replace(BOX_WALL, "|") : line))
    .join("\n");
}

const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
const GRID_ROW = /^\s*\|.*\|\s*$/;

/**
 * Tables drawn with "+---+" borders and "|" between cells (grid tables): a row runs from one border to
 * the next, and a cell wrapped over several lines is one cell. Each row becomes one TAB-separated line of
 * its cells, each read whole, as the table says it.
 */
export function gridTablesToRows(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && (GRID_BORDER.test(lines[j]!) || GRID_ROW.test(lines[j]!))) j++;
    const block = lines.slice(i, j);
    if (!GRID_BORDER.test(lines[i] ?? "") || block.filter((l) => GRID_BORDER.test(l)).length < 2) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // The column edges are where the first border has its "+".
    const edges = [...lines[i]!.matchAll(/\+/g)].map((m) => m.index!);
    let cells: string[][] = [];
    const flush = () => {
      if (cells.some((c) => c.length)) out.push(cells.map((c) => c.reduce((a, f) => (/[A-Za-z]-$/.test(a) ? a + f : a ? `${a} ${f}` : f), "")).join("\t"));
      cells = [];
    };
    for (const line of block) {
      if (GRID_BORDER.test(line)) {
        flush();
        continue;
      }
      if (cells.length === 0) cells = edges.slice(1).map(() => []);
      for (let k = 0; k + 1 < edges.length; k++) {
        const fragment = line.slice(edges[k]! + 1, edges[k + 1]).replace(/^\|/, "").replace(/\|$/, "").trim();
        if (fragment) cells[k]!.push(fragment);
      }
    }
    flush();
    i = j;
  }
  return out.join("\n");
}

/** "Purpose:      For decision.": a label, two or more spaces, then its value in a column of its own. */
const HANGING_LABEL = /^(\s*)([A-Z][^:?\t]{0,48}[:?])( {2,})(\S.*)$/;
/** A list item inside a value ("(a) approves …"): a line of its own, not the line above going on. */
const VALUE_ITEM = /^(?:\([a-z0-9]{1,3}\)|[a-z0-9]{1,2}[.)]|[-•*])\s/i;

/**
 * Labels whose values stand in a column of their own, wrapped under it (a front sheet typed with spaces):
 * each label's value is read whole, a TAB after the label as for any table of labels ("Summary:\tThe
 * report recommends …"), its list items on lines of their own under it. Two or more labels must share
 * the value column.
 */
export function hangingLabelsToLines(text: string): string {
  const lines = text.split("\n");
  const valueColumn = (line: string) => {
    const m = HANGING_LABEL.exec(line);
    return m ? m[1]!.length + m[2]!.length + m[3]!.length : -1;
  };
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const column = valueColumn(lines[i]!);
    // (Another label of the run, within the next few lines, at the same column.)
    const shared = column > 0 && lines.slice(i + 1, i + 12).some((l) => valueColumn(l) === column);
    if (!shared) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const m = HANGING_LABEL.exec(lines[i]!)!;
    let current = `${m[1]}${m[2]}\t${m[4]!.trimEnd()}`;
    i++;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      if (valueColumn(line) === column) {
        const next = HANGING_LABEL.exec(line)!;
        out.push(current);
        current = `${next[1]}${next[2]}\t${next[4]!.trimEnd()}`;
        continue;
      }
      const indent = line.search(/\S/);
      if (!line.trim() || indent < column) break;
      const said = line.trim();
      if (indent === column && VALUE_ITEM.test(said)) {
        out.push(current);
        current = `\t${said}`;
      } else current = `${current} ${said}`;
    }
    out.push(current);
  }
  return out.join("\n");
}

/**
 * A spreadsheet exported as comma-separated values (a register saved as .txt or .csv): each record a line
 * of TAB-separated cells, as any plain-text table is written, a quoted cell whole (its commas, quotes and
 * line breaks inside it); title lines padded with commas are their text. Text that is not mostly records of
 * one width of three or more fields is left as it is.
 */
export function csvToRows(text: string): string {
  return csvRows(text).text;
}

/**
 * The same, with the rows as the file has them when a work tracker's export was read as the tool shows it:
 * the text its quotes are checked against (a kind's table heads only the columns it fills, a title merged
 * from its depth columns is under a header the file does not have).
 */
function csvRows(text: string): { text: string; verbatim?: string } {
  // (Excel saves "CSV" with semicolons where the comma is the decimal sign, or by a user's list separator:
  // the delimiter is whichever gives more records of one width.)
  const read = ([",", ";"] as const).map((delimiter) => (text.includes(delimiter) ? recordsOfOneWidth(parseCsv(text, delimiter), delimiter) : undefined));
  const best = read.filter((r) => r !== undefined).sort((a, b) => b.tabular - a.tabular)[0];
  if (!best) return { text: stackedSections(text) ?? text };
  const { width, delimiter } = best;
  // (A survey tool's raw export: its answers under its questions, without its bookkeeping.)
  const records = withoutBlankSeparators(surveyExportAnswers(best.records), width);
  // (A work tracker's query: titles by depth as one, rich text as text, each kind of item a table.)
  const items = workItemRecords(records);
  const lines = (rows: string[][]) =>
    rows
      .map((r) => {
        // (A comment line of the export, "# queries: Jo Bloggs, Research Officer, 020 7946 0000", is a line of
        // text whose commas are its own, read as a paragraph of its own, "queries: …", not a heading.)
        if (r.length < width && /^\s*#/.test(r[0] ?? "")) return r.join(delimiter).replace(/\s*\n\s*/g, " ").trim().replace(/^#+\s*(.*)$/, "$1\n");
        const cells = r.map((f) => f.replace(/\s*\n\s*/g, " ").trim());
        while (cells.length && !cells[cells.length - 1]) cells.pop();
        // (A report's parameters above its table, "Client: LG,Period: 256109,Run: 05/03/2562 08:14", each a
        // label and its value: lines of their own, not a row that heads the table.)
        const filled = cells.filter(Boolean);
        if (filled.length >= 2 && filled.length < width && filled.every((c) => PARAMETER_CELL.test(c))) return `${filled.join("\n")}\n`;
        return cells.join("\t");
      })
      .join("\n");
  if (!items) return { text: lines(besideBlocksOneUnderAnother(records)) };
  return { text: lines(items.records), verbatim: lines(items.asFiled) };
}

/** A report's parameter in a cell of its own: a short label, a colon and its value ("Period: 256109"). */
const PARAMETER_CELL = /^[A-Z][\w .()/-]{0,30}:\s*\S/;

/** A header row: most of the width filled with labels, none of them a figure. */
function headerLike(record: string[], width: number): boolean {
  const filled = record.map((f) => f.trim()).filter(Boolean);
  return filled.length >= Math.max(3, 0.6 * width) && filled.every((f) => f.length <= 40 && !/\d/.test(f));
}

/**
 * One table under one header row, its groups set apart by empty records (a task app's export, a blank line
 * after each section): the empty records go, so the rows after them stay under the header rather than
 * starting a table whose first row is read as its header. Not where a later record is a header of its own
 * (tables one under another), nor where a block sits beside another.
 */
function withoutBlankSeparators(records: string[][], width: number): string[][] {
  const isEmpty = (r: string[]) => r.every((f) => !f.trim());
  const filled = records.filter((r) => !isEmpty(r));
  if (filled.length < 3 || !headerLike(filled[0]!, width) || filled.slice(1).some((r) => headerLike(r, width))) return records;
  if (besideBlocksOneUnderAnother(records).length !== records.length) return records;
  // (An empty record before a line of one cell, a footnote or a title, still sets that line apart.)
  const cells = (r: string[] | undefined) => (r ?? []).filter((f) => f.trim()).length;
  const first = records.indexOf(filled[0]!);
  return records.filter((r, k) => {
    if (k <= first || !isEmpty(r)) return true;
    const next = records.slice(k + 1).find((x) => !isEmpty(x));
    return next === undefined || cells(next) < 2;
  });
}

/**
 * A report exported as CSV in stacked sections, each with a title line of its own and its own header row
 * and width ("Poll Report", then "Topic,ID,…" over the meeting's row; "Launched Polls" over its rows; "Poll
 * Details" over a row per answer): each title a line of its own, each section's records rows of cells.
 * Undefined when the records are not such sections (two titles or more, each over a header of three
 * fields or more, and most records three fields or more).
 */
function stackedSections(text: string): string | undefined {
  const records = parseCsv(text, ",");
  const filledFields = (r: string[]) => r.filter((f) => f.trim()).length;
  const filled = records.filter((r) => filledFields(r) > 0);
  const nextFilled = (k: number) => records.slice(k + 1).find((r) => filledFields(r) > 0);
  const isTitle = (r: string[], k: number) => filledFields(r) === 1 && !!r[0]?.trim() && r[0].trim().length <= 60 && !/^[\d#]/.test(r[0].trim()) && filledFields(nextFilled(k) ?? []) >= 3;
  const titles = records.filter(isTitle).length;
  const wide = filled.filter((r) => filledFields(r) >= 3).length;
  if (titles < 2 || wide < 0.6 * filled.length) return undefined;
  // (A section's rows may run past its header, "Question Details" over each question and its answer, then
  // the next pair: the header's last column is named again for each cell past it.)
  const headerOf = new Map<number, number>();
  records.forEach((r, k) => {
    if (!isTitle(r, k)) return;
    const first = records.findIndex((x, j) => j > k && filledFields(x) > 0);
    let width = 0;
    for (let j = first + 1; j < records.length && !isTitle(records[j]!, j); j++) width = Math.max(width, records[j]!.length);
    headerOf.set(first, width);
  });
  return records
    .map((r, k) => {
      if (isTitle(r, k)) return `\n${r[0]!.trim()}\n`;
      const named = headerOf.get(k);
      const header = named !== undefined && named > r.length ? [...r, ...Array.from({ length: named - r.length }, (_, n) => `${r[r.length - 1]!.trim()} (${n + 2})`)] : r;
      const cells = header.map((f) => f.replace(/\s*\n\s*/g, " ").trim());
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      // (A label and its value, "Report Generated:,Jan 13, 2252 12:21 PM", is a line of its own.)
      if (cells.length === 2 && /:$/.test(cells[0]!)) return `${cells[0]} ${cells[1]}\n`;
      return cells.join("\t");
    })
    .join("\n");
}

/** Records mostly of one width of three or more fields, with how many are a table's rows; undefined when not. */
function recordsOfOneWidth(records: string[][], delimiter: "," | ";"): { records: string[][]; width: number; tabular: number; delimiter: "," | ";" } | undefined {
  const widths = new Map<number, number>();
  const filledRecords = records.filter((r) => r.some((f) => f.trim()));
  for (const r of filledRecords) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  const [width, count] = [...widths.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (width < 3 || count < 3 || count < 0.6 * filledRecords.length) return undefined;
  // (A row with its cells filled: most of its fields; a title line filled once and padded with commas.)
  const tabular = filledRecords.filter((r) => r.length === width && r.filter((f) => f.trim()).length >= 2).length;
  return tabular < 3 ? undefined : { records, width, tabular, delimiter };
}

/**
 * A dashboard sheet saved as CSV puts its blocks side by side as well as one under another ("1. Workstreams"
 * in columns A–G, "2. Budget" in I–M, on the same rows), so one record holds a row of each. Between empty
 * records, where a run of columns is empty in every record and each side opens with a lone title cell, the
 * side on the right is read after the side on the left, as two tables. (A table's own empty column has no
 * title on both sides of it, so it is left alone.)
 */
function besideBlocksOneUnderAnother(records: string[][]): string[][] {
  const isEmpty = (r: string[]) => r.every((f) => !f.trim());
  const out: string[][] = [];
  let start = 0;
  for (let i = 0; i <= records.length; i++) {
    if (i < records.length && !isEmpty(records[i]!)) continue;
    out.push(...splitBand(records.slice(start, i)));
    if (i < records.length) out.push(records[i]!);
    start = i + 1;
  }
  return out;
}

/** One band of records (between empty ones) as its blocks, left before right; a band of one block as it is. */
function splitBand(band: string[][]): string[][] {
  if (band.length < 3) return band;
  const width = Math.max(...band.map((r) => r.length));
  const filled = (r: string[], k: number) => (r[k] ?? "").trim() !== "";
  const emptyColumn = (k: number) => band.every((r) => !filled(r, k));
  for (let gap = 1; gap < width - 1; gap++) {
    if (!emptyColumn(gap)) continue;
    let right = gap;
    while (right < width && emptyColumn(right)) right++;
    if (right >= width) return band;
    const left = band.map((r) => r.slice(0, gap));
    const rest = band.map((r) => r.slice(right));
    const rows = (side: string[][]) => side.filter((r) => r.some((f) => f.trim()));
    const opensWithTitle = (side: string[][]) => {
      const first = rows(side)[0];
      return first !== undefined && first.filter((f) => f.trim()).length === 1 && first[0]!.trim() !== "";
    };
    if (rows(left).length < 2 || rows(rest).length < 2 || !opensWithTitle(left) || !opensWithTitle(rest)) return band;
    return [...rows(left), [""], ...splitBand(rows(rest))];
  }
  return band;
}

/** A field of a record written as mail headers are: "Decision-Maker: Cllr Jo Bloggs, Chair". */
const HEADER_FIELD = /^[A-Z][A-Za-z]*(?:[- ][A-Za-z]+){0,3}:[ \t]+\S/;

/**
 * Records written as mail headers ("Reference: RCD 27/04" / "Decision: To commission …" / " survey of 60
 * venues …", one record a paragraph): a value folded onto indented lines is read as the one line it is.
 * Only where a paragraph is mostly such fields, so an indented paragraph of prose is left alone.
 */
export function unfoldHeaderFields(text: string): string {
  const paragraphs = text.split(/(\n[ \t]*\n)/);
  return paragraphs
    .map((para) => {
      const lines = para.split("\n");
      const fields = lines.filter((l) => HEADER_FIELD.test(l)).length;
      const folded = lines.filter((l) => /^[ \t]+\S/.test(l)).length;
      if (fields < 3 || folded === 0 || fields + folded < lines.filter((l) => l.trim()).length) return para;
      const out: string[] = [];
      for (const line of lines) {
        if (/^[ \t]+\S/.test(line) && out.length && HEADER_FIELD.test(out[out.length - 1]!)) out[out.length - 1] += ` ${line.trim()}`;
        else out.push(line);
      }
      return out.join("\n");
    })
    .join("");
}

/** A markdown list item's marker: "* ", "- ", "+ ", "1. ", "2) ". */
const MARKDOWN_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+\S/;

/**
 * A markdown list item wrapped onto indented lines ("* RCR-02 Shortage of officers – Likelihood: 4," over
 * "  Impact: 4 (March: 4, 4)") is one item, as markdown renders it: each indented line that starts no item
 * of its own is joined to the item above.
 */
export function joinListContinuations(markdown: string): string {
  const out: string[] = [];
  let inItem = false;
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && inItem && /^\s{2,}\S/.test(line) && !MARKDOWN_ITEM.test(line) && !/^\s*[|>#]/.test(line) && !/(?: {2}|\\)$/.test(out[out.length - 1]!)) {
      out[out.length - 1] = `${out[out.length - 1]!.trimEnd()} ${line.trim()}`;
      continue;
    }
    out.push(line);
    inItem = !fenced && MARKDOWN_ITEM.test(line);
  }
  return out.join("\n");
}

/**
 * Markdown headings underlined ("Summary" over "-------", a title over "=====") written as the "#" headings
 * they are. A rule after a blank line, or under a list item or table row, is not an underline.
 */
export function setextHeadingsToAtx(markdown: string): string {
  const lines = markdown.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const under = lines[i + 1] ?? "";
    const isHeadingText = line.trim() && !/^\s{4,}|^\s*(?:[-*+>|#]|\d+[.)])\s|^\s*\|/.test(line) && !/^[\s=-]+$/.test(line);
    const previousBlank = i === 0 || !lines[i - 1]!.trim();
    if (isHeadingText && previousBlank && /^ {0,3}(?:=+|-{2,})\s*$/.test(under)) {
      out.push(`${under.trim().startsWith("=") ? "#" : "##"} ${line.trim()}`);
      i++;
    } else out.push(line);
  }
  return out.join("\n");
}

/**
 * Markdown without its link reference definitions ("[guidance]: https://… "Title""): a reader never sees
 * them, so they are not text of the document.
 */
export function withoutLinkDefinitions(markdown: string): string {
  return markdown.replace(/^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/gm, "");
}

/**
 * Markdown without its HTML comments ("<!-- drafting note -->"): they are never shown when it is read, so
 * they are not what the document says (a comment's date is not the meeting's). A comment alone on its
 * lines goes with them.
 */
export function withoutHtmlComments(markdown: string): string {
  // (A slide deck written for Marp keeps its presenter notes in comments: they are the speaker's words for
  // the slide, read as a paragraph under it. Its directives, "<!-- _class: lead -->", are settings.)
  if (isMarpDeck(markdown)) {
    return markdown.replace(/<!--([\s\S]*?)-->/g, (_, inner: string) => (MARP_DIRECTIVE.test(inner) ? "" : `\n\n${inner.trim()}\n\n`));
  }
  return markdown.replace(/^[ \t]*<!--[\s\S]*?-->[ \t]*\n/gm, "").replace(/<!--[\s\S]*?-->/g, "");
}

/** A comment of a Marp deck that only sets how slides look: "_class: lead", "paginate: skip", "fit". */
const MARP_DIRECTIVE = /^\s*(?:fit|_?(?:class|paginate|header|footer|backgroundColor|backgroundImage|backgroundPosition|backgroundRepeat|backgroundSize|color|theme|style|size|headingDivider|math|lang|transition)\s*:[^\n]*)\s*$/;

/** A markdown slide deck for Marp: its front matter says `marp: true`, or a comment sets a slide's class. */
function isMarpDeck(markdown: string): boolean {
  return /^---[ \t]*\n(?:[^\n]*\n)*?marp:[ \t]*true[ \t]*\n/.test(markdown) || /<!--\s*_(?:class|paginate)\s*:/.test(markdown);
}

/**
 * Markdown without the style sheets and scripts written into it ("<style scoped> table { … } </style>", a
 * deck's `style: |` setting): a reader sees what they do, never their words.
 */
export function withoutStyleSheets(markdown: string): string {
  return markdown
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>[ \t]*/gi, "")
    .replace(/^((?:---[ \t]*\n)(?:[^\n]*\n)*?)(?:style|css|script|head):[ \t]*[|>][-+]?[ \t]*\n(?:(?:[ \t]+[^\n]*)?\n)*/, (block: string, before: string) => before + block.slice(before.length).replace(/[^\n]/g, ""));
}

/** A line of a quoted reply: "> text", ">> text", "> > text", or a bare ">". */
const QUOTED_LINE = /^[ \t]*>(?:[ \t]?>)*(?:[ \t]|$)/;

/**
 * An e-mail thread's quoted replies ("> Thank you …", ">>   Budget line   Budget") read as the text they
 * quote: the quote marks are not words, and a table typed with spaces inside a quote lines up once they
 * are gone. Only where several lines are quoted (a thread), so a stray ">" is left alone.
 */
export function withoutQuoteMarks(text: string): string {
  const lines = text.split("\n");
  if (lines.filter((l) => QUOTED_LINE.test(l)).length < 5) return text;
  return lines
    .map((l) => {
      const m = QUOTED_LINE.exec(l);
      // (One space after the marks is theirs; more is the quoted text's own indent.)
      return m ? l.slice(m[0].length).replace(/^ (?=\S)/, "") : l;
    })
    .join("\n");
}

/** One attribute of a block: a class, an id, or a key and its value. */
const ATTRIBUTE = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))`;
/** A line of a block's attributes alone: "{.is-info}", "{: .note #intro}". */
const ATTRIBUTE_LINE = new RegExp(String.raw`^\s*\{:?\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}\s*$`);
/** A heading's attributes after its words: "## Bids {.tabset}", "# Intro {#intro}". */
const HEADING_ATTRIBUTES = new RegExp(String.raw`^(#{1,6}\s.*?\S)\s+\{:?\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}\s*$`);

/**
 * Pandoc's markdown written as the common markdown the later stages read: a title block ("% Title" /
 * "% Author" / "% Date") as a heading over a line of who and when; definition lists ("Purpose of report" over
 * ":   For decision.") as labelled lines ("Purpose of report: For decision."), a definition's indented
 * paragraphs and items as lines of their own; "#." items as list items; a backslash ending a line (a
 * hard line break) dropped; a table fenced as ```csv read as a table, a ```mermaid diagram as its
 * tables and lines; a fenced div's ":::" lines
 * dropped (the blocks inside them stay); attribute lines ("{.is-info}") and a heading's attributes dropped.
 */
export function pandocToMarkdown(markdown: string): string {
  const lines = markdown.split("\n");
  const out: string[] = [];
  let fenced = false;
  // In a definition: its indented lines belong to it (not a code block).
  let inDefinition = false;
  // The title block's lines run from the first line; this is the line after them.
  let titleBlockEnd = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(?:```|~~~)/.test(line)) {
      const csv = !fenced && /^\s*(?:```|~~~)\s*\{?\.?(?:csv|tsv)\b/i.test(line) ? fencedTable(lines, i) : undefined;
      if (csv) {
        out.push("", ...csv.rows, "");
        i = csv.end;
        continue;
      }
      // (R's console output that knitr keeps in the markdown, "## " before each line: a data frame
      // printed there is a table, see `printedDataFrame`.)
      const end = !fenced && /^\s*(?:```|~~~)\s*$/.test(line) ? lines.findIndex((l, k) => k > i && /^\s*(?:```|~~~)\s*$/.test(l)) : -1;
      const frame = end > i ? printedDataFrame(lines.slice(i + 1, end)) : undefined;
      if (frame) {
        out.push("", ...frame, "");
        i = end;
        continue;
      }
      // (A Mermaid diagram, as the page draws it: see `mermaidToMarkdown`.)
      const close = !fenced && /^\s*(?:```|~~~)\s*\{?\.?mermaid\b/i.test(line) ? lines.findIndex((l, k) => k > i && /^\s*(?:```|~~~)\s*$/.test(l)) : -1;
      if (close > i) {
        const heading = [...out].reverse().find((l) => /^#{1,6}\s/.test(l));
        out.push("", ...mermaidToMarkdown(lines.slice(i + 1, close), heading ? /^#+/.exec(heading)![0].length : 0), "");
        i = close;
        continue;
      }
      fenced = !fenced;
      out.push(line);
      continue;
    }
    if (fenced) {
      out.push(line);
      continue;
    }
    // The title block: "%" lines at the very top.
    // (Its author and date lines say who and when, on one line: apart, a short one reads as a heading.)
    if (i === titleBlockEnd && /^% \S/.test(line)) {
      if (i === 0) out.push(`# ${line.slice(2).trim()}`, "");
      else if (i === 1) out.push(line.slice(2).trim());
      else out[out.length - 1] += ` – ${line.slice(2).trim()}`;
      titleBlockEnd++;
      // (Nor does a blank line set it apart as a heading over what follows.)
      while (titleBlockEnd > 1 && i + 1 < lines.length && !lines[i + 1]!.trim() && !/^% \S/.test(lines[i + 2] ?? "")) i++;
      continue;
    }
    const text = line.replace(/\\$/, "").replace(HEADING_ATTRIBUTES, "$1");
    // (A line of attributes alone, "{.is-info}" under a wiki's callout, "{: .note}" under a kramdown block:
    // the block's styling, which no reader sees.)
    if (ATTRIBUTE_LINE.test(text)) {
      out.push("");
      continue;
    }
    // A fenced div's fence (":::: {.resolved}", ":::"): the markup around a block, which no reader sees.
    if (/^\s*:{3,}\s*(?:\{[^}]*\}|[\w-]+)?\s*(?::{3,})?\s*$/.test(text)) {
      out.push("");
      continue;
    }
    // ":   definition" under its term (a blank line may stand between them).
    const definition = /^ {0,3}[:~](?: {1,3}|\t)(\S.*)$/.exec(text);
    if (definition) {
      let t = out.length - 1;
      while (t >= 0 && !out[t]!.trim()) t--;
      const term = out[t];
      if (term !== undefined && !inDefinition && !/^\s*(?:[-*+#|>]|\d+[.)])\s/.test(term) && !/:\s*$/.test(term)) {
        out.length = t;
        // (A question asked of the paper answers itself: "Is this report confidential? No.")
        out.push(/\?$/.test(term.trim()) ? `${term.trim()} ${definition[1]}` : `${term.trim()}: ${definition[1]}`);
      } else out.push(definition[1]!);
      inDefinition = true;
      continue;
    }
    if (inDefinition && /^(?: {2,}|\t)\S/.test(text)) {
      out.push(text.trim());
      continue;
    }
    if (inDefinition && !text.trim() && /^(?: {2,}|\t)\S/.test(lines[i + 1] ?? "")) {
      out.push("");
      continue;
    }
    if (text.trim()) inDefinition = false;
    // "#." items: list items (their numbers are Pandoc's to print, not the text's).
    out.push(text.replace(AUTO_NUMBERED_ITEM, "$1-"));
  }
  return out.join("\n");
}

/** Pandoc's title block ("% Title", "% Author", "% Date" on the first lines) as hints, as front matter would give them. */
export function pandocTitleBlock(markdown: string): DocumentHints | undefined {
  const lines: string[] = [];
  for (const line of markdown.split("\n")) {
    if (!/^% \S/.test(line)) break;
    lines.push(line.slice(2).trim());
  }
  if (lines.length === 0) return undefined;
  const [title, author, date] = lines as [string, string?, string?];
  return { title, fields: { title, ...(author ? { author } : {}), ...(date ? { date } : {}) } };
}

/** A line of a MultiMarkdown metadata block: "Title: …", "Base Header Level: 1". */
const MMD_FIELD = /^([A-Za-z][A-Za-z0-9 _-]{0,30}):[ \t]*(.*?)\s*$/;

/**
 * MultiMarkdown's metadata block ("Title: …", "Author: …", "Date: …" lines at the very top, no fences, up to
 * the first blank line; a value may go on over indented lines) as hints, as front matter would give them.
 * Only a block that opens the file, has two fields or more and names its title.
 */
export function multiMarkdownMetadata(markdown: string): DocumentHints | undefined {
  const fields: Record<string, string> = {};
  let last: string | undefined;
  for (const line of markdown.replace(/^\uFEFF/, "").split("\n")) {
    if (!line.trim()) break;
    const m = MMD_FIELD.exec(line);
    if (m) fields[(last = m[1]!.trim().toLowerCase())] = m[2]!;
    else if (last && /^[ \t]{2,}\S/.test(line)) fields[last] = `${fields[last]} ${line.trim()}`.trim();
    else return undefined;
  }
  const title = fields.title?.trim();
  return title && Object.keys(fields).length >= 2 ? { title, fields } : undefined;
}

/**
 * A data frame as R prints it to the console, each line after knitr's "## " ("##   line budget spent" over
 * "## 1 Fund round 1 175000 132000"): a header of names set right over their columns, then a row a line,
 * opening with its row name. Its columns end where their names do. As markdown table rows, without the
 * row numbers; undefined for anything else (a tibble's "# A tibble: 8 × 9", a message).
 */
function printedDataFrame(block: string[]): string[] | undefined {
  const lines = block.filter((l) => l.trim());
  if (lines.length < 3 || !lines.every((l) => /^## /.test(l))) return undefined;
  const [header, ...rows] = lines.map((l) => l.slice(3).trimEnd());
  if (/^\s*#/.test(header!) || !/^\s/.test(header!)) return undefined;
  const names = [...header!.matchAll(/\S+/g)].map((m) => ({ name: m[0], end: m.index! + m[0].length }));
  if (names.length < 2) return undefined;
  const rowName = Math.max(...rows.map((r) => /^\S+/.exec(r)?.[0].length ?? 0));
  if (rowName === 0 || rowName >= names[0]!.end - names[0]!.name.length) return undefined;
  const cells: string[][] = [];
  for (const r of rows) {
    // (Every column's text ends where its name does: a space, or the line's end, after it.)
    if (r.length > names[names.length - 1]!.end || names.some((n) => r[n.end] !== undefined && r[n.end] !== " ")) return undefined;
    cells.push(names.map((n, k) => r.slice(k === 0 ? rowName : names[k - 1]!.end, n.end).trim()));
  }
  const row = (c: string[]) => `| ${c.map((x) => x.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [row(names.map((n) => n.name)), `|${" --- |".repeat(names.length)}`, ...cells.map(row)];
}

/** A fenced block of comma- or tab-separated records (```csv … ```) as markdown table rows. */
function fencedTable(lines: string[], open: number): { rows: string[]; end: number } | undefined {
  let close = open + 1;
  while (close < lines.length && !/^\s*(?:```|~~~)\s*$/.test(lines[close]!)) close++;
  if (close >= lines.length) return undefined;
  const body = lines.slice(open + 1, close).join("\n");
  const records = (body.includes("\t") ? body.split("\n").map((l) => l.split("\t")) : parseCsv(body)).filter((r) => r.some((f) => f.trim()));
  if (records.length < 2) return undefined;
  const width = Math.max(...records.map((r) => r.length));
  const row = (r: string[]) => `| ${Array.from({ length: width }, (_, k) => (r[k] ?? "").replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|").trim()).join(" | ")} |`;
  return { rows: [row(records[0]!), `|${" --- |".repeat(width)}`, ...records.slice(1).map(row)], end: close };
}

/**
 * A meeting's transcript saved as WebVTT captions ("WEBVTT", then cues): its title is the first line of
 * its NOTE block, where the tool or the clerk says what was recorded, not the "WEBVTT" signature.
 */
function webVttTitle(text: string): string | undefined {
  if (!/^\uFEFF?WEBVTT\b/.test(text)) return undefined;
  const note = /\n\s*NOTE(?:[ \t]+([^\n]*\S))?[ \t]*\n([^\n]*\S)?/.exec(text.slice(0, 2000));
  const line = (note?.[1] ?? note?.[2])?.trim();
  return line && !line.includes("-->") ? line : undefined;
}

/** A field of a report template's export: "contact_officer: Eleri Jaggard", "summary: >", "appendices:". */
const TEMPLATE_FIELD = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)*):(?:[ \t]+(.*?))?[ \t]*$/;
/** The fewest fields that make a cover sheet. */
const MIN_COVER_FIELDS = 5;

/**
 * A cover sheet a report template exports as YAML-like fields above the paper ("# comment" lines, then
 * `report_title: …`, `contact_officer: …`, a folded `summary: >` over indented lines, `recommendations:`
 * over "- " items, ended by a "---" line or a blank one): each field a line as a front sheet writes it,
 * "Contact officer: Eleri Jaggard", a folded value joined into its line, a list's items under it; the
 * comment lines as text. Its fields are hints ("report_title" the title). Undefined when the file opens
 * otherwise, or the block is not YAML.
 */
export function readCoverSheet(text: string): { text: string; hints: DocumentHints & { fields: Record<string, string> } } | undefined {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let i = 0;
  const comments: string[] = [];
  while (i < lines.length && /^#(?:\s|$)/.test(lines[i]!)) comments.push(lines[i++]!.replace(/^#\s*/, ""));
  const start = i;
  while (i < lines.length && lines[i]!.trim() && !/^---\s*$/.test(lines[i]!) && (TEMPLATE_FIELD.test(lines[i]!) || /^[ \t]+\S/.test(lines[i]!))) i++;
  const block = lines.slice(start, i);
  const fieldLines = block.filter((l) => TEMPLATE_FIELD.test(l));
  if (fieldLines.length < MIN_COVER_FIELDS || !fieldLines.some((l) => l.includes("_")) || (i < lines.length && lines[i]!.trim() && !/^---\s*$/.test(lines[i]!))) return undefined;
  let data: unknown;
  try {
    data = parseYaml(block.join("\n"));
  } catch {
    return undefined;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return undefined;
  const label = (key: string) => key.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
  const out: string[] = comments.filter((c) => c.trim());
  const fields: Record<string, string> = {};
  for (let k = 0; k < block.length; k++) {
    const field = TEMPLATE_FIELD.exec(block[k]!);
    if (!field) continue;
    const [, key, raw = ""] = field;
    const under: string[] = [];
    while (k + 1 < block.length && !TEMPLATE_FIELD.test(block[k + 1]!)) under.push(block[++k]!.trim());
    if (!raw && under.length && under.every((l) => /^-\s/.test(l))) {
      // (A list, "recommendations:" over "  - That …" items, as a paper's list under its label.)
      out.push("", `${label(key!)}:`, ...under.map((l) => l.replace(/^-\s+/, "- ")), "");
      continue;
    }
    // (A folded value, "summary: >" over indented lines, is one line.)
    const value = (/^[>|][+-]?$/.test(raw) ? under : [raw, ...under]).join(" ").replace(/\s+/g, " ").trim();
    out.push(`${label(key!)}: ${value}`.trimEnd());
    if (value) fields[key!.replace(/_/g, " ")] = value;
  }
  const rest = lines.slice(/^---\s*$/.test(lines[i] ?? "") ? i + 1 : i).join("\n");
  const title = fields["report title"] ?? fields.title;
  return { text: `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n\n${rest}`, hints: { ...(title ? { title } : {}), fields: { ...fields, ...(title ? { title } : {}) } } };
}

/** Load a .txt file (format "text") or a .md/.markdown file (format "markdown"). */
export async function loadText(path: string, format: "text" | "markdown" = "text"): Promise<LoadedText> {
  const buf = await readSource(path);
  const text = decodeUtf8Text(buf, path, { allowLatin1: "text" });
  if (!text.trim()) throw new LoadError(path, "empty file (only whitespace)");
  // (A paper under a cover sheet of template fields is read with the sheet's fields as labelled lines.)
  const cover = readCoverSheet(text);
  // (A file saved as CSV is records, whatever markup its cells hold: a tracker's descriptions in its wiki
  // syntax, "h3. Steps", are a cell's text, not the file's headings.)
  const records = extname(path).toLowerCase() === ".csv";
  if (!cover) return loadTextContent(text, format, records);
  const loaded = loadTextContent(cover.text, format, records);
  return { ...loaded, hints: { ...cover.hints, ...loaded.hints, fields: { ...cover.hints.fields, ...loaded.hints?.fields } } };
}

/** A text file's or markdown file's text as the rest of the pipeline reads it. */
function loadTextContent(text: string, format: "text" | "markdown", records = false): LoadedText {
  // (A calendar exported as iCalendar is read unfolded and unescaped, as it is, nothing else done to it.)
  const calendar = format === "text" ? icalendarToText(text) : undefined;
  if (calendar) return { format, text: calendar.text, hints: { ...(calendar.title ? { title: calendar.title } : {}), ...(calendar.span ? { span: calendar.span } : {}), ...(calendar.taskList ? { taskList: true } : {}) } };
  // (A file of contact cards is read as an address book shows them, a card under its name.)
  const cards = vcardToText(text);
  if (cards) return { format: "markdown", text: cards.text };
  // (A todo.txt task list is read a task a paragraph.)
  // (Its first line is a task, not its title; it was kept over the days its tasks were added and done on.)
  if (format === "text" && isTodoTxt(text.split(/\r?\n/))) {
    const span = todoTxtSpan(text);
    return { format, text: todoTasksApart(text), hints: { title: "Task list", ...(span ? { span } : {}) } };
  }
  // (The text a document library keeps of a published PDF, its layout kept with spaces, is read as the PDF.)
  const typeset = format === "text" ? typesetPagesText(text) : undefined;
  if (typeset) return { format, text: typeset.text, pages: typeset.pages };
  // (A report writer's export to CSV, every record carrying the whole report's text, is read as the report.)
  const report = format === "text" ? flattenedReportText(text) : undefined;
  if (report) return { format, ...report };
  // (So is a group chat exported by WhatsApp: a message a paragraph.)
  const chat = format === "text" ? whatsAppToText(text) : undefined;
  if (chat) return { format, text: chat.text, hints: { ...(chat.title ? { title: chat.title } : {}), ...(chat.span ? { span: chat.span } : {}) } };
  // (A Lotus Notes database's documents exported as structured text: a document a block, items as lines.)
  // (Its quotes are checked against the file: not run on over the database's items left out.)
  const notes = format === "text" ? notesExportToText(text) : undefined;
  if (notes) return { format, text: notes, verbatimText: text };
  // (And a meeting's chat saved by Zoom.)
  const meetingChat = format === "text" ? zoomChatToText(text) : undefined;
  if (meetingChat) return { format, text: meetingChat.text, hints: { timesOnly: true } };
  // (An org-mode or AsciiDoc file saved as text is read as the markdown it is close to.)
  // (So is a DokuWiki or XWiki page's source, and a Redmine wiki page's Textile.)
  const org = format === "markdown" || records ? undefined : [zimToMarkdown(text), dokuWikiToMarkdown(text), xWikiToMarkdown(text), textileToMarkdown(text), orgToMarkdown(text), asciiDocToMarkdown(text)].find((converted) => converted.text !== text);
  if (format !== "markdown" && !org) {
    // (A sheet saved as Excel's Formatted Text has the columns past its 240th character as a second block:
    // read beside their rows, quoted as the file has them.)
    const beside = overflowColumnsBeside(text);
    const wiki = wikitextToRows(beside);
    const caption = webVttTitle(text) ?? wiki.title;
    const csv = csvRows(withoutQuoteMarks(withoutPageFurniture(withoutOverlines(wiki.text).replace(AUTO_NUMBERED_ITEM, "$1-"))));
    const rows = csv.text;
    // (A BI tool's long-form table, a row per item and measure, read a row per item; quoted as the file has it.)
    const wide = longFormWidened(rows);
    const unfolded = unfoldHeaderFields(wide);
    const apart = sideBySideLists(unfolded);
    // (A calendar item Outlook saved as text is its meeting's invitation, called by its subject.)
    const event = outlookItemEvent(text);
    const hints = { ...(caption ?? event ? { title: caption ?? event!.summary! } : {}), ...(apart !== unfolded ? { sideBySideLists: true } : {}), ...(event ? { event } : {}) };
    return {
      format,
      text: reflowHardWrapped(fixedWidthToTabs(hangingLabelsToLines(gridTablesToRows(boxDrawingToGrid(stackedCellsToRows(apart)))))),
      ...(csv.verbatim ? { verbatimText: csv.verbatim } : beside !== text || wide !== rows ? { verbatimText: text } : {}),
      ...(Object.keys(hints).length ? { hints } : {}),
    };
  }
  const outline = org ?? outlinerToMarkdown(text);
  // (A note from an Obsidian vault is read as its reading view shows it: links by their words, callouts by
  // their titles.)
  const { text: body, hints: frontMatter } = readFrontMatter(gridTablesToRows(joinListContinuations(setextHeadingsToAtx(pandocToMarkdown(withoutLinkDefinitions(withoutHtmlComments(withoutStyleSheets(withoutEmojiShortcodes(obsidianToMarkdown(mystToMarkdown(withSheetHeadersPromoted(outline.text))))))))))));
  const hints = frontMatter ?? outline.hints ?? pandocTitleBlock(text) ?? multiMarkdownMetadata(text);
  return { format: "markdown", text: body, ...(hints ? { hints } : {}) };
}

/**
 * Emoji and icon shortcodes, ":calendar:", ":material-bookshelf:", which the built page shows as pictures,
 * not words: dropped with the space after them (a status's dot aside). (Only whole shortcodes between spaces or at a line's ends,
 * so "10:30:00" and "Note: see" stay.)
 */
export function withoutEmojiShortcodes(markdown: string): string {
  // (A status's dot, ":red_circle:", stays: it is the row's rating, read as the emoji it stands for.)
  return markdown.replace(/(^|[ \t(]):([a-z][a-z0-9_+]*(?:-[a-z0-9_+]+)*):(?:[ \t]+|(?=[),.;]|$))/gm, (whole, before: string, name: string) => (name in STATUS_EMOJI ? whole : before));
}

/** Load a markdown file: the text as is (format "markdown"). */
export function loadMarkdown(path: string): Promise<LoadedText> {
  return loadText(path, "markdown");
}
