/**
 * The vocabulary index: clitic-stripped readings of every Arabic word, filed by number of strong
 * consonants and the sound classes of the first ones, so a query touches a few thousand stems.
 */

import { arabicMatchForm, arabicStems } from "./arabic.js";
import { codesOf, VOWELS, WEAK, weightedLength } from "./costs.js";

/** Coarse sound classes of strong consonants, for bucketing only (scores come from the DP). */
const BUCKET_CLASS: Readonly<Record<string, string>> = {
  ب: "B",
  ف: "B",
  ت: "T",
  ط: "T",
  د: "T",
  ض: "T",
  ث: "S",
  ذ: "S",
  س: "S",
  ص: "S",
  ز: "S",
  ظ: "S",
  ش: "S",
  ج: "K",
  غ: "K",
  ق: "K",
  ك: "K",
  خ: "K",
};
/** Classes a query letter of a class may meet at a cheap substitution. */
const CLASS_NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  S: ["S", "T", "K"],
  T: ["T", "S"],
  K: ["K", "S"],
};

export function strongLetters(s: string): string[] {
  const out: string[] = [];
  for (const ch of s) if (!VOWELS.has(ch) && !WEAK.has(ch)) out.push(ch);
  return out;
}

export function bucketClass(ch: string): string {
  return BUCKET_CLASS[ch] ?? ch;
}

/**
 * Bucket keys of a strong-consonant class sequence: its first two classes, and the first two
 * left after deleting any one of the first three (so one insertion, deletion or unrelated
 * substitution near the start still shares a key). `.` stands for "no letter".
 */
function bucketKeys(classes: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const head = classes.slice(0, 3);
  const pairOf = (seq: readonly string[]): string => `${seq[0] ?? "."}${seq[1] ?? "."}`;
  keys.add(pairOf(head));
  for (let d = 0; d < head.length; d++) keys.add(pairOf([...head.slice(0, d), ...head.slice(d + 1)]));
  return keys;
}

export interface StemEntry {
  readonly stem: string;
  readonly codes: Uint8Array;
  readonly weight: number;
  /** Number of strong consonants (not ا و ي ء ع ه ح); short stems need closer matches. */
  readonly strong: number;
  /** Token ids with the penalty of reading the token as this stem. */
  readonly tokens: Array<{ readonly token: number; readonly penalty: number }>;
}

export interface TransliterationIndex {
  /** Vocabulary tokens as given (first spelling seen for each normalised form). */
  readonly tokens: readonly string[];
  readonly stems: readonly StemEntry[];
  /** `${strongConsonantCount}:${classPair}` → stem ids (see `bucketKeys`). */
  readonly buckets: ReadonlyMap<string, readonly number[]>;
}

/**
 * Precompute clitic-stripped readings of every Arabic word of a vocabulary, filed by number of
 * strong consonants and the sound classes of the first of them. Non-Arabic tokens are ignored.
 */
export function buildTransliterationIndex(vocabulary: Iterable<string>): TransliterationIndex {
  const tokens: string[] = [];
  const seenForms = new Set<string>();
  const stemIds = new Map<string, number>();
  const stems: StemEntry[] = [];
  const buckets = new Map<string, number[]>();
  for (const raw of vocabulary) {
    const form = arabicMatchForm(raw);
    if (form === undefined || seenForms.has(form)) continue;
    seenForms.add(form);
    const tokenId = tokens.length;
    tokens.push(raw);
    for (const { stem, penalty } of arabicStems(form)) {
      let id = stemIds.get(stem);
      if (id === undefined) {
        id = stems.length;
        stemIds.set(stem, id);
        const strong = strongLetters(stem);
        stems.push({
          stem,
          codes: codesOf(stem),
          weight: weightedLength(stem),
          strong: stem.length <= 2 ? 0 : strong.length,
          tokens: [],
        });
        for (const key of bucketKeys(strong.map(bucketClass))) {
          const bucket = `${strong.length}:${key}`;
          const list = buckets.get(bucket);
          if (list === undefined) buckets.set(bucket, [id]);
          else list.push(id);
        }
      }
      stems[id]?.tokens.push({ token: tokenId, penalty });
    }
  }
  return { tokens, stems, buckets };
}

/** Bucket keys a query sequence should probe: its keys with each class widened to its neighbours. */
export function queryKeys(classes: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const key of bucketKeys(classes)) {
    const x = key.slice(0, 1);
    const y = key.slice(1, 2);
    for (const x2 of CLASS_NEIGHBOURS[x] ?? [x]) {
      for (const y2 of CLASS_NEIGHBOURS[y] ?? [y]) out.add(x2 + y2);
    }
  }
  return out;
}
