/** Where the bot is not allowed, it says nothing there: the refusal goes to the log only. */
import type { DeclineReason } from "../blocks.js";
import type { BotServices } from "../services.js";

export function logRefusal(svc: Pick<BotServices, "logger">, reason: DeclineReason, where?: string): void {
  svc.logger.info(`not answering${where ? ` in ${where}` : ""}: ${reason === "team" ? "workspace not in SLACK_ALLOWED_TEAMS" : "channel not in SLACK_ALLOWED_CHANNELS"}`);
}
