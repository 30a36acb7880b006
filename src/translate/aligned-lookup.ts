import { type AlignedTranslation, paragraphTranslation, translationOfSpan } from "../corpus/translation.js";
import { analyzeArabic } from "../text/arabic-analyzer.js";
import { buildTransliterationIndex, matchTransliteration } from "./transliterate/index.js";

/**
 * Answers' view of the aligned English translations (the `TranslationLookup` seam): English
 * for quoted spans, paragraphs and titles, and the English spelling of names, found in the
 * aligned English of the clause where the name is written, by transliteration (Lavrov ~
 * لافروف) — so a person's English name comes from the translation, not from a table.
 */
export interface TranslationLookup {
  /** English for the span `[start, end)` of a document, or undefined without a translation. */
  span(doc: string, start: number, end: number): string | undefined;
  /** English for a whole paragraph. */
  paragraph(doc: string, paragraph: number): string | undefined;
  title(doc: string): string | undefined;
  /** The English spelling of a name written at `[start, end)` («سيرغي لافروف» → "Sergey Lavrov"). */
  name(doc: string, start: number, end: number): string | undefined;
  /** Whether the document has a translation at all. */
  has(doc: string): boolean;
}

export const NO_TRANSLATIONS: TranslationLookup = {
  span: () => undefined,
  paragraph: () => undefined,
  title: () => undefined,
  name: () => undefined,
  has: () => false,
};

/** Least transliteration score for an English word to be read as spelling an Arabic name word. */
const NAME_MATCH = 0.6;

/** The run of capitalised English words that spell the Arabic name words (first to last match). */
export function englishNameIn(english: string, arabicName: string): string | undefined {
  const arabicWords = analyzeArabic(arabicName).map((t) => arabicName.slice(t.start, t.end));
  if (arabicWords.length === 0) return undefined;
  const index = buildTransliterationIndex(arabicWords);
  const words = [...english.matchAll(/[\p{Lu}][\p{L}'-]*/gu)];
  let first: RegExpMatchArray | undefined;
  let last: RegExpMatchArray | undefined;
  for (const word of words) {
    const best = matchTransliteration(index, word[0])[0]?.score ?? 0;
    if (best < NAME_MATCH) continue;
    // A new run starts when a non-name word separates it from the previous match.
    if (last !== undefined && first !== undefined) {
      const gap = english.slice((last.index ?? 0) + last[0].length, word.index ?? 0);
      if (!/^\s*(?:[\p{Lu}][\p{L}'-]*\s*)*$/u.test(gap)) first = word;
    } else first = word;
    last = word;
  }
  if (first === undefined || last === undefined) return undefined;
  return english.slice(first.index ?? 0, (last.index ?? 0) + last[0].length);
}

export function alignedTranslationLookup(
  translations: ReadonlyMap<string, AlignedTranslation>,
): TranslationLookup {
  return {
    span: (doc, start, end) => {
      const t = translations.get(doc);
      return t === undefined ? undefined : translationOfSpan(t, start, end);
    },
    paragraph: (doc, n) => {
      const t = translations.get(doc);
      return t === undefined ? undefined : paragraphTranslation(t, n);
    },
    title: (doc) => translations.get(doc)?.title,
    name: (doc, start, end) => {
      const t = translations.get(doc);
      const segment = t?.segments.find((s) => s.start <= start && end <= s.end);
      if (segment === undefined) return undefined;
      return englishNameIn(segment.en, segment.ar.slice(start - segment.start, end - segment.start));
    },
    has: (doc) => translations.has(doc),
  };
}
