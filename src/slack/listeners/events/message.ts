/**
 * `message`: direct messages to the bot (answered in the DM; the DM keeps its history), and follow-up
 * questions in channel threads the bot has answered in (answered in the thread, with the thread's
 * context). Threaded DMs in the assistant pane are handled by the Assistant (see ../assistant.ts), and
 * messages that mention the bot in a channel by `app_mention`.
 */
import type { App } from "@slack/bolt";
import { checkAccess } from "../../access.js";
import { renderDecline } from "../../blocks.js";
import { looksLikeQuestion, mentions, messageText, slackToPlain } from "../../format.js";
import { ThreadMemory } from "../../memory.js";
import { answerAndReply, postMessage } from "../../reply.js";
import type { BotServices } from "../../services.js";

interface PersonMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  blocks?: unknown[];
  ts: string;
  thread_ts?: string;
}

export function registerMessages(app: App, svc: BotServices): void {
  app.event("message", async ({ event, client, context }) => {
    const m = event as unknown as PersonMessage;
    if (!m.channel || !m.ts || !m.user) return;
    const text = messageText(m);
    const direct = m.channel_type === "im";
    let conversation: string;
    let threadTs: string | undefined;
    if (direct) {
      threadTs = m.thread_ts;
      conversation = ThreadMemory.key(m.channel, m.thread_ts);
    } else {
      // In channels only follow-ups in the bot's own threads; a mention is app_mention's to answer.
      if (!m.thread_ts || mentions(text, svc.bot.userId)) return;
      conversation = ThreadMemory.key(m.channel, m.thread_ts);
      if (!svc.answerer.threads.knows(conversation) || !looksLikeQuestion(slackToPlain(text, svc.bot.userId))) return;
      threadTs = m.thread_ts;
    }
    const question = slackToPlain(text, svc.bot.userId);
    if (!question) return;
    if (!svc.seen.claim(`msg:${m.channel}:${m.ts}`)) return;
    const dest = { channel: m.channel, threadTs };
    const access = checkAccess(svc.access, { teamId: context.teamId, channelId: m.channel, direct });
    if (!access.ok) {
      await postMessage(svc, client, dest, renderDecline(access.reason));
      return;
    }
    await answerAndReply(svc, client, { question, dest, conversation, progress: "placeholder" });
  });
}
