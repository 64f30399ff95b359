/**
 * The Slack app: checks its settings, verifies the bot token (auth.test) itself so a bad token is a clear
 * error rather than an unhandled rejection, then wires Bolt to a transport (Socket Mode when an app token
 * is set, otherwise HTTP at /slack/events), the global middleware, the assistant pane and the listeners.
 * `startSlackApp` returns a handle that stops it, so tests and the benchmark can run it in-process.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi } from "@slack/bolt";
import type { Config } from "../config.js";
import { Answerer, type SlackEngine } from "./answering.js";
import { FeedbackLog } from "./feedback.js";
import { buildGuide } from "./guide.js";
import { LineLogger, redactor, withRedaction, type Logger } from "./log.js";
import { SeenKeys, ThreadMemory } from "./memory.js";
import { filterEvents } from "./middleware.js";
import { createAssistant, registerListeners } from "./listeners/index.js";
import { slackError } from "./reply.js";
import { Inflight, type BotIdentity, type BotServices } from "./services.js";

export class SlackStartError extends Error {}

export const EVENTS_PATH = "/slack/events";
export const HEALTH_PATH = "/healthz";

/**
 * Retries for Web API calls. A 429 is waited out for its Retry-After and then retried (the client pauses
 * its queue meanwhile); network errors and 5xx are retried with backoff for about a minute, no longer, so a
 * person waiting for an answer is not left waiting for half an hour.
 */
export const RETRY_POLICY: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 20_000, randomize: true };

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
}

export interface RunningSlackApp {
  mode: "http" | "socket";
  /** HTTP mode: the port listened on. */
  port?: number;
  bot: BotIdentity;
  app: App;
  /** Resolves once no event, command or action is being handled (false after the timeout). */
  whenIdle(timeoutMs?: number): Promise<boolean>;
  stop(): Promise<void>;
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
  const receiver = socket
    ? new SocketModeReceiver({ appToken: slack.appToken!, logger, installerOptions: { clientOptions } })
    : new HTTPReceiver({
        signingSecret: slack.signingSecret!,
        endpoints: EVENTS_PATH,
        logger,
        customRoutes: [
          {
            path: HEALTH_PATH,
            method: ["GET"],
            handler: (_req, res) => {
              res.writeHead(200, { "content-type": "application/json" });
              res.end(JSON.stringify({ ok: true }));
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

  const inflight = new Inflight();
  const svc: BotServices = {
    answerer: new Answerer(deps.engine, new ThreadMemory(), logger),
    seen: new SeenKeys(),
    feedback: new FeedbackLog(slack.feedbackLog),
    access: { allowedTeams: slack.allowedTeams, allowedChannels: slack.allowedChannels },
    guide: buildGuide(deps.engine, bot.name),
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
  // Count everything handled, from the moment a request is read (before its ack) to the last reply.
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => inflight.run(() => processEvent(event));

  let port: number | undefined;
  try {
    if (socket) {
      await app.start();
    } else {
      const server = (await app.start({ port: deps.port ?? slack.port, ...(deps.host ? { host: deps.host } : {}) })) as Server;
      port = (server.address() as AddressInfo).port;
    }
  } catch (e) {
    throw new SlackStartError(socket ? `Could not connect to Slack in Socket Mode: ${slackError(e)}. Check SLACK_APP_TOKEN (xapp-…, with connections:write).` : `Could not listen for Slack on port ${deps.port ?? slack.port}: ${slackError(e)}.`);
  }
  logger.info(
    socket
      ? `connected to Slack in Socket Mode as @${bot.name ?? bot.userId}`
      : `listening for Slack on port ${port} (events, commands and interactivity at ${EVENTS_PATH}) as @${bot.name ?? bot.userId}`,
  );

  let stopped = false;
  return {
    mode: socket ? "socket" : "http",
    ...(port !== undefined ? { port } : {}),
    bot,
    app,
    whenIdle: (timeoutMs) => inflight.idle(timeoutMs),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await app.stop().catch((e: unknown) => logger.warn(`stopping: ${slackError(e)}`));
      if (!(await inflight.idle(15_000))) logger.warn("stopped with work still in flight");
    },
  };
}
