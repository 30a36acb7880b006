import type { Answer, Lang, Quote } from "../core/types.js";
import { groupPresent, termSetOf } from "../retrieval/matching.js";
import { englishTextHas } from "../retrieval/translation-search.js";
import {
  asksCapacity,
  asksOccasion,
  asksWhatWasDiscussed,
  asksWhichCountries,
  asksWhichCountry,
  choiceAlternative,
  givesCapacity,
  namesOccasion,
} from "../text/answer-type.js";
import { isPartiesWord, namesBothParties } from "../text/event-words.js";
import { normalizeArabic } from "../text/normalize.js";
import { isTopicPointer } from "../text/question-words.js";
import { stanceHolder } from "../text/stance-holder.js";
import type { AnswerContext, Retrieval } from "./answer-context.js";
import {
  englishOption,
  paragraphOf,
  personName,
  quotable,
  quotedPeople,
  refsOf,
  topFacts,
} from "./answer-support.js";
import {
  attribution,
  composeClosest,
  composeFraming,
  composeNotQuoted,
  composeSaidByOther,
  composeYes,
} from "./compose.js";
import { countriesAsked } from "./coverage-countries.js";
import { holderIndex } from "./coverage-words.js";
import { directAnswer } from "./direct-answer.js";
import { isDatedLead } from "./document-facts.js";
import { extractQuotes } from "./extractive-answerer.js";
import {
  answerType,
  asksReaction,
  asksWhatSomeoneSaid,
  asksWhoActs,
  checksWhoSaidIt,
  claimsBeyondYes,
} from "./intent.js";
import { carriedPeople, mentionTests, namedPeople } from "./named-people.js";
import { nisbaOf, type Person } from "./people.js";
import { quoteFromSpan } from "./quote-verifier.js";
import { namingStart, speakerOf } from "./speakers.js";

/**
 * Answers to ordinary questions from a retrieval: whose words may answer (a question about what
 * someone said is answered with that person's words, or with the fact that the article does not
 * quote them), which spans are quotable (never a heading or a credit line alone), and the
 * direct answer that leads. People's introductions are `introduction-answer.ts`, quote
 * requests `quote-request-answer.ts`.
 */

/** "number", «رقم», «عدد»: the kind of answer asked for, not something the quote must say. */
const COUNT_NOUN = /^(?:numbers?|amount|count|(?:ال)?رقم|(?:ال)?عدد)$/i;

function englishLead(quotes: readonly Quote[]): string | undefined {
  const first = quotes[0];
  if (first?.translation === undefined) return undefined;
  const who = attribution(first.speaker, "en");
  const sentence =
    first.translation.length > 240 ? `${first.translation.slice(0, 237).trimEnd()}…` : first.translation;
  return `${who === undefined ? "The article says" : who} [${first.n}]: ${sentence}`;
}

/** The lead above the quotes: the direct answer, else a short reading (English) or the framing. */
function leadFor(
  type: ReturnType<typeof answerType>,
  lang: Lang,
  retrieval: Retrieval,
  sourcesFraming: string,
  holdsAll: (quotes: readonly Quote[]) => boolean,
  /** The question names a person («حسب كلام لافروف»): they are not what "who" asks for. */
  namesSomeone: boolean,
): (quotes: readonly Quote[]) => string {
  return (quotes) => {
    if (retrieval.confidence === "low") return composeClosest(lang);
    // "Who said…?" / «من قال…؟»: the person the first quote is attributed to.
    if (
      type === "person" &&
      !namesSomeone &&
      asksWhatSomeoneSaid(retrieval.plan.question, lang) &&
      !asksWhoActs(retrieval.plan.question, lang)
    ) {
      const quoted = quotes.find((q) => q.speaker?.kind === "person");
      const name = lang === "en" ? (quoted?.speaker?.en ?? quoted?.speaker?.ar) : quoted?.speaker?.ar;
      if (quoted !== undefined && name !== undefined) return `${name}. [${quoted.n}]`;
    }
    const direct = directAnswer(type, lang, quotes);
    // A number is the answer only from a quote on everything asked: "How many refugees…?" is
    // not answered by the «2254» of a resolution in another quote. A date likewise, unless it is
    // in the first quote: «متى عقد المؤتمر الصحفي؟» is not dated by the next meeting's «منتصف
    // فبراير» in the second (the framing then gives the report's own date).
    const source = quotes.find((q) => q.n === direct?.n);
    const onEverything = source !== undefined && holdsAll([source]);
    const trusted =
      type === "number"
        ? onEverything
        : type === "date"
          ? onEverything || source === quotes[0]
          : // "Which country…?" is not answered by the city a place pattern finds.
            !(type === "place" && asksWhichCountry(retrieval.plan.question, lang));
    if (direct !== undefined && trusted) return `${direct.text}. [${direct.n}]`;
    // "Yes" only when the quotes hold every word asked: «هل الأردن عضو…؟» is not confirmed by
    // «يشارك الأردن فيها بصفة مراقب»; and never to a negated claim ("…is not needed anymore,
    // right?"), whose polarity the words do not settle.
    const yes =
      type === "yesno" && holdsAll(quotes) && !claimsBeyondYes(retrieval.plan.question, lang)
        ? `${composeYes(lang)} `
        : "";
    if (lang === "en") return `${yes}${englishLead(quotes) ?? sourcesFraming}`;
    return `${yes}${sourcesFraming}`;
  };
}

/**
 * "Which countries did they discuss besides Syria?": a clause naming a country the question
 * does not is what answers it («الأوضاع في العراق وليبيا واليمن»).
 */
function countriesFit(
  ctx: AnswerContext,
  retrieval: Retrieval,
): { fits?: (text: string) => number; passages?: number } {
  const { countries } = ctx;
  const { plan, lang } = retrieval;
  if (countries === undefined || !asksWhichCountries(plan.question, lang)) return {};
  const asked = new Set([...countriesAsked(plan, countries), ...(retrieval.excludedCountries ?? [])]);
  // The talks' own parties («روسيا والأردن») are who discussed them, not what was discussed.
  const facts = topFacts(ctx, retrieval.results);
  const parties = new Set((facts?.people ?? []).flatMap((p) => [...p.roleWords]));
  const other = (c: string) => !asked.has(c) && !parties.has(nisbaOf(c));
  // A list is asked: the clause naming more of the others answers it better (a country the
  // question excluded, no longer in its plan, is one of them but seldom the only one named).
  // Read every retrieved passage: «شنو الدول اللي حجوا عليها؟» holds no word of the one
  // that names them.
  return {
    fits: (text) => Math.min(1, countries.namesIn(text).filter(other).length / LIST_FIT),
    passages: ALL_RETRIEVED,
  };
}

/**
 * Passages read for the event a statement was made at, or the countries asked for: all
 * retrieved (the one naming them may rank low).
 */
const ALL_RETRIEVED = 10;

/** Countries named in a clause for it to fit a "which countries" question fully. */
const LIST_FIT = 2;

/** Longest first quote of a who-said answer, from the words naming the speaker. */
const MAX_ATTRIBUTED_CHARS = 480;

function withAttribution(ctx: AnswerContext, quote: Quote): Quote {
  const f = ctx.facts(quote.doc);
  const paragraph = f?.doc.paragraphs.find((p) => p.number === quote.paragraph);
  if (f === undefined || paragraph === undefined) return quote;
  const at = namingStart(f.speakers, quote.start, paragraph.start);
  // Not so far back that the quote becomes the whole of a long paragraph.
  if (at === undefined || quote.end - at > MAX_ATTRIBUTED_CHARS) return quote;
  return quoteFromSpan(f.doc, at, quote.end, quote.n) ?? quote;
}

export function questionAnswer(ctx: AnswerContext, retrieval: Retrieval): Answer {
  const { lang, plan, results } = retrieval;
  const facts = topFacts(ctx, results);
  const type = answerType(plan.question, lang);
  const named = facts === undefined ? new Map<number, Person>() : namedPeople(plan, facts);
  const asked = [...new Set(named.values())];
  const framing = composeFraming(refsOf(ctx, facts), lang);

  const mentions = mentionTests(ctx, named);
  const reported = asksWhatSomeoneSaid(plan.question, lang);
  // "Who said…?", not "who should act, as someone sees it".
  const whoSaid = type === "person" && reported && !asksWhoActs(plan.question, lang);
  // «وماذا قال؟» after «من هو الصفدي؟»: no one named and nothing else asked, so the person
  // the chat was about is the one whose words are asked for.
  const carried = facts === undefined ? [] : carriedPeople(plan, facts);
  const ownWords = plan.words.filter((w) => w.context !== true && w.frame !== true);
  const subject =
    asked.length === 0 && ownWords.length === 0 && carried.length === 1 ? carried[0] : undefined;
  // «رد الصفدي على كلام لافروف»: of two people, the one reacting (named first) is asked about.
  const reacting =
    asked.length === 2 && asksReaction(plan.question, lang)
      ? named.get(Math.min(...named.keys()))
      : undefined;
  // "What did Safadi say about X, and did he agree with Lavrov?": of two people, the one the
  // reporting verb is asked of.
  const holderAt = holderIndex(plan, stanceHolder(plan.question, lang)?.toLowerCase());
  const holding = asked.length === 2 && holderAt !== undefined ? named.get(holderAt) : undefined;
  const speaker = reported ? (asked.length === 1 ? asked[0] : (reacting ?? holding ?? subject)) : undefined;
  const accept = (docId: string, start: number, end: number) => {
    const f = ctx.facts(docId);
    if (f === undefined) return true;
    if (!quotable(f, paragraphOf(f, start))) return false;
    if (speaker === undefined) return true;
    const who = speakerOf(f.speakers, start, end);
    return who?.kind === "person" && who.ar === speaker.name;
  };
  const quotes = extractQuotes(
    plan,
    results,
    ctx.lookup,
    ctx.words,
    type === "yesno" || type === "role" ? "other" : type,
    {
      accept,
      mentions,
      ...englishOption(ctx, lang),
      ...countriesFit(ctx, retrieval),
      // The event someone spoke at may be named a few passages down from the words they said.
      ...(asksOccasion(plan.question, lang) ? { fits: namesOccasion, passages: ALL_RETRIEVED } : {}),
      // «بأي صفة يشارك الأردن…؟»: the clause giving the capacity («بصفة مراقب»).
      ...(asksCapacity(plan.question, lang) ? { fits: givesCapacity, passages: ALL_RETRIEVED } : {}),
      // "What did they discuss regarding the Gulf?": the lead states what the meeting discussed;
      // a body paragraph on the same words quotes what was said on it.
      ...(asksWhatWasDiscussed(plan.question, lang)
        ? {
            placeBonus: (docId: string, start: number) =>
              isLeadSpan(ctx, docId, start)
                ? asksOnlyMainTopic(plan, named)
                  ? MAIN_TOPIC_BONUS
                  : LEAD_BONUS
                : 0,
            passages: ALL_RETRIEVED,
          }
        : {}),
    },
  ).map((q, i) =>
    // "Who said…?": the first quote opens with the words naming its speaker, not with a clause
    // that only continues them («كما أكد بقوله…» after «إذ أشار الوزير الروسي…»).
    i === 0 && whoSaid ? withAttribution(ctx, q) : q,
  );
  // Whether the quotes hold every word asked (people named, framing and carried words aside).
  const holdsAll = (shown: readonly Quote[]) => {
    const terms = termSetOf(shown.map((q) => q.text).join(" "));
    const english = shown.map((q) => q.translation ?? "").join(" ");
    return plan.words.every(
      (w, i) =>
        w.context === true ||
        w.frame === true ||
        isTopicPointer(w.surface) ||
        named.has(i) ||
        COUNT_NOUN.test(w.surface) ||
        groupPresent(w.group, terms) ||
        namesBothParties(lang, w.surface, facts?.people.length ?? 0) ||
        (lang === "en" && englishTextHas(english, w.surface)),
    );
  };
  // A check of who said something: a yes/no on a named speaker, or "who said…" with a guess.
  const checksSpeaker = type === "person" || checksWhoSaidIt(plan.question, lang);
  if (speaker !== undefined && quotes.length === 0) {
    // The article does not quote them on this: say so, and show who does speak on it.
    const others = extractQuotes(plan, results, ctx.lookup, ctx.words, "other", {
      accept: (docId, start) => {
        const f = ctx.facts(docId);
        return f === undefined || quotable(f, paragraphOf(f, start));
      },
      mentions,
      maxQuotes: 2,
      ...englishOption(ctx, lang),
      // Who said it is the answer: the first quote opens with the words naming them.
    }).map((q, i) => (i === 0 && checksSpeaker ? withAttribution(ctx, q) : q));
    const lead = (shown: readonly Quote[]) => {
      const names = quotedPeople(shown, lang);
      const person = personName(ctx, facts?.doc.id ?? "", speaker, lang);
      return checksSpeaker && names.length > 0
        ? composeSaidByOther(person, names, choiceAlternative(plan.question, lang) !== undefined, lang)
        : composeNotQuoted(person, names, lang);
    };
    // "Did Safadi say X?", «مين قال X؟ الصفدي؟»: who said it is the answer, and the article
    // gives it. Otherwise not covered: what they said is not in the article, whoever else spoke.
    // Only when the other's words hold all that is asked ("Did Safadi say X?" over Lavrov's Y
    // is not answered by Lavrov), or, asked who said it, the article plainly covers what was said.
    const answered =
      checksSpeaker &&
      (holdsAll(others) || (type !== "yesno" && retrieval.covered && retrieval.confidence === "high")) &&
      others.some((q) => {
        const f = ctx.facts(q.doc);
        return f !== undefined && speakerOf(f.speakers, q.start, q.end)?.kind === "person";
      });
    return ctx.finish({
      lang,
      kind: "answer",
      confidence: answered ? "high" : "low",
      lead,
      quotes: others,
      plan,
      covered: answered,
    });
  }
  return ctx.finish({
    lang,
    kind: "answer",
    confidence: retrieval.confidence,
    lead: leadFor(type, lang, retrieval, framing, holdsAll, asked.length > 0),
    quotes,
    plan,
  });
}

/** Score a span of the lead earns when what a meeting discussed is asked (see `extractQuotes`). */
const LEAD_BONUS = 0.25;
/** …and when its main topic is asked, naming none («ما القضية الأساسية التي بحثها الجانبان؟»). */
const MAIN_TOPIC_BONUS = 1;
const MAIN = /^(?:main|key|chief|central|primary|principal|(?:ال)?(?:اساسي|اساسيه|رييسي|رييسيه|ابرز|اهم))$/i;

/**
 * Whether the question's own words only point to a topic and call it the main one, beside the
 * people who met (`named`: the plan words naming them).
 */
function asksOnlyMainTopic(plan: Retrieval["plan"], named: ReadonlyMap<number, Person>): boolean {
  const own = [...plan.words.entries()].filter(([, w]) => w.frame !== true && w.context !== true);
  const main = (surface: string) => MAIN.test(normalizeArabic(surface));
  return (
    own.some(([, w]) => main(w.surface)) &&
    own.every(
      ([i, w]) => main(w.surface) || isTopicPointer(w.surface) || isPartiesWord(w.surface) || named.has(i),
    )
  );
}

function isLeadSpan(ctx: AnswerContext, docId: string, start: number): boolean {
  const facts = ctx.facts(docId);
  return facts !== undefined && isDatedLead(facts, paragraphOf(facts, start));
}
