/**
 * "Did Sallis's defibrillator amendment get through?": minutes that record decisions as motion blocks
 * (a mover and a seconder, the motion's words, perhaps a recorded vote, then its result, "Carried",
 * "Defeated (3 to 6)") answer whether a motion passed by the result under it. The block is found by its
 * mover or seconder named in the question, or by the question's words in the motion's own.
 */
import { MOTION_RESULT } from "../../ingest/vocabulary.js";
import { matchScore } from "../../util/similarity.js";
import { contentWords } from "../../util/text.js";
import type { Span } from "../quotes.js";
import type { TypedQuery } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

/** "Did X get through?", "was the amendment carried?", "did the motion pass?". */
const ASKS_OUTCOME = /\b(?:did|was|were|has|have)\b.*\b(?:amendments?|motions?|proposals?)\b.*\b(?:get (?:through|passed)|go through|pass(?:ed)?|carried|agreed|succeed(?:ed)?|approved|adopted|lost|defeated|fail(?:ed)?|fall|fell)\b|\b(?:amendments?|motions?)\b.*\b(?:get through|go through|pass|carried|defeated|lost)\b/i;
const MOVED = /^(?:proposed|moved)(?: by)?\s*:?\s*(?:\|\s*)?(.+)$/i;
const SECONDED = /^seconded(?: by)?\s*:?\s*(?:\|\s*)?(.+)$/i;
/** A recorded vote's line: "For (3): | Councillor …", "Against (6):". */
const VOTE_LINE = /^(?:for|against|absent|abstain\w*|abstentions?)\s*(?:\(\d+\))?\s*:/i;
/** A motion block runs from its mover to its result within so many lines. */
const BLOCK_LINES = 16;
const QUESTION_WORDS = /^(?:did|was|were|has|have|get|got|through|pass|passed|carried|amendment|amendments|motion|motions|proposal|agreed|succeed|approved|adopted|lost|defeated|fail|failed|go)$/;

interface Motion {
  docId: string;
  lines: { text: string; start: number }[];
  mover: string;
  seconder: string;
  words: string;
  result: { text: string; start: number };
  amendment: boolean;
}

function motionsIn(docId: string, text: string): Motion[] {
  const lines: { text: string; start: number }[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    if (raw.trim()) lines.push({ text: raw.trim(), start: offset + raw.indexOf(raw.trim()) });
    offset += raw.length + 1;
  }
  const out: Motion[] = [];
  lines.forEach((line, k) => {
    const moved = MOVED.exec(line.text);
    if (!moved) return;
    const block = lines.slice(k, k + BLOCK_LINES);
    const end = block.findIndex((l) => MOTION_RESULT.test(l.text));
    if (end < 0 || block.slice(1, end).some((l) => MOVED.test(l.text))) return;
    const seconded = block.slice(1, end).map((l) => SECONDED.exec(l.text)?.[1]).find(Boolean) ?? "";
    const before = lines[k - 1]?.text ?? "";
    out.push({
      docId,
      lines: block.slice(0, end + 1),
      mover: moved[1]!,
      seconder: seconded,
      words: block.slice(1, end).filter((l) => !SECONDED.test(l.text) && !VOTE_LINE.test(l.text)).map((l) => l.text).join(" "),
      result: block[end]!,
      amendment: /^amendment\b/i.test(before),
    });
  });
  return out;
}

export function lookupMotionOutcome(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (!ASKS_OUTCOME.test(query.question) || !ctx.textOf) return undefined;
  const words = contentWords(query.question.replace(/['’]s\b/g, "")).filter((w) => !QUESTION_WORDS.test(w));
  if (!words.length) return undefined;
  const asksAmendment = /\bamendments?\b/i.test(query.question);
  const scored = ctx.documents
    .flatMap((d) => motionsIn(d.meta.docId, ctx.textOf!(d.meta.docId) ?? ""))
    .map((m) => {
      const byPerson = matchScore(words, `${m.mover} ${m.seconder}`).score;
      const byWords = matchScore(words, m.words).score;
      return { m, score: 2 * byPerson + byWords + (asksAmendment === m.amendment ? 0.5 : 0), fits: byPerson > 0 || byWords > 0 };
    })
    .filter((x) => x.fits)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || (scored[1] && scored[1].score === best.score)) return undefined;
  const { m } = best;
  const passed = /^carried/i.test(m.result.text);
  const title = ctx.docById.get(m.docId)?.meta.title ?? m.docId;
  const finding = emptyFinding();
  finding.lines.push(`${passed ? "Yes" : "No"}: the ${m.amendment ? "amendment" : "motion"} moved by ${m.mover}${m.seconder ? ` (seconded by ${m.seconder})` : ""} was ${m.result.text.replace(/\.$/, "")} (${title}).`);
  finding.lines.push(`• The motion: ${m.words.length > 400 ? `${m.words.slice(0, 400).replace(/\s+\S*$/, "")}…` : m.words}`);
  const first = m.lines[0]!;
  const span = (from: number, to: number): Span => ({ docId: m.docId, start: from, end: to, locator: ctx.locate?.(m.docId, from) ?? { section: [] } });
  finding.evidence.push(span(m.result.start, m.result.start + m.result.text.length), span(first.start, first.start + first.text.length));
  const motionLine = m.lines.find((l) => !MOVED.test(l.text) && !SECONDED.test(l.text) && l !== m.result);
  if (motionLine) finding.evidence.push(span(motionLine.start, motionLine.start + motionLine.text.length));
  return finding;
}
