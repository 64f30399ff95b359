/**
 * A gold question set through an answerer (the offline engine or the language-model layer): read it,
 * answer each question, write the answers in the contract shape and score them with eval/score.mjs.
 * Shared by the tests and the scripts that run the dev set against fake models.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { contractJson } from "../../src/cli/format.js";
import type { EngineAnswer } from "../../src/answer/engine.js";

export interface GoldQuestion {
  id: string;
  question: string;
  category?: string;
}

export interface ScoreSummary {
  answer_accuracy: number;
  citation_accuracy: number;
  fabricated_quotes: number;
  citations: number;
}

export interface ScoreRow {
  id: string;
  answer_ok: boolean;
  cited_ok: boolean | null;
  fabricated: number;
  why: string[];
}

export function readGold(file: string): GoldQuestion[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldQuestion);
}

export const DEV_SET = resolve(import.meta.dirname, "..", "..", "eval", "dev.jsonl");

/** Each question answered in turn (no conversation), with its answer as returned. */
export async function answerAll<A extends EngineAnswer>(gold: GoldQuestion[], answerer: { ask(question: string): Promise<A> }): Promise<A[]> {
  const out: A[] = [];
  for (const g of gold) out.push(await answerer.ask(g.question));
  return out;
}

export function writeAnswers(file: string, gold: GoldQuestion[], answers: EngineAnswer[]): void {
  writeFileSync(file, `${answers.map((a, i) => JSON.stringify(contractJson(a, gold[i]!.id))).join("\n")}\n`);
}

/** eval/score.mjs on an answers file: its summary and rows, and (when asked) its readable report. */
export function score(goldFile: string, answersFile: string, corpusDir: string, opts: { verbose?: boolean } = {}): { text: string; summary: ScoreSummary; rows: ScoreRow[] } {
  const script = resolve(import.meta.dirname, "..", "..", "eval", "score.mjs");
  const args = [script, "--gold", goldFile, "--answers", answersFile, "--corpus", corpusDir];
  const json = spawnSync(process.execPath, [...args, "--json"], { encoding: "utf8" });
  if (json.status !== 0) throw new Error(`the scorer failed: ${json.stderr}`);
  const text = spawnSync(process.execPath, [...args, ...(opts.verbose ? ["--verbose"] : [])], { encoding: "utf8" });
  const parsed = JSON.parse(json.stdout) as { summary: ScoreSummary; rows: ScoreRow[] };
  return { text: text.stdout + text.stderr, ...parsed };
}

/** Count of each value, as "a 3, b 1". */
export function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v} ${n}`).join(", ");
}
