import type { Answer, ScoredChunk } from "../core/types.js";
import type { AnswerContext, Retrieval } from "./answer-context.js";
import { informationShare, quotable, topFacts } from "./answer-support.js";
import { composeClosest, composeQuotesLead } from "./compose.js";
import { paragraphQuotes } from "./extractive-answerer.js";
import { namedPeople } from "./named-people.js";
import type { Person } from "./people.js";

/** "Quote what Lavrov said about refugees": the whole paragraphs that match, and only those. */
export function quoteRequestAnswer(ctx: AnswerContext, retrieval: Retrieval): Answer {
  const { lang, plan, results } = retrieval;
  const facts = topFacts(ctx, results);
  const named = facts === undefined ? new Map<number, Person>() : namedPeople(plan, facts);
  const neutral = new Set(named.keys());
  const asked = [...new Set(named.values())];
  const speaker = asked.length === 1 ? asked[0] : undefined;
  const accept = (result: ScoredChunk) => {
    const f = ctx.facts(result.chunk.docId);
    if (f !== undefined && !quotable(f, result.chunk.paragraph)) return false;
    const paragraph = f?.doc.paragraphs.find((p) => p.number === result.chunk.paragraph);
    const text =
      paragraph === undefined || f === undefined
        ? result.chunk.text
        : f.doc.text.slice(paragraph.start, paragraph.end);
    const english =
      lang === "en" && paragraph !== undefined
        ? ctx.translations.span(result.chunk.docId, paragraph.start, paragraph.end)
        : undefined;
    if (plan.words.length > neutral.size && informationShare(ctx, plan, text, neutral, english) < 0.5)
      return false;
    if (speaker === undefined || f === undefined || paragraph === undefined) return true;
    return f.speakers.some(
      (s) =>
        s.start < paragraph.end &&
        s.end > paragraph.start &&
        s.speaker.kind === "person" &&
        s.speaker.ar === speaker.name,
    );
  };
  let quotes = paragraphQuotes(results, ctx.lookup, 3, accept);
  const confidence = quotes.length > 0 ? retrieval.confidence : "low";
  if (quotes.length === 0)
    quotes = paragraphQuotes(results, ctx.lookup, 1, (r) =>
      quotable(ctx.facts(r.chunk.docId), r.chunk.paragraph),
    );
  const lead = confidence === "low" ? composeClosest(lang) : composeQuotesLead(lang);
  return ctx.finish({ lang, kind: "quotes", confidence, lead: () => lead, quotes, plan });
}
