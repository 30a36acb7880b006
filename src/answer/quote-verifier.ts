import type { CorpusDocument, Quote } from "../core/types.js";
import { mapSpanToOriginal, normalizeWithMap } from "../text/normalize.js";

/**
 * Quotes are sacred: a quote is shown only if its text is exactly the corpus text at its
 * offsets. Anything else — a model's paraphrase, a shifted offset, a stale document — is
 * dropped, never repaired silently into something else.
 */

export type DocumentLookup = (id: string) => CorpusDocument | undefined;

/** Why a quote fails verification, or undefined when it is verbatim at its offsets. */
export function quoteProblem(quote: Quote, lookup: DocumentLookup): string | undefined {
  const doc = lookup(quote.doc);
  if (doc === undefined) return `unknown document ${quote.doc}`;
  if (
    !Number.isInteger(quote.start) ||
    !Number.isInteger(quote.end) ||
    quote.start < 0 ||
    quote.end > doc.text.length
  )
    return "offsets outside the document";
  if (quote.end <= quote.start || quote.text.trim().length === 0) return "empty quote";
  if (doc.text.slice(quote.start, quote.end) !== quote.text)
    return "text differs from the corpus at its offsets";
  const paragraph = doc.paragraphs.find((p) => p.number === quote.paragraph);
  if (paragraph === undefined || quote.start < paragraph.start || quote.end > paragraph.end)
    return "quote is not inside the paragraph it cites";
  return undefined;
}

export function isVerbatim(quote: Quote, lookup: DocumentLookup): boolean {
  return quoteProblem(quote, lookup) === undefined;
}

/** Keep verified quotes only, reporting each dropped one. */
export function keepVerifiedQuotes(
  quotes: readonly Quote[],
  lookup: DocumentLookup,
  onDrop?: (quote: Quote, problem: string) => void,
): Quote[] {
  return quotes.filter((quote) => {
    const problem = quoteProblem(quote, lookup);
    if (problem !== undefined) onDrop?.(quote, problem);
    return problem === undefined;
  });
}

/** Build a quote from a span of a document (the text is taken from the source itself). */
export function quoteFromSpan(doc: CorpusDocument, start: number, end: number, n: number): Quote | undefined {
  const paragraph = doc.paragraphs.find((p) => start >= p.start && start < p.end);
  if (paragraph === undefined) return undefined;
  const clampedEnd = Math.min(end, paragraph.end);
  let s = start;
  let e = clampedEnd;
  while (s < e && /\s/.test(doc.text[s] ?? "")) s++;
  while (e > s && /\s/.test(doc.text[e - 1] ?? "")) e--;
  if (e <= s) return undefined;
  return { text: doc.text.slice(s, e), doc: doc.id, paragraph: paragraph.number, start: s, end: e, n };
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();
const PUNCTUATION_CLASS = `«»"“”„'‘’.,،؛;:!?؟()\\[\\]{}\\-–—…`;
const PUNCTUATION_CHAR = new RegExp(`[${PUNCTUATION_CLASS}]`);
const PUNCTUATION_ALL = new RegExp(`[${PUNCTUATION_CLASS}]`, "g");

/**
 * Find where a claimed quote (e.g. from a language model) sits in the source between
 * `from` and `to`: first verbatim, then after Arabic normalisation (diacritics, hamza
 * forms, ta marbuta, spacing, punctuation), mapped back to exact source offsets. Returns
 * the SOURCE's span — what is shown is always the corpus text, never the claimed copy.
 */
export function locateQuote(
  docText: string,
  claimed: string,
  from = 0,
  to: number = docText.length,
): { start: number; end: number } | undefined {
  const needle = collapse(claimed)
    .replace(/^[«"“]+|[»"”]+$/g, "")
    .trim();
  if (needle.length < 2) return undefined;
  const region = docText.slice(from, to);
  const exact = region.indexOf(needle);
  if (exact >= 0) return { start: from + exact, end: from + exact + needle.length };

  // Normalised search: build the region's normalised form without spaces/punctuation, keeping a map.
  const { normalized, map } = normalizeWithMap(region);
  let squeezed = "";
  const squeezedMap: number[] = [];
  for (let i = 0; i < normalized.length; i++) {
    const ch = normalized[i] ?? "";
    if (/\s/.test(ch) || PUNCTUATION_CHAR.test(ch)) continue;
    squeezed += ch;
    squeezedMap.push(i);
  }
  const target = normalizeWithMap(needle).normalized.replace(PUNCTUATION_ALL, "").replace(/\s+/g, "");
  if (target.length < 2) return undefined;
  const at = squeezed.indexOf(target);
  if (at < 0) return undefined;
  const normStart = squeezedMap[at];
  const normLast = squeezedMap[at + target.length - 1];
  if (normStart === undefined || normLast === undefined) return undefined;
  const span = mapSpanToOriginal(region, map, normStart, normLast + 1);
  return { start: from + span.start, end: from + span.end };
}
