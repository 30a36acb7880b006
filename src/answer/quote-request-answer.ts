import type { Answer, Quote, ScoredChunk } from "../core/types.js";
import type { AnswerContext, Retrieval } from "./answer-context.js";
import { informationShare, personName, quotable, quotedPeople, topFacts } from "./answer-support.js";
import { composeClosest, composeNotQuoted, composeQuotesLead } from "./compose.js";
import { paragraphQuotes } from "./extractive-answerer.js";
import { namedPeople } from "./named-people.js";
import type { Person } from "./people.js";
import { speakerOf } from "./speakers.js";

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
  if (
    quotes.length === 0 &&
    speaker !== undefined &&
    facts !== undefined &&
    !facts.speakers.some((s) => s.speaker.kind === "person" && s.speaker.ar === speaker.name)
  ) {
    // «شو قال الصفدي بالحرف عن…؟» of someone the article never quotes: say so, and show who
    // it does quote, as a question about his words would.
    const others = paragraphQuotes(results, ctx.lookup, 2, (r) => {
      const f = ctx.facts(r.chunk.docId);
      return (
        quotable(f, r.chunk.paragraph) &&
        f !== undefined &&
        speakerOf(f.speakers, r.chunk.start, r.chunk.end)?.kind === "person"
      );
    });
    const person = personName(ctx, facts.doc.id, speaker, lang);
    const lead = (shown: readonly Quote[]) => composeNotQuoted(person, quotedPeople(shown, lang), lang);
    // An answer, not the quotes asked for: what is shown are someone else's words.
    return ctx.finish({
      lang,
      kind: "answer",
      confidence: "low",
      lead,
      quotes: others,
      plan,
      covered: false,
    });
  }
  const confidence = quotes.length > 0 ? retrieval.confidence : "low";
  if (quotes.length === 0)
    quotes = paragraphQuotes(results, ctx.lookup, 1, (r) =>
      quotable(ctx.facts(r.chunk.docId), r.chunk.paragraph),
    );
  const lead = confidence === "low" ? composeClosest(lang) : composeQuotesLead(lang);
  return ctx.finish({ lang, kind: "quotes", confidence, lead: () => lead, quotes, plan });
}
