import type { QueryPlan } from "../retrieval/query-plan.js";
import { answerType, asksCapacity, choiceAlternative } from "../text/answer-type.js";
import { isEventWord } from "../text/event-words.js";
import { normalizeArabic } from "../text/normalize.js";
import { isTopicPointer } from "../text/question-words.js";
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
  // "Was it X or Y?" («…أم…») is a choice, not a check: one side may be absent.
  const choice = choiceAlternative(plan.question, plan.lang) !== undefined;
  if (choice || answerType(plan.question, plan.lang) !== "yesno") return undefined;
  // "Is Jordan a member?": whether a party is a member asks its capacity, which a report gives in
  // its own words («بصفة مراقب»).
  if (asksCapacity(plan.question, plan.lang)) return undefined;
  // «هل ناقش الوزيران أزمة المياه؟», "Did they sign any agreements?": a yes/no check whose last
  // word, what it checks, is nowhere in the corpus. A word before it (a verb or a qualifier,
  // «هل تؤيد روسيا حل الدولتين؟») is often the text's idea in other words; an English verb form
  // ("involved") likewise.
  // An Arabic verb naming a meeting itself («ستستضيفها», «سيعقد») is no check of its own: the
  // meeting's place, day or topic beside it is. (Its nouns, "the visit", «المحادثات», are.)
  const meetingVerb = (surface: string) => plan.lang === "ar" && !isDefinite(surface) && isEventWord(surface);
  // "Was it only touched on briefly, and if not, which resolution…?": the check is the first
  // clause; a question asked after it is answered, not checked.
  const check = checkedClause(plan.question, plan.lang);
  const checked = plan.words
    .map((w, i) => ({ w, i }))
    .filter(
      ({ w, i }) =>
        w.frame !== true &&
        (idfs[i] ?? 0) > 0 &&
        !meetingVerb(w.surface) &&
        (check === undefined || check.includes(w.surface.split(/\s+/)[0] ?? "")),
    );
  const last = checked[checked.length - 1];
  if (
    last !== undefined &&
    !present[last.i] &&
    directions[last.i] === undefined &&
    !(plan.lang === "en" && /(?:ed|ing)$/i.test(last.w.surface))
  )
    return last.w.surface;
  if (plan.lang !== "ar") return undefined;
  // In Arabic a definite noun the corpus lacks is such a thing too, wherever it stands, unless it
  // only points to a topic named beside it («في الملف السوري», «على الصعيد الاقتصادي»).
  return checked.find(
    ({ w, i }) =>
      !present[i] && directions[i] === undefined && isDefinite(w.surface) && !isTopicPointer(w.surface),
  )?.w.surface;
}

/** An Arabic word with the article, with or without a conjunction or preposition glued before it. */
function isDefinite(surface: string): boolean {
  return /^[وفبلك]?ال/.test(normalizeArabic(surface));
}

/** A wh-question opening a later clause of a yes/no question ("…, and if not, which…?"). */
const EN_LATER_QUESTION =
  /[,;—–-]\s*(?:and\s+|but\s+|or\s+)?(?:if\s+(?:not|so)\s*,?\s*)?(?=(?:which|what|who|whom|where|when|how|why)\b)/i;
const AR_LATER_QUESTION =
  /[،,؛;]\s*(?=(?:و|ف)?(?:ما|ماذا|من|مين|اين|أين|وين|متى|كيف|لماذا|ليش|أي|اي|شو)(?:\s|$))/;

/** The yes/no clause of a question that asks something else after it; undefined for one clause. */
function checkedClause(question: string, lang: "ar" | "en"): string | undefined {
  const match = (lang === "en" ? EN_LATER_QUESTION : AR_LATER_QUESTION).exec(question);
  return match === null || match.index === 0 ? undefined : question.slice(0, match.index);
}
