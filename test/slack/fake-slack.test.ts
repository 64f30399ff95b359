/**
 * The fake Slack Web API's failure modes and message metadata, driven through the real WebClient so the
 * tests see what the bot would see: an applied-then-failed call, a late answer, an outage, and metadata
 * round-tripping through chat.postMessage -> conversations.replies / history.
 */
import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeSlack } from "./helpers/fake-slack.js";

let fake: FakeSlack;
let client: webApi.WebClient;

beforeEach(async () => {
  fake = await new FakeSlack().start();
  client = new webApi.WebClient("xoxb-test-token", { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, timeout: 500, logLevel: webApi.LogLevel.ERROR });
});

afterEach(async () => {
  await fake.stop();
});

const HTTP_500 = { code: "slack_webapi_http_error", statusCode: 500 };

describe("failNext", () => {
  it("with apply, posts the message and then answers 500: the client throws, exactly one message exists", async () => {
    fake.failNext("chat.postMessage", { apply: true });
    await expect(client.chat.postMessage({ channel: "C1", text: "hello" })).rejects.toMatchObject(HTTP_500);
    expect(fake.thread("C1").map((m) => m.text)).toEqual(["hello"]);
    expect(fake.callsOf("chat.postMessage")).toHaveLength(1);
    expect(fake.failed.map((c) => c.method)).toEqual(["chat.postMessage"]);
    // Only the next call failed: a retry succeeds and posts a second copy, as a real retry would.
    const ok = await client.chat.postMessage({ channel: "C1", text: "hello" });
    expect(ok.ok).toBe(true);
    expect(fake.thread("C1")).toHaveLength(2);
    expect(fake.failed).toHaveLength(1);
  });

  it("without apply, answers the status with no effect, for `times` calls of that method only", async () => {
    fake.failNext("chat.postMessage", { times: 2, status: 503 });
    await expect(client.chat.postMessage({ channel: "C1", text: "a" })).rejects.toMatchObject({ statusCode: 503 });
    // Other methods are not affected.
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true, user_id: "U_BOT" });
    await expect(client.chat.postMessage({ channel: "C1", text: "b" })).rejects.toMatchObject({ statusCode: 503 });
    expect(fake.thread("C1")).toHaveLength(0);
    expect(fake.callsOf("chat.postMessage")).toHaveLength(0);
    expect(fake.failed.map((c) => c.args.text)).toEqual(["a", "b"]);
    await client.chat.postMessage({ channel: "C1", text: "c" });
    expect(fake.thread("C1").map((m) => m.text)).toEqual(["c"]);
  });

  it("with an applied chat.update, the message changes although the client throws", async () => {
    const posted = await client.chat.postMessage({ channel: "C1", text: "draft" });
    fake.failNext("chat.update", { apply: true });
    await expect(client.chat.update({ channel: "C1", ts: posted.ts!, text: "final" })).rejects.toMatchObject(HTTP_500);
    const [m] = fake.thread("C1");
    expect(m).toMatchObject({ text: "final", updates: 1 });
  });

  it("with delayMs beyond the client's timeout, the client gives up but the message was posted", async () => {
    fake.failNext("chat.postMessage", { delayMs: 2_000 });
    const started = Date.now();
    await expect(client.chat.postMessage({ channel: "C1", text: "slow" })).rejects.toMatchObject({ code: "slack_webapi_request_error" });
    // It was the client's 500 ms timeout, not the fake's answer, that ended the call.
    expect(Date.now() - started).toBeLessThan(1_800);
    expect(fake.thread("C1").map((m) => m.text)).toEqual(["slow"]);
    expect(fake.failed).toHaveLength(1);
  });

  it("with delayMs within the client's timeout, answers normally, late", async () => {
    fake.failNext("chat.postMessage", { delayMs: 200 });
    const started = Date.now();
    const r = await client.chat.postMessage({ channel: "C1", text: "late" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(r).toMatchObject({ ok: true, channel: "C1", message: { text: "late" } });
    expect(fake.thread("C1")).toHaveLength(1);
  });

  it("stops promptly while a late answer is pending", async () => {
    const patient = new webApi.WebClient("xoxb-test-token", { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    fake.failNext("auth.test", { delayMs: 30_000 });
    const pending = patient.auth.test().catch((e: unknown) => e);
    await fake.waitFor(() => fake.failed.length > 0, 5_000, "the delayed call");
    const started = Date.now();
    await fake.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
    await pending;
  });
});

describe("outage", () => {
  it("fails every API call with no effect until it ends", async () => {
    fake.outage(60_000);
    await expect(client.auth.test()).rejects.toMatchObject(HTTP_500);
    await expect(client.chat.postMessage({ channel: "C1", text: "lost" })).rejects.toMatchObject(HTTP_500);
    expect(fake.calls).toHaveLength(0);
    expect(fake.thread("C1")).toHaveLength(0);
    expect(fake.failed.map((c) => c.method)).toEqual(["auth.test", "chat.postMessage"]);
    fake.endOutage();
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true });
    await client.chat.postMessage({ channel: "C1", text: "back" });
    expect(fake.thread("C1").map((m) => m.text)).toEqual(["back"]);
  });

  it("ends by itself after `ms`, and uses the given status", async () => {
    fake.outage(300, 502);
    await expect(client.auth.test()).rejects.toMatchObject({ statusCode: 502 });
    await new Promise((r) => setTimeout(r, 350));
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true });
  });

  it("leaves response_url posts alone unless asked to include them", async () => {
    const post = (id: string) => fetch(fake.responseUrl(id), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: id }) });
    fake.outage(60_000);
    expect((await post("kept")).status).toBe(200);
    fake.outage(60_000, 500, { responseUrls: true });
    expect((await post("refused")).status).toBe(500);
    expect(fake.responses.map((r) => r.id)).toEqual(["kept"]);
    expect(fake.failedResponses.map((r) => r.id)).toEqual(["refused"]);
  });
});

describe("message metadata and reading messages back", () => {
  const meta = (id: string) => ({ event_type: "lga_answer", event_payload: { answer_id: id, found: true } });

  it("round-trips metadata through chat.postMessage and conversations.replies", async () => {
    const parent = await client.chat.postMessage({ channel: "C1", text: "parent", metadata: meta("a1") });
    const reply = await client.chat.postMessage({ channel: "C1", thread_ts: parent.ts!, text: "reply", metadata: meta("a2") });
    expect(reply.message?.thread_ts).toBe(parent.ts);
    expect(parent.message?.thread_ts).toBeUndefined();
    await client.chat.postMessage({ channel: "C1", text: "elsewhere" });

    const plain = await client.conversations.replies({ channel: "C1", ts: parent.ts! });
    expect(plain.messages?.map((m) => m.text)).toEqual(["parent", "reply"]);
    expect(plain.messages?.some((m) => "metadata" in m)).toBe(false);
    expect(plain.messages?.[1]).toMatchObject({ type: "message", ts: reply.ts, thread_ts: parent.ts, user: "U_BOT", bot_id: "B_BOT" });

    const full = await client.conversations.replies({ channel: "C1", ts: parent.ts!, include_all_metadata: true });
    expect(full.messages?.map((m) => m.metadata)).toEqual([meta("a1"), meta("a2")]);
    expect(fake.messages.get(`C1:${reply.ts}`)?.metadata).toEqual(meta("a2"));
  });

  it("puts preset thread messages first and does not repeat one the bot also posted", async () => {
    const parent = await client.chat.postMessage({ channel: "C1", text: "parent" });
    await client.chat.postMessage({ channel: "C1", thread_ts: parent.ts!, text: "bot reply" });
    fake.threads.set(`C1:${parent.ts}`, [
      { type: "message", user: "U_ALICE", text: "parent as preset", ts: parent.ts },
      { type: "message", user: "U_ALICE", text: "a question", ts: "1700000000.000001", thread_ts: parent.ts },
    ]);
    const r = await client.conversations.replies({ channel: "C1", ts: parent.ts! });
    expect(r.messages?.map((m) => m.text)).toEqual(["parent as preset", "a question", "bot reply"]);
  });

  it("lists top-level messages newest first in conversations.history, with oldest, limit and metadata", async () => {
    const first = await client.chat.postMessage({ channel: "C1", text: "one", metadata: meta("h1") });
    await client.chat.postMessage({ channel: "C1", thread_ts: first.ts!, text: "threaded" });
    await client.chat.postMessage({ channel: "C1", text: "two" });
    await client.chat.postMessage({ channel: "C2", text: "other channel" });
    await client.chat.postMessage({ channel: "C1", text: "three" });

    const all = await client.conversations.history({ channel: "C1" });
    expect(all).toMatchObject({ ok: true, has_more: false });
    expect(all.messages?.map((m) => m.text)).toEqual(["three", "two", "one"]);
    expect(all.messages?.some((m) => "metadata" in m)).toBe(false);

    const newer = await client.conversations.history({ channel: "C1", oldest: first.ts! });
    expect(newer.messages?.map((m) => m.text)).toEqual(["three", "two"]);
    const latestOne = await client.conversations.history({ channel: "C1", limit: 1 });
    expect(latestOne.messages?.map((m) => m.text)).toEqual(["three"]);

    const withMeta = await client.conversations.history({ channel: "C1", include_all_metadata: true });
    expect(withMeta.messages?.at(-1)?.metadata).toEqual(meta("h1"));
    expect(withMeta.messages?.[0]?.metadata).toBeUndefined();
  });

  it("accepts metadata in a JSON body, as an object or as a JSON string", async () => {
    const post = async (metadata: unknown) => {
      const r = await fetch(`${fake.apiUrl}chat.postMessage`, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8", authorization: "Bearer xoxb-test-token" },
        body: JSON.stringify({ channel: "C1", text: "json", metadata }),
      });
      return (await r.json()) as { ts: string };
    };
    const a = await post(meta("j1"));
    const b = await post(JSON.stringify(meta("j2")));
    expect(fake.messages.get(`C1:${a.ts}`)?.metadata).toEqual(meta("j1"));
    expect(fake.messages.get(`C1:${b.ts}`)?.metadata).toEqual(meta("j2"));
  });

  it("records ephemeral posts", async () => {
    await client.chat.postEphemeral({ channel: "C1", user: "U_ALICE", text: "only you", blocks: [{ type: "section", text: { type: "mrkdwn", text: "only you" } }] });
    expect(fake.ephemerals).toEqual([{ channel: "C1", user: "U_ALICE", text: "only you", blocks: [{ type: "section", text: { type: "mrkdwn", text: "only you" } }] }]);
    expect(fake.thread("C1")).toHaveLength(0);
  });
});
