import { withoutArticle } from "./arabic-clitics.js";
import { normalizeArabic } from "./normalize.js";

/**
 * Adjectives and adverbs that place an event before or after the time of speaking: «الاجتماع
 * الماضي» (the last meeting) and «الاجتماع المقبل» (the next one) are two different events. A
 * question asking about the past one of something a text mentions only as coming is about
 * another event. A closed class of Modern Standard Arabic and dialect words (Levantine, Gulf,
 * Egyptian forms reach it through `dialectToMsa`), written from grammars, not from questions.
 * «الأخير» (the last, the latest) is left out: it also means "final" and "the latter".
 */
export type TimeDirection = "past" | "future";

const WORDS: Readonly<Record<TimeDirection, readonly string[]>> = {
  past: ["ماضي", "سابق", "فائت", "منصرم", "أمس", "البارحة"],
  future: ["مقبل", "قادم", "آتي", "تالي", "جاي", "غدا"],
};

/** A word as compared here: normalised, without the article or a feminine ending. */
function key(word: string): string {
  return withoutArticle(normalizeArabic(word)).replace(/[هة]$/, "");
}

const DIRECTION = new Map<string, TimeDirection>(
  (Object.entries(WORDS) as [TimeDirection, readonly string[]][]).flatMap(([direction, words]) =>
    words.map((w) => [key(w), direction] as const),
  ),
);

/** The direction in time a word points to («الماضية» → past, «القادم» → future), if any. */
export function timeDirection(word: string): TimeDirection | undefined {
  return DIRECTION.get(key(word)) ?? DIRECTION.get(key(word.replace(/^[وف]?[بل]/, "")));
}

/** The words of a direction, as written (for looking them up in a corpus). */
export function timeDirectionWords(direction: TimeDirection): readonly string[] {
  return WORDS[direction];
}
