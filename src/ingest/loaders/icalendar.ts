/**
 * A calendar exported as iCalendar (RFC 5545) and saved as text: its long lines are folded (a line break
 * and a space, anywhere, even mid-word) and its values escaped ("\n" for a line break, "\," and "\;"). It
 * reads as a person reading it would: lines unfolded and values unescaped, so an event's agenda is lines of
 * its own, and the calendar's name is its title.
 */
import { findFullDate, isoDay } from "../../util/dates.js";
import type { CalendarEvent } from "./types.js";

/** The calendar's text unfolded and unescaped, and its name; undefined when the text is not a calendar. */
export function icalendarToText(text: string): { text: string; title?: string; span?: { from: string; to: string }; taskList?: boolean } | undefined {
  if (!/^BEGIN:VCALENDAR\s*$/m.test(text.slice(0, 200))) return undefined;
  const unfolded = text.replace(/\r\n/g, "\n").replace(/\n[ \t]/g, "");
  const title = /^X-WR-CALNAME:(.+)$/m.exec(unfolded)?.[1]?.trim();
  if (!/^BEGIN:VTODO\s*$/m.test(unfolded)) return { text: unescaped(unfolded.split("\n")).join("\n"), ...(title ? { title } : {}) };
  // (A task list is as of the last day a task was changed, and was kept from the first day one was made.)
  const days = [...unfolded.matchAll(/^(?:CREATED|LAST-MODIFIED|DTSTAMP|COMPLETED)(?:;(?:[^:;"\n]|"[^"]*")*)*:(\d{4})(\d{2})(\d{2})/gm)].map((m) => `${m[1]}-${m[2]}-${m[3]}`).sort();
  return { text: tasksText(unfolded), taskList: true, ...(title ? { title } : {}), ...(days.length ? { span: { from: days[0]!, to: days[days.length - 1]! } } : {}) };
}

/** Property values unescaped: "\n" a line break, "\," and "\;" the marks themselves. */
function unescaped(lines: string[]): string[] {
  return lines.map((line) => line.replace(/\\([nN,;\\])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : c)));
}

/**
 * Properties a calendar program keeps for itself: ids, stamps, versions, its own "X-" extensions (not the
 * calendar's name), who filed a task (not who does it: its attendees).
 */
const KEPT_FOR_ITSELF = /^(?:PRODID|VERSION|CALSCALE|METHOD|UID|DTSTAMP|CREATED|LAST-MODIFIED|SEQUENCE|CLASS|TRANSP|ORGANIZER|X-(?!WR-CALNAME)[A-Z0-9-]+)$/i;
/** Components that are not items: a time zone's rules, a reminder's alarm. */
const NOT_AN_ITEM = new Set(["VTIMEZONE", "VALARM", "STANDARD", "DAYLIGHT"]);

/**
 * A task list exported as iCalendar (Thunderbird's or Apple Reminders' "Export", a VTODO a task): each task
 * a paragraph of its own property lines, as written ("STATUS:IN-PROCESS", "DUE;VALUE=DATE:20310228"),
 * without the lines its program keeps for itself, its time zones and alarms; a blank line between tasks.
 */
function tasksText(unfolded: string): string {
  const items: string[][] = [];
  const head: string[] = [];
  let item: string[] | undefined;
  let skipping = 0;
  for (const line of unfolded.split("\n")) {
    const begin = /^BEGIN:([A-Z-]+)\s*$/i.exec(line)?.[1]?.toUpperCase();
    const end = /^END:([A-Z-]+)\s*$/i.exec(line)?.[1]?.toUpperCase();
    if (begin && NOT_AN_ITEM.has(begin)) skipping++;
    else if (end && NOT_AN_ITEM.has(end)) skipping = Math.max(0, skipping - 1);
    else if (skipping) continue;
    else if (begin === "VCALENDAR" || end === "VCALENDAR") continue;
    else if (begin) items.push((item = []));
    else if (end) item = undefined;
    else if (line.trim() && !KEPT_FOR_ITSELF.test(/^([A-Z0-9-]+)[;:]/i.exec(line)?.[1] ?? "")) (item ?? head).push(line);
  }
  // (A value's own blank lines, "\n\n" in a description, are not left between a task's lines: a blank
  // line parts two tasks.)
  return [head, ...items]
    .filter((lines) => lines.length)
    .map((lines) => unescaped(lines).join("\n").replace(/\n\s*\n/g, "\n"))
    .join("\n\n");
}

/**
 * The first event of a calendar (an invitation's text/calendar part): its day and start time as written
 * in its own time zone ("DTSTART;TZID=Europe/London:21360918T094500"), its place and its title.
 */
export function firstEvent(text: string): CalendarEvent | undefined {
  const calendar = icalendarToText(text.replace(/\r\n/g, "\n"));
  const event = calendar && /^BEGIN:VEVENT$([\s\S]*?)^END:VEVENT$/m.exec(calendar.text)?.[1];
  if (!event) return undefined;
  const field = (name: string) => new RegExp(`^${name}(?:;[^:\\n]*)?:(.*)$`, "m").exec(event)?.[1]?.trim() || undefined;
  const start = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2}))?/.exec(field("DTSTART") ?? "");
  if (!start) return undefined;
  const [, y, mo, d, h, mi] = start;
  const location = field("LOCATION");
  const summary = field("SUMMARY");
  return { day: `${y}-${mo}-${d}`, ...(h ? { time: `${h}:${mi}` } : {}), ...(location ? { location } : {}), ...(summary ? { summary } : {}) };
}

/** Outlook's fields of a calendar item saved as text ("Start:<TAB>Wed 15/12/2371 10:30"), by name. */
const OUTLOOK_ITEM_FIELD = /^(Subject|Location|Start|End|Show Time As|Recurrence|Meeting Status|Organi[sz]er|Required Attendees|Optional Attendees|Resources):[ \t]*(.*)$/;

/**
 * The meeting of an Outlook calendar item saved as text (File > Save As > "Text Only"): its fields open the
 * file a line each, "Subject:", "Location:", "Start:", then who is invited. Its day and time are the Start
 * field's, written as the sender's locale writes them ("Wed 15/12/2371 10:30", "Wed 12/15/2371 10:30 AM",
 * "Wednesday, 15 December 2371 10:30"). Undefined unless the fields are an item's: a subject, a start and
 * what only a calendar item has (attendees, its organiser, "Show Time As").
 */
export function outlookItemEvent(text: string): CalendarEvent | undefined {
  const fields = new Map<string, string>();
  for (const line of text.split("\n").slice(0, 40)) {
    const m = OUTLOOK_ITEM_FIELD.exec(line.trim());
    if (m) fields.set(m[1]!.toLowerCase().replace("organiser", "organizer"), m[2]!.trim());
  }
  const start = fields.get("start");
  if (!fields.get("subject") || !start || !["required attendees", "organizer", "show time as", "meeting status"].some((f) => fields.has(f))) return undefined;
  const day = findFullDate(start)?.iso ?? slashDay(start);
  if (!day) return undefined;
  const clock = /\b(\d{1,2})[:.](\d{2})\s*([AP]M)?\b/i.exec(start.replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/, ""));
  const hour = clock && (clock[3] ? (Number(clock[1]) % 12) + (/pm/i.test(clock[3]) ? 12 : 0) : Number(clock[1]));
  const time = clock ? `${String(hour).padStart(2, "0")}:${clock[2]}` : undefined;
  const location = fields.get("location");
  return { day, ...(time ? { time } : {}), ...(location ? { location } : {}), summary: fields.get("subject")! };
}

/** "15/12/2371" or, month first as US Outlook writes it, "12/15/2371 10:30 AM": the day as an ISO date. */
function slashDay(text: string): string | undefined {
  const m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const monthFirst = a <= 12 && (b > 12 || (/\b[AP]M\b/i.test(text) && b <= 31));
  const [day, month] = monthFirst ? [b, a] : [a, b];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? isoDay(Number(m[3]), month, day) : undefined;
}
