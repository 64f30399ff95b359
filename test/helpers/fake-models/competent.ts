/**
 * The competent model: uses only what the request holds (the question, the conversation, the numbered
 * passages, a structured draft). It reads simple questions into a typed query from plain patterns (status
 * words, references, dates, "who chairs", "contact officer") and leaves the rest as free text; it makes an
 * elliptical follow-up standalone from the previous question; and it answers by quoting, verbatim, the
 * passage sentences that share most words with the question (a structured draft it restates whole).
 */
import { emptyUnderstanding, restateDraft, type ChatRequest, type ScriptedReply } from "../fake-openai.js";
import { boardNames, sentences, words } from "./words.js";
import type { FakeModel } from "./index.js";

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
const MONTH_NUMBER = (name: string) => ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(name.slice(0, 3).toLowerCase()) + 1;
const MAX_QUOTES = 3;
const MAX_QUOTE_CHARS = 400;

interface ModelPeriod {
  kind: string;
  iso: string | null;
  financialYear: string | null;
  quarter: number | null;
  year: number | null;
  label: string;
  inRange: boolean;
}

const period = (p: Partial<ModelPeriod> & { kind: string; label: string }): ModelPeriod => ({ iso: null, financialYear: null, quarter: null, year: null, inRange: false, ...p });

function periods(q: string): ModelPeriod[] {
  const out: ModelPeriod[] = [];
  let rest = q;
  const take = (re: RegExp, make: (m: RegExpExecArray) => ModelPeriod) => {
    for (const m of rest.matchAll(new RegExp(re.source, "gi"))) out.push(make(m));
    rest = rest.replace(new RegExp(re.source, "gi"), " ");
  };
  take(/\bq([1-4])\s+(\d{4})\/(\d{2})\b/, (m) => period({ kind: "quarter", quarter: Number(m[1]), financialYear: `${m[2]}/${m[3]}`, label: m[0] }));
  take(/\b(\d{4})\/(\d{2})\b/, (m) => period({ kind: "financial_year", financialYear: `${m[1]}/${m[2]}`, label: m[0] }));
  take(new RegExp(`\\b(${MONTH})[\\s-]+(\\d{4}|\\d{2})\\b`), (m) => {
    const y = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return period({ kind: "month", iso: `${y}-${String(MONTH_NUMBER(m[1]!)).padStart(2, "0")}`, label: m[0] });
  });
  take(/\b(20\d{2})\b/, (m) => period({ kind: "year", year: Number(m[1]), label: m[0] }));
  return out;
}

function statuses(q: string): { statuses: string[]; excludeStatuses: string[] } {
  const yes = new Set<string>();
  const no = new Set<string>();
  for (const m of q.matchAll(/\b(red|amber|green)\b/gi)) {
    const s = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase();
    (/(?:not|n't)\s*$/i.test(q.slice(0, m.index)) ? no : yes).add(s);
  }
  return { statuses: [...yes], excludeStatuses: [...no] };
}

/** The typed query of a simple question; free text for anything the patterns do not recognise. */
function understandQuestion(question: string, system: string): Record<string, unknown> {
  const s = statuses(question);
  const refs = [...question.matchAll(/\b([A-Z]{1,4}\d{1,2}|\d{1,2}\.\d{1,2})\b/g)].map((m) => m[1]!).filter((r) => !/^Q[1-4]$/.test(r));
  const board = boardNames(system).find((b) => question.toLowerCase().includes(b.toLowerCase())) ?? null;
  let intent = "free_text";
  let role: string | null = null;
  let paperField: string | null = null;
  if (/^\s*(?:brief me|summari[sz]e)\b/i.test(question)) intent = "briefing";
  else if (/^\s*cite\b/i.test(question)) intent = "citation";
  else if (s.statuses.length && !refs.length && /\b(?:which|list)\b.*\b(?:targets?|outcomes?)\b/i.test(question)) intent = "list_by_status";
  else if (/\bcontact officer\b/i.test(question)) [intent, paperField] = ["paper", "contact"];
  else if (/\bwho\b.*\bchairs?\b/i.test(question)) [intent, role] = ["membership", "chair"];
  else if (/\brisks?\b/i.test(question)) intent = "risk";
  const named = new Set([...s.statuses, ...s.excludeStatuses, ...refs].map((w) => w.toLowerCase()));
  const topic = intent === "free_text" ? "" : words(question.replace(/\b(?:which|targets?|outcomes?|were|was|in|the|report)\b/gi, " ")).filter((w) => !named.has(w) && !/\d/.test(w)).join(" ");
  return { ...emptyUnderstanding(question), intent, ...s, refs, periods: periods(question), topic, board, role, paperField };
}

/** "and which were amber?" after "Which targets were Red in March 2019?": the earlier question, changed. */
function standalone(question: string, history: string[]): string {
  const previous = history.at(-1);
  if (!previous || !/^\s*(?:and|what about|how about)\b/i.test(question)) return question;
  let out = previous;
  const asked = statuses(question).statuses;
  if (asked.length) out = out.replace(/\b(?:red|amber|green)\b/gi, asked.join(" or "));
  const when = periods(question)[0];
  const before = periods(previous)[0];
  if (when && before) out = out.replace(before.label, when.label);
  return out;
}

/** The passage sentences sharing most words with the question, best first, quoted verbatim. */
function bestSentences(r: ChatRequest): { passage: number; quote: string; source: string; locator: string }[] {
  const asked = new Set(words(r.question));
  const wantsFigure = /\bhow (?:many|much|big)\b|%|\bper ?cent|\bnumber of\b/i.test(r.question);
  const scored = r.passages.flatMap((p) =>
    sentences(p.text)
      .filter((s) => s.length <= MAX_QUOTE_CHARS)
      .map((s) => {
        const shared = new Set(words(s).filter((w) => asked.has(w))).size;
        return { passage: p.n, quote: s, source: p.source.replace(/ \([^)]*\)$/, ""), locator: p.locator, score: shared + (wantsFigure && /\d/.test(s) ? 0.5 : 0) };
      }),
  );
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best < 1) return [];
  const seen = new Set<string>();
  return scored
    .filter((s) => s.score >= best * 0.6)
    .sort((a, b) => b.score - a.score || a.passage - b.passage)
    .filter((s) => !seen.has(s.quote) && seen.add(s.quote))
    .slice(0, MAX_QUOTES);
}

export function competent(): FakeModel {
  const write = (r: ChatRequest): ScriptedReply => {
    if (r.draft) {
      const first = r.passages[0];
      return { json: { answered: true, answer: restateDraft(r.draft, r.records), citations: first ? [{ passage: first.n, quote: sentences(first.text)[0] ?? first.text }] : [] } };
    }
    const picked = bestSentences(r);
    if (!picked.length) return { json: { answered: false, answer: "The passages do not answer this question.", citations: [] } };
    return {
      json: {
        answered: true,
        answer: picked.map((s) => `• ${s.quote} (${s.source}, ${s.locator}) [${s.passage}]`).join("\n"),
        citations: picked.map(({ passage, quote }) => ({ passage, quote })),
      },
    };
  };

  return {
    name: "competent",
    inventions: [],
    script: (r) =>
      r.task === "understood_question"
        ? { json: { ...understandQuestion(standalone(r.question, r.history), r.system), standalone: standalone(r.question, r.history) } }
        : write(r),
  };
}
