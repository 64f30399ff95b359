/**
 * Global middleware, run before the assistant pane and every listener: drop messages from bots (this one
 * included) or of kinds that are not a person writing. (Re-delivered events are dropped before this, when
 * they are recorded: see app.ts.)
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { BotServices } from "./services.js";

/** Message subtypes that are still a person writing to the bot. */
const PERSON_SUBTYPES = new Set(["thread_broadcast", "file_share"]);

interface EventBody {
  event?: { type?: string; subtype?: string; bot_id?: string; bot_profile?: unknown; user?: string; hidden?: boolean };
}

export function filterEvents(svc: BotServices): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const b = body as EventBody;
    if (b.event) {
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
