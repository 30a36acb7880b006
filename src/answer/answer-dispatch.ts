import type { Answer, Lang } from "../core/types.js";
import type { AnswerContext, Retrieval } from "./answer-context.js";
import { composeEmptyQuestion, composeSmalltalk } from "./compose.js";
import { eventAnswer } from "./event-answer.js";
import { introductionAnswer } from "./introduction-answer.js";
import { metadataAnswer } from "./metadata-answer.js";
import { overviewAnswer, themeAnswer } from "./overview-answer.js";
import { paragraphAnswer } from "./paragraph-answer.js";
import { questionAnswer } from "./question-answer.js";
import { quoteRequestAnswer } from "./quote-request-answer.js";
import type { Replies } from "./replies.js";
import type { RequestKind } from "./request.js";

/**
 * Which answer builder answers a request: the ones that need no retrieval of the question
 * (small talk, metadata, overview, a paragraph by position), the ones built from a retrieval
 * but not read off its ranking (a person's introduction, the event's lead, a theme), and last
 * the quotes read off the ranking, or a refusal.
 */

/** Retrieves a topic of an overview or a theme as a question of its own. */
export type RetrieveTopic = (topic: string) => Promise<Retrieval>;

/** Answers that need no retrieval of the question as such (small talk, metadata, overview). */
export async function requestAnswer(
  ctx: AnswerContext,
  replies: Replies,
  request: RequestKind,
  lang: Lang,
  retrieve: RetrieveTopic,
): Promise<Answer | undefined> {
  switch (request.kind) {
    case "smalltalk":
      return replies.message(
        lang,
        "smalltalk",
        composeSmalltalk(request.act, lang, replies.topics(lang), replies.examples(lang)),
      );
    case "metadata":
      return metadataAnswer(ctx, request.fields, lang);
    case "overview":
      return overviewAnswer(ctx, lang, request.topic, retrieve);
    case "paragraph":
      return paragraphAnswer(ctx, lang, request.position);
    case "question":
      return undefined;
  }
}

/** About the person or the event itself: answered from the apposition or the lead. */
export function specialAnswer(ctx: AnswerContext, retrieval: Retrieval): Answer | undefined {
  return retrieval.wantQuotes
    ? undefined
    : (introductionAnswer(ctx, retrieval) ?? eventAnswer(ctx, retrieval));
}

/** An answer built from the retrieval but not read off its ranking (special, or a theme). */
export async function builtAnswer(
  ctx: AnswerContext,
  retrieval: Retrieval,
  retrieve: RetrieveTopic,
): Promise<Answer | undefined> {
  return specialAnswer(ctx, retrieval) ?? (await themeAnswer(ctx, retrieval, retrieve));
}

/** Quotes from the ranked passages, or a refusal: what is left once no special answer applies. */
export function readOffRanking(ctx: AnswerContext, replies: Replies, retrieval: Retrieval): Answer {
  const { lang, plan } = retrieval;
  if (plan.words.length === 0 && !retrieval.wantQuotes)
    return replies.message(lang, "not_covered", composeEmptyQuestion(lang, replies.examples(lang)), false);
  if (!retrieval.covered) return replies.notCovered(lang);
  return retrieval.wantQuotes ? quoteRequestAnswer(ctx, retrieval) : questionAnswer(ctx, retrieval);
}
