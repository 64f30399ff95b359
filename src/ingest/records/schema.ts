/**
 * Typed records extracted from the documents' tables and board papers. Each carries the locator and the
 * verbatim (cleaned) text of its source, so any answer built from records can be cited exactly.
 */
import { z } from "zod";
import { MEMBER_ROLES, RATINGS } from "../vocabulary.js";

/** A rating as a colour: RAG, the in-between grades, Blue (complete) or Not rated. */
export const RagStatus = z.enum(RATINGS);
export type RagStatus = z.infer<typeof RagStatus>;

/** [offset, length] of a piece of the document's canonical text. */
const Span = z.tuple([z.number(), z.number()]);

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
  /** When it is due, as the row writes it ("31 July 2025", "Quarterly"). */
  due: z.string().optional(),
  status: RagStatus.nullable(),
  /** The rating as the report writes it, when that is not the colour itself ("Some risk", "A/G"). */
  statusLabel: z.string().optional(),
  /** The row of the report's own key that maps `statusLabel` to `status`, cited with the answer. */
  keySpan: Span.optional(),
  /**
   * In a table read the other way round (an item a column), the rows that name the item and say who leads
   * it ("Council | … | Leicester City Council | …"), cited with the rating's row, which is `source`. Given
   * (if empty) only for such an item: its `source` is not its row, and `columns` are not its cells'.
   */
  itemRows: z.array(Span).optional(),
  /** There, the item's figures by their rows' labels ("Year end (31 March 2027)", "80.2%"), rows also in `itemRows`. */
  figures: z.array(z.tuple([z.string(), z.string()])).optional(),
  /** Status of the objective the target sits under, when the target row has none of its own. */
  objectiveStatus: RagStatus.optional(),
  /** Ratings in the row's other status columns ("Q1 status" beside "Q2 status"), as their headers name them. */
  otherRatings: z.array(z.object({ column: z.string(), status: RagStatus.nullable(), label: z.string().optional(), offset: z.number().int().nonnegative() })).optional(),
  impact: z.string().optional(),
  /** Offset in `source` of the status cell (for quoting the end of a long row). */
  statusOffset: z.number().int().nonnegative().optional(),
  /** Direction of travel as written ("▲ Improving", "Worsening", "↓"). */
  trend: z.string().optional(),
  /** The column labels of the table the row comes from ("Business Plan outcome", "Reporting manager", ...). */
  columns: z.array(z.string()).default([]),
  /**
   * The period the row is for, as written ("2086/87 Q2"), when the table gives each target a row per period
   * (a data warehouse's "long" export): the same target has a record for each period.
   */
  period: z.string().optional(),
});
export type TargetRecord = z.infer<typeof TargetRecord>;

export const RiskRecord = Base.extend({
  type: z.literal("risk"),
  ref: z.string(),
  category: z.string().optional(),
  description: z.string(),
  impact: z.number().optional(),
  likelihood: z.number().optional(),
  score: z.number().optional(),
  /** The score before controls, when the register gives it beside the residual one. */
  inherentScore: z.number().optional(),
  /** The score the register aims to bring the risk to ("Target score"). */
  targetScore: z.number().optional(),
  /** The register's band for the score ("Very high", "Amber"), from its own key when it has one. */
  band: z.string().optional(),
  /** A rating given as a word (RAG) rather than a score. */
  rating: RagStatus.optional(),
  statusLabel: z.string().optional(),
  /** The key row that gives the band, cited with it. */
  keySpan: Span.optional(),
  /** Direction of travel as written ("▲ Increasing"). */
  trend: z.string().optional(),
  mitigation: z.string().optional(),
  owner: z.string().optional(),
  /** When it is next reviewed, as written. */
  review: z.string().optional(),
  /** Other labelled lines of a risk written as a section, as written ("Escalation: escalated to … as CRR11"). */
  notes: z.array(z.string()).optional(),
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
  /** A date in a body's list of its meetings (a committee page's), not a meeting whose papers say it. */
  listed: z.boolean().optional(),
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
  /** Why it is taken in private, when the agenda says ("exempt information under paragraph 3 …"), and where. */
  confidentialReason: z.string().optional(),
  reasonSpan: Span.optional(),
  /** A note under the item ("(Cllr Jo Bloggs will attend for this item)") and where it is. */
  note: z.string().optional(),
  noteSpan: Span.optional(),
  /** The row's other cells under their column names ("Presented by": "Jo Bloggs, Adviser", "For": "Noting"). */
  details: z.array(z.object({ column: z.string(), value: z.string() })).optional(),
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
  /** The agenda item it is for ("4"). */
  item: z.string().optional(),
  purpose: z.string().optional(),
  summary: z.string().optional(),
  recommendation: z.string().optional(),
  action: z.string().optional(),
  contacts: z.array(Contact),
  /** Field name -> [offset, length] of that field's text in the document's canonical text. */
  spans: z.record(z.string(), z.tuple([z.number(), z.number()])),
});
export type PaperRecord = z.infer<typeof PaperRecord>;

export const MemberRole = z.enum(MEMBER_ROLES);
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
  /** The region or area a member sits for, when the list gives one ("North West"). */
  region: z.string().optional(),
  /** The list's other columns for the member, as written ("Term ends: May 2028"). */
  details: z.array(z.object({ column: z.string(), value: z.string() })).optional(),
  role: MemberRole,
  /** What a lead member speaks on, and where the document says so. */
  portfolio: z.string().optional(),
  portfolioSpan: Span.optional(),
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
  /** The role the list gives them at that meeting, as written ("Chair, Resources Board", "Chairman"). */
  role: z.string().optional(),
  council: z.string().optional(),
  /** A note beside them ("Apologies 21 November – Cllr X substituted", "substitute for Cllr Y"). */
  note: z.string().optional(),
  /** Quoted by its own line alone: its list sits beside another on the page, so the lines above it on the
   * page are not its list's. */
  ownLine: z.boolean().optional(),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

/** An action agreed at a meeting; its status as the minutes write it ("DONE", "TODO", "Done", "Carried forward"), when they do. */
export const ActionItem = z.object({
  text: z.string(),
  owner: z.string().optional(),
  deadline: z.string().optional(),
  status: z.string().optional(),
  /** The action's own reference in an actions table ("BT86/17"), and the item it arose from when a column says. */
  ref: z.string().optional(),
  item: z.string().optional(),
  /** Where the action is written. */
  span: Span.optional(),
});

/** One item of a meeting's minutes: who introduced it, what was decided, what is to be done. */
export const MinuteRecord = Base.extend({
  type: z.literal("minute"),
  board: z.string().optional(),
  meetingDate: z.string(),
  number: z.string(),
  title: z.string(),
  introducedBy: z.string().optional(),
  /** The sentence that says who introduced it. */
  introducedSpan: Span.optional(),
  decision: z.string().optional(),
  actions: z.array(ActionItem),
  /** Field -> where it is in the text ("minutes", "decision", "action"). */
  spans: z.record(z.string(), Span),
  /** Offset in the document's text where the item ends: the next item, or the end of the minutes a pack carries. */
  textEnd: z.number().int().nonnegative().optional(),
});
export type MinuteRecord = z.infer<typeof MinuteRecord>;

/** An interest declared at a meeting. */
export const DeclarationRecord = Base.extend({
  type: z.literal("declaration"),
  board: z.string().optional(),
  meetingDate: z.string(),
  person: z.string(),
  /** The item it concerns, when said. */
  item: z.string().optional(),
  interest: z.string(),
});
export type DeclarationRecord = z.infer<typeof DeclarationRecord>;

export const DocRecord = z.discriminatedUnion("type", [
  TargetRecord,
  RiskRecord,
  CellRecord,
  MeetingRecord,
  AgendaItemRecord,
  PaperRecord,
  MemberRecord,
  AttendanceRecord,
  MinuteRecord,
  DeclarationRecord,
]);
export type DocRecord = z.infer<typeof DocRecord>;
export type RecordType = DocRecord["type"];
