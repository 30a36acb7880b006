import type { Lang, Quote } from "../core/types.js";
import type { AnswerType } from "./intent.js";

/**
 * The short answer a reader wants first («في مدينة سوتشي», "In Sochi, in mid-February"),
 * found inside the quotes that support it: Arabic answers take the words verbatim from the
 * quote; English answers take them from the quote's aligned translation, or write dates from
 * the Arabic. Only spans of the quotes (or their translations) are used, so the direct answer
 * never says more than the evidence shown under it.
 */

const AR_MONTHS: Readonly<Record<string, string>> = {
  يناير: "January",
  "كانون الثاني": "January",
  فبراير: "February",
  شباط: "February",
  مارس: "March",
  آذار: "March",
  أبريل: "April",
  إبريل: "April",
  نيسان: "April",
  مايو: "May",
  أيار: "May",
  يونيو: "June",
  حزيران: "June",
  يوليو: "July",
  تموز: "July",
  أغسطس: "August",
  آب: "August",
  سبتمبر: "September",
  أيلول: "September",
  أكتوبر: "October",
  "تشرين الأول": "October",
  نوفمبر: "November",
  "تشرين الثاني": "November",
  ديسمبر: "December",
  "كانون الأول": "December",
};

const AR_WEEKDAYS: Readonly<Record<string, string>> = {
  الأحد: "Sunday",
  الاثنين: "Monday",
  الإثنين: "Monday",
  الثلاثاء: "Tuesday",
  الأربعاء: "Wednesday",
  الخميس: "Thursday",
  الجمعة: "Friday",
  السبت: "Saturday",
};

const AR_PARTS: Readonly<Record<string, string>> = {
  منتصف: "mid-",
  مطلع: "early ",
  أوائل: "early ",
  بداية: "early ",
  أواخر: "late ",
  نهاية: "late ",
};

const MONTH = Object.keys(AR_MONTHS).join("|");
const WEEKDAY = Object.keys(AR_WEEKDAYS).join("|");
const PART = Object.keys(AR_PARTS).join("|");
/** «الأربعاء 3 فبراير/شباط 2021», «منتصف فبراير», «3 شباط». */
const AR_DATE = new RegExp(
  `(?:(?:اليوم\\s+)?(${WEEKDAY})\\s+)?(?:(\\d{1,2})\\s+|(${PART})\\s+(?:شهر\\s+)?)(${MONTH})(?:/(?:${MONTH}))?(?:\\s+(\\d{4}))?`,
  "u",
);

const EN_DATE_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|week|month|year|\d{1,4})\b/i;
const AR_DATE_WORD = new RegExp(
  `(?:${MONTH}|${WEEKDAY}|اليوم|امس|أمس|غدا|غداً|الأسبوع|الشهر|العام|سنة|\\d)`,
  "u",
);

/** Whether a question names a day, month, year or date ("on Wednesday", «في شباط»). */
export function mentionsDate(text: string, lang: Lang): boolean {
  return lang === "ar" ? AR_DATE_WORD.test(text) : EN_DATE_WORD.test(text);
}

/** The first date expression of an Arabic text: its verbatim span and its English reading. */
export function findArabicDate(
  text: string,
): { readonly arabic: string; readonly english: string } | undefined {
  const m = AR_DATE.exec(text);
  if (m === null) return undefined;
  const [whole, weekday, day, part, month, year] = m;
  const monthEn = AR_MONTHS[month ?? ""] ?? "";
  const parts: string[] = [];
  if (weekday !== undefined) parts.push(AR_WEEKDAYS[weekday] ?? "");
  if (day !== undefined) parts.push(`${Number(day)} ${monthEn}`);
  else parts.push(`${AR_PARTS[part ?? ""] ?? ""}${monthEn}`);
  if (year !== undefined) parts.push(year);
  return { arabic: whole.replace(/^اليوم\s+/, ""), english: parts.join(" ").replace(/\s+/g, " ").trim() };
}

/**
 * «في مدينة سوتشي», «في العاصمة الروسية موسكو»: «في» + a settlement noun phrase (what "where"
 * usually asks for), then, failing that, a region («في منطقة الخليج»).
 */
export const AR_PLACES: readonly RegExp[] = [
  /في\s+(?:مدينة|العاصمة|عاصمة|بلدة|قرية)(?:\s+[^\s،,.:"«»]+)?\s+[^\s،,.:"«»]+/u,
  /في\s+(?:منطقة|جزيرة|ولاية|محافظة|إقليم)(?:\s+[^\s،,.:"«»]+)?\s+[^\s،,.:"«»]+/u,
];

/** The first place phrase of the texts, settlements before regions. */
export function findArabicPlace(texts: readonly string[]): { index: number; text: string } | undefined {
  for (const pattern of AR_PLACES)
    for (const [index, text] of texts.entries()) {
      const m = pattern.exec(text);
      if (m !== null) return { index, text: m[0] };
    }
  return undefined;
}
// "in Sochi", "in the city of Sochi", "in the Russian capital, Moscow": the settlement's name;
// a settlement named as one first, as in Arabic ("in the Gulf region" comes before "in the
// Russian capital Moscow" in the lead, but "where" asks for the city).
const EN_SETTLEMENT =
  /\bin (?:the )?(?:[A-Z][a-z]+ )?(?:city|capital|town)(?: of|,)? ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)/;
const EN_PLACE =
  /\bin (?:the )?(?:(?:[A-Z][a-z]+ )?(?:city|capital|town|region|province)(?: of|,)? )?((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)/;
const EN_WEEKDAY_FIRST = /^(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/;

const AR_NUMBER = /(?:[^\s،,.:"«»]+\s+){0,3}(?:رقم\s+)?\d+(?:[.,]\d+)?/u;
const EN_NUMBER = /(?:[A-Za-z][\w-]*\s+){0,4}(?:No\.?\s+|number\s+)?\d+(?:[.,]\d+)?/;

export interface DirectAnswer {
  /** The short answer in the question's language, e.g. «في مدينة سوتشي» or "In Sochi". */
  readonly text: string;
  /** The quote (citation number) it comes from. */
  readonly n: number;
}

function firstMatch(
  quotes: readonly Quote[],
  find: (quote: Quote) => string | undefined,
): DirectAnswer | undefined {
  for (const quote of quotes) {
    const text = find(quote);
    if (text !== undefined && text.trim().length > 0) return { text: text.trim(), n: quote.n };
  }
  return undefined;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toUpperCase()}${text.slice(1)}`;
}

/**
 * The direct answer for a question of a given type, from the quotes (in citation order), or
 * undefined when the quotes hold no span of that kind.
 */
export function directAnswer(
  type: AnswerType,
  lang: Lang,
  quotes: readonly Quote[],
): DirectAnswer | undefined {
  switch (type) {
    case "date":
      return firstMatch(quotes, (q) => {
        const date = findArabicDate(q.text);
        if (date === undefined) return undefined;
        if (lang === "ar") return date.arabic;
        return /^\d/.test(date.english) || /^[A-Z]/.test(date.english)
          ? `On ${date.english}`
          : `In ${date.english}`;
      });
    case "place": {
      if (lang === "ar") {
        const place = findArabicPlace(quotes.map((q) => q.text));
        const quote = place === undefined ? undefined : quotes[place.index];
        return place === undefined || quote === undefined ? undefined : { text: place.text, n: quote.n };
      }
      return firstMatch(quotes, (q) => {
        const m =
          q.translation === undefined
            ? null
            : (EN_SETTLEMENT.exec(q.translation) ?? EN_PLACE.exec(q.translation));
        if (m === null || m[1] === undefined) return undefined;
        const date = findArabicDate(q.text);
        return `In ${m[1]}${date === undefined ? "" : `, ${EN_WEEKDAY_FIRST.test(date.english) ? "on" : "in"} ${date.english}`}`;
      });
    }
    case "number":
      return firstMatch(quotes, (q) => {
        if (lang === "ar") return AR_NUMBER.exec(q.text)?.[0];
        const m = q.translation === undefined ? null : EN_NUMBER.exec(q.translation);
        return m === null ? undefined : capitalise(m[0]);
      });
    default:
      return undefined;
  }
}
