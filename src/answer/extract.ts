/**
 * Extractive answers from passages: the sentences (or short runs of lines) of the retrieved chunks that
 * best answer the question, each with its exact span in the document for quoting.
 */
import type { Passage } from "../retrieve/hybrid.js";
import type { Locator } from "../ingest/records/schema.js";
import { stem } from "../util/text.js";
import { matchScore } from "../util/similarity.js";
import { topicWords } from "./query.js";

export interface Sentence {
  docId: string;
  start: number;
  end: number;
  text: string;
  locator: Locator;
  score: number;
  /** Fraction of the question's subject words found in the sentence or its chunk's headings. */
  coverage: number;
}

const MIN_UNIT = 60;

/** Split a chunk body into sentence units with their offsets; very short lines join the lines after them. */
export function sentenceUnits(text: string, base: number): { start: number; end: number; text: string }[] {
  const units: { start: number; end: number }[] = [];
  const boundary = /(?<=[.!?])\s+(?=[A-Z0-9"“‘(£])|\n+|\s\|\s/g;
  let last = 0;
  for (const m of text.matchAll(boundary)) {
    units.push({ start: last, end: m.index! });
    last = m.index! + m[0].length;
  }
  units.push({ start: last, end: text.length });
  const merged: { start: number; end: number }[] = [];
  for (const u of units) {
    if (u.end <= u.start) continue;
    const prev = merged[merged.length - 1];
    if (prev && prev.end - prev.start < MIN_UNIT) prev.end = u.end;
    else merged.push({ ...u });
  }
  return merged.map((u) => ({ start: base + u.start, end: base + u.end, text: text.slice(u.start, u.end).trim() }));
}

const QUANTITY = /\bhow (?:many|much|big|large|long)\b|\bwhat (?:%|per ?cent|percentage|proportion|number|figure|amount)|\bhow did .* (?:fall|rise|change)|\bcost\b|\bcompare/i;

export function selectSentences(question: string, passages: Passage[], textOf: (docId: string) => string | undefined, max = 3): Sentence[] {
  const words = topicWords(question);
  const wantsNumber = QUANTITY.test(question);
  const candidates: Sentence[] = [];
  passages.forEach((p, rank) => {
    const text = textOf(p.chunk.docId);
    if (!text) return;
    const body = text.slice(p.chunk.start, p.chunk.end);
    const context = p.chunk.locator.section.join(" ");
    for (const u of sentenceUnits(body, p.chunk.start)) {
      if (u.text.length < 15) continue;
      const own = matchScore(words, u.text);
      const withContext = matchScore(words, `${u.text} ${context}`);
      let score = own.score + (withContext.score - own.score) * 0.5 + 0.6 / (rank + 1);
      if (wantsNumber && /\d/.test(u.text)) score += 0.8;
      if (u.text.length > 700) score -= 0.5;
      candidates.push({ docId: p.chunk.docId, start: u.start, end: u.end, text: u.text, locator: p.chunk.locator, score, coverage: withContext.fraction });
    }
  });
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Sentence[] = [];
  for (const c of candidates) {
    if (chosen.length >= max) break;
    // Later sentences must add something: skip near-duplicates and weak ones.
    if (chosen.some((s) => s.docId === c.docId && Math.abs(s.start - c.start) < 5)) continue;
    if (chosen.some((s) => overlapRatio(s.text, c.text) > 0.7)) continue;
    if (chosen.length > 0 && c.score < chosen[0]!.score * 0.6) break;
    chosen.push(c);
  }
  return chosen;
}

function overlapRatio(a: string, b: string): number {
  const sa = new Set(a.toLowerCase().split(/\W+/).map(stem));
  const sb = b.toLowerCase().split(/\W+/).map(stem);
  if (sb.length === 0) return 0;
  return sb.filter((w) => sa.has(w)).length / sb.length;
}
