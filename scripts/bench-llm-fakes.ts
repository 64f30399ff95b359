/**
 * The dev set through the language-model layer with each of three fake models on 127.0.0.1
 * (test/helpers/fake-models/): a liar, a lazy one and a competent one. For each it prints the dev-set
 * scores (eval/score.mjs), the share of answers the model wrote (mode "llm"), how many answers show
 * anything the model made up, and why the offline answer won the others; the offline scores first.
 * Exits 1 when a model makes the answer score fall below offline, or anything invented is shown.
 *
 *   npx tsx scripts/bench-llm-fakes.ts [--gold eval/dev.jsonl] [--only liar,lazy,competent] [--verbose]
 *   (LLM_STRUCTURED_OUTPUT=function_calling asks for tool calls instead of json_schema)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../src/config.js";
import { openAssistant } from "../src/assistant.js";
import { createLlmAnswerer, type LlmEvent } from "../src/answer/llm/index.js";
import { FAKE_MODELS, answersShowingInventions, startFakeModel, type FakeModelName } from "../test/helpers/fake-models/index.js";
import { answerAll, readGold, score, tally, writeAnswers } from "../test/helpers/dev-set.js";

const opts = new Command()
  .name("bench-llm-fakes")
  .option("--gold <file>", "questions with gold answers", "eval/dev.jsonl")
  .option("--only <names>", "comma-separated fakes to run", FAKE_MODELS.join(","))
  .option("--verbose", "list the questions each run misses")
  .parse()
  .opts<{ gold: string; only: string; verbose?: boolean }>();

const work = mkdtempSync(join(tmpdir(), "lga-bench-fakes-"));
let failed = false;
try {
  const base = loadConfig({ ...process.env, INDEX_DIR: join(work, "index"), OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHAT_MODEL: "" });
  const assistant = await openAssistant(base);
  const gold = readGold(opts.gold);

  const offlineFile = join(work, "offline.jsonl");
  writeAnswers(offlineFile, gold, await answerAll(gold, assistant.engine));
  const offline = score(opts.gold, offlineFile, base.corpusDir, { verbose: !!opts.verbose });
  const line = (name: string, s: typeof offline.summary, extra = "") =>
    console.log(`${name.padEnd(10)} answer ${String(s.answer_accuracy).padStart(5)}%  cited ${String(s.citation_accuracy).padStart(5)}%  fabricated ${s.fabricated_quotes}/${s.citations}${extra}`);
  line("offline", offline.summary);
  if (opts.verbose) process.stdout.write(offline.text);

  for (const name of opts.only.split(",").map((s) => s.trim()) as FakeModelName[]) {
    const { fake, model } = await startFakeModel(name);
    try {
      const config = loadConfig({ ...process.env, INDEX_DIR: base.indexDir, OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "sk-fake-bench-0000000000000000", CHAT_MODEL: `fake-${name}`, LLM_MAX_RETRIES: "0" });
      const events: LlmEvent[] = [];
      const answers = await answerAll(gold, createLlmAnswerer(config, assistant, { method: config.openai.structuredOutput, log: (e) => events.push(e) }));
      const file = join(work, `${name}.jsonl`);
      writeAnswers(file, gold, answers);
      const s = score(opts.gold, file, base.corpusDir, { verbose: !!opts.verbose });
      const written = answers.filter((a) => a.mode === "llm").length;
      const invented = answersShowingInventions(answers, model.inventions);
      line(name, s.summary, `  model-written ${Math.round((100 * written) / answers.length)}% (${written}/${answers.length})  invented text shown ${invented}`);
      const readings = events.filter((e) => e.stage === "understand" && (e.outcome === "ok" || e.outcome === "dropped"));
      console.log(`${"".padEnd(11)}readings of the question: ${readings.length} (${readings.filter((e) => e.outcome === "dropped").length} dropped as ungrounded)`);
      const lost = answers.filter((a) => a.verdict.winner === "offline").map((a) => a.verdict.reason ?? "?");
      if (lost.length) console.log(`${"".padEnd(11)}offline answer shown: ${tally(lost)}`);
      if (opts.verbose) process.stdout.write(s.text);
      if (s.summary.answer_accuracy < offline.summary.answer_accuracy || s.summary.fabricated_quotes > 0 || invented > 0) failed = true;
    } finally {
      await fake.close();
    }
  }
  assistant.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) console.error("FAIL: a model made answers worse than offline, or invented text was shown");
process.exitCode = failed ? 1 : 0;
