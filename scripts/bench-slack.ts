/**
 * Benchmark (not a test): how fast the bot acknowledges Slack under bursts, and whether every mention is
 * answered exactly once. The bot runs as production runs it (`npm start` in its own process, answers in its
 * worker pool, durable state on disk; real engine over the bundled corpus, index built into a temp folder),
 * against a fake Slack Web API on 127.0.0.1 in a process of its own (so that serving the bot's calls does not
 * slow down this process, which sends the signed requests and times their acks).
 *
 * For each burst size (default 100 and 300): that many app_mention events sent at once; while the burst is
 * being answered, 20 more mentions arrive one every 150 ms ("during"), and /healthz is polled. Reported:
 * ack round-trip p50/p95/max for the burst and for "during", /healthz max, time until every answer is in,
 * and how many threads hold exactly one message that is the answer.
 *
 *   npx tsx scripts/bench-slack.ts [--bursts 100,300] [--workers N] [--profile DIR]
 */
import { fork, type ChildProcess } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { FakeSlack } from "../test/slack/helpers/fake-slack.js";
import { sendTo, startBotProcess } from "../test/slack/helpers/bot-process.js";
import { answersIn, BOT_TOKEN, mention, openTestAssistant, uniqueEventId } from "../test/slack/helpers/harness.js";

const QUESTIONS = [
  "Which targets were Red in March 2019?",
  "Which targets were Amber in March 2019?",
  "Who chairs the Improvement and Innovation Board?",
  "What is on the agenda of the 17 December 2020 meeting?",
  "Who are the members of the Improvement and Innovation Board?",
  "What are the risks?",
  "Brief me on the Improvement and Innovation Board",
  "cite sector-led improvement",
  "Which targets were Red in March 2030?",
  "Who attended the Improvement and Innovation Board meetings?",
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
}

const fmt = (values: number[]) => `p50 ${pct(values, 50).toFixed(0)} ms   p95 ${pct(values, 95).toFixed(0)} ms   max ${Math.max(...values).toFixed(0)} ms`;

/** The fake Slack's process: serves the Web API, answers "which of these threads hold exactly the answer?". */
async function fakeSlackProcess(): Promise<void> {
  const fake = await new FakeSlack().start();
  fake.validToken = BOT_TOKEN;
  process.on("message", (m: { id: number; channel: string; threads: string[] }) => {
    const once = m.threads.filter((ts) => {
      const { answers, all } = answersIn(fake, m.channel, ts);
      return answers.length === 1 && all.length === 1;
    }).length;
    process.send!({ id: m.id, once });
  });
  process.on("disconnect", () => void fake.stop().then(() => process.exit(0)));
  process.send!({ apiUrl: fake.apiUrl });
}

/** This process's handle on the fake Slack process. */
class RemoteFake {
  private seq = 0;
  private waiting = new Map<number, (n: number) => void>();
  constructor(
    private readonly proc: ChildProcess,
    readonly apiUrl: string,
  ) {
    proc.on("message", (m: { id?: number; once?: number }) => {
      if (m.id !== undefined) this.waiting.get(m.id)?.(m.once ?? 0);
    });
  }

  static async start(): Promise<RemoteFake> {
    const proc = fork(fileURLToPath(import.meta.url), ["--fake-slack"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const ready = await new Promise<{ apiUrl: string }>((resolve) => proc.once("message", (m) => resolve(m as { apiUrl: string })));
    return new RemoteFake(proc, ready.apiUrl);
  }

  /** How many of `threads` hold exactly one message, the answer. */
  answeredOnce(channel: string, threads: string[]): Promise<number> {
    const id = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(id, (n) => {
        this.waiting.delete(id);
        resolve(n);
      });
      this.proc.send({ id, channel, threads });
    });
  }

  stop(): void {
    this.proc.disconnect();
  }
}

async function waitAnswered(fake: RemoteFake, channel: string, threads: string[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while ((await fake.answeredOnce(channel, threads)) < threads.length) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 500));
  }
  return true;
}

async function main(): Promise<void> {
  const bursts = (arg("bursts") ?? "100,300").split(",").map(Number);
  const t = await openTestAssistant();
  const fake = await RemoteFake.start();
  const env: Record<string, string> = { SLACK_STOP_GRACE_MS: "120000" };
  if (arg("workers")) env.SLACK_ANSWER_WORKERS = arg("workers")!;
  // --profile DIR: the bot's main thread is profiled (node --cpu-prof) into DIR.
  const profile = arg("profile");
  const command = profile ? ["node", "--cpu-prof", `--cpu-prof-dir=${profile}`, "--import", "tsx", "src/cli/slack.ts"] : undefined;
  const bot = await startBotProcess({ apiUrl: fake.apiUrl, dir: t.dir, corpusDir: t.corpusDir, env, ...(command ? { command } : {}) });
  const problems: string[] = [];
  const lines: string[] = [];
  try {
    // Warm-up, not measured: first-call costs in the bot and its workers.
    const warm = QUESTIONS.map((q, i) => mention(q, { channel: "C_WARMUP", user: `U_W${i}` }));
    await Promise.all(warm.map((ev) => sendTo(bot.url, ev, uniqueEventId())));
    await waitAnswered(fake, "C_WARMUP", warm.map((ev) => ev.ts as string), 120_000);

    for (const n of bursts) {
      const channel = `C_BURST_${n}`;
      const burst = Array.from({ length: n }, (_, i) => mention(QUESTIONS[i % QUESTIONS.length]!, { channel, user: `U_${i}` }));
      const during = Array.from({ length: 20 }, (_, i) => mention(QUESTIONS[i % QUESTIONS.length]!, { channel, user: `U_D${i}` }));
      const health: number[] = [];
      let polling = true;
      const poll = (async () => {
        while (polling) {
          const t0 = performance.now();
          await fetch(`http://127.0.0.1:${bot.port}/healthz`).then((r) => r.text());
          health.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 200));
        }
      })();
      const started = Date.now();
      const burstSent = Promise.all(burst.map((ev) => sendTo(bot.url, ev, uniqueEventId())));
      const duringSent = (async () => {
        await new Promise((r) => setTimeout(r, 300));
        const out = [];
        for (const ev of during) {
          out.push(sendTo(bot.url, ev, uniqueEventId()));
          await new Promise((r) => setTimeout(r, 150));
        }
        return Promise.all(out);
      })();
      const [b, d] = await Promise.all([burstSent, duringSent]);
      const all = [...burst, ...during].map((ev) => ev.ts as string);
      const done = await waitAnswered(fake, channel, all, 600_000);
      const wall = Date.now() - started;
      polling = false;
      await poll;
      const once = await fake.answeredOnce(channel, all);
      const failed = [...b, ...d].filter((r) => r.status !== 200).length;
      const burstAcks = b.map((r) => r.ms);
      const duringAcks = d.map((r) => r.ms);
      lines.push(`${n} mentions at once (+20 arriving during the burst):`);
      lines.push(`  ack, burst:          ${fmt(burstAcks)}`);
      lines.push(`  ack, during burst:   ${fmt(duringAcks)}`);
      lines.push(`  /healthz:            ${fmt(health)} (${health.length} polls)`);
      lines.push(`  all answered in:     ${(wall / 1000).toFixed(1)} s; answered exactly once ${once}/${all.length}; non-200 acks ${failed}`);
      if (!done) problems.push(`${n}: not every mention was answered within 10 minutes`);
      if (once !== all.length) problems.push(`${n}: ${all.length - once} mentions not answered exactly once`);
      if (Math.max(...burstAcks, ...duringAcks) >= 1000) problems.push(`${n}: an ack took ${Math.max(...burstAcks, ...duringAcks).toFixed(0)} ms (target: under 1 s)`);
    }
  } finally {
    bot.signal("SIGTERM");
    await bot.exited;
    fake.stop();
    t.cleanup();
  }
  console.log(`Slack bot benchmark: \`npm start\` (HTTP mode, worker pool, durable state) over the bundled corpus; fake Web API and load on 127.0.0.1; node ${process.version}, ${cpus().length} CPUs`);
  for (const l of lines) console.log(l);
  console.log("Reproduce: npx tsx scripts/bench-slack.ts [--bursts 100,300] [--workers N]");
  if (problems.length) {
    console.error(`FAILED:\n  ${problems.join("\n  ")}`);
    process.exitCode = 1;
  } else console.log("OK: every mention answered exactly once; every ack under 1 s.");
}

(process.argv.includes("--fake-slack") ? fakeSlackProcess() : main()).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
