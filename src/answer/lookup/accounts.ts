/**
 * A paper's own account of a table row, apart from the table: "Why is the skills academy underspent?" is
 * answered by the paragraph under the side heading "Green Spaces Skills Academy – Red, underspend £15,000",
 * or by the numbered paragraph that opens with the row's name ("6. Definitive Map Support Service
 * (RWB-03), Red. The specialist adviser post was vacant …"), not by the row's figures alone.
 */
import type { Span } from "../quotes.js";
import { escapeRegExp } from "../../util/text.js";
import type { LookupContext } from "./types.js";

/** An account is quoted up to this length. */
const ACCOUNT_CHARS = 480;
/** A line naming the row no longer than this is a heading over its account, not the account. */
const HEADING_CHARS = 120;
/** A paragraph shorter than this says too little to be an account. */
const MIN_ACCOUNT = 60;
/** A line of at most this many words after a name is a label ("Lead officer: Ann Lee"), not an account. */
const LABEL_LINE = /^[^:]{1,40}:\s*\S+(?:\s+\S+){0,4}$/;

/** A row's name without the marks around it ("† Definitive Map Support Service –"). */
const bareLabel = (label: string) => label.replace(/^[^\p{L}\d]+|[^\p{L}\d)]+$/gu, "").trim();

export interface Account {
  text: string;
  span: Span;
}

/**
 * The paragraph of `docId` that gives an account of the row named `label` (outside `rowStart`–`rowEnd`,
 * the row itself): the first paragraph under a heading naming it, or a paragraph opening with its name
 * (only the latter when `underHeading` is false: a target's card is headed by its own name).
 */
export function accountOfRow(ctx: LookupContext, docId: string, label: string, row: { start: number; end: number }, opts: { underHeading?: boolean } = {}): Account | undefined {
  const text = ctx.textOf?.(docId);
  const name = bareLabel(label);
  if (!text || name.split(/\s+/).length < 2) return undefined;
  // (Its reference may come first: "6. GSF-04, Derby City Council (Chaddesden Park). The council's …".)
  const naming = new RegExp(`(?:^|\\n)[ \\t]*(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+)?(?:[A-Z][A-Z0-9]{0,6}[-/.]?\\d{1,3}[a-z]?[,:]?\\s+)?${escapeRegExp(name).replace(/\s+/g, "\\s+")}(?![\\p{L}\\d])[^\\n]*`, "giu");
  for (const m of text.matchAll(naming)) {
    const lineStart = m.index + (m[0].startsWith("\n") ? 1 : 0);
    const line = m[0].replace(/^\n/, "");
    if (line.includes(" | ") || (lineStart < row.end && lineStart + line.length > row.start)) continue;
    // A paragraph opening with the name is the account; a heading naming it has the account under it.
    if (line.trim().length > HEADING_CHARS) return quote(ctx, docId, text, lineStart);
    if (opts.underHeading === false) continue;
    let pos = lineStart + line.length + 1;
    for (let lines = 0; lines < 3 && pos < text.length; lines++) {
      const end = text.indexOf("\n", pos) < 0 ? text.length : text.indexOf("\n", pos);
      const next = text.slice(pos, end).trim();
      if (next.includes(" | ")) break;
      if (next.length >= MIN_ACCOUNT && !LABEL_LINE.test(next)) return quote(ctx, docId, text, pos);
      pos = end + 1;
    }
  }
  // (A comment printed at the end of a sheet under its cell's address, "Cell: I12", is about the row its
  // heading names: the comment's text, past its "Comment: Surname, Forename:" line.)
  if (ctx.locate) {
    for (const m of text.matchAll(/^Cell:\s*[A-Z]{1,3}\d{1,7}$/gm)) {
      let pos = m.index + m[0].length + 1;
      const section = ctx.locate(docId, pos).section;
      if (!section.some((h) => h.startsWith(m[0]) && h.includes(name))) continue;
      for (let lines = 0; lines < 4 && pos < text.length; lines++) {
        const end = text.indexOf("\n", pos) < 0 ? text.length : text.indexOf("\n", pos);
        const next = text.slice(pos, end).trim();
        if (/^Cell:/.test(next)) break;
        if (next.length >= 20 && !/:$/.test(next) && !/^(?:Comment|Reply):/.test(next)) return quote(ctx, docId, text, pos);
        pos = end + 1;
      }
    }
  }
  return undefined;
}

/** The paragraph (line) at `at`, clipped at a word, with its span. */
function quote(ctx: LookupContext, docId: string, text: string, at: number): Account {
  const end = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
  const raw = text.slice(at, end);
  const start = at + (raw.length - raw.trimStart().length);
  const line = raw.trim();
  const clipped = line.length > ACCOUNT_CHARS ? line.slice(0, ACCOUNT_CHARS).replace(/\s+\S*$/, "") : line;
  return { text: `${clipped}${clipped.length < line.length ? "…" : ""}`, span: { docId, start, end: start + clipped.length, locator: ctx.locate ? ctx.locate(docId, start) : { section: [] } } };
}
