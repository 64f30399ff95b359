/**
 * The index in PostgreSQL with pgvector: the same tables as the embedded SQLite store (documents, chunks,
 * vectors, typed records, word statistics), with PostgreSQL's own full-text search (a stored tsvector
 * with a GIN index finds the chunks; BM25 ranks them, from the lexemes' chunk counts kept by publishing)
 * and pgvector's HNSW index for the vectors. Table names start `lga_ix_` so that one
 * database can hold the bot's state (`lga_*`) beside it. The same SQL runs on a managed PostgreSQL 12 or
 * later with the `vector` extension (0.5 or later), and in the tests on PGlite over pglite-socket. Keys
 * compare byte by byte (COLLATE "C"), as SQLite's do, so orders and ranges match the embedded store's.
 */

/** Raised whenever the tables or what publishing computes change: a database of another version is published afresh. */
export const SCHEMA_VERSION = 2;

/** pgvector's HNSW index takes vectors of at most this many dimensions; larger ones are searched exactly. */
export const HNSW_MAX_DIMENSIONS = 2000;

/** Every table of the index, dropped together when the embeddings or the ingestion code change. */
export const INDEX_TABLES = ["lga_ix_meta", "lga_ix_vectors", "lga_ix_chunks", "lga_ix_records", "lga_ix_section_terms", "lga_ix_terms", "lga_ix_lexemes", "lga_ix_words", "lga_ix_documents"];

/**
 * A chunk's text as words: every run of letters and digits, as SQLite's unicode61 tokenizer reads it
 * ("www.nao.org.uk" is four words, "2010-11" two), not PostgreSQL's parser (one host name, one number).
 */
const WORDS_OF_TEXT = "regexp_replace(text, '[^[:alnum:]]+', ' ', 'g')";

export function indexSchema(dimensions: number): string {
  return `
CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE lga_ix_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE lga_ix_documents (
  doc_id TEXT COLLATE "C" PRIMARY KEY, rel_path TEXT NOT NULL, sha256 TEXT NOT NULL, meta TEXT NOT NULL,
  pages INTEGER, text TEXT NOT NULL, loaded_text TEXT NOT NULL, facts TEXT NOT NULL);
CREATE TABLE lga_ix_chunks (
  id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
  start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, locator TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', ${WORDS_OF_TEXT})) STORED,
  len INTEGER NOT NULL DEFAULT 0);
CREATE INDEX lga_ix_chunks_doc ON lga_ix_chunks (doc_id);
CREATE INDEX lga_ix_chunks_tsv ON lga_ix_chunks USING gin (tsv);
CREATE TABLE lga_ix_vectors (id INTEGER PRIMARY KEY, chunk_id INTEGER NOT NULL, embedding vector(${dimensions}) NOT NULL);
CREATE INDEX lga_ix_vectors_chunk ON lga_ix_vectors (chunk_id);
${dimensions <= HNSW_MAX_DIMENSIONS ? "CREATE INDEX lga_ix_vectors_hnsw ON lga_ix_vectors USING hnsw (embedding vector_cosine_ops);" : ""}
CREATE TABLE lga_ix_records (id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, type TEXT NOT NULL, seq BIGINT NOT NULL, data TEXT NOT NULL);
CREATE INDEX lga_ix_records_type ON lga_ix_records (type, seq);
CREATE INDEX lga_ix_records_doc ON lga_ix_records (doc_id);
CREATE TABLE lga_ix_terms (stem TEXT COLLATE "C" PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE lga_ix_section_terms (
  doc_id TEXT COLLATE "C" NOT NULL, section TEXT COLLATE "C" NOT NULL, stem TEXT COLLATE "C" NOT NULL, chunks INTEGER NOT NULL,
  PRIMARY KEY (doc_id, section, stem));
CREATE INDEX lga_ix_section_terms_stem ON lga_ix_section_terms (stem, chunks);
CREATE TABLE lga_ix_lexemes (lexeme TEXT COLLATE "C" PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE lga_ix_words (word TEXT COLLATE "C" PRIMARY KEY, n INTEGER NOT NULL, len INTEGER NOT NULL);
CREATE INDEX lga_ix_words_len ON lga_ix_words (len, word);
`;
}

/**
 * Keys of `lga_ix_meta`: the build's manifest and the corpus's merged facts, as JSON; the chunks' count
 * and mean length in words, for BM25.
 */
export const META_MANIFEST = "manifest";
export const META_FACTS = "facts";
export const META_TEXT_STATS = "text_stats";
export const META_SCHEMA = "schema_version";

/** Session settings of a reader: HNSW searches return as many candidates as asked, filtered or not. */
export const READER_SETTINGS = ["SET hnsw.ef_search = 400", "SET hnsw.iterative_scan = relaxed_order"];

/** A vector as pgvector's text input ("[0.1,0.2]"). */
export const vectorLiteral = (v: ArrayLike<number>) => `[${Array.from(v).join(",")}]`;
/** pgvector's text output back to numbers. */
export const parseVector = (text: string) => Float32Array.from(JSON.parse(text) as number[]);
