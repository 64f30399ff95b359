/**
 * Starting up: missing variables and a rejected or unreachable token give one clear message and a non-zero
 * exit, never a stack trace or an unhandled rejection.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { SlackStartError, startSlackApp } from "../../src/slack/app.js";
import { MemoryLogger } from "../../src/slack/log.js";
import { FakeSlack } from "./helpers/fake-slack.js";

const ROOT = join(import.meta.dirname, "..", "..");
let fake: FakeSlack;
let dir: string;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  fake.validToken = "xoxb-the-right-one";
  dir = mkdtempSync(join(tmpdir(), "lga-start-"));
});

afterAll(async () => {
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Run `npm start`'s entry point with only the given environment (in a folder without a .env). With
 * `interruptWhen`, send SIGINT once stderr matches it.
 */
function runStart(env: Record<string, string>, interruptWhen?: RegExp): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const loader = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
    const child = spawn(process.execPath, ["--import", loader, join(ROOT, "src", "cli", "slack.ts")], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: dir, INDEX_DIR: join(dir, "index"), CORPUS_DIR: join(ROOT, "corpora", "lga"), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (interruptWhen?.test(stderr)) {
        interruptWhen = undefined;
        child.kill("SIGINT");
      }
    });
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, stdout });
    });
  });
}

const engine = { ask: async () => Promise.reject(new Error("not used")), coverage: () => "", documents: [] };

describe("starting the bot", () => {
  it("names the missing variables and points to the CLI (npm start)", async () => {
    const r = await runStart({});
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("SLACK_BOT_TOKEN");
    expect(r.stderr).toContain("SLACK_SIGNING_SECRET");
    expect(r.stderr).toContain("npm run ask");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("reports a token Slack rejects, without a stack trace (npm start)", async () => {
    const r = await runStart({ SLACK_BOT_TOKEN: "xoxb-wrong", SLACK_SIGNING_SECRET: "s3cret-value", SLACK_API_URL: fake.apiUrl });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("invalid_auth");
    expect(r.stderr).toContain("SLACK_BOT_TOKEN");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain("xoxb-wrong");
    expect(fake.callsOf("auth.test").length).toBeGreaterThan(0);
  });

  it("builds the index when missing, starts, and stops cleanly on Ctrl+C (npm start)", async () => {
    const r = await runStart({ SLACK_BOT_TOKEN: "xoxb-the-right-one", SLACK_SIGNING_SECRET: "s3cret-value", SLACK_API_URL: fake.apiUrl, PORT: "0" }, /listening for Slack on port \d+/);
    expect(r.stderr).toContain("Building the index from");
    expect(r.stderr).toMatch(/listening for Slack on port \d+ .*\/slack\/events/);
    expect(r.stderr).toContain("SIGINT: finishing answers in progress");
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("s3cret-value");
  });

  it("throws a SlackStartError (not an unhandled rejection) when auth.test fails or Slack is unreachable", async () => {
    const base = { SLACK_SIGNING_SECRET: "s3cret-value", PORT: "0", FEEDBACK_LOG: join(dir, "f.jsonl") };
    const rejected = startSlackApp(loadConfig({ ...base, SLACK_BOT_TOKEN: "xoxb-wrong", SLACK_API_URL: fake.apiUrl }), { engine, logger: new MemoryLogger() });
    await expect(rejected).rejects.toBeInstanceOf(SlackStartError);
    await expect(rejected).rejects.toThrow(/invalid_auth/);
    const unreachable = startSlackApp(loadConfig({ ...base, SLACK_BOT_TOKEN: "xoxb-x", SLACK_API_URL: "http://127.0.0.1:9/api/" }), { engine, logger: new MemoryLogger() });
    await expect(unreachable).rejects.toThrow(/Could not reach the Slack Web API/);
    const missing = startSlackApp(loadConfig({ PORT: "0" }), { engine });
    await expect(missing).rejects.toThrow(/SLACK_BOT_TOKEN/);
  });

  it("starts, answers its health check, and stops", async () => {
    const running = await startSlackApp(
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-the-right-one", SLACK_SIGNING_SECRET: "s3cret-value", SLACK_API_URL: fake.apiUrl, FEEDBACK_LOG: join(dir, "f.jsonl") }),
      { engine, logger: new MemoryLogger(), host: "127.0.0.1", port: 0 },
    );
    expect(running.mode).toBe("http");
    expect(running.bot.userId).toBe("U_BOT");
    const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    expect(health.status).toBe(200);
    await running.stop();
    await expect(fetch(`http://127.0.0.1:${running.port}/healthz`)).rejects.toThrow();
  });
});
