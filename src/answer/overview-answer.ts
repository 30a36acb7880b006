import type { Answer, Lang, Quote } from "../core/types.js";
import { composeOverviewLead } from "./compose.js";
import { overviewSpans } from "./overview.js";
import type { AnswerContext, Retrieval } from "./qa-service.js";
import { informationShare } from "./question-answer.js";
import { quoteFromSpan } from "./quote-verifier.js";

/**
 * "What were the main topics?" / «لخص المقال»: one short quote per topic of the document, in
 * article order. With a topic ("summarize Lavrov's position on Syria"), only the topics whose
 * paragraphs retrieval finds on it.
 */
export async function overviewAnswer(
  ctx: AnswerContext,
  lang: Lang,
  topic: string,
  retrieve: (topic: string) => Promise<Retrieval>,
): Promise<Answer> {
  const doc = ctx.documents[0];
  const facts = doc === undefined ? undefined : ctx.facts(doc.id);
  if (doc === undefined || facts === undefined) return ctx.notCovered(lang);
  let keep: (paragraph: number) => boolean = () => true;
  let label: string | undefined;
  if (topic.length > 0) {
    const retrieval = await retrieve(topic);
    if (retrieval.plan.words.length > 0) {
      if (!retrieval.covered) return ctx.notCovered(lang);
      const neutral = new Set<number>();
      const matching = new Set(
        doc.paragraphs
          .filter(
            (p) => informationShare(ctx, retrieval.plan, doc.text.slice(p.start, p.end), neutral) >= 0.5,
          )
          .map((p) => p.number),
      );
      // Paragraphs that name the topic, else the best-ranked ones.
      const ranked = new Set(retrieval.results.slice(0, 3).map((r) => r.chunk.paragraph));
      const chosen = matching.size > 0 ? matching : ranked;
      keep = (n) => chosen.has(n);
      label = topic;
    }
  }
  const spans = overviewSpans(facts, keep);
  const quotes = spans
    .map((s, i) => quoteFromSpan(doc, s.start, s.end, i + 1))
    .filter((q): q is Quote => q !== undefined);
  const lead = composeOverviewLead(quotes.length, lang, label);
  return ctx.finish({ lang, kind: "overview", confidence: "high", lead: () => lead, quotes });
}
