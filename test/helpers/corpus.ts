/** Test helpers: the bundled corpus, structured and described the way ingestion does it. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { structure } from "../../src/ingest/structure.js";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { extractRecords } from "../../src/ingest/records/index.js";
import { ingestFile } from "../../src/ingest/pipeline.js";
import type { DocRecord } from "../../src/ingest/records/schema.js";

export const CORPUS_DIR = join(import.meta.dirname, "..", "..", "corpora", "lga");

export function bundled(name: string) {
  const path = join(CORPUS_DIR, `${name}.txt`);
  const text = readFileSync(path, "utf8");
  const doc = structure({ format: "text", text });
  const meta = inferMetadata(path, doc);
  const records = extractRecords(doc, meta);
  return { path, text, doc, meta, records };
}

/** A file written to a temp folder and ingested as `npm run ingest` does (real loaders, by extension). */
export async function ingested(name: string, data: string | Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), "lga-doc-"));
  const path = join(dir, name);
  writeFileSync(path, data);
  const doc = await ingestFile({ path, relPath: name, sha256: "test" });
  const of = <T extends DocRecord["type"]>(type: T) => doc.records.filter((r): r is Extract<DocRecord, { type: T }> => r.type === type);
  return { ...doc, of };
}
