import { normalizeArabic } from "./normalize.js";
import { withoutConjunction } from "./question-words.js";

/**
 * Dialect questions read as Modern Standard Arabic: Levantine, Gulf, Egyptian, Iraqi and
 * Maghrebi question words, verbs of saying and particles, rewritten into the MSA words a
 * reader means, so the rest of the pipeline reads one language. General lists written from
 * grammars and phrasebooks, never from a question set.
 */

/** Dialect words → the Modern Standard Arabic word a reader means (normalised keys). */
const DIALECT_TO_MSA: Readonly<Record<string, string>> = toNormalisedMap({
  // what
  شو: "ماذا",
  ايش: "ماذا",
  إيش: "ماذا",
  وش: "ماذا",
  ايه: "ماذا",
  إيه: "ماذا",
  اش: "ماذا",
  شنو: "ماذا",
  شنهو: "ماذا",
  // Iraqi: «شكو» (what is there), «شگد» (how much), «حچى»/«حجى» (said: «چ» for «ك»)
  شكو: "ماذا",
  // Maghrebi: «شكون» (who), «علاش» (why), «شحال» (how much), «واش» (whether), «هاد» (this)
  شكون: "من",
  وقتاش: "متى",
  فوقاش: "متى",
  علاش: "لماذا",
  شحال: "كم",
  واش: "هل",
  هاد: "هذا",
  // Egyptian «ده»/«دي» (this), after the noun.
  ده: "هذا",
  دي: "هذه",
  هادا: "هذا",
  هادي: "هذه",
  هادو: "هؤلاء",
  // where
  وين: "أين",
  فين: "أين",
  // when
  امتى: "متى",
  إمتى: "متى",
  امتا: "متى",
  إمتا: "متى",
  ايمتى: "متى",
  // why / how / how much
  ليش: "لماذا",
  ليه: "لماذا",
  شلون: "كيف",
  كيفاش: "كيف",
  ازاي: "كيف",
  إزاي: "كيف",
  قديش: "كم",
  كام: "كم",
  شگد: "كم",
  شكد: "كم",
  // who
  مين: "من",
  منو: "من",
  // next / now / there is
  الجاي: "المقبل",
  الجايه: "المقبلة",
  الجاية: "المقبلة",
  جاي: "مقبل",
  هلق: "الآن",
  هلأ: "الآن",
  دلوقتي: "الآن",
  هسا: "الآن",
  هسه: "الآن",
  // said / talked
  حكى: "قال",
  حكا: "قال",
  حچى: "قال",
  حجى: "قال",
  گال: "قال",
  // Iraqi and Gulf «كال» (the «ق» said as «g», written «ك»).
  كال: "قال",
  يگول: "يقول",
  يحچي: "يقول",
  يحجي: "يقول",
  احكيلي: "أخبرني",
  قلي: "أخبرني",
  قللي: "أخبرني",
  قولي: "أخبرني",
  // relative pronoun
  اللي: "التي",
  إللي: "التي",
  // the meeting / the talks ("اللقا" drops the hamza)
  اللقا: "اللقاء",
});

function toNormalisedMap(raw: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) out[normalizeArabic(k)] = v;
  return out;
}

/** Nouns that open like a dialect «ب» + imperfect verb. */
const NOUNS_WITH_BI = new Set(
  [
    "بيان",
    "بيانات",
    "بيروت",
    "بيئه",
    "بينما",
    "بينهم",
    "بينها",
    "بيننا",
    "بنيه",
    "بنوك",
    "بتروك",
    "بيوت",
    "بنايه",
  ].map(normalizeArabic),
);

/**
 * Rewrite dialect words of an Arabic question into the MSA words they stand for
 * («وين رح يكون الاجتماع الجاي؟» → «أين رح يكون الاجتماع المقبل؟»), keeping everything else
 * as written. Only whole words are replaced; a glued «و» is kept.
 */
/**
 * «جاب سيرة …» / «جاب طاري …» (brought up the story of …): Levantine and Gulf for "mentioned".
 * The noun is part of the idiom, not what is asked about.
 */
const MENTION_IDIOM =
  /(^|\s)([وف]?)(?:جاب|جابت|جابوا|جابو|يجيب|بيجيب|تجيب)\s+(?:سيرة|سيره|سيرت|طاري)(?=\s|$)/gu;

export function dialectToMsa(text: string): string {
  const question = text.replace(MENTION_IDIOM, "$1$2ذكر");
  const dialect = (question.match(/[\p{L}\p{M}]+/gu) ?? []).some((word) => {
    const norm = normalizeArabic(word);
    return (
      DIALECT_TO_MSA[norm] !== undefined ||
      withoutConjunction(norm, (w) => DIALECT_TO_MSA[w] !== undefined) !== undefined
    );
  });
  return question.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const norm = normalizeArabic(word);
    const direct = DIALECT_TO_MSA[norm];
    if (direct !== undefined) return direct;
    // Levantine/Egyptian «ب» before the imperfect («بيهم», «بتعرف», «بنحكي») in a dialect
    // question: the verb is the same without it.
    if (dialect && /^ب[يتن]/.test(norm) && norm.length >= 4 && !NOUNS_WITH_BI.has(norm)) return norm.slice(1);
    // Levantine/Gulf demonstrative glued to a definite noun: «هالخبر» is «هذا الخبر».
    if (norm.startsWith("هال") && norm.length >= 6) return `هذا ال${norm.slice(3)}`;
    const bare = withoutConjunction(norm, (w) => DIALECT_TO_MSA[w] !== undefined);
    if (bare !== undefined) return `${norm.slice(0, 1)}${DIALECT_TO_MSA[bare]}`;
    return word;
  });
}
