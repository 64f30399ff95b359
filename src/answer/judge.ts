/**
 * One judge for every route to an answer (offline extraction, structured lookup, a model's wording): how
 * much of the question an answer covers, from its verified citations. A question word counts as covered
 * when the answer's text says it and a citation's quote backs it, when a citation's title, date or
 * locator says it (shown with the answer, it tells the reader where the answer stands), or when a
 * citation comes from the part of a paper that word names ("the NAO" and the paper on the NAO's report,
 * whose sentences need not say "NAO"). Words weigh by how rare they are in the corpus, as in passage
 * selection; words the papers never use weigh nothing, since no answer can cover them.
 *
 * A question after a figure ("how many", "how much", "what happened to …") or a person ("who …", "which
 * advisers …") is also covered by the facts of that kind an answer states and cites: an answer that
 * leaves out a figure or a name the other one gives covers less of it, however many of the question's
 * words it repeats ("more than 90 councils were involved" against "51 programmes … to 47 councils …
 * more than 90 councils"; one of the two advisers of a region).
 *
 * An answer that cites nothing, or does not answer, covers nothing.
 */
import type { Locator } from "../ingest/records/schema.js";
import type { IndexPort } from "../index/index.js";
import type { Relevance } from "./relevance.js";
import type { Answer, Citation } from "./schema.js";
import { expandQuestion, questionWords, type Vocabulary } from "./query.js";
import { matchScore } from "../util/similarity.js";
import { asksForFigure } from "./extract.js";
import { contentWords, stem } from "../util/text.js";

/** Equivalent words ("staff" for "headcount") count at this share, as in passage selection. */
const EQUIVALENT = 0.6;
/** A coverage this much lower is still a tie (rounding; a model that words the same content differently). */
const TIE = 1e-6;

export interface JudgeContext {
  relevance: Pick<Relevance, "weight" | "frequency" | "score">;
  vocabulary: Vocabulary;
  /** Where a citation's quote sits in its document, for crediting the section it comes from. */
  where?: (citation: Citation) => { docId: string; locator: Locator } | undefined;
}

/** The judge's context over an engine and its index: word weights, and where each quote comes from. */
export function judgeContext(
  engine: { relevance: Relevance; vocabulary: Vocabulary; locate(docId: string, offset: number): Locator },
  index: Pick<IndexPort, "documentText">,
): JudgeContext {
  return {
    relevance: engine.relevance,
    vocabulary: engine.vocabulary,
    where: (c) => {
      const offset = offsetOf(index.documentText(c.docId)?.text ?? "", c.quote);
      return offset === undefined ? undefined : { docId: c.docId, locator: engine.locate(c.docId, offset) };
    },
  };
}

/** Where a quote starts in a document's text (whitespace may differ: a model's quotes are normalised). */
function offsetOf(text: string, quote: string): number | undefined {
  const exact = text.indexOf(quote);
  if (exact >= 0) return exact;
  const head = quote.trim().split(/\s+/).slice(0, 12).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!head.length) return undefined;
  return new RegExp(head.join("\\s+")).exec(text)?.index;
}

export interface Coverage {
  /** Weighted share (0..1) of the question's words the answer covers. */
  score: number;
  covered: string[];
  missed: string[];
  /** For a question after a figure or a person: the figures or names the answer states that its citations hold. */
  facts: Set<string>;
}

export type Judged = Pick<Answer, "found" | "answer" | "citations">;

export function coverage(question: string, answer: Judged, ctx: JudgeContext): Coverage {
  const words = [...new Map(questionWords(expandQuestion(question, ctx.vocabulary)).map((w) => [stem(w), w])).values()];
  const weight = (w: string) => (ctx.relevance.frequency(w) > 0 ? ctx.relevance.weight(w) : 0);
  const total = words.reduce((s, w) => s + weight(w), 0);
  const facts = citedFacts(question, answer, ctx);
  if (!answer.found || answer.citations.length === 0 || total === 0) return { score: 0, covered: [], missed: words, facts };
  const cites = answer.citations.map((c) => ({ quote: c.quote, place: `${c.title} ${c.date} ${c.locator}`, where: ctx.where?.(c) }));
  let score = 0;
  const covered: string[] = [];
  const missed: string[] = [];
  for (const w of words) {
    const said = matchScore([w], answer.answer, { equivalents: EQUIVALENT }).fraction;
    const credit = Math.max(
      0,
      ...cites.map((c) => {
        const quoted = matchScore([w], c.quote, { equivalents: EQUIVALENT }).fraction;
        const placed = matchScore([w], c.place, { equivalents: EQUIVALENT }).fraction;
        // The section's subject counts in full (relevance gives 1 for it, 0.5 for any word the section uses).
        const section = quoted === 0 && c.where ? (ctx.relevance.score([w], c.quote, c.where).fraction >= 1 ? 1 : 0) : 0;
        return Math.max(Math.min(said, quoted), placed, section);
      }),
    );
    score += credit * weight(w);
    (credit > 0 ? covered : missed).push(w);
  }
  return { score: score / total, covered, missed, facts };
}

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";

/**
 * The figures of a text, as their digits ("£19,200" and "19200" are one figure): amounts, counts and
 * percentages, not the years, periods ("2020/21", "2010-11"), days of dates, or the numbers of
 * paragraphs and list items, which say where, not how much.
 */
export function amountsOf(text: string): Set<string> {
  const out = new Set<string>();
  const t = text
    .replace(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`, "gi"), " ")
    .replace(/\b\d{2,4}\s*[/-]\s*\d{2,4}\b/g, " ")
    .replace(/(?:^|\n)\s*(?:[•*-]\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])/g, " ");
  for (const m of t.matchAll(/(?<![\w.])[£$€]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g)) {
    const whole = m[1]!.replace(/,/g, "");
    if (!m[2] && /^(?:19|20)\d{2}$/.test(whole)) continue;
    out.add(m[2] ? `${whole}.${m[2]}` : whole);
  }
  return out;
}

/** A question after a person: who, whose, or the officers, advisers, councillors, contacts, leads it names. */
const ASKS_FOR_PERSON = /^\s*who\b|\bwho(?:'s| is| are| was| were)\b|\bwhose\b|\b(?:officers?|advis[eo]rs?|PAs?|councillors?|cllrs?|contacts?|chairs?|deputies|leads?|owners?|managers?)\b/i;
/** A word used in at most this many chunks is a name's word, not a common one ("Herbert", not "Council"). */
const RARE_WORD_CHUNKS = 10;

/**
 * The words of the names in a text: runs of two or more capitalised words, each word used rarely in the
 * corpus and not a word of the question; labels ("Tel:", "Email:") are not names.
 */
export function namesOf(text: string, question: string, frequency: (word: string) => number): Set<string> {
  const asked = new Set(contentWords(question).map(stem));
  const out = new Set<string>();
  for (const m of text.replace(/\b[A-Z][a-z]+:/g, " ").matchAll(/\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+/g)) {
    for (const w of m[0].split(/\s+/)) if (!asked.has(stem(w)) && frequency(w) <= RARE_WORD_CHUNKS) out.add(w);
  }
  return out;
}

/** The facts of the kinds the question asks for (figures, names) that the answer states and a quote holds. */
function citedFacts(question: string, answer: Judged, ctx: JudgeContext): Set<string> {
  const kinds: ((text: string) => Set<string>)[] = [];
  if (asksForFigure(question)) kinds.push(amountsOf);
  if (ASKS_FOR_PERSON.test(question)) kinds.push((t) => namesOf(t, question, (w) => ctx.relevance.frequency(w)));
  const factsOf = (text: string) => kinds.flatMap((kind) => [...kind(text)]);
  const cited = new Set(answer.citations.flatMap((c) => factsOf(c.quote)));
  return new Set(factsOf(answer.answer).filter((f) => cited.has(f)));
}

export interface Verdict {
  winner: "model" | "offline";
  model: number;
  offline: number;
  /** Cited figures or names the offline answer gives and the model's leaves out (a question after one). */
  missingFacts: string[];
}

/** The model's answer wins unless it covers less of the question than the offline one. */
export function judge(question: string, model: Judged, offline: Judged, ctx: JudgeContext): Verdict {
  const m = coverage(question, model, ctx);
  const o = coverage(question, offline, ctx);
  const missingFacts = [...o.facts].filter((f) => !m.facts.has(f));
  return { winner: m.score + TIE >= o.score && missingFacts.length === 0 ? "model" : "offline", model: m.score, offline: o.score, missingFacts };
}
