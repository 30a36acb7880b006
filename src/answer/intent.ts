import type { Lang } from "../core/types.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * What the question asks for, from general interrogative and request patterns in Arabic
 * and English (not from any particular question set).
 */

export type AnswerType = "date" | "place" | "person" | "number" | "yesno" | "role" | "other";

const EN_QUOTE_REQUEST =
  /\b(quotes?|quotations?|quoted|verbatim|exact (?:words?|wording|text|phrasing|statement)|word[- ]for[- ]word|in (?:his|her|their) own words|original (?:text|wording|arabic|words?|passages?)|source (?:text|passages?|quotes?|paragraphs?)|(?:show|give|send|list)(?: me)? (?:the )?(?:sources?|passages?|paragraphs?)|cite|citations?|excerpts?|(?:the |a )?(?:passages?|paragraphs?) (?:about|on|regarding|where|that|which)|copy (?:the |of )?|full (?:quote|text|statement|passage)|original (?:sentence|statement))\b/i;

// Matched on normalised Arabic (hamza/ta marbuta folded).
const AR_QUOTE_REQUEST = new RegExp(
  [
    "اقتباس",
    "اقتباسات",
    "اقتبس",
    "(?:^|\\s)انقل(?:ي)?(?:\\s|$)",
    "بالحرف الواحد",
    "كلامه بالضبط",
    "الكلام الحرفي",
    "النص الحرفي",
    "بالنص",
    "حرفيا",
    "بالحرف",
    "النص الاصلي",
    "نص المقال",
    "الكلمات نفسها",
    "(?:اعطني|ارني|اعرض|اذكر|ارسل)\\s+(?:لي\\s+)?(?:الفقره|الفقرات|النص|المقطع|المقاطع)",
    // The passage itself, however it is asked for: «الفقرة التي…», «انسخ…», «النص الكامل», «الجملة».
    "(?:^|\\s)(?:ال)?(?:فقره|فقرات|مقطع|مقاطع|جمله|عباره)(?:\\s|$)",
    "(?:^|\\s)انسخ(?:ي)?(?:\\s|$)",
    "النص الكامل",
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
      /(?:^|\s)(?:اعطني|أعطني|ارني|أرني|اعرض|اذكر|أرسل|ارسل|لي|حول|عن|بشأن|من فضلك|الاقتباس|اقتباس|اقتباسات|اقتبس|انقل|النص الحرفي|بالحرف الواحد|حرفياً|حرفيا|النص)(?=\s|$)/g,
      " ",
    )
    .replace(/\s+/g, " ")
    .trim();
}

const EN_TYPES: readonly [RegExp, AnswerType][] = [
  [/\b(when|what (?:date|day|time|year|month)|which (?:date|day|year|month))\b/i, "date"],
  [
    /\b(how many|how much|what number|which number|what percentage|what (?:resolution )?number|which resolution|what(?:'s|\s+is|\s+was)\s+the\s+(?:[\w-]+\s+){0,2}number)\b/i,
    "number",
  ],
  [/\b(where|which (?:city|country|capital|place)|what (?:city|country|capital|place))\b/i, "place"],
  [
    /\b(what (?:is|was) (?:the |his |her |their |its )?(?:[\w-]+'s? )?(?:position|title|role|job|office|post|occupation|profession)|(?:position|title|role|job|office|post) (?:of|does|did|is|was)|what (?:position|title|office|post) does|(?:which|what) (?:other |another )?(?:posts?|positions?|titles?|offices?|jobs?) (?:does|did|do)|what (?:does|did) [\w-]+(?: [\w-]+)? do(?: for a living)?\s*\??$)\b/i,
    "role",
  ],
  [/\b(who|whom|whose)\b/i, "person"],
  [/^\s*(?:is|are|was|were|do|does|did|will|would|has|have|had|can|could|should)\b/i, "yesno"],
];

// A glued «و»/«ف» («وامتى؟») and punctuation right after the word («متى؟») are allowed.
const AR_END = "(?=\\s|$|[؟?،.!])";
const AR_TYPES: readonly [RegExp, AnswerType][] = [
  [new RegExp(`(^|\\s)[وف]?(متي|في اي (?:يوم|تاريخ|عام|سنه|شهر)|ما تاريخ)${AR_END}`), "date"],
  [new RegExp(`(^|\\s)[وف]?(كم|ما رقم|ما عدد|ما هو رقم|ما نسبه)${AR_END}`), "number"],
  [
    new RegExp(`(^|\\s)[وف]?(اين|في اي (?:مدينه|دوله|بلد|مكان|عاصمه)|ما المدينه|ما العاصمه)${AR_END}`),
    "place",
  ],
  [
    new RegExp(
      `(^|\\s)[وف]?(ما|ماذا|ما هو|ما هي)?\\s*(ال)?(منصب|مناصب|صفه|وظيفه|لقب|مسمي|شغال|يشتغل|بيشتغل|يعمل|يكون|بيكون)(?:ه|ها|هم)?${AR_END}`,
    ),
    "role",
  ],
  // «مع من التقى…؟» (with whom) and the dialects' «مين»/«منو» ask for a person too.
  [/^\s*[وف]?(?:مع\s+|ل)?(من هو|من هي|من هم|من الذي|من التي|من|مين|منو)(\s|$)/, "person"],
  [/^\s*(هل|وهل|أ)(\s|$)/, "yesno"],
];

/** Asks what someone said or thinks: then only that person's words answer it. */
const EN_REPORTED =
  /\b(?:say|said|says|tell|told|speak|spoke|spoken|talked|commented|state|stated|mention|mentioned|claim|claimed|announce|announced|declare|declared|stress|stressed|position|stance|view|views|opinion|think|thinks|thought|believe|believes|according to|quote|quoted|words?)\b/i;
const AR_REPORTED =
  /(?:^|\s)(?:و|ف)?(?:قال|قاله|يقول|تقول|قالت|صرح|يصرح|ذكر|اكد|يري|راي|موقف|حسب|بحسب|اعلن|اشار|تحدث|كلام|تصريح|تصريحات|اقوال)(?:ه|ها)?(?=\s|$|[؟?،,.])/;

export function asksWhatSomeoneSaid(question: string, lang: Lang): boolean {
  return lang === "ar" ? AR_REPORTED.test(normalizeArabic(question)) : EN_REPORTED.test(question);
}

/** "X's position on Syria" asks for a stance (what they said), not for an office. */
const EN_STANCE =
  /\b(?:position|stance|view|opinion)s?\b[^?]*?\b(?:on|about|regarding|towards?|concerning)\b/i;

export function answerType(question: string, lang: Lang): AnswerType {
  if (lang === "en") {
    for (const [pattern, type] of EN_TYPES)
      if (pattern.test(question)) return type === "role" && EN_STANCE.test(question) ? "other" : type;
    return "other";
  }
  const norm = normalizeArabic(question);
  for (const [pattern, type] of AR_TYPES) if (pattern.test(norm)) return type;
  return "other";
}

// Whole words only (normalised, after an optional «و/ف/ب/ل/ال» prefix): «اب» (August) must not
// match inside «الإرهاب», nor «ألف» (thousand) the start of «الفلسطينيين».
const MONTHS =
  "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين";
const WEEKDAYS = "الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت";
const WORD_START = "(?:^|[^\\p{L}\\p{N}])(?:[وف]?(?:ب|ل|لل)?(?:ال)?)";
const WORD_END = "(?![\\p{L}\\p{N}])";
const DATE_PATTERN = new RegExp(
  `${WORD_START}(?:${MONTHS}|${WEEKDAYS}|يوم|امس|غدا|القرن|قرن|منتصف|مطلع|اواخر|اوايل|سنوات|اعوام|(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)يات)${WORD_END}` +
    // A clock time («3:08»).
    `|\\d{1,2}:\\d\\d` +
    // A year in digits, or a year or month said relative to now («العام الماضي»).
    `|(?:^|\\D)(?:1[0-9]|20)\\d\\d(?!\\d)` +
    `|(?:العام|عام|الشهر|السنه|الاسبوع)\\s+(?:الماضي|المقبل|القادم|الحالي|الجاري|السابق)${WORD_END}`,
  "u",
);
const NUMBER_PATTERN = new RegExp(
  `\\d|${WORD_START}(?:واحد|اثنان|اثنين|اثنتان|اثنتين|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|` +
    `عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين|مئه|مائه|مئات|مئتين|مائتين|الف|الفين|الاف|` +
    `مليون|ملايين|مليار|مليارات|نصف|ربع|ثلث|عشرات)(?:ه|ون|ين|ات|ي|يه)?${WORD_END}`,
  "u",
);
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
    case "yesno":
    case "role":
    case "other":
      return false;
  }
}
