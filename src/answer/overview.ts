import { segmentClauses, segmentSentences } from "../chunking/segment.js";
import type { Sentence } from "../core/types.js";
import { analyzeArabic } from "../text/arabic-analyzer.js";
import type { DocumentFacts, Topic } from "./document-facts.js";

/**
 * An overview: one short quote per topic of the document, in article order. A topic's quote
 * is the sentence (or, in a long sentence, the clause window) that holds most of the words
 * the topic's paragraphs share, so it states what the topic is about rather than a detail.
 */

export interface OverviewOptions {
  /** Longest quote; longer sentences are cut to their most central clauses. */
  readonly maxChars?: number;
  readonly minChars?: number;
}

const SENTENCE_START_BONUS = 1;

function stemsOf(text: string): string[] {
  return analyzeArabic(text)
    .filter((t) => !t.isStopword && t.script === "arabic" && t.light.length >= 3)
    .map((t) => t.root);
}

/** Candidate spans of a paragraph: sentences, and windows of clauses for long sentences. */
function candidateSpans(
  text: string,
  start: number,
  end: number,
  minChars: number,
  maxChars: number,
): Sentence[] {
  const spans: Sentence[] = [];
  for (const sentence of segmentSentences(text, start, end)) {
    if (sentence.end - sentence.start <= maxChars) {
      spans.push(sentence);
      continue;
    }
    const clauses = segmentClauses(text, sentence);
    for (let i = 0; i < clauses.length; i++) {
      let j = i;
      while (
        j + 1 < clauses.length &&
        (clauses[j]?.end ?? 0) - (clauses[i]?.start ?? 0) < minChars &&
        (clauses[j + 1]?.end ?? 0) - (clauses[i]?.start ?? 0) <= maxChars
      )
        j++;
      const from = clauses[i];
      const to = clauses[j];
      if (from !== undefined && to !== undefined) spans.push({ start: from.start, end: to.end });
    }
  }
  return spans;
}

/** The most representative span of a topic. */
export function topicSpan(
  facts: DocumentFacts,
  topic: Topic,
  options: OverviewOptions = {},
): Sentence | undefined {
  const maxChars = options.maxChars ?? 280;
  const minChars = options.minChars ?? 50;
  const { doc } = facts;
  const counts = new Map<string, number>();
  const paragraphs = topic.paragraphs
    .map((n) => doc.paragraphs.find((p) => p.number === n))
    .filter((p) => p !== undefined);
  for (const p of paragraphs)
    for (const stem of new Set(stemsOf(doc.text.slice(p.start, p.end))))
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
  let best: { span: Sentence; score: number } | undefined;
  paragraphs.forEach((p, index) => {
    const starts = new Set(segmentSentences(doc.text, p.start, p.end).map((s) => s.start));
    for (const span of candidateSpans(doc.text, p.start, p.end, minChars, maxChars)) {
      const stems = new Set(stemsOf(doc.text.slice(span.start, span.end)));
      if (stems.size < 3) continue;
      let score = 0;
      for (const s of stems) score += counts.get(s) ?? 0;
      // Earlier paragraphs introduce a topic; later ones add detail.
      // A quote that starts its sentence reads on its own; one from mid-sentence («والتي…») does not.
      score =
        score / Math.sqrt(stems.size) - 0.25 * index + (starts.has(span.start) ? SENTENCE_START_BONUS : 0);
      if (best === undefined || score > best.score) best = { span, score };
    }
  });
  return best?.span;
}

/** One span per topic, in article order (optionally only the topics whose paragraphs pass `keep`). */
export function overviewSpans(
  facts: DocumentFacts,
  keep: (paragraph: number) => boolean = () => true,
  options: OverviewOptions = {},
): Sentence[] {
  const spans: Sentence[] = [];
  for (const topic of facts.topics) {
    const kept = topic.paragraphs.filter(keep);
    if (kept.length === 0) continue;
    const span = topicSpan(facts, { ...topic, paragraphs: kept }, options);
    if (span !== undefined) spans.push(span);
  }
  return spans;
}
