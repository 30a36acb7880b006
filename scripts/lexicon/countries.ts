/**
 * Arabic country names for `src/translate/country-names.ts`, one per line, sorted: the Arabic
 * names Debian's iso-codes gives ISO 3166-1 countries (formal ones too: «الإمارات العربية
 * المتحدة»), and the dictionary's translations of the English names of WordNet's countries
 * (instances of "country" / "state" and their kinds: Syria → «سوريا», Russia → «روسيا») where
 * the proper-noun list holds the translation (so "turkey" the bird adds nothing). A question
 * asking which countries do something is answered only by a passage that names one.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Translation } from "../../src/translate/lexicon-file.js";
import { loadIsoCountryNames } from "./isocodes.js";
import { parseDataLine } from "./wordnet.js";

export const COUNTRIES_HEADER =
  "# Arabic country names: ISO 3166-1 names with their Arabic translations from Debian iso-codes (LGPL-2.1-or-later), and FreeDict eng-ara translations (GPL-2.0-or-later) of WordNet 3.0's country names (WordNet 3.0 licence) that the proper-noun list holds. Build: npm run lexicon:build (scripts/lexicon/countries.ts)";

/** WordNet's "country, state, land" (territory) and "state, nation, country" (polity). */
const COUNTRY_SYNSETS = ["n08544813", "n08168978"];

/** English lemmas of the synsets that are instances of a country or of a kind of country. */
export function wordnetCountryLemmas(dataNoun: string): Set<string> {
  const synsets = dataNoun
    .split("\n")
    .map((line) => parseDataLine(line, "n"))
    .filter((p) => p !== undefined);
  const kinds = new Set(COUNTRY_SYNSETS);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { id, synset } of synsets)
      if (!kinds.has(id) && synset.pointers.some((p) => p.symbol === "@" && kinds.has(p.target))) {
        kinds.add(id);
        grew = true;
      }
  }
  const lemmas = new Set<string>();
  for (const { synset } of synsets)
    if (synset.pointers.some((p) => p.symbol === "@i" && kinds.has(p.target)))
      for (const word of synset.words) lemmas.add(word.toLowerCase());
  return lemmas;
}

export function countryNames(
  wordnetDir: string,
  entries: ReadonlyMap<string, readonly Translation[]>,
  properNouns: readonly string[],
  isoRoot?: string,
): string[] {
  const names = new Set<string>();
  for (const arabic of loadIsoCountryNames(isoRoot).values()) for (const a of arabic) names.add(a.trim());
  const proper = new Set(properNouns);
  for (const lemma of wordnetCountryLemmas(readFileSync(path.join(wordnetDir, "data.noun"), "utf8")))
    for (const t of entries.get(lemma) ?? []) if (proper.has(t.arabic)) names.add(t.arabic);
  return [...names].filter((n) => n.length > 0).sort();
}

export function formatCountryNames(names: readonly string[]): string {
  return `${[COUNTRIES_HEADER, ...names].join("\n")}\n`;
}
