/** What a structured lookup finds: phrased lines, the records behind them, and the spans to cite. */
import type { DocRecord, Locator, RecordType } from "../../ingest/records/schema.js";
import type { StoredDocument } from "../../index/index.js";
import type { Span } from "../quotes.js";
import type { TypedQuery } from "../query.js";

export interface Finding {
  /** Lines of the answer, in order (a heading line then bullet lines, usually). */
  lines: string[];
  rows: DocRecord[];
  /** Spans to quote, most important first. */
  evidence: Span[];
  assumptions: string[];
  /** Set when the papers do not hold the answer: what to tell the user instead. */
  notFound?: string;
  /**
   * How much of the question the matched labels say (0-1), when the match is loose enough that a passage
   * saying more of it should be preferred.
   */
  labelCoverage?: number;
  /** Read from the figures of a measure's row (a target's): a passage saying more besides that row replaces it. */
  measureFigures?: boolean;
  /** Add cited passages from hybrid search, limited to these documents (all when undefined). */
  passages?: { docIds?: string[]; section?: string; query?: string };
}

export interface LookupContext {
  documents: StoredDocument[];
  /** The records of one type, in document order (read from the index when first asked for). */
  recordsOf<T extends RecordType>(type: T): Extract<DocRecord, { type: T }>[];
  docById: Map<string, StoredDocument>;
  /** How much a question word says (rarer words more); every word counts 1 when not given. */
  weight?: (word: string) => number;
  /** A document's text and the locator of an offset in it, for lookups that read beyond the records. */
  textOf?: (docId: string) => string | undefined;
  locate?: (docId: string, offset: number) => Locator;
}

export type Lookup = (query: TypedQuery, ctx: LookupContext) => Finding | undefined;

export const emptyFinding = (): Finding => ({ lines: [], rows: [], evidence: [], assumptions: [] });
