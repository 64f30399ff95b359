/**
 * Minutes: each item (its number and title, who introduced it, the decision or resolution, the actions
 * with their owner and deadline) and the interests declared. Items are the numbered headings (or short
 * numbered lines) of a minutes document; within an item, "Minutes:", "Decision:" / "Resolved:" and
 * "Action:" labels divide the text, in whatever layout the page used (headings, bold labels, inline).
 */
import { fullNameOfFirstName, fullNameOfInitials } from "./initials.js";
import type { Block, StructuredDoc } from "../structure.js";
import type { DeclarationRecord, MinuteRecord } from "./schema.js";
import type { DocumentHints } from "../loaders/types.js";
import { REF_SOURCE, blockLocator, filled, spanWords, type ExtractContext } from "./context.js";
import { classifyColumns, column, tableRows } from "./columns.js";
import { NAME_LETTER, NAME_PARTICLE, NAME_UPPER, RECORDING_CHAPTER, labelField } from "../vocabulary.js";
import { headingWords } from "../structure.js";
import { MONTH_PATTERN, findFullDate } from "../../util/dates.js";

/** "3. Finance update", "Item 4: …", "14/26 Welcome, apologies" (a minute numbered within its year). */
const ITEM_TITLE = /^(?:(?:agenda )?item\s+)?(\d{1,2}[a-z]?|\d{1,3}\/\d{2}(?:\/\d{1,3})?)[.:)]?\s+(?:[–—-]\s+)?(\S.{2,200})$/i;
const PERSON_WORD = `[${NAME_UPPER}][\\w${NAME_LETTER}'’-]+`;
const PERSON_BEFORE = String.raw`((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Baroness|Professor)\.?\s+)?${PERSON_WORD}(?:\s+${NAME_PARTICLE}${PERSON_WORD}){0,3})`;
/** "Cllr Jo Bloggs, Chair of the Resources Board, introduced the report" (the role between commas is optional). */
// ("Jo Bloggs, Audit Manager, Calderwick Audit Partnership, introduced …": a post and a body.)
const INTRODUCED = new RegExp(`${PERSON_BEFORE}(?:(?:,\\s*[^,.]{3,120}){1,2},)?\\s+(?:introduced|presented|moved|gave|set out|outlined)\\b`);
/** An organisation named after its people: "of the University of Wexcombe", "from Ashfield District Council". */
const OF_ORGANISATION = String.raw`\s+(?:of|from)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){0,5}`;
/** Two people who introduced an item together, or one named with their organisation: "Dr A and Dr B of the University of X presented …". */
const INTRODUCED_WITH = new RegExp(`${PERSON_BEFORE}(?:\\s+and\\s+${PERSON_BEFORE})?(${OF_ORGANISATION})?\\s+(?:introduced|presented|gave|set out|outlined)\\b`);
// ("Cllr X also declared an interest …", as a note added to the draft says it.)
const DECLARED = new RegExp(`${PERSON_BEFORE}\\s+(?:also\\s+)?declared\\s+(?:an?\\s+)?([\\w -]*?interest)\\b([^.]*)\\.`, "g");
/** The others named with a declarer, before them: "Cllr A and " of "Cllr A and Cllr B declared …", "Cllr A, Cllr B and ". */
// (Each named with a title, the last before "and": "Under Standing Orders, Cllr B declared …" names one.)
const TITLED_PERSON = String.raw`(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Baroness|Professor)\.?\s+${PERSON_WORD}(?:\s+${NAME_PARTICLE}${PERSON_WORD}){0,3}`;
const JOINT_DECLARERS = new RegExp(`(?:^|[^\\w${NAME_LETTER}'’-])((?:${TITLED_PERSON},\\s+)*${TITLED_PERSON},?\\s+and\\s+)$`);
/** "Mr Jo Bloggs declared that he had been employed by the auditor's firm until 2019." (group 2: "", group 3: what was declared) */
const DECLARED_THAT = new RegExp(`${PERSON_BEFORE}\\s+declared\\s+()(that\\b[^.]*)\\.`, "g");
/** Under a declarations item, a member saying what touches an item: "Cllr Jo Bloggs said that her council intends to bid …". */
const SAID_THAT = new RegExp(`((?:Cllr|Councillor)\\.?\\s+${PERSON_WORD}(?:\\s+${PERSON_WORD}){0,3})\\s+(?:said|stated|reported|informed the \\w+|advised the \\w+|told the \\w+)\\s+()(that\\b[^.]*)\\.`, "g");
/** Under an interests heading, a member's interest said plainly: "Cllr Jo Bloggs told us she has an interest in the money for Kestrelford." */
const HAS_INTEREST = new RegExp(`${PERSON_BEFORE}\\s+(?:told (?:us|the \\w+)|said|explained)\\s+(?:that\\s+)?(?:she|he|they)\\s+(?:has|had|have)\\s+(?:an?\\s+)?([\\w -]*?interest)\\b([^.]*)\\.`, "g");
/** Under a declarations label, a member's tie said plainly: "Cllr Jo Bloggs is a member of the Lowmarsh Co-operative, which …". */
const TIE_SAID = new RegExp(`${PERSON_BEFORE}\\s+()((?:is|was)\\s+(?:an?|the)\\s+(?:member|trustee|director|governor|employee|shareholder|partner|volunteer|patron|chair)\\b[^.]*)\\.`, "g");
// (A date written month first, "Due Nov 21, 2063", as American tools write it, too.)
const DEADLINE = new RegExp(`\\b(?:by|before|deadline:?|due:?)\\s+((?:${MONTH_PATTERN})\\s+\\d{1,2},\\s+\\d{4}|(?:the end of\\s+)?(?:\\d{1,2}\\s+)?(?:${MONTH_PATTERN})(?:\\s+\\d{4})?|the next meeting|\\d{1,2}/\\d{1,2}/\\d{2,4})`, "i");
const IN_MONTH = new RegExp(`\\bin\\s+((?:${MONTH_PATTERN})\\s+\\d{4})\\b`, "i");

type Part = "minutes" | "decision" | "action";

/** A sentence that says what the meeting decided: "The Task Group agreed to …", "Members resolved that …". */
const AGREED_SENTENCE = /(^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?|[.;]\s+)(?:The\s+)?(?:Board|Task Group|Panel|Committee|Group|Members|Meeting|Forum|Commission|Sub-committee)\s+(?:unanimously\s+)?(?:agreed|resolved|decided|approved)\s+(?:to|that)\b/;

/** A line that is only an owner and a date, as a minutes template's "Action by" column holds them. */
const OWNER_LINE = new RegExp(`^${PERSON_BEFORE}\\s+(?:by|before|due)\\s+((?:the end of\\s+)?(?:\\d{1,2}\\s+)?(?:${MONTH_PATTERN})(?:\\s+\\d{4})?)\\.?$`, "i");
/** An owner line's name and date, when the name is written as names are (each word a capital). */
function ownerLine(text: string): RegExpExecArray | undefined {
  const m = OWNER_LINE.exec(text);
  return m && /^(?:[A-Z][\w'’.-]*\s*)+$/.test(m[1]!) ? m : undefined;
}
/** A sentence that is an action: "Officers to publish …", "The Chair to write …". */
const ACTION_SENTENCE = /^(?:(?:[Tt]he\s+)?(?:[Oo]fficers?|Chair|Vice-Chair|[Cc]lerk|[Ss]ecretariat|[Tt]eam)|[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){0,2})\s+to\s+[a-z][^.]{5,250}\.?$/;

/** A numbered paragraph opening with a part's label: "4.3 Resolved:", "4.4 [Action:". */
const NUMBERED_PART = /^\d{1,2}(?:\.\d{1,2})+\.?\s+\[?(resolved|agreed|decision|decided|action)\s*:\s*/i;

function partOf(b: Block): Part | undefined {
  const f = b.label ? labelField(b.label.name) : undefined;
  return f === "minutes" || f === "decision" || f === "action" ? f : undefined;
}

/** A street address: a number before a street's name, or a postcode. */
const ADDRESS_LINE = /^\d{1,4}\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]*\s+){1,3}(?:Square|Street|St|Road|Rd|Lane|Avenue|Ave|Blvd|Boulevard|Place|Way|Drive|Court|Row|Terrace|Gardens|Parade)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/;

const DAY_OR_LENGTH = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_PATTERN})\b|^\d{1,2}[hm]\s+\d{1,2}[ms]$`, "i");

/** An item's title: a numbered heading, a short numbered line, or a row of a number beside a title. */

/** An event in a recording, at its time code: "00:09:52 Jo Bloggs (Estates Manager)". */
const CHAPTER_EVENT = /^(?:[-*•]\s+)?\d{1,2}:\d{2}:\d{2}\s+\S/;

function isItemTitle(b: Block): RegExpExecArray | undefined {
  if (b.label) return undefined;
  // (An item a recording's chapter opens is one, listed or not.)
  if (b.kind !== "row" && RECORDING_CHAPTER.test(b.text)) return ITEM_TITLE.exec(b.text.replace(RECORDING_CHAPTER, "")) ?? undefined;
  const text = b.kind === "row" ? filled(b.cells).join(" ") : b.text;
  if (b.kind === "row" && !/^\d{1,2}[a-z]?[.)]?$/.test(filled(b.cells)[0] ?? "")) return undefined;
  if (b.kind !== "heading" && (text.length > 140 || /[.;:,]$/.test(text))) return undefined;
  // (A numbered list item in the body of a minute, "1. notes the report;", is prose, not a title.)
  if (b.list && !/^\d{1,2}[.)]\s+[A-Z]/.test(text)) return undefined;
  // (Nor is an address in a signature, "18 Smith Square, London SW1P 3HZ | 020 7946 0793".)
  if (ADDRESS_LINE.test(text)) return undefined;
  // (Nor a day, "12 June 2136, 10:04am", or a recording's length, "15m 26s", over a transcript.)
  if (DAY_OR_LENGTH.test(text)) return undefined;
  return ITEM_TITLE.exec(text) ?? undefined;
}

/** A task's state written before it: outliners' and org-mode's keywords (with org's priority), or a checkbox. */
// (Or a wiki's box that says more: Zim's "[*]" done, "[>]" moved on.)
const TASK_STATE = /^(?:(TODO|DOING|DONE|WAITING|LATER|NOW|NEXT|IN[- ]PROGRESS|CANCELL?ED)\b|\[([ xX*>])\]|([☐☑☒✅]))\s*(?:\[#[A-C]\]\s*)?/;
/** A task's box opening a line, "[ ] …", "[*] …", "☐ …": a task wherever it stands. */
const BOXED_TASK = /^(?:\[[ xX*>]\]|[☐☑☒✅])\s+\S/;
/**
 * What a checkbox says: "[x]" is done, as markdown has it, but where a page's boxes are Zim's (the page's
 * hints say so) "[x]" is a task not done, dropped, and "[*]" is done.
 */
function checkboxState(box: string, dialect: DocumentHints["checkboxes"]): string {
  if (box === " ") return "open";
  if (box === ">") return "carried forward";
  if (box === "*") return "done";
  return dialect === "zim" ? "dropped" : "done";
}
/** A done task's state said in words after its box, for screen readers: "☑ Completed CEA-32 …". */
const SCREEN_READER_STATE = /^(?:completed|done)\s+/i;
/** A task line that ends with its assignee, as initials or a name, and a day: "… meeting KR 15 Dec". */
const ASSIGNEE_AND_DUE = /^(.{8,}?)\s+(\p{Lu}{2,3}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}(?:\s+\d{4})?)$/u;
/** A task's own reference before its words: "CEA-31 Recovery plan …". */
const LEADING_REF = new RegExp(String.raw`^(${REF_SOURCE})\s+(?=\S)`);
/** Where a task's own words end and its stamps, drawers and properties begin. */
// (Or a notes app's chips after it: "@Zainab Papadakis", "Due Nov 21, 2063".)
const TASK_DETAILS = /\s+(?=(?:CLOSED|DEADLINE|SCHEDULED):|:[A-Z]+:|#action\b|[Oo]wner::?\s|@[A-Z]|Due\s+[A-Z][a-z]{2,8}\s+\d)/;

/** An action's owner, initials the notes spell out elsewhere said with the name: "JT (Jovan Twelvetrees)". */
// (Or a first name the task tags, "@Thaddeus", that one full name of the notes opens with.)
function ownerNamed(doc: StructuredDoc, owner: string | undefined, task?: string): string | undefined {
  const tagged = !!owner && !!task && task.includes(`@${owner.trim()}`);
  const fullName = owner ? (fullNameOfInitials(doc.text, owner.trim()) ?? (tagged ? fullNameOfFirstName(doc.text, owner.trim()) : undefined)) : undefined;
  return fullName ? `${owner!.trim()} (${fullName})` : owner;
}

/** Who does an action: "(Owner: Jo Bloggs, …)", "owner:: Jo Bloggs", or its subject before " to " ("Officers to share …"). */
function actionOwner(text: string): string | undefined {
  // (Up to the next property or stamp: ":OWNER: Jo Bloggs :ITEM: 3", "Owner: Jo Bloggs DEADLINE: …".)
  // (Or the signs a task plugin writes after it: "owner:: Jo Bloggs ⏫ 📅 2096-03-28".)
  const named = /\b(?:owner|lead|responsible|by whom)\s*:{1,2}\s*([^,;)]+?)(?=\s+:?[A-Za-z][\w-]*(?:\s(?:on|by|at|date))?:{1,2}(?:\s|$)|\s*[,;)]|\s*(?:⏫|🔼|🔽|⏬|🔺|📅|🗓|✅|⏳|🛫|➕)|\s*$)/iu.exec(text)?.[1];
  if (named) return named.trim();
  // (An assignee chip: "@Zainab Papadakis".)
  const mentioned = /(?:^|\s)@([A-Z][\p{L}'’-]+(?:\s+(?!(?:Due|Done|By)\b)[A-Z][\p{L}'’-]+){0,3})/u.exec(text)?.[1];
  if (mentioned) return mentioned;
  // ("Jo Bloggs will write the plan.": minutes in plain words name who will do it first.)
  const will = /^((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms)\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){1,3})\s+will\s+[a-z]/.exec(text);
  if (will) return will[1];
  // ("JT – award letters to … – by 5 March": notes put the owner first, before a dash.)
  const dashed = /^((?:Cllr\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+[–—]\s+\S/.exec(text);
  if (dashed) return dashed[1];
  const m = /^(.{2,80}?)\s+to\s+[a-z]/.exec(text);
  return m && !/^(?:that|this|it|we|members agreed)\b/i.test(m[1]!) ? m[1]!.trim() : undefined;
}

function actionDeadline(text: string): string | undefined {
  // (A planner's stamp: "DEADLINE: <2081-12-12 Fri>".)
  // (Or a task plugin's due sign: "📅 2096-03-28".)
  // (Or a wiki's task plugin's due day, "[d: 31/3/2096]", day first, or "[d: 2096-03-31]".)
  const due = /\[d:\s*(?:(\d{4}-\d{2}-\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))\s*\]/.exec(text);
  if (due?.[1]) return due[1];
  if (due && Number(due[3]) >= 1 && Number(due[3]) <= 12 && Number(due[2]) >= 1 && Number(due[2]) <= 31) return `${due[4]}-${due[3]!.padStart(2, "0")}-${due[2]!.padStart(2, "0")}`;
  return /\bDEADLINE:\s*<(\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1] ?? /(?:📅|🗓)\uFE0F?\s*(\d{4}-\d{2}-\d{2})\b/u.exec(text)?.[1] ?? DEADLINE.exec(text)?.[1] ?? IN_MONTH.exec(text)?.[1];
}

/** An issue tracker's number for a task, "#4127". */
const ISSUE_NUMBER = /^#\d{1,6}$/;

export function extractMinutes(ctx: ExtractContext, consumed: Set<number>): { minutes: MinuteRecord[]; declarations: DeclarationRecord[] } {
  const { doc, meta } = ctx;
  if (meta.kind === "board agenda pack") return { minutes: carriedMinutes(ctx, consumed), declarations: carriedDeclarations(ctx) };
  if (meta.kind !== "minutes") return { minutes: [], declarations: [] };
  const minutes = numberedItems(ctx, consumed, 0, doc.blocks.length);
  if (!minutes.length) minutes.push(...unnumberedParts(ctx, doc, consumed));
  return { minutes, declarations: [...declarations(ctx), ...declarationsTable(ctx)] };
}

/** The minutes' numbered items among blocks `from` to `to` (of the whole document, by position). */
function numberedItems(ctx: ExtractContext, consumed: Set<number>, from: number, to: number): MinuteRecord[] {
  const { doc } = ctx;
  const found = doc.blocks.slice(from, to).flatMap((b) => {
    const m = isItemTitle(b);
    return m ? [{ at: b.index, number: m[1]!, title: m[2]!.trim() }] : [];
  });
  // Minutes numbered within their year ("14/26") are numbered so throughout: a line opening on a plain
  // number among them ("18 Smith Square, London") is not an item.
  const yearly = found.filter((s) => s.number.includes("/"));
  const starts = yearly.length >= 2 ? yearly : found;
  // (A recording's chapters are the agenda's list: the last runs to the next heading as high as the one
  // over the list, "Speakers" beside "Agenda", not to the end of the page.)
  const last = starts.at(-1);
  let end = to;
  if (last && RECORDING_CHAPTER.test(doc.blocks[last.at]!.text)) {
    const over = doc.blocks.slice(0, starts[0]!.at).reverse().find((b) => b.kind === "heading");
    const next = over ? doc.blocks.slice(last.at + 1, to).find((b) => b.kind === "heading" && (b.level ?? 3) <= (over.level ?? 3)) : undefined;
    if (next) end = next.index;
  } else if (last) end = lastItemEnd(doc, last.at, to);
  const items = starts.map((s, k) => readItem(ctx, doc, s, k + 1 < starts.length ? starts[k + 1]!.at : end, consumed));
  // (After the last item, the parts under headings of their own: "Actions" over the meeting's log.)
  return last && end < to ? [...items, ...unnumberedParts(ctx, doc, consumed, end, to)] : items;
}

/** A line naming a meeting's log of actions: "Action log", "Actions arising (as at 3 May)". */
// (Not a bare "Actions:", an item's own actions under it.)
const ACTION_LOG_LINE = /^(?:action (?:log|tracker|list|points)|actions (?:log|tracker|list|arising)|actions (?:from|agreed (?:at|in)|arising from) (?:this|the|today['’]s) meeting)(?:\s*\([^)]{0,60}\))?[:.]?$/i;
/** A line naming the actions the meeting itself agreed: "Actions from this meeting", "Actions agreed at the meeting". */
// (Not a log kept across meetings, "Action log (updated 9 December)": its rows are tracked items.)
const MEETING_ACTIONS_LINE = /^actions (?:from|agreed (?:at|in)|arising from) (?:this|the|today['’]s) meeting[:.]?$/i;

/**
 * Where the last item ends: at the next heading as high as its own that is not one of its parts ("##
 * Documents", "## Signed"), or that is a part over a table of its own ("## Actions" over the meeting's
 * action log); else at the end.
 */
function lastItemEnd(doc: StructuredDoc, at: number, to: number): number {
  const title = doc.blocks[at]!;
  // (Under an item titled by a line of its own, a line naming the meeting's log over its table: "Action log
  // (updated 16 December 2471)" over "Ref | Action | Owner | Due".)
  if (title.kind !== "heading") {
    const log = doc.blocks.slice(at + 1, to).find((b, k, rest) => b.kind !== "row" && ACTION_LOG_LINE.test(b.text.trim()) && rest[k + 1]?.kind === "row");
    return log ? log.index : to;
  }
  for (let j = at + 1; j < to; j++) {
    const b = doc.blocks[j]!;
    // (A heading the file marks as one: not a short line read as one, "Chair · 1.12pm".)
    if (b.kind !== "heading" || !b.marked || (b.level ?? 3) > (title.level ?? 3)) continue;
    const part = labelField(headingWords(b.text));
    if (part !== "decision" && part !== "action" && part !== "minutes") return j;
    const next = doc.blocks.findIndex((x, k) => k > j && x.kind === "heading");
    if (doc.blocks.slice(j + 1, next < 0 ? to : Math.min(next, to)).some((x) => x.kind === "row")) return j;
  }
  return to;
}

/**
 * The draft minutes of an earlier meeting that a pack carries (its item "Minutes of the meeting held on
 * 11 October"): their numbered items, read as that meeting's minutes, to the pack's next item.
 */
function carriedMinutes(ctx: ExtractContext, consumed: Set<number>): MinuteRecord[] {
  return carriedParts(ctx).flatMap(({ day, from, to }) => numberedItems({ ...ctx, meta: { ...ctx.meta, kind: "minutes", date: day } }, consumed, from, to));
}

/** The title line of the minutes of an earlier meeting that a pack carries: "Minutes of the meeting held on …". */
// (Under the pack's item number, "Item 2: Minutes of the meeting held on …".)
const CARRIED_MINUTES = /^(?:(?:agenda\s+)?item\s+\d{1,2}[a-z]?\s*[:.–-]\s*)?(?:draft\s+)?(?:minutes|notes?) of the (?:\w+\s+)?meeting (?:held )?(?:on|of)\b/i;

/**
 * The interests declared at an earlier meeting whose draft minutes a pack carries: read from the minutes' own
 * part of the pack (from their title line to the next item of the pack), dated by that meeting.
 */
function carriedDeclarations(ctx: ExtractContext): DeclarationRecord[] {
  const { doc, meta } = ctx;
  return carriedParts(ctx).flatMap(({ day, from, to }) => declarations({ ...ctx, doc: { ...doc, blocks: doc.blocks.slice(from, to) }, meta: { ...meta, kind: "minutes", date: day } }));
}

/** The parts of a pack that carry an earlier meeting's minutes: that meeting's day and the blocks after their title line. */
function carriedParts(ctx: ExtractContext): { day: string; from: number; to: number }[] {
  const { doc } = ctx;
  const out: { day: string; from: number; to: number }[] = [];
  doc.blocks.forEach((b, k) => {
    if (b.kind === "row" || b.text.length > 200 || !CARRIED_MINUTES.test(b.text.replace(/^#+\s*/, ""))) return;
    const day = findFullDate(b.text)?.iso;
    if (!day) return;
    // (Not a line of the agenda's list, "Item 3: Minutes of the meeting held on …" over "Item 4: …": the
    // item, not the minutes.)
    const number = /^(?:(?:agenda\s+)?item\s+)?(\d{1,2})\b/i.exec(b.text.replace(/^#+\s*/, ""))?.[1];
    const after = doc.blocks[k + 1];
    if (number && after && new RegExp(`^(?:(?:agenda\\s+)?item\\s+)?${Number(number) + 1}\\b`, "i").test(after.text.replace(/^#+\s*/, ""))) return;
    // (To the next heading as high as the pack's item headings, "Item 4", above the title line; or as high
    // as the title line itself when it is the pack's item heading, "# Item 2: Minutes of the meeting …".)
    const item = b.kind === "heading" && b.marked && /^(?:#+\s*)?item\b/i.test(b.text) ? b : [...doc.blocks.slice(0, k)].reverse().find((h) => h.kind === "heading");
    // (A title that is a heading over the minutes' own items as headings of its level, numbered from 1, as a
    // message's body sets them: "Draft minutes of …" over "1 Welcome", "2 Declarations": to the next heading
    // above it.)
    const firstBelow = b.kind === "heading" ? doc.blocks.find((x, j) => j > k && x.kind === "heading") : undefined;
    const ownItems = !!firstBelow && firstBelow.level === b.level && /^(?:item\s+)?1[.:)]?\s/i.test(firstBelow.text);
    const end = ownItems
      ? doc.blocks.findIndex((x, j) => j > k && x.kind === "heading" && (x.level ?? 3) < (b.level ?? 3))
      : doc.blocks.findIndex((x, j) => j > k && x.kind === "heading" && (x.level ?? 3) <= (item?.level ?? 1) && /^(?:item\s+)?\d{1,2}\b|^item\b/i.test(x.text));
    out.push({ day, from: k + 1, to: end < 0 ? doc.blocks.length : end });
  });
  return out;
}

/**
 * Minutes with no numbered items (an Easy Read version: "What we decided", "What happens next" as plain
 * headings): each heading that names a part, decisions or actions, is read as an item of that part, to
 * the next heading as high as it.
 */
function unnumberedParts(ctx: ExtractContext, doc: StructuredDoc, consumed: Set<number>, from = 0, to = doc.blocks.length): MinuteRecord[] {
  const out: MinuteRecord[] = [];
  for (const b of doc.blocks.slice(from, to)) {
    // (Or a line naming the meeting's log over its table, "Actions from this meeting".)
    const log = b.kind !== "row" && MEETING_ACTIONS_LINE.test(b.text.trim());
    if ((b.kind !== "heading" && !log) || b.label?.value) continue;
    const part = log ? "action" : labelField(headingWords(b.text));
    if (part !== "decision" && part !== "action") continue;
    // (A log named by a line is its table: what follows it, a footnote or a comment, is none of its actions.)
    // (Or the tasks listed under it, "[ ] WA-07 …" lines, to the first line that is none; a heading of
    // that name is read to the next heading.)
    const tabled = log && doc.blocks[b.index + 1]?.kind === "row";
    const listed = log && !tabled && b.kind !== "heading";
    const next = tabled
      ? doc.blocks.find((x) => x.index > b.index + 1 && x.index < to && x.kind !== "row")
      : listed
        ? doc.blocks.find((x) => x.index > b.index && x.index < to && !x.list && !(doc.hints?.checkboxes === "zim" && BOXED_TASK.test(x.text)))
        : doc.blocks.find((x) => x.index > b.index && x.index < to && x.kind === "heading" && (x.level ?? 3) <= (b.level ?? 3));
    out.push(readItem(ctx, doc, { at: b.index, number: "", title: b.text.trim() }, next?.index ?? to, consumed, part));
  }
  return out;
}

/** A sentence giving the deadline of the action before it: "She will do this by 15 March 2124." */
const DEADLINE_SENTENCE = new RegExp(`^(?:she|he|they|we|it|[A-Z][\\w'’-]+)\\s+will\\s+do\\s+(?:this|it|that)\\s+(?:by|before)\\s+((?:the end of\\s+)?(?:\\d{1,2}\\s+)?(?:${MONTH_PATTERN})(?:\\s+\\d{4})?)\\.?$`, "i");

function readItem(ctx: ExtractContext, doc: StructuredDoc, s: { at: number; number: string; title: string }, end: number, consumed: Set<number>, opening: Part = "minutes"): MinuteRecord {
  const { meta } = ctx;
  const head = doc.blocks[s.at]!;
  const parts: Partial<Record<Part, Block[]>> = {};
  const inline: Partial<Record<Part, string>> = {};
  let current: Part = opening;
  const actions: MinuteRecord["actions"] = [];
  const zimBoxes = doc.hints?.checkboxes === "zim";
  for (let i = s.at + 1; i < end; i++) {
    const raw = doc.blocks[i]!;
    // A numbered paragraph that is a part's label ("4.3 Resolved: that the Panel", "4.4 [Action: Jo Bloggs
    // to …]"): read as the label it starts with.
    const numbered = raw.label ? undefined : NUMBERED_PART.exec(raw.text);
    const b: Block = numbered
      ? { ...raw, label: { name: numbered[1]!, value: raw.text.slice(numbered[0].length).replace(/\]\s*$/, ""), valueOffset: numbered[0].length } }
      : raw;
    const part = partOf(b);
    // (A recording's events under an item, "00:09:52 Jo Bloggs (Estates Manager)", are not its decision.)
    if (!part && current === "decision" && CHAPTER_EVENT.test(b.text)) current = "minutes";
    // (A heading of another kind, "Date of next meeting", ends a list of actions.)
    // (Not a task taken for a heading, a short line under its check box: "☑ Write to the councils …".)
    if (!part && b.kind === "heading" && current === "action" && !TASK_STATE.test(b.text)) current = "minutes";
    if (part) {
      current = part;
      if (b.label?.value) {
        // (The first label's value opens the part; a second "Decision:" in the item is a line of it, not
        // in place of the first.)
        if (!parts[part]?.length) inline[part] = b.label.value;
        (parts[part] ??= []).push(b);
      }
      continue;
    }
    // An actions table (Action | Owner | Deadline) inside the item.
    if (b.kind === "row" && b.table !== undefined && !consumed.has(b.table)) {
      const table = doc.tables[b.table]!;
      const cols = classifyColumns(table.header);
      const what = column(cols, "target") ?? column(cols, "description");
      if (what !== undefined && (column(cols, "lead") !== undefined || column(cols, "review") !== undefined)) {
        consumed.add(table.index);
        for (const r of tableRows(doc, table)) {
          const cells = r.cells ?? [];
          if (!cells[what]) continue;
          const owner = column(cols, "lead") !== undefined ? ownerNamed(doc, cells[column(cols, "lead")!]) : undefined;
          const deadline = column(cols, "review") !== undefined ? cells[column(cols, "review")!] : undefined;
          const status = column(cols, "status") !== undefined ? spanWords(cells[column(cols, "status")!] ?? "").trim() || undefined : undefined;
          // (A reference of its own, "BT86/17", and the item it arose from, when the table gives them; a
          // tracker's issue number, "#4127", is one wherever it stands.)
          const ref = column(cols, "ref") !== undefined ? cells[column(cols, "ref")!]?.trim() || undefined : cells.find((c) => ISSUE_NUMBER.test(c.trim()))?.trim();
          const item = column(cols, "item") !== undefined ? cells[column(cols, "item")!]?.trim() || undefined : undefined;
          actions.push({
            text: cells[what]!,
            ...(owner ? { owner } : {}),
            ...(deadline ? { deadline } : {}),
            ...(status ? { status } : {}),
            ...(ref ? { ref } : {}),
            ...(item && /^\d{1,2}(?:\.\d{1,2})?[a-z]?$/i.test(item) ? { item } : {}),
            ...(status || ref ? { span: [r.start, r.text.length] as [number, number] } : {}),
          });
        }
        (parts.action ??= []).push(...tableRows(doc, table));
      }
      continue;
    }
    // A task in the item, wherever it stands ("- [ ] Add CCR-09 to the register #action"): an action.
    // (Or, on a Zim page, a line opening with its box, "[ ] WA-07 …", as Zim writes a task outside a list.)
    if ((b.list ? TASK_STATE.test(b.text.replace(/^\s*(?:[-*•·▪]|\d+[.)])\s*/, "")) : zimBoxes && b.kind !== "row" && BOXED_TASK.test(b.text)) && current !== "action") {
      (parts.action ??= []).push(b);
      continue;
    }
    (parts[current] ??= []).push(b);
  }
  // A part's text: the value on its label's line ("RESOLVED: That the Board:") and the lines after it.
  const textOf = (p: Part) => {
    const lines = (parts[p] ?? []).filter((b) => b.kind !== "row").map((b, k) => (k === 0 && inline[p] ? inline[p]! : b.text));
    return lines.length ? lines.join("\n") : undefined;
  };
  let actionsRead = false;
  // Actions written as sentences in the item ("Officers to publish the guidance."), their owners and dates
  // in a column beside them ("Lorna Cheverton by 23 July 2027"), paired in order.
  if (!parts.action?.length) {
    const owners = [...(parts.minutes ?? []), ...(parts.decision ?? [])].filter((b) => ownerLine(b.text));
    const sentences = [...(parts.minutes ?? []), ...(parts.decision ?? [])].filter((b) => ACTION_SENTENCE.test(b.text) && !ownerLine(b.text));
    if (owners.length && sentences.length) {
      sentences.forEach((b, k) => {
        const pair = owners[Math.min(k, owners.length - 1)]!;
        const m = ownerLine(pair.text)!;
        actions.push({ text: b.text, owner: m[1]!, deadline: m[2]! });
      });
      for (const p of ["minutes", "decision"] as const) parts[p] = parts[p]?.filter((b) => !owners.includes(b) && !sentences.includes(b));
      (parts.action ??= []).push(...[...sentences, ...owners].sort((a, b) => a.start - b.start));
      actionsRead = true;
    }
  }
  // (Under a "Decision" title, a line may name its field again: "decision:: The Panel agreed …".)
  let decision = textOf("decision")?.replace(/^(?:decision|resolved|agreed|decided|resolution)\s*:\s*(?=\S)/i, "");
  // A resolution run into the item's text ("… by 31 October 2026. RESOLVED that: (1) …"), where a layout
  // joined the item's paragraphs: from the word to the end, or to an action.
  let runInDecision: [number, number] | undefined;
  for (const b of decision ? [] : (parts.minutes ?? [])) {
    // (After the paragraph's number too: "3.3 RESOLVED that …".)
    // (Or with how it was carried between: "5.3 RESOLVED, by 8 votes to 1, that …".)
    const m = /(?:^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?|[.:;]\s+)(?:It was\s+)?(?:RESOLVED|AGREED)\b\s*[:,]?\s*/.exec(b.text);
    if (!m) continue;
    const from = m.index + m[0].length;
    const stop = b.text.slice(from).search(/\s+ACTIONS?\b/);
    const said = b.text.slice(from, stop >= 0 ? from + stop : undefined).trim();
    if (said.length < 10) continue;
    decision = said;
    runInDecision = [b.start + from, said.length];
    // ("RESOLVED that the Task Group:" over "(a) agrees …", "(b) …": the resolution is its lettered list,
    // or its bulleted one.)
    if (stop < 0 && said.endsWith(":")) {
      const minutes = parts.minutes ?? [];
      let last = b;
      for (const next of minutes.slice(minutes.indexOf(b) + 1)) {
        if (!/^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[-*•])\s/.test(next.text)) break;
        last = next;
      }
      if (last !== b) {
        decision = doc.text.slice(b.start + from, last.start + last.text.length);
        runInDecision = [b.start + from, decision.length];
      }
    }
    break;
  }
  // Or said in a sentence of the item: "3.2 The Task Group agreed to fund the pond restoration …".
  for (const b of decision ? [] : (parts.minutes ?? [])) {
    const m = AGREED_SENTENCE.exec(b.text);
    if (!m) continue;
    const from = m.index + m[1]!.length;
    const end = b.text.slice(from).search(/[.;](?:\s|$)/);
    const said = b.text.slice(from, end >= 0 ? from + end + 1 : undefined).trim();
    decision = said;
    runInDecision = [b.start + from, said.length];
    break;
  }
  // (On a Zim page whose actions are boxed tasks, a paragraph without a box among them, a note under the
  // list, is none.)
  const boxed = zimBoxes && (parts.action ?? []).filter((x) => x.kind !== "row" && !x.list && BOXED_TASK.test(x.text)).length >= 2;
  for (const b of actionsRead ? [] : (parts.action ?? []).filter((x) => x.kind !== "row")) {
    const written = (b.label && partOf(b) === "action" ? (b.label.value ?? "") : b.text).replace(/^\s*(?:[-*•·▪]|\d+[.)])\s*/, "");
    // A task's state before it ("DONE", "[x]"), and its stamps and properties after it, are not its words.
    // (Zim's own boxes, "[*]" and "[>]", say a state only on a Zim page.)
    const read = TASK_STATE.exec(written);
    const state = read && !zimBoxes && (read[2] === "*" || read[2] === ">") ? null : read;
    if (boxed && !state && !b.list && !b.label) continue;
    const t = state ? written.slice(state[0].length) : written;
    // (Nor an app's button under its tasks, "+ Add a task".)
    if (!t || /^\+\s*(?:add|new)\b/i.test(t)) continue;
    // ("She will do this by 15 March 2124." after "Jo Bloggs will write the plan.": that action's deadline.)
    const by = DEADLINE_SENTENCE.exec(t);
    if (by && actions.length) {
      actions[actions.length - 1]!.deadline = by[1]!;
      continue;
    }
    // (A task app's row read as a line: its box, "Completed" for screen readers, the task, then its assignee
    // and due day, "… to the 15 Dec meeting KR 15 Dec".)
    const assigned = state?.[3] ? ASSIGNEE_AND_DUE.exec(t.replace(SCREEN_READER_STATE, "")) : null;
    const owner = ownerNamed(doc, assigned?.[2] ?? actionOwner(t), t);
    const deadline = assigned?.[3] ?? actionDeadline(t);
    const status = state ? (state[1] ?? (state[2] !== undefined ? checkboxState(state[2].toLowerCase(), doc.hints?.checkboxes) : /[☑☒✅]/.test(state[3] ?? "") ? "done" : "open")) : undefined;
    // (Where a task with a status is written: its own line, up to its stamps.)
    // (From its words, after its box or state: "[*]" is no word of the task's.)
    const taskLine = b.text.split(TASK_DETAILS)[0]!.trimEnd();
    const wordsAt = state ? Math.max(0, b.text.indexOf(t)) : 0;
    const said = assigned?.[1] ?? t.split(TASK_DETAILS)[0]!.trim();
    // (A task with a state and a reference of its own, "☐ CEA-31 Recovery plan …", is asked of by it.)
    const ref = status ? LEADING_REF.exec(said) : null;
    actions.push({
      text: ref ? said.slice(ref[0].length) : said,
      ...(owner ? { owner } : {}),
      ...(deadline ? { deadline } : {}),
      ...(status ? { status, span: [b.start + wordsAt, Math.max(0, taskLine.length - wordsAt)] as [number, number] } : {}),
      ...(ref ? { ref: ref[1]! } : {}),
    });
  }
  const spans: Record<string, [number, number]> = {};
  for (const p of ["minutes", "decision", "action"] as const) {
    const blocks = parts[p];
    if (!blocks?.length) continue;
    const first = blocks[0]!;
    const last = blocks[blocks.length - 1]!;
    const from = inline[p] && first.label?.valueOffset !== undefined ? first.start + first.label.valueOffset : first.start;
    spans[p] = [from, last.start + last.text.length - from];
  }
  if (runInDecision) spans.decision = runInDecision;
  // Who introduced the item: the first sentence of its minutes that says so.
  let introducedBy: string | undefined;
  let introducedSpan: [number, number] | undefined;
  for (const b of [...(parts.minutes ?? []), ...(parts.decision ?? [])]) {
    // (Two people, or one with their organisation, before one person alone: not "Wexcombe" of "the
    // University of Wexcombe presented".)
    const withOthers = INTRODUCED_WITH.exec(b.text);
    const m = withOthers && (withOthers[2] || withOthers[3]) ? withOthers : INTRODUCED.exec(b.text);
    if (!m || /^(?:The|This|It|Members|Officers)$/.test(m[1]!)) continue;
    introducedBy = m === withOthers ? [m[1], m[2]].filter(Boolean).join(" and ") + (m[3] ? ` (${m[3].trim().replace(/^(?:of|from)\s+(?:the\s+)?/, "")})` : "") : m[1]!;
    const sentenceStart = b.text.lastIndexOf(". ", m.index) + 1;
    const sentenceEnd = b.text.indexOf(". ", m.index);
    const from = sentenceStart > 0 ? sentenceStart + 1 : 0;
    const to = sentenceEnd >= 0 ? sentenceEnd + 1 : b.text.length;
    introducedSpan = [b.start + from, to - from];
    break;
  }
  return {
    type: "minute",
    id: `${meta.docId}:minute-${s.number || `at-${s.at}`}`,
    docId: meta.docId,
    ...(meta.board ? { board: meta.board } : {}),
    meetingDate: meta.date,
    number: s.number,
    title: s.title,
    ...(introducedBy ? { introducedBy, ...(introducedSpan ? { introducedSpan } : {}) } : {}),
    ...(decision ? { decision } : {}),
    actions,
    spans,
    textEnd: doc.blocks[end]?.start ?? doc.text.length,
    source: head.text,
    sourceStart: head.start,
    locator: blockLocator(head, ["Minutes"], s.number ? `minute ${s.number}` : s.title),
  };
}

/** A declaration of `person`'s interest, said by `source` (at `sourceStart`, in block `b`). */
function declaration(ctx: ExtractContext, b: Block, d: { person: string; item?: string | undefined; interest: string; source: string; sourceStart: number }, n: number): DeclarationRecord {
  const { meta } = ctx;
  return {
    type: "declaration",
    id: `${meta.docId}:declaration-${d.person}-${d.item ?? n}`,
    docId: meta.docId,
    ...(meta.board ? { board: meta.board } : {}),
    meetingDate: meta.date,
    person: d.person,
    ...(d.item ? { item: d.item } : {}),
    interest: d.interest,
    source: d.source,
    sourceStart: d.sourceStart,
    locator: blockLocator(b, ["Declarations of interest"], d.person),
  };
}

/** Columns of a table of interests declared: who, the item, what the interest is. */
const DECLARED_BY_COLUMN = /^(?:members?|councillors?|cllrs?|names?|declared by|who)$/i;
const DECLARED_ITEM_COLUMN = /^(?:(?:agenda )?items?|minutes?)(?: no\.?| number)?$/i;
const INTEREST_COLUMN = /\binterests?\b|\bdeclarations?\b/i;
const HONORIFIC = /^(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Baroness|Professor)\.?\s+/;

/** Interests declared as a table: a row per member (member, item, nature of interest). */
function declarationsTable(ctx: ExtractContext): DeclarationRecord[] {
  const { doc } = ctx;
  const out: DeclarationRecord[] = [];
  for (const table of doc.tables) {
    const header = table.header.map((h) => h.trim());
    const personCol = header.findIndex((h) => DECLARED_BY_COLUMN.test(h));
    const interestCol = header.findIndex((h) => INTEREST_COLUMN.test(h));
    if (personCol < 0 || interestCol < 0 || personCol === interestCol) continue;
    const itemCol = header.findIndex((h) => DECLARED_ITEM_COLUMN.test(h));
    for (const b of tableRows(doc, table)) {
      const cells = (b.cells ?? []).map((c) => c.trim());
      const person = cells[personCol]?.replace(HONORIFIC, "");
      const interest = cells[interestCol];
      // ("None", "No interests were declared": nothing to record.)
      if (!person || !interest || /^(?:none|nil|n\/a|-|–)\.?$/i.test(interest) || !/^[A-Z]/.test(person)) continue;
      const itemCell = itemCol >= 0 ? cells[itemCol] : undefined;
      const item = itemCell ? /^(?:item\s+)?(\d{1,2}[a-z]?)\b/i.exec(itemCell)?.[1] : undefined;
      const said = itemCell ? `interest in item ${itemCell.replace(/^item\s+/i, "")}: ${interest}` : interest;
      out.push(declaration(ctx, b, { person, item, interest: said, source: b.text, sourceStart: b.start }, out.length + 1));
    }
  }
  return out;
}

// (Or as notes shorten it: "DOIs".)
const DECLARATIONS_LABEL = /^(?:(?:declarations?|interests)(?: of interests?)?(?: declared)?|DOIs?)$/i;
/**
 * A declaration listed under its line by who made it, a dash before what it was: "- Cllr Gbadamosi – trustee
 * of the … Trust (Hallowmere bid, item 5)", "- Cllrs Cresswick + Trounson – Merrowfield councillors, item 5".
 */
const DASHED_DECLARATION = /^(?:Cllrs?|Councillors?)\.?\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:(?:\s+|\s*(?:\+|&|,|\band\b)\s*)[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){0,5})\s+[–—-]\s+(.{5,})$/s;
/** A declaration listed by who declared it: "Cllr Gareth Uttley, item 4, Bradford's bid, as …". */
const LISTED_DECLARATION = /^((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms)\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){1,3})\s*[,:–—-]\s*(.{5,})$/s;

/**
 * The declarations a "Declarations of interest:" line lists, one a semicolon, or one a sentence when each
 * opens with the councillor ("DOIs: Cllr A - trustee of …. Cllr B - his wife works for …").
 */
function listedDeclarations(ctx: ExtractContext, b: Block, out: DeclarationRecord[]): void {
  const value = b.label!.value!;
  const valueStart = b.start + (b.label!.valueOffset ?? b.text.indexOf(value));
  let at = 0;
  for (const [part, separator = ""] of pairs(value.split(/(;|(?<=\.)\s+(?=(?:Cllrs?|Councillors?)\.?\s))/))) {
    const from = at + (part.length - part.trimStart().length);
    at += part.length + separator.length;
    // (A sentence after the list, "Both left the meeting …", says no more of who declared what.)
    const said = part.trim().replace(/\.\s+[A-Z][\s\S]*$/, "").replace(/\.$/, "");
    const m = LISTED_DECLARATION.exec(said);
    if (!m || /^(?:none|no|nil)\b/i.test(said)) continue;
    const item = /\b(?:item|minute)\s+(\d{1,2}[a-z]?)/i.exec(m[2]!)?.[1];
    // (Said as the other layouts say it: "an interest in item 4: Bradford's bid, as …".)
    const what = m[2]!.replace(/^(?:item|minute)\s+\d{1,2}[a-z]?\s*[,:–—-]?\s*/i, "").trim();
    const interest = item ? `interest in item ${item}: ${what}` : `interest: ${what}`;
    out.push(declaration(ctx, b, { person: m[1]!.replace(HONORIFIC, ""), item, interest, source: said, sourceStart: valueStart + from }, out.length + 1));
  }
}

/** Parts split apart with their separators captured, each with the separator after it. */
function pairs(parts: string[]): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (let k = 0; k < parts.length; k += 2) out.push([parts[k]!, parts[k + 1]]);
  return out;
}

/** Interests declared: "Cllr Jo Bloggs declared a non-pecuniary interest in item 3 as …". */
function declarations(ctx: ExtractContext): DeclarationRecord[] {
  const { doc } = ctx;
  const out: DeclarationRecord[] = [];
  // The title of the item a block is in, where items are numbered lines rather than headings.
  let itemTitle = "";
  // Under a "Declarations of interest" line of its own, the entries listed after it, one a member
  // ("- Cllr Jo Bloggs: item 3 - her council is one of the pilots").
  let listing = false;
  for (const b of doc.blocks) {
    const titled = isItemTitle(b);
    if (titled) itemTitle = titled[2]!;
    const line = b.text.replace(/^\s*[-*•]\s+/, "").replace(/\s+#[\w-]+$/, "").replace(/:$/, "").trim();
    // (Or the minute's own numbered title, "2. Declarations of interest", over its entries.)
    if (b.kind !== "row" && !b.label?.value && (DECLARATIONS_LABEL.test(line) || (!!titled && DECLARATIONS_LABEL.test(titled[2]!.replace(/:$/, "").trim())))) {
      listing = true;
      continue;
    }
    const entry = listing && b.label?.value && /^(?:Cllr|Councillor)\.?\s/.test(b.label.name.trim()) ? b.label : undefined;
    if (entry) {
      const value = entry.value!;
      const item = /^(?:item|minute)\s+(\d{1,2}[a-z]?)/i.exec(value)?.[1];
      const what = value.replace(/^(?:item|minute)\s+\d{1,2}[a-z]?\s*[,:–—-]?\s*/i, "").trim();
      const from = b.text.indexOf(entry.name.trim());
      out.push(declaration(ctx, b, { person: entry.name.trim().replace(HONORIFIC, ""), item, interest: item ? `interest in item ${item}: ${what}` : `interest: ${what}`, source: b.text.slice(from), sourceStart: b.start + from }, out.length + 1));
      continue;
    }
    const dashed = listing && b.list ? DASHED_DECLARATION.exec(line) : null;
    if (dashed) {
      const from = b.text.indexOf(line.slice(0, 12));
      const what = dashed[2]!.trim();
      const item = /\b(?:item|minute)s?\s+(\d{1,2}[a-z]?)/i.exec(what)?.[1];
      // (Each councillor a line names, "Cresswick + Trounson", declared it.)
      for (const person of dashed[1]!.split(/\s*(?:\+|&|,|\band\b)\s*/).filter(Boolean))
        out.push(declaration(ctx, b, { person, item, interest: item ? `interest in item ${item}: ${what}` : `interest: ${what}`, source: b.text.slice(Math.max(from, 0)), sourceStart: b.start + Math.max(from, 0) }, out.length + 1));
      continue;
    }
    if (listing && !/^(?:no|none|nil)\b/i.test(line)) listing = false;
    // Under a "Declarations of interest" heading or item, "Mr Jo Bloggs declared that he had been employed
    // by …" is a declaration too, whether or not it says "interest".
    const underDeclarations = [...(b.headings ?? []), itemTitle].some((h) => /\bdeclarations?\b|\binterests?\b/i.test(h));
    // "Declarations of interest: Cllr A, item 4, as …; Cllr B, item 4, as …": one line listing them.
    // (Or one written out under its label, "Declaration: Cllr B declared that her business pays …".)
    const labelled = !!b.label && DECLARATIONS_LABEL.test(b.label.name.trim()) && !!b.label.value;
    if (labelled) {
      const listed = out.length;
      listedDeclarations(ctx, b, out);
      if (out.length > listed) continue;
    }
    const found = [...b.text.matchAll(DECLARED)];
    if (underDeclarations || labelled) for (const m of [...b.text.matchAll(DECLARED_THAT), ...b.text.matchAll(SAID_THAT), ...b.text.matchAll(HAS_INTEREST), ...b.text.matchAll(TIE_SAID)]) if (!found.some((f) => f.index === m.index)) found.push(m);
    for (const m of found) {
      const item = /\b(?:item|minute)\s+(\d{1,2}[a-z]?)/i.exec(m[3] ?? "")?.[1];
      const interest = `${m[2]!.trim()}${m[3] ?? ""}`.trim();
      // ("Cllr A and Cllr B declared …": each of them, quoted from the first name.)
      const joint = JOINT_DECLARERS.exec(b.text.slice(0, m.index!));
      const start = joint ? joint.index + joint[0].length - joint[1]!.length : m.index!;
      const people = [...(joint ? [...joint[1]!.matchAll(new RegExp(TITLED_PERSON, "g"))].map((p) => p[0]) : []), m[1]!];
      for (const named of people) {
        const person = named.replace(HONORIFIC, "");
        out.push(declaration(ctx, b, { person, item, interest, source: b.text.slice(start, m.index! + m[0].length), sourceStart: b.start + start }, out.length + 1));
      }
    }
  }
  return out;
}
