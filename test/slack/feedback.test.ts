/**
 * The feedback log: private file, one line per user per answer (a changed vote replaces the old one),
 * nothing lost under concurrent clicks, foreign lines kept, and failures returned rather than thrown.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FeedbackLog, type FeedbackEntry } from "../../src/slack/feedback.js";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lga-feedback-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function entry(over: Partial<FeedbackEntry> = {}): FeedbackEntry {
  return { time: new Date().toISOString(), rating: "up", user: "U_ALICE", question: "Which targets were Red?", answer: "2 targets were Red", answerId: "a1", ...over };
}

function lines(path: string): string[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l !== "");
}

function records(path: string): FeedbackEntry[] {
  return lines(path).map((l) => JSON.parse(l) as FeedbackEntry);
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe("FeedbackLog", () => {
  it("creates the file 0600 and a missing folder 0700", async () => {
    const path = join(dir, "new", "feedback.jsonl");
    expect(await new FeedbackLog(path).record(entry())).toEqual({ ok: true });
    expect(mode(path)).toBe(0o600);
    expect(mode(join(dir, "new"))).toBe(0o700);
    // No temp file is left beside it.
    expect(readdirSync(join(dir, "new"))).toEqual(["feedback.jsonl"]);
  });

  it("makes an existing readable file 0600 on the first write, keeping its lines", async () => {
    const path = join(dir, "feedback.jsonl");
    writeFileSync(path, `${JSON.stringify(entry({ user: "U_OLD" }))}\n`);
    chmodSync(path, 0o644);
    await new FeedbackLog(path).record(entry());
    expect(mode(path)).toBe(0o600);
    expect(records(path).map((r) => r.user)).toEqual(["U_OLD", "U_ALICE"]);
  });

  it("replaces a changed vote: one line, rating down", async () => {
    const path = join(dir, "feedback.jsonl");
    const log = new FeedbackLog(path);
    await log.record(entry({ rating: "up" }));
    await log.record(entry({ rating: "down" }));
    expect(records(path)).toHaveLength(1);
    expect(records(path)[0]).toMatchObject({ user: "U_ALICE", answerId: "a1", rating: "down" });
  });

  it("keeps one line when the same vote is given twice", async () => {
    const path = join(dir, "feedback.jsonl");
    const log = new FeedbackLog(path);
    await log.record(entry());
    await log.record(entry());
    expect(lines(path)).toHaveLength(1);
  });

  it("matches by question and answer text when there is no answer id", async () => {
    const path = join(dir, "feedback.jsonl");
    const log = new FeedbackLog(path);
    const noId = (over: Partial<FeedbackEntry>) => {
      const { answerId: _, ...rest } = entry(over);
      return rest;
    };
    await log.record(noId({ rating: "up" }));
    await log.record(noId({ rating: "down" }));
    await log.record(noId({ rating: "up", answer: "a different answer" }));
    expect(records(path).map((r) => [r.answer, r.rating])).toEqual([
      ["2 targets were Red", "down"],
      ["a different answer", "up"],
    ]);
  });

  it("keeps one line per user, and one per answer", async () => {
    const path = join(dir, "feedback.jsonl");
    const log = new FeedbackLog(path);
    await log.record(entry({ user: "U_ALICE" }));
    await log.record(entry({ user: "U_BOB", rating: "down" }));
    await log.record(entry({ user: "U_ALICE", answerId: "a2" }));
    expect(records(path).map((r) => `${r.user}/${r.answerId}/${r.rating}`)).toEqual(["U_ALICE/a1/up", "U_BOB/a1/down", "U_ALICE/a2/up"]);
  });

  it("loses nothing when 20 votes are recorded at once", async () => {
    const path = join(dir, "feedback.jsonl");
    const log = new FeedbackLog(path);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => log.record(entry({ user: `U_${i}`, rating: i % 2 ? "down" : "up" }))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(records(path).map((r) => r.user).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `U_${i}`).sort());
  });

  it("keeps lines that are not JSON as they are", async () => {
    const path = join(dir, "feedback.jsonl");
    const junk = "not json {";
    writeFileSync(path, `${JSON.stringify(entry({ rating: "up" }))}\n${junk}\n`);
    await new FeedbackLog(path).record(entry({ rating: "down" }));
    expect(lines(path)).toHaveLength(2);
    expect(lines(path)[1]).toBe(junk);
    expect(JSON.parse(lines(path)[0]!)).toMatchObject({ rating: "down" });
  });

  it("returns ok:false, without throwing, when the path cannot be written", async () => {
    // A regular file where the folder should be: fails for root too, unlike a permissions check.
    const blocker = join(dir, "blocker");
    writeFileSync(blocker, "");
    const log = new FeedbackLog(join(blocker, "feedback.jsonl"));
    const r = await log.record(entry());
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.error).toMatch(/EEXIST|ENOTDIR/);
    // A failure does not break the write chain: once the path is usable, the same log writes again.
    rmSync(blocker);
    expect(await log.record(entry())).toEqual({ ok: true });
    expect(records(join(blocker, "feedback.jsonl"))).toHaveLength(1);
  });
});
