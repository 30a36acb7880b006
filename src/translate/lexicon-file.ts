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
import { AppError } from "../core/errors.js";

export interface Translation {
  readonly arabic: string;
  /** Probability of this translation for the key; a key's weights sum to 1. */
  readonly weight: number;
}

/** First characters of every lexicon file; anything else is rejected as corrupt. */
export const LEXICON_MAGIC = "# en-ar lexicon v1";

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
