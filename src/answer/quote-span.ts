import { segmentClauses } from "../chunking/segment.js";
import type { Sentence } from "../core/types.js";

/**
 * Which stretch of a passage to quote for one of its sentences: pure functions over document
 * offsets, given a scorer of spans (the share of the question's information a span holds, plus
 * its answer-type bonus). A long sentence is cut to its best run of clauses; a short one is read
 * with the neighbouring sentence that adds the most, as a short sentence often names only half
 * of what is asked («وهو كذلك … في سن 39» after the sentence naming him).
 */

export type SpanScore = (span: Sentence) => number;

export interface SpanLimits {
  /** Shortest quote worth showing: shorter sentences and clause runs are widened. */
  readonly minChars: number;
  /** Longest quote taken whole, and the limit a widened quote stays within. */
  readonly maxChars: number;
  /** Longest run of clauses chosen from a sentence longer than `maxChars`. */
  readonly windowChars: number;
}

/**
 * Share of a short sentence's score its neighbour may add: words found only in the neighbour
 * are context, weaker evidence than the sentence's own, or a short sentence beside a rich one
 * would outrank a full sentence that holds everything asked.
 */
export const NEIGHBOUR_WEIGHT = 0.75;

export interface QuoteSpan {
  /** What is quoted. */
  readonly span: Sentence;
  /** The span's score for ranking. */
  readonly score: number;
}

/** The quote for `sentences[index]` of a passage, and its score. */
export function quoteSpanOf(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  score: SpanScore,
  limits: SpanLimits,
): QuoteSpan | undefined {
  const sentence = sentences[index];
  if (sentence === undefined) return undefined;
  const length = sentence.end - sentence.start;
  if (length > limits.maxChars) {
    const span = bestClauseWindow(text, sentence, score, limits);
    return { span, score: score(span) };
  }
  const own = score(sentence);
  if (length >= limits.minChars) return { span: sentence, score: own };
  const span = widenWindow(sentences, index, index, sentences.map(score), limits.minChars, limits.maxChars);
  if (span.start === sentence.start && span.end === sentence.end) return { span, score: own };
  return { span, score: own + NEIGHBOUR_WEIGHT * Math.max(0, score(span) - own) };
}

/** In a long sentence, the best run of clauses, widened with neighbours to a readable length. */
export function bestClauseWindow(
  text: string,
  sentence: Sentence,
  score: SpanScore,
  limits: SpanLimits,
): Sentence {
  const clauses = segmentClauses(text, sentence);
  if (clauses.length <= 1) return sentence;
  // Each clause on its own, for the choice and for widening.
  const scores = clauses.map(score);
  // The best run of whole clauses up to `windowChars` (all the question's words and the kind of
  // thing asked for are often spread over neighbouring clauses: «انضمّت … إلى الاتحاد الأوروبي»
  // … «الدانمرك … سنة 1972»); on a tie the shorter run.
  let best = { from: 0, to: 0, score: Number.NEGATIVE_INFINITY, length: 0 };
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i; j < clauses.length; j++) {
      const span = { start: clauses[i]?.start ?? 0, end: clauses[j]?.end ?? 0 };
      const length = span.end - span.start;
      if (j > i && length > limits.windowChars) break;
      const runScore = i === j ? (scores[i] ?? 0) : score(span);
      if (runScore > best.score + 1e-9 || (Math.abs(runScore - best.score) <= 1e-9 && length < best.length))
        best = { from: i, to: j, score: runScore, length };
    }
  }
  const window = widenWindow(clauses, best.from, best.to, scores, limits.minChars, limits.maxChars);
  return closingQuotation(text, window, sentence, limits.maxChars);
}

/**
 * A run that opens a quotation («"اتفقنا على التنسيق … لأن الأهداف … في المنطقة») and stops
 * before it closes cuts the speaker off mid-statement, often before its verb («تتوافق»): the run
 * goes on to the closing mark when that stays within `maxChars`.
 */
function closingQuotation(text: string, span: Sentence, sentence: Sentence, maxChars: number): Sentence {
  // The last mark in the run opens a quotation when a space or a colon comes before it and a
  // letter after it (texts leave marks unbalanced, so they are not counted in pairs).
  const last = text.lastIndexOf('"', span.end - 1);
  if (last < span.start) return span;
  const opens =
    /^[\s:،,(]?$/u.test(text.slice(Math.max(span.start, last - 1), last)) &&
    /\p{L}/u.test(text[last + 1] ?? "");
  if (!opens) return span;
  const close = text.indexOf('"', span.end);
  if (close < 0 || close >= sentence.end) return span;
  const end = close + 1;
  return end - span.start <= maxChars ? { start: span.start, end } : span;
}

/**
 * Widen the run `parts[first..last]` (clauses of a sentence, or sentences of a passage) to
 * `minChars`, each step towards the neighbour that adds the most (a question word, the kind of
 * thing asked for), the shorter one on a tie, while the run stays within `maxChars`.
 */
export function widenWindow(
  parts: readonly Sentence[],
  first: number,
  last: number,
  scores: readonly number[],
  minChars: number,
  maxChars: number,
): Sentence {
  let from = first;
  let to = last;
  const start = () => parts[from]?.start ?? 0;
  const end = () => parts[to]?.end ?? 0;
  while (end() - start() < minChars) {
    const prev = parts[from - 1];
    const next = parts[to + 1];
    const withNext = next ? next.end - start() : Number.POSITIVE_INFINITY;
    const withPrev = prev ? end() - prev.start : Number.POSITIVE_INFINITY;
    const nextFits = withNext <= maxChars;
    const prevFits = withPrev <= maxChars;
    if (!nextFits && !prevFits) break;
    const gainNext = nextFits ? (scores[to + 1] ?? 0) : -1;
    const gainPrev = prevFits ? (scores[from - 1] ?? 0) : -1;
    if (gainNext > gainPrev || (gainNext === gainPrev && withNext <= withPrev)) to += 1;
    else from -= 1;
  }
  return { start: start(), end: end() };
}
