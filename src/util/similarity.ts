/** Fuzzy matching of question words against titles, themes and labels (stems, then spelling slips). */
import { contentWords, stem } from "./text.js";

function trigrams(word: string): Set<string> {
  const w = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
  return out;
}

/** Dice coefficient of character trigrams: 1 for equal words, about 0.7 for one slip in a long word. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

/**
 * How well `query` words are found in `text`: the sum over query words of 1 (same stem), 0.8 (a spelling
 * slip of a word of 6+ letters) or 0. Also returns the fraction of query words found.
 */
export function matchScore(queryWords: string[], text: string): { score: number; fraction: number } {
  if (queryWords.length === 0) return { score: 0, fraction: 0 };
  const words = contentWords(text);
  const stems = new Set(words.map(stem));
  const long = words.filter((w) => w.length >= 6);
  let score = 0;
  for (const q of queryWords) {
    if (stems.has(stem(q))) score += 1;
    else if (q.length >= 6 && long.some((w) => trigramSimilarity(q, w) >= 0.6)) score += 0.8;
  }
  return { score, fraction: score / queryWords.length };
}
