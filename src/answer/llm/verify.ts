/**
 * Checks applied to everything a model writes before it is shown:
 * - every quote is a verbatim part of the passage it cites and passes the document's verbatim test;
 * - a structured answer keeps exactly the members of the lookup (no row left out, none added);
 * - the answer's figures and words come from the sources (a model obeying an injected instruction, or
 *   inventing, fails here), and it carries no secret;
 * - nothing in it can ping anyone in Slack.
 */
import { tokenize } from "../../ingest/clean.js";
import { STOP_WORDS, stem } from "../../util/text.js";
import { MAX_QUOTE_CHARS, type Citation } from "../schema.js";
import type { ModelCitation } from "./schemas.js";
import type { NumberedPassage } from "./evidence.js";

/** Typographic variants a model may "correct" in a quote; the verbatim test ignores them too. */
function typographic(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\u00a0/g, " ");
}

/** Whitespace collapsed, typographic quotes and dashes made plain. */
export function normaliseSpace(s: string): string {
  return typographic(s).replace(/\s+/g, " ").trim();
}

/** A quote as the model gave it, without the wrapping quote marks or ellipses models like to add. */
export function cleanQuote(quote: string): string {
  let q = normaliseSpace(quote);
  for (let i = 0; i < 3; i++) {
    const before = q;
    q = q
      .replace(/^(?:\.\.\.|…)\s*/, "")
      .replace(/\s*(?:\.\.\.|…)$/, "")
      .replace(/^["'`]+|["'`]+$/g, "")
      .trim();
    if (q === before) break;
  }
  return q;
}

/** Cut a quote to the length limit at a word boundary (a cut quote is still verbatim). */
function fitQuote(q: string, max = MAX_QUOTE_CHARS): string {
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).trim();
}

export interface QuoteCheck {
  /** True when the quote's words occur contiguously in the document as loaded (the scorer's test). */
  check(docId: string, quote: string): boolean;
}

export interface FailedCitation {
  passage: number;
  quote: string;
  reason: "no such passage" | "not in the passage" | "too short" | "not verbatim in the document";
}

export interface CitationCheck {
  verified: (Citation & { passage: number })[];
  failed: FailedCitation[];
}

const MIN_QUOTE_WORDS = 3;

/**
 * Verify the model's citations. A quote must be a verbatim part of its passage (whitespace and typographic
 * quotes aside); one found verbatim in another passage is moved there (the text is real, the number was
 * wrong). It must then pass the document-level verbatim test. Anything else fails.
 */
export function verifyCitations(cited: ModelCitation[], passages: NumberedPassage[], quotes: QuoteCheck): CitationCheck {
  const verified: CitationCheck["verified"] = [];
  const failed: FailedCitation[] = [];
  const seen = new Set<string>();
  const byNumber = new Map(passages.map((p) => [p.n, p]));
  for (const c of cited) {
    const quote = fitQuote(cleanQuote(c.quote));
    const words = tokenize(quote).length;
    const own = byNumber.get(c.passage);
    if (words === 0 || (words < MIN_QUOTE_WORDS && !(own && tokenize(own.text).length <= words))) {
      failed.push({ passage: c.passage, quote: c.quote, reason: "too short" });
      continue;
    }
    const holds = (p: NumberedPassage) => normaliseSpace(p.text).includes(quote);
    const passage = own && holds(own) ? own : passages.find(holds);
    if (!passage) {
      failed.push({ passage: c.passage, quote: c.quote, reason: own ? "not in the passage" : "no such passage" });
      continue;
    }
    // Shown without anything Slack would turn into a ping; the document-level test ignores such tags.
    const shown = neutraliseMentions(quote);
    if (!quotes.check(passage.docId, shown)) {
      failed.push({ passage: c.passage, quote: c.quote, reason: "not verbatim in the document" });
      continue;
    }
    const key = `${passage.docId}\u0000${shown.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    verified.push({ ...passage.cite, quote: shown, passage: passage.n });
  }
  return { verified, failed };
}

/**
 * Quoted runs inside the answer text ("…" of four words or more) that neither the passages, the draft nor
 * the records hold, and that are not verbatim in the passages' documents.
 */
export function unverifiedInlineQuotes(answer: string, evidence: { passages: NumberedPassage[]; draft?: string; records?: string[] }, quotes: QuoteCheck): string[] {
  const texts = [...evidence.passages.map((p) => p.text), evidence.draft ?? "", ...(evidence.records ?? [])].map((t) => normaliseSpace(t).toLowerCase());
  const docIds = [...new Set(evidence.passages.map((p) => p.docId))];
  const out: string[] = [];
  for (const m of typographic(answer).matchAll(/"([^"\n]{12,600})"/g)) {
    const q = cleanQuote(m[1]!);
    if (tokenize(q).length < 4) continue;
    if (texts.some((t) => t.includes(q.toLowerCase()))) continue;
    if (docIds.some((d) => quotes.check(d, q))) continue;
    out.push(m[1]!);
  }
  return out;
}

// --- Structured lookups stay exact --------------------------------------------------------------------

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whole-token, case-insensitive mention (the scorer's notion of "contains"). */
export function mentions(text: string, needle: string): boolean {
  const n = normaliseSpace(needle).toLowerCase();
  if (!n) return true;
  const left = /^[0-9]/.test(n) ? "(?<![0-9]|[0-9][.,])" : "(?<![a-z0-9])";
  const right = /[0-9]$/.test(n) ? "(?![0-9]|[.,][0-9])" : "(?![a-z0-9])";
  return new RegExp(`${left}${escapeRe(n)}${right}`).test(normaliseSpace(text).toLowerCase());
}

type Row = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** What identifies a row to a reader: any one of these must appear in the answer. */
export function rowKeys(row: Row): string[] {
  switch (row.type) {
    case "target":
      return row.refIsSynthetic ? [] : [str(row.ref)].filter((s): s is string => !!s);
    case "risk":
      return [str(row.ref)].filter((s): s is string => !!s);
    case "member":
      return [str(row.person), str(row.displayName)].filter((s): s is string => !!s);
    case "attendance":
      return [str(row.person)].filter((s): s is string => !!s);
    case "cell": {
      const v = str(row.value);
      return v && v.length <= 24 ? [v] : [];
    }
    case "agenda_item":
      return [str(row.title), str(row.number) ? `item ${str(row.number)}` : undefined, str(row.number) ? `${str(row.number)}.` : undefined].filter(
        (s): s is string => !!s,
      );
    default:
      return [];
  }
}

const REF_IN_TEXT = /(?<![£$€\d.,])\b([A-Za-z]{1,4}\d{1,2}|\d{1,2}\.\d{1,2})\b(?![.,]?\d|%|\s?(?:m|bn|k|million|billion)\b)/g;

export interface MembersCheck {
  ok: boolean;
  missing: string[];
  added: string[];
}

/**
 * A structured answer may be phrased by the model, but its members must be the rows: each row is
 * mentioned, and no other known reference (or, for people lists, no other known person) is.
 */
export function checkMembers(answer: string, rows: Row[], known: { refs: Set<string>; people: string[] }, question: string): MembersCheck {
  const missing: string[] = [];
  for (const row of rows) {
    const keys = rowKeys(row);
    if (keys.length && !keys.some((k) => mentions(answer, k))) missing.push(keys[0]!);
  }
  const rowRefs = new Set(rows.map((r) => str(r.ref)?.toUpperCase()).filter((s): s is string => !!s));
  const asked = new Set([...question.matchAll(REF_IN_TEXT)].map((m) => m[1]!.toUpperCase()));
  const added = new Set<string>();
  if (rowRefs.size) {
    for (const m of answer.matchAll(REF_IN_TEXT)) {
      const ref = m[1]!.toUpperCase();
      if (known.refs.has(ref) && !rowRefs.has(ref) && !asked.has(ref)) added.add(ref);
    }
  }
  const peopleRows = rows.filter((r) => r.type === "member" || r.type === "attendance");
  if (peopleRows.length) {
    const listed = new Set(peopleRows.map((r) => String(r.person).toLowerCase()));
    for (const p of known.people) if (!listed.has(p.toLowerCase()) && mentions(answer, p) && !mentions(question, p)) added.add(p);
  }
  return { ok: missing.length === 0 && added.size === 0, missing, added: [...added] };
}

// --- Grounding ------------------------------------------------------------------------------------------

/** Words an answer may use without a source: how answers talk about documents. */
const ANSWER_WORDS = new Set(
  (
    "answer answered question papers paper report reports record records passage passages document documents source sources " +
    "according state states stated say says said show shows shown list listed lists following follow include includes included including " +
    "rate rated rating status target targets find found note noted mention mentioned based provide provided available latest " +
    "item items total overall summary summarise describe described describes refer refers given detail details also however " +
    "whereas while both either neither none one two three four five six seven eight nine ten first second third last next " +
    "lga board boards council councils local government association period year years month months quarter"
  )
    .split(/\s+/)
    .map(stem),
);

/** The numeric core of a figure ("£266m" -> "266", "19,200" -> "19200"); undefined for mixed tokens like "hunter2". */
function figure(token: string): string | undefined {
  const m = /^[£$€]?(\d+(?:[.,]\d+)*)(?:%|m|bn|k|st|nd|rd|th|s)?$/i.exec(token);
  if (!m) return undefined;
  return m[1]!.replace(/,/g, "").replace(/^0+(?=\d)/, "");
}

function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of typographic(text).toLowerCase().match(/[£$€]?[a-z0-9]*\d[a-z0-9.,%]*/g) ?? []) {
    const clean = t.replace(/[.,]+$/, "");
    out.add(clean);
    const f = figure(clean);
    if (f) {
      out.add(f);
      for (const part of f.split(".")) out.add(part.replace(/^0+(?=\d)/, ""));
    }
  }
  return out;
}

export interface GroundingCheck {
  ok: boolean;
  /** Figures and alphanumeric tokens in the answer that no source holds. */
  unsupported: string[];
  /** Share of the answer's content words found in no source. */
  novelShare: number;
}

/**
 * Every figure in the answer (and every token mixing letters and digits) must occur in the sources, the
 * question or the documents' titles and dates; and most of its content words must too.
 */
export function checkGrounding(answer: string, sources: string[]): GroundingCheck {
  const body = answer.replace(/\[\d+(?:\s*[,–-]\s*\d+)*\]/g, " ");
  const have = new Set<string>();
  for (const s of sources) for (const f of figuresOf(s)) have.add(f);
  const unsupported: string[] = [];
  for (const t of typographic(body).toLowerCase().match(/[£$€]?[a-z0-9]*\d[a-z0-9.,%]*/g) ?? []) {
    const clean = t.replace(/[.,]+$/, "");
    if (have.has(clean)) continue;
    const f = figure(clean);
    if (f !== undefined && (have.has(f) || f.split(".").every((p) => have.has(p.replace(/^0+(?=\d)/, ""))))) continue;
    unsupported.push(clean);
  }
  const sourceStems = new Set<string>();
  for (const s of sources) for (const w of tokenize(s)) sourceStems.add(stem(w));
  const words = tokenize(body).filter((w) => !STOP_WORDS.has(w) && w.length > 1 && !/\d/.test(w));
  const novel = words.filter((w) => !sourceStems.has(stem(w)) && !ANSWER_WORDS.has(stem(w)));
  const novelShare = words.length ? novel.length / words.length : 0;
  return { ok: unsupported.length === 0 && !(words.length >= 3 && novelShare > 0.5), unsupported: [...new Set(unsupported)], novelShare };
}

/** True when the text holds one of the secrets (or a long piece of one) or something shaped like a key. */
export function holdsSecret(text: string, secrets: (string | undefined)[]): boolean {
  for (const s of secrets) {
    if (!s || s.length < 8) continue;
    if (text.includes(s)) return true;
    for (let i = 0; i + 12 <= s.length; i += 4) if (text.includes(s.slice(i, i + 12))) return true;
  }
  return /\b(?:sk|rk)-[A-Za-z0-9_-]{16,}|\bxox[abpr]-[A-Za-z0-9-]{10,}|\bxapp-[A-Za-z0-9-]{10,}/.test(text);
}

// --- Slack safety ----------------------------------------------------------------------------------------

/**
 * Remove everything in a model's text that Slack would turn into a ping or a hidden link: special mentions
 * (<!channel>, <!here>, <!everyone>, <!subteam^…>), user and channel mentions (<@U…>, <#C…>), Slack link
 * syntax (<http://…|label> keeps its label), and bare @channel / @here / @everyone.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/<\s*[!@#][^>]*>/g, "")
    .replace(/<((?:https?|mailto|slack|tel):[^>|]*)(?:\|([^>]*))?>/gi, (_, url: string, label?: string) => label ?? url)
    .replace(/(^|[^\w])@(channel|here|everyone|all)\b/gi, "$1$2")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
