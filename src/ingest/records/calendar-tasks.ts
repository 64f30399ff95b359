/**
 * A task list exported as iCalendar (RFC 5545 VTODOs), as its loader keeps it: a task a paragraph of its
 * property lines ("SUMMARY:WSA-12 Survey the sluice gates", "STATUS:IN-PROCESS", "DUE;VALUE=DATE:20310228",
 * "PERCENT-COMPLETE:60", "ATTENDEE;CN=\"Jo Bloggs\";…", "DESCRIPTION:…"). Each task is a record: its
 * reference and words from its summary, its state as the standard names it (NEEDS-ACTION, IN-PROCESS,
 * COMPLETED, CANCELLED), its due day, who it is for (an "Owner:" line of its description, else its
 * attendees) and its description's notes, quoted as its lines.
 */
import type { TargetRecord } from "./schema.js";
import { LEADING_REF, blockLocator, type ExtractContext } from "./context.js";
import { readRating } from "./columns.js";
import { MONTH_NAMES } from "../../util/dates.js";
import type { Block } from "../structure.js";

/** A property line: its name, its parameters (a quoted one may hold a colon), its value. */
// (Its value follows the colon at once: "STATUS: waiting on the contractor" is a note's line.)
const PROPERTY = /^([A-Z][A-Z0-9-]*)((?:;(?:[^:;"\n]|"[^"]*")*)*):(?!\s)(.*)$/;
/** The properties a task may have (RFC 5545 VTODO): a description's own line "Q3: …" is none of them. */
const TASK_PROPERTY = new Set(["SUMMARY", "STATUS", "DUE", "DTSTART", "DURATION", "COMPLETED", "PERCENT-COMPLETE", "PRIORITY", "CATEGORIES", "ATTENDEE", "ORGANIZER", "CONTACT", "LOCATION", "GEO", "RELATED-TO", "URL", "COMMENT", "RESOURCES", "RRULE", "RDATE", "EXDATE", "ATTACH", "DESCRIPTION", "X-WR-CALNAME"]);
const propertyOf = (line: string) => {
  const m = PROPERTY.exec(line);
  return m && TASK_PROPERTY.has(m[1]!) ? m : undefined;
};
/** The standard's task states, as a person says them, to rate them as any log's states are rated. */
const STATE_WORDS: Record<string, string> = { "NEEDS-ACTION": "Not started", "IN-PROCESS": "In progress", COMPLETED: "Completed", CANCELLED: "Cancelled" };
/** "Owner: Jo Bloggs" in a task's description. */
const OWNER_LINE = /^(?:owner|assigned to|lead|responsible)\s*:\s*(.+)$/i;

/** A date or date-time value ("20310228", "20310228T170000Z") as a day a person writes ("28 February 2031"). */
function shownDay(value: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T\d{4,6}Z?)?$/.exec(value.trim());
  const month = m && MONTH_NAMES[Number(m[2]) - 1];
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : undefined;
}

/** The document's paragraphs of property lines that are tasks (a summary and a state or a due day). */
function taskParagraphs(ctx: ExtractContext): Block[][] {
  const { doc } = ctx;
  const paragraphs: Block[][] = [];
  let current: Block[] = [];
  for (const b of doc.blocks) {
    // (A blank line in the loaded text parts two tasks: its loader keeps none inside one.)
    if (b.apart || !current.length) paragraphs.push((current = []));
    current.push(b);
  }
  return paragraphs.filter((p) => {
    const names = new Set(p.map((b) => propertyOf(b.text)?.[1]));
    return names.has("SUMMARY") && (names.has("STATUS") || names.has("DUE") || names.has("PERCENT-COMPLETE"));
  });
}

/** The tasks of an iCalendar task list, when the document is one (its loader says so). */
export function calendarTaskItems(ctx: ExtractContext): TargetRecord[] {
  const { doc, meta, keys } = ctx;
  if (!doc.hints?.taskList) return [];
  return taskParagraphs(ctx).map((lines, k) => {
    const props = new Map<string, string[]>();
    const notes: string[] = [];
    let inDescription = false;
    for (const b of lines) {
      const m = propertyOf(b.text);
      if (m) {
        inDescription = m[1] === "DESCRIPTION";
        const cn = /;CN=(?:"([^"]*)"|([^;:]*))/i.exec(m[2]!);
        const value = m[1] === "ATTENDEE" ? (cn?.[1] ?? cn?.[2] ?? "").trim() : m[3]!.trim();
        props.set(m[1]!, [...(props.get(m[1]!) ?? []), value]);
        if (inDescription && value) notes.push(value);
      } else if (inDescription) notes.push(b.text.trim());
    }
    const one = (name: string) => props.get(name)?.[0];
    const summary = one("SUMMARY") ?? "";
    const refMatch = LEADING_REF.exec(summary);
    const ref = refMatch?.[1];
    const text = ref ? summary.slice(refMatch![0].length).trim() : summary;
    const state = one("STATUS");
    const rating = state ? readRating(STATE_WORDS[state.toUpperCase()] ?? state, keys) : undefined;
    const owner = notes.map((n) => OWNER_LINE.exec(n)?.[1]?.trim()).find(Boolean);
    const attendees = (props.get("ATTENDEE") ?? []).filter(Boolean);
    const lead = owner ?? (attendees.length ? attendees.join(", ") : undefined);
    const due = shownDay(one("DUE") ?? "") ?? shownDay(one("DTSTART") ?? "");
    const percent = one("PERCENT-COMPLETE");
    const completed = shownDay(one("COMPLETED") ?? "");
    const update = notes.filter((n) => !OWNER_LINE.test(n));
    // (How far along it is, and when it was done, as the task's figures.)
    const figures: [string, string][] = [...(percent ? [["Complete", `${percent}%`] as [string, string]] : []), ...(completed ? [["Completed", completed] as [string, string]] : [])];
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    const sourceStart = first.start;
    return {
      type: "target" as const,
      level: "target" as const,
      id: `${meta.docId}:${ref ?? `task-${k + 1}`}`,
      docId: meta.docId,
      ref: ref ?? `task ${k + 1}`,
      refIsSynthetic: !ref,
      theme: [],
      text,
      ...(lead ? { lead } : {}),
      ...(due ? { due } : {}),
      ...(update.length ? { delivered: update.join(" ") } : {}),
      ...(figures.length ? { figures } : {}),
      status: rating?.rating ?? null,
      ...(state ? { statusLabel: state } : {}),
      columns: ["Action", "Owner", "Due", "Status", "Update"],
      source: doc.text.slice(sourceStart, last.start + last.text.length),
      sourceStart,
      locator: blockLocator(first, [], ref ? `action ${ref}` : text.slice(0, 60)),
    };
  });
}
