/**
 * Benchmark: how ingest, re-ingest, cold start and answering scale with corpus size.
 *   npx tsx scripts/bench-scale.ts [--n 1,10,100] [--questions 40] [--keep DIR]
 *
 * For each multiplier N it builds an N-times corpus (the five bundled documents plus N-1 varied copies of
 * each, see scripts/scale-corpus.ts) in a temporary folder, then runs each phase in its own child process
 * (this script, forked with --phase) so that each phase's peak RSS is its own:
 *   ingest    buildIndex from scratch into a fresh index folder
 *   reingest  one file gets a paragraph appended; buildIndex again into the same folder (reuse expected)
 *   serve     openAssistant (no build) until the engine is ready, then engine.ask per question, and the
 *             index port's BM25 search alone (searchText, top 10) for the same questions
 * Uses the same configuration as the CLI (environment and .env; local embeddings by default) with
 * CORPUS_DIR / INDEX_DIR pointed at the temporary folders. With INDEX_DATABASE_URL set, ingest and
 * re-ingest also publish to that PostgreSQL database (timed apart) and serve reads the index from it. Temporary folders are removed unless --keep.
 */
import { fork, execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { createEmbeddings } from "../src/index/embeddings/index.js";
import { buildIndex, currentBuildDir } from "../src/index/build.js";
import { publishBuild } from "../src/index/postgres/publish.js";
import { openAssistant } from "../src/assistant.js";
import { buildScaledCorpus, variantOf } from "./scale-corpus.js";

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SCRIPT), "..");
const SOURCE_CORPUS = join(ROOT, "corpora/lga");
/** The file changed before re-ingest: an original, so the same document changes at every N. */
const CHANGED_FILE = "lga-performance-report-2019-03.txt";
const MB = 1024 * 1024;

// Questions naming the varied boards use copies 1-3, which exist from N=4 up (unanswerable below that).
const [v1, v2, v3] = [variantOf(1), variantOf(2), variantOf(3)];
const QUESTIONS = [
  // Targets by RAG status and period
  "Which targets were Red in March 2019?",
  "which of the adult social care & health targets were amber in the march 19 performance report?",
  "what's the status of H1 (deliver more homes) in the Mar 19 perf report?",
  "which business plan outcomes were amber in the Q1 2013/14 report, and who owned them?",
  `Which targets were Amber in March ${2019 + v1.yearShift}?`,
  "was the peer challenge target met in 2018/19?",
  "how has the peer challenge target done over the years?",
  // Tables and risks
  "what's the risk score for SR4",
  "which risks are rated red in the risk register?",
  "who owns the risk about the company structure changes?",
  "how many staff did the LGA have in March 2019?",
  "how many English councils were LGA members in Mar-19?",
  // Chairs, members, attendance
  "who was marked 'No' on the I&I board attendance sheet for the 30/1/18 meeting?",
  "who were the deputy chairs of the I&I board in 2017/18?",
  "which council does Cllr Laura Miller represent on the I&I board?",
  `who chairs the ${v1.board}?`,
  `who are the Labour members of the ${v2.board}?`,
  `who is vice chair of the ${v3.board}?`,
  // Contact officers and agendas
  "who is the contact officer for the LG Inform paper?",
  "who's the contact officer on the NAO financial sustainability paper at the march 2018 I&I board",
  `who is the contact officer for the LG Inform paper at the ${v1.board}?`,
  "what pages is the OPE and Land Release Fund item on in the 22 March 2018 agenda",
  "what's the verbal update on the 17 dec 2020 I&I agenda?",
  `what is on the agenda for the ${v2.board} meeting on 22 March ${2018 + v2.yearShift}?`,
  "when was the next I&I board meeting after the 22 march 2018 one?",
  // Briefings and citations
  "brief me on the Improvement and Innovation Board",
  `brief me on the ${v1.board}`,
  "summarise the March 2019 performance report",
  "what should I know before the December 2020 meeting?",
  "brief me on LG Inform",
  "cite 49.1%",
  "cite the NAO figure on the fall in government funding",
  // Facts from the papers
  "what did the NAO say happened to government funding for councils 2010-11 to 2017-18",
  "how does the cost of sector-led improvement compare with the old inspection regime?",
  "how big is the Next Steps Accommodation Programme?",
  "who's our principal adviser for the North West?",
  // Not in the papers (years beyond any copy's shift)
  "what was the RAG status of target 1.2 in March 2035?",
  "who chaired the I&I board in 2019/20?",
  "what was total LGA headcount in March 2036?",
  "what is the policy on parking fines for electric scooters?",
];
const WARM_UP = "Which targets were Green in March 2019?";

// ---------------------------------------------------------------------------------------------------
// Child side: one phase, reported to the parent over IPC.

interface PhaseResult {
  seconds: number;
  /** Highest RSS seen: 100 ms samples and the kernel's high-water mark, whichever is higher. */
  peakRssMb: number;
  [key: string]: unknown;
}

/** The CLI's configuration (environment, with .env loaded in main), pointed at this run's folders. */
function configFor(corpusDir: string, indexDir: string) {
  return loadConfig({ ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir });
}

/** Samples RSS every 100 ms. Timers cannot fire during long synchronous stretches (parsing, the HNSW
 *  build), so the kernel's maxRSS (peak since this process started) is taken too. */
function rssSampler() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss(), process.resourceUsage().maxRSS * 1024) / MB;
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;

async function runPhase(phase: string, corpusDir: string, indexDir: string, questionCount: number): Promise<PhaseResult> {
  const config = configFor(corpusDir, indexDir);
  const peak = rssSampler();
  if (phase === "ingest" || phase === "reingest") {
    const t0 = performance.now();
    const summary = await buildIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, provider: createEmbeddings(config) });
    const seconds = (performance.now() - t0) / 1000;
    // With INDEX_DATABASE_URL, the build is published too (serve then reads the database).
    const published = config.indexDatabaseUrl ? await publishBuild(currentBuildDir(config.indexDir)!, config.indexDatabaseUrl) : undefined;
    return {
      seconds,
      ...(published ? { publishSeconds: published.seconds, published: published.written.length } : {}),
      peakRssMb: peak(),
      documents: summary.documents,
      chunks: summary.chunks,
      records: summary.records,
      embedded: summary.embedded,
      reused: summary.reused.length,
      skipped: summary.skipped.length,
    };
  }
  if (phase === "serve") {
    const t0 = performance.now();
    const assistant = await openAssistant(config, { buildIfMissing: false });
    const ready = performance.now();
    const startRssMb = process.memoryUsage.rss() / MB;
    const questions = Array.from({ length: questionCount }, (_, i) => QUESTIONS[i % QUESTIONS.length]!);

    await assistant.engine.ask(WARM_UP); // first-call costs (lazy tables, JIT) are not a question's
    const ask: { q: string; ms: number; found: boolean }[] = [];
    for (const q of questions) {
      const t = performance.now();
      const a = await assistant.engine.ask(q);
      ask.push({ q, ms: performance.now() - t, found: a.found });
    }
    assistant.index.searchText(WARM_UP, 10);
    const bare: number[] = [];
    for (const q of questions) {
      const t = performance.now();
      assistant.index.searchText(q, 10);
      bare.push(performance.now() - t);
    }
    const servingRssMb = process.memoryUsage.rss() / MB;
    const askSorted = ask.map((a) => a.ms).sort((a, b) => a - b);
    const bareSorted = bare.sort((a, b) => a - b);
    const result = {
      seconds: (ready - t0) / 1000,
      // Since process start: module loading (tsx transpiling src/) is part of a real cold start too.
      sinceProcessStartSeconds: ready / 1000,
      peakRssMb: peak(),
      startRssMb,
      servingRssMb,
      documents: assistant.index.documents.length,
      found: ask.filter((a) => a.found).length,
      askP50: percentile(askSorted, 0.5),
      askP95: percentile(askSorted, 0.95),
      askMax: askSorted[askSorted.length - 1]!,
      slowest: [...ask].sort((a, b) => b.ms - a.ms).slice(0, 3).map((a) => `${a.ms.toFixed(0)} ms  ${a.q}`),
      bareP50: percentile(bareSorted, 0.5),
      bareP95: percentile(bareSorted, 0.95),
    };
    assistant.close();
    return result;
  }
  throw new Error(`unknown phase ${phase}`);
}

// ---------------------------------------------------------------------------------------------------
// Parent side: corpora, phases in child processes, the table.

/** Forks this script for one phase; the child inherits tsx's loader through process.execArgv. */
function inChild(phase: string, corpusDir: string, indexDir: string, questions: number): Promise<PhaseResult> {
  return new Promise((ok, fail) => {
    const child = fork(SCRIPT, ["--phase", phase, "--corpus", corpusDir, "--index", indexDir, "--questions", String(questions)], { stdio: "inherit" });
    let result: PhaseResult | undefined;
    child.on("message", (m) => (result = m as PhaseResult));
    child.on("error", fail);
    child.on("exit", (code) => (result && code === 0 ? ok(result) : fail(new Error(`phase ${phase} exited with code ${code}`))));
  });
}

interface Row {
  n: number;
  files: number;
  mb: number;
  ingest: PhaseResult;
  reingest: PhaseResult;
  serve: PhaseResult;
}

function table(rows: Row[]): string {
  const head = ["N", "files", "MB", "ingest s", "ingest peak MB", "re-ingest s (reused/total)", "cold start s", "serving RSS MB", "ask p50/p95 ms", "bare p50/p95 ms", "p95 ratio"];
  const body = rows.map((r) => [
    String(r.n),
    String(r.files),
    r.mb.toFixed(1),
    r.ingest.seconds.toFixed(1),
    r.ingest.peakRssMb.toFixed(0),
    `${r.reingest.seconds.toFixed(1)} (${r.reingest.reused}/${r.reingest.documents})`,
    r.serve.seconds.toFixed(2),
    (r.serve.servingRssMb as number).toFixed(0),
    `${(r.serve.askP50 as number).toFixed(1)}/${(r.serve.askP95 as number).toFixed(1)}`,
    `${(r.serve.bareP50 as number).toFixed(2)}/${(r.serve.bareP95 as number).toFixed(2)}`,
    `${((r.serve.askP95 as number) / (r.serve.bareP95 as number)).toFixed(0)}x`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: "string", default: "1,10,100" },
      questions: { type: "string", default: String(QUESTIONS.length) },
      keep: { type: "string" },
      phase: { type: "string" },
      corpus: { type: "string" },
      index: { type: "string" },
    },
  });
  const questions = Number(values.questions);
  // As the CLI does (runCli): a .env in the working folder fills in what the environment does not give.
  if (existsSync(".env")) process.loadEnvFile(".env");

  if (values.phase) {
    const result = await runPhase(values.phase, values.corpus!, values.index!, questions);
    // Exit once the result is sent: nothing else (open handles in libraries) may keep the child alive.
    process.send!(result, () => process.exit(0));
    return;
  }

  const ns = values.n.split(",").map(Number);
  if (ns.some((n) => !Number.isInteger(n) || n < 1) || !(questions > 0)) throw new Error("--n takes positive integers (1,10,100); --questions a positive number");
  const rows: Row[] = [];
  for (const n of ns) {
    const root = values.keep ? resolve(values.keep, `n${n}`) : mkdtempSync(join(tmpdir(), `lga-bench-n${n}-`));
    rmSync(root, { recursive: true, force: true }); // a kept folder from an earlier run must not give reuse
    mkdirSync(root, { recursive: true });
    try {
      const corpusDir = join(root, "corpus");
      const indexDir = join(root, "index");
      const t0 = performance.now();
      const corpus = buildScaledCorpus(SOURCE_CORPUS, corpusDir, n);
      console.error(`N=${n}: corpus ${corpus.files} files, ${(corpus.bytes / MB).toFixed(1)} MB, written in ${((performance.now() - t0) / 1000).toFixed(1)} s; ingesting…`);
      const ingest = await inChild("ingest", corpusDir, indexDir, questions);
      appendFileSync(
        join(corpusDir, CHANGED_FILE),
        "\n\nAddendum: since this report was prepared, the Board has agreed to review the reporting of targets quarterly, with a short exception report on any target rated Red or Amber.\n",
      );
      console.error(`N=${n}: ingest ${ingest.seconds.toFixed(1)} s; re-ingesting with ${CHANGED_FILE} changed…`);
      const reingest = await inChild("reingest", corpusDir, indexDir, questions);
      console.error(`N=${n}: re-ingest ${reingest.seconds.toFixed(1)} s; cold start and ${questions} questions…`);
      const serve = await inChild("serve", corpusDir, indexDir, questions);
      const row = { n, files: corpus.files, mb: corpus.bytes / MB, ingest, reingest, serve };
      rows.push(row);
      console.error(
        [
          `N=${n} details:`,
          `  ingest: ${ingest.documents} documents, ${ingest.chunks} chunks, ${ingest.records} records, ${ingest.embedded} chunks embedded, ${ingest.skipped} skipped`,
          `  re-ingest: ${reingest.reused} reused, ${reingest.embedded} chunks embedded, peak RSS ${reingest.peakRssMb.toFixed(0)} MB`,
          ...(ingest.publishSeconds !== undefined
            ? [`  published to PostgreSQL: ${(ingest.publishSeconds as number).toFixed(1)} s (${ingest.published} documents); after re-ingest ${(reingest.publishSeconds as number).toFixed(1)} s (${reingest.published} documents)`]
            : []),
          `  serve: openAssistant ${serve.seconds.toFixed(2)} s (${(serve.sinceProcessStartSeconds as number).toFixed(2)} s from process start), RSS after start ${(serve.startRssMb as number).toFixed(0)} MB, after questions ${(serve.servingRssMb as number).toFixed(0)} MB, peak ${serve.peakRssMb.toFixed(0)} MB`,
          `  found an answer for ${serve.found}/${questions}; ask max ${(serve.askMax as number).toFixed(0)} ms; slowest:`,
          ...(serve.slowest as string[]).map((s) => `    ${s}`),
        ].join("\n"),
      );
    } finally {
      if (!values.keep) rmSync(root, { recursive: true, force: true });
    }
  }

  console.log(table(rows));
  let revision = "unknown";
  try {
    revision = execFileSync("git", ["describe", "--always", "--dirty"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    /* not a git checkout */
  }
  const provider = loadConfig().embeddings;
  console.log(
    `\nReproduce: npx tsx scripts/bench-scale.ts --n ${ns.join(",")} --questions ${questions}` +
      `  (revision ${revision}, node ${process.version}, embeddings ${provider.provider}/${provider.model}, ${QUESTIONS.length} questions in the list)`,
  );
  if (values.keep) console.log(`Corpora and indexes kept in ${resolve(values.keep)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
