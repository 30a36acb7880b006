import { describe, expect, it } from "vitest";
import { withIsoNames } from "../../scripts/lexicon/isocodes.js";
import { romanNumeral, romanNumeralKeys } from "../../scripts/lexicon/roman.js";
import { DEFAULT_WIDEN, widenLexicon } from "../../scripts/lexicon/widen.js";

describe("Roman numerals", () => {
  it("writes canonical subtractive numerals", () => {
    expect(romanNumeral(49)).toBe("xlix");
    expect(romanNumeral(33)).toBe("xxxiii");
    expect(romanNumeral(1994)).toBe("mcmxciv");
    expect(romanNumeral(3999)).toBe("mmmcmxcix");
    expect(() => romanNumeral(0)).toThrow(RangeError);
    expect(() => romanNumeral(4000)).toThrow(RangeError);
  });

  it("keys numerals of two letters or more by their digits, leaving the dictionary's own words", () => {
    const keys = romanNumeralKeys(new Set(["mix", "cd"]), 2000);
    expect(keys.get("xlix")).toEqual(["49"]);
    expect(keys.get("ii")).toEqual(["2"]);
    expect(keys.has("mix")).toBe(false); // an English word first
    expect(keys.has("cd")).toBe(false); // an abbreviation the dictionary knows
    expect(keys.has("v")).toBe(false); // one letter: a letter or a word first
    expect(keys.has("mmm")).toBe(false); // above `max`
  });

  it("widens the lexicon: new numeral keys in digits, a WordNet-only key shared, dictionary keys kept", () => {
    const ranked = new Map([["mix", [{ arabic: "المزيج", weight: 1 }]]]);
    const off = { ...DEFAULT_WIDEN, wordnet: undefined, perfect: { imperative: 0, present: 0 } };
    const out = widenLexicon(ranked, { ...off, thesaurusShare: 0, isoShare: 0, romanShare: 0.7 }, () => {});
    expect(out.get("xlix")).toEqual([{ arabic: "49", weight: 1 }]);
    expect(out.get("mix")).toEqual([{ arabic: "المزيج", weight: 1 }]);
    // As WordNet's composed «ثلاثون ثلاثة» for xxxiii: the digits take the share.
    const widened = new Map([...ranked, ["xxxiii", [{ arabic: "ثلاثون ثلاثة", weight: 1 }]]]);
    const shared = withIsoNames(widened, romanNumeralKeys(new Set(ranked.keys()), 40), 0.7).entries;
    expect(shared.get("xxxiii")).toEqual([
      { arabic: "33", weight: expect.closeTo(0.7, 6) },
      { arabic: "ثلاثون ثلاثة", weight: expect.closeTo(0.3, 6) },
    ]);
  });
});
