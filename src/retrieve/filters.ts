/** Filters on documents (by id, kind, date range), resolved to the document ids retrieval may use. */
import type { StoredDocument } from "../index/index.js";
import type { DocKind } from "../ingest/metadata.js";

export interface DocFilter {
  docIds?: string[];
  kinds?: DocKind[];
  /** Inclusive ISO bounds compared with the document date ("2019-03" or "2018-03-22"). */
  dateFrom?: string;
  dateTo?: string;
}

/** Ids of the documents that pass; undefined when the filter filters nothing. */
export function resolveDocFilter(documents: StoredDocument[], filter: DocFilter | undefined): string[] | undefined {
  if (!filter || (!filter.docIds && !filter.kinds && !filter.dateFrom && !filter.dateTo)) return undefined;
  return documents
    .filter((d) => !filter.docIds || filter.docIds.includes(d.meta.docId))
    .filter((d) => !filter.kinds || filter.kinds.includes(d.meta.kind))
    .filter((d) => !filter.dateFrom || d.meta.date.slice(0, filter.dateFrom.length) >= filter.dateFrom)
    .filter((d) => !filter.dateTo || d.meta.date.slice(0, filter.dateTo.length) <= filter.dateTo)
    .map((d) => d.meta.docId);
}
