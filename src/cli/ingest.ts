/** `npm run ingest [-- DIR]`: build the index of a corpus folder, with a progress bar and a summary. */
import { Command } from "commander";
import cliProgress from "cli-progress";
import { loadConfig } from "../config.js";
import { createEmbeddings } from "../index/embeddings/index.js";
import { buildIndex, currentBuildDir } from "../index/build.js";
import { publishBuild } from "../index/postgres/publish.js";
import { formatExplanation, formatPublished, formatSummary } from "./format.js";
import { explainFile } from "../ingest/explain.js";
import { runCli } from "./run.js";

runCli(async () => {
  const program = new Command()
    .name("ingest")
    .description("Build the index of a folder of PDF, Word, HTML, markdown and text files.")
    .argument("[dir]", "corpus folder (default: CORPUS_DIR or corpora/lga)")
    .option("--quiet", "no progress bar")
    .option("--explain <file>", "print what one file is read as (metadata, outline, tables, papers, records) and build nothing")
    .parse();
  const explain = program.opts<{ explain?: string }>().explain;
  if (explain) {
    console.log(formatExplanation(await explainFile(explain)));
    return;
  }
  const config = loadConfig(program.args[0] ? { ...process.env, CORPUS_DIR: program.args[0] } : process.env);
  const quiet = program.opts().quiet || !process.stderr.isTTY;
  const bar = quiet ? undefined : new cliProgress.SingleBar({ format: "Ingesting [{bar}] {value}/{total} {file}", stream: process.stderr }, cliProgress.Presets.shades_classic);
  let started = false;
  const summary = await buildIndex({
    corpusDir: config.corpusDir,
    indexDir: config.indexDir,
    provider: createEmbeddings(config),
    onProgress: (p) => {
      if (!bar) return;
      if (!started) {
        bar.start(p.total, 0, { file: "" });
        started = true;
      }
      bar.update(p.done, { file: p.file ?? "" });
    },
  });
  bar?.stop();
  console.log(formatSummary(summary));
  if (config.indexDatabaseUrl) {
    const published = await publishBuild(currentBuildDir(config.indexDir)!, config.indexDatabaseUrl);
    console.log(formatPublished(published));
  }
});
