/** The nearest-neighbour index built on a worker thread while documents are read is the one built here. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sparseVectors } from "../helpers/vectors.js";
import { VectorBuilder } from "../../src/index/vector-builder.js";
import { VectorIndex } from "../../src/index/vectors.js";
import { tempDir } from "../helpers/assistant.js";

const vectors = (n: number, dimensions: number) => sparseVectors(n, dimensions, { seed: 7, nonZero: 12 });

describe("VectorBuilder", () => {
  it("writes the same index as a build on this thread, added in batches as documents are read", async () => {
    const dir = tempDir();
    const items = vectors(1500, 64);
    VectorIndex.build(64, items).write(join(dir, "here.hnsw"));
    const builder = new VectorBuilder(64);
    // (Copies: the builder takes the buffers it is given.)
    for (let k = 0; k < items.length; k += 97) builder.add(items.slice(k, k + 97).map((i) => ({ id: i.id, vector: i.vector.slice() })));
    await builder.finish(join(dir, "worker.hnsw"));
    expect(readFileSync(join(dir, "worker.hnsw")).equals(readFileSync(join(dir, "here.hnsw")))).toBe(true);
    const index = VectorIndex.read(join(dir, "worker.hnsw"), 64);
    expect(index.candidates(items[42]!.vector, 1)[0]).toBe(43);
  });

  it("says so when the index cannot be written, and can be abandoned", async () => {
    const failing = new VectorBuilder(8);
    failing.add(vectors(10, 8));
    await expect(failing.finish(join(tempDir(), "no-such-folder", "x.hnsw"))).rejects.toThrow(/vector index/);
    const abandoned = new VectorBuilder(8);
    abandoned.add(vectors(10, 8));
    await abandoned.abandon();
  });
});
