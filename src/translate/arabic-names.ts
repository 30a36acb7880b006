import { lightStem } from "../text/arabic-analyzer.js";
import { normalizeArabic } from "../text/normalize.js";
import type { Lexicon } from "./lexicon.js";
import { consonantSkeleton } from "./spelling-variants.js";
import { buildTransliterationIndex, matchTransliteration } from "./transliterate/index.js";

/**
 * Tells names from other words in Arabic, which has no capital letters: an Arabic word is a
 * name when the dictionary translates it from an English word that it also transliterates
 * (اليابان ← Japan, أوكرانيا ← Ukraine), and not a name when its English counterparts are
 * ordinary words (الخبر ← news). Absence of a name from the corpus is strong evidence that
 * the corpus does not answer a question about it.
 */
const NAME_SIMILARITY = 0.8;
const MAX_KEYS_CHECKED = 8;

export class ArabicNameDetector {
  private reverse: Map<string, string[]> | undefined;
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly lexicon: Lexicon) {}

  /** Normalised single-word Arabic translation (and its light stem) → English keys. */
  private reverseIndex(): Map<string, string[]> {
    if (this.reverse !== undefined) return this.reverse;
    const reverse = new Map<string, string[]>();
    const add = (form: string, key: string) => {
      const list = reverse.get(form);
      if (list === undefined) reverse.set(form, [key]);
      else if (list.length < MAX_KEYS_CHECKED && !list.includes(key)) list.push(key);
    };
    for (const [key, translations] of this.lexicon.entries()) {
      if (key.includes(" ")) continue;
      for (const t of translations) {
        const norm = normalizeArabic(t.arabic);
        if (norm.includes(" ")) continue;
        add(norm, key);
        add(lightStem(norm), key);
        // Names are spelt several ways (فنزويلا / فينزويلا): also file by consonant skeleton.
        add(`~${consonantSkeleton(norm)}`, key);
      }
    }
    this.reverse = reverse;
    return reverse;
  }

  /** True when the dictionary translates some English word into this Arabic word. */
  isKnownWord(word: string): boolean {
    const norm = normalizeArabic(word);
    const reverse = this.reverseIndex();
    return reverse.has(norm) || reverse.has(lightStem(norm));
  }

  isName(word: string): boolean {
    const norm = normalizeArabic(word);
    const cached = this.cache.get(norm);
    if (cached !== undefined) return cached;
    const reverse = this.reverseIndex();
    // An imperfect verb whose third-person form the dictionary knows as an ordinary word is a
    // verb, whatever name it happens to spell (تؤيد is "supports", not "tweed": يؤيد ← upholds).
    const thirdPerson = /^[تنا]/.test(norm) && norm.length >= 4 ? `ي${norm.slice(1)}` : undefined;
    if (thirdPerson !== undefined && reverse.has(thirdPerson) && !this.isName(thirdPerson)) {
      this.cache.set(norm, false);
      return false;
    }
    let keys = [...(reverse.get(norm) ?? []), ...(reverse.get(lightStem(norm)) ?? [])];
    // A word the dictionary does not spell this way may be a variant spelling of a name.
    if (keys.length === 0) keys = reverse.get(`~${consonantSkeleton(norm)}`) ?? [];
    const index = buildTransliterationIndex([norm]);
    const result = keys.some((key) =>
      matchTransliteration(index, key, { threshold: NAME_SIMILARITY }).some(
        (m) => m.score >= NAME_SIMILARITY,
      ),
    );
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(norm, result);
    return result;
  }
}
