/**
 * The Slack app: checks its settings, verifies the bot token (auth.test) itself so a bad token is a clear
 * error rather than an unhandled rejection, then wires Bolt to a transport (Socket Mode when an app token
 * is set, otherwise HTTP at /slack/events), the global middleware, the assistant pane and the listeners.
 *
 * Nothing acknowledged is lost: every event and command is recorded in the bot's durable state before it
 * is acknowledged, and listeners hand questions to the work runner, which answers and delivers them off
 * the acknowledging path. On start, work left by an earlier process (a crash, a stop past its grace) is
 * finished first. `startSlackApp` returns a handle that stops it gracefully, so tests and the benchmark
 * can run it in-process.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi } from "@slack/bolt";
import type { Config } from "../config.js";
import { Answerer, type SlackEngine } from "./answering.js";
import { FeedbackLog } from "./feedback.js";
import { buildGuide } from "./guide.js";
import { LineLogger, redactor, withRedaction, type Logger } from "./log.js";
import { filterEvents } from "./middleware.js";
import { createAssistant, registerListeners } from "./listeners/index.js";
import { slackError } from "./reply.js";
import { Inflight, type BotIdentity, type BotServices } from "./services.js";
import { openBotState, type BotState } from "./state/index.js";
import { RateGate, responseUrlPoster } from "./work/delivery.js";
import { workKey } from "./work/keys.js";
import { yieldToAcks } from "./work/turns.js";
import { WorkRunner } from "./work/runner.js";

export class SlackStartError extends Error {}

export const EVENTS_PATH = "/slack/events";
export const HEALTH_PATH = "/healthz";

/**
 * Retries for Web API calls. A 429 is waited out for its Retry-After and then retried (the client pauses
 * its queue meanwhile); network errors and 5xx are retried with backoff for about a minute, no longer, so a
 * person waiting for an answer is not left waiting for half an hour.
 */
export const RETRY_POLICY: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 20_000, randomize: true };

/** One attempt per call when delivering answers: the work runner retries, after checking what Slack has. */
export const DELIVERY_TIMEOUT_MS = 10_000;

export interface SlackAppDeps {
  engine: SlackEngine;
  logger?: Logger;
  logLevel?: LogLevel;
  /** HTTP mode: interface to listen on (default: all). */
  host?: string;
  /** HTTP mode: overrides config.slack.port; 0 picks a free port. */
  port?: number;
  retryConfig?: webApi.RetryOptions;
  /** The identity from an earlier `verifySlackToken` (skips a second auth.test). */
  bot?: BotIdentity;
  /** Durable state (default: the SQLite file at config.slack.stateDb, closed on stop). */
  state?: BotState;
  /** Questions answered at once (the engine's capacity: the worker pool's size). Default 1. */
  concurrency?: number;
  /** Delivery: the longest wait between retries (default 15 s). */
  maxBackoffMs?: number;
  /** Delivery: a call to Slack slower than this counts as failed (and is checked before it is redone). */
  deliveryTimeoutMs?: number;
}

export interface RunningSlackApp {
  mode: "http" | "socket";
  /** HTTP mode: the port listened on. */
  port?: number;
  bot: BotIdentity;
  app: App;
  /** Resolves once no request is being handled and no answer waits or is being delivered (false after the timeout). */
  whenIdle(timeoutMs?: number): Promise<boolean>;
  /** The work runner (queue depth, retries). */
  work: WorkRunner;
  /**
   * Stop taking requests, finish answers in progress within `graceMs` (default config.slack.stopGraceMs),
   * keep the rest for the next start. Resolves with how many were left.
   */
  stop(graceMs?: number): Promise<number>;
}

/** The environment variables the bot cannot start without. */
export function missingSlackSettings(slack: Config["slack"]): string[] {
  const missing: string[] = [];
  if (!slack.botToken) missing.push("SLACK_BOT_TOKEN");
  if (!slack.appToken && !slack.signingSecret) missing.push("SLACK_SIGNING_SECRET");
  return missing;
}

export function missingSettingsMessage(missing: string[]): string {
  return [
    `Missing ${missing.join(", ")}: the Slack bot cannot start without ${missing.length === 1 ? "it" : "them"}.`,
    "Set them as described in docs/slack.md: SLACK_BOT_TOKEN (xoxb-…) and either SLACK_APP_TOKEN (xapp-…, Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode).",
    'To ask questions without Slack, use the command line: npm run ask -- "Which targets were Red in March 2019?"',
  ].join("\n");
}

function apiUrl(url?: string): string | undefined {
  if (!url) return undefined;
  return url.endsWith("/") ? url : `${url}/`;
}

/** Web API client options: base URL, retries and rate-limit handling. */
export function slackClientOptions(slack: Config["slack"], retryConfig: webApi.RetryOptions = RETRY_POLICY): webApi.WebClientOptions {
  const slackApiUrl = apiUrl(slack.apiUrl);
  return { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig, rejectRateLimitedCalls: false, timeout: 30_000 };
}

/**
 * Check the bot token with auth.test (few retries): who the bot is, or a SlackStartError saying clearly why
 * the token does not work. `npm start` calls it before building the index, to fail fast.
 */
export async function verifySlackToken(config: Config, logger?: Logger): Promise<BotIdentity> {
  const missing = missingSlackSettings(config.slack);
  if (missing.length) throw new SlackStartError(missingSettingsMessage(missing));
  const log = withRedaction(logger ?? new LineLogger(LogLevel.WARN), redactor([config.slack.botToken, config.slack.signingSecret, config.slack.appToken]));
  return verifyToken(config.slack.botToken!, slackClientOptions(config.slack), log);
}

async function verifyToken(token: string, clientOptions: webApi.WebClientOptions, logger: Logger): Promise<BotIdentity> {
  const client = new webApi.WebClient(token, { ...clientOptions, logger, retryConfig: { retries: 1, minTimeout: 500, maxTimeout: 1000 } });
  let r: webApi.AuthTestResponse;
  try {
    r = await client.auth.test();
  } catch (e) {
    const code = slackError(e);
    const platform = Boolean((e as { data?: { error?: unknown } })?.data?.error);
    throw new SlackStartError(
      platform
        ? `Slack did not accept SLACK_BOT_TOKEN (auth.test: ${code}). Use the Bot User OAuth Token (xoxb-…) of an app installed in the workspace.`
        : `Could not reach the Slack Web API at ${clientOptions.slackApiUrl ?? "https://slack.com/api/"} (auth.test: ${code}). Check the network, or SLACK_API_URL if set.`,
    );
  }
  if (!r.user_id) throw new SlackStartError("auth.test did not say which user the bot is; is SLACK_BOT_TOKEN a bot token (xoxb-…)?");
  return { userId: r.user_id, ...(r.bot_id ? { botId: r.bot_id } : {}), ...(r.team_id ? { teamId: r.team_id } : {}), ...(r.user ? { name: r.user } : {}) };
}

export async function startSlackApp(config: Config, deps: SlackAppDeps): Promise<RunningSlackApp> {
  const slack = config.slack;
  const missing = missingSlackSettings(slack);
  if (missing.length) throw new SlackStartError(missingSettingsMessage(missing));
  const botToken = slack.botToken!;
  const logger = withRedaction(deps.logger ?? new LineLogger(deps.logLevel ?? LogLevel.INFO), redactor([slack.botToken, slack.signingSecret, slack.appToken]));
  const clientOptions = slackClientOptions(slack, deps.retryConfig);
  const bot = deps.bot ?? (await verifyToken(botToken, clientOptions, logger));
  const socket = Boolean(slack.appToken);
  const state = deps.state ?? (await openBotStateOrExplain(slack));
  let work: WorkRunner | undefined;
  const inflight = new Inflight();
  const receiver = socket
    ? new SocketModeReceiver({ appToken: slack.appToken!, logger, installerOptions: { clientOptions } })
    : new HTTPReceiver({
        signingSecret: slack.signingSecret!,
        endpoints: EVENTS_PATH,
        logger,
        // raw-body enforces it while reading (and from Content-Length before reading): nothing larger is buffered.
        bodyLimit: slack.bodyLimitBytes,
        customRoutes: [
          {
            path: HEALTH_PATH,
            method: ["GET"],
            handler: (_req, res) => {
              res.writeHead(200, { "content-type": "application/json" });
              res.end(JSON.stringify({ ok: true, queue: work?.depth ?? 0, retrying: work?.retrying ?? 0, requests: inflight.size }));
            },
          },
        ],
      });
  const app = new App({
    token: botToken,
    botUserId: bot.userId,
    botId: bot.botId ?? bot.userId,
    receiver,
    logger,
    logLevel: logger.getLevel(),
    clientOptions,
    convoStore: false,
    ignoreSelf: true,
  });

  const answerer = new Answerer(deps.engine, state, logger);
  const guide = buildGuide(deps.engine, bot.name);
  const deliveryClient = new webApi.WebClient(botToken, {
    ...clientOptions,
    logger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: deps.deliveryTimeoutMs ?? DELIVERY_TIMEOUT_MS,
  });
  work = new WorkRunner(state, answerer, { client: deliveryClient, postToResponseUrl: responseUrlPoster(deps.deliveryTimeoutMs ?? DELIVERY_TIMEOUT_MS), gate: new RateGate() }, logger, {
    concurrency: Math.max(1, deps.concurrency ?? 1),
    queueLimit: slack.queueLimit,
    busyAt: slack.busyAt,
    deliveryBudgetMs: slack.deliveryBudgetMs,
    ...(deps.maxBackoffMs !== undefined ? { maxBackoffMs: deps.maxBackoffMs } : {}),
    coverage: guide.coverage,
    access: { allowedTeams: slack.allowedTeams, allowedChannels: slack.allowedChannels },
  });
  const svc: BotServices = {
    answerer,
    state,
    work,
    feedback: new FeedbackLog(slack.feedbackLog),
    access: { allowedTeams: slack.allowedTeams, allowedChannels: slack.allowedChannels },
    guide,
    bot,
    logger,
    inflight,
  };
  app.use(filterEvents(svc));
  app.assistant(createAssistant(svc));
  registerListeners(app, svc);
  app.error(async (error) => {
    logger.error(`a listener failed: ${error.message}`);
  });
  // Every request that may need an answer is recorded before Bolt acknowledges it; a re-delivery of one
  // already recorded (Slack retries, across restarts too) is acknowledged and dropped. Requests are counted
  // from the moment they are read to the moment the listener has handed its question on.
  const processEvent = app.processEvent.bind(app);
  const settle = async (key: string) => {
    try {
      if ((await state.get(key))?.status === "received") await state.update(key, { status: "ignored", dropBody: true });
    } catch (e) {
      logger.error(`could not update ${key} in the bot's state: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  app.processEvent = (event) =>
    inflight.run(async () => {
      const key = workKey(event.body);
      if (key && !(await recordReceived(state, logger, key, event.body))) {
        await event.ack();
        logger.info(`ignoring a repeated request ${key}${event.retryNum ? ` (Slack retry ${event.retryNum}, ${event.retryReason ?? "no reason given"})` : ""}`);
        return;
      }
      try {
        if ((event.body as { type?: unknown }).type === "event_callback") {
          // An Events API request is acknowledged with an empty 200 whatever it holds (Bolt does the same),
          // so acknowledge it as soon as it is recorded; everything else waits its turn, acks first.
          await event.ack();
          await yieldToAcks();
          await processEvent({ ...event, ack: async () => undefined });
        } else {
          // Commands and actions: the listener's ack carries its reply; what follows the ack waits its turn.
          const ack = event.ack;
          await processEvent({
            ...event,
            ack: async (response) => {
              await ack(response);
              await yieldToAcks();
            },
          });
        }
      } finally {
        if (key) await settle(key);
      }
    });

  // Work an earlier process acknowledged and did not finish, read before this one takes any request: answers
  // to deliver are taken up now; requests recorded but not yet understood are replayed once listening.
  const replay = (await state.unfinished()).filter((w) => w.status === "received" && w.body);
  const resumed = await work.resume();

  let port: number | undefined;
  try {
    if (socket) {
      await app.start();
    } else {
      const host = deps.host ?? slack.host;
      const server = (await app.start({ port: deps.port ?? slack.port, ...(host ? { host } : {}) })) as Server;
      port = (server.address() as AddressInfo).port;
    }
  } catch (e) {
    await work.stop(0);
    if (!deps.state) await state.close();
    throw new SlackStartError(socket ? `Could not connect to Slack in Socket Mode: ${slackError(e)}. Check SLACK_APP_TOKEN (xapp-…, with connections:write).` : `Could not listen for Slack on port ${deps.port ?? slack.port}: ${slackError(e)}.`);
  }
  logger.info(
    socket
      ? `connected to Slack in Socket Mode as @${bot.name ?? bot.userId}`
      : `listening for Slack on port ${port} (events, commands and interactivity at ${EVENTS_PATH}) as @${bot.name ?? bot.userId}`,
  );

  for (const item of replay) {
    await inflight.run(async () => {
      try {
        await processEvent({ body: item.body as Record<string, unknown>, ack: async () => undefined });
      } finally {
        await settle(item.key);
      }
    });
  }
  if (resumed + replay.length) logger.info(`taking up ${resumed + replay.length} request(s) left unfinished by an earlier run`);
  const pruner = setInterval(() => void state.prune().catch((e: unknown) => logger.warn(`pruning the bot's state: ${e instanceof Error ? e.message : String(e)}`)), 60 * 60 * 1000);
  pruner.unref();

  const runner = work;
  let stopped: Promise<number> | undefined;
  const stop = async (graceMs = slack.stopGraceMs): Promise<number> => {
    // One deadline for the whole stop, so a process manager's timeout a little above the grace is enough.
    const deadline = Date.now() + graceMs;
    const remaining = () => Math.max(0, deadline - Date.now());
    await app.stop().catch((e: unknown) => logger.warn(`stopping: ${slackError(e)}`));
    // Requests already read are handed on (they are recorded either way), then answers get what is left.
    await inflight.idle(Math.min(remaining(), 5_000));
    const left = await runner.stop(remaining());
    if (left) logger.warn(`stopped with ${left} answer(s) unfinished: they are kept and finished on the next start`);
    clearInterval(pruner);
    if (!deps.state) await state.close();
    return left;
  };
  return {
    mode: socket ? "socket" : "http",
    ...(port !== undefined ? { port } : {}),
    bot,
    app,
    work: runner,
    whenIdle: async (timeoutMs = 30_000) => {
      const started = Date.now();
      if (!(await inflight.idle(timeoutMs))) return false;
      return runner.idle(Math.max(1, timeoutMs - (Date.now() - started)));
    },
    stop: (graceMs) => (stopped ??= stop(graceMs)),
  };
}

async function openBotStateOrExplain(slack: Config["slack"]): Promise<BotState> {
  try {
    return await openBotState(slack);
  } catch (e) {
    const where = slack.databaseUrl ? "the database at DATABASE_URL" : slack.stateDb;
    throw new SlackStartError(`Could not open the bot's state in ${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Record a request before its ack; a storage failure is logged and the request answered anyway. */
async function recordReceived(state: BotState, logger: Logger, key: string, body: unknown): Promise<boolean> {
  try {
    return await state.receive(key, body);
  } catch (e) {
    logger.error(`could not record ${key} in the bot's state (answering it anyway): ${e instanceof Error ? e.message : String(e)}`);
    return true;
  }
}
