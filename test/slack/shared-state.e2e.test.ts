/**
 * Two bot processes (`npm start` each) sharing one PostgreSQL store (PGlite over pglite-socket on
 * 127.0.0.1) for their state and the index, as several instances behind a load balancer run: Slack's
 * deliveries and re-deliveries of an event reach either instance, and each mention is answered once
 * between them, from the index published to the database (neither has an index folder).
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendTo, startBotProcess, waitUntil, type BotProcess } from "./helpers/bot-process.js";
import { FakeSlack } from "./helpers/fake-slack.js";
import { answersIn, BOT_TOKEN, mention, openTestAssistant, uniqueEventId, type TestAssistant } from "./helpers/harness.js";
import { startPostgres, type TestPostgres } from "../helpers/pglite.js";
import { currentBuildDir } from "../../src/index/build.js";
import { publishBuild } from "../../src/index/postgres/publish.js";
import { existsSync } from "node:fs";

let t: TestAssistant;
let fake: FakeSlack;
let pg: TestPostgres;
let bots: BotProcess[] = [];

beforeAll(async () => {
  t = await openTestAssistant();
  fake = await new FakeSlack().start();
  fake.validToken = BOT_TOKEN;
  pg = await startPostgres();
  await publishBuild(currentBuildDir(join(t.dir, "index"))!, pg.url);
  const env = { DATABASE_URL: pg.url, INDEX_DATABASE_URL: pg.url, INDEX_DIR: join(t.dir, "no-index-here"), SLACK_ANSWER_WORKERS: "1", SLACK_STATE_DB: join(t.dir, "unused.sqlite") };
  bots = await Promise.all([0, 1].map(() => startBotProcess({ apiUrl: fake.apiUrl, dir: t.dir, corpusDir: t.corpusDir, env })));
}, 120_000);

afterAll(async () => {
  for (const b of bots) b.signal("SIGTERM");
  await Promise.all(bots.map((b) => b.exited));
  await pg?.stop();
  await fake?.stop();
  t?.cleanup();
});

describe("two bot processes on one PostgreSQL", () => {
  it("answer each mention once between them, whichever gets each delivery", { timeout: 90_000 }, async () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ ev: mention(i % 2 ? "Which targets were Red in March 2019?" : "Who chairs the Improvement and Innovation Board?", { channel: "C_SHARED" }), id: uniqueEventId() }));
    // Every event delivered to both instances at once (a retry racing the first delivery).
    const acks = await Promise.all(events.flatMap((e) => bots.map((b, n) => sendTo(b.url, e.ev, e.id, n))));
    expect(acks.every((a) => a.status === 200)).toBe(true);
    const threads = events.map((e) => e.ev.ts as string);
    const once = () => threads.every((ts) => {
      const { all, answers } = answersIn(fake, "C_SHARED", ts);
      return all.length === 1 && answers.length === 1;
    });
    expect(await waitUntil(once, 60_000), bots.map((b) => b.output()).join("\n---\n")).toBe(true);
    // Nothing more arrives later.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(once()).toBe(true);
    // Each event was recorded by one instance and acknowledged and dropped by the other: 12 repeats in all.
    const repeats = bots.map((b) => b.output().split("\n").filter((l) => l.includes("ignoring a repeated request")).length);
    expect(repeats[0]! + repeats[1]!).toBe(events.length);
    // Answered from the database's index: the Red targets (1.2 and 7.1), and no index folder was built.
    const red = answersIn(fake, "C_SHARED", threads[1]).answers[0]!;
    expect(JSON.stringify(red)).toMatch(/1\.2[\s\S]*7\.1/);
    expect(existsSync(join(t.dir, "no-index-here"))).toBe(false);
  });
});
