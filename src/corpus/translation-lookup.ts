/**
 * Look-ups over the loaded aligned translations, in the shape the answer layer asks for
 * (`TranslationLookup` in `answer/translations.ts`; matched structurally, since the corpus
 * layer does not depend on the answer layer): English for a span (whole clauses, or a name
 * or office quoted from inside a clause), a paragraph, a title, and the English spelling of a
 * name. Pure.
 */
import type { CorpusDocument } from "../core/types.js";
import { normalizeArabic } from "../text/normalize.js";
import { type AlignedTranslation, alignSpan, joinSegments, paragraphTranslation } from "./translation.js";

export interface TranslationLookups {
  span(doc: string, start: number, end: number): string | undefined;
  paragraph(doc: string, paragraph: number): string | undefined;
  title(doc: string): string | undefined;
  name(doc: string, start: number, end: number): string | undefined;
  has(doc: string): boolean;
}

/** Proclitics glued to a name in running text: «والصفدي»، «بموسكو»، «لروسيا». */
const PROCLITIC = /^[وفبلك]/;

const key = (text: string) => normalizeArabic(text).replace(/\s+/g, " ").trim();

/**
 * The English of a name written as `arabic` (e.g. «سيرغي لافروف» → "Sergey Lavrov"), from the
 * translation's `names`: the same words after Arabic normalisation, or the same words after
 * one proclitic (و ف ب ل ك) when the name itself does not start with it. Undefined otherwise.
 */
export function nameTranslation(t: AlignedTranslation, arabic: string): string | undefined {
  const names = t.names ?? [];
  const wanted = key(arabic);
  if (wanted.length === 0) return undefined;
  const exact = names.find((n) => key(n.ar) === wanted);
  if (exact !== undefined) return exact.en;
  if (!PROCLITIC.test(wanted)) return undefined;
  return names.find((n) => key(n.ar) === wanted.slice(1))?.en;
}

/** Punctuation that may trail or lead a quoted name or phrase («…الصفدي،»). */
const EDGE_PUNCTUATION = /^[\s،,؛;:.«»"]+|[\s،,؛;:.«»"]+$/gu;

/**
 * English for the span `[start, end)` of a document's `text`: the joined English of the whole
 * segments it touches; when the span cuts a segment (a person with their office, quoted from
 * inside a clause), the English of a `names` entry written exactly as the span, if there is
 * one. `exact` says whether the English says no more than the span. Undefined when the span
 * touches no segment.
 */
export function spanTranslation(
  t: AlignedTranslation,
  text: string,
  start: number,
  end: number,
): { en: string; exact: boolean } | undefined {
  const { segments, exact } = alignSpan(t, start, end);
  if (segments.length === 0) return undefined;
  if (!exact) {
    const name = nameTranslation(t, text.slice(start, end).replace(EDGE_PUNCTUATION, ""));
    if (name !== undefined) return { en: name, exact: true };
  }
  return { en: joinSegments(segments), exact };
}

/** The look-ups for a corpus: documents without a translation answer undefined (and `has` false). */
export function createTranslationLookup(
  translations: ReadonlyMap<string, AlignedTranslation>,
  documents: readonly CorpusDocument[],
): TranslationLookups {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  return {
    span: (doc, start, end) => {
      const t = translations.get(doc);
      const text = texts.get(doc);
      return t === undefined || text === undefined ? undefined : spanTranslation(t, text, start, end)?.en;
    },
    paragraph: (doc, paragraph) => {
      const t = translations.get(doc);
      return t === undefined ? undefined : paragraphTranslation(t, paragraph);
    },
    title: (doc) => translations.get(doc)?.title,
    name: (doc, start, end) => {
      const t = translations.get(doc);
      const text = texts.get(doc);
      return t === undefined || text === undefined ? undefined : nameTranslation(t, text.slice(start, end));
    },
    has: (doc) => translations.has(doc),
  };
}
