/** The worker-thread answer pool over a real index: same answers as the engine, context kept, crashes survived. */
import type { Worker } from "node:worker_threads";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerPool } from "../../../src/slack/work/pool.js";
import { openTestAssistant, type TestAssistant } from "../helpers/harness.js";

let t: TestAssistant;
let pool: AnswerPool;

beforeAll(async () => {
  t = await openTestAssistant();
  pool = await AnswerPool.start({ size: 1, env: { CORPUS_DIR: t.corpusDir, INDEX_DIR: join(t.dir, "index") } });
}, 60_000);

afterAll(async () => {
  await pool?.close();
  t?.cleanup();
});

describe("AnswerPool", () => {
  it("answers in a worker exactly as the engine does in this thread", async () => {
    for (const q of ["Which targets were Red in March 2019?", "Who chairs the Improvement and Innovation Board?"]) {
      const here = await t.assistant.engine.ask(q);
      const there = await pool.ask(q);
      expect(there.answer).toBe(here.answer);
      expect(there.citations.map((c) => c.quote)).toEqual(here.citations.map((c) => c.quote));
    }
  });

  it("passes a thread's history, so a follow-up keeps its context", async () => {
    const first = await pool.ask("Which targets were Red in March 2019?");
    const follow = await pool.ask("and which were Amber?", { history: [{ question: "Which targets were Red in March 2019?", query: first.query, answer: first.answer }] });
    expect(follow.answer).toMatch(/Amber/);
    expect(follow.answer).toMatch(/March 2019/);
  });

  it("fails the questions of a worker that dies, replaces it, and answers again", async () => {
    const pending = pool.ask("Brief me on the Improvement and Innovation Board");
    const slots = (pool as unknown as { slots: Array<{ worker: Worker }> }).slots;
    await slots[0]!.worker.terminate();
    await expect(pending).rejects.toThrow(/answer worker stopped/);
    const deadline = Date.now() + 30_000;
    while (pool.size < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(pool.size).toBe(1);
    expect((await pool.ask("Which targets were Red in March 2019?")).answer).toMatch(/Red/);
  }, 60_000);
});
