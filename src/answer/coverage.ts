import type { ScoredChunk } from "../core/types.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { groupPresent, termSetOf } from "./matching.js";

/**
 * Does the corpus answer the question? Refuse ("not covered") when
 * - the question has no content words;
 * - a specific word (a name, a number, a word no dictionary knows) appears nowhere in the
 *   corpus: "What did Lavrov say about Ukraine?" over an article without Ukraine;
 * - the words the corpus lacks carry too much of the question's information (idf share);
 * - the best passage covers too little of the question's information.
 * Information is measured by BM25 idf over the corpus, with absent words counted as rarest.
 */
export interface CoverageThresholds {
  /** Largest idf share of absent words still answered. */
  readonly maxAbsentShare: number;
  /** Smallest idf share of the question the best passages must contain. */
  readonly minPassageShare: number;
}

export const DEFAULT_COVERAGE: CoverageThresholds = { maxAbsentShare: 0.4, minPassageShare: 0.35 };

export interface Coverage {
  readonly covered: boolean;
  readonly reason: string;
  /** Words of the question the corpus does not contain. */
  readonly absent: readonly string[];
  readonly absentShare: number;
  readonly passageShare: number;
}

/** Whether a word occurs in the corpus in an exact or light-stem form. */
function inCorpus(words: LexicalIndex, plan: QueryPlan, i: number): boolean {
  const group = plan.words[i]?.group;
  if (group === undefined) return false;
  return group.alternatives.some((alt) => alt.weight > 0 && !alt.term.startsWith("r:") && words.has(alt.term));
}

export function assessCoverage(
  plan: QueryPlan,
  results: readonly ScoredChunk[],
  words: LexicalIndex,
  thresholds: CoverageThresholds = DEFAULT_COVERAGE,
): Coverage {
  if (plan.words.length === 0) {
    return { covered: false, reason: "no content words", absent: [], absentShare: 1, passageShare: 0 };
  }
  const present = plan.words.map((_, i) => inCorpus(words, plan, i));
  const idfs = plan.words.map((w, i) => (present[i] ? words.groupIdf(w.group) : words.idf(0)));
  const total = idfs.reduce((a, b) => a + b, 0) || 1;
  const absent = plan.words.filter((_, i) => !present[i]).map((w) => w.surface);
  const absentShare = plan.words.reduce((sum, _, i) => sum + (present[i] ? 0 : (idfs[i] ?? 0)), 0) / total;

  // The best passage: the top chunk, widened to the top two when they share a paragraph.
  const top = results.slice(0, 2).filter((r, i, all) => i === 0 || r.chunk.paragraph === all[0]?.chunk.paragraph);
  const terms = termSetOf(top.map((r) => r.chunk.text).join(" "));
  const passageShare =
    plan.words.reduce((sum, w, i) => sum + (groupPresent(w.group, terms) ? (idfs[i] ?? 0) : 0), 0) / total;

  const missingSpecific = plan.words.filter((w, i) => w.specific && !present[i]).map((w) => w.surface);
  if (missingSpecific.length > 0)
    return { covered: false, reason: `specific words absent: ${missingSpecific.join(", ")}`, absent, absentShare, passageShare };
  if (results.length === 0) return { covered: false, reason: "nothing retrieved", absent, absentShare, passageShare };
  if (absentShare > thresholds.maxAbsentShare)
    return { covered: false, reason: `absent words carry ${absentShare.toFixed(2)} of the question`, absent, absentShare, passageShare };
  if (passageShare < thresholds.minPassageShare)
    return { covered: false, reason: `best passage covers ${passageShare.toFixed(2)} of the question`, absent, absentShare, passageShare };
  return { covered: true, reason: "covered", absent, absentShare, passageShare };
}
