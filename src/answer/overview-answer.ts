import type { Answer, Lang, Quote } from "../core/types.js";
import { composeOverviewLead } from "./compose.js";
import { overviewSpans } from "./overview.js";
import type { AnswerContext, Retrieval } from "./qa-service.js";
import { informationShare, namedPeople } from "./question-answer.js";
import { quoteFromSpan } from "./quote-verifier.js";

/**
 * "What were the main topics?" / «لخص المقال»: one short quote per topic of the document, in
 * article order. With a topic ("summarize Lavrov's position on Syria"), only the topics whose
 * paragraphs (or section heading) are on it; people in the topic restrict whose words count,
 * not the subject.
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
    const { plan } = retrieval;
    const named = namedPeople(plan, facts);
    if (plan.words.length > named.size) {
      if (!retrieval.covered) return ctx.notCovered(lang);
      const neutral = new Set(named.keys());
      const headingOf = new Map(
        facts.topics.flatMap((t) => t.paragraphs.map((n) => [n, t.heading] as const)),
      );
      const textOf = (n: number) =>
        [n, headingOf.get(n)]
          .map((k) => doc.paragraphs.find((p) => p.number === k))
          .map((p) => (p === undefined ? "" : doc.text.slice(p.start, p.end)))
          .join("\n");
      const matching = new Set(
        [...headingOf.keys()].filter((n) => informationShare(ctx, plan, textOf(n), neutral) >= 0.5),
      );
      // Paragraphs on the topic, else the best-ranked ones.
      const chosen =
        matching.size > 0 ? matching : new Set(retrieval.results.slice(0, 3).map((r) => r.chunk.paragraph));
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
