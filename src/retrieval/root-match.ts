import { analyzeArabic } from "../text/arabic-analyzer.js";
import { normalizeArabic } from "../text/normalize.js";
import type { TermSet } from "./matching.js";
import type { QueryPlan } from "./query-plan.js";

/**
 * Root matches as weak sentence evidence for English questions. A dictionary renders an
 * English word with one derivation of an Arabic root while the text often uses another
 * (teacher → المعلم where the text says التعليم; defender → المدافع where it says الدفاع):
 * the analyzer's views (surface, light stem, Snowball stem) do not join them. A consonant key
 * (article, one suffix and the derivational prefix letters removed, then the weak letters)
 * does. As query expansion such keys cost precision (a root joins many words: علم is
 * knowledge, science, flag and teacher; data/lexicon/MEASUREMENTS.md), so they only credit a
 * question word in a sentence where none of its own forms is found, at the credit the
 * Snowball view gets, and only inside the sentence-level evidence of the ranking.
 */

/** Prefixes carrying the article (with a conjunction or preposition), longest first. */
const ARTICLE_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"];
/** Plural, dual, feminine and pronoun endings (ta marbuta is ه after normalisation). */
const SUFFIXES = ["ات", "ون", "ين", "ان", "ها", "هم", "ه", "ي"];
/** Letters that open derived forms (مفعول، تفعيل، يفعل، افتعال، انفعال). */
const DERIVATION_PREFIXES = new Set(["م", "ت", "ي", "ا", "ن"]);
const WEAK = /[اويءى]/g;
/** Keys shorter than this join too many unrelated words. */
const MIN_KEY = 3;

/** Consonant key of an Arabic word ("" when too short to tell): المدافعين, الدفاع, دافع → دفع; انطلاق, أطلق → طلق. */
export function rootKey(word: string): string {
  let w = normalizeArabic(word);
  if (!/[\u0621-\u064A]/.test(w)) return "";
  const article = ARTICLE_PREFIXES.find((p) => w.startsWith(p) && w.length - p.length >= 3);
  if (article !== undefined) w = w.slice(article.length);
  const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3);
  if (suffix !== undefined) w = w.slice(0, -suffix.length);
  // Forms stack their prefix letters (انطلاق، مستخدم): strip while more than three consonants remain.
  while (DERIVATION_PREFIXES.has(w[0] ?? "") && w.replace(WEAK, "").length > 3) w = w.slice(1);
  const key = w.replace(WEAK, "");
  return key.length >= MIN_KEY ? key : "";
}

/** Least share of a word's translation weight whose root counts (rarer senses are noise). */
const MIN_FORM_WEIGHT = 0.1;

/**
 * Root keys of each word of an English plan (one-word translations of some weight), or
 * undefined for an Arabic plan: an Arabic asker writes the text's own words, and the
 * analyzer's Snowball view already joins their forms.
 */
export function planRootKeys(plan: QueryPlan): ReadonlySet<string>[] | undefined {
  if (plan.lang !== "en") return undefined;
  return plan.words.map((word) => {
    const keys = new Set<string>();
    for (const form of word.forms) {
      if (form.weight < MIN_FORM_WEIGHT || form.arabic.includes(" ")) continue;
      for (const token of analyzeArabic(form.arabic)) {
        const key = token.isStopword ? "" : rootKey(token.norm);
        if (key !== "") keys.add(key);
      }
    }
    return keys;
  });
}

/** Root keys of a span, from its term set's surface views (cached per set: sets are reused). */
const KEYS_OF_TERMS = new WeakMap<TermSet, ReadonlySet<string>>();

export function rootKeysOf(terms: TermSet): ReadonlySet<string> {
  let keys = KEYS_OF_TERMS.get(terms);
  if (keys === undefined) {
    const found = new Set<string>();
    for (const term of terms) {
      if (!term.startsWith("n:")) continue;
      const key = rootKey(term.slice(2));
      if (key !== "") found.add(key);
    }
    keys = found;
    KEYS_OF_TERMS.set(terms, keys);
  }
  return keys;
}

/**
 * Per-word strengths in a span with root matches added: a word whose own forms are weaker
 * than `credit` there, and one of whose root keys the span holds, counts `credit`.
 */
export function withRootMatches(
  strengths: readonly number[],
  wordKeys: readonly ReadonlySet<string>[],
  spanKeys: ReadonlySet<string>,
  credit: number,
): number[] {
  return strengths.map((s, i) => {
    if (s >= credit) return s;
    const keys = wordKeys[i];
    if (keys === undefined) return s;
    for (const key of keys) if (spanKeys.has(key)) return credit;
    return s;
  });
}
