/**
 * The bridge between Slack surfaces and the answer engine. The work runner hands it a question and a
 * conversation key; it supplies the thread's history, keeps the turn for follow-ups, stores the answer (for
 * the Share button and feedback) in the bot's durable state and turns any failure into a result instead of
 * a throw.
 */
import { randomBytes } from "node:crypto";
import type { EngineAnswer, Turn } from "../answer/engine.js";
import type { TypedQuery } from "../answer/query.js";
import type { Logger } from "./log.js";
import type { BotState, StoredAnswer } from "./state/store.js";

export type { StoredAnswer };

/** What the bot needs from the engine: `AnswerEngine` fits, and so does any wrapper around it. */
export interface SlackEngine {
  ask(question: string, opts?: { history?: Turn[] }): Promise<EngineAnswer>;
  coverage(): string;
  readonly documents: ReadonlyArray<{ meta: { docId: string; title: string; date: string; period?: string; kind?: string; board?: string } }>;
  /** Understands a question in context without answering it (used to rebuild a thread's history). */
  parse?(question: string, history?: Turn[]): TypedQuery;
}

export type AskOutcome = { ok: true; id: string; answer: EngineAnswer } | { ok: false; error: string };

export const ANSWER_TIMEOUT_MS = 90_000;

export class Answerer {
  constructor(
    readonly engine: SlackEngine,
    /** Thread memory and answers given live here (see ./state). */
    readonly threads: BotState,
    private readonly logger: Logger,
    private readonly timeoutMs = ANSWER_TIMEOUT_MS,
  ) {}

  /**
   * Answer `question`; with `conversation`, earlier turns of that thread give the context, and the turn is
   * remembered under `turnKey` (the work's key: an answer redone after a crash is remembered once).
   */
  async ask(question: string, conversation?: string, turnKey: string = randomBytes(8).toString("hex")): Promise<AskOutcome> {
    const history = conversation ? await this.threads.history(conversation) : [];
    let timer: NodeJS.Timeout | undefined;
    try {
      // Let pending requests be read and acknowledged before this CPU-bound work starts.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const answer = await Promise.race([
        this.engine.ask(question, { history }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer after ${this.timeoutMs / 1000} s`)), this.timeoutMs);
        }),
      ]);
      if (conversation) await this.threads.remember(conversation, { question, query: answer.query, answer: answer.answer }, turnKey);
      const id = randomBytes(8).toString("hex");
      await this.threads.saveAnswer({ id, question, answer });
      return { ok: true, id, answer };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.logger.error(`answering failed: ${message}`);
      return { ok: false, error: message };
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  /** An answer given earlier, in this process or before a restart (Share button, feedback). */
  recall(id: string): Promise<StoredAnswer | undefined> {
    return this.threads.recallAnswer(id);
  }

  /** Rebuild a thread's history from its earlier questions (oldest first), when the engine can parse. */
  async seedThread(conversation: string, questions: string[]): Promise<void> {
    if (!questions.length || (await this.threads.knows(conversation))) return;
    const turns: Turn[] = [];
    for (const q of questions) {
      try {
        turns.push(this.engine.parse ? { question: q, query: this.engine.parse(q, turns) } : { question: q });
      } catch {
        turns.push({ question: q });
      }
    }
    await this.threads.seed(conversation, turns);
  }
}
