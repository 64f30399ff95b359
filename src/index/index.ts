/**
 * The index port: what retrieval and answering need from an index, whatever stores it. The embedded
 * adapter (SQLite + hnswlib in a local folder) is the one implemented here; a shared-database adapter can
 * implement the same interface later without the layers above changing.
 */
import { join } from "node:path";
import type { DocRecord, RecordType } from "../ingest/records/schema.js";
import type { EmbeddingsSpec } from "./embeddings/index.js";
import { EmbeddingsMismatchError, STORE_FILE, VECTORS_FILE, readManifest, sameEmbeddings, type Manifest } from "./manifest.js";
import { StoreReader, type StoredChunk, type StoredDocument } from "./store.js";
import { CANDIDATES_PER_RESULT, VectorIndex, cosine } from "./vectors.js";
import { currentBuildDir } from "./build.js";
import { PIPELINE_VERSION } from "../ingest/pipeline.js";
import type { TermStats } from "./terms.js";
import type { CorpusFacts } from "../ingest/facts.js";

export type { StoredChunk, StoredDocument } from "./store.js";

export interface Hit {
  id: number;
  score: number;
}

export interface IndexPort {
  readonly manifest: Manifest;
  readonly documents: StoredDocument[];
  /** The records of one type, in the order they were stored. */
  recordsOf<T extends RecordType>(type: T): Extract<DocRecord, { type: T }>[];
  /** Word statistics of the chunks, kept by the build. */
  readonly terms: TermStats;
  /** What questions may name (people, boards, abbreviations…), merged over the corpus by the build. */
  readonly facts: CorpusFacts;
  /** The abbreviations a document defines. */
  abbreviationsOf(docId: string): Map<string, string>;
  /** Where each chunk of a document starts and ends in its text, with its locator. */
  chunkPlaces(docId: string): { start: number; end: number; locator: StoredChunk["locator"] }[];
  documentText(docId: string): { text: string; loadedText: string } | undefined;
  chunk(id: number): StoredChunk | undefined;
  searchText(query: string, k: number, docIds?: string[]): Hit[];
  searchVector(vector: number[], k: number, docIds?: string[]): Promise<Hit[]>;
  /**
   * Start reading what vector search needs, in the background (it is read when first searched otherwise):
   * a process that answers calls it at start; one that never searches by vector (the Slack bot's main
   * thread, whose answers are computed in workers) does not hold the vectors at all.
   */
  warmUp(): Promise<void>;
  /** Every chunk vector (for statistics such as the local embeddings' query weighting). */
  vectors(): Iterable<ArrayLike<number>>;
  /** Every chunk's searchable text and place (for word statistics). */
  chunkTexts(): Iterable<{ docId: string; locator: StoredChunk["locator"]; text: string; start: number; end: number }>;
  close(): void;
}

export class IndexMissingError extends Error {
  constructor(indexDir: string, why = "No index") {
    super(`${why} at ${indexDir}. Run \`npm run ingest\` to build it.`);
    this.name = "IndexMissingError";
  }
}

/** A search limited to at most this many vectors scores them all rather than asking the graph. */
const EXACT_SEARCH_BELOW = 3000;

class EmbeddedIndex implements IndexPort {
  private vectorIndex?: Promise<VectorIndex>;

  constructor(
    readonly manifest: Manifest,
    private readonly store: StoreReader,
    private readonly vectorsPath: string,
  ) {}

  private vectorsLoaded(): Promise<VectorIndex> {
    return (this.vectorIndex ??= VectorIndex.load(this.vectorsPath, this.manifest.embeddings.dimensions));
  }

  async warmUp(): Promise<void> {
    await this.vectorsLoaded();
  }

  get documents() {
    return this.store.documents;
  }

  recordsOf<T extends RecordType>(type: T) {
    return this.store.recordsOf(type);
  }

  get terms() {
    return this.store.terms;
  }

  get facts() {
    return this.store.facts;
  }

  abbreviationsOf(docId: string) {
    return this.store.abbreviationsOf(docId);
  }

  chunkPlaces(docId: string) {
    return this.store.chunkPlaces(docId);
  }

  documentText(docId: string) {
    return this.store.documentText(docId);
  }

  chunk(id: number) {
    return this.store.chunk(id);
  }

  searchText(query: string, k: number, docIds?: string[]) {
    return this.store.searchText(query, k, docIds);
  }

  async searchVector(vector: number[], k: number, docIds?: string[]) {
    const vectorIndex = await this.vectorsLoaded();
    if (vector.length !== vectorIndex.dimensions) {
      throw new Error(`query vector has ${vector.length} dimensions, the index ${vectorIndex.dimensions}`);
    }
    const allowed = docIds ? this.store.vectorIdsOf(docIds) : undefined;
    // Within a few documents every vector is scored (exactly, and cheaply); across the corpus the graph
    // proposes candidates.
    const candidates =
      allowed && allowed.size <= EXACT_SEARCH_BELOW
        ? [...allowed]
        : vectorIndex.candidates(vector, k * CANDIDATES_PER_RESULT, allowed ? (id) => allowed.has(id) : undefined);
    // Candidates come from folded vectors: scored again with the full ones from the store.
    const stored = this.store.vectorsByIds(candidates);
    const nearest = [...stored.values()].map((v) => ({ chunkId: v.chunkId, score: cosine(vector, v.vector) })).sort((a, b) => b.score - a.score);
    // A chunk scores as its best vector (a chunk of table rows has a vector per row as well as one for the whole).
    const best = new Map<number, number>();
    for (const n of nearest) if (!best.has(n.chunkId)) best.set(n.chunkId, n.score);
    return [...best.entries()].slice(0, k).map(([id, score]) => ({ id, score }));
  }

  chunkTexts() {
    return this.store.chunkTexts();
  }

  *vectors() {
    for (const v of this.store.allVectors()) yield v.vector;
  }

  close() {
    this.store.close();
  }
}

/** Open the index in use; refuse one built with other embeddings than `expected`. */
export function openIndex(indexDir: string, expected: EmbeddingsSpec): IndexPort {
  const dir = currentBuildDir(indexDir);
  const manifest = dir ? readManifest(dir) : undefined;
  if (!dir || !manifest) throw new IndexMissingError(indexDir);
  // An older pipeline's store lacks what this code reads (its statistics tables, say).
  if (manifest.pipelineVersion !== PIPELINE_VERSION) throw new IndexMissingError(indexDir, "The index was built by an older version of the ingestion code");
  if (!sameEmbeddings(manifest.embeddings, expected)) throw new EmbeddingsMismatchError(manifest.embeddings, expected);
  const store = new StoreReader(join(dir, STORE_FILE), manifest.chunks);
  return new EmbeddedIndex(manifest, store, join(dir, VECTORS_FILE));
}
