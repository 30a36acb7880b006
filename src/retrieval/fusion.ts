/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher 2009): a candidate's fused score is
 * Σ_r weight_r / (k + rank_r). It needs no score calibration between retrievers, which is
 * exactly what BM25 scores and cosine similarities lack.
 */
export interface RankedList<K> {
  readonly name: string;
  /** Candidates best first, with the retriever's own score. */
  readonly items: readonly { readonly key: K; readonly score: number }[];
  readonly weight?: number;
}

export interface FusedItem<K> {
  readonly key: K;
  readonly score: number;
  readonly signals: Record<string, { rank: number; score: number }>;
}

export const RRF_K = 60;

export function reciprocalRankFusion<K>(lists: readonly RankedList<K>[], k: number = RRF_K): FusedItem<K>[] {
  const fused = new Map<K, { score: number; signals: Record<string, { rank: number; score: number }> }>();
  for (const list of lists) {
    const weight = list.weight ?? 1;
    list.items.forEach((item, index) => {
      const rank = index + 1;
      let entry = fused.get(item.key);
      if (entry === undefined) {
        entry = { score: 0, signals: {} };
        fused.set(item.key, entry);
      }
      // A key listed twice by one retriever counts once, at its best rank.
      if (entry.signals[list.name] !== undefined) return;
      entry.score += weight / (k + rank);
      entry.signals[list.name] = { rank, score: item.score };
    });
  }
  return [...fused]
    .map(([key, entry]) => ({ key, score: entry.score, signals: entry.signals }))
    .sort((a, b) => b.score - a.score);
}
