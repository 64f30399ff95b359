/**
 * Builds the embedded index atomically. A new build is written aside in `<indexDir>/builds/<id>/` and the
 * `<indexDir>/current` symlink is swapped to it only when it is complete, so an interrupted ingest leaves
 * the previous index in use. Unchanged files (same content hash, same pipeline and embeddings) are copied
 * from the previous build with their vectors: nothing is embedded again.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync, readlinkSync, lstatSync } from "node:fs";
import { join } from "node:path";
import { describeFailure, ingestFile, listCorpus, PIPELINE_VERSION, reportOnReused, type DocumentReport, type SkippedFile } from "../ingest/pipeline.js";
import type { Chunk } from "../ingest/chunk.js";
import type { EmbeddingsProvider } from "./embeddings/index.js";
import { MANIFEST_FILE, STORE_FILE, VECTORS_FILE, readManifest, sameEmbeddings, type Manifest } from "./manifest.js";
import { StoreReader, StoreWriter } from "./store.js";
import { VectorIndex } from "./vectors.js";

export interface IngestProgress {
  total: number;
  done: number;
  file?: string;
}

export interface IngestSummary {
  indexDir: string;
  documents: number;
  chunks: number;
  records: number;
  /** Chunks embedded in this run (0 when nothing changed). */
  embedded: number;
  reused: string[];
  removed: string[];
  skipped: SkippedFile[];
  seconds: number;
  /** What was understood of each document ingested or reused, with warnings. */
  understood: DocumentReport[];
}

export class NothingToIndexError extends Error {}

const CURRENT = "current";
const BUILDS = "builds";

/** The folder of the build in use, or undefined when there is none. */
export function currentBuildDir(indexDir: string): string | undefined {
  const link = join(indexDir, CURRENT);
  try {
    if (!lstatSync(link).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  const dir = join(indexDir, readlinkSync(link));
  return readManifest(dir) ? dir : undefined;
}

function swapCurrent(indexDir: string, buildId: string): void {
  const tmp = join(indexDir, `${CURRENT}.tmp-${process.pid}`);
  rmSync(tmp, { force: true });
  symlinkSync(join(BUILDS, buildId), tmp);
  renameSync(tmp, join(indexDir, CURRENT)); // atomic replace
}

function removeOtherBuilds(indexDir: string, keep: string): void {
  const dir = join(indexDir, BUILDS);
  for (const name of readdirSync(dir)) if (name !== keep) rmSync(join(dir, name), { recursive: true, force: true });
}

export async function buildIndex(opts: {
  corpusDir: string;
  indexDir: string;
  provider: EmbeddingsProvider;
  onProgress?: (p: IngestProgress) => void;
}): Promise<IngestSummary> {
  const started = Date.now();
  const { corpusDir, indexDir, provider } = opts;
  if (!existsSync(corpusDir)) throw new NothingToIndexError(`The corpus folder ${corpusDir} does not exist.`);
  const files = listCorpus(corpusDir);

  // The previous build, when its documents can be reused as they are.
  const previousDir = currentBuildDir(indexDir);
  const previousManifest = previousDir ? readManifest(previousDir) : undefined;
  const reusable =
    previousDir && previousManifest && previousManifest.pipelineVersion === PIPELINE_VERSION && sameEmbeddings(previousManifest.embeddings, provider.spec)
      ? new StoreReader(join(previousDir, STORE_FILE))
      : undefined;
  const previousDocs = new Map((reusable?.documents ?? []).map((d) => [d.relPath, d]));

  const buildId = `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}`;
  const buildDir = join(indexDir, BUILDS, buildId);
  mkdirSync(buildDir, { recursive: true });
  const writer = new StoreWriter(join(buildDir, STORE_FILE));

  const summary: IngestSummary = { indexDir, documents: 0, chunks: 0, records: 0, embedded: 0, reused: [], removed: [], skipped: [], seconds: 0, understood: [] };
  const manifestDocs: Manifest["documents"] = [];
  const allVectors: { id: number; vector: Float32Array }[] = [];
  let dimensions = provider.dimensions;
  const seenDocIds = new Set<string>();

  try {
    for (const [n, file] of files.entries()) {
      opts.onProgress?.({ total: files.length, done: n, file: file.relPath });
      const previous = previousDocs.get(file.relPath);
      if (reusable && previous && previous.sha256 === file.sha256) {
        const text = reusable.documentText(previous.meta.docId)!;
        const stored = reusable.chunksWithVectors(previous.meta.docId);
        const records = reusable.records.filter((r) => r.docId === previous.meta.docId);
        const items = writer.addDocument({ ...previous, ...text }, stored.map((s) => s.chunk), stored.map((s) => s.vectors), records);
        allVectors.push(...items);
        dimensions ??= items[0]?.vector.length;
        manifestDocs.push({ docId: previous.meta.docId, relPath: file.relPath, sha256: file.sha256 });
        seenDocIds.add(previous.meta.docId);
        summary.reused.push(file.relPath);
        summary.understood.push(reportOnReused(file, previous.meta, records));
        summary.documents++;
        summary.chunks += stored.length;
        summary.records += records.length;
        continue;
      }
      let doc;
      try {
        doc = await ingestFile(file);
        if (seenDocIds.has(doc.meta.docId)) throw new Error(`another file already has the id "${doc.meta.docId}"; rename one of them`);
      } catch (e) {
        summary.skipped.push(describeFailure(file, e));
        continue;
      }
      const vectors = await embedChunks(provider, doc.chunks);
      dimensions ??= vectors[0]?.[0]?.length;
      let items;
      try {
        items = writer.addDocument(
          { meta: doc.meta, relPath: file.relPath, sha256: file.sha256, ...(doc.pages ? { pages: doc.pages } : {}), text: doc.text, loadedText: doc.loadedText },
          doc.chunks,
          vectors,
          doc.records,
        );
      } catch (e) {
        // The document's transaction rolled back; the rest of the corpus still indexes.
        summary.skipped.push({ relPath: file.relPath, reason: `could not be stored: ${(e as Error).message}` });
        continue;
      }
      allVectors.push(...items);
      manifestDocs.push({ docId: doc.meta.docId, relPath: file.relPath, sha256: file.sha256 });
      seenDocIds.add(doc.meta.docId);
      summary.understood.push(doc.report);
      summary.embedded += doc.chunks.length;
      summary.documents++;
      summary.chunks += doc.chunks.length;
      summary.records += doc.records.length;
    }
    opts.onProgress?.({ total: files.length, done: files.length });
    writer.close();
    reusable?.close();
    if (summary.documents === 0) {
      throw new NothingToIndexError(
        files.length === 0 ? `No documents found in ${corpusDir}.` : `None of the ${files.length} files in ${corpusDir} could be ingested.`,
      );
    }
    VectorIndex.build(dimensions!, allVectors).write(join(buildDir, VECTORS_FILE));
    const manifest: Manifest = {
      formatVersion: 1,
      pipelineVersion: PIPELINE_VERSION,
      embeddings: { ...provider.spec, dimensions: dimensions! },
      createdAt: new Date().toISOString(),
      corpusDir,
      documents: manifestDocs,
      chunks: summary.chunks,
      records: summary.records,
    };
    // The manifest is written last: a build without one is incomplete and never used.
    writeFileSync(join(buildDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    summary.removed = [...previousDocs.keys()].filter((p) => !files.some((f) => f.relPath === p));
    swapCurrent(indexDir, buildId);
    removeOtherBuilds(indexDir, buildId);
  } catch (e) {
    try {
      writer.close();
    } catch {
      /* already closed */
    }
    reusable?.close();
    rmSync(buildDir, { recursive: true, force: true });
    throw e;
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** The vectors of each chunk: one per text it asks to embed (its own text by default). */
async function embedChunks(provider: EmbeddingsProvider, chunks: Chunk[]): Promise<Float32Array[][]> {
  const texts = chunks.map((c) => c.embedTexts ?? [c.text]);
  const flat = texts.flat();
  if (flat.length === 0) return chunks.map(() => []);
  const vectors = await provider.embeddings.embedDocuments(flat);
  if (vectors.length !== flat.length) throw new Error(`the embeddings endpoint returned ${vectors.length} vectors for ${flat.length} texts`);
  let at = 0;
  return texts.map((t) => t.map(() => Float32Array.from(vectors[at++]!)));
}
