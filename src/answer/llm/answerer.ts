/**
 * The optional language-model layer around the answer engine. A configured model never makes an answer
 * worse than the offline one: the offline answer is always computed, and it is what the model must beat.
 * For each question:
 *
 *   offline     the engine's answer, exactly as without a model
 *   understand  one model call: a follow-up becomes standalone, the question becomes a typed query; the
 *               reading is a proposal, used only when everything it names was said (grounding.ts), then
 *               reconciled with the rule-based parse, which stays the fallback
 *   gather      the engine's answer for that query (the offline one unless the reading changed the
 *               question) plus retrieved chunks, as numbered passages
 *   write       one model call: {answered, answer, citations[{passage, quote}]} through structured output
 *   verify      quotes verbatim in their passage and in the document; a structured list keeps exactly
 *               the rows; figures and words come from what the answer cites; no secret; no Slack pings
 *   judge       the model's answer must cover at least as much of the question as the offline one, by
 *               the one judge both routes answer to (../judge.ts)
 *
 * When anything fails (timeout, HTTP error, malformed output, refusal, a quote that does not check out, a
 * check) or the model's answer covers less, the offline answer is shown whole, with mode "llm-fallback"
 * and a note saying why; `verdict` says which won and why. The answer has the same shape as the engine's,
 * so every surface renders it unchanged.
 */
import type { AnswerEngine, EngineAnswer } from "../engine.js";
import type { IndexPort } from "../../index/index.js";
import { Answer, MAX_ANSWER_CHARS, type Citation } from "../schema.js";
import { tokenize } from "../../ingest/clean.js";
import type { TypedQuery } from "../query.js";
import { LlmFailure, scrubSecrets, type ChatPort } from "./model.js";
import { Prompts } from "./prompts.js";
import { GROUNDED_ANSWER, GroundedAnswer, UNDERSTOOD_QUESTION, UnderstoodQuestion } from "./schemas.js";
import { gatherEvidence, renderDraft, renderPassages, type Evidence } from "./evidence.js";
import { knownReferences, reconcile, rulesSuffice, toTypedQuery, understandPrompt, type LlmTurn, type QuerySource } from "./understand.js";
import { groundUnderstanding } from "./grounding.js";
import { judge, judgeContext, type JudgeContext } from "../judge.js";
import { checkGrounding, checkMembers, holdsSecret, neutraliseMentions, unverifiedInlineQuotes, verifyCitations, type QuoteCheck } from "./verify.js";

export interface Answerer {
  ask(question: string, opts?: { history?: LlmTurn[] }): Promise<EngineAnswer>;
}

/**
 * Which answer was shown and why: the model's ("llm"), or the offline one, whole (mode "llm-fallback",
 * with a note saying why; or the offline mode itself when there was nothing for the model to write from).
 * Coverage is the judge's score of each (the weighted share of the question each covers, 0..1).
 */
export interface Verdict {
  winner: "model" | "offline";
  reason?: FallbackReason | "nothing-to-write";
  coverage?: { model: number; offline: number };
}

/** The engine's answer shape, with the verdict (not part of the JSON contract; surfaces may ignore it). */
export type LlmAnswer = EngineAnswer & { verdict: Verdict };

/** Why the model's answer was not used. */
export type FallbackReason =
  | LlmFailure["kind"]
  | "circuit-open"
  | "not-answered"
  | "unverified-quote"
  | "no-citation"
  | "members"
  | "ungrounded"
  | "secret"
  | "invalid"
  | "covers-less";

export interface LlmEvent {
  stage: "understand" | "write" | "answer";
  /** `dropped`: the model's reading of the question named something the user did not say, and was not used. */
  outcome: "ok" | "fallback" | "skipped" | "dropped";
  reason?: FallbackReason | "ungrounded-query";
  /** Scrubbed of secrets. */
  detail?: string;
  ms?: number;
}

export interface LlmAnswererOptions {
  chat: ChatPort;
  /** Per-call timeout of the endpoint (config.openai.timeoutMs); sets the default budget of one question. */
  timeoutMs: number;
  maxRetries: number;
  /** Overall time allowed to the model calls of one question (default: timeoutMs × (2 + maxRetries)). */
  budgetMs?: number;
  prompts?: Prompts;
  docsBaseUrl?: string;
  /** Values that must never appear in an answer, a note or a log line (the API key). */
  secrets?: (string | undefined)[];
  /**
   * true (default): one quote that does not verify discards the model's whole answer (a model caught
   * inventing once is not trusted for that answer). false: failed citations are dropped and the answer is
   * kept when it does not point at them and at least one citation verifies.
   */
  strictQuotes?: boolean;
  /** After this many consecutive endpoint failures the model is skipped for `cooldownMs` (default 2, 30 s). */
  breaker?: { threshold: number; cooldownMs: number };
  /** Structured events (never containing secrets), e.g. for a debug log. */
  log?: (event: LlmEvent) => void;
  now?: () => number;
}

const NOTES: Record<FallbackReason, string> = {
  timeout: "The language model did not answer in time",
  http: "The language model endpoint returned an error",
  unavailable: "The language model endpoint could not be reached",
  aborted: "The language model call was cancelled",
  malformed: "The language model's reply could not be read",
  refusal: "The language model declined to answer",
  "circuit-open": "The language model is unavailable at the moment",
  "not-answered": "The language model found no answer in the passages",
  "unverified-quote": "The language model quoted text that is not in its sources, so its answer was not used",
  "no-citation": "The language model's answer had no verifiable citation, so it was not used",
  members: "The language model's list did not match the records exactly, so it was not used",
  ungrounded: "The language model's answer contained details not found in the sources, so it was not used",
  secret: "The language model's answer was withheld",
  invalid: "The language model's answer could not be used",
  "covers-less": "The language model's answer covered less of the question than the one extracted from the papers",
};

export function fallbackNote(reason: FallbackReason): string {
  return `${NOTES[reason]}; this is the answer extracted from the papers.`;
}

export class LlmAnswerer implements Answerer {
  private readonly prompts: Prompts;
  private readonly quotes: QuoteCheck;
  private readonly judgeContext: JudgeContext;
  private failures = 0;
  private openUntil = 0;

  constructor(
    private readonly engine: AnswerEngine,
    private readonly index: Pick<IndexPort, "documentText">,
    private readonly opts: LlmAnswererOptions,
  ) {
    this.prompts = opts.prompts ?? new Prompts();
    this.quotes = { check: (docId, quote) => engine.isVerbatim(docId, quote) };
    this.judgeContext = judgeContext(engine, index);
  }

  private get now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  async ask(question: string, askOpts: { history?: LlmTurn[] } = {}): Promise<LlmAnswer> {
    const q = question.trim();
    const history = askOpts.history ?? [];
    // The answer as it would be without a model: what the model's answer must beat, and the fallback.
    const offline = await this.engine.ask(question, { history });
    // Empty or oversized questions: the engine's own reply; there is nothing for a model to do.
    if (!q || !/[a-z0-9]/i.test(q) || q.length > 1000) return { ...offline, verdict: { winner: "offline", reason: "nothing-to-write" } };

    if (this.now < this.openUntil) {
      this.emit({ stage: "answer", outcome: "skipped", reason: "circuit-open" });
      return this.offlineWins(offline, "circuit-open");
    }
    const started = this.now;
    const signal = AbortSignal.timeout(this.opts.budgetMs ?? this.opts.timeoutMs * (2 + this.opts.maxRetries));

    // 1. Understand: the model's reading is used only when everything it names was said.
    let rules = this.engine.parse(q, history);
    let standalone = q;
    let modelQuery: TypedQuery | undefined;
    if (history.length > 0 || !rulesSuffice(this.engine, rules)) {
      try {
        const prompt = understandPrompt(this.prompts, this.engine, q, history);
        const understood = await this.opts.chat.structured({ name: UNDERSTOOD_QUESTION, schema: UnderstoodQuestion, ...prompt }, { signal });
        this.succeeded();
        const conversation = history.flatMap((t) => [t.question, t.answer ?? ""]);
        const reading = groundUnderstanding(understood, q, conversation, this.engine.vocabulary);
        if (!reading.ok) {
          this.emit({ stage: "understand", outcome: "dropped", reason: "ungrounded-query", detail: this.scrub(reading.ungrounded.join("; ").slice(0, 300)), ms: this.now - started });
        } else {
          if (reading.standalone) {
            standalone = reading.standalone;
            rules = this.engine.parse(standalone);
          }
          modelQuery = toTypedQuery({ ...understood, standalone }, this.engine, standalone);
          this.emit({ stage: "understand", outcome: "ok", ms: this.now - started });
        }
      } catch (e) {
        const failure = this.failed(e, "understand");
        // The endpoint is unwell: do not wait on it a second time for this question.
        if (failure.transport) return this.offlineWins(offline, failure.kind);
      }
    }
    const { query, source } = reconcile(this.engine, rules, modelQuery);

    // 2. Gather: the engine's answer for this query (the offline answer, unless the model's reading
    // changed the question), and the passages behind it.
    const base = standalone === q && source === "rules" ? offline : { ...(await this.engine.answerQuery(standalone, query)), question: offline.question };
    if (!base.found || base.citations.length === 0) {
      // Nothing in the papers to write from: the offline reply stands.
      return { ...offline, verdict: { winner: "offline", reason: "nothing-to-write" } };
    }
    const evidence = await gatherEvidence(this.engine, this.index, base, query, this.opts.docsBaseUrl ? { docsBaseUrl: this.opts.docsBaseUrl } : {});

    // 3. Write.
    let written: GroundedAnswer;
    try {
      written = await this.opts.chat.structured(
        {
          name: GROUNDED_ANSWER,
          schema: GroundedAnswer,
          system: this.prompts.render("answer.system"),
          user: this.prompts.render("answer.user", { question: standalone, draft: renderDraft(evidence), passages: renderPassages(evidence.passages) }),
        },
        { signal },
      );
      this.succeeded();
    } catch (e) {
      return this.offlineWins(offline, this.failed(e, "write").kind);
    }

    // 4. Verify.
    const result = this.verify(written, evidence, base, standalone);
    if ("reason" in result) {
      this.emit({ stage: "write", outcome: "fallback", reason: result.reason, ...(result.detail ? { detail: this.scrub(result.detail) } : {}), ms: this.now - started });
      return this.offlineWins(offline, result.reason);
    }

    // 5. Judge: the model's answer is shown only when it covers at least as much of the question.
    const verdict = judge(standalone, result.answer, offline, this.judgeContext);
    const scores = { model: round(verdict.model), offline: round(verdict.offline) };
    if (verdict.winner === "offline") {
      const detail = `coverage ${scores.model} vs ${scores.offline}${verdict.missingFacts.length ? `; leaves out ${verdict.missingFacts.join(", ")}` : ""}`;
      this.emit({ stage: "answer", outcome: "fallback", reason: "covers-less", detail: this.scrub(detail), ms: this.now - started });
      return this.offlineWins(offline, "covers-less", scores);
    }
    this.emit({ stage: "answer", outcome: "ok", ms: this.now - started });
    return { ...withNotes(result.answer, [...this.understoodNotes(q, standalone, source), ...result.notes]), verdict: { winner: "model", coverage: scores } };
  }

  private verify(
    written: GroundedAnswer,
    evidence: Evidence,
    base: EngineAnswer,
    standalone: string,
  ): { answer: EngineAnswer; notes: string[] } | { reason: FallbackReason; detail?: string } {
    if (!written.answered) return { reason: "not-answered" };
    let text = neutraliseMentions(written.answer).trim();
    if (!text) return { reason: "malformed", detail: "empty answer" };
    if (holdsSecret(text, this.opts.secrets ?? [])) return { reason: "secret" };
    if (text.length > MAX_ANSWER_CHARS) text = clipAnswer(text);

    const cited = verifyCitations(written.citations, evidence.passages, this.quotes);
    const notes: string[] = [];
    if (cited.failed.length) {
      const detail = cited.failed.map((f) => `[${f.passage}] ${f.reason}: ${f.quote.slice(0, 80)}`).join("; ");
      if (this.opts.strictQuotes !== false) return { reason: "unverified-quote", detail };
      // The answer relies on a dropped citation when it points only at that passage, or states its text.
      const failedOnly = cited.failed.map((f) => f.passage).filter((n) => !cited.verified.some((v) => v.passage === n));
      if (failedOnly.some((n) => new RegExp(`\\[${n}\\]`).test(text))) return { reason: "unverified-quote", detail };
      if (cited.failed.some((f) => restates(text, f.quote))) return { reason: "unverified-quote", detail };
      notes.push(`${cited.failed.length} citation${cited.failed.length === 1 ? "" : "s"} the model gave could not be verified and ${cited.failed.length === 1 ? "was" : "were"} removed.`);
    }
    if (cited.verified.length === 0) return { reason: "no-citation" };
    const inline = unverifiedInlineQuotes(text, evidence, this.quotes);
    if (inline.length) return { reason: "unverified-quote", detail: `inline: ${inline[0]!.slice(0, 80)}` };

    if (base.mode === "structured" && base.rows?.length) {
      const members = checkMembers(text, base.rows, { refs: knownReferences(this.engine), people: this.engine.vocabulary.people }, standalone);
      if (!members.ok) return { reason: "members", detail: `missing ${members.missing.join(", ")}; added ${members.added.join(", ")}` };
    }
    // What the answer says must come from what it cites (its verified quotes; for a structured answer the
    // draft, the records and their citations), not merely from some passage the model was shown: a real
    // quote next to a claim it does not make is caught here.
    const cites = (c: Citation) => `${c.quote} ${c.title} ${c.date} ${c.locator}`;
    const sources = [
      ...cited.verified.map(cites),
      ...(base.mode === "structured" ? base.citations.map(cites) : []),
      evidence.draft ?? "",
      ...(evidence.records ?? []),
      standalone,
      base.question,
    ];
    const grounding = checkGrounding(text, sources);
    if (!grounding.ok) return { reason: "ungrounded", detail: `unsupported ${grounding.unsupported.join(", ")}; novel ${grounding.novelShare.toFixed(2)}` };

    // The model's verified quotes first; for a structured answer, the records' own citations back the list.
    const citations: Citation[] = cited.verified.map(({ passage: _n, ...c }) => c);
    if (base.mode === "structured") {
      for (const c of base.citations) if (!citations.some((x) => x.docId === c.docId && x.quote === c.quote)) citations.push(c);
    }
    const candidate = {
      question: base.question,
      found: true,
      answer: text,
      citations: citations.slice(0, 8),
      ...(base.rows ? { rows: base.rows } : {}),
      mode: "llm" as const,
    };
    const parsed = Answer.safeParse(candidate);
    if (!parsed.success) return { reason: "invalid", detail: parsed.error.issues[0]?.message ?? "" };
    return { answer: { ...parsed.data, query: base.query }, notes };
  }

  private understoodNotes(question: string, standalone: string, source: QuerySource): string[] {
    const notes: string[] = [];
    if (standalone !== question) notes.push(`Understood as: "${standalone}"`);
    if (source === "model") notes.push("The language model's reading of the question was used to find the records.");
    return notes;
  }

  /** The offline answer, whole, with why the model's was not shown. */
  private offlineWins(offline: EngineAnswer, reason: FallbackReason, coverage?: Verdict["coverage"]): LlmAnswer {
    return {
      ...offline,
      mode: "llm-fallback",
      notes: [...(offline.notes ?? []), fallbackNote(reason)],
      verdict: { winner: "offline", reason, ...(coverage ? { coverage } : {}) },
    };
  }

  private succeeded(): void {
    this.failures = 0;
  }

  private failed(e: unknown, stage: LlmEvent["stage"]): LlmFailure {
    // The port promises LlmFailure; anything else is treated as one unusable reply, not an endpoint outage.
    const failure = e instanceof LlmFailure ? e : new LlmFailure("malformed", String((e as Error)?.message ?? e));
    if (failure.transport) {
      this.failures++;
      const b = this.opts.breaker ?? { threshold: 2, cooldownMs: 30_000 };
      if (this.failures >= b.threshold) {
        this.openUntil = this.now + b.cooldownMs;
        this.failures = 0;
      }
    }
    this.emit({ stage, outcome: "fallback", reason: failure.kind, detail: this.scrub(failure.message) });
    return failure;
  }

  private scrub(text: string): string {
    return scrubSecrets(text, this.opts.secrets ?? []);
  }

  private emit(event: LlmEvent): void {
    try {
      this.opts.log?.(event);
    } catch {
      /* a logger never breaks an answer */
    }
  }

}

/** True when most of the words of `quote` appear, in order, as a run in `text` (the answer states it). */
function restates(text: string, quote: string): boolean {
  const q = tokenize(quote);
  if (q.length < 4) return false;
  const t = ` ${tokenize(text).join(" ")} `;
  // Any window of 60% of the quote's words, contiguous, found in the answer.
  const n = Math.max(4, Math.ceil(q.length * 0.6));
  for (let i = 0; i + n <= q.length; i++) if (t.includes(` ${q.slice(i, i + n).join(" ")} `)) return true;
  return false;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function withNotes(a: EngineAnswer, notes: string[]): EngineAnswer {
  if (!notes.length) return a;
  return { ...a, notes: [...(a.notes ?? []), ...notes] };
}

function clipAnswer(text: string, max = MAX_ANSWER_CHARS): string {
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
