import type { Lang } from "../core/types.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { isEventWord } from "../text/event-words.js";
import { normalizeArabic } from "../text/normalize.js";
import { answerType } from "./intent.js";

/**
 * Offline follow-up understanding: a short question that opens like a continuation
 * ("and Libya?", "what about the refugees?", "وماذا عن ليبيا؟", "وعن اللاجئين؟") is read in
 * the context of the previous question of the same chat: its words are searched together
 * with the previous question's, the new words weighing more.
 */
const EN_FOLLOW_UP =
  /^\s*(and|also|what about|how about|and what about|what of|and about|same for|and in|so|then|ok(?:ay)?|and then|any)\b/i;
const AR_FOLLOW_UP =
  /^\s*(وماذا|ماذا عن|وما|وعن|وبالنسبه|بالنسبه|وكذلك|وفي|وهل|وعلي|وكيف|ومتي|واين|ومن|و|طيب|طب|ثم|وشو|وايش|وبعدين|كمان|ايضا|بس|لكن|ولكن)(\s|$)/;
/** Words that point back to the previous question's topic ("about it", «عنها»). */
// "there" as a place pointed back to ("is Jordan a member there?"), not the existential "is there…".
const EN_POINTER =
  /\b(?:it|its|that|this|those|these|they|them|their|he|him|his|she|her|else)\b|(?<!\b(?:is|are|was|were|be|been|'s)\s+)\bthere\b(?!\s+(?:is|are|was|were)\b)/i;
const AR_POINTER =
  /(?:^|\s)(?:عنه|عنها|عنهم|ذلك|هذا|هذه|تلك|فيه|فيها|بشأنه|بشانه|بشأنها|بشانها|حوله|حولها|منه|منها|هيك|هكذا|كذا|كده|بعدها|بعده|عليه|عليها)(?:\s|$|[؟?])/;

/**
 * A follow-up asking about an attribute of the previous topic through a pronoun («وشو هدفه؟»,
 * "what is its aim?"): the attribute may be worded as the article does not word it, so the
 * previous topic's passages are the closest answer rather than nothing. True when every word
 * the follow-up asks about carries the pronoun: «وما رأيه في الاقتصاد؟» names a new topic.
 * Arabic is read as written: «ه» (a pronoun) is distinct there from «ة» (a feminine ending).
 */
const AR_ATTACHED_PRONOUN = /^\p{L}{2,}(?:ه|ها|هم|هما)$/u;
const EN_POSSESSIVE = /\b(?:its|his|her|their)\s+([\p{L}'-]+)/giu;

export function asksAboutPreviousTopic(question: string, lang: Lang, ownWords: readonly string[]): boolean {
  if (ownWords.length === 0) return false;
  if (lang === "ar") return ownWords.every((w) => AR_ATTACHED_PRONOUN.test(w));
  const possessed = new Set([...question.matchAll(EN_POSSESSIVE)].map((m) => m[1]?.toLowerCase()));
  return ownWords.every((w) => possessed.has(w.toLowerCase()));
}

/**
 * A follow-up pointing back at what the previous answer said ("And what caveat did he attach to
 * that?", «وما المحذور الذي نبّه إليه رغم هذا الترحيب؟») in words the article does not all use,
 * refused on how little of it the article holds: its passages are the closest answer. Not when
 * it asks for a date, a number, a person or a place ("And who will chair it?"), which the
 * article would have to state.
 */
export function pointsBackInOtherWords(
  question: string,
  lang: Lang,
  ownWords: readonly string[],
  absent: ReadonlySet<string>,
): boolean {
  if (ownWords.length === 0 || !ownWords.some((w) => absent.has(w))) return false;
  const type = answerType(question, lang);
  if (type === "date" || type === "number" || type === "person" || type === "place") return false;
  // "any caveat?": a question of a word or two can only be about what was just said.
  if (question.trim().split(/\s+/).length <= 2) return true;
  return lang === "en" ? EN_POINTER.test(question) : AR_POINTER.test(normalizeArabic(question));
}

export function looksLikeFollowUp(question: string, lang: Lang, contentWords: number): boolean {
  if (contentWords > 4) return false;
  // A short question pointing back ("what did he say about it?") continues the previous one.
  if (
    contentWords <= 2 &&
    (lang === "en" ? EN_POINTER : AR_POINTER).test(lang === "en" ? question : normalizeArabic(question))
  )
    return true;
  if (lang === "en") return EN_FOLLOW_UP.test(question);
  // "و" alone attached to a word (وليبيا؟) also continues the previous question.
  const norm = normalizeArabic(question);
  // Up to three words: a name of several («وجامعة الدول العربية؟») is one thing asked.
  return AR_FOLLOW_UP.test(norm) || (contentWords <= 3 && /^\s*و\S/.test(norm));
}

/**
 * Weight of the previous question's words: low enough that the carried words together
 * («لافروف»، «الخليج») cannot outrank the new word («اليمن») the follow-up asks about, however
 * many the previous question had.
 */
const CONTEXT_WEIGHT = 0.3;
const CONTEXT_SHARE = 0.6;
/**
 * …and when the follow-up says it is about that topic («بهالموضوع», "in this context"): the
 * new word asks what it does there, so the topic's passage should win over the new word's other
 * passages («وجامعة الدول العربية شو ممكن تعمل بهالموضوع؟» after a question on refugees).
 */
const POINTED_CONTEXT_WEIGHT = 0.7;
const POINTED_CONTEXT_SHARE = 1.2;

/** A phrase placing the question in the previous one's topic: "in this context", «في هذا السياق». */
const EN_IN_THAT_TOPIC =
  /\b(?:in|on|about|regarding|for|with)\s+(?:this|that|the\s+same)\s+(?:context|matter|issue|subject|topic|regard|respect|front|file|question|point)\b|\bin\s+(?:this|that)\s+regard\b/i;
export function placesInPreviousTopic(question: string, lang: Lang): boolean {
  if (lang === "en") return EN_IN_THAT_TOPIC.test(question);
  // «بهالموضوع», «في هذا السياق», «بهذا الشأن», «في هذا الصدد»: a demonstrative before the noun.
  return /(?:^|\s)[وف]?(?:في|ب|عن|حول|ل)?\s*(?:هال|هذا\s+ال|هذه\s+ال|ذلك\s+ال|تلك\s+ال|هيدا\s+ال|هاد\s+ال)(?:موضوع|سياق|شان|صدد|خصوص|ملف|مجال|اطار|قضيه|مساله|امر|جانب)(?=\s|$|[؟?،.!])/.test(
    normalizeArabic(question),
  );
}

/**
 * Combine: the follow-up's words at full weight, the previous question's words as context —
 * weightier when the follow-up places itself in that topic (`placesInPreviousTopic`).
 */
export function mergeWithPrevious(current: QueryPlan, previous: QueryPlan, inThatTopic = false): QueryPlan {
  const currentSurfaces = new Set(current.words.map((w) => w.surface));
  const fresh = previous.words.filter((w) => !currentSurfaces.has(w.surface));
  const weight = Math.min(
    inThatTopic ? POINTED_CONTEXT_WEIGHT : CONTEXT_WEIGHT,
    ((inThatTopic ? POINTED_CONTEXT_SHARE : CONTEXT_SHARE) * Math.max(1, current.words.length)) /
      fresh.length,
  );
  const carried = fresh
    // Carried words are context: they never make the follow-up "not covered" by themselves.
    .map((w) => ({
      ...w,
      specific: false,
      context: true,
      group: { ...w.group, boost: (w.group.boost ?? 1) * weight },
    }));
  // «وفين هيتعمل؟» after «امتى الاجتماع الجاي؟»: a verb of the meeting taking place only says
  // the previous topic happens; the event is the previous question's, however the text says it.
  const own = current.words.filter(
    (w) =>
      fresh.length === 0 ||
      current.lang !== "ar" ||
      /^[وفبل]?ال/.test(normalizeArabic(w.surface)) ||
      !isEventWord(w.surface),
  );
  return {
    lang: current.lang,
    question: current.question,
    words: [...own, ...carried],
    vectorText: `${current.vectorText} ${previous.vectorText}`,
  };
}
