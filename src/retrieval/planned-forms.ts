import type { Translation } from "../translate/lexicon.js";
import type { ArabicForm, PlannedWord } from "./query-plan.js";

/**
 * How the English planner turns a word's dictionary translations and transliterations into
 * one weighted distribution of Arabic forms (split from `english-planner.ts`).
 */

/** Most translations kept per English word (the lexicon orders them by probability). */
const MAX_TRANSLATIONS = 6;
/** Share of a capitalised word's weight given to a close transliteration when both exist. */
const NAME_TRANSLITERATION_SHARE = 0.85;
/** Share given to a strong transliteration of a word the dictionary also knows. */
const WORD_TRANSLITERATION_SHARE = 0.2;
const STRONG_TRANSLITERATION = 0.85;
/** A capitalised word the dictionary also knows is read as a name from this match score up. */
const STRONG_NAME_TRANSLITERATION = 0;

/** Keep the most probable translations and renormalise their weights to sum to 1. */
export function weighted(translations: readonly Translation[]): ArabicForm[] {
  const top = translations.slice(0, MAX_TRANSLATIONS);
  const total = top.reduce((sum, t) => sum + t.weight, 0) || 1;
  return top.map((t) => ({ arabic: t.arabic, weight: t.weight / total }));
}

/** Mix dictionary translations and transliterations into one distribution. */
export function combine(
  dictionary: readonly ArabicForm[],
  transliterations: readonly ArabicForm[],
  capitalised: boolean,
): { forms: ArabicForm[]; via: PlannedWord["via"] } {
  const normalise = (forms: readonly ArabicForm[], share: number) => {
    const total = forms.reduce((sum, f) => sum + f.weight, 0) || 1;
    return forms.map((f) => ({ arabic: f.arabic, weight: (f.weight / total) * share }));
  };
  if (transliterations.length === 0) return { forms: [...dictionary], via: "dictionary" };
  if (dictionary.length === 0) return { forms: normalise(transliterations, 1), via: "transliteration" };
  // A word the dictionary knows is taken as a name only on a close transliteration match
  // (title-case common words such as "National Anthem" otherwise match noise).
  const strong = transliterations.filter(
    (t) => t.weight >= (capitalised ? STRONG_NAME_TRANSLITERATION : STRONG_TRANSLITERATION),
  );
  if (strong.length === 0) return { forms: [...dictionary], via: "dictionary" };
  const share = capitalised ? NAME_TRANSLITERATION_SHARE : WORD_TRANSLITERATION_SHARE;
  return { forms: [...normalise(strong, share), ...normalise(dictionary, 1 - share)], via: "mixed" };
}
