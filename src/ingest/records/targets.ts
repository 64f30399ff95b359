/**
 * Targets, objectives and business-plan outcomes with their rating, from any table that has a rating
 * column: one its header names ("Is the LGA on track", "Rating", "RAG", "Status") or one whose cells are
 * mostly ratings. Columns are read by their headers' words in any order (vocabulary.ts); ratings by the
 * document's own key first ("Some risk = Amber"), then the genre's words ("On track", "A/G", "R").
 */
import { SUMMARY_FIGURE, type Block, type Table } from "../structure.js";
import type { CellRecord, RagStatus, RiskRecord, TargetRecord } from "./schema.js";
import { fullNameOfInitials } from "./initials.js";
import { todoTxtItems } from "./todo-txt.js";
import { calendarTaskItems } from "./calendar-tasks.js";
import { escapeRegExp } from "../../util/text.js";
import { LEADING_REF, REF_PATTERN, REF_SOURCE, blockLocator, cellOffset, filled, labelCellPair, ratingCells, slug, tableFamilies, type ExtractContext } from "./context.js";
import { classifyColumns, column, columnShare, ratingColumn, meaningRating, readRating, tickedOption, type DocumentKeys } from "./columns.js";
import { GROUP_ROW, PERIOD_NAME, STATUS_TAG, colourRating, columnRole, fieldNameWords, periodNumber, ratingOf } from "../vocabulary.js";

interface Columns {
  ref?: number;
  text?: number;
  lead?: number;
  delivered?: number;
  due?: number;
  status?: number;
  impact?: number;
  /** Direction of travel ("▲ Improving", "Worsening"). */
  trend?: number;
  /** What the row's action is done to, where the text column is an action ("Work" before "Next action"). */
  subject?: number;
  /** When the row's task was done ("Completed At"): a task tool's export says a task is done only there. */
  completed?: number;
  /** Status columns of other periods ("Q1 status" beside "Q2 status"). */
  otherStatus?: number[];
  /** Columns that rate by a tick ("R | A | G | C" under "Q2 rating"): the rating each column's tick gives. */
  tickRatings?: Map<number, TickRating>;
}

interface TickRating {
  rating: RagStatus;
  label?: string;
}

/**
 * A column headed as references ("Ref", "Reference", "Ref."), or as a record's number ("Number", "No.":
 * a service desk's list export), whose codes count as rows' references.
 */
const REF_HEADER = /^(?:ref(?:erence)?\.?(?: no\.?)?|number|no\.?)$/i;
/** A code numbered past the usual two digits, "PAW-011", "CR1024", "PRJ0071234" (a service desk's record number): a reference where the header says so. */
const NUMBERED_CODE = /^[A-Z]{1,5}[-.]?\d{3,7}[a-z]?$/;

/** A tick or cross mark alone in a cell. */
const TICK_MARK = /^[✓✔☑☒✗✘×xX■●]$/;

/**
 * Columns side by side, each headed by a rating ("R", "A", "G", "C", or "Q2 rating R" under a spanning
 * "Q2 rating"), whose cells are a tick or nothing, one tick to a row: the row is rated by the column its
 * tick stands in. Of several such runs ("Q1" R/A/G beside "Q2" R/A/G) the report's own or latest period's.
 */
function tickRatingColumns(header: string[], rows: Block[], keys: DocumentKeys, pick: (firsts: number[]) => number | undefined): Map<number, TickRating> | undefined {
  const ratingNamed = (h: string): TickRating | undefined => {
    const words = h.trim().split(/\s+/);
    for (const n of [2, 1]) {
      if (words.length < n) continue;
      const r = readRating(words.slice(-n).join(" "), keys);
      if (r && r.rating !== "Not rated" && !TICK_MARK.test(words.slice(-n).join(" "))) return { rating: r.rating, ...(r.label ? { label: r.label } : {}) };
    }
    return undefined;
  };
  const marksOnly = (k: number) => rows.every((r) => { const c = (r.cells?.[k] ?? "").trim(); return !c || TICK_MARK.test(c); });
  const runs: number[][] = [];
  header.forEach((h, k) => {
    if (!ratingNamed(h) || !marksOnly(k)) return;
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === k - 1) run.push(k);
    else runs.push([k]);
  });
  const ticked = (run: number[]) => {
    const counts = rows.map((r) => run.filter((k) => TICK_MARK.test((r.cells?.[k] ?? "").trim())).length);
    return counts.filter((c) => c === 1).length >= Math.max(2, rows.length * 0.5) && counts.every((c) => c <= 1);
  };
  const usable = runs.filter((run) => run.length >= 2 && new Set(run.map((k) => ratingNamed(header[k]!)!.rating)).size === run.length && ticked(run));
  if (!usable.length) return undefined;
  const first = usable.length === 1 ? usable[0]![0] : pick(usable.map((run) => run[0]!));
  const run = usable.find((r) => r[0] === first) ?? usable[usable.length - 1]!;
  return new Map(run.map((k) => [k, ratingNamed(header[k]!)!]));
}

/** The quarter a column header names ("RAG Q2", "Quarter 3"), or 0. */
const headerQuarter = (h: string) => Number(/\b(?:q|quarter\s*)([1-4])\b/i.exec(h)?.[1] ?? 0);

/**
 * Of several status columns, the one for the report's own period ("Q2" in a Q2 report), else "current",
 * else, when each names its quarter ("RAG Q1", "RAG Q2"), the latest that most rows are rated in, else the
 * first.
 */
function currentStatusColumn(fieldNames: string[], statusCols: number[], period: string | undefined, coveredQuarter: number | undefined, ratedShare: (k: number) => number): number | undefined {
  if (statusCols.length <= 1) return statusCols[0];
  // (A data export's field names, "q1_rag | q2_rag", name their quarters as words do.)
  const header = fieldNames.map((h) => h.replace(/_/g, " "));
  const quarter = (period && /^Q([1-4])\b/.exec(period)?.[1]) || (coveredQuarter ? String(coveredQuarter) : undefined);
  const own = statusCols.find((k) => quarter && new RegExp(`\\bq(?:uarter)?\\s*${quarter}\\b`, "i").test(header[k] ?? ""));
  const named = own ?? statusCols.find((k) => /\b(?:current|this (?:quarter|period|month)|latest|now)\b/i.test(header[k] ?? ""));
  if (named !== undefined) return named;
  const quarterOf = (k: number) => headerQuarter(header[k] ?? "");
  if (statusCols.every((k) => quarterOf(k) > 0)) {
    const latest = [...statusCols].sort((a, b) => quarterOf(b) - quarterOf(a)).find((k) => ratedShare(k) >= 0.5);
    if (latest !== undefined) return latest;
  }
  // ("2244 rating | 2245 rating", "Status 2023/24": each column a year's, so the latest year's rated.)
  const yearOf = (k: number) => Number(/\b(\d{4})(?:[/-]\d{2,4})?\b/.exec(header[k] ?? "")?.[1] ?? 0);
  if (statusCols.every((k) => yearOf(k) > 0) && new Set(statusCols.map(yearOf)).size === statusCols.length) {
    const latest = [...statusCols].sort((a, b) => yearOf(b) - yearOf(a)).find((k) => ratedShare(k) >= 0.5);
    if (latest !== undefined) return latest;
  }
  // ("RAG Jan | RAG Feb", a month under a spanning "RAG": the months run left to right, so the last rated.)
  if (statusCols.every((k) => MONTH_WORD.test(header[k] ?? ""))) {
    const latest = [...statusCols].reverse().find((k) => ratedShare(k) >= 0.5);
    if (latest !== undefined) return latest;
  }
  // ("Health" beside "Q1 health" on a work board: the column naming no period rates the rows now, the other
  // an earlier quarter. A "Status" empty on every measure's row rates none of them.)
  const rated = statusCols.filter((k) => ratedShare(k) >= 0.5);
  const current = rated.filter((k) => quarterOf(k) === 0 && !EARLIER_RATING.test(header[k] ?? ""));
  if (current.length === 1 && rated.some((k) => quarterOf(k) > 0)) return current[0];
  return rated[0] ?? statusCols[0];
}

/**
 * A header whose rating columns share one name, each after its period's figures ("Q2 | RAG | Q3 | RAG"):
 * each named by the period before it ("Q2 RAG", "Q3 RAG"), as a reader tells them apart.
 */
function periodQualifiedHeader(header: string[]): string[] {
  const count = (h: string) => header.filter((x) => x.trim().toLowerCase() === h.trim().toLowerCase()).length;
  return header.map((h, k) => (k > 0 && h.trim() && count(h) >= 2 && PERIOD_HEADER.test(header[k - 1]!.trim()) && /^(?:rag|rag status|status|rating|health)$/i.test(h.trim()) ? `${header[k - 1]!.trim()} ${h.trim()}` : h));
}

/** A column named for a period: "Q2", "Quarter 3", "Q1 2026/27", "Q1 Apr–Jun", "Q3 (Oct to Dec)". */
const PERIOD_HEADER = /^(?:q[1-4]|quarter\s+[1-4])(?:\s+\d{4}(?:[/-]\d{2,4})?)?(?:\s+\(?[a-z]{3,9}\.?\s*(?:[-–—]|to)\s*[a-z]{3,9}\.?\)?)?$/i;

/** A month named in a column header: "RAG Feb", "Status (March)". */
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\b/i;

/** A column named for a month: "Sept", "Nov", "March 2099", "Jun-98". */
const MONTH_HEADER = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]{0,6})\.?(?:[\s-]+\d{2}(?:\d{2})?)?$/i;

/**
 * Columns named for periods ("Q1" … "Q4", "Quarter 2") whose cells are ratings ("✓", "✗" by the key): a
 * status for each period. The one that counts is the report's own period's, else the latest most of whose
 * rows are rated (Q2 of a Q2 report whose Q3 and Q4 hold "due later").
 */
function periodStatusColumns(header: string[], rows: Block[], keys: DocumentKeys, period?: string, coveredQuarter?: number): { cols: number[]; current?: number } | undefined {
  const quarterCols = header.flatMap((h, k) => (PERIOD_HEADER.test(h.trim()) ? [k] : []));
  // ("Sept | Nov": months, when the cells are ratings in letters or words; ticks under months are an
  // attendance table's.)
  const monthCols = header.flatMap((h, k) => (MONTH_HEADER.test(h.trim()) ? [k] : []));
  const ticks = (k: number) => rows.some((r) => /^[✓✔✗✘×]$/.test((ratingCells(r)[k] ?? "").trim()));
  const periodCols = quarterCols.length >= 2 ? quarterCols : !classifyColumns(header).has("name") && !monthCols.some(ticks) ? monthCols : [];
  const rated = (r: Block, k: number) => readRating(ratingCells(r)[k], keys);
  if (periodCols.length < 2 || rows.filter((r) => periodCols.some((k) => rated(r, k))).length < Math.max(2, rows.length * 0.6)) return undefined;
  const cols = periodCols.filter((k) => rows.some((r) => rated(r, k)));
  const reported = Number((period && /^Q([1-4])\b/.exec(period)?.[1]) || coveredQuarter || -1);
  if (cols.some((k) => headerQuarter(header[k]!) === reported)) return { cols };
  const current = [...cols].reverse().find((k) => rows.filter((r) => { const s = rated(r, k)?.rating; return !!s && s !== "Not rated"; }).length >= rows.length * 0.5);
  return { cols, ...(current !== undefined ? { current } : {}) };
}

/** A column of an earlier period's ratings: "Last quarter", "Previous status", "Prior month's RAG". */
// (Or a quarter's, "Q1 health" beside a board's "Health".)
const EARLIER_COLUMN = /^(?:(?:last|previous|prior|earlier)\s+(?:quarter|qtr|period|month|year|status|rating|rag|report)(?:['’]s)?(?:\s+(?:status|rating|rag))?|(?:q[1-4]|quarter\s*[1-4])\s+(?:status|rating|rag|health))$/i;

function columnRoles(header: string[], rows: Block[], keys: DocumentKeys, period?: string, coveredQuarter?: number): Columns {
  const byHeader = classifyColumns(header);
  const cols: Columns = {};
  const set = (k: Exclude<keyof Columns, "otherStatus" | "tickRatings">, v: number | undefined) => {
    if (v !== undefined && !Object.values(cols).includes(v) && !cols.tickRatings?.has(v)) cols[k] = v;
  };
  const ratedShare = (k: number) => (rows.length ? rows.filter((r) => { const s = readRating(ratingCells(r)[k], keys)?.rating; return !!s && s !== "Not rated"; }).length / rows.length : 0);
  const tickRatings = tickRatingColumns(header, rows, keys, (firsts) => currentStatusColumn(header, firsts, period, coveredQuarter, () => 1));
  if (tickRatings) cols.tickRatings = tickRatings;
  const tickRun = (k: number) => header.some((h, j) => tickRatings?.has(j) && h.trim() !== header[k]!.trim() && /\s/.test(h) && h.trim().startsWith(header[k]!.trim()));
  const named = byHeader.get("status")?.filter((k) => !tickRatings?.has(k));
  const byPeriod = named ? undefined : periodStatusColumns(header, rows, keys, period, coveredQuarter);
  const statusCols = (named?.length ? named : undefined) ?? byPeriod?.cols ?? [];
  // (Beside columns rated by ticks, the status columns are other periods' ratings, "Q1 rating".)
  const current = tickRatings ? undefined : (byPeriod?.current ?? currentStatusColumn(header, statusCols, period, coveredQuarter, ratedShare));
  set("status", current);
  // (Not a column empty on every row, a tracker's "Health" drawn as balls with no words: it rates nothing.)
  const saysSomething = (k: number) => rows.some((r) => !!(r.cells?.[k] ?? "").trim() || !!readRating(ratingCells(r)[k], keys));
  if (statusCols.length > (tickRatings ? 0 : 1)) cols.otherStatus = statusCols.filter((k) => k !== current && !tickRun(k) && saysSomething(k));
  set("ref", column(byHeader, "ref"));
  set("impact", column(byHeader, "impactText"));
  // (A task tool's "Notes" say how a task stands where no column is its progress.)
  const notesCol = header.findIndex((h) => /^(?:notes?|remarks)$/i.test(h.trim()));
  // (Of the period rated, where each period has its own: "Q2 2361/62 Commentary" beside "Q2 2361/62 Status".)
  const periodWords = (h: string | undefined) => (h ?? "").trim().split(/\s+/).slice(0, -1).join(" ").toLowerCase();
  const progressCols = byHeader.get("progress") ?? [];
  const samePeriod = current !== undefined && progressCols.length > 1 && periodWords(header[current]) ? progressCols.find((k) => periodWords(header[k]) === periodWords(header[current])) : undefined;
  set("delivered", samePeriod ?? column(byHeader, "progress") ?? (notesCol >= 0 ? notesCol : undefined));
  // ("Due", "Deadline", "Target date": when it is due, not a review of it.)
  // (Or a tracker's "Finish date", the day a work item is to be finished by.)
  const dueCol = header.findIndex((h) => /^(?:due(?: date| by)?|deadline|target date|by when|completion date|date due|finish date)$/i.test(h.trim()));
  // (A work tool's dates as milliseconds, "11741065200000", beside the same date as words in "Due Date Text".)
  const dueText = dueCol >= 0 ? header.findIndex((h) => h.trim().toLowerCase() === `${header[dueCol]!.trim().toLowerCase()} text`) : -1;
  const epochs = dueCol >= 0 && rows.filter((r) => /^\d{11,15}$/.test(r.cells?.[dueCol]?.trim() ?? "")).length > 0;
  set("due", dueText >= 0 && epochs ? dueText : dueCol >= 0 ? dueCol : undefined);
  const completedCol = header.findIndex((h) => COMPLETED_HEADER.test(h.trim()));
  set("completed", completedCol >= 0 ? completedCol : undefined);
  set("lead", column(byHeader, "lead"));
  set("trend", column(byHeader, "trend"));
  // (Not a column of a few levels: an issue tracker's "Priority" holds High / Medium / Low, not the task.)
  // (Nor a column of figures: "Target 2098/99" holds the value aimed at, not the measure.)
  const telling = (k: number | undefined) => (k !== undefined && !isLevelColumn(rows, k) && columnShare(rows, k, isFigure) < 0.6 ? k : undefined);
  set("text", telling(column(byHeader, "target")) ?? column(byHeader, "item") ?? column(byHeader, "description"));
  const width = Math.max(header.length, ...rows.map((r) => r.cells?.length ?? 0));
  // A status column its header does not name: the one whose cells are mostly ratings.
  if (!tickRatings && (cols.status === undefined || !rows.some((r) => ratingOf(ratingCells(r)[cols.status!], keys.ratings)))) {
    const found = ratingColumn(rows, keys.ratings, width, new Set([...Object.values(cols).filter((v): v is number => typeof v === "number" && v !== cols.status), ...(cols.otherStatus ?? [])]));
    if (found !== undefined) cols.status = found;
  }
  // A column of an earlier period's ratings beside the status column ("Last quarter", "Previous status").
  if (cols.status !== undefined) {
    const earlier = header.flatMap((h, k) =>
      k !== cols.status && !cols.otherStatus?.includes(k) && !Object.values(cols).includes(k) && EARLIER_COLUMN.test(h.trim()) && rows.filter((r) => readRating(ratingCells(r)[k], keys)).length * 2 >= rows.length ? [k] : [],
    );
    if (earlier.length) cols.otherStatus = [...(cols.otherStatus ?? []), ...earlier];
  }
  // A column of the codes the document's key names ("Score": 1 to 4, each a word in the key).
  if (cols.status === undefined && !tickRatings && keys.words.size) {
    const coded = [...Array(width).keys()].find((k) => rows.filter((r) => keyedCode(r.cells?.[k], keys)).length * 2 >= rows.length && !Object.values(cols).includes(k));
    if (coded !== undefined) cols.status = coded;
  }
  const refRows = rows.filter((r) => REF_PATTERN.test(r.cells?.[0] ?? ""));
  if (cols.ref === undefined && refRows.length >= 2) cols.ref = 0;
  // (A column of references its header does not name, wherever it stands: an issue tracker's "Key"
  // after its "Issue Type".)
  if (cols.ref === undefined) {
    const byContent = [...Array(width).keys()].find((k) => {
      if (Object.values(cols).includes(k)) return false;
      const refs = rows.map((r) => (r.cells?.[k] ?? "").trim()).filter((c) => REF_PATTERN.test(c));
      return refs.length >= 2 && refs.length >= rows.length * 0.8 && new Set(refs).size === refs.length;
    });
    if (byContent !== undefined) cols.ref = byContent;
  }
  // (A "Measure" column of bare references, "TSH-01", names no measure: its words are in the next column,
  // "What we count".)
  if (cols.text !== undefined && cols.text === cols.ref && rows.every((r) => /^[A-Z]{1,6}-?\d{1,3}[a-z]?$/.test((r.cells?.[cols.ref!] ?? "").trim()))) cols.text = undefined;
  if (cols.text === undefined) {
    // The first column that is neither the reference nor another role holds the target text.
    // (Not a column empty in most rows: a list view's column of row check boxes, its group headings' cells.)
    // (Nor one of long ids or dates: a task tool's "Task ID" and "Created At" before the task's name. A
    // column of row numbers, "1", "2", stays the text: such a table's rows are not targets.)
    const full = rows.filter((r) => (r.cells ?? []).filter((c) => c.trim()).length >= 3);
    const mostlyEmpty = (i: number) => full.filter((r) => (r.cells?.[i] ?? "").trim() !== "").length * 2 < full.length;
    const numbersOrDates = (i: number) => full.length > 0 && columnShare(full, i, (c) => /^(?:\d{6,}|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)$/.test(c.trim())) >= 0.8;
    for (let i = 0; i < width; i++) {
      if (i === cols.ref || Object.values(cols).includes(i) || cols.otherStatus?.includes(i) || cols.tickRatings?.has(i) || mostlyEmpty(i) || numbersOrDates(i)) continue;
      cols.text = i;
      break;
    }
  }
  // (A works register's "Next action" is what is to be done to the row's work, named in a column before it:
  // "Weavers' Clock Tower" – "Mechanism and dial restoration". The row is the work's.)
  if (cols.text !== undefined && ACTION_HEADER.test(header[cols.text]?.trim() ?? "")) {
    const cellsOf = (k: number) => rows.map((r) => (r.cells?.[k] ?? "").trim()).filter(Boolean);
    const subject = [...Array(cols.text).keys()].find((k) => {
      if (Object.values(cols).includes(k) || cols.otherStatus?.includes(k)) return false;
      const cells = cellsOf(k);
      return cells.length >= 0.8 * rows.length && new Set(cells).size >= 0.8 * cells.length && columnShare(rows, k, isFigure) < 0.2 && cells.some((c) => /\s/.test(c)) && !isLevelColumn(rows, k);
    });
    if (subject !== undefined) cols.subject = subject;
  }
  return cols;
}

/** A column of the next thing to be done to the row ("Next action", "Action required", "Next step"). */
const ACTION_HEADER = /^(?:next\s+)?(?:action|step)s?(?:\s+(?:required|needed|due))?$/i;

/** A column of a few short levels repeated down it ("High", "Medium", "Low"): a grading, not what is graded. */
/** A cell that is a figure: "1,150", "£4.2m", "85%", "—". */
const isFigure = (cell: string) => /^(?:[£$€]?\s*-?[\d,.]+\s*(?:%|[mk]|bn|million)?|[—–-])$/i.test(cell.trim());

function isLevelColumn(rows: Block[], k: number): boolean {
  const cells = rows.map((r) => (r.cells?.[k] ?? "").trim()).filter(Boolean);
  const distinct = new Set(cells.map((c) => c.toLowerCase()));
  return cells.length >= 4 && distinct.size <= Math.min(6, cells.length - 1) && cells.every((c) => c.split(/\s+/).length <= 2);
}

const OBJECTIVE = /^objective\s*(\d+)\s*[:.\-–]?\s*(.*)$/i;
const LABEL_ROW = /^([A-Z][\w &/-]{1,30}):$/;

const PLAIN_NAME = /^[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){1,2}$/;
const BODY_WORD = /\b(?:board|committee|panel|group|team|council|unit|office|directorate|programme|partnership|network|forum|services?|association|alliance|trust|authority)\b/i;
const TITLED_NAME = /^(?:cllr|councillor|dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame)\.?\s+[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){0,2}$/i;

/** "Mark Norris Community Wellbeing Board" -> person and board; a bare board name stays a board. */
export function splitLead(lead: string): { leadPerson?: string; board?: string } {
  // ("Cllr Marguerite Loxam": a councillor's title and name is a person, not "Cllr Marguerite" of a body "Loxam".)
  if (TITLED_NAME.test(lead.trim())) return { leadPerson: lead.trim() };
  // ("Zainab Holgate-Kemp, Hamish Tulliver": two people who share it, not a person and a body.)
  const parts = lead.split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter(Boolean);
  if (parts.length >= 2 && parts.every((p) => TITLED_NAME.test(p) || (PLAIN_NAME.test(p) && !BODY_WORD.test(p)))) return { leadPerson: lead.trim() };
  // (A double-barrelled name is one word: "Urquhart-Hale".)
  const m = /^([A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){1,2}?),?\s+(.+)$/.exec(lead);
  if (m && !/^(?:board|task|team|group)\b/i.test(m[2]!) && !/\b(?:board|communities|council)$/i.test(m[1]!)) {
    return { leadPerson: m[1]!, board: m[2]! };
  }
  // A name alone ("Mina Okafor") is a person; anything else ("Community Wellbeing Board") a body.
  if (/^[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){1,2}$/.test(lead.trim()) && !/\b(?:board|committee|panel|group|team|council|unit|office|directorate|programme|partnership|network|forum|services?)$/i.test(lead.trim()))
    return { leadPerson: lead.trim() };
  return { board: lead };
}

interface RowStatus {
  status?: RagStatus;
  label?: string;
  keySpan?: [number, number];
  index?: number;
}

/** A log's reference: letters, a hyphen and a number ("DMA-24", "ACT-7"). */
const LOG_CODE = /^[A-Z]{2,5}-\d{1,3}$/;

/** A task tool's column of when each task was done: "Completed At", "Date completed", "Closed on". */
const COMPLETED_HEADER = /^(?:completed|done|closed|resolved)(?:\s+(?:at|on|date))?$|^date\s+(?:completed|done|closed|resolved)$/i;

/**
 * The row's rating: in its status column (a word the vocabulary does not know is kept as written, with no
 * colour), else the last short cell that is a rating, never one of another period's status columns.
 */
/** The row's rating by its table's columns: the column its tick stands in, else its status column. */
/** A direction of travel as its symbol and what the document's key says it means: "↑ (Improved since Quarter 1)". */
function keyedTrend(cell: string, keys: DocumentKeys): string {
  const named = /^[^\p{L}\p{N}\s]{1,3}$/u.test(cell.trim()) ? keys.words.get(cell.trim()) : undefined;
  return named ? `${cell.trim()} (${named.word})` : cell;
}

function rowStatus(b: Block, cols: Columns, keys: DocumentKeys, skip?: number[]): RowStatus {
  // (A task tool's export rates its open tasks, if at all, in a field of its own ("RAG"); a task is done
  // when, and only when, it has a completion date, and open otherwise: "Open", with its rating's colour.)
  if (cols.completed !== undefined) {
    // (Unless the document's own key says what its rating column's codes mean: "R | Red: serious defects"
    // rates an inspection that was done.)
    const keyed = cols.status !== undefined ? statusOf(ratingCells(b), cols.status, keys) : undefined;
    if (keyed?.keySpan && keyed.index === cols.status) return keyed;
    const done = (b.cells?.[cols.completed] ?? "").trim();
    const complete = done ? readRating("Complete", keys) : undefined;
    if (complete) return { status: complete.rating, label: "Complete", index: cols.completed };
    const own = statusOf(ratingCells(b), cols.status, keys, [...(skip ?? []), cols.completed]);
    return { ...own, label: "Open" };
  }
  if (!cols.tickRatings) return statusOf(ratingCells(b), cols.status, keys, skip);
  const k = [...cols.tickRatings.keys()].find((j) => TICK_MARK.test((b.cells?.[j] ?? "").trim()));
  const tick = k !== undefined ? cols.tickRatings.get(k) : undefined;
  return tick ? { status: tick.rating, ...(tick.label ? { label: tick.label } : {}), index: k } : {};
}

function statusOf(cells: string[], statusCol: number | undefined, keys: DocumentKeys, skip: number[] = []): RowStatus {
  const at = (i: number): RowStatus | undefined => {
    const r = readRating(cells[i], keys);
    return r ? { status: r.rating, ...(r.label ? { label: r.label } : {}), ...(r.keySpan ? { keySpan: r.keySpan } : {}), index: i } : undefined;
  };
  if (statusCol !== undefined) {
    const s = at(statusCol);
    if (s) return s;
    const keyed = keyedCode(cells[statusCol], keys);
    if (keyed) return { ...keyed, index: statusCol };
    const written = cells[statusCol]?.trim();
    // (A state of a few words, as a task list writes it: "Waiting on someone else".)
    if (written) return written.split(/\s+/).length <= 4 && written.length <= 30 && !/\d/.test(written) ? { label: written, index: statusCol } : {};
  }
  for (let i = cells.length - 1; i >= 1; i--) {
    if (skip.includes(i)) continue;
    const s = at(i);
    if (s) return s;
  }
  return {};
}

/** A code the document's key names in words ("1" for "Well below"): the word, its colour if it is a rating's. */
function keyedCode(cell: string | undefined, keys: DocumentKeys): RowStatus | undefined {
  const named = cell ? keys.words.get(cell.trim().toLowerCase()) : undefined;
  if (!named) return keyedTags(cell, keys);
  // ("active – in progress and on course": the word may be what it means.)
  const rating = ratingOf(named.word, keys.ratings) ?? meaningRating(named.word);
  return { ...(rating ? { status: rating } : {}), label: named.word, keySpan: named.span };
}

/**
 * Codes the key names, several in a cell ("crit, active": a gantt task's tags): the first that rates says
 * the row's status ("crit" is "at risk"); "milestone, done" is done.
 */
function keyedTags(cell: string | undefined, keys: DocumentKeys): RowStatus | undefined {
  const tags = (cell ?? "").split(/\s*,\s*/).map((t) => t.trim().toLowerCase());
  if (tags.length < 2 || tags.length > 4 || !tags.every((t) => /^[a-z][\w-]{0,15}$/.test(t)) || !tags.some((t) => keys.words.has(t))) return undefined;
  const rated = tags.map((t) => keyedCode(t, keys)).find((s) => s?.status);
  return rated ?? keyedCode(tags[0], keys);
}

/** A figure in a cell: "64,000", "(5,500)", "£1.2m", "38%", "-3". */
const FIGURE_CELL = /^[(-]?[£$€]?\s?\d[\d,.]*\s?(?:%|k|m|bn)?\)?$/i;
/** A table of money: its headers or title say "budget", "spend", "variance", "cost" or "(£)". */
const MONEY_TABLE = /budget|spend|spent|variance|\bcosts?\b|£/i;
/** A table's total, not one of its items: "Total", "Subtotal: programme", "Grand total". */
const TOTAL_ROW = /^(?:sub-?\s?total|grand total|total)\b/i;

/** A row's note written under it across the table: "Commentary: …", "Note: …", a sentence of 8 words or more ending in a full stop. */
const SPANNING_NOTE = /^(?:(?:commentary|comments?|notes?|update|progress|narrative|explanation)\s*:\s*\S|(?:\S+\s+){7,}.*\.$)/i;

/** A theme row of a markdown report reads "Funding for local government: Reform of ..."; keep the name. */
/** The kind a goals or work tool writes before an item's code and name: "Key Result PKR2.1 …", "Epic …". */
const ITEM_KIND = /^(?:key results?|objectives?|goals?|epics?|features?|initiatives?)\s+(?=\S)/i;

/** The code an item's name opens with, after the kind written before it: "PKR2.1" of "Key Result PKR2.1 Parks …". */
const codeOf = (cell: string): string | undefined => LEADING_REF.exec(cell.replace(ITEM_KIND, ""))?.[1];

/** A section of a tracker that holds its risks: "Risks", "Key risks", "Risk register". */
const RISK_SECTION = /^(?:key\s+|programme\s+|project\s+)?risks?(?:\s+register|\s+log)?$/i;
/** "L4 x I5", "I 3 × L 2": a risk's factors written in one cell. */
const FACTORS = /\b([LI])\s*(\d{1,2})\s*[x×*]\s*([LI])\s*(\d{1,2})\b/i;
/** A tracker risk's own reference: "DSH-R3", "R12". */
const RISK_REF = /^([A-Z]{1,6}[-.]?R?\d{1,3}[a-z]?)\s+/;

/**
 * A risk written as a row of a tracker's measure columns: its owner under the lead's, its factors ("L4 x I5")
 * in any cell, its scores as the figures of its headed columns (the last the current score, the one before
 * it the earlier one), its state under the status column and its review under the due date's.
 */
function trackerRisk(b: Block, header: string[], cols: Columns, text: string, section: string, docId: string, quoted: { source: string; sourceStart: number }): RiskRecord {
  const cells = b.cells ?? [];
  const ref = RISK_REF.exec(text)?.[1];
  const factors = cells.map((c) => FACTORS.exec(c)).find((m) => !!m);
  const factor = (letter: string) => (factors ? Number(factors[1]!.toUpperCase() === letter ? factors[2] : factors[4]) : undefined);
  const scored = cells.flatMap((c, k) => (k !== cols.ref && header[k]?.trim() && /^\s*\d{1,3}\s*$/.test(c) ? [k] : []));
  const [earlier, current] = scored.slice(-2).length === 2 ? scored.slice(-2) : [undefined, scored[scored.length - 1]];
  const score = current !== undefined ? Number(cells[current]) : undefined;
  const before = earlier !== undefined ? Number(cells[earlier]) : undefined;
  const cell = (k: number | undefined) => (k !== undefined ? cells[k]?.trim() || undefined : undefined);
  const state = cell(cols.status);
  const trend =
    score !== undefined && before !== undefined
      ? `${score > before ? "up" : score < before ? "down" : "unchanged"} ${score === before ? "since" : "from"} ${score === before ? header[earlier!]!.trim() : `${before} (${header[earlier!]!.trim()})`}`
      : undefined;
  const id = ref ?? `risk-${slug(text, 24)}`;
  return {
    type: "risk",
    id: `${docId}:${id}`,
    docId,
    ref: ref ?? text,
    description: ref ? text.slice(ref.length).trim() : text,
    ...(factor("L") !== undefined ? { likelihood: factor("L")! } : {}),
    ...(factor("I") !== undefined ? { impact: factor("I")! } : {}),
    ...(score !== undefined ? { score } : {}),
    ...(state ? { statusLabel: state } : {}),
    ...(trend ? { trend } : {}),
    ...(cell(cols.delivered) ? { mitigation: cell(cols.delivered)! } : {}),
    ...(cell(cols.lead) ? { owner: cell(cols.lead)! } : {}),
    ...(cell(cols.due) ? { review: cell(cols.due)! } : {}),
    ...quoted,
    locator: blockLocator(b, [section], ref ?? clipTitle(text)),
  };
}

function themeName(text: string): string {
  // (A parent row's disclosure triangle, "▾ Workstream 2 – Protect", is not its name.)
  text = text.replace(/^[▾▸▶▼►▿▹•]\s*/, "");
  // (A grouped list's group row, "Categories: WSTG Dec 2611 actions (4 items)", is named by its group.)
  const group = GROUP_ROW.exec(text)?.[2];
  if (group) return group;
  // ("Theme 2: Transport and highways" is named by both halves.)
  if (/^(?:theme|objective|priority|outcome|section|part)\s+\w{1,3}\s*:/i.test(text)) return text.replace(/:$/, "").trim();
  const colon = text.indexOf(":");
  const name = colon > 0 && colon <= 60 ? text.slice(0, colon) : text;
  return name.replace(/:$/, "").trim();
}

function isTargetFamily(family: Table[], blocks: Block[], cols: Columns, keys: DocumentKeys): boolean {
  const rows = family.flatMap((t) => t.rows.map((i) => blocks[i]!));
  // A table counting targets by rating ("Achieved | 2 | 7") holds no targets.
  const counts = rows.filter((r) => cols.text !== undefined && /^\s*\d[\d,.]*\s*$/.test(r.cells?.[cols.text] ?? "")).length;
  if (counts * 2 > rows.length) return false;
  const withStatus = rows.filter((r) => {
    const s = rowStatus(r, cols, keys);
    return s.status || s.keySpan;
  }).length;
  // (Without a status column, the ratings found must be ratings: a table whose only "ratings" are the
  // dashes of empty cells, "–" for no award, holds no targets.)
  const rated = rows.filter((r) => {
    const s = rowStatus(r, cols, keys);
    return (s.status && s.status !== "Not rated") || s.keySpan;
  }).length;
  // (A status column no header names, found by its ratings, must hold more than dashes: "-" for nothing
  // spent in a budget's columns, though a key reads "–" as "Not started".)
  const header = family[0]!.header;
  if (
    cols.status !== undefined &&
    columnRole(header[cols.status] ?? "") !== "status" &&
    !rows.some((r) => {
      const s = rowStatus(r, cols, keys);
      return !/^[-–—]?$/.test((ratingCells(r)[cols.status!] ?? "").trim()) && (s.status || s.keySpan);
    })
  )
    return false;
  return (cols.status !== undefined && withStatus >= 1) || (withStatus >= 2 && rated >= 1);
}

/** A column naming the period a row is for: "Period", "Quarter", "Reporting period", "period_name". */
const ROW_PERIOD_HEADER = /^(?:reporting\s+)?(?:period|quarter|month)(?:\s+(?:name|label|code|cd|nm))?$/i;

/**
 * The period column of a table in "long" form, one row per target per period (a data warehouse's export:
 * "BCT-01 | … | 2086/87 Q1" then "BCT-01 | … | 2086/87 Q2"): its references repeat, each with other
 * periods. Undefined for a table of one row per target.
 */
function longFormPeriodColumn(header: string[], rows: Block[], refCol: number | undefined): number | undefined {
  const k = header.findIndex((h) => ROW_PERIOD_HEADER.test(h.replace(/_/g, " ").trim()));
  if (k < 0 || refCol === undefined) return undefined;
  const periodsByRef = new Map<string, Set<string>>();
  for (const r of rows) {
    const ref = r.cells?.[refCol]?.trim();
    const period = r.cells?.[k]?.trim();
    if (ref && period) periodsByRef.set(ref, (periodsByRef.get(ref) ?? new Set()).add(period));
  }
  const repeated = [...periodsByRef.values()].filter((p) => p.size >= 2).length;
  return repeated >= 2 && repeated >= 0.5 * periodsByRef.size ? k : undefined;
}

/** A cell of a count: "4", "12 (35%)". */
const COUNT_CELL = /^\d{1,4}(?:\s*\(\d{1,3}(?:\.\d+)?\s*%\))?$/;

export function extractTargets(ctx: ExtractContext, consumed: Set<number>): { targets: TargetRecord[]; cells: CellRecord[]; risks: RiskRecord[] } {
  // (A task list exported as iCalendar is its tasks, read by their properties: its lines are no cards.)
  if (ctx.doc.hints?.taskList) return { targets: calendarTaskItems(ctx), cells: [], risks: [] };
  const { doc, meta, keys } = ctx;
  const targets: TargetRecord[] = [];
  const cells: CellRecord[] = [];
  const risks: RiskRecord[] = [];
  const docTitle = doc.blocks[0]?.text;
  let synthetic = 0;

  for (const family of tableFamilies(doc)) {
    if (family.some((t) => consumed.has(t.index))) continue;
    const header = periodQualifiedHeader(family[0]!.header);
    const familyRows = family.flatMap((t) => t.rows.map((i) => doc.blocks[i]!));
    // (A paper dated by its meeting still reports on the quarter it covers.)
    const coveredQuarter = meta.covers?.find((c) => c.kind === "quarter")?.quarter;
    const cols = columnRoles(header, familyRows, keys, meta.period, coveredQuarter);
    if (!isTargetFamily(family, doc.blocks, cols, keys)) continue;
    // Tables of one row, each under a title with a reference ("SLDP-M04 Councils with …" over "Target |
    // Actual | Status | Trend"): each is a target written as a block, read there with its title.
    const titleAbove = (t: (typeof family)[number]) => {
      const above = doc.blocks[(t.rows[0] ?? 0) - 2];
      return !!above && above.kind !== "row" && !above.label && BLOCK_TITLE.test(above.text);
    };
    if (family.every((t) => t.rows.length === 1 && titleAbove(t))) continue;
    const familyTitle = cleanTitle(family[0]!.title, docTitle);
    const leadIsPerson = cols.lead !== undefined && /manager|owner|officer/i.test(header[cols.lead] ?? "");
    // Do (nearly) all the family's rows of several cells carry a reference?
    const fullRows = familyRows.filter((r) => filled(r.cells ?? []).length >= 3);
    const isRowRef = (cell: string | undefined) => cols.ref !== undefined && (REF_PATTERN.test(cell ?? "") || (REF_HEADER.test(header[cols.ref]?.trim() ?? "") && NUMBERED_CODE.test(cell?.trim() ?? "")));
    const familyRefs = cols.ref !== undefined && fullRows.filter((r) => isRowRef(r.cells?.[cols.ref!])).length >= 0.8 * fullRows.length ? 1 : 0;
    const periodCol = longFormPeriodColumn(header, familyRows, cols.ref);
    // (A table with no reference column whose names begin with codes, "WS1 Community hubs", "WS2 Digital
    // libraries": the codes are the rows' references. So too when the reference column holds none: a gantt
    // chart's task ids, "m01", are the chart's own names, and "M01 Baseline …" the milestone's.)
    // (So too when the reference column is a work tool's own ids, "Task Custom ID" "PPTG-29", and the names
    // begin with the papers' codes, "PKA-15 Bring a sign supply recovery plan …": the papers' codes.)
    const toolIds = cols.ref !== undefined && /\bid\b/i.test(header[cols.ref] ?? "") && !/\bref/i.test(header[cols.ref] ?? "");
    const leadingRefs = (cols.ref === undefined || !familyRefs || toolIds) && cols.text !== undefined ? fullRows.map((r) => codeOf(r.cells?.[cols.text!] ?? "")) : [];
    // (A goals tree's parents may carry no code, "Objective Parks are greener" over "Key Result PKR2.1 …":
    // the codes still name the rows that have them.)
    const uncodedParent = (k: number) => ITEM_KIND.test(fullRows[k]?.cells?.[cols.text!] ?? "");
    const coded = leadingRefs.filter(Boolean);
    const codesNameRows = coded.length >= 2 && leadingRefs.every((r, k) => r || uncodedParent(k)) && new Set(coded).size === coded.length;
    // (A tool's subtasks carry no code: most rows' names do.)
    const namesOverIds = toolIds && coded.length >= 2 && coded.length >= 0.7 * leadingRefs.length && new Set(coded).size === coded.length;
    // (Or only some of them, with codes of a log's own shape, "DMA-24 Chair's letter …": the meeting's
    // actions among a work programme's tasks.)
    const logCodes = leadingRefs.filter((r): r is string => !!r && LOG_CODE.test(r));
    const someCodesNameRows = !codesNameRows && logCodes.length >= 2 && new Set(logCodes).size === logCodes.length;
    let section: string | undefined;
    let objective: { ref: string; text: string; status?: RagStatus } | undefined;
    let previousTitle: string | undefined = familyTitle;

    for (const table of family) {
      consumed.add(table.index);
      const tableTitle = cleanTitle(table.title, docTitle);
      if (tableTitle !== previousTitle) {
        section = undefined;
        objective = undefined;
        previousTitle = tableTitle;
      }
      const themeOf = () =>
        [familyTitle, tableTitle !== familyTitle ? tableTitle : undefined, section, objective ? `${objective.ref}: ${objective.text}` : undefined].filter(
          (s): s is string => !!s,
        );

      /** The last row read as a target, or as the wrapped rest of one. */
      let lastTargetRow: number | undefined;
      for (const i of table.rows) {
        const b = doc.blocks[i]!;
        const rowCells = b.cells ?? [];
        // (A bare count under no header, a sheet's row number or a comment count beside the row, is not
        // the row's content: "14 | | ▾ Risks" is a section's row.)
        const isCount = (c: string, k: number) => k !== cols.ref && !header[k]?.trim() && /^\s*\d{1,4}\s*$/.test(c);
        const nonEmpty = filled(rowCells.map((c, k) => (isCount(c, k) ? "" : c)));
        // (Such a row is quoted from its first cell of content.)
        const countsBefore = rowCells.findIndex((c, k) => !!c.trim() && !isCount(c, k));
        const quoteFrom = countsBefore > 0 ? cellOffset(rowCells, countsBefore) : 0;
        const rowSource = { source: b.text.slice(quoteFrom), sourceStart: b.start + quoteFrom };
        const first = nonEmpty[0] ?? "";
        const objectiveMatch = OBJECTIVE.exec(first);
        // (Rated by the words of its cells, or by a colour filling an empty one; an empty cell has no offset.)
        const { status, label: statusLabel, keySpan, index: rated } = rowStatus(b, cols, keys, cols.otherStatus);
        const statusIndex = rated !== undefined && rowCells[rated] ? rated : undefined;

        if (objectiveMatch) {
          objective = { ref: `Objective ${objectiveMatch[1]}`, text: objectiveMatch[2]!.trim(), ...(status ? { status } : {}) };
          targets.push({
            type: "target",
            level: "objective",
            id: `${meta.docId}:objective-${objectiveMatch[1]}`,
            docId: meta.docId,
            ref: objective.ref,
            refIsSynthetic: false,
            theme: themeOf().slice(0, -1),
            text: objective.text,
            status: status ?? null,
            columns: rowColumns(header, rowCells),
            ...(statusIndex !== undefined ? { statusOffset: cellOffset(rowCells, statusIndex) } : {}),
            source: b.text,
            sourceStart: b.start,
            locator: blockLocator(b, themeOf().slice(0, -1), objective.ref),
          });
          continue;
        }
        const labelMatch = LABEL_ROW.exec(first);
        if (labelMatch && nonEmpty.length >= 2) {
          // "Comms: | 110 episodes of media coverage ..." belongs to the theme, not a target.
          cells.push({
            type: "cell",
            id: `${meta.docId}:cell-${b.line}`,
            docId: meta.docId,
            table: themeOf().join(" > ") || "table",
            rowLabel: labelMatch[1]!,
            column: header[rowCells.indexOf(nonEmpty[1]!)] || "value",
            value: nonEmpty.slice(1).join(" | "),
            source: b.text,
            sourceStart: b.start,
            locator: blockLocator(b, themeOf(), labelMatch[1]!),
          });
          continue;
        }
        const ownCode = namesOverIds && cols.text !== undefined ? LEADING_REF.exec(rowCells[cols.text] ?? "")?.[1] : undefined;
        const hasRef = cols.ref !== undefined && !ownCode && isRowRef(rowCells[cols.ref]);
        // (A sentence spanning the table under a target's row, "Commentary: Backlog in four councils …",
        // is that target's commentary, not a section heading.)
        const above = targets[targets.length - 1];
        const rowAbove = doc.blocks[table.rows[table.rows.indexOf(i) - 1] ?? -1];
        if (!hasRef && nonEmpty.length === 1 && above && rowAbove && above.sourceStart >= rowAbove.start && above.sourceStart < rowAbove.start + rowAbove.text.length && SPANNING_NOTE.test(first)) {
          above.delivered = above.delivered ? `${above.delivered} ${first}` : first;
          continue;
        }
        if (!hasRef && nonEmpty.length === 1) {
          section = themeName(first);
          objective = undefined;
          continue;
        }
        // (A total row may leave the text column empty: "Total | | 15,000 | 101".)
        const action = (cols.text !== undefined ? rowCells[cols.text] : undefined) || (TOTAL_ROW.test(first) ? first : undefined);
        const subject = cols.subject !== undefined ? rowCells[cols.subject]?.trim() : undefined;
        // (A row's text struck through whole, as a task list prints a done task, "~~WSA-11 Survey the sluice
        // gates~~": its words, and the reference they open with, are the row's; whether it is done or dropped
        // is for its status to say.)
        const text = unstruck(action && subject ? `${subject}: ${action}` : action);
        if (!text || (!hasRef && nonEmpty.length < 2)) continue;
        // A row without a reference or a rating under a referenced target, in a table whose targets all
        // have references, is the rest of that target's wrapped cells (a PDF row split over lines).
        // (Only right under it: not a total row, nor a key's rows after a title line, "Status key".)
        const wrapsAbove = lastTargetRow !== undefined && lastTargetRow === table.rows[table.rows.indexOf(i) - 1] && !TOTAL_ROW.test(text);
        if (!hasRef && !ownCode && !status && above && wrapsAbove && !above.refIsSynthetic && above.docId === meta.docId && cols.ref !== undefined && familyRefs > 0) {
          lastTargetRow = i;
          const join = (a: string | undefined, b: string | undefined) => (a && b ? `${a} ${b}` : (a ?? b));
          above.text = join(above.text, text)!;
          const more = cols.delivered !== undefined ? rowCells[cols.delivered] : undefined;
          if (more) above.delivered = join(above.delivered, more);
          const leadMore = cols.lead !== undefined ? rowCells[cols.lead] : undefined;
          if (leadMore && above.lead) above.lead = join(above.lead, leadMore);
          if (leadMore && above.leadPerson && !/\)$/.test(above.leadPerson)) above.leadPerson = join(above.leadPerson, leadMore);
          // (Its source stays the first line of the row: the lines under it interleave the columns' ends,
          // which a reader's copy of the table may order otherwise.)
          continue;
        }
        // The row's figures ("Annual budget 64,000", "Forecast outturn 58,500") are cells of the table too,
        // and a total row ("Total | 470,000 | 179,170 | …") only that, not a target.
        // (Money only: a measure's quarterly figures are the target's own, read from the target.)
        const money = () => MONEY_TABLE.test(`${header.join(" ")} ${table.title ?? ""}`) || /[£$€]/.test(b.text);
        const figures = rowCells.flatMap((value, k) =>
          // (Not a work tool's dates in milliseconds, "11735054100000": timestamps, not sums.)
          k !== cols.text && k !== cols.ref && k !== statusIndex && header[k] && FIGURE_CELL.test(value.trim()) && !/^\d{11,15}$/.test(value.trim()) && money() ? [{ column: header[k]!, value: value.trim(), k }] : [],
        );
        for (const f of figures) {
          cells.push({
            type: "cell",
            id: `${meta.docId}:cell-${b.line}-${f.k}`,
            docId: meta.docId,
            table: themeOf().join(" > ") || "table",
            rowLabel: text,
            column: f.column,
            value: f.value,
            source: b.text,
            sourceStart: b.start,
            locator: blockLocator(b, themeOf(), `${clipTitle(text)}, ${f.column}`),
          });
        }
        if (TOTAL_ROW.test(text)) continue;
        // (A tracker's rows under its "Risks" parent row are risks in the measures' columns.)
        if (section && RISK_SECTION.test(section)) {
          risks.push(trackerRisk(b, header, cols, text, section, meta.docId, rowSource));
          continue;
        }
        // A rating over counts ("Late | 1", "On track | 6"): a row of a summary of the ratings, not a target.
        if (!hasRef && ratingOf(text, keys.ratings) && nonEmpty.every((c) => c === text || COUNT_CELL.test(c.trim()))) continue;
        const leading = codeOf(text);
        const codeRef = !hasRef && (codesNameRows || !!ownCode || (someCodesNameRows && !!leading && LOG_CODE.test(leading))) ? leading : undefined;
        const ref = hasRef ? rowCells[cols.ref!]! : (codeRef ?? `outcome ${++synthetic}`);
        // (A tool's list of assignees, "[Cosmo Ferrarin]": the names, not the brackets.)
        const lead = cols.lead !== undefined ? rowCells[cols.lead]?.replace(/^\[(.*)\]$/s, "$1").trim() || undefined : undefined;
        const theme = themeOf();
        const period = periodCol !== undefined ? rowCells[periodCol]?.trim() || undefined : undefined;
        lastTargetRow = i;
        targets.push({
          type: "target",
          level: "target",
          id: `${meta.docId}:${hasRef || codeRef ? ref : `outcome-${synthetic}-${slug(text, 24)}`}${period ? `@${slug(period, 24)}` : ""}`,
          ...(period ? { period } : {}),
          docId: meta.docId,
          ref,
          refIsSynthetic: !hasRef && !codeRef,
          theme,
          text: codeRef ? text.replace(ITEM_KIND, "").replace(LEADING_REF, "") : text,
          ...(lead ? { lead, ...(leadIsPerson ? { leadPerson: lead } : splitLead(lead)) } : {}),
          ...(cols.delivered !== undefined && rowCells[cols.delivered] ? { delivered: rowCells[cols.delivered] } : {}),
          ...(cols.due !== undefined && rowCells[cols.due] ? { due: rowCells[cols.due] } : {}),
          ...(cols.trend !== undefined && rowCells[cols.trend] ? { trend: keyedTrend(rowCells[cols.trend]!, keys) } : {}),
          status: status ?? null,
          ...(statusLabel ? { statusLabel } : {}),
          ...(keySpan ? { keySpan } : {}),
          ...(cols.otherStatus?.length
            ? {
                otherRatings: cols.otherStatus.map((k) => {
                  const r = readRating(ratingCells(b)[k], keys);
                  return {
                    column: header[k] ?? "",
                    status: r?.rating ?? null,
                    ...(r?.label ? { label: r.label } : rowCells[k] && !r ? { label: rowCells[k]! } : {}),
                    offset: cellOffset(rowCells, k) - quoteFrom,
                  };
                }),
              }
            : {}),
          columns: rowColumns(header, countsBefore > 0 ? rowCells.map((c, k) => (k < countsBefore ? "" : c)) : rowCells),
          ...(!status && objective?.status ? { objectiveStatus: objective.status } : {}),
          ...(cols.impact !== undefined && rowCells[cols.impact] && cols.impact !== statusIndex ? { impact: rowCells[cols.impact] } : {}),
          ...(statusIndex !== undefined ? { statusOffset: cellOffset(rowCells, statusIndex) - quoteFrom } : {}),
          ...rowSource,
          locator: blockLocator(b, theme, `${hasRef ? `target ${ref}` : ref}${period ? `, ${period}` : ""}`),
        });
      }
    }
  }
  const blocks = targetBlocks(ctx, consumed);
  targets.push(...blocks.targets);
  cells.push(...blocks.cells);
  const taken = new Set(targets.map((t) => t.sourceStart));
  targets.push(...fieldCards(ctx).filter((t) => !taken.has(t.sourceStart)));
  targets.push(...labelRowCards(ctx).filter((t) => !taken.has(t.sourceStart)));
  targets.push(...taskListItems(ctx).filter((t) => !taken.has(t.sourceStart)));
  const lanes = laneCards(ctx);
  targets.push(...lanes.targets.filter((t) => !taken.has(t.sourceStart)));
  risks.push(...lanes.risks);
  targets.push(...todoTxtItems(ctx).filter((t) => !taken.has(t.sourceStart)));
  nameInitialledLeads(doc.text, targets);
  periodsOfTabledQuarters(targets);
  return { targets, cells, risks };
}

/** A quarter a table's title names: "Q3 2311/12 (to 31 December 2311)", "Quarter 2 2026/27 – superseded". */
const TITLE_QUARTER = /\b(?:q|quarter\s*)([1-4])\b(?:\s*(\d{4}\s*\/\s*\d{2,4}))?/i;

/**
 * The same measures tabled once per quarter, each table titled by its quarter (a page's tabs "Q3 2311/12"
 * and "Q2 2311/12 – superseded"): each row is for its table's quarter, as a long export's period column
 * says, so a question is answered for the quarter asked, or the latest.
 */
function periodsOfTabledQuarters(targets: TargetRecord[]): void {
  const byRef = new Map<string, TargetRecord[]>();
  for (const t of targets) if (!t.period && !t.refIsSynthetic) byRef.set(t.ref, [...(byRef.get(t.ref) ?? []), t]);
  for (const rows of byRef.values()) {
    const quarters = rows.map((t) => TITLE_QUARTER.exec(t.theme[t.theme.length - 1] ?? ""));
    if (rows.length < 2 || quarters.some((q) => !q) || new Set(quarters.map((q) => q![0].toLowerCase())).size !== rows.length) continue;
    rows.forEach((t, k) => (t.period = quarters[k]![0]));
  }
}

/** A lead given by initials the document spells out elsewhere: their name is said beside them, "JT (Jovan Twelvetrees)". */
function nameInitialledLeads(text: string, targets: TargetRecord[]): void {
  for (const t of targets) {
    const name = t.lead && !t.leadPerson ? fullNameOfInitials(text, t.lead) : undefined;
    if (!name) continue;
    t.leadPerson = name;
    t.lead = `${t.lead} (${name})`;
  }
}

/** Words a kanban board names its lanes with: "To do", "In progress", "Waiting on others", "Done". */
const LANE_NAME = /^(?:to ?do|backlog|doing|in progress|in review|under way|underway|waiting\b.*|blocked\b.*|on hold|not started|started|ready\b.*|next|later|done|complete(?:d)?|finished|closed|archived?|dropped|parked)$/i;

/** A lane's heading, its state after what the lanes hold: "Actions – blocked" is the lane "blocked". */
const laneWord = (heading: string | undefined) => {
  const h = heading?.trim() ?? "";
  // (Its last part: "Team: Actions – blocked".)
  const after = h.split(/\s[–—-]\s|:\s/).at(-1)?.trim();
  return LANE_NAME.test(h) ? h : after && LANE_NAME.test(after) ? after : undefined;
};
/** A card on a board: a label or two, then its reference and name ("Minute 5 CDA-52 Confirm …"). */
const LANE_CARD = new RegExp(String.raw`^((?:\S+\s+){0,3}?)(${REF_SOURCE})\s+(\S[\s\S]*)$`);
/** A card's due date, as a board's badge gives it: "18 Dec", "5 Nov 2263". */
const CARD_DUE = /\s(\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*(?:\s\d{4})?)(?=\s|$)/;
/** The owner's initials a card ends with ("… 3 DA"). */
const CARD_OWNER = /\s([A-Z]{2,3})$/;
/** A board's own field on a card's front: "Likelihood: 4", "Blocker: Waiting for …". */
const CARD_FIELD = /\s(?=(?:Likelihood|Impact|Score|Trend|Blocker|Closed|Owner|Due|Status|Priority):\s)/;

/**
 * Cards of a kanban board saved as a page (lists of items under lanes "Actions – not started", "Actions –
 * in progress", "Actions – blocked", "Actions – done"): each card with a reference is a record whose state
 * is the lane it sits in, whatever its front says. Under a "Risk register" (or "Closed risks") lane, a card
 * is a risk: its coloured label its rating, its fields "Likelihood: 4", "Impact: 5", "Score: 20".
 */
function laneCards(ctx: ExtractContext): { targets: TargetRecord[]; risks: RiskRecord[] } {
  const { doc, meta, keys } = ctx;
  const items = doc.blocks.filter((b) => b.list && b.kind !== "row" && !TASK_ITEM.test(b.text));
  const lane = (b: Block) => b.headings?.at(-1)?.trim();
  const lanes = new Set(items.map(lane).filter((h) => !!laneWord(h)));
  const targets: TargetRecord[] = [];
  const risks: RiskRecord[] = [];
  if (lanes.size < 2) return { targets, risks };
  for (const b of items) {
    const heading = lane(b);
    const riskLane = !!heading && (RISK_SECTION.test(heading) || /^closed risks?$/i.test(heading));
    if (!heading || (!lanes.has(heading) && !riskLane)) continue;
    const body = b.text.replace(LIST_MARKER, "").trim();
    const m = LANE_CARD.exec(body);
    if (!m) continue;
    const [, labels, ref, rest] = m as unknown as [string, string, string, string];
    const owner = CARD_OWNER.exec(rest)?.[1];
    const fields = rest.replace(CARD_OWNER, "").split(CARD_FIELD);
    const head = fields[0]!;
    // (The last date on its front: its name may hold one, "round 3 opens on 1 February 2264".)
    const due = [...` ${head}`.matchAll(new RegExp(CARD_DUE.source, "g"))].at(-1)?.[1];
    const text = (due ? head.slice(0, head.lastIndexOf(due)) : head).trim();
    const field = (name: string) => fields.slice(1).find((f) => f.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.replace(/^[^:]+:\s*/, "").trim();
    const person = owner ? fullNameOfInitials(doc.text, owner) : undefined;
    const lead = owner ? (person ? `${owner} (${person})` : owner) : undefined;
    const at = doc.text.indexOf(body, b.start);
    const quoted = { source: body, sourceStart: at >= 0 ? at : b.start };
    const locator = blockLocator(b, [heading], ref);
    if (riskLane) {
      const label = labels.trim();
      const rating = label ? readRating(label, keys) : undefined;
      const number = (name: string) => (/^\d{1,3}$/.test(field(name) ?? "") ? Number(field(name)) : undefined);
      const closed = /^closed/i.test(heading) || !!field("Closed");
      risks.push({
        type: "risk",
        id: `${meta.docId}:${ref}`,
        docId: meta.docId,
        ref,
        description: text,
        ...(number("Likelihood") !== undefined ? { likelihood: number("Likelihood")! } : {}),
        ...(number("Impact") !== undefined ? { impact: number("Impact")! } : {}),
        ...(number("Score") !== undefined ? { score: number("Score")! } : {}),
        ...(rating?.rating && !closed ? { rating: rating.rating, band: label } : {}),
        ...(closed ? { statusLabel: field("Closed") ? `Closed ${field("Closed")}` : "Closed" } : {}),
        ...(field("Trend") ? { trend: field("Trend")! } : {}),
        ...(lead ? { owner: lead } : {}),
        ...quoted,
        locator,
      });
      continue;
    }
    const said = laneWord(heading)!;
    const rating = readRating(said, keys);
    // (Not the comment count the card's front shows after it: "Blocker: Waiting for … 3".)
    const blocker = field("Blocker")?.replace(/([^\d\s])\s+\d{1,3}$/, "$1");
    // (The board's activity says when it was moved to its lane, and by whom: "Lavinia Stoneleigh moved CDA-51
    // … from Actions – in progress to Actions – done | 25 Nov 2263, 14:20".)
    const moved = new RegExp(String.raw`^[-*\s]*([A-Z][\w'’ .-]{2,60}?) moved ${escapeRegExp(ref)}\b.*?\bto ${escapeRegExp(heading)}\b\W*(\d{1,2} [A-Z][a-z]{2,8} \d{4}(?:, \d{1,2}:\d{2})?)`, "m").exec(doc.text);
    targets.push({
      type: "target",
      level: "target",
      id: `${meta.docId}:${ref}`,
      docId: meta.docId,
      ref,
      refIsSynthetic: false,
      theme: [heading],
      text,
      ...(lead ? { lead, ...(person ? { leadPerson: person } : {}) } : {}),
      ...(due ? { due } : {}),
      ...(blocker ? { delivered: `Blocker: ${blocker}` } : moved ? { delivered: `moved to ${heading} by ${moved[1]} on ${moved[2]}` } : {}),
      status: rating?.rating ?? null,
      statusLabel: rating?.label ?? said,
      columns: ["Action", "Owner", "Due"],
      ...quoted,
      locator,
    });
  }
  return { targets, risks };
}

/**
 * The lane a task item sits in, when its heading names a lane and the board has at least two such
 * lanes (so a themed list, "Governance", "Round 1", keeps its boxes as the status).
 */
function laneOf(item: Block, items: Block[]): string | undefined {
  const heading = (b: Block) => b.headings?.at(-1)?.trim();
  const lanes = new Set(items.map(heading).filter((h): h is string => !!h && LANE_NAME.test(h)));
  const own = heading(item);
  return lanes.size >= 2 && own && lanes.has(own) ? own : undefined;
}

/** A markdown task list's item: "- [x] A27/03 Chair to write …", its box ticked (shown ☑) or not (☐). */
// (Or a notes app's to-do line, its box opening the line without a list marker: "☐ JT – award letters".)
/** A filter's option: a few words and how many results it has, "Not started (10)", "Tennick Vale (6)". */
const FILTER_FACET = /^[^()\d]{2,40}\s\(\d{1,5}\)$/;
const TASK_ITEM = /^(\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?([☐☑])\s+)([\s\S]*)$/;
/** A to-do's owner before a dash, as notes write it: "JT – award letters …", "Chair – chase the Department". */
const OWNER_DASH = /^((?:Cllr\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+[–—-]\s+(\S[\s\S]*)$/;
/** A to-do's deadline after a dash at its end: "… – by 5 March". */
const DUE_DASH = /\s+[–—-]\s+by\s+([^–—-]{3,40})$/i;
const TASK_REF = new RegExp(String.raw`^(?:~~)?(${REF_SOURCE}|[A-Z]{1,6}\/\d{1,3})\s+`);
/** An item's fields after its text: "Owner: Jo Bloggs · Due: 30 April 2027", "Update: …". */
const TASK_FIELD = /\s*(?:[·|;]\s*)?(?<![A-Za-z])_?(owner|lead|due|deadline|update|progress|done)_?::?_?\s*/gi;

/**
 * A task's fields as the Tasks plugin writes them, in signs ("⏫ 📅 2096-03-28", "✅ 2096-03-20"), as
 * words: its due and done dates; its priority sign dropped.
 */
const taskSignsAsFields = (body: string) =>
  body
    .replace(/\s*(?:⏫|🔼|🔽|⏬|🔺)\uFE0F?\s*/gu, " ")
    .replace(/\s*(?:📅|🗓)\uFE0F?\s*/gu, " · due: ")
    .replace(/\s*✅\uFE0F?\s*/gu, " · done: ");

/**
 * An action log written as a markdown task list: each item a record whose status is its box – ticked
 * "Complete", empty "Open", struck through "Dropped" – with its owner, due date and update.
 */
function taskListItems(ctx: ExtractContext): TargetRecord[] {
  const { doc, meta, keys } = ctx;
  // (A notes app's to-dos in a meeting's minutes are the minutes' actions, read there with their owners.)
  const looseBoxes = meta.kind !== "minutes";
  const items = doc.blocks.filter((b) => b.kind !== "row" && TASK_ITEM.test(b.text) && (b.list || (looseBoxes && /^\s*[☐☑]\s*\S+(?:\s+\S+){2}/.test(b.text))));
  if (items.length < 2) return [];
  // (A search page's filters are check boxes too, each a value and its count, "☑ Delayed (2)": not tasks.)
  if (items.every((b) => FILTER_FACET.test(TASK_ITEM.exec(b.text)![3]!.trim()))) return [];
  return items.map((b, k) => {
    const [, marker, box, body] = TASK_ITEM.exec(b.text)!;
    const struck = /^~~/.test(body!.trim());
    const ref = TASK_REF.exec(body!.trim())?.[1];
    // The item's own words, then its fields in the order written.
    const parts = taskSignsAsFields(body!.replace(/~~/g, "")).split(TASK_FIELD);
    // (Its tags, "#action", file it; they are not what is to be done.)
    const text = parts[0]!.replace(TASK_REF, "").replace(/(?:\s+#[\w/-]+)+\s*$/u, "").trim();
    const field = (name: RegExp) => {
      for (let i = 1; i + 1 < parts.length; i += 2) if (name.test(parts[i]!)) return parts[i + 1]!.trim() || undefined;
      return undefined;
    };
    const dashed = parts.length === 1 ? OWNER_DASH.exec(text) : null;
    const lead = field(/^(?:owner|lead)$/i) ?? dashed?.[1];
    const due = field(/^(?:due|deadline)$/i) ?? (dashed ? DUE_DASH.exec(text)?.[1]?.trim() : undefined);
    const delivered = field(/^(?:update|progress)$/i);
    // (On a kanban board the lane an item sits in is its status: "Waiting on others", "In progress".)
    const lane = laneOf(b, items);
    // (A notes app's ticked to-do, its box with no list marker, is "Done", as such apps say it.)
    const said = struck ? "Dropped" : (lane ?? (box === "☐" ? "Open" : /^\s*[☐☑]/.test(b.text) ? "Done" : "Complete"));
    const rating = readRating(said, keys);
    const theme = b.headings ?? [];
    const id = ref ?? `task ${k + 1}`;
    return {
      type: "target" as const,
      level: "target" as const,
      id: `${meta.docId}:${ref ?? `task-${k + 1}`}`,
      docId: meta.docId,
      ref: id,
      refIsSynthetic: !ref,
      theme: theme.slice(-2),
      text,
      ...(lead ? { lead, ...(/^(?:cllr\s+)?[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}(?:,|$)/i.test(lead) ? { leadPerson: lead.split(",")[0]!.trim() } : {}) } : {}),
      ...(due ? { due } : {}),
      ...(delivered ? { delivered } : {}),
      status: rating?.rating ?? null,
      statusLabel: rating?.label ?? said,
      statusOffset: marker!.trimEnd().length - 1,
      columns: ["Action", "Owner", "Due", "Update"],
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, theme.slice(-2), ref ? `action ${ref}` : text.slice(0, 60)),
    };
  });
}

/**
 * The column labels of a row's cells as its text gives them (empty cells left out, as the row's text leaves
 * them out), so that its text splits into cells that line up with them ("" where a column has no label).
 */
const rowColumns = (header: string[], cells: string[]) => cells.flatMap((c, k) => (c ? [header[k] ?? ""] : []));

/** "PP3 Housing delivery", "Target B.2 – Secure a new sport strategy", "Objective 4: …": a target's title line. */
const BLOCK_TITLE = new RegExp(String.raw`^(?:(?:target|objective|outcome|commitment|priority|kpi|measure|milestone)\s+)?(${REF_SOURCE})\s*(?:[-–—:.)·•]\s+|\s+)(\S.{2,300})$`, "i");
/** A label naming a rating for an earlier period ("Last quarter", "Previous rating", "Q1 status"). */
const EARLIER_RATING = /\b(?:last|previous|prior|earlier)\b|\bq[1-4]\b|\bquarter\s*[1-4]\b/i;

/**
 * A status line's own word, without what it points to or adds: "superseded by FT-DR-05" is "superseded",
 * "accepted, supersedes FT-DR-03" is "accepted" (a decision log's status bullets).
 */
function statusWord(value: string): string {
  const word = /^[^,;(–—]{1,40}/.exec(value)?.[0]?.replace(/\s+(?:by|on|from|since|until|in)\s.*$/i, "").trim();
  return word && word.split(/\s+/).length <= 4 ? word : value;
}

/**
 * Targets written as blocks rather than table rows: a title line with a reference, then label-value
 * lines ("Status: AMBER (at risk)", "Lead: …", "Progress: …"), as dashboards' cards and plain-text reports
 * lay them out. A block becomes a target only with a rating label; its source is the whole block.
 */
function targetBlocks(ctx: ExtractContext, consumed: Set<number>): { targets: TargetRecord[]; cells: CellRecord[] } {
  const { doc, meta, keys } = ctx;
  const out: TargetRecord[] = [];
  const cells: CellRecord[] = [];
  // ("3.08 Average Rating", a survey card's figure, is not a target's reference and title.)
  const isTitle = (b: Block) => b.kind !== "row" && !b.label && !b.list && BLOCK_TITLE.test(b.text) && !SUMMARY_FIGURE.test(b.text);
  // (Or a point of a list whose own points under it are its labels, as a deck's outline sets a table typed
  // as bullets: "• WSM-02 Weirs with a fish pass" over "– Target: 8", "– Quarter 3: 4 (Red)".)
  const isListTitle = (b: Block) => {
    const next = doc.blocks[b.index + 1];
    return b.list === true && b.kind !== "row" && !b.label && BLOCK_TITLE.test(b.text.replace(LIST_MARKER, "")) && next?.list === true && !!next.label?.value;
  };
  // A card without a reference: a heading of a few words ("Planning Capacity and Skills") over its labels.
  const isNamedCard = (b: Block) => b.kind === "heading" && !b.label && !b.list && b.text.length <= 120 && !/[.?!:]$/.test(b.text) && /[A-Za-z]{3}/.test(b.text);
  let synthetic = 0;
  // (The lines of a card read are its own: its description is not another card's name.)
  let coveredTo = -1;
  for (let i = 0; i < doc.blocks.length; i++) {
    const title = doc.blocks[i]!;
    if (i <= coveredTo) continue;
    const listed = isListTitle(title);
    const titled = listed || isTitle(title);
    if (!titled && !isNamedCard(title)) continue;
    const labels: Block[] = [];
    // (A dashboard card's figure set large alone on its line, between its name and its labels: "71%".)
    let bigFigure: string | undefined;
    // A card's text after its labels says how it is going.
    const prose: Block[] = [];
    const preamble: Block[] = [];
    const tables = new Set<number>();
    let last = title;
    for (let j = i + 1; j < Math.min(doc.blocks.length, i + 14); j++) {
      const b = doc.blocks[j]!;
      // A table of one row under the title ("Target | Actual | Status | Trend" over its figures): each
      // header names the value under it.
      const table = b.kind === "row" && b.table !== undefined ? doc.tables[b.table] : undefined;
      if (table && table.rows.length === 1 && table.header.length >= 2 && table.header.every((h) => h.trim() && h.length <= 40)) {
        if (table.rows[0] === b.index) {
          let at = 0;
          table.header.forEach((h, k) => {
            const value = b.cells?.[k];
            const offset = value ? b.text.indexOf(value, at) : -1;
            if (!value || offset < 0) return;
            at = offset + value.length;
            labels.push({ ...b, label: { name: h.trim(), value, valueOffset: offset } });
          });
        }
        tables.add(table.index);
        last = b;
        continue;
      }
      // A two-column table of labels and values under the title ("Status | Amber") is read the same way.
      const pair = b.kind === "row" ? labelCellPair(b) : undefined;
      if (pair) {
        labels.push({ ...b, label: { name: pair.name, value: pair.value, valueOffset: b.text.lastIndexOf(pair.value) } });
        if (b.table !== undefined) tables.add(b.table);
        last = b;
        continue;
      }
      if (isTitle(b) || b.kind === "row" || (b.kind === "heading" && b.marked && !b.label) || (listed && (!b.list || isListTitle(b)))) break;
      // (A card's labels come straight under its name; its prose after them ends it. A results page's card
      // may first give its tags, a line of description and its status word, then its dates: a few lines of
      // prose before the labels, if a status tag is among them.)
      if (!titled && !b.label && labels.length === 0) {
        if (j - i > MAX_CARD_PREAMBLE) break;
        preamble.push(b);
        last = b;
        continue;
      }
      // (In minutes, a sentence between a numbered minute and the next labels, "The meeting closed at
      // 3.05pm.", ends the minutes there: the labels after it are another record's, not that minute's.)
      if (meta.kind === "minutes" && titled && !labels.length && b.kind === "text" && !b.label && !b.list && /[.!?]$/.test(b.text.trim()) && b.text.trim().split(/\s+/).length >= 4) break;
      if (titled && !labels.length && !bigFigure && b.kind === "text" && !b.label && FIGURE_CELL.test(b.text.trim())) bigFigure = b.text.trim();
      if (b.label?.value) labels.push(...labelRuns(b));
      // (A status tag on its own line reads like a heading; it is the card's.)
      else if (labels.length && !b.label && isStatusTag(b.text.trim())) prose.push(b);
      else if (!titled && b.kind === "heading" && !b.label) break;
      else if (b.kind === "text" && !b.label && labels.length) prose.push(b);
      last = b;
    }
    const role = (b: Block) => columnRole(b.label!.name);
    // (Lines before the labels belong to the card only if its status tag is among them.)
    const preambleTag = labels.length >= 2 ? preamble.find((b) => STATUS_TAG.test(b.text.trim())) : undefined;
    if (preamble.length && !preambleTag) continue;
    if (preambleTag) prose.unshift(...preamble.filter((b) => b !== preambleTag && b.kind === "text" && !FIGURE_CELL.test(b.text.trim())));
    // (Or a card's status written alone on its line, as a tag: "Overdue" under "Owner:" and "Due:".)
    const tagged = preambleTag ?? (labels.length >= 2 ? prose.find((b) => b.text.length <= 30 && isStatusTag(b.text.trim())) : undefined);
    // (Or, rated period by period, "Quarter 2: 6 (Green) · Quarter 3: 9 (Red)", the latest period's rating:
    // the highest numbered, in whatever order they are written.)
    const latestPeriod = labels
      .filter((b) => PERIOD_NAME.test(b.label!.name) && readRating(b.label!.value, keys))
      .reduce<Block | undefined>((best, b) => (!best || periodNumber(b.label!.name) >= periodNumber(best.label!.name) ? b : best), undefined);
    // (A status tag, "RED" under "Quarter 1: 93% (amber)", is the card's now: the periods' are earlier.)
    const statusBlock = labels.find((b) => role(b) === "status" && !EARLIER_RATING.test(b.label!.name)) ?? (tagged ? undefined : latestPeriod) ?? (tagged ? { ...tagged, label: { name: "Status", value: tagged.text.trim(), valueOffset: tagged.text.indexOf(tagged.text.trim()) } } : undefined);
    if (!statusBlock) continue;
    if (tagged && statusBlock.index === tagged.index) prose.splice(prose.indexOf(tagged), 1);
    const rating = readRating(statusBlock.label!.value, keys);
    // Without a reference, only a card rated in the report's words and labelled otherwise too is a target.
    if (!titled && ((!rating && !tagged) || labels.length < 2)) continue;
    // (A card's reference may stand on the line above its name: "PVA-10 · agreed 3 December".)
    const above = !titled && i > 0 ? doc.blocks[i - 1]! : undefined;
    const kicker = above && above.kind !== "row" && !above.label ? KICKER_REF.exec(above.text.trim())?.[1] : undefined;
    for (const t of tables) consumed.add(t);
    const m = titled ? BLOCK_TITLE.exec(title.text.replace(listed ? LIST_MARKER : /^/, ""))! : ["", `card ${++synthetic}`, title.text];
    const value = (r: ReturnType<typeof columnRole>) => labels.find((b) => role(b) === r)?.label?.value;
    // A "Reference" line gives the card's reference ("MKT-W6" under "2.6 Digital Stalls").
    const labelledRef = value("ref")?.trim();
    const ref = labelledRef && REF_PATTERN.test(labelledRef) ? labelledRef : titled ? m[1]! : kicker;
    const from = kicker ? above! : title;
    const lead = value("lead");
    const delivered = value("progress") ?? (prose.length ? prose.map((b) => b.text).join(" ") : undefined);
    const impact = value("impactText");
    // "Last quarter: Amber", "Previous rating: G": an earlier rating, by its label and a rating value.
    const earlier = labels.filter((b) => b !== statusBlock && EARLIER_RATING.test(b.label!.name) && (role(b) === "status" || readRating(b.label!.value, keys)));
    // (Not a label line taken for a heading: "Lead officer: Jo Bloggs" of the card above.)
    const theme = (title.headings ?? []).filter((h) => h !== title.text && !/^[^:]{1,40}:\s/.test(h));
    const statusAt = statusBlock.start + (statusBlock.label!.valueOffset ?? 0);
    coveredTo = last.index;
    const trend = value("trend");
    out.push({
      type: "target",
      level: "target",
      id: `${meta.docId}:${ref ?? `card-${synthetic}-${slug(title.text, 24)}`}`,
      docId: meta.docId,
      ref: ref ?? m[1]!,
      refIsSynthetic: !ref,
      theme: theme.slice(-2),
      text: m[2]!.trim(),
      ...(lead ? { lead, ...(/^[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}(?:,|$)/.test(lead) ? { leadPerson: lead.split(",")[0]!.trim() } : splitLead(lead)) } : {}),
      ...(delivered ? { delivered } : {}),
      status: rating?.rating ?? null,
      ...(rating?.label ? { statusLabel: rating.label } : !rating ? { statusLabel: tickedOption(statusBlock.label!.value) ?? statusWord(statusBlock.label!.value!) } : {}),
      ...(rating?.keySpan ? { keySpan: rating.keySpan } : {}),
      ...(impact ? { impact } : {}),
      ...(trend ? { trend } : {}),
      // (Its figure, with the figures its labels give: "Figure: 71%; Target: 75%".)
      // (Or, in a list's card, the figures its labels give: "Target: 18 by 31 March".)
      ...(bigFigure || listed ? cardFigures(bigFigure, labels.filter((b) => b !== statusBlock && !["status", "lead"].includes(role(b) ?? "") && !EARLIER_RATING.test(b.label!.name) && /^[£$€]?\d/.test((b.label!.value ?? "").trim()))) : {}),
      ...(earlier.length
        ? {
            otherRatings: earlier.map((b) => {
              const r = readRating(b.label!.value, keys);
              return { column: b.label!.name, status: r?.rating ?? null, ...(r?.label ? { label: r.label } : {}), offset: b.start + (b.label!.valueOffset ?? 0) - title.start };
            }),
          }
        : {}),
      statusOffset: statusAt - from.start,
      columns: labels.map((b) => b.label!.name),
      source: doc.text.slice(from.start, last.start + last.text.length),
      sourceStart: from.start,
      locator: blockLocator(title, theme.slice(-2), ref ? `target ${ref}` : title.text),
    });
    // Its other figures ("Budget: £1,200,000", "Spend to date: £910,000") are values of the card's row.
    for (const [k, b] of labels.entries()) {
      // (Figures only: "£1,200,000", "64%", "12 of 20"; a progress sentence with a number in it is not one.)
      const figure = b.label!.value ?? "";
      // (A figure may name what it counts: "45 councils", "171 kWh".)
      const isFigure = /^[£$€]?\s?\d[\d,.]*(?:\s?(?:%|per cent|m|bn|k|million|billion))?(?:\s+(?:of|out of)\s+[£$€]?\d[\d,.]*)?(?:\s+[a-zA-Z]+){0,2}$/i.test(figure.trim());
      if (!isFigure || ["status", "lead"].includes(role(b) ?? "")) continue;
      cells.push({
        type: "cell",
        // (A small table's figures share their row's line.)
        id: `${meta.docId}:cell-${b.line}${b.kind === "row" ? `-${k}` : ""}`,
        docId: meta.docId,
        table: theme.slice(-1)[0] ?? meta.title,
        rowLabel: m[2]!.trim(),
        column: b.label!.name,
        value: b.label!.value!,
        // (Quoted with the card's name and the labels above it, so the figure is seen to be that card's.)
        source: doc.text.slice(title.start, b.start + b.text.length),
        sourceStart: title.start,
        locator: blockLocator(b, theme.slice(-2), `${clipTitle(m[2]!.trim())}, ${b.label!.name}`),
      });
    }
    // (A card read with the lines before its labels: those lines are its own, not the next card's name.)
    if (preambleTag) i = last.index;
  }
  return { targets: out, cells };
}

function cardFigures(bigFigure: string | undefined, labelled: Block[]): { figures?: [string, string][] } {
  const figures: [string, string][] = [...(bigFigure ? [["Figure", bigFigure] as [string, string]] : []), ...labelled.map((b) => [b.label!.name, b.label!.value!.trim()] as [string, string])];
  return figures.length ? { figures } : {};
}

/** A card's status alone on its line: a state ("Overdue", "On track") or a rating's colour ("RED"). */
const isStatusTag = (text: string) => STATUS_TAG.test(text) || !!colourRating(text);

/**
 * A label line that carries more labels after a separator, as a story page's card sets them: "Target: 95% ·
 * Quarter 1: 93% (amber)" is "Target" and "Quarter 1", each with its value.
 */
function labelRuns(b: Block): Block[] {
  const label = b.label!;
  const at = label.valueOffset ?? b.text.indexOf(label.value!);
  const runs = [...label.value!.matchAll(/\s[·•|]\s+([A-Z][\w ]{0,30}?):\s+/g)];
  if (!runs.length || at < 0) return [b];
  const out: Block[] = [];
  let name = label.name;
  let from = 0;
  for (const m of [...runs, undefined]) {
    const end = m ? m.index! : label.value!.length;
    out.push({ ...b, label: { name, value: label.value!.slice(from, end).trim(), valueOffset: at + from } });
    if (m) {
      name = m[1]!;
      from = m.index! + m[0].length;
    }
  }
  return out;
}

/** A card's reference opening the line above its name: "PVA-10 · agreed 3 December", "CR-4 | Open". */
const KICKER_REF = new RegExp(String.raw`^(${REF_SOURCE})(?:\s*[·•|–—]\s*\S.{0,60})?$`);

/** The fewest labelled lines that make a title and its lines a record. */
const MIN_CARD_FIELDS = 4;
/** How far a record of labelled lines may run (its lists and paragraphs between labels included). */
const MAX_CARD_BLOCKS = 30;
const LIST_MARKER = /^\s*(?:[-*•·▪]|\d{1,2}[.)])\s+/;
/** How many lines (tags, a description, a status word, a percentage) may stand between a card's name and its labels. */
const MAX_CARD_PREAMBLE = 6;

/**
 * Records written as a title and its labelled lines, one after another, in any layout: a record of
 * decisions ("Reference:", "Date of decision:", "Decision:", "Reasons:", "Status at 12 June 2026:
 * Superseded."), an action log written out, a list of projects. The title is whatever stands right above
 * the first label (a numbered line, a bold line); a record needs a status label and at least four labels.
 * Its status is the first words of that label's value, kept as written when they are not a rating.
 */
function fieldCards(ctx: ExtractContext): TargetRecord[] {
  const { doc } = ctx;
  const out: TargetRecord[] = [];
  const labelled = (b: Block | undefined) => !!b && b.kind !== "row" && !!b.label?.value;
  // (Records come in series: the label that opens one opens the others.)
  const uses = new Map<string, number>();
  for (const b of doc.blocks) if (labelled(b)) uses.set(b.label!.name, (uses.get(b.label!.name) ?? 0) + 1);
  for (let i = 0; i + 1 < doc.blocks.length; i++) {
    const title = doc.blocks[i]!;
    const first = doc.blocks[i + 1]!;
    if (title.kind === "row" || title.text.length > 200 || /[.;,]$/.test(title.text) || !labelled(first) || (labelled(title) && title.label!.name === first.label!.name)) continue;
    if (columnRole(first.label!.name) === "status" || (uses.get(first.label!.name) ?? 0) < 2) continue;
    // The record runs to the title of the next one: a line straight above the same first label.
    let end = i + 1;
    while (end + 1 < doc.blocks.length && end - i < MAX_CARD_BLOCKS) {
      const b = doc.blocks[end + 1]!;
      if (b.kind === "row" || (b.kind === "heading" && b.marked && !b.label) || doc.blocks[end + 2]?.label?.name === first.label!.name) break;
      end++;
    }
    const fields = doc.blocks.slice(i + 1, end + 1).filter(labelled);
    const statusBlock = fields.find((b) => /\bstatus\b/i.test(fieldNameWords(b.label!.name)));
    if (fields.length < MIN_CARD_FIELDS || !statusBlock) continue;
    const said = /^[^.,;:(–—]{1,40}/.exec(statusBlock.label!.value!)?.[0]?.trim() ?? "";
    if (!said || said.split(/\s+/).length > 4) continue;
    const value = (role: ReturnType<typeof columnRole>) => fields.find((b) => columnRole(b.label!.name) === role)?.label?.value;
    const ref = value("ref");
    const last = doc.blocks[end]!;
    // (A record whose title is a label of its own, "Form: Action", is named by its field of what is to be done.)
    const text = (labelled(title) ? value("target") : undefined) ?? title.text.replace(LIST_MARKER, "").trim();
    // (Its section, not label lines taken for headings: "Date of decision: Thursday 19 March 2026".)
    const theme = (title.headings ?? []).filter((h) => h !== title.text && !/:\s/.test(h)).slice(-2);
    out.push(
      cardTarget(ctx, out.length, { title, last, text, theme, ref, lead: value("lead"), due: dueOf(fields), said, statusOffset: statusBlock.start + (statusBlock.label!.valueOffset ?? 0) - title.start, columns: fields.map((b) => b.label!.name), locatorRow: ref ?? text }),
    );
    i = end;
  }
  return out;
}

/** A row of a label and its value: "Action ID: | DCA-12". */
const LABEL_CELL = /^[A-Z][\w '’()/&-]{0,30}:$/;
function unstruck(text: string | undefined): string | undefined {
  return text === undefined ? undefined : (/^~~([^~]+)~~$/.exec(text.trim())?.[1] ?? text);
}

/** Text struck through, written "~~old~~": no longer so. */
const STRUCK = /\s*~~[^~]*~~/g;

/**
 * Records written as a title row over rows of labels and values, one after another in one table: a list
 * alert's items ("Draft a model framework" / "Changed by …" / "Action ID: | DCA-14" / "Owner: | …" /
 * "Status: | Complete ~~In progress~~"). As with cards of labelled lines, a record needs a status label
 * and four labels or more; a value struck through is the old one and is not read.
 */
function labelRowCards(ctx: ExtractContext): TargetRecord[] {
  const { doc } = ctx;
  const out: TargetRecord[] = [];
  const cellsOf = (b: Block | undefined) => (b?.kind === "row" ? filled(b.cells) : []);
  // (A label with its value left empty is a row of the record too: "Notes: |".)
  const isLabelRow = (b: Block | undefined) => {
    const c = cellsOf(b);
    return (c.length === 2 || (c.length === 1 && (b!.cells?.length ?? 0) >= 2)) && LABEL_CELL.test(c[0]!.trim());
  };
  const isLine = (b: Block | undefined) => cellsOf(b).length === 1 && b!.text.length <= 200 && !LABEL_CELL.test(b!.text.trim());
  for (let i = 0; i + 1 < doc.blocks.length; i++) {
    const title = doc.blocks[i]!;
    if (!isLine(title)) continue;
    // (A line or two between the title and its labels: who changed it and when.)
    let first = i + 1;
    while (first < i + 3 && isLine(doc.blocks[first])) first++;
    if (!isLabelRow(doc.blocks[first])) continue;
    let end = first;
    while (isLabelRow(doc.blocks[end + 1])) end++;
    const fields = doc.blocks.slice(first, end + 1).map((b) => ({ b, name: cellsOf(b)[0]!.trim().replace(/:$/, ""), value: (cellsOf(b)[1] ?? "").replace(STRUCK, "").trim() }));
    const statusField = fields.find((f) => columnRole(f.name) === "status");
    i = end;
    if (fields.length < MIN_CARD_FIELDS || !statusField?.value) continue;
    const said = /^[^.,;:(–—]{1,40}/.exec(statusField.value)?.[0]?.trim() ?? "";
    if (!said || said.split(/\s+/).length > 4) continue;
    const value = (role: ReturnType<typeof columnRole>) => fields.find((f) => columnRole(f.name) === role)?.value || undefined;
    const ref = value("ref");
    const statusCells = statusField.b.cells ?? [];
    out.push(
      cardTarget(ctx, out.length, {
        title,
        last: doc.blocks[end]!,
        text: title.text.trim(),
        theme: (title.headings ?? []).slice(-1),
        ref,
        lead: value("lead"),
        due: fields.find((f) => /\b(?:due|deadline)\b/i.test(f.name))?.value || undefined,
        delivered: value("notes") ?? value("progress"),
        said,
        statusOffset: statusField.b.start + cellOffset(statusCells, statusCells.findIndex((c, k) => k > 0 && c.trim())) - title.start,
        columns: fields.map((f) => f.name),
        locatorRow: ref ?? clipTitle(title.text),
      }),
    );
  }
  // (An item the alert goes on to say was deleted, its title over "Deleted by …", is off the list.)
  const deleted = doc.blocks.flatMap((b, k) => (b.text.length <= 200 && /^(?:deleted|removed) by\b/i.test(doc.blocks[k + 1]?.text ?? "") ? [{ title: b.text.trim(), at: b.start }] : []));
  return out.filter((t) => !deleted.some((d) => d.title === t.text && d.at > t.sourceStart));
}

/** A record's due day as its labelled line gives it ("Due date: 31/01/2031", "DueDate: …"). */
const dueOf = (fields: Block[]) => fields.find((b) => /\b(?:due|deadline)\b/i.test(fieldNameWords(b.label!.name)))?.label?.value?.trim() || undefined;

/** A record written as a title over labelled lines or rows, its status as said: a target of the document. */
function cardTarget(
  ctx: ExtractContext,
  n: number,
  card: { title: Block; last: Block; text: string; theme: string[]; ref?: string; lead?: string; due?: string; delivered?: string; said: string; statusOffset: number; columns: string[]; locatorRow: string },
): TargetRecord {
  const { doc, meta, keys } = ctx;
  const { title, last, ref, lead } = card;
  const rating = readRating(card.said, keys);
  return {
    type: "target",
    level: "target",
    id: `${meta.docId}:${ref ? slug(ref, 24) : `record-${title.line}`}`,
    docId: meta.docId,
    ref: ref ?? `record ${n + 1}`,
    refIsSynthetic: !ref,
    theme: card.theme,
    text: card.text,
    ...(lead ? { lead, ...splitLead(lead) } : {}),
    ...(card.due ? { due: card.due } : {}),
    ...(card.delivered ? { delivered: card.delivered } : {}),
    status: rating?.rating ?? null,
    ...(rating?.label ? { statusLabel: rating.label } : !rating ? { statusLabel: card.said } : {}),
    ...(rating?.keySpan ? { keySpan: rating.keySpan } : {}),
    statusOffset: card.statusOffset,
    columns: card.columns,
    source: doc.text.slice(title.start, last.start + last.text.length),
    sourceStart: title.start,
    locator: blockLocator(title, card.theme, card.locatorRow),
  };
}

const clipTitle = (t: string) => (t.length > 60 ? `${t.slice(0, 59)}…` : t);

function cleanTitle(title: string | undefined, docTitle: string | undefined): string | undefined {
  if (!title || title === docTitle) return undefined;
  const t = title.replace(/:$/, "").trim();
  // Shouted section titles read better in sentence case: "SUPPORTING COUNCILS" -> "Supporting councils".
  return t === t.toUpperCase() && /[A-Z]/.test(t) ? t.charAt(0) + t.slice(1).toLowerCase() : t;
}
