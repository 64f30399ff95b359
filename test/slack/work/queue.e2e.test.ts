/**
 * Back-pressure and the smaller guarantees, with the real bot on 127.0.0.1 and an engine slowed down so
 * questions queue: a "busy" placeholder when many wait, a polite decline past the queue limit, /healthz
 * reporting the queue, a request body over the limit refused before it is read whole, and the settings
 * (HOST, state file beside the index) parsed as documented.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import type { SlackEngine } from "../../../src/slack/answering.js";
import { BUSY_PLACEHOLDER_TEXT } from "../../../src/slack/blocks.js";
import { answersIn, isAnswer, mention, openTestAssistant, postSigned, sendEvent, startTestBot, type TestAssistant } from "../helpers/harness.js";

let t: TestAssistant;
let slow: SlackEngine;

beforeAll(async () => {
  t = await openTestAssistant();
  const engine = t.assistant.engine;
  slow = {
    ask: async (question, opts) => {
      await new Promise((r) => setTimeout(r, 300));
      return engine.ask(question, opts);
    },
    coverage: () => engine.coverage(),
    documents: engine.documents,
    parse: (question, history) => engine.parse(question, history),
  };
});

afterAll(() => t?.cleanup());

const QUESTION = "Which targets were Red in March 2019?";

describe("the queue", () => {
  it("says it is busy when many questions wait, answers every one, and /healthz reports the queue", async () => {
    const bot = await startTestBot(t, { SLACK_BUSY_AT: "2" }, undefined, { engine: slow });
    try {
      const events = Array.from({ length: 4 }, () => mention(QUESTION, { channel: "C_BUSY" }));
      for (const ev of events) expect((await sendEvent(bot, ev)).status).toBe(200);
      const health = (await (await fetch(`http://127.0.0.1:${bot.running.port}/healthz`)).json()) as { ok: boolean; queue: number };
      expect(health.ok).toBe(true);
      expect(health.queue).toBeGreaterThanOrEqual(2);
      expect(await bot.running.whenIdle(30_000)).toBe(true);
      const placeholders = bot.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === "C_BUSY");
      expect(placeholders.map((c) => c.args.text)).toEqual(expect.arrayContaining([BUSY_PLACEHOLDER_TEXT]));
      expect(placeholders[0]!.args.text).not.toBe(BUSY_PLACEHOLDER_TEXT);
      for (const ev of events) {
        const { all, answers } = answersIn(bot.fake, "C_BUSY", ev.ts as string);
        expect([all.length, answers.length]).toEqual([1, 1]);
      }
      const after = (await (await fetch(`http://127.0.0.1:${bot.running.port}/healthz`)).json()) as { queue: number };
      expect(after.queue).toBe(0);
    } finally {
      await bot.stop();
    }
  });

  it("declines politely past the queue limit instead of queueing without end", async () => {
    const bot = await startTestBot(t, { SLACK_QUEUE_LIMIT: "2" }, undefined, { engine: slow });
    try {
      const events = Array.from({ length: 4 }, () => mention(QUESTION, { channel: "C_FULL" }));
      for (const ev of events) await sendEvent(bot, ev);
      expect(await bot.running.whenIdle(30_000)).toBe(true);
      const threads = events.map((ev) => answersIn(bot.fake, "C_FULL", ev.ts as string).all);
      expect(threads.map((m) => m.length)).toEqual([1, 1, 1, 1]);
      expect(threads.slice(0, 2).every((m) => isAnswer(m[0]!))).toBe(true);
      for (const m of threads.slice(2)) {
        expect(isAnswer(m[0]!)).toBe(false);
        expect(m[0]!.text).toMatch(/too many questions waiting/);
      }
      expect(bot.logger.lines.some((l) => /declined a question: 2 are waiting/.test(l))).toBe(true);
    } finally {
      await bot.stop();
    }
  });
});

describe("limits and settings", () => {
  it("refuses a body over SLACK_BODY_LIMIT_BYTES with 413, declared or streamed, and goes on answering", async () => {
    const bot = await startTestBot(t, { SLACK_BODY_LIMIT_BYTES: "4096" });
    try {
      const big = JSON.stringify({ type: "event_callback", event_id: "EvBIG", event: { type: "app_mention", text: "x".repeat(10_000) } });
      expect((await postSigned(bot.url, big, "application/json")).status).toBe(413);
      // No Content-Length: the limit is enforced while reading.
      const chunks = (async function* () {
        for (let i = 0; i < 100; i++) yield new TextEncoder().encode("x".repeat(1024));
      })();
      const r = await fetch(bot.url, { method: "POST", headers: { "content-type": "application/json" }, body: chunks as unknown as BodyInit, duplex: "half" } as RequestInit);
      expect(r.status).toBe(413);
      expect(bot.running.app).toBeDefined();
      const ev = mention(QUESTION, { channel: "C_AFTER" });
      await sendEvent(bot, ev);
      expect(await bot.running.whenIdle(20_000)).toBe(true);
      expect(answersIn(bot.fake, "C_AFTER", ev.ts as string).answers).toHaveLength(1);
    } finally {
      await bot.stop();
    }
  });

  it("parses HOST, the state file beside the index, and the queue and delivery settings", () => {
    const c = loadConfig({ INDEX_DIR: "/srv/lga/index", HOST: "127.0.0.1", SLACK_ANSWER_WORKERS: "3", SLACK_DELIVERY_BUDGET_MS: "60000", SLACK_STOP_GRACE_MS: "5000" });
    expect(c.slack.host).toBe("127.0.0.1");
    expect(c.slack.stateDb).toBe(join("/srv/lga", "lga-bot-state.sqlite"));
    expect(c.slack.answerWorkers).toBe(3);
    expect(c.slack.deliveryBudgetMs).toBe(60_000);
    expect(c.slack.stopGraceMs).toBe(5_000);
    const d = loadConfig({ SLACK_ANSWER_WORKERS: "" });
    expect(d.slack.host).toBeUndefined();
    expect(d.slack.answerWorkers).toBeGreaterThanOrEqual(1);
    expect(d.slack.deliveryBudgetMs).toBe(15 * 60 * 1000);
    expect(() => loadConfig({ SLACK_QUEUE_LIMIT: "0" })).toThrow(/SLACK_QUEUE_LIMIT/);
  });
});
