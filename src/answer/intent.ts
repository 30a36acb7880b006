import type { Lang } from "../core/types.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * What the question asks for, from general interrogative and request patterns in Arabic
 * and English (not from any particular question set).
 */

export type AnswerType = "date" | "place" | "person" | "number" | "other";

const EN_QUOTE_REQUEST =
  /\b(quotes?|quotations?|quoted|verbatim|exact (?:words?|wording|text|phrasing)|word[- ]for[- ]word|original (?:text|wording|arabic|words?|passages?)|source (?:text|passages?|quotes?|paragraphs?)|(?:show|give|send|list)(?: me)? (?:the )?(?:sources?|passages?|paragraphs?)|cite|citations?)\b/i;

// Matched on normalised Arabic (hamza/ta marbuta folded).
const AR_QUOTE_REQUEST = new RegExp(
  [
    "اقتباس",
    "اقتباسات",
    "اقتبس",
    "النص الحرفي",
    "بالنص",
    "حرفيا",
    "بالحرف",
    "النص الاصلي",
    "نص المقال",
    "الكلمات نفسها",
    "(?:^|\\s)(?:ال|و)?مصادر(?:\\s|$)",
    "(?:^|\\s)المصدر(?:\\s|$)",
    "(?:اعطني|ارني|اعرض|اذكر|ارسل)\\s+(?:لي\\s+)?(?:الفقره|الفقرات|النص|المقطع|المقاطع)",
  ].join("|"),
);

/** True when the user asks for the source's own words rather than an answer. */
export function isQuoteRequest(question: string): boolean {
  return EN_QUOTE_REQUEST.test(question) || AR_QUOTE_REQUEST.test(normalizeArabic(question));
}

/** Remove the request words so retrieval searches the topic ("quotes about Syria" → "Syria"). */
export function stripQuoteRequest(question: string): string {
  return question
    .replace(new RegExp(EN_QUOTE_REQUEST.source, "gi"), " ")
    .replace(/\b(?:give|show|send|me|the|about|on|regarding|please|of|for|what|exact)\b/gi, " ")
    .replace(
      /(?:اعطني|أعطني|ارني|أرني|اعرض|اذكر|أرسل|ارسل|لي|حول|عن|بشأن|من فضلك|الاقتباس|اقتباس|اقتباسات|النص الحرفي|المصدر|المصادر|حرفياً|حرفيا|النص)/g,
      " ",
    )
    .replace(/\s+/g, " ")
    .trim();
}

const EN_TYPES: readonly [RegExp, AnswerType][] = [
  [/\b(when|what (?:date|day|time|year|month)|which (?:date|day|year|month))\b/i, "date"],
  [
    /\b(how many|how much|what number|which number|what percentage|what (?:resolution )?number|which resolution)\b/i,
    "number",
  ],
  [/\b(where|which (?:city|country|capital|place)|what (?:city|country|capital|place))\b/i, "place"],
  [/\b(who|whom|whose)\b/i, "person"],
];

const AR_TYPES: readonly [RegExp, AnswerType][] = [
  [/(^|\s)(متي|في اي (?:يوم|تاريخ|عام|سنه|شهر)|ما تاريخ)(\s|$)/, "date"],
  [/(^|\s)(كم|ما رقم|ما عدد|ما هو رقم|ما نسبه)(\s|$)/, "number"],
  [/(^|\s)(اين|في اي (?:مدينه|دوله|بلد|مكان|عاصمه)|ما المدينه|ما العاصمه)(\s|$)/, "place"],
  [/^\s*(من هو|من هي|من هم|من الذي|من التي|من)(\s|$)/, "person"],
];

export function answerType(question: string, lang: Lang): AnswerType {
  if (lang === "en") {
    for (const [pattern, type] of EN_TYPES) if (pattern.test(question)) return type;
    return "other";
  }
  const norm = normalizeArabic(question);
  for (const [pattern, type] of AR_TYPES) if (pattern.test(norm)) return type;
  return "other";
}

const MONTHS =
  "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين";
const WEEKDAYS = "الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت";
const DATE_PATTERN = new RegExp(
  `(${MONTHS}|${WEEKDAYS}|\\b(1[0-9]|20)\\d\\d\\b|اليوم|امس|غدا|منتصف|مطلع|اواخر|الشهر|العام)`,
);
const NUMBER_PATTERN =
  /(\d|(^|\s)(واحد|اثنان|اثنين|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئه|مائه|الف|مليون|مليار)[^\s]*)/;
const PLACE_PATTERN = /(مدينه|العاصمه|عاصمه|منطقه|بلده|اقليم|محافظه|(^|\s)في\s+\S+)/;
const PERSON_PATTERN = /(وزير|الرئيس|رئيس|السيد|الملك|الامير|المبعوث|السفير|الامين العام|نائب)/;

/** Does a passage contain the kind of thing the question asks for? */
export function matchesAnswerType(text: string, type: AnswerType): boolean {
  const norm = normalizeArabic(text);
  switch (type) {
    case "date":
      return DATE_PATTERN.test(norm);
    case "number":
      return NUMBER_PATTERN.test(norm);
    case "place":
      return PLACE_PATTERN.test(norm);
    case "person":
      return PERSON_PATTERN.test(norm);
    case "other":
      return false;
  }
}
