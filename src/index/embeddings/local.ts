/**
 * The built-in local embeddings: deterministic, no download, no key. A hashed bag of features:
 * - stemmed words (stop words dropped);
 * - the first five letters of longer words, so a misspelling ("transparancy") still meets its word;
 * - a small lexicon of equivalent terms found in public-sector papers ("headcount" ~ "staff",
 *   "chairs" ~ "chairman"), so a question need not use the document's word.
 * Signed feature hashing into a fixed dimension, sublinear term weights, unit length (cosine); queries
 * are weighted by the index's inverse document frequencies (see `dimensionIdf`).
 * Measured on the dev set (gold evidence in the top 5, `npm run eval -- --retrieval`): word pairs and
 * character n-grams lowered recall, so they are not used; what lifted it most was embedding the parts of
 * a table chunk (rows, cells) as well as the whole (see src/ingest/chunk.ts).
 */
import { Embeddings } from "@langchain/core/embeddings";
import { createHash } from "node:crypto";
import { STOP_WORDS, stem } from "../../util/text.js";
import { equivalenceGroup } from "../../util/lexicon.js";

export const LOCAL_DIMENSIONS = 1024;


/** Features hashed so far: the corpus's words recur, and an MD5 per occurrence was a tenth of ingest. */
const hashed = new Map<string, { index: number; sign: number }>();
const HASHES_KEPT = 500_000;

function hash(feature: string): { index: number; sign: number } {
  let h = hashed.get(feature);
  if (!h) {
    const digest = createHash("md5").update(feature).digest();
    h = { index: digest.readUInt32LE(0) % LOCAL_DIMENSIONS, sign: digest[4]! & 1 ? 1 : -1 };
    if (hashed.size >= HASHES_KEPT) hashed.clear();
    hashed.set(feature, h);
  }
  return h;
}

function features(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string, w: number) => counts.set(f, (counts.get(f) ?? 0) + w);
  const words = (text.toLowerCase().match(/[a-z0-9£%]+(?:[.'][a-z0-9]+)*/g) ?? []).filter((w) => !STOP_WORDS.has(w));
  const stems = words.map(stem);
  stems.forEach((s, i) => {
    add(`w:${s}`, 1);
    if (words[i]!.length >= 6) add(`p:${words[i]!.slice(0, 5)}`, 0.3);
    const group = equivalenceGroup(s);
    if (group !== undefined) add(`g:${group}`, 0.6);
  });
  return counts;
}

export function embedText(text: string): number[] {
  const v = new Float64Array(LOCAL_DIMENSIONS);
  for (const [f, count] of features(text)) {
    const { index, sign } = hash(f);
    v[index]! += sign * (1 + Math.log(count));
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return Array.from(v, (x) => x / norm);
}

/**
 * Inverse document frequency of each dimension over the indexed chunks: applied to queries only, so that
 * a rare word of the question weighs more than a common one while chunk vectors stay corpus-independent
 * (re-ingesting an unchanged file never re-embeds it).
 */
export interface DimensionStats {
  /** Vectors counted. */
  n: number;
  /** Per dimension, in how many of them it is non-zero. */
  df: number[];
}

/** Count non-zero dimensions over `vectors`; with `sign` -1, take them away from `base` (removed vectors). */
export function dimensionStats(vectors: Iterable<ArrayLike<number>>, base?: DimensionStats, sign: 1 | -1 = 1): DimensionStats {
  const df = base ? [...base.df] : new Array<number>(LOCAL_DIMENSIONS).fill(0);
  let n = base?.n ?? 0;
  for (const v of vectors) {
    n += sign;
    for (let d = 0; d < df.length; d++) if (v[d] !== 0) df[d]! += sign;
  }
  return { n, df };
}

export function idfFromStats(stats: DimensionStats): Float32Array {
  return Float32Array.from(stats.df, (x) => Math.log((stats.n + 1) / (x + 1)) + 1);
}

export function dimensionIdf(vectors: Iterable<ArrayLike<number>>): Float32Array {
  return idfFromStats(dimensionStats(vectors));
}

export class LocalHashEmbeddings extends Embeddings {
  readonly dimensions = LOCAL_DIMENSIONS;

  constructor(private readonly idf?: Float32Array) {
    super({});
  }

  /** The same embeddings with query weighting by the index's statistics. */
  withIdf(idf: Float32Array): LocalHashEmbeddings {
    return new LocalHashEmbeddings(idf);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map(embedText);
  }

  async embedQuery(document: string): Promise<number[]> {
    const v = embedText(document);
    if (!this.idf) return v;
    const weighted = v.map((x, d) => x * this.idf![d]!);
    const norm = Math.sqrt(weighted.reduce((s, x) => s + x * x, 0)) || 1;
    return weighted.map((x) => x / norm);
  }
}
