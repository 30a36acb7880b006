/**
 * An in-memory BM25 inverted index whose queries are *structured*: a query is a list of
 * groups, each group a weighted set of alternative terms standing for one query word
 * (its morphological views, or its translations). Following Darwish & Oard's Probabilistic
 * Structured Queries, a group is scored as ONE term, with
 *   tf_g(d) = Σ w_a · tf(a, d)      df_g = Σ w_a · df(a)
 * so a word with many translations or views does not weigh more than a word with one.
 * (LangChain's BM25Retriever only counts ASCII `\w`, and MiniSearch cannot express
 * weighted term groups, hence this small engine.)
 */

export interface WeightedTerm {
  readonly term: string;
  /** Share of the group this alternative stands for; a group's weights sum to at most 1. */
  readonly weight: number;
}

export interface QueryGroup {
  readonly alternatives: readonly WeightedTerm[];
  /** Importance of the group in the query (default 1). */
  readonly boost?: number;
}

export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

interface Posting {
  readonly doc: number;
  readonly tf: number;
}

export class LexicalIndex {
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
