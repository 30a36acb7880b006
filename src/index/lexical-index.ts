/**
 * An in-memory BM25 inverted index whose queries are *structured*: a query is a list of
 * groups, each group a weighted set of alternative terms standing for one query word
 * (its morphological views, or its translations). Following Darwish & Oard's Probabilistic
 * Structured Queries, a group is scored as ONE term, with
 *   tf_g(d) = Σ w_a · tf(a, d)      df_g = Σ w_a · df(a)
 * so a word with many translations or views does not weigh more than a word with one.
 * (LangChain's BM25Retriever only counts ASCII `\w`, and MiniSearch cannot express
 * weighted term groups, hence this small engine.)
 *
 * Storage is compact, like Lucene's: a sorted term dictionary, and per term a slice of two
 * typed arrays (ascending document numbers, term frequencies). Per document the length
 * normalisation k1·(1 − b + b·|d|/avgdl) is precomputed, and per term its largest frequency,
 * the smallest normalisation among its documents and its largest BM25 impact: the upper
 * bounds dynamic pruning (`top-k.ts`, MaxScore) needs. The same arrays are what is saved
 * (`postings-file.ts`), so a saved index is loaded, never rebuilt.
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

/** The arrays an index is made of (what `postings-file.ts` saves and loads). */
export interface LexicalData {
  readonly params: Bm25Params;
  /** Sorted by JavaScript string order (UTF-16 code units): looked up by binary search. */
  readonly terms: readonly string[];
  /** Term t's postings are `docs[offsets[t] .. offsets[t + 1])`, ascending. */
  readonly offsets: Uint32Array;
  readonly docs: Uint32Array;
  readonly tfs: Uint32Array;
  /** Length of each document (BM25's |d|). */
  readonly lengths: Float64Array;
  /** Per term: largest tf, smallest normalisation K(d) and largest tf·(k1+1)/(tf+K(d)). */
  readonly maxTf: Uint32Array;
  readonly minNorm: Float64Array;
  readonly maxImpact: Float64Array;
}

/** A term's postings slice, for cursors. */
export interface PostingsSlice {
  readonly term: number;
  readonly start: number;
  readonly end: number;
}

export class LexicalIndex {
  /** Terms added since the last compaction: term → [doc, tf, doc, tf, …]. */
  private pending: Map<string, number[]> | undefined;
  private pendingLengths: number[] = [];
  private data: LexicalData;
  private norms: Float64Array = new Float64Array(0);
  private totalLength = 0;

  constructor(
    private readonly params: Bm25Params = DEFAULT_BM25,
    data?: LexicalData,
  ) {
    this.data = data ?? emptyData(params);
    this.prepare();
  }

  /** An index over saved arrays (no copying, no rebuilding). */
  static fromData(data: LexicalData): LexicalIndex {
    return new LexicalIndex(data.params, data);
  }

  /**
   * Add a document (its key is its insertion order, starting at 0). `length` is its length
   * in words for BM25's length normalisation (several views of one word count once).
   */
  add(terms: readonly string[], length: number = terms.length): number {
    if (this.pending === undefined) this.pending = this.unpack();
    const doc = this.pendingLengths.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = this.pending.get(term);
      if (list === undefined) {
        list = [];
        this.pending.set(term, list);
      }
      list.push(doc, tf);
    }
    this.pendingLengths.push(length);
    return doc;
  }

  /** The compact arrays (compacting documents added since the last call). */
  toData(): LexicalData {
    this.compact();
    return this.data;
  }

  get size(): number {
    return this.pending === undefined ? this.data.lengths.length : this.pendingLengths.length;
  }

  get bm25(): Bm25Params {
    return this.params;
  }

  /** Term number of `term`, or -1. */
  termId(term: string): number {
    this.compact();
    const terms = this.data.terms;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = terms[mid] as string;
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Number of documents containing the term. */
  documentFrequency(term: string): number {
    const id = this.termId(term);
    return id < 0 ? 0 : (this.data.offsets[id + 1] as number) - (this.data.offsets[id] as number);
  }

  has(term: string): boolean {
    return this.termId(term) >= 0;
  }

  /** Smoothed BM25 idf for a (possibly fractional) document frequency. */
  idf(df: number): number {
    const n = this.size;
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

  /** Postings of a term (undefined when absent). */
  slice(term: string): PostingsSlice | undefined {
    const id = this.termId(term);
    if (id < 0) return undefined;
    return { term: id, start: this.data.offsets[id] as number, end: this.data.offsets[id + 1] as number };
  }

  /** Compact arrays and per-document normalisation, for the top-k scorer. */
  get arrays(): LexicalData {
    this.compact();
    return this.data;
  }

  /** K(d) = k1·(1 − b + b·|d|/avgdl) per document: BM25's denominator is tf + K(d). */
  get normalisation(): Float64Array {
    this.compact();
    return this.norms;
  }

  /**
   * Score every document matching at least one group; returns doc key → score (exhaustive:
   * `top-k.ts` ranks the best few without visiting them all). Values are bit-for-bit those
   * of the original scan engine: same operations, same order.
   */
  score(groups: readonly QueryGroup[]): Map<number, number> {
    this.compact();
    const scores = new Map<number, number>();
    if (this.size === 0) return scores;
    const { docs, tfs } = this.data;
    const k1p1 = this.params.k1 + 1;
    for (const group of groups) {
      const tf = new Map<number, number>();
      let df = 0;
      for (const alt of group.alternatives) {
        if (alt.weight <= 0) continue;
        const list = this.slice(alt.term);
        if (list === undefined) continue;
        df += alt.weight * (list.end - list.start);
        for (let p = list.start; p < list.end; p++) {
          const doc = docs[p] as number;
          tf.set(doc, (tf.get(doc) ?? 0) + alt.weight * (tfs[p] as number));
        }
      }
      if (tf.size === 0) continue;
      const idf = this.idf(df) * (group.boost ?? 1);
      for (const [doc, f] of tf) {
        const norm = f + (this.norms[doc] as number);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * (f * k1p1)) / norm);
      }
    }
    return scores;
  }

  /** Turn pending additions into the sorted compact arrays. */
  private compact(): void {
    const pending = this.pending;
    if (pending === undefined) return;
    this.pending = undefined;
    const terms = [...pending.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let total = 0;
    for (const list of pending.values()) total += list.length / 2;
    const offsets = new Uint32Array(terms.length + 1);
    const docs = new Uint32Array(total);
    const tfs = new Uint32Array(total);
    let at = 0;
    terms.forEach((term, t) => {
      offsets[t] = at;
      const list = pending.get(term) as number[];
      for (let i = 0; i < list.length; i += 2) {
        docs[at] = list[i] as number;
        tfs[at] = list[i + 1] as number;
        at++;
      }
    });
    offsets[terms.length] = at;
    const lengths = Float64Array.from(this.pendingLengths);
    this.pendingLengths = [];
    this.data = {
      params: this.params,
      terms,
      offsets,
      docs,
      tfs,
      lengths,
      maxTf: new Uint32Array(terms.length),
      minNorm: new Float64Array(terms.length),
      maxImpact: new Float64Array(terms.length),
    };
    this.prepare();
    this.computeBounds();
  }

  /** Per-document normalisation, from the lengths (cheap: one pass over documents). */
  private prepare(): void {
    const { lengths } = this.data;
    const n = lengths.length;
    // Summed in insertion order, as the scan engine did, so avgdl is the same double.
    let total = 0;
    for (let d = 0; d < n; d++) total += lengths[d] as number;
    this.totalLength = total;
    const avgLength = this.totalLength / n || 1;
    const { k1, b } = this.params;
    this.norms = new Float64Array(n);
    for (let d = 0; d < n; d++) this.norms[d] = k1 * (1 - b + (b * (lengths[d] as number)) / avgLength);
  }

  private computeBounds(): void {
    const { offsets, docs, tfs, maxTf, minNorm, maxImpact } = this.data;
    const k1p1 = this.params.k1 + 1;
    for (let t = 0; t + 1 < offsets.length; t++) {
      let top = 0;
      let low = Number.POSITIVE_INFINITY;
      let impact = 0;
      for (let p = offsets[t] as number; p < (offsets[t + 1] as number); p++) {
        const tf = tfs[p] as number;
        const norm = this.norms[docs[p] as number] as number;
        if (tf > top) top = tf;
        if (norm < low) low = norm;
        const value = (tf * k1p1) / (tf + norm);
        if (value > impact) impact = value;
      }
      maxTf[t] = top;
      minNorm[t] = low;
      maxImpact[t] = impact;
    }
  }

  /** Back to the growable form, to add documents to a compacted index. */
  private unpack(): Map<string, number[]> {
    const { terms, offsets, docs, tfs, lengths } = this.data;
    const pending = new Map<string, number[]>();
    terms.forEach((term, t) => {
      const list: number[] = [];
      for (let p = offsets[t] as number; p < (offsets[t + 1] as number); p++)
        list.push(docs[p] as number, tfs[p] as number);
      pending.set(term, list);
    });
    this.pendingLengths = [...lengths];
    return pending;
  }
}

function emptyData(params: Bm25Params): LexicalData {
  return {
    params,
    terms: [],
    offsets: new Uint32Array(1),
    docs: new Uint32Array(0),
    tfs: new Uint32Array(0),
    lengths: new Float64Array(0),
    maxTf: new Uint32Array(0),
    minNorm: new Float64Array(0),
    maxImpact: new Float64Array(0),
  };
}
