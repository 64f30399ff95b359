/**
 * Ingestion of one folder: every supported file is loaded, structured, described and cut into chunks and
 * records. A file that fails is reported with its reason and skipped; the rest of the folder still ingests.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { loadFile } from "./loaders/index.js";
import { LoadError } from "./loaders/types.js";
import { structure } from "./structure.js";
import { inferMetadata, sidecarWarnings, type DocKind, type DocMeta } from "./metadata.js";
import { extractRecords } from "./records/index.js";
import { chunkDocument, type Chunk } from "./chunk.js";
import type { DocRecord, RecordType } from "./records/schema.js";

/** Bump when structure, records or chunking change, so an index built by older code is rebuilt. */
export const PIPELINE_VERSION = 429;

/** The records a document of each kind should yield: none of them means its layout was not understood. */
const EXPECTED_RECORDS: Record<DocKind, RecordType[]> = {
  "performance report": ["target", "risk"],
  "board agenda pack": ["agenda_item", "paper"],
  "board paper": ["paper"],
  minutes: ["minute", "attendance"],
  membership: ["member"],
  report: [],
};

/** What ingest understood of one document, for the summary: kind, title, board, dates, records by type. */
export interface DocumentReport {
  relPath: string;
  kind: DocKind;
  title: string;
  board?: string;
  period: string;
  records: Partial<Record<RecordType, number>>;
  warnings: string[];
}

/** A document's report, with a warning when a kind that should yield records yielded none of them. */
export function reportOn(relPath: string, meta: DocMeta, records: DocRecord[], warnings: string[] = []): DocumentReport {
  const counts: Partial<Record<RecordType, number>> = {};
  for (const r of records) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return reportOnCounts(relPath, meta, counts, warnings);
}

function reportOnCounts(relPath: string, meta: DocMeta, counts: Partial<Record<RecordType, number>>, warnings: string[]): DocumentReport {
  const expected = EXPECTED_RECORDS[meta.kind];
  const all = [...warnings];
  if (expected.length && !expected.some((t) => counts[t])) {
    all.push(`looks like a ${meta.kind} but gave no ${expected.map((t) => t.replace("_", " ")).join(" or ")} records; see what was read with: npm run ingest -- --explain "${relPath}"`);
  }
  return { relPath, kind: meta.kind, title: meta.title, ...(meta.board ? { board: meta.board } : {}), period: meta.period, records: counts, warnings: all };
}

export interface SourceFile {
  path: string;
  /** Path relative to the corpus folder, with forward slashes. */
  relPath: string;
  sha256: string;
}

export interface IngestedDocument {
  file: SourceFile;
  meta: DocMeta;
  /** What a reader adding this paper should know: sidecar keys ignored, records a kind should have missing. */
  report: DocumentReport;
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

/**
 * Files of a corpus folder (recursively), sorted, with their content hash. Hidden files and READMEs are
 * skipped. A file's `.meta.json` sidecar is part of its hash: editing the sidecar re-ingests the file.
 */
export function listCorpus(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (IGNORED.test(name)) continue;
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (st.isFile()) {
        const hash = createHash("sha256").update(readFileSync(path));
        const sidecar = `${path}.meta.json`;
        if (existsSync(sidecar)) hash.update("\0sidecar\0").update(readFileSync(sidecar));
        out.push({ path, relPath: relative(dir, path).split("\\").join("/"), sha256: hash.digest("hex") });
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
  const warnings: string[] = [];
  try {
    doc = structure(loaded);
    meta = inferMetadata(file.path, doc, warnings);
  } catch (e) {
    throw new LoadError(file.relPath, (e as Error).message);
  }
  if (doc.blocks.length === 0) throw new LoadError(file.relPath, "no text found");
  const records = extractRecords(doc, meta);
  const chunks = chunkDocument(doc, meta);
  return {
    file,
    meta,
    report: reportOn(file.relPath, meta, records, warnings),
    text: doc.text,
    loadedText: loaded.verbatimText ?? loaded.text,
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

/** The report of a document reused from the previous build (its sidecar's warnings read again). */
/** A document kept from the previous build: its records counted by type in the store, not read again. */
export function reportOnReused(file: SourceFile, meta: DocMeta, counts: Partial<Record<RecordType, number>>): DocumentReport {
  return reportOnCounts(file.relPath, meta, counts, sidecarWarnings(file.path));
}
