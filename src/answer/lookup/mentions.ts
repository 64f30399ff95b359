/**
 * Where else the papers mention a record by its reference: "CRR2 raised from 12 to 16 after …" in the
 * register's notes, "(b) agrees to close risk CRR8" in the minutes that followed. The sentences, each a
 * run of its document's text, for an answer to cite beside the record itself.
 */
import type { Span } from "../quotes.js";
import type { LookupContext } from "./types.js";

export interface Mention extends Span {
  text: string;
}

/** How long a mention may grow with the sentences after the one naming the reference. */
const MENTION_CHARS = 300;

/** Sentences naming `ref` (as a whole word), outside the spans given, other documents first, at most `max`. */
export function mentionsOf(ref: string, ctx: LookupContext, exclude: { docId: string; start: number; end: number }[], max = 2): Mention[] {
  if (!ctx.textOf) return [];
  const pattern = new RegExp(`(?<![\\w.-])${ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-]|\\.\\d)`, "g");
  const found: (Mention & { own: boolean })[] = [];
  for (const d of ctx.documents) {
    const text = ctx.textOf(d.meta.docId) ?? "";
    for (const m of text.matchAll(pattern)) {
      const at = m.index!;
      if (exclude.some((x) => x.docId === d.meta.docId && at >= x.start && at < x.end)) continue;
      // The sentence around it, within its line.
      const lineStart = text.lastIndexOf("\n", at) + 1;
      const lineEnd = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
      const line = text.slice(lineStart, lineEnd);
      // A table row that is the record itself, or another register's row, is not a mention.
      if (line.includes(" | ")) continue;
      const before = line.slice(0, at - lineStart).search(/(?:[.!?]\s+)(?=[^.!?]*$)/);
      const start = lineStart + (before >= 0 ? before + line.slice(before).search(/\s\S/) + 1 : 0);
      const afterAt = line.slice(at - lineStart).search(/[.!?](?:\s|$)/);
      let end = afterAt >= 0 ? at + afterAt + 1 : lineEnd;
      // (What follows in the same short message says what came of it: "The Board agreed to … by 15 January.")
      for (;;) {
        const next = text.slice(end, lineEnd).search(/[.!?](?:\s|$)/);
        if (next < 0 || end + next + 1 - start > MENTION_CHARS) break;
        end += next + 1;
      }
      if (end - start < 15 || found.some((f) => f.docId === d.meta.docId && f.start === start)) continue;
      found.push({ docId: d.meta.docId, start, end, text: text.slice(start, end).trim(), locator: ctx.locate?.(d.meta.docId, start) ?? { section: [] }, own: exclude.some((x) => x.docId === d.meta.docId) });
    }
  }
  return found.sort((a, b) => Number(a.own) - Number(b.own)).slice(0, max);
}
