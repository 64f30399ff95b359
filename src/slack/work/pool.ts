/**
 * Answering off the event loop: a pool of worker threads (./answer-worker.ts), each with its own copy of
 * the engine. The main thread only acknowledges requests, talks to Slack and hands questions over, so an
 * ack never waits behind an answer being computed. A worker that dies is replaced; the questions it held
 * fail (the person gets the "something went wrong, please try again" reply), never hang.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { EngineAnswer, Turn } from "../../answer/engine.js";
import type { Logger } from "../log.js";

export interface PoolRequest {
  id: number;
  question: string;
  history: Turn[];
}

export type PoolReply = { id: number; ok: true; answer: EngineAnswer } | { id: number; ok: false; error: string };

type Ready = { ready: true } | { ready: false; error: string };

interface Pending {
  req: PoolRequest;
  resolve(a: EngineAnswer): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  running: Map<number, Pending>;
}

export interface AnswerPoolOptions {
  size: number;
  /** The environment the workers read their configuration from (the bot's own). */
  env: NodeJS.ProcessEnv;
  /** Questions one worker holds at once: 1 when answering is CPU-bound, more when a language model is waited on. */
  perWorker?: number;
  logger?: Logger;
}

const WORKER_URL = new URL(`./answer-worker.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url);

/**
 * A worker for the TypeScript source needs the tsx loader, and on Node 20 a worker inherits neither the
 * main thread's loader hooks nor a working `--import tsx`: a small bootstrap registers tsx in the worker
 * (its ESM API, whose "require" entry is the .cjs twin of the .mjs one) and then imports the worker.
 */
function newWorker(workerData: unknown): Worker {
  if (!WORKER_URL.pathname.endsWith(".ts")) return new Worker(WORKER_URL, { workerData });
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href.replace(/\.cjs$/, ".mjs");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, execArgv: [] });
}

export class AnswerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closing = false;

  private constructor(private readonly opts: Required<Omit<AnswerPoolOptions, "logger">> & { logger?: Logger }) {}

  /** Start `size` workers and wait until each has opened the index. */
  static async start(opts: AnswerPoolOptions): Promise<AnswerPool> {
    const pool = new AnswerPool({ perWorker: 1, ...opts, size: Math.max(1, opts.size) });
    try {
      await Promise.all(Array.from({ length: pool.opts.size }, () => pool.spawn()));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  /** Questions waiting for a worker or being answered. */
  get depth(): number {
    return this.waiting.length + this.slots.reduce((n, s) => n + s.running.size, 0);
  }

  get size(): number {
    return this.slots.length;
  }

  ask(question: string, opts: { history?: Turn[] } = {}): Promise<EngineAnswer> {
    if (this.closing) return Promise.reject(new Error("the answer pool is closed"));
    return new Promise<EngineAnswer>((resolve, reject) => {
      this.waiting.push({ req: { id: this.nextId++, question, history: opts.history ?? [] }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const p of this.waiting.splice(0)) p.reject(new Error("the answer pool is closed"));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.running.size < this.opts.perWorker && this.waiting.length) {
        const p = this.waiting.shift()!;
        slot.running.set(p.req.id, p);
        slot.worker.postMessage(p.req);
      }
    }
  }

  private spawn(): Promise<void> {
    const worker = newWorker({ env: this.opts.env });
    const slot: Slot = { worker, running: new Map() };
    return new Promise<void>((resolve, reject) => {
      let ready = false;
      worker.on("message", (m: PoolReply | Ready) => {
        if ("ready" in m) {
          if (!m.ready) return reject(new Error(`an answer worker could not open the index: ${m.error}`));
          ready = true;
          this.slots.push(slot);
          this.dispatch();
          return resolve();
        }
        const p = slot.running.get(m.id);
        if (!p) return;
        slot.running.delete(m.id);
        if (m.ok) p.resolve(m.answer);
        else p.reject(new Error(m.error));
        this.dispatch();
      });
      worker.on("error", (e) => this.opts.logger?.error(`an answer worker failed: ${e.message}`));
      worker.on("exit", (code) => {
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots.splice(i, 1);
        for (const p of slot.running.values()) p.reject(new Error(`the answer worker stopped (exit code ${code})`));
        slot.running.clear();
        if (!ready) return reject(new Error(`an answer worker stopped while starting (exit code ${code})`));
        if (this.closing) return;
        this.opts.logger?.warn(`an answer worker stopped (exit code ${code}); starting another`);
        this.spawn().catch((e: unknown) => this.opts.logger?.error(e instanceof Error ? e.message : String(e)));
      });
    });
  }
}
