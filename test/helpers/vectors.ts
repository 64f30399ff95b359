/** Sparse unit vectors from a fixed seed, like the local embeddings' hashed features (a few words each). */
export function sparseVectors(n: number, dimensions: number, opts: { seed: number; nonZero: number }): { id: number; vector: Float32Array }[] {
  let seed = opts.seed;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, (_, k) => {
    const v = new Float32Array(dimensions);
    for (let j = 0; j < opts.nonZero; j++) v[Math.floor(next() * dimensions)] = next() - 0.5;
    const norm = Math.hypot(...v) || 1;
    return { id: k + 1, vector: v.map((x) => x / norm) };
  });
}
