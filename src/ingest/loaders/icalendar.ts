/**
 * A calendar exported as iCalendar (RFC 5545) and saved as text: its long lines are folded (a line break
 * and a space, anywhere, even mid-word) and its values escaped ("\n" for a line break, "\," and "\;"). It
 * reads as a person reading it would: lines unfolded and values unescaped, so an event's agenda is lines of
 * its own, and the calendar's name is its title.
 */

/** The calendar's text unfolded and unescaped, and its name; undefined when the text is not a calendar. */
export function icalendarToText(text: string): { text: string; title?: string } | undefined {
  if (!/^BEGIN:VCALENDAR\s*$/m.test(text.slice(0, 200))) return undefined;
  const unfolded = text.replace(/\n[ \t]/g, "");
  const lines = unfolded.split("\n").map((line) => line.replace(/\\([nN,;\\])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : c)));
  const title = /^X-WR-CALNAME:(.+)$/m.exec(unfolded)?.[1]?.trim();
  return { text: lines.join("\n"), ...(title ? { title } : {}) };
}
