/** Runs a CLI main: known errors become one clear line on stderr and exit code 1, never a stack trace. */
import { existsSync } from "node:fs";
import { ConfigError } from "../config.js";
import { NothingToIndexError } from "../index/build.js";
import { EmbeddingsMismatchError } from "../index/manifest.js";
import { IndexMissingError } from "../index/index.js";

const KNOWN = [ConfigError, NothingToIndexError, EmbeddingsMismatchError, IndexMissingError];

export function runCli(main: () => Promise<void>): void {
  // A .env file in the working folder fills in settings the environment does not give (the environment wins).
  if (existsSync(".env")) process.loadEnvFile(".env");
  main().catch((e: unknown) => {
    const err = e as Error;
    if (KNOWN.some((k) => err instanceof k)) console.error(`error: ${err.message}`);
    else if (process.env.DEBUG) console.error(err);
    else console.error(`error: ${err?.message ?? String(e)} (set DEBUG=1 for details)`);
    process.exitCode = 1;
  });
}
