/**
 * Sending: a placeholder (or assistant status) while the engine works, then the answer in its place, any
 * overflow messages after it in the same thread. Slack API failures are logged and returned as results;
 * rate limits (HTTP 429 + Retry-After) are waited out by the Web API client (see app.ts `clientOptions`).
 */
import type { webApi } from "@slack/bolt";
import { renderAnswer, renderError, renderPlaceholder, type SlackMessage } from "./blocks.js";
import type { BotServices } from "./services.js";

type WebClient = webApi.WebClient;

export interface Destination {
  channel: string;
  threadTs?: string | undefined;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The Slack error code (`not_in_channel`, `ratelimited`…) or the message of a failed call. */
export function slackError(e: unknown): string {
  const data = (e as { data?: { error?: unknown } })?.data;
  if (data && typeof data.error === "string") return data.error;
  return e instanceof Error ? e.message : String(e);
}

export async function attempt<T>(svc: Pick<BotServices, "logger">, label: string, fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    const error = slackError(e);
    svc.logger.warn(`${label} failed: ${error}`);
    return { ok: false, error };
  }
}

export async function postMessage(svc: Pick<BotServices, "logger">, client: WebClient, dest: Destination, message: SlackMessage): Promise<Result<string | undefined>> {
  return attempt(svc, "chat.postMessage", async () => {
    const r = await client.chat.postMessage({
      channel: dest.channel,
      ...(dest.threadTs ? { thread_ts: dest.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    return r.ts;
  });
}

/**
 * Deliver messages: the first replaces the placeholder (chat.update) when there is one, the rest follow in
 * the thread. If the update fails (placeholder deleted…), the message is posted instead.
 */
export async function deliver(svc: Pick<BotServices, "logger">, client: WebClient, dest: Destination, messages: SlackMessage[], placeholderTs?: string): Promise<Result<number>> {
  let sent = 0;
  let lastError = "";
  for (const [i, m] of messages.entries()) {
    if (i === 0 && placeholderTs) {
      const updated = await attempt(svc, "chat.update", () => client.chat.update({ channel: dest.channel, ts: placeholderTs, text: m.text, blocks: m.blocks }));
      if (updated.ok) {
        sent++;
        continue;
      }
    }
    const posted = await postMessage(svc, client, dest, m);
    if (posted.ok) sent++;
    else lastError = posted.error;
  }
  return sent === messages.length ? { ok: true, value: sent } : { ok: false, error: lastError || "not every message was sent" };
}

export interface AnswerRequest {
  question: string;
  dest: Destination;
  /** Conversation key for follow-ups (ThreadMemory.key). */
  conversation: string;
  /** "placeholder": post and replace a message; "status": the assistant pane's status line (set by caller). */
  progress: "placeholder" | "none";
}

/** Answer a question in a conversation, with progress shown and the answer replacing it. */
export async function answerAndReply(svc: BotServices, client: WebClient, req: AnswerRequest): Promise<Result<number>> {
  const placeholder = req.progress === "placeholder" ? await postMessage(svc, client, req.dest, renderPlaceholder()) : undefined;
  const outcome = await svc.answerer.ask(req.question, req.conversation);
  const messages = outcome.ok ? renderAnswer(outcome.answer, { answerId: outcome.id, coverage: svc.guide.coverage }) : [renderError()];
  const result = await deliver(svc, client, req.dest, messages, placeholder?.ok ? placeholder.value : undefined);
  if (!result.ok) svc.logger.error(`could not deliver the answer in ${req.dest.channel}: ${result.error}`);
  return result;
}
