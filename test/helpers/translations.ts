import { expect } from "vitest";
import { normalizeArabic } from "../../src/text/normalize.js";
import type { Translation } from "../../src/translate/lexicon.js";

/** Translations as normalised Arabic (for `includes` checks that ignore hamza and diacritics). */
export const norms = (list: readonly Translation[]): string[] => list.map((t) => normalizeArabic(t.arabic));

/** A non-empty list whose weights sum to 1, best first. */
export function expectNormalisedAndOrdered(list: readonly Translation[]): void {
  expect(list.length).toBeGreaterThan(0);
  expect(list.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 9);
  for (let i = 1; i < list.length; i++) {
    expect(list[i - 1]?.weight ?? 0).toBeGreaterThanOrEqual(list[i]?.weight ?? 0);
  }
}
