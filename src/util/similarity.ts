/** Fuzzy matching of question words against titles, themes, labels and sentences. */
import { contentWords, stem } from "./text.js";
import { equivalenceGroup } from "./lexicon.js";

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

export interface MatchOptions {
  /** How much each query word counts (e.g. inverse document frequency); 1 when not given. */
  weight?: (word: string) => number;
  /** Count a word of the same equivalence group ("staff" ~ "headcount") at this fraction; 0 = off. */
  equivalents?: number;
}

/**
 * How well `query` words are found in `text`: per query word, its weight times 1 (same stem), 0.8 (a
 * spelling slip of a word of 6+ letters), `equivalents` (a word meaning the same) or 0. `fraction` is the
 * weighted share of the query found.
 */
export function matchScore(queryWords: string[], text: string, opts: MatchOptions = {}): { score: number; fraction: number } {
  if (queryWords.length === 0) return { score: 0, fraction: 0 };
  const words = contentWords(text);
  const stems = new Set(words.map(stem));
  const groups = opts.equivalents ? new Set(words.map(equivalenceGroup).filter((g) => g !== undefined)) : undefined;
  const long = words.filter((w) => w.length >= 6);
  let score = 0;
  let total = 0;
  for (const q of queryWords) {
    const w = opts.weight ? opts.weight(q) : 1;
    total += w;
    if (stems.has(stem(q))) score += w;
    else if (q.length >= 6 && long.some((x) => trigramSimilarity(q, x) >= 0.6)) score += 0.8 * w;
    else if (groups) {
      const g = equivalenceGroup(q);
      if (g !== undefined && groups.has(g)) score += opts.equivalents! * w;
    }
  }
  return { score, fraction: total > 0 ? score / total : 0 };
}

/** Damerau-Levenshtein distance (one transposition counts one edit), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length]!;
}
