/**
 * The composition root: configuration -> embeddings -> index (built first when missing) -> answer engine,
 * plus the optional language model layer. Surfaces (CLI, Slack) start here and know nothing of storage.
 */
import type { Config } from "./config.js";
import { createEmbeddings, type EmbeddingsProvider } from "./index/embeddings/index.js";
import { buildIndex, currentBuildDir, type IngestProgress, type IngestSummary } from "./index/build.js";
import { IndexMissingError, openIndex, type IndexPort } from "./index/index.js";
import { PostgresIndex } from "./index/postgres/index.js";
import { publishBuild } from "./index/postgres/publish.js";
import { readManifest } from "./index/manifest.js";
import { PIPELINE_VERSION } from "./ingest/pipeline.js";
import { AnswerEngine } from "./answer/engine.js";
import { answererFor, type Answerer } from "./answer/llm/index.js";
import { LocalHashEmbeddings, dimensionIdf, idfFromStats } from "./index/embeddings/local.js";

export interface Assistant {
  engine: AnswerEngine;
  /** What surfaces ask: the engine itself offline, the language-model layer over it when one is configured. */
  answerer: Answerer;
  index: IndexPort;
  /** Set when this start built the index because there was none. */
  built?: IngestSummary;
  close(): void;
}

export async function openAssistant(
  config: Config,
  opts: {
    buildIfMissing?: boolean;
    onProgress?: (p: IngestProgress) => void;
    provider?: EmbeddingsProvider;
    /** Read the vectors in the background now (default); false when this process never answers. */
    warmUp?: boolean;
  } = {},
): Promise<Assistant> {
  const provider = opts.provider ?? createEmbeddings(config);
  const build = () => buildIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, provider, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
  let built: IngestSummary | undefined;
  let index: IndexPort;
  if (config.indexDatabaseUrl) {
    const url = config.indexDatabaseUrl;
    try {
      index = PostgresIndex.open(url, provider.spec);
    } catch (e) {
      // Nothing published yet (or by older code): build here and publish, as a local index is built when missing.
      if (!(e instanceof IndexMissingError) || opts.buildIfMissing === false) throw e;
      built = await build();
      await publishBuild(currentBuildDir(config.indexDir)!, url);
      index = PostgresIndex.open(url, provider.spec);
    }
  } else {
    // Build when there is no index, or when it was built by an older version of the ingestion code.
    const current = currentBuildDir(config.indexDir);
    const manifest = current ? readManifest(current) : undefined;
    // The built-in embeddings are part of this code: when they change, rebuilding costs a second, so do it.
    const oldLocalModel = manifest?.embeddings.provider === "local" && provider.spec.provider === "local" && manifest.embeddings.model !== provider.spec.model;
    const stale = manifest !== undefined && (manifest.pipelineVersion !== PIPELINE_VERSION || oldLocalModel);
    if (opts.buildIfMissing !== false && (!current || stale)) built = await build();
    index = openIndex(config.indexDir, provider.spec);
  }
  // A failure to read them is reported by the searches that need them.
  if (opts.warmUp !== false) index.warmUp().catch(() => undefined);
  const local = provider.embeddings instanceof LocalHashEmbeddings ? provider.embeddings : undefined;
  // The build keeps the statistics; an index from before it did is read through once.
  const stats = index.manifest.vectorStats;
  const queryEmbeddings = local ? local.withIdf(stats ? idfFromStats(stats) : dimensionIdf(index.vectors())) : provider.embeddings;
  const engine = new AnswerEngine(index, queryEmbeddings, config.docsBaseUrl);
  const answerer = answererFor(config, { engine, index }, { method: config.openai.structuredOutput });
  return { engine, answerer, index, ...(built ? { built } : {}), close: () => index.close() };
}
