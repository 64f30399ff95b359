/**
 * Quotes and their checks. A quote is a span of a document's canonical text, trimmed to whole words and to
 * the length limit. Before any quote is shown it is checked as a run of words of the document as loaded
 * (tags, punctuation and case ignored), the same test the evaluation applies.
 */
import { TASK_BOX, tokenize } from "../ingest/clean.js";
import type { Locator } from "../ingest/records/schema.js";
import { MAX_QUOTE_CHARS } from "./schema.js";

export interface Span {
  docId: string;
  start: number;
  end: number;
  locator: Locator;
  /** Quoted by itself, never run on into the span after it (a line whose neighbours on the page differ). */
  alone?: boolean;
}

/** The text of a span, widened or cut to whole words, at most `max` characters (cut at the end). */
export function spanText(text: string, start: number, end: number, max = MAX_QUOTE_CHARS): string {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s > 0 && /\w/.test(text[s - 1]!) && /\w/.test(text[s]!)) s--;
  while (e < text.length && /\w/.test(text[e - 1]!) && /\w/.test(text[e]!)) e++;
  let quote = text.slice(s, e);
  if (quote.length > max) {
    quote = quote.slice(0, max);
    const cut = quote.search(/\s\S*$/);
    if (cut > max / 2) quote = quote.slice(0, cut);
  }
  return quote.replace(/\s+/g, " ").trim();
}

/** A window of at most `max` characters around [focusStart, focusEnd), leaning towards the text before it. */
export function windowAround(text: string, focusStart: number, focusEnd: number, max = MAX_QUOTE_CHARS, after = 120): { start: number; end: number } {
  const end = Math.min(text.length, focusEnd + after);
  const start = Math.max(0, end - max + 10);
  return { start: Math.min(start, focusStart), end };
}

/** A markdown link or image, "[words](target)", whose target no reader sees. */
const MARKDOWN_LINK = /!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
/** A markdown task-list item's box, "- [x] …", on any line: a reader sees a check box, not a letter x. */
const TASK_BOXES = new RegExp(TASK_BOX.source, "gm");

/** True when the quote's words occur, in order and contiguous, in the source text. */
export class VerbatimChecker {
  private readonly haystack: string;

  constructor(sourceText: string) {
    // (A markdown link reads as its words: "superseded by [FT-DR-05](#ft-dr-05-…)" says "superseded by
    // FT-DR-05" to its reader, and is quoted so.)
    const read = sourceText.replace(MARKDOWN_LINK, "$1").replace(TASK_BOXES, "$1");
    this.haystack = ` ${tokenize(sourceText).join(" ")} ${read === sourceText ? "" : `\u0000 ${tokenize(read).join(" ")} `}`;
  }

  check(quote: string): boolean {
    // (Markdown's link syntax is no reader's words: "![Version 1.1.0](CHANGELOG.md)" is not quoted so.)
    if (new RegExp(MARKDOWN_LINK.source).test(quote)) return false;
    let words = tokenize(quote);
    if (words.length === 0) return false;
    // A quote may cut its first and last word.
    if (words.length > 4) words = words.slice(1, -1);
    return this.haystack.includes(` ${words.join(" ")} `);
  }
}

export function formatLocator(locator: Locator, max = 140): string {
  const parts: string[] = [];
  if (locator.row) parts.push(locator.row);
  else if (locator.section.length) parts.push(locator.section.join(" > "));
  if (locator.page) parts.push(`p. ${locator.page}`);
  const text = parts.join(", ") || (locator.line ? `line ${locator.line}` : "document");
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
