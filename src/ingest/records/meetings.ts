/**
 * Board meetings from agenda packs, single papers and minutes: the meeting itself (board, date, time,
 * venue, next meeting), its agenda items (number, title, pages, confidential or not) and its papers
 * (purpose, summary, recommendation, action, contact officers). Front sheets are read from label-value
 * blocks in any layout: headings over paragraphs, "Label: value" lines, or a two-column table; a contact
 * block may be labelled line by line or be four bare lines (name, post, phone, email).
 */
import type { Block, StructuredDoc, Table } from "../structure.js";
import type { AgendaItemRecord, Contact, MeetingRecord, PaperRecord } from "./schema.js";
import { blockLocator, filled, slug, type ExtractContext } from "./context.js";
import { classifyColumns, column, tableRows } from "./columns.js";
import { FRONT_SHEET_DETAIL, JOB_TITLE_WORD, labelField, type LabelField } from "../vocabulary.js";
import { findFullDate, isoDay, MONTH_PATTERN, monthNumber } from "../../util/dates.js";

const MEETING_SENTENCE = /there will be a meeting of the (.+?) at ([\d.:]+\s*(?:am|pm)?) on (?:\w+day,?\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4})\.?\s*(.*?)\.?$/i;
// (Or on the 24-hour clock with a colon, as a meeting's span, "14:00 to 16:00", or after "at", "at 14:00": not
// a printout's stamp, "04/03/2612 16:40", nor a score, "3:12".)
const TIME = /\b(\d{1,2}[.:]\d{2}\s*(?:am|pm)|\d{1,2}\s*(?:am|pm)|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:to|until|till|–|—|-)\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\b)|(?<=\bat\s)(?:[01]?\d|2[0-3]):[0-5]\d(?![:\d]))(?!\w)/i;

const MEETING_KINDS = new Set(["board agenda pack", "minutes", "board paper"]);

/** A calendar's item that is a body's meeting: "10:30 HSTTG meeting (moved from 18 January); Room 3.1, …". */
const CALENDAR_MEETING = /^(?:[-*•]\s*)?(\d{1,2}[:.]\d{2})\s+(.+?)(?:;\s*(.+))?$/;
/** Items that are about a meeting but are not it: the group's pre-meeting, the chair's briefing, a team's own. */
const NOT_THE_MEETING = /\b(?:pre-?meetings?|briefing|catch-?up|1:1|one-to-one|team meeting|away day|call|lunch|deadline|published|papers?)\b|^(?:cancell?ed|declined|tentative)\s*:/i;

/**
 * The meetings a calendar of month grids holds (see the loaders' calendar-grid): each item under a day's
 * heading that is a body's meeting ("10:30 HSTTG meeting; Room 3.1") is that body's meeting on that day,
 * at that time and place. One cancelled ("Canceled: …") is not held.
 */
function calendarMeetings(ctx: ExtractContext): MeetingRecord[] {
  const { doc, meta } = ctx;
  const out: MeetingRecord[] = [];
  let day: string | undefined;
  for (const b of doc.blocks) {
    if (b.kind === "heading") {
      day = findFullDate(b.text)?.iso;
      continue;
    }
    const m = day ? CALENDAR_MEETING.exec(b.text.trim()) : null;
    if (!m || !day) continue;
    const subject = m[2]!.replace(/\s*\([^)]*\)\s*$/, "").trim();
    const named = /^(.+?)\s+meeting$/i.exec(subject)?.[1] ?? (BODY_KIND.test(subject) ? subject : undefined);
    if (!named || NOT_THE_MEETING.test(m[2]!) || !(/^[A-Z][A-Z&]{1,9}$/.test(named) || BODY_KIND.test(named))) continue;
    out.push({
      type: "meeting",
      id: `${meta.docId}:meeting-${day}-${slug(named)}`,
      docId: meta.docId,
      board: named,
      date: day,
      time: m[1]!,
      ...(m[3] ? { venue: m[3].trim() } : {}),
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, b.headings ?? []),
    });
  }
  return out;
}

/** A heading over a body's list of meetings: "Meetings", "Dates of meetings 2026/27", "Future meetings". */
const MEETINGS_HEADING = /^(?:(?:future|forthcoming|upcoming|scheduled)\s+)?(?:meetings?(?:\s+dates)?|dates of (?:future )?meetings|meeting dates|calendar of meetings|schedule of meetings|meeting schedule)\b/i;
/** A meeting in such a list that is not held. */
const NOT_HELD = /\b(?:cancell?ed|postponed|abandoned)\b/i;

/**
 * A body's meetings listed under a heading of their own, a date a line ("Wed, 20th Jan, 2027 10.30 am –
 * Venue: City Hall, Leicester"), as a committee's web page lists them: each the body's meeting on that day,
 * at its time, in the venue the line gives or, failing that, the one the list says meetings are held at.
 * One marked cancelled is not held; the document's own meeting is read from the document.
 */
function listedMeetings(ctx: ExtractContext): MeetingRecord[] {
  const { doc, meta } = ctx;
  if (!meta.board) return [];
  const out: MeetingRecord[] = [];
  let under: Block | undefined;
  let usualVenue: string | undefined;
  for (const b of doc.blocks) {
    if (b.kind === "heading") {
      under = MEETINGS_HEADING.test(b.text.trim()) ? b : undefined;
      usualVenue = undefined;
      continue;
    }
    if (!under) continue;
    const held = /\b(?:meetings are|are normally|will be|are) held (?:at|in) (.+?)(?:,?\s+unless\b|\.\s|\.$|$)/i.exec(b.text);
    if (held) usualVenue = held[1]!.trim();
    // (A date struck through beside the one that replaced it, "~~Wednesday 9 March~~ Wednesday 16 March", is
    // no longer the meeting's.)
    const line = b.text.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "").replace(/~~[^~]*~~/g, "").trim();
    const date = findFullDate(line);
    if (!date || line.indexOf(date.match) > 16 || line.length > 160 || NOT_HELD.test(line)) continue;
    if (MEETING_KINDS.has(meta.kind) && date.iso === meta.date) continue;
    const time = TIME.exec(line)?.[1];
    const venue = /\bvenue\s*:\s*(.+)$/i.exec(line)?.[1]?.trim() ?? usualVenue;
    out.push({
      type: "meeting",
      id: `${meta.docId}:meeting-${date.iso}`,
      docId: meta.docId,
      board: meta.board,
      date: date.iso,
      ...(time ? { time } : {}),
      ...(venue ? { venue } : {}),
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, b.headings ?? [under.text]),
      listed: true,
    });
  }
  return out;
}

/** The last word of a body's name: "… Board", "… Task Group". */
const BODY_KIND = /\b(?:board|committee|panel|task group|working group|forum|commission|sub-committee|partnership)$/i;

export function extractMeeting(ctx: ExtractContext): MeetingRecord[] {
  const { doc } = ctx;
  if (doc.hints?.calendarGrid) return calendarMeetings(ctx);
  return [...documentMeeting(ctx), ...listedMeetings(ctx), ...plannerMeetings(ctx)];
}

/** A year planner's month row opens with its month and year: "May 2186", "Sept 2186". */
const PLANNER_MONTH = new RegExp(`^(${MONTH_PATTERN})\\.?\\s+(\\d{4})$`, "i");
/** A day's cell with a meeting's code under its number: "20 JSNAC", "13 JSNAC (R)". */
const PLANNER_DAY = /^(\d{1,2})\s+([A-Z][A-Z&]{1,9})(\s*\([^()]{1,12}\))?$/;
/** A key's row: a code, then what it stands for, a time and a place ("JSNAC | Joint Street … | 14:00 | Room 2"). */
const KEY_CODE = /^[A-Z][A-Z&]{1,9}$/;
const CLOCK = /^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?)?$/i;
/** Small words a body's initials leave out: "Joint Street Naming and Addressing Committee" is JSNAC. */
const UNINITIALLED = new Set(["and", "of", "for", "the", "&", "on", "in"]);

/**
 * The body a code stands for where no key row gives it: a name in the document ending in a body's word
 * whose initials it is ("… Joint Street Naming and Addressing Committee …" for JSNAC), read back from that
 * word; only when one name fits.
 */
function bodyOfInitials(code: string, text: string): string | undefined {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b(?:Board|Committee|Panel|Group|Forum|Commission|Partnership)\b/g)) {
    const words = text.slice(Math.max(0, m.index - 160), m.index + m[0].length).split(/[\s,]+/).filter(Boolean);
    let initials = "";
    for (let k = words.length - 1; k >= 0 && initials.length < code.length; k--) {
      const w = words[k]!;
      if (UNINITIALLED.has(w.toLowerCase()) && k < words.length - 1) continue;
      if (!/^[A-Z][a-z]/.test(w)) break;
      initials = w[0] + initials;
      // (Or without the body's word: "Audit, Governance and Standards Committee" is AGS too.)
      if (initials === code || (initials.length === code.length + 1 && initials.slice(0, -1) === code)) found.add(words.slice(k).join(" "));
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The meetings of a year planner: a table of month rows ("May 2186 | 1 BH | 2 | … | 26 CAB"), a meeting
 * given only by its code under its day, explained by the planner's key ("JSNAC | Joint Street Naming and
 * Addressing Committee | 14:00 | Committee Room 2"), which gives its time and place. A code that stands
 * for no body (a bank holiday, an event) is not a meeting, nor is a reserve date marked in brackets.
 */
function plannerMeetings(ctx: ExtractContext): MeetingRecord[] {
  const { doc, meta } = ctx;
  const key = new Map<string, { name: string; time?: string; venue?: string }>();
  for (const b of doc.blocks) {
    const cells = filled(b.cells ?? []).map((c) => c.trim());
    if (b.kind !== "row" || cells.length < 2 || !KEY_CODE.test(cells[0]!) || key.has(cells[0]!)) continue;
    const clock = cells.findIndex((c, k) => k >= 2 && CLOCK.test(c));
    key.set(cells[0]!, { name: cells[1]!, ...(clock >= 0 ? { time: cells[clock]! } : {}), ...(clock >= 0 && cells[clock + 1] ? { venue: cells[clock + 1]! } : {}) });
  }
  const out: MeetingRecord[] = [];
  for (const table of doc.tables) {
    const rows = table.rows.map((i) => doc.blocks[i]!).filter((b) => PLANNER_MONTH.test((b.cells?.[0] ?? "").trim()));
    if (rows.length < 3 || rows.length < table.rows.length / 2) continue;
    for (const b of rows) {
      const [, monthWord, year] = PLANNER_MONTH.exec(b.cells![0]!.trim())!;
      let at = 0;
      for (const cell of b.cells!.slice(1)) {
        const value = cell.trim();
        const found = value ? b.text.indexOf(value, at) : -1;
        if (found >= 0) at = found + value.length;
        const m = PLANNER_DAY.exec(value);
        if (!m || found < 0 || m[3]) continue;
        const entry = key.get(m[2]!);
        const name = (entry?.name ?? bodyOfInitials(m[2]!, doc.text))?.replace(/\s*\([^()]*\)\s*$/, "").trim();
        if (!name || !BODY_KIND.test(name)) continue;
        const date = isoDay(Number(year), monthNumber(monthWord!)!, Number(m[1]));
        out.push({
          type: "meeting",
          id: `${meta.docId}:meeting-${date}-${slug(m[2]!)}`,
          docId: meta.docId,
          board: name,
          date,
          ...(entry?.time ? { time: entry.time } : {}),
          ...(entry?.venue ? { venue: entry.venue } : {}),
          source: value,
          sourceStart: b.start + found,
          locator: blockLocator(b, b.headings ?? []),
          listed: true,
        });
      }
    }
  }
  return out;
}

/** The meeting an agenda pack, a paper or minutes are of. */
function documentMeeting(ctx: ExtractContext): MeetingRecord[] {
  const { doc, meta } = ctx;
  if (!MEETING_KINDS.has(meta.kind) || !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) return [];
  const early = doc.blocks.slice(0, 60);
  const sentence = early.find((b) => MEETING_SENTENCE.test(b.text));
  const m = sentence ? MEETING_SENTENCE.exec(sentence.text) : null;
  // ("Date of next meeting" over its date on the next line, as a heading or a bare label: the line under it.)
  // (Or a minute's numbered title, "9 Date of next meeting", over "9.1 Tuesday 5 February 2132 at 11.00am.")
  const numberedTitle = (b: Block) => b.kind !== "row" && b.text.length <= 60 && labelField(b.text.replace(/^\d{1,2}[.)]?\s+/, "").replace(/:$/, "")) === "nextMeeting";
  // (Only a day after the meeting's own: a pack carrying the last meeting's minutes has their "Date of next
  // meeting", which is this one.)
  const afterThis = (value: string) => {
    const day = findFullDate(value)?.iso;
    return !day || day > meta.date;
  };
  const bareTitles = doc.blocks.flatMap((b, k) => ((b.label && labelField(b.label.name) === "nextMeeting" && !b.label.value) || (!b.label && numberedTitle(b)) ? [k] : []));
  const bare = bareTitles.find((k) => {
    const below = doc.blocks[k + 1];
    return !!below && below.kind !== "heading" && !!findFullDate(below.text) && below.text.length <= 200 && afterThis(below.text);
  });
  const under = bare !== undefined ? doc.blocks[bare + 1] : undefined;
  const labelled =
    doc.blocks.find((b) => b.label && labelField(b.label.name) === "nextMeeting" && b.label.value && afterThis(b.label.value)) ??
    (under && bare !== undefined ? { ...under, label: { name: doc.blocks[bare]!.label?.name ?? doc.blocks[bare]!.text, value: under.text.replace(/^\d{1,2}\.\d{1,2}\s+/, "") } } : undefined);
  // Or a sentence: "The next meeting of the Board will be held on Wednesday 17 April 2024 at 11.00am …".
  const said = labelled
    ? undefined
    : doc.blocks
        .map((b) => ({ b, m: /\bnext meeting\b[^.]{0,60}?\b(?:will be held|will take place|is|takes place|will be)\s+(?:on\s+)?((?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}(?:[^.]|\.(?=\d))*)\./.exec(b.text) }))
        .find((x) => x.m && findFullDate(x.m[1]!));
  // (Or an agenda's row, "9 | Date of next meeting: Wednesday 12 March 2256, 10.30am | Chair".)
  const inRow = labelled
    ? undefined
    : doc.blocks
        .flatMap((b) => (b.kind === "row" ? (b.cells ?? []).map((c) => ({ b, m: /^(?:date of (?:the )?)?next meeting\s*[:–-]\s*(.{6,120})$/i.exec(c.trim()) })) : []))
        .find((x) => x.m && findFullDate(x.m[1]!) && afterThis(x.m[1]!));
  const rowAt = inRow ? inRow.b.text.indexOf(inRow.m![1]!) : -1;
  const next = labelled
    ? { value: labelled.label!.value!, span: [labelled.start, labelled.text.length] as [number, number] }
    : inRow && rowAt >= 0
      ? { value: inRow.m![1]!.trim(), span: [inRow.b.start + rowAt, inRow.m![1]!.length] as [number, number] }
      : said
      ? { value: said.m![1]!.trim(), span: [said.b.start + said.m!.index!, said.m![0].length] as [number, number] }
      : undefined;
  // (An invitation's calendar event says where, in the words its message shows.)
  const event = doc.hints?.event;
  const eventPlace = event?.location ? doc.blocks.find((b) => b.text.includes(event.location!)) : undefined;
  const venueBlock = eventPlace ? { ...eventPlace, label: { name: "Location", value: event!.location! } } : early.find((b) => b.label && labelField(b.label.name) === "venue" && b.label.value);
  // The line that dates the meeting anchors the record: the meeting sentence, or the first line with the date.
  const dated = early.find((b) => b.kind !== "row" && b.text.includes(String(Number(meta.date.slice(8)))) && TIME.test(b.text));
  // (Else the line that places it, an invitation's, or a front sheet's "Meeting: … – 18/09/2136".)
  const meetingField = early.find((b) => b.label?.value && /^(?:meeting|meeting date|date of meeting)$/i.test(b.label.name.trim()));
  // (An invitation's time line, the new one if it was changed, "~~10:30 – 15:30~~" above it: with the place
  // under it, one passage.)
  const eventWhen = event?.time ? doc.blocks.find((b) => b.text.includes(event.time!) && !b.text.includes("~~") && b.kind !== "row" && b.text.length <= 200) : undefined;
  const whenAndPlace =
    eventWhen && eventPlace && eventPlace.index > eventWhen.index && eventPlace.index - eventWhen.index <= 6
      ? { ...eventWhen, text: doc.text.slice(eventWhen.start, eventPlace.start + eventPlace.text.length) }
      : undefined;
  const anchor = sentence ?? dated ?? whenAndPlace ?? eventWhen ?? eventPlace ?? meetingField ?? doc.blocks[0]!;
  // (The venue's own sentence: "… SW1P 3HZ. The meeting started at 11.00am …" goes on about something else.)
  const venue = (m?.[4]?.replace(/^(?:at|in|via)\s+/i, "").trim() || venueBlock?.label?.value)?.replace(/\.\s*View directions$/i, "").split(/\.\s+(?=The |It |Members )/)[0];
  const time = m?.[2] ?? TIME.exec(anchor.text)?.[1] ?? event?.time;
  return [
    {
      type: "meeting",
      id: `${meta.docId}:meeting`,
      docId: meta.docId,
      board: meta.board ?? m?.[1] ?? "Board",
      date: meta.date,
      ...(time ? { time } : {}),
      ...(venue ? { venue: venue.charAt(0).toUpperCase() + venue.slice(1) } : {}),
      ...(next ? { nextMeeting: next.value, nextMeetingSpan: next.span } : {}),
      source: anchor.text,
      sourceStart: anchor.start,
      locator: blockLocator(anchor, [meta.kind === "minutes" ? "Minutes" : "Agenda"]),
    },
  ];
}

const ITEM = /^(\d{1,2})[.)]?\s+(.+)$/;
const SUB_ITEM = /^([a-z])[.)]\s+(.+)$/;
const NUMBER_ONLY = /^(\d{1,2}[a-z]?)[.)]?$/;
const PAGES = /^\d+\s*(?:-|–|to)\s*\d+$|^\d+$/;

/** Agenda tables: an item column (or numbered titles) and a page column, in any order. */
/** What an agenda cell says after an item's title: its paper, or what it is for. */
const TITLE_THEN_NOTE = /(?<=\S(?:\s+\S+){2,})\s+(?:(?:Paper|Report|Appendix|Annex)\s+\d.*|For (?:information|decision|discussion|noting|approval)\b.*)$/s;

/** The column that names an agenda's business ("Business", "Title", "Subject"). */
const BUSINESS = /^(?:(?:items? of )?business|title|subject|topic|report|paper)$/i;

/** The column of an agenda's item numbers ("Item", "No.", "#"). */
const ITEM_NUMBER = /^(?:item|no\.?|number|#)$/i;

function isAgendaTable(table: Table, kind: string): boolean {
  const { header } = table;
  const cols = classifyColumns(header);
  const numbered = ITEM_NUMBER.test(header[0] ?? "");
  if ((numbered || column(cols, "item") !== undefined) && column(cols, "page") !== undefined) return true;
  // "Item | Time | Business" under an "Agenda" heading; in an agenda pack, the item numbers may follow a
  // time column ("Time | Item | Business | Presenter").
  const business = header.some((h) => BUSINESS.test(h.trim()));
  if (numbered && business && /\bagenda\b/i.test(table.title ?? "")) return true;
  return kind === "board agenda pack" && business && header.some((h) => ITEM_NUMBER.test(h.trim()));
}

/** A part of an agenda held in private, named in its table's title ("Part B – exempt items"). */
const PRIVATE_PART = /\b(?:confidential|exempt|not for publication|part\s+(?:b|2|two)\b)/i;

export function extractAgenda(ctx: ExtractContext, consumed: Set<number>): AgendaItemRecord[] {
  const { doc, meta } = ctx;
  // (A calendar's events may each carry their meeting's agenda in their description.)
  if (/^BEGIN:VCALENDAR\s*$/m.test(doc.text.slice(0, 200))) return calendarAgendas(ctx);
  if (meta.kind !== "board agenda pack" && meta.kind !== "minutes") return [];
  const items: AgendaItemRecord[] = [];
  for (const table of doc.tables.filter((t) => isAgendaTable(t, meta.kind))) {
    consumed.add(table.index);
    const cols = classifyColumns(table.header);
    const business = table.header.findIndex((h) => BUSINESS.test(h.trim()));
    const titleCol = business > 0 ? business : column(cols, "item");
    const numberCol = table.header.findIndex((h) => ITEM_NUMBER.test(h.trim()));
    let confidential = !/non-?confidential/i.test(table.title ?? "") && PRIVATE_PART.test(table.title ?? "");
    let lastNumber = "";
    for (const b of tableRows(doc, table)) {
      const cells = b.cells ?? [];
      const nonEmpty = filled(cells);
      // (The item's number from its own column when a time or other column comes first.)
      // (Or its number and title together in it, "Time | Item | Lead | Paper" over "10:30 | 1. Welcome … | Chair | –".)
      const first = numberCol > 0 && (NUMBER_ONLY.test(cells[numberCol] ?? "") || ITEM.test(cells[numberCol] ?? "")) ? cells[numberCol]! : (nonEmpty[0] ?? "");
      const pages = (numberCol > 0 ? cells.filter((_, i) => i !== numberCol) : nonEmpty.slice(1)).find((c) => PAGES.test(c));
      // "1. | Welcome …" (number and title apart) or "1. Welcome …" (together).
      const apart = NUMBER_ONLY.exec(first);
      const title = apart ? (titleCol !== undefined && cells[titleCol] && cells[titleCol] !== first ? cells[titleCol] : nonEmpty[1]) : undefined;
      const item = apart && title ? ([first, apart[1]!, title] as const) : ITEM.exec(first);
      const sub = SUB_ITEM.exec(first);
      if (!item && !sub) {
        // Section markers: "SECTION 2: CONFIDENTIAL", "CONFIDENTIAL ITEM", "NON-CONFIDENTIAL ITEMS FOR DISCUSSION".
        // (Or "Part B – items not open to the public" on a row of its own over the private items.)
        if (/non-?confidential|^part\s+(?:a|1|one)\b/i.test(first) || (/\bopen to the public\b/i.test(first) && !/\bnot open\b/i.test(first))) confidential = false;
        else if (/confidential/i.test(first) || (nonEmpty.length === 1 && (PRIVATE_PART.test(first) || /\bnot open to the public\b|\bin private\b/i.test(first)))) confidential = true;
        continue;
      }
      const number = item ? item[1]! : `${lastNumber}${sub![1]}`;
      // (A cell that goes on after the title to its paper and purpose: "… Paper 4 – Jo Bloggs. For decision.")
      const itemTitle = (item ? item[2]! : sub![2]!).trim().replace(TITLE_THEN_NOTE, "");
      if (item) lastNumber = number;
      const record = agendaItem(ctx, b, number, itemTitle, pages, confidential || /\bconfidential\b/i.test(itemTitle));
      // (Who presents it, what it is for, its paper: the other cells, under their own column names.)
      const details = table.header
        .map((column, i) => ({ column: column.trim(), value: (cells[i] ?? "").trim(), i }))
        .filter(({ column, value, i }) => column && value && !/^[–—-]$/.test(value) && i !== numberCol && i !== titleCol && value !== first && value !== pages && !value.includes(itemTitle))
        .map(({ column, value }) => ({ column, value }));
      if (details.length) record.details = details;
      items.push(record);
      // "CONFIDENTIAL ITEM" marks only the item that follows it.
      if (confidential && item && /confidential item$/i.test(doc.blocks[b.index - 1]?.text ?? "")) confidential = false;
    }
  }
  if (items.length === 0) items.push(...agendaList(ctx, doc));
  for (const item of items) if (item.confidential && !item.confidentialReason) Object.assign(item, exemptionUnderItem(doc, item) ?? {});
  for (const item of items) if (!item.confidentialReason) Object.assign(item, exemptionNamingItem(doc, item) ?? {});
  return items;
}

/** A paragraph saying why an item is taken in private: "exempt information under paragraph 3 of … Schedule 12A". */
const EXEMPTION = /\bexempt information\b|\bschedule 12a\b|\bnot for publication\b/i;

/**
 * Why a private item of an agenda table is private, where the pack says it under the item's own heading
 * further on ("Item 8: Our Say hosting …" over "This item is not for publication. It is exempt information
 * under paragraph 3 …").
 */
function exemptionUnderItem(doc: StructuredDoc, item: AgendaItemRecord): { confidentialReason: string; reasonSpan: [number, number] } | undefined {
  const title = item.title.toLowerCase().slice(0, 40);
  for (const b of doc.blocks) {
    if (b.kind === "row" || b.start <= item.sourceStart || b.text.length > 200 || !b.text.toLowerCase().includes(title)) continue;
    const reason = doc.blocks.slice(b.index + 1, b.index + 4).find((r) => r.kind !== "row" && r.text.length > 40 && EXEMPTION.test(r.text));
    if (reason) return { confidentialReason: reason.text, reasonSpan: [reason.start, reason.text.length] };
  }
  return undefined;
}

/**
 * A note after an agenda table saying an item is taken in private, and why: "Part B: Item 5 is likely to be
 * considered in private. Its report contains … (paragraph 3 of Part 1 of Schedule 12A …)". The item is
 * confidential, for that reason. (Not a resolution of minutes the pack carries, which name an item of that
 * meeting; nor "item 5.2".)
 */
function exemptionNamingItem(doc: StructuredDoc, item: AgendaItemRecord): { confidential: true; confidentialReason: string; reasonSpan: [number, number] } | undefined {
  const names = new RegExp(`\\bitem\\s+${item.number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![.\\d])\\b`, "i");
  const minutesFrom = doc.blocks.find((b) => b.start > item.sourceStart && b.kind !== "row" && b.text.length <= 200 && CARRIED_MINUTES_TITLE.test(b.text))?.start ?? Infinity;
  const note = doc.blocks.find(
    (b) => b.kind !== "row" && b.start > item.sourceStart && b.start < minutesFrom && b.text.length <= 600 && names.test(b.text) && EXEMPTION.test(b.text) && /\bprivate\b|\bexempt\b|\bconfidential\b|\bnot for publication\b/i.test(b.text),
  );
  return note ? { confidential: true, confidentialReason: note.text, reasonSpan: [note.start, note.text.length] } : undefined;
}

/** The title line of minutes a pack carries: "Draft minutes of the meeting of …", "Notes of the meeting held on …". */
const CARRIED_MINUTES_TITLE = /^(?:#+\s*)?(?:(?:agenda\s+)?item\s+\d{1,2}[a-z]?\s*[:.–-]\s*)?(?:draft\s+)?(?:minutes|notes?) of the (?:\w+\s+)?meeting\b/i;

/**
 * An agenda line without the note in brackets after its page range ("… 9 - 16 (Cllr Jo Bloggs will attend
 * for this item)"): the note is not the title. A note still open at the line's end goes on in the next.
 */
function withoutNote(b: Block): { line: string; note: { note?: string; noteSpan?: [number, number] } } {
  const noted = /(\d+\s*(?:-|–|to)\s*\d+|\.\s*\d{1,3}|\bverbal)\s*\(([^()]{10,300})\)?\s*$/i.exec(b.text);
  if (!noted) return { line: b.text, note: {} };
  const at = noted.index + noted[0].indexOf("(") + 1;
  return { line: b.text.slice(0, noted.index + noted[1]!.length).trim(), note: { note: noted[2]!.trim().replace(/\s+/g, " "), noteSpan: [b.start + at, noted[2]!.trimEnd().length] } };
}

/** "… update from the Chair ........ Verbal": a verbal item says so in its title, without the dots. */
function itemTitle(raw: string): string {
  return raw
    .replace(/\s*(?:\.{2,}|…+)\s*(verbal(?:\s+update)?|oral(?:\s+update)?)\s*$/i, " – $1")
    .replace(/[\s.…]+$/, "")
    .trim();
}

/** An event's day as iCalendar writes it: "DTSTART;TZID=\"GMT Standard Time\":20921203T110000". */
const EVENT_START = /^DTSTART(?:;[^:]*)?:(\d{4})(\d{2})(\d{2})/;
/** A numbered line of an event's agenda: "4. Delivery plan 2092/93: progress at quarter 2 – Ignatius Burstow". */
const EVENT_ITEM = /^(\d{1,2})[.)]\s+(\S.*)$/;

/**
 * The agendas a calendar export carries, one per event: the numbered lines after an "Agenda" line in the
 * event's description, dated by the event's start. (A moved meeting's event is dated by its new start.)
 */
function calendarAgendas(ctx: ExtractContext): AgendaItemRecord[] {
  const { doc, meta } = ctx;
  const out: AgendaItemRecord[] = [];
  let event: Block[] | undefined;
  for (const b of doc.blocks) {
    const line = b.text.trim();
    if (line === "BEGIN:VEVENT") event = [];
    else if (line === "END:VEVENT" && event) {
      const start = event.map((e) => EVENT_START.exec(e.text.trim())).find(Boolean);
      const at = event.findIndex((e) => /^(?:provisional |draft )?agenda:?$/i.test(e.text.trim()));
      if (start && at >= 0) {
        const day = `${start[1]}-${start[2]}-${start[3]}`;
        for (const item of event.slice(at + 1)) {
          const m = EVENT_ITEM.exec(item.text.trim());
          if (!m) {
            if (/^[A-Z][A-Z-]+[;:]/.test(item.text.trim())) break; // the next property ends the description
            continue;
          }
          const record = agendaItem(ctx, item, m[1]!, m[2]!, undefined, /\b(?:not for publication|confidential|exempt)\b/i.test(m[2]!));
          out.push({ ...record, id: `${meta.docId}:item-${day}-${m[1]}`, meetingDate: day });
        }
      }
      event = undefined;
    } else event?.push(b);
  }
  return out;
}

function agendaItem(ctx: ExtractContext, b: Block, number: string, rawTitle: string, pages: string | undefined, confidential: boolean): AgendaItemRecord {
  const { meta } = ctx;
  const title = itemTitle(rawTitle);
  return {
    type: "agenda_item",
    id: `${meta.docId}:item-${number}`,
    docId: meta.docId,
    board: meta.board ?? "Board",
    meetingDate: meta.date,
    number,
    title,
    ...(pages ? { pages: pages.replace(/\s*(?:-|–|to)\s*/, "-") } : {}),
    confidential,
    source: b.text,
    sourceStart: b.start,
    locator: blockLocator(b, ["Agenda"], `agenda item ${number}`),
  };
}

// ("Item 4: Park toilets – Jo Bloggs", as a message types its agenda, is item 4.)
const LISTED_ITEM = /^(?:item\s+)?(\d{1,2})(?:[.)]|(?<=^item\s+\d{1,2})\s*:)\s+(.+?)(?:\s*(?:\.{2,}|…+)\s*|\s+)?(?:\(?(?:pages?|pp?\.?)\s*(\d+\s*(?:-|–|to)\s*\d+|\d{1,3})\)?|(\d+\s*(?:-|–|to)\s*\d+|(?<=\.{2,}\s*|…\s*)\d{1,3}))?$/i;
/** Lines inside an agenda that divide it rather than end it: "Part 2", "Confidential", "Items for decision". */
const AGENDA_DIVIDER = /^(?:part\s+(?:\d|[ab]\b)|section\s+\d|confidential|exempt|items? for |non-?confidential|item\s+page|no\.?\s+item|the following item)/i;

/**
 * An agenda written as numbered lines under an "Agenda" heading: "3. Finance update (pages 5 - 12)",
 * "3. Finance update ........ 5 - 12", "3. Finance update 5 - 12". Parts ("Part 2", "Confidential") divide
 * it; items after a confidential divider are confidential. The agenda ends at the next heading of another
 * kind, a paper, or "Date of next meeting".
 */
function agendaList(ctx: ExtractContext, doc: StructuredDoc): AgendaItemRecord[] {
  const out: AgendaItemRecord[] = [];
  let inAgenda = false;
  let confidential = false;
  let reason: Block | undefined;
  for (const b of doc.blocks) {
    // (Or a line "Agenda" over numbered lines, as an invitation's description lists the business.)
    // (Its lines numbered 1, 2, 3 straight after it.)
    const over = b.kind !== "row" && /^agenda:?$/i.test(b.text.trim()) && [1, 2, 3].every((n) => doc.blocks[b.index + n]?.kind !== "row" && LISTED_ITEM.exec(doc.blocks[b.index + n]?.text ?? "")?.[1] === String(n));
    if ((b.kind === "heading" && /^agenda(?:\s+pages?)?$/i.test(b.text)) || over) {
      inAgenda = true;
      confidential = false;
      continue;
    }
    if (!inAgenda || b.kind === "row") continue;
    if (b.paper !== undefined || (b.label && labelField(b.label.name) === "nextMeeting")) {
      inAgenda = false;
      continue;
    }
    const own = withoutNote(b);
    const m = LISTED_ITEM.exec(own.line);
    if (m) {
      const title = m[2]!;
      const item = agendaItem(ctx, b, m[1]!, title, m[3] ?? m[4], confidential || /\bconfidential\b/i.test(title));
      if (item.confidential && reason) Object.assign(item, { confidentialReason: reason.text, reasonSpan: [reason.start, reason.text.length] as [number, number] });
      out.push(Object.assign(item, own.note));
      continue;
    }
    const open = out[out.length - 1];
    const adjacent = (block: Block) => !!open && block.start - (open.sourceStart + open.source.length) <= 2;
    // A note in brackets on a line of its own under the item (who attends for it, what it replaces), or the
    // end of one begun after the page range.
    const noteOpen = open?.noteSpan && ctx.doc.text[open.noteSpan[0] + open.noteSpan[1]] !== ")";
    if (open && adjacent(b) && ((!open.note && /^\([^()]{10,300}\)$/.test(b.text.trim())) || (noteOpen && /^[^()]{1,200}\)$/.test(b.text.trim())))) {
      const from = open.noteSpan?.[0] ?? b.start + 1;
      const to = b.start + b.text.trimEnd().length - 1;
      Object.assign(open, { note: ctx.doc.text.slice(from, to).replace(/\s+/g, " "), noteSpan: [from, to - from], source: ctx.doc.text.slice(open.sourceStart, b.start + b.text.length) });
      continue;
    }
    // A title wrapped on to the next line, its page range (or "Verbal") at the end of that line.
    // (Not a paragraph after the list: "Papers will be sent … ." is no title's end.)
    const continues = (b.kind === "text" || (b.kind === "heading" && !b.marked)) && !b.label && !/^\(/.test(b.text) && !AGENDA_DIVIDER.test(b.text) && /[A-Za-z]/.test(b.text) && !(b.text.length > 100 && /[.!?]$/.test(b.text.trim()));
    if (open && !open.pages && continues && adjacent(b)) {
      const joined = LISTED_ITEM.exec(`${open.number}. ${open.title} ${own.line}`);
      if (joined) {
        const pages = joined[3] ?? joined[4];
        Object.assign(open, { title: itemTitle(joined[2]!), ...(pages ? { pages: pages.replace(/\s*(?:-|–|to)\s*/, "-") } : {}), ...own.note, source: ctx.doc.text.slice(open.sourceStart, b.start + b.text.length) });
        continue;
      }
    }
    if (AGENDA_DIVIDER.test(b.text)) {
      if (/non-?confidential|^part\s+(?:1|a)\b|\b(?<!not )open to the public\b/i.test(b.text)) {
        confidential = false;
        reason = undefined;
      } else if (/confidential|exempt|private|^part\s+(?:2|b)\b|\bnot open to the public\b/i.test(b.text)) {
        confidential = true;
        // The sentence that says why ("… in private because it contains exempt information …").
        if (/\bbecause\b|\bexempt\b|\bschedule 12a\b|\bin private\b/i.test(b.text) && b.text.length > 40) reason = b;
      }
      continue;
    }
    // A heading of another kind (a paper's title, "Membership") ends the agenda.
    if (b.kind === "heading" && b.marked && out.length) inAgenda = false;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Papers

/** A balloon of a draft printed with its markup: "Deleted: £55,000", "Commented [MK1]: …", "Formatted: Font: Bold". */
const MARKUP_NOTE = /^(?:Deleted|Inserted|Formatted(?: Table)?|Commented \[[A-Za-z]{1,6}\d{1,3}\]|Moved \((?:insertion|deletion)\)(?: \[\d+\])?)\s*:/;

type Field = "purpose" | "summary" | "recommendation" | "action" | "contact";
const PROSE_FIELDS: Field[] = ["purpose", "summary", "recommendation", "action"];
const CONTACT_PARTS = new Set<LabelField>(["contact", "name", "position", "phone", "email"]);

const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A line that is only a person's name: "Lowri Mottershead", "Dr Ada Lovelace". */
const NAME_LINE = /^(?:(?:dr|cllr|councillor|mr|mrs|ms|prof)\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){1,3}$/;
const PHONE = /(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;

/** "Idris Warboys, Senior Adviser (Rights of Way)" as the name and the post after its comma. */
function namePost(text: string): [string, string] | undefined {
  const m = /^([^,]+?),\s+(.+)$/.exec(text.trim());
  if (!m || !NAME_LINE.test(m[1]!) || !m[2]!.split(/[\s,()]+/).some((w) => JOB_TITLE_WORD.test(w))) return undefined;
  return [m[1]!, m[2]!];
}

/**
 * Contacts from the contact block's lines: labelled ("Name: …", "Position: …") or not (name, post, phone
 * and email on lines of their own, or on one line: "Jo Bloggs, Adviser (020 7946 0000, jo@x.gov.uk)").
 * Several contacts share a block as "A / B" in each field.
 */
export function parseContacts(lines: { field?: LabelField; text: string }[]): Contact[] {
  const labelled = (f: LabelField) => lines.filter((l) => l.field === f).map((l) => l.text);
  // (Under a label with no value, "Report author", the name and post on lines of their own, then "Tel: …".)
  const unlabelled = lines.filter((l) => !l.field).map((l) => l.text);
  const nameLine = unlabelled[0] && NAME_LINE.test(unlabelled[0]) ? unlabelled[0] : undefined;
  const names = labelled("name").concat(labelled("contact"));
  if (names.length === 0 && nameLine) names.push(nameLine);
  if (labelled("position").length || labelled("phone").length || labelled("email").length) {
    const split = (s: string | undefined) => (s ? s.split(/\s+\/\s+/).map((x) => x.trim()) : []);
    const people = split(names.join(" / "));
    const postLine = nameLine && names[0] === nameLine ? unlabelled[1] : undefined;
    const positions =
      people.length > 1 ? (labelled("position")[0] ?? "").split(/\s*\/\s*/).filter((x) => x) : labelled("position").length ? labelled("position").slice(0, 1) : postLine ? [postLine] : [];
    // (A phone or email under its label, "PHONE NO" over "020 7946 0287", is on an unlabelled line.)
    const anywhere = (re: RegExp) => unlabelled.join("\n").match(re)?.[0];
    const phones = split(labelled("phone")[0] ?? anywhere(PHONE));
    const emails = split(labelled("email")[0] ?? anywhere(EMAIL));
    return people.map((written, k) => {
      // "Contact officer: Idris Warboys, Senior Adviser (Rights of Way)": the post follows the name.
      const [name, post] = namePost(written) ?? [written, undefined];
      return {
        name,
        ...((positions[k] ?? positions[0] ?? post) ? { position: positions[k] ?? positions[0] ?? post! } : {}),
      ...(phones[k] ? { phone: phones[k]! } : {}),
        ...(emails[k] ? { email: emails[k]! } : {}),
      };
    });
  }
  // Unlabelled: read the block as one run of text.
  const text = lines.map((l) => l.text).join("\n");
  const email = text.match(EMAIL)?.[0];
  const phone = text.match(PHONE)?.[0];
  const firstLine = text.split("\n")[0]!.trim();
  const found = /^((?:dr|cllr|councillor|mr|mrs|ms|prof)\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){1,3}/.exec(firstLine)?.[0]?.trim();
  if (!found) return [];
  // "Sophie Lindqvist Adviser, Licensing …": the name ends where a job title begins.
  const words = found.split(/\s+/);
  const cut = words.findIndex((w, i) => i >= 2 && JOB_TITLE_WORD.test(w));
  const name = cut > 0 ? words.slice(0, cut).join(" ") : found;
  const rest = text
    .slice(text.indexOf(name) + name.length)
    .replace(EMAIL, " ")
    .replace(PHONE, " ")
    .replace(/\b(?:tel|phone|email|e-mail|mobile)\b\.?:?/gi, " ")
    .replace(/[()]/g, " ")
    .split("\n")
    .map((l) => l.replace(/^[\s,;–—-]+|[\s,;–—-]+$/g, "").replace(/\s+/g, " "))
    .filter((l) => l.length > 1);
  const position = rest[0];
  return [{ name, ...(position ? { position } : {}), ...(phone ? { phone: phone.trim() } : {}), ...(email ? { email } : {}) }];
}

interface FieldText {
  blocks: Block[];
  /** Text of the value, and where it starts in the document. */
  text: string;
  start: number;
  end: number;
}

function fieldOf(b: Block): LabelField | undefined {
  return b.label ? (labelField(b.label.name) ?? translatedHeading(b)) : translatedHeading(b);
}

/**
 * A field's heading beside its translation, a row of two short cells ("Argymhellion | Recommendations"):
 * the field the other language names, with no value of its own.
 */
function translatedHeading(b: Block): LabelField | undefined {
  if (!headingBesideTranslation(b)) return undefined;
  const field = labelField(filled(b.cells)[1]!.trim());
  return field && (PROSE_FIELDS as string[]).includes(field) ? field : undefined;
}

/** A row of two short cells, neither a sentence: a heading beside its translation ("Cefndir | Background"). */
function headingBesideTranslation(b: Block): boolean {
  const cells = filled(b.cells);
  return b.kind === "row" && cells.length === 2 && cells.every((c) => c.trim().split(/\s+/).length <= 3 && !/[.;:,\d]$/.test(c.trim()));
}

/** The front sheet's fields: each label's value, inline or in the blocks after it up to the next label. */
function readFrontSheet(doc: StructuredDoc, start: number, end: number): { fields: Partial<Record<Field, FieldText>>; contactLines: { field?: LabelField; text: string; block: Block }[] } {
  const fields: Partial<Record<Field, FieldText>> = {};
  const contactLines: { field?: LabelField; text: string; block: Block }[] = [];
  let current: Field | undefined;
  const limit = Math.min(end, start + 60);
  const add = (f: Field, b: Block, text: string, at: number) => {
    const prev = fields[f];
    fields[f] = prev ? { blocks: [...prev.blocks, b], text: `${prev.text}\n${text}`, start: prev.start, end: at + text.length } : { blocks: [b], text, start: at, end: at + text.length };
  };
  for (let i = start + 1; i < limit; i++) {
    const b = doc.blocks[i]!;
    const f = fieldOf(b);
    if (f && CONTACT_PARTS.has(f)) {
      current = "contact";
      // (A "Contact officer" line says who to contact better than an "Author" line above it.)
      if (f === "contact" && /^contact/i.test(b.label?.name ?? b.text) && contactLines.length && !contactLines.some((l) => l.field === "contact" && /^contact/i.test(l.block.label?.name ?? ""))) contactLines.length = 0;
      if (b.label?.value) contactLines.push({ field: f, text: b.label.value, block: b });
      continue;
    }
    if (f && (PROSE_FIELDS as string[]).includes(f)) {
      current = f as Field;
      if (b.label?.value && !translatedHeading(b)) add(current, b, b.label.value, b.start + (b.label.valueOffset ?? 0));
      continue;
    }
    if (current === "contact") {
      // The contact block ends at the paper's body: a heading after it, or a numbered paragraph; a contact
      // given on its label's line ("Contact officer: Jo Bloggs, Adviser (…)") is whole there.
      // (A contact above the front sheet's fields, under the title, "Contact officer: …" before "Purpose of
      // report", does not end it.)
      const whole = contactLines.some((l) => l.field === "contact") || (b.kind === "heading" && contactLines.length >= 2);
      if (whole && Object.keys(fields).length) break;
      if (whole) {
        current = undefined;
        continue;
      }
      if (/^\d+\.\s/.test(b.text) || b.text.length > 160 || contactLines.length >= 5) break;
      contactLines.push({ text: b.text, block: b });
      continue;
    }
    // (Another row of a label table, "Is this report confidential? | No", is a field of its own, not more
    // of the one above.)
    // (Nor is a label of the genre that is not one of these fields, "Is this report confidential?: No".)
    // (Nor a front sheet's other field, "Key decision: Yes", or one asked as a question, "Is this a key
    // decision?: ◉ Yes ◯ No".)
    // (Nor, under a field given on its label's line, "Purpose: For decision", a line of another short label,
    // "Decision required: yes": the sheet's fields are a line each.)
    const givenInline = current !== undefined && fields[current]?.blocks.length === 1 && !!fields[current]!.blocks[0]!.label?.value;
    const anotherField = givenInline && !!b.label?.value && b.kind !== "row" && !b.list && b.label.name.trim().split(/\s+/).length <= 3;
    if (b.label?.value && (f !== undefined || b.kind === "row" || /\?$/.test(b.label.name.trim()) || FRONT_SHEET_DETAIL.test(b.label.name.trim()) || anotherField) && current && fields[current]) {
      current = undefined;
      continue;
    }
    if (!current) continue;
    // (Nor is a table after a purpose or summary said in full on its label's line, "Purpose: To report the
    // stiles budget at 30 June.", more of it: the paper's body has begun.)
    // (Not the rows of the front sheet's own table, "Summary | …" over "| … its second paragraph".)
    const labelBlock = fields[current]?.blocks[0];
    const anotherTable = b.kind === "row" && !(labelBlock?.kind === "row" && labelBlock.table === b.table);
    const tableOrItsTitle = anotherTable || (b.kind !== "row" && /:\s*$/.test(b.text) && doc.blocks[i + 1]?.kind === "row");
    if ((current === "purpose" || current === "summary") && tableOrItsTitle && givenInline && /\.\s*$/.test(fields[current]!.text)) {
      current = undefined;
      continue;
    }
    // (A heading given in two languages, "Cefndir | Background", ends the field as a heading does.)
    if (fields[current] && headingBesideTranslation(b)) {
      current = undefined;
      continue;
    }
    // (A reviewer's balloon beside the field, "Deleted: £55,000", "Commented [MK1]: …", is not its text.)
    if (MARKUP_NOTE.test(b.text)) continue;
    // (Nor does a paragraph numbered "1." go on a recommendation already said in full, "That the Panel notes
    // the outcome of the away day.": the paper's body has begun. A list after "That the Panel:" does.)
    if (current === "recommendation" && fields[current] && /^1\.\s/.test(b.text) && /\.\s*$/.test(fields[current]!.text)) {
      current = undefined;
      continue;
    }
    // (Nor does the next section's title, numbered on from the field's own paragraphs, "3. Background"
    // after "2.1 That the Panel: (a) … (d) …": a short line without a stop, read as text or a list's item.)
    const ownSection = fields[current] ? /(?:^|\n)(\d{1,2})\.\d{1,2}\s/.exec(fields[current]!.text)?.[1] : undefined;
    if (ownSection && new RegExp(`^${Number(ownSection) + 1}\\.?\\s+\\p{Lu}[^.:;!?]{0,60}$`, "u").test(b.text.trim())) {
      current = undefined;
      continue;
    }
    // A heading that is not a label ends a prose field (the paper's body has begun), unless the field has
    // nothing yet: a value without a full stop reads like a heading ("The plan will be published online").
    if (b.kind === "heading" && !b.label && fields[current]) {
      if (fields.contact || contactLines.length) break;
      current = undefined;
      continue;
    }
    add(current, b, b.text, b.start);
  }
  return { fields, contactLines };
}

/** The contact block a paper ends with: its last contact label and the lines under it. */
function closingContact(doc: StructuredDoc, start: number, end: number): { field?: LabelField; text: string; block: Block }[] {
  for (let i = end - 1; i > start; i--) {
    if (fieldOf(doc.blocks[i]!) === "contact") return readFrontSheet(doc, i - 1, end).contactLines;
  }
  return [];
}

/** A summary of at most this many characters is read from a paper given in brief. */
const GIST_LENGTH = 1200;

/** The lines of a paper given in brief before its first field ("The Panel is asked to:"), as one run of text. */
function briefGist(doc: StructuredDoc, start: number, end: number): { text: string; start: number; end: number } | undefined {
  const lines: Block[] = [];
  for (let i = start + 1; i < end; i++) {
    const b = doc.blocks[i]!;
    if (fieldOf(b) || b.kind === "heading") break;
    if (lines.length && b.start + b.text.length - lines[0]!.start > GIST_LENGTH) break;
    lines.push(b);
  }
  if (!lines.length) return undefined;
  const last = lines[lines.length - 1]!;
  return { text: lines.map((b) => b.text).join("\n"), start: lines[0]!.start, end: last.start + last.text.length };
}

export function extractPapers(ctx: ExtractContext): PaperRecord[] {
  const { doc, meta } = ctx;
  const papers: PaperRecord[] = [];
  for (const p of doc.papers) {
    const { fields, contactLines: frontContact } = readFrontSheet(doc, p.start, p.end);
    // A contact given at the paper's end instead ("Report author" over a name, post, phone and email).
    const contactLines = frontContact.length ? frontContact : closingContact(doc, p.start, p.end);
    const spans: Record<string, [number, number]> = {};
    for (const f of PROSE_FIELDS) {
      const v = fields[f];
      // (A value on its label's line is quoted with its label, "Purpose of report | For decision.": the
      // value alone does not say which field it is.)
      const onLabelLine = v ? doc.blocks.find((b) => b.label?.valueOffset !== undefined && b.start + b.label.valueOffset === v.start && b.label.name.length <= 40) : undefined;
      if (v) spans[f] = onLabelLine ? [onLabelLine.start, v.end - onLabelLine.start] : [v.start, v.end - v.start];
    }
    const contacts = parseContacts(contactLines);
    if (contactLines.length) {
      const first = contactLines[0]!.block;
      const last = contactLines[contactLines.length - 1]!.block;
      spans.contact = [first.start, last.start + last.text.length - first.start];
    }
    const titleBlock = doc.blocks[p.start]!;
    const text = (f: Field) => fields[f]?.text;
    const purpose = text("purpose");
    // (A paper given in brief has no purpose or summary under their labels: its gist, the lines before its
    // first field, is its summary.)
    const gist = p.brief && !purpose && !fields.summary ? briefGist(doc, p.start, p.end) : undefined;
    if (gist) spans.summary = [gist.start, gist.end - gist.start];
    const summary = text("summary") ?? gist?.text;
    const recommendation = text("recommendation");
    const action = text("action");
    papers.push({
      type: "paper",
      id: `${meta.docId}:paper-${slug(p.title)}`,
      docId: meta.docId,
      ...(meta.board ? { board: meta.board } : {}),
      ...(MEETING_KINDS.has(meta.kind) && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? { meetingDate: meta.date } : {}),
      title: p.title,
      ...(p.item ? { item: p.item } : {}),
      ...(purpose ? { purpose } : {}),
      ...(summary ? { summary } : {}),
      ...(recommendation ? { recommendation } : {}),
      ...(action ? { action } : {}),
      contacts,
      spans,
      source: titleBlock.text,
      sourceStart: titleBlock.start,
      locator: blockLocator(titleBlock, [p.title], `paper "${p.title}"`),
    });
  }
  return papers;
}
