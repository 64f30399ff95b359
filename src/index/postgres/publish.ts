/**
 * Publish a finished local build to PostgreSQL (INDEX_DATABASE_URL), where every bot instance reads it.
 *
 * Ingest still builds in its own folder (reading, chunking and embedding are the same work either way);
 * publishing then copies what changed, in one transaction: readers see the previous index or the new one,
 * never half of it, and two publishers take turns (an advisory lock). A document whose content hash and
 * chunk ids match the published one is left alone, so publishing one changed file costs that file.
 * Other embeddings, another pipeline version or another version of the tables replace the whole
 * published index.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { join } from "node:path";
import { MANIFEST_FILE, STORE_FILE, readManifest, sameEmbeddings, type Manifest } from "../manifest.js";
import { INDEX_TABLES, META_FACTS, META_MANIFEST, META_SCHEMA, META_TEXT_STATS, SCHEMA_VERSION, indexSchema, vectorLiteral } from "./schema.js";

export interface PublishSummary {
  /** Documents written (new or changed). */
  written: string[];
  /** Documents taken out (gone from the corpus, or changed and written again). */
  removed: string[];
  kept: number;
  /** True when the whole index was replaced (first publish, other embeddings or pipeline). */
  replaced: boolean;
  seconds: number;
}

/** Rows per INSERT (each an `unnest` of arrays: one round trip for many rows). */
const BATCH = 500;
/** Any fixed number: publishers of one database wait for each other on it. */
const PUBLISH_LOCK = 7_311_024;

type Row = Record<string, unknown>;

/** What identifies a document's published form: its content and the chunk ids it was given. */
const signature = (r: Row) => `${String(r.sha256)}:${String(r.first)}:${String(r.last)}:${String(r.n)}`;

export async function publishBuild(buildDir: string, url: string): Promise<PublishSummary> {
  const started = Date.now();
  const manifest = readManifest(buildDir);
  if (!manifest) throw new Error(`No finished build at ${buildDir} (${MANIFEST_FILE} missing).`);
  const store = new Database(join(buildDir, STORE_FILE), { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [PUBLISH_LOCK]);
    const published = await publishedManifest(client);
    const schema = published ? await client.query<{ value: string }>("SELECT value FROM lga_ix_meta WHERE key = $1", [META_SCHEMA]) : undefined;
    const replaced = !published || schema?.rows[0]?.value !== String(SCHEMA_VERSION) || published.pipelineVersion !== manifest.pipelineVersion || !sameEmbeddings(published.embeddings, manifest.embeddings) || published.embeddings.dimensions !== manifest.embeddings.dimensions;
    if (replaced) {
      await client.query(`DROP TABLE IF EXISTS ${INDEX_TABLES.join(", ")}`);
      await client.query(indexSchema(manifest.embeddings.dimensions));
    }
    const docSignatures = "SELECT d.doc_id, d.sha256, min(c.id) AS first, max(c.id) AS last, count(c.id) AS n FROM DOCS d LEFT JOIN CHUNKS c ON c.doc_id = d.doc_id GROUP BY d.doc_id, d.sha256";
    const local = new Map((store.prepare(docSignatures.replace("DOCS", "documents").replace("CHUNKS", "chunks")).all() as Row[]).map((r) => [String(r.doc_id), signature(r)]));
    const remote = new Map((await client.query<Row>(docSignatures.replace("DOCS", "lga_ix_documents").replace("CHUNKS", "lga_ix_chunks"))).rows.map((r) => [String(r.doc_id), signature(r)]));
    const removed = [...remote.keys()].filter((id) => local.get(id) !== remote.get(id));
    const written = [...local.keys()].filter((id) => remote.get(id) !== local.get(id));
    if (removed.length) {
      await countLexemes(client, removed, -1);
      await removeDocuments(client, removed);
    }
    for (const docId of written) await copyDocument(store, client, docId);
    if (written.length) await countLexemes(client, written, 1);
    await replaceStatistics(store, client);
    const text = await client.query<{ n: string; mean: number | null }>("SELECT count(*) AS n, avg(len)::float8 AS mean FROM lga_ix_chunks");
    const facts = store.prepare("SELECT value FROM corpus WHERE key = 'facts'").pluck().get() as string;
    const textStats = JSON.stringify({ chunks: Number(text.rows[0]?.n ?? 0), meanLength: text.rows[0]?.mean ?? 0 });
    for (const [key, value] of [[META_MANIFEST, JSON.stringify(manifest)], [META_FACTS, facts], [META_TEXT_STATS, textStats], [META_SCHEMA, String(SCHEMA_VERSION)]] as const) {
      await client.query("INSERT INTO lga_ix_meta VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value]);
    }
    await client.query("COMMIT");
    return { written, removed, kept: local.size - written.length, replaced, seconds: (Date.now() - started) / 1000 };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    store.close();
    await client.end();
  }
}

/** The manifest of the index published in this database, if there is one. */
export async function publishedManifest(client: pg.Client | pg.Pool): Promise<Manifest | undefined> {
  const exists = await client.query<{ t: string | null }>("SELECT to_regclass('lga_ix_meta')::text AS t");
  if (!exists.rows[0]?.t) return undefined;
  const row = await client.query<{ value: string }>("SELECT value FROM lga_ix_meta WHERE key = $1", [META_MANIFEST]);
  return row.rows[0] ? (JSON.parse(row.rows[0].value) as Manifest) : undefined;
}

async function removeDocuments(client: pg.Client, docIds: string[]): Promise<void> {
  await client.query("DELETE FROM lga_ix_vectors WHERE chunk_id IN (SELECT id FROM lga_ix_chunks WHERE doc_id = ANY($1))", [docIds]);
  for (const table of ["lga_ix_chunks", "lga_ix_records", "lga_ix_section_terms", "lga_ix_documents"]) {
    await client.query(`DELETE FROM ${table} WHERE doc_id = ANY($1)`, [docIds]);
  }
}

/**
 * Add (1) or take away (-1) the documents' chunks from each lexeme's chunk count (BM25's document
 * frequency); adding also sets each chunk's length in words.
 */
async function countLexemes(client: pg.Client, docIds: string[], sign: 1 | -1): Promise<void> {
  if (sign === 1) {
    // Its last word's position: stop words count, as they do in SQLite's BM25.
    await client.query("UPDATE lga_ix_chunks c SET len = coalesce((SELECT max(p) FROM unnest(c.tsv) u, unnest(u.positions) p), 0) WHERE doc_id = ANY($1)", [docIds]);
  }
  await client.query(
    `INSERT INTO lga_ix_lexemes SELECT u.lexeme, $2::int * count(*) FROM lga_ix_chunks c, unnest(c.tsv) u WHERE c.doc_id = ANY($1) GROUP BY u.lexeme
     ON CONFLICT (lexeme) DO UPDATE SET df = lga_ix_lexemes.df + excluded.df`,
    [docIds, sign],
  );
  if (sign === -1) await client.query("DELETE FROM lga_ix_lexemes WHERE df <= 0");
}

/**
 * Insert rows in batches: `columns` are PostgreSQL array types, in the table's order; `select` may cast
 * the unnested columns (a vector's text to `vector`).
 */
async function insertRows(client: pg.Client, table: string, columns: string[], rows: Iterable<unknown[]>, select = "*"): Promise<void> {
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const arrays = columns.map((_, k) => batch.map((r) => r[k]));
    const unnest = columns.map((type, k) => `$${k + 1}::${type}`).join(", ");
    const names = columns.map((_, k) => `c${k}`).join(", ");
    await client.query(`INSERT INTO ${table} SELECT ${select} FROM unnest(${unnest}) AS t(${names})`, arrays);
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
}

async function copyDocument(store: Database.Database, client: pg.Client, docId: string): Promise<void> {
  const doc = store.prepare("SELECT doc_id, rel_path, sha256, meta, pages, text, loaded_text, facts FROM documents WHERE doc_id = ?").raw().all(docId) as unknown[][];
  await insertRows(client, "lga_ix_documents", ["text[]", "text[]", "text[]", "text[]", "int[]", "text[]", "text[]", "text[]"], doc);
  const chunks = store.prepare("SELECT id, doc_id, kind, text, start, end, locator FROM chunks WHERE doc_id = ? ORDER BY id").raw().iterate(docId) as Iterable<unknown[]>;
  await insertRows(client, "lga_ix_chunks (id, doc_id, kind, text, start_at, end_at, locator)", ["int[]", "text[]", "text[]", "text[]", "int[]", "int[]", "text[]"], chunks);
  const vectors = store.prepare("SELECT v.id, v.chunk_id, v.vector FROM vectors v JOIN chunks c ON c.id = v.chunk_id WHERE c.doc_id = ? ORDER BY v.id").raw().iterate(docId) as Iterable<[number, number, Buffer]>;
  const asText = function* () {
    for (const [id, chunkId, blob] of vectors) yield [id, chunkId, vectorLiteral(new Float32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4))];
  };
  await insertRows(client, "lga_ix_vectors", ["int[]", "int[]", "text[]"], asText(), "c0, c1, c2::vector");
  const records = store.prepare("SELECT id, doc_id, type, rowid, data FROM records WHERE doc_id = ? ORDER BY rowid").raw().iterate(docId) as Iterable<unknown[]>;
  await insertRows(client, "lga_ix_records", ["text[]", "text[]", "text[]", "bigint[]", "text[]"], records);
  const sections = store.prepare("SELECT doc_id, section, stem, chunks FROM section_terms WHERE doc_id = ?").raw().iterate(docId) as Iterable<unknown[]>;
  await insertRows(client, "lga_ix_section_terms", ["text[]", "text[]", "text[]", "int[]"], sections);
}

/** The corpus-wide counts (stems' chunk counts, words' occurrences): as the build left them. */
async function replaceStatistics(store: Database.Database, client: pg.Client): Promise<void> {
  await client.query("DELETE FROM lga_ix_terms");
  await insertRows(client, "lga_ix_terms", ["text[]", "int[]"], store.prepare("SELECT stem, df FROM terms").raw().iterate() as Iterable<unknown[]>);
  await client.query("DELETE FROM lga_ix_words");
  await insertRows(client, "lga_ix_words", ["text[]", "int[]", "int[]"], store.prepare("SELECT word, n, len FROM words").raw().iterate() as Iterable<unknown[]>);
}
