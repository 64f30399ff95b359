/** Helpers of the evaluation command. */
import { tokenize } from "../ingest/clean.js";

/** The scorer's coverage test: at least 60% of the evidence's words appear in the text. */
export function covers(text: string, evidence: string): boolean {
  const have = new Set(tokenize(text));
  const want = tokenize(evidence);
  return want.length > 0 && want.filter((t) => have.has(t)).length / want.length >= 0.6;
}
