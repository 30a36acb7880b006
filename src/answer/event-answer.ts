import { segmentClauses, segmentSentences } from "../chunking/segment.js";
import type { Answer, Quote, Sentence } from "../core/types.js";
import { escapeRegExp } from "../core/unicode.js";
import { groupPresent, termSetOf } from "../retrieval/matching.js";
import { specificSurfaces } from "../retrieval/query-plan.js";
import { asksOccasion, choiceAlternative } from "../text/answer-type.js";
import { analyzeWord } from "../text/arabic-analyzer.js";
import { isEventWord } from "../text/event-words.js";
import { asksOrigin, asksTenure } from "../text/presupposed-facts.js";
import { isEnglishDateNoun } from "../text/question-words.js";
import { asksAboutComing } from "../text/relative-time.js";
import type { AnswerContext, Retrieval } from "./answer-context.js";
import { composeFraming, composeNo, composeYes } from "./compose.js";
import { AR_PLACES, directAnswer, findArabicDate, findArabicPlace, mentionsDate } from "./direct-answer.js";
import { isBodyParagraph } from "./document-facts.js";
import { answerType } from "./intent.js";
import { namedPeople } from "./named-people.js";
import { officeMatch } from "./people.js";
import { quoteFromSpan } from "./quote-verifier.js";

/**
 * "When did they meet?", «وين صارت المحادثات؟», "Where were the talks held?": a question about
 * the reported event itself, naming nothing but the event and its people. News puts the
 * event's when and where in its first paragraph (the lead), so that is where the answer is
 * quoted from — the clause that holds the date or the place.
 */

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
  // A meeting still to come («الاجتماع المقبل», "will be held") is not the one reported.
  if (asksAboutComing(plan.question, lang, specificSurfaces(plan))) return undefined;
  const asked = answerType(plan.question, lang);
  // "Where is Safadi from?" asks about the person, not where the event was.
  if (asksOrigin(plan.question, lang)) return undefined;
  // «أين أدلى لافروف بتصريحاته؟» asks for the occasion, not the city.
  if (asksOccasion(plan.question, lang)) return undefined;
  // "Since what year has Lavrov been foreign minister?" dates his tenure, not the talks.
  if (asksTenure(plan.question, lang)) return undefined;
  if (asked === "yesno") return eventCheck(ctx, retrieval);
  if (asked !== "date" && asked !== "place") return undefined;
  return eventFact(ctx, retrieval, asked, undefined);
}

/**
 * "Were the talks held in Amman?", «هل جرت المباحثات يوم الأربعاء؟»: a yes/no question about
 * the event's place or date, checked against the lead. Yes when every other word of the
 * question is in the lead; No only on positive evidence: a name (a place, a day) the lead
 * does not hold, since an event has one place and one date. The quote shows what it says.
 */
function eventCheck(ctx: AnswerContext, retrieval: Retrieval): Answer | undefined {
  const { lang, plan } = retrieval;
  const doc = ctx.documents[0];
  const facts = doc === undefined ? undefined : ctx.facts(doc.id);
  if (doc === undefined || facts === undefined) return undefined;
  const named = namedPeople(plan, facts);
  // A type noun («city» in "What city hosted the talks?") only says what kind of answer is wanted.
  const own = plan.words.filter((w, i) => w.context !== true && w.frame !== true && !named.has(i));
  const others = own.filter((w) => !isEventWord(w.surface));
  if (others.length === 0 || others.length === own.length || others.length > 2) return undefined;
  const lead = doc.paragraphs.find((p) => isBodyParagraph(facts, p.number));
  if (lead === undefined) return undefined;
  const slot = mentionsDate(plan.question, lang) ? "date" : "place";
  const leadText = doc.text.slice(lead.start, lead.end);
  const phrase = slot === "date" ? findArabicDate(leadText)?.arabic : findArabicPlace([leadText])?.text;
  if (phrase === undefined) return undefined;
  // Yes when the slot's own phrase holds the words («موسكو»); No when a name is nowhere in
  // the lead («عمان»); anything between (a word elsewhere in the lead) is left to the quotes.
  const inPhrase = termSetOf(phrase);
  const inLead = termSetOf(leadText);
  // The asked place or day: a word right after «في»/«يوم» or "in"/"on"/"at", when it is a name
  // ("in Amman", "in amman?" at the end) and not a noun qualifying another ("at the press
  // conference"). A name elsewhere ("meet President Putin") is not the event's place or day.
  const isSlotWord = (w: (typeof others)[number]) => {
    const word = escapeRegExp(w.surface);
    if (lang === "ar") return new RegExp(`(?:^|\\s)(?:في|فى|يوم)\\s+${word}`, "u").test(plan.question);
    const after = new RegExp(`\\b(?:in|on|at)\\s+(?:the\\s+)?${word}\\b`, "iu").test(plan.question);
    const last = new RegExp(`\\b${word}\\s*[?.!]*\\s*$`, "iu").test(plan.question);
    return after && (w.specific || /^\p{Lu}/u.test(w.surface) || last);
  };
  // "In Moscow or in Beijing?" is answered with the place, not with a yes or a no.
  const choice = choiceAlternative(plan.question, lang) !== undefined;
  const verdict = others.every((w) => groupPresent(w.group, inPhrase))
    ? composeYes(lang)
    : others.some((w) => isSlotWord(w) && !groupPresent(w.group, inLead))
      ? composeNo(lang)
      : undefined;
  if (verdict === undefined) return undefined;
  return eventFact(ctx, retrieval, slot, { verdict: choice ? undefined : verdict });
}

function eventFact(
  ctx: AnswerContext,
  retrieval: Retrieval,
  type: "date" | "place",
  /** A question checked against the lead, with «نعم.»/"No." before the fact unless it is a choice. */
  check: { readonly verdict: string | undefined } | undefined,
): Answer | undefined {
  const { lang, plan } = retrieval;
  const doc = ctx.documents[0];
  const facts = doc === undefined ? undefined : ctx.facts(doc.id);
  if (doc === undefined || facts === undefined) return undefined;
  // A follow-up ("When?") is about the previous question's topic: the event only when that
  // question was about the event too («وين انعقد الاجتماع؟» → «وامتى؟»).
  if (plan.words.some((w) => w.context === true && !isEventWord(w.surface))) return undefined;
  const named = namedPeople(plan, facts);
  // A type noun («city» in "What city hosted the talks?") only says what kind of answer is wanted.
  const own = plan.words.filter((w, i) => w.context !== true && w.frame !== true && !named.has(i));
  // The lead: news puts the event's when and where in it.
  const lead = doc.paragraphs.find((p) => isBodyParagraph(facts, p.number));
  if (lead === undefined) return undefined;
  // «في أي مدينة التقى وزيرا خارجية روسيا والأردن؟»: words of the parties' offices, and their
  // countries (`officeMatch` reads «روسيا» as «الروسي»), name the parties too.
  const namesParty = (w: (typeof own)[number]) => {
    const arabic = lang === "ar" ? w.surface : (w.forms[0]?.arabic ?? "");
    const parts = arabic.split(/\s+/).filter((x) => x.length > 0);
    // A word as written or by a light stem («وزيري», the dual in construct, is «وزير»).
    const fits = (x: string) =>
      [x, ...(analyzeWord(x)?.lights ?? [])].some((form) =>
        facts.people.some((p) => (officeMatch(p, form) ?? "title-elsewhere") !== "title-elsewhere"),
      );
    return parts.length > 0 && parts.every(fits);
  };
  // «وين صار اللقاء؟ بعمّان ولا وين؟»: a place offered as a guess in a question asking where is
  // answered by the place the lead gives.
  const leadTerms = termSetOf(doc.text.slice(lead.start, lead.end));
  const guessedPlace = (w: (typeof own)[number]) =>
    (ctx.countries?.meantIn(lang === "ar" ? w.surface : (w.forms[0]?.arabic ?? "")).length ?? 0) > 0 &&
    // …and "the Moscow talks" asked for their date are the talks the lead places there.
    (type === "place" || groupPresent(w.group, leadTerms));
  // "What weekday and date did the meeting take place on?": the date's own nouns only say a
  // date is asked.
  const dateNoun = (w: (typeof own)[number]) =>
    type === "date" && lang === "en" && isEnglishDateNoun(w.surface);
  if (
    check === undefined &&
    !own.every((w) => isEventWord(w.surface, true) || namesParty(w) || guessedPlace(w) || dateNoun(w))
  )
    return undefined;
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
    const answer = direct === undefined ? framing : `${direct.text}. [${direct.n}]`;
    return check?.verdict === undefined ? answer : `${check.verdict} ${answer}`;
  };
  return ctx.finish({ lang, kind: "answer", confidence: "high", lead: leadText, quotes: [quote], plan });
}
