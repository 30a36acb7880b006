import type { Lang } from "./types.js";

/**
 * Dates and agency names as readers of each language write them: "3 February 2021" /
 * «3 فبراير/شباط 2021» (the article's own way), "TASS" / «تاس» from a source line "TASS / تاس".
 * Plain text, shared by the answer texts and the renderers.
 */

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** Egyptian/Gulf and Levantine month names, paired the way TASS's Arabic service writes them. */
const AR_MONTHS = [
  "يناير/كانون الثاني",
  "فبراير/شباط",
  "مارس/آذار",
  "أبريل/نيسان",
  "مايو/أيار",
  "يونيو/حزيران",
  "يوليو/تموز",
  "أغسطس/آب",
  "سبتمبر/أيلول",
  "أكتوبر/تشرين الأول",
  "نوفمبر/تشرين الثاني",
  "ديسمبر/كانون الأول",
];
const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const AR_DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date as a reader writes it (weekday in front when asked); undefined when not a valid ISO date. */
export function readerDate(date: string, lang: Lang, withWeekday = false): string | undefined {
  const m = ISO_DATE.exec(date.trim());
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const when = new Date(Date.UTC(year, month - 1, day));
  if (m === null || when.getUTCMonth() !== month - 1 || when.getUTCDate() !== day) return undefined;
  const weekday = (lang === "ar" ? AR_DAYS : EN_DAYS)[when.getUTCDay()];
  const text = `${day} ${(lang === "ar" ? AR_MONTHS : EN_MONTHS)[month - 1]} ${year}`;
  return withWeekday ? `${weekday} ${text}` : text;
}

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The part of a source line "TASS / تاس" in a script ("TASS" or «تاس»), if it has one. */
export function sourcePart(source: string, script: Lang): string | undefined {
  return source
    .split(/\s*\/\s*/)
    .map((p) => p.trim())
    .find((p) => p.length > 0 && (script === "ar" ? ARABIC.test(p) : LATIN.test(p) && !ARABIC.test(p)));
}
