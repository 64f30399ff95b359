/**
 * `npm run eval`: answers the dev set (eval/dev.jsonl) and scores it with eval/score.mjs; with --retrieval
 * it also reports gold-evidence recall@5 of hybrid search against BM25 alone and vectors alone. With
 * `--set DIR` it scores a set of new documents (DIR/docs, DIR/text, DIR/gold.jsonl): the documents are
 * indexed beside the bundled corpus in a temporary index, and quotes are checked against both.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config.js";
import { openAssistant } from "../assistant.js";
import type { RetrievalMode } from "../retrieve/hybrid.js";
import { covers } from "./eval-support.js";
import { contractJson } from "./format.js";
import { runCli } from "./run.js";

interface GoldLine {
  id: string;
  question: string;
  category: string;
  evidence?: { doc: string; quote: string }[];
}

runCli(async () => {
  const program = new Command()
    .name("eval")
    .option("--gold <file>", "questions with gold answers", "eval/dev.jsonl")
    .option("--set <dir>", "a set of new documents (docs/, text/, gold.jsonl) to index beside the corpus and score")
    .option("--out <file>", "where to write the answers (JSON Lines)")
    .option("--retrieval", "also report retrieval recall@5 by mode")
    .option("--verbose", "list the questions that miss")
    .parse();
  const opts = program.opts<{ gold: string; set?: string; out?: string; retrieval?: boolean; verbose?: boolean }>();
  let config = loadConfig();
  let scoreCorpus = config.corpusDir;
  if (opts.set) {
    const work = mkdtempSync(join(tmpdir(), "lga-eval-set-"));
    const corpus = join(work, "corpus");
    scoreCorpus = join(work, "text");
    mkdirSync(corpus);
    mkdirSync(scoreCorpus);
    const copyAll = (from: string, to: string, only?: RegExp) => {
      for (const f of readdirSync(from)) if (!only || only.test(f)) copyFileSync(join(from, f), join(to, f));
    };
    copyAll(config.corpusDir, corpus);
    copyAll(join(opts.set, "docs"), corpus);
    copyAll(config.corpusDir, scoreCorpus, /\.txt$/);
    if (existsSync(join(opts.set, "text"))) copyAll(join(opts.set, "text"), scoreCorpus, /\.txt$/);
    config = loadConfig({ ...process.env, CORPUS_DIR: corpus, INDEX_DIR: join(work, "index") });
    if (program.getOptionValueSource("gold") === "default") opts.gold = join(opts.set, "gold.jsonl");
  }
  const assistant = await openAssistant(config);
  const gold: GoldLine[] = readFileSync(opts.gold, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const out = opts.out ?? join(mkdtempSync(join(tmpdir(), "lga-eval-")), "answers.jsonl");
  const lines: string[] = [];
  for (const g of gold) lines.push(JSON.stringify(contractJson(await assistant.answerer.ask(g.question), g.id)));
  writeFileSync(out, `${lines.join("\n")}\n`);
  const scorer = spawnSync(process.execPath, [resolve("eval/score.mjs"), "--gold", opts.gold, "--answers", out, "--corpus", scoreCorpus, ...(opts.verbose ? ["--verbose"] : [])], {
    encoding: "utf8",
  });
  process.stdout.write(scorer.stdout);
  process.stderr.write(scorer.stderr);
  console.log(`answers written to ${out}`);

  if (opts.retrieval) {
    const retriever = assistant.engine.retriever;
    const withEvidence = gold.filter((g) => g.evidence?.length);
    for (const mode of ["bm25", "vector", "hybrid"] as RetrievalMode[]) {
      let hits = 0;
      const misses: string[] = [];
      for (const g of withEvidence) {
        const passages = await retriever.search(g.question, { k: 5, mode });
        const texts = passages.map((p) => assistant.index.documentText(p.chunk.docId)!.text.slice(p.chunk.start, p.chunk.end));
        if (g.evidence!.some((e) => texts.some((t) => covers(t, e.quote)))) hits++;
        else misses.push(g.id);
      }
      console.log(
        `retrieval recall@5 ${mode.padEnd(6)} ${((100 * hits) / withEvidence.length).toFixed(1)}% (${hits}/${withEvidence.length})${opts.verbose ? ` misses: ${misses.join(" ")}` : ""}`,
      );
    }
  }
  assistant.close();
});
