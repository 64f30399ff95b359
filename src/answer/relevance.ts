/**
 * Relevance of a piece of text to a question, for picking the sentences that answer it: question words
 * weighted by how rare they are in the corpus, words
 * meaning the same counted in part, and a document's own abbreviations read as their long forms
 * ("RPS" is "Remote Peer Support" where the paper says so).
 */
import { STOP_WORDS, stem } from "../util/text.js";
import { editDistance, matchScore, trigramSimilarity } from "../util/similarity.js";
import { EQUIVALENTS, equivalenceGroup } from "../util/lexicon.js";
import { abbreviationsUsed } from "../ingest/abbreviations.js";
import type { Locator } from "../ingest/records/schema.js";
import type { TermStats } from "../index/terms.js";

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/** A word names a section when 2 to 25 chunks use it and at least 60% of them are in that section. */
const FOCUS_MIN_CHUNKS = 2;
const FOCUS_MAX_CHUNKS = 25;
const FOCUS_SHARE = 0.6;

/** A document's title names the document a question asks about when it holds this many of the question's words. */
const TITLE_NAMING_WORDS = 3;

export class Relevance {
  /**
   * @param terms the index's word statistics (kept by the build, looked up as asked)
   * @param abbreviationsOf a document's own abbreviations ("RPS" -> "Remote Peer Support")
   */
  constructor(
    private readonly terms: TermStats,
    private readonly abbreviationsOf: (docId: string) => Map<string, string>,
    /** A document's title, whose words its every sentence is about ("Safer Skin Summit 2184 programme"). */
    private readonly titleOf: (docId: string) => string | undefined = () => undefined,
  ) {}

  private get n(): number {
    return this.terms.chunkCount;
  }

  private dfOf(word: string): number {
    return this.terms.df(stem(word));
  }

  /**
   * Inverse document frequency of a word. A word the corpus never uses weighs as much as the rarest: a
   * question about something the papers do not mention must not look answered by its common words.
   */
  readonly weight = (word: string): number => {
    const df = this.dfOf(word);
    // Square root: rare words count more, but one rare word must not outweigh the rest of the question.
    return Math.sqrt(Math.log((this.n + 1) / Math.max(df, 1)));
  };

  /** Inverse document frequency, unflattened: for deciding whether labels carry a question's subject. */
  idf(word: string): number {
    return Math.log((this.n + 1) / Math.max(this.dfOf(word), 1));
  }

  /** In how many chunks a word (by stem) occurs. */
  frequency(word: string): number {
    return this.dfOf(word);
  }

  /** Look up many words' frequencies at once (a shared store answers them in one query), for use below. */
  prefetch(words: Iterable<string>): void {
    this.terms.dfMany([...words].map(stem));
  }

  /**
   * The corpus's spelling of a word the papers never use but spell one slip away ("quorom" -> "quorum",
   * "substitues" -> "substitutes", "grenfel" -> "grenfell"): one edit for words up to seven letters, two
   * for longer ones; the commonest such word wins. Undefined when the word is known or has no near spelling.
   */
  spelling(word: string): string | undefined {
    const w = word.toLowerCase();
    if (w.length < 5 || !/^[a-z]+$/.test(w) || this.dfOf(w) > 0 || MONTH.test(w)) return undefined;
    const max = w.length >= 8 ? 2 : 1;
    // A slip of a word that says nothing ("actualy") is not read as one that does ("actual").
    for (const x of STOP_WORDS) if (x.length >= 4 && editDistance(w, x, 1) <= 1) return undefined;
    let best: { word: string; d: number; n: number } | undefined;
    for (const { word: x, n } of this.terms.wordsOfLength(w.length - max, w.length + max, w[0])) {
      if (!/^[a-z]+$/.test(x)) continue;
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
      if (this.dfOf(w) > 0 || MONTH.test(w)) return false;
      // ("leftover" in papers that say "left" or "remaining": a word of the lexicon whose equivalents they use.)
      const group = equivalenceGroup(w);
      if (group !== undefined && EQUIVALENTS[group]!.some((x) => this.dfOf(x) > 0)) return false;
      // ("edits" of papers that say "editor": a short word whose root begins a word of theirs is theirs.)
      const root = w.replace(/(?:s|ed|ing)$/, "");
      if (w.length < 6 && root.length >= 4 && this.terms.wordsOfLength(root.length + 1, root.length + 6, w[0]).some(({ word: x }) => x.startsWith(root))) return false;
      if (w.length < 6 || /\d/.test(w)) return w.length >= 3 && !/\d/.test(w);
      for (const { word: x } of this.terms.wordsOfLength(Math.max(6, w.length - 2), w.length + 2)) if (trigramSimilarity(w, x) >= 0.6) return false;
      return true;
    });
  }

  private sectionIsAbout(docId: string, section: string, word: string): boolean {
    const s = stem(word);
    const df = this.terms.df(s);
    const count = this.terms.sectionCount(docId, section, s);
    return df >= FOCUS_MIN_CHUNKS && df <= FOCUS_MAX_CHUNKS && count >= FOCUS_MIN_CHUNKS && count / df >= FOCUS_SHARE;
  }

  /**
   * The named section a rare word of the question lives in, when most of the chunks using it are in one
   * section: "the NAO" names the paper on the NAO's report, whose own sentences need not say "NAO".
   */
  focusSection(queryWords: string[]): { docId: string; section: string } | undefined {
    let best: { docId: string; section: string; idf: number } | undefined;
    for (const w of queryWords) {
      const top = this.terms.topSection(stem(w));
      if (!top || !this.sectionIsAbout(top.docId, top.section, w)) continue;
      const idf = this.idf(w);
      if (!best || idf > best.idf) best = { docId: top.docId, section: top.section, idf };
    }
    return best && { docId: best.docId, section: best.section };
  }

  /** The text with the document's abbreviations it contains followed by their long forms. */
  expand(docId: string, text: string): string {
    const used = abbreviationsUsed(text, this.abbreviationsOf(docId));
    return used.length ? `${text} ${used.join(" ")}` : text;
  }

  /**
   * Weighted match of the question's words in `text` (equivalent words count 0.6). With `where`, a word
   * the text lacks but its section is about (the NAO report's sentences need not say "NAO") counts, and so
   * does a word of the title of a document the question names by three or more of its words.
   */
  score(queryWords: string[], text: string, where?: { docId: string; locator: Locator }): { score: number; fraction: number } {
    const direct = matchScore(queryWords, text, { weight: this.weight, equivalents: 0.6 });
    if (!where) return direct;
    // Only a named section (a paper, an annex, a part) has a subject; an untitled stretch does not.
    const section = where.locator.section[0];
    // (Nor does the document's title count when the sentence shares no word with the question.)
    // (Only a title that holds three or more of the question's words, "safer skin summit", names the
    // document asked about; one or two words in common are as likely chance.)
    const ownTitle = direct.score > 0 ? this.titleOf(where.docId) : undefined;
    const title = ownTitle && queryWords.filter((w) => matchScore([w], ownTitle).score > 0).length >= TITLE_NAMING_WORDS ? ownTitle : undefined;
    if (!section && !title) return direct;
    const inSection = (w: string) => !!section && this.terms.sectionCount(where.docId, section, stem(w)) > 0;
    const inTitle = (w: string) => !!title && matchScore([w], title, { equivalents: 0.6 }).score > 0;
    const missing = queryWords.filter((w) => matchScore([w], text, { equivalents: 0.6 }).score === 0 && (inSection(w) || inTitle(w)));
    // A word the section is about (most of its uses are there: "NAO" in the paper on the NAO's report)
    // counts in full for every sentence of the section, as does a word of the document's title ("the keynote
    // at the safer skin summit" of the Summit's programme); another word the section uses, half.
    const bonus = missing.reduce((sum, w) => sum + ((section && this.sectionIsAbout(where.docId, section, w)) || inTitle(w) ? 1 : 0.5) * this.weight(w), 0);
    const total = queryWords.reduce((sum, w) => sum + this.weight(w), 0) || 1;
    return { score: direct.score + bonus, fraction: (direct.score + bonus) / total };
  }
}
