/** The bot's durable state on a real SQLite file: what survives closing and reopening, claims, memory. */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RETENTION, SqliteBotState } from "../../../src/slack/state/sqlite.js";

const dirs: string[] = [];
function dbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "lga-state-"));
  dirs.push(dir);
  return join(dir, "sub", "state.sqlite");
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("SqliteBotState", async () => {
  it("records a request once, keeps it across a reopen, and lists what is unfinished", async () => {
    const path = dbPath();
    const a = new SqliteBotState(path);
    expect(await a.receive("ev:1", { event: { text: "hi" } })).toBe(true);
    expect(await a.receive("ev:1", { event: { text: "hi" } })).toBe(false);
    expect(await a.receive("ev:2", {})).toBe(true);
    await a.update("ev:2", { status: "queued", job: { question: "q", reply: { via: "chat", channel: "C1", placeholder: true } }, dropBody: true });
    await a.update("ev:1", { status: "delivered" });
    await a.close();
    expect(statSync(path).mode & 0o777).toBe(0o600);

    const b = new SqliteBotState(path);
    expect(await b.receive("ev:1", {})).toBe(false); // answered before the restart: not answered again
    const open = await b.unfinished();
    expect(open.map((w) => w.key)).toEqual(["ev:2"]);
    expect(open[0]!.job?.question).toBe("q");
    expect(open[0]!.body).toBeUndefined();
    expect(await b.backlog()).toBe(1);
    await b.update("ev:2", { status: "answered", messages: [{ text: "a", blocks: [] }], sentParts: 1, placeholderTs: "1.2" });
    expect(await b.get("ev:2")).toMatchObject({ status: "answered", sentParts: 1, placeholderTs: "1.2", messages: [{ text: "a" }] });
    await b.close();
  });

  it("claims a key for one owner, again for the same owner, and frees it when it expires", async () => {
    let now = 1_000;
    const s = new SqliteBotState(dbPath(), { now: () => now });
    expect(await s.claim("msg:C:1", "ev:a", 100)).toBe(true);
    expect(await s.claim("msg:C:1", "ev:b", 100)).toBe(false);
    expect(await s.claim("msg:C:1", "ev:a", 100)).toBe(true);
    now += 200;
    expect(await s.claim("msg:C:1", "ev:b", 100)).toBe(true);
    await s.close();
  });

  it("keeps a bounded thread history, remembers a turn once per key, and seeds only unknown threads", async () => {
    const path = dbPath();
    const s = new SqliteBotState(path);
    for (let i = 0; i < 30; i++) await s.remember("C:1", { question: `q${i}` }, `k${i}`);
    await s.remember("C:1", { question: "q29 again" }, "k29");
    expect(await s.history("C:1")).toHaveLength(12);
    expect((await s.history("C:1")).at(-1)?.question).toBe("q29");
    expect(await s.knows("C:2")).toBe(false);
    await s.seed("C:2", [{ question: "old" }]);
    await s.seed("C:2", [{ question: "ignored" }]);
    expect((await s.history("C:2")).map((t) => t.question)).toEqual(["old"]);
    await s.close();
    const again = new SqliteBotState(path);
    expect(await again.knows("C:1")).toBe(true);
    expect((await again.history("C:1"))[0]?.question).toBe("q18");
    await again.close();
  });

  it("stores answers for the Share button and prunes what is old and finished", async () => {
    let now = 0;
    const s = new SqliteBotState(dbPath(), { now: () => now });
    await s.saveAnswer({ id: "a1", question: "q", answer: { answer: "x" } as never });
    expect((await s.recallAnswer("a1"))?.question).toBe("q");
    await s.receive("ev:done", {});
    await s.update("ev:done", { status: "delivered" });
    await s.receive("ev:open", {});
    now = RETENTION.work + RETENTION.answers + 1;
    await s.prune();
    expect(await s.recallAnswer("a1")).toBeUndefined();
    expect(await s.get("ev:done")).toBeUndefined();
    expect((await s.get("ev:open"))?.status).toBe("received");
    await s.close();
  });
});
