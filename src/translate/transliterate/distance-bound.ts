/**
 * A lower bound on `weightedDistance` from letter counts alone, so matching skips the dynamic
 * programme for the candidates it cannot accept: a query's buckets hold thousands of stems and
 * fewer than one in a thousand matches, so the DP was most of a look-up's time.
 *
 * Letters are grouped (sounds substituted cheaply for each other share a group), each group with
 * a weight no larger than deleting or inserting any of its letters, nor substituting one of them
 * for a letter of another group. Aligning two words must then pay at least the weight of every
 * letter one word has in excess of the other, group by group: each such letter is deleted,
 * inserted, or substituted across groups. So the distance is at least the larger of the two
 * words' weighted excesses. The first letters' substitution (`SUB_INITIAL`, vowel onsets) may
 * cost less than that: its shortfall is taken off. Groups and weights are derived from the cost
 * tables at import, so the bound stays a bound whatever the tables say.
 */

import { INDEL, LETTER_COUNT, SUB, SUB_INITIAL } from "./costs.js";

/** Letters substituted for each other below this cost share a group (tried: 0.3 to 1). */
const GROUP_BELOW = 0.3;

function letterGroups(): Int32Array {
  const parent = Array.from({ length: LETTER_COUNT }, (_, i) => i);
  const root = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  for (let x = 0; x < LETTER_COUNT; x++)
    for (let y = 0; y < LETTER_COUNT; y++)
      if (x !== y && (SUB[x * LETTER_COUNT + y] as number) < GROUP_BELOW) parent[root(x)] = root(y);
  const ids = new Map<number, number>();
  return Int32Array.from({ length: LETTER_COUNT }, (_, x) => {
    const r = root(x);
    if (!ids.has(r)) ids.set(r, ids.size);
    return ids.get(r) as number;
  });
}

const GROUP = letterGroups();
const GROUP_COUNT = Math.max(...GROUP) + 1;

/** Each group's weight: its cheapest deletion, lowered until every cross-group substitution pays it. */
function groupWeights(): Float64Array {
  const weight = new Float64Array(GROUP_COUNT).fill(Number.POSITIVE_INFINITY);
  for (let x = 0; x < LETTER_COUNT; x++) {
    const g = GROUP[x] as number;
    weight[g] = Math.min(weight[g] as number, INDEL[x] as number);
  }
  for (let x = 0; x < LETTER_COUNT; x++)
    for (let y = 0; y < LETTER_COUNT; y++) {
      const gx = GROUP[x] as number;
      const gy = GROUP[y] as number;
      if (gx === gy) continue;
      const cost = SUB[x * LETTER_COUNT + y] as number;
      weight[gx] = Math.min(weight[gx] as number, cost);
      weight[gy] = Math.min(weight[gy] as number, cost);
    }
  return weight;
}

const WEIGHT = groupWeights();

/** By first letters: what their substitution may cost below the weights the bound counts. */
const INITIAL_SHORTFALL = new Float64Array(LETTER_COUNT * LETTER_COUNT);
for (let x = 0; x < LETTER_COUNT; x++)
  for (let y = 0; y < LETTER_COUNT; y++) {
    const gx = GROUP[x] as number;
    const gy = GROUP[y] as number;
    if (gx === gy) continue;
    const counted = Math.max(WEIGHT[gx] as number, WEIGHT[gy] as number);
    INITIAL_SHORTFALL[x * LETTER_COUNT + y] = Math.max(
      0,
      counted - (SUB_INITIAL[x * LETTER_COUNT + y] as number),
    );
  }

/** A query word's letter counts by group, read once for all the candidates it is compared with. */
export interface BoundQuery {
  readonly groups: Int32Array;
  readonly counts: Int32Array;
  /** Sum of the weights of its letters. */
  readonly weight: number;
  readonly first: number;
}

export function boundQuery(codes: Uint8Array): BoundQuery {
  const counts = new Map<number, number>();
  let weight = 0;
  for (const c of codes) {
    const g = GROUP[c] as number;
    counts.set(g, (counts.get(g) ?? 0) + 1);
    weight += WEIGHT[g] as number;
  }
  return {
    groups: Int32Array.from(counts.keys()),
    counts: Int32Array.from(counts.values()),
    weight,
    first: codes[0] ?? 0,
  };
}

/**
 * The candidates' letter counts by group, flat (one row of `GROUP_COUNT` per stem): the bound
 * is asked for thousands of stems per look-up, and reading each stem's own array cost more
 * than the arithmetic. Built on first use per vocabulary index.
 */
interface StemCounts {
  readonly counts: Uint8Array;
  /** Sum of the weights of the stem's letters; -1 for a stem too long to count in a byte. */
  readonly weights: Float64Array;
  readonly first: Uint8Array;
}

const STEM_COUNTS = new WeakMap<readonly { readonly codes: Uint8Array }[], StemCounts>();

function stemCounts(stems: readonly { readonly codes: Uint8Array }[]): StemCounts {
  let table = STEM_COUNTS.get(stems);
  if (table === undefined) {
    const counts = new Uint8Array(stems.length * GROUP_COUNT);
    const weights = new Float64Array(stems.length);
    const first = new Uint8Array(stems.length);
    stems.forEach(({ codes }, id) => {
      first[id] = codes[0] ?? 0;
      if (codes.length > 255 || codes.length === 0) {
        weights[id] = -1;
        return;
      }
      for (const c of codes) {
        const g = GROUP[c] as number;
        counts[id * GROUP_COUNT + g] = (counts[id * GROUP_COUNT + g] as number) + 1;
        weights[id] = (weights[id] as number) + (WEIGHT[g] as number);
      }
    });
    table = { counts, weights, first };
    STEM_COUNTS.set(stems, table);
  }
  return table;
}

/** The lower bound for the stems of one index (see `distanceLowerBound`). */
export type StemBound = (query: BoundQuery, id: number) => number;

/**
 * `(query, id) =>` at most `weightedDistance(query, stems[id].codes)`, up to rounding (compare
 * with a margin); 0 when it cannot tell.
 */
export function distanceLowerBound(stems: readonly { readonly codes: Uint8Array }[]): StemBound {
  const { counts, weights, first } = stemCounts(stems);
  return (query, id) => {
    const weightB = weights[id] as number;
    if (weightB < 0 || query.groups.length === 0) return 0;
    // The query's excess over the stem, group by group; the stem's excess is that minus the
    // difference of their sums.
    const row = id * GROUP_COUNT;
    let excess = 0;
    for (let k = 0; k < query.groups.length; k++) {
      const g = query.groups[k] as number;
      const d = (query.counts[k] as number) - (counts[row + g] as number);
      if (d > 0) excess += d * (WEIGHT[g] as number);
    }
    const excessB = excess - query.weight + weightB;
    const shortfall = INITIAL_SHORTFALL[query.first * LETTER_COUNT + (first[id] as number)] as number;
    return Math.max(excess, excessB) - shortfall;
  };
}
