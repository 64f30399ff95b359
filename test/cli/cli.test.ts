import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../helpers/corpus.js";
import { tempDir } from "../helpers/assistant.js";
import { isVerbatim } from "../helpers/verbatim.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..");

/** Runs a CLI entry point as a user would, with its own index folder. */
async function cli(script: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", script), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", CORPUS_DIR, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("ask", () => {
  const INDEX_DIR = join(tempDir(), "index");

  it("builds the index when there is none, then answers --json in the contract's shape", async () => {
    const { code, stdout, stderr } = await cli("ask.ts", ["--json", "Which targets were Red in March 2019?"], { INDEX_DIR });
    expect(code).toBe(0);
    expect(stderr).toMatch(/Building the index from/);
    const a = JSON.parse(stdout);
    expect(Object.keys(a)).toEqual(expect.arrayContaining(["question", "found", "answer", "citations", "rows"]));
    expect(a.found).toBe(true);
    expect(a.question).toBe("Which targets were Red in March 2019?");
    for (const c of a.citations) {
      expect(Object.keys(c).sort()).toEqual(["date", "docId", "locator", "quote", "title"]);
      expect(isVerbatim(c.quote)).toBe(true);
    }
    expect(a.rows.map((r: { ref: string }) => r.ref)).toEqual(["1.2", "7.1"]);
  });

  it("answers a file of questions, one JSON line per line, ids copied, found false when unanswerable", async () => {
    const file = join(tempDir(), "q.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "a", question: "what's the risk score for SR4" }),
        JSON.stringify({ id: "b", question: "what were the Q2 2013/14 traffic lights for the membership outcome?" }),
        "not json",
      ].join("\n"),
    );
    const { code, stdout } = await cli("ask.ts", ["--json", "--questions", file], { INDEX_DIR });
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: "a", found: true });
    expect(lines[0].answer).toMatch(/\b15\b/);
    expect(lines[1]).toMatchObject({ id: "b", found: false, citations: [] });
    expect(lines[2].found).toBe(false);
  });

  it("prints a readable answer with its sources", async () => {
    const { stdout } = await cli("ask.ts", ["who is the contact officer for the LG Inform paper?"], { INDEX_DIR });
    expect(stdout).toMatch(/Juliet Whitworth/);
    expect(stdout).toMatch(/Sources:\n \[1\]/);
  });
});

describe("ingest", () => {
  it("prints a summary and reuses unchanged files on the second run", async () => {
    const INDEX_DIR = join(tempDir(), "index");
    const first = await cli("ingest.ts", [], { INDEX_DIR });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Indexed 5 documents: \d+ chunks, \d+ records/);
    const second = await cli("ingest.ts", [], { INDEX_DIR });
    expect(second.stdout).toMatch(/0 chunks embedded/);
    expect(second.stdout).toMatch(/Unchanged, reused: 5/);
  });

  it("fails with one clear line for a folder that does not exist", async () => {
    const { code, stderr } = await cli("ingest.ts", [join(tempDir(), "missing")], { INDEX_DIR: join(tempDir(), "index") });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/does not exist/);
  });
});
