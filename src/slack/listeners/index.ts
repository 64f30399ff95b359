/** Registers every listener, one entry point per file (events, the command, button actions). */
import type { App } from "@slack/bolt";
import type { BotServices } from "../services.js";
import { registerFeedback } from "./actions/feedback.js";
import { registerShare } from "./actions/share.js";
import { registerLgaCommand } from "./commands/lga.js";
import { registerAppHome } from "./events/app-home-opened.js";
import { registerAppMention } from "./events/app-mention.js";
import { registerMessages } from "./events/message.js";

export { createAssistant } from "./assistant.js";

export function registerListeners(app: App, svc: BotServices): void {
  registerAppMention(app, svc);
  registerMessages(app, svc);
  registerAppHome(app, svc);
  registerLgaCommand(app, svc);
  registerShare(app, svc);
  registerFeedback(app, svc);
}
