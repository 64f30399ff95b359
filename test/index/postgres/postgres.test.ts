/**
 * The index in PostgreSQL + pgvector (PGlite with pgvector over pglite-socket, the `pg` client): a build
 * published there reads the same through the index port as the embedded store, ranks text the same (BM25
 * over the same words), answers the same, is
 * published again by what changed only, and a failed publish leaves the published index as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openAssistant, type Assistant } from "../../../src/assistant.js";
import { loadConfig } from "../../../src/config.js";
import { buildIndex, currentBuildDir } from "../../../src/index/build.js";
import { createEmbeddings } from "../../../src/index/embeddings/index.js";
import { IndexMissingError, openIndex, type IndexPort } from "../../../src/index/index.js";
import { PostgresIndex } from "../../../src/index/postgres/index.js";
import { publishBuild } from "../../../src/index/postgres/publish.js";
import { STORE_FILE } from "../../../src/index/manifest.js";
import { CORPUS_DIR } from "../../helpers/corpus.js";
import { tempDir } from "../../helpers/assistant.js";
import { startPostgresProcess as startPostgres, type TestPostgres } from "../../helpers/pglite.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
let server: TestPostgres;
let corpus: string;
let indexDir: string;
let embedded: Assistant;
let shared: Assistant;
const provider = createEmbeddings(loadConfig({}));

beforeAll(async () => {
  server = await startPostgres();
  corpus = join(tempDir(), "corpus");
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  indexDir = join(tempDir(), "index");
  const config = loadConfig({ CORPUS_DIR: corpus, INDEX_DIR: indexDir });
  embedded = await openAssistant(config, { provider });
  const first = await publishBuild(currentBuildDir(indexDir)!, server.url);
  expect(first).toMatchObject({ replaced: true, removed: [] });
  expect(first.written).toHaveLength(5);
  shared = await openAssistant(loadConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(tempDir(), "unused"), INDEX_DATABASE_URL: server.url }), { provider });
}, 120_000);

afterAll(async () => {
  embedded?.close();
  shared?.close();
  await server?.stop();
});

describe("PostgresIndex", () => {
  it("reads through the port what the embedded store reads", () => {
    const [a, b] = [embedded.index, shared.index];
    expect(b).toBeInstanceOf(PostgresIndex);
    expect(b.documents).toEqual(a.documents);
    expect(b.facts).toEqual(a.facts);
    expect(b.manifest).toEqual(a.manifest);
    for (const type of ["target", "member", "paper", "cell"] as const) {
      expect(b.recordsOf(type).length).toBeGreaterThan(0);
      expect(b.recordsOf(type)).toEqual(a.recordsOf(type));
    }
    const doc = a.documents[0]!.meta.docId;
    expect(b.documentText(doc)).toEqual(a.documentText(doc));
    expect(b.chunkPlaces(doc)).toEqual(a.chunkPlaces(doc));
    expect([...b.abbreviationsOf(doc)]).toEqual([...a.abbreviationsOf(doc)]);
    expect(b.chunk(1)).toEqual(a.chunk(1));
    expect(b.documentText("no-such-document")).toBeUndefined();
    for (const stem of ["target", "council", "fund"]) expect(b.terms.df(stem)).toBe(a.terms.df(stem));
    const stems = ["peer", "challeng", "no-such-stem"];
    expect(b.terms.dfMany(stems)).toEqual(a.terms.dfMany(stems));
    expect(b.terms.dfMany(stems).get("no-such-stem")).toBe(0);
    expect(b.terms.topSection("fund")).toEqual(a.terms.topSection("fund"));
    expect(b.terms.wordsOfLength(6, 7, "c")).toEqual(a.terms.wordsOfLength(6, 7, "c"));
    expect(b.terms.wordsOfLength(9, 9)).toEqual(a.terms.wordsOfLength(9, 9));
    const count = (it: Iterable<unknown>) => [...it].length;
    expect(count(b.chunkTexts())).toBe(a.manifest.chunks);
    expect(count(b.vectors())).toBe(count(a.vectors()));
  });

  it("finds chunks by their words (stemmed) and by vector, within the documents asked", async () => {
    const index: IndexPort = shared.index;
    const hits = index.searchText("funding reductions for councils", 10);
    expect(hits.map((h) => h.id)).toEqual(embedded.index.searchText("funding reductions for councils", 10).map((h) => h.id));
    // Words are runs of letters and digits, as SQLite reads them: "nao" is found in "www.nao.org.uk".
    const nao = index.searchText("NAO", 50).map((h) => h.id);
    expect(nao.some((id) => index.chunk(id)!.text.includes("www.nao.org.uk"))).toBe(true);
    expect(nao.sort()).toEqual(embedded.index.searchText("NAO", 50).map((h) => h.id).sort());
    expect(hits.some((h) => /fund/i.test(index.chunk(h.id)!.text))).toBe(true);
    const doc = index.documents.find((d) => d.meta.kind === "report")!.meta.docId;
    const within = index.searchText("targets", 20, [doc]);
    expect(within.length).toBeGreaterThan(0);
    expect(within.every((h) => index.chunk(h.id)!.docId === doc)).toBe(true);
    expect(index.searchText("the of and", 5)).toEqual([]);

    const vector = await provider.embeddings.embedQuery("council funding fell in real terms");
    const [a, b] = await Promise.all([embedded.index.searchVector(vector, 5), index.searchVector(vector, 5)]);
    // The same nearest chunks (pgvector computes in single precision: near ties may swap).
    expect(new Set(b.map((h) => h.id))).toEqual(new Set(a.map((h) => h.id)));
    expect(b[0]).toMatchObject({ id: a[0]!.id, score: expect.closeTo(a[0]!.score, 4) });
    const filtered = await index.searchVector(vector, 5, [doc]);
    expect(filtered.length).toBe(5);
    expect(filtered.every((h) => index.chunk(h.id)!.docId === doc)).toBe(true);
  });

  it("answers questions as the embedded index does, word for word", async () => {
    for (const question of [
      "Which Supporting Councils targets were Red in March 2019?",
      "Who is the contact officer for the LG Inform paper?",
      "Who chairs the Improvement and Innovation Board?",
      // From passages: BM25 on the same words and the same vectors find the same ones.
      "What did the NAO say happened to council funding?",
      "Brief me on the Improvement and Innovation Board",
    ]) {
      const [a, b] = [await embedded.engine.ask(question), await shared.engine.ask(question)];
      expect(b.answer).toBe(a.answer);
      expect(b.citations.map((c) => c.quote)).toEqual(a.citations.map((c) => c.quote));
    }
  });

  it("publishes again only what changed, and a failed publish leaves the published index as it was", async () => {
    writeFileSync(join(corpus, "extra-note.txt"), "Board note\n\nThe Widget Panel meets in the spring to review widget procurement.\n");
    await buildIndex({ corpusDir: corpus, indexDir, provider });
    const again = await publishBuild(currentBuildDir(indexDir)!, server.url);
    expect(again).toMatchObject({ replaced: false, kept: 5, removed: [] });
    expect(again.written).toEqual([expect.stringContaining("extra-note")]);
    const reader = PostgresIndex.open(server.url, provider.spec);
    try {
      expect(reader.documents).toHaveLength(6);
      const hit = reader.searchText("widget procurement", 3)[0];
      expect(reader.chunk(hit!.id)!.text).toContain("Widget Panel");
    } finally {
      reader.close();
    }

    // A broken build (a table missing) fails part-way through: nothing of it is visible.
    const broken = join(tempDir(), "broken");
    mkdirSync(broken);
    cpSync(currentBuildDir(indexDir)!, broken, { recursive: true });
    const db = new Database(join(broken, STORE_FILE));
    db.exec("PRAGMA foreign_keys = OFF; DELETE FROM documents WHERE doc_id LIKE '%extra-note%'; DROP TABLE words;");
    db.close();
    await expect(publishBuild(broken, server.url)).rejects.toThrow(/words/);
    const after = PostgresIndex.open(server.url, provider.spec);
    try {
      expect(after.documents).toHaveLength(6);
      expect(after.terms.wordsOfLength(6, 6, "w").map((w) => w.word)).toContain("widget");
    } finally {
      after.close();
    }
  }, 60_000);

  it("says how to build the index when the database holds none", async () => {
    const empty = await startPostgres();
    try {
      expect(() => PostgresIndex.open(empty.url, provider.spec)).toThrow(IndexMissingError);
      expect(() => PostgresIndex.open(empty.url, provider.spec)).toThrow(/npm run ingest/);
    } finally {
      await empty.stop();
    }
    // The embedded index is still there and unaffected.
    const local = openIndex(indexDir, provider.spec);
    expect(local.documents).toHaveLength(6);
    local.close();
  }, 60_000);

  it("is published by `npm run ingest` and read by `npm run ask` from another index folder", () => {
    const small = join(tempDir(), "corpus");
    mkdirSync(small);
    writeFileSync(join(small, "panel-note.txt"), "Panel note\n\nThe Widget Panel is chaired by Councillor Ada Quill and meets in the spring.\n");
    const run = (script: string, args: string[], indexFolder: string) =>
      spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", CORPUS_DIR: small, INDEX_DIR: indexFolder, INDEX_DATABASE_URL: server.url },
      });
    const ingest = run("src/cli/ingest.ts", ["--quiet"], join(tempDir(), "index"));
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/Published to PostgreSQL \(INDEX_DATABASE_URL\): 1 new or changed document, 6 removed, 0 unchanged/);
    const elsewhere = join(tempDir(), "never-built");
    const ask = run("src/cli/ask.ts", ["Who chairs the Widget Panel?"], elsewhere);
    expect(ask.status, ask.stderr).toBe(0);
    expect(ask.stdout).toContain("Ada Quill");
    expect(existsSync(elsewhere)).toBe(false);
  }, 60_000);
});
