import type { Lang } from "../core/types.js";
import { spanFit } from "../retrieval/answer-type-fit.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import type { AskedAnswerType } from "./coverage.js";
import { type AnswerType, answerType } from "./intent.js";

/**
 * Does a span hold the kind of thing the question asks for, beyond what the question itself
 * says? "When did Polonia win the title before 2000?" is not answered by a sentence whose only
 * date is «2000», nor "How many teams did Manning lead to Super Bowl 50?" by the «50»: the
 * question's own words are set aside before the span is tested for a date, number, place or
 * person.
 */
export type AnswerFit = (text: string) => boolean;

export function answerFit(plan: QueryPlan, type: AnswerType): AnswerFit {
  if (type === "other" || type === "yesno" || type === "role") return () => false;
  return spanFit(plan, type);
}

/** The date or number a question asks for, as coverage checks it (other kinds: undefined). */
export function askedAnswerType(plan: QueryPlan, lang: Lang): AskedAnswerType | undefined {
  const kind = answerType(plan.question, lang);
  return kind === "date" || kind === "number" ? { kind, fits: answerFit(plan, kind) } : undefined;
}
