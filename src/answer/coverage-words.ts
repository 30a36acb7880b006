import type { LexicalIndex } from "../index/lexical-index.js";
import { termSetOf } from "../retrieval/matching.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { choiceAlternative } from "../text/answer-type.js";
import { analyzeArabic } from "../text/arabic-analyzer.js";
import { withoutArticle } from "../text/arabic-clitics.js";
import { normalizeArabic } from "../text/normalize.js";
import { type TimeDirection, timeDirectionWords } from "../text/relative-time.js";

/**
 * How the words of a question count as evidence for coverage (`coverage.ts`) beyond their
 * presence one by one: words pointing the same way in time stand for each other and a person
 * named by several words is one thing asked.
 */

/** The exact and light-stem terms of the words pointing in a direction in time. */
const DIRECTION_TERMS = new Map<TimeDirection, readonly string[]>(
  (["past", "future"] as const).map((d) => [
    d,
    timeDirectionWords(d).flatMap((w) => [...termSetOf(w)].filter((t) => !t.startsWith("r:"))),
  ]),
);

/** Whether a set of terms holds a word pointing in a direction in time («المقبل»: future). */
export function pointsTo(has: (term: string) => boolean, direction: TimeDirection | undefined): boolean {
  return direction !== undefined && (DIRECTION_TERMS.get(direction) ?? []).some(has);
}

/** The normalised words of a text, without the article. */
function bareWords(text: string): string[] {
  return analyzeArabic(text).map((t) => withoutArticle(t.norm));
}

/**
 * One person named by several words («أيمن الصفدي», «سيرغي لافروف») is one thing asked: their
 * words weigh together as the weightiest of them, so a question on something the article never
 * says about them («أين درس أيمن الصفدي؟») is not carried by the length of their name.
 */
export function onePerPerson(
  plan: QueryPlan,
  idfs: readonly number[],
  present: readonly boolean[],
  fullNames: readonly string[],
): number[] {
  const out = [...idfs];
  // A full name opens with a given name, which takes no article: «الحضرية الضخمة» read as a
  // name after a title is an adjective phrase, and its words are two things asked.
  for (const name of fullNames.filter((n) => !/^\s*ال/.test(normalizeArabic(n)))) {
    const parts = new Set(bareWords(name));
    const naming = plan.words.flatMap((w, i) => {
      const own = bareWords(plan.lang === "ar" ? w.surface : (w.forms[0]?.arabic ?? ""));
      return present[i] === true && own.length > 0 && own.every((x) => parts.has(x)) ? [i] : [];
    });
    if (naming.length < 2) continue;
    const heaviest = Math.max(...naming.map((i) => out[i] ?? 0));
    for (const [k, i] of naming.entries()) out[i] = k === 0 ? heaviest : 0;
  }
  return out;
}

/**
 * The plan word naming the party a stance or statement is asked of (`stanceHolder`'s word,
 * lower-cased), a possessive aside ("Israel's"): one reading for every rule on that party.
 */
export function holderIndex(plan: QueryPlan, holder: string | undefined): number | undefined {
  if (holder === undefined) return undefined;
  const at = plan.words.findIndex((w) =>
    w.surface
      .toLowerCase()
      .replace(/(?:'s|’s)$/u, "")
      .split(/\s+/)
      .includes(holder),
  );
  return at < 0 ? undefined : at;
}

/** A capitalised word past the question's first: a name, not a capital opening a sentence. */
export function namesInside(question: string, surface: string): boolean {
  return /^\p{Lu}/u.test(surface) && !question.trimStart().startsWith(surface);
}

/** The Arabic of a planned word: itself, or an English word's most probable translation. */
export function arabicOf(plan: QueryPlan, w: QueryPlan["words"][number]): string {
  return plan.lang === "ar" ? w.surface : (w.forms[0]?.arabic ?? "");
}

/** Lower-cased, normalised words of a text. */
function wordsOf(text: string): string[] {
  return normalizeArabic(text.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Whether a question word belongs to the side a choice question offers after «أم»/«ولا»/"or"
 * ("Was it in Moscow or in Beijing?"): that side may be absent from the text, and its absence
 * is the answer, not a sign the question is about something else.
 */
export function offeredAlternative(plan: QueryPlan): (surface: string) => boolean {
  const alternative = choiceAlternative(plan.question, plan.lang);
  if (alternative === undefined) return () => false;
  const offered = new Set(wordsOf(alternative));
  return (surface) => wordsOf(surface).every((w) => offered.has(w));
}

/**
 * The option a choice question names before its particle ("Tehran" in "in Tehran or Sochi?"):
 * offered as well when the other option is the text's, so the question is answered with it.
 */
export function optionBefore(plan: QueryPlan): (surface: string) => boolean {
  const alternative = choiceAlternative(plan.question, plan.lang);
  if (alternative === undefined) return () => false;
  const text = plan.lang === "ar" ? normalizeArabic(plan.question) : plan.question;
  const before = new Set(
    text
      .slice(0, text.length - alternative.length)
      .trim()
      .split(/\s+/)
      .slice(-2, -1)
      .flatMap(wordsOf),
  );
  return (surface) => wordsOf(surface).every((w) => before.has(w));
}

/**
 * «بدور» read as a name (Badour) is «ب» + «دور» (role) too: a name with a preposition or
 * conjunction glued on counts as present where the word after it is.
 */
export function gluedWordIn(
  lang: QueryPlan["lang"],
  word: QueryPlan["words"][number],
  has: (term: string) => boolean,
): boolean {
  if (lang !== "ar" || !word.specific) return false;
  const norm = normalizeArabic(word.surface);
  const rest = /^[وفبلك](\S{3,})$/.exec(norm)?.[1];
  return rest !== undefined && (has(`n:${rest}`) || has(`l:${rest}`));
}

/** The content words of an English surface ("foreign ministers" → both). */
export function englishWordsOf(surface: string): string[] {
  return surface.split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 1);
}

/**
 * A light stem this short is shared by unrelated words («عملة» currency and «عملية» process
 * both stem to «عمل»): over a translated text, an English word's translation found only so is
 * not counted present, the translation itself being the better witness.
 */
const SHORT_STEM = 4;

/** Whether a word occurs in the corpus in an exact or light-stem form. */
export function inCorpus(words: LexicalIndex, plan: QueryPlan, i: number, strictStems = false): boolean {
  const group = plan.words[i]?.group;
  if (group === undefined) return false;
  return group.alternatives.some(
    (alt) =>
      alt.weight > 0 &&
      !alt.term.startsWith("r:") &&
      !(strictStems && alt.term.startsWith("l:") && [...alt.term.slice(2)].length < SHORT_STEM) &&
      words.has(alt.term),
  );
}
