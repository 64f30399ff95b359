/**
 * Builds a nearest-neighbour index on a worker thread while the documents are still being read, so that a
 * full ingest costs about the longer of the two rather than their sum (building the graph is about half
 * of it, and a machine has a second core). Vectors are folded and added in the order given, with the same
 * settings and seed as `VectorIndex.build`, so the index is the one a build on this thread would make.
 */
import { existsSync, statSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { HNSW_SETTINGS, foldVector, foldedDimensions } from "./vectors.js";

// Plain JavaScript, evaluated in the worker: it needs no TypeScript loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const hnsw = require(workerData.hnswlib);
const { dimensions, m, efConstruction, randomSeed } = workerData;
const index = new hnsw.HierarchicalNSW("cosine", dimensions);
let capacity = 1024;
index.initIndex({ maxElements: capacity, m, efConstruction, randomSeed });
let count = 0;
parentPort.on("message", (msg) => {
  try {
    if (msg.type === "add") {
      for (let k = 0; k < msg.ids.length; k++) {
        if (count >= capacity) index.resizeIndex((capacity *= 2));
        index.addPoint(Array.from(msg.vectors[k]), msg.ids[k]);
        count++;
      }
    } else if (msg.type === "write") {
      // (At least one element: an empty index is still written as one hnswlib can read.)
      if (count > 0 && capacity > count) index.resizeIndex(count);
      index.writeIndexSync(msg.path);
      parentPort.postMessage({ type: "written", count });
    }
  } catch (e) {
    parentPort.postMessage({ type: "error", message: String(e && e.message || e) });
  }
});
`;

export class VectorBuilder {
  private readonly worker: Worker;
  private failure: Error | undefined;
  private added = 0;

  constructor(dimensions: number) {
    const hnswlib = createRequire(import.meta.url).resolve("hnswlib-node");
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { hnswlib, dimensions: foldedDimensions(dimensions), ...HNSW_SETTINGS } });
    this.worker.on("error", (e) => (this.failure ??= e));
    this.worker.on("message", (msg: { type: string; message?: string }) => {
      if (msg.type === "error") this.failure ??= new Error(`building the vector index failed: ${msg.message}`);
    });
    // The worker must not keep a process alive that has nothing else to do.
    this.worker.unref();
  }

  /** Queue vectors to add (folded here; the folded copies' buffers move to the worker). */
  add(items: { id: number; vector: Float32Array }[]): void {
    if (items.length === 0) return;
    const vectors = items.map((i) => foldVector(i.vector));
    this.worker.postMessage({ type: "add", ids: items.map((i) => i.id), vectors }, vectors.map((v) => v.buffer as ArrayBuffer));
    this.added += items.length;
  }

  /** Wait for every vector to be added, write the index to `path`, and stop the worker. */
  async finish(path: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.worker.ref();
    try {
      await new Promise<void>((resolve, reject) => {
        this.worker.on("message", (msg: { type: string; count?: number; message?: string }) => {
          if (msg.type === "written") msg.count === this.added ? resolve() : reject(new Error(`the vector index holds ${msg.count} of ${this.added} vectors`));
          else if (msg.type === "error") reject(new Error(`building the vector index failed: ${msg.message}`));
        });
        this.worker.once("error", reject);
        this.worker.once("exit", (code) => reject(new Error(`the vector index builder stopped (exit code ${code})`)));
        this.worker.postMessage({ type: "write", path });
      });
    } finally {
      await this.worker.terminate();
    }
    // (hnswlib writes nothing, and says nothing, where it cannot open the file.)
    if (!existsSync(path) || statSync(path).size === 0) throw new Error(`the vector index could not be written to ${path}`);
  }

  /** Stop without writing (the build failed elsewhere). */
  async abandon(): Promise<void> {
    await this.worker.terminate();
  }
}
