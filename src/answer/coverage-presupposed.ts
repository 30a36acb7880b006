import type { ScoredChunk } from "../core/types.js";
import { groupPresent, termSetOf } from "../retrieval/matching.js";
import { type QueryPlan, specificSurfaces } from "../retrieval/query-plan.js";
import { answerType } from "../text/answer-type.js";
import {
  asksDocumentContent,
  asksEarlierRole,
  asksOrigin,
  asksReason,
  asksSecondQuestion,
  asksSigning,
  asksTenure,
  callsFormer,
  givesDocumentContent,
  givesOrigin,
  givesReason,
  givesSince,
  speaksOfSigning,
} from "../text/presupposed-facts.js";
import { asksAboutComing, asksOutcome, speaksOfComing, type TimeDirection } from "../text/relative-time.js";
import type { CoverageFeatures } from "./coverage-types.js";
import { namesInside } from "./coverage-words.js";

/**
 * Questions that presuppose what the closest passages do not state: that an event still to
 * come already took place, that it takes place where they do not put it, that someone held an
 * earlier post, or that the text says where someone is from. Each feature is set only on
 * positive evidence from the passages (they speak of the event as coming, name no such place,
 * call no office former, give no origin).
 */
export function presupposedFeatures(
  plan: QueryPlan,
  results: readonly ScoredChunk[],
  /** The best passage (the top chunk, widened when it is a heading). */
  top: readonly ScoredChunk[],
  window: number,
  present: readonly boolean[],
  directions: readonly (TimeDirection | undefined)[],
  /** Whether the passages come from a dated report: what is coming is so from its date. */
  dated: boolean,
): Pick<
  CoverageFeatures,
  | "earlierRole"
  | "originAsked"
  | "reasonAsked"
  | "outcomeOfComing"
  | "comingElsewhere"
  | "contentAsked"
  | "signingAsked"
> {
  const closest = results.slice(0, window);
  // A post before the present one, or where someone is from, over passages that call no office
  // former and give no origin: the text introduces people by their present offices only.
  const earlierRole =
    (asksEarlierRole(plan.question, plan.lang) && !closest.some((r) => callsFormer(r.chunk.text))) ||
    // Since when they hold it, over passages that never say since when.
    (asksTenure(plan.question, plan.lang) && !closest.some((r) => givesSince(r.chunk.text)));
  const originAsked = asksOrigin(plan.question, plan.lang) && !closest.some((r) => givesOrigin(r.chunk.text));
  // "Why…?" over a best passage that gives no reason, asked with a word the corpus lacks: the text
  // states the fact, not its cause. Where it holds every word asked, the cause may be in them
  // («ليش روسيا والأردن مهتمين بالخليج؟»: interested in overcoming the crisis there). Dated
  // reports only: a report states a cause with a connective, while an encyclopedic text gives
  // one in many more ways («أعدما لتبنيهما آراء لوثر»).
  const reasonAsked =
    dated &&
    asksReason(plan.question, plan.lang) &&
    !asksSecondQuestion(plan.question, plan.lang) &&
    plan.words.some((w, i) => !present[i] && w.frame !== true) &&
    !top.some((r) => givesReason(r.chunk.text));
  // "What does resolution 2254 say?" over passages that cite it by name only.
  // Not "Who said Russia pushes a concept that sets out the main parameters…?": its speaker is asked.
  const contentAsked =
    asksDocumentContent(plan.question, plan.lang) &&
    answerType(plan.question, plan.lang) !== "person" &&
    !closest.some((r) => givesDocumentContent(r.chunk.text));
  // "Did they sign any agreements?" over passages that speak of no signing ("we agreed to
  // coordinate" is no document signed).
  const signingAsked =
    asksSigning(plan.question, plan.lang) && !closest.some((r) => speaksOfSigning(r.chunk.text));
  // «ما نتائج اجتماع سوتشي؟» over a text that only schedules it: what came of it is not there yet.
  const outcomeOfComing =
    asksOutcome(plan.question, plan.lang) &&
    directions.every((d) => d === undefined) &&
    top.some((r) => speaksOfComing(r.chunk.text));
  // «متى سيزور لافروف عمان؟» over a text whose coming meeting is in Sochi: a name the passages
  // on what is coming do not hold (Amman is named, but as a party). A yes/no question is
  // answered with what they say instead.
  const coming =
    dated &&
    answerType(plan.question, plan.lang) !== "yesno" &&
    asksAboutComing(plan.question, plan.lang, specificSurfaces(plan))
      ? closest.filter((r) => speaksOfComing(r.chunk.text))
      : [];
  const comingTerms = coming.map((r) => termSetOf(r.chunk.text));
  const comingElsewhere =
    coming.length === 0
      ? undefined
      : plan.words.find(
          (w, i) =>
            (w.specific || (plan.lang === "en" && namesInside(plan.question, w.surface))) &&
            present[i] &&
            directions[i] === undefined &&
            !comingTerms.some((terms) => groupPresent(w.group, terms)),
        )?.surface;
  return {
    ...(earlierRole ? { earlierRole } : {}),
    ...(originAsked ? { originAsked } : {}),
    ...(contentAsked ? { contentAsked } : {}),
    ...(signingAsked ? { signingAsked } : {}),
    ...(reasonAsked ? { reasonAsked } : {}),
    ...(outcomeOfComing ? { outcomeOfComing } : {}),
    ...(comingElsewhere === undefined ? {} : { comingElsewhere }),
  };
}
