/**
 * Offline matching of English words a bilingual dictionary lacks (mostly names: people,
 * places, organisations) to Arabic words of the corpus's own vocabulary, by transliteration.
 *
 * Both sides are reduced to normalised Arabic letter strings ("skeletons") and compared with a
 * weighted edit distance in which long vowels (ا و ي) are cheap to insert or drop, the weak
 * letters (ء ع ه ح) are half-price, and substitutions between sounds English does not
 * distinguish (emphatic/plain س/ص, ت/ط, د/ض; ك/ق; ج/غ/ق; ث/ت/ذ …) are cheap. The English
 * side is a handful of candidate spellings produced by general transliteration rules; the
 * Arabic side is every corpus token with its proclitics (و ف ب ل ك, ال) and a few suffixes
 * optionally stripped. Pure and deterministic: no data files, no lists of names.
 *
 * Score = 1 − distance / weighted length of the longer skeleton, minus small deductions for
 * less likely English spellings and for stripped affixes. Candidates come from buckets keyed
 * by the number of strong consonants and the sound classes of the first ones, so a query
 * touches a few thousand stems at most (≈ 3–5 ms on a 20k-token vocabulary).
 *
 * Meant for words the bilingual dictionary lacks: ordinary English words often sound like
 * some Arabic word (Game → قام), so callers should not send every word here.
 */

export { buildTransliterationIndex, type TransliterationIndex } from "./bucket-index.js";
export { matchTransliteration, type TransliterationMatch, type TransliterationOptions } from "./match.js";
