import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { Embeddings } from "@langchain/core/embeddings";
import { buildIndex, currentBuildDir } from "../../src/index/build.js";
import { openIndex } from "../../src/index/index.js";
import { dimensionStats, LocalHashEmbeddings, LOCAL_DIMENSIONS } from "../../src/index/embeddings/local.js";
import type { EmbeddingsProvider } from "../../src/index/embeddings/index.js";
import { LOCAL_EMBEDDINGS_MODEL } from "../../src/config.js";
import { EmbeddingsMismatchError, MANIFEST_FILE, STORE_FILE } from "../../src/index/manifest.js";
import Database from "better-sqlite3";
import { CORPUS_DIR } from "../helpers/corpus.js";
import { tempDir } from "../helpers/assistant.js";

/** The real local embeddings, counting what they are asked to embed and able to fail on request. */
class CountingEmbeddings extends Embeddings {
  texts = 0;
  calls = 0;
  failOnCall?: number;
  private readonly inner = new LocalHashEmbeddings();
  constructor() {
    super({});
  }
  async embedDocuments(documents: string[]) {
    this.calls++;
    if (this.failOnCall === this.calls) throw new Error("embeddings endpoint went away");
    this.texts += documents.length;
    return this.inner.embedDocuments(documents);
  }
  async embedQuery(text: string) {
    return this.inner.embedQuery(text);
  }
}

const spec = { provider: "local" as const, model: LOCAL_EMBEDDINGS_MODEL };
const provider = (e = new CountingEmbeddings()): EmbeddingsProvider & { embeddings: CountingEmbeddings } => ({ spec, embeddings: e, dimensions: LOCAL_DIMENSIONS });

function corpusWith(files: string[]): string {
  const dir = tempDir("lga-corpus-");
  for (const f of files) copyFileSync(join(CORPUS_DIR, f), join(dir, f));
  return dir;
}

/** The word-statistics tables of an index's current build, in a comparable order. */
function tables(indexDir: string) {
  const db = new Database(join(currentBuildDir(indexDir)!, STORE_FILE), { readonly: true });
  try {
    return ["SELECT * FROM terms ORDER BY stem", "SELECT * FROM section_terms ORDER BY doc_id, section, stem", "SELECT * FROM words ORDER BY word"].map((sql) => db.prepare(sql).all());
  } finally {
    db.close();
  }
}

describe("building the index", () => {
  it("indexes good files and reports each bad one with its reason", async () => {
    const corpus = corpusWith(["lga-performance-report-2019-03.txt"]);
    writeFileSync(join(corpus, "notes.md"), "# Board notes\n\nThe board met in June 2021 and agreed the budget.\n");
    writeFileSync(join(corpus, "empty.txt"), "   \n");
    // (Text saved in Windows-1252 is read in it, not refused: "café notes".)
    writeFileSync(join(corpus, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x74, 0x65, 0x73]));
    writeFileSync(join(corpus, "binary.txt"), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x20]));
    writeFileSync(join(corpus, "budget.xlsx"), "not really a spreadsheet");
    const indexDir = join(tempDir(), "index");
    const summary = await buildIndex({ corpusDir: corpus, indexDir, provider: provider() });
    expect(summary.documents).toBe(3);
    expect(summary.skipped.map((s) => s.relPath).sort()).toEqual(["binary.txt", "budget.xlsx", "empty.txt"]);
    for (const s of summary.skipped) expect(s.reason.length).toBeGreaterThan(5);
    expect(summary.skipped.find((s) => s.relPath === "budget.xlsx")!.reason).toMatch(/unsupported/i);
    const index = openIndex(indexDir, spec);
    expect(index.documents.map((d) => d.meta.docId).sort()).toEqual(["latin1", "lga-performance-report-2019-03", "notes"]);
    expect(index.recordsOf("target").some((r) => r.ref === "1.2")).toBe(true);
    index.close();
  });

  it("re-ingesting an unchanged corpus embeds nothing, and a removed file is dropped", async () => {
    const corpus = corpusWith(["lga-performance-report-2019-03.txt", "sector-led-improvement-2018-19.txt"]);
    const indexDir = join(tempDir(), "index");
    const first = provider();
    await buildIndex({ corpusDir: corpus, indexDir, provider: first });
    expect(first.embeddings.texts).toBeGreaterThan(100);

    const second = provider();
    const again = await buildIndex({ corpusDir: corpus, indexDir, provider: second });
    expect(second.embeddings.texts).toBe(0);
    expect(again.embedded).toBe(0);
    expect(again.reused).toHaveLength(2);

    rmSync(join(corpus, "sector-led-improvement-2018-19.txt"));
    writeFileSync(join(corpus, "extra.txt"), "Extra paper\n\nThe extra paper says the fund is £5m.\n");
    const third = provider();
    const changed = await buildIndex({ corpusDir: corpus, indexDir, provider: third });
    expect(changed.removed).toEqual(["sector-led-improvement-2018-19.txt"]);
    expect(changed.reused).toEqual(["lga-performance-report-2019-03.txt"]);
    expect(third.embeddings.calls).toBe(1);
    const index = openIndex(indexDir, spec);
    expect(index.documents.map((d) => d.meta.docId).sort()).toEqual(["extra", "lga-performance-report-2019-03"]);
    expect(index.searchText("fund £5m", 3).length).toBeGreaterThan(0);
    index.close();
    // Only the build in use is kept.
    expect(readdirSync(join(indexDir, "builds"))).toHaveLength(1);
  });

  it("changes the previous build in place: a changed file's old text and vectors are gone, its new ones found, statistics kept exact", async () => {
    const files = ["lga-performance-report-2019-03.txt", "sector-led-improvement-2018-19.txt", "iib-agenda-2020-12-17.txt"];
    const corpus = corpusWith(files);
    const indexDir = join(tempDir(), "index");
    await buildIndex({ corpusDir: corpus, indexDir, provider: provider() });
    const before = openIndex(indexDir, spec);
    const unchanged = (index: typeof before, hits: { id: number }[]) => hits.map((h) => h.id).filter((id) => index.chunk(id)?.docId !== "sector-led-improvement-2018-19");
    const keptHits = unchanged(before, before.searchText("corporate peer challenge", 5));
    const keptVector = unchanged(before, await before.searchVector(await new LocalHashEmbeddings().embedQuery("corporate peer challenge"), 5));
    expect(keptHits.length * keptVector.length).toBeGreaterThan(0);
    before.close();

    const changedFile = join(corpus, "sector-led-improvement-2018-19.txt");
    writeFileSync(changedFile, "Sector-led improvement 2018/19\n\nThe zeppelin programme replaces every earlier arrangement.\n");
    const third = provider();
    const summary = await buildIndex({ corpusDir: corpus, indexDir, provider: third });
    expect(summary.reused.sort()).toEqual(files.filter((f) => !f.startsWith("sector")).sort());
    expect(third.embeddings.texts).toBeLessThan(10);

    const after = openIndex(indexDir, spec);
    expect(after.searchText("zeppelin", 3).map((h) => after.chunk(h.id)?.docId)).toEqual(["sector-led-improvement-2018-19"]);
    // The old version's text is gone from the full-text index, its vectors from nearest-neighbour results.
    const oldWords = after.searchText("sector-led improvement offer peer challenge", 50).map((h) => after.chunk(h.id)?.docId);
    expect(oldWords.every((d) => d !== undefined)).toBe(true);
    // Unchanged documents keep their chunks (and ids) and are still found (BM25 scores move with the corpus).
    expect(after.searchText("corporate peer challenge", 10).map((h) => h.id)).toEqual(expect.arrayContaining(keptHits));
    const zeppelin = await after.searchVector(await new LocalHashEmbeddings().embedQuery("zeppelin programme"), 5);
    expect(zeppelin.every((h) => after.chunk(h.id) !== undefined)).toBe(true);
    expect(after.chunk(zeppelin[0]!.id)?.docId).toBe("sector-led-improvement-2018-19");
    expect((await after.searchVector(await new LocalHashEmbeddings().embedQuery("corporate peer challenge"), 10)).map((h) => h.id)).toEqual(expect.arrayContaining(keptVector));
    // Statistics carried forward equal statistics counted afresh.
    expect(after.manifest.vectorStats).toEqual(dimensionStats(after.vectors()));
    expect(after.manifest.chunks).toBe([...after.chunkTexts()].length);
    // Word statistics and the corpus's facts, changed in place, equal those of a build from scratch.
    const freshDir = join(tempDir(), "fresh");
    await buildIndex({ corpusDir: corpus, indexDir: freshDir, provider: provider() });
    const fresh = openIndex(freshDir, spec);
    expect(after.terms.df("zeppelin")).toBe(1);
    expect(tables(indexDir)).toEqual(tables(freshDir));
    expect(after.facts).toEqual(fresh.facts);
    fresh.close();
    after.close();
  });

  it("a failed ingest leaves the previous index in use and no half-written build", async () => {
    const corpus = corpusWith(["lga-performance-report-2019-03.txt"]);
    const indexDir = join(tempDir(), "index");
    await buildIndex({ corpusDir: corpus, indexDir, provider: provider() });
    const before = currentBuildDir(indexDir);
    copyFileSync(join(CORPUS_DIR, "sector-led-improvement-2018-19.txt"), join(corpus, "sector-led-improvement-2018-19.txt"));
    const failing = provider();
    failing.embeddings.failOnCall = 1;
    await expect(buildIndex({ corpusDir: corpus, indexDir, provider: failing })).rejects.toThrow(/went away/);
    expect(currentBuildDir(indexDir)).toBe(before);
    expect(readdirSync(join(indexDir, "builds"))).toHaveLength(1);
    const index = openIndex(indexDir, spec);
    expect(index.documents.map((d) => d.meta.docId)).toEqual(["lga-performance-report-2019-03"]);
    index.close();
  });

  it("an ingest killed midway leaves the old index working", async () => {
    const corpus = corpusWith(["lga-performance-report-2019-03.txt"]);
    const indexDir = join(tempDir(), "index");
    await buildIndex({ corpusDir: corpus, indexDir, provider: provider() });
    const before = currentBuildDir(indexDir);
    for (const f of readdirSync(CORPUS_DIR)) copyFileSync(join(CORPUS_DIR, f), join(corpus, f));
    // A real process, killed with SIGKILL while it writes its new build.
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "slow-ingest.fixture.ts"), corpus, indexDir], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        if (d.toString().includes("embedding")) resolve();
      });
      child.on("exit", () => reject(new Error("the ingest finished before it could be killed")));
    });
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));
    expect(currentBuildDir(indexDir)).toBe(before);
    const index = openIndex(indexDir, spec);
    expect(index.documents).toHaveLength(1);
    expect(index.searchText("peer challenge", 3).length).toBeGreaterThan(0);
    index.close();
    // The next ingest completes and clears the abandoned build.
    const done = await buildIndex({ corpusDir: corpus, indexDir, provider: provider() });
    expect(done.documents).toBe(5);
    expect(readdirSync(join(indexDir, "builds"))).toHaveLength(1);
  });

  it("refuses an index built with other embeddings, saying what to do", async () => {
    const corpus = corpusWith(["lga-performance-report-2019-03.txt"]);
    const indexDir = join(tempDir(), "index");
    await buildIndex({ corpusDir: corpus, indexDir, provider: provider() });
    expect(() => openIndex(indexDir, { provider: "openai", model: "text-embedding-3-small" })).toThrow(EmbeddingsMismatchError);
    expect(() => openIndex(indexDir, { provider: "openai", model: "text-embedding-3-small" })).toThrow(/npm run ingest/);
    // One built by an older ingestion pipeline (whose store lacks what this code reads) is refused too.
    const manifestPath = join(currentBuildDir(indexDir)!, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { pipelineVersion: number };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, pipelineVersion: manifest.pipelineVersion - 1 }));
    expect(() => openIndex(indexDir, spec)).toThrow(/older version.*npm run ingest/);
  });

  it("says clearly when the corpus folder is missing or holds nothing usable", async () => {
    const indexDir = join(tempDir(), "index");
    await expect(buildIndex({ corpusDir: join(tempDir(), "nope"), indexDir, provider: provider() })).rejects.toThrow(/does not exist/);
    const empty = tempDir();
    mkdirSync(join(empty, "sub"));
    writeFileSync(join(empty, "sub", "blank.txt"), "");
    await expect(buildIndex({ corpusDir: empty, indexDir, provider: provider() })).rejects.toThrow(/could be ingested/);
    expect(existsSync(join(indexDir, "current"))).toBe(false);
  });
});
