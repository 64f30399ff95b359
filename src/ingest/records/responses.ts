/**
 * A form's responses exported as a table (Google Forms, Microsoft Forms): a row per response, opened by
 * when it was sent ("2113/03/07 11:48:02 AM GMT"), a column per question, the question as its header.
 *
 * Members' returns before a meeting ("How will you attend the meeting on Tuesday 14 March 2113?", "who will
 * substitute for you?", "Do you have an interest to declare?", "Which item(s)?") say who is coming, how,
 * who sends apologies and who declares what: attendance and declarations of the meeting the question names.
 * A member who answers twice means the later answer.
 */
import type { StructuredDoc, Table } from "../structure.js";
import type { AttendanceRecord, DeclarationRecord } from "./schema.js";
import { blockLocator, filled, type ExtractContext } from "./context.js";
import { tableRows } from "./columns.js";
import { findFullDate } from "../../util/dates.js";
import { columnRole } from "../vocabulary.js";
import { personName } from "./people.js";

/** A date and time a form's response was sent: "2113/03/07 11:48:02 AM GMT", "07/03/2113 11:48:02". */
const RESPONSE_STAMP = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:\s*[AP]M)?(?:\s*(?:[A-Z]{2,4}|Z|[+-]\d{2}:?\d{2}))?$/i;

/**
 * The column naming who sent each of a form's responses, in a table whose rows open with the time they were
 * sent ("Timestamp | Email address | Your name | …", or after the response's number, "ID | Start time |
 * Completion time | Email | Name | …"); -1 when it is not such a table.
 */
export function respondentColumn(doc: StructuredDoc, table: Table): number {
  const rows = table.rows.map((i) => doc.blocks[i]!.cells ?? []).filter((c) => filled(c).length >= 2);
  const stamped = (k: number) => rows.every((c) => RESPONSE_STAMP.test((c[k] ?? "").trim()));
  const stampCol = [0, 1].find((k) => rows.length >= 2 && stamped(k) && (k === 0 || rows.every((c) => /^\d{1,6}$/.test((c[0] ?? "").trim()))));
  if (stampCol === undefined) return -1;
  // (Or what a form's field names as a name: "group_site/site_name", a field path as KoboToolbox exports it.)
  const named = (h: string) => columnRole(h) === "name" || /(?:^|[\s_/])name$/i.test(h.trim());
  return table.header.findIndex((h, k) => k > stampCol && named(h));
}

/** The question asking how, or whether, a member will attend a meeting. */
const ATTEND_QUESTION = /\b(?:attend|attending|attendance|join(?:ing)? the meeting)\b/i;
/** Answers that mean not coming. */
const NOT_COMING = /^(?:(?:sending|send|sent|giving|with|my)\s+(?:my\s+)?apologies|apologies\b|not attending|unable to attend|can(?:not|'t|’t) attend|will not attend|no\b)/i;
/** Answers that mean coming, one way or another ("In person at 18 Smith Square", "Online (Microsoft Teams)"). */
const COMING = /^(?:yes\b|in person|in the room|attending|online|remotely|virtually|by video|on (?:teams|zoom)|via (?:teams|zoom)|hybrid)/i;
const SUBSTITUTE_QUESTION = /\bsubstitut/i;
/** "Do you have an interest to declare?": answered yes or no. */
const INTEREST_QUESTION = /\binterests?\b|\bdeclar/i;
const ITEMS_QUESTION = /\bitems?\b|\bitem\(s\)/i;

export function extractFormResponses(ctx: ExtractContext): { attendance: AttendanceRecord[]; declarations: DeclarationRecord[] } {
  const { doc, meta } = ctx;
  const attendance: AttendanceRecord[] = [];
  const declarations: DeclarationRecord[] = [];
  for (const table of doc.tables) {
    const nameCol = respondentColumn(doc, table);
    if (nameCol < 0) continue;
    const header = table.header.map((h) => h.trim());
    const attendCol = header.findIndex((h) => ATTEND_QUESTION.test(h));
    // (The meeting is the one the question names: "the meeting on Tuesday 14 March 2113".)
    const meetingDate = attendCol >= 0 ? findFullDate(header[attendCol]!)?.iso : undefined;
    if (!meetingDate) continue;
    const substituteCol = header.findIndex((h, k) => k !== nameCol && SUBSTITUTE_QUESTION.test(h));
    const rows = tableRows(doc, table);
    const yesNo = (k: number) => rows.every((r) => /^(?:yes|no)?$/i.test((r.cells?.[k] ?? "").trim()));
    const declaresCol = header.findIndex((h, k) => k !== attendCol && INTEREST_QUESTION.test(h) && yesNo(k));
    const itemsCol = header.findIndex((h, k) => k !== attendCol && k !== declaresCol && ITEMS_QUESTION.test(h) && !INTEREST_QUESTION.test(h));
    const describeCol = header.findIndex((h, k) => k !== declaresCol && k !== attendCol && INTEREST_QUESTION.test(h));
    // (Each member's latest response: a later one replaces what an earlier one said.)
    const latest = new Map<string, (typeof rows)[number]>();
    for (const b of rows) {
      const person = personName(bracketless(b.cells?.[nameCol] ?? ""));
      if (person) latest.set(person.toLowerCase(), b);
    }
    for (const b of latest.values()) {
      const cells = (b.cells ?? []).map((c) => c.trim());
      const [named, bracket] = splitBracket(cells[nameCol] ?? "");
      const person = personName(named);
      const answer = cells[attendCol] ?? "";
      const present = NOT_COMING.test(answer) ? false : COMING.test(answer) ? true : undefined;
      if (present === undefined) continue;
      const stoodInFor = bracket ? /^(?:sub(?:stitute|stituting)?\s+)?for\s+(.+)$/i.exec(bracket)?.[1] : undefined;
      const substitute = substituteCol >= 0 ? cells[substituteCol] : undefined;
      const note = [present ? answer : undefined, stoodInFor ? `substitute for ${stoodInFor}` : undefined, !present && substitute ? `substitute: ${substitute}` : undefined].filter(Boolean).join("; ");
      attendance.push({
        type: "attendance",
        id: `${meta.docId}:attendance-${meetingDate}-${person}`,
        docId: meta.docId,
        ...(meta.board ? { board: meta.board } : {}),
        person,
        group: present ? "Present" : "Apologies",
        meetingDate,
        meetingLabel: header[attendCol]!,
        present,
        ...(note ? { note } : {}),
        source: b.text,
        sourceStart: b.start,
        locator: blockLocator(b, [table.title ?? "Responses"], cells[nameCol]),
      });
      if (declaresCol < 0 || !/^yes$/i.test(cells[declaresCol] ?? "")) continue;
      const items = itemsCol >= 0 ? cells[itemsCol] ?? "" : "";
      const described = describeCol >= 0 ? cells[describeCol] ?? "" : "";
      const itemNumbers = [...items.matchAll(/\bitem\s+(\d{1,2}[a-z]?)\b/gi)].map((m) => m[1]!);
      declarations.push({
        type: "declaration",
        id: `${meta.docId}:declaration-${meetingDate}-${person}`,
        docId: meta.docId,
        ...(meta.board ? { board: meta.board } : {}),
        meetingDate,
        person,
        ...(itemNumbers.length ? { item: itemNumbers.join(", ") } : {}),
        interest: [items, described].filter(Boolean).join(": ") || cells[declaresCol]!,
        source: b.text,
        sourceStart: b.start,
        locator: blockLocator(b, [table.title ?? "Responses"], cells[nameCol]),
      });
    }
  }
  return { attendance, declarations };
}

/** "Araminta Voss (substitute for Cllr Hadley-Fenwick)": the name, and what the bracket says. */
function splitBracket(cell: string): [string, string | undefined] {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(cell.trim());
  return m ? [m[1]!, m[2]!.trim()] : [cell.trim(), undefined];
}

function bracketless(cell: string): string {
  return splitBracket(cell)[0];
}
