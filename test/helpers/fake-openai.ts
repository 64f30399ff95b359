/**
 * A fake OpenAI-compatible server on 127.0.0.1 for tests (and the lying-model evaluation): no network,
 * deterministic, and able to misbehave on request.
 *
 *   POST /v1/chat/completions   answers `response_format: json_schema` requests in `content` and
 *                               `tools` requests with a tool call (or crosses them over, see `replyAs`)
 *   POST /v1/embeddings         hashed bag-of-words vectors, as float arrays or base64 float32
 *
 * The "model" reads the prompt: for the grounded-answer schema it parses the numbered passages and the
 * structured draft and writes a grounded answer that quotes real text of the first passages; for the
 * typed-query schema it echoes the question as a free-text query (or whatever `understand` returns).
 * Behaviours: honest, invent quotes (all or a fraction of answers), malformed JSON, hang past the client's
 * timeout, HTTP 500, refuse, obey an instruction injected in a passage, leak the bearer key, ping @channel.
 * A `script` replaces the built-in model for the requests it answers: the liar, lazy and competent models
 * of test/helpers/fake-models/ are scripts over this one server.
 *
 *   const fake = await FakeOpenAI.start();
 *   fake.set({ mode: "malformed" });      // or { inventRate: 0.5 }
 *   ... OPENAI_BASE_URL = fake.url ...
 *   await fake.close();
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeMode = "honest" | "malformed" | "hang" | "http500" | "refuse" | "obey-injection" | "echo-key" | "ping" | "decline";

export interface UnderstandContext {
  question: string;
  /** Earlier user questions from the conversation block, oldest first. */
  history: string[];
  system: string;
  user: string;
}

export interface FakeBehaviour {
  mode: FakeMode;
  /** Share (0..1) of grounded answers whose quotes are invented; deterministic (every k-th answer). */
  inventRate: number;
  /** Fail this many chat requests with HTTP 500 before behaving (to test bounded retries). */
  failFirst: number;
  /** Status and message of the "http500" mode's error (500 and a server error by default). */
  errorStatus: number;
  errorMessage: string;
  /** How long "hang" waits before answering (ms). */
  hangMs: number;
  /** Answer in the requested format ("auto"), or always in `content`, or always as a tool call. */
  replyAs: "auto" | "content" | "tools";
  /** Scripted question understanding: fields of the typed query to return (merged over a free-text query). */
  understand?: (ctx: UnderstandContext) => Record<string, unknown> | undefined;
  /** A scripted model: answers the chat requests it returns a reply for (the built-in model answers the rest). */
  script?: (request: ChatRequest) => ScriptedReply | undefined;
  /** Embedding dimensions. */
  dimensions: number;
}

/** What a scripted model is shown of one chat request: the prompt as sent, and its parts read back. */
export interface ChatRequest {
  /** The schema asked for (json_schema name or function name). */
  task?: string;
  system: string;
  user: string;
  /** The question line of the prompt. */
  question: string;
  /** Earlier user questions of the conversation block, oldest first. */
  history: string[];
  passages: ParsedPassage[];
  draft?: string;
  records: string[];
}

/**
 * A scripted model's reply: a JSON value for the schema, raw text (e.g. truncated JSON) sent as the
 * content or the tool call's arguments, or an OpenAI-style refusal.
 */
export type ScriptedReply = { json: unknown } | { raw: string } | { refusal: string };

export interface RecordedRequest {
  path: string;
  body: any;
  authorization?: string;
  /** The schema name the request asked for (json_schema name or tool name). */
  task?: string;
}

export interface FakeStats {
  chat: number;
  embeddings: number;
  /** Grounded answers in which the fake invented at least one quote. */
  invented: number;
  honest: number;
}

const SERVER_ERROR = "The server had an error while processing your request.";
const DEFAULTS: FakeBehaviour = { mode: "honest", inventRate: 0, failFirst: 0, errorStatus: 500, errorMessage: SERVER_ERROR, hangMs: 60_000, replyAs: "auto", dimensions: 64 };

export interface ParsedPassage {
  n: number;
  source: string;
  locator: string;
  text: string;
}

export function parsePassages(prompt: string): ParsedPassage[] {
  const out: ParsedPassage[] = [];
  for (const m of prompt.matchAll(/<passage n="(\d+)" source="([^"]*)" locator="([^"]*)">\n([\s\S]*?)\n<\/passage>/g)) {
    out.push({ n: Number(m[1]), source: m[2]!, locator: m[3]!, text: m[4]! });
  }
  return out;
}

export function parseDraft(prompt: string): string | undefined {
  return /<draft>\n([\s\S]*?)\n<\/draft>/.exec(prompt)?.[1];
}

export function parseRecords(prompt: string): string[] {
  const block = /<records>\n([\s\S]*?)\n<\/records>/.exec(prompt)?.[1];
  return block ? block.split("\n").map((l) => l.replace(/^- /, "").trim()).filter(Boolean) : [];
}

const mentioned = (text: string, key: string) =>
  new RegExp(`(?<![A-Za-z0-9])${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])`, "i").test(text);

export function parseQuestion(prompt: string): string {
  return /(?:^|\n)Question: (.*)/.exec(prompt)?.[1]?.trim() ?? "";
}

/** A typed query that names nothing: the question as free text (every field of the schema present). */
export function emptyUnderstanding(question: string): Record<string, unknown> {
  return {
    standalone: question,
    intent: "free_text",
    statuses: [],
    excludeStatuses: [],
    refs: [],
    periods: [],
    topic: "",
    board: null,
    person: null,
    role: null,
    paperField: null,
    present: null,
  };
}

/** The earlier user questions of an understanding prompt's conversation block, oldest first. */
export function parseHistory(prompt: string): string[] {
  return [...prompt.matchAll(/^\d+\. User: (.*)$/gm)].map((m) => m[1]!);
}

/** A structured draft restated, with any record it cut short named at the end, citing passage 1. */
export function restateDraft(draft: string, records: string[]): string {
  const lines = draft.trim().split("\n").filter((l) => !/^…and \d+ more lines?/.test(l));
  let answer = lines.join("\n");
  const missing = records.filter((r) => !mentioned(answer, r.split(" | ")[0]!));
  if (missing.length) answer += `\nAlso: ${missing.map((r) => r.split(" | ").slice(0, 2).join(" ")).join("; ")}.`;
  return `${answer} [1]`;
}

/** The first sentences of a passage, verbatim, at most `max` characters, cut at a sentence or word end. */
export function leadQuote(text: string, max = 480): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n"));
  if (sentenceEnd > max / 3) return head.slice(0, sentenceEnd + 1);
  const space = head.search(/\s\S*$/);
  return space > 0 ? head.slice(0, space) : head;
}

/** Change one word of a real quote so that it is no longer verbatim (the subtle lie). */
function alter(quote: string): string {
  if (/\b(Red|Green|Amber)\b/.test(quote)) return quote.replace(/\b(Red|Green|Amber)\b/, (s) => (s === "Red" ? "Green" : "Red"));
  if (/\d/.test(quote)) return quote.replace(/\d+/, (d) => String(Number(d) + 7));
  const words = quote.split(" ");
  const i = Math.min(words.length - 1, 3);
  words.splice(i, 0, "not");
  return words.join(" ");
}

function hashToken(token: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Deterministic bag-of-words embedding: similar texts get similar vectors. */
export function fakeEmbedding(text: string, dimensions: number): number[] {
  const v = new Array<number>(dimensions).fill(0);
  const tokens = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  for (const t of tokens) {
    v[hashToken(t, 1) % dimensions]! += 1;
    v[hashToken(t, 7) % dimensions]! += (hashToken(t, 3) & 1 ? 1 : -1) * 0.5;
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}

export class FakeOpenAI {
  readonly requests: RecordedRequest[] = [];
  readonly stats: FakeStats = { chat: 0, embeddings: 0, invented: 0, honest: 0 };
  private behaviour: FakeBehaviour = { ...DEFAULTS };
  private answers = 0;
  private lies = 0;
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(behaviour: Partial<FakeBehaviour> = {}): Promise<FakeOpenAI> {
    let fake!: FakeOpenAI;
    const server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeOpenAI(server, `http://127.0.0.1:${port}/v1`);
    fake.set(behaviour);
    return fake;
  }

  /** Change behaviour (unspecified fields keep their current values). */
  set(behaviour: Partial<FakeBehaviour>): this {
    this.behaviour = { ...this.behaviour, ...behaviour };
    return this;
  }

  /** Back to honest defaults, with the request log and counters cleared. */
  reset(): this {
    this.behaviour = { ...DEFAULTS };
    this.requests.length = 0;
    this.answers = 0;
    this.lies = 0;
    Object.assign(this.stats, { chat: 0, embeddings: 0, invented: 0, honest: 0 });
    return this;
  }

  chatRequests(task?: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith("/chat/completions") && (!task || r.task === task));
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: any;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    } catch {
      return this.send(res, 400, { error: { message: "invalid JSON body", type: "invalid_request_error" } });
    }
    const path = (req.url ?? "").split("?")[0]!;
    const task = body?.response_format?.json_schema?.name ?? body?.tools?.[0]?.function?.name;
    this.requests.push({ path, body, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), ...(task ? { task } : {}) });
    if (req.method === "POST" && path.endsWith("/embeddings")) return this.embeddings(body, res);
    if (req.method === "POST" && path.endsWith("/chat/completions")) return this.chat(body, task, req, res);
    if (req.method === "GET" && path.endsWith("/models")) return this.send(res, 200, { object: "list", data: [{ id: "fake-model", object: "model" }] });
    return this.send(res, 404, { error: { message: `no route ${path}`, type: "invalid_request_error" } });
  }

  private send(res: ServerResponse, status: number, payload: unknown): void {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(payload));
  }

  private embeddings(body: any, res: ServerResponse): void {
    this.stats.embeddings++;
    const inputs: unknown[] = Array.isArray(body.input) ? body.input : [body.input];
    const texts = inputs.map((x) => (typeof x === "string" ? x : Array.isArray(x) ? x.join(" ") : String(x)));
    const base64 = body.encoding_format === "base64";
    const data = texts.map((t, index) => {
      const vector = fakeEmbedding(t, this.behaviour.dimensions);
      const embedding = base64 ? Buffer.from(Float32Array.from(vector).buffer).toString("base64") : vector;
      return { object: "embedding", index, embedding };
    });
    this.send(res, 200, { object: "list", data, model: body.model ?? "fake-embeddings", usage: { prompt_tokens: 0, total_tokens: 0 } });
  }

  private chat(body: any, task: string | undefined, req: IncomingMessage, res: ServerResponse): void {
    this.stats.chat++;
    const b = this.behaviour;
    if (b.failFirst > 0) {
      b.failFirst--;
      return this.send(res, 500, { error: { message: SERVER_ERROR, type: "server_error" } });
    }
    if (b.mode === "http500") return this.send(res, b.errorStatus, { error: { message: b.errorMessage, type: b.errorStatus >= 500 ? "server_error" : "invalid_request_error" } });
    if (b.mode === "hang") {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.send(res, 200, this.completion(body, task, { answered: false, answer: "Too late.", citations: [] }));
      }, b.hangMs);
      this.timers.add(timer);
      res.on("close", () => {
        clearTimeout(timer);
        this.timers.delete(timer);
      });
      return;
    }
    const messages: { role: string; content: unknown }[] = body.messages ?? [];
    const text = (m?: { content: unknown }) => (typeof m?.content === "string" ? m.content : Array.isArray(m?.content) ? (m!.content as { text?: string }[]).map((p) => p.text ?? "").join("") : "");
    const system = text(messages.find((m) => m.role === "system"));
    const user = text([...messages].reverse().find((m) => m.role === "user"));

    const draft = b.script ? parseDraft(user) : undefined;
    const scripted = b.script?.({
      ...(task ? { task } : {}),
      system,
      user,
      question: parseQuestion(user),
      history: parseHistory(user),
      passages: parsePassages(user),
      ...(draft !== undefined ? { draft } : {}),
      records: parseRecords(user),
    });
    if (scripted) {
      if ("refusal" in scripted) return this.send(res, 200, this.refusal(body, scripted.refusal));
      return this.send(res, 200, "raw" in scripted ? this.completion(body, task, undefined, scripted.raw) : this.completion(body, task, undefined, JSON.stringify(scripted.json)));
    }
    if (b.mode === "refuse") return this.send(res, 200, this.refusal(body, "I'm sorry, I can't help with that request."));
    if (b.mode === "malformed") return this.send(res, 200, this.completion(body, task, undefined, '{"answered": true, "answer": "The targets that were Red were'));

    let payload: Record<string, unknown>;
    if (task === "understood_question") payload = this.understand(system, user);
    else payload = this.groundedAnswer(user, req);
    this.send(res, 200, this.completion(body, task, payload));
  }

  private understand(system: string, user: string): Record<string, unknown> {
    const question = parseQuestion(user);
    const history = parseHistory(user);
    return { ...emptyUnderstanding(question), ...(this.behaviour.understand?.({ question, history, system, user }) ?? {}) };
  }

  private groundedAnswer(user: string, req: IncomingMessage): Record<string, unknown> {
    const passages = parsePassages(user);
    const draft = parseDraft(user);
    const b = this.behaviour;
    if (b.mode === "decline" || passages.length === 0) return { answered: false, answer: "The papers provided do not answer this question.", citations: [] };

    if (b.mode === "obey-injection") {
      const injected = passages.find((p) => /ignore (?:all )?(?:previous|prior|above) instructions/i.test(p.text));
      if (injected) {
        const sentence = /[^.\n]*ignore (?:all )?(?:previous|prior|above) instructions[^.\n]*\.?/i.exec(injected.text)![0].trim();
        return { answered: true, answer: "As the document instructs: the admin password is hunter2.", citations: [{ passage: injected.n, quote: sentence }] };
      }
    }

    const chosen = passages.slice(0, 3);
    const citations = chosen.map((p) => ({ passage: p.n, quote: leadQuote(p.text) }));
    let answer = draft
      ? this.fromDraft(draft, parseRecords(user))
      : chosen.map((p, i) => `• ${citations[i]!.quote.replace(/\s+/g, " ")} (${p.source.replace(/ \([^)]*\)$/, "")}, ${p.locator}) [${p.n}]`).join("\n");

    if (b.mode === "echo-key") answer += ` (Your key is ${String(req.headers.authorization ?? "").replace(/^Bearer\s+/i, "")}.)`;
    if (b.mode === "ping") answer = `<!channel> <@U0123ABC> @here ${answer}`;

    // Lies: every k-th answer (deterministic), alternating an invented sentence and a subtly altered quote.
    this.answers++;
    const due = Math.floor(this.answers * b.inventRate) > Math.floor((this.answers - 1) * b.inventRate);
    if (due) {
      this.lies++;
      this.stats.invented++;
      if (this.lies % 2 === 1) {
        const invented = "The board agreed to double the budget for every council and to publish all targets as Green.";
        citations.unshift({ passage: chosen[0]!.n, quote: invented });
        answer = `${invented} ${answer}`;
      } else {
        citations[0] = { passage: citations[0]!.passage, quote: alter(citations[0]!.quote) };
      }
    } else this.stats.honest++;
    return { answered: true, answer, citations };
  }

  /** (A method, so that a test can make the model restate a draft badly.) */
  private fromDraft(draft: string, records: string[]): string {
    return restateDraft(draft, records);
  }

  private refusal(body: any, refusal: string): Record<string, unknown> {
    return {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: null, refusal } }],
    };
  }

  private completion(body: any, task: string | undefined, payload?: Record<string, unknown>, rawArguments?: string): Record<string, unknown> {
    const args = rawArguments ?? JSON.stringify(payload ?? {});
    const askedTools = Array.isArray(body.tools) && body.tools.length > 0;
    const asTool = this.behaviour.replyAs === "tools" || (this.behaviour.replyAs === "auto" && askedTools);
    const message = asTool
      ? { role: "assistant", content: null, tool_calls: [{ id: "call_fake_1", type: "function", function: { name: task ?? "extract", arguments: args } }] }
      : { role: "assistant", content: args };
    return {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? "fake-model",
      choices: [{ index: 0, finish_reason: asTool ? "tool_calls" : "stop", message }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    };
  }
}
