/**
 * Drafts are corrected by notes typed into them under what they correct, each marked with its writer's
 * initials: "[PH: This was Cllr Scarisbrick, not Cllr Courtenay-Blyde – please correct.]", then an answer,
 * "[SB: You are right – it should read £64,500.]". The draft's own line is never retyped, so a quote from
 * it is shown with the notes written under it.
 */

/** A reviewer's note on a line of its own: initials, a colon, the note, all in square brackets. */
const MARGIN_NOTE = /^\[[A-Z]{2,4}:\s[^\n]*\]\s*$/;
/** Notes shown under one quote at most. */
const MAX_NOTES = 3;

/** The notes written under the line a span ends on (blank lines may part them), as spans of the text. */
export function notesUnder(text: string, spanEnd: number): { start: number; end: number }[] {
  const notes: { start: number; end: number }[] = [];
  let at = text.indexOf("\n", Math.max(0, spanEnd - 1));
  while (at >= 0 && notes.length < MAX_NOTES) {
    let start = at + 1;
    while (text[start] === "\n" || text[start] === "\r") start++;
    const lineEnd = text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start);
    const line = text.slice(start, lineEnd);
    if (!MARGIN_NOTE.test(line)) break;
    notes.push({ start, end: start + line.trimEnd().length });
    at = lineEnd < text.length ? lineEnd : -1;
  }
  return notes;
}
