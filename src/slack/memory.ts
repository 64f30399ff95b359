/**
 * Small bounded in-memory stores: a least-recently-used map with optional expiry, the set of events and
 * messages already handled (Slack retries), and the per-thread conversation history used for follow-ups.
 * Everything here is bounded so a long-running bot does not grow without limit.
 */
import type { Turn } from "../answer/engine.js";

export class BoundedMap<K, V> {
  private readonly map = new Map<K, { value: V; expires: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs = Number.POSITIVE_INFINITY,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (hit.expires <= this.now()) {
      this.map.delete(key);
      return undefined;
    }
    // Refresh recency: a Map iterates in insertion order, so the oldest entry is first.
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): this {
    this.map.delete(key);
    this.map.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
    return this;
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }
}

/** Keys already handled: `claim` is true only the first time a key is seen (within the time to live). */
export class SeenKeys {
  private readonly keys: BoundedMap<string, true>;

  constructor(maxEntries = 20_000, ttlMs = 2 * 60 * 60 * 1000) {
    this.keys = new BoundedMap(maxEntries, ttlMs);
  }

  claim(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.set(key, true);
    return true;
  }
}

export const MAX_TURNS_PER_THREAD = 12;

/**
 * Conversation history per thread (key: channel + thread ts, or the DM channel). A thread is known once
 * the bot has answered in it, which is what makes unaddressed follow-ups in that thread count.
 */
export class ThreadMemory {
  private readonly threads: BoundedMap<string, Turn[]>;

  constructor(maxThreads = 2_000, ttlMs = 7 * 24 * 60 * 60 * 1000) {
    this.threads = new BoundedMap(maxThreads, ttlMs);
  }

  static key(channel: string, threadTs?: string): string {
    return threadTs ? `${channel}:${threadTs}` : channel;
  }

  knows(key: string): boolean {
    return this.threads.has(key);
  }

  history(key: string): Turn[] {
    return [...(this.threads.get(key) ?? [])];
  }

  /** Seed a thread's history (e.g. rebuilt from Slack after a restart). */
  seed(key: string, turns: Turn[]): void {
    if (!this.threads.has(key)) this.threads.set(key, turns.slice(-MAX_TURNS_PER_THREAD));
  }

  remember(key: string, turn: Turn): void {
    const turns = this.threads.get(key) ?? [];
    turns.push(turn);
    this.threads.set(key, turns.slice(-MAX_TURNS_PER_THREAD));
  }
}
