import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";

/**
 * English word frequencies (`data/lexicon/en-frequency.tsv.gz`, built by
 * `scripts/build-lexicon.ts` from WordNet's concordance): how often a word's senses were seen
 * in running text. Glossary lines use it to prefer common senses (city) over rare ones (java,
 * polis) that the dictionary gives the same Arabic word.
 */
export interface WordFrequencies {
  get(word: string): number | undefined;
}

/** `word\tcount` lines after `#` comments. */
export function parseWordFrequencies(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line.length === 0 || line.startsWith("#")) continue;
    const tab = line.indexOf("\t");
    const n = Number(line.slice(tab + 1));
    if (tab > 0 && Number.isFinite(n)) out.set(line.slice(0, tab), n);
  }
  return out;
}

/**
 * Read a gzipped frequency file; undefined when there is none (glossary lines then fall back
 * to the lexicon's own hint of commonness), so a custom lexicon directory without it still works.
 * Unzipped and parsed on the first look-up: only glossary lines use it, and most answers have
 * none, so a start does not pay for it.
 */
export async function loadWordFrequencies(path: string): Promise<WordFrequencies | undefined> {
  let gz: Buffer;
  try {
    gz = await readFile(path);
  } catch {
    return undefined;
  }
  let counts: Map<string, number> | undefined;
  return {
    get: (word) => {
      counts ??= parseWordFrequencies(gunzipSync(gz).toString("utf8"));
      return counts.get(word);
    },
  };
}
