/**
 * The LLM layer over the real engine and the real bundled corpus (indexed into a temp folder), with the
 * fake OpenAI-compatible server as the model.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeOpenAI, leadQuote, parsePassages } from "../../helpers/fake-openai.js";
import { TEST_KEY, llmConfig, tempAssistant, type TempAssistant } from "./setup.js";
import { LlmAnswerer, LlmFailure, answererFor, createLlmAnswerer, fallbackNote, type ChatPort, type LlmEvent, type LlmLayerOptions } from "../../../src/answer/llm/index.js";
import type { StructuredRequest } from "../../../src/answer/llm/model.js";
import type { Config } from "../../../src/config.js";
import { loadConfig } from "../../../src/config.js";
import { VerbatimChecker } from "../../../src/answer/quotes.js";
import type { EngineAnswer } from "../../../src/answer/engine.js";

let fake: FakeOpenAI;
let assistant: TempAssistant;

beforeAll(async () => {
  fake = await FakeOpenAI.start();
  assistant = await tempAssistant();
});
afterAll(async () => {
  assistant?.dispose();
  await fake?.close();
});
beforeEach(() => {
  fake.reset();
});

function layer(env: Record<string, string> = {}, opts: LlmLayerOptions = {}) {
  const config: Config = llmConfig(assistant.config, fake, env);
  const events: LlmEvent[] = [];
  const llm = createLlmAnswerer(config, assistant, { log: (e) => events.push(e), ...opts });
  return { llm, events, config };
}

/** Every citation's quote passes the scorer's verbatim test against its own document. */
function expectVerbatim(a: EngineAnswer): void {
  for (const c of a.citations) {
    const doc = assistant.index.documentText(c.docId);
    expect(doc, c.docId).toBeDefined();
    expect(new VerbatimChecker(doc!.loadedText).check(c.quote), c.quote).toBe(true);
  }
}

const INVENTED = "The board agreed to double the budget for every council";
const FREE_TEXT_Q = "How many peer challenges were delivered in 2018/19?";
const RED_Q = "Which targets were Red in March 2019?";

describe("grounded answers", () => {
  it("writes an answer from the passages with verified citations (mode llm)", async () => {
    const { llm } = layer();
    const a = await llm.ask(FREE_TEXT_Q);
    expect(a.mode).toBe("llm");
    expect(a.found).toBe(true);
    expect(a.citations.length).toBeGreaterThan(0);
    expectVerbatim(a);
    // Every quote was shown to the model inside a numbered passage.
    const write = fake.chatRequests("grounded_answer");
    expect(write).toHaveLength(1);
    const user = write[0]!.body.messages.at(-1).content as string;
    for (const c of a.citations) expect(user.replace(/\s+/g, " ")).toContain(c.quote);
    const system = write[0]!.body.messages[0].content as string;
    expect(system).toMatch(/DATA, never instructions/);
    expect(write[0]!.body.response_format.type).toBe("json_schema");
  });

  it("keeps a structured lookup exact: same rows, every member named, record citations kept", async () => {
    const { llm } = layer();
    const offline = await assistant.engine.ask(RED_Q);
    const a = await llm.ask(RED_Q);
    expect(a.mode).toBe("llm");
    expect(a.rows).toEqual(offline.rows);
    for (const row of a.rows!) expect(a.answer).toContain(String(row.ref));
    for (const c of offline.citations) expect(a.citations.map((x) => x.quote)).toContain(c.quote);
    expectVerbatim(a);
    // The rules resolved the question to records: no understanding call was needed.
    expect(fake.chatRequests("understood_question")).toHaveLength(0);
  });

  it("works with function calling as well as json_schema", async () => {
    const { llm } = layer({}, { method: "functionCalling" });
    const a = await llm.ask(FREE_TEXT_Q);
    expect(a.mode).toBe("llm");
    const req = fake.chatRequests("grounded_answer")[0]!;
    expect(req.body.tools[0].function.name).toBe("grounded_answer");
    expect(req.body.response_format).toBeUndefined();
  });

  it("reads a tool-call reply to a json_schema request", async () => {
    fake.set({ replyAs: "tools" });
    const a = await layer().llm.ask(FREE_TEXT_Q);
    expect(a.mode).toBe("llm");
  });

  it("falls back to a structured record list when the model leaves a member out", async () => {
    fake.set({ understand: undefined });
    // A model that restates only the first line of the draft: members go missing.
    const { llm, events } = layer();
    const original = fake["fromDraft"].bind(fake);
    fake["fromDraft"] = (draft: string) => `${draft.split("\n")[1]} [1]`;
    try {
      const a = await llm.ask(RED_Q);
      expect(a.mode).toBe("llm-fallback");
      expect(a.notes).toContain(fallbackNote("members"));
      expect(a.answer).toBe((await assistant.engine.ask(RED_Q)).answer);
      expect(events.some((e) => e.reason === "members")).toBe(true);
    } finally {
      fake["fromDraft"] = original;
    }
  });
});

describe("quotes that do not verify are never shown", () => {
  it("an invented quote makes the whole answer fall back (strict, the default)", async () => {
    fake.set({ inventRate: 1 });
    const { llm } = layer();
    const offline = await assistant.engine.ask(FREE_TEXT_Q);
    const invented = await llm.ask(FREE_TEXT_Q); // 1st lie: an invented sentence, quoted and stated
    const altered = await llm.ask(FREE_TEXT_Q); // 2nd lie: a real quote with one word changed
    for (const a of [invented, altered]) {
      expect(a.mode).toBe("llm-fallback");
      expect(a.notes).toContain(fallbackNote("unverified-quote"));
      expect(a.answer).toBe(offline.answer);
      expect(a.citations).toEqual(offline.citations);
      expect(a.answer).not.toContain(INVENTED);
      expectVerbatim(a);
    }
    expect(fake.stats.invented).toBe(2);
  });

  it("non-strict: a dropped citation the answer does not rely on is removed; one it relies on makes it fall back", async () => {
    fake.set({ inventRate: 1 });
    const { llm } = layer({}, { strictQuotes: false });
    const stated = await llm.ask(FREE_TEXT_Q); // the invented sentence is stated in the answer
    expect(stated.mode).toBe("llm-fallback");
    expect(stated.answer).not.toContain(INVENTED);
    const altered = await llm.ask(FREE_TEXT_Q); // passage [1]'s only citation was altered; the answer points at [1]
    expect(altered.mode).toBe("llm-fallback");

    // A model that adds a superfluous bad quote next to a good one, and does not use it.
    const chat: ChatPort = {
      async structured<T>(req: StructuredRequest<T>): Promise<T> {
        if (req.name !== "grounded_answer") throw new LlmFailure("malformed", "this stub only writes answers");
        // The first passages (the offline answer's evidence) quoted whole, so that it covers as much.
        const quoted = parsePassages(req.user)
          .slice(0, 3)
          .map((p) => ({ passage: p.n, quote: leadQuote(p.text) }));
        return req.schema.parse({
          answered: true,
          answer: quoted.map((c) => `${c.quote} [${c.passage}]`).join("\n"),
          citations: [...quoted, { passage: 1, quote: "Lunar farming schedules were agreed by the committee." }],
        });
      },
    };
    const stub = new LlmAnswerer(assistant.engine, assistant.index, { chat, timeoutMs: 1000, maxRetries: 0, strictQuotes: false });
    const kept = await stub.ask(FREE_TEXT_Q);
    expect(kept.mode, JSON.stringify(kept.notes)).toBe("llm");
    expect(kept.notes?.some((n) => /could not be verified and was removed/.test(n))).toBe(true);
    expect(kept.citations.map((c) => c.quote).join(" ")).not.toContain("Lunar farming");
    expectVerbatim(kept);
    const strict = await new LlmAnswerer(assistant.engine, assistant.index, { chat, timeoutMs: 1000, maxRetries: 0 }).ask(FREE_TEXT_Q);
    expect(strict.mode).toBe("llm-fallback");
  });
});

describe("failure is graceful", () => {
  it("malformed JSON -> the extractive answer with a note", async () => {
    fake.set({ mode: "malformed" });
    const offline = await assistant.engine.ask(FREE_TEXT_Q);
    const a = await layer().llm.ask(FREE_TEXT_Q);
    expect(a.mode).toBe("llm-fallback");
    expect(a.notes).toContain(fallbackNote("malformed"));
    expect(a.answer).toBe(offline.answer);
    expect(a.citations).toEqual(offline.citations);
  });

  it("a timeout -> fallback within the configured time", async () => {
    fake.set({ mode: "hang", hangMs: 10_000 });
    const started = Date.now();
    const a = await layer({ LLM_TIMEOUT_MS: "300" }).llm.ask(RED_Q);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(a.mode).toBe("llm-fallback");
    expect(a.notes).toContain(fallbackNote("timeout"));
    expect(a.rows?.length).toBeGreaterThan(0);
  });

  it("HTTP 500 -> fallback, after exactly the configured number of retries", async () => {
    fake.set({ mode: "http500" });
    const a = await layer({ LLM_MAX_RETRIES: "1" }).llm.ask(RED_Q);
    expect(a.mode).toBe("llm-fallback");
    expect(a.notes).toContain(fallbackNote("http"));
    expect(fake.chatRequests("grounded_answer")).toHaveLength(2);
  });

  it("a transient 500 is retried and the answer still comes from the model", async () => {
    fake.set({ failFirst: 1 });
    const a = await layer({ LLM_MAX_RETRIES: "1" }).llm.ask(RED_Q);
    expect(a.mode).toBe("llm");
    expect(fake.chatRequests("grounded_answer")).toHaveLength(2);
  });

  it("a refusal -> fallback with a note", async () => {
    fake.set({ mode: "refuse" });
    const a = await layer().llm.ask(FREE_TEXT_Q);
    expect(a.mode).toBe("llm-fallback");
    expect(a.notes).toContain(fallbackNote("refusal"));
  });

  it("a model that finds no answer in the passages -> the extracted answer", async () => {
    fake.set({ mode: "decline" });
    const a = await layer().llm.ask(FREE_TEXT_Q);
    expect(a.mode).toBe("llm-fallback");
    expect(a.notes).toContain(fallbackNote("not-answered"));
    expect(a.found).toBe(true);
  });

  it("an endpoint that is down -> fallback; after repeated failures the model is skipped for a while", async () => {
    fake.set({ mode: "http500" });
    const { llm } = layer({}, { breaker: { threshold: 2, cooldownMs: 60_000 } });
    await llm.ask(RED_Q);
    await llm.ask(RED_Q);
    const calls = fake.chatRequests().length;
    const a = await llm.ask(RED_Q);
    expect(fake.chatRequests().length).toBe(calls);
    expect(a.mode).toBe("llm-fallback");
    expect(a.notes).toContain(fallbackNote("circuit-open"));
    expect(a.rows?.length).toBeGreaterThan(0);
  });

  it("an unreachable endpoint -> fallback", async () => {
    const closed = await FakeOpenAI.start();
    await closed.close();
    const config = loadConfig({ CORPUS_DIR: assistant.config.corpusDir, INDEX_DIR: assistant.config.indexDir, OPENAI_BASE_URL: closed.url, CHAT_MODEL: "m", LLM_MAX_RETRIES: "0" });
    const a = await createLlmAnswerer(config, assistant).ask(RED_Q);
    expect(a.mode).toBe("llm-fallback");
    expect(a.notes).toContain(fallbackNote("unavailable"));
  });

  it("a question the papers do not answer is not sent to the writer", async () => {
    const q = "Which targets were Red in March 2025?";
    const offline = await assistant.engine.ask(q);
    const a = await layer().llm.ask(q);
    expect(a.found).toBe(false);
    expect(a.answer).toBe(offline.answer);
    expect(fake.chatRequests("grounded_answer")).toHaveLength(0);
  });
});

describe("safety", () => {
  it("the model's text cannot ping anyone in Slack", async () => {
    fake.set({ mode: "ping" });
    const a = await layer().llm.ask(FREE_TEXT_Q);
    expect(a.mode).toBe("llm");
    expect(a.answer).not.toMatch(/<!channel>|<!here>|<@U|@here|@channel/);
  });

  it("keys never reach an answer, a note or a log event", async () => {
    fake.set({ mode: "echo-key" });
    const { llm, events } = layer();
    const leaked = await llm.ask(FREE_TEXT_Q);
    expect(leaked.mode).toBe("llm-fallback");
    expect(leaked.notes).toContain(fallbackNote("secret"));

    fake.set({ mode: "http500", errorStatus: 401, errorMessage: `Incorrect API key provided: ${TEST_KEY}.` });
    const rejected = await llm.ask(FREE_TEXT_Q);
    expect(rejected.mode).toBe("llm-fallback");
    const everything = JSON.stringify([leaked, rejected, events]);
    expect(everything).not.toContain(TEST_KEY);
    expect(everything).not.toContain(TEST_KEY.slice(8, 20));
    expect(events.some((e) => e.outcome === "fallback")).toBe(true);
  });
});

describe("understanding", () => {
  it("rewrites a follow-up into a standalone question from the conversation before retrieval", async () => {
    fake.set({
      understand: ({ question, history }) =>
        history.length && /amber/i.test(question)
          ? { standalone: history.at(-1)!.replace(/\bRed\b/i, "Amber"), intent: "list_by_status", statuses: ["Amber"] }
          : undefined,
    });
    const { llm } = layer();
    const first = await llm.ask(RED_Q);
    const follow = "and which were amber?";
    const a = await llm.ask(follow, { history: [{ question: RED_Q, query: first.query, answer: first.answer }] });
    const req = fake.chatRequests("understood_question").at(-1)!;
    const user = req.body.messages.at(-1).content as string;
    expect(user).toContain(`1. User: ${RED_Q}`);
    expect(user).toContain(`Question: ${follow}`);
    expect(a.question).toBe(follow);
    expect(a.query.question).toBe("Which targets were Amber in March 2019?");
    expect(a.notes).toContain('Understood as: "Which targets were Amber in March 2019?"');
    expect(a.rows?.length).toBeGreaterThan(0);
    for (const row of a.rows!) expect(row.status).toBe("Amber");
    expect(new Set(a.rows!.map((r) => r.docId))).toEqual(new Set(["lga-performance-report-2019-03"]));
    expect(a.mode).toBe("llm");
  });

  it("a follow-up still works from the rules when the model's rewrite fails", async () => {
    const first = await assistant.engine.ask(RED_Q);
    fake.set({ mode: "malformed" });
    const follow = "and which were amber?";
    const a = await layer().llm.ask(follow, { history: [{ question: RED_Q, query: first.query }] });
    const offline = await assistant.engine.ask(follow, { history: [{ question: RED_Q, query: first.query }] });
    expect(a.mode).toBe("llm-fallback");
    expect(a.rows).toEqual(offline.rows);
  });

  it("phrasing the rules miss reaches the records through the model's typed query", async () => {
    const q = "red ones in the March 2019 report?";
    expect(assistant.engine.lookup(assistant.engine.parse(q))).toBeUndefined();
    fake.set({
      understand: () => ({ intent: "list_by_status", statuses: ["Red"], periods: [{ kind: "month", iso: "2019-03", financialYear: null, quarter: null, year: null, label: "March 2019", inRange: false }] }),
    });
    const a = await layer().llm.ask(q);
    const red = await assistant.engine.ask(RED_Q);
    expect(a.rows).toEqual(red.rows);
    expect(a.mode).toBe("llm");
    expect(a.notes?.some((n) => /reading of the question was used/.test(n))).toBe(true);
  });

  it("a model's reading naming what the question does not say is dropped whole, and the rules' parse answers", async () => {
    // The case: a question about what the NAO said, read as a list of Green targets in Q1 2013/14.
    const q = "what did the NAO say happened to government funding?";
    fake.set({
      understand: () => ({
        intent: "list_by_status",
        statuses: ["Green"],
        periods: [{ kind: "quarter", iso: null, financialYear: "2013/14", quarter: 1, year: null, label: "Q1 2013/14", inRange: false }],
        refs: ["ZZ99"],
        person: "Nobody Atall",
      }),
    });
    const { llm, events } = layer();
    const offline = await assistant.engine.ask(q);
    const a = await llm.ask(q);
    expect(fake.chatRequests("understood_question")).toHaveLength(1);
    const dropped = events.find((e) => e.stage === "understand" && e.outcome === "dropped");
    expect(dropped?.reason).toBe("ungrounded-query");
    expect(dropped?.detail).toMatch(/status Green.*reference ZZ99.*period Q1 2013\/14.*person Nobody Atall/);
    expect(a.query).toEqual(offline.query);
    expect(a.rows).toBeUndefined();
    expect(a.answer).not.toMatch(/targets were Green/);
    expect(a.notes?.some((n) => /reading of the question was used/.test(n))).toBeFalsy();
  });
});

describe("one judge for both routes", () => {
  /** A model that writes from the passages with `pick`, quoting verbatim (every check passes). */
  const quoting = (pick: (passages: ReturnType<typeof parsePassages>) => ReturnType<typeof parsePassages>): ChatPort => ({
    async structured<T>(req: StructuredRequest<T>): Promise<T> {
      if (req.name !== "grounded_answer") throw new LlmFailure("malformed", "this stub only writes answers");
      const chosen = pick(parsePassages(req.user)).map((p) => ({ passage: p.n, quote: leadQuote(p.text, 300) }));
      return req.schema.parse({ answered: true, answer: chosen.map((c) => `${c.quote} [${c.passage}]`).join("\n"), citations: chosen });
    },
  });
  const stub = (chat: ChatPort) => new LlmAnswerer(assistant.engine, assistant.index, { chat, timeoutMs: 1000, maxRetries: 0 });

  it("a verified answer that covers less of the question than the offline one gives way to it, whole", async () => {
    const offline = await assistant.engine.ask(FREE_TEXT_Q);
    // Real text, correctly quoted, of the least relevant passage it was shown.
    const a = await stub(quoting((ps) => ps.slice(-1))).ask(FREE_TEXT_Q);
    expect(a.mode).toBe("llm-fallback");
    expect(a.notes).toContain(fallbackNote("covers-less"));
    expect(a.answer).toBe(offline.answer);
    expect(a.citations).toEqual(offline.citations);
    expect(a.verdict).toMatchObject({ winner: "offline", reason: "covers-less" });
    expect(a.verdict.coverage!.model).toBeLessThan(a.verdict.coverage!.offline);
  });

  it("one that covers as much is shown, and says it won", async () => {
    const a = await stub(quoting((ps) => ps.slice(0, 3))).ask(FREE_TEXT_Q);
    expect(a.mode).toBe("llm");
    expect(a.verdict.winner).toBe("model");
    expect(a.verdict.coverage!.model).toBeGreaterThanOrEqual(a.verdict.coverage!.offline);
    expectVerbatim(a);
  });

  it("when the answer written from the model's reading fails a check, the offline answer is shown, not the engine's answer to that reading", async () => {
    const q = "red ones in the March 2019 report?";
    fake.set({
      understand: () => ({ intent: "list_by_status", statuses: ["Red"], periods: [{ kind: "month", iso: "2019-03", financialYear: null, quarter: null, year: null, label: "March 2019", inRange: false }] }),
      script: (r) => (r.task === "grounded_answer" ? { raw: '{"answered": true, "answer": "1.2 and' } : undefined),
    });
    const offline = await assistant.engine.ask(q);
    const a = await layer().llm.ask(q);
    expect(a.mode).toBe("llm-fallback");
    expect(a.notes).toContain(fallbackNote("malformed"));
    expect(a.answer).toBe(offline.answer);
    expect(a.rows).toEqual(offline.rows);
    expect(a.notes?.some((n) => /reading of the question was used/.test(n))).toBeFalsy();
  });
});

describe("no model configured", () => {
  it("nothing changes from the offline default", async () => {
    const offlineConfig = loadConfig({ CORPUS_DIR: assistant.config.corpusDir, INDEX_DIR: assistant.config.indexDir });
    expect(answererFor(offlineConfig, assistant)).toBe(assistant.engine);
    // A model name alone (no key, no endpoint) is not a configuration either.
    const nameOnly = loadConfig({ CORPUS_DIR: assistant.config.corpusDir, INDEX_DIR: assistant.config.indexDir, CHAT_MODEL: "gpt-4o-mini" });
    expect(answererFor(nameOnly, assistant)).toBe(assistant.engine);
    expect(() => createLlmAnswerer(offlineConfig, assistant)).toThrow(/No language model is configured/);
    const a = await answererFor(offlineConfig, assistant).ask(FREE_TEXT_Q);
    expect(a.mode).toBe("extractive");
    expect(fake.requests).toHaveLength(0);
  });
});
