/**
 * Lookups over targets and their RAG statuses: lists by status, the status or lead of named targets, and
 * the same target compared across reports.
 */
import type { CellRecord, RagStatus, TargetRecord } from "../../ingest/records/schema.js";
import { INITIALS, onlyNameOfInitials } from "../../ingest/records/initials.js";
import { figureBeforeRating } from "../../ingest/records/context.js";
import { CLOSED_LOG_STATE, LOG_STATE, RATINGS, STAGE_COLUMN, fieldNameWords, ratingOf, withoutSwatch } from "../../ingest/vocabulary.js";
import type { StoredDocument } from "../../index/index.js";
import { matchScore } from "../../util/similarity.js";
import { contentWords, stem } from "../../util/text.js";
import { MONTH_PATTERN, findFullDate, humanDate, monthNumber, normaliseFinancialYear, parseSlashDate } from "../../util/dates.js";
import type { Span } from "../quotes.js";
import { windowAround } from "../quotes.js";
import type { Period, TypedQuery } from "../query.js";
import { isRefRange, namedMove, parseRatingChange, topicWords } from "../query.js";
import { postHolder } from "./posts.js";
import { lookupKeyMeanings } from "./keys.js";
import { dayInPeriod, describePeriod, effectivePeriods, listPeriods, scopeByPeriods } from "./scope.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";
import { sentenceUnits } from "../extract.js";

const short = (text: string, max = 90) => (text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, "")}…`);

/** The span to cite for a target: the end of the row around its status, or its opening when it has none. */
export function targetSpan(t: TargetRecord): Span {
  // A row short enough to quote whole is quoted whole: its reference and title say which it is. (Not a
  // PDF's, whose row was rebuilt from where its text sat: a cell wrapped on to lines of its own may be
  // cut short in it.)
  if (t.source.length <= WHOLE_ROW_QUOTE && t.locator.page === undefined) return { docId: t.docId, start: t.sourceStart, end: t.sourceStart + t.source.length, locator: t.locator };
  // A target written as a block (its title's line, then its labels or a small table) is quoted from its
  // title when its rating comes early enough to be quoted with it.
  if (t.source.includes("\n") && t.statusOffset !== undefined && t.statusOffset < WHOLE_ROW_QUOTE - 40) {
    return { docId: t.docId, start: t.sourceStart, end: t.sourceStart + Math.min(t.source.length, WHOLE_ROW_QUOTE), locator: t.locator };
  }
  if (t.statusOffset !== undefined) {
    const statusLength = (t.statusLabel ?? t.status ?? "").length || 5;
    const w = windowAround(t.source, t.statusOffset, t.statusOffset + statusLength, 480, 110);
    // Start in the nearest prose cell before the status (past short cells such as the lead's name), at
    // its last sentences: a quote across few cell boundaries stays a run of the source's words even when
    // a layout put the row's cells in another order, and it still says why the rating was given.
    // [cellStart, end) is the cell before the status; short cells are passed over, two at most.
    let end = t.source.lastIndexOf(" | ", Math.max(0, t.statusOffset - 3));
    let cellStart = end > 0 ? t.source.lastIndexOf(" | ", end - 1) : -1;
    for (let hops = 0; end > 0 && cellStart >= 0 && hops < 2; hops++) {
      if (end - (cellStart + 3) > SHORT_CELL) break;
      end = cellStart;
      cellStart = t.source.lastIndexOf(" | ", end - 1);
    }
    // A row of short cells (a scorecard's figures) has no reason to quote: it is quoted whole when short.
    const onlyShortCells = end > 0 && cellStart >= 0 && end - (cellStart + 3) <= SHORT_CELL;
    // (Figures before the status say nothing without their row's name: a row whose status comes early
    // enough is quoted from its start, "Volunteer hours … | LIB-09 | … | 262 | 251 | Amber | Red | …".)
    if (onlyShortCells && t.statusOffset <= HEAD_BEFORE_STATUS) return { docId: t.docId, start: t.sourceStart, end: t.sourceStart + w.end, locator: t.locator };
    // (Short cells passed over back to the row's first: the quote starts with the row.)
    const cellFrom = end > 0 && cellStart >= 0 && !(onlyShortCells && t.source.length <= WHOLE_ROW) ? cellStart + 3 : 0;
    let start = Math.max(w.start, cellFrom);
    // A window that starts inside a long prose cell starts at its next sentence instead of mid-sentence.
    const sentence = t.source.slice(start, t.statusOffset).search(/(?<=[.!?]\s)[A-Z(£0-9]/);
    if (start > cellFrom && sentence > 0) start += sentence;
    return { docId: t.docId, start: t.sourceStart + start, end: t.sourceStart + w.end, locator: t.locator };
  }
  return { docId: t.docId, start: t.sourceStart, end: t.sourceStart + Math.min(t.source.length, 450), locator: t.locator };
}

/** A target's row no longer than this is quoted whole. */
const WHOLE_ROW_QUOTE = 480;
/** A cell this short (a name, a date) is passed over when a status quote reaches back for its reason. */
const SHORT_CELL = 40;
/** A row whose status comes no later than this, after figures, is quoted from its start. */
const HEAD_BEFORE_STATUS = 360;
/** A row of short cells no longer than this is quoted from its start. */
const WHOLE_ROW = 320;

/** The span of the opening of a target row: reference, target text and lead. */
function headSpan(t: TargetRecord): Span {
  return { docId: t.docId, start: t.sourceStart, end: t.sourceStart + Math.min(t.source.length, 420), locator: t.locator };
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘(•*-])|\s+[•*]\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The sentence of the delivery text that best says what happened: question words first, then a figure that
 * counts what the target counts ("worked with 42 councils" for "at least 25 councils"), then any figure.
 */
export function keySentence(t: TargetRecord, queryWords: string[]): string | undefined {
  if (!t.delivered) return undefined;
  const all = sentences(t.delivered);
  if (all.length === 0) return undefined;
  const targetNouns = new Set(wordsAfterFigures(t.text));
  const countsLikeTarget = (s: string) => wordsAfterFigures(s).some((w) => targetNouns.has(w));
  const scored = all.map((s, i) => ({ s, score: matchScore(queryWords, s).score + (countsLikeTarget(s) ? 1.5 : /\d/.test(s) ? 0.5 : 0) - i * 0.05 }));
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!.s;
  // The delivery text's first sentence is usually its headline: keep it beside the best one when short.
  const first = all[0]!;
  if (best !== first && best.length + first.length <= 300) return `${best} ${first}`;
  return short(best, 260);
}

/** The (stemmed) one or two words after each figure of a text: what the figures count. */
function wordsAfterFigures(text: string): string[] {
  return [...text.matchAll(/\d[\d,.]*\s*(?:%|m|bn)?\s+([a-z]{3,})(?:\s+([a-z]{3,}))?/gi)].flatMap((m) => [m[1], m[2]].filter((w): w is string => !!w).map((w) => stem(w.toLowerCase())));
}

function targetScore(t: TargetRecord, words: string[]): number {
  const theme = matchScore(words, t.theme.join(" ")).score;
  const text = matchScore(words, t.text).score;
  const delivered = t.delivered ? matchScore(words, t.delivered).score : 0;
  return theme * 1.2 + text * 1.5 + delivered * 0.3;
}

function targetDocs(ctx: LookupContext): StoredDocument[] {
  const ids = new Set(ctx.recordsOf("target").map((r) => r.docId));
  return ctx.documents.filter((d) => ids.has(d.meta.docId));
}

const refKey = (ref: string) => ref.split(".").map(Number);
const inRefRange = (ref: string, range: string) => {
  const [from, to] = range.split("-") as [string, string];
  if (!/^\d+\.\d+$/.test(ref)) return false;
  const [a, b, x] = [refKey(from), refKey(to), refKey(ref)];
  const cmp = (p: number[], q: number[]) => p[0]! - q[0]! || p[1]! - q[1]!;
  return cmp(x, a) >= 0 && cmp(x, b) <= 0;
};

/** Targets named by reference: exact ("F1"), a numbered range ("1.1-12.14"), or a family ("ASC targets"). */
function byReference(query: TypedQuery, targets: TargetRecord[]): TargetRecord[] {
  const exact = targets.filter((t) => query.refs.includes(t.ref.toUpperCase()));
  const ranged = targets.filter((t) => query.refs.some((r) => isRefRange(r) && inRefRange(t.ref, r)));
  if (exact.length || ranged.length) return [...new Set([...exact, ...ranged])];
  // A reference family: the letters of references shared by several targets, named as a word.
  // ("NCF schemes" of "NCF-05", "ncf" as typed when the letters are three or more.)
  const families = new Set(targets.map((t) => /^([A-Z]{1,4})[-\s]?\d/.exec(t.ref)?.[1]).filter((f): f is string => !!f));
  const named = [...families].filter((f) => f.length >= 2 && new RegExp(`\\b${f}s?\\b`, f.length >= 3 ? "i" : "").test(query.question));
  return named.length ? targets.filter((t) => named.some((f) => new RegExp(`^${f}[-\\s]?\\d`).test(t.ref))) : [];
}

/** A colour's name or letter, not a report's own status word. */
const COLOUR_WORD = /^(?:red|amber|green|blue|grey|gray|black|[ragb]|[ar]\/[ag]|amber\/(?:green|red)|not rated)$/i;

/** Targets of the documents in scope that the query's references or topic name. */
function selectTargets(
  query: TypedQuery,
  targets: TargetRecord[],
  mode: "filter" | "best",
  ctx: { weight?: (w: string) => number; titleWords?: string[] } = {},
): { chosen: TargetRecord[]; byMeaning: boolean; fit?: number } {
  const referenced = byReference(query, targets);
  if (referenced.length) return { chosen: referenced, byMeaning: false };
  // Words that name the table itself ("business plan outcomes", "delivered") or the report ("the business
  // plan report", "perf report") do not pick out targets.
  const columnWords = new Set([...targets.flatMap((t) => t.columns.flatMap((c) => contentWords(c).map(stem))), ...(ctx.titleWords ?? [])]);
  // (The rating asked for, "complete", is not a subject: "which transport targets are complete?")
  const asksRating = query.statuses.length > 0 || query.excludeStatuses.length > 0;
  // (Nor is the papers' own rating word asked for, "which actions are still open?".)
  const labels = new Set(query.statusLabels.flatMap((l) => contentWords(l)));
  // (Nor, in a list by status, is the noun for what the rows are: "which projects are delayed?" lists the
  // delayed rows, not rows whose words mention projects.)
  const rowNoun = mode === "filter" && (asksRating || labels.size > 0) ? stem(itemNoun(query.question)) : undefined;
  // (Nor a word of a rating's phrase, "risk" of "at risk", "track" of "off track".)
  const ofRatingPhrase = (w: string) => asksRating && ["at", "on", "off"].some((p) => new RegExp(`\\b${p}\\s+${w}\\b`, "i").test(query.question) && !!ratingOf(`${p} ${w}`));
  const words = topicWords(query.topic).filter((w) => !columnWords.has(stem(w)) && !(asksRating && ratingOf(w)) && !ofRatingPhrase(w) && !labels.has(w) && stem(w) !== rowNoun);
  if (words.length === 0) return { chosen: targets, byMeaning: false };
  // Narrowing a list looks at what a target is (theme, text), not at what its delivery text mentions.
  const scored = targets.map((t) => ({ t, score: mode === "filter" ? targetScore({ ...t, delivered: undefined }, words) : targetScore(t, words) })).filter((x) => x.score > 0);
  if (scored.length === 0) return { chosen: mode === "filter" ? targets : [], byMeaning: false };
  const best = Math.max(...scored.map((x) => x.score));
  if (mode === "filter") {
    // A theme named in the question ("adult social care") narrows a list; words found nowhere do not.
    // Either the question's words are mostly the theme's, or it names most of a theme's words ("housing +
    // inclusive growth sections": two themes).
    const names = (theme: string) => matchScore(words, theme).fraction >= 0.5 || (contentWords(theme).length > 0 && matchScore(contentWords(theme), words.join(" ")).fraction >= 0.5);
    const themed = targets.filter((t) => t.theme.some(names) || names(t.theme.join(" ")));
    if (themed.length) return { chosen: themed, byMeaning: true };
    if (best < 1.5) return { chosen: targets, byMeaning: false };
    return { chosen: scored.filter((x) => x.score >= best * 0.6).map((x) => x.t), byMeaning: true };
  }
  // The best target must carry the question's subject (its rarer words), not a stray word of it.
  const weight = ctx.weight ? { weight: ctx.weight } : {};
  const top = scored.sort((a, b) => b.score - a.score)[0]!.t;
  const fit = matchScore(words, `${top.theme.join(" ")} ${top.text} ${top.delivered ?? ""}`, { equivalents: 0.6, ...weight }).fraction;
  if (fit < 0.5) return { chosen: [], byMeaning: true };
  // A target that names the subject as the question words it ("support line") fits better than one that
  // has its words apart: another report's nearest target then gives way.
  const plain = ` ${top.text.toLowerCase().replace(/[^a-z0-9]+/g, " ")} `;
  const phrased = words.slice(1).some((w, k) => plain.includes(` ${words[k]!.toLowerCase()} ${w.toLowerCase()} `));
  const oneAsked = (query.intent === "target_status" || query.intent === "target_lead") && !/\bover time\b|\bacross\b|\btrend|\bcompar|\beach (?:report|year|quarter)\b|\bsince\b/i.test(query.question);
  // So does one whose own words carry the subject, not only the account of its delivery.
  const ownFit = matchScore(words, `${top.theme.join(" ")} ${top.text}`, { equivalents: 0.6, ...weight }).fraction;
  return {
    // (Only for one target asked about: a question across reports, "over time", wants each report's.)
    fit: fit + (oneAsked ? (phrased ? 0.3 : 0) + (ownFit >= fit ? 0.25 : 0) : 0),
    chosen: scored
      .filter((x) => x.score >= best * 0.75)
      .sort((a, b) => b.score - a.score)
      .slice(0, 4)
      .map((x) => x.t),
    byMeaning: true,
  };
}

/** "Actions from the November meeting", "the last meeting's actions". */
// (The meeting may be named by its body, "actions from the sept tg", "from the March board".)
const FROM_MEETING = /\bfrom\s+(?:the\s+)?(?:[\w/.,'-]+\s+){0,4}?(?:meeting|board|committee|panel|(?:task|working)\s+group|tg|wg|forum)\b|\bmeeting'?s\s+actions\b/i;
const ACTIONS_ASKED = /\bactions?\b/i;

/** A row of an actions table: its table is titled by actions, or its text column is "Action". */
function isActionRow(t: TargetRecord): boolean {
  // (Or a record with its own "Action ID", a list's item.)
  return t.theme.some((th) => /\bactions?\b/i.test(th)) || t.columns.some((c) => /^\s*actions?(?:\s+(?:id|ref\.?|reference|no\.?|number))?\s*$/i.test(c));
}

/**
 * The rows of tables titled by the meeting the question names ("Table 2: Actions from the meeting of 23
 * November 2163" for "actions from the nov meeting"), in whatever paper they are reported.
 */
function rowsOfMeetingAsked(query: TypedQuery, ctx: LookupContext): TargetRecord[] {
  const periods = effectivePeriods(query.periods).filter((p) => p.kind !== "latest");
  if (!periods.length || !FROM_MEETING.test(query.question)) return [];
  const meetingDay = (title: string) => (/\bmeeting\b/i.test(title) ? (findFullDate(title)?.iso ?? parseSlashDate(title)) : undefined);
  // (Or whose references are the actions the meeting's minutes record, an actions table under them.)
  const agreed = new Set(
    ctx.recordsOf("minute").flatMap((m) => (periods.some((p) => dayInPeriod(m.meetingDate, p)) ? m.actions.flatMap((a) => (a.ref ? [a.ref] : [])) : [])),
  );
  const rows = ctx.recordsOf("target").filter((t) => (!t.refIsSynthetic && agreed.has(t.ref)) || t.theme.some((title) => {
    const day = meetingDay(title);
    return !!day && periods.some((p) => dayInPeriod(day, p));
  }));
  // (An action the minutes give no status, whose progress another paper tracks by its reference, a work
  // programme exported since: its row there, which says where it stands; the latest such paper's.)
  const dateOf = (t: TargetRecord) => ctx.docById.get(t.docId)?.meta.date ?? "";
  const tracked = rows.map((t) => {
    if (t.status || t.statusLabel || t.refIsSynthetic) return t;
    const tracking = ctx.recordsOf("target").filter((u) => u.docId !== t.docId && !u.refIsSynthetic && u.ref === t.ref && (u.status || u.statusLabel));
    return tracking.sort((a, b) => dateOf(b).localeCompare(dateOf(a)))[0] ?? t;
  });
  return [...new Set(tracked)];
}

function notCovered(query: TypedQuery, docs: StoredDocument[], what: string): Finding {
  const scope = scopeByPeriods(docs, query.periods);
  const asked = scope.unmatched.map(describePeriod).join(" or ");
  return {
    ...emptyFinding(),
    notFound: `The papers I hold have no ${what} for ${asked}. I have ${what} for ${listPeriods(docs)}.`,
  };
}

/** A rating as the report writes it, with its colour: "Off track (Red)", "Green". */
/** ("(R)" is written R beside its colour: "R (Red)".) */
const unbracket = (label: string) => label.replace(/^[([]\s*([^()[\]]{1,12}?)\s*[)\]]$/, "$1");
/**
 * A key's word that is its colour's own name ("Green" rated Green) is said once; so is a figure that gives
 * its colour in brackets, "4 weirs, behind plan (Red)", said as written.
 */
const sameWord = (label: string, status: string) => label.trim().toLowerCase() === status.toLowerCase() || colourInBrackets(label, status);
const colourInBrackets = (label: string, status: string) => label.trim().toLowerCase().endsWith(`(${status.toLowerCase()})`);
// (A row of a long export says which period its rating is for: "outside tolerance (Red) in 2086/87 Q2".)
const statusText = (t: TargetRecord) =>
  (t.status ? (t.statusLabel && !sameWord(unbracket(withoutSwatch(t.statusLabel)), t.status) ? `${unbracket(withoutSwatch(t.statusLabel))} (${t.status})` : t.statusLabel && colourInBrackets(t.statusLabel, t.status) ? t.statusLabel.trim() : t.status) : (statusAsWritten(t) ?? t.statusLabel ?? (t.objectiveStatus ? `no rating of its own (its objective is ${t.objectiveStatus})` : "no rating"))) +
  (t.period ? ` in ${t.period}` : "");

/** An unrated status line as written, when it says more than its word: "superseded by FT-DR-05". */
function statusAsWritten(t: TargetRecord): string | undefined {
  if (t.statusOffset === undefined || !t.statusLabel) return undefined;
  const written = t.source.slice(t.statusOffset).split(/\n| \| /)[0]!.trim();
  return written.length > t.statusLabel.length && written.length <= 80 && written.toLowerCase().startsWith(t.statusLabel.toLowerCase()) ? written : undefined;
}

/** What a report calls a colour, when its rows all use one word for it: "Off track (Red)". */
function ratingName(status: RagStatus, targets: TargetRecord[]): string {
  const words = new Set(targets.filter((t) => t.status === status).map((t) => t.statusLabel ?? ""));
  const [only] = [...words];
  return words.size === 1 && only && !sameWord(unbracket(only), status) ? `${unbracket(only)} (${status})` : status;
}

/**
 * A report with a row per target per period (a "long" export) answers for the period asked about: each
 * target's row for that period, or, when none is asked, its latest row (the last the report gives).
 * Records of one row per target pass as they are.
 */
/** A period's place in time when it names a quarter ("Q3 2311/12" → 2311 × 4 + 3), else 0. */
function periodOrder(period: string | undefined): number {
  const m = /\bq(?:uarter\s*)?([1-4])\b(?:\s*(\d{4}))?/i.exec(period ?? "");
  return m ? Number(m[2] ?? 0) * 4 + Number(m[1]) : 0;
}

export function forPeriodsAsked(records: TargetRecord[], periods: Period[]): TargetRecord[] {
  if (!records.some((t) => t.period)) return records;
  const asked = periods.filter((p) => p.kind === "quarter" || p.kind === "month");
  const latest = new Map<string, TargetRecord>();
  for (const t of records) {
    if (!t.period) continue;
    const key = `${t.docId}\u0000${t.ref}`;
    const seen = latest.get(key);
    // (The later quarter, when both name one, "Q3 2311/12" over "Q2 2311/12"; else the later row.)
    // (A rated row over a later one that gives only its target: the quarters to come are the plan.)
    const order = seen ? (t.status ? 1 : 0) - (seen.status ? 1 : 0) || periodOrder(t.period) - periodOrder(seen.period) : 0;
    if (!seen || order > 0 || (order === 0 && t.sourceStart > seen.sourceStart)) latest.set(key, t);
  }
  return records.filter((t) => !t.period || (asked.length ? asked.some((p) => headerNames(t.period!, p)) : latest.get(`${t.docId}\u0000${t.ref}`) === t));
}

/**
 * A long export's rows for the period asked, each given its row for the period compared with as an earlier
 * rating ("what got worse between q1 and q2?": each measure's Q2 row, with its Q1 rating as "Q1"). (Its
 * offset is of no use: the earlier rating is in a row of its own.)
 */
function withEarlierPeriodRows(records: TargetRecord[], baseline: Period[], asked: Period[]): TargetRecord[] {
  const rows = records.filter((t) => t.period && t.status);
  return forPeriodsAsked(rows, asked).flatMap((t) => {
    const before = rows.find((e) => e.docId === t.docId && e.ref === t.ref && e !== t && baseline.some((p) => headerNames(e.period!, p)));
    return before ? [{ ...t, otherRatings: [...(t.otherRatings ?? []), { column: before.period!, status: before.status, label: before.statusLabel ?? before.status ?? "", offset: 0 }] }] : [];
  });
}

/** A heading over a part of a plan: "Workstream 5 – Partnerships", "Strand B: Prevention". */
const WORKSTREAM = /\b(?:workstreams?|work ?strands?|strands?)\b/i;

/**
 * The rows under the heading of the workstream the question names ("the partnerships workstream" of rows
 * under "Workstream 5 – Partnerships (added 17 September 2047)"): the headings that say "workstream" and
 * most of the question's other words. Empty unless the question names a workstream.
 */
function ofWorkstreamNamed(query: TypedQuery, targets: TargetRecord[]): TargetRecord[] {
  if (!WORKSTREAM.test(query.question)) return [];
  const words = new Set(topicWords(query.topic).filter((w) => !WORKSTREAM.test(w)).map(stem));
  const fit = (h: string) => (WORKSTREAM.test(h) ? contentWords(h).filter((w) => words.has(stem(w))).length : 0);
  const best = Math.max(0, ...targets.flatMap((t) => t.theme.map(fit)));
  return best > 0 ? targets.filter((t) => t.theme.some((h) => fit(h) === best)) : [];
}

/** Does a column header name the period asked about ("Q1 status" for Q1, "Rating Sep 21" for September)? */
function headerNames(header: string, p: Period): boolean {
  if (p.kind === "quarter") {
    if (!new RegExp(`\\bq(?:uarter)?\\s*${p.quarter}\\b`, "i").test(header)) return false;
    const fy = /(\d{2,4}\s*[/-]\s*\d{2,4})/.exec(header)?.[1];
    return !fy || !p.financialYear || normaliseFinancialYear(fy) === p.financialYear;
  }
  if (p.kind === "month" && p.iso) {
    const month = humanDate(p.iso).split(" ")[0]!;
    return new RegExp(`\\b${month.slice(0, 3)}`, "i").test(header);
  }
  // ("2244 rating" names the year 2244.)
  if (p.kind === "year" && p.year) return new RegExp(`\\b${p.year}\\b(?![/-]\\d)`).test(header);
  return false;
}

/**
 * Ratings a report gives for another period in a column of its own ("Q1 status" in the Q2 report): the
 * answer when no report is for the period asked about.
 */
function ratingsOfAnotherPeriod(query: TypedQuery, ctx: LookupContext, docs: StoredDocument[]): Finding | undefined {
  const periods = query.periods.filter((p) => p.kind === "quarter" || p.kind === "month");
  if (periods.length === 0) return undefined;
  const targets = ctx.recordsOf("target").filter((r) => !!r.otherRatings?.some((o) => periods.some((p) => headerNames(o.column, p))));
  if (targets.length === 0) return undefined;
  const { chosen } = query.refs.length ? { chosen: byReference(query, targets) } : selectTargets(query, targets, query.intent === "list_by_status" ? "filter" : "best", ctx);
  const finding = emptyFinding();
  for (const t of chosen.slice(0, 25)) {
    const other = t.otherRatings!.find((o) => periods.some((p) => headerNames(o.column, p)))!;
    if (query.statuses.length && (!other.status || !query.statuses.includes(other.status))) continue;
    const rating = other.status ? (other.label ? `${other.label} (${other.status})` : other.status) : (other.label ?? "no rating");
    const meta = ctx.docById.get(t.docId)!.meta;
    finding.lines.push(`• ${t.refIsSynthetic ? "" : `${t.ref} `}${short(t.text, 90)}: ${rating} in the "${other.column}" column of ${meta.title} (now ${statusText(t)}).`);
    finding.rows.push(t);
    const at = t.sourceStart + other.offset;
    finding.evidence.push({ docId: t.docId, start: Math.max(t.sourceStart, at - 200), end: Math.min(t.sourceStart + t.source.length, at + 60), locator: t.locator });
  }
  if (finding.rows.length === 0) return undefined;
  finding.assumptions.push(`No report I hold is for ${periods.map((p) => p.label).join(" or ")}; ${docs.length === 1 ? "this report gives" : "these reports give"} the earlier rating in a column of its own.`);
  return finding;
}

/** Words any rating column's header may have: they do not say which rating it is. */
const RATING_HEADER_WORD = /^(?:health|status|rating|rag|overall|current|latest|project|programme|colou?r|u)$/i;

/** A rating's colour as a question puts it before the column it rates: "red", "amber", "rated". */
const RATING_BEFORE = String.raw`(?:red|amber|green|yellow|blue|gr[ae]y|rated)`;
/** A rating's name as a question puts it after the column's own words: "schedule health", "budget RAG". */
const RATING_AFTER = String.raw`(?:health|rating|status|rag|colou?r)`;

/**
 * Rows as the rating column the question names rates them ("which schemes are amber on budget?",
 * "any red timeline health?" of a list rating overall, timeline, budget and scope health side by side):
 * each row's rating is that column's. The column is named by its own words beside a rating's ("amber on
 * budget", "budget health"), not by a word the question uses for something else ("which red projects
 * cost the most?"). Undefined when the question names none of the rows' other rating columns.
 */
function ratedByColumnAsked(query: TypedQuery, targets: TargetRecord[]): { targets: TargetRecord[]; column: string } | undefined {
  // (Each column's header is tested once: a long export's rows share a few columns, asked per question.)
  const named = new Map<string, boolean>();
  const names = (column: string) => {
    const known = named.get(column);
    if (known !== undefined) return known;
    const own = contentWords(fieldNameWords(column).toLowerCase()).filter((w) => !RATING_HEADER_WORD.test(w));
    const words = own.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
    const says = own.length > 0 && new RegExp(`\\b${RATING_BEFORE}\\s+(?:(?:on|for|in)\\s+)?(?:the\\s+)?${words}\\b|\\b${words}\\s+${RATING_AFTER}\\b`, "i").test(query.question);
    named.set(column, says);
    return says;
  };
  // (Or whose words are asked for, "which schemes are paused?", where the rows' first rating has none of them.)
  const labels = query.statusLabels.map((l) => l.toLowerCase());
  const saysLabel = (o: { label?: string }) => !!o.label && labels.includes(o.label.trim().toLowerCase());
  const firstSays = targets.some((t) => t.statusLabel && labels.includes(withoutSwatch(t.statusLabel).trim().toLowerCase()));
  const column =
    targets.flatMap((t) => t.otherRatings ?? []).find((o) => o.status && names(o.column))?.column ??
    (firstSays ? undefined : targets.flatMap((t) => t.otherRatings ?? []).find(saysLabel)?.column);
  if (!column) return undefined;
  // (Only the reports that rate by that column: the others' rows say nothing of it.)
  const rating = new Set(targets.filter((t) => t.otherRatings?.some((o) => o.column === column)).map((t) => t.docId));
  const rated = targets.filter((t) => rating.has(t.docId)).map((t) => {
    const other = t.otherRatings?.find((o) => o.column === column);
    if (!other) return t;
    const { statusLabel: _ownLabel, ...rest } = t;
    return { ...rest, status: other.status, ...(other.label ? { statusLabel: other.label } : {}), statusOffset: other.offset };
  });
  return { targets: rated, column };
}

/** The financial year after "2027/28": "2028/29". */
function nextYear(fy: string): string {
  const start = Number(fy.slice(0, 4)) + 1;
  return `${start}/${String(start + 1).slice(2)}`;
}

/** A move named by its two ratings: "from on track to slipping", "from green to amber". */
/** How good a rating is, for telling a drop from a rise (Not rated has no place). */
const RATING_RANK: Partial<Record<RagStatus, number>> = { Blue: 6, Green: 5, "Amber/Green": 4, Amber: 3, "Amber/Red": 2, Red: 1 };

/**
 * Targets whose rating changed since the earlier one the report gives beside it ("Last quarter: Amber"),
 * when the question asks what dropped, improved or changed since then.
 */
const norm = (label: string) => label.trim().toLowerCase();

/**
 * The document's status words ranked as its key lists them, best first (a higher number is better, as in
 * RATING_RANK), when the key's lines open with them ("On track | Delivering to the agreed profile",
 * "Delayed – behind profile") and its colours say which way the list runs; else undefined.
 */
function keyOrder(docId: string, targets: TargetRecord[], ctx: LookupContext): Map<string, number> | undefined {
  const text = ctx.textOf?.(docId);
  if (!text) return undefined;
  const rated = new Map<string, RagStatus>();
  for (const t of targets.filter((x) => x.docId === docId)) {
    if (t.statusLabel && t.status) rated.set(norm(withoutSwatch(t.statusLabel)), t.status);
    for (const o of t.otherRatings ?? []) if (o.label && o.status) rated.set(norm(o.label), o.status);
  }
  const at = new Map<string, number>();
  for (const label of rated.keys()) {
    const line = new RegExp(`(?:^|\\n)${label.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\s*(?:\\||–|—|-|:|=)\\s*\\S`, "i").exec(text);
    if (line) at.set(label, line.index);
  }
  // (Which way the key runs: its colours, from one of another colour to the next.)
  const placed = [...at.keys()].sort((a, b) => at.get(a)! - at.get(b)!);
  const ranks = placed.map((l) => RATING_RANK[rated.get(l)!] ?? 0);
  const falling = ranks.some((r, k) => k > 0 && r < ranks[k - 1]!);
  const rising = ranks.some((r, k) => k > 0 && r > ranks[k - 1]!);
  if (falling === rising) return undefined;
  return new Map(placed.map((l, k) => [l, falling ? placed.length - k : k + 1]));
}

function ratingChanges(query: TypedQuery, targets: TargetRecord[], ctx: LookupContext, baseline: (o: { column: string }, t: TargetRecord) => boolean = () => true): Finding | undefined {
  const direction = query.ratingChange ?? parseRatingChange(query.question);
  // "Has FWC-2.3 got worse since Q1?": that target's move, whichever way it went (or none).
  const named = targets.filter((t) => query.refs.includes(t.ref.toUpperCase()));
  const compared = (named.length ? named : targets).filter((t) => t.otherRatings?.some((o) => o.status && t.status && baseline(o, t)));
  // ("between sept and nov": the ratings whose earlier column is a month the question names, when some are.)
  const months = [...query.question.matchAll(new RegExp(`\\b${MONTH_PATTERN}\\b`, "gi"))].map((m) => monthNumber(m[0]));
  const ofMonths = compared.filter((t) => t.otherRatings!.some((o) => { const m = new RegExp(`^${MONTH_PATTERN}`, "i").exec(o.column.trim()); return !!m && months.includes(monthNumber(m[0])); }));
  const withEarlier = ofMonths.length ? ofMonths : compared;
  if (!direction || withEarlier.length === 0) return undefined;
  // "gone from on track to slipping": only that move.
  const [wasAsked, nowAsked] = namedMove(query.question) ?? [undefined, undefined];
  const finding = emptyFinding();
  const moves = withEarlier.flatMap((t) => {
    const before = t.otherRatings!.find((o) => o.status && baseline(o, t))!;
    const [from, to] = [RATING_RANK[before.status!], RATING_RANK[t.status!]];
    if (from === undefined || to === undefined) return [];
    // (Two words of one colour, "Delayed" then "At risk", are ordered as the document's key lists them.)
    const within = from === to && before.label && t.statusLabel ? keyOrder(t.docId, withEarlier, ctx) : undefined;
    const [fromAt, toAt] = within ? [within.get(norm(before.label!)), within.get(norm(withoutSwatch(t.statusLabel!)))] : [undefined, undefined];
    if (from === to && fromAt !== undefined && toAt !== undefined && fromAt !== toAt) {
      const way = toAt < fromAt ? "down" : "up";
      if (wasAsked && nowAsked) return [];
      return direction === "any" || direction === way || named.length ? [{ t, before, way }] : [];
    }
    if (from === to) return named.length ? [{ t, before, way: "same" }] : [];
    const way = to < from ? "down" : "up";
    if (wasAsked && nowAsked) return before.status === wasAsked && t.status === nowAsked ? [{ t, before, way }] : [];
    return direction === "any" || direction === way || named.length ? [{ t, before, way }] : [];
  });
  for (const [docId, group] of byDoc(moves.map((m) => m.t))) {
    const meta = ctx.docById.get(docId)!.meta;
    const column = moves.find((m) => m.t.docId === docId)!.before.column;
    const moved = { down: "dropped", up: "improved", same: "did not change", any: "changed" } as const;
    finding.lines.push(
      named.length
        ? `In the ${meta.period} report, against "${column}":`
        : `In the ${meta.period} report, ${group.length} ${group.length === 1 ? `${itemNoun(query.question)}'s rating` : `${itemNoun(query.question)}s' ratings`} ${moved[direction]} against "${column}":`,
    );
    for (const m of moves.filter((x) => x.t.docId === docId)) {
      finding.lines.push(`• ${m.t.ref} ${short(m.t.text, 80)}: ${m.before.label ?? m.before.status} → ${statusText(m.t)}${named.length ? ` (${moved[m.way as keyof typeof moved]})` : ""}`);
      finding.rows.push(m.t);
      finding.evidence.push(targetSpan(m.t));
    }
  }
  if (finding.rows.length === 0) finding.lines.push(`No target's rating ${direction === "down" ? "dropped" : direction === "up" ? "improved" : "changed"} against the earlier rating the report gives.`);
  return finding;
}

/** "was NR last quarter", "which were red in the previous report": the rating asked is the earlier one. */
const EARLIER_ASKED = /\b(?:was|were|had been)\b[^?.]{0,40}\b(?:last|previous|prior|earlier)\b|\b(?:last|previous|prior)\s+(?:quarter|qtr|time|period|report)\b[^?.]{0,30}\b(?:was|were)\b/i;

/**
 * Targets whose earlier rating (a column of its own beside the current one) was the one asked, with their
 * rating now and the sentence of their progress that says most about the question (often why).
 */
function earlierRatings(query: TypedQuery, chosen: TargetRecord[], wanted: RagStatus[]): Finding | undefined {
  const hits = chosen.flatMap((t) => {
    const before = t.otherRatings?.find((o) => o.status && wanted.includes(o.status));
    return before ? [{ t, before }] : [];
  });
  if (hits.length === 0) return undefined;
  const finding = emptyFinding();
  const words = contentWords(query.question);
  for (const { t, before } of hits.slice(0, 25)) {
    const key = keySentence(t, words);
    finding.lines.push(`• ${t.refIsSynthetic ? "" : `${t.ref} `}${short(t.text, 100)}: ${before.label ?? before.status} in the "${before.column}" column; now ${statusText(t)}.${key ? ` ${key}` : ""}`);
    finding.rows.push(t);
    finding.evidence.push(targetSpan(t), ...keyEvidence([t]));
  }
  return finding;
}

/** A sentence of the report that states every one of the counts beside its rating word. */
function countStatement(docId: string, counts: { n: number; name: string }[], ctx: LookupContext): Span | undefined {
  const text = ctx.textOf?.(docId);
  if (!text) return undefined;
  const words = counts.map((c) => c.name.replace(/\s*\((?:Green|Amber|Red|Blue|Amber\/Green|Amber\/Red|Not rated)\)$/, "").toLowerCase());
  for (const m of text.matchAll(/[^.\n]*\d[^.\n]*[.\n]/g)) {
    const sentence = m[0];
    const lower = sentence.toLowerCase();
    const numbersStated = counts.every((c) => new RegExp(`(?<![\\d.,])${c.n}(?![\\d,])`).test(sentence));
    if (numbersStated && words.every((w) => lower.includes(w))) {
      const start = m.index! + (sentence.length - sentence.trimStart().length);
      const end = m.index! + sentence.trimEnd().length;
      return { docId, start, end, locator: ctx.locate?.(docId, start) ?? { section: [] } };
    }
  }
  return undefined;
}

/**
 * The rows of a report's own key that turned its rating words into colours, once each; and, for an item of
 * a table read the other way round, the rows naming it and its lead.
 */
function keyEvidence(targets: TargetRecord[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const t of targets) {
    for (const [start, length] of t.itemRows ?? []) {
      if (seen.has(`${t.docId}:${start}`)) continue;
      seen.add(`${t.docId}:${start}`);
      out.push({ docId: t.docId, start, end: start + length, locator: t.locator });
    }
    if (!t.keySpan || seen.has(`${t.docId}:${t.keySpan[0]}`)) continue;
    seen.add(`${t.docId}:${t.keySpan[0]}`);
    out.push({ docId: t.docId, start: t.keySpan[0], end: t.keySpan[0] + t.keySpan[1], locator: { ...t.locator, row: "rating key" } });
  }
  return out;
}

function byDoc(targets: TargetRecord[]): Map<string, TargetRecord[]> {
  const groups = new Map<string, TargetRecord[]>();
  for (const t of targets) groups.set(t.docId, [...(groups.get(t.docId) ?? []), t]);
  return groups;
}

/** A question asking where one item stands: "is it done yet?", "any progress on …?", "what's the latest on …?". */
const ASKS_STANDING = /\b(?:done|finished|complete[d]?|yet|progress|latest|update|where (?:is|are|has|have)|how (?:is|are) .{1,40} going)\b/i;

/** A status word asking what is not yet closed. */
const OPEN_WORD = /^(?:open|outstanding|still open|not (?:yet )?(?:done|closed|complete|completed))$/i;

/** Still open: rated, and neither complete nor closed by its label. */
function isOpen(t: TargetRecord): boolean {
  const label = t.statusLabel ? withoutSwatch(t.statusLabel).trim() : "";
  return (!!t.status || !!label) && t.status !== "Blue" && !CLOSED_LOG_STATE.test(label);
}

/** "Which actions from the nov meeting are overdue?", "any actions past their due date?". */
export const ASKS_OVERDUE = /\boverdue\b|\bpast (?:their|its|the) (?:due|deadline)\b|\bmissed (?:their|its|the) (?:due date|deadline)\b/i;

/** A due day as a log writes it, "31/01/2031" or "31 January 2031", in ISO form. */
const dueDay = (due: string) => parseSlashDate(due.trim().split(/\s+/)[0] ?? "") ?? findFullDate(due)?.iso;

/**
 * "Which actions from the nov meeting are overdue?" of a log that says only each action's due day and
 * state: the actions still open whose due day had passed by the day their document was written (an
 * export's date), said as at that day. Undefined unless the rows asked about give due days.
 */
export function overdueItems(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const ofMeeting = rowsOfMeetingAsked(query, ctx);
  const rows = (ofMeeting.length ? ofMeeting : ctx.recordsOf("target").filter(isActionRow)).filter((t) => t.due && dueDay(t.due));
  if (rows.length < 2) return undefined;
  // (A meeting's minutes exported later with their actions' states, "…-minutes-and-actions-2031-03-04",
  // say them as at the export's day, which their file's name gives.)
  const asAt = (t: TargetRecord) => {
    const date = ctx.docById.get(t.docId)?.meta.date ?? "";
    const named = [...t.docId.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)].map((m) => m[0]).sort().pop();
    const days = [date, named].filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    return days.pop();
  };
  const dated = rows.filter((t) => asAt(t));
  const late = dated.filter((t) => isOpen(t) && dueDay(t.due!)! < asAt(t)!);
  if (!dated.length) return undefined;
  const finding = emptyFinding();
  for (const [docId, list] of byDoc(late)) {
    const meta = ctx.docById.get(docId)!.meta;
    const noun = itemNoun(query.question);
    finding.lines.push(`As at ${humanDate(asAt(list[0]!)!)} (${meta.title}), ${list.length} ${list.length === 1 ? `${noun} was` : `${noun}s were`} still open past ${list.length === 1 ? "its" : "their"} due date:`);
    for (const t of list.slice(0, 25)) finding.lines.push(`• ${t.refIsSynthetic ? "" : `${t.ref} `}${short(t.text, 90)} — due ${t.due}, ${statusText(t)}`);
    finding.evidence.push(...list.map(targetSpan));
    finding.rows.push(...list);
  }
  if (!late.length) {
    finding.lines.push(`None was open past its due date as at the papers' own dates: ${dated.filter(isOpen).length} still open, none due before then.`);
    finding.rows.push(...dated.slice(0, 10));
    finding.evidence.push(...dated.slice(0, 3).map(targetSpan));
  }
  finding.assumptions.push("Overdue read as still open after the due day the log gives, at the date of the paper that holds it.");
  return finding;
}

/** Whether a row's lead is the person (by full name, or by surname where the lead cell gives one). */
function ledBy(t: TargetRecord, person: string): boolean {
  const surname = person.trim().split(/\s+/).pop()!.toLowerCase();
  return [t.leadPerson, t.lead].some((l) => !!l && (l.toLowerCase().includes(person.toLowerCase()) || new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(l)));
}

/**
 * The board a document is of: its own, else the one its title names by initials ("OHITG Delivery Tracker"
 * of the Oral Health Improvement Task Group, another paper's board).
 */
function boardOf(doc: StoredDocument, ctx: LookupContext): string | undefined {
  if (doc.meta.board) return doc.meta.board;
  const capitals: string[] = doc.meta.title.match(/\b[A-Z]{3,8}\b/g) ?? [];
  if (capitals.length === 0) return undefined;
  return boardsByInitials(ctx.documents).find(([initials]) => capitals.includes(initials))?.[1];
}

/** The corpus's boards by their initials, gathered once per set of documents (this is asked per question). */
const initialsCache = new WeakMap<StoredDocument[], [string, string][]>();
function boardsByInitials(documents: StoredDocument[]): [string, string][] {
  let found = initialsCache.get(documents);
  if (!found) {
    const boards = [...new Set(documents.map((d) => d.meta.board).filter((b): b is string => !!b))];
    found = boards.map((b) => [b.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join(""), b]);
    initialsCache.set(documents, found);
  }
  return found;
}

/** The quarter a column names: "Actual Q2", "Health at Q1", "Quarter 3". */
const columnQuarter = (column: string) => Number(/\b(?:q|quarter\s*)([1-4])\b/i.exec(column)?.[1] ?? 0);
/** A target's quarters that its row has columns for. */
const quarterly = (t: TargetRecord) => t.columns.map(columnQuarter).filter((q) => q > 0);
/** The one quarter a question asks for, by its number. */
const quarterAskedOf = (query: TypedQuery) => {
  const asked = query.periods.filter((p) => p.kind === "quarter" && p.quarter).map((p) => p.quarter!);
  return asked.length === 1 ? asked[0] : undefined;
};
/** The targets a question names by their references. */
const targetsNamed = (query: TypedQuery, ctx: LookupContext) => {
  const refs = new Set(query.refs);
  return refs.size ? ctx.recordsOf("target").filter((t) => !t.refIsSynthetic && refs.has(t.ref.toUpperCase())) : [];
};

/** "What was PPM-03 at q1?" of a report with a column for that quarter ("Actual Q1"): that target's row. */
export function quarterHeld(query: TypedQuery, ctx: LookupContext): boolean {
  const asked = quarterAskedOf(query);
  if (!asked) return false;
  if (targetsNamed(query, ctx).some((t) => quarterly(t).includes(asked))) return true;
  // (Or a measure named by its words, "how many noise complaints did the pilot councils get in q1?", of a
  // report with a column for that quarter: one or two measures whose own name says most of the question.)
  const words = topicWords(query.topic);
  if (query.refs.length || words.length < 2) return false;
  const byName = ctx.recordsOf("target").filter((t) => quarterly(t).includes(asked) && matchScore(words, t.text).fraction >= 0.75);
  return byName.length >= 1 && byName.length <= 2;
}

/**
 * "What was PPM-03 at q3?" when every report giving PPM-03 has columns for other quarters only ("Actual
 * Q1", "Actual Q2"): the papers hold no figure for that quarter, and say which they do hold.
 */
export function quarterNotHeld(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const asked = quarterAskedOf(query);
  // (Or the measures a question names by their references' letters: "the q4 figures for the CHH measures".)
  const prefix = query.refs.length ? undefined : /\b([A-Z]{2,5})\s+(?:measures|targets|indicators|kpis|pis)\b/.exec(query.question)?.[1];
  const byPrefix = prefix ? ctx.recordsOf("target").filter((t) => !t.refIsSynthetic && t.ref.toUpperCase().startsWith(`${prefix}-`)) : [];
  const named = byPrefix.length >= 2 ? byPrefix : targetsNamed(query, ctx);
  if (!asked || named.length === 0) return undefined;
  const coversAsked = (t: TargetRecord) =>
    quarterly(t).includes(asked) || ctx.docById.get(t.docId)?.meta.covers.some((c) => c.kind === "quarter" && c.quarter === asked) || (t.period && columnQuarter(t.period) === asked);
  // (Or a card of a report of one quarter that gives the last quarter's rating beside this one's, "Quarter 1:
  // 93% (amber)": it is given for those two.)
  const reportQuarters = (t: TargetRecord) => (ctx.docById.get(t.docId)?.meta.covers ?? []).flatMap((c) => (c.kind === "quarter" ? [c.quarter] : []));
  const earlierQuarters = (t: TargetRecord) => (t.otherRatings ?? []).map((o) => columnQuarter(o.column)).filter((q) => q > 0);
  const quartersOf = (t: TargetRecord) => (quarterly(t).length >= 2 ? quarterly(t) : reportQuarters(t).length && earlierQuarters(t).length ? [...reportQuarters(t), ...earlierQuarters(t)] : []);
  if (!named.every((t) => quartersOf(t).length >= 2) || named.some(coversAsked)) return undefined;
  const t = named[0]!;
  const held = [...new Set(quartersOf(t))].sort().map((q) => `Q${q}`);
  const meta = ctx.docById.get(t.docId)!.meta;
  const columns = quarterly(t).length >= 2 ? t.columns.filter((c) => columnQuarter(c) > 0).join(", ") : meta.period;
  return {
    ...emptyFinding(),
    notFound:
      byPrefix.length >= 2 && named === byPrefix
        ? `I have no figures for the ${prefix} measures at Q${asked}: the papers I hold give them for ${held.join(" and ")} only (${meta.title}: ${columns}).`
        : `I have no figures for ${t.ref} at Q${asked}: the papers I hold give it for ${held.join(" and ")} only (${meta.title}: ${columns}), ${statusText(t)} at the latest.`,
  };
}

export function lookupTargets(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  // What rating codes mean: the reports' keys, else what the passages say (never a list of targets).
  if (query.keyCodes.length) return lookupKeyMeanings(query, ctx);
  const held = targetDocs(ctx);
  // A board named in the question: its own reports, when it has any.
  const ofBoard = query.board ? held.filter((d) => boardOf(d, ctx) === query.board) : [];
  let docs = ofBoard.length ? ofBoard : held;
  // A status in a report's own words ("anything drifting?") is asked of the reports that use the word.
  // (Not a word of the genre's, "complete", which any report may use in its own way.)
  // ("Open" asks what is not closed, whatever word a log uses: "To Do", "In Progress", "Blocked".)
  const ownWords = query.statusLabels.map((l) => l.toLowerCase()).filter((l) => !ratingOf(l) && !OPEN_WORD.test(l));
  if (ownWords.length && !query.refs.length) {
    const using = new Set(ctx.recordsOf("target").filter((t) => t.statusLabel && ownWords.includes(withoutSwatch(t.statusLabel).toLowerCase())).map((t) => t.docId));
    let saying = docs.filter((d) => using.has(d.meta.docId));
    // (None of the board's own reports uses it, but a report of no board it names does: an export that
    // does not say whose it is. Never another board's.)
    if (!saying.length && ofBoard.length) saying = held.filter((d) => using.has(d.meta.docId) && !boardOf(d, ctx));
    if (saying.length && (saying.length < docs.length || !docs.some((d) => using.has(d.meta.docId)))) docs = saying;
  }
  // ("Which milestones are late?": the reports with a table of milestones, when only some have one; the
  // latest of all may be a log of actions and risks.)
  // (Only kinds a report keeps in a table of their own: "measures", "indicators" may be any of its rows.)
  const rowKind = /\b(milestones?|deliverables?)\b/i.exec(query.question)?.[1];
  const kindStem = rowKind ? stem(rowKind.toLowerCase()) : undefined;
  // (By its table's heading, "Milestones"; not a key's column that counts them, "Number of measures".)
  const ofKindAsked = (t: TargetRecord) => !!kindStem && !t.refIsSynthetic && t.theme.some((h) => contentWords(h).map(stem).includes(kindStem));
  if (kindStem && !query.refs.length) {
    const ofKind = new Set(ctx.recordsOf("target").filter(ofKindAsked).map((t) => t.docId));
    const having = docs.filter((d) => ofKind.has(d.meta.docId));
    if (having.length && having.length < docs.length) docs = having;
  }
  // A report named by its title's words ("which transport targets are R?"): that report, when only some are.
  const asksRating = query.statuses.length > 0 || query.excludeStatuses.length > 0;
  // (Words for what a report's rows are, "indicators", "measures", do not name a report.)
  const subject = topicWords(query.topic)
    .filter((w) => !(asksRating && ratingOf(w)) && !/^(?:targets?|indicators?|measures?|objectives?|outcomes?|kpis?|milestones?|actions?|commitments?|priorities|ones?)$/i.test(w))
    .map(stem);
  const titleStems = (d: StoredDocument) => contentWords(`${d.meta.title} ${boardOf(d, ctx) ?? ""}`).map(stem);
  const allInTitle = subject.length ? docs.filter((d) => subject.every((w) => titleStems(d).includes(w))) : [];
  // (Or two words or more of it, "growing spaces projects running late" of the Growing Spaces Fund's report.)
  const inTitle = (d: StoredDocument) => subject.filter((w) => titleStems(d).includes(w)).length;
  const most = Math.max(0, ...docs.map(inTitle));
  const titled = allInTitle.length ? allInTitle : most >= 2 ? docs.filter((d) => inTitle(d) === most) : [];
  // (Only when the period asked for is that report's: "business plan outcomes in the Q1 2013/14 report"
  // names the period's report, whatever other business plan reports say.)
  // ("What's got better since Q1 in the delivery plan?": Q1 is what the ratings are measured against, not
  // the report asked for, which its title names.)
  // ("… between the 2244 and 2245 seasons": the first year is the one measured against.)
  const sinceQuarters = (query.ratingChange ?? parseRatingChange(query.question)) ? query.periods.filter((p) => (p.kind === "quarter" || p.kind === "month" || p.kind === "year") && new RegExp(`\\b(?:since|from|than|on|vs\\.?|versus|between)\\s+(?:the\\s+)?${p.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(query.question)) : [];
  const periodsOfReport = query.periods.filter((p) => !sinceQuarters.includes(p));
  const titledInPeriod = titled.length ? scopeByPeriods(titled, periodsOfReport) : undefined;
  const fitsPeriod = !!titledInPeriod && titledInPeriod.docs.length > 0 && titledInPeriod.unmatched.length === 0;
  if (!query.refs.length && titled.length && titled.length < docs.length && fitsPeriod) docs = titled;
  if (docs.length === 0) return undefined;
  // "Actions from the November meeting": the period is the meeting's the rows come from, not the report's.
  const meetingRows = rowsOfMeetingAsked(query, ctx).filter((t) => docs.some((d) => d.meta.docId === t.docId));
  if (meetingRows.length) {
    docs = docs.filter((d) => meetingRows.some((t) => t.docId === d.meta.docId));
    query = { ...query, periods: [] };
  }
  // "Which got worse since Q3?": Q3 is what the ratings are measured against, in a report that gives the
  // Q3 rating in a column of its own beside its own rating.
  const baselinePeriods = sinceQuarters;
  if (baselinePeriods.length) {
    // ("Last quarter" in a Q2 report is Q1.)
    const quarterBefore = (t: TargetRecord, p: Period) => {
      const own = ctx.docById.get(t.docId)?.meta.covers.find((c) => c.kind === "quarter");
      return !!own?.quarter && p.kind === "quarter" && own.quarter === (p.quarter! % 4) + 1 && (!p.financialYear || own.financialYear === (p.quarter === 4 ? nextYear(p.financialYear) : p.financialYear));
    };
    const baseline = (o: { column: string }, t: TargetRecord) => baselinePeriods.some((p) => headerNames(o.column, p) || (/^(?:last|previous|prior)\s+(?:quarter|qtr)$/i.test(o.column.trim()) && quarterBefore(t, p)));
    const ofDocs = ctx.recordsOf("target").filter((t) => docs.some((d) => d.meta.docId === t.docId));
    const withColumn = [...ofDocs.filter((t) => t.otherRatings?.some((o) => baseline(o, t))), ...withEarlierPeriodRows(ofDocs, baselinePeriods, periodsOfReport)];
    const changed = withColumn.length ? ratingChanges(query, withColumn, ctx, baseline) : undefined;
    if (changed) return changed;
  }
  // (A report titled by the question is read whatever its quarter, when the only quarter named is the one
  // its ratings are compared with.)
  let scope = scopeByPeriods(docs, titled.length && docs === titled && periodsOfReport.length === 0 ? [] : query.periods);
  // "BP-A1 – what was it rated in Q1 and now?": a reference names its report, whatever report the period
  // alone would pick, when the period is a column of that report's ("Q1").
  const withRefs = new Set(
    query.refs.length
      ? ctx.recordsOf("target").filter((t) => query.refs.includes(t.ref.toUpperCase()) && t.otherRatings?.some((o) => query.periods.some((p) => headerNames(o.column, p)))).map((t) => t.docId)
      : [],
  );
  if (withRefs.size && !scope.docs.some((d) => withRefs.has(d.meta.docId))) {
    const named = docs.filter((d) => withRefs.has(d.meta.docId));
    if (named.length) scope = { docs: named, matched: [], unmatched: [] };
  }
  // ("… on the action log at 1 dec": the day a table's own heading gives its ratings at, "Actions agreed on
  // 11 October 2191, with progress at 1 December 2191", in a paper dated later.)
  const days = query.periods.filter((p) => p.kind === "day");
  // (It is the ratings' own day, so it picks them before a paper whose dates merely span it.)
  if (days.length === query.periods.length && days.length > 0) {
    const stated = (t: TargetRecord) => days.every((p) => t.theme.some((h) => new RegExp(`\\b(?:at|to|on|as at)\\s+${humanDate(p.iso!).replace(/\s\d{4}$/, "")}\\b`, "i").test(h)));
    const stating = docs.filter((d) => ctx.recordsOf("target").some((t) => t.docId === d.meta.docId && stated(t)));
    if (stating.length) {
      docs = stating;
      query = { ...query, periods: [] };
      scope = { docs: stating, matched: [], unmatched: [] };
    }
  }
  if (scope.docs.length === 0 || (scope.matched.length === 0 && scope.unmatched.length > 0)) {
    return ratingsOfAnotherPeriod(query, ctx, docs) ?? notCovered(query, docs, "target statuses");
  }
  const inScope = new Set(scope.docs.map((d) => d.meta.docId));
  const all = forPeriodsAsked(
    ctx.recordsOf("target").filter((r) => inScope.has(r.docId)),
    query.periods.filter((p) => !baselinePeriods.includes(p)),
  );
  const rows = all.filter((t) => t.level === "target" && (!meetingRows.length || meetingRows.includes(t)));
  // ("Which actions are still open?" of a report with an actions table beside its measures: the actions.)
  const actionRows = ACTIONS_ASKED.test(query.question) ? rows.filter(isActionRow) : [];
  // (So are "which milestones …?" of a report with a table of milestones beside its measures: the milestones.)
  const kindRows = !query.refs.length && query.intent === "list_by_status" ? rows.filter(ofKindAsked) : [];
  let targets = actionRows.length ? actionRows : kindRows.length ? kindRows : rows;
  const finding = emptyFinding();
  const words = contentWords(query.question);
  const docTitle = (docId: string) => ctx.docById.get(docId)!.meta;

  // (The words of the report's title and of its board's name name the report, not targets in it: "the green
  // spaces budget" of the Urban Trees and Green Spaces Working Group's budget report.)
  // (So do the words of a file name every report in scope shares, "libraries-panel-performance-measures":
  // an export's own title may be no more than "Performance measures".)
  const fileWords = scope.docs.map((d) => new Set(contentWords(d.meta.docId.replace(/[-_.]+/g, " ")).map(stem)));
  const titleWords = [
    ...scope.docs.flatMap((d) => contentWords(`${d.meta.title} ${boardOf(d, ctx) ?? ""}`).map(stem)),
    ...[...(fileWords[0] ?? [])].filter((w) => fileWords.every((f) => f.has(w))),
  ];
  const changed = ratingChanges(query, targets, ctx);
  if (changed) return changed;
  // ("What's got better since Q1?" of a report that rates no earlier quarter but gives each row's direction
  // of travel against it: the rows moving that way.)
  const direction = query.ratingChange ?? parseRatingChange(query.question);
  if (baselinePeriods.length && (direction === "up" || direction === "down")) {
    const moving = byTrend(targets, direction === "up" ? "better" : "worse", ctx);
    if (moving) return moving;
  }
  if (query.intent === "list_by_status" && query.trend && !query.statuses.length && !query.statusLabels.length) {
    const moving = byTrend(targets, query.trend, ctx);
    if (moving) return moving;
  }
  const columnAsked = query.intent === "list_by_status" ? ratedByColumnAsked(query, targets) : undefined;
  if (columnAsked) {
    targets = columnAsked.targets;
    finding.assumptions.push(`Read from the "${columnAsked.column}" column, which the question asks about, not from the rows' first rating.`);
  }
  if (query.intent === "list_by_status") {
    const selected = selectTargets(query, targets, "filter", { titleWords });
    // ("What has Jo Bloggs still got open?": hers, when the rows name their leads.)
    const theirs = query.person ? selected.chosen.filter((t) => ledBy(t, query.person!)) : [];
    const { chosen, byMeaning } = theirs.length ? { ...selected, chosen: theirs } : selected;
    // (A report's own status words, asked as it writes them, "at risk" where "Delayed" is Amber too: the
    // rows that say them, not every row of their colour.)
    const ownWordsSaid = [...new Set(chosen.map((t) => (t.statusLabel ? withoutSwatch(t.statusLabel).trim() : "")))].filter(
      (l) => l && !COLOUR_WORD.test(l) && !query.statusLabels.some((x) => x.toLowerCase() === l.toLowerCase()) && l.split(/\s+/).length <= 3 && new RegExp(`\\b${l.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\b`, "i").test(query.question),
    );
    // (Only where the word narrows its colour: not "on track" when every Green row says "On track".)
    const labelOf = (t: TargetRecord) => (t.statusLabel ? withoutSwatch(t.statusLabel).trim() : "");
    // (Nor "Below" of "well below", a longer word asked.)
    const ownWords = ownWordsSaid.filter((l) => !ownWordsSaid.some((o) => o !== l && new RegExp(`\\b${l.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\b`, "i").test(o)) && chosen.some((t) => t.status && labelOf(t) !== l && chosen.some((u) => labelOf(u) === l && u.status === t.status)));
    const ownColours = new Set(chosen.filter((t) => ownWords.includes(labelOf(t))).map((t) => t.status));
    const labels = [...query.statusLabels, ...ownWords].map((l) => l.toLowerCase());
    const held = new Set(chosen.map((t) => t.status).filter((x): x is RagStatus => !!x));
    const asked = (query.statuses.length || labels.length ? query.statuses : RATINGS.filter((s) => held.has(s) && !query.excludeStatuses.includes(s))).filter((s) => !ownColours.has(s));
    // "Which have we hit?": the rating the report's key says means the target is met ("B – already met"),
    // when its key says so of another rating than Green ("G – on track to meet").
    const wanted = MET_TARGET.test(query.question) ? (metRatings(chosen, ctx) ?? asked) : asked;
    const earlier = EARLIER_ASKED.test(query.question) ? earlierRatings(query, chosen, wanted) : undefined;
    if (earlier) return earlier;
    // ("Open" is asked of logs, whose items close: not of a report's ratings.)
    // (A log that says "Open" itself is asked by its own word.)
    const saysOpen = new Set(chosen.filter((t) => t.statusLabel && OPEN_WORD.test(withoutSwatch(t.statusLabel).trim())).map((t) => t.docId));
    // (Or a table of actions, asked of as actions: "Action log" rows rated "On track", "Overdue", "Complete".)
    const asksActions = /\b(?:actions?|tasks?)\b/i.test(query.question);
    const isLogRow = (t: TargetRecord) => (!!t.statusLabel && LOG_STATE.test(withoutSwatch(t.statusLabel).trim())) || (asksActions && t.theme.some((h) => /\bactions?\b/i.test(h)));
    const logs = new Set(chosen.filter((t) => isLogRow(t) && !saysOpen.has(t.docId)).map((t) => t.docId));
    // ("Which actions weren't complete?": every row not in the ratings ruled out, those whose status word
    // rates no colour, "In progress", with them.)
    const excludingOnly = !query.statuses.length && !labels.length && query.excludeStatuses.length > 0;
    // ("Not started" of a work board that leaves a row's status empty until work starts: its rows with no
    // status, where the rows beside them in its table have one.)
    const unstarted = labels.includes("not started") && !chosen.some((t) => t.statusLabel && /^not (?:yet )?started$/i.test(withoutSwatch(t.statusLabel).trim()));
    const statusedTables = new Set(chosen.filter((t) => t.statusLabel).map((t) => `${t.docId}|${t.theme.join(" > ")}`));
    const noStatusYet = (t: TargetRecord) => unstarted && !t.status && !t.statusLabel && statusedTables.has(`${t.docId}|${t.theme.join(" > ")}`);
    const hits = chosen.filter((t) => (t.status && wanted.includes(t.status)) || (t.statusLabel && labels.includes(withoutSwatch(t.statusLabel).toLowerCase())) || (labels.some((l) => OPEN_WORD.test(l)) && logs.has(t.docId) && isOpen(t)) || (excludingOnly && !t.status && !!t.statusLabel) || noStatusYet(t));
    const statusWords = excludingOnly ? `not ${query.excludeStatuses.map((st) => ratingName(st, chosen)).join(" or ")}` : [...wanted.map((st) => ratingName(st, chosen)), ...query.statusLabels, ...ownWords].join(" or ");
    const noun = itemNoun(query.question);
    for (const [docId, list] of byDoc(hits.length ? hits : [])) {
      const meta = docTitle(docId);
      const said = [...new Set(list.map(statusText))];
      const byStatus = excludingOnly && said.length > 1 ? ` (${said.map((w) => `${list.filter((t) => statusText(t) === w).length} ${w}`).join(", ")})` : wanted.length > 1 ? ` (${wanted.map((st) => `${list.filter((t) => t.status === st).length} ${ratingName(st, list)}`).join(", ")})` : "";
      finding.lines.push(`In the ${meta.period} report, ${list.length} ${list.length === 1 ? `${noun} was` : `${noun}s were`} ${statusWords}${byStatus}${byMeaning && topicLabel(list) ? ` under "${topicLabel(list)}"` : ""}:`);
      if (list.length > LONG_LIST && list.every((t) => !t.refIsSynthetic)) {
        // A long list reads better as references grouped by theme; the rows and sources carry the rest.
        for (const [theme, group] of groupByTheme(list)) finding.lines.push(`• ${theme} (${group.length}): ${group.map((t) => t.ref).join(", ")}`);
      } else {
        const wantsLead = /\bwho(?:'?s)?\b|own|lead/i.test(query.question);
        // ("Which scheme is paused, and why?": of a few, each one's commentary, which gives the reason.)
        const whyAsked = list.length <= 3 && /\bwhy\b|\breasons?\b/i.test(query.question);
        for (const t of list.slice(0, 25)) {
          const lead = wantsLead ? leadOf(t, ctx, finding.evidence) : undefined;
          const reason = whyAsked && t.delivered ? short(t.delivered, 300) : undefined;
          finding.lines.push(`• ${t.refIsSynthetic ? "" : `${t.ref} `}(${noStatusYet(t) ? "no status given" : statusText(t)}) ${short(t.text, 90)}${lead && wantsLead ? ` — ${lead}` : ""}${reason ? `: ${reason}` : ""}`);
          const at = reason ? t.source.indexOf(reason.replace(/…$/, "")) : -1;
          if (at >= 0) finding.evidence.push({ docId: t.docId, start: t.sourceStart + at, end: t.sourceStart + at + reason!.replace(/…$/, "").length, locator: t.locator });
        }
        if (list.length > 25) finding.lines.push(`…and ${list.length - 25} more.`);
        if (list.some(noStatusYet)) finding.lines.push(`(Read as not started: rows given no status, where the others in their table have one.)`);
      }
      // Where the report itself states these counts ("13 of the 31 objectives were On track, 10 …"), that
      // sentence is cited first.
      const counts = wanted.length > 1 ? wanted.map((st) => ({ n: list.filter((t) => t.status === st).length, name: ratingName(st, list) })).filter((c) => c.n > 0) : [];
      const stated = counts.length ? countStatement(docId, counts, ctx) : undefined;
      if (stated) finding.lines.splice(finding.lines.length - Math.min(list.length, 26), 0, `The report says: "${ctx.textOf!(docId)!.slice(stated.start, stated.end)}"`);
      finding.evidence.push(...(stated ? [stated] : []), ...list.map(targetSpan), ...keyEvidence(list));
      finding.rows.push(...list);
      // (A row the report does not print, "1 - 8 / 9", may be rated in words elsewhere: "three off track
      // (ODP-04, ODP-05 and ODP-09)" in the minutes. Those the list lacks are added, with that sentence.)
      const extras = ratedInWords(list, targets, ctx);
      if (extras.length) finding.lines.push(`Not in the report's table, but ${extras[0]!.label} in other papers:`);
      for (const extra of extras) {
        finding.lines.push(`• ${extra.ref} (${extra.label}): ${extra.title} says "${extra.text}"`);
        finding.evidence.push(extra.span);
      }
    }
    // ("Which actions from the sept meeting are still open?" of reports whose rows are measures, not an
    // action log: not theirs to say none are; the minutes' passages may.)
    if (hits.length === 0 && asksActions && labels.some((l) => OPEN_WORD.test(l)) && logs.size === 0) return undefined;
    if (hits.length === 0) {
      const where = scope.docs.map((d) => d.meta.period).join(" and ");
      finding.lines.push(`No ${byMeaning ? `"${topicLabel(chosen)}" ` : ""}${noun}s were ${statusWords} in the ${where} report${scope.docs.length > 1 ? "s" : ""}.`);
      const counts = countStatuses(chosen);
      // (The few the question's words picked out, with their figures: "how many round 1 projects are done?"
      // is answered by the measure's position, whatever its rating.)
      if (byMeaning && chosen.length <= 3) {
        for (const t of chosen) {
          const figures = rowFigures(t);
          finding.lines.push(`• ${t.refIsSynthetic ? "" : `${t.ref} `}${short(t.text, 90)} (${statusText(t)})${figures ? `: ${figures}` : t.delivered ? `: ${short(t.delivered, 160)}` : ""}`);
        }
      } else if (counts) finding.lines.push(counts);
      finding.rows.push(...chosen.slice(0, 10));
      finding.evidence.push(...chosen.slice(0, 3).map(targetSpan));
    }
    // Targets without a rating of their own under an objective rated in the wanted status.
    const inherited = chosen.filter((t) => !t.status && t.objectiveStatus && wanted.includes(t.objectiveStatus));
    if (inherited.length) {
      finding.lines.push(`(${inherited.map((t) => t.ref).join(", ")} carry no rating of their own; their objective is rated ${inherited[0]!.objectiveStatus}.)`);
    }
    if (scope.matched.length) finding.assumptions.push(`Read from the ${scope.docs.map((d) => d.meta.period).join(" and ")} report${scope.docs.length > 1 ? "s" : ""}.`);
    return finding;
  }

  // References the papers use ("F3") pick targets in the reports that have them, and nothing elsewhere.
  const knownRefs = query.refs.filter((r) => ctx.recordsOf("target").some((x) => (x.ref.toUpperCase() === r || (isRefRange(r) && inRefRange(x.ref, r)))));
  // (A reference no target has but a paper uses, a site's "S14", is about that paper's thing: the targets
  // that share the question's other words are not it; those whose own words name it, "Marlhithe to consult
  // residents on S14", are.)
  const saying = (r: string) => new RegExp(`\\b${r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
  const unknownRefs = knownRefs.length ? [] : query.refs.filter((r) => ctx.documents.some((d) => saying(r).test(ctx.textOf?.(d.meta.docId) ?? "")));
  const naming = (t: TargetRecord) => unknownRefs.some((r) => saying(r).test(t.text));
  if (unknownRefs.length && !ctx.recordsOf("target").some(naming)) return undefined;
  let matchedByMeaning = false;
  const perDoc = scope.docs.map((doc) => {
    const docTargets = all.filter((t) => t.docId === doc.meta.docId && (t.level === "target" || query.refs.includes(t.ref.toUpperCase())));
    // ("How's the partnerships workstream doing?": the rows under the heading of that workstream.)
    const themed = knownRefs.length || unknownRefs.length ? [] : ofWorkstreamNamed(query, docTargets);
    const selected: ReturnType<typeof selectTargets> = knownRefs.length
      ? { chosen: byReference(query, docTargets), byMeaning: false }
      : unknownRefs.length
        ? { chosen: docTargets.filter(naming), byMeaning: false }
        : themed.length
          ? { chosen: themed, byMeaning: false }
          : selectTargets(query, docTargets, "best", { ...(ctx.weight ? { weight: ctx.weight } : {}), titleWords: contentWords(doc.meta.title).map(stem) });
    return { doc, ...selected };
  });
  // (A long export's rows for a quarter still to come, which give only what is planned, "Q3 | | 600", hold
  // no figure for it: said so, with what they do give.)
  const rowsAsked = perDoc.flatMap((d) => d.chosen);
  if (query.refs.length && rowsAsked.length && rowsAsked.every((t) => t.period && !t.status && !t.delivered)) {
    const planned = rowsAsked.map((t) => `${t.ref} (${rowFigures(t) ?? "no figures"})`).join("; ");
    return { ...emptyFinding(), notFound: `The ${listPeriods(perDoc.filter((d) => d.chosen.length).map((d) => d.doc))} report gives no figure or rating for ${rowsAsked[0]!.period} yet, only what is planned: ${planned}.` };
  }
  // (A report whose nearest target carries much less of the subject than another report's does not answer.)
  const bestFit = Math.max(0, ...perDoc.map((d) => d.fit ?? 0));
  for (const { doc, chosen, byMeaning, fit } of perDoc) {
    if (fit !== undefined && fit < bestFit - 0.2) continue;
    if (chosen.length === 0 || (query.refs.length === 0 && topicWords(query.topic).length === 0)) continue;
    matchedByMeaning ||= byMeaning;
    const lines: string[] = [];
    for (const t of chosen) {
      // "… and what's the next milestone?": the row's cells under the columns the question names.
      const named = chosen.length <= 2 ? cellsNamed(t, query.question) : [];
      // (Not the due date twice, when the question names the row's "Due" column and the date is given.)
      const dueGiven = query.intent !== "target_lead" && !!t.due && /\bwhen\b|\bdue\b|\bdeadline\b|\bby when\b/i.test(query.question);
      // (And figures of the same reference in another table of the report, under columns the question names:
      // "q2 actual vs target" from a table of targets and actuals by quarter beside the table of ratings.)
      const elsewhere = chosen.length <= 2 ? figuresElsewhere(t, query.question, ctx) : [];
      for (const c of elsewhere) finding.evidence.push({ docId: c.docId, start: c.sourceStart, end: c.sourceStart + c.source.length, locator: c.locator });
      const extra =
        named.filter((c) => !(dueGiven && c.value.trim() === t.due)).map((c) => ` ${c.label}: ${short(c.value, 200)}.`).join("") +
        (elsewhere.length ? ` ${elsewhere.map((c) => `${c.column}: ${c.value}`).join("; ")}.` : "");
      for (const c of named) finding.evidence.push({ docId: t.docId, start: t.sourceStart + c.offset, end: t.sourceStart + c.offset + c.value.length, locator: t.locator });
      if (query.intent === "target_lead") {
        const namedLead = leadColumnAsked(t, query.question);
        // (The column asked for first, then the row's own lead under its column's name: "Hollis Vennamore (Lead officer); Lead member: Cllr X".)
        const ownLead = t.lead ? `${t.columns.find((c) => /\blead\b|owner/i.test(c)) ?? "lead"}: ${t.lead}` : undefined;
        const lead = namedLead ? [`${namedLead.value} (${namedLead.label})`, ownLead].filter(Boolean).join("; ") : leadOf(t, ctx, finding.evidence);
        lines.push(`• ${t.refIsSynthetic ? "" : `${t.ref}: `}${short(t.text, 80)} — ${lead ?? "no lead given"} (${statusText(t)}).${extra}`);
        finding.evidence.push(headSpan(t), ...keyEvidence([t]));
      } else {
        const asked = query.statuses[0];
        // ("Is CPA-05 still at risk?": a later paper's word on it, below, has the last say; the report's rating
        // is its rating then, not a yes or no.)
        const later = query.refs.length && chosen.length <= 2 ? laterWordOn(t, doc, ctx) : undefined;
        const verdict = later ? `${statusText(t)} in this report` : asked && t.status ? (t.status === asked ? `Yes, ${statusText(t)}` : `No, ${statusText(t)}`) : statusText(t);
        // ("Why is PPM-08 stormy?": the whole of a short commentary, whose reason may be its second sentence.)
        const whyAsked = chosen.length <= 2 && /\bwhy\b|\breasons?\b/i.test(query.question) && !!t.delivered && t.delivered.length <= 400;
        // ("Is WSA-13 done yet?": of the one item asked about, its whole short update says where it stands.)
        const standing = chosen.length === 1 && ASKS_STANDING.test(query.question) && !!t.delivered && t.delivered.length <= 300;
        const key = whyAsked || standing ? t.delivered : keySentence(t, words);
        // "… and who leads it?": the lead too.
        const lead = /\bwho\b|\blead(?:s|ing)?\b|\bowner\b|\bowns?\b|\bresponsible\b/i.test(query.question) ? leadOf(t, ctx, finding.evidence) : undefined;
        // "When's it due?": its due date, as the row gives it.
        const due = t.due && /\bwhen\b|\bdue\b|\bdeadline\b|\bby when\b/i.test(query.question) ? t.due : undefined;
        // One or two targets asked about: the row's figures too ("Target 2025/26: 180; Actual: 149").
        const figures = chosen.length <= 2 ? rowFigures(t) : undefined;
        // "… was it the same last quarter?": the row's earlier ratings, in their own columns ("Q1: On course").
        const earlier =
          chosen.length <= 2 && t.otherRatings?.length && /\b(?:last|previous|prior|earlier|before|same|chang\w*|q[1-4])\b/i.test(query.question)
            ? t.otherRatings.map((o) => `${o.column}: ${o.label ?? o.status ?? "no rating"}${o.label && o.status && o.label !== o.status ? ` (${o.status})` : ""}`).join("; ")
            : undefined;
        // (A row's stage in words of no colour beside its rating, "Stage: Paused", says where it stands.)
        const stage = !earlier && chosen.length <= 2 ? (t.otherRatings ?? []).filter((o) => !o.status && !!o.label && STAGE_COLUMN.test(fieldNameWords(o.column)) && o.label.length <= 40).map((o) => `${fieldNameWords(o.column)}: ${o.label}`).join("; ") : undefined;
        lines.push(`• ${t.refIsSynthetic ? "" : `${t.ref} `}${short(t.text, 100)}: ${verdict}${earlier ? `; ${earlier}` : stage ? `; ${stage}` : ""}.${figures ? ` ${figures}.` : ""}${due ? ` Due: ${due}.` : ""}${lead ? ` Lead: ${lead}.` : ""}${extra}${key ? ` ${key}` : ""}`);
        finding.evidence.push(targetSpan(t), ...keyEvidence([t]));
        // (The sentences of its commentary shown are cited where the row's quote does not reach them: of
        // one target asked about, whose citations then have room.)
        const rowQuote = targetSpan(t);
        for (const part of key && chosen.length === 1 ? sentences(key.replace(/…$/, "")) : []) {
          const at = t.source.indexOf(part);
          const [start, end] = [t.sourceStart + at, t.sourceStart + at + part.length];
          if (at >= 0 && part.length >= 20 && (start < rowQuote.start || end > rowQuote.end)) finding.evidence.push({ docId: t.docId, start, end, locator: t.locator });
        }
        // The report's own account of the target, when it gives one apart from the table.
        const note = !key && chosen.length <= 2 ? noteOn(t, ctx) : undefined;
        if (note) {
          lines.push(`  The report on ${t.ref}: ${note.text}`);
          finding.evidence.push(note.span);
        } else if (chosen.length <= 2 && /^\s*(?:why|how come)\b/i.test(query.question)) {
          // "Why is it off track?": what the report says about it in its text, when no note sits under it.
          // (Read for what the target is, in its own report: the first one asked about.)
          finding.passages ??= { docIds: [t.docId], query: `${t.text} ${query.topic}` };
        }
        if (lead) finding.evidence.push(headSpan(t));
        if (later) {
          lines.push(`  Later, ${later.title}: "${later.text}"`);
          finding.evidence.push(later.span);
        }
      }
      finding.rows.push(t);
    }
    finding.lines.push(`${doc.meta.title} (${doc.meta.period}):`, ...lines);
  }
  if (finding.rows.length === 0) {
    const refsNamed = query.refs.filter((r) => /^(?:[A-Z]{1,4}\d{1,2}|\d{1,2}\.\d{1,2})$/.test(r));
    if (refsNamed.length && ctx.recordsOf("target").some((r) => refsNamed.includes(r.ref.toUpperCase()))) {
      return { ...emptyFinding(), notFound: `Target ${refsNamed.join(", ")} is not in the ${listPeriods(scope.docs)} report. I have target statuses for ${listPeriods(docs)}.` };
    }
    // A status asked of a named report for a subject it has no target about.
    const subject = topicWords(query.topic).join(" ");
    if (scope.matched.length && subject && (query.intent === "target_status" || query.intent === "target_lead")) {
      return { ...emptyFinding(), notFound: `The ${listPeriods(scope.docs)} report has no target or outcome about "${subject}". Its themes are: ${[...new Set(all.map((t) => t.theme[0]).filter(Boolean))].join("; ")}.` };
    }
    return undefined;
  }
  if (matchedByMeaning && query.refs.length === 0) finding.assumptions.push("Targets matched by meaning: the reports use different wording and references.");
  return finding;
}

/** Longest account of a target quoted from outside its table. */
const NOTE_CHARS = 480;
/** A line that starts a new entry: another reference ("LDE-05 …", "HH9 …"). */
const ENTRY_START = /^(?:[A-Z]{1,5}-?\d{1,2}(?:\.\d{1,2})?[a-z]?\b)/;

/**
 * What a report says of a target apart from its table: the paragraph under a line that starts with the
 * target's reference ("LDE-03 Stand Local campaign enquiries (Off track)" / "Lead officer: …" / "There were
 * 4,210 enquiries …"), the way exception notes follow a scorecard. Labels ("Lead officer: …") are passed
 * over; the account ends at the next entry.
 */
function noteOn(t: TargetRecord, ctx: LookupContext): { text: string; span: Span } | undefined {
  if (t.refIsSynthetic || !ctx.textOf) return undefined;
  const text = ctx.textOf(t.docId);
  if (!text) return undefined;
  const ref = t.ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // (Or a line opened by the reference, its account after a colon: "BSP-09: 48 of the 60 places have been taken.")
  const opened = new RegExp(`(?:^|\\n)[ \\t]*(?:[-*•]\\s+)?${ref}\\s*[:–—]\\s+(?=\\S)([^\\n|]{20,})`, "g");
  for (const m of text.matchAll(opened)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (start > t.sourceStart && start < t.sourceStart + t.source.length) continue;
    const line = m[1]!.trim();
    const clipped = line.length > NOTE_CHARS ? line.slice(0, NOTE_CHARS).replace(/\s+\S*$/, "") : line;
    return { text: `${clipped}${clipped.length < line.length ? "…" : ""}`, span: { docId: t.docId, start, end: start + clipped.length, locator: ctx.locate ? ctx.locate(t.docId, start) : t.locator } };
  }
  const heading = new RegExp(`(?:^|\\n)[ \\t]*${ref}\\b[^\\n|]*\\n`, "g");
  for (const m of text.matchAll(heading)) {
    const at = m.index + m[0].length;
    // (The target's own row, or a row of another table, is not an account of it.)
    if (at > t.sourceStart && m.index < t.sourceStart + t.source.length) continue;
    let pos = at;
    for (let lines = 0; lines < 4 && pos < text.length; lines++) {
      const end = text.indexOf("\n", pos) < 0 ? text.length : text.indexOf("\n", pos);
      const line = text.slice(pos, end);
      if (ENTRY_START.test(line.trim()) || line.includes(" | ")) break;
      // A label line ("Lead officer: Lysander Adebowale-Nyhan") is not the account.
      if (line.trim().length >= 60 && !/^[^:]{1,40}:\s*\S+(?:\s+\S+){0,4}$/.test(line.trim())) {
        const clipped = line.length > NOTE_CHARS ? line.slice(0, NOTE_CHARS).replace(/\s+\S*$/, "") : line;
        const start = pos + (line.length - line.trimStart().length);
        const quote = clipped.trim();
        return { text: `${quote}${clipped.length < line.length ? "…" : ""}`, span: { docId: t.docId, start, end: start + quote.length, locator: ctx.locate ? ctx.locate(t.docId, start) : t.locator } };
      }
      pos = end + 1;
    }
  }
  return undefined;
}

/** A later paper's word on a target is quoted with its paragraph up to this long. */
const LATER_WORD_CHARS = 500;

/** A rating said in words of a sentence: "I would now describe CPA-05 as on track", "CPA-03 is complete". */
const RATING_IN_WORDS = /\b(?:on track|on course|at risk|off track|off course|complete[d]?|delayed|behind schedule|red|amber|green)\b/i;

/**
 * The last sentence of the latest paper dated after the target's report that names the target by its
 * reference and says where it stands: the report's rating is older than that.
 */
function laterWordOn(t: TargetRecord, doc: StoredDocument, ctx: LookupContext): { title: string; text: string; span: Span } | undefined {
  if (t.refIsSynthetic || !ctx.textOf || !/^\d{4}-\d{2}-\d{2}$/.test(doc.meta.date)) return undefined;
  const named = new RegExp(`(?<![\\w-])${t.ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`);
  const later = ctx.documents.filter((d) => d.meta.docId !== t.docId && /^\d{4}-\d{2}-\d{2}$/.test(d.meta.date) && d.meta.date > doc.meta.date).sort((a, b) => b.meta.date.localeCompare(a.meta.date));
  for (const d of later) {
    const text = ctx.textOf(d.meta.docId);
    if (!text || !named.test(text)) continue;
    // (A sentence of a table's cell, "Slide 7 | … I would now describe CPA-05 as on track.", without the cells before it.)
    const lastCell = (u: { text: string; start: number; end: number }) => {
      const at = u.text.lastIndexOf(" | ");
      return at < 0 ? u : { text: u.text.slice(at + 3), start: u.start + at + 3, end: u.end };
    };
    const said = sentenceUnits(text, 0).map(lastCell).filter((u) => named.test(u.text) && RATING_IN_WORDS.test(u.text) && u.text.length <= LATER_WORD_CHARS);
    const last = said[said.length - 1];
    if (!last) continue;
    // (With the sentences before it in its paragraph, which say why: "The contract … was signed on 15 October.")
    const lineStart = Math.max(text.lastIndexOf("\n", last.start - 1), text.lastIndexOf("\t", last.start - 1), text.lastIndexOf(" | ", last.start - 1) + 2) + 1;
    const start = last.end - lineStart <= LATER_WORD_CHARS ? lineStart + (text.slice(lineStart).length - text.slice(lineStart).trimStart().length) : last.start;
    return { title: `${d.meta.title} (${d.meta.period})`, text: text.slice(start, last.end).trim(), span: { docId: d.meta.docId, start, end: last.end, locator: ctx.locate ? ctx.locate(d.meta.docId, start) : t.locator } };
  }
  return undefined;
}

/** A cell holding a figure, "180", "43.5%", "4.5 days", "45 councils", "£1.2m": not a date or a reference. */
// (Or a count of a whole: "15 of 18", "7 out of 9".)
const FIGURE_CELL = /^[-+−]?\s*[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|bn|[a-z]{2,12}|(?:of|out of)\s+\d[\d,]*)?$/i;

/**
 * The figures of a target's row by their column labels ("Target 2025/26: 180; Actual at 30 Sep 2025: 149")
 * and its direction of travel, when the row's cells line up with its table's columns.
 */
/** A column grading a target in a word of its own besides its status: "Delivery confidence", "Assurance", "Priority". */
const GRADE_COLUMN = /\b(?:confidence|assurance|priority)\b/i;

export function rowFigures(t: TargetRecord): string | undefined {
  // (An item of a table read the other way round has its figures by their rows' labels.)
  if (t.figures?.length) return [...t.figures.map(([label, value]) => `${label}: ${value}`), ...(t.trend ? [`Direction of travel: ${t.trend}`] : [])].join("; ");
  const { cells, labels } = labelledCells(t) ?? {};
  if (!cells || !labels) return undefined;
  const parts = cells.flatMap((c, k) => {
    const label = labels[k]!;
    // (Or a figure with its rating set after it in the cell, "93% Green".)
    const figure = FIGURE_CELL.test(figureBeforeRating(c)) && c !== t.ref && c !== t.due && /\S/.test(label);
    // (And a column grading the row in a word besides its status: "Delivery confidence: High".)
    const grade = GRADE_COLUMN.test(label) && /^[A-Za-z][A-Za-z -]{1,24}$/.test(c);
    return figure || grade ? [`${label}: ${c}`] : [];
  });
  if (t.trend) parts.push(`Direction of travel: ${t.trend}`);
  return parts.length ? parts.join("; ") : undefined;
}

/**
 * A target's cells with their column labels: a table row's cells under the table's columns, or, for a
 * target written as a block (a titled line over a one-row table "Target | Actual | Status | Trend"), the
 * block's value line under its header line.
 */
function labelledCells(t: TargetRecord): { cells: string[]; labels: string[] } | undefined {
  // (An item read down a column has no row of its own: its rating's row is the other items' too.)
  if (t.itemRows) return undefined;
  const cells = t.source.split(" | ").map((c) => c.trim());
  if (cells.length === t.columns.length) return { cells, labels: t.columns };
  const lines = t.source.split("\n").map((l) => l.split(" | ").map((c) => c.trim()));
  for (let i = 0; i + 1 < lines.length; i++) {
    const [head, values] = [lines[i]!, lines[i + 1]!];
    if (head.length >= 2 && head.length === values.length && head.every((h, k) => h === t.columns[k])) return { cells: values, labels: head };
  }
  return undefined;
}

/**
 * "What's the Q2 figure for the scrutiny masterclass measure?": a period the papers do not cover as a
 * whole ("Q2") that is a column of a target table, read from the row of the target the question names.
 */
export function targetColumnValue(query: TypedQuery, ctx: LookupContext, labels: string[]): Finding | undefined {
  // (The column "Q2", or one whose words include it, "2025/26 Q2".)
  const named = (column: string) => labels.some((l) => column.trim().toLowerCase() === l.trim().toLowerCase() || (!/\s/.test(l.trim()) && column.toLowerCase().split(/\s+/).includes(l.trim().toLowerCase())));
  const targets = ctx.recordsOf("target").filter((t) => t.columns.some(named));
  if (targets.length === 0) return undefined;
  const { chosen } = selectTargets(query, targets, "best", ctx.weight ? { weight: ctx.weight } : {});
  const finding = emptyFinding();
  for (const t of chosen.slice(0, 2)) {
    const cells = t.source.split(" | ");
    if (t.itemRows || cells.length !== t.columns.length) continue;
    const k = t.columns.findIndex(named);
    const at = cells.slice(0, k).reduce((n, c) => n + c.length + 3, 0);
    const value = cells[k]!.trim();
    const figures = rowFigures(t);
    // (The rating of that period when a column gives it, "2244 rating", not the row's latest.)
    const ratingAt = t.columns.findIndex((c, j) => j !== k && named(c) && /\b(?:rating|rag|status)\b/i.test(c) && !!cells[j]?.trim());
    const rating = ratingAt >= 0 ? `${t.columns[ratingAt]}: ${cells[ratingAt]!.trim()}` : statusText(t);
    finding.lines.push(`• ${t.refIsSynthetic ? "" : `${t.ref} `}${short(t.text, 100)}: ${t.columns[k]} ${value} (${rating}).${figures ? ` ${figures}.` : ""}`);
    finding.evidence.push({ docId: t.docId, start: t.sourceStart + at, end: t.sourceStart + at + value.length, locator: t.locator }, targetSpan(t));
    finding.rows.push(t);
  }
  return finding.lines.length ? finding : undefined;
}

/** A question asking which targets were met ("hit target", "met their targets", "achieved"). */
export const MET_TARGET = /\b(?:hit|met|meet|achieved|reached|exceeded|made)\s+(?:(?:any|all|some|most) (?:of )?)?(?:the |their |its |our )?(?:[\w'’-]+\s+){0,2}targets?\b|\btargets? (?:were |was |been |have been )?(?:hit|met|achieved|reached|exceeded)\b/i;

/** The ratings whose key rows say the target has been met, when a key says so. */
function metRatings(targets: TargetRecord[], ctx: LookupContext): RagStatus[] | undefined {
  const met = new Set<RagStatus>();
  for (const t of targets) {
    if (!t.status || !t.keySpan || !ctx.textOf) continue;
    const key = ctx.textOf(t.docId)?.slice(t.keySpan[0], t.keySpan[0] + t.keySpan[1]) ?? "";
    if (/\b(?:met|achieved|exceeded|hit)\b/i.test(key) && !/\b(?:to|will|may|might|expected to|likely to) (?:be )?(?:meet|met)\b|\bnot (?:be )?(?:met|achieved)\b|\bmissed\b/i.test(key)) met.add(t.status);
  }
  return met.size ? [...met] : undefined;
}

/** Header words that do not say what a column holds. */
const HEADER_FILLER = new Set(["the", "this", "that", "of", "and", "for", "to", "by", "in", "on", "at", "a", "an", "its", "our"]);

/**
 * The row's cells under columns the question names ("Next milestone" for "what's the next milestone?"),
 * other than those an answer gives anyway (reference, text, lead, figures, ratings), when the row's cells
 * line up with its table's columns. Offsets are into the row's source.
 */
export function cellsNamed(t: TargetRecord, question: string): { label: string; value: string; offset: number }[] {
  const cells = t.source.split(" | ");
  // (Not an item read down a column: its `source` is its rating's row, across the other items.)
  if (t.itemRows || cells.length !== t.columns.length) return [];
  const asked = new Set(contentWords(question).map(stem));
  const found: { label: string; value: string; offset: number }[] = [];
  let offset = 0;
  cells.forEach((cell, k) => {
    const label = t.columns[k]!.trim();
    const value = cell.trim();
    const at = offset + (cell.length - cell.trimStart().length);
    offset += cell.length + 3;
    if (!value || !label || [t.ref, t.text, t.lead, t.leadPerson, t.statusLabel, t.status].includes(value) || FIGURE_CELL.test(value)) return;
    if (/\b(?:status|rating|rag|ref(?:erence)?|lead|owner|officer)\b/i.test(label)) return;
    const words = label.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !HEADER_FILLER.has(w)).map(stem);
    const hits = words.filter((w) => asked.has(w)).length;
    if (words.length && hits >= 1 && hits * 2 >= words.length) found.push({ label, value, offset: at });
  });
  return found;
}

/**
 * References the papers rate in words, a rating then its references in brackets ("three off track (ODP-04,
 * ODP-05 and ODP-09)"), of the family the listed rows belong to ("ODP-"), that the list lacks and that no
 * row of the reports rates otherwise.
 */
function ratedInWords(list: TargetRecord[], targets: TargetRecord[], ctx: LookupContext): { ref: string; label: string; title: string; text: string; span: Span }[] {
  if (!ctx.textOf || list.some((t) => t.refIsSynthetic)) return [];
  const family = [...new Set(list.map((t) => /^([A-Z]{2,6}[-/ ]?)\d/.exec(t.ref)?.[1]).filter((f): f is string => !!f))];
  const labels = [...new Set(list.map((t) => (t.statusLabel ? withoutSwatch(t.statusLabel).trim() : "")).filter((l) => /\p{L}{3}/u.test(l)))];
  if (family.length !== 1 || labels.length !== 1) return [];
  const [prefix, label] = [family[0]!, labels[0]!];
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const rated = new Set(targets.filter((t) => t.ref.startsWith(prefix)).map((t) => t.ref));
  const found: { ref: string; label: string; title: string; text: string; span: Span }[] = [];
  // (Papers of about the report's time: the months after its period, not another year's ratings.)
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7) || "1");
  const reportDate = ctx.docById.get(list[0]!.docId)?.meta.date ?? "";
  const nearReport = (iso: string) => /^\d{4}-\d{2}/.test(iso) && /^\d{4}-\d{2}/.test(reportDate) && month(iso) - month(reportDate) >= -1 && month(iso) - month(reportDate) <= 4;
  for (const d of ctx.documents.filter((doc) => nearReport(doc.meta.date))) {
    const text = ctx.textOf(d.meta.docId) ?? "";
    for (const m of text.matchAll(new RegExp(`\\b${escape(label)}\\s*\\(([^()\\n]{3,200})\\)`, "gi"))) {
      const refs = [...m[1]!.matchAll(new RegExp(`\\b${escape(prefix)}\\d+\\b`, "g"))].map((r) => r[0]);
      for (const ref of refs.filter((r) => !rated.has(r) && !found.some((f) => f.ref === r))) {
        // The sentence around it, within its line.
        const lineStart = text.lastIndexOf("\n", m.index!) + 1;
        const before = text.slice(lineStart, m.index!).search(/[.!?]\s+(?=[^.!?]*$)/);
        const start = before >= 0 ? lineStart + before + text.slice(lineStart + before).search(/\s\S/) + 1 : lineStart;
        const lineEnd = text.indexOf("\n", m.index!) < 0 ? text.length : text.indexOf("\n", m.index!);
        const stop = text.slice(m.index!, lineEnd).search(/[.!?](?:\s|$)/);
        const end = stop >= 0 ? m.index! + stop + 1 : lineEnd;
        if (end - start > 400) continue;
        found.push({ ref, label, title: d.meta.title, text: text.slice(start, end).trim(), span: { docId: d.meta.docId, start, end, locator: ctx.locate?.(d.meta.docId, start) ?? { section: [] } } });
      }
    }
  }
  return found;
}

/**
 * Figures of a target's reference in another table of its report (a row "ODP-03 | … | 1,100 | 1,087 |
 * 1,200 | 1,246" under "Q1 2353/54 Target | Q1 2353/54 Actual | …"), under the columns whose words the
 * question names, most of them ("q2 actual" names "Q2 2353/54 Actual"). Cells of the target's own row are
 * given already.
 */
function figuresElsewhere(t: TargetRecord, question: string, ctx: LookupContext): CellRecord[] {
  if (t.refIsSynthetic) return [];
  const asked = new Set(contentWords(question).map(stem));
  const named = (column: string) => {
    const words = column.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !HEADER_FILLER.has(w) && !/^\d+$/.test(w)).map(stem);
    const hits = words.filter((w) => asked.has(w)).length;
    return words.length > 0 && hits === words.length;
  };
  return ctx.recordsOf("cell").filter((c) => c.docId === t.docId && c.rowLabel === t.ref && c.sourceStart !== t.sourceStart && FIGURE_CELL.test(c.value.trim()) && named(c.column)).slice(0, 4);
}

const LONG_LIST = 12;

function groupByTheme(targets: TargetRecord[]): Map<string, TargetRecord[]> {
  const groups = new Map<string, TargetRecord[]>();
  for (const t of targets) {
    const theme = t.theme.filter((x) => !/^objective/i.test(x))[0] ?? "Other";
    groups.set(theme, [...(groups.get(theme) ?? []), t]);
  }
  return groups;
}

function topicLabel(targets: TargetRecord[]): string {
  const themes = new Map<string, number>();
  for (const t of targets) {
    const theme = t.theme.filter((x) => !/^objective/i.test(x)).slice(-1)[0] ?? "";
    themes.set(theme, (themes.get(theme) ?? 0) + 1);
  }
  // Every theme the list spans, up to three ("Housing" and "Inclusive growth, jobs and devolution").
  const named = [...themes.entries()].filter(([theme]) => theme).sort((a, b) => b[1] - a[1]).map(([theme]) => theme);
  return named.length > 3 ? named[0]! : named.join('" and "');
}

function countStatuses(targets: TargetRecord[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of targets) counts.set(t.status ?? "no rating", (counts.get(t.status ?? "no rating") ?? 0) + 1);
  if (counts.size === 0) return undefined;
  return `Of ${targets.length}: ${[...counts.entries()].map(([s, n]) => `${n} ${s}`).join(", ")}.`;
}

/**
 * The lead a question names by its column, "the lead officer" of a row that also has a "Lead member"
 * (whom the record keeps as its lead): that column's cell, when the row's cells line up with its columns.
 */
function leadColumnAsked(t: TargetRecord, question: string): { label: string; value: string } | undefined {
  // ("PM": a project's manager; not "5 pm".)
  const asked = /\blead (officer|member|councillor|director|manager)\b|\b(sponsor|owner|officer|manager)\b|(?<![\d.:]\s?)\b(pm)\b/i.exec(question);
  if (!asked) return undefined;
  const word = asked[3] ? "manager" : (asked[1] ?? asked[2])!.toLowerCase();
  const cells = t.source.split(" | ");
  if (t.itemRows || cells.length !== t.columns.length) return undefined;
  // (A field name's words, "project_manager", as well as a header's.)
  const k = t.columns.findIndex((c, i) => new RegExp(`\\b${word}s?\\b`, "i").test(fieldNameWords(c)) && cells[i]!.trim() && cells[i]!.trim() !== t.lead);
  return k >= 0 ? { label: t.columns[k]!.trim(), value: cells[k]!.trim() } : undefined;
}

/**
 * A target's lead as the answer gives it: the person, or a post with whoever the papers say holds it
 * ("Head of Elections Policy (Caoimhe Castellane)"), citing where they say so.
 */
function leadOf(t: TargetRecord, ctx: LookupContext, evidence: Span[]): string | undefined {
  const named = t.leadPerson ?? t.lead;
  const holder = postHolder(ctx, named);
  if (!holder) {
    // (An owner given by initials, "owner:DGB" in a task list: the one person the papers name with them.)
    const person = named && INITIALS.test(named.trim()) ? personOfInitials(named, ctx) : undefined;
    if (!person) return named;
    evidence.push({ docId: person.docId, start: person.sourceStart, end: person.sourceStart + person.source.length, locator: person.locator });
    return `${named} (${person.person}, as the papers name them)`;
  }
  evidence.push(holder.span);
  return `${named} (${holder.person})`;
}

/** The one person of the papers' registers and lists whose initials these are, with the record naming them. */
function personOfInitials(initials: string, ctx: LookupContext): { person: string; docId: string; source: string; sourceStart: number; locator: Span["locator"] } | undefined {
  const people = [...ctx.recordsOf("attendance"), ...ctx.recordsOf("member")];
  const name = onlyNameOfInitials(people.map((r) => r.person.replace(/^(?:cllr|councillor)\.?\s+/i, "")), initials);
  const record = name ? people.find((r) => r.person.replace(/^(?:cllr|councillor)\.?\s+/i, "") === name) : undefined;
  return record && name ? { person: name, docId: record.docId, source: record.source, sourceStart: record.sourceStart, locator: record.locator } : undefined;
}

/** Which way a direction of travel points, by its words ("Worsening", "Improving") or else its arrow. */
export function directionOf(trend: string | undefined): "worse" | "better" | undefined {
  if (!trend) return undefined;
  if (/\bworse|\bworsen|deteriorat|declin/i.test(trend)) return "worse";
  if (/\bimprov|\bbetter\b/i.test(trend)) return "better";
  if (/[▼↓⬇⇩⇓]/.test(trend)) return "worse";
  if (/[▲↑⬆⇧⇑]/.test(trend)) return "better";
  return undefined;
}

/** "Which measures are getting worse?": the targets whose direction of travel says so, per report. */
function byTrend(targets: TargetRecord[], trend: "worse" | "better", ctx: LookupContext): Finding | undefined {
  const withTrend = targets.filter((t) => t.trend);
  if (withTrend.length === 0) return undefined;
  const finding = emptyFinding();
  for (const [docId, list] of byDoc(withTrend)) {
    const moving = list.filter((t) => directionOf(t.trend) === trend);
    const period = ctx.docById.get(docId)?.meta.period;
    finding.lines.push(`In the ${period} report, ${moving.length} of the ${list.length} targets with a direction of travel ${moving.length === 1 ? "is" : "are"} ${trend === "worse" ? "getting worse" : "improving"}${moving.length ? ":" : "."}`);
    for (const t of moving) finding.lines.push(`• ${t.refIsSynthetic ? "" : `${t.ref} `}${short(t.text, 90)}: ${t.trend}${t.statusLabel ?? t.status ? ` (${statusText(t)})` : ""}`);
    finding.rows.push(...moving);
    finding.evidence.push(...moving.map(targetSpan));
  }
  return finding;
}

/** What the question calls the items listed ("which decisions …", "any actions …"); "target" otherwise. */
function itemNoun(question: string): string {
  const said = /\b(target|task|action|decision|indicator|measure|objective|outcome|project|programme|workstream|milestone|commitment|recommendation|scheme|kpi|item|line)s?\b/i.exec(question)?.[1];
  return said ? (said.toLowerCase() === "kpi" ? "KPI" : said.toLowerCase()) : "target";
}
