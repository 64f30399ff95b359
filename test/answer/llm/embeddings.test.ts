/**
 * Embeddings through the endpoint: ingest and ask with EMBEDDINGS_PROVIDER=openai against the fake server,
 * and switching provider without a re-ingest is refused with a clear message.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeOpenAI } from "../../helpers/fake-openai.js";
import { BUDGET_PAPER, INJECTED_PAPER, TEST_KEY, tempCorpus } from "./setup.js";
import { loadConfig } from "../../../src/config.js";
import { openAssistant } from "../../../src/assistant.js";
import { buildIndex } from "../../../src/index/build.js";
import { createEmbeddings } from "../../../src/index/embeddings/index.js";
import { openIndex } from "../../../src/index/index.js";
import { EmbeddingsMismatchError } from "../../../src/index/manifest.js";
import { createLlmAnswerer } from "../../../src/answer/llm/index.js";

let fake: FakeOpenAI;
let corpus: string;
let work: string;

beforeAll(async () => {
  fake = await FakeOpenAI.start({ dimensions: 48 });
  corpus = tempCorpus({ "iib-paper-2021-01-14.txt": BUDGET_PAPER, "iib-paper-2021-02-11.txt": INJECTED_PAPER });
  work = mkdtempSync(join(tmpdir(), "lga-llm-embed-"));
});
afterAll(async () => {
  rmSync(corpus, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  await fake?.close();
});

const endpointEnv = () => ({
  CORPUS_DIR: corpus,
  INDEX_DIR: join(work, "index"),
  EMBEDDINGS_PROVIDER: "openai",
  EMBEDDINGS_MODEL: "fake-embed-1",
  OPENAI_API_KEY: TEST_KEY,
  OPENAI_BASE_URL: fake.url,
  CHAT_MODEL: "fake-model",
  LLM_MAX_RETRIES: "0",
});

describe("embeddings through the endpoint", () => {
  it("ingests and answers with EMBEDDINGS_PROVIDER=openai", async () => {
    const config = loadConfig(endpointEnv());
    const provider = createEmbeddings(config);
    const summary = await buildIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, provider });
    expect(summary.documents).toBe(2);
    expect(summary.embedded).toBe(summary.chunks);
    const ingestCalls = fake.requests.filter((r) => r.path.endsWith("/embeddings"));
    expect(ingestCalls.length).toBeGreaterThan(0);
    expect(ingestCalls[0]!.body.model).toBe("fake-embed-1");
    expect(ingestCalls[0]!.authorization).toBe(`Bearer ${TEST_KEY}`);

    const assistant = await openAssistant(config, { buildIfMissing: false });
    try {
      expect(assistant.index.manifest.embeddings).toEqual({ provider: "openai", model: "fake-embed-1", dimensions: 48 });
      const before = fake.stats.embeddings;
      const a = await createLlmAnswerer(config, assistant).ask("How many councils got a free penetration test?");
      expect(fake.stats.embeddings).toBeGreaterThan(before); // the question was embedded by the endpoint
      expect(a.mode).toBe("llm");
      expect(a.answer).toMatch(/120 councils/);
      expect(a.citations[0]?.docId).toBe("iib-paper-2021-02-11");
    } finally {
      assistant.close();
    }
  });

  it("refuses an index built with other embeddings, saying how to fix it", async () => {
    const local = loadConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(work, "index") });
    const err = await openAssistant(local).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbeddingsMismatchError);
    expect((err as Error).message).toMatch(/built with openai embeddings \(fake-embed-1, 48 dimensions\)/);
    expect((err as Error).message).toMatch(/npm run ingest/);
    // Another model through the same endpoint is a switch too.
    const otherModel = loadConfig({ ...endpointEnv(), EMBEDDINGS_MODEL: "fake-embed-2" });
    expect(() => openIndex(otherModel.indexDir, createEmbeddings(otherModel).spec)).toThrow(EmbeddingsMismatchError);
  });
});
