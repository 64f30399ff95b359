/**
 * What ingestion makes of one file, for the person adding a new kind of paper: its metadata, outline,
 * tables with the role read from each column header, papers, label-value blocks and records. No index
 * is built; nothing is written.
 */
import { basename } from "node:path";
import { loadFile } from "./loaders/index.js";
import type { DocumentHints, LoadedText } from "./loaders/types.js";
import { structure } from "./structure.js";
import { inferMetadata, type DocMeta } from "./metadata.js";
import { extractRecords } from "./records/index.js";
import { findKeys } from "./records/columns.js";
import { reportOn, type DocumentReport } from "./pipeline.js";
import { columnRole } from "./vocabulary.js";
import type { DocRecord } from "./records/schema.js";

export interface Explanation {
  file: string;
  format: LoadedText["format"];
  hints?: DocumentHints;
  meta: DocMeta;
  report: DocumentReport;
  outline: { level: number; text: string; page?: number }[];
  tables: { index: number; title?: string; header: { text: string; role?: string }[]; rows: number; key: boolean }[];
  papers: { title: string; item?: string; blocks: number }[];
  labels: { name: string; value?: string }[];
  records: DocRecord[];
}

export async function explainFile(path: string): Promise<Explanation> {
  const loaded = await loadFile(path);
  const doc = structure(loaded);
  const warnings: string[] = [];
  const meta = inferMetadata(path, doc, warnings);
  const records = extractRecords(doc, meta);
  const keys = findKeys(doc);
  return {
    file: path,
    format: loaded.format,
    ...(loaded.hints ? { hints: loaded.hints } : {}),
    meta,
    report: reportOn(basename(path), meta, records, warnings),
    outline: doc.blocks.filter((b) => b.kind === "heading").map((b) => ({ level: b.level ?? 3, text: b.text, ...(b.page ? { page: b.page } : {}) })),
    tables: doc.tables.map((t) => ({
      index: t.index,
      ...(t.title ? { title: t.title } : {}),
      header: t.header.map((h) => ({ text: h, ...(columnRole(h) ? { role: columnRole(h) } : {}) })),
      rows: t.rows.length,
      key: keys.tables.has(t.index),
    })),
    papers: doc.papers.map((p) => ({ title: p.title, ...(p.item ? { item: p.item } : {}), blocks: p.end - p.start })),
    labels: doc.blocks.flatMap((b) => (b.label ? [{ name: b.label.name, ...(b.label.value ? { value: b.label.value } : {}) }] : [])),
    records,
  };
}
