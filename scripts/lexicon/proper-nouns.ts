/**
 * Arabic proper nouns for `src/translate/proper-nouns.ts`: the FreeDict translations of the
 * English words WordNet 3.0 writes only capitalised (Damascus, Vienna, Bakelite), kept when no
 * English word that is ever written in lower case translates to the same Arabic (so «الأمل»
 * "hope" never becomes a name through "Hope"). One word per line, sorted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Translation } from "../../src/translate/lexicon-file.js";
import { parseDataLine, type WordNetPos } from "./wordnet.js";

const FILES: Readonly<Record<WordNetPos, string>> = { n: "noun", v: "verb", a: "adj", r: "adv" };

export const PROPER_NOUNS_HEADER =
  "# Arabic proper nouns: FreeDict eng-ara translations (GPL-2.0-or-later) of the English words WordNet 3.0 lists only capitalised (WordNet 3.0 licence). Build: npm run lexicon:build (scripts/lexicon/proper-nouns.ts)";

/** English lemmas (lower case) that WordNet writes only with a capital. */
export function properOnlyLemmas(dataFiles: Iterable<[WordNetPos, string]>): Set<string> {
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const [pos, text] of dataFiles)
    for (const line of text.split("\n")) {
      const parsed = parseDataLine(line, pos);
      parsed?.synset.words.forEach((word, i) => {
        (parsed.synset.proper?.[i] ? upper : lower).add(word);
      });
    }
  return new Set([...upper].filter((w) => !lower.has(w)));
}

/** Single-word Arabic translations of proper nouns only. */
export function properNounForms(
  entries: ReadonlyMap<string, readonly Translation[]>,
  proper: ReadonlySet<string>,
): string[] {
  const asName = new Set<string>();
  const asWord = new Set<string>();
  for (const [key, list] of entries) for (const t of list) (proper.has(key) ? asName : asWord).add(t.arabic);
  return [...asName].filter((a) => !asWord.has(a) && !/\s/.test(a)).sort();
}

export function readProperOnlyLemmas(wordnetDir: string): Set<string> {
  return properOnlyLemmas(
    (Object.entries(FILES) as [WordNetPos, string][]).map(([pos, name]) => [
      pos,
      readFileSync(path.join(wordnetDir, `data.${name}`), "utf8"),
    ]),
  );
}

export function formatProperNouns(forms: readonly string[]): string {
  return `${[PROPER_NOUNS_HEADER, ...forms].join("\n")}\n`;
}
