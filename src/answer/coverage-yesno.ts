import type { QueryPlan } from "../retrieval/query-plan.js";
import { answerType } from "../text/answer-type.js";
import { normalizeArabic } from "../text/normalize.js";
import type { TimeDirection } from "../text/relative-time.js";

/**
 * The word of a yes/no question that makes it a check the corpus cannot make, if any: "yes"
 * needs every word, and a "no" on a word the text never uses would be a guess.
 */
export function uncheckableWord(
  plan: QueryPlan,
  present: readonly boolean[],
  directions: readonly (TimeDirection | undefined)[],
  idfs: readonly number[],
): string | undefined {
  // «هل ناقش الوزيران أزمة المياه؟», "Did they sign any agreements?": a yes/no check whose last
  // word, what it checks, is nowhere in the corpus. A word before it (a verb or a qualifier,
  // «هل تؤيد روسيا حل الدولتين؟») is often the text's idea in other words; an English verb form
  // ("involved") likewise.
  const checked = plan.words
    .map((w, i) => ({ w, i }))
    .filter(({ w, i }) => w.frame !== true && (idfs[i] ?? 0) > 0);
  const last = checked[checked.length - 1];
  // In Arabic a definite noun the corpus lacks is such a thing too, wherever it stands.
  const definiteAbsent =
    plan.lang === "ar"
      ? checked.find(
          ({ w, i }) =>
            !present[i] && directions[i] === undefined && /^[وفبلك]?ال/.test(normalizeArabic(w.surface)),
        )
      : undefined;
  // "Was it X or Y?" («…أم…») is a choice, not a check: one side may be absent.
  const choice =
    plan.lang === "ar"
      ? /(?:^|\s)(?:ام|او)(?=\s)/.test(normalizeArabic(plan.question))
      : /\bor\b/i.test(plan.question);
  return answerType(plan.question, plan.lang) !== "yesno" || choice
    ? undefined
    : last !== undefined &&
        !present[last.i] &&
        directions[last.i] === undefined &&
        !(plan.lang === "en" && /(?:ed|ing)$/i.test(last.w.surface))
      ? last.w.surface
      : definiteAbsent?.w.surface;
}
