/**
 * Blocking queries to PostgreSQL, for the index port's synchronous reads (records, texts, word statistics:
 * answering asks for them in the middle of synchronous scoring, as it does of the embedded SQLite store).
 *
 * A worker thread holds the `pg` connection; a query is posted to it and the calling thread waits on a
 * shared flag (Atomics.wait) until the reply is on the message port, then reads it synchronously. The
 * calling thread is blocked for the query's round trip: in the bot that is an answer worker, never the
 * thread that talks to Slack. (The technique of the `synckit` package; done here in a few lines because
 * its worker must be a file on disk, and this project runs from TypeScript sources without a build.)
 */
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { createRequire } from "node:module";

// Plain JavaScript, evaluated in the worker: it needs no TypeScript loader.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const pg = require(workerData.pgPath);
const { port, flag, url, setup } = workerData;
const signal = new Int32Array(flag);
const client = new pg.Client({ connectionString: url });
// Settings are tuning: one an older server does not know is skipped.
const ready = client.connect().then(async () => { for (const sql of setup) await client.query(sql).catch(() => undefined); });
ready.catch(() => undefined);
port.on("message", async ({ sql, params }) => {
  let reply;
  try {
    await ready;
    const result = await client.query(sql, params);
    reply = { rows: result.rows };
  } catch (e) {
    reply = { error: String((e && e.message) || e) };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

/** How long one query may take before the caller gives up (a lost server must not hang an answer). */
const QUERY_TIMEOUT_MS = 60_000;

export class SyncPostgres {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private failure: Error | undefined;

  /** `setup`: statements run once on the connection before any query (session settings). */
  constructor(url: string, setup: string[] = []) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const pgPath = createRequire(import.meta.url).resolve("pg");
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pgPath, port: port2, flag: this.signal.buffer, url, setup },
      transferList: [port2],
    });
    this.worker.on("error", (e) => (this.failure ??= e));
    // Neither may keep a process alive that has nothing else to do.
    this.worker.unref();
    this.port.unref();
  }

  /** Run one statement and return its rows; a database error is thrown here, with its message. */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): T[] {
    if (this.failure) throw this.failure;
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage({ sql, params });
    if (Atomics.wait(this.signal, 0, 0, QUERY_TIMEOUT_MS) === "timed-out") {
      // Its reply may still come, and would be taken for the next query's: this connection is done.
      this.failure = new Error(`PostgreSQL did not answer within ${QUERY_TIMEOUT_MS / 1000} s`);
      throw this.failure;
    }
    const message = receiveMessageOnPort(this.port)?.message as { rows?: T[]; error?: string } | undefined;
    if (!message) throw this.failure ?? new Error("PostgreSQL query worker stopped");
    if (message.error !== undefined) throw new Error(`PostgreSQL: ${message.error}`);
    return message.rows ?? [];
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
