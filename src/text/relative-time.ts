import type { Lang } from "../core/types.js";
import { analyzeArabic } from "./arabic-analyzer.js";
import { withoutArticle } from "./arabic-clitics.js";
import { normalizeArabic } from "./normalize.js";

/**
 * Adjectives and adverbs that place an event before or after the time of speaking: «الاجتماع
 * الماضي» (the last meeting) and «الاجتماع المقبل» (the next one) are two different events. A
 * question asking about the past one of something a text mentions only as coming is about
 * another event. A closed class of Modern Standard Arabic and dialect words (Levantine, Gulf,
 * Egyptian forms reach it through `dialectToMsa`, `dialect.ts`), written from grammars, not from questions.
 * «الأخير» (the last, the latest) is left out: it also means "final" and "the latter".
 */
export type TimeDirection = "past" | "future";

const WORDS: Readonly<Record<TimeDirection, readonly string[]>> = {
  past: ["ماضي", "سابق", "فائت", "منصرم", "أمس", "البارحة"],
  // «الياي»: the Gulf's «الجاي».
  future: ["مقبل", "قادم", "آتي", "تالي", "جاي", "ياي", "غدا"],
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

/**
 * Asks what came of an event ("What were the results of…?", «ما نتائج…؟», «إيه اللي طلع من…؟»):
 * it presupposes the event took place.
 */
const EN_OUTCOME =
  /\b(?:results?|outcomes?|decided|decisions?|conclusions?|achieved|agreed|agreeing|end(?:ed)?\s+up|succeed|succeeded|success|successful|fail|failed|came\s+(?:out\s+)?of|come\s+(?:out\s+)?of|resulted)\b/i;
const AR_OUTCOME = new RegExp(
  `(?:^|\\s)[وف]?(?:ال)?(?:${[
    "نتائج",
    "نتيجة",
    "مخرجات",
    "حصيلة",
    "قرارات",
    "تقرر",
    "طلع",
    "خرج",
    "أسفر",
    "أسفرت",
    "توصل",
    "توصلوا",
    "توصلت",
    "تمخض",
    "تمخضت",
    "نتج",
    "نتجت",
    "اتفق",
    "اتفقوا",
    "اتفقا",
    "الاتفاق",
  ]
    .map(normalizeArabic)
    .join("|")})(?=\\s|$|[؟?،.!])`,
);

export function asksOutcome(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_OUTCOME.test(question) : AR_OUTCOME.test(normalizeArabic(question));
}

/** «المقرر عقده» (scheduled to be held): a coming event, as «المقبل» is. */
const SCHEDULED = key("مقرر");

/** Whether a text speaks of something coming («الاجتماع المقبل», «المقرر عقده»). */
export function speaksOfComing(text: string): boolean {
  return analyzeArabic(text).some((t) => {
    const word = text.slice(t.start, t.end);
    return timeDirection(word) === "future" || key(word) === SCHEDULED;
  });
}

/** A question about something still to come ("the next meeting", «متى سيزور…؟», «الجاي»). */
const EN_FUTURE = /\b(?:will|shall|going to|next|upcoming|coming|future|planned|scheduled)\b/i;
/** Future particles: MSA «سوف», Levantine «رح»/«راح», Maghrebi «غادي»/«غا». */
const AR_FUTURE_PARTICLES = new Set(["سوف", "رح", "راح", "غادي"]);

/**
 * «سيزور», «ستعقد», «سنناقش»: the future prefix on an imperfect verb. A noun may open the same
 * way («سياسة», «سنة», «سيطرة», «سنوات»: a feminine or plural ending no verb takes), and so may a
 * name («سيرغي»), which the caller knows from the question's plan.
 */
function isFutureVerb(norm: string, names: ReadonlySet<string>): boolean {
  const word = norm.replace(/^[وف](?=س)/, "");
  return /^س[يتن]\S{2,}$/.test(word) && !/(?:ه|ات)$/.test(word) && !names.has(word);
}

/**
 * Whether a question asks about something still to come. The Arabic words pointing to the
 * future are `timeDirection`'s (with «المقرر», scheduled), beside the particles and verbs.
 */
export function asksAboutComing(question: string, lang: Lang, names: readonly string[] = []): boolean {
  if (lang === "en") return EN_FUTURE.test(question);
  const named = new Set(names.map(normalizeArabic));
  return normalizeArabic(question)
    .split(/[\s؟?،.!]+/)
    .some(
      (w) =>
        AR_FUTURE_PARTICLES.has(w) ||
        timeDirection(w) === "future" ||
        key(w) === SCHEDULED ||
        isFutureVerb(w, named),
    );
}
