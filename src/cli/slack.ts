/**
 * `npm start`: the Slack bot. Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP on PORT (default 3000)
 * at /slack/events. Reads `.env` from the working folder when there is one (variables already set in the
 * environment win). The index is built first when missing. See docs/slack.md.
 */
import { LogLevel } from "@slack/bolt";
import { loadConfig } from "../config.js";
import { openAssistant } from "../assistant.js";
import type { Turn } from "../answer/engine.js";
import { missingSettingsMessage, missingSlackSettings, SlackStartError, startSlackApp, verifySlackToken } from "../slack/app.js";
import { formatSummary } from "./format.js";
import { runCli } from "./run.js";

function fail(message: string): void {
  console.error(`error: ${message}`);
  process.exitCode = 1;
}

/** What Ctrl+C (SIGINT) or SIGTERM must stop; set once the bot is up. Handlers are installed first. */
let stopBot: (() => Promise<void>) | undefined;
let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`${signal}: finishing answers in progress, then stopping…\n`);
  Promise.resolve()
    .then(() => stopBot?.())
    .catch(() => undefined)
    .finally(() => process.exit(0));
}
process.once("SIGINT", () => shutdown("SIGINT"));
process.once("SIGTERM", () => shutdown("SIGTERM"));

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
    onProgress: (p) => {
      if (p.done === 0 && p.total > 0) process.stderr.write(`Building the index from ${config.corpusDir} (there is none yet, or an older version made it)…\n`);
    },
  });
  if (assistant.built) process.stderr.write(`${formatSummary(assistant.built)}\n`);

  let running: Awaited<ReturnType<typeof startSlackApp>>;
  try {
    // Slack asks through the answerer: the engine offline, the language-model layer when one is configured.
    const engine = assistant.engine;
    const surface = {
      ask: (question: string, opts?: { history?: Turn[] }) => assistant.answerer.ask(question, opts),
      coverage: () => engine.coverage(),
      documents: engine.documents,
      parse: (question: string, history?: Turn[]) => engine.parse(question, history),
    };
    running = await startSlackApp(config, { engine: surface, bot, logLevel: process.env.DEBUG ? LogLevel.DEBUG : LogLevel.INFO });
  } catch (e) {
    assistant.close();
    if (e instanceof SlackStartError) return fail(e.message);
    throw e;
  }
  stopBot = async () => {
    await running.stop();
    assistant.close();
  };
});
