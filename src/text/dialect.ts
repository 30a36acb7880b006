import { normalizeArabic } from "./normalize.js";
import { isArabicFrameWord, withoutConjunction } from "./question-words.js";

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
  // Iraqi «شوكت» (when); Levantine «متل» (like)
  شوكت: "متى",
  متل: "مثل",
  // Levantine and Iraqi «هاي» (this, feminine)
  هاي: "هذه",
  هادي: "هذه",
  هادو: "هؤلاء",
  // Egyptian «اتقابلوا» (they met), Iraqi «حجوا» (they talked)
  اتقابلوا: "التقيا",
  // «بيها»/«بيه» (in it), as Levantine, Egyptian and Maghrebi say «بها»/«به» (not «بيهم»: it
  // also is «بـ» + «يهم», "it concerns")
  بيها: "بها",
  بيه: "به",
  // Levantine «بمين» (with whom); Iraqi and Gulf «گال» (said: «گ» for «ق»)
  بمين: "مع من",
  گالو: "قالوا",
  گالوا: "قالوا",
  گالت: "قالت",
  // Egyptian future «هيتعمل»/«حيتعمل» (will be held)
  هيتعمل: "سيعقد",
  هتتعمل: "ستعقد",
  حيتعمل: "سيعقد",
  حتتعمل: "ستعقد",
  // Egyptian «اتعمل»/«اتعقد» (was held)
  اتعمل: "عقد",
  اتعملت: "عقدت",
  اتعقد: "عقد",
  اتعقدت: "عقدت",
  // Gulf «سولف» (talked)
  سولف: "تحدث",
  سولفوا: "تحدثوا",
  سولفو: "تحدثوا",
  يسولفون: "يتحدثون",
  // Maghrebi «بغا»/«بغات» (wanted), «يدير» (does)
  بغا: "أراد",
  بغات: "أرادت",
  بغاو: "أرادوا",
  يدير: "يفعل",
  // Gulf «يسوي»/«تسوي» (does), «بهاي» (in this)
  يسوي: "يفعل",
  تسوي: "تفعل",
  يسوون: "يفعلون",
  بهاي: "بهذه",
  // Maghrebi «اشنو» (what), «خاصو»/«خاصها» (he/she must)
  اشنو: "ماذا",
  خاصو: "يجب",
  خاصها: "يجب",
  خاصهم: "يجب",
  خاصنا: "يجب",
  اتقابلو: "التقيا",
  تقابلوا: "التقيا",
  اتقابل: "التقى",
  حجوا: "قالوا",
  حچوا: "قالوا",
  حكوا: "قالوا",
  // Maghrebi «فاش» (when), «تلاقاو» (they met), «بجوج» (the two), «الوزرا» (the ministers)
  فاش: "متى",
  تلاقاو: "التقيا",
  تلاقاوا: "التقيا",
  بجوج: "",
  جوج: "اثنان",
  الوزرا: "الوزراء",
  // Maghrebi «شمن» (which), «نهار» (day), «السيمانة» (the week)
  شمن: "أي",
  // Astana as spoken and often written («استانه»).
  استانه: "أستانا",
  نهار: "يوم",
  السيمانة: "الأسبوع",
  سيمانة: "أسبوع",
  // Levantine «إلها», «إلو» (it has, he has)
  إلها: "لها",
  الها: "لها",
  إلو: "له",
  إله: "له",
  إلهم: "لهم",
  الهم: "لهم",
  // which (Egyptian «أنهي»)
  أنهي: "أي",
  انهي: "أي",
  أنهو: "أي",
  انهو: "أي",
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
  // relative pronoun (Levantine «يلي» too)
  اللي: "التي",
  إللي: "التي",
  يلي: "التي",
  // someone / outside / the Levant
  حدا: "أحد",
  برا: "خارج",
  برة: "خارج",
  بره: "خارج",
  الشام: "سوريا",
  // want (Gulf «يبي», «يبغى»)
  يبي: "يريد",
  تبي: "تريد",
  يبون: "يريدون",
  يبغى: "يريد",
  يبغي: "يريد",
  يبغون: "يريدون",
  تبغى: "تريد",
  // return (Levantine «رجعة»)
  رجعة: "عودة",
  رجعه: "عودة",
  الرجعة: "العودة",
  الرجعه: "العودة",
  // Maghrebi «كاين» (there is), «بيناتهم» (between them), «باش» (so that), «ف» (in)
  كاين: "يوجد",
  كاينة: "توجد",
  كاينه: "توجد",
  كاينين: "يوجد",
  بيناتهم: "بينهم",
  بيناتنا: "بيننا",
  باش: "لكي",
  // Maghrebi and Iraqi «هوما» (they), Maghrebi «لخرين»/«لوخرين» (the others)
  هوما: "هم",
  // «جا» (came: «إيش اللي جا في…», what came in…)
  جا: "جاء",
  // Levantine and Egyptian passives of solving («تنحل», «ينحل»: be solved)
  تنحل: "حل",
  ينحل: "حل",
  انحلت: "حل",
  لخرين: "الآخرين",
  لوخرين: "الآخرين",
  لخرى: "الأخرى",
  ف: "في",
  // Iraqi «ويا» (with), «مال» (of: «الاسم مال الوزير»)
  ويا: "مع",
  // Egyptian «بتاع»/«بتاعة» (of: «الاقتراحات بتاعة الخليج»), the Levantine «تبع» is a frame word
  بتاع: "",
  بتاعة: "",
  بتاعه: "",
  بتاعت: "",
  بتوع: "",
  مال: "",
  // Levantine «ينتسى» (is forgotten), «إشي» (a thing)
  ينتسى: "ينسى",
  تنتسى: "تنسى",
  إشي: "شيء",
  اشي: "شيء",
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

/** «قعد مع …», «مع مين قعد …» (sat down with): Levantine and Gulf for meeting someone. */
const SAT_WITH_IDIOM = /(^|\s)([وف]?)(?:قعد|قعدوا|قعدو|قعدت|يقعد|بيقعد|گعد|گعدوا|گعدو)(?=\s|$)/gu;
// Iraqi «ويا» is «مع».
const WITH = /(?:^|\s)[وف]?(?:مع|ويا)(?:\s|$)/u;

/**
 * The Levantine object or possessive «ـو» («نشرتو», «بيشغلو», «تصريحاتو»: published it, holds
 * it, his statements) is MSA «ـه»: after a past verb's «ت» or the dialect «ب» of the imperfect,
 * in a question with other dialect words, and after a plural noun's «ات» wherever it is written.
 * Never after a long vowel («قالوا»-like plurals keep theirs), and not on other words ending in
 * «و»: those are too often names («كوسوفو») or plural verbs («بلشو», they began).
 */
const LEVANTINE_PRONOUN = /^(\S{2,}ت)و$/u;
/** After the dialect «ب» of the imperfect («بيشغلو»), any verb. */
const VERB_PRONOUN = /^(\S{2,}[^اويى])و$/u;

/** Maghrebi «فاش من مدينة» (in which city): «فاش» before «من» + noun asks which, «وفاش» too. */
const WHICH_OF = /(^|\s)(و?)فاش\s+من\s+(?=\S)/gu;

/** Levantine «عم» marks the next word as a verb: its glued «ل» + pronoun is written apart. */
const PROGRESSIVE_GLUED = /(^|\s)عم\s+([يتن]\S{2,}?)(ل(?:ها|هم|ه|و|ي|ك|نا))(?=\s|$|[؟?،,.!])/gu;

export function dialectToMsa(text: string): string {
  const question = text
    .replace(PROGRESSIVE_GLUED, "$1عم $2 $3")
    .replace(WHICH_OF, "$1$2في أي ")
    .replace(MENTION_IDIOM, "$1$2ذكر")
    .replace(SAT_WITH_IDIOM, (m, a, b) => (WITH.test(text) ? `${a}${b}اجتمع` : m));
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
    // Iraqi and Gulf «شـ» glued to a verb of asking («شيريدون», «شتريد»: what do they want).
    const what = /^ش([يت]\S{3,})$/u.exec(norm)?.[1];
    if (what !== undefined && isArabicFrameWord(what)) return `ماذا ${DIALECT_TO_MSA[what] ?? what}`;
    // Levantine/Egyptian «ب» before the imperfect («بيهم», «بتعرف», «بنحكي») in a dialect
    // question: the verb is the same without it.
    const verb =
      dialect && /^ب[يتن]/.test(norm) && norm.length >= 4 && !NOUNS_WITH_BI.has(norm)
        ? norm.slice(1)
        : undefined;
    // A plural noun's «اتو» («تصريحاتو») is the pronoun wherever it is written.
    const pronoun =
      verb !== undefined
        ? VERB_PRONOUN.exec(verb)
        : dialect || /\S{3}اتو$/u.test(norm)
          ? LEVANTINE_PRONOUN.exec(norm)
          : null;
    if (pronoun !== null) return `${pronoun[1] ?? ""}ه`;
    // «بتروّجلها» (promotes for it): the verb with a glued «ل» + pronoun, written apart.
    // Not a verb whose own last letter is «ل» and that frames as a whole («بيحمله»: holds it).
    const glued =
      verb === undefined || isArabicFrameWord(verb) ? null : /^(\S{3,})(ل(?:ها|هم|ه|ي|ك|نا))$/u.exec(verb);
    if (glued !== null) return `${glued[1] ?? ""} ${glued[2] ?? ""}`;
    if (verb !== undefined) return verb;
    // Levantine/Gulf demonstrative glued to a definite noun: «هالخبر» is «هذا الخبر», and
    // with a preposition before it «بهاللقاء» is «بهذا اللقاء».
    const demonstrative = /^([وبلف]{0,2})هال(\S{3,})$/u.exec(norm);
    if (demonstrative !== null) return `${demonstrative[1] ?? ""}هذا ال${demonstrative[2] ?? ""}`;
    const bare = withoutConjunction(norm, (w) => DIALECT_TO_MSA[w] !== undefined);
    if (bare !== undefined) {
      const msa = DIALECT_TO_MSA[bare] ?? "";
      // Maghrebi «ف» before a definite noun is «في» («فالسيمانة»: in the week).
      return norm.startsWith("ف") && msa.startsWith("ال") ? `في ${msa}` : `${norm.slice(0, 1)}${msa}`;
    }
    return word;
  });
}
