import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../src/assistant.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../../src/config.js";
import { openAssistant } from "../../src/assistant.js";
import { bundledAssistant, tempDir } from "../helpers/assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  assistant = await bundledAssistant();
});
afterAll(() => assistant?.close());

const search = (q: string, opts: Parameters<Assistant["engine"]["retriever"]["search"]>[1]) => assistant.engine.retriever.search(q, opts);

describe("hybrid retrieval", () => {
  it("fuses BM25 and vector rankings", async () => {
    const hits = await search("peer challenge councils", { k: 10 });
    expect(hits.length).toBe(10);
    expect(hits.some((h) => h.bm25Rank !== undefined && h.vectorRank !== undefined)).toBe(true);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it("keeps each ranking's first hits even when the other ranking puts them far down", async () => {
    for (const q of ["homelessness temporary accommodation 2010-11 to 2016-17", "Brent IT service desk", "corporate peer challenge target 56"]) {
      const k = 12;
      const [bm25, vectors, hybrid] = await Promise.all([search(q, { k: 40, mode: "bm25" }), search(q, { k: 40, mode: "vector" }), search(q, { k })]);
      const ids = new Set(hybrid.map((h) => h.chunk.id));
      expect(hybrid.length).toBe(k);
      for (const must of [...bm25.slice(0, 2), ...vectors.slice(0, 2)]) expect(ids.has(must.chunk.id), q).toBe(true);
    }
  });

  it("finds through the vectors what BM25 alone misses (a word the papers do not use)", async () => {
    const corpus = tempDir("lga-synonym-");
    writeFileSync(join(corpus, "workforce.txt"), "Workforce report\n\nStaffing numbers rose to 412 employees by the end of the year.\n");
    writeFileSync(join(corpus, "estates.txt"), "Estates report\n\nThe refurbishment of the building finished on time and within budget.\n");
    const small = await openAssistant(loadConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(tempDir(), "index") }));
    try {
      const bm25 = await small.engine.retriever.search("headcount", { k: 2, mode: "bm25" });
      const hybrid = await small.engine.retriever.search("headcount", { k: 2 });
      expect(bm25).toEqual([]);
      expect(hybrid[0]!.chunk.docId).toBe("workforce");
    } finally {
      small.close();
    }
  });

  it("filters by document, kind and date", async () => {
    const byKind = await search("peer challenge", { k: 10, filter: { kinds: ["board agenda pack"] } });
    expect(byKind.length).toBeGreaterThan(0);
    expect(new Set(byKind.map((h) => h.chunk.docId))).toEqual(new Set(["iib-agenda-2018-03-22", "iib-agenda-2020-12-17"]));
    const byDate = await search("peer challenge", { k: 10, filter: { dateFrom: "2019-01", dateTo: "2019-12" } });
    expect(new Set(byDate.map((h) => h.chunk.docId))).toEqual(new Set(["lga-performance-report-2019-03", "sector-led-improvement-2018-19"]));
    const byDoc = await search("peer challenge", { k: 10, filter: { docIds: ["lga-performance-report-2013-q1"] } });
    expect(byDoc.every((h) => h.chunk.docId === "lga-performance-report-2013-q1")).toBe(true);
    expect(await search("peer challenge", { filter: { docIds: [] } })).toEqual([]);
  });
});
