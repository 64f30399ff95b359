/**
 * A worker thread that answers questions, so the thread that acknowledges Slack's requests never waits for
 * the engine. It opens the same index as the bot (built by then) and answers through the same layer as
 * the command line: the engine offline, the language model over it when one is configured.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { loadConfig } from "../../config.js";
import { openAssistant } from "../../assistant.js";
import type { PoolReply, PoolRequest } from "./pool.js";

const port = parentPort;
if (!port) throw new Error("answer-worker.ts runs as a worker thread");

const { env } = workerData as { env: NodeJS.ProcessEnv };

/**
 * Answering yields the CPU to the thread that acknowledges Slack: on Linux a thread has its own nice value,
 * and this thread's id is the last part of /proc/thread-self. Elsewhere the priority is left as it is.
 */
function lowerThreadPriority(): void {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: answers simply share the CPU evenly.
  }
}
lowerThreadPriority();
try {
  const assistant = await openAssistant(loadConfig(env), { buildIfMissing: false });
  // (Ready only once the nearest-neighbour graph is read: it is read on a thread of libuv's pool, and a
  // worker stopped while that read is in flight takes the whole process down as it exits.)
  await assistant.index.warmUp().catch(() => undefined);
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
