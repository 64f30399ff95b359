/**
 * The optional language-model layer. `answererFor(config, assistant)` is what surfaces call: the engine
 * itself when no model is configured (the offline default, unchanged), else an `LlmAnswerer` over it.
 */
import { llmConfigured, type Config } from "../../config.js";
import type { AnswerEngine } from "../engine.js";
import type { IndexPort } from "../../index/index.js";
import { LlmAnswerer, type Answerer, type LlmAnswererOptions } from "./answerer.js";
import { OpenAIChat, type StructuredMethod } from "./model.js";

export { LlmAnswerer, fallbackNote, type Answerer, type LlmAnswer, type LlmAnswererOptions, type LlmEvent, type FallbackReason, type Verdict } from "./answerer.js";
export { OpenAIChat, LlmFailure, scrubSecrets, type ChatPort, type StructuredMethod } from "./model.js";
export type { LlmTurn } from "./understand.js";

export interface LlmLayerOptions extends Partial<Omit<LlmAnswererOptions, "chat" | "timeoutMs" | "maxRetries">> {
  /** How structured output is requested (default `jsonSchema`; `functionCalling` for servers without json_schema). */
  method?: StructuredMethod;
}

/** An LlmAnswerer over the engine, talking to the endpoint of `config.openai`. Requires `llmConfigured(config)`. */
export function createLlmAnswerer(config: Config, assistant: { engine: AnswerEngine; index: Pick<IndexPort, "documentText"> }, opts: LlmLayerOptions = {}): LlmAnswerer {
  if (!llmConfigured(config)) throw new Error("No language model is configured: set CHAT_MODEL and OPENAI_API_KEY (or OPENAI_BASE_URL).");
  const { method, ...rest } = opts;
  const o = config.openai;
  const chat = new OpenAIChat({
    model: o.chatModel!,
    ...(o.apiKey ? { apiKey: o.apiKey } : {}),
    ...(o.baseURL ? { baseURL: o.baseURL } : {}),
    timeoutMs: o.timeoutMs,
    maxRetries: o.maxRetries,
    ...(method ? { method } : {}),
  });
  return new LlmAnswerer(assistant.engine, assistant.index, {
    chat,
    timeoutMs: o.timeoutMs,
    maxRetries: o.maxRetries,
    secrets: [o.apiKey],
    ...(config.docsBaseUrl ? { docsBaseUrl: config.docsBaseUrl } : {}),
    ...rest,
  });
}

/** The answerer a surface should use: the engine when no model is configured, the LLM layer otherwise. */
export function answererFor(config: Config, assistant: { engine: AnswerEngine; index: Pick<IndexPort, "documentText"> }, opts: LlmLayerOptions = {}): Answerer {
  return llmConfigured(config) ? createLlmAnswerer(config, assistant, opts) : assistant.engine;
}
