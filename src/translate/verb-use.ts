/**
 * Part-of-speech agreement for English question words used as verbs. FreeDict lists one sense
 * per headword, and for a word that is both a noun and a verb that sense is usually the noun,
 * written as a definite Arabic noun: `sign` → الإشارة ("signal"), `hold` → القبضة ("grip").
 * "Did they sign an agreement?" asks about signing, which the dictionary renders under the
 * verb's own forms: the gerund `signing` → التوقيع (the verbal noun, whose light stem also
 * matches the verb وقّع). A definite noun cannot render a verb, so where the question uses the
 * word as a verb and the dictionary's senses are all definite nouns, the gerund's senses are
 * taken instead.
 */
import { sharesArabicRoot } from "./arabic-root.js";
import { lemmaCandidates } from "./english.js";
import type { Translation } from "./lexicon-file.js";

/** Words after which a bare English word is a verb: the infinitive marker and the modals. */
const VERB_MARKERS: ReadonlySet<string> = new Set([
  "to",
  "will",
  "would",
  "can",
  "could",
  "should",
  "shall",
  "may",
  "might",
  "must",
]);

/** Auxiliaries that leave the question's verb bare: "When did the war start?" */
const DO_SUPPORT: ReadonlySet<string> = new Set([
  "do",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "should",
]);

/** Subject pronouns, after which a bare word following an auxiliary is the verb ("did they sign"). */
const PRONOUNS: ReadonlySet<string> = new Set(["i", "you", "he", "she", "it", "we", "they"]);

/** Determiners that open the object of a verb ("sign an agreement", "meet the minister"). */
const DETERMINERS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "any",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
]);

/** Words before a noun: a word right after them is a noun or an adjective, not a verb. */
const NOUN_OPENERS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  "of",
  "in",
  "on",
  "for",
  "with",
  "by",
  "about",
]);

/**
 * Whether the (lowercased) word at `i` is used as a bare verb: right after "to" or a modal
 * ("to sign", "will sign"); between a word that does not open a noun phrase and a determiner
 * opening its object ("sign the treaty", "meet the Russian minister"); or after an auxiliary
 * and a subject pronoun ("did they sign"). Not the last word of a question with an auxiliary
 * ("When did the war start?"): measured, it is as often the object noun ("What post did he
 * hold before he became foreign minister?" read minister as "to minister", يخدم). Inflected
 * forms (-s, -ed, -ing) are left alone: their dictionary keys carry their own senses.
 */
export function isBareVerbUse(words: readonly string[], i: number): boolean {
  const word = words[i];
  if (word === undefined || !/^[a-z]{3,}$/.test(word) || /(?:s|ed|ing)$/.test(word)) return false;
  const before = words[i - 1];
  if (before === undefined) return false;
  if (VERB_MARKERS.has(before)) return true;
  if (PRONOUNS.has(before) && DO_SUPPORT.has(words[i - 2] ?? "")) return true;
  const after = words[i + 1];
  return after !== undefined && !NOUN_OPENERS.has(before) && DETERMINERS.has(after);
}

/**
 * Gerund spellings of a bare verb, likeliest first: sign → signing, make → making, win →
 * winning (a one-syllable verb ending consonant–vowel–consonant doubles its last letter, so
 * `wining` is another verb), visit → visiting.
 */
export function gerundsOf(word: string): string[] {
  if (word.endsWith("e") && !word.endsWith("ee")) return [`${word.slice(0, -1)}ing`, `${word}ing`];
  const doubled = `${word}${word.slice(-1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(word)) return [doubled, `${word}ing`];
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) return [`${word}ing`, doubled];
  return [`${word}ing`];
}

/** A definite Arabic noun (الإشارة), which cannot render a verb. */
function isDefiniteNoun(arabic: string): boolean {
  return /^[وفب]?ال/u.test(arabic) && !arabic.includes(" ");
}

/**
 * The senses of a word used as a verb: its own when one of them can render a verb, else its
 * gerund's (`signing` → التوقيع for `sign` → الإشارة), else its own. `find` looks a key up
 * exactly (no de-inflection, so `signing` is not read back as `sign`).
 */
export function verbSenses(
  own: readonly Translation[],
  word: string,
  find: (key: string) => readonly Translation[] | undefined,
): readonly Translation[] {
  if (own.length === 0 || !own.every((t) => isDefiniteNoun(t.arabic))) return own;
  for (const gerund of gerundsOf(word)) {
    const found = find(gerund);
    if (found !== undefined && found.length > 0) return found;
  }
  return own;
}

/**
 * Base verbs of a past form: `adopted` → adopt, `held` → hold (irregular, from the table);
 * none for other inflections (-s, -ing) and comparatives (-er, -est: `summer` is not sum+er).
 */
function pastFormBases(word: string): string[] {
  if (!/ed$/.test(word) && /(?:s|ing|er|est|ly)$/.test(word)) return [];
  return lemmaCandidates(word).slice(1);
}

/** Whether some translation of one list shares an Arabic root with some translation of the other. */
function shareRoot(a: readonly Translation[], b: readonly Translation[]): boolean {
  return a.some((x) => b.some((y) => sharesArabicRoot(x.arabic, y.arabic)));
}

/**
 * The senses of a past form (-ed, or an irregular past such as `held`) whose own dictionary
 * entry is the odd one out among its verb's forms. FreeDict keys inflected forms separately,
 * and an inflected key sometimes carries a lexicalised or stray sense (`adopted` → إقامة
 * "residence", while `adopt` → يتبنى and `adopting` → التبني). When the verb's base and its
 * gerund, two entries of their own, agree on a root that the past form's senses lack, the
 * question's past form means what they mean: the base's senses are taken. When they do not
 * agree (`hold` → القبضة, `holding` → الحصة), or the base's senses are all definite nouns
 * (`schedule` → الجدول, a noun, for `scheduled` → محدد), there is no evidence against the form's own.
 */
export function pastFormSenses(
  own: readonly Translation[],
  word: string,
  find: (key: string) => readonly Translation[] | undefined,
): readonly Translation[] {
  if (own.length === 0) return own;
  for (const base of pastFormBases(word)) {
    const senses = find(base);
    if (senses === undefined || senses.length === 0) continue;
    const gerund = gerundsOf(base)
      .map(find)
      .find((list) => list !== undefined && list.length > 0);
    // The base must render the verb: `schedule` → الجدول is the noun, no sense of `scheduled`.
    if (gerund === undefined || !shareRoot(senses, gerund) || senses.every((t) => isDefiniteNoun(t.arabic)))
      return own;
    return shareRoot(own, senses) ? own : senses;
  }
  return own;
}
