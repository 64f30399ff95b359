/**
 * `app_mention`: a question in a channel. Answered in the mention's thread; inside a thread the bot has not
 * seen (e.g. after a restart) the thread's earlier questions are read back first, so follow-ups keep their
 * context.
 */
import type { App } from "@slack/bolt";
import { checkAccess } from "../../access.js";
import { renderDecline, renderHelp } from "../../blocks.js";
import { messageText, slackToPlain } from "../../format.js";
import { rebuildThread } from "../../history.js";
import { ThreadMemory } from "../../memory.js";
import { answerAndReply, postMessage } from "../../reply.js";
import type { BotServices } from "../../services.js";

export function registerAppMention(app: App, svc: BotServices): void {
  app.event("app_mention", async ({ event, client, context }) => {
    const channel = event.channel;
    const threadTs = event.thread_ts ?? event.ts;
    if (!svc.seen.claim(`msg:${channel}:${event.ts}`)) return;
    const dest = { channel, threadTs };
    const access = checkAccess(svc.access, { teamId: context.teamId, channelId: channel });
    if (!access.ok) {
      await postMessage(svc, client, dest, renderDecline(access.reason));
      return;
    }
    const question = slackToPlain(messageText(event as { text?: string; blocks?: unknown[] }), svc.bot.userId);
    if (!question) {
      await postMessage(svc, client, dest, renderHelp(svc.guide));
      return;
    }
    const conversation = ThreadMemory.key(channel, threadTs);
    if (event.thread_ts && !svc.answerer.threads.knows(conversation)) {
      await rebuildThread(svc, client, { channel, threadTs: event.thread_ts, beforeTs: event.ts, conversation, include: "addressed" });
    }
    await answerAndReply(svc, client, { question, dest, conversation, progress: "placeholder" });
  });
}
