import type { CorpusDocument, Quote, ScoredChunk, Sentence } from "../core/types.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { planStrengths, termSetOf } from "../retrieval/matching.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { answerFit } from "./answer-fit.js";
import type { AnswerType } from "./intent.js";
import { quoteSpanOf } from "./quote-span.js";
import { quoteFromSpan } from "./quote-verifier.js";

/**
 * The offline answerer: pick the sentences (or, in long sentences, the clauses) of the
 * retrieved passages that best answer the question, and quote them verbatim. A span's score
 * is the share of the question's information (idf-weighted query words) it contains, plus a
 * bonus when it holds the kind of thing asked for beyond the question's own words (a date for
 * "when", a number for "how many" …), plus a prior from its passage's retrieval score and
 * document.
 */

export interface ExtractOptions {
  /** Longest quote taken whole; longer sentences are cut to their best clauses. */
  readonly maxQuoteChars?: number;
  /** Longest run of clauses chosen from a sentence longer than `maxQuoteChars`. */
  readonly windowChars?: number;
  /** Shortest quote worth showing (shorter clauses are widened with their neighbours). */
  readonly minQuoteChars?: number;
  readonly maxQuotes?: number;
  /** Passages considered. */
  readonly passages?: number;
  /** Spans that may be quoted (e.g. only a given speaker's words, no headings). */
  readonly accept?: (docId: string, start: number, end: number) => boolean;
  /**
   * Plan words naming a person the document introduces: present in a span that refers to
   * them in any way (name, office, or their own words), not only by the name as written.
   */
  readonly mentions?: ReadonlyMap<number, (docId: string, start: number, end: number) => boolean>;
  /**
   * English questions on translated documents: whether an English plan word occurs in the
   * English of a span (counts as a full match, like an exact Arabic match).
   */
  readonly englishHas?: (docId: string, start: number, end: number, surface: string) => boolean;
  /**
   * How well a span holds what is asked, where the answer type alone cannot tell (countries):
   * 0 to 1, or whether it does.
   */
  readonly fits?: (text: string) => boolean | number;
  /** Score added to a span for where it stands (the lead, for what a meeting discussed). */
  readonly placeBonus?: (docId: string, start: number) => number;
}

interface Candidate {
  readonly doc: CorpusDocument;
  readonly span: Sentence;
  readonly score: number;
  readonly chunkRank: number;
}

const TRAILING_PUNCTUATION = /[\s،,;؛:]+$/u;
/** Score added to a span holding the kind of thing asked for (see answer-fit.ts). */
const TYPE_BONUS = 0.15;
/**
 * The same for a fit the question names outright ("which countries besides Syria"): a clause
 * naming another country answers it, whatever else of the question a neighbour holds.
 */
const NAMED_FIT_BONUS = 1;
/** Score added to spans of the document ranked first. */
const SAME_DOCUMENT_BONUS = 0.1;

export function extractQuotes(
  plan: QueryPlan,
  results: readonly ScoredChunk[],
  lookup: (id: string) => CorpusDocument | undefined,
  words: LexicalIndex,
  type: AnswerType,
  options: ExtractOptions = {},
): Quote[] {
  const maxChars = options.maxQuoteChars ?? 300;
  const minChars = options.minQuoteChars ?? 100;
  const windowChars = options.windowChars ?? 220;
  const maxQuotes = options.maxQuotes ?? 3;
  const passages = results.slice(0, options.passages ?? 3);
  if (passages.length === 0 || plan.words.length === 0) return [];

  const fits = options.fits ?? answerFit(plan, type);
  const fitBonus = options.fits === undefined ? TYPE_BONUS : NAMED_FIT_BONUS;
  const idfs = plan.words.map((w) => words.groupWeight(w.group));
  const totalIdf = idfs.reduce((a, b) => a + b, 0) || 1;
  const topScore = passages[0]?.score ?? 1;
  const topDoc = passages[0]?.chunk.docId;
  const strengthsIn = (doc: CorpusDocument, start: number, end: number) => {
    const arabic = planStrengths(plan, termSetOf(doc.text.slice(start, end))).map((s, i) => {
      const mentions = options.mentions?.get(i);
      return mentions === undefined ? s : mentions(doc.id, start, end) ? 1 : 0;
    });
    const englishHas = options.englishHas;
    if (englishHas === undefined) return arabic;
    return arabic.map((s, i) => {
      const surface = plan.words[i]?.surface;
      return surface !== undefined && s < 1 && englishHas(doc.id, start, end, surface) ? 1 : s;
    });
  };
  const shareOf = (doc: CorpusDocument) => (span: Sentence) =>
    strengthsIn(doc, span.start, span.end).reduce((sum, s, i) => sum + s * (idfs[i] ?? 0), 0) / totalIdf;

  const candidates: Candidate[] = [];
  passages.forEach((result, chunkRank) => {
    const doc = lookup(result.chunk.docId);
    if (doc === undefined) return;
    // Fused retrieval scores of the first passages are close together, so the document ranked
    // first also earns a fixed bonus: a sentence of another document must match clearly better.
    const prior = 0.3 * (result.score / topScore) + (result.chunk.docId === topDoc ? SAME_DOCUMENT_BONUS : 0);
    const share = shareOf(doc);
    const score = (span: Sentence) =>
      share(span) + fitBonus * Number(fits(doc.text.slice(span.start, span.end)));
    const sentences = result.chunk.sentences;
    sentences.forEach((_, index) => {
      const quoted = quoteSpanOf(doc.text, sentences, index, score, { minChars, maxChars, windowChars });
      if (quoted === undefined) return;
      const { span } = quoted;
      if (options.accept !== undefined && !options.accept(doc.id, span.start, span.end)) return;
      const placed = options.placeBonus?.(doc.id, span.start) ?? 0;
      candidates.push({ doc, span, score: quoted.score + prior + placed, chunkRank });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.chunkRank - b.chunkRank || a.span.start - b.span.start);

  const best = candidates[0];
  if (best === undefined) return [];
  const quotes: Quote[] = [];
  const covered = new Set<number>();
  for (const candidate of candidates) {
    if (quotes.length >= maxQuotes) break;
    // Further quotes must be nearly as good as the first, and not overlap a chosen one.
    if (quotes.length > 0 && candidate.score < best.score * 0.75) break;
    const strengths = strengthsIn(candidate.doc, candidate.span.start, candidate.span.end);
    // …and add evidence: a question word the quotes so far lack.
    const adds = strengths.some((s, i) => s >= 0.8 && (idfs[i] ?? 0) > 0 && !covered.has(i));
    if (quotes.length > 0 && !adds) continue;
    if (
      quotes.some(
        (q) => q.doc === candidate.doc.id && q.start < candidate.span.end && candidate.span.start < q.end,
      )
    )
      continue;
    const text = candidate.doc.text.slice(candidate.span.start, candidate.span.end);
    const end = candidate.span.start + text.replace(TRAILING_PUNCTUATION, "").length;
    const quote = quoteFromSpan(candidate.doc, candidate.span.start, end, quotes.length + 1);
    if (quote === undefined) continue;
    quotes.push(quote);
    strengths.forEach((s, i) => {
      if (s >= 0.8) covered.add(i);
    });
  }
  return quotes;
}

/**
 * For "give me the quotes": whole paragraphs of the passages that match, in rank order —
 * only those scoring near the best one and passing `accept` (no padding to a count).
 */
export function paragraphQuotes(
  results: readonly ScoredChunk[],
  lookup: (id: string) => CorpusDocument | undefined,
  maxParagraphs = 3,
  accept: (result: ScoredChunk) => boolean = () => true,
  minShareOfBest = 0,
): Quote[] {
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  const best = results.find(accept)?.score ?? 0;
  for (const result of results) {
    if (quotes.length >= maxParagraphs) break;
    if (!accept(result) || result.score < best * minShareOfBest) continue;
    const key = `${result.chunk.docId}#${result.chunk.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = lookup(result.chunk.docId);
    const paragraph = doc?.paragraphs.find((p) => p.number === result.chunk.paragraph);
    if (doc === undefined || paragraph === undefined) continue;
    const quote = quoteFromSpan(doc, paragraph.start, paragraph.end, quotes.length + 1);
    if (quote !== undefined) quotes.push(quote);
  }
  return quotes;
}
