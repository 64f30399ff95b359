/**
 * Small messages outside the work runner (help, welcome, the Share button's copies): one call, failures
 * logged and returned as results; rate limits (HTTP 429 + Retry-After) are waited out by the Web API client
 * (see app.ts `clientOptions`). Answers are delivered by the work runner (./work), idempotently.
 */
import type { webApi } from "@slack/bolt";
import type { SlackMessage } from "./blocks.js";
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
