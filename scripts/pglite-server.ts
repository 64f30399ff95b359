/**
 * A PostgreSQL server with pgvector for trying the shared store without installing PostgreSQL: PGlite
 * (PostgreSQL compiled to WebAssembly) served on 127.0.0.1 by pglite-socket. Development only (the
 * packages are dev dependencies); a deployment uses a real PostgreSQL with the `vector` extension.
 *
 *   npx tsx scripts/pglite-server.ts [--port 5433] [--dir DATA_DIR]
 *   INDEX_DATABASE_URL=postgres://postgres@127.0.0.1:5433/postgres npm run ingest
 *
 * Without --dir the database lives in memory and is gone when the server stops.
 */
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { Command } from "commander";

const opts = new Command().option("--port <n>", "port on 127.0.0.1", "5433").option("--dir <dir>", "keep the database in this folder").parse().opts<{ port: string; dir?: string }>();
const db = await PGlite.create({ ...(opts.dir ? { dataDir: opts.dir } : {}), extensions: { vector } });
const server = new PGLiteSocketServer({ db, port: Number(opts.port), host: "127.0.0.1", maxConnections: 20 });
await server.start();
console.log(`PostgreSQL (PGlite, pgvector) at postgres://postgres@${server.getServerConn()}/postgres; Ctrl-C stops it.`);
const stop = async () => {
  await server.stop();
  await db.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
