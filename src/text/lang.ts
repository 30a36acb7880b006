import type { Lang } from "../core/types.js";

/**
 * Decide a message's language from its script: Arabic letters vs Latin letters.
 * Mixed messages ("ماذا قال Lavrov؟") count as Arabic when Arabic letters make up at least
 * a third of the letters, because Arabic readers mix in Latin names far more often than
 * English readers mix in Arabic words. No letters at all falls back to `fallback`.
 */
export function detectLanguage(text: string, fallback: Lang = "en"): Lang {
  let arabic = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) arabic += 1;
    else if (/\p{Script=Latin}/u.test(ch) && /\p{L}/u.test(ch)) latin += 1;
  }
  if (arabic === 0 && latin === 0) return fallback;
  return arabic * 2 >= latin ? "ar" : "en";
}
