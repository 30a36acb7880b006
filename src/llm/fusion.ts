import type { QueryGroup } from "../index/lexical-index.js";
import { expandForms, type PlannedWord, type QueryPlan } from "../retrieval/query-plan.js";
import { analyzeArabic } from "../text/arabic-analyzer.js";
import { isArabicFrameWord } from "../text/question-words.js";

/**
 * Fusing a model's Arabic rendering of an English question with the offline lexicon plan.
 * Both are kept: the lexicon plan's words stay as they are, and each content word of the
 * model's query that the plan does not already search for is added as an extra word,
 * weighted below the plan's own words. Added words
 * - are never `specific` (a model word missing from the corpus cannot make a question
 *   "not covered");
 * - are only added when the corpus contains them (an absent one adds noise, not recall);
 * and the model's query is also embedded with the plan's text for vector search.
 */

/** Weight of a model word relative to a lexicon word (group boost). */
export const MODEL_WORD_BOOST = 0.6;
/** Most model words added. */
export const MAX_MODEL_WORDS = 8;

export interface FusedPlan {
  readonly plan: QueryPlan;
  /** The words that came from the model. */
  readonly added: ReadonlySet<PlannedWord>;
}

function covers(plan: QueryPlan, group: QueryGroup): boolean {
  const terms = new Set(plan.words.flatMap((w) => w.group.alternatives.map((a) => a.term)));
  return group.alternatives.some(
    (a) => (a.term.startsWith("n:") || a.term.startsWith("l:")) && terms.has(a.term),
  );
}

export function fuseModelQuery(
  plan: QueryPlan,
  arabicQuery: string,
  inCorpus: (group: QueryGroup) => boolean,
  boost = MODEL_WORD_BOOST,
): FusedPlan {
  const added = new Set<PlannedWord>();
  const words: PlannedWord[] = [...plan.words];
  const seen = new Set<string>();
  for (const token of analyzeArabic(arabicQuery)) {
    if (added.size >= MAX_MODEL_WORDS) break;
    // Framing words («قال», «ماذا») name no topic: the question's own plan already frames it.
    if (
      token.isStopword ||
      token.script !== "arabic" ||
      isArabicFrameWord(token.norm) ||
      seen.has(token.norm)
    )
      continue;
    seen.add(token.norm);
    const surface = arabicQuery.slice(token.start, token.end);
    const forms = [{ arabic: surface, weight: 1 }];
    const { group, grams } = expandForms(forms);
    if (group.alternatives.length === 0 || covers({ ...plan, words }, group) || !inCorpus(group)) continue;
    const word: PlannedWord = {
      surface,
      forms,
      group: { ...group, boost: (group.boost ?? 1) * boost },
      grams: new Map([...grams].map(([gram, weight]) => [gram, weight * boost])),
      specific: false,
      via: "arabic",
    };
    words.push(word);
    added.add(word);
  }
  const query = arabicQuery.trim();
  return {
    plan: {
      ...plan,
      words,
      vectorText: query.length > 0 ? `${query} ${plan.vectorText}`.trim() : plan.vectorText,
    },
    added,
  };
}
