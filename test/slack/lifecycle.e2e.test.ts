/**
 * The bot as it runs in production: `npm start` in its own process group, talking to a fake Slack Web API
 * on 127.0.0.1. A process manager's SIGTERM to the group lets every acknowledged answer finish; a kill -9
 * between the ack and the delivery loses nothing: the next start delivers each answer exactly once, and
 * events Slack re-delivers after the restart are not answered again.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "./helpers/fake-slack.js";
import { startBotProcess, sendTo, waitUntil, type BotProcess } from "./helpers/bot-process.js";
import { answersIn, BOT_TOKEN, mention, openTestAssistant, uniqueEventId, type TestAssistant } from "./helpers/harness.js";

let t: TestAssistant;
let fake: FakeSlack;

beforeAll(async () => {
  t = await openTestAssistant(); // builds the index the bot processes open
  fake = await new FakeSlack().start();
  fake.validToken = BOT_TOKEN;
});

afterAll(async () => {
  await fake?.stop();
  t?.cleanup();
});

function startBot(env: Record<string, string> = {}): Promise<BotProcess> {
  return startBotProcess({ apiUrl: fake.apiUrl, dir: t.dir, corpusDir: t.corpusDir, env: { SLACK_ANSWER_WORKERS: "1", SLACK_STOP_GRACE_MS: "60000", ...env } });
}

const send = sendTo;

/** Each thread holds exactly one message, and it is the answer. */
function answeredOnce(channel: string, threads: string[]): boolean {
  return threads.every((ts) => {
    const { answers, all } = answersIn(fake, channel, ts);
    return all.length === 1 && answers.length === 1;
  });
}

describe("npm start under a process manager", () => {
  it("SIGTERM to the process group with 30 answers in flight: all delivered, exit 0", { timeout: 120_000 }, async () => {
    const bot = await startBot({ SLACK_STATE_DB: join(t.dir, "state-term.sqlite") });
    const events = Array.from({ length: 30 }, () => mention("Which targets were Red in March 2019?", { channel: "C_TERM" }));
    const acks = await Promise.all(events.map((ev) => send(bot.url, ev, uniqueEventId())));
    expect(acks.every((a) => a.status === 200)).toBe(true);
    const threads = events.map((ev) => ev.ts as string);
    expect(answeredOnce("C_TERM", threads)).toBe(false); // still in flight when the signal comes
    bot.signal("SIGTERM");
    const { code } = await bot.exited;
    expect(code, bot.output()).toBe(0);
    expect(answeredOnce("C_TERM", threads), bot.output()).toBe(true);
  });

  it("kill -9 between ack and delivery, then a restart: each answered exactly once; re-deliveries ignored", { timeout: 150_000 }, async () => {
    const env = { SLACK_STATE_DB: join(t.dir, "state-kill.sqlite") };
    const first = await startBot(env);
    // Three answered before the crash.
    const early = Array.from({ length: 3 }, () => ({ ev: mention("Who chairs the Improvement and Innovation Board?", { channel: "C_KILL" }), id: uniqueEventId() }));
    for (const e of early) expect((await send(first.url, e.ev, e.id)).status).toBe(200);
    expect(await waitUntil(() => answeredOnce("C_KILL", early.map((e) => e.ev.ts as string)), 30_000)).toBe(true);

    // Ten acknowledged while Slack refuses every call: none can be delivered before the crash.
    fake.outage(600_000);
    const late = Array.from({ length: 10 }, () => ({ ev: mention("Which targets were Red in March 2019?", { channel: "C_KILL" }), id: uniqueEventId() }));
    const acks = await Promise.all(late.map((e) => send(first.url, e.ev, e.id)));
    expect(acks.every((a) => a.status === 200)).toBe(true);
    await waitUntil(() => fake.failed.filter((c) => c.method === "chat.postMessage").length >= 10, 20_000);
    first.signal("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    fake.endOutage();
    const lateThreads = late.map((e) => e.ev.ts as string);
    expect(lateThreads.some((ts) => answersIn(fake, "C_KILL", ts).answers.length > 0)).toBe(false);

    const second = await startBot(env);
    try {
      expect(await waitUntil(() => answeredOnce("C_KILL", lateThreads), 60_000), second.output()).toBe(true);
      // Slack re-delivers events from before the crash: answered already, so not again.
      const before = fake.calls.filter((c) => c.method.startsWith("chat.")).length;
      for (const e of [...early, ...late.slice(0, 3)]) expect((await send(second.url, e.ev, e.id, 1)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(fake.calls.filter((c) => c.method.startsWith("chat.")).length).toBe(before);
      expect(answeredOnce("C_KILL", [...early.map((e) => e.ev.ts as string), ...lateThreads])).toBe(true);
    } finally {
      second.signal("SIGTERM");
      expect((await second.exited).code).toBe(0);
    }
  });
});
