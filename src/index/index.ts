/**
 * The index port: what retrieval and answering need from an index, whatever stores it. The embedded
 * adapter (SQLite + hnswlib in a local folder) is the one implemented here; a shared-database adapter can
 * implement the same interface later without the layers above changing.
 */
import { join } from "node:path";
import type { DocRecord } from "../ingest/records/schema.js";
import type { EmbeddingsSpec } from "./embeddings/index.js";
import { EmbeddingsMismatchError, STORE_FILE, VECTORS_FILE, readManifest, sameEmbeddings, type Manifest } from "./manifest.js";
import { StoreReader, type StoredChunk, type StoredDocument } from "./store.js";
import { VectorIndex } from "./vectors.js";
import { currentBuildDir } from "./build.js";

export type { StoredChunk, StoredDocument } from "./store.js";

export interface Hit {
  id: number;
  score: number;
}

export interface IndexPort {
  readonly manifest: Manifest;
  readonly documents: StoredDocument[];
  readonly records: DocRecord[];
  documentText(docId: string): { text: string; loadedText: string } | undefined;
  chunk(id: number): StoredChunk | undefined;
  searchText(query: string, k: number, docIds?: string[]): Hit[];
  searchVector(vector: number[], k: number, docIds?: string[]): Hit[];
  /** Every chunk vector (for statistics such as the local embeddings' query weighting). */
  vectors(): Iterable<ArrayLike<number>>;
  /** Every chunk's searchable text and place (for word statistics). */
  chunkTexts(): Iterable<{ docId: string; locator: StoredChunk["locator"]; text: string; start: number; end: number }>;
  close(): void;
}

export class IndexMissingError extends Error {
  constructor(indexDir: string) {
    super(`No index at ${indexDir}. Run \`npm run ingest\` to build it.`);
    this.name = "IndexMissingError";
  }
}

class EmbeddedIndex implements IndexPort {
  /** Vector id -> chunk id: a chunk of table rows has a vector per row as well as one for the whole. */
  private readonly owners: Map<number, number>;

  constructor(
    readonly manifest: Manifest,
    private readonly store: StoreReader,
    private readonly vectorIndex: VectorIndex,
  ) {
    this.owners = store.vectorOwners();
  }

  get documents() {
    return this.store.documents;
  }

  get records() {
    return this.store.records;
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

  searchVector(vector: number[], k: number, docIds?: string[]) {
    if (vector.length !== this.vectorIndex.dimensions) {
      throw new Error(`query vector has ${vector.length} dimensions, the index ${this.vectorIndex.dimensions}`);
    }
    const allowed = docIds ? this.store.chunkIdsOf(docIds) : undefined;
    const nearest = this.vectorIndex.search(vector, k * 4, allowed ? (id) => allowed.has(this.owners.get(id) ?? -1) : undefined);
    // A chunk scores as its best vector.
    const best = new Map<number, number>();
    for (const n of nearest) {
      const chunk = this.owners.get(n.id);
      if (chunk !== undefined && !best.has(chunk)) best.set(chunk, n.score);
    }
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
  if (!sameEmbeddings(manifest.embeddings, expected)) throw new EmbeddingsMismatchError(manifest.embeddings, expected);
  const store = new StoreReader(join(dir, STORE_FILE));
  const vectors = VectorIndex.read(join(dir, VECTORS_FILE), manifest.embeddings.dimensions);
  return new EmbeddedIndex(manifest, store, vectors);
}
