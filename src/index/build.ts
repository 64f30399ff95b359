/**
 * Builds the embedded index atomically. A new build is written aside in `<indexDir>/builds/<id>/` and the
 * `<indexDir>/current` symlink is swapped to it only when it is complete, so an interrupted ingest leaves
 * the previous index in use.
 *
 * Incremental when the previous build has the same pipeline and embeddings: its store and its
 * nearest-neighbour index are copied and changed in place, so an unchanged file (same content hash) costs
 * a hash check, and a changed one what ingesting it costs. The nearest-neighbour index is rebuilt only
 * when deleted points make up a large share of it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync, readlinkSync, lstatSync } from "node:fs";
import { join } from "node:path";
import { describeFailure, ingestFile, listCorpus, PIPELINE_VERSION, reportOnReused, type DocumentReport, type SkippedFile } from "../ingest/pipeline.js";
import type { Chunk } from "../ingest/chunk.js";
import type { EmbeddingsProvider } from "./embeddings/index.js";
import { MANIFEST_FILE, STORE_FILE, VECTORS_FILE, readManifest, sameEmbeddings, type Manifest } from "./manifest.js";
import { dimensionStats, type DimensionStats } from "./embeddings/local.js";
import { StoreWriter } from "./store.js";
import { documentFacts } from "../ingest/facts.js";
import { VectorIndex } from "./vectors.js";
import { VectorBuilder } from "./vector-builder.js";

/** Past this share of deleted points, the nearest-neighbour index is rebuilt rather than changed. */
const REBUILD_AT_DELETED_SHARE = 0.3;

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

  // The previous build, when its documents can be kept as they are.
  const previousDir = currentBuildDir(indexDir);
  const previousManifest = previousDir ? readManifest(previousDir) : undefined;
  const incremental =
    previousDir !== undefined &&
    previousManifest !== undefined &&
    previousManifest.pipelineVersion === PIPELINE_VERSION &&
    sameEmbeddings(previousManifest.embeddings, provider.spec) &&
    existsSync(join(previousDir, VECTORS_FILE));

  const buildId = `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}`;
  const buildDir = join(indexDir, BUILDS, buildId);
  mkdirSync(buildDir, { recursive: true });
  if (incremental) copyFileSync(join(previousDir, STORE_FILE), join(buildDir, STORE_FILE));
  const writer = new StoreWriter(join(buildDir, STORE_FILE), { existing: incremental });
  const previousDocs = new Map((incremental ? writer.documents() : []).map((d) => [d.relPath, d]));
  const removedVectors: { id: number; vector: Float32Array }[] = [];

  const summary: IngestSummary = { indexDir, documents: 0, chunks: 0, records: 0, embedded: 0, reused: [], removed: [], skipped: [], seconds: 0, understood: [] };
  const manifestDocs: Manifest["documents"] = [];
  // An incremental build keeps what it adds for the end; a full one hands it to a builder thread as it goes.
  const allVectors: { id: number; vector: Float32Array }[] = [];
  let builder: VectorBuilder | undefined;
  let addedStats: DimensionStats | undefined;
  let dimensions = provider.dimensions;
  const seenDocIds = new Set<string>();

  try {
    for (const [n, file] of files.entries()) {
      opts.onProgress?.({ total: files.length, done: n, file: file.relPath });
      const previous = previousDocs.get(file.relPath);
      if (previous && previous.sha256 === file.sha256) {
        // Unchanged: already in the copied store and vectors.
        const counts = writer.countsOf(previous.meta.docId);
        manifestDocs.push({ docId: previous.meta.docId, relPath: file.relPath, sha256: file.sha256 });
        seenDocIds.add(previous.meta.docId);
        summary.reused.push(file.relPath);
        summary.understood.push(reportOnReused(file, previous.meta, counts.records));
        summary.documents++;
        summary.chunks += counts.chunks;
        summary.records += Object.values(counts.records).reduce((a, b) => a + (b ?? 0), 0);
        continue;
      }
      // Changed: its old version goes, whether or not the new one can be read.
      if (previous) removedVectors.push(...writer.removeDocument(previous.meta.docId));
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
          { meta: doc.meta, relPath: file.relPath, sha256: file.sha256, ...(doc.pages ? { pages: doc.pages } : {}), text: doc.text, loadedText: doc.loadedText, facts: documentFacts(doc.meta, doc.text, doc.records) },
          doc.chunks,
          vectors,
          doc.records,
        );
      } catch (e) {
        // The document's transaction rolled back; the rest of the corpus still indexes.
        summary.skipped.push({ relPath: file.relPath, reason: `could not be stored: ${(e as Error).message}` });
        continue;
      }
      if (incremental) allVectors.push(...items);
      else if (items.length) {
        addedStats = dimensionStats(valuesOf(items), addedStats);
        (builder ??= new VectorBuilder(dimensions ?? items[0]!.vector.length)).add(items);
      }
      manifestDocs.push({ docId: doc.meta.docId, relPath: file.relPath, sha256: file.sha256 });
      seenDocIds.add(doc.meta.docId);
      summary.understood.push(doc.report);
      summary.embedded += doc.chunks.length;
      summary.documents++;
      summary.chunks += doc.chunks.length;
      summary.records += doc.records.length;
    }
    opts.onProgress?.({ total: files.length, done: files.length });
    summary.removed = [...previousDocs.keys()].filter((p) => !files.some((f) => f.relPath === p));
    for (const relPath of summary.removed) removedVectors.push(...writer.removeDocument(previousDocs.get(relPath)!.meta.docId));
    if (summary.documents === 0) {
      throw new NothingToIndexError(
        files.length === 0 ? `No documents found in ${corpusDir}.` : `None of the ${files.length} files in ${corpusDir} could be ingested.`,
      );
    }
    writer.writeCorpusFacts();
    dimensions ??= previousManifest?.embeddings.dimensions;
    let vectorStats: DimensionStats;
    if (incremental) vectorStats = writeVectors(buildDir, dimensions!, writer, allVectors, removedVectors, { dir: previousDir, stats: previousManifest.vectorStats });
    else if (builder) {
      await builder.finish(join(buildDir, VECTORS_FILE));
      vectorStats = addedStats!;
    } else vectorStats = writeVectors(buildDir, dimensions!, writer, [], []);
    writer.close();
    const manifest: Manifest = {
      formatVersion: 1,
      pipelineVersion: PIPELINE_VERSION,
      embeddings: { ...provider.spec, dimensions: dimensions! },
      createdAt: new Date().toISOString(),
      corpusDir,
      documents: manifestDocs,
      chunks: summary.chunks,
      records: summary.records,
      vectorStats,
    };
    // The manifest is written last: a build without one is incomplete and never used.
    writeFileSync(join(buildDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    swapCurrent(indexDir, buildId);
    removeOtherBuilds(indexDir, buildId);
  } catch (e) {
    await builder?.abandon();
    try {
      writer.close();
    } catch {
      /* already closed */
    }
    rmSync(buildDir, { recursive: true, force: true });
    throw e;
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/**
 * The nearest-neighbour index of this build, and the vectors' dimension statistics: the previous build's
 * changed in place (points of removed documents marked deleted, new ones added), or built afresh when
 * there is none or deleted points would make up too much of it.
 */
function writeVectors(
  buildDir: string,
  dimensions: number,
  writer: StoreWriter,
  added: { id: number; vector: Float32Array }[],
  removed: { id: number; vector: Float32Array }[],
  previous?: { dir: string; stats: DimensionStats | undefined },
): DimensionStats {
  const path = join(buildDir, VECTORS_FILE);
  if (previous) {
    const index = VectorIndex.read(join(previous.dir, VECTORS_FILE), dimensions);
    const live = writer.vectorCount();
    const held = index.stored + added.length;
    if (held > 0 && (held - live) / held <= REBUILD_AT_DELETED_SHARE) {
      index.update(
        removed.map((r) => r.id),
        added,
      );
      index.write(path);
      return previous.stats ? dimensionStats(valuesOf(added), dimensionStats(valuesOf(removed), previous.stats, -1)) : dimensionStats(valuesOf(writer.allVectors()));
    }
  }
  const all = previous ? [...writer.allVectors()] : added;
  VectorIndex.build(dimensions, all).write(path);
  return dimensionStats(valuesOf(all));
}

function* valuesOf(items: Iterable<{ vector: Float32Array }>): Iterable<Float32Array> {
  for (const item of items) yield item.vector;
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
