/**
 * What every listener is given: the answerer, the durable state and the work runner, the feedback log,
 * access rules, the bot's identity and a tracker of work in flight (so the app can stop cleanly and tests can wait for quiet).
 */
import type { Answerer } from "./answering.js";
import type { AccessRules } from "./access.js";
import type { Guide } from "./blocks.js";
import type { FeedbackLog } from "./feedback.js";
import type { Logger } from "./log.js";
import type { BotState } from "./state/store.js";
import type { WorkRunner } from "./work/runner.js";

export interface BotIdentity {
  userId: string;
  botId?: string;
  teamId?: string;
  name?: string;
}

export interface BotServices {
  answerer: Answerer;
  /** Durable state: work log, dedupe claims, thread memory, answers given. */
  state: BotState;
  /** Answers and delivers the questions listeners submit. */
  work: WorkRunner;
  feedback: FeedbackLog;
  access: AccessRules;
  guide: Guide;
  bot: BotIdentity;
  logger: Logger;
  inflight: Inflight;
}

/** Counts work in flight; `idle()` resolves once nothing is running. */
export class Inflight {
  private count = 0;
  private waiters: Array<() => void> = [];

  get size(): number {
    return this.count;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await work();
    } finally {
      this.count--;
      if (this.count === 0) for (const w of this.waiters.splice(0)) w();
    }
  }

  idle(timeoutMs = 30_000): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
