/**
 * Conversation history lives in memory; after a restart a thread's earlier questions can be read back from
 * Slack (conversations.replies) so a follow-up keeps its context.
 */
import type { webApi } from "@slack/bolt";
import { looksLikeQuestion, mentions, slackToPlain } from "./format.js";
import { attempt } from "./reply.js";
import type { BotServices } from "./services.js";

export interface ThreadRef {
  channel: string;
  threadTs: string;
  /** Only messages before this one count. */
  beforeTs: string;
  conversation: string;
  /**
   * "addressed": the opening question and messages that mention the bot (channel threads, where people
   * also talk to each other); "all": every message from a person (the assistant pane).
   */
  include: "addressed" | "all";
}

export async function rebuildThread(svc: BotServices, client: webApi.WebClient, ref: ThreadRef): Promise<void> {
  const replies = await attempt(svc, "conversations.replies", () => client.conversations.replies({ channel: ref.channel, ts: ref.threadTs, limit: 100 }));
  if (!replies.ok) return;
  const questions: string[] = [];
  for (const m of replies.value.messages ?? []) {
    if (!m.ts || !m.text || Number(m.ts) >= Number(ref.beforeTs)) continue;
    if (m.bot_id || m.user === svc.bot.userId || (m as { subtype?: string }).subtype) continue;
    const text = slackToPlain(m.text, svc.bot.userId);
    const wanted = ref.include === "all" || mentions(m.text, svc.bot.userId) || (m.ts === ref.threadTs && looksLikeQuestion(text));
    if (wanted && text) questions.push(text);
  }
  await svc.answerer.seedThread(ref.conversation, questions.slice(-10));
}
