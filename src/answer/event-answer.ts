import { segmentClauses, segmentSentences } from "../chunking/segment.js";
import type { Answer, Quote, Sentence } from "../core/types.js";
import { normalizeArabic } from "../text/normalize.js";
import { composeFraming } from "./compose.js";
import { AR_PLACES, directAnswer, findArabicDate } from "./direct-answer.js";
import { isBodyParagraph } from "./document-facts.js";
import { answerType } from "./intent.js";
import { bareWord } from "./people.js";
import type { AnswerContext, Retrieval } from "./qa-service.js";
import { namedPeople } from "./question-answer.js";
import { quoteFromSpan } from "./quote-verifier.js";

/**
 * "When did they meet?", «وين صارت المحادثات؟», "Where were the talks held?": a question about
 * the reported event itself, naming nothing but the event and its people. News puts the
 * event's when and where in its first paragraph (the lead), so that is where the answer is
 * quoted from — the clause that holds the date or the place.
 */

/** Nouns and verbs that name a meeting itself (normalised Arabic without the article; English). */
const EVENT_WORDS = new Set([
  ...`مباحثات محادثات لقاء اجتماع زياره مؤتمر قمه مفاوضات جلسه عقد عقدت تعقد يعقد انعقد انعقدت اجري اجريت`
    .split(/\s+/)
    .map((w) => bareWord(normalizeArabic(w))),
  ..."talks talk meeting meetings discussions visit conference summit session hold held holding take took place happen happened occur occurred".split(
    /\s+/,
  ),
]);

function isEventWord(surface: string): boolean {
  return surface
    .split(/\s+/)
    .every((w) => EVENT_WORDS.has(w.toLowerCase()) || EVENT_WORDS.has(bareWord(normalizeArabic(w))));
}

/** The first clause window of a paragraph holding a date (or a place), at least `minChars` long. */
function clauseWith(
  text: string,
  start: number,
  end: number,
  has: (s: string) => boolean,
  minChars = 60,
): Sentence | undefined {
  for (const sentence of segmentSentences(text, start, end)) {
    const clauses = segmentClauses(text, sentence);
    const i = clauses.findIndex((c) => has(text.slice(c.start, c.end)));
    if (i < 0) continue;
    let from = i;
    let to = i;
    const length = () => (clauses[to]?.end ?? 0) - (clauses[from]?.start ?? 0);
    while (length() < minChars && (from > 0 || to < clauses.length - 1)) {
      if (from > 0) from -= 1;
      else to += 1;
    }
    const a = clauses[from];
    const b = clauses[to];
    if (a !== undefined && b !== undefined) return { start: a.start, end: b.end };
  }
  return undefined;
}

export function eventAnswer(ctx: AnswerContext, retrieval: Retrieval): Answer | undefined {
  const { lang, plan } = retrieval;
  const type = answerType(plan.question, lang);
  if (type !== "date" && type !== "place") return undefined;
  const doc = ctx.documents[0];
  const facts = doc === undefined ? undefined : ctx.facts(doc.id);
  if (doc === undefined || facts === undefined) return undefined;
  // A follow-up ("When?") is about the previous question's topic, not the event.
  if (plan.words.some((w) => w.context === true)) return undefined;
  const named = namedPeople(plan, facts);
  const own = plan.words.filter((w, i) => w.context !== true && !named.has(i));
  if (!own.every((w) => isEventWord(w.surface))) return undefined;
  const lead = doc.paragraphs.find((p) => isBodyParagraph(facts, p.number));
  if (lead === undefined) return undefined;
  const tests =
    type === "date"
      ? [(s: string) => findArabicDate(s) !== undefined]
      : AR_PLACES.map((p) => (s: string) => p.test(s));
  let span: Sentence | undefined;
  for (const has of tests) {
    span = clauseWith(doc.text, lead.start, lead.end, has);
    if (span !== undefined) break;
  }
  const quote = span === undefined ? undefined : quoteFromSpan(doc, span.start, span.end, 1);
  if (quote === undefined) return undefined;
  const ref = ctx.source(doc.id);
  const framing = composeFraming(ctx.documents.length === 1 && ref !== undefined ? [ref] : [], lang);
  const leadText = (quotes: readonly Quote[]) => {
    const direct = directAnswer(type, lang, quotes);
    return direct === undefined ? framing : `${direct.text}. [${direct.n}]`;
  };
  return ctx.finish({ lang, kind: "answer", confidence: "high", lead: leadText, quotes: [quote], plan });
}
