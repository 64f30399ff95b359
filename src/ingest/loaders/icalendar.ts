/**
 * A calendar exported as iCalendar (RFC 5545) and saved as text: its long lines are folded (a line break
 * and a space, anywhere, even mid-word) and its values escaped ("\n" for a line break, "\," and "\;"). It
 * reads as a person reading it would: lines unfolded and values unescaped, so an event's agenda is lines of
 * its own, and the calendar's name is its title.
 */
import type { CalendarEvent } from "./types.js";

/** The calendar's text unfolded and unescaped, and its name; undefined when the text is not a calendar. */
export function icalendarToText(text: string): { text: string; title?: string } | undefined {
  if (!/^BEGIN:VCALENDAR\s*$/m.test(text.slice(0, 200))) return undefined;
  const unfolded = text.replace(/\n[ \t]/g, "");
  const lines = unfolded.split("\n").map((line) => line.replace(/\\([nN,;\\])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : c)));
  const title = /^X-WR-CALNAME:(.+)$/m.exec(unfolded)?.[1]?.trim();
  return { text: lines.join("\n"), ...(title ? { title } : {}) };
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
