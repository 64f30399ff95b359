/**
 * A fake Slack Web API on 127.0.0.1 for tests and the benchmark: answers the methods the bot calls,
 * records every call (and every response_url post), keeps a model of each channel's messages (updates
 * applied), can answer 429 with Retry-After, and serves response_url endpoints at /response/<id>.
 * For failure tests it can also fail the next calls of a method (optionally after applying them, or answer
 * late), and simulate an outage of the whole API.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeSocketMode } from "./fake-socket.js";

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  at: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks: unknown[];
  /** How many times chat.update changed it. */
  updates: number;
  /** When it was posted or last updated (ms since epoch). */
  changedAt: number;
  /** Message metadata as posted (chat.postMessage `metadata`). */
  metadata?: MessageMetadata;
}

export interface MessageMetadata {
  event_type: string;
  event_payload: Record<string, unknown>;
}

export interface EphemeralPost {
  channel: string;
  user: string;
  text: string;
  blocks: unknown[];
}

export interface FailOptions {
  /** How many of the next calls fail (default 1). */
  times?: number;
  /** HTTP status to answer (default 500, or a normal answer when only `delayMs` is given). */
  status?: number;
  /** Apply the call's effect (post, update, …) before failing: Slack did the work but the client sees an error. */
  apply?: boolean;
  /** Answer only after this long (e.g. longer than the client's timeout). */
  delayMs?: number;
}

/** One scripted failure, as queued by `failNext`. */
interface Failure {
  times: number;
  /** undefined: answer normally (a late answer). */
  status?: number;
  apply: boolean;
  delayMs: number;
}

const INTERNAL_ERROR = { ok: false, error: "internal_error" } as const;

const JSON_FIELDS = new Set(["blocks", "view", "prompts", "metadata", "attachments"]);

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** Calls answered with HTTP 429. */
  readonly limited: ApiCall[] = [];
  /** Calls failed by `failNext` (applied or not, and late answers) or by an `outage`. */
  readonly failed: ApiCall[] = [];
  /** response_url posts refused during an `outage(…, { responseUrls: true })`. */
  readonly failedResponses: ResponseUrlPost[] = [];
  /** chat.postEphemeral posts, in order. */
  readonly ephemerals: EphemeralPost[] = [];
  readonly messages = new Map<string, FakeMessage>();
  /** conversations.replies answers, by `${channel}:${ts}`. */
  readonly threads = new Map<string, Array<Record<string, unknown>>>();
  validToken = "xoxb-test-token";
  botUserId = "U_BOT";
  botId = "B_BOT";
  teamId = "T_TEST";
  /** Set by `enableSocketMode`: the WebSocket side of the fake. */
  socket?: FakeSocketMode;
  private appToken?: string;
  private server?: Server;
  private seq = 0;
  private rateLimits = new Map<string, { times: number; retryAfter: number }>();
  private waiters: Array<() => void> = [];
  private failures = new Map<string, Failure[]>();
  private outageUntil = 0;
  private outageStatus = 500;
  private outageResponseUrls = false;
  /** Late answers still waiting: released on stop so the server can close. */
  private delayed = new Set<() => void>();
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** Serve apps.connections.open (for `appToken`) and a Socket Mode WebSocket at /socket. */
  enableSocketMode(appToken: string): FakeSocketMode {
    this.appToken = appToken;
    this.socket ??= new FakeSocketMode(this.server!);
    return this.socket;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = undefined;
    for (const release of [...this.delayed]) release();
    this.socket?.close();
    await new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeAllConnections();
  }

  /** Answer the next `times` calls of `method` with 429 and Retry-After. */
  rateLimit(method: string, times = 1, retryAfter = 1): void {
    this.rateLimits.set(method, { times, retryAfter });
  }

  /**
   * Fail the next `times` calls of `method`: answer `status` (default 500, `internal_error`) without effect;
   * with `apply` the effect happens first (the message is posted and the call is in `calls`); with only
   * `delayMs` the call is applied at once and answered normally after `delayMs`. Queued after earlier
   * `failNext`s of the same method. Every such call is also recorded in `failed`.
   */
  failNext(method: string, opts: FailOptions = {}): void {
    const lateOnly = opts.delayMs !== undefined && opts.status === undefined;
    const failure: Failure = {
      times: opts.times ?? 1,
      ...(lateOnly ? {} : { status: opts.status ?? 500 }),
      // A late normal answer means the work was done, so it is always applied.
      apply: lateOnly || (opts.apply ?? false),
      delayMs: opts.delayMs ?? 0,
    };
    const queue = this.failures.get(method) ?? [];
    queue.push(failure);
    this.failures.set(method, queue);
  }

  /**
   * For the next `ms`, every /api/ call (auth.test too) is answered `status` with no effect and recorded in
   * `failed`. response_url posts keep working unless `responseUrls` is set.
   */
  outage(ms: number, status = 500, opts: { responseUrls?: boolean } = {}): void {
    this.outageUntil = Date.now() + ms;
    this.outageStatus = status;
    this.outageResponseUrls = opts.responseUrls ?? false;
  }

  endOutage(): void {
    this.outageUntil = 0;
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages in a thread (or top level of a channel when threadTs is undefined), oldest first. */
  thread(channel: string, threadTs?: string): FakeMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.channel === channel && (threadTs ? m.thread_ts === threadTs : !m.thread_ts))
      .sort((a, b) => Number(a.ts) - Number(b.ts));
  }

  /** Wait until `check` returns something truthy (checked after each call), or fail after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | false | null, timeoutMs = 10_000, what = "the expected Slack calls"): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; calls so far: ${this.calls.map((c) => c.method).join(", ")}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private inOutage(): boolean {
    return Date.now() < this.outageUntil;
  }

  /** Take one use of the first queued failure for `method`, if any. */
  private takeFailure(method: string): Failure | undefined {
    const queue = this.failures.get(method);
    const first = queue?.[0];
    if (!queue || !first) return undefined;
    if (--first.times <= 0) queue.shift();
    return first;
  }

  /** Resolve after `ms`, or as soon as the fake stops. */
  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer);
        this.delayed.delete(release);
        resolve();
      };
      const timer = setTimeout(release, ms);
      this.delayed.add(release);
    });
  }

  private nextTs(): string {
    this.seq++;
    return `1800000000.${String(this.seq).padStart(6, "0")}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = new URL(req.url ?? "/", this.url).pathname;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      // A client that timed out has gone: nothing to answer.
      if (res.destroyed) return;
      // While stopping (a late answer released), close the connection so the server can finish closing.
      const closing = this.server ? {} : { connection: "close" };
      res.writeHead(status, { "content-type": "application/json", ...closing, ...headers });
      res.end(JSON.stringify(body));
    };

    if (path.startsWith("/response/")) {
      const post: ResponseUrlPost = { id: path.slice("/response/".length), body: JSON.parse(raw || "{}") as Record<string, unknown>, at: Date.now() };
      if (this.outageResponseUrls && this.inOutage()) {
        this.failedResponses.push(post);
        send(this.outageStatus, INTERNAL_ERROR);
      } else {
        this.responses.push(post);
        send(200, { ok: true });
      }
      this.notify();
      return;
    }
    if (!path.startsWith("/api/")) return send(404, { ok: false, error: "unknown_path" });

    const method = path.slice("/api/".length);
    const args = parseArgs(raw, req.headers["content-type"] ?? "");
    const auth = req.headers.authorization;
    const token = typeof auth === "string" ? auth.replace(/^Bearer\s+/i, "") : typeof args.token === "string" ? args.token : undefined;
    const call: ApiCall = { method, args, ...(token ? { token } : {}), at: Date.now() };

    if (this.inOutage()) {
      this.failed.push(call);
      send(this.outageStatus, INTERNAL_ERROR);
      this.notify();
      return;
    }
    const limit = this.rateLimits.get(method);
    if (limit && limit.times > 0) {
      limit.times--;
      this.limited.push(call);
      send(429, { ok: false, error: "ratelimited" }, { "retry-after": String(limit.retryAfter) });
      this.notify();
      return;
    }
    const failure = this.takeFailure(method);
    if (failure) {
      this.failed.push(call);
      const answer = failure.apply ? this.apply(call) : undefined;
      // Let waiters see an applied effect before the (late) answer goes out.
      if (answer) this.notify();
      if (failure.delayMs > 0) await this.delay(failure.delayMs);
      if (failure.status !== undefined) send(failure.status, INTERNAL_ERROR);
      else send(200, answer);
      this.notify();
      return;
    }
    send(200, this.apply(call));
    this.notify();
  }

  /** Carry out a call (recorded in `calls`) and return the body Slack would answer with. */
  private apply(call: ApiCall): Record<string, unknown> {
    this.calls.push(call);
    if (call.method === "apps.connections.open" && this.appToken && call.token === this.appToken) {
      return { ok: true, url: `${this.url.replace(/^http/, "ws")}/socket` };
    }
    if (call.token !== this.validToken) return { ok: false, error: "invalid_auth" };
    return this.answer(call.method, call.args);
  }

  private answer(method: string, a: Record<string, unknown>): Record<string, unknown> {
    const channel = String(a.channel ?? a.channel_id ?? "");
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://lga-test.slack.com/", team: "LGA test", user: "lga-assistant", team_id: this.teamId, user_id: this.botUserId, bot_id: this.botId };
      case "chat.postMessage": {
        const ts = this.nextTs();
        const m: FakeMessage = {
          channel,
          ts,
          ...(a.thread_ts ? { thread_ts: String(a.thread_ts) } : {}),
          text: String(a.text ?? ""),
          blocks: (a.blocks as unknown[]) ?? [],
          updates: 0,
          changedAt: Date.now(),
        };
        const metadata = toMetadata(a.metadata);
        if (metadata) m.metadata = metadata;
        this.messages.set(`${channel}:${ts}`, m);
        return { ok: true, channel, ts, message: { text: m.text, ts, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}), user: this.botUserId, bot_id: this.botId } };
      }
      case "chat.update": {
        const m = this.messages.get(`${channel}:${String(a.ts)}`);
        if (!m) return { ok: false, error: "message_not_found" };
        m.text = String(a.text ?? "");
        m.blocks = (a.blocks as unknown[]) ?? [];
        // Like Slack, an update without metadata keeps the message's metadata.
        const metadata = toMetadata(a.metadata);
        if (metadata) m.metadata = metadata;
        m.updates++;
        m.changedAt = Date.now();
        return { ok: true, channel, ts: m.ts, text: m.text };
      }
      case "chat.postEphemeral":
        this.ephemerals.push({ channel, user: String(a.user ?? ""), text: String(a.text ?? ""), blocks: (a.blocks as unknown[]) ?? [] });
        return { ok: true, message_ts: this.nextTs() };
      case "conversations.replies": {
        // Preset messages (other people's, set by a test) first, then what the bot itself posted in the thread.
        const threadTs = String(a.ts);
        const preset = this.threads.get(`${channel}:${threadTs}`) ?? [];
        const seen = new Set(preset.map((m) => String(m.ts)));
        const own = [...this.messages.values()]
          .filter((m) => m.channel === channel && (m.ts === threadTs || m.thread_ts === threadTs) && !seen.has(m.ts))
          .sort((x, y) => compareTs(x.ts, y.ts))
          .map((m) => this.asSlackMessage(m, isTrue(a.include_all_metadata)));
        return { ok: true, messages: [...preset, ...own], has_more: false };
      }
      case "conversations.history": {
        const oldest = a.oldest !== undefined ? String(a.oldest) : undefined;
        const latest = a.latest !== undefined ? String(a.latest) : undefined;
        const limit = Number(a.limit ?? 100) || 100;
        const top = [...this.messages.values()]
          .filter((m) => m.channel === channel && !m.thread_ts)
          .filter((m) => (oldest === undefined || compareTs(m.ts, oldest) > 0) && (latest === undefined || compareTs(m.ts, latest) < 0))
          .sort((x, y) => compareTs(y.ts, x.ts));
        const messages = top.slice(0, limit).map((m) => this.asSlackMessage(m, isTrue(a.include_all_metadata)));
        return { ok: true, messages, has_more: top.length > limit };
      }
      case "views.publish":
        return { ok: true, view: { id: "V_HOME", ...(a.view as object) } };
      default:
        // reactions.add, assistant.threads.setStatus / setSuggestedPrompts / setTitle, …
        return { ok: true };
    }
  }

  /** A model message as conversations.replies / history return it; metadata only when asked for. */
  private asSlackMessage(m: FakeMessage, withMetadata: boolean): Record<string, unknown> {
    return {
      type: "message",
      ts: m.ts,
      ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
      text: m.text,
      user: this.botUserId,
      bot_id: this.botId,
      blocks: m.blocks,
      ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
    };
  }
}

/** Form bodies carry metadata as a JSON string (parsed in parseArgs); JSON bodies may carry either form. */
function toMetadata(v: unknown): MessageMetadata | undefined {
  let value = v;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!value || typeof value !== "object") return undefined;
  const { event_type, event_payload } = value as { event_type?: unknown; event_payload?: unknown };
  if (typeof event_type !== "string") return undefined;
  const payload = event_payload && typeof event_payload === "object" ? (event_payload as Record<string, unknown>) : {};
  return { event_type, event_payload: payload };
}

/** Slack booleans arrive as `true` (JSON) or "true" (form). */
function isTrue(v: unknown): boolean {
  return v === true || v === "true";
}

/** Order Slack timestamps ("seconds.micros") exactly; as doubles they are too long to compare reliably. */
function compareTs(a: string, b: string): number {
  const [as = "", af = ""] = a.split(".");
  const [bs = "", bf = ""] = b.split(".");
  const x = af.padEnd(6, "0");
  const y = bf.padEnd(6, "0");
  return Number(as) - Number(bs) || (x < y ? -1 : x > y ? 1 : 0);
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(k)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // keep as text
      }
    }
    out[k] = v;
  }
  return out;
}
