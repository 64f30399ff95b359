/**
 * Ingestion of one folder: every supported file is loaded, structured, described and cut into chunks and
 * records. A file that fails is reported with its reason and skipped; the rest of the folder still ingests.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { loadFile } from "./loaders/index.js";
import { LoadError } from "./loaders/types.js";
import { structure } from "./structure.js";
import { inferMetadata, type DocMeta } from "./metadata.js";
import { extractRecords } from "./records/index.js";
import { chunkDocument, type Chunk } from "./chunk.js";
import type { DocRecord } from "./records/schema.js";

/** Bump when structure, records or chunking change, so an index built by older code is rebuilt. */
export const PIPELINE_VERSION = 12;

export interface SourceFile {
  path: string;
  /** Path relative to the corpus folder, with forward slashes. */
  relPath: string;
  sha256: string;
}

export interface IngestedDocument {
  file: SourceFile;
  meta: DocMeta;
  /** Canonical text: quotes are substrings of it. */
  text: string;
  /** The loaded text, as the file said it, for the verbatim check. */
  loadedText: string;
  pages?: number;
  chunks: Chunk[];
  records: DocRecord[];
}

export interface SkippedFile {
  relPath: string;
  reason: string;
}

const IGNORED = /^(?:readme(?:\.[a-z]+)?|\..*|.*\.meta\.json)$/i;

/** Files of a corpus folder (recursively), sorted, with their content hash. Hidden files and READMEs are skipped. */
export function listCorpus(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (IGNORED.test(name)) continue;
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (st.isFile()) {
        out.push({ path, relPath: relative(dir, path).split("\\").join("/"), sha256: createHash("sha256").update(readFileSync(path)).digest("hex") });
      }
    }
  };
  walk(dir);
  return out;
}

/** Load and analyse one file. Throws LoadError (with a reason fit for users) when it cannot be used. */
export async function ingestFile(file: SourceFile): Promise<IngestedDocument> {
  const loaded = await loadFile(file.path);
  let doc;
  let meta: DocMeta;
  try {
    doc = structure(loaded);
    meta = inferMetadata(file.path, doc);
  } catch (e) {
    throw new LoadError(file.relPath, (e as Error).message);
  }
  if (doc.blocks.length === 0) throw new LoadError(file.relPath, "no text found");
  const records = extractRecords(doc, meta);
  const chunks = chunkDocument(doc, meta);
  return {
    file,
    meta,
    text: doc.text,
    loadedText: loaded.text,
    ...(loaded.pages ? { pages: loaded.pages.length } : {}),
    chunks,
    records,
  };
}

export function describeFailure(file: SourceFile, e: unknown): SkippedFile {
  if (e instanceof LoadError) return { relPath: file.relPath, reason: e.reason };
  const ext = extname(file.path).toLowerCase();
  return { relPath: file.relPath, reason: `could not be read as ${ext || "a document"}: ${(e as Error)?.message ?? String(e)}` };
}
