/**
 * Benchmark: N (default 20) concurrent signed @-mentions sent to the real bot (HTTP mode, real engine over
 * the bundled corpus, index built into a temp folder), answering through a fake Slack Web API on 127.0.0.1.
 * The bot runs in its own process, as it would in production, so the load generator and the fake Slack do
 * not share its event loop. Reports the time to the HTTP acknowledgement and to the answer (the placeholder
 * replaced), and checks that every question was answered exactly once.
 *
 *   npx tsx scripts/bench-slack.ts [--n 20]
 */
import { fork } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { LogLevel } from "@slack/bolt";
import { FakeSlack } from "../test/slack/helpers/fake-slack.js";
import { answersIn, BOT_TOKEN, envelope, mention, openTestAssistant, postSigned, startTestBot } from "../test/slack/helpers/harness.js";

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

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** The bot's process: build the index, start the bot against the fake API, report the port, stop on request. */
async function child(): Promise<void> {
  const buildStart = performance.now();
  const t = await openTestAssistant();
  const buildMs = performance.now() - buildStart;
  const fake = new FakeSlack();
  fake.url = process.env.BENCH_FAKE_URL!; // not started here: only its URL is used
  const bot = await startTestBot(t, {}, fake);
  bot.logger.setLevel(LogLevel.WARN);
  // Time inside the bot from a request's body being read to its ack.
  const app = bot.running.app;
  const processEvent = app.processEvent.bind(app);
  let inside: number[] = [];
  app.processEvent = (event) => {
    const t0 = performance.now();
    const ack = event.ack;
    event.ack = (response) => {
      inside.push(performance.now() - t0);
      return ack(response);
    };
    return processEvent(event);
  };
  process.send!({ port: bot.running.port, buildMs, documents: t.assistant.engine.documents.length });
  process.on("message", async (m: { cmd?: string }) => {
    if (m.cmd === "idle") {
      process.send!({ idle: await bot.running.whenIdle(60_000), inside });
      inside = [];
    }
    if (m.cmd === "stop") {
      await bot.stop();
      t.cleanup();
      process.exit(0);
    }
  });
}

async function main(): Promise<void> {
  const nArg = process.argv.indexOf("--n");
  const n = nArg > 0 ? Number(process.argv[nArg + 1]) : 20;
  const fake = await new FakeSlack().start();
  fake.validToken = BOT_TOKEN;
  const proc = fork(fileURLToPath(import.meta.url), ["--child"], { env: { ...process.env, BENCH_FAKE_URL: fake.url }, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const next = <T>() => new Promise<T>((resolve) => proc.once("message", (m) => resolve(m as T)));
  try {
    const ready = await next<{ port: number; buildMs: number; documents: number }>();
    const url = `http://127.0.0.1:${ready.port}/slack/events`;
    const send = (ev: Record<string, unknown>) => postSigned(url, JSON.stringify(envelope(ev)), "application/json");
    const idle = async () => {
      proc.send({ cmd: "idle" });
      return next<{ idle: boolean; inside: number[] }>();
    };

    // Warm-up, not measured: first-call costs (JIT, SQLite pages) and the client's connections.
    await Promise.all(QUESTIONS.map((q, i) => send(mention(q, { channel: "C_WARMUP", user: `U_W${i}` }))));
    await idle();

    const events = Array.from({ length: n }, (_, i) => mention(QUESTIONS[i % QUESTIONS.length]!, { channel: "C_BENCH", user: `U_${i}` }));
    const started = Date.now();
    const sent = await Promise.all(events.map(async (ev) => ({ ev, sentAt: Date.now(), res: await send(ev) })));
    const { idle: quiet, inside } = await idle();
    const wall = Date.now() - started;

    const acks = sent.map((s) => s.res.ms);
    const toAnswer: number[] = [];
    const problems: string[] = [];
    let once = 0;
    for (const { ev, sentAt, res } of sent) {
      if (res.status !== 200) problems.push(`${String(ev.ts)}: HTTP ${res.status}`);
      const { answers, all } = answersIn(fake, "C_BENCH", ev.ts as string);
      if (answers.length === 1 && all.length === 1) once++;
      else problems.push(`${String(ev.ts)} (${String(ev.text)}): ${answers.length} answers, ${all.length} messages in thread`);
      if (answers[0]) toAnswer.push(answers[0].changedAt - sentAt);
    }
    if (!quiet) problems.push("the bot was still busy after 60 s");
    if (Math.max(...acks) >= 3000) problems.push(`an acknowledgement took ${Math.max(...acks).toFixed(0)} ms (Slack allows 3,000)`);

    const apiCalls = fake.calls.filter((c) => c.args.channel === "C_BENCH").length;
    console.log(`Slack bot benchmark: ${n} concurrent signed app_mention events after a warm-up burst; bot in its own process (HTTP mode, real engine, ${ready.documents} documents); fake Web API on 127.0.0.1`);
    console.log(`  index build (temp folder):   ${ready.buildMs.toFixed(0)} ms`);
    console.log(`  ack, HTTP round trip:        p50 ${pct(acks, 50).toFixed(1)} ms   max ${Math.max(...acks).toFixed(1)} ms`);
    if (inside.length) console.log(`  ack, inside the bot:         p50 ${pct(inside, 50).toFixed(2)} ms   max ${Math.max(...inside).toFixed(2)} ms (request read -> ack)`);
    if (toAnswer.length) console.log(`  time to answer:              p50 ${pct(toAnswer, 50).toFixed(0)} ms   max ${Math.max(...toAnswer).toFixed(0)} ms`);
    console.log(`  all ${n} answered within:      ${wall} ms wall clock; ${apiCalls} Web API calls (placeholder + update each)`);
    console.log(`  answered exactly once:       ${once}/${n}`);
    console.log(`  node ${process.version}, ${cpus().length} CPUs`);
    console.log("Reproduce: npx tsx scripts/bench-slack.ts [--n 20]");
    if (problems.length) {
      console.error(`FAILED:\n  ${problems.join("\n  ")}`);
      process.exitCode = 1;
    } else {
      console.log("OK: every question answered exactly once; every ack well under 3 s.");
    }
  } finally {
    proc.send({ cmd: "stop" });
    await new Promise((resolve) => proc.once("exit", resolve));
    await fake.stop();
  }
}

(process.argv.includes("--child") ? child() : main()).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
