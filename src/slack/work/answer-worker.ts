/**
 * A worker thread that answers questions, so the thread that acknowledges Slack's requests never waits for
 * the engine. It opens the same index as the bot (built by then) and answers through the same layer as
 * the command line: the engine offline, the language model over it when one is configured.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadConfig } from "../../config.js";
import { openAssistant } from "../../assistant.js";
import type { PoolReply, PoolRequest } from "./pool.js";

const port = parentPort;
if (!port) throw new Error("answer-worker.ts runs as a worker thread");

const { env } = workerData as { env: NodeJS.ProcessEnv };
try {
  const assistant = await openAssistant(loadConfig(env), { buildIfMissing: false });
  port.on("message", (req: PoolRequest) => {
    assistant.answerer.ask(req.question, { history: req.history }).then(
      (answer) => port.postMessage({ id: req.id, ok: true, answer } satisfies PoolReply),
      (e: unknown) => port.postMessage({ id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies PoolReply),
    );
  });
  port.postMessage({ ready: true });
} catch (e) {
  port.postMessage({ ready: false, error: e instanceof Error ? e.message : String(e) });
}
