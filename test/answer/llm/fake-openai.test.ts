/** The fake OpenAI-compatible server itself, through the real LangChain clients. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { z } from "zod";
import { FakeOpenAI, fakeEmbedding } from "../../helpers/fake-openai.js";
import { OpenAIChat, LlmFailure } from "../../../src/answer/llm/model.js";
import { GROUNDED_ANSWER, GroundedAnswer } from "../../../src/answer/llm/schemas.js";

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await FakeOpenAI.start();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
});

const PROMPT = 'Question: what is the budget?\n\nPassages:\n\n<passage n="1" source="Paper (2021-01)" locator="Summary">\nThe budget is £1.6 million. It helps 40 councils.\n</passage>';

function chat(method: "jsonSchema" | "functionCalling", timeoutMs = 2000) {
  return new OpenAIChat({ model: "fake-model", apiKey: "sk-test-key-000000000", baseURL: fake.url, timeoutMs, maxRetries: 0, method });
}

describe("fake OpenAI server", () => {
  it("answers a json_schema request in content, quoting the first passage", async () => {
    const out = await chat("jsonSchema").structured({ name: GROUNDED_ANSWER, schema: GroundedAnswer, system: "s", user: PROMPT });
    expect(out.citations[0]).toEqual({ passage: 1, quote: "The budget is £1.6 million. It helps 40 councils." });
    const req = fake.chatRequests()[0]!;
    expect(req.body.response_format.type).toBe("json_schema");
    expect(req.body.response_format.json_schema.name).toBe(GROUNDED_ANSWER);
    expect(req.authorization).toBe("Bearer sk-test-key-000000000");
  });

  it("answers a tools request with a tool call", async () => {
    const out = await chat("functionCalling").structured({ name: GROUNDED_ANSWER, schema: GroundedAnswer, system: "s", user: PROMPT });
    expect(out.answered).toBe(true);
    const req = fake.chatRequests()[0]!;
    expect(req.body.tools[0].function.name).toBe(GROUNDED_ANSWER);
    expect(req.body.tool_choice).toMatchObject({ type: "function" });
  });

  it("is read whichever format comes back (a tool call to a json_schema request and the reverse)", async () => {
    fake.set({ replyAs: "tools" });
    expect((await chat("jsonSchema").structured({ name: GROUNDED_ANSWER, schema: GroundedAnswer, system: "s", user: PROMPT })).answered).toBe(true);
    fake.set({ replyAs: "content" });
    expect((await chat("functionCalling").structured({ name: GROUNDED_ANSWER, schema: GroundedAnswer, system: "s", user: PROMPT })).answered).toBe(true);
  });

  it("misbehaves on request: malformed JSON, refusal, HTTP 500, hang", async () => {
    const ask = (c = chat("jsonSchema")) => c.structured({ name: GROUNDED_ANSWER, schema: GroundedAnswer, system: "s", user: PROMPT });
    fake.set({ mode: "malformed" });
    await expect(ask()).rejects.toMatchObject({ kind: "malformed" });
    await expect(ask(chat("functionCalling"))).rejects.toMatchObject({ kind: "malformed" });
    fake.set({ mode: "refuse" });
    await expect(ask()).rejects.toMatchObject({ kind: "refusal" });
    fake.set({ mode: "http500" });
    await expect(ask()).rejects.toMatchObject({ kind: "http", status: 500 });
    fake.set({ mode: "hang", hangMs: 5000 });
    const started = Date.now();
    const err = await ask(chat("jsonSchema", 200)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmFailure);
    expect((err as LlmFailure).kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("invents quotes in the share of answers it is told to", async () => {
    fake.set({ inventRate: 0.5 });
    const llm = chat("jsonSchema");
    const outs = [];
    for (let i = 0; i < 4; i++) outs.push(await llm.structured({ name: GROUNDED_ANSWER, schema: GroundedAnswer, system: "s", user: PROMPT }));
    const real = "The budget is £1.6 million. It helps 40 councils.";
    const lying = outs.map((o) => o.citations.some((c) => c.quote !== real));
    expect(lying).toEqual([false, true, false, true]);
    expect(fake.stats).toMatchObject({ invented: 2, honest: 2 });
  });

  it("serves embeddings as floats and as base64 float32, the same vectors", async () => {
    const float = new OpenAIEmbeddings({ model: "fake-embed", apiKey: "k", encodingFormat: "float", configuration: { baseURL: fake.url } });
    const base64 = new OpenAIEmbeddings({ model: "fake-embed", apiKey: "k", configuration: { baseURL: fake.url } });
    const a = await float.embedDocuments(["peer challenge councils", "budget"]);
    const b = await base64.embedDocuments(["peer challenge councils", "budget"]);
    expect(a).toHaveLength(2);
    expect(a[0]).toHaveLength(64);
    for (let i = 0; i < 64; i++) expect(b[0]![i]).toBeCloseTo(a[0]![i]!, 5);
    expect(a[0]![0]).toBeCloseTo(fakeEmbedding("peer challenge councils", 64)[0]!, 5);
    const formats = fake.requests.filter((r) => r.path.endsWith("/embeddings")).map((r) => r.body.encoding_format);
    expect(formats).toEqual(["float", "base64"]);
  });

  it("works with a plain ChatOpenAI and withStructuredOutput", async () => {
    const llm = new ChatOpenAI({ model: "fake-model", apiKey: "k", configuration: { baseURL: fake.url }, maxRetries: 0 });
    fake.set({ understand: () => ({ intent: "risk", topic: "cyber" }) });
    const schema = z.object({ standalone: z.string(), intent: z.string(), topic: z.string() });
    const out = await llm.withStructuredOutput(schema, { name: "understood_question" }).invoke("Question: what are the cyber risks?");
    expect(out).toMatchObject({ standalone: "what are the cyber risks?", intent: "risk", topic: "cyber" });
  });
});
