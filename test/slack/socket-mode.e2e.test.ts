/**
 * Socket Mode (SLACK_APP_TOKEN set): the bot opens a WebSocket to the fake Slack, acknowledges envelopes
 * at once over it, and answers through the Web API as in HTTP mode.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "./helpers/fake-slack.js";
import { answersIn, blockTexts, envelope, mention, openTestAssistant, startTestBot, TEAM, type TestAssistant, type TestBot } from "./helpers/harness.js";

const APP_TOKEN = "xapp-test-app-token";
let t: TestAssistant;
let fake: FakeSlack;
let bot: TestBot;

beforeAll(async () => {
  t = await openTestAssistant();
  fake = await new FakeSlack().start();
  fake.enableSocketMode(APP_TOKEN);
  bot = await startTestBot(t, { SLACK_APP_TOKEN: APP_TOKEN }, fake);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  t?.cleanup();
});

describe("Socket Mode", () => {
  it("connects over a WebSocket instead of listening on a port", async () => {
    expect(bot.running.mode).toBe("socket");
    expect(bot.running.port).toBeUndefined();
    await fake.socket!.whenConnected();
    expect(fake.callsOf("apps.connections.open")).toHaveLength(1);
  });

  it("acks a mention at once and answers it in the thread; a redelivery is answered once", async () => {
    const ev = mention("Which targets were Red in March 2019?");
    const body = envelope(ev, "EvSOCKET1");
    const sentAt = Date.now();
    const id = fake.socket!.send("events_api", body);
    fake.socket!.send("events_api", body, { retryAttempt: 1 });
    await fake.waitFor(() => fake.socket!.acks.find((a) => a.envelope_id === id), 3000, "the envelope's ack");
    expect(fake.socket!.acks.find((a) => a.envelope_id === id)!.at - sentAt).toBeLessThan(3000);
    await fake.waitFor(() => answersIn(fake, "C_GENERAL", ev.ts as string).answers.length === 1, 10_000, "the answer");
    await bot.running.whenIdle();
    const { answers, all } = answersIn(fake, "C_GENERAL", ev.ts as string);
    expect(all).toHaveLength(1);
    expect(blockTexts(answers[0]!.blocks).join("\n")).toContain("target 7.1");
  });

  it("acks /lga with its progress line in the envelope's response payload", async () => {
    const id = fake.socket!.send("slash_commands", {
      command: "/lga",
      text: "Which targets were Red in March 2019?",
      team_id: TEAM,
      channel_id: "C_GENERAL",
      channel_name: "general",
      user_id: "U_ALICE",
      user_name: "alice",
      api_app_id: "A_TEST",
      trigger_id: "t.1",
      response_url: fake.responseUrl("socket-cmd"),
    });
    const ack = await fake.waitFor(() => fake.socket!.acks.find((a) => a.envelope_id === id), 3000, "the command's ack");
    expect(ack.payload).toMatchObject({ response_type: "ephemeral" });
    await fake.waitFor(() => fake.responses.find((r) => r.id === "socket-cmd"), 10_000, "the private answer");
    expect(blockTexts(fake.responses.find((r) => r.id === "socket-cmd")!.body.blocks as unknown[]).join("\n")).toContain("target 7.1");
  });
});
