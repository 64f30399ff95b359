/**
 * All configuration comes from the environment, parsed once here with zod. Every variable is documented
 * in .env.example. Secrets are kept in this object only and never logged (see `redactedConfig`).
 */
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

const EnvSchema = z.object({
  CORPUS_DIR: z.string().default("corpora/lga"),
  INDEX_DIR: z.string().default(".lga-index"),
  INDEX_DATABASE_URL: optionalString,
  EMBEDDINGS_PROVIDER: z.enum(["local", "openai"]).default("local"),
  EMBEDDINGS_MODEL: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  CHAT_MODEL: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  LLM_STRUCTURED_OUTPUT: z.enum(["json_schema", "function_calling"]).default("json_schema"),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString,
  SLACK_ALLOWED_TEAMS: list,
  SLACK_ALLOWED_CHANNELS: list,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optionalString,
  SLACK_STATE_DB: optionalString,
  DATABASE_URL: optionalString,
  SLACK_ANSWER_WORKERS: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.coerce.number().int().min(0).max(64).optional()),
  SLACK_QUEUE_LIMIT: z.coerce.number().int().min(1).default(1000),
  SLACK_BUSY_AT: z.coerce.number().int().min(1).default(8),
  SLACK_DELIVERY_BUDGET_MS: z.coerce.number().int().min(0).default(15 * 60 * 1000),
  SLACK_STOP_GRACE_MS: z.coerce.number().int().min(0).default(25_000),
  SLACK_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  FEEDBACK_LOG: z.string().default("data/feedback.jsonl"),
  DOCS_BASE_URL: optionalString,
});

export interface Config {
  corpusDir: string;
  indexDir: string;
  /** A PostgreSQL + pgvector database the index is published to and read from (postgres://…), shared by several instances. */
  indexDatabaseUrl?: string;
  embeddings: { provider: "local" | "openai"; model: string };
  openai: {
    apiKey?: string;
    baseURL?: string;
    chatModel?: string;
    timeoutMs: number;
    maxRetries: number;
    /** How the model is asked for structured output: json_schema, or tools for servers without it. */
    structuredOutput: "jsonSchema" | "functionCalling";
  };
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
    allowedTeams: string[];
    allowedChannels: string[];
    port: number;
    /** HTTP mode: the interface to listen on (undefined: every interface). */
    host?: string;
    feedbackLog: string;
    /** The bot's durable state (work log, dedupe keys, thread memory): an SQLite file... */
    stateDb: string;
    /** ...or a PostgreSQL database shared by several bot instances (postgres://…). */
    databaseUrl?: string;
    /** Worker threads that answer (0: answer on the main thread). */
    answerWorkers: number;
    /** Questions waiting beyond this many are declined with "too busy, ask again shortly". */
    queueLimit: number;
    /** From this many questions waiting, the placeholder says the bot is busy and will answer shortly. */
    busyAt: number;
    /** How long delivery to Slack is retried before the user is told it failed. */
    deliveryBudgetMs: number;
    /** On SIGINT/SIGTERM, how long answers in progress may take to finish before the bot exits. */
    stopGraceMs: number;
    /** Largest request body read (HTTP mode), checked while reading. */
    bodyLimitBytes: number;
  };
  docsBaseUrl?: string;
}

export const LOCAL_EMBEDDINGS_MODEL = "local-hash-v11";
export const DEFAULT_OPENAI_EMBEDDINGS_MODEL = "text-embedding-3-small";

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const provider = e.EMBEDDINGS_PROVIDER;
  return {
    corpusDir: resolve(e.CORPUS_DIR),
    indexDir: resolve(e.INDEX_DIR),
    ...(e.INDEX_DATABASE_URL ? { indexDatabaseUrl: e.INDEX_DATABASE_URL } : {}),
    embeddings: {
      provider,
      model: e.EMBEDDINGS_MODEL ?? (provider === "local" ? LOCAL_EMBEDDINGS_MODEL : DEFAULT_OPENAI_EMBEDDINGS_MODEL),
    },
    openai: {
      ...(e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY } : {}),
      ...(e.OPENAI_BASE_URL ? { baseURL: e.OPENAI_BASE_URL } : {}),
      ...(e.CHAT_MODEL ? { chatModel: e.CHAT_MODEL } : {}),
      timeoutMs: e.LLM_TIMEOUT_MS,
      maxRetries: e.LLM_MAX_RETRIES,
      structuredOutput: e.LLM_STRUCTURED_OUTPUT === "function_calling" ? "functionCalling" : "jsonSchema",
    },
    slack: {
      ...(e.SLACK_BOT_TOKEN ? { botToken: e.SLACK_BOT_TOKEN } : {}),
      ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
      allowedTeams: e.SLACK_ALLOWED_TEAMS,
      allowedChannels: e.SLACK_ALLOWED_CHANNELS,
      port: e.PORT,
      ...(e.HOST ? { host: e.HOST } : {}),
      feedbackLog: resolve(e.FEEDBACK_LOG),
      // Beside the index folder (not inside it: a rebuild replaces the index, never the bot's work).
      stateDb: resolve(e.SLACK_STATE_DB ?? join(dirname(resolve(e.INDEX_DIR)), "lga-bot-state.sqlite")),
      ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
      answerWorkers: e.SLACK_ANSWER_WORKERS ?? Math.max(1, availableParallelism() - 1),
      queueLimit: e.SLACK_QUEUE_LIMIT,
      busyAt: e.SLACK_BUSY_AT,
      deliveryBudgetMs: e.SLACK_DELIVERY_BUDGET_MS,
      stopGraceMs: e.SLACK_STOP_GRACE_MS,
      bodyLimitBytes: e.SLACK_BODY_LIMIT_BYTES,
    },
    ...(e.DOCS_BASE_URL ? { docsBaseUrl: e.DOCS_BASE_URL } : {}),
  };
}

/** The configuration with every secret replaced, safe to print. */
export function redactedConfig(c: Config): unknown {
  const mask = (v?: string) => (v ? "[set]" : "[not set]");
  return {
    ...c,
    ...(c.indexDatabaseUrl ? { indexDatabaseUrl: mask(c.indexDatabaseUrl) } : {}),
    openai: { ...c.openai, apiKey: mask(c.openai.apiKey) },
    slack: { ...c.slack, botToken: mask(c.slack.botToken), signingSecret: mask(c.slack.signingSecret), appToken: mask(c.slack.appToken), databaseUrl: mask(c.slack.databaseUrl) },
  };
}

/** True when a chat model endpoint is configured (the LLM layer is optional). */
export function llmConfigured(c: Config): boolean {
  return Boolean(c.openai.chatModel && (c.openai.apiKey || c.openai.baseURL));
}
