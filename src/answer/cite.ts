/**
 * Citations for papers: the exact passage behind a phrase or figure, with a citation line in one house
 * style (organisation, document title, date, locator) and a link when the documents are published.
 * Several candidates when the phrase is ambiguous, best first.
 */
import type { StoredDocument } from "../index/index.js";
import { humanDate } from "../util/dates.js";
import type { Span } from "./quotes.js";
import { formatLocator } from "./quotes.js";

export const CITATION_ORGANISATION = "Local Government Association";

/** "cite the NAO figure on …", "citation for 49.1%", "/lga cite …" -> the phrase to find. */
export function citationPhrase(question: string): string {
  return question
    .replace(/^\s*(?:please\s+)?(?:give me\s+)?(?:a\s+|the\s+)?(?:cite|citation|quote|source|reference)s?\b(?:\s+(?:for|of|on))?\s*/i, "")
    .replace(/^(?:the|a)\s+/i, "")
    .trim();
}

/** Distinctive tokens of a phrase that can be found literally: figures ("49.1%", "£266m") and quoted text. */
export function literalTokens(phrase: string): string[] {
  const quoted = [...phrase.matchAll(/["“']([^"”']{4,})["”']/g)].map((m) => m[1]!);
  // Figures, not years or periods ("2018/19", "2020") which are everywhere.
  const figures =
    phrase
      .replace(/\b(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g, " ")
      .match(/[£$]?\d[\d,.]*\s?(?:%|per ?cent|m|bn|million|billion)?/gi)
      ?.map((f) => f.trim())
      .filter((f) => /\d{2}|\d[.,]\d|%|£/.test(f)) ?? [];
  return [...quoted, ...figures];
}

/** Spans of the sentences holding a literal token, in each document. */
export function literalMatches(tokens: string[], documents: StoredDocument[], textOf: (docId: string) => string | undefined): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    for (const d of documents) {
      const text = textOf(d.meta.docId);
      if (!text) continue;
      let at = text.indexOf(token);
      while (at >= 0 && spans.length < 12) {
        spans.push({ docId: d.meta.docId, ...sentenceAround(text, at, at + token.length), locator: { section: [] } });
        at = text.indexOf(token, at + token.length);
      }
    }
  }
  return spans;
}

/** The sentence (or line) around a match, widened to the following line when the line is a bare figure. */
function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = Math.max(text.lastIndexOf("\n", from - 1) + 1, 0);
  const sentenceStart = text.slice(start, from).search(/[.!?]\s+[A-Z0-9][^.!?]*$/);
  if (sentenceStart >= 0) start += sentenceStart + 2;
  let end = text.indexOf("\n", to);
  if (end < 0) end = text.length;
  const stop = text.slice(to, end).search(/[.!?](?:\s|$)/);
  if (stop >= 0) end = to + stop + 1;
  // "49.1%" alone on its line: its meaning is on the next line.
  if (end - start < 40) {
    const next = text.indexOf("\n", end + 1);
    end = next < 0 ? text.length : next;
  }
  return { start, end: Math.min(end, start + 480) };
}

/** The house-style citation line. */
export function citationLine(doc: StoredDocument, locatorText: string, url?: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(doc.meta.date) ? humanDate(doc.meta.date) : doc.meta.period;
  return `${CITATION_ORGANISATION}, "${doc.meta.title}", ${date}, ${locatorText.replace(/[.:;,]+$/, "")}${url ? `. ${url}` : "."}`;
}

export { formatLocator };
