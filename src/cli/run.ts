/** Runs a CLI main: known errors become one clear line on stderr and exit code 1, never a stack trace. */
import { ConfigError } from "../config.js";
import { NothingToIndexError } from "../index/build.js";
import { EmbeddingsMismatchError } from "../index/manifest.js";
import { IndexMissingError } from "../index/index.js";

const KNOWN = [ConfigError, NothingToIndexError, EmbeddingsMismatchError, IndexMissingError];

export function runCli(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    const err = e as Error;
    if (KNOWN.some((k) => err instanceof k)) console.error(`error: ${err.message}`);
    else if (process.env.DEBUG) console.error(err);
    else console.error(`error: ${err?.message ?? String(e)} (set DEBUG=1 for details)`);
    process.exitCode = 1;
  });
}
