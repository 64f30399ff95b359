/** All record extractors, run in an order that lets the specific ones claim their tables first. */
import type { StructuredDoc } from "../structure.js";
import type { DocMeta } from "../metadata.js";
import { DocRecord } from "./schema.js";
import { extractRisks } from "./risks.js";
import { extractTargets } from "./targets.js";
import { extractAgenda, extractMeeting, extractPapers } from "./meetings.js";
import { attendeeExportTables, extractAttendance, extractMembership } from "./people.js";
import { extractMinutes } from "./minutes.js";
import { extractCells } from "./cells.js";
import { extractFormResponses } from "./responses.js";
import { findKeys } from "./columns.js";
import { extractTransposed } from "./transposed.js";

export function extractRecords(doc: StructuredDoc, meta: DocMeta): DocRecord[] {
  const ctx = { doc, meta, keys: findKeys(doc) };
  const consumed = new Set<number>();
  const risks = extractRisks(ctx, consumed);
  const agenda = extractAgenda(ctx, consumed);
  const members = extractMembership(ctx, consumed);
  const attendance = extractAttendance(ctx, consumed);
  const { minutes, declarations } = extractMinutes(ctx, consumed);
  const responses = extractFormResponses(ctx);
  // (An event's attendee export has a status column that is who came, not a target's rating; its other
  // columns are still cells to count and add up.)
  const attendees = attendeeExportTables(doc).filter((t) => !consumed.has(t));
  for (const t of attendees) consumed.add(t);
  // (A table read the other way round, an item a column, is claimed before rows are read as items.)
  const transposed = extractTransposed(ctx, consumed);
  const { targets, cells: themeCells, risks: trackerRisks } = extractTargets(ctx, consumed);
  for (const t of attendees) consumed.delete(t);
  const cells = extractCells(ctx, consumed);
  const records: DocRecord[] = [
    ...extractMeeting(ctx),
    ...agenda,
    ...extractPapers(ctx),
    ...members,
    ...attendance,
    ...responses.attendance,
    ...minutes,
    ...declarations,
    ...responses.declarations,
    // (A risk's block read as a target too, by its "Status: Open" line, is the risk.)
    ...targets.filter((t) => !risks.some((r) => r.docId === t.docId && r.sourceStart === t.sourceStart)),
    ...transposed.targets,
    ...risks,
    ...trackerRisks,
    ...themeCells,
    ...transposed.cells,
    ...cells,
  ];
  // Ids are unique within a document: a layout that repeats a reference ("SR4" twice) keeps both rows.
  const seen = new Map<string, number>();
  for (const r of records) {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    if (n > 1) r.id = `${r.id}#${n}`;
  }
  // Validate once here so a bad extractor fails loudly at ingest, not at answer time.
  return records.map((r) => DocRecord.parse(r));
}
