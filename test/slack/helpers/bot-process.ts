/**
 * The bot as production runs it: `npm start` in its own process group (as a process manager starts it),
 * against a fake Slack Web API on 127.0.0.1. Used by the lifecycle tests and the Slack benchmark.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { BOT_TOKEN, envelope, postSigned, SIGNING_SECRET, type Sent } from "./harness.js";

export const ROOT = join(import.meta.dirname, "..", "..", "..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

export interface BotProcess {
  child: ChildProcess;
  port: number;
  url: string;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signal the whole process group, as a process manager does. */
  signal(sig: NodeJS.Signals): void;
}

export interface BotProcessOptions {
  /** The fake Slack Web API's base URL (FakeSlack.apiUrl). */
  apiUrl: string;
  /** Folder for the index (built already), state and feedback. */
  dir: string;
  corpusDir: string;
  env?: Record<string, string>;
  /** Instead of `npm start` (e.g. node with --cpu-prof, to profile the bot). */
  command?: string[];
}

/** `npm start` in a new process group, resolved once it listens. */
export async function startBotProcess(opts: BotProcessOptions): Promise<BotProcess> {
  const port = await freePort();
  const [cmd, ...args] = opts.command ?? ["npm", "start", "--silent"];
  const child = spawn(cmd!, args, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: opts.dir,
      CORPUS_DIR: opts.corpusDir,
      INDEX_DIR: join(opts.dir, "index"),
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: opts.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      FEEDBACK_LOG: join(opts.dir, "feedback.jsonl"),
      ...opts.env,
    },
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 90_000;
  while (!out.includes("listening for Slack on port")) {
    if (child.exitCode !== null || Date.now() > deadline) {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
      throw new Error(`the bot did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, url: `http://127.0.0.1:${port}/slack/events`, output: () => out, exited, signal: (sig) => process.kill(-child.pid!, sig) };
}

/** A signed Events API request for `event` under `eventId` (a retry when `retryNum`). */
export function sendTo(url: string, event: Record<string, unknown>, eventId: string, retryNum?: number): Promise<Sent> {
  const headers: Record<string, string> = retryNum ? { "x-slack-retry-num": String(retryNum), "x-slack-retry-reason": "http_timeout" } : {};
  return postSigned(url, JSON.stringify(envelope(event, eventId)), "application/json", headers);
}

export async function waitUntil(check: () => boolean, timeoutMs: number, everyMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return true;
}
