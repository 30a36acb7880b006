import type { Logger } from "../core/logger.js";
import type { Lang, Turn } from "../core/types.js";
import type { SearchIndex } from "../index/search-index.js";
import type { HybridSearch } from "../retrieval/hybrid-search.js";
import type { QueryPlanner } from "../retrieval/planner.js";
import { withChatSpeakSpelt } from "../text/chat-english.js";
import { dialectToMsa } from "../text/dialect.js";
import { detectLanguage } from "../text/lang.js";
import { withPressEpithets } from "../text/press-epithets.js";
import { withPressParaphrases } from "../text/press-paraphrase.js";
import { withoutTypePhrases } from "../text/question-phrases.js";
import { splitExclusions, withAbbreviationsSpelt } from "../text/question-words.js";
import type { Retrieval, RetrieveOptions } from "./answer-context.js";
import { askedAnswerType } from "./answer-fit.js";
import { assessCoverage, type CoverageThresholds } from "./coverage.js";
import type { Gazetteer } from "./coverage-types.js";
import {
  asksAboutPreviousTopic,
  looksLikeFollowUp,
  mergeWithPrevious,
  placesInPreviousTopic,
  pointsBackInOtherWords,
} from "./follow-up.js";
import { answerType, isQuoteRequest, stripQuoteRequest } from "./intent.js";
import type { Person } from "./people.js";
import { resolvePeopleInPlan, unheldOffice } from "./people-in-plan.js";
import { withoutGreeting } from "./smalltalk.js";

/**
 * The retrieval step of a question: its language, its plan (merged with the previous question's
 * when it continues it), the hybrid search and the coverage decision.
 */
export interface RetrievalStepDeps {
  readonly planner: QueryPlanner;
  readonly search: HybridSearch;
  readonly words: SearchIndex["lexical"]["words"];
  readonly coverage: CoverageThresholds;
  readonly logger: Logger;
  /** The people the documents introduce, so offices in questions read as those people. */
  readonly people: () => readonly Person[];
  /** The people a document introduces (their names count in every paragraph for coverage). */
  readonly peopleOf: (docId: string) => readonly Person[];
  /** False for a heading or a credit line: they name a topic but hold no answer. */
  readonly isBody?: (docId: string, paragraph: number) => boolean;
  /** True for a dated document's lead: its date is the reported event's (see `CoverageEvidence`). */
  readonly isDateline?: (docId: string, paragraph: number) => boolean;
  /** Country names and capitals (for "which countries" questions and capitals). */
  readonly countries?: Gazetteer;
}

/**
 * Body passages before headings and credit lines, each group in rank order: a short heading
 * («الوضع في سوريا») scores high on one shared word but answers nothing, and the paragraphs it
 * heads rank right after it anyway.
 */
export function bodyFirst<
  T extends { readonly chunk: { readonly docId: string; readonly paragraph: number } },
>(results: readonly T[], isBody: (docId: string, paragraph: number) => boolean): T[] {
  const body = results.filter((r) => isBody(r.chunk.docId, r.chunk.paragraph));
  return body.length === 0 ? [...results] : [...body, ...results.filter((r) => !body.includes(r))];
}

/** The question's language, defaulting to the previous question's. */
export function questionLanguage(question: string, history: readonly Turn[] | undefined): Lang {
  const previous = lastQuestion(history);
  return detectLanguage(question.trim(), previous ? detectLanguage(previous) : "en");
}

/** The question as retrieval should read it: dialect words in their MSA form. */
export function readable(question: string, lang: Lang): string {
  return readableParts(question, lang).text;
}

/** The readable question, and what it excludes («غير سوريا وفلسطين»), as written. */
function readableParts(question: string, lang: Lang): { text: string; excluded: string } {
  const { asked, excluded } = splitExclusions(spelt(question, lang));
  // Dialect words first, so the phrases read next are read in their MSA form; a state or an
  // office by its press epithet next, so the type phrases see the name.
  return {
    text: withPressParaphrases(
      withoutTypePhrases(withPressEpithets(lang === "ar" ? dialectToMsa(asked) : asked)),
    ),
    excluded,
  };
}

/** The question with chat spellings and abbreviations spelt out, and no greeting. */
function spelt(question: string, lang: Lang): string {
  return withoutGreeting(
    lang === "en" ? withAbbreviationsSpelt(withChatSpeakSpelt(question.trim())) : question.trim(),
    lang,
  );
}

/** The countries a question excludes («غير سوريا وفلسطين»), as the gazetteer names them. */
function excludedCountries(deps: RetrievalStepDeps, excluded: string, lang: Lang): readonly string[] {
  if (excluded.length === 0 || deps.countries === undefined) return [];
  const arabic =
    lang === "ar"
      ? dialectToMsa(excluded)
      : deps.planner
          .plan(excluded, lang)
          .words.flatMap((w) => w.forms.map((f) => f.arabic))
          .join(" ");
  return deps.countries.namesIn(arabic);
}

/** Language, plan (with follow-up context), retrieval and the coverage decision. */
export async function retrieveQuestion(
  deps: RetrievalStepDeps,
  question: string,
  options: RetrieveOptions = {},
): Promise<Retrieval> {
  const previous = lastQuestion(options.history);
  const lang = questionLanguage(question, options.history);
  const { text, excluded: excludedText } = readableParts(question, lang);
  const wantQuotes = options.wantQuotes === true || isQuoteRequest(text);
  let topic = wantQuotes ? stripQuoteRequest(text) : text;
  if (wantQuotes && topic.length === 0 && previous !== undefined) topic = stripQuoteRequest(previous);

  let plan = resolvePeopleInPlan(deps.planner.plan(topic, lang), deps.people());
  // A question with no words of its own ("When?", «وين؟») continues the previous one, and so
  // does one placing itself in its topic ("…in this context?"), however many words it has.
  const inThatTopic = placesInPreviousTopic(topic, lang);
  if (
    previous !== undefined &&
    (plan.words.length === 0 || inThatTopic || looksLikeFollowUp(topic, lang, plan.words.length))
  ) {
    const previousLang = detectLanguage(previous, lang);
    const previousPlan = deps.planner.plan(
      stripQuoteRequest(
        readable(
          // «ومين كمان حضر؟» asks who else, beside the one the question named: not swapped.
          (answerType(topic, lang) === "person"
            ? undefined
            : answeredPerson(previous, previousLang, options.history)) ?? previous,
          previousLang,
        ),
      ),
      previousLang,
    );
    plan = mergeWithPrevious(plan, resolvePeopleInPlan(previousPlan, deps.people()), inThatTopic);
  }
  const searchPlan = options.refinePlan === undefined ? plan : options.refinePlan(plan);
  const ranked = plan.words.length === 0 ? [] : await deps.search.search(searchPlan, 10);
  const results = deps.isBody === undefined ? ranked : bodyFirst(ranked, deps.isBody);
  options.onRetrieved?.(results);
  // The offices of the people the closest passages' documents introduce.
  const closest = results.slice(0, 3);
  const closestPeople = [...new Set(closest.map((r) => r.chunk.docId))].flatMap((docId) =>
    deps.peopleOf(docId),
  );
  // Coverage reads the ranking as scored: a heading on top widens to the paragraphs after it.
  const excluded = excludedCountries(deps, excludedText, lang);
  const assessed = assessCoverage(plan, ranked, deps.words, deps.coverage, {
    excludedCountries: excluded,
    names: (docId) => deps.peopleOf(docId).map((p) => p.name),
    roleWords: (docId) => new Set(deps.peopleOf(docId).flatMap((p) => [...p.roleWords])),
    english: deps.search.options.translated,
    answerKind: askedAnswerType(plan, lang),
    isDateline: (chunk) => deps.isDateline?.(chunk.docId, chunk.paragraph) ?? false,
    ...(deps.countries === undefined ? {} : { countries: deps.countries }),
    unheldOffice:
      answerType(plan.question, lang) === "person"
        ? unheldOffice(
            plan,
            closestPeople,
            closest.map((r) => r.chunk.text),
          )
        : undefined,
  });
  const carried = plan.words.some((w) => w.context === true);
  const ownWords = plan.words.filter((w) => w.context !== true && w.frame !== true).map((w) => w.surface);
  const coverage =
    !assessed.covered &&
    carried &&
    results.length > 0 &&
    assessed.missingSpecific.length === 0 &&
    (asksAboutPreviousTopic(topic, lang, ownWords) ||
      (assessed.onShares === true && pointsBackInOtherWords(topic, lang, ownWords, new Set(assessed.absent))))
      ? {
          ...assessed,
          covered: true,
          confidence: "low" as const,
          reason: `follow-up on the previous topic (${assessed.reason})`,
        }
      : assessed;
  deps.logger.debug("retrieval", {
    lang,
    wantQuotes,
    words: plan.words.length,
    coverage: coverage.reason,
    absent: coverage.absent,
  });
  return {
    lang,
    plan,
    wantQuotes,
    results,
    covered: coverage.covered,
    confidence: coverage.confidence,
    reason: coverage.reason,
    passageShare: coverage.passageShare,
    missingSpecific: coverage.missingSpecific,
    excludedCountries: excluded,
  };
}

/**
 * «مع مين اجتمع لافروف؟» → «وشو منصبه؟»: after a question asking who, the chat is about the
 * person the answer named, not the one the question did. The answer's lead (the name, or the
 * name with its office) stands in for the previous question.
 */
function answeredPerson(
  previous: string,
  lang: Lang,
  history: readonly Turn[] | undefined,
): string | undefined {
  const answer = history?.[history.length - 1]?.answer;
  if (answer === undefined || !answer.covered || answer.kind !== "answer" || answer.lead === undefined)
    return undefined;
  if (answerType(previous, lang) !== "person") return undefined;
  const lead = answer.lead.replace(/\[\d+\]/g, " ").trim();
  // Only a short lead is a name; a longer one quotes what someone said, and one ending in a
  // colon only frames the quotes after it («بحسب تاس، 3 فبراير/شباط 2021:»).
  return lead.length > 0 && lead.length <= MAX_NAME_LEAD && !/[:：]$/.test(lead) ? lead : undefined;
}

/** Longest answer lead read as naming a person (a name with its offices). */
const MAX_NAME_LEAD = 120;

function lastQuestion(history: readonly Turn[] | undefined): string | undefined {
  const last = history?.[history.length - 1];
  return last?.question;
}
