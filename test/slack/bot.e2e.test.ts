/**
 * The Slack bot end to end over HTTP: the real engine over the bundled corpus, the real Bolt app on
 * 127.0.0.1, a fake Slack Web API recording what the bot sends, requests signed like Slack's.
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIONS, LIMITS } from "../../src/slack/blocks.js";
import { buildGuide } from "../../src/slack/guide.js";
import {
  answersIn,
  blockTexts,
  BOT_TOKEN,
  buttonClick,
  buttonValue,
  isAnswer,
  mention,
  message,
  openTestAssistant,
  postSigned,
  sectionTexts,
  sendAction,
  sendCommand,
  sendEvent,
  SIGNING_SECRET,
  startTestBot,
  uniqueTs,
  type TestAssistant,
  type TestBot,
} from "./helpers/harness.js";

let t: TestAssistant;
let bot: TestBot;

beforeAll(async () => {
  t = await openTestAssistant();
  bot = await startTestBot(t, { SLACK_ALLOWED_CHANNELS: "C_GENERAL,C_THREAD,C_REBUILD,C_RETRY,C_LONG,C_RATE,C_BOTS" });
});

afterAll(async () => {
  await bot?.stop();
  t?.cleanup();
});

const text = (blocks: unknown[]) => blockTexts(blocks).join("\n");

describe("Slack bot over HTTP", () => {
  it("answers a mention in its thread, replacing a placeholder, with cited sources", async () => {
    const ev = mention("Which targets were Red in March 2019?");
    const r = await sendEvent(bot, ev);
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3000);
    await bot.running.whenIdle();

    const placeholder = bot.fake.callsOf("chat.postMessage").find((c) => c.args.thread_ts === ev.ts);
    expect(placeholder?.args.text).toContain("Looking through the papers");
    const { answers, all } = answersIn(bot.fake, "C_GENERAL", ev.ts as string);
    expect(all).toHaveLength(1); // the placeholder became the answer: nothing else in the thread
    expect(answers).toHaveLength(1);
    const a = answers[0]!;
    expect(a.updates).toBe(1);
    const shown = text(a.blocks);
    expect(shown).toMatch(/2 targets were Red/);
    expect(shown).toContain("Sources");
    expect(shown).toContain("LGA Performance Report March 19");
    expect(shown).toContain("target 1.2");
    expect(shown).toContain("target 7.1");
    expect(shown).toContain("1.2 (Red) Reducing the number of councils that have not had a corporate peer challenge");
    // The quote is the verbatim end of the row, status included, so it proves the colour.
    expect(shown).toContain("it was just short of the target of reducing the number to 56. | Red”");
    expect(buttonValue(a.blocks, ACTIONS.feedbackUp)).toBeTruthy();
    expect(a.text).toMatch(/Red/);
  });

  it("answers a mention from a client that sends its words only as rich-text blocks, with curly quotes", async () => {
    const ev: Record<string, unknown> = {
      ...mention(""),
      text: "",
      blocks: [
        {
          type: "rich_text",
          elements: [
            {
              type: "rich_text_section",
              elements: [
                { type: "user", user_id: "U_BOT" },
                { type: "text", text: " who’s the contact officer for the “LG Inform” paper?" },
              ],
            },
          ],
        },
      ],
    };
    await sendEvent(bot, ev);
    await bot.running.whenIdle();
    const { answers } = answersIn(bot.fake, "C_GENERAL", ev.ts as string);
    expect(answers).toHaveLength(1);
    expect(text(answers[0]!.blocks)).toMatch(/Juliet Whitworth/);
  });

  it("answers a direct message in the DM, and a DM follow-up keeps the context", async () => {
    const first = message("Which targets were Red in March 2019?", { channel: "D_ALICE" });
    expect((await sendEvent(bot, first)).status).toBe(200);
    await bot.running.whenIdle();
    let top = answersIn(bot.fake, "D_ALICE").answers;
    expect(top).toHaveLength(1);
    expect(text(top[0]!.blocks)).toContain("7.1");

    await sendEvent(bot, message("and which were Amber?", { channel: "D_ALICE" }));
    await bot.running.whenIdle();
    top = answersIn(bot.fake, "D_ALICE").answers;
    expect(top).toHaveLength(2);
    const amber = text(top[1]!.blocks);
    expect(amber).toMatch(/targets were Amber/);
    expect(amber).toContain("March 2019");
    expect(amber).not.toMatch(/\(Red\)/);
  });

  it("answers an unaddressed follow-up in a thread it answered in, with the thread's context; ignores chatter", async () => {
    const root = mention("Which targets were Red in March 2019?", { channel: "C_THREAD" });
    await sendEvent(bot, root);
    await bot.running.whenIdle();
    const threadTs = root.ts as string;

    await sendEvent(bot, message("thanks, that's useful", { channel: "C_THREAD", channelType: "channel", threadTs, user: "U_BOB" }));
    await bot.running.whenIdle();
    expect(answersIn(bot.fake, "C_THREAD", threadTs).all).toHaveLength(1);

    await sendEvent(bot, message("and which were Amber?", { channel: "C_THREAD", channelType: "channel", threadTs, user: "U_BOB" }));
    await bot.running.whenIdle();
    const { answers } = answersIn(bot.fake, "C_THREAD", threadTs);
    expect(answers).toHaveLength(2);
    const amber = answers[1]!;
    const shown = text(amber.blocks);
    expect(shown).toMatch(/In the March 2019 report, \d+ targets were Amber/);
    expect(shown).toContain("LGA Performance Report March 19");
    expect(shown).not.toContain("Performance report, Q1 2013/14");
    // A top-level message in a channel is not for the bot.
    await sendEvent(bot, message("which were Amber?", { channel: "C_THREAD", channelType: "channel" }));
    await bot.running.whenIdle();
    expect(answersIn(bot.fake, "C_THREAD").all).toHaveLength(0);
  });

  it("rebuilds a thread's context from Slack when mentioned in a thread it has not seen (e.g. after a restart)", async () => {
    const threadTs = uniqueTs();
    bot.fake.threads.set(`C_REBUILD:${threadTs}`, [
      { type: "message", user: "U_ALICE", text: "<@U_BOT> Which targets were Red in March 2019?", ts: threadTs },
      { type: "message", user: "U_BOT", bot_id: "B_BOT", text: "In the March 2019 report, 2 targets were Red", ts: uniqueTs(), thread_ts: threadTs },
    ]);
    const ev = mention("and which were Amber?", { channel: "C_REBUILD", threadTs });
    await sendEvent(bot, ev);
    await bot.running.whenIdle();
    expect(bot.fake.callsOf("conversations.replies").some((c) => c.args.channel === "C_REBUILD" && c.args.ts === threadTs)).toBe(true);
    const { answers } = answersIn(bot.fake, "C_REBUILD", threadTs);
    expect(answers).toHaveLength(1);
    expect(text(answers[0]!.blocks)).toMatch(/March 2019 report, \d+ targets were Amber/);
  });

  it("answers /lga privately with a Share button that posts the answer in the channel", async () => {
    const r = await sendCommand(bot, { text: "Which targets were Red in March 2019?", response_url: bot.fake.responseUrl("cmd-red") });
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3000);
    const ack = JSON.parse(r.text) as { response_type?: string; text?: string };
    expect(ack.response_type).toBe("ephemeral");
    expect(ack.text).toContain("Looking through the papers");
    await bot.running.whenIdle();

    const privateAnswer = bot.fake.responses.find((p) => p.id === "cmd-red");
    expect(privateAnswer?.body.response_type).toBe("ephemeral");
    const blocks = privateAnswer!.body.blocks as unknown[];
    expect(text(blocks)).toContain("Which targets were Red in March 2019?");
    expect(text(blocks)).toContain("target 7.1");
    const share = buttonValue(blocks, ACTIONS.share);
    expect(share).toBeTruthy();
    expect(bot.fake.callsOf("chat.postMessage").some((c) => c.args.channel === "C_GENERAL" && !c.args.thread_ts)).toBe(false);

    const click = await sendAction(bot, buttonClick({ actionId: ACTIONS.share, value: share!, responseUrl: bot.fake.responseUrl("share-red"), ephemeral: true }));
    expect(click.status).toBe(200);
    await bot.running.whenIdle();
    const posts = bot.fake.responses.filter((p) => p.id === "share-red");
    const shared = posts.find((p) => p.body.response_type === "in_channel");
    expect(shared).toBeDefined();
    const sharedText = text(shared!.body.blocks as unknown[]);
    expect(sharedText).toContain("target 7.1");
    expect(sharedText).toContain("Which targets were Red in March 2019?");
    expect(buttonValue(shared!.body.blocks as unknown[], ACTIONS.share)).toBeUndefined(); // nothing left to share
    expect(posts.some((p) => p.body.delete_original === true)).toBe(true); // the private copy goes
  });

  it("explains itself on /lga help and passes /lga brief … through as a briefing request", async () => {
    const help = await sendCommand(bot, { text: "help" });
    const body = JSON.parse(help.text) as { response_type: string; blocks: unknown[] };
    expect(body.response_type).toBe("ephemeral");
    const shown = text(body.blocks);
    expect(shown).toContain("/lga brief");
    expect(shown).toContain("/lga cite");
    expect(shown).toContain("Which targets were Red in March 2019?");

    await sendCommand(bot, { text: "brief Improvement and Innovation Board", response_url: bot.fake.responseUrl("cmd-brief") });
    await bot.running.whenIdle();
    const brief = bot.fake.responses.find((p) => p.id === "cmd-brief");
    const shownBrief = text(brief!.body.blocks as unknown[]);
    expect(shownBrief).toContain("brief me on Improvement and Innovation Board");
    // The briefing is shown in full, part by part: the chair of the latest membership and who changed.
    expect(shownBrief).toContain("Chair: Cllr Peter Fleming OBE");
    expect(shownBrief).toMatch(/Changes since 2017\/18/);
  });

  it("records 👍/👎 feedback (question, answer, user, time) as JSON Lines", async () => {
    const ev = mention("Which targets were Red in March 2019?");
    await sendEvent(bot, ev);
    await bot.running.whenIdle();
    const answer = answersIn(bot.fake, "C_GENERAL", ev.ts as string).answers[0]!;
    const down = buttonValue(answer.blocks, ACTIONS.feedbackDown)!;
    const r = await sendAction(bot, buttonClick({ actionId: ACTIONS.feedbackDown, value: down, responseUrl: bot.fake.responseUrl("fb-1"), user: "U_CAROL", messageText: answer.text }));
    expect(r.status).toBe(200);
    await bot.running.whenIdle();
    const path = bot.config.slack.feedbackLog;
    expect(existsSync(path)).toBe(true);
    const lines = readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const entry = lines.find((l) => l.user === "U_CAROL");
    expect(entry).toMatchObject({ rating: "down", user: "U_CAROL", question: "Which targets were Red in March 2019?", channel: "C_GENERAL" });
    expect(String(entry!.answer)).toMatch(/2 targets were Red/);
    expect(Date.parse(String(entry!.time))).toBeGreaterThan(Date.now() - 60_000);
    const thanks = bot.fake.responses.find((p) => p.id === "fb-1");
    expect(thanks?.body.response_type).toBe("ephemeral");
  });

  it("answers once when Slack retries an event, or delivers the same message twice", async () => {
    const ev = mention("Which targets were Red in March 2019?", { channel: "C_RETRY" });
    const eventId = "EvRETRY0001";
    const first = await sendEvent(bot, ev, { eventId });
    const retry = await sendEvent(bot, ev, { eventId, retryNum: 1 });
    // The same message also arrives as a `message` event (another event id) when the bot reads the channel.
    const asMessage = await sendEvent(bot, message(ev.text as string, { channel: "C_RETRY", channelType: "channel", ts: ev.ts as string, threadTs: ev.ts as string }));
    expect([first.status, retry.status, asMessage.status]).toEqual([200, 200, 200]);
    await bot.running.whenIdle();
    const { answers, all } = answersIn(bot.fake, "C_RETRY", ev.ts as string);
    expect(answers).toHaveLength(1);
    expect(all).toHaveLength(1);
    expect(bot.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === "C_RETRY")).toHaveLength(1);
    expect(bot.logger.lines.some((l) => l.includes("EvRETRY0001") && l.includes("retry 1"))).toBe(true);
  });

  it("refuses requests with a bad signature or an old timestamp (401) and does nothing", async () => {
    const before = bot.fake.calls.length;
    const body = JSON.stringify({ type: "event_callback", team_id: "T_TEST", event_id: "EvBAD", event: mention("Which targets were Red in March 2019?") });
    const bad = await postSigned(bot.url, body, "application/json", {}, "not-the-secret");
    expect(bad.status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 10 * 60;
    const { createHmac } = await import("node:crypto");
    const stale = await fetch(bot.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-slack-request-timestamp": String(old),
        "x-slack-signature": `v0=${createHmac("sha256", SIGNING_SECRET).update(`v0:${old}:${body}`).digest("hex")}`,
      },
      body,
    });
    expect(stale.status).toBe(401);
    await bot.running.whenIdle();
    expect(bot.fake.calls.length).toBe(before);
  });

  it("answers Slack's URL verification challenge", async () => {
    const r = await postSigned(bot.url, JSON.stringify({ type: "url_verification", token: "x", challenge: "chal-123" }), "application/json");
    expect(r.status).toBe(200);
    expect(r.text).toContain("chal-123");
  });

  it("splits a long answer within Block Kit limits, with a fallback text on every message", async () => {
    // The question with the most structured rows, so the rendering must split.
    const candidates = [
      "Who attended the Improvement and Innovation Board meetings?",
      "Who are the members of the Improvement and Innovation Board?",
      "What are the risks?",
      "Which targets were Amber in March 2019?",
    ];
    let best = candidates[0]!;
    let most = -1;
    for (const q of candidates) {
      const a = await t.assistant.engine.ask(q);
      if ((a.rows?.length ?? 0) > most) [best, most] = [q, a.rows?.length ?? 0];
    }
    const ev = mention(best, { channel: "C_LONG" });
    await sendEvent(bot, ev);
    await bot.running.whenIdle();
    const { all, answers } = answersIn(bot.fake, "C_LONG", ev.ts as string);
    expect(answers).toHaveLength(1); // buttons only once, on the last message
    const sections = all.flatMap((m) => sectionTexts(m.blocks));
    const total = all.reduce((n, m) => n + blockTexts(m.blocks).join("").length, 0);
    expect(total).toBeGreaterThan(LIMITS.sectionText); // long enough that it had to be split
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(LIMITS.sectionText);
    for (const m of all) {
      expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      expect(m.text.length).toBeGreaterThan(0);
      expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
      expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(LIMITS.messageChars + 3000);
    }
    expect(text(all.flatMap((m) => m.blocks))).toMatch(new RegExp(`\\(${most}\\)`)); // the row count heading
  });

  it("posts nothing where it is not allowed, and declines a command there privately", async () => {
    const ev = mention("Which targets were Red in March 2019?", { channel: "C_SECRET" });
    await sendEvent(bot, ev);
    await bot.running.whenIdle();
    expect(bot.fake.calls.filter((c) => c.args.channel === "C_SECRET")).toHaveLength(0);
    expect(bot.logger.lines.some((l) => /not answering in C_SECRET: channel not in SLACK_ALLOWED_CHANNELS/.test(l))).toBe(true);

    const cmd = await sendCommand(bot, { channel_id: "C_SECRET", text: "Which targets were Red in March 2019?", response_url: bot.fake.responseUrl("cmd-secret") });
    expect(JSON.parse(cmd.text).text).toMatch(/not set up to answer in this channel/);
    await bot.running.whenIdle();
    expect(bot.fake.responses.some((p) => p.id === "cmd-secret")).toBe(false);
  });

  it("waits out a 429 (Retry-After) and still posts the answer exactly once", async () => {
    bot.fake.rateLimit("chat.postMessage", 1, 1);
    const ev = mention("Which targets were Red in March 2019?", { channel: "C_RATE" });
    const r = await sendEvent(bot, ev);
    expect(r.status).toBe(200);
    await bot.running.whenIdle(20_000);
    expect(bot.fake.limited).toHaveLength(1);
    const limitedAt = bot.fake.limited[0]!.at;
    const posted = bot.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === "C_RATE");
    expect(posted).toHaveLength(1);
    expect(posted[0]!.at - limitedAt).toBeGreaterThanOrEqual(950); // waited for Retry-After: 1
    const { answers, all } = answersIn(bot.fake, "C_RATE", ev.ts as string);
    expect(all).toHaveLength(1);
    expect(answers).toHaveLength(1);
    expect(text(answers[0]!.blocks)).toContain("target 7.1");
  });

  it("publishes an App Home tab listing the documents, dates and how to ask", async () => {
    await sendEvent(bot, { type: "app_home_opened", user: "U_ALICE", channel: "D_ALICE", tab: "home", event_ts: uniqueTs() });
    await bot.running.whenIdle();
    const call = bot.fake.callsOf("views.publish").at(-1);
    expect(call?.args.user_id).toBe("U_ALICE");
    const view = call!.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerHomeView);
    const shown = text(view.blocks);
    for (const d of t.assistant.engine.documents) expect(shown).toContain(d.meta.title.replace(/&/g, "&amp;"));
    expect(shown).toContain("March 2019");
    expect(shown).toContain("/lga");
    expect(shown).toContain("Brief me on the Improvement and Innovation Board");
  });

  it("serves the assistant pane: welcome and suggested prompts, then status and answers in the thread", async () => {
    const threadTs = uniqueTs();
    await sendEvent(bot, {
      type: "assistant_thread_started",
      assistant_thread: { user_id: "U_DAN", channel_id: "D_DAN", thread_ts: threadTs, context: { channel_id: "C_GENERAL", team_id: "T_TEST" } },
      event_ts: uniqueTs(),
    });
    await bot.running.whenIdle();
    const prompts = bot.fake.callsOf("assistant.threads.setSuggestedPrompts").find((c) => c.args.thread_ts === threadTs);
    const messages = (prompts?.args.prompts as Array<{ message: string }>).map((p) => p.message);
    expect(messages).toContain("Which targets were Red in March 2019?");
    expect(messages).toContain("Brief me on the Improvement and Innovation Board");
    expect(answersIn(bot.fake, "D_DAN", threadTs).all[0]?.text).toMatch(/Ask me anything/);

    await sendEvent(bot, message("Which targets were Red in March 2019?", { channel: "D_DAN", threadTs, user: "U_DAN" }));
    await bot.running.whenIdle();
    const status = bot.fake.callsOf("assistant.threads.setStatus").find((c) => c.args.thread_ts === threadTs);
    expect(status?.args.status).toMatch(/looking through the papers/);
    await sendEvent(bot, message("and which were Amber?", { channel: "D_DAN", threadTs, user: "U_DAN" }));
    await bot.running.whenIdle();
    const { answers } = answersIn(bot.fake, "D_DAN", threadTs);
    expect(answers).toHaveLength(2);
    expect(text(answers[0]!.blocks)).toContain("target 7.1");
    expect(text(answers[1]!.blocks)).toMatch(/March 2019 report, \d+ targets were Amber/);
  });

  it("picks up an assistant thread started before a restart by reading its earlier questions", async () => {
    const threadTs = uniqueTs();
    bot.fake.threads.set(`D_EVE:${threadTs}`, [
      { type: "message", user: "U_BOT", bot_id: "B_BOT", text: "Hello! Ask me anything", ts: threadTs },
      { type: "message", user: "U_EVE", text: "Which targets were Red in March 2019?", ts: uniqueTs(), thread_ts: threadTs },
      { type: "message", user: "U_BOT", bot_id: "B_BOT", text: "In the March 2019 report, 2 targets were Red", ts: uniqueTs(), thread_ts: threadTs },
    ]);
    await sendEvent(bot, message("and which were Amber?", { channel: "D_EVE", threadTs, user: "U_EVE" }));
    await bot.running.whenIdle();
    const { answers } = answersIn(bot.fake, "D_EVE", threadTs);
    expect(answers).toHaveLength(1);
    expect(text(answers[0]!.blocks)).toMatch(/March 2019 report, \d+ targets were Amber/);
  });

  it("ignores other bots, itself and edits", async () => {
    const before = bot.fake.calls.length;
    await sendEvent(bot, message("Which targets were Red in March 2019?", { channel: "D_ALICE", botId: "B_OTHER", user: "U_OTHERBOT" }));
    await sendEvent(bot, message("Which targets were Red in March 2019?", { channel: "D_ALICE", user: "U_BOT" }));
    await sendEvent(bot, message("Which targets were Red in March 2019?", { channel: "D_ALICE", subtype: "message_changed" }));
    await sendEvent(bot, { ...mention("Which targets were Red in March 2019?", { channel: "C_BOTS" }), bot_id: "B_OTHER" });
    await bot.running.whenIdle();
    expect(bot.fake.calls.length).toBe(before);
  });

  it("never logs the bot token or the signing secret", () => {
    expect(bot.logger.lines.length).toBeGreaterThan(0);
    const all = bot.logger.lines.join("\n");
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });

  it("offers example questions and prompts that the papers can answer", async () => {
    const guide = buildGuide(t.assistant.engine);
    for (const q of [...guide.questions, ...guide.briefings]) {
      const a = await t.assistant.engine.ask(q);
      expect(a.found, q).toBe(true);
    }
  });

  it("every answer posted so far stayed inside the limits", () => {
    const posted = [...bot.fake.messages.values()];
    expect(posted.filter(isAnswer).length).toBeGreaterThan(5);
    for (const m of posted) {
      expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      for (const s of sectionTexts(m.blocks)) expect(s.length).toBeLessThanOrEqual(LIMITS.sectionText);
      expect(m.text).toBeTruthy();
    }
  });
});
