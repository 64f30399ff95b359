/**
 * Global middleware, run before the assistant pane and every listener: drop events already handled (Slack
 * retries an event it thinks was not acknowledged, with `x-slack-retry-num`; the event id stays the same),
 * and messages from bots (this one included) or of kinds that are not a person writing.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { BotServices } from "./services.js";

/** Message subtypes that are still a person writing to the bot. */
const PERSON_SUBTYPES = new Set(["thread_broadcast", "file_share"]);

interface EventBody {
  event_id?: string;
  event?: { type?: string; subtype?: string; bot_id?: string; bot_profile?: unknown; user?: string; hidden?: boolean };
}

export function filterEvents(svc: BotServices): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const b = body as EventBody;
    if (b.event) {
      if (b.event_id && !svc.seen.claim(`event:${b.event_id}`)) {
        svc.logger.info(`ignoring a repeated event ${b.event_id}${context.retryNum ? ` (Slack retry ${context.retryNum}, ${context.retryReason ?? "no reason given"})` : ""}`);
        return;
      }
      const ev = b.event;
      if (ev.type === "message" || ev.type === "app_mention") {
        if (ev.bot_id || ev.bot_profile || ev.subtype === "bot_message") return;
        if (ev.user && (ev.user === svc.bot.userId || ev.user === "USLACKBOT")) return;
        if (ev.hidden || (ev.subtype && !PERSON_SUBTYPES.has(ev.subtype))) return;
      }
    }
    await next();
  };
}
