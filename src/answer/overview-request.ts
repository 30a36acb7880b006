import type { Lang } from "../core/types.js";
import { lightStem } from "../text/arabic-analyzer.js";
import { dialectToMsa } from "../text/dialect.js";
import { normalizeArabic } from "../text/normalize.js";
import { wordSet } from "../text/question-words.js";

/**
 * Requests for an overview of the whole article judged word by word, as small talk and
 * metadata questions are: every word is overview vocabulary (summary words, "main", «أهم»),
 * a word for the article or the talks, or a function word, and one of them asks for the gist
 * ("sum up", "about", «ملخص», «أبرز», and what came of the talks: "results", «نتائج»). "What were
 * the talks mainly about?", «شو أهم شي
 * بالخبر؟». One word about anything else ("What were the talks about in Syria?") leaves it to
 * the phrase patterns, which read a topic.
 */

interface Vocabulary {
  /** Words that ask for the gist. */
  readonly cue: ReadonlySet<string>;
  /** The article, or the news event it reports. */
  readonly subject: ReadonlySet<string>;
  /** Words that may stand beside them without changing the request. */
  readonly function: ReadonlySet<string>;
}

const ENGLISH: Vocabulary = {
  cue: wordSet(
    "summary summarize summarise summarized sum recap rundown overview gist main mainly chiefly key highlights topics topic issues points subjects themes takeaways about outline results result outcome outcomes came come achieved",
  ),
  subject: wordSet(
    "article story piece report news text talks meeting meetings discussions negotiations visit conversation conversations it this",
  ),
  function: wordSet(
    "what were was is are be the a an of can could would will you please me us give tell in on up did do does they their two ministers sides men short brief briefly quick quickly general whole overall all main really basically then so ok okay just out covered cover discussed talked addressed went over big biggest major",
  ),
};

const arStems = (text: string) =>
  new Set(
    text
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map((w) => lightStem(normalizeArabic(w))),
  );

const ARABIC: Vocabulary = {
  cue: arStems(
    "لخص لخصلي ملخص تلخيص خلاصه زبده زبدة باختصار اختصر ابرز اهم النقاط نقطه القضايا المواضيع الموضوعات الملفات موضوع مضمون محتوي فحوي نتايج نتيجه مخرجات حصيله طلع خرج اسفر",
  ),
  subject: arStems("المقال المقاله الخبر التقرير النص المباحثات المحادثات اللقاء الاجتماع الزياره"),
  function: arStems(
    "ما ماذا شو ايش وش ايه هو هي في عن من لي لنا الي شي اشي حاجه اعطني عطيني هات بدي اريد ممكن يمكن سريع موجز عام عامه كامل كل هذا هذه جاء ورد الوزيرين الوزيران الجانبين الجانبان الطرفان التي الذي تناول تناولها تناوله تناولت تناولته شديد جدا تقول تقولي قولي قلي بيتكلم يتكلم تتكلم بتتكلم بيحكي يحكي يتضمن يتضمنه يتضمنها تتضمن تتضمنه تتضمنها انحكي انحكت",
  ),
};

/** Does this Arabic light stem ask for the gist («ملخص», «أبرز», and what came of it: «طلع», «نتائج»)? */
export function isArabicOverviewCue(stem: string): boolean {
  return ARABIC.cue.has(stem);
}

/** The word forms a written word may stand for: as written, without a glued «و/ب/ل/ف». */
function arabicForms(word: string): string[] {
  const norm = normalizeArabic(word);
  const forms = [norm];
  if (/^[وبلف]/.test(norm) && norm.length > 3) forms.push(norm.slice(1));
  if (/^(?:وب|ول|فب|فل)/.test(norm) && norm.length > 4) forms.push(norm.slice(2));
  return forms.map((f) => lightStem(f));
}

export function asksForWholeOverview(question: string, lang: Lang): boolean {
  const v = lang === "ar" ? ARABIC : ENGLISH;
  const text = lang === "ar" ? dialectToMsa(question) : question.toLowerCase();
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 12) return false;
  let cue = false;
  let subject = false;
  for (const word of words) {
    const forms = lang === "ar" ? arabicForms(word) : [word];
    const isCue = forms.some((f) => v.cue.has(f));
    const isSubject = forms.some((f) => v.subject.has(f));
    if (!isCue && !isSubject && !forms.some((f) => v.function.has(f))) return false;
    cue ||= isCue;
    subject ||= isSubject;
  }
  // "about" asks for the gist only about the article or the talks ("What is it about?").
  return cue && (subject || words.some((w) => v.cue.has(w) && w !== "about"));
}
