/**
 * The offline fallback for English readers of a document that has no aligned translation: a
 * glossary line under a quote, listing its content words with their dictionary senses
 * (`وزير — minister, vizier · الأزمة — crisis`). It is a reading aid, not a translation, and
 * front ends label it so.
 *
 * The lexicon maps English → Arabic with P(arabic | english); this module inverts it once per
 * lexicon (lazily, cached; well under a second on an idle core): every single-word Arabic
 * translation is indexed under its bare form and its light stem, with the English keys that
 * give it. Inflected English keys whose base is also a key (`ministers` beside `minister`)
 * are left out, as are phrases longer than two words, so senses read as dictionary
 * headwords. Pure apart from the cache.
 */
import { analyzeArabic, lightStem } from "../text/arabic-analyzer.js";
import { withoutArticle } from "../text/arabic-clitics.js";
import { ARABIC_STOPWORDS } from "../text/arabic-stopwords.js";
import { normalizeArabic } from "../text/normalize.js";
import type { WordFrequencies } from "./frequency.js";
import type { Lexicon } from "./lexicon.js";

export interface GlossEntry {
  /** The word as written in the quote. */
  readonly arabic: string;
  /** English senses, best first. */
  readonly senses: readonly string[];
}

export interface GlossOptions {
  /** Most words listed (default 8), in quote order. */
  readonly maxWords?: number;
  /** Most senses per word (default 2). */
  readonly maxSenses?: number;
  /**
   * How common English words are (`frequency.ts`); without it, how many dictionary phrases
   * use a word stands in for it.
   */
  readonly frequencies?: WordFrequencies;
}

type Senses = Map<string, number>;

export interface ReverseLexicon {
  /** Arabic word without proclitics and article (see `withoutArticle`) → English key → P(arabic | english). */
  readonly byForm: ReadonlyMap<string, Senses>;
  /** Light stem → English key → P(arabic | english) (a looser match, weighted down). */
  readonly byStem: ReadonlyMap<string, Senses>;
  /** English word → how many multi-word keys contain it: a proxy for how common it is. */
  readonly phraseCount: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Lexicon, ReverseLexicon>();
const ENGLISH_KEY = /^[a-z][a-z'-]*(?: [a-z][a-z'-]*)?$/;
/** Weight of a stem-only match relative to a match of the word itself. */
const STEM_MATCH = 0.35;
/** A second sense is shown only when it scores at least this share of the first. */
const SECOND_SENSE = 0.5;

/**
 * An inflected English key whose base is a key too (`ministers`, `discussed`): noise in a
 * glossary. Bases shorter than three letters (four for `-d`) are not taken, so `bed` is not
 * read as `be` + d, nor `seed` as `see` + d.
 */
function isInflected(key: string, keys: ReadonlySet<string>): boolean {
  const stem = (cut: number, add = "") => {
    const base = key.slice(0, -cut) + add;
    return base.length >= (cut === 1 && key.endsWith("d") ? 4 : 3) && keys.has(base);
  };
  return (
    (key.endsWith("s") && stem(1)) ||
    (key.endsWith("es") && stem(2)) ||
    (key.endsWith("ies") && stem(3, "y")) ||
    (key.endsWith("ed") && (stem(2) || stem(1))) ||
    (key.endsWith("ing") && (stem(3) || stem(3, "e")))
  );
}

function add(map: Map<string, Senses>, arabic: string, english: string, weight: number): void {
  let senses = map.get(arabic);
  if (senses === undefined) {
    senses = new Map();
    map.set(arabic, senses);
  }
  senses.set(english, Math.max(senses.get(english) ?? 0, weight));
}

/** The Arabic → English view of a lexicon (built on first use, then cached per lexicon). */
export function reverseLexicon(lexicon: Lexicon): ReverseLexicon {
  const cached = cache.get(lexicon);
  if (cached !== undefined) return cached;
  const entries = [...lexicon.entries()];
  const keys = new Set<string>();
  const phraseCount = new Map<string, number>();
  for (const [key] of entries) {
    keys.add(key);
    if (!/[ -]/.test(key)) continue;
    for (const word of key.split(/[ -]/)) phraseCount.set(word, (phraseCount.get(word) ?? 0) + 1);
  }
  // Arabic strings recur across English keys: analyse each once.
  const analysed = new Map<string, { bare: string; stem: string } | null>();
  const analyse = (arabic: string) => {
    let found = analysed.get(arabic);
    if (found === undefined) {
      const form = normalizeArabic(arabic);
      found =
        form.length < 2 || /\s/.test(form) ? null : { bare: withoutArticle(form), stem: lightStem(form) };
      analysed.set(arabic, found);
    }
    return found;
  };
  const byForm = new Map<string, Senses>();
  const byStem = new Map<string, Senses>();
  for (const [english, translations] of entries) {
    if (!ENGLISH_KEY.test(english) || isInflected(english, keys)) continue;
    for (const t of translations) {
      const views = analyse(t.arabic);
      if (views === null) continue;
      add(byForm, views.bare, english, t.weight);
      add(byStem, views.stem, english, t.weight);
    }
  }
  const built = { byForm, byStem, phraseCount };
  cache.set(lexicon, built);
  return built;
}

/**
 * Senses of one word, best first. A sense's score is P(arabic | english) — from a match of
 * the word itself, or weighted down from a match of its stem — times log(2 + how common the
 * English word is): its frequency in running text where known, else how many dictionary
 * phrases use it, since rare English words (`vizier`, `java` for مدينة) otherwise outrank
 * common ones with the same weight.
 */
function sensesOf(
  reverse: ReverseLexicon,
  norm: string,
  light: string,
  max: number,
  frequencies: WordFrequencies | undefined,
): string[] {
  const countOf = (w: string) => (frequencies === undefined ? reverse.phraseCount : frequencies).get(w) ?? 0;
  const commonness = (english: string) =>
    Math.log(2 + english.split(" ").reduce((n, w) => n + countOf(w), 0));
  const scores = new Map<string, number>();
  for (const [english, weight] of reverse.byForm.get(withoutArticle(norm)) ?? []) {
    scores.set(english, weight * commonness(english));
  }
  for (const [english, weight] of reverse.byStem.get(light) ?? []) {
    const score = STEM_MATCH * weight * commonness(english);
    if (score > (scores.get(english) ?? 0)) scores.set(english, score);
  }
  const ranked = [...scores].sort(([a, sa], [b, sb]) => sb - sa || (a < b ? -1 : a > b ? 1 : 0));
  const best = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, score], i) => i === 0 || score >= SECOND_SENSE * best)
    .slice(0, max)
    .map(([english]) => english);
}

/**
 * The quote's content words (Arabic, not stopwords, one per light stem) that the lexicon
 * knows, with their senses, in quote order; at most `maxWords`.
 */
export function glossWords(quoteText: string, lexicon: Lexicon, options: GlossOptions = {}): GlossEntry[] {
  const maxWords = options.maxWords ?? 8;
  const maxSenses = options.maxSenses ?? 2;
  const reverse = reverseLexicon(lexicon);
  const seen = new Set<string>();
  const out: GlossEntry[] = [];
  for (const token of analyzeArabic(quoteText)) {
    if (out.length >= maxWords) break;
    if (token.isStopword || token.script !== "arabic" || token.norm.length < 2) continue;
    // A preposition glued to a function word («بهذا»، «لذلك») is still a function word.
    if (/^[بلك]/.test(token.norm) && ARABIC_STOPWORDS.has(token.norm.slice(1))) continue;
    if (seen.has(token.light)) continue;
    seen.add(token.light);
    const senses = sensesOf(reverse, token.norm, token.light, maxSenses, options.frequencies);
    if (senses.length === 0) continue;
    out.push({ arabic: quoteText.slice(token.start, token.end), senses });
  }
  return out;
}

/**
 * One line glossing a quote: `word — sense, sense · word — sense …`, or "" when the lexicon
 * knows none of its content words. Not a translation: label it (e.g. "Glossary:") when shown.
 */
export function glossLine(quoteText: string, lexicon: Lexicon, options: GlossOptions = {}): string {
  return glossWords(quoteText, lexicon, options)
    .map((entry) => `${entry.arabic} — ${entry.senses.join(", ")}`)
    .join(" · ");
}

/** What answers use to gloss a quote: its gloss line, or "" when there is nothing to show. */
export type Glossary = (quoteText: string) => string;

/** The glossary of a lexicon (the reverse lexicon is built on the first call, not here). */
export function glossaryOf(lexicon: Lexicon, options: GlossOptions = {}): Glossary {
  return (quoteText) => glossLine(quoteText, lexicon, options);
}
