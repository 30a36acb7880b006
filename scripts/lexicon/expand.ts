/**
 * Widening the FreeDict lexicon with general resources (run by `widen.ts`):
 *
 *  - WordNet (English side): an English word's translations are mixed with the translations
 *    of its synonyms, derivations, pertainyms and similar adjectives (`WordNet.related`).
 *    FreeDict's eng-ara list is almost one sense per word (1.5 translations per key), so
 *    `negotiation` → المفاوضات only, while its synonym `talks` brings المحادثات. Words FreeDict
 *    lacks but WordNet knows get their relatives' translations alone. With `bySense`, a
 *    relative counts as much as the linking synset is its usual sense (a synonym's dictionary
 *    translation renders its dominant sense).
 *    Mixing: final = (1 − α)·own + α·related, with α = `share` (or `thinShare` when the word
 *    has a single own translation, 1 when it has none); then the weak tail is dropped, at most
 *    `maxTranslations` are kept, and weights are renormalised.
 *  - Arabic thesaurus (Arabic side): each translation lends a share to its synonyms.
 *  - Verb forms: FreeDict's Form I imperatives/presents also give their perfect.
 */
import { analyzeArabic } from "../../src/text/arabic-analyzer.js";
import { normalizeArabic } from "../../src/text/normalize.js";
import { sharesArabicRoot } from "../../src/translate/arabic-root.js";
import { isStopword, lemmaCandidates } from "../../src/translate/english.js";
import type { Translation } from "../../src/translate/lexicon.js";
import { DEFAULT_RELATIONS, type RelationWeights, type WordNet } from "./wordnet.js";

export interface ExpandOptions {
  /** Weight of the related words' translations for a word with two or more of its own. */
  readonly share: number;
  /** Same, for a word with a single own translation. */
  readonly thinShare: number;
  readonly maxTranslations: number;
  /** Candidates below this fraction of the best are dropped. */
  readonly minRelative: number;
  readonly relations: RelationWeights;
  /** Also add WordNet's multi-word lemmas as phrase keys. */
  readonly phrases: boolean;
  /** Weight each relative by how likely it has the linking sense (`WordNet.senseProbability`). */
  readonly bySense: boolean;
  /** Weight each relative by how common it is (`WordNet.commonness`). */
  readonly byCommonness: boolean;
  /** Count a key's translations by root (`sharesArabicRoot`): المدينة + المدن is one sense. */
  readonly thinByRoot: boolean;
  /** Weight senses by their tagged frequency in WordNet's concordance, not by rank alone. */
  readonly byFrequency: boolean;
  /**
   * A translation only the relatives bring weighs at most this share of the word's best own
   * translation (0 = no cap): a synonym's other senses (league ~ conference → المؤتمر) then
   * widen a word without outranking what the dictionary gives for the word itself.
   */
  readonly ownLead: number;
  /**
   * Translate multi-word relatives the dictionary lacks word by word (`composedTranslation`):
   * for keys without translations of their own (`unknown`), for every key (`all`), or not.
   */
  readonly compose: "none" | "unknown" | "all";
}

export const DEFAULT_EXPAND: ExpandOptions = {
  share: 0.3,
  thinShare: 0.45,
  maxTranslations: 8,
  minRelative: 0.08,
  relations: DEFAULT_RELATIONS,
  phrases: false,
  bySense: false,
  byCommonness: false,
  thinByRoot: false,
  byFrequency: false,
  ownLead: 0,
  compose: "none",
};

export interface ExpandStats {
  widened: number;
  added: number;
}

type Scored = { arabic: string; score: number };

export function finaliseScores(
  scored: Iterable<Scored>,
  maxTranslations: number,
  minRelative: number,
): Translation[] {
  const list = [...scored].filter((c) => c.score > 0);
  list.sort((a, b) => b.score - a.score || (a.arabic < b.arabic ? -1 : a.arabic > b.arabic ? 1 : 0));
  const top = list[0]?.score ?? 0;
  const kept = list.filter((c) => c.score >= top * minRelative).slice(0, maxTranslations);
  const total = kept.reduce((sum, c) => sum + c.score, 0);
  return kept.map((c) => ({ arabic: c.arabic, weight: c.score / total }));
}

function accumulate(bag: Map<string, Scored>, list: readonly Translation[], factor: number): void {
  for (const t of list) {
    const norm = normalizeArabic(t.arabic);
    const found = bag.get(norm);
    if (found === undefined) bag.set(norm, { arabic: t.arabic, score: factor * t.weight });
    else found.score += factor * t.weight;
  }
}

/**
 * Endings of words WordNet lists on their own that only look like a comparative of a base
 * (number ↛ numb, power ↛ pow, corner ↛ corn). Not -ly or -s: a WordNet lemma in -s is most
 * often a plural that needs its singular's senses too (measured with -ly/-s: xquad-dev English
 * R@1 .804 → .796 with the sentence-proximity ranking; data/lexicon/MEASUREMENTS.md).
 */
const OWN_WORD_ENDINGS = /(?:er|est)$/;

/**
 * WordNet lemmas a lexicon key stands for: itself, its irregular bases, its first regular base
 * (not for a WordNet lemma ending in -er or -est, see below).
 */
function wordNetBases(key: string, wn: WordNet): string[] {
  const out: string[] = [];
  if (wn.has(key)) out.push(key);
  for (const b of wn.exceptionBases(key)) if (wn.has(b) && !out.includes(b)) out.push(b);
  const regular = lemmaCandidates(key)
    .slice(1)
    .find((c) => wn.has(c));
  // A key WordNet lists as a word of its own that only looks like a comparative (number,
  // power) is not that form of its look-alike base (numb, pow); participles (named, used,
  // building) keep their verb.
  if (wn.has(key) && OWN_WORD_ENDINGS.test(key)) return out;
  if (regular !== undefined && !out.includes(regular)) out.push(regular);
  return out;
}

/**
 * A multi-word WordNet lemma the dictionary lacks, translated word by word (`comb jelly` →
 * «مشط هلام» for `ctenophore`, which has no translation of its own): each content word's best
 * single-word translation, in order. Undefined when some content word has none.
 */
export function composedTranslation(
  phrase: string,
  own: ReadonlyMap<string, readonly Translation[]>,
): Translation[] | undefined {
  const words = phrase.split(/[ -]/).filter((w) => w.length > 1 && !isStopword(w));
  if (words.length < 2) return undefined;
  const parts: string[] = [];
  for (const word of words) {
    const list = lemmaCandidates(word)
      .map((c) => own.get(c))
      .find((l) => l !== undefined);
    const best = list?.find((t) => !t.arabic.includes(" "));
    if (best === undefined) return undefined;
    parts.push(best.arabic);
  }
  return [{ arabic: parts.join(" "), weight: 1 }];
}

/** Translations of a key's WordNet relatives, weighted and normalised (empty if none known). */
export function relatedTranslations(
  key: string,
  own: ReadonlyMap<string, readonly Translation[]>,
  wn: WordNet,
  relations: RelationWeights,
  bySense = false,
  byCommonness = false,
  byFrequency = false,
  compose = false,
): Translation[] {
  const related = new Map<string, number>();
  for (const base of wordNetBases(key, wn)) {
    if (base !== key) related.set(base, (related.get(base) ?? 0) + relations.synonym);
    for (const [word, w] of wn.related(base, relations, bySense, byCommonness, byFrequency))
      related.set(word, (related.get(word) ?? 0) + w);
  }
  const bag = new Map<string, Scored>();
  for (const [word, w] of related) {
    const list = own.get(word) ?? (compose ? composedTranslation(word, own) : undefined);
    if (list !== undefined) accumulate(bag, list, w);
  }
  const total = [...bag.values()].reduce((s, c) => s + c.score, 0);
  if (total === 0) return [];
  return [...bag.values()].map((c) => ({ arabic: c.arabic, weight: c.score / total }));
}

/** Cap the translations absent from `mine` at `lead` × the best of those present (see `ownLead`). */
function capRelatedOnly(bag: Map<string, Scored>, mine: readonly Translation[], lead: number): void {
  const own = new Set(mine.map((t) => normalizeArabic(t.arabic)));
  let best = 0;
  for (const [norm, c] of bag) if (own.has(norm)) best = Math.max(best, c.score);
  for (const [norm, c] of bag) if (!own.has(norm)) c.score = Math.min(c.score, lead * best);
}

/** Number of translations that share no root with an earlier one. */
function distinctRoots(list: readonly Translation[]): number {
  let count = 0;
  list.forEach((t, i) => {
    if (!list.slice(0, i).some((u) => sharesArabicRoot(u.arabic, t.arabic))) count += 1;
  });
  return count;
}

/** Every FreeDict key widened through WordNet, plus WordNet's own lemmas; keys sorted. */
export function expandWithWordNet(
  own: ReadonlyMap<string, readonly Translation[]>,
  wn: WordNet,
  options: ExpandOptions = DEFAULT_EXPAND,
): { entries: Map<string, Translation[]>; stats: ExpandStats } {
  const stats: ExpandStats = { widened: 0, added: 0 };
  const keys = new Set(own.keys());
  for (const lemma of wn.lemmas()) {
    if (/^[a-z][a-z'-]*$/.test(lemma) || (options.phrases && /^[a-z][a-z' -]*$/.test(lemma))) keys.add(lemma);
  }
  const out = new Map<string, Translation[]>();
  for (const key of [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const mine = own.get(key) ?? [];
    const related = relatedTranslations(
      key,
      own,
      wn,
      options.relations,
      options.bySense,
      options.byCommonness,
      options.byFrequency,
      options.compose === "all" || (options.compose === "unknown" && mine.length === 0),
    );
    if (related.length === 0) {
      if (mine.length > 0) out.set(key, [...mine]);
      continue;
    }
    const senses = options.thinByRoot ? distinctRoots(mine) : mine.length;
    const alpha = senses === 0 ? 1 : senses === 1 ? options.thinShare : options.share;
    const bag = new Map<string, Scored>();
    accumulate(bag, mine, 1 - alpha);
    accumulate(bag, related, alpha);
    if (options.ownLead > 0 && mine.length > 0) capRelatedOnly(bag, mine, options.ownLead);
    const list = finaliseScores(bag.values(), options.maxTranslations, options.minRelative);
    if (list.length === 0) continue;
    if (mine.length === 0) stats.added += 1;
    else stats.widened += 1;
    out.set(key, list);
  }
  return { entries: out, stats };
}

/**
 * Arabic side: each single-word translation lends `share` of its weight to its synonyms in
 * an Arabic thesaurus (`mythes.ts`), split evenly among them.
 */
export function expandWithThesaurus(
  entries: ReadonlyMap<string, readonly Translation[]>,
  synonymsOf: (arabic: string) => readonly string[] | undefined,
  share: number,
  options: Pick<ExpandOptions, "maxTranslations" | "minRelative"> = DEFAULT_EXPAND,
): { entries: Map<string, Translation[]>; widened: number } {
  const out = new Map<string, Translation[]>();
  let widened = 0;
  for (const [key, list] of entries) {
    const bag = new Map<string, Scored>();
    accumulate(bag, list, 1);
    let added = false;
    for (const t of list) {
      if (t.arabic.includes(" ")) continue;
      const synonyms = synonymsOf(t.arabic);
      if (synonyms === undefined || synonyms.length === 0) continue;
      accumulate(
        bag,
        synonyms.map((arabic) => ({ arabic, weight: t.weight / synonyms.length })),
        share,
      );
      added = true;
    }
    if (added) widened += 1;
    out.set(
      key,
      added ? finaliseScores(bag.values(), options.maxTranslations, options.minRelative) : [...list],
    );
  }
  return { entries: out, widened };
}

/**
 * Drop translations that cannot stand for the key, when the key has others:
 *  - explanations, `minWords` words or more (vail → «طأطأ احتراما أو خضوعا», across → «على هيئة
 *    صليب»; 0 = keep): their words match passages about anything but the key;
 *  - with `stopwords`, translations made of Arabic stopwords only (five → في, yard → أنت): the
 *    analyzer drops them from queries, so they only take weight from the real translations.
 *    English function words (must → يجب أن) keep theirs.
 */
export function withoutUnusableTranslations(
  entries: ReadonlyMap<string, readonly Translation[]>,
  minWords: number,
  stopwords: boolean,
): { entries: Map<string, Translation[]>; changed: number } {
  const out = new Map<string, Translation[]>();
  let changed = 0;
  const usable = (arabic: string) =>
    (minWords <= 0 || arabic.split(" ").length < minWords) &&
    !(stopwords && analyzeArabic(arabic).every((t) => t.isStopword));
  for (const [key, list] of entries) {
    // An English function word (must, in) is rendered by Arabic function words (يجب أن, في).
    const kept = isStopword(key) ? list : list.filter((t) => usable(t.arabic));
    if (kept.length === 0 || kept.length === list.length) {
      out.set(key, [...list]);
      continue;
    }
    const total = kept.reduce((sum, t) => sum + t.weight, 0);
    out.set(
      key,
      kept.map((t) => ({ arabic: t.arabic, weight: t.weight / total })),
    );
    changed += 1;
  }
  return { entries: out, changed };
}

/** Form I verbs as the Arabeyes list writes them: imperative إ + three consonants (إنشر), present ي + three (يكتب). */
const FORM_I_IMPERATIVE = /^إ[^اويىةءآأإئؤ\s]{3}$/u;
const FORM_I_PRESENT = /^ي[^اويىةءآأإئؤ\s]{3}$/u;

/** Shares of the perfect (نشر) in the weight of a Form I imperative and present translation. */
export interface PerfectShares {
  readonly imperative: number;
  readonly present: number;
}

/**
 * FreeDict renders many English verbs as Arabic imperatives (`publish` → إنشر, `know` →
 * إعرف) or present tenses (`write` → يكتب). Running text hardly uses the imperative, and
 * the perfect (نشر, كتب) is both the citation form and the stem of the past forms (نشرت،
 * كتبوا), which the analyzer's stems do not link to the prefixed forms. For keys that are
 * verbs (`isVerb`: the key or a base form), the perfect takes a share of such a translation's
 * weight. Nouns of the same shape (إثم، إرث) are left alone unless their key is also a verb.
 */
export function perfectForVerbs(
  entries: ReadonlyMap<string, readonly Translation[]>,
  isVerb: (key: string) => boolean,
  shares: PerfectShares,
  options: Pick<ExpandOptions, "maxTranslations" | "minRelative"> = DEFAULT_EXPAND,
): { entries: Map<string, Translation[]>; changed: number } {
  const shareOf = (arabic: string): number =>
    FORM_I_IMPERATIVE.test(arabic) ? shares.imperative : FORM_I_PRESENT.test(arabic) ? shares.present : 0;
  const out = new Map<string, Translation[]>();
  let changed = 0;
  for (const [key, list] of entries) {
    if (!list.some((t) => shareOf(t.arabic) > 0) || !isVerb(key)) {
      out.set(key, [...list]);
      continue;
    }
    const bag = new Map<string, Scored>();
    for (const t of list) {
      const share = shareOf(t.arabic);
      accumulate(bag, [t], 1 - share);
      if (share > 0) accumulate(bag, [{ arabic: t.arabic.slice(1), weight: t.weight }], share);
    }
    changed += 1;
    out.set(key, finaliseScores(bag.values(), options.maxTranslations, options.minRelative));
  }
  return { entries: out, changed };
}
