/**
 * The index port on PostgreSQL + pgvector (INDEX_DATABASE_URL): several bot instances read one published
 * index. Reads are the embedded store's, in SQL: records by type, texts and chunks by id, the word
 * statistics by key, each remembered once read, as the SQLite reader does; full-text search is
 * PostgreSQL's (english stemming, `ts_rank` normalised by length), vector search pgvector's HNSW index
 * (cosine). A process reads what it asks for and never the whole corpus.
 */
import type { DocRecord, Locator, RecordType } from "../../ingest/records/schema.js";
import { CorpusFacts } from "../../ingest/facts.js";
import { PIPELINE_VERSION } from "../../ingest/pipeline.js";
import { withBoardsFromFileNames } from "../../ingest/metadata.js";
import { contentWords } from "../../util/text.js";
import type { EmbeddingsSpec } from "../embeddings/index.js";
import { EmbeddingsMismatchError, Manifest, sameEmbeddings } from "../manifest.js";
import { CHUNKS_KEPT, TEXTS_KEPT, chunkFromRow, documentFromRow, readThrough, type StoredChunk, type StoredDocument } from "../store.js";
import { TermsReader, nextInitial, type TermLookups } from "../terms.js";
import { IndexMissingError, type Hit, type IndexPort } from "../index.js";
import { META_FACTS, META_MANIFEST, META_TEXT_STATS, READER_SETTINGS, parseVector, vectorLiteral } from "./schema.js";
import { SyncPostgres } from "./sync-client.js";

/** Vectors asked of the database per chunk wanted (a chunk of table rows has several). */
const VECTORS_PER_RESULT = 3;
/** Rows read per round trip when reading every chunk or vector. */
const PAGE = 2000;

const CHUNK_COLUMNS = `id, doc_id, kind, text, start_at AS start, end_at AS "end", locator`;

function termLookups(db: SyncPostgres): TermLookups {
  const one = <T>(sql: string, params: unknown[]) => db.query<Record<string, T>>(sql, params)[0];
  return {
    df: (s) => Number(one("SELECT df AS v FROM lga_ix_terms WHERE stem = $1", [s])?.v ?? 0),
    dfMany: (stems) => new Map(db.query<{ stem: string; df: number }>("SELECT stem, df FROM lga_ix_terms WHERE stem = ANY($1)", [stems]).map((r) => [r.stem, Number(r.df)])),
    sectionCount: (docId, section, s) => Number(one("SELECT chunks AS v FROM lga_ix_section_terms WHERE doc_id = $1 AND section = $2 AND stem = $3", [docId, section, s])?.v ?? 0),
    topSection: (s) => {
      const r = db.query<{ doc_id: string; section: string; chunks: number }>(
        "SELECT doc_id, section, chunks FROM lga_ix_section_terms WHERE stem = $1 ORDER BY chunks DESC, doc_id, section LIMIT 1",
        [s],
      )[0];
      return r ? { docId: r.doc_id, section: r.section, chunks: Number(r.chunks) } : undefined;
    },
    wordsOfLength: (from, to, initial) =>
      db
        .query<{ word: string; n: number }>(
          initial
            ? "SELECT word, n FROM lga_ix_words WHERE len BETWEEN $1 AND $2 AND word >= $3 AND word < $4 ORDER BY word"
            : "SELECT word, n FROM lga_ix_words WHERE len BETWEEN $1 AND $2 ORDER BY word",
          initial ? [from, to, initial, nextInitial(initial)] : [from, to],
        )
        .map((r) => ({ word: r.word, n: Number(r.n) })),
  };
}

export class PostgresIndex implements IndexPort {
  readonly documents: StoredDocument[];
  readonly terms: TermsReader;
  readonly facts: CorpusFacts;
  /** The chunks' count and mean length in words, kept by publishing (BM25). */
  private readonly textStats: { chunks: number; meanLength: number };
  private readonly recordCache = new Map<RecordType, DocRecord[]>();
  private readonly chunkCache = new Map<number, StoredChunk>();
  private readonly textCache = new Map<string, { text: string; loadedText: string }>();

  private constructor(
    readonly manifest: Manifest,
    private readonly db: SyncPostgres,
  ) {
    const facts = db.query<{ value: string }>("SELECT value FROM lga_ix_meta WHERE key = $1", [META_FACTS])[0];
    this.facts = CorpusFacts.parse(JSON.parse(facts?.value ?? "{}"));
    this.documents = withBoardsFromFileNames(db.query("SELECT meta, rel_path, sha256, pages FROM lga_ix_documents ORDER BY doc_id").map(documentFromRow));
    this.terms = new TermsReader(manifest.chunks, termLookups(db));
    const text = db.query<{ value: string }>("SELECT value FROM lga_ix_meta WHERE key = $1", [META_TEXT_STATS])[0];
    this.textStats = text ? (JSON.parse(text.value) as { chunks: number; meanLength: number }) : { chunks: manifest.chunks, meanLength: 1 };
  }

  /** Open the index published at `url`; refuse one built with other embeddings than `expected`. */
  static open(url: string, expected: EmbeddingsSpec): PostgresIndex {
    const db = new SyncPostgres(url, READER_SETTINGS);
    try {
      const where = "the PostgreSQL database at INDEX_DATABASE_URL";
      const [{ t } = { t: null }] = db.query<{ t: string | null }>("SELECT to_regclass('lga_ix_meta')::text AS t");
      const row = t ? db.query<{ value: string }>("SELECT value FROM lga_ix_meta WHERE key = $1", [META_MANIFEST])[0] : undefined;
      const manifest = row ? Manifest.safeParse(JSON.parse(row.value)) : undefined;
      if (!manifest?.success) throw new IndexMissingError(where, "No index");
      if (manifest.data.pipelineVersion !== PIPELINE_VERSION) throw new IndexMissingError(where, "The index was built by an older version of the ingestion code");
      if (!sameEmbeddings(manifest.data.embeddings, expected)) throw new EmbeddingsMismatchError(manifest.data.embeddings, expected);
      return new PostgresIndex(manifest.data, db);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  recordsOf<T extends RecordType>(type: T): Extract<DocRecord, { type: T }>[] {
    let records = this.recordCache.get(type);
    if (!records) {
      const rows = this.db.query<{ data: string }>("SELECT data FROM lga_ix_records WHERE type = $1 ORDER BY seq", [type]);
      this.recordCache.set(type, (records = rows.map((r) => JSON.parse(r.data) as DocRecord)));
    }
    return records as Extract<DocRecord, { type: T }>[];
  }

  abbreviationsOf(docId: string): Map<string, string> {
    const row = this.db.query<{ defined: string | null }>("SELECT (facts::jsonb -> 'defined')::text AS defined FROM lga_ix_documents WHERE doc_id = $1", [docId])[0];
    return new Map(row?.defined ? (JSON.parse(row.defined) as [string, string][]) : []);
  }

  chunkPlaces(docId: string): { start: number; end: number; locator: Locator }[] {
    return this.db
      .query<{ start_at: number; end_at: number; locator: string }>("SELECT start_at, end_at, locator FROM lga_ix_chunks WHERE doc_id = $1 ORDER BY id", [docId])
      .map((r) => ({ start: Number(r.start_at), end: Number(r.end_at), locator: JSON.parse(r.locator) as Locator }));
  }

  documentText(docId: string): { text: string; loadedText: string } | undefined {
    return readThrough(this.textCache, TEXTS_KEPT, docId, () => {
      const row = this.db.query<{ text: string; loaded_text: string }>("SELECT text, loaded_text FROM lga_ix_documents WHERE doc_id = $1", [docId])[0];
      return row ? { text: row.text, loadedText: row.loaded_text } : undefined;
    });
  }

  chunk(id: number): StoredChunk | undefined {
    return readThrough(this.chunkCache, CHUNKS_KEPT, id, () => {
      const row = this.db.query(`SELECT ${CHUNK_COLUMNS} FROM lga_ix_chunks WHERE id = $1`, [id])[0];
      return row ? { id: Number(row.id), ...chunkFromRow(row) } : undefined;
    });
  }

  /** A chunk read by a search, kept for showing it. */
  private remember(chunk: StoredChunk): StoredChunk {
    return readThrough(this.chunkCache, CHUNKS_KEPT, chunk.id, () => chunk)!;
  }

  /**
   * BM25 over chunk text, as the embedded store's FTS5 ranks (k1 1.2, b 0.75, a term in more than half
   * the chunks weighs next to nothing): any of the query's content words may match, stemmed as English.
   * The chunks found are read in the same query, so showing them costs no more.
   */
  searchText(query: string, k: number, docIds?: string[]): Hit[] {
    // A word with punctuation inside ("www.nao.org.uk", "2019/20") is its parts in a row, as in SQLite.
    const words = [...new Set(contentWords(query))].map((w) => w.split(/[^\p{L}\p{N}]+/u).filter(Boolean)).filter((parts) => parts.length > 0);
    if (words.length === 0) return [];
    const { chunks, meanLength } = this.textStats;
    const filter = docIds ? "AND c.doc_id = ANY($6)" : "";
    const rows = this.db.query(
      `WITH terms AS (
         SELECT lexeme, greatest(ln(($3::float8 - df + 0.5) / (df + 0.5)), 1e-6) AS idf
           FROM lga_ix_lexemes WHERE lexeme = ANY(tsvector_to_array(to_tsvector('english', $2))))
       SELECT ${CHUNK_COLUMNS.replace(/(^|, )(?=\w)/g, "$1c.")},
              sum(t.idf * u.tf * 2.2 / (u.tf + 1.2 * (0.25 + 0.75 * c.len / $4::float8))) AS score
         FROM lga_ix_chunks c
         CROSS JOIN LATERAL (SELECT lexeme, coalesce(array_length(positions, 1), 1) AS tf FROM unnest(c.tsv)) u
         JOIN terms t ON t.lexeme = u.lexeme
        WHERE c.tsv @@ to_tsquery('english', $1) ${filter}
        GROUP BY c.id ORDER BY score DESC, c.id LIMIT $5`,
      [words.map((parts) => parts.join(" <-> ")).join(" | "), words.flat().join(" "), chunks, Math.max(meanLength, 1), k, ...(docIds ? [docIds] : [])],
    );
    return rows.map((r) => ({ id: this.remember({ id: Number(r.id), ...chunkFromRow(r) }).id, score: Number(r.score) }));
  }

  /** Nearest by cosine; a chunk scores as its best vector. */
  async searchVector(vector: number[], k: number, docIds?: string[]): Promise<Hit[]> {
    if (vector.length !== this.manifest.embeddings.dimensions) {
      throw new Error(`query vector has ${vector.length} dimensions, the index ${this.manifest.embeddings.dimensions}`);
    }
    const filter = docIds ? "WHERE chunk_id IN (SELECT id FROM lga_ix_chunks WHERE doc_id = ANY($3))" : "";
    const rows = this.db.query<{ chunk_id: number; distance: number }>(
      `SELECT chunk_id, embedding <=> $1::vector AS distance FROM lga_ix_vectors ${filter} ORDER BY embedding <=> $1::vector LIMIT $2`,
      [vectorLiteral(vector), k * VECTORS_PER_RESULT, ...(docIds ? [docIds] : [])],
    );
    const best = new Map<number, number>();
    for (const r of rows) if (!best.has(Number(r.chunk_id))) best.set(Number(r.chunk_id), 1 - Number(r.distance));
    return [...best.entries()].slice(0, k).map(([id, score]) => ({ id, score }));
  }

  /** Nothing to read ahead: the database holds the vectors and their index. */
  async warmUp(): Promise<void> {}

  *vectors(): Iterable<ArrayLike<number>> {
    for (let after = 0; ; ) {
      const rows = this.db.query<{ id: number; embedding: string }>("SELECT id, embedding::text AS embedding FROM lga_ix_vectors WHERE id > $1 ORDER BY id LIMIT $2", [after, PAGE]);
      for (const r of rows) yield parseVector(r.embedding);
      if (rows.length < PAGE) return;
      after = Number(rows.at(-1)!.id);
    }
  }

  *chunkTexts(): Iterable<{ docId: string; locator: Locator; text: string; start: number; end: number }> {
    for (let after = 0; ; ) {
      const rows = this.db.query(`SELECT ${CHUNK_COLUMNS} FROM lga_ix_chunks WHERE id > $1 ORDER BY id LIMIT $2`, [after, PAGE]);
      for (const r of rows) {
        const { docId, locator, text, start, end } = chunkFromRow(r);
        yield { docId, locator, text, start, end };
      }
      if (rows.length < PAGE) return;
      after = Number(rows.at(-1)!.id);
    }
  }

  close(): void {
    this.db.close();
  }
}
