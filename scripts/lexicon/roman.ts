/**
 * Roman numerals as lexicon keys rendered in digits: Arabic text writes "Super Bowl XLIX",
 * "World War II" or "Louis XIV" with Western digits (49, 2, 14) or keeps the Latin letters, and
 * no dictionary lists the numerals (WordNet's `xxxiii` only composes to «ثلاثون ثلاثة»).
 * Keys FreeDict itself has (`mix`, `cd`, `ml`, `dc`: words and abbreviations that happen to be
 * numerals) are left alone; one-letter numerals (`i`, `v`, `x`) are words or letters first.
 */

const DIGITS: readonly (readonly [number, string])[] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

/** The canonical (subtractive) Roman numeral of 1 ≤ n ≤ 3999, lowercase: 49 → `xlix`. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no Roman numeral for ${n}`);
  let rest = n;
  let out = "";
  for (const [value, letters] of DIGITS) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * Numeral key → its digits, for numerals of two letters or more up to `max`, without the keys
 * in `dictionaryKeys` (the dictionary's own words).
 */
export function romanNumeralKeys(dictionaryKeys: ReadonlySet<string>, max = 3999): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let n = 2; n <= max; n++) {
    const key = romanNumeral(n);
    if (key.length >= 2 && !dictionaryKeys.has(key)) out.set(key, [String(n)]);
  }
  return out;
}
