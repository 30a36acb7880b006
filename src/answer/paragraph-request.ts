import type { Lang } from "../core/types.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * "Show me paragraph 3", "What does the second paragraph say?", «أريد الفقرة الأولى», «الفقرة
 * الأخيرة»: a paragraph asked for by its place in the article. Returns its number (1-based),
 * or `"last"`; undefined when the message names no paragraph by position.
 */
export type ParagraphPosition = number | "last";

const EN_ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];
// Feminine ordinals agree with «الفقرة»; both spellings of the hamza are normalised away.
const AR_ORDINALS = [
  "الاولي",
  "الثانيه",
  "الثالثه",
  "الرابعه",
  "الخامسه",
  "السادسه",
  "السابعه",
  "الثامنه",
  "التاسعه",
  "العاشره",
  "الحاديه عشره",
  "الثانيه عشره",
];

const EN_PARAGRAPH =
  /\b(?:paragraph|para|par\.?|¶)\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,3})\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final|opening|closing)\s+paragraph\b/i;
const AR_PARAGRAPH = new RegExp(
  `(?:^|\\s)(?:ال)?فقره\\s+(?:رقم\\s+)?(\\d{1,3}|${AR_ORDINALS.join("|")}|الاخيره)(?=\\s|$|[؟?.!،])`,
);

/** "the first sentence", «أول جملة بالخبر»: the opening paragraph holds it. */
const EN_FIRST_SENTENCE = /\b(?:first|opening)\s+(?:sentence|line)\b/i;
const AR_FIRST_SENTENCE =
  /(?:^|\s)اول\s+(?:جمله|سطر)|(?:^|\s)(?:ال)?(?:جمله|سطر)\s+(?:الاولي|الاول)(?=\s|$|[؟?.!،])/;

export function paragraphPosition(question: string, lang: Lang): ParagraphPosition | undefined {
  if (lang === "ar" ? AR_FIRST_SENTENCE.test(normalizeArabic(question)) : EN_FIRST_SENTENCE.test(question))
    return 1;
  if (lang === "ar") {
    const m = AR_PARAGRAPH.exec(
      normalizeArabic(question).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)),
    );
    const word = m?.[1];
    if (word === undefined) return undefined;
    if (/^\d+$/.test(word)) return Number(word);
    if (word === "الاخيره") return "last";
    const i = AR_ORDINALS.indexOf(word);
    return i >= 0 ? i + 1 : undefined;
  }
  const m = EN_PARAGRAPH.exec(question);
  if (m === null) return undefined;
  if (m[1] !== undefined) return Number(m[1]);
  const word = m[2]?.toLowerCase();
  if (word === undefined) return undefined;
  if (word === "last" || word === "final" || word === "closing") return "last";
  if (word === "opening") return 1;
  const i = EN_ORDINALS.indexOf(word);
  return i >= 0 ? i + 1 : undefined;
}
