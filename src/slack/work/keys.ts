/**
 * Every acknowledged request that may need an answer has a work key: the Events API's event id (the same
 * on Slack's re-deliveries), or a slash command's trigger id. Listeners use it to claim a message and to
 * submit the question, so a request replayed after a crash is recognised as the same work.
 */
import { randomBytes } from "node:crypto";
import type { AnswerJob } from "../state/store.js";
import type { BotServices } from "../services.js";
import type { Admission } from "./runner.js";

export function workKey(body: unknown): string | undefined {
  const b = body as { type?: unknown; event_id?: unknown; command?: unknown; trigger_id?: unknown } | undefined;
  if (b?.type === "event_callback" && typeof b.event_id === "string") return `ev:${b.event_id}`;
  if (typeof b?.command === "string" && typeof b.trigger_id === "string") return `cmd:${b.trigger_id}`;
  return undefined;
}

/**
 * True when this request may answer the message `channel`/`ts`: Slack sends one message as several events
 * (a mention in a DM is both `app_mention` and `message`), and only the first request to claim it answers.
 */
export function claimMessage(svc: Pick<BotServices, "state">, body: unknown, channel: string, ts: string): Promise<boolean> {
  return svc.state.claim(`msg:${channel}:${ts}`, workKey(body) ?? `once:${randomBytes(6).toString("hex")}`);
}

/** Hand a question to the work runner under the request's work key. */
export async function submitQuestion(svc: Pick<BotServices, "state" | "work">, body: unknown, job: AnswerJob): Promise<Admission> {
  let key = workKey(body);
  if (!key) {
    key = `adhoc:${randomBytes(8).toString("hex")}`;
    await svc.state.receive(key, null);
  }
  return svc.work.submit(key, job);
}
