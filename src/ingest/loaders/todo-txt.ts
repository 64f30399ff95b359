/**
 * The todo.txt format (todotxt.org): one task a line, no headings. A done task starts "x" and its completion
 * date, "x 2191-12-14 2191-12-13 Book the room"; an open one may start with a priority "(A)" and its creation
 * date; "+Project" and "@context" words file a task and "key:value" tags carry what its owner added
 * ("ref:CTA-25", "owner:DGB", "due:2192-01-20"). Each task is its own line, so the loader keeps each a
 * paragraph of its own rather than letting a text file's lines run together.
 */

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
/** A todo.txt line: done ("x" and dates), prioritised ("(A)"), or dated; then the task's words. */
export const TODO_LINE = new RegExp(String.raw`^(?:(x)\s+(${DATE})\s+(?:${DATE}\s+)?|\(([A-Z])\)\s+(?:${DATE}\s+)?|${DATE}\s+)(\S.*)$`);
/** The format's own marks: a project or context word, or a key:value tag (not a time, "10:30", nor a web address). */
const TODO_MARK = /(?:^|\s)[+@][\w-]+|(?:^|\s)[a-z][a-z0-9_-]*:(?!\/\/)[^\s\d]\S*|(?:^|\s)[a-z][a-z0-9_-]*:\d{4}-\d{2}-\d{2}\b/i;

/** Whether these lines are a todo.txt list: most are tasks, and most tasks carry the format's marks. */
export function isTodoTxt(lines: string[]): boolean {
  const filled = lines.filter((l) => l.trim());
  const tasks = filled.filter((l) => TODO_LINE.test(l.trim()));
  return tasks.length >= 3 && tasks.length >= filled.length * 0.8 && tasks.filter((l) => TODO_MARK.test(l)).length >= tasks.length * 0.6;
}

/** A todo.txt file's tasks a paragraph each (a blank line between lines); any other text as it is. */
export function todoTasksApart(text: string): string {
  const lines = text.split(/\r?\n/);
  return isTodoTxt(lines) ? lines.filter((l) => l.trim()).join("\n\n") + "\n" : text;
}

/** The first and last days the list's tasks were added or done on (its lines' leading dates, not their due dates). */
export function todoTxtSpan(text: string): { from: string; to: string } | undefined {
  const days = text
    .split(/\r?\n/)
    .flatMap((l) => (TODO_LINE.test(l.trim()) ? (l.trim().match(new RegExp(`^(?:x\\s+|\\([A-Z]\\)\\s+)?((?:${DATE}\\s+){1,2})`))?.[1]?.match(/\d{4}-\d{2}-\d{2}/g) ?? []) : []))
    .sort();
  return days.length ? { from: days[0]!, to: days.at(-1)! } : undefined;
}
