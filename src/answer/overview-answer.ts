import type { Answer, Lang, Quote } from "../core/types.js";
import { groupPresent, termSetOf } from "../retrieval/matching.js";
import { asksOccasion } from "../text/answer-type.js";
import { isEventWord } from "../text/event-words.js";
import { isTopicPointer } from "../text/question-words.js";
import type { AnswerContext, Retrieval } from "./answer-context.js";
import { informationShare } from "./answer-support.js";
import { composeOverviewLead, composeTopicLabel } from "./compose.js";
import { isBodyParagraph, textsWithHeadings } from "./document-facts.js";
import { answerType, asksWhatSomeoneSaid, asksWhichOne } from "./intent.js";
import { namedPeople } from "./named-people.js";
import { overviewSpans } from "./overview.js";
import { officeMatch } from "./people.js";
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
  topicLabel: string = topic,
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
    // The people, and the meeting itself («المباحثات»), restrict no overview to a topic…
    const neutral = new Set([
      ...named.keys(),
      // …nor the parties' nationality («المباحثات الروسية الأردنية»).
      ...plan.words.flatMap((w, i) =>
        isEventWord(w.surface, true) || facts.people.some((p) => officeMatch(p, w.surface) === "qualifier")
          ? [i]
          : [],
      ),
    ]);
    // …nor a noun only pointing to the topic named beside it («الأزمة السورية», "the Syrian crisis").
    const pointers = plan.words.flatMap((w, i) => (isTopicPointer(w.surface) && !neutral.has(i) ? [i] : []));
    if (plan.words.length > neutral.size + pointers.length) for (const i of pointers) neutral.add(i);
    if (plan.words.length > neutral.size) {
      if (!retrieval.covered) return ctx.notCovered(lang);
      // An English topic is also looked for in the paragraph's translation.
      const englishOf = (n: number) => {
        const p = lang === "en" ? facts.doc.paragraphs.find((q) => q.number === n) : undefined;
        return p === undefined ? undefined : ctx.translations.span(facts.doc.id, p.start, p.end);
      };
      const matching = new Set(
        [...textsWithHeadings(facts)]
          .filter(([n, text]) => informationShare(ctx, plan, text, neutral, englishOf(n)) >= 0.5)
          .map(([n]) => n),
      );
      // Paragraphs on the topic, else the best-ranked ones.
      const chosen =
        matching.size > 0 ? matching : new Set(retrieval.results.slice(0, 3).map((r) => r.chunk.paragraph));
      keep = (n) => chosen.has(n);
      label = topicLabel;
    }
  }
  const spans = overviewSpans(facts, keep);
  const quotes = spans
    .map((s, i) => quoteFromSpan(doc, s.start, s.end, i + 1))
    .filter((q): q is Quote => q !== undefined);
  const lead = composeOverviewLead(quotes.length, lang, label);
  return ctx.finish({ lang, kind: "overview", confidence: "high", lead: () => lead, quotes });
}

/**
 * "What did Lavrov say about Syria?": when the one subject asked about is a theme that several
 * paragraphs (or a section) treat, a single sentence would be an arbitrary pick; the answer
 * is the overview restricted to it, one quote per paragraph, whose words the person's.
 */
export async function themeAnswer(
  ctx: AnswerContext,
  retrieval: Retrieval,
  retrieve: (topic: string) => Promise<Retrieval>,
): Promise<Answer | undefined> {
  const { lang, plan } = retrieval;
  if (!retrieval.covered || retrieval.wantQuotes) return undefined;
  if (!asksWhatSomeoneSaid(plan.question, lang) || answerType(plan.question, lang) !== "other")
    return undefined;
  // …nor "On what occasion did he make these statements?", which asks where he spoke.
  if (asksWhichOne(plan.question, lang) || asksOccasion(plan.question, lang)) return undefined;
  if (plan.words.some((w) => w.context === true)) return undefined;
  const doc = ctx.documents[0];
  const facts = doc === undefined ? undefined : ctx.facts(doc.id);
  if (doc === undefined || facts === undefined) return undefined;
  const named = namedPeople(plan, facts);
  // Someone the article never quotes gets the "not quoted" answer instead.
  const quoted = (name: string) =>
    facts.speakers.some((s) => s.speaker.kind === "person" && s.speaker.ar === name);
  if ([...named.values()].some((p) => !quoted(p.name))) return undefined;
  const subjects = plan.words.filter((_, i) => !named.has(i));
  const person = [...named.keys()].map((i) => plan.words[i]?.surface).find((s) => s !== undefined);
  // "What did Lavrov say?": everything the article has from them, one quote per topic.
  if (subjects.length === 0 && person !== undefined)
    return overviewAnswer(ctx, lang, person, retrieve, person);
  const subject = subjects[0];
  if (subject === undefined || subjects.length > 1) return undefined;
  const treating = [...textsWithHeadings(facts)].filter(
    ([n, text]) => isBodyParagraph(facts, n) && groupPresent(subject.group, termSetOf(text)),
  );
  if (treating.length < 2) return undefined;
  const topic = [person, subject.surface].filter((s) => s !== undefined).join(" ");
  return overviewAnswer(ctx, lang, topic, retrieve, composeTopicLabel(person, subject.surface, lang));
}
