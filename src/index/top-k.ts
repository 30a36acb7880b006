import type { LexicalIndex, QueryGroup } from "./lexical-index.js";

/**
 * The lexical ranking retrieval uses: word BM25 + n-gram BM25 (PSQ groups), each scaled by its
 * best score, top `depth`, computed over the compact postings term at a time into dense typed
 * arrays with the scan engine's exact operations in its exact order, so rankings and scores
 * are bit for bit the previous engine's. `max-score.ts` has the pruned variant.
 */

export interface Ranked {
  readonly key: number;
  readonly score: number;
}

/** Groups of one index, and how their summed score enters the final score. */
export interface ScoredPart {
  readonly index: LexicalIndex;
  readonly groups: readonly QueryGroup[];
  /**
   * Final score = Σ over parts that match the document of `weight · S / divisor`, evaluated
   * as `(weight * S) / divisor`, or `S / divisor` when `weight` is 1, added in part order to 0.
   */
  readonly weight: number;
  readonly divisor: number;
}

/** Min-heap on (score ascending, key descending): the root is the weakest of the best k. */
export class Worst {
  readonly items: Ranked[] = [];
  constructor(private readonly k: number) {}
  private below(a: Ranked, b: Ranked): boolean {
    return a.score < b.score || (a.score === b.score && a.key > b.key);
  }
  get threshold(): number {
    return this.items.length < this.k ? Number.NEGATIVE_INFINITY : (this.items[0] as Ranked).score;
  }
  /**
   * Would (score, key) enter the best k? Lets hot loops skip building an item that `offer`
   * would drop: most matching documents do not make the top k.
   */
  admits(score: number, key: number): boolean {
    const h = this.items;
    if (h.length < this.k) return true;
    const root = h[0] as Ranked;
    return root.score < score || (root.score === score && root.key > key);
  }
  offer(item: Ranked): void {
    const h = this.items;
    if (h.length < this.k) {
      h.push(item);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.below(h[i] as Ranked, h[parent] as Ranked)) break;
        [h[i], h[parent]] = [h[parent] as Ranked, h[i] as Ranked];
        i = parent;
      }
      return;
    }
    if (!this.below(h[0] as Ranked, item)) return;
    h[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.below(h[l] as Ranked, h[m] as Ranked)) m = l;
      if (r < h.length && this.below(h[r] as Ranked, h[m] as Ranked)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m] as Ranked, h[i] as Ranked];
      i = m;
    }
  }
}

export interface LexicalRankingOptions {
  /** Weight of the n-gram score relative to the word score. */
  readonly gramWeight: number;
  /** How many documents to return. */
  readonly depth: number;
}

/** The reference: score every matching document of both indexes, combine, sort (the scan engine). */
export function exhaustiveLexicalRanking(
  wordsIndex: LexicalIndex,
  wordGroups: readonly QueryGroup[],
  gramsIndex: LexicalIndex,
  gramGroups: readonly QueryGroup[],
  options: LexicalRankingOptions,
): Ranked[] {
  const words = wordsIndex.score(wordGroups);
  const grams = gramsIndex.score(gramGroups);
  let maxWords = 0;
  for (const s of words.values()) if (s > maxWords) maxWords = s;
  let maxGrams = 0;
  for (const s of grams.values()) if (s > maxGrams) maxGrams = s;
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

/** Per-index scratch arrays for `accumulate`, reused across queries (JavaScript runs one at a time). */
const scratch = new WeakMap<LexicalIndex, { tf: Float64Array; seen: Uint8Array }>();

/**
 * One part's exact scores, term at a time into dense arrays: groups in query order, each
 * group's tf_g summed over its alternatives in order, exactly the scan engine's operations.
 * Returns the documents touched (in first-touch order) with their scores in `into`.
 */
function accumulate(part: ScoredPart, into: Float64Array, touched: Uint8Array, list: number[]): void {
  const { index, groups } = part;
  const { docs, tfs } = index.arrays;
  const norms = index.normalisation;
  const k1p1 = index.bm25.k1 + 1;
  let work = scratch.get(index);
  if (work === undefined || work.tf.length !== norms.length) {
    work = { tf: new Float64Array(norms.length), seen: new Uint8Array(norms.length) };
    scratch.set(index, work);
  }
  const { tf, seen } = work;
  const inGroup: number[] = [];
  for (const group of groups) {
    const only = soleAlternative(group);
    if (only !== undefined) {
      // One alternative with postings (every n-gram group): each document once, in postings
      // order, so its tf and contribution need no second pass (same operations, same order).
      const slice = index.slice(only.term);
      if (slice === undefined) continue;
      const w = only.weight;
      const idf = index.idf(0 + w * (slice.end - slice.start)) * (group.boost ?? 1);
      for (let p = slice.start; p < slice.end; p++) {
        const d = docs[p] as number;
        const f = 0 + w * (tfs[p] as number);
        const c = (idf * (f * k1p1)) / (f + (norms[d] as number));
        if (touched[d] === 0) {
          touched[d] = 1;
          into[d] = 0;
          list.push(d);
        }
        into[d] = (into[d] as number) + c;
      }
      continue;
    }
    let df = 0;
    for (const alt of group.alternatives) {
      if (alt.weight <= 0) continue;
      const slice = index.slice(alt.term);
      if (slice === undefined) continue;
      df += alt.weight * (slice.end - slice.start);
      for (let p = slice.start; p < slice.end; p++) {
        const d = docs[p] as number;
        if (seen[d] === 0) {
          seen[d] = 1;
          tf[d] = 0;
          inGroup.push(d);
        }
        tf[d] = (tf[d] as number) + alt.weight * (tfs[p] as number);
      }
    }
    if (inGroup.length === 0) continue;
    const idf = index.idf(df) * (group.boost ?? 1);
    for (const d of inGroup) {
      const f = tf[d] as number;
      const c = (idf * (f * k1p1)) / (f + (norms[d] as number));
      if (touched[d] === 0) {
        touched[d] = 1;
        into[d] = 0;
        list.push(d);
      }
      into[d] = (into[d] as number) + c;
      seen[d] = 0;
    }
    inGroup.length = 0;
  }
}

/** The group's only alternative that counts (weight > 0), or undefined when it has several or none. */
function soleAlternative(group: QueryGroup): QueryGroup["alternatives"][number] | undefined {
  let only: QueryGroup["alternatives"][number] | undefined;
  for (const alt of group.alternatives) {
    if (alt.weight <= 0) continue;
    if (only !== undefined) return undefined;
    only = alt;
  }
  return only;
}

/** Largest value, NaN if any is NaN (as `Math.max(0, ...values)` in the scan engine). */
function maxOf(values: Float64Array, docs: readonly number[]): number {
  let best = 0;
  for (const d of docs) {
    const s = values[d] as number;
    if (Number.isNaN(s)) return Number.NaN;
    if (s > best) best = s;
  }
  return best;
}

/**
 * What retrieval uses: the combined ranking term at a time over dense typed arrays, every
 * matching document scored with the scan engine's exact operations, then a heap keeps the
 * best `depth`. Measured by `npm run bench` against the MaxScore variant (`prunedLexicalTopK`):
 * the pruned one must find two maxima before it can prune the combined ranking, and three
 * passes cost more than one dense pass at every size tried (CPU time at 50,000 chunks: 4.1 ms
 * dense, 8.5 ms pruned, 50 ms for the previous scan engine, same rankings).
 */
export function lexicalTopK(
  words: LexicalIndex,
  wordGroups: readonly QueryGroup[],
  grams: LexicalIndex,
  gramGroups: readonly QueryGroup[],
  options: LexicalRankingOptions,
): Ranked[] {
  return denseLexicalTopK(words, wordGroups, grams, gramGroups, options);
}

/** `lexicalTopK` term at a time over dense arrays, every matching document scored. */
export function denseLexicalTopK(
  words: LexicalIndex,
  wordGroups: readonly QueryGroup[],
  grams: LexicalIndex,
  gramGroups: readonly QueryGroup[],
  options: LexicalRankingOptions,
): Ranked[] {
  const n = Math.max(words.size, grams.size);
  const { sw, tw, sg, tg } = denseScratch(n);
  const lw: number[] = [];
  const lg: number[] = [];
  try {
    accumulate({ index: words, groups: wordGroups, weight: 1, divisor: 1 }, sw, tw, lw);
    accumulate({ index: grams, groups: gramGroups, weight: 1, divisor: 1 }, sg, tg, lg);
    return rankDense(sw, tw, lw, sg, tg, lg, options);
  } finally {
    // Scores are reset on first touch; only the touched flags need clearing for the next query.
    for (const d of lw) tw[d] = 0;
    for (const d of lg) tg[d] = 0;
  }
}

/**
 * Score arrays for `denseLexicalTopK`, kept between queries: allocating and zeroing four
 * arrays the size of the corpus at every query cost more than scoring at 50,000 chunks.
 */
let dense: { sw: Float64Array; tw: Uint8Array; sg: Float64Array; tg: Uint8Array } | undefined;

function denseScratch(n: number): { sw: Float64Array; tw: Uint8Array; sg: Float64Array; tg: Uint8Array } {
  if (dense === undefined || dense.sw.length < n) {
    dense = {
      sw: new Float64Array(n),
      tw: new Uint8Array(n),
      sg: new Float64Array(n),
      tg: new Uint8Array(n),
    };
  }
  return dense;
}

/** The combined ranking from both parts' dense scores: CombSUM of max-normalised scores, top `depth`. */
function rankDense(
  sw: Float64Array,
  tw: Uint8Array,
  lw: readonly number[],
  sg: Float64Array,
  tg: Uint8Array,
  lg: readonly number[],
  options: LexicalRankingOptions,
): Ranked[] {
  const maxWords = maxOf(sw, lw);
  const maxGrams = maxOf(sg, lg);
  const heap = new Worst(options.depth);
  if (options.depth <= 0) return [];
  const useWords = maxWords > 0;
  const useGrams = maxGrams > 0;
  if (useWords) {
    for (const d of lw) {
      const base = (sw[d] as number) / maxWords;
      const score =
        useGrams && tg[d] === 1 ? base + (options.gramWeight * (sg[d] as number)) / maxGrams : base;
      if (heap.admits(score, d)) heap.offer({ key: d, score });
    }
  }
  if (useGrams) {
    for (const d of lg) {
      if (useWords && tw[d] === 1) continue;
      const score = 0 + (options.gramWeight * (sg[d] as number)) / maxGrams;
      if (heap.admits(score, d)) heap.offer({ key: d, score });
    }
  }
  return heap.items.sort((a, b) => b.score - a.score || a.key - b.key);
}
