/**
 * Relevance of a piece of text to a question, for picking the sentences that answer it: question words
 * weighted by how rare they are in the corpus, words
 * meaning the same counted in part, and a document's own abbreviations read as their long forms
 * ("RPS" is "Remote Peer Support" where the paper says so).
 */
import { STOP_WORDS, contentWords, stem } from "../util/text.js";
import { editDistance, matchScore, trigramSimilarity } from "../util/similarity.js";
import { abbreviationsUsed, findAbbreviations } from "../ingest/abbreviations.js";
import type { Locator } from "../ingest/records/schema.js";

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/** A word names a section when 2 to 25 chunks use it and at least 60% of them are in that section. */
const FOCUS_MIN_CHUNKS = 2;
const FOCUS_MAX_CHUNKS = 25;
const FOCUS_SHARE = 0.6;

const sectionKey = (docId: string, locator: Locator) => `${docId}\u0000${locator.section[0] ?? ""}`;

export class Relevance {
  private readonly df = new Map<string, number>();
  /** Long words of the corpus, for telling a misspelling from a word the papers never use. */
  private readonly longWords = new Set<string>();
  /** Words of five letters or more and how often they occur, for correcting a question's misspellings. */
  private readonly spellings = new Map<string, number>();
  private readonly n: number;
  private readonly abbreviations = new Map<string, Map<string, string>>();
  /** Stems used anywhere in each top-level section (a board paper, a report part): its subject. */
  private readonly sectionWords = new Map<string, Set<string>>();
  /** For each stem, in how many chunks of each named top-level section it occurs. */
  private readonly stemSections = new Map<string, Map<string, number>>();

  constructor(chunks: Iterable<{ docId: string; locator: Locator; text: string }>, documents: Iterable<{ docId: string; text: string }>) {
    let n = 0;
    for (const { docId, locator, text } of chunks) {
      n++;
      const words = contentWords(text);
      for (const w of words) {
        if (w.length >= 6) this.longWords.add(w);
        if (w.length >= 5 && /^[a-z]+$/.test(w)) this.spellings.set(w, (this.spellings.get(w) ?? 0) + 1);
      }
      const stems = new Set(words.map(stem));
      for (const s of stems) this.df.set(s, (this.df.get(s) ?? 0) + 1);
      const key = sectionKey(docId, locator);
      const inSection = this.sectionWords.get(key) ?? new Set<string>();
      for (const s of stems) inSection.add(s);
      this.sectionWords.set(key, inSection);
      if (locator.section[0]) {
        for (const s of stems) {
          const counts = this.stemSections.get(s) ?? new Map<string, number>();
          counts.set(key, (counts.get(key) ?? 0) + 1);
          this.stemSections.set(s, counts);
        }
      }
    }
    this.n = n;
    for (const { docId, text } of documents) {
      this.abbreviations.set(docId, findAbbreviations(text));
    }
  }

  /**
   * Inverse document frequency of a word. A word the corpus never uses weighs as much as the rarest: a
   * question about something the papers do not mention must not look answered by its common words.
   */
  readonly weight = (word: string): number => {
    const df = this.df.get(stem(word)) ?? 0;
    // Square root: rare words count more, but one rare word must not outweigh the rest of the question.
    return Math.sqrt(Math.log((this.n + 1) / Math.max(df, 1)));
  };

  /** Inverse document frequency, unflattened: for deciding whether labels carry a question's subject. */
  idf(word: string): number {
    return Math.log((this.n + 1) / Math.max(this.df.get(stem(word)) ?? 0, 1));
  }

  /** In how many chunks a word (by stem) occurs. */
  frequency(word: string): number {
    return this.df.get(stem(word)) ?? 0;
  }

  /**
   * The corpus's spelling of a word the papers never use but spell one slip away ("quorom" -> "quorum",
   * "substitues" -> "substitutes", "grenfel" -> "grenfell"): one edit for words up to seven letters, two
   * for longer ones; the commonest such word wins. Undefined when the word is known or has no near spelling.
   */
  spelling(word: string): string | undefined {
    const w = word.toLowerCase();
    if (w.length < 5 || !/^[a-z]+$/.test(w) || (this.df.get(stem(w)) ?? 0) > 0 || MONTH.test(w)) return undefined;
    const max = w.length >= 8 ? 2 : 1;
    // A slip of a word that says nothing ("actualy") is not read as one that does ("actual").
    for (const x of STOP_WORDS) if (x.length >= 4 && editDistance(w, x, 1) <= 1) return undefined;
    let best: { word: string; d: number; n: number } | undefined;
    for (const [x, n] of this.spellings) {
      if (Math.abs(x.length - w.length) > max || x[0] !== w[0]) continue;
      const d = editDistance(w, x, max);
      if (d <= max && (!best || d < best.d || (d === best.d && n > best.n))) best = { word: x, d, n };
    }
    return best?.word;
  }

  /**
   * Words of the question the papers never use, nor anything spelt like them: "parking" in a corpus
   * without parking means the papers cannot answer, whatever else matches.
   */
  unknownWords(queryWords: string[]): string[] {
    return queryWords.filter((w) => {
      if ((this.df.get(stem(w)) ?? 0) > 0 || MONTH.test(w)) return false;
      if (w.length < 6 || /\d/.test(w)) return w.length >= 3 && !/\d/.test(w);
      for (const x of this.longWords) if (Math.abs(x.length - w.length) <= 2 && trigramSimilarity(w, x) >= 0.6) return false;
      return true;
    });
  }

  private sectionIsAbout(key: string, word: string): boolean {
    const s = stem(word);
    const df = this.df.get(s) ?? 0;
    const count = this.stemSections.get(s)?.get(key) ?? 0;
    return df >= FOCUS_MIN_CHUNKS && df <= FOCUS_MAX_CHUNKS && count >= FOCUS_MIN_CHUNKS && count / df >= FOCUS_SHARE;
  }

  /**
   * The named section a rare word of the question lives in, when most of the chunks using it are in one
   * section: "the NAO" names the paper on the NAO's report, whose own sentences need not say "NAO".
   */
  focusSection(queryWords: string[]): { docId: string; section: string } | undefined {
    let best: { key: string; idf: number } | undefined;
    for (const w of queryWords) {
      const [key] = [...(this.stemSections.get(stem(w)) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0] ?? [""];
      if (!this.sectionIsAbout(key, w)) continue;
      const idf = this.idf(w);
      if (!best || idf > best.idf) best = { key, idf };
    }
    if (!best) return undefined;
    const [docId, section] = best.key.split("\u0000") as [string, string];
    return { docId, section };
  }

  /** The text with the document's abbreviations it contains followed by their long forms. */
  expand(docId: string, text: string): string {
    const used = abbreviationsUsed(text, this.abbreviations.get(docId) ?? new Map());
    return used.length ? `${text} ${used.join(" ")}` : text;
  }

  /**
   * Weighted match of the question's words in `text` (equivalent words count 0.6). With `where`, a word
   * the text lacks but its section is about (the NAO report's sentences need not say "NAO") counts half.
   */
  score(queryWords: string[], text: string, where?: { docId: string; locator: Locator }): { score: number; fraction: number } {
    const direct = matchScore(queryWords, text, { weight: this.weight, equivalents: 0.6 });
    if (!where) return direct;
    // Only a named section (a paper, an annex, a part) has a subject; an untitled stretch does not.
    const section = where.locator.section[0] ? this.sectionWords.get(sectionKey(where.docId, where.locator)) : undefined;
    if (!section) return direct;
    const missing = queryWords.filter((w) => matchScore([w], text, { equivalents: 0.6 }).score === 0 && section.has(stem(w)));
    // A word the section is about (most of its uses are there: "NAO" in the paper on the NAO's report)
    // counts in full for every sentence of the section; another word the section uses, half.
    const key = sectionKey(where.docId, where.locator);
    const bonus = missing.reduce((sum, w) => sum + (this.sectionIsAbout(key, w) ? 1 : 0.5) * this.weight(w), 0);
    const total = queryWords.reduce((sum, w) => sum + this.weight(w), 0) || 1;
    return { score: direct.score + bonus, fraction: (direct.score + bonus) / total };
  }
}
