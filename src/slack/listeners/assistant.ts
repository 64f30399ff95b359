/**
 * The assistant (agent) pane that Bolt's `Assistant` class serves: a welcome and suggested prompts when a
 * thread starts, a status line while the engine works, the answer in the thread, follow-ups with the
 * thread's context. The thread context (which channel the user is looking at) is kept in memory.
 */
import { Assistant, type AssistantConfig } from "@slack/bolt";
import { checkAccess } from "../access.js";
import { renderWelcome } from "../blocks.js";
import { clip, messageText, slackToPlain } from "../format.js";
import { suggestedPrompts } from "../guide.js";
import { BoundedMap, conversationKey } from "../memory.js";
import { rebuildThread } from "../history.js";
import { attempt, postMessage } from "../reply.js";
import type { BotServices } from "../services.js";
import { claimMessage, submitQuestion } from "../work/keys.js";
import { logRefusal } from "./refusal.js";

type ContextStore = NonNullable<AssistantConfig["threadContextStore"]>;
type ThreadContext = Awaited<ReturnType<ContextStore["get"]>>;

/** Where an assistant event happens: the DM channel and the thread. */
function threadOf(payload: unknown): { channel?: string; threadTs?: string; context?: ThreadContext } {
  const p = payload as { assistant_thread?: { channel_id?: string; thread_ts?: string; context?: ThreadContext }; channel?: string; thread_ts?: string };
  if (p.assistant_thread) return { channel: p.assistant_thread.channel_id, threadTs: p.assistant_thread.thread_ts, context: p.assistant_thread.context ?? {} };
  return { channel: p.channel, threadTs: p.thread_ts };
}

export function memoryContextStore(): ContextStore {
  const contexts = new BoundedMap<string, ThreadContext>(5_000, 7 * 24 * 60 * 60 * 1000);
  return {
    async get(args) {
      const t = threadOf(args.payload);
      return (t.channel && t.threadTs && contexts.get(conversationKey(t.channel, t.threadTs))) || {};
    },
    async save(args) {
      const t = threadOf(args.payload);
      if (t.channel && t.threadTs && t.context) contexts.set(conversationKey(t.channel, t.threadTs), t.context);
    },
  };
}

export function createAssistant(svc: BotServices): Assistant {
  return new Assistant({
    threadContextStore: memoryContextStore(),
    threadStarted: async ({ payload, context, client, saveThreadContext, setSuggestedPrompts }) => {
      const { channel, threadTs } = threadOf(payload);
      if (!channel || !threadTs) return;
      const access = checkAccess(svc.access, { teamId: context.teamId, channelId: channel, direct: true });
      if (!access.ok) return logRefusal(svc, access.reason, channel);
      // A thread started here: its whole history is in the bot's state (nothing to read back later).
      await svc.state.seed(conversationKey(channel, threadTs), []);
      await attempt(svc, "save thread context", () => saveThreadContext());
      const welcome = renderWelcome(svc.guide);
      await postMessage(svc, client, { channel, threadTs }, { text: welcome, blocks: [{ type: "section", text: { type: "mrkdwn", text: welcome } }] });
      await attempt(svc, "assistant.threads.setSuggestedPrompts", () => setSuggestedPrompts({ title: "Try asking", prompts: suggestedPrompts(svc.guide) }));
    },
    threadContextChanged: async ({ saveThreadContext }) => {
      await attempt(svc, "save thread context", () => saveThreadContext());
    },
    userMessage: async ({ payload, body, context, client, setStatus, setTitle }) => {
      const m = payload as { channel?: string; thread_ts?: string; ts?: string; text?: string; blocks?: unknown[]; user?: string };
      if (!m.channel || !m.thread_ts || !m.ts || !m.user) return;
      if (!(await claimMessage(svc, body, m.channel, m.ts))) return;
      const access = checkAccess(svc.access, { teamId: context.teamId, channelId: m.channel, direct: true });
      if (!access.ok) return logRefusal(svc, access.reason, m.channel);
      const question = slackToPlain(messageText(m), svc.bot.userId);
      if (!question) return;
      const conversation = conversationKey(m.channel, m.thread_ts);
      if (!(await svc.state.knows(conversation))) {
        // Started before a restart: read the earlier questions back from Slack.
        await rebuildThread(svc, client, { channel: m.channel, threadTs: m.thread_ts, beforeTs: m.ts, conversation, include: "all" });
      }
      if (!(await svc.state.history(conversation)).length) await attempt(svc, "assistant.threads.setTitle", () => setTitle(clip(question, 60)));
      // Posting the reply clears the status; the work runner clears it when nothing could be posted.
      await attempt(svc, "assistant.threads.setStatus", () => setStatus("is looking through the papers…"));
      await submitQuestion(svc, body, { question, conversation, reply: { via: "chat", channel: m.channel, threadTs: m.thread_ts, placeholder: false, assistantThread: true }, user: m.user, ...(context.teamId ? { teamId: context.teamId } : {}) });
    },
  });
}
