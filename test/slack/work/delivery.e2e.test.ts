/**
 * Delivery that loses nothing and doubles nothing, against a fake Slack Web API on 127.0.0.1 that fails on
 * demand: a write Slack applied and then answered 500, a response slower than the client's timeout, a long
 * outage, an outage past the delivery budget, and a re-delivered event after a restart.
 */
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteBotState } from "../../../src/slack/state/sqlite.js";
import { METADATA_EVENT } from "../../../src/slack/work/delivery.js";
import { FakeSlack } from "../helpers/fake-slack.js";
import { answersIn, BOT_TOKEN, mention, openTestAssistant, sendEvent, startTestBot, uniqueEventId, type TestAssistant, type TestBot } from "../helpers/harness.js";

let t: TestAssistant;
let fake: FakeSlack;

beforeAll(async () => {
  t = await openTestAssistant();
  fake = await new FakeSlack().start();
  fake.validToken = BOT_TOKEN;
});

afterAll(async () => {
  await fake?.stop();
  t?.cleanup();
});

const QUESTION = "Which targets were Red in March 2019?";

async function withBot<T>(env: Record<string, string>, deps: Parameters<typeof startTestBot>[3], run: (bot: TestBot) => Promise<T>): Promise<T> {
  const bot = await startTestBot(t, env, fake, deps);
  try {
    return await run(bot);
  } finally {
    await bot.stop();
  }
}

/** The thread's messages: exactly one, and it is the answer (no placeholder left, nothing doubled). */
function expectOneAnswer(channel: string, threadTs: string): void {
  const { answers, all } = answersIn(fake, channel, threadTs);
  expect(all.map((m) => m.text.slice(0, 40))).toHaveLength(1);
  expect(answers).toHaveLength(1);
  expect(answers[0]!.text).toMatch(/Red/);
}

describe("idempotent delivery", () => {
  it("a chat.update that Slack applied but answered 500 leaves one message, the answer", async () => {
    await withBot({}, { maxBackoffMs: 300 }, async (bot) => {
      fake.failNext("chat.update", { apply: true });
      const ev = mention(QUESTION, { channel: "C_UPD" });
      expect((await sendEvent(bot, ev)).status).toBe(200);
      expect(await bot.running.whenIdle(20_000)).toBe(true);
      expectOneAnswer("C_UPD", ev.ts as string);
      expect(fake.failed.filter((c) => c.method === "chat.update" && c.args.channel === "C_UPD")).toHaveLength(1);
    });
  });

  it("a chat.postMessage that Slack applied but answered 500 is found by its metadata, not posted again", async () => {
    await withBot({}, { maxBackoffMs: 300 }, async (bot) => {
      fake.failNext("chat.postMessage", { apply: true });
      const ev = mention(QUESTION, { channel: "C_POST" });
      await sendEvent(bot, ev);
      expect(await bot.running.whenIdle(20_000)).toBe(true);
      expectOneAnswer("C_POST", ev.ts as string);
      expect(fake.callsOf("conversations.replies").some((c) => c.args.channel === "C_POST")).toBe(true);
    });
  });

  it("a post slower than the client's timeout is posted once", async () => {
    await withBot({}, { maxBackoffMs: 300, deliveryTimeoutMs: 400 }, async (bot) => {
      fake.failNext("chat.postMessage", { delayMs: 1_200 });
      const ev = mention(QUESTION, { channel: "C_SLOW" });
      await sendEvent(bot, ev);
      expect(await bot.running.whenIdle(20_000)).toBe(true);
      await new Promise((r) => setTimeout(r, 1_000)); // let the slow response arrive: nothing more may happen
      expectOneAnswer("C_SLOW", ev.ts as string);
    });
  });

  it("never lets an answer overtake its own slow placeholder", async () => {
    await withBot({}, { maxBackoffMs: 300 }, async (bot) => {
      fake.failNext("chat.postMessage", { delayMs: 800 });
      const a = mention(QUESTION, { channel: "C_RACE" });
      const b = mention(QUESTION, { channel: "C_RACE" });
      await sendEvent(bot, a);
      await sendEvent(bot, b);
      expect(await bot.running.whenIdle(20_000)).toBe(true);
      expectOneAnswer("C_RACE", a.ts as string);
      expectOneAnswer("C_RACE", b.ts as string);
    });
  });

  it("replaces the placeholder with an apology when Slack refuses the answer outright (not retried)", async () => {
    await withBot({}, { maxBackoffMs: 300 }, async (bot) => {
      fake.failNext("chat.update", { status: 400 });
      const ev = mention(QUESTION, { channel: "C_REFUSED" });
      await sendEvent(bot, ev);
      expect(await bot.running.whenIdle(20_000)).toBe(true);
      const { all } = answersIn(fake, "C_REFUSED", ev.ts as string);
      expect(all).toHaveLength(1);
      expect(all[0]!.text).toMatch(/something went wrong/);
      expect(bot.logger.lines.some((l) => /could not deliver the answer for .*HTTP 400 \(not retried\)/.test(l))).toBe(true);
    });
  });

  it("answers a request it acknowledged but could not record", async () => {
    const state = new SqliteBotState(join(t.dir, "flaky-state.sqlite"));
    let failures = 1;
    const flaky = Object.assign(Object.create(state) as SqliteBotState, {
      receive: async (key: string, body: unknown) => {
        if (body !== null && failures-- > 0) throw new Error("database is locked");
        return state.receive(key, body);
      },
    });
    try {
      await withBot({}, { state: flaky }, async (bot) => {
        const ev = mention(QUESTION, { channel: "C_NOREC" });
        expect((await sendEvent(bot, ev)).status).toBe(200);
        expect(await bot.running.whenIdle(20_000)).toBe(true);
        expectOneAnswer("C_NOREC", ev.ts as string);
        expect(bot.logger.lines.some((l) => /could not record .* \(answering it anyway\): database is locked/.test(l))).toBe(true);
      });
    } finally {
      await state.close();
    }
  });

  it("answers once after 75 s of Slack 500s", { timeout: 150_000 }, async () => {
    await withBot({}, {}, async (bot) => {
      fake.outage(75_000);
      const ev = mention(QUESTION, { channel: "C_OUTAGE" });
      const r = await sendEvent(bot, ev);
      expect(r.status).toBe(200);
      await new Promise((res) => setTimeout(res, 40_000));
      expect(answersIn(fake, "C_OUTAGE", ev.ts as string).all).toHaveLength(0); // still down, still trying
      expect(bot.running.work.retrying).toBe(1);
      expect(await bot.running.whenIdle(100_000)).toBe(true);
      expectOneAnswer("C_OUTAGE", ev.ts as string);
      expect(fake.failed.filter((c) => c.method === "chat.postMessage" && c.args.channel === "C_OUTAGE").length).toBeGreaterThan(3);
    });
  });

  it("tells the user, once Slack answers, when an outage outlasts the delivery budget", { timeout: 60_000 }, async () => {
    await withBot({ SLACK_DELIVERY_BUDGET_MS: "2000" }, { maxBackoffMs: 500 }, async (bot) => {
      fake.outage(5_000);
      const ev = mention(QUESTION, { channel: "C_GIVEUP" });
      await sendEvent(bot, ev);
      expect(await bot.running.whenIdle(30_000)).toBe(true);
      const { all, answers } = answersIn(fake, "C_GIVEUP", ev.ts as string);
      expect(answers).toHaveLength(0);
      expect(all).toHaveLength(1);
      expect(all[0]!.text).toMatch(/couldn't deliver my answer to _Which targets were Red in March 2019\?_/);
      expect(bot.logger.lines.some((l) => /gave up delivering the answer/.test(l))).toBe(true);
    });
  });
});

describe("across restarts", () => {
  it("does not answer again an event Slack re-delivers after a restart", async () => {
    const ev = mention(QUESTION, { channel: "C_AGAIN" });
    const eventId = uniqueEventId();
    await withBot({}, {}, async (bot) => {
      await sendEvent(bot, ev, { eventId });
      expect(await bot.running.whenIdle(20_000)).toBe(true);
    });
    expectOneAnswer("C_AGAIN", ev.ts as string);
    const before = fake.calls.length;
    await withBot({}, {}, async (bot) => {
      expect((await sendEvent(bot, ev, { eventId, retryNum: 1 })).status).toBe(200);
      expect(await bot.running.whenIdle(20_000)).toBe(true);
      expect(bot.logger.lines.some((l) => l.includes(`ignoring a repeated request ev:${eventId}`))).toBe(true);
    });
    expect(fake.calls.slice(before).filter((c) => c.args.channel === "C_AGAIN")).toHaveLength(0);
    expectOneAnswer("C_AGAIN", ev.ts as string);
  });

  it("finishes work an earlier process left after posting its placeholder, updating that placeholder", async () => {
    // As a process killed between posting the placeholder and recording its ts would leave things.
    const channel = "C_CRASHED";
    const threadTs = "1700000099.000001";
    const key = `ev:${uniqueEventId()}`;
    const state = new SqliteBotState(join(t.dir, "lga-bot-state.sqlite"));
    await state.receive(key, null);
    await state.update(key, { status: "queued", job: { question: QUESTION, conversation: `${channel}:${threadTs}`, reply: { via: "chat", channel, threadTs, placeholder: true } } });
    await state.close();
    const posted = await new webApi.WebClient(BOT_TOKEN, { slackApiUrl: fake.apiUrl }).chat.postMessage({
      channel,
      thread_ts: threadTs,
      text: "Looking through the papers…",
      metadata: { event_type: METADATA_EVENT, event_payload: { key, part: 0, kind: "placeholder" } },
    });
    // Reading the thread back fails at first: nothing may be posted until Slack can say what is there.
    fake.failNext("conversations.replies", { times: 2 });
    await withBot({}, { maxBackoffMs: 300 }, async (bot) => {
      expect(await bot.running.whenIdle(20_000)).toBe(true);
      expect(bot.logger.lines.some((l) => /taking up 1 request/.test(l))).toBe(true);
    });
    expectOneAnswer(channel, threadTs);
    expect(answersIn(fake, channel, threadTs).answers[0]!.ts).toBe(posted.ts);
  });

  it("keeps a thread's memory across a restart: a follow-up after it has the context", async () => {
    const first = mention(QUESTION, { channel: "C_MEM" });
    await withBot({}, {}, async (bot) => {
      await sendEvent(bot, first);
      expect(await bot.running.whenIdle(20_000)).toBe(true);
    });
    const calls = fake.calls.length;
    await withBot({}, {}, async (bot) => {
      await sendEvent(bot, mention("and which were Amber?", { channel: "C_MEM", threadTs: first.ts as string }));
      expect(await bot.running.whenIdle(20_000)).toBe(true);
    });
    // Not read back from Slack: the bot remembered the thread.
    expect(fake.calls.slice(calls).some((c) => c.method === "conversations.replies" && c.args.channel === "C_MEM" && !c.args.include_all_metadata)).toBe(false);
    const { answers } = answersIn(fake, "C_MEM", first.ts as string);
    expect(answers).toHaveLength(2);
    expect(answers[1]!.text).toMatch(/Amber/);
    expect(answers[1]!.text).toMatch(/March 2019/);
  });
});
