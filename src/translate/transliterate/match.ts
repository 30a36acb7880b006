/** Matching an English word against the vocabulary index. */

import { remembered } from "../../core/remembered.js";
import {
  bucketClass,
  queryKeys,
  type StemEntry,
  strongLetters,
  type TransliterationIndex,
} from "./bucket-index.js";
import { codesOf, weightedDistance, weightedLength } from "./costs.js";
import { type BoundQuery, boundQuery, distanceLowerBound } from "./distance-bound.js";
import { englishVariants } from "./english.js";
import { cleanEnglish } from "./english-rules.js";

export interface TransliterationOptions {
  /** Minimum score, default 0.75. */
  readonly threshold?: number;
  /**
   * Minimum score when either word is short (English ≤ 3 letters, Arabic ≤ 2, or ≤ 1 strong
   * consonant), default 0.9. Words with two strong consonants need a third of the way from
   * `threshold` to this (0.8 by default).
   */
  readonly shortWordThreshold?: number;
  /** Maximum number of results (distinct stems), default 3. */
  readonly maxResults?: number;
  /** Drop results scoring more than this below the best one (default 0.15). */
  readonly margin?: number;
}

export interface TransliterationMatch {
  /** The best-scoring vocabulary token of this stem, as spelt in the vocabulary. */
  readonly arabic: string;
  readonly score: number;
  /** Normalised, clitic-stripped form that matched the English word. */
  readonly stem: string;
  /** Every vocabulary token read as this stem (including `arabic`), best first. */
  readonly forms: readonly string[];
}

const DEFAULT_THRESHOLD = 0.75;
const DEFAULT_SHORT_WORD_THRESHOLD = 0.9;
const DEFAULT_MAX_RESULTS = 3;
const DEFAULT_MARGIN = 0.15;
/** Score deduction per unit of English rule penalty (a tie-breaker between spellings). */
const VARIANT_PENALTY_WEIGHT = 0.03;

/** Rounding room of the lower bound: a candidate is skipped only when clearly beyond the limit. */
const BOUND_MARGIN = 1e-9;
const MIN_STEMS_FOR_BOUND = 256;

/** An English spelling as the look-up reads it, whatever the index. */
interface PreparedVariant {
  readonly codes: Uint8Array;
  readonly weight: number;
  /** Letter counts for the lower bound, read on first use (small indexes do without). */
  bound?: BoundQuery;
  /** Bucket names to visit, in order: by strong-consonant count, then sound-class key. */
  readonly buckets: readonly string[];
  readonly bonus: number;
}

interface PreparedWord {
  readonly variants: readonly PreparedVariant[];
  readonly englishStrong: number;
}

/**
 * An English word's spellings and their bucket names, read once per word: names are looked up
 * again and again (each question's words, and every dictionary sense of an Arabic word when
 * telling names from other words).
 */
const prepared = remembered((englishWord): PreparedWord => {
  const spellings = englishVariants(englishWord);
  const letters = cleanEnglish(englishWord).length;
  const englishStrong = letters <= 3 ? 0 : strongLetters(spellings[0]?.skeleton ?? "").length;
  const variants = spellings.map((variant) => {
    const strong = strongLetters(variant.skeleton);
    const codes = codesOf(variant.skeleton);
    const c = strong.length;
    const spread = c >= 5 ? 2 : 1;
    const keys = queryKeys(strong.map(bucketClass));
    const buckets: string[] = [];
    for (let count = Math.max(0, c - spread); count <= c + spread; count++)
      for (const key of keys) buckets.push(`${count}:${key}`);
    return {
      codes,
      weight: weightedLength(variant.skeleton),
      buckets,
      bonus: VARIANT_PENALTY_WEIGHT * variant.penalty,
    };
  });
  return { variants, englishStrong };
}, 2_000);

/**
 * Corpus tokens that are plausible transliterations of `englishWord`, best first, grouped by
 * stem (one result per stem, with all its clitic forms in `forms`).
 */
export function matchTransliteration(
  index: TransliterationIndex,
  englishWord: string,
  options: TransliterationOptions = {},
): TransliterationMatch[] {
  const { variants, englishStrong } = prepared(englishWord);
  if (variants.length === 0 || index.stems.length === 0) return [];
  const normalThreshold = options.threshold ?? DEFAULT_THRESHOLD;
  const shortThreshold = Math.max(
    normalThreshold,
    options.shortWordThreshold ?? DEFAULT_SHORT_WORD_THRESHOLD,
  );
  // Short words match too much by chance, so the fewer strong consonants, the closer the match.
  const thresholdFor = (entry: StemEntry): number => {
    const strong = Math.min(englishStrong, entry.strong);
    if (strong <= 1) return shortThreshold;
    if (strong === 2) return normalThreshold + (shortThreshold - normalThreshold) / 3;
    return normalThreshold;
  };
  const maxResults = options.maxResults ?? DEFAULT_MAX_RESULTS;
  const margin = options.margin ?? DEFAULT_MARGIN;

  // Best score per stem over all English variants.
  const stemScores = new Map<number, number>();
  const visited = new Uint8Array(index.stems.length);
  // Worth its table only over a vocabulary (a one-word index is built for each name test).
  const bounded = index.stems.length >= MIN_STEMS_FOR_BOUND ? distanceLowerBound(index.stems) : undefined;
  for (const variant of variants) {
    const { codes, weight, buckets, bonus } = variant;
    if (bounded !== undefined) variant.bound ??= boundQuery(codes);
    const bound = variant.bound;
    visited.fill(0);
    for (const bucket of buckets) {
      for (const id of index.buckets.get(bucket) ?? []) {
        if (visited[id] === 1) continue;
        visited[id] = 1;
        const entry = index.stems[id];
        if (entry === undefined) continue;
        const norm = Math.max(weight, entry.weight);
        const limit = (1 - thresholdFor(entry) - bonus) * norm;
        if (bounded !== undefined && bound !== undefined && bounded(bound, id) > limit + BOUND_MARGIN)
          continue;
        const distance = weightedDistance(codes, entry.codes, limit);
        if (distance > limit) continue;
        const score = 1 - distance / norm - bonus;
        if (score > (stemScores.get(id) ?? Number.NEGATIVE_INFINITY)) stemScores.set(id, score);
      }
    }
  }

  // Each token goes to the stem that reads it best; stems are then ranked by their best token.
  const tokenBest = new Map<number, { stem: number; score: number }>();
  for (const [id, stemScore] of stemScores) {
    const entry = index.stems[id];
    if (entry === undefined) continue;
    const threshold = thresholdFor(entry);
    for (const { token, penalty } of entry.tokens) {
      const score = stemScore - penalty;
      if (score < threshold) continue;
      const seen = tokenBest.get(token);
      if (seen === undefined || score > seen.score || (score === seen.score && id < seen.stem)) {
        tokenBest.set(token, { stem: id, score });
      }
    }
  }
  const groups = new Map<number, Array<{ token: number; score: number }>>();
  for (const [token, { stem, score }] of tokenBest) {
    const list = groups.get(stem);
    if (list === undefined) groups.set(stem, [{ token, score }]);
    else list.push({ token, score });
  }
  const results: TransliterationMatch[] = [];
  for (const [stem, members] of groups) {
    members.sort(
      (a, b) =>
        b.score - a.score ||
        (index.tokens[a.token] ?? "").length - (index.tokens[b.token] ?? "").length ||
        a.token - b.token,
    );
    const forms = members.map((m) => index.tokens[m.token] ?? "");
    const top = members[0];
    if (top === undefined) continue;
    results.push({
      arabic: forms[0] ?? "",
      score: Math.round(top.score * 1000) / 1000,
      stem: index.stems[stem]?.stem ?? "",
      forms,
    });
  }
  results.sort((a, b) => b.score - a.score || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
  const best = results[0]?.score ?? 0;
  return results.filter((r) => r.score >= best - margin).slice(0, maxResults);
}
