/**
 * Decision logs are written once and never edited: a later entry that replaces an earlier one says so
 * ("Supersedes: BPD-10 (publication date only)"), and the earlier entry still reads as it did. A passage
 * quoted from an entry is followed by what replaced it, wherever in the papers that is said.
 */
import { sentenceUnits } from "./extract.js";
import { contentWords, escapeRegExp, stem } from "../util/text.js";

/** A span of a document's text, as passages are. */
export interface TextSpan {
  docId: string;
  start: number;
  end: number;
}

/** What replaced an entry: the line that says so and the sentences of the new entry nearest the question. */
export interface Supersession {
  /** Which of the spans asked about is quoted from the superseded entry (its first). */
  quoted: number;
  ref: string;
  by: string;
  says: TextSpan;
  sentences: TextSpan[];
}

/** An entry's reference opening its line ("BPD-10    (logged …)", "## DL-07: …", "**D/24/05**"): letters, then figures. */
const ENTRY_REF = /^[ \t]*(?:#{1,6}[ \t]+|\*\*|\[)?([A-Z][A-Z0-9]{0,7}(?:[-/.][A-Z0-9]{1,6})*[-/.]\d{1,4}[a-z]?)(?![\w/-])/;
/** A line that ends an entry: a rule of "=", "-", "_" or "*", or a heading. */
const ENTRY_BREAK = /^[ \t]*(?:[=_*-][ \t]*){3,}$|^#{1,6}[ \t]/;
/** An entry is looked for this far above a quote, and read this far down. */
const MAX_ENTRY_CHARS = 2500;
/** Sentences of the new entry shown. */
const MAX_SENTENCES = 2;

/** The reference of the entry a span is in: the nearest line above it (or its own) that opens with one, before any rule. */
export function entryRefAt(text: string, at: number): { ref: string; start: number } | undefined {
  let lineStart = text.lastIndexOf("\n", at - 1) + 1;
  for (let steps = 0; steps < 60 && at - lineStart <= MAX_ENTRY_CHARS; steps++) {
    const lineEnd = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const ref = ENTRY_REF.exec(line)?.[1];
    if (ref && /\d/.test(ref)) return { ref, start: lineStart };
    if (ENTRY_BREAK.test(line) && steps > 0) return undefined;
    if (lineStart === 0) return undefined;
    lineStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  }
  return undefined;
}

/** Where an entry opened at `start` ends: at the next rule, heading or line opening with another reference. */
function entryEnd(text: string, start: number): number {
  let at = text.indexOf("\n", start);
  while (at >= 0 && at + 1 < text.length && at - start <= MAX_ENTRY_CHARS) {
    const next = text.indexOf("\n", at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next);
    if (ENTRY_BREAK.test(line) || ENTRY_REF.test(line)) return at;
    if (next < 0) return text.length;
    at = next;
  }
  return at < 0 ? text.length : at;
}

/**
 * What supersedes the entries the spans are quoted from, in any of the documents: the line saying so
 * ("Supersedes: BPD-10 (publication date only)") and the new entry's sentences that share most words with
 * the question. An entry is looked up once, however many of its sentences are quoted.
 */
export function supersessionsOf(spans: TextSpan[], docIds: string[], textOf: (docId: string) => string | undefined, question: string): Supersession[] {
  const asked = new Set(contentWords(question).map(stem));
  const out: Supersession[] = [];
  const seen = new Set<string>();
  for (const [quoted, span] of spans.entries()) {
    const entry = entryRefAt(textOf(span.docId) ?? "", span.start);
    if (!entry || seen.has(entry.ref)) continue;
    seen.add(entry.ref);
    const says = new RegExp(`\\b(?:supersed(?:es|ing)|replac(?:es|ing)|overrid(?:es|ing)|revok(?:es|ing))\\b[:\\s]+(?:decision\\s+|entry\\s+)?${escapeRegExp(entry.ref)}(?![\\w/-])`, "i");
    for (const docId of docIds) {
      const text = textOf(docId) ?? "";
      const m = says.exec(text);
      if (!m) continue;
      const by = entryRefAt(text, m.index);
      if (!by || by.ref === entry.ref) continue;
      const lineStart = text.lastIndexOf("\n", m.index) + 1;
      const lineEnd = text.indexOf("\n", m.index) < 0 ? text.length : text.indexOf("\n", m.index);
      const end = entryEnd(text, by.start);
      const bodyStart = text.indexOf("\n", by.start) + 1;
      const units = bodyStart > 0 && bodyStart < end ? sentenceUnits(text.slice(bodyStart, end), bodyStart) : [];
      const scored = units
        .filter((u) => u.start >= lineEnd || u.end <= lineStart)
        .map((u, order) => ({ u, order, score: contentWords(text.slice(u.start, u.end)).filter((w) => asked.has(stem(w))).length }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .slice(0, MAX_SENTENCES)
        .sort((a, b) => a.order - b.order);
      if (!scored.length) continue;
      // (Without a list's marker or the spaces around: "- Replaces: CTW-04" quotes "Replaces: CTW-04".)
      const trimmed = (u: { start: number; end: number }): TextSpan => {
        const raw = text.slice(u.start, u.end);
        const start = u.start + (/^\s*(?:[-*•]\s+)?/.exec(raw)?.[0].length ?? 0);
        return { docId, start, end: u.start + raw.trimEnd().length };
      };
      out.push({
        quoted,
        ref: entry.ref,
        by: by.ref,
        says: trimmed({ start: lineStart, end: lineEnd }),
        sentences: scored.map(({ u }) => trimmed(u)),
      });
      break;
    }
  }
  return out;
}
