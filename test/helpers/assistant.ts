/** Test helpers: a real index of a corpus folder in a temp dir, and the assistant over it. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../../src/config.js";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { CORPUS_DIR } from "./corpus.js";

export function tempDir(prefix = "lga-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ CORPUS_DIR, INDEX_DIR: join(tempDir(), "index"), ...overrides });
}

/** The assistant over the bundled corpus, its index built fresh in a temp folder. */
export async function bundledAssistant(overrides: Record<string, string> = {}): Promise<Assistant> {
  return openAssistant(testConfig(overrides));
}

/** The assistant over a corpus of the given files (name -> text or bytes), made in a temp folder; closed after `use`. */
export async function withCorpus<T>(files: Record<string, string | Uint8Array>, use: (assistant: Assistant) => Promise<T>): Promise<T> {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, name), text);
  const assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
  try {
    return await use(assistant);
  } finally {
    assistant.close();
  }
}
