import type { Lang } from "../core/types.js";

const LETTER = /\p{L}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
/** A word: a run of letters and the marks on them (harakat, accents). */
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The language a message is written in, by the script of its words, or `undefined` when it has
 * no Arabic or Latin word. A word counts for the script most of its letters are in; the message
 * is Arabic when at least half of its words are, because Arabic readers mix in Latin names
 * («ماذا قال Sergey Lavrov؟», «أين يقع Energiprojekt AB؟») far more often than English readers
 * mix in Arabic words. Counting words, not letters, keeps a long Latin name from outweighing
 * the Arabic question around it.
 */
export function scriptLanguage(text: string): Lang | undefined {
  let arabicWords = 0;
  let latinWords = 0;
  for (const [word] of text.matchAll(WORD)) {
    let arabic = 0;
    let latin = 0;
    for (const ch of word) {
      if (!LETTER.test(ch)) continue;
      if (ARABIC.test(ch)) arabic += 1;
      else if (LATIN.test(ch)) latin += 1;
    }
    if (arabic === 0 && latin === 0) continue;
    if (arabic >= latin) arabicWords += 1;
    else latinWords += 1;
  }
  if (arabicWords === 0 && latinWords === 0) return undefined;
  return arabicWords >= latinWords ? "ar" : "en";
}

/** {@link scriptLanguage}, with `fallback` for messages without Arabic or Latin words. */
export function detectLanguage(text: string, fallback: Lang = "en"): Lang {
  return scriptLanguage(text) ?? fallback;
}
