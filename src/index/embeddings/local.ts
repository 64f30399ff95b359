/**
 * The built-in local embeddings: deterministic, no download, no key. A hashed bag of features:
 * - stemmed words (stop words dropped) and word pairs, so phrasing close to the source ranks high;
 * - character 4-grams of each word, so misspellings ("transparancy") and inflections still meet;
 * - a small lexicon of equivalent terms found in public-sector papers ("headcount" ~ "staff",
 *   "chairs" ~ "chairman"), so a question need not use the document's word.
 * Signed feature hashing into a fixed dimension, sublinear term weights, unit length (cosine).
 */
import { Embeddings } from "@langchain/core/embeddings";
import { createHash } from "node:crypto";
import { STOP_WORDS, stem } from "../../util/text.js";

export const LOCAL_DIMENSIONS = 1024;

/** Groups of words that mean the same thing in these papers; each word also emits its group's feature. */
const EQUIVALENTS: string[][] = [
  ["staff", "staffing", "headcount", "employees", "employee", "workforce", "fte"],
  ["chair", "chairman", "chairwoman", "chairs", "chaired", "chairing"],
  ["deputy", "vice"],
  ["councillor", "councillors", "cllr", "member", "members"],
  ["rag", "status", "traffic", "light", "green", "amber", "red", "track"],
  ["target", "targets", "outcome", "outcomes", "objective", "objectives"],
  ["money", "funding", "grant", "budget", "income", "finance", "financial"],
  ["cut", "cuts", "reduction", "fall", "fell", "decrease", "reduced"],
  ["rise", "increase", "grew", "growth", "rose"],
  ["poll", "polling", "survey", "satisfaction", "satisfied", "residents"],
  ["meeting", "meet", "agenda", "session"],
  ["contact", "officer", "email", "phone"],
  ["risk", "risks", "register", "likelihood", "impact", "score"],
  ["peer", "peers", "challenge", "review"],
  ["media", "coverage", "press", "comms", "communications"],
  ["subs", "subscription", "subscriptions", "fees"],
  ["adviser", "advisers", "advisor", "advisors", "pa", "pas"],
  ["council", "councils", "authority", "authorities", "local"],
  ["housing", "homes", "homelessness", "accommodation", "rough", "sleeping"],
  ["recommendation", "recommend", "propose", "proposing", "proposal", "asks", "want"],
];

const GROUP_OF = new Map<string, number>();
EQUIVALENTS.forEach((words, g) => words.forEach((w) => GROUP_OF.set(stem(w), g)));

function hash(feature: string): { index: number; sign: number } {
  const h = createHash("md5").update(feature).digest();
  return { index: h.readUInt32LE(0) % LOCAL_DIMENSIONS, sign: h[4]! & 1 ? 1 : -1 };
}

function features(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string, w: number) => counts.set(f, (counts.get(f) ?? 0) + w);
  const words = (text.toLowerCase().match(/[a-z0-9£%]+(?:[.'][a-z0-9]+)*/g) ?? []).filter((w) => !STOP_WORDS.has(w));
  const stems = words.map(stem);
  stems.forEach((s, i) => {
    add(`w:${s}`, 1);
    if (i > 0) add(`b:${stems[i - 1]}_${s}`, 0.5);
    const group = GROUP_OF.get(s);
    if (group !== undefined) add(`g:${group}`, 0.6);
    const padded = `^${words[i]}$`;
    if (padded.length > 5) for (let k = 0; k + 4 <= padded.length; k++) add(`c:${padded.slice(k, k + 4)}`, 0.25);
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

export class LocalHashEmbeddings extends Embeddings {
  readonly dimensions = LOCAL_DIMENSIONS;

  constructor() {
    super({});
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map(embedText);
  }

  async embedQuery(document: string): Promise<number[]> {
    return embedText(document);
  }
}
