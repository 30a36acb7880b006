/**
 * Arabic names of national capitals with their countries, for `src/translate/country-names.ts`:
 * news text names a country by its capital («موسكو وعمّان» for Russia and Jordan), so a
 * question naming the country is met by a passage naming the capital, and the other way round.
 * From WordNet 3.0: instances of "national capital" with a part holonym (Amman → Jordan), both
 * rendered through the dictionary where the proper-noun list holds the translation and the
 * country's is one of the country names.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Translation } from "../../src/translate/lexicon-file.js";
import { cleanLemma } from "./wordnet.js";

export const CAPITALS_HEADER =
  "# Arabic names of national capitals, a tab, their country's Arabic name: WordNet 3.0's national capitals and the countries they are part of (WordNet 3.0 licence), translated by FreeDict eng-ara (GPL-2.0-or-later) where the proper-noun and country lists hold the names. Build: npm run lexicon:build (scripts/lexicon/capitals.ts)";

/** WordNet's "national capital" synset. */
const NATIONAL_CAPITAL = "08691669";

interface NounLine {
  readonly words: readonly string[];
  readonly capital: boolean;
  readonly partOf: readonly string[];
}

function parseNoun(line: string): [string, NounLine] | undefined {
  if (line.length === 0 || line.startsWith(" ")) return undefined;
  const fields = line.slice(0, line.includes(" | ") ? line.indexOf(" | ") : line.length).split(" ");
  const count = Number.parseInt(fields[3] ?? "", 16);
  const words = Array.from({ length: count }, (_, w) => cleanLemma(fields[4 + 2 * w] ?? "").toLowerCase());
  const pointers = fields.slice(4 + 2 * count + 1);
  const targets = (symbol: string) =>
    pointers.flatMap((f, i) => (f === symbol && pointers[i + 2] === "n" ? [pointers[i + 1] ?? ""] : []));
  return [
    fields[0] ?? "",
    { words, capital: targets("@i").includes(NATIONAL_CAPITAL), partOf: targets("#p") },
  ];
}

/** English (capital lemmas, country lemmas) pairs of WordNet's national capitals. */
export function wordnetCapitals(dataNoun: string): [readonly string[], readonly string[]][] {
  const nouns = new Map(
    dataNoun
      .split("\n")
      .map(parseNoun)
      .filter((n) => n !== undefined),
  );
  const pairs: [readonly string[], readonly string[]][] = [];
  for (const noun of nouns.values()) {
    if (!noun.capital) continue;
    for (const target of noun.partOf) {
      const country = nouns.get(target);
      if (country !== undefined) pairs.push([noun.words, country.words]);
    }
  }
  return pairs;
}

/** Sorted `capital\tcountry` lines in Arabic. */
export function capitalNames(
  wordnetDir: string,
  entries: ReadonlyMap<string, readonly Translation[]>,
  properNouns: readonly string[],
  countries: readonly string[],
): string[] {
  const proper = new Set(properNouns);
  const countrySet = new Set(countries);
  const arabic = (lemmas: readonly string[], allowed: ReadonlySet<string>) =>
    lemmas.flatMap((l) => (entries.get(l) ?? []).map((t) => t.arabic.trim()).filter((a) => allowed.has(a)));
  const lines = new Set<string>();
  for (const [cities, nations] of wordnetCapitals(readFileSync(path.join(wordnetDir, "data.noun"), "utf8")))
    for (const city of arabic(cities, proper))
      for (const country of arabic(nations, countrySet))
        if (city !== country) lines.add(`${city}\t${country}`);
  return [...lines].sort();
}

export function formatCapitalNames(lines: readonly string[]): string {
  return `${[CAPITALS_HEADER, ...lines].join("\n")}\n`;
}
