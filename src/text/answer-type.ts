import type { Lang } from "../core/types.js";
import { normalizeArabic } from "./normalize.js";

/**
 * What a question asks for (a date, a place, a person, a number…), from general interrogative
 * patterns in Arabic and English, and whether a text holds that kind of thing. Pure text
 * functions: answering picks quotes with them, retrieval prefers passages that hold an answer.
 */

export type AnswerType = "date" | "place" | "person" | "number" | "yesno" | "role" | "other";

const EN_TYPES: readonly [RegExp, AnswerType][] = [
  // Not "when" before an -ing clause ("Why did he bring it up when talking about Syria?").
  [/\b(when(?!\s+\w+ing\b)|what (?:date|day|time|year|month)|which (?:date|day|year|month))\b/i, "date"],
  [
    // "How many countries…?" asks which they are (the reader counts): see asksWhichCountries.
    /\b(how many(?!\s+(?:other\s+)?(?:countries|states|nations)\b)|how much(?!\s+(?:detail|attention|emphasis|time\s+did\s+they\s+spend))|how long|how old|how far|how often|what number|which number|what percentage|what (?:resolution )?number|which resolution|what(?:'s|\s+is|\s+was)\s+the\s+(?:[\w-]+\s+){0,2}number)\b/i,
    "number",
  ],
  [/\b(where|which (?:city|country|capital|place)|what (?:city|country|capital|place))\b/i, "place"],
  [
    /\b(what(?:'s|\s+is|\s+was) (?:the |his |her |their |its )?(?:[\w-]+ )?(?:[\w-]+'s? )?(?:position|title|role|job|office|post|occupation|profession)|(?:position|title|role|job|office|post) (?:of|does|did|is|was)|what (?:position|title|office|post) does|(?:which|what) (?:other |another )?(?:posts?|positions?|titles?|offices?|jobs?) (?:does|did|do)|what (?:does|did) [\w-]+(?: [\w-]+)? do(?: for a living)?\s*\??$)\b/i,
    "role",
  ],
  [/\b(who|whom|whose)\b/i, "person"],
  [/^\s*(?:is|are|was|were|do|does|did|will|would|has|have|had|can|could|should)\b/i, "yesno"],
];

// A glued «و»/«ف» («وامتى؟») and punctuation right after the word («متى؟») are allowed.
const AR_END = "(?=\\s|$|[؟?،.!])";
const AR_TYPES: readonly [RegExp, AnswerType][] = [
  // «منذ متى» (since when) asks how long, as "how long" does: a span, not the day of an event.
  [new RegExp(`(^|\\s)[وف]?منذ متي${AR_END}`), "number"],
  [
    new RegExp(
      `(^|\\s)[وف]?(متي|(?:في |ب)?اي (?:يوم|تاريخ|عام|سنه|شهر)|(?:ما|ما هو|شو|ايش|وش) (?:تاريخ|موعد|ميعاد)|(?:يوم|تاريخ) (?:ماذا|كم|كام))${AR_END}`,
    ),
    "date",
  ],
  [new RegExp(`(^|\\s)[وف]?(كم|ما رقم|ما عدد|ما هو رقم|ما نسبه)${AR_END}`), "number"],
  [
    new RegExp(`(^|\\s)[وف]?(اين|(?:في )?اي (?:مدينه|دوله|بلد|مكان|عاصمه)|ما المدينه|ما العاصمه)${AR_END}`),
    "place",
  ],
  [
    new RegExp(
      `(^|\\s)[وف]?(ما|ماذا|ما هو|ما هي)?\\s*(ال)?(منصب|مناصب|منصبان|منصبين|صفه|وظيفه|لقب|مسمي|شغل|شغال|يشتغل|بيشتغل|يعمل|يكون|بيكون)(?:ه|ها|هم|ا)?${AR_END}`,
    ),
    "role",
  ],
  // «مع من التقى…؟» (with whom) and the dialects' «مين»/«منو» ask for a person too.
  [/^\s*[وف]?(?:مع\s+|ل)?(من هو|من هي|من هم|من الذي|من التي|من|مين|منو)(\s|$)/, "person"],
  // «ما اسم السفير؟» (the name of an office-holder) asks who holds the office.
  [
    /^\s*[وف]?(?:ما|ماذا) (?:هو )?اسم (?:ال)?(?:وزير|رييس|سفير|ملك|امير|مبعوث|متحدث|ناطق|امين|مدير|قايد|زعيم|ممثل|مندوب|نايب|مستشار)/,
    "person",
  ],
  [/^\s*(هل|وهل|أ)(\s|$)/, "yesno"],
];

/**
 * Asks for someone's name ("What is Safadi's full name?", «ما الاسم الكامل للصفدي؟»): answered,
 * like "who is", from the apposition that introduces the person.
 */
const EN_NAME =
  /\bwhat(?:'s|\s+is|\s+was|\s+are)\s+(?:the\s+)?(?:[\w-]+(?:'s?)?\s+)?(?:(?:full|first|last|family|complete)\s+)?names?\b/i;
const AR_NAME = new RegExp(`(^|\\s)(?:ما|ماذا|ما هو|شو|ايش|وش)\\s+(?:ال)?اسم(?:ه|ها)?${AR_END}`);

export function asksForName(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_NAME.test(question) : AR_NAME.test(normalizeArabic(question));
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
  for (const [pattern, type] of AR_TYPES) {
    const match = pattern.exec(norm);
    if (match === null) continue;
    // «شو كان رأيه بالتطبيع بين إسرائيل وكم دولة عربية؟»: a «كم» after the question's own
    // interrogative is the dialects' "a few", not "how many"; «كم دولة…؟» asks which they are.
    if (
      type === "number" &&
      /كم$/.test(match[0].trim()) &&
      (AR_EARLIER_WH.test(norm.slice(0, match.index)) ||
        /^\s*(?:دوله|دول|بلد|بلدان)(?=\s|$|[؟?،.!])/.test(norm.slice(match.index + match[0].length)))
    )
      continue;
    return type;
  }
  return "other";
}

/** An interrogative before the matched one («ماذا … وكم …»). */
const AR_EARLIER_WH = /(?:^|\s)[وف]?(?:ماذا|ما|شو|ايش|وش|من|مين|متي|اين|وين|كيف|لماذا|ليش|هل)(?=\s|$)/;

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
const DATE_DIGITS = new RegExp(
  `\\d{1,2}\\s+(?:${MONTHS})(?:\\s*/\\s*(?:${MONTHS}))?(?:\\s+\\d{4})?|(?:^|\\D)(?:1[5-9]|20)\\d\\d(?!\\d)`,
  "gu",
);
const NUMBER_PATTERN = new RegExp(
  `\\d|${WORD_START}(?:واحد|اثنان|اثنين|اثنتان|اثنتين|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|` +
    `عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين|مئه|مائه|مئات|مئتين|مائتين|الف|الفين|الاف|` +
    `مليون|ملايين|مليار|مليارات|نصف|ربع|ثلث|عشرات)(?:ه|ون|ين|ات|ي|يه)?${WORD_END}`,
  "u",
);
const PLACE_PATTERN = /(مدينه|العاصمه|عاصمه|منطقه|بلده|اقليم|محافظه|(^|\s)في\s+\S+)/;
/** …or people who act "themselves" («السوريون أنفسهم»). */
const PERSON_PATTERN = /(وزير|الرئيس|رئيس|السيد|الملك|الامير|المبعوث|السفير|الامين العام|نائب|انفسهم)/;

/**
 * A numeral after «رقم» ("number") labels a thing («القرار رقم 2254»); it counts nothing.
 */
const LABEL_DIGITS = /(?:^|[^\p{L}])[وف]?(?:ب|ل)?(?:ال)?رقم\s*\d+/gu;

/** Questions after a label («ما رقم القرار؟», "Which resolution …?"), not after a count. */
const EN_LABEL = /\b(?:what|which)\b[^?]*?\b(?:resolutions?\b|numbers?\b(?!\s+of\b))/i;
const AR_LABEL = /(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?رقم(?:ه|ها|و)?(?=\s|$|[؟?،.!])/;

/**
 * Whether a number question asks how many or how much («كم عدد…؟», "How many…?") rather than
 * which number labels something («ما رقم القرار؟», "Which resolution…?"): a count is not
 * answered by a label («القرار رقم 2254»).
 */
export function asksForCount(question: string, lang: Lang): boolean {
  if (answerType(question, lang) !== "number") return false;
  return lang === "en" ? !EN_LABEL.test(question) : !AR_LABEL.test(normalizeArabic(question));
}

/** Does a text hold a quantity: a number that is neither part of a date nor a label? */
export function holdsQuantity(text: string): boolean {
  return NUMBER_PATTERN.test(normalizeArabic(text).replace(DATE_DIGITS, " ").replace(LABEL_DIGITS, " "));
}

/** Does a passage contain the kind of thing the question asks for? */
export function matchesAnswerType(text: string, type: AnswerType): boolean {
  const norm = normalizeArabic(text);
  switch (type) {
    case "date":
      return DATE_PATTERN.test(norm);
    case "number":
      // A date's digits («3 فبراير 2021») count nothing: "how many" is not answered by a year.
      return NUMBER_PATTERN.test(norm.replace(DATE_DIGITS, " "));
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

/**
 * "When was X launched?", "When did X arrive?", "When will X visit…?": a date asked for one
 * event, past or future, named by the question's verb. A text that never names that event
 * dates only others (the talks' own day, the next meeting), so no date it holds answers.
 * "When is the next meeting planned?" (present tense) asks after a scheduled event too, but
 * its verb ("planned", "scheduled") only frames the date.
 */
const EN_EVENT_DATE =
  /^\s*(?:since\s+)?(?:when|(?:in\s+)?(?:what|which)\s+(?:year|month|day|date))\s+(?:was|were|did|will|has|have|had)\b|^\s*when\s+(?!is\b|are\b)\S+\s+(?:\S+\s+)?(?:became|become|took|began|begun|started|joined|got|won|\w+ed)\b/i;

export function asksEventDate(question: string, lang: Lang): boolean {
  // Arabic has no auxiliary to tell an event from a state: every date question («متى»، «في أي
  // سنة») asks when something happened, and its content words name what.
  return lang === "en" ? EN_EVENT_DATE.test(question) : answerType(question, lang) === "date";
}

/**
 * Words naming no event of their own: "take place" is "happen", and a light verb takes its
 * event from its noun ("When did Lavrov make his remarks?"), whatever the rest names. (Arabic
 * verbs of happening, «حصل»، «جرى», are framing words of the planner.)
 */
const EN_EVENT_IDIOM = /\b(?:take|takes|took|taken|taking)\s+place\b/i;
const EN_LIGHT_VERBS = new Set(
  "make makes made making do does done doing get gets got gotten getting give gives gave given giving have has had having".split(
    " ",
  ),
);

export function inEventIdiom(question: string, word: string): boolean {
  const lower = word.toLowerCase();
  return EN_LIGHT_VERBS.has(lower) || (lower === "place" && EN_EVENT_IDIOM.test(question));
}

/**
 * "Which countries…?", «ما الدول التي…؟», «أسماء الدول»: asks for countries by name, so only a
 * passage naming one answers ("a group of Arab states" names none).
 */
const EN_WHICH_COUNTRIES =
  /\bhow\s+many\s+(?:other\s+)?(?:countries|states|nations)\b|\b(?:which|what)\s+(?:[a-z]+\s+)?(?:countries|states|nations|hotspots|hot\s+spots|trouble\s+spots|flashpoints|crises)\b|\bmember\s+(?:states|countries)\b|\b(?:who|what)\s+(?:are|were)\s+the\s+(?:members|parties|participants)\s+of\b/i;
/** «كم دولة…؟» (how many countries) asks which they are, unless another interrogative came first. */
const AR_HOW_MANY_COUNTRIES = /(?:^|\s)[وف]?كم\s+(?:دوله|دول|بلد|بلدان)(?=\s|$|[؟?،.!])/;
const AR_WHICH_COUNTRIES =
  /(?:^|\s)(?:[وف]?(?:ما|ماذا|ماهي|ما هي|اي|شو|ايش|وش|مين|من هي|منو|اكو|فيه)\s+(?:هي\s+)?(?:ال)?(?:دول|بلدان|بلاد|عواصم)|[وف]?من\s+(?:هي\s+)?(?:ال)?(?:دول|بلدان)\s+(?:التي|اللي|الذي)|(?:سم|سمي|اذكر)\s+(?:لي\s+|لنا\s+)?(?:ال)?(?:دول|بلدان|عواصم)|اسماء\s+(?:ال)?(?:دول|بلدان|عواصم)|(?:ال)?(?:دول|بلدان|اطراف|جهات)\s+(?:ال)?اعضاء|(?:ال)?(?:اطراف|اعضاء|جهات|دول)(?:\s+(?:ال)?\S+)?\s+(?:التي|الذي|الذين|اللي)\s+(?:ب?تتكون|تتالف|ب?يتكون|يتالف|تضم|يضم|تشكل|يشكل)|من\s+(?:هم|هي)\s+(?:ال)?اعضاء)(?=\s|$|[؟?،.!])/;

/**
 * "On what occasion…?", «في أي مناسبة…؟», "At what event…?": the occasion someone spoke at, which
 * a text names by the event («خلال مؤتمره الصحفي المشترك»). «في أي إطار» and "in what forum" only
 * with a verb of speaking: «في أي إطار يجب أن يتحاور السوريون» asks for a framework.
 */
const EN_OCCASION =
  /\b(?:at|on|during|in)\s+(?:what|which)\s+(?:\w+\s+)?(?:occasion|event)\b|\b(?:at|on|during|in)\s+(?:what|which)\s+(?:\w+\s+)?(?:setting|forum|venue)\b(?=.*\b(?:say|said|says|speak|spoke|make|made|remarks?|statements?|comments?)\b)/i;
const AR_OCCASION =
  /(?:^|\s)(?:في|ب|خلال)?\s*(?:اي|ايه)\s+(?:مناسبه|فعاليه|حدث)(?=\s|$|[؟?،.!])|(?:^|\s)(?:في|ب|خلال)?\s*(?:اي|ايه)\s+اطار\s+(?:\S+\s+){0,2}?(?:ادلي|ادلت|صرح|صرحت|قال|تحدث|اعلن|تكلم)(?=\s|$)|(?:^|\s)اين\s+(?:ادلي|ادلت|صرح|صرحت)(?=\s|$)/;
/** The events a statement is made at. */
const OCCASION_NOUNS = new RegExp(
  `(?:^|[^\\p{L}])(?:ال)?(?:${["مؤتمر", "مقابلة", "خطاب", "كلمة", "بيان", "ندوة"].map(normalizeArabic).join("|")})(?:ه|ها)?(?=$|[^\\p{L}])`,
  "u",
);

/**
 * "What did they discuss regarding the Gulf?", «ما القضية الأساسية التي بحثها الجانبان؟», "What
 * was on the table?": what the meeting was about, which a news lead states («ناقش … المفهوم
 * الروسي…») before the body quotes what was said on it.
 */
const EN_DISCUSSED_WHAT =
  /^\s*(?:and\s+|so\s+)?(?:what|which)\b(?=.*\b(?:discuss(?:ed|ing)?|talk(?:ed)?\s+about|cover(?:ed)?|on\s+the\s+(?:table|agenda)|main\s+(?:topic|issue|subject|focus))\b)/i;
const AR_DISCUSSED_WHAT =
  /^\s*[وف]?(?:ما|ماذا|ماهو|ماهي|شو|ايش|وش|اي)(?:\s|$)(?=.*(?:(?:^|\s)(?:ال)?(?:موضوع|قضيه|مساله|ملف)\s+(?:ال)?(?:اساسي|اساسيه|رييسي|رييسيه)|(?:^|\s)(?:الذي|التي|اللي)?\s*(?:بحث|ناقش|تناول|تباحث|تداول|تطرق|تناقش|بحثه|ناقشه|تناوله|بحثها|ناقشها|تناولها|تباحثا|بحثا|ناقشا|تناقشو|تناقشوا)))/;

export function asksWhatWasDiscussed(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_DISCUSSED_WHAT.test(question) : AR_DISCUSSED_WHAT.test(normalizeArabic(question));
}

export function asksOccasion(question: string, lang: Lang): boolean {
  return lang === "en"
    ? EN_OCCASION.test(question)
    : AR_OCCASION.test(normalizeArabic(question).replace(/بأي/g, "ب اي"));
}

/**
 * "In what capacity does Jordan take part?", «بأي صفة يشارك الأردن؟»: answered by the clause
 * giving the capacity («بصفة مراقب»), not by an office.
 */
const EN_CAPACITY =
  /\b(?:in\s+what|in\s+which)\s+capacity\b|\bas\s+what\b|\bwhat\s+(?:kind\s+of\s+)?(?:status|standing)\b|\b(?:a\s+)?(?:full\s+|official\s+)?(?:member|membership)\b(?!\s+(?:states|countries|nations))|\b(?:is|was|are)\s+\w+\s+(?:a|one\s+of\s+the)\s+guarantors?\b/i;
// Whether a party is a member («هل الأردن عضو…؟») asks its capacity too; not «الدول الأعضاء».
const AR_CAPACITY =
  /(?:^|\s)(?:ب?اي|ما|ماهي|ما هي|شو|ايش|وش)\s+(?:ال)?صفه(?=\s|$|[؟?،.!])|(?:^|\s)(?:ما|شو|ايش|وش)\s+صفت(?:ه|ها)(?=\s|$|[؟?،.!])|(?:^|\s)[وفك]?(?:عضو|عضوا|عضويه|عضوه)(?=\s|$|[؟?،.!])|(?:^|\s)(?:ال)?(?:دوله|دول)\s+(?:ال)?ضامن(?:ه)?(?=\s|$|[؟?،.!])/;
const GIVES_CAPACITY = /(?:^|[^\p{L}])(?:بصفه|بصفت|بوصف|كمراقب)/u;

export function asksCapacity(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_CAPACITY.test(question) : AR_CAPACITY.test(normalizeArabic(question));
}

export function givesCapacity(text: string): boolean {
  return GIVES_CAPACITY.test(normalizeArabic(text));
}

export function namesOccasion(text: string): boolean {
  return OCCASION_NOUNS.test(normalizeArabic(text));
}

/**
 * "Who exactly are the external players…?", «من هم اللاعبون الخارجيون…؟»: asks who make up a
 * group the text speaks of, which only a passage naming some of them answers.
 */
const EN_WHO_ARE_THE =
  /\bwho\s+(?:exactly\s+)?(?:are|were|would\s+be|will\s+be)\s+(?:the|these|those)\s+(?!two\b|both\b)|\bwhich\s+[\w'-]+(?:\s+[\w'-]+)?\s+exactly\b/i;
const AR_WHO_ARE_THE = /(?:^|\s)[وف]?(?:من|مين|منو|شكون)\s+(?:هم|هما|هن)\s+(?:ال)(?!وزير|طرف|جانب)\S+/;

export function asksWhoMakeUpGroup(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_WHO_ARE_THE.test(question) : AR_WHO_ARE_THE.test(normalizeArabic(question));
}

export function asksWhichCountries(question: string, lang: Lang): boolean {
  // «هل يستبعد أي دول…؟»: in a yes/no question «أي» is "any", not "which".
  if (answerType(question, lang) === "yesno") return false;
  if (lang === "en") return EN_WHICH_COUNTRIES.test(question);
  const norm = normalizeArabic(question);
  const howMany = AR_HOW_MANY_COUNTRIES.exec(norm);
  return (
    AR_WHICH_COUNTRIES.test(norm) || (howMany !== null && !AR_EARLIER_WH.test(norm.slice(0, howMany.index)))
  );
}

/**
 * "Which country…?", «أي دولة…؟»: a country is asked, so a city the passage names («سوتشي») is
 * not the answer even where a place pattern finds one.
 */
const EN_WHICH_COUNTRY = /\b(?:which|what)\s+(?:[a-z]+\s+)?(?:country|state|nation)\b/i;
const AR_WHICH_COUNTRY = /(?:^|\s)[وف]?(?:اي|ما|ماهي|ما هي)\s+(?:ال)?(?:دوله|بلد)(?=\s|$|[؟?،.!])/;

export function asksWhichCountry(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_WHICH_COUNTRY.test(question) : AR_WHICH_COUNTRY.test(normalizeArabic(question));
}

/** The particle of a choice: «أم»/«أو», Levantine and Egyptian «ولا»; "or". */
const AR_CHOICE = /(?:^|\s)(?:ام|او|ولا)(?=\s)/;
const EN_CHOICE = /\bor\b/i;

/**
 * The alternative a choice question offers after its particle ("Was it in Moscow or Amman?",
 * «بالتفصيل ولا كلام عام؟»), undefined when the question offers none. One side may well be
 * absent from the text: that is the answer, not a sign the question is elsewhere.
 */
export function choiceAlternative(question: string, lang: Lang): string | undefined {
  const text = lang === "ar" ? normalizeArabic(question) : question;
  const match = (lang === "ar" ? AR_CHOICE : EN_CHOICE).exec(text);
  return match === null ? undefined : text.slice(match.index + match[0].length);
}
