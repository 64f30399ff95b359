/**
 * Idempotent delivery. Every message the bot posts for a piece of work carries Slack message metadata
 * (`lga_answer`: work key and part number), so after an ambiguous failure (a timeout, a 5xx after Slack may
 * have written) the bot looks for the message before posting again, and updates instead of duplicating.
 * chat.update and response_url replacements are idempotent and simply retried. The Web API client used
 * here makes one attempt per call: its own retries would re-post blindly; the work runner retries.
 */
import type { webApi } from "@slack/bolt";
import type { SlackMessage } from "../blocks.js";
import type { ReplyTarget, WorkItem } from "../state/store.js";

type WebClient = webApi.WebClient;

export const METADATA_EVENT = "lga_answer";

/** What went wrong with a call: whether Slack may have applied it, whether to try again, and when. */
export interface Failure {
  error: string;
  /** Slack may have done it (timeout, 5xx, connection lost after sending): look before redoing. */
  ambiguous: boolean;
  retryable: boolean;
  retryAfterMs?: number;
}

/** Platform errors that are Slack's trouble, not ours: worth another try. */
const TRANSIENT = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "team_added_to_org"]);
/** The placeholder is gone or not ours to edit: post the answer instead. */
const GONE = new Set(["message_not_found", "cant_update_message", "edit_window_closed"]);

export function classify(e: unknown): Failure {
  const err = e as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number; message?: string };
  switch (err?.code) {
    case "slack_webapi_rate_limited_error":
      return { error: "ratelimited", ambiguous: false, retryable: true, retryAfterMs: (err.retryAfter ?? 1) * 1000 };
    case "slack_webapi_platform_error": {
      const code = err.data?.error ?? "unknown_error";
      return { error: code, ambiguous: code === "internal_error" || code === "fatal_error", retryable: TRANSIENT.has(code) };
    }
    case "slack_webapi_http_error": {
      const status = err.statusCode ?? 0;
      return { error: `HTTP ${status}`, ambiguous: status >= 500, retryable: status >= 500 || status === 408 || status === 429 };
    }
    default:
      // Network errors and timeouts (slack_webapi_request_error, fetch failures): the request may have arrived.
      return { error: err?.message ?? String(e), ambiguous: true, retryable: true };
  }
}

export type CallResult<T> = { ok: true; value: T } | ({ ok: false } & Failure);

/**
 * Slack's rate limits are per method: after a 429, every call of that method waits out its Retry-After
 * (the client makes one attempt per call, so it does not pause by itself).
 */
export class RateGate {
  private readonly until = new Map<string, number>();

  async wait(method: string): Promise<void> {
    const ms = (this.until.get(method) ?? 0) - Date.now();
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }

  limited(method: string, ms: number): void {
    this.until.set(method, Math.max(this.until.get(method) ?? 0, Date.now() + ms));
  }
}

export interface DeliveryDeps {
  client: WebClient;
  /** POST a JSON body to a response_url (throws on failure, like the Web API client). */
  postToResponseUrl(url: string, body: Record<string, unknown>): Promise<void>;
  gate: RateGate;
}

async function call<T>(deps: DeliveryDeps, method: string, fn: () => Promise<T>): Promise<CallResult<T>> {
  await deps.gate.wait(method);
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    const failure = classify(e);
    if (failure.retryAfterMs !== undefined) deps.gate.limited(method, failure.retryAfterMs);
    return { ok: false, ...failure };
  }
}

type ChatTarget = Extract<ReplyTarget, { via: "chat" }>;

function metadata(key: string, part: number, kind: "placeholder" | "answer" | "apology") {
  return { event_type: METADATA_EVENT, event_payload: { key, part, kind } };
}

interface SlackMessageRow {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/**
 * The message this work posted as `part`, if Slack has it (read back with its metadata): its ts, null when
 * it is not there, or a failure when Slack could not be asked (then nothing may be posted: it may be there).
 */
async function findPosted(deps: DeliveryDeps, target: ChatTarget, item: WorkItem, part: number): Promise<CallResult<string | null>> {
  const oldest = String(Math.floor(item.receivedAt / 1000) - 60);
  const found = await call(deps, target.threadTs ? "conversations.replies" : "conversations.history", async () => {
    const r = target.threadTs
      ? await deps.client.conversations.replies({ channel: target.channel, ts: target.threadTs, oldest, include_all_metadata: true, limit: 200 })
      : await deps.client.conversations.history({ channel: target.channel, oldest, include_all_metadata: true, limit: 200 });
    return (r.messages ?? []) as SlackMessageRow[];
  });
  if (!found.ok) return { ...found, retryable: true };
  const mine = found.value.find((m) => m.metadata?.event_type === METADATA_EVENT && m.metadata.event_payload?.key === item.key && m.metadata.event_payload?.part === part);
  return { ok: true, value: mine?.ts ?? null };
}

async function post(deps: DeliveryDeps, target: ChatTarget, m: SlackMessage, meta: ReturnType<typeof metadata>): Promise<CallResult<string>> {
  return call(deps, "chat.postMessage", async () => {
    const r = await deps.client.chat.postMessage({
      channel: target.channel,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      text: m.text,
      blocks: m.blocks,
      metadata: meta,
      unfurl_links: false,
      unfurl_media: false,
    });
    return r.ts ?? "";
  });
}

async function update(deps: DeliveryDeps, target: ChatTarget, ts: string, m: SlackMessage): Promise<CallResult<void>> {
  return call(deps, "chat.update", async () => {
    await deps.client.chat.update({ channel: target.channel, ts, text: m.text, blocks: m.blocks });
  });
}

/**
 * Post `m` as part `part` of this work, exactly once: after an ambiguous failure the thread is read back,
 * and a message already there is kept (or, for the first part, updated). Returns the message's ts.
 */
async function postOnce(deps: DeliveryDeps, target: ChatTarget, item: WorkItem, part: number, m: SlackMessage, kind: "placeholder" | "answer" | "apology"): Promise<CallResult<string>> {
  const posted = await post(deps, target, m, metadata(item.key, part, kind));
  if (posted.ok || !posted.ambiguous) return posted;
  const found = await findPosted(deps, target, item, part);
  if (!found.ok || !found.value) return posted;
  const ts = found.value;
  if (kind === "placeholder") return { ok: true, value: ts };
  // What is there may be the placeholder (part 0) or an earlier copy of this part: make it this message.
  const updated = await update(deps, target, ts, m);
  return updated.ok ? { ok: true, value: ts } : updated;
}

/** Show progress in the conversation; its ts, or undefined (the answer is then posted, not swapped in). */
export async function postPlaceholder(deps: DeliveryDeps, target: ChatTarget, item: WorkItem, m: SlackMessage): Promise<string | undefined> {
  const r = await postOnce(deps, target, item, 0, m, "placeholder");
  return r.ok && r.value ? r.value : undefined;
}

/**
 * Deliver the parts of `item.messages` not yet sent, in order; `onSent` records progress after each part
 * so a retry (or a restart) goes on from there. The first part replaces the placeholder when there is one.
 */
export async function deliverParts(deps: DeliveryDeps, item: WorkItem, onSent: (sentParts: number) => Promise<void>, opts: { recovered?: boolean } = {}): Promise<CallResult<void>> {
  const job = item.job;
  const messages = item.messages ?? [];
  if (!job) return { ok: false, error: "nothing to deliver", ambiguous: false, retryable: false };
  for (let part = item.sentParts; part < messages.length; part++) {
    const m = messages[part]!;
    // Work taken up after a crash may have posted this part (or the placeholder) without recording it.
    const lookFirst = opts.recovered === true && part === item.sentParts;
    const r = job.reply.via === "response_url" ? await respondPart(deps, job.reply.url, part, m) : await chatPart(deps, job.reply, item, part, m, lookFirst);
    if (!r.ok) return r;
    await onSent(part + 1);
  }
  return { ok: true, value: undefined };
}

async function chatPart(deps: DeliveryDeps, target: ChatTarget, item: WorkItem, part: number, m: SlackMessage, lookFirst: boolean): Promise<CallResult<unknown>> {
  let ts = part === 0 ? item.placeholderTs : undefined;
  if (!ts && lookFirst) {
    const found = await findPosted(deps, target, item, part);
    if (!found.ok) return found;
    ts = found.value ?? undefined;
  }
  if (ts) {
    const updated = await update(deps, target, ts, m);
    if (updated.ok || !GONE.has(updated.error)) return updated;
  }
  return postOnce(deps, target, item, part, m, "answer");
}

async function respondPart(deps: DeliveryDeps, url: string, part: number, m: SlackMessage): Promise<CallResult<unknown>> {
  // The first part replaces the "Looking through the papers…" line, so sending it twice changes nothing.
  return call(deps, "response_url", () => deps.postToResponseUrl(url, { response_type: "ephemeral", replace_original: part === 0, text: m.text, blocks: m.blocks }));
}

/** Tell the user the answer could not be delivered (in place of the placeholder when there is one). */
export async function deliverApology(deps: DeliveryDeps, item: WorkItem, m: SlackMessage): Promise<CallResult<unknown>> {
  const reply = item.job?.reply;
  if (!reply) return { ok: true, value: undefined };
  if (reply.via === "response_url") return call(deps, "response_url", () => deps.postToResponseUrl(reply.url, { response_type: "ephemeral", replace_original: true, text: m.text, blocks: m.blocks }));
  if (item.placeholderTs && item.sentParts === 0) {
    const updated = await update(deps, reply, item.placeholderTs, m);
    if (updated.ok || !GONE.has(updated.error)) return updated;
  }
  return postOnce(deps, reply, item, -1, m, "apology");
}

/** POST to a response_url with fetch, failing like the Web API client does (status codes, timeouts). */
export function responseUrlPoster(timeoutMs = 10_000): DeliveryDeps["postToResponseUrl"] {
  return async (url, body) => {
    const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    if (!r.ok) throw Object.assign(new Error(`response_url answered HTTP ${r.status}`), { code: "slack_webapi_http_error", statusCode: r.status });
  };
}
