import { describe, expect, it } from "vitest";
import { codesOf, weightedDistance } from "../../src/translate/transliterate/costs.js";
import { boundQuery, distanceLowerBound } from "../../src/translate/transliterate/distance-bound.js";
import { buildTransliterationIndex, matchTransliteration } from "../../src/translate/transliterate/index.js";

/** A seeded generator, so a failure names a reproducible pair. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every letter of the Arabic block the costs are defined over, vowels and weak letters included.
const LETTERS = [...Array(0x064a - 0x0621 + 1)].map((_, i) => String.fromCharCode(0x0621 + i));

function word(next: () => number, alphabet: readonly string[]): string {
  const length = 1 + Math.floor(next() * 9);
  return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
}

describe("distanceLowerBound", () => {
  it("never exceeds the weighted edit distance", () => {
    const next = random(20210203);
    // Few letters make close pairs (where a loose bound would show); all letters, far ones.
    const close = ["ا", "و", "ي", "ع", "ء", "ه", "ح", "س", "ص", "ت", "ط", "ف", "ب", "ج", "ل", "م"];
    const stems = Array.from({ length: 300 }, (_, i) => ({
      codes: codesOf(word(next, i % 2 ? close : LETTERS)),
    }));
    const bound = distanceLowerBound(stems);
    for (let q = 0; q < 300; q++) {
      const codes = codesOf(word(next, q % 2 ? close : LETTERS));
      const query = boundQuery(codes);
      let worst = Number.NEGATIVE_INFINITY;
      stems.forEach((stem, id) => {
        worst = Math.max(worst, bound(query, id) - weightedDistance(codes, stem.codes));
      });
      expect(worst).toBeLessThanOrEqual(1e-9);
    }
  });

  it("tells far words apart (it prunes)", () => {
    const stems = [{ codes: codesOf("لافروف") }, { codes: codesOf("مانينغ") }];
    const bound = distanceLowerBound(stems);
    expect(bound(boundQuery(codesOf("لافروف")), 0)).toBe(0);
    expect(bound(boundQuery(codesOf("لافروف")), 1)).toBeGreaterThan(1);
  });
});

describe("matching over a vocabulary large enough for the bound", () => {
  it("finds what a one-word index of each candidate finds, and the same on a second call", () => {
    const next = random(7);
    const vocabulary = [
      "لافروف",
      "الصفدي",
      "مانينغ",
      "موسكو",
      "بيروت",
      ...Array.from({ length: 600 }, () => word(next, LETTERS)),
    ];
    const index = buildTransliterationIndex(vocabulary);
    expect(index.stems.length).toBeGreaterThanOrEqual(256);
    for (const english of ["Lavrov", "Safadi", "Manning", "Moscow", "Beirut"]) {
      const found = matchTransliteration(index, english);
      expect(matchTransliteration(index, english)).toEqual(found);
      // The best match scores what it scores alone (no bound below 256 stems).
      const best = found[0];
      expect(best).toBeDefined();
      const alone = matchTransliteration(buildTransliterationIndex([best?.arabic ?? ""]), english);
      expect(alone[0]?.score).toBe(best?.score);
    }
  });
});
