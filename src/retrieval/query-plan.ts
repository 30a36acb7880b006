import type { Lang } from "../core/types.js";
import type { QueryGroup, WeightedTerm } from "../index/lexical-index.js";
import { answerType } from "../text/answer-type.js";
import {
  type AnalyzedToken,
  analyzeArabic,
  charNgrams,
  derivedStems,
  GRAM_SIZE,
} from "../text/arabic-analyzer.js";
import {
  isArabicDateNoun,
  isArabicFrameWord,
  isArabicTypeNoun,
  isRulerTitle,
  isTopicPointer,
} from "../text/question-words.js";

/**
 * A question turned into what retrieval needs: structured lexical groups (one per content
 * word), sub-word n-gram groups, an Arabic text for the embedder, and per-word facts the
 * answerer uses (which words are specific enough that their absence means "not covered").
 */

/** How much a match in each analyzer view counts (strict to loose; sums to 1). */
export const VIEW_WEIGHTS = { n: 0.5, l: 0.3, r: 0.2 } as const;
/** Share of a light stem's weight given to a stem of a neighbouring derived form. */
const DERIVED_WEIGHT = 0.25;

/** An Arabic form a query word stands for, with its probability (PSQ weight). */
export interface ArabicForm {
  readonly arabic: string;
  readonly weight: number;
}

export interface PlannedWord {
  /** The word as the user wrote it. */
  readonly surface: string;
  /** Arabic forms it stands for (itself, or its translations/transliterations), best first. */
  readonly forms: readonly ArabicForm[];
  /** The word's group for the word-level BM25 index. */
  readonly group: QueryGroup;
  /** The word's n-grams and their weights, for the sub-word index. */
  readonly grams: ReadonlyMap<string, number>;
  /**
   * Specific words (names, numbers, words no dictionary knows) carry the question: if the
   * corpus lacks one, the article does not answer the question.
   */
  readonly specific: boolean;
  /** How the word became Arabic. */
  readonly via: "arabic" | "dictionary" | "transliteration" | "literal" | "mixed";
  /** Frames the question ("say", "mention") rather than naming its topic. */
  readonly frame?: boolean;
  /** Carried over from the previous question of a follow-up: context, not what is asked. */
  readonly context?: boolean;
}

export interface QueryPlan {
  readonly lang: Lang;
  readonly question: string;
  readonly words: readonly PlannedWord[];
  /** Arabic text embedded for vector search. */
  readonly vectorText: string;
}

/** The surfaces of the plan's specific words (in an Arabic question, its names). */
export function specificSurfaces(plan: QueryPlan): string[] {
  return plan.words.filter((w) => w.specific).map((w) => w.surface);
}

export function wordGroups(plan: QueryPlan): QueryGroup[] {
  return plan.words.map((w) => w.group);
}

/** Every n-gram of the plan as its own group, boosted by how surely the word maps to it. */
export function gramGroups(plan: QueryPlan): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (const word of plan.words) {
    for (const [gram, boost] of word.grams) groups.push({ alternatives: [{ term: gram, weight: 1 }], boost });
  }
  return groups;
}

/**
 * Expand weighted Arabic forms into one PSQ group over the analyzer views, plus n-gram
 * weights. A multi-word form shares its weight among its words.
 */
export function expandForms(forms: readonly ArabicForm[]): { group: QueryGroup; grams: Map<string, number> } {
  const alternatives = new Map<string, number>();
  const grams = new Map<string, number>();
  const add = (term: string, weight: number) =>
    alternatives.set(term, (alternatives.get(term) ?? 0) + weight);
  for (const form of forms) {
    const tokens = analyzeArabic(form.arabic).filter((t) => !t.isStopword);
    if (tokens.length === 0) continue;
    const share = form.weight / tokens.length;
    for (const t of tokens) {
      add(`n:${t.norm}`, share * VIEW_WEIGHTS.n);
      for (const light of t.lights) add(`l:${light}`, (share * VIEW_WEIGHTS.l) / t.lights.length);
      add(`r:${t.root}`, share * VIEW_WEIGHTS.r);
      for (const gram of charNgrams(t.light, GRAM_SIZE))
        grams.set(gram, Math.min(1, (grams.get(gram) ?? 0) + share));
    }
  }
  const terms: WeightedTerm[] = [...alternatives].map(([term, weight]) => ({ term, weight }));
  return { group: { alternatives: terms }, grams };
}

/** Plan an Arabic (or mixed-script) question: each distinct content word is one group. */
export function planArabicQuestion(
  question: string,
  isName: (word: string) => boolean = () => false,
): QueryPlan {
  const words: PlannedWord[] = [];
  const seen = new Set<string>();
  const tokens = analyzeArabic(question);
  const asksDate = answerType(question, "ar") === "date";
  // «ايش الدول اللي تكلموا عنها غير سوريا؟»: when the answer's kind is all a question names, it
  // is what is searched for.
  const typeNouns: AnalyzedToken[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.isStopword || seen.has(token.norm)) continue;
    seen.add(token.norm);
    const surface = question.slice(token.start, token.end);
    const before = tokens[index - 1];
    // Question, reporting and request words («شو»، «قال»، «اقتبس») and the answer's type
    // («في أي مدينة») name no topic.
    if (isArabicFrameWord(surface)) continue;
    if (before !== undefined && isArabicTypeNoun(surface, question.slice(before.start, before.end))) {
      typeNouns.push(token);
      continue;
    }
    if (asksDate && isArabicDateNoun(surface)) continue;
    const word = plannedArabicWord(question, token, isName);
    if (word !== undefined) words.push(word);
  }
  if (words.length === 0)
    for (const token of typeNouns) {
      const word = plannedArabicWord(question, token, isName);
      if (word !== undefined) words.push(word);
    }
  return { lang: "ar", question, words, vectorText: question };
}

/** One Arabic word's group: its own views, and its neighbouring derived forms, weakly. */
function plannedArabicWord(
  question: string,
  token: AnalyzedToken,
  isName: (word: string) => boolean,
): PlannedWord | undefined {
  const surface = question.slice(token.start, token.end);
  const forms = [{ arabic: surface, weight: 1 }];
  const { group: own, grams } = expandForms(forms);
  // The same root in a neighbouring derived form («اقترحت» for «المقترحات»), weakly: it counts
  // as the word's presence, and barely in the ranking.
  const derived = token.lights
    .flatMap(derivedStems)
    .filter((d) => !own.alternatives.some((a) => a.term === `l:${d}`))
    .map((d) => ({ term: `l:${d}`, weight: VIEW_WEIGHTS.l * DERIVED_WEIGHT }));
  const group = derived.length === 0 ? own : { alternatives: [...own.alternatives, ...derived] };
  if (group.alternatives.length === 0) return undefined;
  return {
    surface,
    forms,
    group,
    grams,
    // Names (recognised through the dictionary, as Arabic has no capitals) are specific;
    // numbers are not, being often spelt out in words.
    // A noun only pointing to a topic («الآلية الدولية») names nothing, known to the dictionary or not.
    specific:
      token.script === "arabic" &&
      (isName(surface) || isRulerTitle(surface, "ar")) &&
      !isTopicPointer(surface),
    via: "arabic",
  };
}
