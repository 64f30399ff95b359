/**
 * `app_mention`: a question in a channel. Answered in the mention's thread (by the work runner); inside a
 * thread the bot has not seen (e.g. after its memory expired) the thread's earlier questions are read back
 * first, so follow-ups keep their context. Where the bot is not allowed it posts nothing.
 */
import type { App } from "@slack/bolt";
import { checkAccess } from "../../access.js";
import { renderHelp } from "../../blocks.js";
import { messageText, slackToPlain } from "../../format.js";
import { rebuildThread } from "../../history.js";
import { conversationKey } from "../../memory.js";
import { postMessage } from "../../reply.js";
import type { BotServices } from "../../services.js";
import { claimMessage, submitQuestion } from "../../work/keys.js";
import { logRefusal } from "../refusal.js";

export function registerAppMention(app: App, svc: BotServices): void {
  app.event("app_mention", async ({ event, body, client, context }) => {
    const channel = event.channel;
    const threadTs = event.thread_ts ?? event.ts;
    if (!(await claimMessage(svc, body, channel, event.ts))) return;
    const access = checkAccess(svc.access, { teamId: context.teamId, channelId: channel });
    if (!access.ok) return logRefusal(svc, access.reason, channel);
    const question = slackToPlain(messageText(event as { text?: string; blocks?: unknown[] }), svc.bot.userId);
    if (!question) {
      await postMessage(svc, client, { channel, threadTs }, renderHelp(svc.guide));
      return;
    }
    const conversation = conversationKey(channel, threadTs);
    if (event.thread_ts && !(await svc.state.knows(conversation))) {
      await rebuildThread(svc, client, { channel, threadTs: event.thread_ts, beforeTs: event.ts, conversation, include: "addressed" });
    }
    await submitQuestion(svc, body, { question, conversation, reply: { via: "chat", channel, threadTs, placeholder: true }, ...(event.user ? { user: event.user } : {}), ...(context.teamId ? { teamId: context.teamId } : {}) });
  });
}
