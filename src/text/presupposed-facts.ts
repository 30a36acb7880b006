import type { Lang } from "../core/types.js";
import { answerType } from "./answer-type.js";
import { normalizeArabic } from "./normalize.js";

/**
 * What a question asks of a text beyond its own words, each with the test of a passage that
 * gives it: an earlier post («قبل أن يصبح وزيراً»), since when someone holds one, where someone is
 * from, a reason ("why"), what a cited document says. A report that introduces people by their
 * present offices, states facts without causes or names a document without its content answers
 * none of them (`src/answer/coverage-presupposed.ts`).
 */
/**
 * Asks for a post held before the present one ("What post did Safadi hold before…?", «ما المنصب
 * الذي شغله قبل…؟», «شو كان شغله سابقاً؟»): a text introducing people by their present offices
 * answers it only where it calls one former («السابق», "former").
 */
const EN_EARLIER = /\b(?:before|previously|formerly|former|earlier|prior|used\s+to)\b/i;
const AR_EARLIER = /(?:^|\s)[وف]?(?:قبل|سابقا|السابق|السابقه|سابق|قبلها|قبله|اول\s+منصب)(?=\s|$|[؟?،.!])/;
/** A text calling an office former. */
const FORMER_MARK = /(?:^|[^\p{L}])(?:ال)?(?:سابق|سابقه|سابقا)(?![\p{L}])|\bformer(?:ly)?\b/u;

export function asksEarlierRole(question: string, lang: Lang): boolean {
  if (answerType(question, lang) !== "role" && !/\b(?:post|position|job|office)\b/i.test(question))
    return false;
  return lang === "en" ? EN_EARLIER.test(question) : AR_EARLIER.test(normalizeArabic(question));
}

/**
 * Asks since when someone holds their post ("Since what year has Lavrov been foreign
 * minister?", «منذ متى يشغل الصفدي منصبه؟»): a text introducing people by their present offices
 * answers it only where it says since when («منذ»).
 */
const EN_TENURE = /\bsince\s+(?:when|what\s+year|which\s+year)\b|\bhow\s+long\s+(?:has|have|had)\b/i;
const AR_TENURE =
  /(?:^|\s)(?:منذ|من)\s+(?:متي|امتي|ايمتي|اي\s+(?:عام|سنه))(?=\s|$|[؟?])|(?:^|\s)(?:قديش|كم)\s+(?:صارله|صارلو|له|سنه|عام)(?=\s|$)/;
const GIVES_SINCE = /(?:^|[^\p{L}])منذ(?![\p{L}])|\bsince\b/u;

export function asksTenure(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_TENURE.test(question) : AR_TENURE.test(normalizeArabic(question));
}

export function givesSince(text: string): boolean {
  return GIVES_SINCE.test(normalizeArabic(text));
}

export function callsFormer(text: string): boolean {
  return FORMER_MARK.test(normalizeArabic(text));
}

/**
 * Asks where someone is from or was born ("Where is Safadi from?", «من وين لافروف؟», «الصفدي من
 * أي مدينة؟»): not the event's place, and a news report gives it only in words of origin.
 */
const EN_ORIGIN =
  /\bwhere\s+(?:is|was|are|were|does|did)\s+[^?]*?\b(?:from|come\s+from|born|grow\s+up|grew\s+up|raised)\s*\??\s*$|\b(?:hometown|birthplace|home\s+town|place\s+of\s+birth)\b/i;
// Dialect «من وين», «منين», «من فين» ask where from; MSA «من أين» asks "from where" of anything.
const AR_ORIGIN =
  /(?:^|\s)(?:من\s+(?:وين|فين|اي\s+(?:مدينه|بلد|بلده|منطقه))|منين|مسقط\s+راس|(?:وين|اين|فين)\s+(?:ولد|انولد|اتولد|نشا|تربي))(?=\s|$|[؟?،.!])/;
/** Words of origin a text would give it in. */
const ORIGIN_MARK = /(?:مواليد|ولد\s+في|ولد\s+ب|مسقط\s+راس|ينحدر\s+من|born\s+in|native\s+of)/u;

export function asksOrigin(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_ORIGIN.test(question) : AR_ORIGIN.test(normalizeArabic(question));
}

export function givesOrigin(text: string): boolean {
  return ORIGIN_MARK.test(normalizeArabic(text));
}

/**
 * "Why…?", «لماذا…؟», «ليش…؟»: a reason is asked, and only a passage that gives one answers it.
 * A reason is marked in Arabic by a causal connective («لأن», «بسبب», «نظرا»، «من أجل»…); the
 * purpose «ل» before a verbal noun is left out, as it also introduces plain complements.
 */
const EN_REASON = /^\s*(?:and\s+|so\s+)?(?:why|how come|for what reason)\b/i;
const AR_REASON =
  /^\s*[وف]?(?:لماذا|ليش|ليه|علام|لما ذا|لاي سبب|ما سبب|ما السبب|شو سبب|ايش سبب)(?=\s|$|[؟?،.!])/;
const REASON_MARK =
  /(?:^|\s)[وف]?(?:لان|لانه|لانها|لانهم|لاننا|بسبب|نظرا|من اجل|بهدف|لكي|كي|اذ ان|حيث ان|بما ان|لذلك|نتيجه|بفضل)(?=\s|$|[،.:"])/;

export function asksReason(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_REASON.test(question) : AR_REASON.test(normalizeArabic(question));
}

/**
 * A second question after the first ("Why are they interested in the Gulf — what do they want
 * to achieve?", «ليش مهتمين بالخليج؟ شنو الهدف؟»): the second may be answered where the "why"
 * is not.
 */
const EN_SECOND_QUESTION =
  /(?:[?—–]|\s-\s)\s*(?:\S.*)?\b(?:what|which|who|where|when|how|did|do|does)\b|,\s*(?:and\s+)?(?:what|which|who)\b/i;
const AR_SECOND_QUESTION = /[؟?—–،]\s*(?:\S+\s+)*?[وف]?(?:ما|ماذا|شو|شنو|ايش|وش|من|مين|هل|اي)(?=\s|$)/;

export function asksSecondQuestion(question: string, lang: Lang): boolean {
  const text = question.trim().replace(/[?؟]\s*$/, "");
  return lang === "en" ? EN_SECOND_QUESTION.test(text) : AR_SECOND_QUESTION.test(normalizeArabic(text));
}

export function givesReason(text: string): boolean {
  return REASON_MARK.test(normalizeArabic(text));
}

/**
 * Asks what a document says ("What does resolution 2254 stipulate?", «ما بنود مبادرة السلام
 * العربية؟», «ايش ينص عليه القرار 2254؟»): a report that cites a document by name answers it
 * only where it gives its content («الذي ينص على…»).
 */
const EN_DOCUMENT =
  "(?:resolution|initiative|agreement|accord|deal|treaty|document|charter|declaration|plan|roadmap)";
const EN_DOCUMENT_CONTENT = new RegExp(
  `\\bwhat\\s+(?:exactly\\s+)?(?:does|did|do)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}${EN_DOCUMENT}\\b[^?]*?\\b(?:say|state|stipulate|require|provide|call\\s+for|contain|include|demand|set\\s+out|envisage|propose|suggest|offer|entail|involve)\\b|\\b(?:terms|provisions|clauses|contents?|text)\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}${EN_DOCUMENT}\\b`,
  "i",
);
const AR_CONTENT_WORD =
  /(?:^|\s)[وف]?(?:ينص|تنص|بينص|نص|نصوص|بنود|البنود|مضمون|محتوي|فحوي|مضامين|يتضمن|تتضمن)(?:ه|ها)?(?=\s|$|[؟?،.!])/;
/** The documents a report cites by name: a resolution, an initiative, an agreement… */
const AR_DOCUMENT_NOUN =
  /(?:^|\s)(?:[وف]?(?:بال|لل|ال|ب|ل))?(?:قرار|مبادره|اتفاق|اتفاقيه|وثيقه|معاهده|ميثاق|اعلان)(?=\s|$|[؟?،.!])/;
/** A plan's items («بنود المفهوم الروسي»): asked of a proposal, they are its content too. */
const AR_ITEMS = /(?:^|\s)[وف]?(?:ال)?(?:بنود|بند|بندا)(?:ه|ها)?(?=\s|$|[؟?،.!])/;
/** …and its parameters or details asked for themselves («ما هي المعايير التي يحددها المفهوم؟»). */
const AR_ITEMS_ASKED =
  /(?:^|\s)[وف]?(?:ما|ماهي|شو|ايش|وش)\s+(?:هي\s+)?(?:ال)?(?:معايير|تفاصيل|عناصر|مكونات)(?=\s|$|[؟?،.!])/;
const AR_PROPOSAL_NOUN =
  /(?:^|\s)(?:[وف]?(?:بال|لل|ال|ب|ل))?(?:مفهوم|مقترح|مقترحات|اقتراح|خطه|مشروع)(?=\s|$|[؟?،.!])/;
/** A passage giving a document's content. */
const GIVES_CONTENT = /(?:ينص|تنص|نص\s+على|يقضي|تقضي|بنود|يدعو\s+إلى|تدعو\s+إلى|يتضمن|تتضمن)/u;

/** A proposal's items ("the parameters of Russia's Gulf security concept"). */
const EN_ITEMS =
  /\b(?:parameters|provisions|clauses|items|elements|components|terms|details)\s+(?:(?:[\w-]+\s+){0,3}?(?:in|by)\s+|of\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:concept|proposal|plan|initiative|system)\b/i;

export function asksDocumentContent(question: string, lang: Lang): boolean {
  if (lang === "en") return EN_DOCUMENT_CONTENT.test(question) || EN_ITEMS.test(question);
  const norm = normalizeArabic(question);
  return (
    (AR_CONTENT_WORD.test(norm) && AR_DOCUMENT_NOUN.test(norm)) ||
    ((AR_ITEMS.test(norm) || AR_ITEMS_ASKED.test(norm)) && AR_PROPOSAL_NOUN.test(norm))
  );
}

export function givesDocumentContent(text: string): boolean {
  return GIVES_CONTENT.test(text);
}

/**
 * Asks whether documents were signed ("Did they sign any agreements?", «هل وقّع الوزيران أي
 * اتفاقية؟», «وقعوا مذكرة تفاهم؟»): talks "agreeing" on something is no signing, and a report
 * answers it only where it speaks of one.
 */
const EN_SIGNING =
  /\b(?:sign|signs|signed|signing|ink|inked)\b(?=[^?]*\b(?:agreements?|deals?|memorand(?:um|a)|mous?|accords?|treat(?:y|ies)|contracts?|documents?|pacts?|protocols?)\b)/i;
const AR_SIGNING =
  /(?:^|\s)[وف]?(?:وقع|وقعا|وقعوا|وقعت|يوقع|يوقعان|توقيع|التوقيع|بتوقيع|سيوقع|سيوقعان)(?=\s)(?=.*(?:^|\s)[وبل]?(?:ال)?(?:اتفاق|اتفاقيه|اتفاقيات|اتفاقات|مذكره|مذكرات|عقد|عقود|معاهده|معاهدات|وثيقه|وثايق|بروتوكول|صفقه|صفقات)(?=\s|$|[؟?،.!]))/;
const SIGNING_MARK =
  /(?:^|[^\p{L}])[وف]?(?:ال|ب)?(?:وقع|وقعا|وقعت|توقيع|يوقع|توقيعه)(?![\p{L}])|\bsign(?:ed|ing)?\b/u;

export function asksSigning(question: string, lang: Lang): boolean {
  return lang === "en" ? EN_SIGNING.test(question) : AR_SIGNING.test(normalizeArabic(question));
}

export function speaksOfSigning(text: string): boolean {
  return SIGNING_MARK.test(normalizeArabic(text));
}
