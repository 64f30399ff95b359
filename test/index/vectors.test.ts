/** The graph holds folded vectors; its candidates, scored again with the full vectors, are the nearest. */
import { describe, expect, it } from "vitest";
import { sparseVectors } from "../helpers/vectors.js";
import { CANDIDATES_PER_RESULT, VectorIndex, cosine, foldVector, foldedDimensions } from "../../src/index/vectors.js";

const vectors = (n: number, dimensions: number, seed = 11) => sparseVectors(n, dimensions, { seed, nonZero: 20 });

describe("VectorIndex", () => {
  it("folds a vector to a quarter of its dimensions, keeping what is equal equal", () => {
    const [a, b] = vectors(2, 1024);
    expect(foldedDimensions(1024)).toBe(256);
    expect(foldVector(a!.vector)).toHaveLength(256);
    expect(cosine(foldVector(a!.vector), foldVector(a!.vector.map((x) => x * 3)))).toBeCloseTo(1, 6);
    expect(Math.abs(cosine(foldVector(a!.vector), foldVector(b!.vector)))).toBeLessThan(0.5);
  });

  it("gives candidates among which the exact nearest are found", () => {
    const items = vectors(4000, 1024);
    const index = VectorIndex.build(1024, items);
    // Queries near stored vectors: a stored vector with some of its weight moved elsewhere.
    const queries = vectors(30, 1024, 99).map((noise, k) => items[k * 97]!.vector.map((x, d) => x + 0.6 * noise.vector[d]!));
    let found = 0;
    for (const q of queries) {
      const exact = items
        .map((i) => ({ id: i.id, s: cosine(q, i.vector) }))
        .sort((x, y) => y.s - x.s)
        .slice(0, 10)
        .map((x) => x.id);
      const candidates = new Set(index.candidates(q, 10 * CANDIDATES_PER_RESULT));
      found += exact.filter((id) => candidates.has(id)).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThan(0.9);
  });

  it("leaves out what is not allowed", () => {
    const items = vectors(500, 64);
    const index = VectorIndex.build(64, items);
    const got = index.candidates(items[0]!.vector, 20, (id) => id % 2 === 0);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((id) => id % 2 === 0)).toBe(true);
  });
});
