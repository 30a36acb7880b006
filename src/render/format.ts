/**
 * How the things every reply mentions are written for a reader of each language: dates as
 * readers write them (English "3 February 2021"; Arabic as the article writes them,
 * «3 فبراير/شباط 2021»), the agency's name in the reader's script, titles, speakers and a
 * citation one can copy. All functions return plain text (not HTML), with isolates where a
 * fragment of the other script sits in the line.
 */

import { readerDate, sourcePart } from "../core/reader-forms.js";
import type { Answer, Lang, Quote, SourceRef, Speaker } from "../core/types.js";
import { isolateForeignRuns, rtl, stripBidiControls, stripControlCharacters } from "./bidi.js";
import { strings } from "./i18n.js";

/**
 * Free text from the corpus or the answerer, safe to show: no control or bidi formatting
 * characters, and every paragraph break a newline (U+2029 and NEL also end a bidi paragraph,
 * and each paragraph must open with its own mark).
 */
export function cleanText(text: string): string {
  return stripControlCharacters(stripBidiControls(text.replace(/\r\n?|[\u0085\u2029]/g, "\n")));
}

/**
 * An ISO date (`2021-02-03`) as a reader writes it: "3 February 2021" / «3 فبراير/شباط 2021»,
 * with the weekday in front when asked. Anything that is not a valid ISO date is returned cleaned.
 */
export function formatDate(date: string, lang: Lang, withWeekday = false): string {
  return readerDate(date, lang, withWeekday) ?? cleanText(date);
}

/** The agency's name in the reader's script: "TASS / تاس" → "TASS" or «تاس» (the whole name when it has no such part). */
export function sourceName(source: string, lang: Lang): string {
  return sourcePart(cleanText(source), lang) ?? cleanText(source).trim();
}

/** The document's title for the reader: English readers get `titleEn`, else the Arabic title isolated. */
export function titleOf(ref: SourceRef, lang: Lang): string {
  const en = ref.titleEn === undefined ? "" : cleanText(ref.titleEn).trim();
  if (lang === "en" && en.length > 0) return en;
  return isolateForeignRuns(cleanText(ref.title).trim(), lang);
}

/** The document line: "TASS, 3 February 2021" / «تاس، 3 فبراير/شباط 2021». */
export function documentLine(ref: SourceRef, lang: Lang, withWeekday = false): string {
  const parts = [sourceName(ref.source, lang)];
  if (ref.date !== undefined && ref.date.trim() !== "") parts.push(formatDate(ref.date, lang, withWeekday));
  return isolateForeignRuns(parts.join(lang === "ar" ? "، " : ", "), lang);
}

/** A citation one can copy: "TASS, 3 February 2021, ¶9" / «تاس، 3 فبراير/شباط 2021، الفقرة 9». */
export function citation(ref: SourceRef | undefined, doc: string, paragraph: number, lang: Lang): string {
  const where = lang === "ar" ? `الفقرة ${paragraph}` : `¶${paragraph}`;
  const head = ref === undefined ? isolateForeignRuns(cleanText(doc), lang) : documentLine(ref, lang);
  return `${head}${lang === "ar" ? "، " : ", "}${where}`;
}

/** A speaker's name for the reader: English name when known, else the Arabic one (isolated in English). */
export function speakerName(speaker: Speaker, lang: Lang): string {
  const en = speaker.en === undefined ? "" : cleanText(speaker.en).trim();
  if (lang === "en" && en.length > 0) return en;
  const ar = cleanText(speaker.ar).trim();
  return lang === "en" ? rtl(ar) : ar;
}

/** The attribution written before a quote: "Sergey Lavrov said" / «قال سيرغي لافروف»; for the agency, "TASS reports" / «بحسب تاس». */
export function attribution(speaker: Speaker, lang: Lang): string {
  const name = speakerName(speaker, lang);
  if (speaker.kind === "agency") return lang === "ar" ? `بحسب ${name}` : `${name} reports`;
  return lang === "ar" ? `قال ${name}` : `${name} said`;
}

const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/**
 * Free prose (an answer's lead, a refusal) made to read right in `lang`, line by line: each
 * known source's bilingual name in the reader's script, ISO dates as readers write them, runs
 * of the other script isolated, and Arabic punctuation in Arabic lines.
 */
export function localizeProse(text: string, lang: Lang, sources: readonly SourceRef[] = []): string {
  let out = cleanText(text);
  for (const ref of sources) {
    const full = cleanText(ref.source).trim();
    const name = sourceName(full, lang);
    if (full.length > 0 && name !== full) out = out.split(full).join(name);
  }
  out = out.replace(ISO_IN_TEXT, (iso) => formatDate(iso, lang));
  return out
    .split("\n")
    .map((line) => isolateForeignRuns(line, lang))
    .join("\n");
}

/**
 * What is written before a quote or a cited paragraph, after its `[n]` markers: "Sergey
 * Lavrov said (paragraph 8)" / «قال سيرغي لافروف (الفقرة 8)», or "Paragraph 8" without a
 * speaker; with the document line when an answer cites several documents.
 */
export function quoteHeading(
  q: Pick<Quote, "doc" | "paragraph" | "speaker">,
  lang: Lang,
  sources: readonly SourceRef[],
  showDoc: boolean,
): string {
  const s = strings(lang);
  const ref = sources.find((x) => x.doc === q.doc);
  const doc = !showDoc
    ? ""
    : ref === undefined
      ? isolateForeignRuns(cleanText(q.doc), lang)
      : documentLine(ref, lang);
  if (q.speaker === undefined) return `${s.paragraphTitle(q.paragraph)}${doc === "" ? "" : ` (${doc})`}`;
  const where =
    doc === "" ? s.paragraph(q.paragraph) : `${doc}${lang === "ar" ? "، " : ", "}${s.paragraph(q.paragraph)}`;
  return `${attribution(q.speaker, lang)} (${where})`;
}

/** An English translation shown under Arabic text, on one line, safe to show; undefined when there is none or the reader is Arabic. */
export function translationText(translation: string | undefined, lang: Lang): string | undefined {
  if (lang !== "en" || translation === undefined) return undefined;
  const text = localizeProse(translation, "en")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  return text.length === 0 ? undefined : text;
}

/**
 * A quote's glossary line for English readers, on one line with its Arabic words isolated;
 * undefined when the reader is Arabic, the quote has a translation, or there is no gloss.
 */
export function glossText(q: Pick<Quote, "gloss" | "translation">, lang: Lang): string | undefined {
  if (lang !== "en" || q.gloss === undefined || translationText(q.translation, lang) !== undefined)
    return undefined;
  const text = localizeProse(q.gloss.replace(/\s*\n\s*/g, " "), "en").trim();
  return text.length === 0 ? undefined : text;
}

/**
 * The text shown above the quotes: `lead` (the answer without the quote bodies). Without a
 * lead, `text` is used, unless it repeats a quote body that is shown as a blockquote anyway.
 */
export function leadOf(answer: Answer): string {
  const lead = cleanText(answer.lead).trim();
  if (lead.length > 0) return lead;
  const repeatsQuote = answer.quotes.some((q) => q.text.trim().length > 0 && answer.text.includes(q.text));
  return repeatsQuote ? "" : cleanText(answer.text).trim();
}

/**
 * True for replies that quote nothing from the article (refusals, small talk). An uncovered
 * answer may still quote: "the article does not quote Safadi; Lavrov spoke on it: …".
 */
export const answersNothing = (answer: Answer): boolean => answer.quotes.length === 0;

/**
 * Example questions to offer under an answer: the answerer's own, else (refusals and small
 * talk) the catalogue's; at most three.
 */
export function suggestionsFor(answer: Answer): readonly string[] {
  const own = (answer.suggestions ?? []).map((q) => cleanText(q).trim()).filter((q) => q.length > 0);
  if (own.length > 0) return own.slice(0, 3);
  const refusal = answer.kind === "not_covered" || answer.kind === "smalltalk" || !answer.covered;
  return refusal ? strings(answer.lang).exampleQuestions.slice(0, 3) : [];
}

/** A refusal without the answerer's own suggestions says what the article covers (catalogue text). */
export const needsTopics = (answer: Answer): boolean =>
  answer.kind === "not_covered" && answer.suggestions === undefined;

/**
 * A refusal's or greeting's text without the line that lists the example questions, when they
 * are shown another way (buttons, or a list): the line holding every one of them.
 */
export function withoutSuggestionLine(text: string, suggestions: readonly string[]): string {
  if (suggestions.length === 0) return text;
  return text
    .split("\n")
    .filter((line) => !suggestions.every((q) => line.includes(q)))
    .join("\n")
    .trim();
}
