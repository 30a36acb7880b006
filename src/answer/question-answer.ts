import type { Answer, Lang, Quote, ScoredChunk, SourceRef } from "../core/types.js";
import { groupPresent, termSetOf } from "../retrieval/matching.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { englishTextHas } from "../retrieval/translation-search.js";
import { normalizeArabic } from "../text/normalize.js";
import type { AnswerContext, Retrieval } from "./answer-context.js";
import {
  attribution,
  composeClosest,
  composeFraming,
  composeNotQuoted,
  composeQuotesLead,
  composeYes,
} from "./compose.js";
import { directAnswer } from "./direct-answer.js";
import { type DocumentFacts, isBodyParagraph } from "./document-facts.js";
import { extractQuotes, paragraphQuotes } from "./extractive-answerer.js";
import { answerType, asksWhatSomeoneSaid } from "./intent.js";
import { bareWord, mentionsPerson, officeMatch, type Person, resolveMention } from "./people.js";
import { quoteFromSpan } from "./quote-verifier.js";
import { speakerOf } from "./speakers.js";

/**
 * Answers to ordinary questions and to quote requests, from a retrieval: who is asked about,
 * whose words may answer (a question about what someone said is answered with that person's
 * words, or with the fact that the article does not quote them), which spans are quotable
 * (never a heading or a credit line alone), and the direct answer that leads.
 */

/** "number", «رقم», «عدد»: the kind of answer asked for, not something the quote must say. */
const COUNT_NOUN = /^(?:numbers?|amount|count|(?:ال)?رقم|(?:ال)?عدد)$/i;
const EN_WHO_IS = /^\s*(?:and\s+)?who(?:'s|\s+(?:is|was|are|were))\b/i;
// «من هو الصفدي؟», and «مين الصفدي؟» with no copula (one word after the interrogative).
const AR_WHO_IS = /^\s*(?:و)?(?:من|مين|منو)\s+(?:(?:هو|هي|يكون|كان)(?:\s|$)|[^\s؟?]+\s*[؟?!.]*\s*$)/;
/** Verbs of meeting: "who did X meet" asks for the other party. */
const EN_MEETING =
  /\b(?:meet|met|meeting|talks?|talked|negotiate[ds]?|confer(?:red)?|hold talks|held talks|sit down|sat down|host(?:ed)?|receive[d]?|attend(?:ed|s)?|join(?:ed|s)?|participat(?:e|ed|es))\b/i;
const AR_MEETING =
  /(?:^|\s)(?:و)?(?:التقي|التقت|يلتقي|التقاه|التقيا|اجتمع|اجتمعت|يجتمع|قابل|قابله|استقبل|استقبله|تباحث|باحث|فاوض|حاور|محادثات|مباحثات|اجتماع|لقاء|حضر|حضرت|يحضر|حضور)(?=\s|$|[؟?])/;
/** Asks for a person ("Who holds…", «من يشغل…»), whatever the verb. */
const EN_WHO = /^\s*(?:and\s+)?who\b/i;
const AR_WHO = /^\s*(?:و)?(?:من|مين|منو)\s/;

/** Plan words that name a person the document introduces, with that person. */
export function namedPeople(
  plan: QueryPlan,
  facts: DocumentFacts,
  { carried = false }: { readonly carried?: boolean } = {},
): Map<number, Person> {
  const named = new Map<number, Person>();
  plan.words.forEach((word, i) => {
    if ((word.context === true) !== carried) return;
    for (const form of word.forms) {
      // A run of words the plan read as a person's office stands for their full name.
      const words = word.via === "mixed" ? form.arabic.split(/\s+/) : [form.arabic];
      const person = resolveMention(facts.people, words);
      if (person !== undefined && form.weight >= 0.2) {
        named.set(i, person);
        return;
      }
    }
  });
  return named;
}

/** The people the previous question named (its words carried into a follow-up), once each. */
function carriedPeople(plan: QueryPlan, facts: DocumentFacts): Person[] {
  return [...new Set(namedPeople(plan, facts, { carried: true }).values())];
}

/**
 * "Who is Lavrov's Jordanian counterpart?": a question word that qualifies exactly one other
 * person's office and not the named one's («الأردني») asks about that other person.
 */
function counterpartOf(plan: QueryPlan, facts: DocumentFacts, named: Person): Person | undefined {
  const forms = plan.words
    .filter((w) => w.context !== true)
    .flatMap((w) => w.forms.slice(0, 2).flatMap((f) => f.arabic.split(/\s+/)));
  const others = facts.people.filter(
    (p) =>
      p !== named &&
      forms.some((f) => officeMatch(p, f) === "qualifier" && officeMatch(named, f) !== "qualifier"),
  );
  return others.length === 1 ? others[0] : undefined;
}

/** A person named by office in the question («الوزير الأردني», "the Russian foreign minister"). */
function personByOffice(plan: QueryPlan, facts: DocumentFacts): Person | undefined {
  const words = plan.words
    .filter((w) => w.context !== true)
    .flatMap((w) => w.forms.slice(0, 2).map((f) => f.arabic));
  const titles = words.filter((w) => /وزير|رئيس|نائب|سفير|ملك|امير|متحدث/.test(normalizeArabic(w)));
  if (titles.length === 0) return undefined;
  return resolveMention(
    facts.people,
    words.filter((w) => bareWord(normalizeArabic(w)).length > 2),
  );
}

/** Share of the plan's information (non-neutral words) present in a text. */
export function informationShare(
  ctx: AnswerContext,
  plan: QueryPlan,
  text: string,
  neutral: ReadonlySet<number> = new Set(),
): number {
  const terms = termSetOf(text);
  let total = 0;
  let present = 0;
  plan.words.forEach((w, i) => {
    if (neutral.has(i)) return;
    const weight = ctx.words.groupWeight(w.group) * (w.context === true ? 0.5 : 1);
    total += weight;
    if (groupPresent(w.group, terms)) present += weight;
  });
  return total === 0 ? 0 : present / total;
}

function topFacts(ctx: AnswerContext, results: readonly ScoredChunk[]): DocumentFacts | undefined {
  const docId = results[0]?.chunk.docId;
  return docId === undefined ? undefined : ctx.facts(docId);
}

function quotable(facts: DocumentFacts | undefined, paragraph: number): boolean {
  return facts === undefined || isBodyParagraph(facts, paragraph);
}

function paragraphOf(facts: DocumentFacts, offset: number): number {
  return facts.doc.paragraphs.find((p) => offset >= p.start && offset < p.end)?.number ?? 0;
}

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
): (quotes: readonly Quote[]) => string {
  return (quotes) => {
    if (retrieval.confidence === "low") return composeClosest(lang);
    // "Who said…?" / «من قال…؟»: the person the first quote is attributed to.
    if (type === "person" && asksWhatSomeoneSaid(retrieval.plan.question, lang)) {
      const quoted = quotes.find((q) => q.speaker?.kind === "person");
      const name = lang === "en" ? (quoted?.speaker?.en ?? quoted?.speaker?.ar) : quoted?.speaker?.ar;
      if (quoted !== undefined && name !== undefined) return `${name}. [${quoted.n}]`;
    }
    const direct = directAnswer(type, lang, quotes);
    // A number is the answer only from a quote on everything asked: "How many refugees…?" is
    // not answered by the «2254» of a resolution in another quote.
    const source = quotes.find((q) => q.n === direct?.n);
    const trusted = type !== "number" || (source !== undefined && holdsAll([source]));
    if (direct !== undefined && trusted) return `${direct.text}. [${direct.n}]`;
    // "Yes" only when the quotes hold every word asked: «هل الأردن عضو…؟» is not confirmed by
    // «يشارك الأردن فيها بصفة مراقب».
    const yes = type === "yesno" && holdsAll(quotes) ? `${composeYes(lang)} ` : "";
    if (lang === "en") return `${yes}${englishLead(quotes) ?? sourcesFraming}`;
    return `${yes}${sourcesFraming}`;
  };
}

/**
 * "Who is Safadi?" / «ما منصب الصفدي؟» / "Who is the Russian foreign minister?": the apposition
 * that introduces the person, whatever else the question's words are.
 */
export function introductionAnswer(ctx: AnswerContext, retrieval: Retrieval): Answer | undefined {
  const { lang, plan, results } = retrieval;
  const type = answerType(plan.question, lang);
  if (type !== "role" && type !== "person") return undefined;
  // "Who was the last prime minister of East Germany?" is not about this article's minister.
  if (retrieval.missingSpecific.length > 0) return undefined;
  const facts =
    topFacts(ctx, results) ?? (ctx.documents[0] === undefined ? undefined : ctx.facts(ctx.documents[0].id));
  if (facts === undefined) return undefined;
  const namedInPlan = namedPeople(plan, facts);
  const asked = [...new Set(namedInPlan.values())];
  // Named only by an office in a question the article does not cover («من كان آخر رئيس وزراء
  // لألمانيا الشرقية؟»): the office words matched, the question is about someone else.
  const byOffice = [...namedInPlan.entries()]
    .filter(([i]) => plan.words[i]?.via === "mixed")
    .map(([, p]) => p);
  if (!retrieval.covered && asked.length > 0 && byOffice.length === namedInPlan.size) return undefined;
  const framing = composeFraming(refsOf(ctx, facts), lang);
  // "Who is X?" introduces X; "Who did X meet?" asks about someone else.
  const whoIs =
    lang === "ar" ? AR_WHO_IS.test(normalizeArabic(plan.question)) : EN_WHO_IS.test(plan.question);
  // «وما منصبه؟» after «من هو الصفدي؟»: the office of the person the chat was about.
  const carried = carriedPeople(plan, facts);
  const asksWho = lang === "ar" ? AR_WHO.test(normalizeArabic(plan.question)) : EN_WHO.test(plan.question);
  const named = asked.length === 1 && asked[0] !== undefined ? asked[0] : undefined;
  // "Who is Lavrov's Jordanian counterpart?": of a name and an office, the office is asked about.
  const officeAsked = whoIs && asked.length === 2 && byOffice.length === 1 ? byOffice[0] : undefined;
  // "Who did Lavrov hold talks with?" / «مع من التقى لافروف؟»: in a report of two people
  // meeting, the other one.
  const meeting =
    lang === "ar" ? AR_MEETING.test(normalizeArabic(plan.question)) : EN_MEETING.test(plan.question);
  // «ومين كمان حضر؟» after «مع مين اجتمع لافروف؟»: the other of the person the chat was about.
  const party = named ?? (asked.length === 0 && carried.length === 1 ? carried[0] : undefined);
  const metWith =
    type === "person" &&
    !whoIs &&
    party !== undefined &&
    byOffice.length === 0 &&
    meeting &&
    facts.people.length === 2
      ? facts.people.find((p) => p !== party)
      : undefined;
  const introduced =
    officeAsked ??
    metWith ??
    (type === "role" || (whoIs && asked.length === 1)
      ? ((whoIs && named !== undefined ? counterpartOf(plan, facts, named) : undefined) ??
        asked[0] ??
        (carried.length === 1 ? carried[0] : undefined))
      : whoIs
        ? personByOffice(plan, facts)
        : undefined);
  if (introduced !== undefined) {
    const quote = quoteFromSpan(facts.doc, introduced.roleStart, introduced.end, 1);
    if (quote !== undefined) {
      const lead = (quotes: readonly Quote[]) => {
        const translation = quotes[0]?.translation;
        if (lang === "en") return translation === undefined ? framing : `${translation} [1]`;
        // «من يشغل منصب نائب رئيس الوزراء؟» asks for the name, though it names an office.
        return type === "role" && !asksWho
          ? `${introduced.roles.join("، ")}. [1]`
          : `${introduced.name}. [1]`;
      };
      return ctx.finish({ lang, kind: "answer", confidence: "high", lead, quotes: [quote], plan });
    }
  }

  return undefined;
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
  // «وماذا قال؟» after «من هو الصفدي؟»: no one named and nothing else asked, so the person
  // the chat was about is the one whose words are asked for.
  const carried = facts === undefined ? [] : carriedPeople(plan, facts);
  const ownWords = plan.words.filter((w) => w.context !== true && w.frame !== true);
  const subject =
    asked.length === 0 && ownWords.length === 0 && carried.length === 1 ? carried[0] : undefined;
  const speaker = reported ? (asked.length === 1 ? asked[0] : subject) : undefined;
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
    { accept, mentions, ...englishOption(ctx, lang) },
  );
  // Whether the quotes hold every word asked (people named, framing and carried words aside).
  const holdsAll = (shown: readonly Quote[]) => {
    const terms = termSetOf(shown.map((q) => q.text).join(" "));
    const english = shown.map((q) => q.translation ?? "").join(" ");
    return plan.words.every(
      (w, i) =>
        w.context === true ||
        w.frame === true ||
        named.has(i) ||
        COUNT_NOUN.test(w.surface) ||
        groupPresent(w.group, terms) ||
        (lang === "en" && englishTextHas(english, w.surface)),
    );
  };
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
    });
    const lead = (shown: readonly Quote[]) => {
      const names = [
        ...new Set(
          shown
            .map((q) => q.speaker)
            .filter((s) => s?.kind === "person")
            .map((s) => (lang === "en" ? (s?.en ?? s?.ar ?? "") : (s?.ar ?? ""))),
        ),
      ];
      const person =
        lang === "en"
          ? (ctx.translations.name(facts?.doc.id ?? "", speaker.start, speaker.end) ?? speaker.name)
          : speaker.name;
      return composeNotQuoted(person, names, lang);
    };
    return ctx.finish({ lang, kind: "answer", confidence: "low", lead, quotes: others, plan });
  }
  return ctx.finish({
    lang,
    kind: "answer",
    confidence: retrieval.confidence,
    lead: leadFor(type, lang, retrieval, framing, holdsAll),
    quotes,
    plan,
  });
}

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
    if (plan.words.length > neutral.size && informationShare(ctx, plan, text, neutral) < 0.5) return false;
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

/** For each plan word naming a person: does a span refer to them (name, office, own words)? */
function mentionTests(
  ctx: AnswerContext,
  named: ReadonlyMap<number, Person>,
): Map<number, (docId: string, start: number, end: number) => boolean> {
  const tests = new Map<number, (docId: string, start: number, end: number) => boolean>();
  for (const [i, person] of named) {
    tests.set(i, (docId, start, end) => {
      const f = ctx.facts(docId);
      if (f === undefined) return false;
      const who = speakerOf(f.speakers, start, end);
      if (who?.kind === "person" && who.ar === person.name) return true;
      return mentionsPerson(f.people, f.doc.text.slice(start, end), person);
    });
  }
  return tests;
}

/** For English questions: English words count as present in a span whose translation has them. */
function englishOption(ctx: AnswerContext, lang: Lang) {
  if (lang !== "en") return {};
  return {
    englishHas: (doc: string, start: number, end: number, surface: string) => {
      const english = ctx.translations.span(doc, start, end);
      return english !== undefined && englishTextHas(english, surface);
    },
  };
}

function refsOf(ctx: AnswerContext, facts: DocumentFacts | undefined): SourceRef[] {
  const ref = facts === undefined ? undefined : ctx.source(facts.doc.id);
  return ref === undefined ? [] : [ref];
}
