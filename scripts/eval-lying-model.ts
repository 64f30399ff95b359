/**
 * The dev set through the language-model path, with a model that lies: the fake OpenAI-compatible server
 * (test/helpers/fake-openai.ts) invents quotes in a share of its answers (half by default). Writes the
 * answers in the contract shape, scores them with eval/score.mjs next to the offline answers, and fails
 * (exit 1) when a fabricated quote gets through or the answer score drops below the offline one.
 *
 *   npx tsx scripts/eval-lying-model.ts [--rate 0.5] [--method jsonSchema|functionCalling] [--out FILE] [--verbose]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../src/config.js";
import { openAssistant } from "../src/assistant.js";
import { contractJson } from "../src/cli/format.js";
import { createLlmAnswerer, type StructuredMethod } from "../src/answer/llm/index.js";
import type { EngineAnswer } from "../src/answer/engine.js";
import { FakeOpenAI } from "../test/helpers/fake-openai.js";

interface Summary {
  answer_accuracy: number;
  citation_accuracy: number;
  fabricated_quotes: number;
  citations: number;
}

function score(gold: string, answers: string, corpus: string, verbose: boolean): { text: string; summary: Summary } {
  const script = resolve("eval/score.mjs");
  const args = [script, "--gold", gold, "--answers", answers, "--corpus", corpus];
  const text = spawnSync(process.execPath, [...args, ...(verbose ? ["--verbose"] : [])], { encoding: "utf8" });
  const json = spawnSync(process.execPath, [...args, "--json"], { encoding: "utf8" });
  if (json.status !== 0) throw new Error(`the scorer failed: ${json.stderr}`);
  return { text: text.stdout + text.stderr, summary: (JSON.parse(json.stdout) as { summary: Summary }).summary };
}

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
  const gold = readFileSync(opts.gold, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; question: string });

  const offline: string[] = [];
  const viaModel: string[] = [];
  const modes = new Map<string, number>();
  const reasons = new Map<string, number>();
  for (const g of gold) {
    offline.push(JSON.stringify(contractJson(await assistant.engine.ask(g.question), g.id)));
    const a: EngineAnswer = await llm.ask(g.question);
    modes.set(a.mode, (modes.get(a.mode) ?? 0) + 1);
    for (const n of a.notes ?? []) if (a.mode === "llm-fallback") reasons.set(n, (reasons.get(n) ?? 0) + 1);
    viaModel.push(JSON.stringify(contractJson(a, g.id)));
  }
  assistant.close();

  const offlineFile = join(work, "offline.jsonl");
  const llmFile = opts.out ?? join(work, "llm.jsonl");
  writeFileSync(offlineFile, `${offline.join("\n")}\n`);
  writeFileSync(llmFile, `${viaModel.join("\n")}\n`);

  const before = score(opts.gold, offlineFile, config.corpusDir, false);
  const after = score(opts.gold, llmFile, config.corpusDir, !!opts.verbose);
  console.log("== offline (extractive / structured) ==");
  process.stdout.write(before.text);
  console.log(`\n== LLM path, fake model inventing quotes in ${Math.round(Number(opts.rate) * 100)}% of its answers (${opts.method}) ==`);
  process.stdout.write(after.text);
  console.log(`\nmodes: ${[...modes].map(([m, n]) => `${m} ${n}`).join(", ")}`);
  console.log(`fake model: ${fake.stats.chat} chat calls, ${fake.stats.invented} answers with invented quotes, ${fake.stats.honest} honest answers`);
  for (const [note, n] of reasons) console.log(`  fallback x${n}: ${note}`);
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
