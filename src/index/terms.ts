/**
 * Word statistics of the indexed chunks, kept in the store by the build so that a start reads none of the
 * corpus: in how many chunks each stem occurs (overall and per top-level section of each document), and
 * how often each longer word occurs (for spelling a question's misspelt words the papers' way).
 *
 * Written per document in the document's own transaction and taken away again when it is removed (its
 * chunks are re-read for that), so an incremental build keeps them exact at the cost of what changed.
 */
import type Database from "better-sqlite3";
import type { Locator } from "../ingest/records/schema.js";
import { contentWords, stem } from "../util/text.js";

export const TERMS_SCHEMA = `
CREATE TABLE terms (stem TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE section_terms (
  doc_id TEXT NOT NULL, section TEXT NOT NULL, stem TEXT NOT NULL, chunks INTEGER NOT NULL,
  PRIMARY KEY (doc_id, section, stem)
) WITHOUT ROWID;
CREATE INDEX section_terms_stem ON section_terms(stem, chunks);
CREATE TABLE words (word TEXT PRIMARY KEY, n INTEGER NOT NULL, len INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX words_len ON words(len);
`;

/** Words shorter than this are never spelling candidates nor "long words". */
const MIN_WORD = 5;

interface ChunkText {
  locator: Locator;
  text: string;
}

/** A document's contribution: chunks per (section, stem), and occurrences of each word of five letters or more. */
function countTerms(chunks: Iterable<ChunkText>): { sections: Map<string, Map<string, number>>; words: Map<string, number> } {
  const sections = new Map<string, Map<string, number>>();
  const words = new Map<string, number>();
  for (const { locator, text } of chunks) {
    const all = contentWords(text);
    for (const w of all) if (w.length >= MIN_WORD) words.set(w, (words.get(w) ?? 0) + 1);
    const section = locator.section[0] ?? "";
    const counts = sections.get(section) ?? new Map<string, number>();
    for (const s of new Set(all.map(stem))) counts.set(s, (counts.get(s) ?? 0) + 1);
    sections.set(section, counts);
  }
  return { sections, words };
}

/** The statements of one database, prepared once (a build writes every document through them). */
const prepared = new WeakMap<Database.Database, { term: Database.Statement; word: Database.Statement; section: Database.Statement }>();

/** Add (`sign` 1) or take away (-1) one document's chunks; call inside the document's transaction. */
export function writeTerms(db: Database.Database, docId: string, chunks: Iterable<ChunkText>, sign: 1 | -1): void {
  const { sections, words } = countTerms(chunks);
  const df = new Map<string, number>();
  for (const counts of sections.values()) for (const [s, n] of counts) df.set(s, (df.get(s) ?? 0) + n);
  let st = prepared.get(db);
  if (!st) {
    st = {
      term: db.prepare("INSERT INTO terms VALUES (?, ?) ON CONFLICT(stem) DO UPDATE SET df = df + excluded.df"),
      word: db.prepare("INSERT INTO words VALUES (?, ?, ?) ON CONFLICT(word) DO UPDATE SET n = n + excluded.n"),
      section: db.prepare("INSERT INTO section_terms VALUES (?, ?, ?, ?)"),
    };
    prepared.set(db, st);
  }
  for (const [s, n] of df) st.term.run(s, sign * n);
  for (const [w, n] of words) st.word.run(w, sign * n, w.length);
  if (sign === 1) {
    // Only named sections (a paper, a part) have a subject to look up; text outside any is in the totals.
    for (const [section, counts] of sections) if (section) for (const [s, n] of counts) st.section.run(docId, section, s, n);
  } else {
    db.prepare("DELETE FROM section_terms WHERE doc_id = ?").run(docId);
    db.prepare("DELETE FROM terms WHERE df <= 0").run();
    db.prepare("DELETE FROM words WHERE n <= 0").run();
  }
}

/** What answering asks of the statistics; every answer is a keyed lookup, remembered while the index is open. */
export interface TermStats {
  /** Chunks in the index. */
  readonly chunkCount: number;
  /** In how many chunks a stem occurs. */
  df(stem: string): number;
  /** `df` of many stems at once (one query to a database rather than one each), remembered. */
  dfMany(stems: Iterable<string>): Map<string, number>;
  /** In how many chunks of one document's named top-level section a stem occurs. */
  sectionCount(docId: string, section: string, stem: string): number;
  /** The named section holding most of a stem's chunks, with how many. */
  topSection(stem: string): { docId: string; section: string; chunks: number } | undefined;
  /** Words of `from`..`to` letters and how often they occur; with `initial`, only words starting with it. */
  wordsOfLength(from: number, to: number, initial?: string): { word: string; n: number }[];
}

/** Memoised lookups stop growing past this many entries (a long-running bot asks about many words). */
const MEMO_LIMIT = 200_000;

function memo<K, V>(compute: (key: K) => V): ((key: K) => V) & { cache: Map<K, V> } {
  const cache = new Map<K, V>();
  return Object.assign((key: K) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, value);
    return value;
  }, { cache });
}

/** The statistics' raw lookups in one store (SQLite here, PostgreSQL for a shared index). */
export interface TermLookups {
  df(stem: string): number;
  /** Several stems' `df` in one go, where a round trip costs more than the lookup (stems not found: absent). */
  dfMany?(stems: string[]): Map<string, number>;
  sectionCount(docId: string, section: string, stem: string): number;
  topSection(stem: string): { docId: string; section: string; chunks: number } | undefined;
  /** Words of `from`..`to` letters, ordered; with `initial`, only words starting with it. */
  wordsOfLength(from: number, to: number, initial: string): { word: string; n: number }[];
}

/** The lookups on an SQLite store written by `writeTerms`. */
export function sqliteTermLookups(db: Database.Database): TermLookups {
  const df = db.prepare("SELECT df FROM terms WHERE stem = ?").pluck();
  const count = db.prepare("SELECT chunks FROM section_terms WHERE doc_id = ? AND section = ? AND stem = ?").pluck();
  const top = db.prepare("SELECT doc_id AS docId, section, chunks FROM section_terms WHERE stem = ? ORDER BY chunks DESC, doc_id, section LIMIT 1");
  const ofLength = db.prepare("SELECT word, n FROM words WHERE len BETWEEN ? AND ? ORDER BY word");
  const ofLengthFrom = db.prepare("SELECT word, n FROM words WHERE len BETWEEN ? AND ? AND word >= ? AND word < ? ORDER BY word");
  return {
    df: (s) => (df.get(s) as number | undefined) ?? 0,
    sectionCount: (docId, section, s) => (count.get(docId, section, s) as number | undefined) ?? 0,
    topSection: (s) => top.get(s) as { docId: string; section: string; chunks: number } | undefined,
    wordsOfLength: (from, to, initial) =>
      (initial ? ofLengthFrom.all(from, to, initial, nextInitial(initial)) : ofLength.all(from, to)) as { word: string; n: number }[],
  };
}

/** The first string after every word starting with `initial` (a range's exclusive end). */
export const nextInitial = (initial: string) => String.fromCharCode(initial.charCodeAt(0) + 1);

export class TermsReader implements TermStats {
  readonly df: ((stem: string) => number) & { cache: Map<string, number> };
  private readonly sectionCounts: (key: string) => number;
  readonly topSection: (stem: string) => { docId: string; section: string; chunks: number } | undefined;
  private readonly lengths: (key: string) => { word: string; n: number }[];

  /** `chunkCount` from the manifest: counting the chunks table costs a scan of it. */
  constructor(
    readonly chunkCount: number,
    private readonly lookups: TermLookups,
  ) {
    this.df = memo((s: string) => lookups.df(s));
    this.sectionCounts = memo((key: string) => {
      const [docId, section, s] = key.split("\u0000") as [string, string, string];
      return lookups.sectionCount(docId, section, s);
    });
    this.topSection = memo((s: string) => lookups.topSection(s));
    this.lengths = memo((key: string) => {
      const [from, to, initial] = key.split("\u0000") as [string, string, string];
      return lookups.wordsOfLength(Number(from), Number(to), initial);
    });
  }

  dfMany(stems: Iterable<string>): Map<string, number> {
    const wanted = [...new Set(stems)];
    const missing = wanted.filter((s) => !this.df.cache.has(s));
    if (missing.length && this.lookups.dfMany) {
      const found = this.lookups.dfMany(missing);
      if (this.df.cache.size + missing.length >= MEMO_LIMIT) this.df.cache.clear();
      for (const s of missing) this.df.cache.set(s, found.get(s) ?? 0);
    }
    return new Map(wanted.map((s) => [s, this.df(s)]));
  }

  sectionCount(docId: string, section: string, s: string): number {
    return this.sectionCounts(`${docId}\u0000${section}\u0000${s}`);
  }

  wordsOfLength(from: number, to: number, initial = ""): { word: string; n: number }[] {
    return this.lengths(`${Math.max(from, MIN_WORD)}\u0000${to}\u0000${initial}`);
  }
}
