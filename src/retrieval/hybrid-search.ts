import type { Embeddings } from "@langchain/core/embeddings";
import type { ScoredChunk } from "../core/types.js";
import type { SearchIndex } from "../index/search-index.js";
import { reciprocalRankFusion } from "./fusion.js";
import { type QueryPlan, gramGroups, wordGroups } from "./query-plan.js";

/**
 * Hybrid retrieval over chunks:
 * - lexical: BM25 over structured word groups (names, numbers and rare words are found best
 *   lexically) summed with BM25 over character n-grams (morphological variants), each
 *   normalised by its best score (CombSUM);
 * - vector: HNSW search with the query's embedding;
 * fused by weighted reciprocal rank (scores of the two are not comparable, ranks are).
 */
export interface HybridSearchOptions {
  /** Candidates taken from each retriever before fusion. */
  readonly depth?: number;
  /** Weight of the n-gram score relative to the word score inside the lexical ranking. */
  readonly gramWeight?: number;
  readonly lexicalWeight?: number;
  readonly vectorWeight?: number;
  readonly rrfK?: number;
}

export interface Ranked {
  readonly key: number;
  readonly score: number;
}

export class HybridSearch {
  readonly options: Required<HybridSearchOptions>;

  constructor(
    private readonly index: SearchIndex,
    private readonly embeddings: Embeddings,
    options: HybridSearchOptions = {},
  ) {
    this.options = {
      depth: options.depth ?? 50,
      gramWeight: options.gramWeight ?? 1,
      lexicalWeight: options.lexicalWeight ?? 1,
      vectorWeight: options.vectorWeight ?? 0.5,
      rrfK: options.rrfK ?? 60,
    };
  }

  /** Word BM25 + n-gram BM25, each scaled to [0, 1] by its best score. */
  lexicalRanking(plan: QueryPlan): Ranked[] {
    const words = this.index.lexical.words.score(wordGroups(plan));
    const grams = this.index.lexical.grams.score(gramGroups(plan));
    const maxWords = Math.max(0, ...words.values());
    const maxGrams = Math.max(0, ...grams.values());
    const combined = new Map<number, number>();
    if (maxWords > 0) for (const [key, s] of words) combined.set(key, s / maxWords);
    if (maxGrams > 0) {
      for (const [key, s] of grams) combined.set(key, (combined.get(key) ?? 0) + (this.options.gramWeight * s) / maxGrams);
    }
    return [...combined]
      .map(([key, score]) => ({ key, score }))
      .sort((a, b) => b.score - a.score || a.key - b.key)
      .slice(0, this.options.depth);
  }

  async vectorRanking(plan: QueryPlan): Promise<Ranked[]> {
    if (plan.vectorText.trim().length === 0) return [];
    const vector = await this.embeddings.embedQuery(plan.vectorText);
    const hits = await this.index.vectors.search(vector, this.options.depth);
    return hits.filter((h) => h.similarity > 0).map((h) => ({ key: h.position, score: h.similarity }));
  }

  async search(plan: QueryPlan, k = 10): Promise<ScoredChunk[]> {
    const lexical = this.lexicalRanking(plan);
    const vector = this.options.vectorWeight > 0 ? await this.vectorRanking(plan) : [];
    const fused = reciprocalRankFusion(
      [
        { name: "lexical", items: lexical, weight: this.options.lexicalWeight },
        { name: "vector", items: vector, weight: this.options.vectorWeight },
      ],
      this.options.rrfK,
    );
    const out: ScoredChunk[] = [];
    for (const item of fused.slice(0, k)) {
      const chunk = this.index.chunks[item.key];
      if (chunk !== undefined) out.push({ chunk, score: item.score, signals: item.signals });
    }
    return out;
  }
}
