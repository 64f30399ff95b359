/**
 * A fake Slack Web API on 127.0.0.1 for tests and the benchmark: answers the methods the bot calls,
 * records every call (and every response_url post), keeps a model of each channel's messages (updates
 * applied), can answer 429 with Retry-After, and serves response_url endpoints at /response/<id>.
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
}

const JSON_FIELDS = new Set(["blocks", "view", "prompts", "metadata", "attachments"]);

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** Calls answered with HTTP 429. */
  readonly limited: ApiCall[] = [];
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
    this.socket?.close();
    await new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeAllConnections();
  }

  /** Answer the next `times` calls of `method` with 429 and Retry-After. */
  rateLimit(method: string, times = 1, retryAfter = 1): void {
    this.rateLimits.set(method, { times, retryAfter });
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
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };

    if (path.startsWith("/response/")) {
      this.responses.push({ id: path.slice("/response/".length), body: JSON.parse(raw || "{}") as Record<string, unknown>, at: Date.now() });
      send(200, { ok: true });
      this.notify();
      return;
    }
    if (!path.startsWith("/api/")) return send(404, { ok: false, error: "unknown_path" });

    const method = path.slice("/api/".length);
    const args = parseArgs(raw, req.headers["content-type"] ?? "");
    const auth = req.headers.authorization;
    const token = typeof auth === "string" ? auth.replace(/^Bearer\s+/i, "") : typeof args.token === "string" ? args.token : undefined;
    const call: ApiCall = { method, args, ...(token ? { token } : {}), at: Date.now() };

    const limit = this.rateLimits.get(method);
    if (limit && limit.times > 0) {
      limit.times--;
      this.limited.push(call);
      send(429, { ok: false, error: "ratelimited" }, { "retry-after": String(limit.retryAfter) });
      this.notify();
      return;
    }
    this.calls.push(call);
    if (method === "apps.connections.open" && this.appToken && token === this.appToken) {
      send(200, { ok: true, url: `${this.url.replace(/^http/, "ws")}/socket` });
      this.notify();
      return;
    }
    if (token !== this.validToken) {
      send(200, { ok: false, error: "invalid_auth" });
      this.notify();
      return;
    }
    send(200, this.answer(method, args));
    this.notify();
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
        this.messages.set(`${channel}:${ts}`, m);
        return { ok: true, channel, ts, message: { text: m.text, ts, user: this.botUserId, bot_id: this.botId } };
      }
      case "chat.update": {
        const m = this.messages.get(`${channel}:${String(a.ts)}`);
        if (!m) return { ok: false, error: "message_not_found" };
        m.text = String(a.text ?? "");
        m.blocks = (a.blocks as unknown[]) ?? [];
        m.updates++;
        m.changedAt = Date.now();
        return { ok: true, channel, ts: m.ts, text: m.text };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "conversations.replies":
        return { ok: true, messages: this.threads.get(`${channel}:${String(a.ts)}`) ?? [], has_more: false };
      case "views.publish":
        return { ok: true, view: { id: "V_HOME", ...(a.view as object) } };
      default:
        // reactions.add, assistant.threads.setStatus / setSuggestedPrompts / setTitle, …
        return { ok: true };
    }
  }
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
