import type { Lang } from "../core/types.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * What the question asks for, from general interrogative and request patterns in Arabic
 * and English (not from any particular question set).
 */

export { type AnswerType, answerType, asksForName, matchesAnswerType } from "../text/answer-type.js";

const EN_QUOTE_REQUEST =
  /\b(quotes?|quotations?|quoted|verbatim|exact (?:words?|wording|text|phrasing|statement)|word[- ]for[- ]word|in (?:his|her|their) own words|original (?:text|wording|arabic|words?|passages?)|source (?:text|passages?|quotes?|paragraphs?)|(?:show|give|send|list)(?: me)? (?:the )?(?:sources?|passages?|paragraphs?)|^\s*(?:(?:please|(?:can|could|would) you)\s+)?cite|citations?|excerpts?|(?:the |a )?(?:passages?|paragraphs?) (?:about|on|regarding|where|that|which)|copy (?:the |of )?|full (?:quote|text|statement|passage)|original (?:sentence|statement))\b/i;

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
    // «تنقل لي نص كلامه», «زي ما هو»: the words themselves, passed on as they are («كما ورد في
    // الخبر» alone only says where: «ما الاسم الكامل … كما ورد في الخبر؟» asks the name).
    "(?:^|\\s)[تي]?نقل(?:ي)?\\s+(?:لي|لنا)(?:\\s|$)",
    "(?:^|\\s)نص\\s+(?:ال)?(?:كلام|تصريح)",
    "زي ما (?:هو|هي|قال|قاله|انقال)(?:\\s|$)",
  ].join("|"),
);

/** True when the user asks for the source's own words rather than an answer. */
export function isQuoteRequest(question: string): boolean {
  return EN_QUOTE_REQUEST.test(question) || AR_QUOTE_REQUEST.test(normalizeArabic(question));
}

/** Remove the request words so retrieval searches the topic ("quotes about Syria" → "Syria"). */
export function stripQuoteRequest(question: string): string {
  return (
    question
      .replace(new RegExp(EN_QUOTE_REQUEST.source, "gi"), " ")
      // "the exact words Lavrov used about…": the words someone used are the quote asked for.
      .replace(
        /\b(?:used|uses|use|employed|chose)\b(?=\s+(?:about|on|regarding|when|for|to\s+describe)\b)/gi,
        " ",
      )
      .replace(/\b(?:give|show|send|me|the|about|on|regarding|please|of|for|what|exact)\b/gi, " ")
      .replace(
        /(?:^|\s)(?:اعطني|أعطني|ارني|أرني|اعرض|اذكر|أرسل|ارسل|لي|حول|عن|بشأن|من فضلك|الاقتباس|اقتباس|اقتباسات|اقتبس|انقل|تنقل|ينقل|النص الحرفي|بالحرف الواحد|حرفياً|حرفيا|النص|نص|كما ورد|كما وردت|كما جاء|زي ما هو|زي ما هي)(?=\s|$)/g,
        " ",
      )
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * Asks to identify one thing ("Which resolution did Lavrov cite?", «ما هو القرار الذي ذكره
 * لافروف؟», «أي قرار…»): one answer, not a round-up of everything said on a theme. A plural
 * noun ("What issues did they raise?") may want the round-up, so it is left out.
 */
const EN_WHICH_ONE =
  /^\s*(?:and\s+)?(?:which|what)\s+(?!(?:did|do|does|is|was|are|were|has|have|had|will|would|can|could|about)\b)([a-z-]+)\s+(?:did|does|do|has|had|was|is)\b/i;
const AR_WHICH_ONE = /^\s*[وف]?(?:اي\s|(?:ما هو|ماهو)\s+\S+\s+(?:الذي|اللي)(?:\s|$))/;
/** An English plural by its ending ("issues", not "crisis", "status", "address"). */
const isPluralNoun = (word: string) => /[^siu]s$/i.test(word);

export function asksWhichOne(question: string, lang: Lang): boolean {
  if (lang === "ar") return AR_WHICH_ONE.test(normalizeArabic(question));
  const noun = EN_WHICH_ONE.exec(question)?.[1];
  return noun !== undefined && !isPluralNoun(noun);
}

/** Asks what someone said or thinks: then only that person's words answer it. */
const EN_REPORTED =
  /\b(?:say|said|says|tell|told|speak|spoke|spoken|talked|commented|state|stated|mention|mentioned|claim|claimed|announce|announced|declare|declared|stress|stressed|position|stance|view|views|opinion|think|thinks|thought|believe|believes|according to|quote|quoted|words?|respond|responded|response|react|reacted|reaction|reply|replied|insist|insists|insisted|urged|urges|warned|warns|emphasi[sz]ed|emphasi[sz]es|argued|argues|pointed out|noted)\b/i;
const AR_REPORTED =
  /(?:^|\s)(?:و|ف)?(?:قال|قاله|يقول|تقول|قالت|صرح|يصرح|ذكر|اكد|يري|راي|موقف|حسب|بحسب|اعلن|اشار|تحدث|يتحدث|تكلم|يتكلم|حكي|يحكي|(?:ال)?كلام|(?:ال)?تصريح|(?:ال)?تصريحات|(?:ال)?اقوال|رد|ردت|ردود|تعليق|علق|علقت)(?:ه|ها)?(?=\s|$|[؟?،,.])/;

export function asksWhatSomeoneSaid(question: string, lang: Lang): boolean {
  return lang === "ar" ? AR_REPORTED.test(normalizeArabic(question)) : EN_REPORTED.test(question);
}

/**
 * "Who should solve Syria's problems, in Russia's view?", «مين لازم يحل مشاكل سوريا حسب
 * لافروف؟»: who is to act, as someone sees it, not who said it.
 */
const EN_WHO_ACTS =
  /\bwho(?:'s|\s+is|\s+are)?\s+(?:should|must|will|would|can|could|shall|ought|supposed|has\s+to|have\s+to|needs?\s+to|is\s+to|gets\s+to|going\s+to)\b/i;
const AR_WHO_ACTS =
  /(?:^|\s)(?:من|مين|منو)\s+(?:(?:الذي|اللي|يلي)\s+)?(?:لازم|المفروض|مفروض|يجب|ينبغي|بدو|عليه|يفترض|سوف|رح|راح|س[يت]\S+)(?=\s|$)/;

export function asksWhoActs(question: string, lang: Lang): boolean {
  return lang === "ar" ? AR_WHO_ACTS.test(normalizeArabic(question)) : EN_WHO_ACTS.test(question);
}

/**
 * Asks how someone reacted to something («رد الصفدي على كلام لافروف», "How did Safadi respond
 * to Lavrov?"): the reacting party comes first, the one reacted to after.
 */
const EN_REACTION = /\b(?:respond|responded|response|react|reacted|reaction|reply|replied)\b/i;
const AR_REACTION = /(?:^|\s)[وف]?(?:رد|ردت|ردود|رده|ردها|تعليق|علق|علقت|تجاوب|تفاعل)(?=\s|$|[؟?،,.])/;

export function asksReaction(question: string, lang: Lang): boolean {
  return lang === "ar" ? AR_REACTION.test(normalizeArabic(question)) : EN_REACTION.test(question);
}

/**
 * A yes/no question checking who said something, with what was said after it: "Did Safadi say
 * that…", «هل الصفدي هو اللي قال إن…», «هل قال الصفدي إن…». Not "Did Safadi speak at the press
 * conference?": no words of his are asked about.
 */
const EN_SAID_THAT =
  /\b(?:say|said|says|claim|claimed|state|stated|tell|told|warn|warned|argue|argued)\s+(?:that|the)\b|\b(?:the one|the person) who\b/i;
const AR_SAID_THAT = /(?:^|\s)(?:ان|انه|انو|بان)(?=\s|$)|(?:^|\s)هو\s+(?:اللي|الذي|التي|يلي)(?=\s|$)/;

export function checksWhoSaidIt(question: string, lang: Lang): boolean {
  return lang === "ar" ? AR_SAID_THAT.test(normalizeArabic(question)) : EN_SAID_THAT.test(question);
}

/**
 * A negation in the question ("is not needed", "didn't", «لا ينبغي», «مش»), or a claim on
 * everything: whether the quotes confirm it or deny it is a matter the words alone cannot
 * settle, so no bare "yes" is given to it.
 */
const EN_NEGATION = /\b(?:not|no|never|nothing|none|nobody|neither|nor|without|no\s+longer)\b|n['’]?t\b/i;
const AR_NEGATION =
  /(?:^|\s)[وف]?(?:لا|لم|لن|ليس|ليست|ليسوا|مش|مو|مب|ماكو|مافي|ما\s+في|بدون|دون|غير|عدم)(?=\s|$)/;

/** …nor to a claim on everything ("Did they agree on everything?", «هل اتفقا على كل شيء؟»). */
const EN_UNIVERSAL =
  /\b(?:everything|every\s+(?:issue|point|thing|topic)|all\s+(?:issues|points|topics|matters)|completely|fully|totally|entirely|always)\b/i;
const AR_UNIVERSAL =
  /(?:^|\s)[وف]?(?:ب|في|علي)?\s*(?:كل\s+شيء|كل\s+شي|كل\s+(?:القضايا|المسايل|النقاط|الملفات)|تماما|كليا|دائما|بالكامل)(?=\s|$|[؟?،.!])/;

/**
 * …nor to a claim that something was all there was or how slight it was ("Was Syria only
 * touched on briefly?", «هل اقتصر الحديث على…», «مرور الكرام»): the quotes hold the words and
 * say otherwise.
 */
const EN_EXCLUSIVE = /\b(?:only|merely|solely|exclusively|briefly|superficially|cursorily|in\s+passing)\b/i;
const AR_EXCLUSIVE =
  /(?:^|\s)[وف]?(?:فقط|مجرد|وحده|وحدها|وحدهم|لحاله|لحالها|تقتصر|يقتصر|اقتصر|اقتصرت|مقتصر|مقتصره|سطحيا|بسطحيه|باقتضاب|مرور\s+الكرام)(?=\s|$|[؟?،.!])/;

export function claimsBeyondYes(question: string, lang: Lang): boolean {
  if (lang === "en")
    return EN_NEGATION.test(question) || EN_UNIVERSAL.test(question) || EN_EXCLUSIVE.test(question);
  const norm = normalizeArabic(question);
  return AR_NEGATION.test(norm) || AR_UNIVERSAL.test(norm) || AR_EXCLUSIVE.test(norm);
}
