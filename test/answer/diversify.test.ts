/** Passages kept for sentence picking: a few per section, and each ranking's very best hits whatever their fused rank. */
import { describe, expect, it } from "vitest";
import { diversify } from "../../src/answer/engine.js";
import type { Passage } from "../../src/retrieve/hybrid.js";
import type { StoredChunk } from "../../src/index/index.js";

const passage = (id: number, docId: string, section: string, score: number, ranks: { bm25Rank?: number; vectorRank?: number }): Passage => ({
  chunk: { id, docId, start: 0, end: 10, text: "", locator: { section: [section] } } as unknown as StoredChunk,
  score,
  ...ranks,
});

describe("diversify", () => {
  it("keeps the words' search's best hit that the embeddings rank nowhere", () => {
    // 25 passages found by both rankings, then the one chunk holding the rare word the question asks for.
    const both = Array.from({ length: 25 }, (_, i) => passage(i, `doc-${i % 6}`, `section ${i}`, 0.03 - i * 0.0005, { bm25Rank: i + 2, vectorRank: i + 1 }));
    const onlyWords = passage(99, "terms", "Terms of reference", 1 / 61, { bm25Rank: 1 });
    const kept = diversify([...both, onlyWords], 20);
    expect(kept).toHaveLength(20);
    expect(kept.map((p) => p.chunk.id)).toContain(99);
  });

  it("holds a crowded section to its share while others can fill in", () => {
    const crowded = Array.from({ length: 8 }, (_, i) => passage(i, "report", "Budget", 0.03 - i * 0.001, { bm25Rank: i + 5, vectorRank: i + 5 }));
    const others = Array.from({ length: 4 }, (_, i) => passage(20 + i, `paper-${i}`, "Summary", 0.01 - i * 0.001, { bm25Rank: 30 + i, vectorRank: 30 + i }));
    const kept = diversify([...crowded, ...others], 6);
    expect(kept.filter((p) => p.chunk.docId === "report")).toHaveLength(3);
    expect(kept.map((p) => p.chunk.docId)).toContain("paper-0");
  });
});
