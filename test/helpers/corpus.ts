/** Test helpers: the bundled corpus, structured and described the way ingestion does it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { structure } from "../../src/ingest/structure.js";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { extractRecords } from "../../src/ingest/records/index.js";

export const CORPUS_DIR = join(import.meta.dirname, "..", "..", "corpora", "lga");

export function bundled(name: string) {
  const path = join(CORPUS_DIR, `${name}.txt`);
  const text = readFileSync(path, "utf8");
  const doc = structure({ format: "text", text });
  const meta = inferMetadata(path, doc);
  const records = extractRecords(doc, meta);
  return { path, text, doc, meta, records };
}
