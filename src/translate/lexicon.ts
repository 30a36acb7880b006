/**
 * Offline English→Arabic lexicon: for an English word or phrase, weighted Arabic translations
 * (the translation probabilities of Darwish & Oard's Probabilistic Structured Queries).
 *
 * File format (`data/lexicon/en-ar.tsv.gz`, built by `scripts/build-lexicon.ts` from FreeDict
 * eng-ara + ara-eng, GPL-2.0-or-later; see `data/lexicon/NOTICE.md`): gzip of UTF-8 text,
 *
 *   # en-ar lexicon v1: … (first line: magic + source, licence, build command)
 *   key<TAB>arabic:weight|arabic:weight|…
 *
 * one line per lowercased English key (a word, a hyphenated word or a phrase of up to four
 * space-separated words), sorted by code unit; translations best first, at most 8, weights
 * with three decimals summing to 1 (re-normalised on load). Arabic never contains `|`, `:`
 * or tabs; lines starting with `#` are comments.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { AppError } from "../core/errors.js";
import { derivationalBases, isStopword, lemmaCandidates } from "./english.js";

export interface Translation {
  readonly arabic: string;
  /** Probability of this translation for the key; a key's weights sum to 1. */
  readonly weight: number;
}

export interface PhraseMatch {
  /** Number of tokens consumed (2–4). */
  readonly length: number;
  readonly translations: Translation[];
}

/** First characters of every lexicon file; anything else is rejected as corrupt. */
export const LEXICON_MAGIC = "# en-ar lexicon v1";

export const MAX_PHRASE_WORDS = 4;

const REBUILD_HINT = "Run `npm run lexicon:build` to regenerate it (needs dict-freedict-eng-ara/ara-eng).";

/** Sort best first (weight, then Arabic text for determinism) and scale weights to sum to 1. */
export function normaliseTranslations(list: Iterable<Translation>): Translation[] {
  const kept = [...list].filter((t) => t.arabic.length > 0 && Number.isFinite(t.weight) && t.weight > 0);
  const total = kept.reduce((sum, t) => sum + t.weight, 0);
  return kept
    .map((t) => ({ arabic: t.arabic, weight: t.weight / total }))
    .sort((a, b) => b.weight - a.weight || (a.arabic < b.arabic ? -1 : a.arabic > b.arabic ? 1 : 0));
}

/** Parse `arabic:weight|arabic:weight`; throws on a malformed item. */
export function parseTranslations(value: string): Translation[] {
  const out: Translation[] = [];
  for (const item of value.split("|")) {
    const colon = item.lastIndexOf(":");
    const arabic = item.slice(0, colon);
    const weight = Number(item.slice(colon + 1));
    if (colon <= 0 || !Number.isFinite(weight) || weight <= 0) {
      throw new AppError("LEXICON_INVALID", `malformed translation ${JSON.stringify(item)}`);
    }
    out.push({ arabic, weight });
  }
  return normaliseTranslations(out);
}

/**
 * The Arabic of `arabic:weight|…` in file order, with the checks `parseTranslations` makes
 * (a malformed item throws the same error), without building and sorting weighted lists.
 */
export function parseArabic(value: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (;;) {
    let end = value.indexOf("|", start);
    if (end < 0) end = value.length;
    const colon = end > start ? value.lastIndexOf(":", end - 1) : -1;
    const weight = colon > start ? Number(value.slice(colon + 1, end)) : Number.NaN;
    if (colon <= start || !Number.isFinite(weight) || weight <= 0) {
      throw new AppError(
        "LEXICON_INVALID",
        `malformed translation ${JSON.stringify(value.slice(start, end))}`,
      );
    }
    out.push(value.slice(start, colon));
    if (end === value.length) return out;
    start = end + 1;
  }
}

/** Key → raw `arabic:weight|…` value, decoded when asked for. */
export interface RawEntries {
  readonly size: number;
  get(key: string): string | undefined;
  keys(): IterableIterator<string>;
}

/**
 * Index the bytes of a lexicon file (after gunzip) without decoding its values: keys map to
 * the byte range of their value, decoded (UTF-8) and parsed on first look-up, which keeps
 * loading fast — the values are mostly Arabic, whose decoding dominates a full read. Checks
 * the header and that every line has a key, a tab and an `arabic:weight` value; throws
 * `LEXICON_INVALID` naming the line.
 */
export function indexLexiconBytes(bytes: Uint8Array): RawEntries {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buf.subarray(0, LEXICON_MAGIC.length).equals(Buffer.from(LEXICON_MAGIC))) {
    throw new AppError("LEXICON_INVALID", `missing header line "${LEXICON_MAGIC} …"`);
  }
  // Latin-1 maps each byte to one character: byte offsets and string offsets coincide, and
  // decoding is a plain copy. Only keys with non-ASCII bytes are decoded again as UTF-8.
  const bytesAsText = buf.toString("latin1");
  const ranges = new Map<string, number>();
  const starts: number[] = [];
  const ends: number[] = [];
  let lineNo = 0;
  let pos = 0;
  while (pos < bytesAsText.length) {
    let end = bytesAsText.indexOf("\n", pos);
    if (end < 0) end = bytesAsText.length;
    lineNo += 1;
    if (end > pos && bytesAsText.charCodeAt(pos) !== 35 /* # */) {
      const tab = bytesAsText.indexOf("\t", pos);
      const colon = tab < 0 ? -1 : bytesAsText.indexOf(":", tab);
      if (tab <= pos || tab >= end - 1 || colon < 0 || colon >= end) {
        throw new AppError("LEXICON_INVALID", `line ${lineNo}: expected key<TAB>arabic:weight|…`);
      }
      const key = bytesAsText.slice(pos, tab);
      ranges.set(/[\u0080-\u00ff]/.test(key) ? buf.toString("utf8", pos, tab) : key, starts.length);
      starts.push(tab + 1);
      ends.push(end);
    }
    pos = end + 1;
  }
  if (ranges.size === 0) throw new AppError("LEXICON_INVALID", "no entries");
  return {
    size: ranges.size,
    get: (key) => {
      const i = ranges.get(key);
      return i === undefined ? undefined : buf.toString("utf8", starts[i], ends[i]);
    },
    keys: () => ranges.keys(),
  };
}

/** Index the text of a lexicon file: key → raw value (tools and tests; see `indexLexiconBytes`). */
export function indexLexicon(text: string): Map<string, string> {
  const raw = indexLexiconBytes(Buffer.from(text, "utf8"));
  return new Map([...raw.keys()].map((key) => [key, raw.get(key) ?? ""]));
}

/** Parse the whole text of a lexicon file eagerly (tools and tests). */
export function parseLexicon(text: string): Map<string, Translation[]> {
  const out = new Map<string, Translation[]>();
  for (const [key, value] of indexLexicon(text)) out.set(key, parseTranslations(value));
  return out;
}

/** Serialise sorted entries to the file format above (`header` must start with `LEXICON_MAGIC`). */
export function formatLexicon(header: string, entries: ReadonlyMap<string, readonly Translation[]>): string {
  const lines = [header];
  for (const [key, list] of entries) {
    if (list.length === 0) continue;
    lines.push(`${key}\t${list.map((t) => `${t.arabic}:${Number(t.weight.toFixed(3))}`).join("|")}`);
  }
  return `${lines.join("\n")}\n`;
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
  readonly #source: string;
  readonly #size: number;
  /** sha256 of the file's bytes (undefined in memory): what derived tables may be cached by. */
  readonly fingerprint: string | undefined;
  /** First words of multi-word keys (space- or hyphen-joined), to skip hopeless phrase look-ups. */
  readonly #phraseHeads: ReadonlySet<string>;

  private constructor(
    raw: RawEntries,
    parsed: ReadonlyMap<string, readonly Translation[]>,
    source: string,
    fingerprint?: string,
  ) {
    this.fingerprint = fingerprint;
    // Exactly one of `raw` (from a file) and `parsed` (in memory) is non-empty.
    this.#raw = raw;
    for (const [key, list] of parsed) this.#parsed.set(key, list);
    this.#size = raw.size + parsed.size;
    this.#source = source;
    const heads = new Set<string>();
    for (const key of [...raw.keys(), ...parsed.keys()]) {
      if (!key.includes(" ") && !key.includes("-")) continue;
      const head = key.split(/[ -]/, 1)[0];
      if (head !== undefined && head.length > 0) heads.add(head);
    }
    this.#phraseHeads = heads;
  }

  /**
   * Read a gzipped lexicon file (see the format at the top of this module). Throws
   * `AppError("LEXICON_INVALID")` naming the path when it is missing, not gzip, or malformed.
   * Values are checked structurally at load and parsed on first look-up.
   */
  static async load(path: string): Promise<Lexicon> {
    let gz: Buffer;
    try {
      gz = await readFile(path);
    } catch (error) {
      throw new AppError("LEXICON_INVALID", `Cannot read lexicon ${path}. ${REBUILD_HINT}`, { cause: error });
    }
    let raw: RawEntries;
    try {
      raw = indexLexiconBytes(gunzipSync(gz));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new AppError("LEXICON_INVALID", `Lexicon ${path} is corrupt (${detail}). ${REBUILD_HINT}`, {
        cause: error,
      });
    }
    return new Lexicon(raw, new Map(), path, createHash("sha256").update(gz).digest("hex"));
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
   * the first key found: `ministers` finds `ministers` if the lexicon has it, else `minister`.
   * Best first, weights summing to 1; empty when nothing matches.
   */
  lookup(word: string): Translation[] {
    return [...(this.#find(word) ?? [])];
  }

  /**
   * Translations of the base words a derived word comes from (`national` → `nation`),
   * merged and normalised; empty when the lexicon knows none of them.
   */
  lookupDerived(word: string): Translation[] {
    const merged = new Map<string, number>();
    let decay = 1;
    for (const base of derivationalBases(word)) {
      const list = this.#get(base);
      if (list === undefined) continue;
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
