/**
 * `npm start`: the Slack bot. Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP on PORT (default 3000)
 * at /slack/events. Reads `.env` from the working folder when there is one (variables already set in the
 * environment win). The index is built first when missing. See docs/slack.md.
 *
 * Runs as plain `node --import tsx` so SIGINT and SIGTERM reach it (a wrapper process would kill a busy
 * bot): on either, it stops taking requests, finishes answers in progress within SLACK_STOP_GRACE_MS,
 * keeps what is left for the next start, and exits 0. Answers are computed by a pool of worker threads
 * (SLACK_ANSWER_WORKERS), so acknowledging Slack never waits for an answer.
 */
import { LogLevel } from "@slack/bolt";
import { llmConfigured, loadConfig } from "../config.js";
import { openAssistant } from "../assistant.js";
import type { Turn } from "../answer/engine.js";
import { missingSettingsMessage, missingSlackSettings, SlackStartError, startSlackApp, verifySlackToken } from "../slack/app.js";
import { AnswerPool } from "../slack/work/pool.js";
import { formatSummary } from "./format.js";
import { runCli } from "./run.js";

function fail(message: string): void {
  console.error(`error: ${message}`);
  process.exitCode = 1;
}

/** Questions one worker answers at once: the engine is CPU-bound; a language model is mostly waited on. */
const PER_WORKER = { offline: 1, withModel: 4 } as const;

/** What SIGINT or SIGTERM must stop; set once the bot is up. Handlers are installed first. */
let stopBot: (() => Promise<void>) | undefined;
let stopping = false;
function shutdown(signal: string): void {
  // The same signal often arrives twice (to the process group, and forwarded by npm): one stop is enough.
  if (stopping) return;
  stopping = true;
  process.stderr.write(`${signal}: finishing answers in progress, then stopping…\n`);
  Promise.resolve()
    .then(() => stopBot?.())
    .catch((e: unknown) => process.stderr.write(`error while stopping: ${e instanceof Error ? e.message : String(e)}\n`))
    .finally(() => process.exit(0));
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));

runCli(async () => {
  const config = loadConfig();
  const missing = missingSlackSettings(config.slack);
  if (missing.length) return fail(missingSettingsMessage(missing));
  // Check the token before spending time on the index.
  let bot: Awaited<ReturnType<typeof verifySlackToken>>;
  try {
    bot = await verifySlackToken(config);
  } catch (e) {
    if (e instanceof SlackStartError) return fail(e.message);
    throw e;
  }

  const assistant = await openAssistant(config, {
    // With answer workers this thread never searches: the workers hold the vectors.
    warmUp: config.slack.answerWorkers === 0,
    onProgress: (p) => {
      if (p.done === 0 && p.total > 0) process.stderr.write(`Building the index from ${config.corpusDir} (there is none yet, or an older version made it)…\n`);
    },
  });
  if (assistant.built) process.stderr.write(`${formatSummary(assistant.built)}\n`);

  const perWorker = llmConfigured(config) ? PER_WORKER.withModel : PER_WORKER.offline;
  const pool = config.slack.answerWorkers > 0 ? await AnswerPool.start({ size: config.slack.answerWorkers, env: process.env, perWorker }) : undefined;
  let running: Awaited<ReturnType<typeof startSlackApp>>;
  try {
    // Slack asks through the answerer (the engine offline, the language-model layer when configured), in
    // the worker pool when there is one; this thread keeps the engine for the Home tab and thread history.
    const engine = assistant.engine;
    const surface = {
      ask: (question: string, opts?: { history?: Turn[] }) => (pool ? pool.ask(question, opts) : assistant.answerer.ask(question, opts)),
      coverage: () => engine.coverage(),
      documents: engine.documents,
      parse: (question: string, history?: Turn[]) => engine.parse(question, history),
    };
    running = await startSlackApp(config, {
      engine: surface,
      bot,
      logLevel: process.env.DEBUG ? LogLevel.DEBUG : LogLevel.INFO,
      concurrency: pool ? pool.size * perWorker : 1,
    });
  } catch (e) {
    await pool?.close();
    assistant.close();
    if (e instanceof SlackStartError) return fail(e.message);
    throw e;
  }
  stopBot = async () => {
    await running.stop();
    await pool?.close();
    assistant.close();
  };
});
