/**
 * Typed records extracted from the documents' tables and board papers. Each carries the locator and the
 * verbatim (cleaned) text of its source, so any answer built from records can be cited exactly.
 */
import { z } from "zod";

export const RAG_STATUSES = ["Green", "Amber", "Red"] as const;
export const RagStatus = z.enum(RAG_STATUSES);
export type RagStatus = z.infer<typeof RagStatus>;

export const Locator = z.object({
  page: z.number().int().positive().optional(),
  /** Section path, outermost first (paper title, heading, table section). */
  section: z.array(z.string()).default([]),
  /** Row reference as a person would say it: "target 1.2", "SR4", "agenda item 7". */
  row: z.string().optional(),
  /** 1-based line in the loaded text. */
  line: z.number().int().positive().optional(),
});
export type Locator = z.infer<typeof Locator>;

const Base = z.object({
  id: z.string(),
  docId: z.string(),
  locator: Locator,
  /** Verbatim cleaned text of the source row or lines: a substring of the document's canonical text. */
  source: z.string(),
  /** Offset of `source` in the document's canonical text. */
  sourceStart: z.number().int().nonnegative(),
});

export const TargetRecord = Base.extend({
  type: z.literal("target"),
  level: z.enum(["target", "objective"]),
  ref: z.string(),
  /** True when the report gives no reference and `ref` was made up from the row's position. */
  refIsSynthetic: z.boolean(),
  /** Theme path, outermost first: table family, section row, objective. */
  theme: z.array(z.string()),
  text: z.string(),
  lead: z.string().optional(),
  leadPerson: z.string().optional(),
  board: z.string().optional(),
  delivered: z.string().optional(),
  status: RagStatus.nullable(),
  /** Status of the objective the target sits under, when the target row has none of its own. */
  objectiveStatus: RagStatus.optional(),
  impact: z.string().optional(),
  /** Offset in `source` of the status cell (for quoting the end of a long row). */
  statusOffset: z.number().int().nonnegative().optional(),
  /** The column labels of the table the row comes from ("Business Plan outcome", "Reporting manager", ...). */
  columns: z.array(z.string()).default([]),
});
export type TargetRecord = z.infer<typeof TargetRecord>;

export const RiskRecord = Base.extend({
  type: z.literal("risk"),
  ref: z.string(),
  category: z.string().optional(),
  description: z.string(),
  impact: z.number(),
  likelihood: z.number(),
  score: z.number(),
  band: z.string().optional(),
  mitigation: z.string().optional(),
  owner: z.string().optional(),
});
export type RiskRecord = z.infer<typeof RiskRecord>;

export const CellRecord = Base.extend({
  type: z.literal("cell"),
  table: z.string(),
  rowLabel: z.string(),
  column: z.string(),
  value: z.string(),
  /** Offset of the table's header row in the canonical text, to quote the row with its column labels. */
  headerStart: z.number().int().nonnegative().optional(),
});
export type CellRecord = z.infer<typeof CellRecord>;

export const MeetingRecord = Base.extend({
  type: z.literal("meeting"),
  board: z.string(),
  date: z.string(),
  time: z.string().optional(),
  venue: z.string().optional(),
  nextMeeting: z.string().optional(),
  /** [offset, length] of the "Date of next meeting" line in the canonical text. */
  nextMeetingSpan: z.tuple([z.number(), z.number()]).optional(),
});
export type MeetingRecord = z.infer<typeof MeetingRecord>;

export const AgendaItemRecord = Base.extend({
  type: z.literal("agenda_item"),
  board: z.string(),
  meetingDate: z.string(),
  number: z.string(),
  title: z.string(),
  pages: z.string().optional(),
  confidential: z.boolean(),
});
export type AgendaItemRecord = z.infer<typeof AgendaItemRecord>;

export const Contact = z.object({
  name: z.string(),
  position: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
});
export type Contact = z.infer<typeof Contact>;

export const PaperRecord = Base.extend({
  type: z.literal("paper"),
  board: z.string().optional(),
  meetingDate: z.string().optional(),
  title: z.string(),
  purpose: z.string().optional(),
  summary: z.string().optional(),
  recommendation: z.string().optional(),
  action: z.string().optional(),
  contacts: z.array(Contact),
  /** Field name -> [offset, length] of that field's text in the document's canonical text. */
  spans: z.record(z.string(), z.tuple([z.number(), z.number()])),
});
export type PaperRecord = z.infer<typeof PaperRecord>;

export const MemberRole = z.enum(["chair", "deputy chair", "vice-chair", "observer", "substitute", "member"]);
export type MemberRole = z.infer<typeof MemberRole>;

export const MemberRecord = Base.extend({
  type: z.literal("member"),
  board: z.string().optional(),
  /** Municipal year of the membership list, e.g. "2017/18". */
  term: z.string(),
  person: z.string(),
  displayName: z.string(),
  council: z.string().optional(),
  group: z.string().optional(),
  role: MemberRole,
});
export type MemberRecord = z.infer<typeof MemberRecord>;

export const AttendanceRecord = Base.extend({
  type: z.literal("attendance"),
  board: z.string().optional(),
  person: z.string(),
  group: z.string().optional(),
  /** ISO date of the meeting. */
  meetingDate: z.string(),
  /** As written in the sheet's column header. */
  meetingLabel: z.string(),
  present: z.boolean().nullable(),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

export const DocRecord = z.discriminatedUnion("type", [
  TargetRecord,
  RiskRecord,
  CellRecord,
  MeetingRecord,
  AgendaItemRecord,
  PaperRecord,
  MemberRecord,
  AttendanceRecord,
]);
export type DocRecord = z.infer<typeof DocRecord>;
export type RecordType = DocRecord["type"];
