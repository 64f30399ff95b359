/** The index manifest: what built it (pipeline version, embeddings) and what it holds. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { EmbeddingsSpec } from "./embeddings/index.js";

export const Manifest = z.object({
  formatVersion: z.literal(1),
  pipelineVersion: z.number().int(),
  embeddings: z.object({ provider: z.enum(["local", "openai"]), model: z.string(), dimensions: z.number().int().positive() }),
  createdAt: z.string(),
  corpusDir: z.string(),
  documents: z.array(z.object({ docId: z.string(), relPath: z.string(), sha256: z.string() })),
  chunks: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
  /**
   * In how many vectors each dimension is non-zero, and of how many (the local embeddings weight query
   * dimensions by it): kept here so a start does not read every vector, and updated, not recomputed,
   * when a build changes a few documents.
   */
  vectorStats: z.object({ n: z.number().int().nonnegative(), df: z.array(z.number()) }).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

export const MANIFEST_FILE = "manifest.json";
export const STORE_FILE = "index.sqlite";
export const VECTORS_FILE = "vectors.hnsw";

export function readManifest(buildDir: string): Manifest | undefined {
  const path = join(buildDir, MANIFEST_FILE);
  if (!existsSync(path)) return undefined;
  const parsed = Manifest.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return parsed.success ? parsed.data : undefined;
}

/** Thrown when an index was built with other embeddings than the ones configured now. */
export class EmbeddingsMismatchError extends Error {
  constructor(built: Manifest["embeddings"], configured: EmbeddingsSpec) {
    super(
      `The index was built with ${built.provider} embeddings (${built.model}, ${built.dimensions} dimensions) but ` +
        `${configured.provider} embeddings (${configured.model}) are configured now. Vectors from different models ` +
        `cannot be compared: run \`npm run ingest\` to rebuild the index, or set EMBEDDINGS_PROVIDER/EMBEDDINGS_MODEL back.`,
    );
    this.name = "EmbeddingsMismatchError";
  }
}

export function sameEmbeddings(built: Manifest["embeddings"], configured: EmbeddingsSpec): boolean {
  return built.provider === configured.provider && built.model === configured.model;
}
