/**
 * The chat model behind one small port: "fill this zod schema from these messages". The adapter is
 * ChatOpenAI (@langchain/openai) against any OpenAI-compatible endpoint. Every failure becomes an
 * `LlmFailure` of a known kind whose message is scrubbed of secrets, so callers can fall back without
 * ever printing a key.
 */
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { z } from "zod";

export type LlmFailureKind = "timeout" | "http" | "unavailable" | "malformed" | "refusal" | "aborted";

export class LlmFailure extends Error {
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "LlmFailure";
  }

  /** The endpoint itself is unwell (as opposed to one bad reply): stop calling it for a while. */
  get transport(): boolean {
    return this.kind === "timeout" || this.kind === "unavailable" || (this.kind === "http" && (this.status === undefined || this.status >= 500 || this.status === 429 || this.status === 401 || this.status === 403 || this.status === 404));
  }
}

export interface StructuredRequest<T> {
  /** The schema's name: the json_schema name or the function name. */
  name: string;
  schema: z.ZodType<T>;
  system: string;
  user: string;
}

/** The port the answerer depends on. Implementations throw `LlmFailure` and nothing else. */
export interface ChatPort {
  structured<T>(request: StructuredRequest<T>, opts?: { signal?: AbortSignal }): Promise<T>;
}

export type StructuredMethod = "jsonSchema" | "functionCalling";

export interface OpenAIChatOptions {
  model: string;
  apiKey?: string;
  baseURL?: string;
  timeoutMs: number;
  maxRetries: number;
  /** How structured output is asked for: `response_format: json_schema` (default) or a forced tool call. */
  method?: StructuredMethod;
}

/** Replace anything that looks like a credential (and the configured ones) in a message. */
export function scrubSecrets(text: string, secrets: (string | undefined)[] = []): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join("[redacted]");
  return out
    .replace(/\b(?:sk|rk|pk)-[A-Za-z0-9_*-]{6,}/g, "[redacted]")
    .replace(/\bxox[abpr]-[A-Za-z0-9-]{6,}/g, "[redacted]")
    .replace(/\bxapp-[A-Za-z0-9-]{6,}/g, "[redacted]")
    .replace(/(Bearer|api[-_ ]?key[=:]?)\s+\S+/gi, "$1 [redacted]");
}

export class OpenAIChat implements ChatPort {
  private readonly llm: ChatOpenAI;
  private readonly method: StructuredMethod;
  private readonly secrets: (string | undefined)[];

  constructor(opts: OpenAIChatOptions) {
    this.method = opts.method ?? "jsonSchema";
    this.secrets = [opts.apiKey];
    const reasoning = /^(?:o\d|gpt-5)/i.test(opts.model);
    this.llm = new ChatOpenAI({
      model: opts.model,
      // Local servers (Ollama, vLLM, LM Studio, llama.cpp) accept any key; the client insists on one.
      apiKey: opts.apiKey ?? "not-needed",
      timeout: opts.timeoutMs,
      maxRetries: opts.maxRetries,
      // Keeps the provider's reply on the message, where an OpenAI-style `refusal` can be read.
      __includeRawResponse: true,
      ...(reasoning ? {} : { temperature: 0 }),
      ...(opts.baseURL ? { configuration: { baseURL: opts.baseURL } } : {}),
    });
  }

  async structured<T>(request: StructuredRequest<T>, opts: { signal?: AbortSignal } = {}): Promise<T> {
    const messages: BaseMessage[] = [new SystemMessage(request.system), new HumanMessage(request.user)];
    let out: { raw: BaseMessage; parsed: unknown };
    try {
      const runnable = this.llm.withStructuredOutput(request.schema, { name: request.name, method: this.method, includeRaw: true });
      out = (await runnable.invoke(messages, opts.signal ? { signal: opts.signal } : {})) as { raw: BaseMessage; parsed: unknown };
    } catch (e) {
      throw this.classify(e, opts.signal);
    }
    const direct = request.schema.safeParse(out.parsed);
    if (out.parsed != null && direct.success) return direct.data;
    // Either format may come back whatever was asked (some servers answer a json_schema request with a
    // tool call, or a tool request with JSON in the content): read both before giving up.
    const lenient = readStructured(out.raw);
    for (const candidate of lenient) {
      const p = request.schema.safeParse(candidate);
      if (p.success) return p.data;
    }
    const refusal = refusalOf(out.raw);
    if (refusal !== undefined) throw new LlmFailure("refusal", "the model declined to answer");
    throw new LlmFailure("malformed", "the model's reply did not match the schema");
  }

  private classify(e: unknown, signal?: AbortSignal): LlmFailure {
    if (e instanceof LlmFailure) return e;
    const err = (e ?? {}) as { name?: string; message?: string; status?: number; code?: string; cause?: unknown; constructor?: { name?: string } };
    const name = `${err.name ?? ""} ${err.constructor?.name ?? ""}`;
    const message = scrubSecrets(String(err.message ?? e), this.secrets).slice(0, 300);
    if (signal?.aborted) return new LlmFailure("timeout", "the model did not answer within the time allowed");
    if (/TimeoutError|APIConnectionTimeoutError/.test(name) || /timed? ?out/i.test(message)) return new LlmFailure("timeout", "the model did not answer in time");
    if (/AbortError/.test(name)) return new LlmFailure("aborted", "the request was cancelled");
    if (/refus/i.test(message) || /ContentFilterFinishReasonError/.test(name)) return new LlmFailure("refusal", "the model declined to answer");
    if (typeof err.status === "number") return new LlmFailure("http", `the endpoint answered HTTP ${err.status}`, err.status);
    if (/SyntaxError|OutputParserException|ZodError|LengthFinishReasonError/.test(name) || /JSON|parse/i.test(message)) {
      return new LlmFailure("malformed", "the model's reply was not valid JSON for the schema");
    }
    if (/APIConnectionError|FetchError/.test(name) || /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|fetch failed|Connection error|socket/i.test(message)) {
      return new LlmFailure("unavailable", "the endpoint could not be reached");
    }
    return new LlmFailure("http", `the model call failed (${message})`);
  }
}

/** JSON objects found in a reply: tool-call arguments first, then the content (fences and prose around it tolerated). */
export function readStructured(raw: BaseMessage | undefined): unknown[] {
  if (!raw) return [];
  const found: unknown[] = [];
  const msg = raw as BaseMessage & { tool_calls?: { args?: unknown }[]; additional_kwargs?: Record<string, unknown> };
  for (const call of msg.tool_calls ?? []) if (call.args && typeof call.args === "object") found.push(call.args);
  const kwCalls = msg.additional_kwargs?.tool_calls as { function?: { arguments?: string } }[] | undefined;
  for (const call of kwCalls ?? []) {
    const parsed = parseJsonLoose(call.function?.arguments ?? "");
    if (parsed !== undefined) found.push(parsed);
  }
  const content = typeof msg.content === "string" ? msg.content : Array.isArray(msg.content) ? msg.content.map((p) => (typeof p === "string" ? p : "text" in p ? String(p.text) : "")).join("") : "";
  const parsed = parseJsonLoose(content);
  if (parsed !== undefined) found.push(parsed);
  return found;
}

export function parseJsonLoose(text: string): unknown {
  const t = text.trim();
  if (!t) return undefined;
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(t);
  const candidates = [fenced?.[1] ?? "", t, t.slice(t.indexOf("{"), t.lastIndexOf("}") + 1)];
  for (const c of candidates) {
    if (!c.trim()) continue;
    try {
      return JSON.parse(c);
    } catch {
      /* try the next */
    }
  }
  return undefined;
}

function refusalOf(raw: BaseMessage | undefined): string | undefined {
  if (!raw) return undefined;
  const kw = (raw as { additional_kwargs?: Record<string, unknown> }).additional_kwargs ?? {};
  if (typeof kw.refusal === "string" && kw.refusal) return kw.refusal;
  const rawResponse = kw.__raw_response as { choices?: { message?: { refusal?: unknown } }[] } | undefined;
  const providerRefusal = rawResponse?.choices?.[0]?.message?.refusal;
  if (typeof providerRefusal === "string" && providerRefusal) return providerRefusal;
  const content = typeof raw.content === "string" ? raw.content : "";
  if (/^\s*(?:I'?m sorry|I am sorry|I can(?:no|')t (?:help|assist|comply)|I won'?t)/i.test(content)) return content;
  return undefined;
}
