import type { LexicalIndex, QueryGroup } from "./lexical-index.js";
import {
  exhaustiveLexicalRanking,
  type LexicalRankingOptions,
  type Ranked,
  type ScoredPart,
  Worst,
} from "./top-k.js";

/**
 * Top-k BM25 with dynamic pruning: MaxScore's per-unit upper bounds (Turtle & Flood 1995, as
 * in Lucene and Tantivy) over PSQ groups of one or more indexes, applied term at a time (see
 * `topK`). Each group is one scoring *unit* whose bound comes from its terms' precomputed
 * largest tf, smallest length normalisation and largest impact.
 *
 * Exactness: finalists are scored with the very operations, in the very order, of the
 * exhaustive engine (`LexicalIndex.score` and the caller's combination), so scores are the
 * same doubles and rankings the same, ties (broken by ascending document) included. Bounds
 * are inflated by a relative margin far above floating-point rounding, so pruning can only
 * skip documents that could not have entered the top k. Retrieval uses the dense ranking of
 * `top-k.ts`, measured faster on this project's corpora; this variant stays measured beside it.
 */

/** Relative safety margin on upper bounds (rounding is ~1e-16). */
const MARGIN = 1e-9;

interface Unit {
  readonly part: number;
  readonly idf: number;
  readonly alternatives: readonly {
    readonly weight: number;
    readonly start: number;
    readonly end: number;
    pos: number;
  }[];
  readonly norms: Float64Array;
  readonly docs: Uint32Array;
  readonly tfs: Uint32Array;
  readonly k1p1: number;
  /** Upper bound on the unit's share of the final score. */
  readonly bound: number;
  /** weight / divisor of its part. */
  readonly scale: number;
}

/** Can the pruned path reproduce the exhaustive ranking? (positive finite weights and boosts) */
export function prunable(parts: readonly ScoredPart[]): boolean {
  return parts.every(
    (p) =>
      p.weight > 0 &&
      Number.isFinite(p.weight) &&
      p.divisor > 0 &&
      Number.isFinite(p.divisor) &&
      p.groups.every(
        (g) =>
          (g.boost ?? 1) > 0 &&
          Number.isFinite(g.boost ?? 1) &&
          g.alternatives.every((a) => Number.isFinite(a.weight)),
      ),
  );
}

/** The scoring units of every part, or undefined when a unit's idf is not positive. */
function unitsOf(parts: readonly ScoredPart[]): Unit[][] | undefined {
  let bounded = true;
  const byPart = parts.map((part, p) => {
    const { index, groups } = part;
    const data = index.arrays;
    const norms = index.normalisation;
    const k1p1 = index.bm25.k1 + 1;
    const units: Unit[] = [];
    for (const group of groups) {
      const alternatives: { weight: number; start: number; end: number; pos: number }[] = [];
      let df = 0;
      let tfBound = 0;
      let impactBound = 0;
      let normBound = Number.POSITIVE_INFINITY;
      for (const alt of group.alternatives) {
        if (alt.weight <= 0) continue;
        const slice = index.slice(alt.term);
        if (slice === undefined) continue;
        df += alt.weight * (slice.end - slice.start);
        alternatives.push({ weight: alt.weight, start: slice.start, end: slice.end, pos: slice.start });
        const maxTf = data.maxTf[slice.term] as number;
        const minNorm = data.minNorm[slice.term] as number;
        tfBound += alt.weight * maxTf;
        normBound = Math.min(normBound, minNorm);
        // tf ↦ tf(k1+1)/(tf+K) is increasing, so a weight ≤ 1 cannot raise an impact; above 1 scale it.
        impactBound += (data.maxImpact[slice.term] as number) * Math.max(1, alt.weight);
      }
      if (alternatives.length === 0) continue;
      const idf = index.idf(df) * (group.boost ?? 1);
      // Weights summing above 1 can push df_g above N: idf ≤ 0 (or NaN), and bounds mean nothing.
      if (!(idf > 0)) bounded = false;
      // Two bounds on tf_g(k1+1)/(tf_g+K): the saturation at the largest tf_g and smallest K,
      // and (the function being concave and 0 at 0) the sum of the alternatives' own bounds.
      const saturation = (tfBound * k1p1) / (tfBound + normBound);
      const scale = part.weight / part.divisor;
      const bound = idf * Math.min(saturation, impactBound) * scale * (1 + MARGIN);
      units.push({ part: p, idf, alternatives, norms, docs: data.docs, tfs: data.tfs, k1p1, bound, scale });
    }
    return units;
  });
  return bounded ? byPart : undefined;
}

/** Advance a cursor to the first posting ≥ doc (galloping, then binary search). */
function seek(docs: Uint32Array, alt: { end: number; pos: number }, doc: number): void {
  let lo = alt.pos;
  if (lo >= alt.end || (docs[lo] as number) >= doc) return;
  let step = 1;
  let hi = lo + 1;
  while (hi < alt.end && (docs[hi] as number) < doc) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > alt.end) hi = alt.end;
  // docs[lo] < doc; find the first position in (lo, hi] with docs ≥ doc.
  let a = lo + 1;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((docs[mid] as number) < doc) a = mid + 1;
    else b = mid;
  }
  alt.pos = a;
}

/** The unit's raw contribution at `doc` (cursors already at or past it), or undefined when absent. */
function contribution(unit: Unit, doc: number): number | undefined {
  let f = 0;
  let matched = false;
  for (const alt of unit.alternatives) {
    if (alt.pos < alt.end && unit.docs[alt.pos] === doc) {
      f = f + alt.weight * (unit.tfs[alt.pos] as number);
      matched = true;
    }
  }
  if (!matched) return undefined;
  return (unit.idf * (f * unit.k1p1)) / (f + (unit.norms[doc] as number));
}

/** The k-th largest of `values[d]` over `docs` (−∞ when fewer than k). */
function kthLargest(values: Float64Array, docs: readonly number[], k: number): number {
  if (docs.length < k) return Number.NEGATIVE_INFINITY;
  const heap = new Worst(k);
  for (const d of docs) heap.offer({ key: 0, score: values[d] as number });
  return heap.threshold;
}

/** Put every cursor of the units back at the start of its postings. */
function rewind(units: readonly Unit[]): void {
  for (const unit of units) for (const alt of unit.alternatives) alt.pos = alt.start;
}

/**
 * The k best documents under Σ_parts (weight · Σ_groups BM25) / divisor, best first, ties by
 * ascending key: the same list as scoring every document exhaustively and sorting.
 *
 * Term at a time with MaxScore's bounds ("continue" pruning, Moffat & Zobel): units are added
 * strongest bound first into dense partial scores; once the bounds of the units left sum
 * below the k-th best partial score, no new document can enter, so the long postings of the
 * weak units (common terms) are never scanned: they are probed (galloping search) only for the
 * candidates still in reach. The few finalists are then scored exactly, in query order.
 */
export function topK(parts: readonly ScoredPart[], k: number): Ranked[] {
  if (k <= 0) return [];
  const byPart = unitsOf(parts);
  if (byPart === undefined) return exhaustiveTopK(parts, k);
  const units = byPart.flat().sort((a, b) => b.bound - a.bound);
  const m = units.length;
  const rest = new Float64Array(m + 1);
  for (let j = m - 1; j >= 0; j--)
    rest[j] = ((rest[j + 1] as number) + (units[j] as Unit).bound) * (1 + MARGIN);
  const n = Math.max(0, ...parts.map((p) => p.index.size));
  const partial = new Float64Array(n);
  const touched = new Uint8Array(n);
  const list: number[] = [];
  // tf_g of the unit being scanned, per document.
  const tf = new Float64Array(n);
  const mark = new Uint8Array(n);
  const inUnit: number[] = [];
  let best = 0;
  let theta = Number.NEGATIVE_INFINITY;
  let checkedAt = Number.POSITIVE_INFINITY;
  let j = 0;
  for (; j < m; j++) {
    const left = rest[j] as number;
    // θ can only matter once the bounds left are below the best partial score; recheck sparingly.
    if (left < best && left < checkedAt * 0.9) {
      checkedAt = left;
      theta = kthLargest(partial, list, k) * (1 - MARGIN);
      if (left < theta) break;
    }
    const unit = units[j] as Unit;
    for (const alt of unit.alternatives) {
      for (let p = alt.start; p < alt.end; p++) {
        const d = unit.docs[p] as number;
        if (mark[d] === 0) {
          mark[d] = 1;
          tf[d] = 0;
          inUnit.push(d);
        }
        tf[d] = (tf[d] as number) + alt.weight * (unit.tfs[p] as number);
      }
    }
    for (const d of inUnit) {
      const f = tf[d] as number;
      const c = (unit.idf * (f * unit.k1p1)) / (f + (unit.norms[d] as number));
      if (touched[d] === 0) {
        touched[d] = 1;
        partial[d] = 0;
        list.push(d);
      }
      partial[d] = (partial[d] as number) + c * unit.scale;
      if ((partial[d] as number) > best) best = partial[d] as number;
      mark[d] = 0;
    }
    inUnit.length = 0;
  }
  // Candidates still in reach, completed with the units not scanned (probed, in doc order).
  theta = kthLargest(partial, list, k) * (1 - MARGIN);
  let candidates = list
    .filter((d) => (partial[d] as number) + (rest[j] as number) >= theta)
    .sort((a, b) => a - b);
  rewind(units);
  for (let i = j; i < m; i++) {
    const unit = units[i] as Unit;
    const left = rest[i] as number;
    candidates = candidates.filter((d) => {
      if ((partial[d] as number) + left < theta) return false;
      for (const alt of unit.alternatives) seek(unit.docs, alt, d);
      const c = contribution(unit, d);
      if (c !== undefined) partial[d] = (partial[d] as number) + c * unit.scale;
      return true;
    });
  }
  const cut = kthLargest(partial, candidates, k) * (1 - MARGIN);
  const finalists = candidates.filter((d) => (partial[d] as number) >= cut);
  // Exact scores of the finalists, as the exhaustive engine computes them.
  rewind(units);
  const heap = new Worst(k);
  const raw = new Map<Unit, number>();
  for (const d of finalists) {
    raw.clear();
    for (const unit of units) {
      for (const alt of unit.alternatives) seek(unit.docs, alt, d);
      const c = contribution(unit, d);
      if (c !== undefined) raw.set(unit, c);
    }
    heap.offer({ key: d, score: exactScore(parts, byPart, raw) });
  }
  return heap.items.sort((a, b) => b.score - a.score || a.key - b.key);
}

/** Every matching document scored (`LexicalIndex.score`), combined as `exactScore` does, sorted. */
function exhaustiveTopK(parts: readonly ScoredPart[], k: number): Ranked[] {
  const combined = new Map<number, number>();
  for (const part of parts) {
    for (const [key, s] of part.index.score(part.groups)) {
      const scaled = part.weight === 1 ? s / part.divisor : (part.weight * s) / part.divisor;
      combined.set(key, (combined.get(key) ?? 0) + scaled);
    }
  }
  return [...combined]
    .map(([key, score]) => ({ key, score }))
    .sort((a, b) => b.score - a.score || a.key - b.key)
    .slice(0, k);
}

/** The final score as the exhaustive engine computes it: groups in query order, parts in order. */
function exactScore(
  parts: readonly ScoredPart[],
  byPart: readonly Unit[][],
  raw: ReadonlyMap<Unit, number>,
): number {
  let total = 0;
  byPart.forEach((units, p) => {
    let sum = 0;
    let matched = false;
    for (const unit of units) {
      const c = raw.get(unit);
      if (c === undefined) continue;
      sum = sum + c;
      matched = true;
    }
    if (!matched) return;
    const part = parts[p] as ScoredPart;
    total = total + (part.weight === 1 ? sum / part.divisor : (part.weight * sum) / part.divisor);
  });
  return total;
}

/** The best score of one index's groups (0 when nothing matches). */
export function bestScore(index: LexicalIndex, groups: readonly QueryGroup[]): number {
  const parts = [{ index, groups, weight: 1, divisor: 1 }];
  if (!prunable(parts)) {
    let best = 0;
    for (const s of index.score(groups).values()) if (s > best) best = s;
    return best;
  }
  return Math.max(0, topK(parts, 1)[0]?.score ?? 0);
}

/**
 * Word BM25 + n-gram BM25, each scaled to [0, 1] by its best score (CombSUM), best `depth`
 * first, ties by ascending key: exactly what scoring everything and sorting gave, found
 * with pruning (three passes: the best word score, the best n-gram score, then the top k).
 * Exact, but measured slower than `denseLexicalTopK` on these corpora (see `lexicalTopK`).
 */
export function prunedLexicalTopK(
  words: LexicalIndex,
  wordGroups: readonly QueryGroup[],
  grams: LexicalIndex,
  gramGroups: readonly QueryGroup[],
  options: LexicalRankingOptions,
): Ranked[] {
  const { gramWeight, depth } = options;
  const probe = [
    { index: words, groups: wordGroups, weight: 1, divisor: 1 },
    { index: grams, groups: gramGroups, weight: gramWeight, divisor: 1 },
  ];
  if (!prunable(probe)) return exhaustiveLexicalRanking(words, wordGroups, grams, gramGroups, options);
  const maxWords = bestScore(words, wordGroups);
  const maxGrams = bestScore(grams, gramGroups);
  const parts: ScoredPart[] = [];
  if (maxWords > 0) parts.push({ index: words, groups: wordGroups, weight: 1, divisor: maxWords });
  if (maxGrams > 0) parts.push({ index: grams, groups: gramGroups, weight: gramWeight, divisor: maxGrams });
  return topK(parts, depth);
}
