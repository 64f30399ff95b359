/**
 * The bot's state in PostgreSQL (PGlite over pglite-socket, the `pg` client): the same behaviour as the
 * SQLite store, shared by several instances: a request recorded by one is a re-delivery for another, a
 * message claimed by one is not the other's, and unfinished work is taken up only when its holder's lease
 * has run out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEASE_MS, PostgresBotState } from "../../../src/slack/state/postgres.js";
import { RETENTION } from "../../../src/slack/state/store.js";
import { startPostgres, type TestPostgres } from "../../helpers/pglite.js";

let server: TestPostgres;
let now = 1_000_000;
const clock = { now: () => now };

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const job = { question: "q", reply: { via: "chat" as const, channel: "C1", placeholder: true } };

describe("PostgresBotState", () => {
  it("records a request once for every instance, and keeps work and answers across reconnects", async () => {
    const a = await PostgresBotState.connect(server.url, clock);
    const b = await PostgresBotState.connect(server.url, clock);
    expect(await a.receive("ev:1", { event: { text: "hi" } })).toBe(true);
    expect(await b.receive("ev:1", { event: { text: "hi" } })).toBe(false); // Slack retried on the other instance
    await a.update("ev:1", { status: "queued", job, dropBody: true });
    expect(await b.get("ev:1")).toMatchObject({ status: "queued", job, sentParts: 0 });
    expect((await b.get("ev:1"))?.body).toBeUndefined();
    expect(await b.backlog()).toBeGreaterThanOrEqual(1);
    await a.saveAnswer({ id: "ans1", question: "q", answer: { answer: "x" } as never });
    await a.close();
    const c = await PostgresBotState.connect(server.url, clock);
    expect((await c.recallAnswer("ans1"))?.question).toBe("q");
    await Promise.all([b.close(), c.close()]);
  });

  it("lets one instance claim a message; the same owner again; another once it expires", async () => {
    const a = await PostgresBotState.connect(server.url, clock);
    const b = await PostgresBotState.connect(server.url, clock);
    expect(await a.claim("msg:C:9", "ev:a", 100)).toBe(true);
    expect(await b.claim("msg:C:9", "ev:b", 100)).toBe(false);
    expect(await b.claim("msg:C:9", "ev:a", 100)).toBe(true);
    now += 200;
    expect(await b.claim("msg:C:9", "ev:b", 100)).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it("hands unfinished work to another instance only when its holder's lease has run out", async () => {
    const a = await PostgresBotState.connect(server.url, clock);
    const b = await PostgresBotState.connect(server.url, clock);
    await a.receive("ev:lease", {});
    await a.update("ev:lease", { status: "answered", job, messages: [{ text: "answer", blocks: [] }] });
    expect((await b.unfinished()).map((w) => w.key)).not.toContain("ev:lease");
    expect((await a.unfinished()).map((w) => w.key)).toContain("ev:lease");
    now += LEASE_MS + 1; // a stopped: it renews no more
    const taken = await b.unfinished();
    expect(taken.find((w) => w.key === "ev:lease")).toMatchObject({ status: "answered", messages: [{ text: "answer" }] });
    expect((await a.unfinished()).map((w) => w.key)).not.toContain("ev:lease");
    await Promise.all([a.close(), b.close()]);
  });

  it("keeps one bounded thread memory for all instances, a turn once per key", async () => {
    const a = await PostgresBotState.connect(server.url, clock);
    const b = await PostgresBotState.connect(server.url, clock);
    for (let i = 0; i < 15; i++) await (i % 2 ? a : b).remember("C:T", { question: `q${i}` }, `k${i}`);
    await a.remember("C:T", { question: "again" }, "k14");
    const history = await b.history("C:T");
    expect(history).toHaveLength(12);
    expect(history.at(-1)?.question).toBe("q14");
    expect(await a.knows("C:T")).toBe(true);
    await a.seed("C:S", [{ question: "old" }]);
    await b.seed("C:S", [{ question: "ignored" }]);
    expect((await a.history("C:S")).map((t) => t.question)).toEqual(["old"]);
    now += RETENTION.conversations + RETENTION.work + 1;
    await a.prune();
    expect(await b.knows("C:T")).toBe(false);
    expect(await b.history("C:T")).toHaveLength(0);
    await Promise.all([a.close(), b.close()]);
  });
});
