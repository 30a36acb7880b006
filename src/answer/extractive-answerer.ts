import { segmentClauses } from "../chunking/segment.js";
import type { CorpusDocument, Quote, ScoredChunk, Sentence } from "../core/types.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { planStrengths, termSetOf } from "../retrieval/matching.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { answerFit } from "./answer-fit.js";
import type { AnswerType } from "./intent.js";
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

  const fits = answerFit(plan, type);
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
    for (const sentence of result.chunk.sentences) {
      const span =
        sentence.end - sentence.start > maxChars
          ? bestClauseWindow(doc.text, sentence, share, fits, { minChars, maxChars, windowChars })
          : sentence;
      if (options.accept !== undefined && !options.accept(doc.id, span.start, span.end)) continue;
      const text = doc.text.slice(span.start, span.end);
      const typeBonus = fits(text) ? TYPE_BONUS : 0;
      candidates.push({ doc, span, score: share(span) + typeBonus + prior, chunkRank });
    }
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

/** In a long sentence, the best run of clauses, widened with neighbours to a readable length. */
function bestClauseWindow(
  text: string,
  sentence: Sentence,
  share: (span: Sentence) => number,
  fits: (text: string) => boolean,
  { minChars, maxChars, windowChars }: { minChars: number; maxChars: number; windowChars: number },
): Sentence {
  const clauses = segmentClauses(text, sentence);
  if (clauses.length <= 1) return sentence;
  // Each clause on its own, for the choice and for widening.
  const scores = clauses.map((clause) => {
    const clauseText = text.slice(clause.start, clause.end);
    return share(clause) + (fits(clauseText) ? TYPE_BONUS : 0);
  });
  // The best run of whole clauses up to `windowChars` (all the question's words and the kind of
  // thing asked for are often spread over neighbouring clauses: «انضمّت … إلى الاتحاد الأوروبي»
  // … «الدانمرك … سنة 1972»); on a tie the shorter run.
  let best = { from: 0, to: 0, score: Number.NEGATIVE_INFINITY, length: 0 };
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i; j < clauses.length; j++) {
      const span = { start: clauses[i]?.start ?? 0, end: clauses[j]?.end ?? 0 };
      const length = span.end - span.start;
      if (j > i && length > windowChars) break;
      const score =
        i === j ? (scores[i] ?? 0) : share(span) + (fits(text.slice(span.start, span.end)) ? TYPE_BONUS : 0);
      if (score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && length < best.length))
        best = { from: i, to: j, score, length };
    }
  }
  return widenWindow(sentence, clauses, best.from, best.to, scores, minChars, maxChars);
}

/** Widen a run of clauses to `minChars` towards the neighbour that adds the most. */
function widenWindow(
  sentence: Sentence,
  clauses: readonly Sentence[],
  first: number,
  last: number,
  scores: readonly number[],
  minChars: number,
  maxChars: number,
): Sentence {
  let from = first;
  let to = last;
  const length = () => (clauses[to]?.end ?? 0) - (clauses[from]?.start ?? 0);
  // Widen towards the neighbour that adds the most (a question word, the kind of thing asked
  // for), the shorter one on a tie, while short and within the limit.
  while (length() < minChars) {
    const prev = clauses[from - 1];
    const next = clauses[to + 1];
    const withNext = next ? next.end - (clauses[from]?.start ?? 0) : Number.POSITIVE_INFINITY;
    const withPrev = prev ? (clauses[to]?.end ?? 0) - prev.start : Number.POSITIVE_INFINITY;
    const nextFits = withNext <= maxChars;
    const prevFits = withPrev <= maxChars;
    if (!nextFits && !prevFits) break;
    const gainNext = nextFits ? (scores[to + 1] ?? 0) : -1;
    const gainPrev = prevFits ? (scores[from - 1] ?? 0) : -1;
    if (gainNext > gainPrev || (gainNext === gainPrev && withNext <= withPrev)) to += 1;
    else from -= 1;
  }
  return { start: clauses[from]?.start ?? sentence.start, end: clauses[to]?.end ?? sentence.end };
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
