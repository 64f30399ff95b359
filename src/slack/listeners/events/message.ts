/**
 * `message`: direct messages to the bot (answered in the DM; the DM keeps its history), and follow-up
 * questions in channel threads the bot has answered in (answered in the thread, with the thread's
 * context). Threaded DMs in the assistant pane are handled by the Assistant (see ../assistant.ts), and
 * messages that mention the bot in a channel by `app_mention`.
 */
import type { App } from "@slack/bolt";
import { checkAccess } from "../../access.js";
import { looksLikeQuestion, mentions, messageText, slackToPlain } from "../../format.js";
import { conversationKey } from "../../memory.js";
import type { BotServices } from "../../services.js";
import { claimMessage, submitQuestion } from "../../work/keys.js";
import { logRefusal } from "../refusal.js";

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
  app.event("message", async ({ event, body, context }) => {
    const m = event as unknown as PersonMessage;
    if (!m.channel || !m.ts || !m.user) return;
    const text = messageText(m);
    const direct = m.channel_type === "im";
    let conversation: string;
    let threadTs: string | undefined;
    if (direct) {
      threadTs = m.thread_ts;
      conversation = conversationKey(m.channel, m.thread_ts);
    } else {
      // In channels only follow-ups in the bot's own threads; a mention is app_mention's to answer.
      if (!m.thread_ts || mentions(text, svc.bot.userId)) return;
      conversation = conversationKey(m.channel, m.thread_ts);
      if (!looksLikeQuestion(slackToPlain(text, svc.bot.userId)) || !(await svc.state.knows(conversation))) return;
      threadTs = m.thread_ts;
    }
    const question = slackToPlain(text, svc.bot.userId);
    if (!question) return;
    if (!(await claimMessage(svc, body, m.channel, m.ts))) return;
    const access = checkAccess(svc.access, { teamId: context.teamId, channelId: m.channel, direct });
    if (!access.ok) return logRefusal(svc, access.reason, m.channel);
    await submitQuestion(svc, body, {
      question,
      conversation,
      reply: { via: "chat", channel: m.channel, ...(threadTs ? { threadTs } : {}), placeholder: true },
      user: m.user,
      ...(context.teamId ? { teamId: context.teamId } : {}),
    });
  });
}
