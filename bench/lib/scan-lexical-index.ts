/**
 * The previous lexical engine, kept verbatim as the reference the bench and the equivalence
 * tests compare the postings engine (`src/index/lexical-index.ts` + `top-k.ts`) against:
 * object postings in a Map, every matching document scored, then sorted.
 */
import type { Bm25Params, QueryGroup } from "../../src/index/lexical-index.js";
import { DEFAULT_BM25 } from "../../src/index/lexical-index.js";

interface Posting {
  readonly doc: number;
  readonly tf: number;
}

export class ScanLexicalIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly lengths: number[] = [];
  private totalLength = 0;

  constructor(private readonly params: Bm25Params = DEFAULT_BM25) {}

  /**
   * Add a document (its key is its insertion order, starting at 0). `length` is its length
   * in words for BM25's length normalisation (several views of one word count once).
   */
  add(terms: readonly string[], length: number = terms.length): number {
    const doc = this.lengths.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = this.postings.get(term);
      if (list === undefined) {
        list = [];
        this.postings.set(term, list);
      }
      list.push({ doc, tf });
    }
    this.lengths.push(length);
    this.totalLength += length;
    return doc;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Number of documents containing the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Smoothed BM25 idf for a (possibly fractional) document frequency. */
  idf(df: number): number {
    const n = this.lengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Group idf under PSQ: the idf of the weighted document frequency. */
  groupIdf(group: QueryGroup): number {
    let df = 0;
    for (const alt of group.alternatives) df += alt.weight * this.documentFrequency(alt.term);
    return this.idf(df);
  }

  /** What a group contributes to a question: its idf times its boost. */
  groupWeight(group: QueryGroup): number {
    return this.groupIdf(group) * (group.boost ?? 1);
  }

  /** Score every document matching at least one group; returns doc key → score. */
  score(groups: readonly QueryGroup[]): Map<number, number> {
    const scores = new Map<number, number>();
    const n = this.lengths.length;
    if (n === 0) return scores;
    const avgLength = this.totalLength / n || 1;
    const { k1, b } = this.params;
    for (const group of groups) {
      const tf = new Map<number, number>();
      let df = 0;
      for (const alt of group.alternatives) {
        if (alt.weight <= 0) continue;
        const list = this.postings.get(alt.term);
        if (list === undefined) continue;
        df += alt.weight * list.length;
        for (const posting of list) tf.set(posting.doc, (tf.get(posting.doc) ?? 0) + alt.weight * posting.tf);
      }
      if (tf.size === 0) continue;
      const idf = this.idf(df) * (group.boost ?? 1);
      for (const [doc, f] of tf) {
        const length = this.lengths[doc] ?? avgLength;
        const norm = f + k1 * (1 - b + (b * length) / avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * (f * (k1 + 1))) / norm);
      }
    }
    return scores;
  }
}

/** The previous `HybridSearch.lexicalRanking` head: both maps, CombSUM by best score, sorted, cut. */
export function scanLexicalRanking(
  wordsIndex: ScanLexicalIndex,
  wordGroups: readonly QueryGroup[],
  gramsIndex: ScanLexicalIndex,
  gramGroups: readonly QueryGroup[],
  options: { readonly gramWeight: number; readonly depth: number },
): { key: number; score: number }[] {
  const words = wordsIndex.score(wordGroups);
  const grams = gramsIndex.score(gramGroups);
  const maxWords = Math.max(0, ...words.values());
  const maxGrams = Math.max(0, ...grams.values());
  const combined = new Map<number, number>();
  if (maxWords > 0) for (const [key, s] of words) combined.set(key, s / maxWords);
  if (maxGrams > 0) {
    for (const [key, s] of grams)
      combined.set(key, (combined.get(key) ?? 0) + (options.gramWeight * s) / maxGrams);
  }
  return [...combined]
    .map(([key, score]) => ({ key, score }))
    .sort((a, b) => b.score - a.score || a.key - b.key)
    .slice(0, options.depth);
}
