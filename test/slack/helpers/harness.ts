/**
 * Test harness: a real index built into a temp folder, the real bot started on 127.0.0.1 (HTTP mode) with
 * SLACK_API_URL pointing at the fake Web API, and signed requests like the ones Slack sends.
 */
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LogLevel } from "@slack/bolt";
import { loadConfig, type Config } from "../../../src/config.js";
import { openAssistant, type Assistant } from "../../../src/assistant.js";
import { startSlackApp, type RunningSlackApp, type SlackAppDeps } from "../../../src/slack/app.js";
import { MemoryLogger } from "../../../src/slack/log.js";
import { FakeSlack, type FakeMessage } from "./fake-slack.js";

export const SIGNING_SECRET = "test-signing-secret-4f1c2a9e";
export const BOT_TOKEN = "xoxb-test-token";
export const TEAM = "T_TEST";
export const REPO_CORPUS = join(import.meta.dirname, "..", "..", "..", "corpora", "lga");

export interface TestAssistant {
  assistant: Assistant;
  dir: string;
  corpusDir: string;
  cleanup(): void;
}

/** The real engine over a corpus, its index built into a fresh temp folder. */
export async function openTestAssistant(corpusDir = REPO_CORPUS): Promise<TestAssistant> {
  const dir = mkdtempSync(join(tmpdir(), "lga-slack-"));
  const config = loadConfig({ CORPUS_DIR: corpusDir, INDEX_DIR: join(dir, "index") });
  const assistant = await openAssistant(config);
  return {
    assistant,
    dir,
    corpusDir,
    cleanup: () => {
      assistant.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestBot {
  fake: FakeSlack;
  running: RunningSlackApp;
  config: Config;
  logger: MemoryLogger;
  /** http://127.0.0.1:PORT/slack/events */
  url: string;
  stop(): Promise<void>;
}

export async function startTestBot(t: TestAssistant, env: Record<string, string> = {}, fake?: FakeSlack, deps: Partial<SlackAppDeps> = {}): Promise<TestBot> {
  const f = fake ?? (await new FakeSlack().start());
  f.validToken = BOT_TOKEN;
  const config = loadConfig({
    CORPUS_DIR: t.corpusDir,
    INDEX_DIR: join(t.dir, "index"),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: f.apiUrl,
    FEEDBACK_LOG: join(t.dir, "feedback", "feedback.jsonl"),
    ...env,
  });
  const logger = new MemoryLogger(LogLevel.DEBUG);
  const running = await startSlackApp(config, { engine: t.assistant.engine, logger, host: "127.0.0.1", port: 0, ...deps });
  return {
    fake: f,
    running,
    config,
    logger,
    url: `http://127.0.0.1:${running.port}/slack/events`,
    stop: async () => {
      await running.stop();
      if (!fake) await f.stop();
    },
  };
}

// -------------------------------------------------------------------------------------------------------
// Signed requests

export function signatureHeaders(body: string, secret = SIGNING_SECRET, ts = Math.floor(Date.now() / 1000)): Record<string, string> {
  const sig = `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
  return { "x-slack-signature": sig, "x-slack-request-timestamp": String(ts) };
}

export interface Sent {
  status: number;
  text: string;
  ms: number;
}

export async function postSigned(url: string, body: string, contentType: string, headers: Record<string, string> = {}, secret = SIGNING_SECRET): Promise<Sent> {
  const started = performance.now();
  const r = await fetch(url, { method: "POST", headers: { "content-type": contentType, ...signatureHeaders(body, secret), ...headers }, body });
  const text = await r.text();
  return { status: r.status, text, ms: performance.now() - started };
}

let seq = 0;
export function uniqueTs(): string {
  seq++;
  return `1700000000.${String(seq).padStart(6, "0")}`;
}
export function uniqueEventId(): string {
  seq++;
  return `Ev${Date.now().toString(36).toUpperCase()}${seq}`;
}

export function envelope(event: Record<string, unknown>, eventId = uniqueEventId(), team = TEAM): Record<string, unknown> {
  return {
    token: "verification-token-unused",
    team_id: team,
    api_app_id: "A_TEST",
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: team, user_id: "U_BOT", is_bot: true, enterprise_id: null, is_enterprise_install: false }],
  };
}

export function sendEvent(bot: TestBot, event: Record<string, unknown>, opts: { eventId?: string; retryNum?: number; secret?: string; team?: string } = {}): Promise<Sent> {
  const body = JSON.stringify(envelope(event, opts.eventId, opts.team));
  const headers: Record<string, string> = opts.retryNum ? { "x-slack-retry-num": String(opts.retryNum), "x-slack-retry-reason": "http_timeout" } : {};
  return postSigned(bot.url, body, "application/json", headers, opts.secret);
}

/** An app_mention in a channel (top level unless threadTs), and its ts. */
export function mention(text: string, opts: { channel?: string; user?: string; ts?: string; threadTs?: string } = {}): Record<string, unknown> {
  const ts = opts.ts ?? uniqueTs();
  return {
    type: "app_mention",
    user: opts.user ?? "U_ALICE",
    text: `<@U_BOT> ${text}`,
    ts,
    channel: opts.channel ?? "C_GENERAL",
    event_ts: ts,
    ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
  };
}

export function message(text: string, opts: { channel?: string; channelType?: string; user?: string; ts?: string; threadTs?: string; botId?: string; subtype?: string } = {}): Record<string, unknown> {
  const ts = opts.ts ?? uniqueTs();
  return {
    type: "message",
    ...(opts.subtype ? { subtype: opts.subtype } : {}),
    user: opts.user ?? "U_ALICE",
    text,
    ts,
    channel: opts.channel ?? "D_ALICE",
    channel_type: opts.channelType ?? "im",
    event_ts: ts,
    ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
    ...(opts.botId ? { bot_id: opts.botId } : {}),
  };
}

export function sendCommand(bot: TestBot, fields: Record<string, string>): Promise<Sent> {
  const body = new URLSearchParams({
    token: "verification-token-unused",
    team_id: TEAM,
    team_domain: "lga-test",
    channel_id: "C_GENERAL",
    channel_name: "general",
    user_id: "U_ALICE",
    user_name: "alice",
    command: "/lga",
    text: "",
    api_app_id: "A_TEST",
    trigger_id: `trigger.${uniqueTs()}`,
    response_url: bot.fake.responseUrl("command"),
    ...fields,
  }).toString();
  return postSigned(bot.url, body, "application/x-www-form-urlencoded");
}

export function sendAction(bot: TestBot, payload: Record<string, unknown>): Promise<Sent> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSigned(bot.url, body, "application/x-www-form-urlencoded");
}

export function buttonClick(opts: { actionId: string; value: string; responseUrl: string; channel?: string; user?: string; ephemeral?: boolean; messageText?: string }): Record<string, unknown> {
  return {
    type: "block_actions",
    team: { id: TEAM, domain: "lga-test" },
    user: { id: opts.user ?? "U_ALICE", username: "alice", team_id: TEAM },
    api_app_id: "A_TEST",
    token: "verification-token-unused",
    container: { type: "message", channel_id: opts.channel ?? "C_GENERAL", is_ephemeral: opts.ephemeral ?? false },
    trigger_id: "trigger.2",
    channel: { id: opts.channel ?? "C_GENERAL", name: "general" },
    response_url: opts.responseUrl,
    ...(opts.messageText !== undefined ? { message: { type: "message", text: opts.messageText, ts: "1800000000.000001" } } : {}),
    actions: [{ type: "button", action_id: opts.actionId, block_id: "lga_answer_actions", value: opts.value, action_ts: String(Date.now() / 1000) }],
  };
}

// -------------------------------------------------------------------------------------------------------
// Reading what the bot posted

type Block = { type: string; block_id?: string; text?: { text?: string }; elements?: Array<{ text?: string | { text?: string }; action_id?: string; value?: string }> };

/** Every mrkdwn/plain text in the blocks, in order. */
export function blockTexts(blocks: unknown[]): string[] {
  const out: string[] = [];
  for (const b of blocks as Block[]) {
    if (b.text?.text) out.push(b.text.text);
    for (const e of b.elements ?? []) {
      if (typeof e.text === "string") out.push(e.text);
      else if (e.text?.text) out.push(e.text.text);
    }
  }
  return out;
}

export function sectionTexts(blocks: unknown[]): string[] {
  return (blocks as Block[]).filter((b) => b.type === "section").map((b) => b.text?.text ?? "");
}

export function isAnswer(m: { blocks: unknown[] }): boolean {
  return (m.blocks as Block[]).some((b) => b.block_id === "lga_answer_actions");
}

export function buttonValue(blocks: unknown[], actionId: string): string | undefined {
  for (const b of blocks as Block[]) for (const e of b.elements ?? []) if (e.action_id === actionId) return e.value;
  return undefined;
}

/** Answers in a thread (final state, after chat.update), and everything posted there. */
export function answersIn(fake: FakeSlack, channel: string, threadTs?: string): { answers: FakeMessage[]; all: FakeMessage[] } {
  const all = fake.thread(channel, threadTs);
  return { answers: all.filter(isAnswer), all };
}
