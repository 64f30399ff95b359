/**
 * A task list exported as iCalendar (RFC 5545 VTODOs), as its loader keeps it: a task a paragraph of its
 * property lines ("SUMMARY:PHA-28 Survey councils …", "STATUS:IN-PROCESS", "DUE;VALUE=DATE:25820228",
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

/** A property line: its name, its parameters, its value. */
const PROPERTY = /^([A-Z][A-Z0-9-]*)((?:;[^:\n]*)?):(.*)$/;
/** The standard's task states, as a person says them, to rate them as any log's states are rated. */
const STATE_WORDS: Record<string, string> = { "NEEDS-ACTION": "Not started", "IN-PROCESS": "In progress", COMPLETED: "Completed", CANCELLED: "Cancelled" };
/** "Owner: Jo Bloggs" in a task's description. */
const OWNER_LINE = /^(?:owner|assigned to|lead|responsible)\s*:\s*(.+)$/i;

/** A date or date-time value ("25820228", "25820228T170000Z") as a day a person writes ("28 February 2582"). */
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
  let nextLine = -1;
  for (const b of doc.blocks) {
    // (A blank line in the loaded text between two lines parts two tasks.)
    if (b.line !== nextLine) paragraphs.push((current = []));
    current.push(b);
    nextLine = b.line + 1;
  }
  return paragraphs.filter((p) => {
    const names = new Set(p.map((b) => PROPERTY.exec(b.text)?.[1]));
    return names.has("SUMMARY") && (names.has("STATUS") || names.has("DUE") || names.has("PERCENT-COMPLETE"));
  });
}

/** The tasks of an iCalendar task list, when the document is one. */
export function calendarTaskItems(ctx: ExtractContext): TargetRecord[] {
  const { doc, meta, keys } = ctx;
  const paragraphs = taskParagraphs(ctx);
  // (A task list: most of the document's paragraphs of property lines are tasks, two at least.)
  if (paragraphs.length < 2) return [];
  return paragraphs.map((lines, k) => {
    const props = new Map<string, string[]>();
    const notes: string[] = [];
    let inDescription = false;
    for (const b of lines) {
      const m = PROPERTY.exec(b.text);
      if (m) {
        inDescription = m[1] === "DESCRIPTION";
        const value = m[1] === "ATTENDEE" ? (/;CN="?([^";:]+)"?/i.exec(m[2]!)?.[1] ?? "") : m[3]!.trim();
        props.set(m[1]!, [...(props.get(m[1]!) ?? []), value]);
        if (inDescription && value) notes.push(value);
      } else if (inDescription) notes.push(b.text.trim());
    }
    const one = (name: string) => props.get(name)?.[0];
    const summary = one("SUMMARY") ?? "";
    const refMatch = LEADING_REF.exec(summary);
    const ref = refMatch?.[1];
    const text = ref ? summary.slice(refMatch![0].length).trim() : summary;
    const state = one("STATUS")?.toUpperCase();
    const rating = state ? readRating(STATE_WORDS[state] ?? state, keys) : undefined;
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
