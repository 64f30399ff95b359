/**
 * The dev set through the language-model path, with a model that lies: the fake OpenAI-compatible server
 * (test/helpers/fake-openai.ts) invents quotes in a share of its answers (half by default). Writes the
 * answers in the contract shape, scores them with eval/score.mjs next to the offline answers, and fails
 * (exit 1) when a fabricated quote gets through or the answer score drops below the offline one.
 *
 *   npx tsx scripts/eval-lying-model.ts [--rate 0.5] [--method jsonSchema|functionCalling] [--out FILE] [--verbose]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../src/config.js";
import { openAssistant } from "../src/assistant.js";
import { createLlmAnswerer, type StructuredMethod } from "../src/answer/llm/index.js";
import { FakeOpenAI } from "../test/helpers/fake-openai.js";
import { answerAll, readGold, score, tally, writeAnswers } from "../test/helpers/dev-set.js";

const program = new Command()
  .name("eval-lying-model")
  .option("--gold <file>", "questions with gold answers", "eval/dev.jsonl")
  .option("--rate <share>", "share of answers in which the fake model invents quotes", "0.5")
  .option("--method <method>", "structured output method: jsonSchema | functionCalling", "jsonSchema")
  .option("--out <file>", "where to write the LLM-path answers (JSON Lines)")
  .option("--verbose", "list the questions that miss")
  .parse();
const opts = program.opts<{ gold: string; rate: string; method: StructuredMethod; out?: string; verbose?: boolean }>();

const work = mkdtempSync(join(tmpdir(), "lga-lying-"));
const fake = await FakeOpenAI.start({ inventRate: Number(opts.rate) });
let failed = false;
try {
  const config = loadConfig({
    ...process.env,
    INDEX_DIR: join(work, "index"),
    OPENAI_BASE_URL: fake.url,
    OPENAI_API_KEY: "sk-fake-eval-0000000000000000",
    CHAT_MODEL: "fake-model",
  });
  const assistant = await openAssistant(config);
  const llm = createLlmAnswerer(config, assistant, { method: opts.method });
  const gold = readGold(opts.gold);
  const offline = await answerAll(gold, assistant.engine);
  const viaModel = await answerAll(gold, llm);
  assistant.close();

  const offlineFile = join(work, "offline.jsonl");
  const llmFile = opts.out ?? join(work, "llm.jsonl");
  writeAnswers(offlineFile, gold, offline);
  writeAnswers(llmFile, gold, viaModel);

  const before = score(opts.gold, offlineFile, config.corpusDir);
  const after = score(opts.gold, llmFile, config.corpusDir, { verbose: !!opts.verbose });
  console.log("== offline (extractive / structured) ==");
  process.stdout.write(before.text);
  console.log(`\n== LLM path, fake model inventing quotes in ${Math.round(Number(opts.rate) * 100)}% of its answers (${opts.method}) ==`);
  process.stdout.write(after.text);
  console.log(`\nmodes: ${tally(viaModel.map((a) => a.mode))}`);
  console.log(`fake model: ${fake.stats.chat} chat calls, ${fake.stats.invented} answers with invented quotes, ${fake.stats.honest} honest answers`);
  const reasons = viaModel.filter((a) => a.mode === "llm-fallback").map((a) => a.notes?.at(-1) ?? "?");
  if (reasons.length) console.log(`offline answer shown: ${tally(reasons)}`);
  console.log(`answers written to ${llmFile}`);

  if (after.summary.fabricated_quotes > 0) {
    console.error(`FAIL: ${after.summary.fabricated_quotes} fabricated quote(s) reached the answers`);
    failed = true;
  }
  if (after.summary.answer_accuracy < before.summary.answer_accuracy) {
    console.error(`FAIL: answer score ${after.summary.answer_accuracy}% is below the offline ${before.summary.answer_accuracy}%`);
    failed = true;
  }
} finally {
  await fake.close();
  if (!opts.out) rmSync(work, { recursive: true, force: true });
  else rmSync(join(work, "index"), { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
