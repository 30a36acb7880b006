/** Matching an English word against the vocabulary index. */

import {
  bucketClass,
  queryKeys,
  type StemEntry,
  strongLetters,
  type TransliterationIndex,
} from "./bucket-index.js";
import { codesOf, weightedDistance, weightedLength } from "./costs.js";
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

/**
 * Corpus tokens that are plausible transliterations of `englishWord`, best first, grouped by
 * stem (one result per stem, with all its clitic forms in `forms`).
 */
export function matchTransliteration(
  index: TransliterationIndex,
  englishWord: string,
  options: TransliterationOptions = {},
): TransliterationMatch[] {
  const variants = englishVariants(englishWord);
  if (variants.length === 0 || index.stems.length === 0) return [];
  const letters = cleanEnglish(englishWord).length;
  const englishStrong = letters <= 3 ? 0 : strongLetters(variants[0]?.skeleton ?? "").length;
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
  for (const variant of variants) {
    const strong = strongLetters(variant.skeleton);
    const codes = codesOf(variant.skeleton);
    const weight = weightedLength(variant.skeleton);
    const c = strong.length;
    const spread = c >= 5 ? 2 : 1;
    const keys = queryKeys(strong.map(bucketClass));
    const bonus = VARIANT_PENALTY_WEIGHT * variant.penalty;
    visited.fill(0);
    for (let count = Math.max(0, c - spread); count <= c + spread; count++) {
      for (const key of keys) {
        for (const id of index.buckets.get(`${count}:${key}`) ?? []) {
          if (visited[id] === 1) continue;
          visited[id] = 1;
          const entry = index.stems[id];
          if (entry === undefined) continue;
          const norm = Math.max(weight, entry.weight);
          const limit = (1 - thresholdFor(entry) - bonus) * norm;
          const distance = weightedDistance(codes, entry.codes, limit);
          if (distance > limit) continue;
          const score = 1 - distance / norm - bonus;
          if (score > (stemScores.get(id) ?? Number.NEGATIVE_INFINITY)) stemScores.set(id, score);
        }
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
