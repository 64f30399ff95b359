/**
 * Extractive answers from passages: the sentences (or short runs of lines) of the retrieved chunks that
 * best answer the question, each with its exact span in the document for quoting.
 */
import { refTitlesOf } from "../ingest/chunk.js";
import { SPEAKER_STAMP } from "../ingest/vocabulary.js";
import type { Passage } from "../retrieve/hybrid.js";
import type { Locator } from "../ingest/records/schema.js";
import { contentWords, stem } from "../util/text.js";
import { MONTH_PATTERN } from "../util/dates.js";
import { matchScore } from "../util/similarity.js";
import { questionWords } from "./query.js";
import type { Relevance } from "./relevance.js";

export interface Sentence {
  docId: string;
  start: number;
  end: number;
  text: string;
  locator: Locator;
  score: number;
  /** Weighted share of the question's subject words found in the sentence or its chunk's headings. */
  coverage: number;
}

interface Unit {
  start: number;
  end: number;
  text: string;
}

const MIN_UNIT = 60;
/** A word used in at most this many chunks is rare enough to pick one contact card out of a group. */
const RARE_WORD_CHUNKS = 10;
/** Weight of a sentence's coverage of the question in its rank. */
const COVERAGE_WEIGHT = 3;
/** A list with its lead-in is read as one unit up to this length. */
const MAX_LIST = 400;
/** A list item: a bullet or dash, "3." or "3)", or a sub-numbered "30.1". */
const LIST_ITEM = /^\s*(?:[-–•▪*]|\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?)\s/;
/** The longest quote of a resolution or a lead-in with its lettered points. */
const MAX_RESOLUTION = 700;
/** A resolution's opening, whose lettered points are the decision: "RESOLVED that the Task Group:". */
const RESOLUTION_LEAD = /(?:^|\s)(?:RESOLVED|AGREED|DECIDED)\b[^.:]{0,80}:\s/;
/** A list item longer than this is a numbered paragraph, not an item of a short list. */
const MAX_ITEM = 200;
const MAX_MERGED = 520;
/** A list item this short ending in a full stop is still an item of a short list, not a paragraph. */
const SHORT_ITEM = 120;
/** How many units after a question the document asks are read as its answer. */
const ANSWER_LINES = 2;
/**
 * A speaker's turn in a transcript, as a call's display name gives it: a person's name, then their post in
 * brackets, their body after a dash or a bar, or an acronym, then a colon ("Cllr Jo Bloggs (Chair): …",
 * "Jo Bloggs | Leeds CC: …", "Jo Bloggs LGA: …").
 */
export const SPEAKER_TURN = /^(?:(?:Cllr|Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3}(?:\s*\([^)]{1,40}\)|\s+[-–|]\s+[^:]{1,60}|\s+[A-Z]{2,6}):\s/u;
/** A chat export's message, opened by its stamp and sender: "23/02/2124, 12:07 - Jo Bloggs: …", "[02/10/2096, 09:02:03] Jo Bloggs: …". */
const CHAT_MESSAGE = /^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s(?:[-–]\s)?[^:\n]{1,60}:\s/;
/** How far past a chunk's end a sentence may be read on. */
const LOOKAHEAD = 600;

/** The whole row a unit is a cell of, when the row is not too long to quote; else undefined. */
function personRow(text: string, unit: Unit): Unit | undefined {
  if (!rowLine(text, unit.start)) return undefined;
  const start = text.lastIndexOf("\n", unit.start - 1) + 1;
  const end = text.indexOf("\n", unit.end) < 0 ? text.length : text.indexOf("\n", unit.end);
  if (end - start > MAX_MERGED || (start === unit.start && end === unit.end)) return undefined;
  return { start, end, text: text.slice(start, end).trim() };
}

/** Of a unit of several table rows, the row that scores best, when one scores better than the rest. */
function bestRow(text: string, unit: Unit, score: (line: string) => number): Unit | undefined {
  const body = text.slice(unit.start, unit.end);
  if (!body.includes("\n")) return undefined;
  const lines: Unit[] = [];
  let at = unit.start;
  for (const line of body.split("\n")) {
    if (line.trim()) lines.push({ start: at, end: at + line.length, text: line.trim() });
    at += line.length + 1;
  }
  if (lines.length < 2 || !lines.every((l) => l.text.includes(" | "))) return undefined;
  const scored = lines.map((l) => ({ l, score: score(l.text) })).sort((a, b) => b.score - a.score);
  return scored[0]!.score > scored[1]!.score ? scored[0]!.l : undefined;
}

/** The line holding offset `at`. */
function lineAt(text: string, at: number): string {
  const from = text.lastIndexOf("\n", at - 1) + 1;
  const to = text.indexOf("\n", at);
  return text.slice(from, to < 0 ? text.length : to);
}

/** Whether the line holding `at` is a table row (cells joined by " | "). */
const rowLine = (text: string, at: number): boolean => lineAt(text, at).includes(" | ");

/**
 * The first line of the run of table rows holding offset `at` (its header, as the text gives tables), or
 * undefined when `at` is not in a row or is in that first line.
 */
export function rowHeader(text: string, at: number): string | undefined {
  let lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (!rowLine(text, lineStart)) return undefined;
  let header: string | undefined;
  for (let hops = 0; lineStart > 0 && hops < HEADER_REACH; hops++) {
    const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    if (!rowLine(text, prevStart)) break;
    header = lineAt(text, prevStart);
    lineStart = prevStart;
  }
  return header;
}

/** How many rows up a row's header is looked for. */
const HEADER_REACH = 80;

/**
 * A numbered footnote citing a publication: "2 Comptroller and Auditor General, *Local government funding*,
 * Session 2014-15, HC 174, National Audit Office, June 2014." (a list of parts ending in its date).
 */
const REFERENCE_ENTRY = /^\d{1,3}\s+[A-Z][^,]{2,80}(?:,[^,]{2,120}){2,},\s*(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\.?$/;
const ASKS_FOR_CHANGE = /\bwhat (?:has |had |will )?happen(?:ed|s)? to\b|\bhow (?:has|have|had|did) .{3,60}\bchange/i;
const CHANGE = /\b(?:fallen|fell|falls?|risen|rose|rises?|increased?|increases|decreased?|decreases|reduced?|reduction|cut|grown|grew|dropped|declined?|doubled|halved)\b/i;
/** A table's or a figure's caption standing alone: "Table 1: Budget 2026/27 (£)". */
const CAPTION = /^\s*(?:table|figure|fig\.|chart|graph)\s+[\dA-Z]{1,3}[.:]?\s[^.!?]*$/i;

/** Words saying a date was changed: moved, postponed, deferred, put back, instead of … */
const RESCHEDULED = /\b(?:moved?|moving|postponed|re-?scheduled|re-?arranged|deferred|brought forward|put back|pushed back|slipped|revised|replac(?:ing|es)|instead of|new date|carried forward|not by)\b/i;
const ASKS_FOR_SOURCE = /\b(?:sources?|references?|footnotes?|citations?|cited|published|publication|which report|what report)\b/i;

/** A table row no longer than this is quoted whole. */
const SHORT_ROW = 300;
const shortRow = (text: string, at: number): boolean => {
  const line = lineAt(text, at);
  return line.includes(" | ") && line.length <= SHORT_ROW;
};

/** A cell no longer than this is read with the short cells beside it. */
const SHORT_CELL = 80;

/** Whether the cells either side of a " | " at [from, to) are both short. */
function shortCellsBeside(text: string, from: number, to: number): boolean {
  const lineStart = text.lastIndexOf("\n", from - 1) + 1;
  const before = text.slice(lineStart, from);
  const cellBefore = before.slice(before.lastIndexOf(" | ") + 1);
  const lineEnd = text.indexOf("\n", to);
  const after = text.slice(to, lineEnd < 0 ? text.length : lineEnd);
  const next = after.indexOf(" | ");
  const cellAfter = next < 0 ? after : after.slice(0, next);
  // (A cell that stops on "for", "of", "and" was cut where a printed table wrapped it: the rest of its
  // words are on the row's next line, so its neighbours are not its words' next ones.)
  const cut = (cell: string) => /\b(?:for|of|and|or|the|to|a|an|in|with|by|on|at)$/i.test(cell.trim());
  return cellBefore.trim().length <= SHORT_CELL && cellAfter.trim().length <= SHORT_CELL && !cut(cellBefore) && !cut(cellAfter);
}

/** A day alone on its line, "Friday 27 January 2147": the title of what happens that day. */
const DAY_TITLE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/;

/** A count alone on its line, "9 dots", "12 votes"; or a card's due day without its year, "6 Mar". */
const COUNT_LINE = /^\d[\d,]*\s+(?:dots?|votes?|likes?|responses?|ticks?|stars?)$|^\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}$/i;

/** Split a chunk body into sentence units with their offsets; very short lines join the lines after them. */
export function sentenceUnits(text: string, base: number): Unit[] {
  const units: { start: number; end: number }[] = [];
  // (Not after a title's or a number's abbreviation: "the hon. Lady", "the Rt. Hon. Member", "No. 5".)
  const boundary = /(?<=[.!?])(?<!\b(?:[Hh]on|Rt|No|Nos|Mr|Mrs|Ms|Dr|St|Prof|Cllr|Capt|Col|Gen|Lt|Sgt|cf|viz|approx)\.)\s+(?=[A-Z0-9"“‘(£])|\n+|\s\|\s|\s+[•▪]\s+/g;
  let last = 0;
  for (const m of text.matchAll(boundary)) {
    // A short table row is one unit: its cells (a reference, a name, figures) mean little apart.
    if (m[0].includes("|") || !m[0].includes("\n")) {
      if (shortRow(text, m.index!)) continue;
    }
    // (In a long row, short cells side by side, "LIB-09 | WS4 … | 1,140 | 1,150 | 262 | 251 | Amber", are
    // one unit too: the row's name, reference and figures; its prose cells stand apart.)
    if (m[0].includes("|") && shortCellsBeside(text, m.index!, m.index! + m[0].length)) continue;
    units.push({ start: last, end: m.index! });
    last = m.index! + m[0].length;
  }
  units.push({ start: last, end: text.length });
  const merged: { start: number; end: number }[] = [];
  // (Units closed by a count under them: nothing more runs on into them.)
  const counted = new Set<{ start: number; end: number }>();
  const isItem = (u: { start: number; end: number }) => LIST_ITEM.test(text.slice(u.start, u.end));
  for (const u of units) {
    if (u.end <= u.start) continue;
    const prev = merged[merged.length - 1];
    // A short list stays with its lead-in ("Income 2020/21" then "- CLG, £19,200", "- Subscriptions, …"):
    // its items mean little apart.
    // (An item numbered on from earlier ones, "3. …", goes on from a lead-in ending "…:" or from an item:
    // not from a line between them, such as a first page's footer, "Local Government Association · 18 Smith
    // Square · …", that a list running over a page break has in the middle of it.)
    const prevText = prev ? text.slice(prev.start, prev.end).trim() : "";
    const numberedOn = Number(/^\s*(\d{1,2})[.)]\s/.exec(text.slice(u.start, u.end))?.[1] ?? 1) > 1;
    // (Nor from a bulleted item: "7. How confident …?" after "- \"31.20\"" is the next numbered heading.)
    const leadsIn = !numberedOn || /[:–—-]$/.test(prevText) || /^\s*\d{1,2}[.)]\s/.test(prevText.slice(prevText.lastIndexOf("\n") + 1));
    // (A sentence ending in a full stop is no lead-in; a short item ending in one is still one of the list,
    // whose next short item goes on with it: "- The five councils' … fee tables." then "- The option to …".
    // Items of whole sentences stay apart: readers' copies number such lists in ways a quote over two
    // items would not match.)
    const lastLine = prevText.slice(prevText.lastIndexOf("\n") + 1);
    const afterItem = LIST_ITEM.test(lastLine) && lastLine.length <= SHORT_ITEM && /^\s*[-–•▪*]\s/.test(text.slice(u.start, u.end)) && u.end - u.start <= SHORT_ITEM;
    const listGoesOn = prev && isItem(u) && leadsIn && u.end - u.start <= MAX_ITEM && u.end - prev.start <= MAX_LIST && (!/[.!?]$/.test(prevText) || afterItem);
    // A line in brackets glosses the one before it ("(Bucks, Hants & IOW, Kent, Oxon, W Sussex)" under an adviser).
    const gloss = prev && /^\(.*\)$/.test(text.slice(u.start, u.end).trim()) && u.end - prev.start <= MAX_MERGED;
    // Table rows do not run on into the next row: a short row is a unit of its own (read with its
    // table's header, see `rowHeader`), and the short cells ending a long row stay with it.
    const newRow = prev && text.slice(prev.end, u.start).includes("\n") && (rowLine(text, prev.end - 1) || rowLine(text, u.start));
    // (A ticked task-list item, "- ☑ A27/14 …", does not run on from the lines before it: readers' copies
    // show a ticked box in different ways, as "☑", "[x]" or nothing, so a quote running over one is not theirs.)
    const nextTask = /^\s*(?:[-*+]|\d{1,3}[.)])\s+☑\s/.test(text.slice(u.start, u.end));
    // (Nor does a speaker's turn in a transcript, "Dr Jo Bloggs - Open Streets: …", run on from the turn
    // before it: a caption file has the next cue's number and timing between them.)
    // (Nor a chat's next message, "23/02/2124, 12:07 - Jo Bloggs: …", from the message before it.)
    // (Nor a transcript's next turn, under its "Name   m:ss" line.)
    const turn = SPEAKER_TURN.test(text.slice(u.start, u.end)) || CHAT_MESSAGE.test(text.slice(u.start, u.end)) || SPEAKER_STAMP.test(text.slice(u.start, u.end).trim());
    // (Nor does a numbered line run on from a bulleted list, or a bullet from a numbered one: a survey's next
    // question, "7. How confident …?", after the answers listed under the last.)
    const listKind = (line: string) => (/^\s*\d{1,2}[.)](?:\s|$)/.test(line) ? "numbered" : /^\s*[-*+•▪]\s/.test(line) ? "bulleted" : undefined);
    const kindBefore = listKind(prevText.slice(prevText.lastIndexOf("\n") + 1));
    const kindNow = listKind(text.slice(u.start, u.end));
    const otherList = kindBefore !== undefined && kindNow !== undefined && kindBefore !== kindNow;
    // (Nor does the day over a calendar's items, "Friday 27 January 2147": it titles them, as a heading.)
    const dayTitle = DAY_TITLE.test(prevText);
    // (A count on a line of its own under what it counts, "9 dots" under a whiteboard's sticky, "12 votes"
    // under a poll's option, goes with the line above it, not with the next sticky; so does a card's due day
    // under its assignee.)
    const countOf = prev && !newRow && !turn && !counted.has(prev) && COUNT_LINE.test(text.slice(u.start, u.end).trim());
    if (countOf) {
      prev.end = u.end;
      counted.add(prev);
    } else if (prev && !newRow && !nextTask && !turn && !otherList && !dayTitle && !counted.has(prev) && (prev.end - prev.start < MIN_UNIT || listGoesOn || gloss)) prev.end = u.end;
    else merged.push({ ...u });
  }
  return merged.map((u) => ({ start: base + u.start, end: base + u.end, text: text.slice(u.start, u.end).trim() }));
}

const QUANTITY =
  /\bhow (?:many|much|big|large|long|far)\b|\b(?:savings?|spend(?:ing)?|costs?|income|budget|grants?|worth|value|share|rate|increase[ds]?|rise|fall|drop)\b|\bwhat (?:%|per ?cent|percentage|proportion|number|figure|amount)|\bcost\b|\bcompare|\bfigures?\b|\bnumbers?\b|\bvolumes?\b|\btotals?\b|\bcounts?\b|\bhow did .* (?:fall|rise|change)|\bhappen(?:ed)? to\b/i;

/** A question after a figure: "how many", "what %", "savings", "how did it change". */
/** A frequency: "every six weeks", "monthly", "twice a year", "five times in all". */
const FREQUENCY = /\bevery\s+(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|years?)\b|\b(?:weekly|fortnightly|monthly|bi-?monthly|quarterly|annually|yearly)\b|\b(?:once|twice|\w+ times)\s+(?:a|per|each)\s+(?:week|month|quarter|year)\b/i;

export const asksForFigure = (question: string): boolean => QUANTITY.test(question);

/** A title-like line: a few words, no figure, no sentence ("Workforce profile with percentage of BAME employees"). */
function isBareHeading(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 9 && !/\d/.test(t) && !/[.!?;:]\s|[.!?]$/.test(t) && !/@/.test(t);
}

/** A line that titles what follows rather than saying something: a bare heading, or a line in capitals. */
function isTitleLine(text: string): boolean {
  if (/\t|\s\|\s/.test(text)) return false; // a table row
  const letters = text.replace(/[^A-Za-z]/g, "");
  return isBareHeading(text) || (letters.length >= 6 && letters.replace(/[^A-Z]/g, "").length / letters.length >= 0.6);
}

/**
 * The heading, among the retrieved chunks, that best matches the question but has nothing under it: the
 * next two lines of the document are titles too, or it ends. Reports keep a
 * chart's title when the chart itself did not survive conversion ("Brent IT service desk resolution
 * times", then the next heading), and such a heading must not be read as, or hidden behind, an answer.
 */
/** A line saying when an event is held: a weekday's name first, "all day", or a time of day. */
const WHEN_LINE = /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?,?|all day\b)|^\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b/i;

export function emptyHeading(question: string, passages: Passage[], textOf: (docId: string) => string | undefined, relevance: Relevance): Sentence | undefined {
  const words = questionWords(question);
  let best: Sentence | undefined;
  for (const p of passages) {
    const text = textOf(p.chunk.docId);
    if (!text) continue;
    for (const u of sentenceUnits(text.slice(p.chunk.start, p.chunk.end), p.chunk.start)) {
      // A unit is a run of short lines; each of its lines is a heading candidate in its own right.
      let offset = u.start;
      for (const raw of text.slice(u.start, u.end).split("\n")) {
        const lineStart = text.indexOf(raw, offset);
        offset = lineStart + raw.length;
        const line = raw.trim();
        if (!line || !isBareHeading(line)) continue;
        // Two titles in a row after it: one title alone may be a subheading or a name over its details.
        const [next, afterNext] = text.slice(offset, offset + 2000).split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
        if (next !== undefined && !(isTitleLine(next) && (afterNext === undefined || isTitleLine(afterNext)))) continue;
        // (A list under it, a page's tabs or a list of short items, is something under it; so is a lead-in
        // line over a lettered list, "That the Board:" over "(a) notes …".)
        const listItem = (l: string | undefined) => l !== undefined && /^(?:[-*•·▪]|\d{1,2}[.)]|\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\))\s/.test(l);
        if (listItem(next) || (/:$/.test(next ?? "") && listItem(afterNext))) continue;
        // (Nor is an event's title over when it is held, "Thu, All day", "Mon, 2:00 PM - 3:30 PM", as a
        // calendar card sets it.)
        if (next !== undefined && WHEN_LINE.test(next)) continue;
        const { fraction } = relevance.score(words, relevance.expand(p.chunk.docId, line));
        if (!best || fraction > best.coverage) {
          const start = lineStart + raw.indexOf(line);
          best = { docId: p.chunk.docId, start, end: start + line.length, text: line, locator: p.chunk.locator, score: fraction, coverage: fraction };
        }
      }
    }
  }
  return best;
}

/** Pairs of question words next to each other ("government funding"), as stems. */
function adjacentPairs(words: string[]): string[] {
  const stems = words.map(stem);
  return stems.slice(1).map((w, i) => `${stems[i]} ${w}`);
}

/** A phrase of the question found as a phrase in the sentence says more than its words apart. */
function phraseBonus(pairs: string[], text: string): number {
  if (pairs.length === 0) return 0;
  const stems = contentWords(text).map(stem);
  const present = new Set(stems.slice(1).map((w, i) => `${stems[i]} ${w}`));
  return pairs.filter((p) => present.has(p)).length * 0.75;
}

/** A name with contact details: what "who is the adviser for London?" is looking for. */
const CONTACT_CARD = /\b[A-Z][a-z'’-]+ [A-Z][a-z'’-]+\b[\s\S]{0,40}\b(?:Tel|Mobile|Phone|Email|E)\b\s*[:–-]?\s*[\d+@a-z]/;

/** A date in running text: "25 June", "June 2013", "April 2019", "1 December 2020". */
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DATE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|\\b(?:${MONTHS})\\s+\\d{4}\\b`);

/** How much a phone number or e-mail address counts when the question asks for one: above a heading's words. */
const CONTACT_DETAIL_WEIGHT = 4;
/** A phone number or an e-mail address. */
const CONTACT_DETAIL = /\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b|\+44\s?\d|[\w.+-]+@[\w-]+\.[\w.]+/;

/** A sentence giving a reason: "Reasons: …", "Reason given: …", "… because …", "… due to …". */
const REASON = /\breasons?(?: given)?\s*:|\bbecause\b|\bdue to\b|\bowing to\b|\bas a result of\b|\bcaused by\b|\bso that\b|\bin order to\b|\bthe reason\b/i;

/** How many capitalised names a sentence holds after its first word (people, organisations, places). */
function namesIn(text: string): number {
  return (text.match(/(?<=\S\s+)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/g) ?? []).length;
}

/**
 * Does the text put a person's name right beside two words of the question in a row ("Chief Executive
 * Mark Lloyd", "Sharon Kemp, chief executive")? When the question says whose ("of the LGA"), that must
 * come just before the role.
 */
function namesTheRole(text: string, question: string): boolean {
  // The role is what "who is/was the …" asks about, up to "of", "for", "at" or the end.
  const asked = /\bwho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|our\s+)?([a-z][a-z\s-]{2,40}?)(?:\s+(?:of|for|at|in|on)\b|[?,.]|$)/i.exec(question)?.[1];
  if (!asked) return false;
  const words = contentWords(asked);
  const whose = /\bof (?:the )?([A-Z][A-Za-z&]{1,})\b/.exec(question)?.[1];
  for (let i = 0; i + 1 < words.length; i++) {
    const role = new RegExp(`\\b${words[i]}s?\\s+${words[i + 1]}s?\\b`, "gi");
    for (const m of text.matchAll(role)) {
      const before = text.slice(Math.max(0, m.index! - 30), m.index!);
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
      if (whose) {
        if (new RegExp(`\\b${whose}\\s*$`, "i").test(before) && /^,?\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+/.test(after)) return true;
      } else if (/^,?\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+/.test(after) || /[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,\s+(?:the\s+)?$/.test(before)) return true;
    }
  }
  return false;
}

/** A board paper's words about itself: what it is for, who will present it, what is attached. */
const PAPER_LOGISTICS = /\bfor (?:discussion|decision|information|noting)\b|\bwill attend\b|\b(?:is|are) attached\b|\bplease contact\b/i;

/** A sentence that leans on the one before it ("This contrasts with ...", "71 of these were ...", "So far, it has ..."). */
/** A list item's opening: "(a)", "b)", "1.", "ii)", a bullet. */
const LIST_LINE = /^\s*(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[-•*–])\s+\S/i;
/** A line that is an equation: a symbol or short term, "=", and what it equals ("A_i = G × (…)", "C = 64,000, B = 12"). */
const EQUATION_LINE = /^\s*[\p{L}][\p{L}\p{N}_^]{0,30}\s=\s\S[^\n]*$/u;

const FOLLOW_ON =
  // ("Question 4 Do you agree …?" then "Our answer: Disagree.": a consultation's question is read with its answer.)
  // ("… five are complete." then "Two remain open: …": the count goes on over the same things.)
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:remains?|(?:are|were|is|was)\s+still|still)\b|^(?:our (?:answer|response)|(?:lga |the lga's )?response|answer)\s*:|^(?:this|these|that|those|it|however|but|by contrast|in contrast|in comparison|compared|the (?:remaining|rest|balance|remainder))\b|^(?:\S+\s+){1,3}of (?:these|them|those|which|this|that|it)\b|^(?:[A-Za-z]+\s+){0,3}[A-Za-z]+,\s+(?:it|this|they|these|that)\b/i;

/** A figure other than a paragraph's number, a year, a name such as COVID-19 or a reference ("paragraphs 1.4 to 1.6", "Figure 7"). */
/** A sentence setting a deadline: "… by 5pm on Tuesday 12 January 2354", "no later than 3 March". */
const DEADLINE_SET = new RegExp(`\\b(?:by|before|no later than|not later than)\\s+(?:(?:noon|midday|\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm))\\s+(?:on\\s+)?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_PATTERN})\\b`, "i");
const DATED = new RegExp(`(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+)?\\b(?:${MONTH_PATTERN})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}\\b|\\b\\d{4}[/-]\\d{2}\\b`, "gi");
const hasFigure = (text: string) =>
  /\d/.test(
    text
      .replace(/^\s*(?:[-•]\s*)?\d{1,3}(?:\.\d{1,2})*[.)]?\s+/, " ")
      .replace(/\b(?:paragraphs?|paras?|figures?|tables?|sections?|pages?|annex|appendix)\s+[\d.]+(?:\s*(?:to|and|-|–|,)\s*[\d.]+)*/gi, " ")
      .replace(/\b[A-Za-z]+-\d+\b|\b(?:19|20)\d{2}(?:[/-]\d{2,4})?\b/g, " ")
      // (Nor a day or a year of any century, "(June to September 2268)", "2268/69": a date, not a count; nor
      // a number that names, "round 1", "item 4", or a paragraph's number before its words, "… 4.1 The".)
      .replace(DATED, " ")
      .replace(/\b(?:round|phase|stage|item|quarter|tier|wave|part|option|minute|step|level|workstream|priority)\s+\d{1,2}\b|\b\d{1,2}\.\d{1,2}\s+(?=[A-Z])/gi, " "),
  );

const CONTACT_LINE = /^(?:Tel|Mobile|Phone|Email|E)\b\s*[:–-]?\s*[\d+@a-z]/i;
const NAME_LINE = /^(?:[A-Z][a-z'’-]+\.?\s+){1,3}[A-Z][a-z'’-]+\.?$/;

/**
 * The contact cards listed with `card` under one heading, read line by line from the document itself (not
 * from the retrieved chunks or sentence units, whose boundaries may fall inside a card): a card is a name,
 * its contact lines and an optional "(patch)" line; a group is a run of cards with nothing between them,
 * the first one after its heading ("South East").
 */
function cardGroup(card: Sentence, text: string, locate: (offset: number) => Locator): Sentence[] {
  const from = Math.max(0, text.lastIndexOf("\n", Math.max(0, card.start - 1500)) + 1);
  const to = Math.min(text.length, card.end + 1500);
  const lines: { start: number; end: number; text: string }[] = [];
  let at = from;
  for (const raw of text.slice(from, to).split("\n")) {
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: at + raw.indexOf(trimmed), end: at + raw.indexOf(trimmed) + trimmed.length, text: trimmed });
    at += raw.length + 1;
  }
  const cards: { start: number; end: number; first: number; last: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!NAME_LINE.test(lines[i]!.text) || !CONTACT_LINE.test(lines[i + 1]?.text ?? "")) continue;
    let j = i + 1;
    while (j + 1 < lines.length && CONTACT_LINE.test(lines[j + 1]!.text)) j++;
    if (/^\(.*\)$/.test(lines[j + 1]?.text ?? "")) j++;
    cards.push({ start: lines[i]!.start, end: lines[j]!.end, first: i, last: j });
    i = j;
  }
  const mine = cards.findIndex((c) => c.start < card.end && card.start < c.end);
  if (mine < 0) return [card];
  let first = mine;
  while (first > 0 && cards[first - 1]!.last + 1 === cards[first]!.first) first--;
  let last = mine;
  while (last + 1 < cards.length && cards[last]!.last + 1 === cards[last + 1]!.first) last++;
  return cards.slice(first, last + 1).map((c, k) => {
    // The group's heading line ("South East") opens its first card's quote.
    const heading = k === 0 && c.first > 0 && !CONTACT_LINE.test(lines[c.first - 1]!.text) && !/^\(.*\)$/.test(lines[c.first - 1]!.text) ? lines[c.first - 1]! : undefined;
    const start = heading && c.start - heading.end <= 2 ? heading.start : c.start;
    return { ...card, start, end: c.end, text: text.slice(start, c.end), locator: locate(c.start) };
  });
}

export function selectSentences(
  question: string,
  passages: Passage[],
  textOf: (docId: string) => string | undefined,
  relevance: Relevance,
  max = 3,
  locate?: (docId: string, offset: number) => Locator,
  /** The question as asked, when `question` is the search's form of it (words the papers never use left out). */
  asked = question,
): Sentence[] {
  const words = questionWords(question);
  // (The question's words but its dates: "14 jan" names the meeting, not what a sentence is about.)
  const undatedWords = words.filter((w) => !/^\d+$/.test(w) && !new RegExp(`^(?:${MONTH_PATTERN})$`, "i").test(w));
  const wantsNumber = asksForFigure(question);
  // ("When do apologies need to be in by?", "deadline for comments?": a date something must be done by.)
  const wantsDeadline = /\b(?:in|back|done|sent|submitted|received|returned)\s+by\s*\??\s*$|\bdeadline\b|\bby when\b|\bdue (?:in|back|by)\b/i.test(question);
  // "Which council …?", "which organisations …?": an answer that names one.
  const wantsName = /^\s*(?:which|what)\b.{0,25}\b(?:las?|councils?|authorit(?:y|ies)|organisations?|bod(?:y|ies)|areas?|compan(?:y|ies)|firms?|partners?|universit(?:y|ies))\b/i.test(question);
  // (Narrower than ASKS_DATE, which only decides whether a finding must hold a date: ranking up every
  // sentence with a date for "by when", "the original date", "which meeting" cost answers elsewhere.)
  const wantsDate = /^\s*when\b|\bwhat (?:date|day|month|year)\b|\bwhich (?:date|day|month|year)\b|\bhow long ago\b|\b(?:new|revised) (?:deadline|date|due date|target date)\b/i.test(question);
  // "How often …?" wants a frequency ("every six weeks", "quarterly").
  const wantsFrequency = /\bhow often\b|\bhow frequently\b|\bfrequency\b/i.test(question);
  // "What's the formula for …?", "how is each share calculated?": the equation itself, not the papers naming it.
  const wantsFormula = /\b(?:formula|equation)s?\b|\bhow (?:is|are|was|were) .{3,60}\b(?:calculated|worked out|computed)\b/i.test(question);
  const wantsPerson =
    /^\s*who\b|\bwho(?:'s| is| are| was| were)\b|^\s*(?:which|what)\b.{0,25}\b(?:officers?|advis[eo]rs?|persons?|people|councillors?|contacts?|pas)\b|^\s*(?:the\s+)?(?:principal\s+)?(?:advis[eo]rs?|contacts?|contact officers?|pas)\b/i.test(
      question,
    );
  // "… and what's her number?", "email for the clerk": a phone number or an e-mail address.
  const wantsContactDetails = /\b(?:(?:phone|tel(?:ephone)?|contact|mobile) (?:no|number|details)|(?:his|her|their|whats|what's|what is) (?:phone |tel |mobile )?(?:number|no|email|e-mail)|numbers?\s*$|e-?mail address(?:es)?)\b|^\s*(?:(?:phone|tel|mobile|contact)\s+)?(?:number|no\.?|e-?mail)\s+(?:for|of)\b/i.test(asked);
  // "Why was the contract extended?" wants the reason ("Reasons: …", "… because …").
  const wantsReason = /\bwhy\b|\bhow come\b|\breasons? (?:for|why)\b/i.test(question);
  const asksForSource = ASKS_FOR_SOURCE.test(question);
  const asksForChange = ASKS_FOR_CHANGE.test(question);
  const candidates: Sentence[] = [];
  const pairs = adjacentPairs(words);
  passages.forEach((p, rank) => {
    const text = textOf(p.chunk.docId);
    if (!text) return;
    const context = p.chunk.locator.section.join(" ");
    const refTitles = p.chunk.kind === "row" ? refTitlesOf(p.chunk.text) : undefined;
    const chunkUnits = sentenceUnits(text.slice(p.chunk.start, p.chunk.end), p.chunk.start);
    // The sentences just after the chunk, for reading on past its end (a chunk may stop mid-paragraph).
    const next = text.slice(p.chunk.end, p.chunk.end + LOOKAHEAD);
    const units = [...chunkUnits, ...sentenceUnits(next.slice(0, Math.max(0, next.lastIndexOf("\n")) || next.length), p.chunk.end).slice(0, 2)];
    chunkUnits.forEach((unit, k) => {
      // For a question after a figure, a sentence without one is read on to the next sentence of its
      // paragraph (up to two on) that gives the figure it leads up to.
      let last = k;
      // (So, for a deadline asked, is a sentence without one read on to the next, which sets it and says
      // nothing else the question says, so could not answer by itself: "Apologies received so far: …" then
      // "If you cannot attend, … by 5pm on Tuesday 12 January".)
      const gives = wantsNumber ? hasFigure : wantsDeadline ? (t: string) => DEADLINE_SET.test(t) && relevance.score(undatedWords, t).score === 0 : undefined;
      if (gives && !gives(unit.text) && !(units[k + 1] && FOLLOW_ON.test(units[k + 1]!.text))) {
        // Within the paragraph: no line break or table cell boundary between.
        // (A date is looked for in the next sentence only: two on, it is rarely the one asked for.)
        for (let j = k + 1; j <= k + (wantsNumber ? 2 : 1) && units[j] && !/[\n\t|]/.test(text.slice(units[j - 1]!.end, units[j]!.start)); j++) {
          if (gives(units[j]!.text)) {
            last = j;
            break;
          }
        }
      }
      // Then the sentences leaning each on the one before ("… £4.7 million." "£4.2 million of this …"
      // "The remaining £0.5 million …", "This contrasts with …", "71 of these were …") are read with it.
      while (units[last + 1] && FOLLOW_ON.test(units[last + 1]!.text) && units[last + 1]!.end - unit.start <= MAX_MERGED) last++;
      // A sentence that ends in a colon is read with the list it introduces ("… in proportion to their
      // seats: (a) Labour Group: 4 members (b) …").
      // (Or with the equation it introduces: "… is worked out as follows:" then "A_i = G × (0.55 × C_i/C …)".)
      if (/:\s*$/.test(units[last]!.text)) {
        while (units[last + 1] && (LIST_LINE.test(units[last + 1]!.text) || EQUATION_LINE.test(units[last + 1]!.text.split("\n")[0]!)) && units[last + 1]!.end - unit.start <= MAX_MERGED) last++;
      }
      // A question the document asks (a survey's, "7. How confident …?", or an FAQ's) is read with the lines
      // that answer it ("More details 87 responses", "3.08 Average Rating"), up to its table.
      if (/\?\s*$/.test(units[last]!.text)) {
        const answerEnd = last + ANSWER_LINES;
        while (last < answerEnd && units[last + 1] && !rowLine(text, units[last + 1]!.start) && !/\?\s*$/.test(units[last + 1]!.text) && units[last + 1]!.end - unit.start <= MAX_MERGED) last++;
      }
      // A sentence opening on a count ("89 councils responded, …") is read with the sentence before it in
      // its paragraph, which says what was counted out of what ("… surveyed the 146 councils …").
      const before = chunkUnits[k - 1];
      const first = before && /^\d[\d,]*\s+[a-z]/.test(unit.text) && !/[\n\t|]/.test(text.slice(before.end, unit.start)) && units[last]!.end - before.start <= MAX_MERGED ? before : unit;
      const merged =
        (last > k || first !== unit) && units[last]!.end - first.start <= MAX_MERGED
          ? { start: first.start, end: units[last]!.end, text: text.slice(first.start, units[last]!.end).trim() }
          : unit;
      // "Who's the finance officer and what's their number?": a cell of a person's row ("Finance Business
      // Partner for …" in an address book) is read with its row, which names them and gives the number.
      // (And of rows read together, "Ellie Yeoman | Clerk … | 020 …" over "Bethany Walmsley | Budget
      // monitoring | Finance Business Partner | 020 …", the row of the person asked about: another's number
      // is not theirs.)
      const person = wantsContactDetails ? (personRow(text, merged) ?? merged) : merged;
      const u = wantsContactDetails ? (bestRow(text, person, (line) => relevance.score(words, relevance.expand(p.chunk.docId, line)).score) ?? person) : person;
      // A short table row is read with its table's header: its figures are what the header's columns say.
      const isShortRow = shortRow(text, u.start);
      const header = isShortRow ? rowHeader(text, u.start) : undefined;
      // A bare link, a line of figures (but for a row under a header) or a heading with nothing under it
      // is not an answer.
      const words3 = `${u.text} ${header ?? ""}`.replace(/https?:\/\/\S+|www\.\S+/g, "").match(/[a-z]{3,}/gi)?.length ?? 0;
      if (u.text.length < 15 || words3 < (isShortRow ? 2 : 3)) return;
      if (isBareHeading(u.text)) return;
      // Nor is a heading the chunk sits under, or a table's caption ("Table 1: Countryside access budget
      // 2026/27, position at 31 January 2027 (£)"): they title the answer, they do not give it.
      // (A line read as a heading that holds a row's cells or a sum, "Leeds City Council | Brownfield land |
      // £2,000,000", may still answer.)
      const titling = !u.text.includes("\n") && !/\s\|\s|[£$€]\s?\d|\d\s?%/.test(u.text);
      if (titling && (p.chunk.locator.section.some((h) => h.trim() === u.text.trim()) || CAPTION.test(u.text))) return;
      const expanded = relevance.expand(p.chunk.docId, u.text);
      // (A row of a sheet's second part, "CCT-D2 | Four of the eight webinars …", is about its title in the first.)
      const refTitle = refTitles?.get(/^\s*(\S+)/.exec(u.text)?.[1] ?? "");
      const own = relevance.score(words, refTitle ? `${expanded} ${refTitle}` : expanded);
      // A sentence must say something the question says; its headings alone do not make it an answer.
      if (own.score === 0 && words.length > 0) return;
      const withContext = relevance.score(words, `${expanded} ${context}${header ? ` ${relevance.expand(p.chunk.docId, header)}` : ""}${refTitle ? ` ${refTitle}` : ""}`, p.chunk);
      // A short unit (a contact card, a list item) is about its headings as much as its own words.
      let score = own.score + (withContext.score - own.score) * (u.text.length < 150 ? 0.9 : 0.5) + 1 / (rank + 2);
      if (wantsNumber) score += quantityBonus(u.text, words);
      score += phraseBonus(pairs, expanded);
      if (wantsPerson && CONTACT_CARD.test(u.text)) score += 1.5;
      // "When …?" wants a date; "who …?" a name (a person or an organisation).
      if (wantsDate && DATE.test(u.text)) score += 1.5;
      // A date moved ("agreed to move the Summit to Thu 3 Dec 2026") says more than the date it replaces.
      if (wantsDate && DATE.test(u.text) && RESCHEDULED.test(u.text)) score += 1;
      if (wantsFrequency && FREQUENCY.test(u.text)) score += 1.5;
      if (wantsFormula && u.text.split("\n").some((line) => EQUATION_LINE.test(line) && /[×÷*+/−-]/.test(line))) score += 1.5;
      if (wantsReason && REASON.test(u.text)) score += 1.5;
      if (wantsContactDetails && CONTACT_DETAIL.test(u.text)) score += CONTACT_DETAIL_WEIGHT;
      if ((wantsPerson || wantsName) && namesIn(u.text) >= (wantsPerson ? 2 : 1)) score += 0.75;
      // "Who is the chief executive?": a name right beside the role ("Chief Executive Mark Lloyd").
      if (wantsPerson && namesTheRole(u.text, question)) score += 2;
      // A footnote citing a publication names its author and title, which share the question's words,
      // but says nothing of what it found (unless the source itself is asked for).
      if (REFERENCE_ENTRY.test(u.text) && !asksForSource) score -= 2;
      // "What happened to council funding?" asks how it changed: a sentence saying it rose or fell.
      if (asksForChange && CHANGE.test(u.text)) score += 1;
      // How much of the question the sentence (with its headings) covers counts beside the weights above.
      score += COVERAGE_WEIGHT * withContext.fraction;
      if (u.text.length > 500) score *= Math.sqrt(500 / u.text.length);
      // Sentences about the paper itself (who presents it, what is attached) rarely answer a question.
      if (PAPER_LOGISTICS.test(u.text)) score *= 0.8;
      candidates.push({ docId: p.chunk.docId, start: u.start, end: u.end, text: u.text, locator: p.chunk.locator, score, coverage: withContext.fraction });
    });
  });
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Sentence[] = [];
  // "Which advisers cover X?": every contact card under the best one's heading, not only the first.
  const best = candidates[0];
  if (wantsPerson && best && CONTACT_CARD.test(best.text)) {
    const text = textOf(best.docId);
    const cards = text
      ? cardGroup(best, text, (offset) => locate?.(best.docId, offset) ?? best.locator)
      : candidates.filter((c) => c.docId === best.docId && c.locator.line === best.locator.line && CONTACT_CARD.test(c.text));
    // "Who's the PA for Kent?": the card that names Kent, when only some of the group's cards do.
    // (Read without the group's heading: "East of England" over both its advisers names neither alone.)
    const ownLines = (c: Sentence) => {
      const lines = c.text.split("\n");
      const firstContact = lines.findIndex((l) => CONTACT_LINE.test(l.trim()));
      return firstContact > 1 ? lines.slice(firstContact - 1).join("\n") : c.text;
    };
    const names = (c: Sentence, w: string) => matchScore([w], ownLines(c)).score > 0;
    // Only a rare word picks a card out ("Kent"); a common one ("east" in "East Sussex") does not.
    const rare = (w: string) => relevance.frequency(w) > 0 && relevance.frequency(w) <= RARE_WORD_CHUNKS;
    const naming = cards.filter((c) => words.some((w) => rare(w) && names(c, w) && cards.filter((x) => names(x, w)).length * 2 <= cards.length));
    return (naming.length ? naming : cards).sort((a, b) => a.start - b.start).slice(0, Math.max(max, 3));
  }
  for (const c of candidates) {
    if (chosen.length >= max) break;
    // Later sentences must add something: skip near-duplicates and weak ones.
    if (chosen.some((s) => s.docId === c.docId && c.start < s.end && c.end > s.start)) continue;
    if (chosen.some((s) => overlapRatio(s.text, c.text) > 0.7)) continue;
    if (chosen.length > 0 && c.score < chosen[0]!.score * 0.6) break;
    chosen.push(c);
  }
  // A number asked for: the best row's is the answer; another row's number beside it (the clerk's above the
  // finance officer's) is someone else's, not shown with it.
  const top = chosen[0];
  if (wantsContactDetails && top && / \| /.test(top.text) && PHONE.test(top.text)) {
    return mergeAdjacent(chosen.filter((c) => c === top || !(c.docId === top.docId && / \| /.test(c.text) && PHONE.test(c.text))));
  }
  return mergeAdjacent(chosen).map((c) => withWholeResolution(c, textOf(c.docId) ?? ""));
}

/**
 * A quote of a resolution that stops at one of its lettered points ("RESOLVED that the Task Group: (a) …;
 * (b) …;") read on to its last point ("(c) asks for model conditions …"): the decision is all of them; so
 * is a quote of a lead-in whose lettered points follow ("We ask it to consider three proposals:"). Each
 * point after it must be the next letter, on a line of its own, and short.
 */
function withWholeResolution(s: Sentence, text: string): Sentence {
  // (Or a lead-in that ends where its lettered points start: "We ask it to consider three proposals:".)
  const leadIn = /:\s*$/.test(s.text) && /^\s*\n\s*\(a\)\s/.test(text.slice(s.end, s.end + 20));
  if (!RESOLUTION_LEAD.test(s.text) && !/:\s*\(a\)\s/.test(s.text) && !leadIn) return s;
  let letter = leadIn ? String.fromCharCode("a".charCodeAt(0) - 1) : /\(([a-h])\)[^()]*$/.exec(s.text)?.[1];
  if (!letter) return s;
  let end = s.end;
  for (;;) {
    const next = String.fromCharCode(letter.charCodeAt(0) + 1);
    const line = new RegExp(`^\\s*\\n\\s*(\\(${next}\\)\\s[^\\n]{1,${MAX_ITEM}})(?=\\n|$)`).exec(text.slice(end, end + MAX_ITEM + 20));
    if (!line || end + line[0].length - s.start > MAX_RESOLUTION) break;
    end += line[0].length;
    letter = next;
    if (/[.]$/.test(line[1]!.trim())) break;
  }
  return end === s.end ? s : { ...s, end, text: text.slice(s.start, end).trim() };
}

/** A telephone number: "020 7946 0984", "07700 900123", "+44 (0)20 …". */
const PHONE = /(?:\+44\s?(?:\(0\))?\s?|\b0)\d{2,4}\s?\d{3,4}\s?\d{3,4}\b/;

/** Two chosen sentences that follow each other in one document become one quote. */
function mergeAdjacent(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    // (A table's row and the prose after the table stay apart: each is shown as it is, a row as its cells,
    // a short paragraph whole.)
    const isRow = (x: Sentence) => /\s\|\s/.test(x.text);
    // (Nor do two speakers' turns: see `SPEAKER_TURN`.)
    const neighbour = out.find(
      (o) => o.docId === s.docId && ((Math.abs(s.start - o.end) <= 2 && !SPEAKER_TURN.test(s.text)) || (Math.abs(o.start - s.end) <= 2 && !SPEAKER_TURN.test(o.text))) && isRow(o) === isRow(s),
    );
    if (neighbour && Math.max(neighbour.end, s.end) - Math.min(neighbour.start, s.start) <= MAX_MERGED) {
      const first = neighbour.start < s.start ? neighbour : s;
      const second = first === neighbour ? s : neighbour;
      Object.assign(neighbour, { start: first.start, end: second.end, text: `${first.text} ${second.text}`, coverage: Math.max(first.coverage, second.coverage) });
    } else out.push({ ...s });
  }
  return out;
}

/**
 * For "how many / how much" questions: a figure in the sentence helps (years and names such as COVID-19
 * do not count), and more when it counts something the question names ("47 councils").
 */
function quantityBonus(text: string, words: string[]): number {
  const figures = text.replace(/\b[A-Za-z]+-\d+\b|\b(?:19|20)\d{2}(?:[/-]\d{2,4})?\b/g, " ");
  if (!/\d/.test(figures)) return 0;
  const stems = new Set(words.map(stem));
  // The (up to three) words after each figure: "7,280 new homes" counts homes.
  const counted = [...figures.matchAll(/[£$]?\d[\d,.]*\s*(?:%|per ?cent|m|bn|million|billion)?((?:\s+[a-z]+){1,3})/gi)].some((m) =>
    m[1]!.trim().split(/\s+/).some((w) => stems.has(stem(w.toLowerCase()))),
  );
  return counted ? 2 : 1;
}

function overlapRatio(a: string, b: string): number {
  const sa = new Set(a.toLowerCase().split(/\W+/).map(stem));
  const sb = b.toLowerCase().split(/\W+/).map(stem);
  if (sb.length === 0) return 0;
  return sb.filter((w) => sa.has(w)).length / sb.length;
}
