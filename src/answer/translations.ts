/**
 * The seam between answers and a document's aligned English translation (issue 9): English
 * renderings of quoted spans, whole paragraphs, titles and names. The answer layer depends on
 * this interface only; the corpus layer provides it from the aligned translation files.
 * Everything it returns is OUR translation, shown labelled, never inside a quote's «…».
 */
export interface TranslationLookup {
  /** English for the span `[start, end)` of a document, or undefined without a translation. */
  span(doc: string, start: number, end: number): string | undefined;
  /** English for a whole paragraph. */
  paragraph(doc: string, paragraph: number): string | undefined;
  title(doc: string): string | undefined;
  /** The English spelling of a name written at `[start, end)` (e.g. «سيرغي لافروف» → "Sergey Lavrov"). */
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
