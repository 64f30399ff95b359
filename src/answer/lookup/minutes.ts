/**
 * Lookups over minutes: what a meeting decided on an item, who introduced it, the actions agreed (with
 * owner and deadline), and interests declared. Items are found by the words of their title and minutes;
 * the meeting by the board and date asked about.
 */
import type { DeclarationRecord, MinuteRecord, TargetRecord } from "../../ingest/records/schema.js";
import { CLOSED_LOG_STATE, RECORDING_CHAPTER } from "../../ingest/vocabulary.js";
import { MONTH_NAMES, MONTH_PATTERN, findFullDate, humanDate, monthNumber } from "../../util/dates.js";
import { matchScore } from "../../util/similarity.js";
import { contentWords, stem } from "../../util/text.js";
import type { Span } from "../quotes.js";
import { topicWords, type TypedQuery } from "../query.js";
import { dayInPeriod, describePeriod, docMatchesPeriod, scopeByPeriods } from "./scope.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

type Asked = "introduced" | "actions" | "declarations" | "decision" | "said" | "state";

/** The most of an item's minutes shown for what was said. */
const SAID_CHARS = 900;

/** "What did the chair say in her update?": what an item's minutes record being said. */
export const ASKS_WHAT_WAS_SAID = /\bwhat (?:did|does) (?:the |our )?[\w'’-]+(?: [\w'’-]+)? (?:say|report|tell (?:us|members|the \w+)|mention)\b|\bwhat was (?:said|reported)\b/i;

/** "Are the September minutes signed off?", "still draft?": whether the minutes are confirmed. */
export const ASKS_MINUTES_STATE =
  /\b(?:minutes|notes)\b.{0,60}\b(?:signed(?: off)?|approved|confirmed|ratified|agreed as|draft|final(?:ised)?|correct record)\b|\b(?:signed off|approved|confirmed|draft|final)\b.{0,20}\b(?:minutes|notes)\b/i;

/**
 * A line of minutes that says whether they are confirmed: "DRAFT – to be confirmed at the meeting on …",
 * "Unconfirmed minutes", "Confirmed as a correct record, 12 November 2098".
 */
const STATE_LINE = /^(?:draft\b.*|.{0,80}\b(?:unconfirmed|not (?:yet )?(?:been )?(?:approved|confirmed|agreed|signed)|to be (?:confirmed|approved|agreed|signed)|(?:confirmed|approved|agreed|signed)\b.{0,40}\b(?:true|correct|accurate) record)\b.*)$/gim;

/** Words that say where minutes stand, beyond a title's "Draft". */
const STATE_WORDS = /\b(?:unconfirmed|not (?:yet )?(?:been )?(?:approved|confirmed|agreed|signed)|to be (?:confirmed|approved|agreed|signed)|(?:confirmed|approved|agreed|signed)\b.{0,40}\b(?:true|correct|accurate) record)\b/i;

/**
 * A sentence saying when minutes go for confirmation: "… they will be put to the next meeting on … for
 * confirmation.", "They have not yet been approved: the Task Group will be asked to agree them …", "These
 * minutes are a draft until the Task Group approves them at its meeting on 8 December".
 */
const FOR_CONFIRMATION = /(?<=^|[.!?]\s)[^.!?\n]{0,240}\b(?:for (?:confirmation|approval|signature)|to be (?:confirmed|approved|agreed|signed)|not (?:yet )?(?:been )?(?:approved|confirmed|agreed|signed)|(?:a )?draft until)\b[^.!?\n]{0,120}[.!?]?/gim;

/** A signature block's lines: who signed ("Signed:", "DocuSigned by: …") and when ("Date: 3/16/2113"). */
// (A label alone on its line, "DocuSigned by:", with the name on the next.)
const SIGNATURE_LINE = /^[ \t]*(?:(?:docu)?signed(?: by)?(?:[ \t]*:[ \t]*\n[A-Z][^\n]{1,60}|\b[^\n]*)|dated?[ \t]*:[ \t]*\S[^\n]{0,40})$/gim;

/** The signature under a minutes' confirmation, within a few lines of it (a signature's own box). */
/** The initials of a title's words, minor words left out: "5. Public health funerals" gives "PHF". */
function titleInitials(title: string): string {
  return (title.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !/^(?:and|of|the|for|on|in|to|a|an|item|minute)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join("");
}

function signatureLines(text: string, from: number): RegExpExecArray[] {
  const window = text.slice(from, from + 300);
  return [...window.matchAll(SIGNATURE_LINE)].slice(0, 2).map((m) => Object.assign([...m], { index: from + m.index!, input: text, groups: undefined }) as RegExpExecArray);
}

function asked(question: string): Asked {
  if (ASKS_MINUTES_STATE.test(question)) return "state";
  if (ASKS_WHAT_WAS_SAID.test(question)) return "said";
  if (/\bintroduc\w*|\bpresented\b|\bwho (?:spoke|led)\b/i.test(question)) return "introduced";
  if (/\bactions?\b|\bwho (?:will|is to|has to)\b|\bdeadline\b|\bby when\b/i.test(question)) return "actions";
  if (/\bdeclar\w*|\binterests?\b|\bDOIs?\b/i.test(question)) return "declarations";
  return "decision";
}

/** How an item is named: "item 4 "Finance"", or only its heading where the minutes number none. */
export const itemName = (r: MinuteRecord) => (r.number ? `item ${r.number} "${r.title}"` : `"${r.title}"`);
/** The locator row of an item's part: "minute 4, decision", or its heading where the minutes number none. */
const minuteRow = (r: MinuteRecord, part?: string) => `${r.number ? `minute ${r.number}` : r.title}${part ? `, ${part}` : ""}`;

const spanOf = (r: MinuteRecord | DeclarationRecord, at: [number, number] | undefined, row: string): Span | undefined =>
  at ? { docId: r.docId, start: at[0], end: at[0] + at[1], locator: { ...r.locator, row } } : undefined;

/** An item named by its number: "item 3", "minute 5", "agenda item 4b". */
export const ITEM_NUMBER = /\b(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?(\d{1,2}[a-z]?)\b/i;

/** Words that say what kind of question it is about minutes, not which item. */
// (With the shorthand that names the body, "the tg", "the wg": who decided, not what about.)
const MINUTES_WORDS = /^(?:decid\w*|decisions?|resolv\w*|resolutions?|agreed?|agrees|approv\w*|endors\w*|back(?:ed)?|introduc\w*|presented|actions?|declar\w*|interests?|meeting|minutes|item|items|board|tg|wg|cttee)$/;

/**
 * An action asked for by its own reference ("what was action BT86/17?"): what it is, who owns it, by when,
 * and the meeting and item it arose from, cited from its row of the actions table.
 */
export function lookupActionByRef(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (!query.refs.length) return undefined;
  const finding = emptyFinding();
  for (const r of ctx.recordsOf("minute")) {
    for (const a of r.actions) {
      if (!a.ref || !a.span || !query.refs.includes(a.ref.toUpperCase())) continue;
      // (An action log under a heading of its own is of the meeting, not of a numbered item.)
      const item = a.item ?? (r.number || undefined);
      // (Its status in the minutes' own log is as at that paper: a list dated after the paper may have moved it.)
      const later = laterStatus(a.ref, r, ctx, a.status ? ctx.docById.get(r.docId)?.meta.date : undefined);
      finding.lines.push(
        `• ${a.ref}: ${a.text}${a.owner ? ` — owner: ${a.owner}` : ""}${a.deadline ? `, deadline ${dueInWords(a.deadline)}` : ""}${a.status ? ` (${a.status})` : ""}. From ${item ? `item ${item} of ` : ""}the ${r.board ?? "meeting"}, ${humanDate(r.meetingDate)}.`,
      );
      finding.evidence.push({ docId: r.docId, start: a.span[0], end: a.span[0] + a.span[1], locator: { ...r.locator, row: `action ${a.ref}` } });
      finding.rows.push(r);
      if (later) addLaterStatus(finding, later, ctx, { withDue: true });
      // (Asked when it was due, of an action the minutes give no day: the day an earlier log gave it.)
      const earlier = !later && !a.deadline && ASKS_DUE.test(query.question) ? earlierDue(a.ref, r, ctx) : undefined;
      if (earlier) {
        const title = ctx.docById.get(earlier.docId)?.meta.title ?? earlier.docId;
        finding.lines.push(`  Due ${earlier.due}, as the ${title} gave it${earlier.statusLabel ? ` (its status then: ${earlier.statusLabel})` : ""}.`);
        finding.evidence.push({ docId: earlier.docId, start: earlier.sourceStart, end: earlier.sourceStart + earlier.source.length, locator: earlier.locator });
        finding.rows.push(earlier);
      }
      if (!later) {
        // (Or a later paper's sentence about it: "AFA-57 is complete: … circulated the briefing on 8 January".)
        const said = laterMention(a.ref, r, ctx);
        if (said) {
          finding.lines.push(`  Later, in the ${said.title}: “${said.text}”`);
          finding.evidence.push(said.span);
        }
      }
    }
  }
  return finding.lines.length ? finding : undefined;
}

/** Asking by when an action is, or was, to be done. */
const ASKS_DUE = /\b(?:due|deadline|by when|when (?:is|was) it (?:to be )?(?:done|finished))\b/i;

/** The row of a log dated before the minutes that gives the action a due day (the log it was tracked in). */
function earlierDue(ref: string, minutes: MinuteRecord, ctx: LookupContext): TargetRecord | undefined {
  const dateOf = (docId: string) => ctx.docById.get(docId)?.meta.date ?? "";
  return ctx
    .recordsOf("target")
    .filter((t) => t.ref.toUpperCase() === ref.toUpperCase() && t.docId !== minutes.docId && !!t.due && dateOf(t.docId) <= minutes.meetingDate)
    .sort((a, b) => dateOf(b.docId).localeCompare(dateOf(a.docId)))[0];
}

/** The sentence of the latest later paper that names an action by its reference, where it says no status as a row. */
function laterMention(ref: string, minutes: MinuteRecord, ctx: LookupContext): { title: string; text: string; span: Span } | undefined {
  if (!ctx.textOf || !ctx.locate) return undefined;
  const named = new RegExp(`(?<![\\w-])${ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "i");
  const later = ctx.documents.filter((d) => d.meta.docId !== minutes.docId && /^\d{4}-\d{2}/.test(d.meta.date) && d.meta.date > minutes.meetingDate).sort((a, b) => b.meta.date.localeCompare(a.meta.date));
  for (const doc of later) {
    const text = ctx.textOf(doc.meta.docId) ?? "";
    const m = named.exec(text);
    if (!m) continue;
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const sentenceStart = Math.max(lineStart, text.lastIndexOf(". ", m.index) + 2);
    // (From the reference when only a box's capitals stand before it: "NOTE FOR CHAIR AFA-57 is complete …".)
    const opening = sentenceStart > m.index ? lineStart : sentenceStart;
    const start = /^(?:[A-Z]{2,}\s+){2,}$/.test(text.slice(opening, m.index)) ? m.index : opening;
    const tail = /[.!?](?=\s|$)|\n/.exec(text.slice(m.index));
    const end = tail ? m.index + tail.index + (tail[0] === "\n" ? 0 : 1) : text.length;
    if (end - start > 400) continue;
    const title = doc.meta.title;
    const dated = /^\d{4}-\d{2}/.test(doc.meta.date) && !title.includes(humanDate(doc.meta.date)) ? ` (${humanDate(doc.meta.date)})` : "";
    return { title: `${title}${dated}`, text: text.slice(start, end), span: { docId: doc.meta.docId, start, end, locator: ctx.locate(doc.meta.docId, start) } };
  }
  return undefined;
}

/**
 * An action's status in a later paper ("PA-35 | … | Overdue | Draft letter with the Chair" in the next
 * meeting's action log), when the minutes that agreed it give none: the row of the latest such paper.
 */
function laterStatus(ref: string, minutes: MinuteRecord, ctx: LookupContext, after?: string): TargetRecord | undefined {
  const dateOf = (docId: string) => ctx.docById.get(docId)?.meta.date ?? "";
  // (A paper dated by its month only, "Actions from 10 November", may be of the meeting's month: not earlier.)
  const notBefore = (date: string, day: string) => date >= day.slice(0, date.length);
  // (Or the pack that carries the minutes, dated after their meeting, with its own action log: a row outside
  // the minutes it carries, not their own actions table.)
  const carried = ctx.recordsOf("minute").filter((r) => r.docId === minutes.docId && r.meetingDate === minutes.meetingDate);
  const from = Math.min(...carried.map((r) => r.sourceStart));
  const to = Math.max(...carried.map((r) => r.textEnd ?? r.sourceStart + r.source.length));
  const ownLater = (t: TargetRecord) => dateOf(t.docId) > minutes.meetingDate && (t.sourceStart < from || t.sourceStart >= to);
  return ctx
    .recordsOf("target")
    .filter((t) => t.ref.toUpperCase() === ref.toUpperCase() && (t.docId !== minutes.docId || ownLater(t)) && (t.status || t.statusLabel) && notBefore(dateOf(t.docId), minutes.meetingDate) && (!after || dateOf(t.docId) > after))
    .sort((a, b) => dateOf(b.docId).localeCompare(dateOf(a.docId)))[0];
}

/** The status a later paper gives an action, cited from its row there. */
function addLaterStatus(finding: Finding, t: TargetRecord, ctx: LookupContext, opts: { lead?: string; withDue?: boolean } = {}): void {
  const lead = opts.lead ?? "  Status";
  const doc = ctx.docById.get(t.docId);
  const update = t.delivered && t.delivered !== t.statusLabel ? ` – ${t.delivered}` : "";
  const title = doc?.meta.title ?? t.docId;
  const dated = doc?.meta.date && !title.includes(humanDate(doc.meta.date)) ? ` (${humanDate(doc.meta.date)})` : "";
  // (Of one action, with the date the later paper gives, as it writes it: "Not Started, due Fri 29/01/2612".)
  const due = opts.withDue && t.due && !update.includes(t.due) ? `, due ${t.due}` : "";
  finding.lines.push(`${lead} in the ${title}${dated}: ${t.statusLabel ?? t.status}${due}${update}`);
  finding.evidence.push({ docId: t.docId, start: t.sourceStart, end: t.sourceStart + t.source.length, locator: t.locator });
  finding.rows.push(t);
}

/** A day closing a question, the day of the deciding it asks about: "… on 4 june?", "… on Tuesday June 4th". */
const ON_DAY_AT_END = /\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s*\??\s*$/i;
/** A body deciding, as a question asks whether it did: "did the board accept …", "has the panel agreed …". */
const DECIDED_ON_DAY = /\b(?:did|has|have)\s+the\s+(?:board|panel|committee|cabinet|council|(?:task|working)\s+group|tg|wg)\s+(?:accept|agree|approve|decide|resolve|endorse|back|support|reject|refuse)\w*\b/i;

export function lookupMinutes(asked0: TypedQuery, ctx: LookupContext): Finding | undefined {
  // ("What was resolved on the q2 performance report?": a quarter names what an item was about, not when a
  // meeting met; the item's title says it, "Performance at Quarter 2".)
  const quarters = asked0.periods.length > 0 && asked0.periods.every((p) => p.kind === "quarter") ? asked0.periods : [];
  const query = quarters.length ? { ...asked0, periods: [] } : asked0;
  const aboutQuarter = (r: MinuteRecord) => quarters.some((p) => new RegExp(`\\b(?:quarter|qtr|q)\\s*${p.quarter}\\b`, "i").test(r.title));
  const ofBoard = (r: { board?: string | undefined }) => !query.board || !r.board || r.board === query.board || query.boards.includes(r.board);
  const all = ctx.recordsOf("minute").filter(ofBoard);
  const what = asked(query.question);
  // (A note of a meeting may list its declarations without numbered items.)
  const declaredIn = new Set(what === "declarations" ? ctx.recordsOf("declaration").filter(ofBoard).map((r) => r.docId) : []);
  if (all.length === 0 && declaredIn.size === 0) return what === "decision" ? onlyProposed(query, ctx) : undefined;
  const docs = ctx.documents.filter((d) => all.some((r) => r.docId === d.meta.docId) || declaredIn.has(d.meta.docId));
  // (Papers of the months after a month asked may report what happened in it, but "the June meeting" is
  // that meeting: its minutes, not September's.)
  // ("June 2072" is that month: not the year 2072 as well.)
  const periods = query.periods.filter((p) => !(p.kind === "year" && query.periods.some((m) => (m.kind === "month" || m.kind === "day") && m.iso?.startsWith(String(p.year)))));
  // (Or a body's decision on a day, "did the panel approve the weir plan on 4 june?": its meeting that day.)
  const bodyDecidedOnDay = DECIDED_ON_DAY.test(query.question) && ON_DAY_AT_END.test(query.question) && periods.length > 0 && periods.every((p) => p.kind === "day");
  const meetingNamed = (/\b(?:meeting|mtg|minutes)\b/i.test(query.question) || bodyDecidedOnDay) && periods.length > 0 && periods.every((p) => p.kind === "month" || p.kind === "day");
  const scoped = scopeByPeriods(docs, meetingNamed ? periods : query.periods, { lenient: !meetingNamed });
  // (A pack carries the draft minutes of the meeting before its own: they are that meeting's, by their own
  // date. "The october meeting" is read from them, and "the december meeting" not, in December's pack.)
  const days = (meetingNamed ? periods : query.periods).filter((p) => p.kind === "month" || p.kind === "day");
  const carriedByPack = (r: MinuteRecord) => r.meetingDate !== ctx.docById.get(r.docId)?.meta.date;
  const ownDate = (r: MinuteRecord) => days.length === 0 || !carriedByPack(r) || days.some((p) => dayInPeriod(r.meetingDate, p));
  const carriedThen = days.length ? all.filter((r) => carriedByPack(r) && ownDate(r) && !scoped.docs.some((d) => d.meta.docId === r.docId)) : [];
  // ("Which of the june meeting's actions are still outstanding?" when June's minutes are not held but a
  // later meeting's item reviews that meeting's actions, "Review of the 2 June actions": that item's.)
  const reviewing =
    what === "actions" && meetingNamed && scoped.matched.length === 0 && !carriedThen.length
      ? all.filter((r) => r.actions.length && days.some((p) => p.kind === "month" && r.meetingDate.slice(0, 7) > p.iso! && namesMeetingInMonth(r.title, Number(p.iso!.slice(5, 7))) && sameYearIfSaid(r.title, p.iso!)))
      : [];
  const scope = carriedThen.length && scoped.matched.length === 0
    ? { ...scoped, docs: docs.filter((d) => carriedThen.some((r) => r.docId === d.meta.docId)), matched: days, unmatched: [] }
    : reviewing.length
      ? { ...scoped, docs: docs.filter((d) => reviewing.some((r) => r.docId === d.meta.docId)), matched: days, unmatched: [] }
      : scoped;
  // A meeting the papers have no minutes of: no answer here (passages may still say something), unless
  // only its agenda papers are held, which say what was proposed, not what was decided.
  if (scope.matched.length === 0 && scope.unmatched.length > 0) {
    const proposed = what === "decision" ? onlyProposed(query, ctx) : undefined;
    if (proposed) return proposed;
    // ("What did the June meeting decide?" when no paper of June is held at all: the minutes held are of
    // other meetings, which do not say.)
    // (A meeting asked by its day is held then only by a paper of that day: a poll or report of its month
    // is not its record.)
    const heldThen = ctx.documents.some((d) => periods.some((p) => (p.kind === "day" ? d.meta.date === p.iso || d.meta.covers.some((c) => c.kind === "day" && c.iso === p.iso) : docMatchesPeriod(d, p))));
    if (meetingNamed && !heldThen) {
      const held = [...new Set(all.map((r) => humanDate(r.meetingDate)))].join(", ");
      return { ...emptyFinding(), notFound: `I have no minutes or papers of the ${scope.unmatched.map(describePeriod).join(" or ")} meeting. I hold minutes of ${held}.` };
    }
    // ("What actions came out of the 18 nov meeting?", whose minutes are not held: a note of it that lists
    // its actions, a debrief posted that day.)
    return what === "actions" ? actionsNotedThatDay(periods.filter((p) => p.kind === "day").map((p) => p.iso!), ctx) : undefined;
  }
  const inScope = new Set(scope.docs.map((d) => d.meta.docId));
  const inMeetings = all.filter((r) => inScope.has(r.docId) && ownDate(r));
  // ("What did the TG decide on 13 dec?" of that day's pack, which carries only the minutes of the meeting
  // before: what it proposed, not what the meeting decided.)
  if (inMeetings.length === 0 && what === "decision" && days.length) {
    const proposed = onlyProposed(query, ctx);
    if (proposed) return proposed;
  }
  // ("IR-02 is red: what did the panel agree to do about it?": the items that name the reference.)
  // (An item's text runs from its title to the next item's.)
  const itemText = (r: MinuteRecord) => {
    const text = ctx.textOf?.(r.docId) ?? r.source;
    const next = all.filter((x) => x.docId === r.docId && x.sourceStart > r.sourceStart).reduce((n, x) => Math.min(n, x.sourceStart), r.textEnd ?? text.length);
    return text.slice(r.sourceStart, next);
  };
  // (An item whose title the reference is the initials of, "the PHF paper" for "Public health funerals",
  // before items that only mention it.)
  const acronyms = [...new Set([...query.refs, ...[...query.question.matchAll(/\b[A-Z]{3,5}\b/g)].map((m) => m[0])])].filter((a) => /^[A-Z]{3,5}$/.test(a));
  const initialled = inMeetings.filter((r) => acronyms.some((a) => titleInitials(r.title).includes(a)));
  const naming = initialled.length ? initialled : query.refs.length ? inMeetings.filter((r) => query.refs.some((ref) => new RegExp(`\\b${ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(itemText(r)))) : [];
  // ("The sept actions": those of the meeting that month, or of a later meeting's item carrying that
  // meeting's action log, "Notes of the meeting on 17 September and action log".)
  const month = what === "actions" ? askedMonthOfMeeting(query) : undefined;
  // (Or of an item on the last meeting whose text names it: "Minutes of the last meeting and actions" over
  // "The minutes of the meeting held on 15 September were agreed …".)
  const carriesMonth = (r: MinuteRecord, m: number) => namesMeetingInMonth(r.title, m) || (PREVIOUS_MEETING_TITLE.test(r.title) && namesMeetingInMonth(itemText(r).slice(0, 600), m));
  const ofMonth = month ? inMeetings.filter((r) => Number(r.meetingDate.slice(5, 7)) === month || carriesMonth(r, month)) : [];
  const carried = ofMonth.filter((r) => Number(r.meetingDate.slice(5, 7)) !== month && r.actions.length);
  const ofQuarter = quarters.length ? inMeetings.filter(aboutQuarter) : [];
  const items = naming.length ? naming : reviewing.length ? reviewing : carried.length ? carried : ofMonth.length ? ofMonth : ofQuarter.length ? ofQuarter : inMeetings;
  const finding = emptyFinding();
  if (what === "state") {
    for (const d of scope.docs) {
      const text = ctx.textOf?.(d.meta.docId);
      const first = inMeetings.find((r) => r.docId === d.meta.docId);
      // (Not an item confirming an earlier meeting's minutes: "The minutes of the meeting held on 20
      // September were agreed as a correct record" says nothing of these.)
      const ofOtherMeeting = (said: string) => /\bminutes of\b/i.test(said) && !!first && (findFullDate(said)?.iso ?? first.meetingDate) !== first.meetingDate;
      const lines = text ? [...text.matchAll(STATE_LINE)].filter((m) => m[0].trim().length <= 200 && !ofOtherMeeting(m[0])) : [];
      // (A line saying where they stand, "DRAFT – not yet approved by the Task Group", before a title that
      // only begins "Draft minutes of the meeting held on …".)
      const line = lines.find((m) => STATE_WORDS.test(m[0])) ?? lines[0];
      // (And a covering note's sentence on when they go for confirmation: "they will be put to the next
      // meeting on 24 November for confirmation".)
      const goingTo = text ? [...text.matchAll(FOR_CONFIRMATION)].find((m) => !line || m.index! < line.index! || m.index! >= line.index! + line[0].length) : undefined;
      // ("Have they been signed?": the signature under that line, "DocuSigned by: …", "Date: 3/16/2113".)
      const signed = line && text && /\bsign/i.test(query.question) ? signatureLines(text, line.index! + line[0].length) : [];
      for (const m of [line, goingTo, ...signed].filter((x): x is RegExpExecArray => !!x).sort((a, b) => a.index! - b.index!)) {
        const said = m[0].trim();
        const start = m.index! + m[0].indexOf(said);
        finding.lines.push(`The minutes of ${first?.board ?? d.meta.title}, ${humanDate(first?.meetingDate ?? d.meta.date)}, say: "${said.replace(/\s+/g, " ")}"`);
        finding.evidence.push({ docId: d.meta.docId, start, end: start + said.length, locator: { ...(first?.locator ?? { section: [] }), row: "minutes status" } });
      }
    }
    return finding.lines.length ? finding : undefined;
  }
  if (what === "declarations") {
    // (Of the meeting named: a pack carries the interests declared at the meeting before its own.)
    const inMeetings = ctx.recordsOf("declaration").filter((r) => inScope.has(r.docId) && (!meetingNamed || periods.some((p) => dayInPeriod(r.meetingDate, p))));
    // "What did Cllr X declare?": X's declarations, when X made any (else all of them, which shows X made none).
    const byPerson = query.person ? inMeetings.filter((r) => r.person.toLowerCase().includes(query.person!.toLowerCase())) : [];
    // "The cllr who declared an interest as a plot holder": the declarations whose words the question uses.
    // (Not the words naming the body, "the fly tipping meeting": an interest in fly-tipped land is not asked.)
    const bodyWords = new Set(inMeetings.flatMap((r) => contentWords(r.board ?? "").map(stem)));
    const words = topicWords(query.topic).filter((w) => !MINUTES_WORDS.test(w) && !bodyWords.has(stem(w)));
    const fit = (r: DeclarationRecord) => matchScore(words, r.interest).score;
    const bestFit = Math.max(0, ...inMeetings.map(fit));
    const byWords = !byPerson.length && bestFit > 0 ? inMeetings.filter((r) => fit(r) >= bestFit - 0.01) : [];
    const declared = byPerson.length ? byPerson : byWords.length ? byWords : inMeetings;
    // ("Did Cllr X declare? It's not in the minutes": where else the papers have X declaring, a meeting's
    // chat or a comment on the draft, before what the minutes record.)
    const elsewhere = query.person && !byPerson.length ? declaredElsewhere(query.person, ctx, new Set(inMeetings.map((r) => r.meetingDate))) : [];
    if (elsewhere.length) {
      finding.lines.push(`The minutes record no declaration by ${query.person}; the papers say elsewhere:`);
      for (const m of elsewhere) {
        finding.lines.push(`• ${m.text} (${ctx.docById.get(m.docId)?.meta.title ?? m.docId})`);
        finding.evidence.push(m);
      }
      if (declared.length) finding.lines.push("The minutes record these declarations:");
    }
    if (declared.length === 0) return elsewhere.length ? finding : undefined;
    for (const d of declared) {
      // ("… declared that she is a trustee of …", as the minutes put it.)
      const what = /^that\b/i.test(d.interest) ? d.interest : `${/^[aeiou]/i.test(d.interest) ? "an" : "a"} ${d.interest}`;
      // ("The Chair declared …": who was in that role at the meeting, when its register says.)
      const holder = roleHolder(d, ctx);
      finding.lines.push(`• ${d.person}${holder ? ` (${holder})` : ""} declared ${what} (${d.board ?? "meeting"}, ${humanDate(d.meetingDate)}).`);
      finding.rows.push(d);
      finding.evidence.push({ docId: d.docId, start: d.sourceStart, end: d.sourceStart + d.source.length, locator: d.locator });
    }
    return finding;
  }
  // "Which actions are still open?": the actions whose status the minutes give, by that status.
  const byStatus = what === "actions" ? (actionsByStatus(query.question, items) ?? actionsByLaterStatus(query.question, items, ctx)) : undefined;
  if (byStatus) return byStatus;
  // "What actions did Ravi pick up?": the actions whose owner the question names, over every item.
  if (what === "actions") {
    const named = topicWords(query.topic).filter((w) => w.length >= 3 && !MINUTES_WORDS.test(w));
    const owns = (owner: string) => (query.person && owner.toLowerCase().includes(query.person.toLowerCase())) || owner.toLowerCase().split(/[\s,]+/).some((w) => named.includes(w));
    const owned = items.filter((r) => r.actions.some((a) => a.owner && owns(a.owner)));
    if (owned.length) {
      for (const r of owned) {
        for (const a of r.actions.filter((x) => x.owner && owns(x.owner))) {
          finding.lines.push(`• ${a.ref ? `${a.ref}: ` : ""}${a.text} (owner: ${a.owner}${a.deadline ? `, by ${dueInWords(a.deadline)}` : ""}) — ${r.board ?? "meeting"}, ${humanDate(r.meetingDate)}, ${a.item ? `from item ${a.item}` : itemName(r)}`);
        }
        finding.rows.push(r);
        const s = spanOf(r, r.spans.action, minuteRow(r, "action"));
        if (s) finding.evidence.push(s);
      }
      return finding;
    }
  }
  // "What did they resolve on item 3?": the item named by its number, in each set of minutes in scope.
  const numbered = ITEM_NUMBER.exec(query.question)?.[1]?.toLowerCase();
  const byNumber = numbered ? items.filter((r) => r.number.toLowerCase() === numbered) : [];
  const words = topicWords(query.topic).filter((w) => !MINUTES_WORDS.test(w));
  // (Minutes that number no items, "What we decided" a plain heading: of a meeting asked by its date, the
  // part asked for is that heading's, whatever else the question says.)
  // ("What actions came out of the March meeting?": every item's actions, numbered or not; not which of them
  // are done, which their status says.)
  const listsActions = what === "actions" && !ASKS_ACTION_STATE.test(query.question);
  const partItems = query.periods.length ? items.filter((r) => (what === "actions" ? r.actions.length > 0 && (!r.number || listsActions) : !r.number && what === "decision" && !!r.decision)) : [];
  if (words.length === 0 && byNumber.length === 0 && naming.length === 0 && partItems.length === 0 && ofQuarter.length === 0) return undefined;
  const weight = ctx.weight ? { weight: ctx.weight } : {};
  const chosen = byNumber.length ? byNumber : naming.length ? naming : words.length === 0 ? (ofQuarter.length ? ofQuarter : partItems) : [];
  const matched = chosen.length ? chosen.map((r) => ({ r, score: 1, fraction: 1 })) : items
    .map((r) => {
      const title = matchScore(words, r.title, { equivalents: 0.6, ...weight });
      const body = matchScore(words, `${r.title} ${r.decision ?? ""} ${r.actions.map((a) => a.text).join(" ")}`, { equivalents: 0.6, ...weight });
      return { r, score: title.score * 1.5 + body.score, fraction: Math.max(title.fraction, body.fraction) };
    })
    .filter((x) => x.fraction >= 0.5)
    .sort((a, b) => b.score - a.score);
  // ("What did they agree about X?": of the items that say X, those that record a decision, when any does.)
  const deciding = what === "decision" && !chosen.length ? matched.filter((x) => x.r.decision) : [];
  const scored = deciding.length ? deciding : matched.length ? matched : partItems.map((r) => ({ r, score: 1, fraction: 1 }));
  if (scored.length === 0) return undefined;
  const allActions = what === "actions" && !matched.length && chosen === partItems;
  const best = scored.filter((x) => x.score >= scored[0]!.score - 0.01).slice(0, allActions ? undefined : 2);
  for (const { r } of best) {
    const where = `${r.board ?? "the meeting"}, ${humanDate(r.meetingDate)}, ${itemName(r)}`;
    finding.rows.push(r);
    if (what === "introduced") {
      if (!r.introducedBy) continue;
      finding.lines.push(`${r.introducedBy} introduced ${itemName(r)} (${r.board ?? "meeting"}, ${humanDate(r.meetingDate)}).`);
      const s = spanOf(r, r.introducedSpan, minuteRow(r));
      if (s) finding.evidence.push(s);
      continue;
    }
    if (what === "said") {
      // The item's minutes as recorded: from its title to the next item.
      const text = ctx.textOf?.(r.docId);
      if (!text) continue;
      const next = all.filter((x) => x.docId === r.docId && x.sourceStart > r.sourceStart).reduce((n, x) => Math.min(n, x.sourceStart), r.textEnd ?? text.length);
      const titleAt = text.indexOf(r.title, r.sourceStart);
      const from = titleAt >= 0 && titleAt < next ? titleAt + r.title.length : r.sourceStart + r.source.length;
      const raw = text.slice(from, Math.min(next, from + SAID_CHARS));
      const body = raw.trim();
      if (!body) continue;
      const start = from + raw.indexOf(body);
      finding.lines.push(`Minutes, ${where}: ${body}${next > from + SAID_CHARS ? "…" : ""}`);
      finding.evidence.push({ docId: r.docId, start, end: start + body.length, locator: { ...r.locator, row: minuteRow(r) } });
      continue;
    }
    if (what === "actions" && r.actions.length) {
      finding.lines.push(`Actions from ${where}:`);
      for (const a of r.actions) finding.lines.push(`• ${a.ref ? `${a.ref}: ` : ""}${a.text}${a.owner ? ` (owner: ${a.owner})` : ""}${a.deadline ? ` (by ${dueInWords(a.deadline)})` : ""}`);
      const s = spanOf(r, r.spans.action, minuteRow(r, "action"));
      if (s) finding.evidence.push(s);
      continue;
    }
    // (Who is doing an action is not what an item with no actions decided: a task list may say.)
    if (what === "actions" && /^\s*who\b/i.test(query.question)) continue;
    // (An item whose notes are kept from readers, encrypted or redacted, records no decision to give: say so.)
    if (what === "decision" && !r.decision && best.length === 1) {
      const text = ctx.textOf?.(r.docId);
      const next = text ? all.filter((x) => x.docId === r.docId && x.sourceStart > r.sourceStart).reduce((n, x) => Math.min(n, x.sourceStart), text.length) : 0;
      const hidden = text ? WITHHELD_NOTES.exec(text.slice(r.sourceStart + r.source.length, Math.min(next, r.sourceStart + r.source.length + SAID_CHARS)))?.[0]?.trim() : undefined;
      if (hidden) return { ...emptyFinding(), notFound: `The notes of ${itemName(r)} (${r.board ?? "the meeting"}, ${humanDate(r.meetingDate)}) are not readable in the papers I hold: the item's text is given only as "${hidden}". I cannot say what was decided.` };
    }
    // (A decision taken in private, recorded only by its number, "Confidential" and its result: what was
    // decided is not in the papers.)
    if (what === "decision" && r.decision && best.length === 1 && /\b(?:confidential|exempt|in private)\b/i.test(r.decision)) {
      const said = r.decision.split("\n").map((l) => l.trim()).filter((l) => l && !/^[A-Z][A-Z\d]*(?:[-/][A-Z\d]+)+$/.test(l) && !/^(?:confidential|exempt|private)\b/i.test(l) && !/^(?:carried|agreed|approved|lost|defeated|not carried)\b/i.test(l) && !/\b(?:returned to (?:public|the room|the meeting)|public session)\b/i.test(l));
      const item = itemName(r);
      if (!said.length) return { ...emptyFinding(), notFound: `${item.charAt(0).toUpperCase()}${item.slice(1)} (${r.board ?? "the meeting"}, ${humanDate(r.meetingDate)}) was decided in private: the minutes I hold record only "${r.decision.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3).join(", ")}", not what was decided.` };
    }
    if (r.decision) {
      finding.lines.push(`Decision, ${where}: ${r.decision}`);
      const s = spanOf(r, r.spans.decision, minuteRow(r, "decision"));
      if (s) finding.evidence.push(s);
    }
    if (r.introducedBy) {
      finding.lines.push(`• Introduced by ${r.introducedBy}.`);
      const s = spanOf(r, r.introducedSpan, minuteRow(r));
      if (s) finding.evidence.push(s);
    }
    if (r.actions.length) {
      finding.lines.push(...r.actions.map((a) => `• Action: ${a.text}${a.owner ? ` (owner: ${a.owner}${a.deadline ? `, by ${dueInWords(a.deadline)}` : ""})` : a.deadline ? ` (by ${dueInWords(a.deadline)})` : ""}`));
      const s = spanOf(r, r.spans.action, minuteRow(r, "action"));
      if (s) finding.evidence.push(s);
    }
  }
  return finding.lines.length ? finding : undefined;
}

/** A list's lead-in line of actions: "Actions:", "Action points:", "Actions arising:". */
const ACTIONS_LEAD_IN = /^[ \t]*(?:actions?(?: points| arising| agreed)?|next steps)[ \t]*:[ \t]*$/gim;
/** An item of a list: "- Caspar: submit the response by 25 November", "• Priya to send …". */
const LIST_LINE = /^[ \t]*[-*•–][ \t]+\S.*$/;
/** How far after a day's stamp its note's list of actions may start, in characters. */
const NOTE_REACH = 2000;

/**
 * The actions a note of a meeting lists, when the papers hold no minutes of it: an "Actions:" list in a
 * message or note stamped with the meeting's day ("[18/11/2071 13:25] …", "18 November 2071"), read as
 * written and cited.
 */
function actionsNotedThatDay(days: string[], ctx: LookupContext): Finding | undefined {
  const finding = emptyFinding();
  for (const day of days) {
    const [y, m, d] = day.split("-");
    const stamps = [humanDate(day), `${d}/${m}/${y}`, `${Number(d)}/${Number(m)}/${y}`];
    for (const doc of ctx.documents) {
      const text = ctx.textOf?.(doc.meta.docId);
      if (!text) continue;
      // (The day's first stamp that an "Actions:" list follows closely: not a notice of the meeting posted before it.)
      const stamped = stamps.flatMap((s) => [...text.matchAll(new RegExp(s.replace(/[/]/g, "\\/"), "g"))].map((m) => m.index!)).sort((a, b) => a - b);
      const found = stamped.map((at) => ({ at, lead: [...text.slice(at, at + NOTE_REACH).matchAll(ACTIONS_LEAD_IN)][0] })).find((x) => x.lead);
      if (!found) continue;
      const { at, lead } = found as { at: number; lead: RegExpMatchArray };
      const lines: string[] = [];
      let pos = at + lead.index! + lead[0].length + 1;
      const start = pos;
      for (const line of text.slice(pos).split("\n")) {
        if (!LIST_LINE.test(line)) break;
        lines.push(line.trim());
        pos += line.length + 1;
      }
      if (lines.length === 0) continue;
      const first = start + text.slice(start).search(/\S/);
      finding.lines.push(`The papers hold no minutes of ${humanDate(day)}; a note of that day (${doc.meta.title}) lists these actions:`, ...lines.map((l) => `• ${l.replace(/^[-*•–]\s+/, "")}`));
      finding.evidence.push({ docId: doc.meta.docId, start: first, end: pos - 1, locator: { section: [doc.meta.title], row: "actions" } });
      return finding;
    }
  }
  return undefined;
}

/** A line standing for notes kept from the reader: "Encrypted content", "[Redacted]", "Content withheld". */
const WITHHELD_NOTES = /^[ \t]*\[?(?:encrypted content|encrypted|redacted|content (?:withheld|hidden|redacted)|withheld|text withheld)\]?\.?[ \t]*$/im;

/** How much of a line a mention of a declaration quotes. */
const DECLARED_LINE_CHARS = 400;

/**
 * Lines of the papers of the meetings' days in which a person declares: a message they sent that says so
 * ("10:05:12 From Cllr Jo Bloggs to Everyone: Declaration on item 4: …"), or a line naming them, by title
 * and surname as written, just before the word ("Cllr Bloggs also declared an interest …"); outside any
 * declaration recorded; at most three.
 */
function declaredElsewhere(person: string, ctx: LookupContext, meetingDays: Set<string>): (Span & { text: string })[] {
  if (!ctx.textOf || !ctx.locate) return [];
  const surname = person.trim().split(/\s+/).pop()!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const sent = new RegExp(`^\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s+From\\s+(?:[^:\\n]*\\s)?${surname}\\b[^:\\n]*:.*\\b[Dd]eclar`);
  const named = new RegExp(`\\b(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\\.?\\s+(?:[A-Z][\\w'’-]+\\s+)?${surname}\\s+(?:also\\s+)?(?:declared|declares|wishe[sd] to declare)\\b`);
  const recorded = ctx.recordsOf("declaration");
  const found: (Span & { text: string })[] = [];
  for (const d of ctx.documents) {
    if (meetingDays.size && !meetingDays.has(d.meta.date)) continue;
    const text = ctx.textOf(d.meta.docId) ?? "";
    let lineStart = 0;
    for (const line of text.split("\n")) {
      const start = lineStart;
      lineStart += line.length + 1;
      if (line.length > DECLARED_LINE_CHARS || !(sent.test(line) || named.test(line))) continue;
      if (recorded.some((r) => r.docId === d.meta.docId && r.sourceStart < start + line.length && start < r.sourceStart + r.source.length)) continue;
      found.push({ docId: d.meta.docId, start, end: start + line.length, locator: ctx.locate(d.meta.docId, start), text: line.trim() });
    }
  }
  return found.slice(0, 3);
}

/**
 * Who a declaration made by a role ("The Chair", "the Vice-Chair") was made by: the one person the
 * meeting's register (or, failing that, the body's membership) gives that role.
 */
function roleHolder(d: DeclarationRecord, ctx: LookupContext): string | undefined {
  const role = /^(?:the\s+)?((?:vice|deputy)[- ]?chair(?:man|woman|person)?|chair(?:man|woman|person)?)$/i.exec(d.person.trim())?.[1]?.toLowerCase().replace(/\s+/g, "-");
  if (!role) return undefined;
  const sameRole = (r: string | undefined) => !!r && r.toLowerCase().replace(/\s+/g, "-").replace(/\s*\(.*$/, "").split(/[,;(]/)[0]!.trim() === role;
  const present = ctx.recordsOf("attendance").filter((a) => a.docId === d.docId && a.meetingDate === d.meetingDate && (sameRole(a.role) || sameRole(a.note)));
  const named = [...new Set(present.map((a) => a.person))];
  if (named.length === 1) return named[0];
  const members = [...new Set(ctx.recordsOf("member").filter((m) => d.board && m.board === d.board && m.role === role.replace(/-/g, role.startsWith("vice") ? "-" : " ")).map((m) => m.person))];
  return members.length === 1 ? members[0] : undefined;
}

/** A question about actions by how far they have got: still open, or done. */
/** A meeting's actions named by its month: "the sept actions", "actions from the September meeting". */
// (Or by its day: "actions from the 3 may meeting".)
export const MONTH_ACTIONS = new RegExp(`\\b(${MONTH_PATTERN})(?:['’]s)?\\s+(?:(?:meeting|mtg)(?:['’]s)?\\s+)?actions?\\b|\\bactions?\\s+(?:from|of|agreed at)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH_PATTERN})\\b`, "i");

/** The month a question names a meeting by, with no day or year ("the sept actions"), as a number. */
function askedMonthOfMeeting(query: TypedQuery): number | undefined {
  const m = MONTH_ACTIONS.exec(query.question);
  if (!m) return undefined;
  const month = monthNumber(m[1] ?? m[2]!);
  const days = query.periods.filter((p) => p.kind === "month" || p.kind === "day");
  // ("Which june actions were still open at the oct meeting?": the actions' meeting is not the one asked
  // of; its minutes report on them.)
  return days.length === 0 || days.every((p) => Number(p.iso?.slice(5, 7)) !== month) ? month : undefined;
}

/**
 * An action's due date with a month its minutes shorten said in full, "end of Feb 2272" as "end of February
 * 2272", "1 Dec 2271" as "1 December 2271" (the answer's own words; the quote keeps the minutes' own).
 */
function dueInWords(due: string): string {
  // (A day a task plugin wrote as digits, "2096-03-31", as a day in words.)
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return humanDate(due);
  return due.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s+\d{1,4}\b)/g, (short: string) => MONTH_NAMES[monthNumber(short.replace(/\.$/, ""))! - 1]!);
}

/** An item's title about the meeting before: "Minutes of the last meeting and actions", "Matters arising". */
const PREVIOUS_MEETING_TITLE = /\b(?:last|previous|preceding) meeting\b|\bmatters arising\b|\baction (?:log|tracker)\b/i;

/** A title that names no year, or the year of the month asked (`iso`, "2104-09"). */
const sameYearIfSaid = (title: string, iso: string) => {
  const year = /\b(\d{4})\b/.exec(title)?.[1];
  return !year || year === iso.slice(0, 4);
};

/** An item's title naming a meeting in a month: "Notes of the meeting on 17 September 2104 and action log". */
function namesMeetingInMonth(title: string, month: number): boolean {
  const m = new RegExp(`\\b(?:meeting|minutes|notes)\\b.{0,30}?\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH_PATTERN})\\b`, "i").exec(title);
  return !!m && monthNumber(m[1]!) === month;
}

const ASKS_OPEN_ACTIONS = /\b(?:open|outstanding|pending|in progress|remaining|left to do|(?<!\b(?:agree|agreed|agrees|decide|decided|decides|going|want|wants|wanted|need|needs|needed|plan|plans|planned|supposed|asked)\s)to do|not (?:yet )?(?:done|complete|completed|finished)|still (?:to do|waiting|live|going))\b/i;
/** A question about where actions stand, not which there are. */
const ASKS_ACTION_STATE = /\b(?:done|complete|completed|finished|closed|open|outstanding|overdue|late|yet|still|status)\b/i;
const ASKS_DONE_ACTIONS = /\b(?:done|complete|completed|finished|closed|ticked off)\b/i;
/** Statuses of an action as minutes and task lists write them ("TODO", "WAITING", "Done (41 councils)"). */
const OPEN_STATUS = /^(?:todo|to do|doing|waiting|later|now|next|in[- ]progress|open|ongoing|pending|outstanding|not (?:yet )?started)\b/i;
const DONE_STATUS = /^(?:done|complete|completed|finished|achieved|delivered)\b/i;
/** "Which actions are overdue?": a log's own word for an action past its date. */
const ASKS_LATE_ACTIONS = /\b(?:overdue|past (?:its|their|the) (?:due date|deadline)|behind schedule)\b/i;
const LATE_STATUS = /^(?:overdue|late|past due|behind(?: schedule)?|delayed|slipped)\b/i;

/**
 * "Which actions from the 5 November meeting are still open?": the actions of the items in scope whose
 * status says so, when the minutes give actions a status (a task list's "TODO" / "DONE", a status column).
 */
function actionsByStatus(question: string, items: MinuteRecord[]): Finding | undefined {
  const late = ASKS_LATE_ACTIONS.test(question) && items.some((r) => r.actions.some((a) => a.status && LATE_STATUS.test(a.status)));
  // (Of late actions, only a log that calls some so answers; else what else the question asks, "open".)
  const wanted = late ? LATE_STATUS : ASKS_OPEN_ACTIONS.test(question) ? OPEN_STATUS : ASKS_DONE_ACTIONS.test(question) ? DONE_STATUS : undefined;
  if (!wanted) return undefined;
  const rated = items.filter((r) => r.actions.some((a) => a.status));
  if (rated.length === 0) return undefined;
  // (In a log whose states close some actions, "Done", open is any other state: "Deferred", "Overdue".)
  const closes = (status: string) => DONE_STATUS.test(status) || CLOSED_LOG_STATE.test(status.split(/\s+/)[0] ?? "");
  const log = rated.some((r) => r.actions.some((a) => a.status && closes(a.status)));
  const isWanted = (status: string) => wanted.test(status) || (wanted === OPEN_STATUS && log && !closes(status));
  const finding = emptyFinding();
  const anyMatch = rated.some((r) => r.actions.some((a) => a.status && isWanted(a.status)));
  for (const r of rated) {
    const matching = r.actions.filter((a) => a.status && isWanted(a.status));
    const rest = r.actions.filter((a) => a.status && !isWanted(a.status));
    // (An item none of whose actions are asked for is left out, unless none of any item's are.)
    if (matching.length === 0 && anyMatch) continue;
    finding.lines.push(`${matching.length} of the ${matching.length + rest.length} actions with a status are ${wanted === LATE_STATUS ? "late" : wanted === OPEN_STATUS ? "still open" : "done"} (${r.board ?? "meeting"}, ${humanDate(r.meetingDate)}, ${itemName(r)}):`);
    for (const a of matching) finding.lines.push(`• ${a.ref ? `${a.ref}: ` : ""}${a.text} – ${a.status}${a.owner ? `; owner: ${a.owner}` : ""}${a.deadline ? `; by ${dueInWords(a.deadline)}` : ""}`);
    finding.rows.push(r);
    // (Each action where it is written, when known; else the item's actions together.)
    const own = matching.filter((a) => a.span).map((a) => spanOf(r, a.span, minuteRow(r, "action"))!);
    const s = own.length ? undefined : spanOf(r, r.spans.action, minuteRow(r, "action"));
    finding.evidence.push(...own, ...(s ? [s] : []));
  }
  return finding;
}

/**
 * "Which actions from the September meeting are still open?" when the minutes give their actions no status
 * but a later paper's action log does, by the same references: the actions by that status, as that paper
 * gives it. Open is anything not complete or closed ("On track", "Overdue", "Deferred").
 */
function actionsByLaterStatus(question: string, items: MinuteRecord[], ctx: LookupContext): Finding | undefined {
  const wantsOpen = ASKS_OPEN_ACTIONS.test(question);
  if (!wantsOpen && !ASKS_DONE_ACTIONS.test(question)) return undefined;
  const referenced = items.flatMap((r) => r.actions.filter((a) => a.ref).map((a) => ({ a, r, later: laterStatus(a.ref!, r, ctx) })));
  const followed = referenced.filter((x) => x.later);
  if (followed.length < 2 || followed.length * 2 < referenced.length) return undefined;
  const closed = (t: TargetRecord) => t.status === "Blue" || (!!t.statusLabel && (CLOSED_LOG_STATE.test(t.statusLabel.trim()) || DONE_STATUS.test(t.statusLabel.trim())));
  const matching = followed.filter((x) => closed(x.later!) !== wantsOpen);
  const finding = emptyFinding();
  const r = followed[0]!.r;
  finding.lines.push(
    `${matching.length} of the ${followed.length} actions from the ${r.board ?? "meeting"}, ${humanDate(r.meetingDate)} ${matching.length === 1 ? "is" : "are"} ${wantsOpen ? "still open" : "done"}, by their status in a later paper:`,
  );
  for (const { a, later } of matching) addLaterStatus(finding, later!, ctx, { lead: `• ${a.ref}: ${a.text}${a.owner ? ` (owner: ${a.owner}${a.deadline ? `, by ${dueInWords(a.deadline)}` : ""})` : ""}. Status` });
  return finding;
}

/**
 * The same of a day whose papers name no board (a handout, a slide deck): papers dated that day, none of
 * them minutes, and nothing dated after it that says what that day's meeting decided.
 */
function unnamedBoardOnlyProposed(asked: string, ctx: LookupContext): Finding | undefined {
  if (asked.length !== 10) return undefined;
  const ofDay = ctx.documents.filter((d) => d.meta.date === asked);
  if (ofDay.length === 0 || ofDay.some((d) => d.meta.board || d.meta.kind === "minutes")) return undefined;
  const recordsOutcome = (d: LookupContext["documents"][number]) => d.meta.kind === "minutes" || saysWhatWasDecidedOn(ctx.textOf?.(d.meta.docId) ?? "", asked);
  if (ctx.documents.some((d) => d.meta.date.slice(0, 10) > asked && recordsOutcome(d))) return undefined;
  return {
    ...emptyFinding(),
    notFound: `I have no minutes or record of decisions of the meeting of ${humanDate(asked)}. I hold its papers (${ofDay.map((d) => d.meta.title).join("; ")}), which say what was proposed to the meeting, not what it decided.`,
  };
}

/**
 * "What did the board decide on 9 March?" when the papers hold that meeting's agenda papers and nothing of
 * the board's from after it that could record the outcome (no minutes, no later pack carrying them, no
 * later paper saying what that meeting agreed): the decision is not recorded.
 */
function onlyProposed(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const asked = query.periods.find((p) => p.kind === "day" || p.kind === "month")?.iso;
  if (!asked) return undefined;
  // ("At the 12 oct meeting", no board named: the one board whose papers are for that day.)
  const boardsThatDay = [...new Set(ctx.documents.filter((d) => d.meta.date.startsWith(asked) && d.meta.date.length === 10 && d.meta.board).map((d) => d.meta.board!))];
  const board = query.board ?? (boardsThatDay.length === 1 && asked.length === 10 ? boardsThatDay[0] : undefined);
  if (!board) return unnamedBoardOnlyProposed(asked, ctx);
  const ofBoard = ctx.documents.filter((d) => d.meta.board === board);
  // (Or its other papers of the day, a handout or a slide deck, as for a day whose papers name no board.)
  const ofDay = ofBoard.filter((d) => d.meta.kind !== "minutes" && d.meta.date.startsWith(asked) && d.meta.date.length === 10);
  const packs = ofDay.filter((d) => d.meta.kind === "board agenda pack" || d.meta.kind === "board paper");
  const agenda = packs.length ? packs : ofDay;
  if (agenda.length === 0) return undefined;
  const day = agenda[0]!.meta.date;
  if (agenda.some((d) => d.meta.date !== day)) return undefined;
  const recordsOutcome = (d: LookupContext["documents"][number]) =>
    d.meta.kind === "minutes" || d.meta.kind === "board agenda pack" || saysWhatWasDecidedOn(ctx.textOf?.(d.meta.docId) ?? "", day);
  // (Minutes dated by the meeting itself record it too.)
  if (ofBoard.some((d) => (d.meta.date.slice(0, day.length) > day || (d.meta.kind === "minutes" && d.meta.date.startsWith(day))) && recordsOutcome(d))) return undefined;
  return {
    ...emptyFinding(),
    notFound: `I have no minutes or record of decisions of the ${board} meeting of ${humanDate(day)}. I hold its agenda papers (${agenda.map((d) => d.meta.title).join("; ")}), which say what was proposed to the meeting, not what it decided.`,
  };
}

/**
 * A sentence of the text that says what was decided on the day: "On 18 March 2027 the Panel agreed …",
 * "approved on 18/03/2027". ("… agreed on 14 October that it could not wait until the meeting on 18 March"
 * is another day's decision.)
 */
function saysWhatWasDecidedOn(text: string, day: string): boolean {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  const date = `(?:\\b0?${d}(?:st|nd|rd|th)?\\s+${month.slice(0, 3)}[a-z]*,?\\s+${y}\\b|\\b0?${d}/0?${m}/(?:${y}|${y % 100})\\b)`;
  const verb = "\\b(?:agreed|approved|decided|resolved|endorsed|rejected|deferred)\\b";
  const said = new RegExp(`${date}[^.;]{0,80}${verb}|${verb}\\s+(?:\\w+\\s+){0,2}${date}`, "i");
  return text.split(/\n|(?<=[.;])\s+/).some((sentence) => said.test(sentence));
}

/** "How far into the webcast does item 5 start?", "the time code for the budget item": a recording's chapter. */
const ASKS_RECORDING_TIME = /\bhow far (?:in|into)\b|\btime ?codes?\b|\btimestamps?\b|\b(?:webcast|recording|video|stream|livestream)\b.{0,60}\b(?:start|starts|begin|begins|clip)\b|\b(?:start|starts|begin|begins)\b.{0,60}\b(?:webcast|recording|video|stream)\b/i;
/** Words of such a question that name no item. */
const RECORDING_WORDS = /^(?:webcast|recording|video|stream|livestream|item|items|start|starts|begin|begins|clip|far|time|timecode|timestamp|want|point)$/i;

/**
 * Where an item starts in a meeting's recording, when the record gives its agenda as the recording's
 * chapters ("00:47:20 5 Joint Monitoring Hub …"): the item the question's words name, and its time code.
 */
export function lookupChapterTime(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (!ASKS_RECORDING_TIME.test(query.question)) return undefined;
  const chapters = ctx.recordsOf("minute").filter((r) => RECORDING_CHAPTER.test(r.source));
  if (!chapters.length) return undefined;
  const numbered = ITEM_NUMBER.exec(query.question)?.[1]?.toLowerCase();
  const words = topicWords(query.topic).filter((w) => !RECORDING_WORDS.test(w));
  const scored = chapters.map((r) => ({ r, ...matchScore(words, r.title, { equivalents: 0.6 }) }));
  const fitting = numbered ? scored.filter((x) => x.r.number.toLowerCase() === numbered) : scored.filter((x) => x.fraction >= 0.5);
  const top = Math.max(...fitting.map((x) => x.score));
  const best = fitting.filter((x) => x.score >= top);
  if (best.length !== 1) return undefined;
  const { r } = best[0]!;
  const time = /\d{1,2}:\d{2}:\d{2}/.exec(r.source)![0];
  const finding = emptyFinding();
  finding.lines.push(`Item ${r.number} "${r.title}" starts ${time} into the recording of the ${r.board ?? "meeting"}, ${humanDate(r.meetingDate)}.`);
  finding.rows.push(r);
  finding.evidence.push({ docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length, locator: r.locator });
  return finding;
}

