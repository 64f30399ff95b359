/**
 * Benchmark: time to answer once the index is loaded, for structured lookups and passage answers.
 *   npx tsx scripts/bench-lookup.ts [rounds]
 * Uses INDEX_DIR / CORPUS_DIR like the CLI (builds the index first when missing).
 */
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config.js";
import { openAssistant } from "../src/assistant.js";

const rounds = Number(process.argv[2] ?? 20);
const questions = {
  structured: [
    "Which targets were Red in March 2019?",
    "what's the risk score for SR4",
    "who were the deputy chairs of the I&I board in 2017/18?",
    "who is the contact officer for the LG Inform paper?",
    "how many staff did the LGA have in March 2019?",
  ],
  passages: ["what did the NAO say happened to government funding for councils?", "how big is the Next Steps Accommodation Programme?"],
};

const t0 = performance.now();
const assistant = await openAssistant(loadConfig());
console.log(`index loaded in ${(performance.now() - t0).toFixed(0)} ms (${assistant.index.documents.length} documents, ${assistant.index.manifest.records} records)`);
for (const [kind, list] of Object.entries(questions)) {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of list) {
      const t = performance.now();
      await assistant.engine.ask(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const p = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))]!.toFixed(2);
  console.log(`${kind.padEnd(10)} n=${times.length}  p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  max ${times[times.length - 1]!.toFixed(2)} ms`);
}
assistant.close();
