/**
 * A task list kept in the todo.txt format (one task a line, no headings): a done task starts "x" and its
 * completion date ("x 2191-12-14 2191-12-13 Book the room"); an open one may start with a priority "(A)"
 * and its creation date; "+Project" and "@context" words file it, and "key:value" tags carry what the
 * owner added ("ref:CTA-25", "owner:DGB", "due:2192-01-20"). Each task is a record whose status is the
 * leading "x" (Complete) or its absence (Open), with its reference, owner, due date and completion date.
 */
import type { TargetRecord } from "./schema.js";
import { blockLocator, type ExtractContext } from "./context.js";
import { readRating } from "./columns.js";
import { TODO_LINE, isTodoTxt } from "../loaders/todo-txt.js";

/** A key:value tag, "due:2192-01-20", "owner:DGB" (not a time, "10:30", nor a web address). */
const TAG = /(?:^|\s)([a-z][a-z0-9_-]*):(?!\/\/)(\S+)/gi;
/** Words that file a task: "+HubPhase2", "@waiting". */
const FILING = /(?:^|\s)[+@][\w./-]+/g;

/** The tasks of a todo.txt file (one a block, as its loader keeps them), when it is one. */
export function todoTxtItems(ctx: ExtractContext): TargetRecord[] {
  const { doc, meta, keys } = ctx;
  const lines = doc.blocks.filter((b) => b.kind === "text");
  if (doc.blocks.some((b) => b.kind !== "text") || !isTodoTxt(lines.map((b) => b.text))) return [];
  const tasks = lines.filter((b) => TODO_LINE.test(b.text));
  return tasks.map((b, k) => {
    const [, done, completed, priority, body] = TODO_LINE.exec(b.text)!;
    const tags = new Map<string, string>();
    for (const [, key, value] of body!.matchAll(TAG)) if (!tags.has(key!.toLowerCase())) tags.set(key!.toLowerCase(), value!);
    const text = body!.replace(TAG, "").replace(FILING, "").replace(/\s+/g, " ").trim();
    const ref = tags.get("ref");
    const said = done ? "Complete" : "Open";
    const rating = readRating(said, keys);
    const lead = tags.get("owner") ?? tags.get("assignee") ?? tags.get("who");
    const due = tags.get("due");
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
      ...(done ? { delivered: `done ${completed}` } : priority ? { delivered: `priority ${priority}` } : {}),
      status: rating?.rating ?? null,
      statusLabel: rating?.label ?? said,
      statusOffset: 0,
      columns: ["Action", "Owner", "Due", "Update"],
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, [], ref ? `action ${ref}` : text.slice(0, 60)),
    };
  });
}
