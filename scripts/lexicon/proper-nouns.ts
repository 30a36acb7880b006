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
  "# Arabic proper nouns: FreeDict eng-ara translations (GPL-2.0-or-later) of the English words WordNet 3.0 lists only capitalised (WordNet 3.0 licence), and one-word Arabic country names from Debian iso-codes (LGPL-2.1-or-later). Build: npm run lexicon:build (scripts/lexicon/proper-nouns.ts)";

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

/**
 * Single-word Arabic translations of proper nouns only, kept when no ordinary English word
 * translates to the same Arabic («الأمل» "hope" never becomes a name through "Hope"). `extra`
 * adds other names (English key → Arabic: country names) under the same test, where the
 * name's own key does not count as ordinary ("china" is porcelain too, الصين stays a name),
 * but another word does: «مالي» (Mali) is also "financial".
 */
export function properNounForms(
  entries: ReadonlyMap<string, readonly Translation[]>,
  proper: ReadonlySet<string>,
  extra: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const asName = new Set<string>();
  const ordinaryKeys = new Map<string, Set<string>>();
  for (const [key, list] of entries)
    for (const t of list) {
      if (proper.has(key)) asName.add(t.arabic);
      else ordinaryKeys.set(t.arabic, (ordinaryKeys.get(t.arabic) ?? new Set()).add(key));
    }
  const ownKeys = new Map<string, Set<string>>();
  for (const [key, arabic] of extra)
    for (const a of arabic) {
      asName.add(a);
      ownKeys.set(a, (ownKeys.get(a) ?? new Set()).add(key));
    }
  return [...asName]
    .filter((a) => !/\s/.test(a) && [...(ordinaryKeys.get(a) ?? [])].every((k) => ownKeys.get(a)?.has(k)))
    .sort();
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
