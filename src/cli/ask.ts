/**
 * `npm run ask -- "question"`: a readable cited answer. `--json` prints the answer contract (eval/README.md);
 * `--questions FILE.jsonl` answers one question per line, loading the index once. With no question on a
 * terminal it starts a conversation where follow-up questions keep their context.
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { Command } from "commander";
import { loadConfig } from "../config.js";
import { openAssistant } from "../assistant.js";
import type { Turn } from "../answer/engine.js";
import { contractJson, formatReadable, formatSummary } from "./format.js";
import { runCli } from "./run.js";

runCli(async () => {
  const program = new Command()
    .name("ask")
    .description("Answer questions about the corpus, with verbatim citations.")
    .argument("[question...]", "the question")
    .option("--json", "print the answer as JSON (the answer contract)")
    .option("--questions <file>", "answer each line of a JSON Lines file ({id, question}); prints JSON Lines")
    .parse();
  const opts = program.opts<{ json?: boolean; questions?: string }>();
  const question = program.args.join(" ").trim();
  const config = loadConfig();
  const assistant = await openAssistant(config, {
    onProgress: (p) => {
      if (p.done === 0 && p.total > 0) process.stderr.write(`Building the index from ${config.corpusDir} (there is none yet, or an older version made it)…\n`);
    },
  });
  if (assistant.built) process.stderr.write(`${formatSummary(assistant.built)}\n\n`);
  try {
    if (opts.questions) {
      const lines = readFileSync(opts.questions, "utf8").split("\n").filter((l) => l.trim());
      for (const [n, line] of lines.entries()) {
        let item: { id?: unknown; question?: unknown };
        try {
          item = JSON.parse(line);
        } catch {
          process.stdout.write(`${JSON.stringify({ line: n + 1, found: false, answer: "That line is not valid JSON.", citations: [] })}\n`);
          continue;
        }
        const a = await assistant.answerer.ask(String(item.question ?? ""));
        process.stdout.write(`${JSON.stringify(contractJson(a, item.id))}\n`);
      }
      return;
    }
    if (question) {
      const a = await assistant.answerer.ask(question);
      console.log(opts.json ? JSON.stringify(contractJson(a)) : formatReadable(a));
      return;
    }
    if (!process.stdin.isTTY) {
      console.error('Give a question: npm run ask -- "Which targets were Red in March 2019?"');
      process.exitCode = 2;
      return;
    }
    // A conversation: follow-ups keep the context of earlier questions.
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const history: Turn[] = [];
    console.log(`${assistant.engine.coverage()}\nAsk a question (empty line to quit).`);
    for (;;) {
      const q = (await rl.question("\n> ")).trim();
      if (!q) break;
      const a = await assistant.answerer.ask(q, { history });
      history.push({ question: q, query: a.query, answer: a.answer });
      console.log(opts.json ? JSON.stringify(contractJson(a)) : formatReadable(a));
    }
    rl.close();
  } finally {
    assistant.close();
  }
});
