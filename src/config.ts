/**
 * All configuration comes from the environment, parsed once here with zod. Every variable is documented
 * in .env.example. Secrets are kept in this object only and never logged (see `redactedConfig`).
 */
import { resolve } from "node:path";
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
  FEEDBACK_LOG: z.string().default("data/feedback.jsonl"),
  DOCS_BASE_URL: optionalString,
});

export interface Config {
  corpusDir: string;
  indexDir: string;
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
    feedbackLog: string;
  };
  docsBaseUrl?: string;
}

export const LOCAL_EMBEDDINGS_MODEL = "local-hash-v10";
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
      feedbackLog: resolve(e.FEEDBACK_LOG),
    },
    ...(e.DOCS_BASE_URL ? { docsBaseUrl: e.DOCS_BASE_URL } : {}),
  };
}

/** The configuration with every secret replaced, safe to print. */
export function redactedConfig(c: Config): unknown {
  const mask = (v?: string) => (v ? "[set]" : "[not set]");
  return {
    ...c,
    openai: { ...c.openai, apiKey: mask(c.openai.apiKey) },
    slack: { ...c.slack, botToken: mask(c.slack.botToken), signingSecret: mask(c.slack.signingSecret), appToken: mask(c.slack.appToken) },
  };
}

/** True when a chat model endpoint is configured (the LLM layer is optional). */
export function llmConfigured(c: Config): boolean {
  return Boolean(c.openai.chatModel && (c.openai.apiKey || c.openai.baseURL));
}
