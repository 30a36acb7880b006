import type { Lang, Quote, SourceRef, TermMatch } from "../core/types.js";

/**
 * Answer texts in the question's language. Quotes always stay Arabic and verbatim; the
 * framing around them is Arabic for Arabic questions and English for English ones.
 */

function sourceLine(sources: readonly SourceRef[], lang: Lang): string {
  const first = sources[0];
  if (first === undefined) return "";
  const date = first.date ? `, ${first.date}` : "";
  if (sources.length > 1) return lang === "ar" ? "بحسب المصادر" : "According to the sources";
  return lang === "ar" ? `بحسب ${first.source}${date}` : `According to ${first.source}${date}`;
}

export function composeAnswerText(
  lang: Lang,
  quotes: readonly Quote[],
  sources: readonly SourceRef[],
  matched: readonly TermMatch[],
): string {
  const lines: string[] = [];
  quotes.forEach((quote, i) => {
    if (i === 0)
      lines.push(`${sourceLine(sources, lang)}${lang === "ar" ? "، " : ", "}«${quote.text}» [${quote.n}]`);
    else lines.push(`${lang === "ar" ? "وكذلك" : "Also"}: «${quote.text}» [${quote.n}]`);
  });
  if (lang === "en" && matched.length > 0) {
    const pairs = matched.map((m) => `${m.english} → ${m.arabic.join(" / ")}`);
    lines.push(`(Matched: ${pairs.join("; ")})`);
  }
  return lines.join("\n");
}

/** The answer's lead: framing and citation markers, without the quote bodies. */
export function composeAnswerLead(
  lang: Lang,
  quotes: readonly Quote[],
  sources: readonly SourceRef[],
): string {
  const markers = quotes.map((q) => `[${q.n}]`).join(" ");
  return lang === "ar"
    ? `${sourceLine(sources, lang)}، ورد في المقال ما يلي ${markers}:`
    : `${sourceLine(sources, lang)}, the article says (in Arabic) ${markers}:`;
}

export function composeQuotesLead(lang: Lang): string {
  return lang === "ar" ? "النص الحرفي من المصدر:" : "The source's exact words (Arabic):";
}

export function composeQuotesText(lang: Lang, quotes: readonly Quote[]): string {
  const header = composeQuotesLead(lang);
  const body = quotes.map((q) =>
    lang === "ar"
      ? `[${q.n}] (الفقرة ${q.paragraph}) «${q.text}»`
      : `[${q.n}] (paragraph ${q.paragraph}) «${q.text}»`,
  );
  return [header, ...body].join("\n");
}

export function composeNotCovered(lang: Lang, sources: readonly SourceRef[]): string {
  const titles = sources.slice(0, 3).map((s) => s.title);
  if (lang === "ar") {
    const about = titles.length === 1 ? ` المقال يتناول: ${titles[0]}.` : "";
    return `لا يتناول المقال هذا السؤال، لذلك لا أستطيع الإجابة عنه من المصدر.${about}`;
  }
  const about = titles.length === 1 ? ` The article is about: ${titles[0]}.` : "";
  return `The article does not cover this, so I cannot answer it from the source.${about}`;
}

export function composeEmptyQuestion(lang: Lang): string {
  return lang === "ar"
    ? "لم أجد سؤالاً في رسالتك. اكتب سؤالاً عن المقال، مثل: «أين التقى الوزيران؟»"
    : 'I could not find a question in your message. Ask something about the article, e.g. "Where did the ministers meet?"';
}
