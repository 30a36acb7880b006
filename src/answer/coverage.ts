import type { ScoredChunk } from "../core/types.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { groupPresent, termSetOf } from "../retrieval/matching.js";
import { type QueryPlan, specificSurfaces } from "../retrieval/query-plan.js";
import { answerType, asksEventDate, asksForCount, holdsQuantity, inEventIdiom } from "../text/answer-type.js";
import { isEventWord, namesBilateralMeeting, namesBothParties } from "../text/event-words.js";
import { normalizeArabic } from "../text/normalize.js";
import { isEnglishDateNoun, isTopicPointer } from "../text/question-words.js";
import { asksAboutComing, speaksOfComing, timeDirection } from "../text/relative-time.js";
import { regionalGroupHolder, stanceHolder, stanceTopicWords } from "../text/stance-holder.js";
import { namesNoCountryAsked, voicelessCountry } from "./coverage-countries.js";
import { decideCoverage } from "./coverage-decision.js";
import { presupposedFeatures } from "./coverage-presupposed.js";
import { sceneOnly } from "./coverage-scene.js";
import type {
  AskedAnswerType,
  Coverage,
  CoverageEvidence,
  CoverageFeatures,
  CoverageThresholds,
} from "./coverage-types.js";
import { DEFAULT_COVERAGE } from "./coverage-types.js";
import {
  arabicOf,
  englishWordsOf,
  gluedWordIn,
  holderIndex,
  inCorpus,
  namesInside,
  offeredAlternative,
  onePerPerson,
  optionBefore,
  pointsTo,
} from "./coverage-words.js";
import { uncheckableWord } from "./coverage-yesno.js";
import { nisbaOf } from "./people.js";

export { decideCoverage } from "./coverage-decision.js";
export type {
  AskedAnswerType,
  Coverage,
  CoverageEvidence,
  CoverageFeatures,
  CoverageThresholds,
  DocumentNames,
  EnglishPresence,
} from "./coverage-types.js";
export { DEFAULT_COVERAGE } from "./coverage-types.js";
export { namesInside } from "./coverage-words.js";

/**
 * Does the corpus answer the question? Three outcomes: answered (`high`), closest passages
 * (`low`: the article touches the topic but its best passage holds too little of what is
 * asked), and not covered, on positive evidence. Refuse ("not covered") when
 * - the question has no content words, or nothing was retrieved;
 * - a specific word (a name, a number, a word no dictionary knows) appears nowhere in the
 *   corpus: "What did Lavrov say about Ukraine?" over an article without Ukraine;
 * - the words the corpus lacks carry too much of the question's information;
 * - the best passage holds too little of the question's information;
 * - the question asks who holds an office none of the people the documents introduce holds;
 * - the question asks for a date or a number and none of the closest passages holds one beyond
 *   the question's own words ("When was the Arab League founded?" over an article that names
 *   the League but dates nothing about it);
 * - the question asks when an event happened or will happen and the corpus lacks a word of it
 *   ("When was the Astana process launched?": the article dates the next Astana meeting only;
 *   in Arabic only when the one date near is the report's own, in its lead);
 * - the corpus holds only the reported meeting's setting and lacks what is asked about it
 *   («شو كان الطقس في موسكو يوم الأربعاء؟», `coverage-scene.ts`).
 * A word's information is its BM25 idf over the corpus. A general word the corpus lacks
 * counts as `absentWeight` × the idf of an unseen word: a small corpus lacks most of the
 * language, so absence of a general word ("held", "news") is weaker evidence than absence of
 * a name. Thresholds, features and evidence: `coverage-types.ts`.
 */

/** Verbs of meeting and hosting, which a dated report of one meeting words as it will. */
const EN_MEETING_VERB =
  /^(?:host|hosts|hosted|hosting|hold|holds|held|holding|meet|meets|met|take place|took place|happen|happened|occur|occurred)$/i;

/** A passage this short is a heading or a caption, judged together with the next one. */
const SHORT_PASSAGE_CHARS = 40;

export function coverageFeatures(
  fullPlan: QueryPlan,
  results: readonly ScoredChunk[],
  words: LexicalIndex,
  weights: Pick<
    CoverageThresholds,
    "absentWeight" | "answerTypeWindow" | "answerTypeWindowEnglish" | "apartShare"
  >,
  evidence: CoverageEvidence = {},
): CoverageFeatures {
  const { names = () => [], english, answerKind, unheldOffice, isDateline = () => false } = evidence;
  // Context carried from a previous question helps retrieval but is not what is asked now.
  // A follow-up whose own words only point back («في تحفظ على هالشي؟», «بهذا الموضوع») asks
  // about the context.
  const asked = fullPlan.words.filter((w) => w.context !== true);
  const plan = asked.some((w) => !isTopicPointer(w.surface)) ? { ...fullPlan, words: asked } : fullPlan;
  const inEnglish = (surface: string, test: (w: string) => boolean) =>
    english !== undefined && plan.lang === "en" && englishWordsOf(surface).every(test);
  // The Arabic word itself, or an English word's most probable translation ("previous").
  const directions = plan.words.map((w) => timeDirection(arabicOf(plan, w)));
  // Words pointing the same way in time stand for each other («القادم» for «المقبل»).
  // Over a translated passage the translation witnesses an English word's presence better than
  // the dictionary's guesses, which are held to stricter matches there.
  const translatedTop =
    plan.lang === "en" && results[0] !== undefined && english?.isTranslated?.(results[0].chunk.id) === true;
  const topDoc = results[0]?.chunk.docId;
  const parties = (w: QueryPlan["words"][number]) =>
    topDoc !== undefined && namesBothParties(plan.lang, w.surface, names(topDoc).length);
  // Passages of a dated report: it is of one meeting, whatever a question calls it («اللقاء»
  // for «المباحثات»), and what is coming is so from its date.
  const dated = results.some((r) => isDateline(r.chunk));
  const found = plan.words.map(
    (w, i) =>
      inCorpus(words, plan, i, translatedTop) ||
      gluedWordIn(plan.lang, w, (t) => words.has(t)) ||
      inEnglish(w.surface, (x) => english?.has(x) ?? false) ||
      pointsTo((t) => words.has(t), directions[i]) ||
      parties(w) ||
      (dated && plan.lang === "ar" && namesBilateralMeeting(w.surface)),
  );
  // "hosted", "held": in a dated report of one meeting, its verbs are that meeting when all
  // else asked is in the text ("in which city did Lavrov host his Jordanian colleague?"); not
  // beside a word it lacks ("Which city hosted the Arab League summit?"), nor in a yes/no check
  // ("Did Safadi invite Lavrov to visit Amman?").
  const checksYesNo = answerType(plan.question, plan.lang) === "yesno";
  const meetingVerb = (w: QueryPlan["words"][number]) =>
    dated && plan.lang === "en" && !checksYesNo && EN_MEETING_VERB.test(w.surface);
  const restFound = plan.words.every((w, i) => found[i] || w.frame === true || meetingVerb(w));
  const present = plan.words.map((w, i) => (found[i] ?? false) || (restFound && meetingVerb(w)));
  // A capitalised English word inside the question ("the capital of Japan") that neither the
  // corpus nor the translation of the best passage's document holds names something the article
  // never names, even when some corpus word sounds like it. Only over a translated passage: with
  // the dictionary alone, names spelt otherwise in Arabic would be refused.
  const specific = plan.words.map(
    (w, i) =>
      w.specific ||
      (translatedTop && !present[i] && w.frame !== true && namesInside(plan.question, w.surface)),
  );
  const chosen = offeredAlternative(plan);
  // "Will the next round be held in Tehran?", «هل سيعقد الاجتماع المقبل في طهران؟»: a place
  // guessed in a yes/no question on what is coming, when passages on what is coming are near, is
  // answered with the place they give, as an alternative offered. ("When will Lavrov visit
  // Tehran?" asks about the place: still refused.)
  const guessesComingPlace =
    checksYesNo &&
    asksAboutComing(plan.question, plan.lang, specificSurfaces(plan)) &&
    results.slice(0, weights.answerTypeWindow).some((r) => speaksOfComing(r.chunk.text));
  // The countries each question word names or means by its capital, read once for all below.
  const countriesAsked = plan.words.map((w) => evidence.countries?.meantIn(arabicOf(plan, w)) ?? []);
  const namesPlace = (surface: string) =>
    plan.words.some((w, i) => w.surface === surface && (countriesAsked[i]?.length ?? 0) > 0);
  // "in Tehran or Sochi?": when the text holds the option after the particle, the one before it
  // is offered too ("trade or arms agreements?" over a text with neither offers nothing).
  const chosenWords = plan.words.map((w, i) => ({ w, i })).filter(({ w }) => chosen(w.surface));
  const chosenHeld = chosenWords.length > 0 && chosenWords.every(({ i }) => present[i]);
  const before = optionBefore(plan);
  const offered = (surface: string) =>
    chosen(surface) || (chosenHeld && before(surface)) || (guessesComingPlace && namesPlace(surface));
  const idfs = onePerPerson(
    plan,
    plan.words.map((w, i) => {
      // An absent framing verb ("say") is no evidence either way.
      const absent =
        // Nor is a noun that only points to the topic («الفكرة اللي…», "the matter of").
        w.frame === true || offered(w.surface) || isTopicPointer(w.surface)
          ? 0
          : words.idf(0) * (specific[i] ? 1 : weights.absentWeight);
      return present[i] ? words.groupIdf(w.group) : absent;
    }),
    present,
    results[0] === undefined ? [] : names(results[0].chunk.docId),
  );
  const total = idfs.reduce((a, b) => a + b, 0) || 1;
  const absentShare = plan.words.reduce((sum, _, i) => sum + (present[i] ? 0 : (idfs[i] ?? 0)), 0) / total;
  // The best passage: the top chunk, widened to the next when both come from one paragraph, or
  // when the top one is a heading or a caption («الوضع في سوريا»), too short to hold an answer.
  const first = results[0]?.chunk;
  const short = first !== undefined && first.text.trim().length <= SHORT_PASSAGE_CHARS;
  const top = results
    .slice(0, 2)
    .filter((r, i, all) => i === 0 || short || r.chunk.paragraph === all[0]?.chunk.paragraph);
  // A country asked for is held where its capital is named, and a capital where its country is:
  // «لدى موسكو وعمّان» is Russia's and Jordan's view.
  // People the document introduces count for every paragraph ("the Russian minister" there is Lavrov).
  const holds = (passage: readonly ScoredChunk[]): boolean[] => {
    const id = passage[0]?.chunk.docId;
    const text = passage.map((r) => r.chunk.text).join(" ");
    const terms = termSetOf([text, ...(id === undefined ? [] : names(id))].join(" "));
    let meant: ReadonlySet<string> | undefined;
    // …and a party's country where the person whose office carries its adjective speaks («وبحسب
    // الوزير الروسي» is Moscow's view).
    const partyWords = id === undefined ? undefined : evidence.roleWords?.(id);
    const meansCountry = (i: number) => {
      const asked = countriesAsked[i] ?? [];
      if (asked.length === 0) return false;
      meant ??= new Set(evidence.countries?.meantIn(text) ?? []);
      return asked.some(
        (c) =>
          meant?.has(c) === true ||
          (partyWords?.has(nisbaOf(c)) === true &&
            [...termSetOf(`ال${nisbaOf(c)}`)].some((t) => terms.has(t))),
      );
    };
    return plan.words.map(
      (w, i) =>
        groupPresent(w.group, terms) ||
        gluedWordIn(plan.lang, w, (t) => terms.has(t)) ||
        meansCountry(i) ||
        parties(w) ||
        pointsTo((t) => terms.has(t), directions[i]) ||
        inEnglish(w.surface, (x) => passage.some((r) => english?.chunkHas(r.chunk.id, x) ?? false)),
    );
  };
  const shareIn = (found: readonly boolean[]) =>
    found.reduce((sum, f, i) => sum + (f ? (idfs[i] ?? 0) : 0), 0) / total;
  const inTop = holds(top);
  const passageShare = shareIn(inTop);
  // The runners-up too: the passage that holds both things asked may rank second.
  const runnersUp = results.slice(1, 3).map((r) => holds([r]));
  const bestShare = Math.max(passageShare, ...runnersUp.map(shareIn));
  // A name the corpus holds, but only in passages holding little else of the question ("the
  // next meeting in Amman" over a text whose next meeting is in Sochi, Amman named elsewhere).
  const closest = [inTop, ...runnersUp];
  // «هل الأردن عضو كامل العضوية في مسار أستانا؟»: a yes/no check on how named things relate,
  // over a best passage holding a name asked and every other question word the corpus has: the
  // article speaks to it (Jordan there is an observer), though not in the question's words.
  const checked = plan.words.map((w, i) => ({ w, i })).filter(({ w }) => w.frame !== true);
  const namedTogether =
    answerType(plan.question, plan.lang) === "yesno" &&
    checked.some(({ w, i }) => w.specific && inTop[i] === true) &&
    checked.every(({ i }) => !present[i] || inTop[i] === true) &&
    checked.filter(({ i }) => inTop[i] === true).length >= 2 &&
    // A topic besides the parties and their meeting: «هل وقّعت روسيا والأردن اتفاقيات خلال
    // الزيارة؟» holds only those, and what it checks is absent.
    checked.some(
      ({ w, i }) =>
        inTop[i] === true && !w.specific && !parties(w) && !isEventWord(w.surface, true) && present[i],
    );
  const apart = plan.words.find((w, i) => {
    if (!w.specific || !present[i]) return false;
    const withIt = closest.filter((found) => found[i]).map(shareIn);
    return withIt.length > 0 && Math.max(...withIt) < weights.apartShare && bestShare >= weights.apartShare;
  })?.surface;
  const window = plan.lang === "en" ? weights.answerTypeWindowEnglish : weights.answerTypeWindow;
  // "How many members…?" is not answered by «القرار رقم 2254»: a count needs a quantity.
  const count = answerKind?.kind === "number" && asksForCount(fullPlan.question, fullPlan.lang);
  const fits = (kind: AskedAnswerType, text: string) => kind.fits(text) && (!count || holdsQuantity(text));
  const missingAnswerType =
    answerKind !== undefined && !results.slice(0, window).some((r) => fits(answerKind, r.chunk.text))
      ? answerKind.kind
      : undefined;
  // Arabic: when the only date near is a dated report's own (its lead's), a word the corpus
  // lacks names another event («متى أصبح الصفدي وزيرا؟» over the talks' day). Elsewhere an
  // absent verb is too often a paraphrase of the passage's own.
  const datedByLeadOnly = (): boolean => {
    const dated = results.slice(0, window).filter((r) => answerKind?.fits(r.chunk.text) === true);
    return dated.length > 0 && dated.every((r) => isDateline(r.chunk));
  };
  const undatedEvent =
    // English only over a translated passage: the dictionary alone misses too many verbs ("task",
    // "launch") that an untranslated text words differently, while a translation lacking it is
    // evidence.
    answerKind?.kind === "date" &&
    asksEventDate(plan.question, plan.lang) &&
    results[0] !== undefined &&
    (plan.lang === "ar" ? datedByLeadOnly() : english?.isTranslated?.(results[0].chunk.id) === true)
      ? plan.words.find(
          (w, i) =>
            !present[i] &&
            w.frame !== true &&
            directions[i] === undefined &&
            // The reported meeting is dated by its lead, whatever the text calls it («زيارة»).
            !(plan.lang === "ar" && isEventWord(w.surface)) &&
            !inEventIdiom(plan.question, w.surface) &&
            // "…and what was the date?": the date's own noun names no event.
            !(plan.lang === "en" && isEnglishDateNoun(w.surface)),
        )?.surface
      : undefined;
  const otherTime = plan.words.find((_, i) => !present[i] && directions[i] !== undefined)?.surface;
  // «ماذا قال نتنياهو عن…؟»: what someone the corpus never names said is not in it.
  const holder = stanceHolder(plan.question, plan.lang)?.toLowerCase();
  const holderAt = holderIndex(plan, holder);
  const holderWord = holderAt === undefined ? undefined : plan.words[holderAt];
  const unreported =
    holderAt !== undefined &&
    holderWord !== undefined &&
    !present[holderAt] &&
    holderWord.frame !== true &&
    !offered(holderWord.surface)
      ? holderWord.surface
      : undefined;
  // «موقف روسيا من الانتخابات الإسرائيلية؟»: the text holds no stance on what it never names.
  const topicKeys = stanceTopicWords(plan.question, plan.lang).map((t) => normalizeArabic(t.toLowerCase()));
  const unaddressed = plan.words.find(
    (w, i) =>
      !present[i] &&
      w.frame !== true &&
      !isTopicPointer(w.surface) &&
      normalizeArabic(w.surface.toLowerCase())
        .split(/\s+/)
        .some((x) => topicKeys.includes(x)),
  )?.surface;
  const offScene = sceneOnly(plan, present, directions, results, names, isDateline);
  const noCountryNamed = namesNoCountryAsked(plan, results, evidence.countries, present, evidence, dated);
  // A country typed in lower case ("how did israel react") is still a country: the gazetteer
  // tells it from a common noun.
  const countryHolder = stanceHolder(plan.question, plan.lang, { anyCase: true })?.toLowerCase();
  const countryHolderAt = holderIndex(plan, countryHolder);
  const voiceless =
    voicelessCountry(
      plan,
      countryHolder,
      countryHolderAt === undefined ? undefined : plan.words[countryHolderAt],
      results,
      evidence,
    ) ?? regionalGroupHolder(plan.question, plan.lang);
  const uncheckable = uncheckableWord(plan, present, directions, idfs);
  const presupposed = presupposedFeatures(plan, results, top, window, present, directions, dated);
  return {
    words: plan.words.length,
    informative: idfs.filter((idf, i) => idf > 0 && plan.words[i]?.frame !== true).length,
    informativeSpecific: idfs.filter((idf, i) => idf > 0 && plan.words[i]?.specific === true).length,
    informativeAbsent: idfs.filter((idf, i) => idf > 0 && plan.words[i]?.frame !== true && !present[i])
      .length,
    retrieved: results.length,
    absent: plan.words.filter((_, i) => !present[i]).map((w) => w.surface),
    missingSpecific: plan.words
      .filter((w, i) => specific[i] && !present[i] && !offered(w.surface))
      .map((w) => w.surface),
    absentShare,
    passageShare,
    bestShare,
    ...(missingAnswerType === undefined ? {} : { missingAnswerType }),
    ...(unheldOffice === undefined ? {} : { unheldOffice }),
    ...(otherTime === undefined ? {} : { otherTime }),
    ...(undatedEvent === undefined ? {} : { undatedEvent }),
    ...(apart === undefined ? {} : { apart }),
    ...(unreported === undefined ? {} : { unreported }),
    ...(namedTogether ? { namedTogether } : {}),
    ...(voiceless === undefined ? {} : { voiceless }),
    ...(uncheckable === undefined ? {} : { uncheckable }),
    ...(unaddressed === undefined ? {} : { unaddressed }),
    ...(offScene === undefined ? {} : { offScene }),
    ...(noCountryNamed ? { noCountryNamed } : {}),
    ...presupposed,
  };
}

export function assessCoverage(
  plan: QueryPlan,
  results: readonly ScoredChunk[],
  words: LexicalIndex,
  thresholds: CoverageThresholds = DEFAULT_COVERAGE,
  evidence: CoverageEvidence = {},
): Coverage {
  return decideCoverage(coverageFeatures(plan, results, words, thresholds, evidence), thresholds);
}
