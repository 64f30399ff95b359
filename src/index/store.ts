/**
 * The SQLite half of the embedded index: documents (metadata and full text), chunks with their vectors,
 * full-text search (FTS5, BM25) and typed records. Written once per build (a new store, or a copy of the
 * previous build's with the changed documents replaced), then opened read-only.
 */
import Database from "better-sqlite3";
import { withBoardsFromFileNames, type DocMeta } from "../ingest/metadata.js";
import type { DocRecord, Locator, RecordType } from "../ingest/records/schema.js";
import { contentWords } from "../util/text.js";
import { CorpusFacts, mergeFacts, type DocFacts } from "../ingest/facts.js";
import { TERMS_SCHEMA, TermsReader, sqliteTermLookups, writeTerms } from "./terms.js";

export interface StoredDocument {
  meta: DocMeta;
  relPath: string;
  sha256: string;
  pages?: number;
}

export interface StoredChunk {
  id: number;
  docId: string;
  kind: "row" | "passage";
  text: string;
  start: number;
  end: number;
  locator: Locator;
}

const SCHEMA = `
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, rel_path TEXT NOT NULL, sha256 TEXT NOT NULL, meta TEXT NOT NULL,
  pages INTEGER, text TEXT NOT NULL, loaded_text TEXT NOT NULL, facts TEXT NOT NULL
);
CREATE TABLE chunks (
  id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id), kind TEXT NOT NULL,
  text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, locator TEXT NOT NULL
);
CREATE INDEX chunks_doc ON chunks(doc_id);
CREATE TABLE vectors (id INTEGER PRIMARY KEY, chunk_id INTEGER NOT NULL REFERENCES chunks(id), vector BLOB NOT NULL);
CREATE INDEX vectors_chunk ON vectors(chunk_id);
CREATE VIRTUAL TABLE chunks_fts USING fts5(text, tokenize = 'porter unicode61');
CREATE TABLE records (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id), type TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX records_type ON records(type);
CREATE INDEX records_doc ON records(doc_id);
CREATE TABLE corpus (key TEXT PRIMARY KEY, value TEXT NOT NULL);
${TERMS_SCHEMA}`;

/** The corpus's merged facts, in the \`corpus\` table. */
const FACTS_KEY = "facts";

export function chunkFromRow(r: Record<string, unknown>): Omit<StoredChunk, "id"> {
  return {
    docId: String(r.doc_id),
    kind: r.kind as StoredChunk["kind"],
    text: String(r.text),
    start: Number(r.start),
    end: Number(r.end),
    locator: JSON.parse(String(r.locator)) as Locator,
  };
}

export function documentFromRow(r: Record<string, unknown>): StoredDocument {
  return {
    meta: JSON.parse(String(r.meta)) as DocMeta,
    relPath: String(r.rel_path),
    sha256: String(r.sha256),
    ...(r.pages ? { pages: Number(r.pages) } : {}),
  };
}

const toBlob = (v: Float32Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
const fromBlob = (b: Buffer) => new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

export class StoreWriter {
  private readonly db: Database.Database;
  private nextChunkId = 1;
  private nextVectorId = 1;

  /** A new store, or (`existing`) a copy of the previous build's store to change in place. */
  constructor(path: string, opts: { existing?: boolean } = {}) {
    this.db = new Database(path);
    // The build folder is not in use until the build is complete: no journal needed.
    this.db.pragma("journal_mode = OFF");
    this.db.pragma("synchronous = OFF");
    if (opts.existing) {
      // (A store from before this index: a re-ingest counts and deletes a document's records by it.)
      this.db.exec("CREATE INDEX IF NOT EXISTS records_doc ON records(doc_id)");
      const max = (table: string) => (this.db.prepare(`SELECT coalesce(max(id), 0) AS m FROM ${table}`).get() as { m: number }).m;
      this.nextChunkId = max("chunks") + 1;
      this.nextVectorId = max("vectors") + 1;
    } else this.db.exec(SCHEMA);
  }

  /** Documents already in the store (a copied one), by relative path. */
  documents(): StoredDocument[] {
    return (this.db.prepare("SELECT meta, rel_path, sha256, pages FROM documents").all() as Record<string, unknown>[]).map(documentFromRow);
  }

  /** A kept document's records by type, and its chunks: what the ingest summary reports of it. */
  countsOf(docId: string): { records: Partial<Record<RecordType, number>>; chunks: number } {
    const rows = this.statement("SELECT type, count(*) AS n FROM records WHERE doc_id = ? GROUP BY type").all(docId) as { type: RecordType; n: number }[];
    const chunks = (this.statement("SELECT count(*) AS n FROM chunks WHERE doc_id = ?").get(docId) as { n: number }).n;
    return { records: Object.fromEntries(rows.map((r) => [r.type, r.n])), chunks };
  }

  private readonly statements = new Map<string, Database.Statement>();
  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  /** Remove a document and all it owns; the vectors removed (ids and values) are returned. */
  removeDocument(docId: string): { id: number; vector: Float32Array }[] {
    const removed = (this.db.prepare("SELECT v.id, v.vector FROM vectors v JOIN chunks c ON c.id = v.chunk_id WHERE c.doc_id = ?").all(docId) as { id: number; vector: Buffer }[]).map(
      (r) => ({ id: r.id, vector: fromBlob(r.vector) }),
    );
    const chunks = (this.db.prepare("SELECT text, locator FROM chunks WHERE doc_id = ?").all(docId) as { text: string; locator: string }[]).map((r) => ({
      text: r.text,
      locator: JSON.parse(r.locator) as Locator,
    }));
    this.db.transaction(() => {
      writeTerms(this.db, docId, chunks, -1);
      this.db.prepare("DELETE FROM vectors WHERE chunk_id IN (SELECT id FROM chunks WHERE doc_id = ?)").run(docId);
      this.db.prepare("DELETE FROM chunks_fts WHERE rowid IN (SELECT id FROM chunks WHERE doc_id = ?)").run(docId);
      this.db.prepare("DELETE FROM chunks WHERE doc_id = ?").run(docId);
      this.db.prepare("DELETE FROM records WHERE doc_id = ?").run(docId);
      this.db.prepare("DELETE FROM documents WHERE doc_id = ?").run(docId);
    })();
    return removed;
  }

  /** Every vector in the store (for rebuilding the nearest-neighbour index). */
  *allVectors(): Iterable<{ id: number; vector: Float32Array }> {
    const rows = this.db.prepare("SELECT id, vector FROM vectors ORDER BY id").iterate() as Iterable<{ id: number; vector: Buffer }>;
    for (const r of rows) yield { id: r.id, vector: fromBlob(r.vector) };
  }

  vectorCount(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM vectors").get() as { n: number }).n;
  }

  /**
   * Everything of one document in one transaction: its chunks with their vectors (one or more each) and
   * its records. Returns the vector ids given, with their vectors, for the nearest-neighbour index.
   */
  addDocument(
    doc: StoredDocument & { text: string; loadedText: string; facts: DocFacts },
    chunks: Omit<StoredChunk, "id">[],
    vectors: Float32Array[][],
    records: DocRecord[],
  ): { id: number; vector: Float32Array }[] {
    const items: { id: number; vector: Float32Array }[] = [];
    const insertDoc = this.db.prepare("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const insertChunk = this.db.prepare("INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?)");
    const insertVector = this.db.prepare("INSERT INTO vectors VALUES (?, ?, ?)");
    const insertFts = this.db.prepare("INSERT INTO chunks_fts(rowid, text) VALUES (?, ?)");
    const insertRecord = this.db.prepare("INSERT INTO records VALUES (?, ?, ?, ?)");
    this.db.transaction(() => {
      insertDoc.run(doc.meta.docId, doc.relPath, doc.sha256, JSON.stringify(doc.meta), doc.pages ?? null, doc.text, doc.loadedText, JSON.stringify(doc.facts));
      chunks.forEach((c, k) => {
        const id = this.nextChunkId++;
        insertChunk.run(id, c.docId, c.kind, c.text, c.start, c.end, JSON.stringify(c.locator));
        insertFts.run(id, c.text);
        for (const v of vectors[k]!) {
          const vectorId = this.nextVectorId++;
          insertVector.run(vectorId, id, toBlob(v));
          items.push({ id: vectorId, vector: v });
        }
      });
      for (const r of records) insertRecord.run(r.id, r.docId, r.type, JSON.stringify(r));
      writeTerms(this.db, doc.meta.docId, chunks, 1);
    })();
    return items;
  }

  /** Merge the documents' facts into the corpus's: once, when every document is in. */
  writeCorpusFacts(): void {
    const rows = this.db.prepare("SELECT facts FROM documents ORDER BY doc_id").pluck().all() as string[];
    const merged = mergeFacts(rows.map((r) => JSON.parse(r) as DocFacts));
    this.db.prepare("INSERT INTO corpus VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(FACTS_KEY, JSON.stringify(merged));
  }

  close(): void {
    this.db.close();
  }
}

/** Documents' texts and chunks kept after reading: enough for a few questions' worth, not the corpus. */
export const TEXTS_KEPT = 64;
export const CHUNKS_KEPT = 20_000;

/** Make room in a cache kept in insertion order: the first-read entry goes. */
function forgetOldest<K, V>(cache: Map<K, V>, limit: number): void {
  if (cache.size >= limit) cache.delete(cache.keys().next().value as K);
}

/** A value from `cache`, or read with `load` and kept (the first-read entry going past `limit`). */
export function readThrough<K, V>(cache: Map<K, V>, limit: number, key: K, load: () => V | undefined): V | undefined {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const value = load();
  if (value === undefined) return undefined;
  forgetOldest(cache, limit);
  cache.set(key, value);
  return value;
}

export class StoreReader {
  private readonly db: Database.Database;
  readonly documents: StoredDocument[];
  private readonly recordCache = new Map<RecordType, DocRecord[]>();
  private readonly chunkCache = new Map<number, StoredChunk>();
  private readonly textCache = new Map<string, { text: string; loadedText: string }>();
  readonly terms: TermsReader;
  readonly facts: CorpusFacts;

  constructor(path: string, chunkCount: number) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    this.terms = new TermsReader(chunkCount, sqliteTermLookups(this.db));
    this.facts = CorpusFacts.parse(JSON.parse(this.db.prepare("SELECT value FROM corpus WHERE key = ?").pluck().get(FACTS_KEY) as string));
    this.documents = withBoardsFromFileNames((this.db.prepare("SELECT meta, rel_path, sha256, pages FROM documents ORDER BY doc_id").all() as Record<string, unknown>[]).map(documentFromRow));
  }

  /**
   * The records of one type, read when first asked for: a question about members never reads the tables'
   * cells. They were validated when extracted, so they are not parsed again.
   */
  recordsOf<T extends RecordType>(type: T): Extract<DocRecord, { type: T }>[] {
    let records = this.recordCache.get(type);
    if (!records) {
      const rows = this.statement("SELECT data FROM records WHERE type = ? ORDER BY rowid").pluck().all(type) as string[];
      this.recordCache.set(type, (records = rows.map((data) => JSON.parse(data) as DocRecord)));
    }
    return records as Extract<DocRecord, { type: T }>[];
  }

  documentText(docId: string): { text: string; loadedText: string } | undefined {
    return readThrough(this.textCache, TEXTS_KEPT, docId, () => {
      const row = this.statement("SELECT text, loaded_text FROM documents WHERE doc_id = ?").get(docId) as { text: string; loaded_text: string } | undefined;
      return row ? { text: row.text, loadedText: row.loaded_text } : undefined;
    });
  }

  chunk(id: number): StoredChunk | undefined {
    return readThrough(this.chunkCache, CHUNKS_KEPT, id, () => {
      const row = this.statement("SELECT id, doc_id, kind, text, start, end, locator FROM chunks WHERE id = ?").get(id) as Record<string, unknown> | undefined;
      return row ? { id: Number(row.id), ...chunkFromRow(row) } : undefined;
    });
  }

  /** The abbreviations a document defines ("RPS" -> "Remote Peer Support"). */
  abbreviationsOf(docId: string): Map<string, string> {
    const defined = this.statement("SELECT json_extract(facts, '$.defined') FROM documents WHERE doc_id = ?").pluck().get(docId) as string | undefined;
    return new Map(defined ? (JSON.parse(defined) as [string, string][]) : []);
  }

  /** Where each chunk of a document starts and ends in its text, in order. */
  chunkPlaces(docId: string): { start: number; end: number; locator: Locator }[] {
    const rows = this.statement("SELECT start, end, locator FROM chunks WHERE doc_id = ? ORDER BY id").all(docId) as { start: number; end: number; locator: string }[];
    return rows.map((r) => ({ start: r.start, end: r.end, locator: JSON.parse(r.locator) as Locator }));
  }

  private readonly statements = new Map<string, Database.Statement>();
  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  /** Every vector with the chunk it belongs to. */
  *allVectors(): Iterable<{ id: number; chunkId: number; vector: Float32Array }> {
    const rows = this.db.prepare("SELECT id, chunk_id, vector FROM vectors ORDER BY id").iterate() as Iterable<{ id: number; chunk_id: number; vector: Buffer }>;
    for (const r of rows) yield { id: r.id, chunkId: r.chunk_id, vector: fromBlob(r.vector) };
  }

  /** The given vectors with the chunk each belongs to, for re-scoring candidates and turning them into chunks. */
  vectorsByIds(vectorIds: number[]): Map<number, { chunkId: number; vector: Float32Array }> {
    if (vectorIds.length === 0) return new Map();
    const rows = this.db.prepare(`SELECT id, chunk_id, vector FROM vectors WHERE id IN (${vectorIds.map(() => "?").join(",")})`).all(...vectorIds) as {
      id: number;
      chunk_id: number;
      vector: Buffer;
    }[];
    return new Map(rows.map((r) => [r.id, { chunkId: r.chunk_id, vector: fromBlob(r.vector) }]));
  }

  *chunkTexts(): Iterable<{ docId: string; locator: Locator; text: string; start: number; end: number }> {
    const rows = this.db.prepare("SELECT doc_id, locator, text, start, end FROM chunks ORDER BY id").iterate() as Iterable<{
      doc_id: string;
      locator: string;
      text: string;
      start: number;
      end: number;
    }>;
    for (const r of rows) yield { docId: r.doc_id, locator: JSON.parse(r.locator) as Locator, text: r.text, start: r.start, end: r.end };
  }

  /** The vectors of the chunks of the given documents. */
  vectorIdsOf(docIds: string[]): Set<number> {
    if (docIds.length === 0) return new Set();
    const sql = `SELECT v.id FROM vectors v JOIN chunks c ON c.id = v.chunk_id WHERE c.doc_id IN (${docIds.map(() => "?").join(",")})`;
    return new Set(this.db.prepare(sql).pluck().all(...docIds) as number[]);
  }

  /** BM25 over chunk text. Any of the query's content words may match; better matches rank first. */
  searchText(query: string, k: number, docIds?: string[]): { id: number; score: number }[] {
    const words = [...new Set(contentWords(query))].filter((w) => /^[\p{L}\p{N}]/u.test(w));
    if (words.length === 0) return [];
    const match = words.map((w) => `"${w.replace(/"/g, "")}"`).join(" OR ");
    const filter = docIds ? `AND c.doc_id IN (${docIds.map(() => "?").join(",")})` : "";
    const sql = `SELECT f.rowid AS id, bm25(chunks_fts) AS score FROM chunks_fts f JOIN chunks c ON c.id = f.rowid
                 WHERE chunks_fts MATCH ? ${filter} ORDER BY score LIMIT ?`;
    const rows = this.db.prepare(sql).all(match, ...(docIds ?? []), k) as { id: number; score: number }[];
    return rows.map((r) => ({ id: r.id, score: -r.score }));
  }

  close(): void {
    this.db.close();
  }
}
