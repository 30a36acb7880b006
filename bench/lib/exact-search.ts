/**
 * The exact baseline for vector search: a brute-force cosine scan over the very vectors the
 * HNSW graph holds (read back from hnswlib, which stores them L2-normalised in cosine space),
 * and HNSW's recall against it.
 */
import type { VectorIndex } from "../../src/index/vector-index.js";

export interface ExactHit {
  readonly position: number;
  readonly similarity: number;
}

export class ExactCosineScan {
  private constructor(
    private readonly matrix: Float32Array,
    readonly size: number,
    readonly dimensions: number,
  ) {}

  /** Copy every vector out of the HNSW index (positions 0..size-1). */
  static fromVectorIndex(index: VectorIndex): ExactCosineScan {
    const size = index.size;
    const dimensions = index.dimensions;
    const matrix = new Float32Array(size * dimensions);
    for (let i = 0; i < size; i++) {
      const point = index.store.index.getPoint(i);
      let norm = 0;
      for (const v of point) norm += v * v;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let d = 0; d < dimensions; d++) matrix[i * dimensions + d] = (point[d] ?? 0) * scale;
    }
    return new ExactCosineScan(matrix, size, dimensions);
  }

  /** Cosine similarity between `query` and the stored vector at `position`. */
  similarity(query: readonly number[], position: number): number {
    const base = position * this.dimensions;
    let dot = 0;
    let norm = 0;
    for (let d = 0; d < this.dimensions; d++) {
      const v = query[d] ?? 0;
      dot += v * (this.matrix[base + d] ?? 0);
      norm += v * v;
    }
    return norm > 0 ? dot / Math.sqrt(norm) : 0;
  }

  /** The `k` most similar vectors, best first (ties by position). */
  search(query: readonly number[], k: number): ExactHit[] {
    const { matrix, dimensions, size } = this;
    const q = Float32Array.from(query);
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (q[d] as number) * (q[d] as number);
    if (norm === 0) return [];
    const scale = 1 / Math.sqrt(norm);
    // A small sorted buffer of the best k (k is tens; the scan dominates).
    const best: ExactHit[] = [];
    let floor = -Infinity;
    for (let i = 0; i < size; i++) {
      // A plain dot product over typed arrays (casts, not `?? 0`, keep the loop tight).
      let dot = 0;
      const base = i * dimensions;
      for (let d = 0; d < dimensions; d++) dot += (matrix[base + d] as number) * (q[d] as number);
      const similarity = dot * scale;
      if (best.length < k || similarity > floor) {
        let at = best.length;
        while (at > 0 && (best[at - 1] as ExactHit).similarity < similarity) at--;
        best.splice(at, 0, { position: i, similarity });
        if (best.length > k) best.pop();
        if (best.length === k) floor = (best[k - 1] as ExactHit).similarity;
      }
    }
    return best;
  }
}

/**
 * Share of the exact top-k that approximate hits recover, counting ties fairly: an
 * approximate hit counts when its exact similarity reaches the k-th exact similarity
 * (synthetic corpora repeat sentences, so equal vectors are common). `undefined` when the
 * exact scan finds nothing (a query without features).
 */
export function recallAtK(
  approximate: readonly { readonly position: number }[],
  exact: readonly ExactHit[],
  similarityOf: (position: number) => number,
  k: number,
): number | undefined {
  const top = exact.slice(0, k);
  const threshold = top.at(-1)?.similarity;
  if (threshold === undefined || top.length === 0) return undefined;
  const seen = new Set<number>();
  let found = 0;
  for (const hit of approximate.slice(0, k)) {
    if (seen.has(hit.position)) continue;
    seen.add(hit.position);
    if (similarityOf(hit.position) >= threshold - 1e-6) found++;
  }
  return Math.min(1, found / top.length);
}

/** Exact cosine similarity between a query and the stored vector at `position`. */
export function similarityAt(scan: ExactCosineScan, query: readonly number[]): (position: number) => number {
  const hits = new Map<number, number>();
  return (position) => {
    const cached = hits.get(position);
    if (cached !== undefined) return cached;
    const value = scan.similarity(query, position);
    hits.set(position, value);
    return value;
  };
}
