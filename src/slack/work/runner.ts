/**
 * The work runner: questions acknowledged by the listeners are answered and delivered from here, with
 * every step recorded in the bot's state so that a crash, a restart or a Slack outage loses nothing and
 * doubles nothing. Steps: a placeholder at once (a "busy" one when many questions wait); the answer, by
 * the engine (a worker pool in production); the rendered messages stored; delivery, part by part, retried
 * with backoff through a Slack outage for up to the delivery budget; past it, the user is told once Slack
 * answers again. At most `concurrency` questions are answered at a time; the rest wait their turn, and
 * beyond `queueLimit` a question is declined politely rather than queued without end.
 */
import type { webApi } from "@slack/bolt";
import { renderAnswer, renderError, renderPlaceholder, renderTooBusy, renderUndelivered } from "../blocks.js";
import { checkAccess, type AccessRules } from "../access.js";
import type { Answerer } from "../answering.js";
import type { Logger } from "../log.js";
import type { AnswerJob, BotState, WorkItem } from "../state/store.js";
import { deliverApology, deliverParts, postPlaceholder, type DeliveryDeps } from "./delivery.js";
import { yieldToAcks } from "./turns.js";

export interface RunnerOptions {
  /** Questions answered at once (the pool's capacity). */
  concurrency: number;
  queueLimit: number;
  busyAt: number;
  deliveryBudgetMs: number;
  /** Longest wait between delivery attempts (a recovered Slack is noticed within this). */
  maxBackoffMs?: number;
  coverage?: string;
  /** Checked again before delivering: work taken up after a restart obeys the lists as they are now. */
  access?: AccessRules;
}

export type Admission = "queued" | "busy" | "declined";

const FIRST_BACKOFF_MS = 1_000;
/** After giving up, how long the bot keeps trying to tell the user. */
const APOLOGY_BUDGET_MS = 24 * 60 * 60 * 1000;

export class WorkRunner {
  private readonly waiting: string[] = [];
  /** Questions whose placeholder is being posted: they join `waiting` once it is there (or failed). */
  private placeholders = 0;
  private readonly active = new Set<string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<unknown>>();
  /** Work taken up from an earlier process: its first delivery looks for what that process posted. */
  private readonly recovered = new Set<string>();
  private idleWaiters: Array<() => void> = [];
  private stopping = false;
  private readonly maxBackoffMs: number;

  constructor(
    private readonly state: BotState,
    private readonly answerer: Answerer,
    private readonly deps: DeliveryDeps & { client: webApi.WebClient },
    private readonly logger: Logger,
    private readonly opts: RunnerOptions,
  ) {
    this.maxBackoffMs = opts.maxBackoffMs ?? 15_000;
  }

  /** Questions waiting or being answered or delivered (not counting retries scheduled after a failure). */
  get depth(): number {
    return this.placeholders + this.waiting.length + this.active.size;
  }

  /** Delivery retries waiting for Slack. */
  get retrying(): number {
    return this.timers.size;
  }

  /**
   * Take a question for the work `key` (already recorded by `receive`). A placeholder is posted at once;
   * the answer follows when a worker is free.
   */
  async submit(key: string, job: AnswerJob): Promise<Admission> {
    // The row exists unless recording the request failed (the request was acknowledged anyway).
    await this.state.receive(key, null);
    if (this.depth >= this.opts.queueLimit) {
      await this.state.update(key, { status: "failed", job, error: "queue full", dropBody: true });
      this.logger.warn(`declined a question: ${this.depth} are waiting (SLACK_QUEUE_LIMIT ${this.opts.queueLimit})`);
      this.track(this.tellTooBusy(key));
      return "declined";
    }
    const busy = this.depth >= this.opts.busyAt;
    await this.state.update(key, { status: "queued", job, dropBody: true });
    this.placeholders++;
    this.track(this.placeholderThenQueue(key, busy).finally(() => this.placeholders--));
    return busy ? "busy" : "queued";
  }

  /** On start: go on with everything acknowledged earlier and not finished (replayed requests aside). */
  async resume(): Promise<number> {
    let n = 0;
    for (const item of await this.state.unfinished()) {
      if (item.status !== "received") this.recovered.add(item.key);
      if (item.status === "queued") this.waiting.push(item.key);
      else if (item.status === "answered") this.schedule(item.key, 0);
      else if (item.status === "giving_up") this.schedule(item.key, 0);
      else continue;
      n++;
    }
    this.pump();
    return n;
  }

  /** Resolves true when nothing waits, runs or is scheduled (false after the timeout). */
  idle(timeoutMs = 30_000): Promise<boolean> {
    if (this.isIdle()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /**
   * Stop: no new answers are started after `graceMs`; what is running or waiting meanwhile is finished if
   * it can be. What is left stays recorded and is taken up by the next start. Resolves with that count.
   */
  async stop(graceMs: number): Promise<number> {
    const finished = await this.idle(graceMs);
    this.stopping = true;
    for (const t of this.timers.values()) clearTimeout(t);
    const left = this.waiting.length + this.timers.size + this.active.size;
    this.timers.clear();
    this.waiting.length = 0;
    // Calls to Slack already under way get a moment to land (their results are recorded either way).
    if (!finished) await Promise.race([Promise.allSettled([...this.running]), new Promise((r) => setTimeout(r, 1_000).unref())]);
    return left;
  }

  private isIdle(): boolean {
    return this.waiting.length === 0 && this.active.size === 0 && this.timers.size === 0 && this.running.size === 0;
  }

  private track(p: Promise<unknown>): void {
    const tracked = p.catch((e: unknown) => this.logger.error(`slack work failed: ${e instanceof Error ? e.message : String(e)}`));
    this.running.add(tracked);
    void tracked.finally(() => {
      this.running.delete(tracked);
      this.checkIdle();
    });
  }

  private checkIdle(): void {
    if (this.isIdle()) for (const w of this.idleWaiters.splice(0)) w();
  }

  /** The placeholder first, then the queue: an answer never overtakes its own placeholder. */
  private async placeholderThenQueue(key: string, busy: boolean): Promise<void> {
    try {
      await yieldToAcks();
      const item = await this.state.get(key);
      const reply = item?.job?.reply;
      if (item && reply?.via === "chat" && reply.placeholder && !item.placeholderTs) {
        const ts = await postPlaceholder(this.deps, reply, item, renderPlaceholder(busy));
        if (ts) await this.state.update(key, { placeholderTs: ts });
      }
    } finally {
      if (!this.stopping) this.waiting.push(key);
      this.pump();
    }
  }

  private pump(): void {
    while (!this.stopping && this.active.size < this.opts.concurrency && this.waiting.length) {
      const key = this.waiting.shift()!;
      this.active.add(key);
      this.track(
        this.answerAndDeliver(key)
          .catch((e: unknown) => this.logger.error(`work ${key} failed: ${e instanceof Error ? e.message : String(e)}`))
          .finally(() => {
            this.active.delete(key);
            this.pump();
          }),
      );
    }
  }

  private async answerAndDeliver(key: string): Promise<void> {
    const item = await this.state.get(key);
    if (!item?.job) return;
    if (item.status === "queued") {
      const job = item.job;
      const outcome = await this.answerer.ask(job.question, job.conversation, key);
      await yieldToAcks();
      const messages = outcome.ok
        ? renderAnswer(outcome.answer, { answerId: outcome.id, coverage: this.opts.coverage, ...(job.share ? { share: true, showQuestion: true } : {}) })
        : [renderError()];
      await this.state.update(key, { status: "answered", messages, ...(outcome.ok ? { answerId: outcome.id } : {}) });
    }
    await this.deliver(key);
  }

  private async deliver(key: string): Promise<void> {
    await yieldToAcks();
    const item = await this.state.get(key);
    if (!item) return;
    if (item.status === "giving_up") return this.apologise(item);
    if (item.status !== "answered") return;
    if (!this.allowed(item)) {
      await this.state.update(key, { status: "failed", error: "no longer allowed there" });
      this.logger.warn(`not delivering the answer for ${key}: its workspace or channel is no longer in the allow-lists`);
      return;
    }
    const r = await deliverParts(this.deps, item, (sentParts) => this.state.update(key, { sentParts }), { recovered: this.recovered.has(key) });
    if (r.ok) {
      this.recovered.delete(key);
      await this.state.update(key, { status: "delivered", attempts: item.attempts + 1 });
      return;
    }
    const attempts = item.attempts + 1;
    const elapsed = Date.now() - item.receivedAt;
    if (!r.retryable) {
      await this.state.update(key, { status: "failed", attempts, error: r.error });
      this.logger.error(`could not deliver the answer for ${key}: ${r.error} (not retried)`);
      // Say so where the placeholder is, rather than leave "Looking through the papers…" for good.
      const told = await deliverApology(this.deps, item, renderError());
      if (!told.ok) this.logger.warn(`could not tell the user either: ${told.error}`);
      await this.clearAssistantStatus(item);
      return;
    }
    if (elapsed >= this.opts.deliveryBudgetMs) {
      await this.state.update(key, { status: "giving_up", attempts, error: r.error });
      this.logger.error(`gave up delivering the answer for ${key} after ${Math.round(elapsed / 1000)} s of failures (${r.error}); the user is told once Slack answers`);
      return this.apologise({ ...item, status: "giving_up", attempts });
    }
    await this.state.update(key, { attempts, error: r.error });
    const wait = this.backoff(attempts, r.retryAfterMs);
    this.logger.warn(`delivering the answer for ${key} failed (${r.error}); retrying in ${Math.round(wait / 100) / 10} s`);
    this.schedule(key, wait);
  }

  private async apologise(item: WorkItem): Promise<void> {
    const r = await deliverApology(this.deps, item, renderUndelivered(item.job?.question ?? ""));
    if (r.ok || !r.retryable || Date.now() - item.receivedAt > APOLOGY_BUDGET_MS) {
      await this.state.update(item.key, { status: "failed", ...(r.ok ? {} : { error: r.error }) });
      if (r.ok) this.logger.warn(`told the user that the answer for ${item.key} could not be delivered`);
      else this.logger.error(`could not tell the user that the answer for ${item.key} was not delivered: ${r.error}`);
      await this.clearAssistantStatus(item);
      return;
    }
    const attempts = item.attempts + 1;
    await this.state.update(item.key, { attempts });
    this.schedule(item.key, this.backoff(attempts, r.retryAfterMs));
  }

  private allowed(item: WorkItem): boolean {
    const job = item.job;
    if (!this.opts.access || !job) return true;
    const reply = job.reply;
    const where = reply.via === "chat" ? { teamId: job.teamId, channelId: reply.channel, direct: reply.assistantThread === true || reply.channel.startsWith("D") } : { teamId: job.teamId, direct: true };
    // A job recorded without its workspace (none was given) is judged by its channel alone.
    if (!job.teamId && this.opts.access.allowedTeams.length) return checkAccess({ ...this.opts.access, allowedTeams: [] }, where).ok;
    return checkAccess(this.opts.access, where).ok;
  }

  private async tellTooBusy(key: string): Promise<void> {
    const item = await this.state.get(key);
    if (!item?.job) return;
    const r = await deliverApology(this.deps, item, renderTooBusy());
    if (!r.ok) this.logger.warn(`could not tell the user the queue is full: ${r.error}`);
  }

  private async clearAssistantStatus(item: WorkItem): Promise<void> {
    const reply = item.job?.reply;
    if (reply?.via !== "chat" || !reply.assistantThread || !reply.threadTs) return;
    await this.deps.client.assistant.threads.setStatus({ channel_id: reply.channel, thread_ts: reply.threadTs, status: "" }).catch(() => undefined);
  }

  private schedule(key: string, delayMs: number): void {
    if (this.stopping || this.timers.has(key)) return;
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.track(this.deliver(key).catch((e: unknown) => this.logger.error(`work ${key} failed: ${e instanceof Error ? e.message : String(e)}`)));
    }, delayMs);
    this.timers.set(key, timer);
  }

  private backoff(attempts: number, retryAfterMs?: number): number {
    const exp = Math.min(this.maxBackoffMs, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
    const jittered = exp * (0.75 + Math.random() * 0.5);
    return Math.max(retryAfterMs ?? 0, Math.min(this.maxBackoffMs, jittered));
  }
}
