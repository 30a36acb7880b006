/**
 * WordNet collocations as phrase keys of the FreeDict lexicon. FreeDict renders words one by
 * one, so a question's "prime minister" became «البداية» (prime, "the beginning") and
 * «الوزير»; WordNet lists `prime minister` as a lemma of its own, in the synset of `premier`,
 * which FreeDict translates «رئيس الوزراء». A multi-word WordNet lemma FreeDict lacks takes the
 * translations of the synonyms in its most common sense, each synonym counting only when that
 * synset is its own most common sense in that part of speech (a dictionary translation renders
 * a word's usual meaning: `premier` the noun is first the head of government).
 */
import { isStopword } from "../../src/translate/english.js";
import type { Translation } from "../../src/translate/lexicon.js";
import type { WordNet } from "./wordnet.js";

/** Collocations of letters only: no digits, abbreviations or names with punctuation. */
const COLLOCATION = /^[a-z]+(?: [a-z]+)+$/;

/**
 * Phrase keys for WordNet's multi-word lemmas `own` lacks, translated through their synonyms'
 * dictionary entries (see the file comment); normalised, best first.
 */
export function collocationEntries(
  wn: WordNet,
  own: ReadonlyMap<string, readonly Translation[]>,
): Map<string, Translation[]> {
  const out = new Map<string, Translation[]>();
  for (const lemma of wn.lemmas()) {
    if (!COLLOCATION.test(lemma) || own.has(lemma)) continue;
    // A collocation of function words alone is no phrase a question means ("as well").
    if (lemma.split(" ").every((w) => isStopword(w))) continue;
    const merged = new Map<string, number>();
    for (let pos = 0; pos < 4; pos++) {
      const first = wn.sensesOf(lemma, pos)[0];
      if (first === undefined) continue;
      for (const synonym of first.synset.words) {
        if (synonym === lemma) continue;
        const list = own.get(synonym);
        if (list === undefined || wn.sensesOf(synonym, pos)[0]?.id !== first.id) continue;
        for (const t of list) {
          // A verb's sense is no definite noun: `hap` (happen, take place) → الحظ is "luck".
          if (pos === 1 && /^ال/u.test(t.arabic)) continue;
          merged.set(t.arabic, (merged.get(t.arabic) ?? 0) + t.weight);
        }
      }
    }
    const total = [...merged.values()].reduce((a, b) => a + b, 0);
    if (total <= 0) continue;
    const list = [...merged]
      .map(([arabic, weight]) => ({ arabic, weight: weight / total }))
      .sort((a, b) => b.weight - a.weight || (a.arabic < b.arabic ? -1 : 1));
    out.set(lemma, list);
  }
  return out;
}
