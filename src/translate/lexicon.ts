/**
 * The offline English→Arabic lexicon (file format and parsing: `lexicon-file.ts`): weighted
 * Arabic translations of English words and phrases, loaded lazily and cached packed between runs.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { AppError } from "../core/errors.js";
import { sharesArabicRoot } from "./arabic-root.js";
import { cachedBytes } from "./derived-cache.js";
import { derivationalBases, isStopword, lemmaCandidates } from "./english.js";
import {
  indexLexiconBytes,
  normaliseTranslations,
  parseArabic,
  parseTranslations,
  type RawEntries,
  type Translation,
} from "./lexicon-file.js";
import { packTables, unpackTables } from "./packed-table.js";
import { oneEditAway } from "./typos.js";
import { pastFormSenses, verbSenses } from "./verb-use.js";

export {
  formatLexicon,
  indexLexicon,
  indexLexiconBytes,
  LEXICON_MAGIC,
  normaliseTranslations,
  parseArabic,
  parseLexicon,
  parseTranslations,
  type RawEntries,
  type Translation,
} from "./lexicon-file.js";

export interface PhraseMatch {
  /** Number of tokens consumed (2–4). */
  readonly length: number;
  readonly translations: Translation[];
}

export const MAX_PHRASE_WORDS = 4;
/** Shortest unknown word `lookup` reads as a typo of a dictionary word (measured: 6 is worse). */
const MIN_TYPO_LENGTH = 8;
const MAX_REMEMBERED_TYPOS = 2_000;

const REBUILD_HINT = "Run `npm run lexicon:build` to regenerate it (needs dict-freedict-eng-ara/ara-eng).";

/** First words of multi-word keys (space- or hyphen-joined). */
function phraseHeadsOf(keys: Iterable<string>): Set<string> {
  const heads = new Set<string>();
  for (const key of keys) {
    if (!key.includes(" ") && !key.includes("-")) continue;
    const head = key.split(/[ -]/, 1)[0];
    if (head !== undefined && head.length > 0) heads.add(head);
  }
  return heads;
}

export interface LexiconLoadOptions {
  /**
   * Where the indexed file is cached between runs, packed for a binary search (named by the
   * file's sha256 and this code), so a start reads it instead of unzipping and indexing the
   * whole dictionary (default: not cached).
   */
  readonly cacheDirectory?: string;
}

function normaliseKey(word: string): string {
  return word
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export class Lexicon {
  /** Raw values from a file (parsed on first use) or parsed lists (fromEntries, cache). */
  readonly #raw: RawEntries;
  readonly #parsed = new Map<string, readonly Translation[]>();
  /** Typo look-ups already made (`null`: no single dictionary word one edit away). */
  readonly #typos = new Map<string, readonly Translation[] | null>();
  readonly #source: string;
  readonly #size: number;
  /** sha256 of the file's bytes (undefined in memory): what derived tables may be cached by. */
  readonly fingerprint: string | undefined;
  /** First words of multi-word keys (space- or hyphen-joined), to skip hopeless phrase look-ups. */
  readonly #phraseHeads: Pick<ReadonlySet<string>, "has">;

  private constructor(
    raw: RawEntries,
    parsed: ReadonlyMap<string, readonly Translation[]>,
    source: string,
    fingerprint?: string,
    phraseHeads?: ReadonlySet<string> | Pick<ReadonlySet<string>, "has">,
  ) {
    this.fingerprint = fingerprint;
    // Exactly one of `raw` (from a file) and `parsed` (in memory) is non-empty.
    this.#raw = raw;
    for (const [key, list] of parsed) this.#parsed.set(key, list);
    this.#size = raw.size + parsed.size;
    this.#source = source;
    this.#phraseHeads = phraseHeads ?? phraseHeadsOf([...raw.keys(), ...parsed.keys()]);
  }

  /**
   * Read a gzipped lexicon file (see the format in `lexicon-file.ts`). Throws
   * `AppError("LEXICON_INVALID")` naming the path when it is missing, not gzip, or malformed.
   * Values are checked structurally at load and parsed on first look-up.
   */
  static async load(path: string, options: LexiconLoadOptions = {}): Promise<Lexicon> {
    let gz: Buffer;
    try {
      gz = await readFile(path);
    } catch (error) {
      throw new AppError("LEXICON_INVALID", `Cannot read lexicon ${path}. ${REBUILD_HINT}`, { cause: error });
    }
    const fingerprint = createHash("sha256").update(gz).digest("hex");
    const index = (): RawEntries => {
      try {
        return indexLexiconBytes(gunzipSync(gz));
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new AppError("LEXICON_INVALID", `Lexicon ${path} is corrupt (${detail}). ${REBUILD_HINT}`, {
          cause: error,
        });
      }
    };
    if (options.cacheDirectory === undefined) return new Lexicon(index(), new Map(), path, fingerprint);
    // Only a file that indexed without error is cached, under its own hash: a cache hit is a
    // file already checked; a corrupt file has no cache and fails as above.
    type Indexed = readonly [RawEntries, Pick<ReadonlySet<string>, "has" | "keys">];
    const [raw, heads] = cachedBytes<Indexed>(
      {
        directory: options.cacheDirectory,
        name: "lexicon",
        dependsOn: [fingerprint, indexLexiconBytes.toString(), phraseHeadsOf.toString()],
      },
      () => {
        const raw = index();
        return [raw, phraseHeadsOf(raw.keys())];
      },
      ([raw, heads]) =>
        packTables([
          (function* () {
            for (const key of raw.keys()) yield [key, raw.get(key) ?? ""] as const;
          })(),
          [...heads.keys()].map((head) => [head, ""] as const),
        ]),
      (bytes) => {
        const [raw, heads, extra] = unpackTables(bytes);
        if (raw === undefined || heads === undefined || extra !== undefined)
          throw new Error("not a lexicon cache");
        return [raw, heads];
      },
    );
    return new Lexicon(raw, new Map(), path, fingerprint, heads);
  }

  /** Build a lexicon in memory (tests, tools). Keys are lowercased; weights are re-normalised. */
  static fromEntries(entries: Iterable<readonly [string, Iterable<Translation>]>): Lexicon {
    const map = new Map<string, Translation[]>();
    for (const [key, list] of entries) {
      const normalised = normaliseTranslations([...(map.get(normaliseKey(key)) ?? []), ...list]);
      if (normalised.length > 0) map.set(normaliseKey(key), normalised);
    }
    return new Lexicon(new Map(), map, "(in memory)");
  }

  #get(key: string): readonly Translation[] | undefined {
    const cached = this.#parsed.get(key);
    if (cached !== undefined) return cached;
    const value = this.#raw.get(key);
    if (value === undefined) return undefined;
    let list: Translation[];
    try {
      list = parseTranslations(value);
    } catch (error) {
      throw corruptEntry(this.#source, key, error);
    }
    this.#parsed.set(key, list);
    return list;
  }

  /** Number of English keys. */
  get size(): number {
    return this.#size;
  }

  #find(word: string): readonly Translation[] | undefined {
    for (const candidate of lemmaCandidates(normaliseKey(word))) {
      const found = this.#get(candidate);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * Translations of a word (or a phrase key), trying `lemmaCandidates` in order and returning
   * the first key found: `ministers` finds `ministers` if the lexicon has it, else `minister`;
   * failing that, a long word's single dictionary neighbour one typo away (`#findTypo`).
   * Best first, weights summing to 1; empty when nothing matches.
   */
  lookup(word: string): Translation[] {
    return [...(this.#find(word) ?? this.#findTypo(normaliseKey(word)) ?? [])];
  }

  /**
   * Translations of a word as a question uses it (`verb-use.ts`). A bare word used as a verb
   * (`isBareVerbUse`) takes its gerund's senses when its own are all definite nouns (sign →
   * التوقيع, not الإشارة); a past form whose own senses its verb's base and gerund agree
   * against takes the base's (adopted → يتبنى, not إقامة). Otherwise as `lookup`.
   */
  lookupInContext(word: string, verb: boolean): Translation[] {
    const key = normaliseKey(word);
    const own = this.lookup(key);
    const find = (other: string) => this.#get(other);
    return [...(verb ? verbSenses(own, key, find) : pastFormSenses(own, key, find))];
  }

  /**
   * Translations of the dictionary word one edit away from a long word it lacks ("ctenphores"
   * → ctenophores, "parliment" → parliament), when the edits reach exactly one entry: a short
   * unknown word is too often a word or name of its own, and two entries leave the typo
   * ambiguous. Remembered per word (questions repeat words; one search tries ~500 spellings).
   */
  #findTypo(word: string): readonly Translation[] | undefined {
    if (word.length < MIN_TYPO_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
    const known = this.#typos.get(word);
    if (known !== undefined) return known ?? undefined;
    let found: readonly Translation[] | undefined;
    let ambiguous = false;
    for (const candidate of oneEditAway(word)) {
      const list = this.#find(candidate);
      if (list === undefined || list === found) continue;
      if (found !== undefined) {
        ambiguous = true;
        break;
      }
      found = list;
    }
    const result = ambiguous ? undefined : found;
    if (this.#typos.size >= MAX_REMEMBERED_TYPOS) this.#typos.clear();
    this.#typos.set(word, result ?? null);
    return result;
  }

  /**
   * Translations of the base words a derived word comes from (`national` → `nation`),
   * merged and normalised; empty when the lexicon knows none of them. For a word with
   * translations of its own, a base counts only when one of its translations shares a root
   * with one of the word's: `defender` (المدافع) takes `defend` (دافع), `number` (العدد) does
   * not take `numb` (خدر), nor `faction` (الفئة) `fact`, nor `total` `tot`.
   */
  lookupDerived(word: string): Translation[] {
    const merged = new Map<string, number>();
    const own = this.#find(normaliseKey(word)) ?? [];
    let decay = 1;
    for (const base of derivationalBases(word)) {
      const list = this.#get(base);
      if (list === undefined) continue;
      if (own.length > 0 && !list.some((t) => own.some((o) => sharesArabicRoot(o.arabic, t.arabic))))
        continue;
      for (const t of list) merged.set(t.arabic, (merged.get(t.arabic) ?? 0) + decay * t.weight);
      decay *= 0.6;
    }
    return normaliseTranslations([...merged].map(([arabic, weight]) => ({ arabic, weight })));
  }

  /** Every key with its translations (parses lazily; for building reverse indexes). */
  *entries(): IterableIterator<readonly [string, readonly Translation[]]> {
    for (const key of [...this.#raw.keys(), ...(this.#raw.size === 0 ? this.#parsed.keys() : [])]) {
      const list = this.#get(key);
      if (list !== undefined) yield [key, list];
    }
  }

  /**
   * Every key with the Arabic of its translations, in file order and without weights: what
   * a reverse (Arabic → English) index needs, several times faster than `entries()` since
   * nothing is parsed into weighted lists, sorted or kept. Throws as `entries()` does on a
   * malformed value.
   */
  *arabicEntries(): IterableIterator<readonly [string, readonly string[]]> {
    if (this.#raw.size === 0) {
      for (const [key, list] of this.#parsed) yield [key, list.map((t) => t.arabic)];
      return;
    }
    for (const key of this.#raw.keys()) {
      const value = this.#raw.get(key);
      if (value === undefined) continue;
      let arabic: string[];
      try {
        arabic = parseArabic(value);
      } catch (error) {
        throw corruptEntry(this.#source, key, error);
      }
      yield [key, arabic];
    }
  }

  /** True when `lookup(word)` would find something. */
  has(word: string): boolean {
    return this.#find(word) !== undefined;
  }

  /**
   * The longest multi-word key (2 to 4 words, joined by a space or a hyphen, last word
   * de-inflected via `lemmaCandidates`) starting at `tokens[start]`; undefined when there is
   * none. Single words are left to `lookup`, so callers try this first and fall back.
   */
  lookupPhrase(tokens: readonly string[], start: number): PhraseMatch | undefined {
    const head = tokens[start];
    if (head === undefined || !this.#phraseHeads.has(normaliseKey(head))) return undefined;
    const maxLength = Math.min(MAX_PHRASE_WORDS, tokens.length - start);
    for (let length = maxLength; length >= 2; length--) {
      const words = tokens.slice(start, start + length).map(normaliseKey);
      // Function words alone make no phrase: "has been" is not the noun has-been, "to do" not to-do.
      if (words.every((w) => isStopword(w))) continue;
      for (const joiner of [" ", "-"]) {
        const found = this.#find(words.join(joiner));
        if (found !== undefined) return { length, translations: [...found] };
      }
    }
    return undefined;
  }
}

/** The error for a lexicon entry that does not parse: which file, which key, how to rebuild. */
function corruptEntry(source: string, key: string, error: unknown): AppError {
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError(
    "LEXICON_INVALID",
    `Lexicon ${source} is corrupt (key ${JSON.stringify(key)}: ${detail}). ${REBUILD_HINT}`,
    { cause: error },
  );
}
