/**
 * An independent verbatim check, written from the evaluation's rule (not the engine's code): a quote's
 * words, tags and punctuation ignored, its first and last word possibly cut, must be a contiguous run of
 * some corpus document's words.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR } from "./corpus.js";

const words = (s: string): string[] =>
  s
    .replace(/<[^>]{0,200}>/g, " ")
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .toLowerCase()
    .match(/[a-z0-9£%]+/g)?.slice() ?? [];

/** A document's text in the form isVerbatim searches. */
export const asDocument = (text: string): string => ` ${words(text).join(" ")} `;

const corpus = readdirSync(CORPUS_DIR).map((f) => asDocument(readFileSync(join(CORPUS_DIR, f), "utf8")));

export function isVerbatim(quote: string, documents: string[] = corpus): boolean {
  let w: string[] = words(quote);
  if (w.length === 0) return false;
  if (w.length > 4) w = w.slice(1, -1);
  return documents.some((d) => d.includes(` ${w.join(" ")} `));
}
