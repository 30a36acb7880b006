import { type AnswerType, answerType, matchesAnswerType } from "../text/answer-type.js";
import { analyzeArabic } from "../text/arabic-analyzer.js";
import type { QueryPlan } from "./query-plan.js";

/**
 * Answer-type evidence for ranking (classic QA passage retrieval: a "when" question prefers the
 * passage that holds a date, "how many" one that holds a number). The question's own words are
 * set aside first: "When did Polonia win the title before 2000?" is not answered by the «2000»
 * it names. Sentence level: the sentence that holds most of the question must also hold the
 * answer's kind, else the paragraph next to the answer (same topic, other facts) ties with it.
 */
export type SpanFit = (text: string) => boolean;

/** The kinds whose presence a pattern can tell; others (yes/no, roles, other) give no evidence. */
const TESTABLE: ReadonlySet<AnswerType> = new Set(["date", "number", "place", "person"]);

/** A test of whether a span holds an answer of `type` beyond the words of the plan's question. */
export function spanFit(plan: QueryPlan, type: AnswerType): SpanFit {
  const asked = new Set<string>();
  for (const token of analyzeArabic(plan.question)) asked.add(token.norm);
  for (const word of plan.words)
    for (const form of word.forms) for (const token of analyzeArabic(form.arabic)) asked.add(token.norm);
  return (text) => {
    const rest = analyzeArabic(text)
      .filter((t) => !asked.has(t.norm))
      .map((t) => text.slice(t.start, t.end));
    return matchesAnswerType(rest.join(" "), type);
  };
}

/** A test of whether a span holds the kind of answer the plan's question asks for, if testable. */
export function planAnswerFit(
  plan: QueryPlan,
  kinds: ReadonlySet<AnswerType> = TESTABLE,
): SpanFit | undefined {
  const type = answerType(plan.question, plan.lang);
  return kinds.has(type) ? spanFit(plan, type) : undefined;
}
