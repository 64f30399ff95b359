/**
 * The whole dev set through the language-model layer with each of three fake models, real HTTP on
 * 127.0.0.1: a liar, a lazy one and a competent one (test/helpers/fake-models/). A configured model must
 * never make an answer worse than the offline one; a competent one should write most of them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLlmAnswerer, type LlmAnswer, type LlmEvent } from "../../../src/answer/llm/index.js";
import { answersShowingInventions, startFakeModel, type FakeModel, type FakeModelName } from "../../helpers/fake-models/index.js";
import { DEV_SET, answerAll, readGold, score, writeAnswers, type ScoreRow, type ScoreSummary } from "../../helpers/dev-set.js";
import type { FakeOpenAI } from "../../helpers/fake-openai.js";
import { llmConfig, tempAssistant, type TempAssistant } from "./setup.js";

let assistant: TempAssistant;
let work: string;
let offline: { summary: ScoreSummary; rows: ScoreRow[] };
const gold = readGold(DEV_SET);

beforeAll(async () => {
  assistant = await tempAssistant();
  work = mkdtempSync(join(tmpdir(), "lga-fakes-"));
  const file = join(work, "offline.jsonl");
  writeAnswers(file, gold, await answerAll(gold, assistant.engine));
  offline = score(DEV_SET, file, assistant.config.corpusDir);
});
afterAll(() => {
  assistant?.dispose();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Run {
  fake: FakeOpenAI;
  model: FakeModel;
  answers: LlmAnswer[];
  events: LlmEvent[];
  summary: ScoreSummary;
  rows: ScoreRow[];
}

async function runDevSet(name: FakeModelName): Promise<Run> {
  const { fake, model } = await startFakeModel(name);
  try {
    const events: LlmEvent[] = [];
    const llm = createLlmAnswerer(llmConfig(assistant.config, fake), assistant, { log: (e) => events.push(e) });
    const answers = await answerAll(gold, llm);
    const file = join(work, `${name}.jsonl`);
    writeAnswers(file, gold, answers);
    return { fake, model, answers, events, ...score(DEV_SET, file, assistant.config.corpusDir) };
  } finally {
    await fake.close();
  }
}

/** Every question answered correctly offline is answered correctly with the model configured. */
function expectNoWorseThanOffline(run: Run): void {
  const ok = new Map(run.rows.map((r) => [r.id, r.answer_ok]));
  const worse = offline.rows.filter((r) => r.answer_ok && !ok.get(r.id)).map((r) => `${r.id}: ${run.rows.find((x) => x.id === r.id)?.why.join("; ")}`);
  expect(worse).toEqual([]);
  expect(run.summary.answer_accuracy).toBeGreaterThanOrEqual(offline.summary.answer_accuracy);
  expect(run.summary.citation_accuracy).toBeGreaterThanOrEqual(offline.summary.citation_accuracy);
  expect(run.summary.fabricated_quotes).toBe(0);
}

describe("the dev set with a fake model configured", () => {
  it("offline scores, for comparison (every question answered, none fabricated)", () => {
    expect(offline.rows).toHaveLength(gold.length);
    expect(offline.summary.fabricated_quotes).toBe(0);
  });

  it("a liar (invented readings, answers, quotes and figures): scores as offline, and nothing it made up is shown", async () => {
    const run = await runDevSet("liar");
    expectNoWorseThanOffline(run);
    expect(run.model.inventions.length).toBeGreaterThan(gold.length / 2);
    expect(answersShowingInventions(run.answers, run.model.inventions)).toBe(0);
    expect(run.answers.filter((a) => a.mode === "llm")).toEqual([]);
    // It was asked to read the questions the rules could not, and every reading it gave was dropped.
    const readings = run.events.filter((e) => e.stage === "understand" && (e.outcome === "ok" || e.outcome === "dropped"));
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.every((e) => e.outcome === "dropped")).toBe(true);
    // The offline answer is shown whole when the model loses: the same text and citations as offline.
    const offlineAnswers = await answerAll(gold, assistant.engine);
    run.answers.forEach((a, i) => {
      expect(a.answer).toBe(offlineAnswers[i]!.answer);
      expect(a.citations).toEqual(offlineAnswers[i]!.citations);
    });
  });

  it("a lazy one (empty answers, refusals, truncated JSON, one-word answers): scores as offline", async () => {
    const run = await runDevSet("lazy");
    expectNoWorseThanOffline(run);
    const reasons = new Set(run.answers.map((a) => a.verdict.reason));
    for (const r of ["malformed", "refusal", "no-citation", "covers-less"]) expect(reasons).toContain(r);
    expect(run.fake.stats.chat).toBeGreaterThan(gold.length);
  });

  it("a competent one (quotes the best sentences, reads simple questions): at least the offline score, most answers its own", async () => {
    const run = await runDevSet("competent");
    expectNoWorseThanOffline(run);
    const written = run.answers.filter((a) => a.mode === "llm");
    expect(written.length).toBeGreaterThan(gold.length / 2);
    for (const a of written) expect(a.verdict.winner).toBe("model");
    expect(run.events.some((e) => e.stage === "understand" && e.outcome === "dropped")).toBe(false);
  });
});

describe("a follow-up with a fake model configured", () => {
  const first = "Which targets were Red in March 2019?";
  const follow = "and which were amber?";

  it.each(["liar", "lazy", "competent"] as FakeModelName[])("%s: the follow-up keeps its context and lists exactly the Amber targets of March 2019", async (name) => {
    const { fake, model } = await startFakeModel(name);
    try {
      const llm = createLlmAnswerer(llmConfig(assistant.config, fake), assistant);
      const before = await llm.ask(first);
      const history = [{ question: first, query: before.query, answer: before.answer }];
      const offline = await assistant.engine.ask(follow, { history });
      const a = await llm.ask(follow, { history });
      expect(a.rows).toEqual(offline.rows);
      expect(a.rows!.length).toBeGreaterThan(0);
      for (const row of a.rows!) expect(row).toMatchObject({ status: "Amber", docId: "lga-performance-report-2019-03" });
      expect(answersShowingInventions([a], model.inventions)).toBe(0);
      if (name === "competent") {
        expect(a.mode).toBe("llm");
        expect(a.notes).toContain('Understood as: "Which targets were Amber in March 2019?"');
      } else expect(a.mode).toBe("llm-fallback");
    } finally {
      await fake.close();
    }
  });
});
