/**
 * Tables read by meaning: which column holds what, from the words of its header (any order, any
 * position), and the document's own keys: rating words to colours ("Some risk | Amber | …") and score
 * bands ("16 to 25 | Very high | …"). Nothing here knows a particular document.
 */
import type { Block, StructuredDoc, Table } from "../structure.js";
import { colourRating, columnRole, ratingOf, SYMBOL_ALT_TEXT, withoutLozengeColour, withoutShortcodes, type ColumnRole, type Rating, type RatingKey } from "../vocabulary.js";
import { MONTH_PATTERN } from "../../util/dates.js";
import { REF_PATTERN, filled } from "./context.js";

/** Column indexes by role, in header order. */
export type Columns = Map<ColumnRole, number[]>;

export function classifyColumns(header: string[]): Columns {
  const cols: Columns = new Map();
  // (A project plan's "Name", beside Duration, Start and Finish, is the task's, not a person's; its
  // "Milestone" says Yes or No of the task.)
  const plan = header.filter((h) => PLAN_COLUMN.test(h.trim())).length >= 2;
  // (A work tracker's "Title", beside the item's state, whom it is assigned to or its kind, is the item's,
  // not a post: not a membership list's "Title" beside a member's "Status".)
  const tracked = header.some((h) => /^(?:state|assigned to|work item type|issue type)$/i.test(h.trim()));
  header.forEach((h, i) => {
    const role =
      plan && /^name$/i.test(h.trim()) ? "target" : plan && /^milestones?$/i.test(h.trim()) ? undefined : tracked && /^title$/i.test(h.trim()) ? "item" : columnRole(h);
    if (role) cols.set(role, [...(cols.get(role) ?? []), i]);
  });
  return cols;
}

/** A project plan's columns, as Microsoft Project and its peers export them. */
const PLAN_COLUMN = /^(?:duration|start|finish|% ?complete|predecessors|successors|baseline (?:start|finish)|outline level|wbs)$/i;

/** A score column of an earlier review: "Q1 score", "Previous score", "Last quarter's score". */
// (Or a month's, "Nov score" beside "Score": the register's last review.)
// (Or a tracker's custom field, "Score at the previous review".)
const EARLIER_SCORE = new RegExp(`^(?:q[1-4]|quarter [1-4]|previous|prior|last(?: quarter(?:'s)?)?|earlier|(?:${MONTH_PATTERN})\\.?(?:\\s+'?\\d{2,4})?\\s+score|score (?:at|from|as at|on|before) (?:the )?(?:last|previous|prior|earlier))\\b`, "i");

/** A score column saying where a risk should be brought to ("Target score", "Risk appetite"). */
export const TARGET_SCORE = /\b(?:target|tolerance|appetite)\b/i;

/**
 * The first column of a role. Of several scores, the one that counts now: "residual" / "current" / "net"
 * when a header says so, else the last ("inherent … residual" registers end with it).
 */
export function column(cols: Columns, role: ColumnRole, header?: string[]): number | undefined {
  const all = cols.get(role);
  if (!all?.length) return undefined;
  if (role !== "score") return all[0];
  // A target score is where the risk should end up, not where it stands; an earlier quarter's ("Q1 score",
  // "Previous score") where it stood.
  // (Of "Q1 score" and "Q2 score" alone, the later.)
  const notTarget = header ? all.filter((k) => !TARGET_SCORE.test(header[k] ?? "")) : all;
  const notEarlier = header ? notTarget.filter((k) => !EARLIER_SCORE.test(header[k] ?? "")) : notTarget;
  const standing = notEarlier.length ? notEarlier : notTarget;
  // (A register with only a target score gives the current one by its factors, if at all.)
  if (header && standing.length === 0) return undefined;
  const list = standing;
  const current = header && list.find((k) => /\b(?:residual|current|net|revised)\b/i.test(header[k] ?? ""));
  return current ?? list[list.length - 1];
}

/** The rows of a table as blocks. */
export const tableRows = (doc: StructuredDoc, t: Table): Block[] => t.rows.map((i) => doc.blocks[i]!);

/** Share of a column's filled cells that satisfy `test`. */
export function columnShare(rows: Block[], k: number, test: (cell: string) => boolean): number {
  const cells = rows.map((r) => r.cells?.[k] ?? "").filter((c) => c);
  return cells.length ? cells.filter(test).length / cells.length : 0;
}

/** The column whose cells are mostly ratings (a status column without a telling header). */
export function ratingColumn(rows: Block[], key: RatingKey, width: number, skip: Set<number>): number | undefined {
  let best: { k: number; share: number } | undefined;
  for (let k = width - 1; k >= 1; k--) {
    if (skip.has(k)) continue;
    const share = columnShare(rows, k, (c) => !!ratingOf(c, key));
    const rated = rows.filter((r) => ratingOf(r.cells?.[k], key)).length;
    if (rated >= 2 && share >= 0.6 && (!best || share > best.share)) best = { k, share };
  }
  return best?.k;
}

// ---------------------------------------------------------------------------------------------------
// The document's own keys

export interface DocumentKeys {
  /** Rating word (lower case) -> colour. */
  ratings: RatingKey;
  /** Where the document says so: rating word -> [offset, length] of its key row. */
  ratingSpans: Map<string, [number, number]>;
  /** Score bands of a risk register's key. */
  bands: Band[];
  /** Tables that are keys, not data. */
  tables: Set<number>;
  /**
   * Codes a key names with a word and no colour ("Score 1 – Well below", "n/s – not scored"): code (lower
   * case) -> the word, and where the key says so.
   */
  words: Map<string, { word: string; span: [number, number] }>;
}

/** "Score 1 – Well below: more than 15 per cent below …", "· n/s – not scored: …", "3 = Meeting": a key's line. */
// (Or a code written as code, "`crit` – at risk: …", a tag of a chart's source, which may be a word.)
const KEY_LINE = /^(?:[·•▪*-]\s*)?(?:(?:score|rating|grade|level|status|code)\s+)?`?(\d{1,2}|[a-z]{1,3}(?:\/[a-z]{1,3})?|(?<=`)[a-z][\w-]{0,15}(?=`))`?\s*(?:[–—=]|-\s)\s*([A-Za-z][A-Za-z ]{1,28}?)\s*(?::|\s[–—-]\s|\.|\s*\(|;|$)/i;
/** The fewest lines of a key of codes: a scale has several steps. */
const MIN_KEY_LINES = 3;

/** Keys of codes in words, one line per code, lines next to one another. */
function codeWords(doc: StructuredDoc): DocumentKeys["words"] {
  const found = new Map<string, { word: string; span: [number, number] }>();
  let run: { code: string; word: string; span: [number, number] }[] = [];
  const close = () => {
    if (run.length >= MIN_KEY_LINES && new Set(run.map((r) => r.word.toLowerCase())).size === run.length) for (const r of run) if (!found.has(r.code)) found.set(r.code, { word: r.word, span: r.span });
    run = [];
  };
  for (const b of doc.blocks) {
    const m = b.kind === "row" || b.text.length > 300 ? undefined : KEY_LINE.exec(b.text.trim());
    if (!m) {
      close();
      continue;
    }
    run.push({ code: m[1]!.toLowerCase(), word: m[2]!.trim(), span: [b.start, b.text.length] });
  }
  close();
  return found;
}

export interface Band {
  from: number;
  to: number;
  name: string;
  span: [number, number];
}

const BAND_RANGE = /^(\d{1,2})\s*(?:to|-|–|—)\s*(\d{1,2})$|^(\d{1,2})\s*(?:\+|or (?:more|above|over))$|^(?:≥|>=)\s*(\d{1,2})$|^(?:≤|<=)\s*(\d{1,2})$/i;

function bandRange(cell: string): { from: number; to: number } | undefined {
  // ("score 1 to 6", "scores of 15 to 25": the range with the word for what it ranges over.)
  const m = BAND_RANGE.exec(cell.trim().replace(/^(?:(?:total |risk )?scores?|rated)\s+(?:of\s+)?(?:between\s+)?/i, ""));
  if (!m) return undefined;
  if (m[1]) return { from: Number(m[1]), to: Number(m[2]) };
  if (m[3] ?? m[4]) return { from: Number(m[3] ?? m[4]), to: 99 };
  return { from: 0, to: Number(m[5]) };
}

const words = (c: string) => c.split(/\s+/).filter(Boolean).length;
/** "Severe: a score of 20 to 25", "Medium – scores 5 to 9": a band of a risk key written as a line. */
const BAND_LINE = /^(?:[-*•·]\s*)?([A-Z][a-z]+(?: [a-z]+)?)\s*(?::|[–—-])\s*(?:an?\s+)?(?:(?:total |risk )?scores?\s+(?:of\s+)?(?:between\s+)?)(\d{1,2})\s*(?:to|-|–|and)\s*(\d{1,2})\.?$/;

/** A band written range first: "15 to 25 – high: reviewed every month", "1-6: Low". */
const BAND_LINE_RANGE_FIRST = /^(?:[-*+•·]\s*)?(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})\s*(?::|[–—-])\s*((?:very )?(?:high|medium|low|moderate|severe|critical|significant|minor|major|extreme|tolerable|red|amber|green))\b/i;

/** The short status word in a key row from cell `from` on ("Drifting" of "▲ | Drifting | Behind plan … | Amber"), not its colour. */
function statusWordBeside(cells: string[], from: number): string | undefined {
  // (Up to four words: "Will not be met".)
  return cells.slice(from).map((c) => c.trim()).find((c) => /\p{L}/u.test(c) && words(c) <= 4 && c.length <= 30 && !colourRating(c) && !/^\d/.test(c));
}

/**
 * The rating word a code's meaning opens with, "Green" of "Green: review or inspection done on time, …":
 * the code's own word, before what it means (not a short cell further along, "Register; Stand inspections").
 */
function meaningOpeningWord(cell: string | undefined): string | undefined {
  const m = /^([A-Za-z]+(?: [a-z]+){0,2})\s*(?::|\s[–—-])\s+\S.{10,}$/.exec(cell?.trim() ?? "");
  return m && (colourRating(m[1]!) || ratingOf(m[1]!)) ? m[1] : undefined;
}

/** A key's symbol named by its word ("▲" is "Drifting"), the word and the symbol rated by the key's colour, once each. */
function nameSymbol(keys: DocumentKeys, symbol: string, word: string, colour: Rating | undefined, span: [number, number]): void {
  if (!keys.words.has(symbol)) keys.words.set(symbol, { word, span });
  const lower = word.toLowerCase();
  if (colour && !keys.ratings.has(symbol)) keys.ratings.set(symbol, colour);
  if (colour && !keys.ratings.has(lower)) keys.ratings.set(lower, colour);
  if (!keys.ratingSpans.has(lower)) keys.ratingSpans.set(lower, span);
}

/** One band of several in a line: "16–25 Very high", "10 to 15 High", "5 to 9 are Medium", "15 to 25 are Red". */
const INLINE_BAND = /\b(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})\s*(?:(?:are|is)\s+|=\s*|:\s*)?((?:very )?(?:high|medium|low|moderate|severe|critical|significant|minor|major|extreme|tolerable|red|amber|green))\b/gi;

/**
 * The headings set one under another right above a block: "Key to Table 1" over "Status"; past the rows of
 * keys read already ("Key to Table 1", "Status" and the colours' rows over "Direction of travel").
 */
function headingsRightAbove(doc: StructuredDoc, index: number | undefined, keyTables: Set<number>): string[] {
  const found: string[] = [];
  for (let i = (index ?? 0) - 1; i >= 0 && found.length < 3; i--) {
    const b = doc.blocks[i]!;
    if (b.kind === "heading") found.push(b.text);
    else if (b.kind !== "row" || b.table === undefined || !keyTables.has(b.table)) break;
  }
  return found;
}

/** One band of several in a line, its name first: "Low 1 to 6", "High: 15-25". */
const INLINE_BAND_NAME_FIRST = /\b((?:very )?(?:high|medium|low|moderate|severe|critical|significant|minor|major|extreme|tolerable|red|amber|green))\s*(?::\s*|=\s*)?(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})\b/gi;

/** A cell that is a key of three codes or more and nothing else: "G = on track; A = some risk; R = off track". */
const WHOLE_KEY_CELL = /^(?:[A-Za-z]{1,3}\s*=\s*[^;=]{1,30};\s*){2,}[A-Za-z]{1,3}\s*=\s*[^;=]{1,30}$/;

/** Keys and legends: rating words mapped to colours, score bands, and inline "G = on track" keys. */
export function findKeys(doc: StructuredDoc): DocumentKeys {
  const keys: DocumentKeys = { ratings: new Map(), ratingSpans: new Map(), bands: [], tables: new Set(), words: codeWords(doc) };
  for (const table of doc.tables) {
    const rows = [...(table.header.length ? [table.header] : []), ...tableRows(doc, table).map((b) => b.cells ?? [])];
    const symbolWords: [string, string, Rating | undefined, number][] = [];
    const blocks = tableRows(doc, table);
    const headerBlock = doc.blocks.find((b) => b.cells === table.header);
    const spanOf = (k: number): [number, number] => {
      const b = table.header.length ? (k === 0 ? headerBlock : blocks[k - 1]) : blocks[k];
      return b ? [b.start, b.text.length] : [0, 0];
    };
    // Rating keys: a short rating word beside a colour ("Some risk | Amber | There are risks …").
    const mapped: [string, Rating, number][] = [];
    rows.forEach((cells, k) => {
      const f = filled(cells);
      const colourAt = f.findIndex((c) => colourRating(c));
      // ("● | On course | … | Green": a symbol, the status word it stands for, perhaps its colour.)
      // (Or a letter code: "C | Complete | Blue | Delivered.")
      const coded = f[0] && f[0].length <= 3 && (!/[\p{L}\p{N}]/u.test(f[0]) || /^[A-Z]{1,2}$/.test(f[0]));
      const named = coded ? (meaningOpeningWord(f[1]) ?? statusWordBeside(f, 1)) : undefined;
      if (named) symbolWords.push([f[0]!.toLowerCase(), named, colourAt >= 0 ? colourRating(f[colourAt]) : undefined, k]);
      // A key row is a word, its colour and perhaps what it means; a data row says much more.
      if (colourAt < 0 || f.length > (named ? 4 : 3) || REF_PATTERN.test(f[0] ?? "")) return;
      const word = f.find((c, i) => i !== colourAt && words(c) <= 4 && !colourRating(c) && !/^\d/.test(c) && c.length <= 30);
      if (word) mapped.push([word.toLowerCase().replace(/[.:]$/, ""), colourRating(f[colourAt])!, k]);
    });
    // A key maps a few words each to its own colour, and says it is a key (or uses rating words); a data
    // table has many rows of the same few colours beside names and text.
    const colours = new Set(mapped.map(([, c]) => c));
    const saysKey = [table.title ?? "", ...table.header, ...(blocks[0]?.headings ?? [])].some((t) => /\b(?:key|legend|rating|ratings|status|rag|colou?r|meaning|means|definitions?)\b/i.test(t));
    const ratingWords = mapped.every(([w]) => ratingOf(w));
    if (mapped.length >= 2 && mapped.length <= 8 && colours.size >= Math.max(2, mapped.length - 1) && (saysKey || ratingWords)) {
      for (const [word, colour, k] of mapped) {
        keys.ratings.set(word, colour);
        keys.ratingSpans.set(word, spanOf(k));
      }
      // (A symbol without a colour in the key is rated by its word: "○ | Not started" is not rated.)
      for (const [symbol, word, coloured, k] of symbolWords) nameSymbol(keys, symbol, word, coloured ?? ratingOf(word), spanOf(k));
      keys.tables.add(table.index);
      continue;
    }
    // Keys in words: each rating word once beside what it means ("Partially achieved | Some of the target
    // has been met …"), under a header or title that says so.
    const defined = rows
      .map((cells, k) => ({ f: filled(cells), k }))
      .filter(({ f }) => f.length >= 2 && f.length <= 3 && ratingOf(f[0]) && words(f[1]!) >= 4);
    // (The title may be the key's column, "Status", set under a heading that says it is a key: "Key to Table 1".)
    const explains = [table.title ?? "", ...table.header, ...headingsRightAbove(doc, (headerBlock ?? blocks[0])?.index, keys.tables)].some((t) => /\b(?:key|legend|means?|meaning|definitions?|what it means)\b/i.test(t));
    if (explains && defined.length >= 2 && defined.length === tableRows(doc, table).length && new Set(defined.map(({ f }) => ratingOf(f[0])!)).size === defined.length) {
      for (const { f, k } of defined) {
        const word = f[0]!.toLowerCase();
        if (!keys.ratings.has(word)) keys.ratings.set(word, ratingOf(f[0])!);
        keys.ratingSpans.set(word, spanOf(k));
        // (A colour whose meaning opens with its status words, "Grey | Not yet due: no figures are expected",
        // is called by them.)
        const called = colourRating(f[0]) || /^gr[ae]y$/.test(word) ? meaningOpeningWord(f[1]) : undefined;
        if (called && !keys.words.has(word)) keys.words.set(word, { word: called, span: spanOf(k) });
      }
      keys.tables.add(table.index);
      continue;
    }
    // A key of status words of the document's own ("Treat | We are taking action …", "Tolerate | …"):
    // what each word means, not records.
    const header = table.header.filter((h) => h.trim());
    if (header.length === 2 && /\b(?:status|rating|rag|code|category|response)\b/i.test(header[0]!) && /\b(?:means?|meaning|definitions?|description|explanation)\b/i.test(header[1]!)) {
      const explained = rows.filter((cells) => {
        const f = filled(cells);
        return f.length === 2 && words(f[0]!) <= 3 && words(f[1]!) >= 4;
      });
      if (explained.length >= 2 && explained.length === tableRows(doc, table).length) {
        keys.tables.add(table.index);
        continue;
      }
    }
    // A key of codes, each with what it means in one or more columns ("Status | Milestones | Indicators" over
    // "A | At risk of missing the due date | At risk of missing the year-end target"), under a title or
    // heading that says it is a key: the codes' colours are what their meanings say.
    const aboveSays = [table.title ?? "", ...(blocks[0]?.headings ?? []), doc.blocks[(headerBlock ?? blocks[0])!.index - 1]?.text ?? "", ...headingsRightAbove(doc, (headerBlock ?? blocks[0])?.index, keys.tables)].some((t) =>
      /\b(?:key|legend|how to read|means?|meaning|definitions?)\b/i.test(t),
    );
    // A key of symbols with no header of its own ("✔ | Achieved: the target for the year has been met."),
    // under a title that says it is a key: each symbol is the word before its meaning.
    const symbolRows = rows.map(filled);
    const symbolic = symbolRows.filter((f) => f.length === 2 && /^[^\p{L}\p{N}\s]{1,3}$/u.test(f[0]!));
    if (aboveSays && symbolic.length >= 2 && symbolic.length === symbolRows.length && symbolRows.length <= 8) {
      symbolic.forEach((f, k) => {
        // (Or its whole meaning, when short: "↑ | Improved since Quarter 1 2071/72".)
        const meaning = f[1]!.split(/:\s|\s[–—-]\s/)[0]!.trim();
        const word = statusWordBeside([meaning], 0) ?? (words(meaning) <= 6 && meaning.length <= 50 ? meaning : undefined);
        if (word) nameSymbol(keys, f[0]!.toLowerCase(), word.replace(/[.:]$/, ""), ratingOf(word), spanOf(k));
      });
      keys.tables.add(table.index);
      continue;
    }
    const codeRows = blocks.map((b) => b.cells ?? []);
    const coded = codeRows.filter((cells) => /^\S{1,3}$/.test((cells[0] ?? "").trim()) && cells.slice(1).some((c) => words(c) >= 1));
    // (Or with no header row at all: a sheet's "Key" line over "G | On track", "C | Complete".)
    const codeHeader = header.length === 0 || (header.length >= 2 && /\b(?:status|rating|rag|code|symbol|key)\b/i.test(header[0]!));
    if (codeHeader && aboveSays && coded.length >= 2 && coded.length === codeRows.length && codeRows.length <= 8) {
      codeRows.forEach((cells, k) => {
        const code = cells[0]!.trim().toLowerCase();
        const colour = colourRating(cells[0]!) ?? cells.slice(1).map((c) => ratingOf(c)).find((r) => !!r);
        const span = spanOf(table.header.length ? k + 1 : k);
        if (colour && !keys.ratings.has(code)) {
          keys.ratings.set(code, colour);
          keys.ratingSpans.set(code, span);
        }
        // A symbol's own word in the key ("▲ | Drifting | Behind plan … | Amber"): the status it stands for.
        // (Or the word its meaning opens with: "Slipping – recoverable within the year".)
        const word = meaningOpeningWord(cells[1]) ?? statusWordBeside(cells.map((c) => c.split(/:\s|\s[–—-]\s/)[0]!), 1);
        if (word && !/[a-z]{2}/i.test(code)) nameSymbol(keys, code, word, colour, span);
      });
      keys.tables.add(table.index);
      continue;
    }
    // Band keys: a score range beside a band name ("16 to 25 | Very high | Immediate action").
    const bands: Band[] = [];
    rows.forEach((cells, k) => {
      const f = filled(cells);
      // The range first ("16 to 25 | Very high") or the band's name first ("High | score 15 to 25").
      const at = f[0] && bandRange(f[0]) ? 0 : f[1] && bandRange(f[1]) && words(f[0]!) <= 3 ? 1 : -1;
      const range = at >= 0 ? bandRange(f[at]!) : undefined;
      const name = f.find((c, i) => i !== at && words(c) <= 3 && !/^\d/.test(c));
      if (range && name) bands.push({ ...range, name: name.charAt(0).toUpperCase() + name.slice(1), span: spanOf(k) });
    });
    if (bands.length >= 2) {
      keys.bands.push(...bands);
      keys.tables.add(table.index);
    }
  }
  // Bands written as lines: "Severe: a score of 20 to 25", "High – 10 to 16".
  const lineBands: Band[] = [];
  for (const b of doc.blocks) {
    const m = b.kind === "row" ? undefined : BAND_LINE.exec(b.text.trim());
    if (m) lineBands.push({ from: Number(m[2]), to: Number(m[3]), name: m[1]!, span: [b.start, b.text.length] });
    const first = b.kind === "row" || m ? undefined : BAND_LINE_RANGE_FIRST.exec(b.text.trim());
    if (first) lineBands.push({ from: Number(first[1]), to: Number(first[2]), name: first[3]!.charAt(0).toUpperCase() + first[3]!.slice(1), span: [b.start, b.text.length] });
  }
  if (lineBands.length >= 2 && keys.bands.length === 0) keys.bands.push(...lineBands);
  // Bands listed in one line or sentence: "Bands: 16–25 Very high; 10–15 High; 5–9 Medium; 1–4 Low",
  // "Scores of 16 to 25 are Very high, 10 to 15 High, 5 to 9 Medium and 1 to 4 Low".
  // (A tracker's key may be written in an item's description, a cell of prose: its sentences are read too.)
  const cellSentences = proseCellSentences(doc);
  if (keys.bands.length === 0) {
    for (const b of [...doc.blocks, ...cellSentences]) {
      // (Or a "Rating:" line under a register: "Rating: 1 to 6 Low; 8 to 12 Medium; 15 to 25 High.")
      if (b.kind === "row" || b.text.length > 600 || !/\b(?:bands?|scores?|scored|rated|ratings?)\b/i.test(b.text)) continue;
      const rangeFirst = [...b.text.matchAll(INLINE_BAND)].map((m) => ({ from: Number(m[1]), to: Number(m[2]), name: m[3]! }));
      // (Or the band's name first: "Rating bands: Low 1 to 6, Medium 8 to 12, High 15 to 25.")
      const nameFirst = [...b.text.matchAll(INLINE_BAND_NAME_FIRST)].map((m) => ({ from: Number(m[2]), to: Number(m[3]), name: m[1]! }));
      const listed = (rangeFirst.length >= 3 ? rangeFirst : nameFirst).map((x) => ({ ...x, name: x.name.charAt(0).toUpperCase() + x.name.slice(1).toLowerCase(), span: [b.start, b.text.length] as [number, number] }));
      if (listed.length >= 3 && new Set(listed.map((x) => x.name)).size === listed.length) {
        keys.bands.push(...listed);
        break;
      }
    }
  }
  // Inline keys: "Key: G = on track; A = some risk", "On track = Green".
  for (const b of [...doc.blocks, ...cellSentences]) {
    // (A legend's lines may be items under a "Legend" or "Key" heading.)
    const inKey = (b.headings ?? []).some((h) => /^(?:key|legend|status key|key to (?:ratings|status(?: codes)?))\b/i.test(h));
    // (Or a data dictionary's description of a rating field, a cell that is a whole key: "q2_rag | text |
    // Quarter 2 rating | G = on track; A = some risk; R = off track; C = complete".)
    const keyCell = b.kind === "row" && /\b(?:rating|rag|status)\b/i.test(b.text.replace(/_/g, " ")) ? b.cells?.find((c) => WHOLE_KEY_CELL.test(c.trim())) : undefined;
    if ((b.kind === "row" && !keyCell) || (!inKey && !keyCell && !/\b(?:key|legend|rating|ratings|status)\b/i.test(b.text)) || b.text.length > 400) continue;
    for (const m of (keyCell ?? b.text).matchAll(/([A-Za-z][A-Za-z /]{0,24}?)\s*(?:=|:|–|—|(?<=\s)-(?=\s))\s*([A-Za-z][A-Za-z /]{0,24}?)(?=[;,.):]|\s*$|\s+[A-Z][A-Za-z /]{0,24}\s*(?:=|:))/g)) {
      const [left, right] = [m[1]!.trim(), m[2]!.trim()];
      // In a key, a code of one or two letters stands for its colour ("G = on track", "NR = not rated").
      const code = (c: string) => colourRating(c) ?? (c.replace(/\s/g, "").length <= 3 ? ratingOf(c) : undefined);
      // ("Grey – not rated": a word of the document's, named by a rating phrase of the genre.)
      const byMeaning = !code(right) && !code(left) && /^[A-Za-z]+$/.test(left) ? ratingOf(right) : undefined;
      const colour = code(right) ?? code(left) ?? byMeaning;
      const word = code(right) || byMeaning ? left : code(left) ? right : undefined;
      if (!colour || !word || /^(?:key|legend|rating|ratings|status)$/i.test(word)) continue;
      const lower = word.toLowerCase();
      if (!keys.ratings.has(lower)) {
        keys.ratings.set(lower, colour);
        keys.ratingSpans.set(lower, [b.start, b.text.length]);
      }
      // (A code the genre does not know, "C – complete", reads as the word the key gives it.)
      if (byMeaning && left.length <= 3 && !keys.words.has(lower)) keys.words.set(lower, { word: right, span: [b.start, b.text.length] });
    }
    // "(G) on track to be delivered by the due date; (C) complete": a code in brackets before its meaning,
    // whose opening words are a rating's.
    for (const m of b.text.matchAll(/[([]([A-Za-z]{1,3}(?:\/[A-Za-z]{1,2})?)[)\]]\s+([A-Za-z][^;,.()[\]]{1,60})/g)) {
      const code = m[1]!.toLowerCase();
      const meaning = m[2]!.trim().split(/\s+/);
      let colour: ReturnType<typeof ratingOf>;
      for (let n = Math.min(4, meaning.length); n >= 1 && !colour; n--) colour = ratingOf(meaning.slice(0, n).join(" "));
      if (!colour || keys.ratings.has(code)) continue;
      keys.ratings.set(code, colour);
      keys.ratingSpans.set(code, [b.start, b.text.length]);
    }
  }
  numberedCodesInLine(doc, keys);
  symbolsInLine(doc, keys);
  colourWordLines(doc, keys);
  return keys;
}

/**
 * The sentences of a table's prose cells (twelve words or more), each as a line of text at its place in the
 * row: a work tracker's item may explain the ratings and score bands in its description.
 */
function proseCellSentences(doc: StructuredDoc): Block[] {
  const out: Block[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== "row") continue;
    let from = 0;
    for (const cell of b.cells ?? []) {
      const at = cell ? b.text.indexOf(cell, from) : -1;
      if (at < 0) continue;
      from = at + cell.length;
      if (cell.trim().split(/\s+/).length < 12) continue;
      for (const m of cell.matchAll(/[^.!?]+(?:[.!?]+|$)/g)) {
        const text = m[0].trim();
        if (text) out.push({ ...b, kind: "text", text, cells: undefined, start: b.start + at + m.index! + m[0].indexOf(text) });
      }
    }
  }
  return out;
}

/** RAG ratings best first, for placing a key's unrated level between its rated neighbours. */
const ORDERED_RATINGS: Rating[] = ["Green", "Amber/Green", "Amber", "Amber/Red", "Red"];

/** One entry of a key of symbols written in a line: "⛅ Sunny intervals – minor issues, expected to recover". */
const SYMBOL_ENTRY = /^([^\p{L}\p{N}\s]{1,3})\s+(?:(\p{Lu}[\p{L}'’]*(?: [\p{Ll}'’]+){0,2})\s+[–—-]\s+)?(\p{L}.*)$/u;

/**
 * Or a letter code before its meaning in words: "G on track", "B achieved" ("Key: G on track · A some risk").
 * (Its empty second group stands where a symbol's entry may name its word: a letter's entry names none.)
 */
const LETTER_ENTRY = /^(\p{Lu}{1,2})\s+()(\p{Ll}[\p{L}'’ ]*)$/u;

/**
 * A key of symbols written in one line, best first, each with its word and what it means ("Health key:
 * ☀ Sunny – on track · ⛅ Sunny intervals – minor issues, expected to recover · ☁ Cloudy – at risk …"):
 * each symbol is its word, rated by what it means; a level whose meaning names no rating, between two that
 * do, is the grade between them (⛅ between on track and at risk is Amber/Green), so a move from it to
 * its neighbour reads as a move.
 */
function symbolsInLine(doc: StructuredDoc, keys: DocumentKeys): void {
  for (const b of doc.blocks) {
    // (Or a line that opens "Ratings:" and names three symbols or more.)
    if (b.kind === "row" || b.text.length > 600 || !/\b(?:key|legend)\b|^[#\s]*(?:ratings?|rag|status(?:es)?)\s*:/i.test(b.text)) continue;
    const body = withoutShortcodes(b.text).replace(/^[#\s]*[^:]{0,40}\b(?:key|legend)\b[^:]{0,20}:\s*|^[#\s]*(?:ratings?|rag|status(?:es)?)\s*:\s*/i, "");
    const entries = body
      .split(/\s+[·•|;]\s+|;\s+/)
      .map((part) => SYMBOL_ENTRY.exec(part.trim()) ?? LETTER_ENTRY.exec(part.trim()))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => {
        const meaning = m[3]!.trim().replace(/[.;]$/, "");
        // ("at risk, action needed": the meaning's first clause says the level; its gloss says what follows.)
        const rating = meaningRating(meaning.split(/,\s/)[0]!) ?? (m[2] ? ratingOf(m[2]) : undefined);
        return { symbol: m[1]!.toLowerCase(), word: m[2] || meaning, rating };
      });
    // (One symbol drawn in several colours, "● on track · ● off track" in green and red: each entry is its
    // colour's, in the order the line's fills give them; a symbol drawn once, "○ no return", is its own.)
    const repeated = entries.filter((e) => entries.filter((x) => x.symbol === e.symbol).length > 1);
    if (repeated.length && b.fills?.length === repeated.length) {
      repeated.forEach((e, k) => {
        const colour = b.fills![k]!.toLowerCase();
        if (!keys.words.has(colour)) keys.words.set(colour, { word: e.word, span: [b.start, b.text.length] });
      });
      for (const e of entries) if (!repeated.includes(e) && !keys.words.has(e.symbol)) nameSymbol(keys, e.symbol, e.word, e.rating, [b.start, b.text.length]);
      continue;
    }
    if (entries.length < MIN_KEY_LINES || new Set(entries.map((e) => e.symbol)).size !== entries.length) continue;
    if (entries.filter((e) => e.rating && e.rating !== "Not rated").length < 2) continue;
    const rank = (r: Rating | undefined) => (r ? ORDERED_RATINGS.indexOf(r) : -1);
    entries.forEach((e, k) => {
      if (e.rating) return;
      const [before, after] = [rank(entries[k - 1]?.rating), rank(entries[k + 1]?.rating)];
      if (before >= 0 && after - before === 2) e.rating = ORDERED_RATINGS[before + 1];
    });
    for (const e of entries) if (!keys.words.has(e.symbol)) nameSymbol(keys, e.symbol, e.word, e.rating, [b.start, b.text.length]);
  }
}

/** A key's line that gives a colour its word and meaning: "green on course – will be delivered by the due date". */
const COLOUR_WORD_LINE = /^(?:[-*•]\s+)?(green|amber|red|blue|gr[ae]y|yellow|black|purple)\s+([A-Za-z][a-z]*(?: [a-z]+){0,3})\s+[–—-]\s+\S/i;

/**
 * A key written as lines, each a colour (a page's dot, written as a shortcode or a word) with the status
 * word it stands for and what that means: the colour, where a cell gives it, reads as that word ("amber" is
 * "at risk"). Three lines or more, each a colour of its own.
 */
function colourWordLines(doc: StructuredDoc, keys: DocumentKeys): void {
  let run: { colour: string; word: string; span: [number, number] }[] = [];
  const close = () => {
    if (run.length >= MIN_KEY_LINES && new Set(run.map((r) => r.colour)).size === run.length) {
      for (const r of run) {
        const rating = colourRating(r.colour) ?? ratingOf(r.word) ?? ratingOf(r.colour);
        if (!keys.words.has(r.colour)) keys.words.set(r.colour, { word: r.word, span: r.span });
        if (rating && !keys.ratings.has(r.word.toLowerCase())) keys.ratings.set(r.word.toLowerCase(), rating);
        if (rating && !keys.ratings.has(r.colour)) keys.ratings.set(r.colour, rating);
        if (!keys.ratingSpans.has(r.colour)) keys.ratingSpans.set(r.colour, r.span);
      }
    }
    run = [];
  };
  for (const b of doc.blocks) {
    const m = b.kind === "row" || b.text.length > 200 ? undefined : COLOUR_WORD_LINE.exec(withoutShortcodes(b.text).trim());
    if (!m) {
      close();
      continue;
    }
    run.push({ colour: m[1]!.toLowerCase(), word: m[2]!, span: [b.start, b.text.length] });
  }
  close();
}

/** One code of a numbered key written in a line: "3 = outside tolerance - action needed" (up to ";" or the end). */
const NUMBERED_CODE = /(?:^|[;,:]\s*)(\d{1,2})\s*=\s*([A-Za-z][^;=]{2,80}?)\s*(?=;|$)/g;

/**
 * A key of numbered codes given in one line ("status_cd: 1 = on or better than target; 2 = worse than target
 * but within tolerance (5% of target); 3 = outside tolerance - action needed; 4 = no return"): each code
 * stands for its meaning's opening words, rated by what the meaning says (on target, within tolerance,
 * outside it, not measured). Only a key of three codes or more, two of them rated.
 */
function numberedCodesInLine(doc: StructuredDoc, keys: DocumentKeys): void {
  for (const b of doc.blocks) {
    if (b.kind === "row" || b.text.length > 500) continue;
    const codes = [...b.text.matchAll(NUMBERED_CODE)].map((m) => ({ code: m[1]!, word: m[2]!.split(/\s+[-–—/]\s+|\s*\(/)[0]!.trim(), meaning: m[2]! }));
    if (codes.length < MIN_KEY_LINES || new Set(codes.map((c) => c.code)).size !== codes.length) continue;
    const rated = codes.map((c) => ({ ...c, rating: meaningRating(c.meaning) }));
    if (rated.filter((c) => c.rating).length < 2) continue;
    for (const c of rated) {
      if (keys.words.has(c.code)) continue;
      keys.words.set(c.code, { word: c.word, span: [b.start, b.text.length] });
      const lower = c.word.toLowerCase();
      if (c.rating && !keys.ratings.has(lower)) keys.ratings.set(lower, c.rating);
    }
  }
}

/** The rating a key's meaning describes: "on or better than target", "within tolerance", "outside tolerance", "no return". */
export function meaningRating(meaning: string): Rating | undefined {
  const m = meaning.toLowerCase();
  if (/\b(?:no return|not (?:yet )?(?:measured|due|available|reported|rated|started|scored)|no data|no (?:update|submission)|not applicable)\b/.test(m)) return "Not rated";
  if (/\b(?:outside (?:the )?tolerance|action (?:needed|required)|off (?:track|target)|significantly (?:below|worse|behind)|not (?:met|achieved)|missed)\b/.test(m)) return "Red";
  if (/\b(?:within (?:the )?tolerance|slightly (?:below|worse|behind)|close to (?:the )?target|near(?:ly)? (?:the )?target|some risk|at risk)\b/.test(m)) return "Amber";
  if (/\b(?:complete(?:d)?|delivered)\b/.test(m)) return "Blue";
  if (/\b(?:on or (?:better|above|ahead)|better than (?:the )?target|on (?:target|track|course)|(?:target )?(?:met|achieved|exceeded))\b/.test(m)) return "Green";
  return ratingOf(meaning);
}

/** The rating of a cell and, when the document's key gave it, the key row to cite. */
/** Check boxes a rating is ticked in: "☐ Complete ☐ On track ☒ Some slippage ☐ Off track". */
const UNTICKED_BOX = /[☐□▢❏]/;
const TICKED_OPTION = /[☒☑✅✔✓■▣]\s*([^☐□▢❏☒☑✅✔✓■▣]+)/;

/** The option ticked in a cell of check boxes, when the cell is one ("☒ Some slippage"); else undefined. */
export function tickedOption(cell: string | undefined): string | undefined {
  if (!cell || !UNTICKED_BOX.test(cell)) return undefined;
  return TICKED_OPTION.exec(cell)?.[1]?.trim() || undefined;
}

export function readRating(raw: string | undefined, keys: DocumentKeys): { rating: Rating; label?: string; keySpan?: [number, number] } | undefined {
  const cell = tickedOption(raw) ?? raw;
  const rating = ratingOf(cell, keys.ratings);
  if (!rating) return undefined;
  const written = withoutLozengeColour(withoutShortcodes(cell ?? "").trim().replace(/[.:]$/, ""));
  // (A symbol's alt text, "Red circle", says its colour.)
  const word = SYMBOL_ALT_TEXT.exec(written.toLowerCase())?.[1] ?? written;
  const lower = word.toLowerCase();
  // A symbol the key names ("▲" for "Drifting") reads as its word.
  const named = keys.words.get(lower);
  const isColour = lower === rating.toLowerCase() || (rating === "Not rated" && /^gr[ae]y$/.test(lower));
  // (A colour the key gives one word of its own, "Red | Off track", reads as that word: the key says it.
  // Not a code, "R".)
  const keyWords = isColour && !named ? [...keys.ratings.entries()].filter(([w, r]) => r === rating && w !== lower && !colourRating(w) && /^[a-z][a-z ]{3,}$/.test(w)).map(([w]) => w) : [];
  const keyWord = keyWords.length === 1 ? keyWords[0]! : undefined;
  const keySpan = named?.span ?? keys.ratingSpans.get(keyWord ?? lower);
  const label = named ? named.word : keyWord ? keyWord.charAt(0).toUpperCase() + keyWord.slice(1) : isColour ? undefined : word;
  return { rating, ...(label ? { label } : {}), ...(keySpan ? { keySpan } : {}) };
}
