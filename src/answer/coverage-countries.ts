import type { ScoredChunk } from "../core/types.js";
import { escapeRegExp } from "../core/unicode.js";
import { groupPresent, termSetOf } from "../retrieval/matching.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { asksWhichCountries, asksWhoMakeUpGroup } from "../text/answer-type.js";
import { withoutArticle } from "../text/arabic-clitics.js";
import { isPartiesWord } from "../text/event-words.js";
import { normalizeArabic } from "../text/normalize.js";
import type { CoverageEvidence, Gazetteer } from "./coverage-types.js";
import { nisbaOf } from "./people.js";

/** "which three countries": how many is asked, not what; its absence is no evidence. */
const COUNT_WORD =
  /^(?:two|three|four|five|six|both|several|other|\d+|spots?|hotspots?|flashpoints?|trouble)$/i;

/**
 * How many of the closest passages may hold the countries asked for: the best one, since the
 * runner-up of a question on one thing is about another (the paragraph beside it).
 */
const WINDOW = 1;

/** The countries a question names: in its Arabic, or in any translation of its English words. */
export function countriesAsked(plan: QueryPlan, countries: Gazetteer): ReadonlySet<string> {
  return new Set(
    countries.namesIn(
      plan.lang === "ar" ? plan.question : plan.words.flatMap((w) => w.forms.map((f) => f.arabic)).join(" "),
    ),
  );
}

/**
 * «ما الدول العربية التي طبعت علاقاتها مع إسرائيل؟», "Which countries make up the Quartet?":
 * a question asking which countries do something, over closest passages that name no country
 * besides the question's own («مجموعة من الدول العربية» names none), or, in English, asking it
 * with a word the corpus lacks ("Which countries are the guarantors of Astana?": the text names
 * Jordan there, as an observer). True when that is so.
 */
export function namesNoCountryAsked(
  plan: QueryPlan,
  results: readonly ScoredChunk[],
  countries: Gazetteer | undefined,
  present: readonly boolean[],
  evidence: Pick<CoverageEvidence, "names" | "roleWords" | "excludedCountries"> = {},
  /** Whether the passages are of a dated report: one that names the members of a group it means. */
  dated = false,
): boolean {
  if (countries === undefined) return false;
  if (dated && asksWhoMakeUpGroup(plan.question, plan.lang))
    return (
      (namesNoMember(plan, results, countries, evidence) && !namesAskedAsGroup(plan, results[0])) ||
      groupSentencesNameNone(plan, results, countries, present, evidence, countriesAsked(plan, countries))
    );
  if (!asksWhichCountries(plan.question, plan.lang)) return false;
  // English only: an Arabic question words the relation in its own paraphrase more often
  // («تبادل الآراء» for «تبادل وجهات النظر»), and its absent word is then no evidence.
  if (
    plan.lang === "en" &&
    plan.words.some(
      (w, i) => w.frame !== true && w.context !== true && present[i] === false && !COUNT_WORD.test(w.surface),
    )
  )
    return true;
  const excluded = evidence.excludedCountries ?? [];
  const asked = new Set([...countriesAsked(plan, countries), ...excluded]);
  // "Besides Syria and Palestine, which countries…?": the others may be in any passage retrieved,
  // the question holding no word of theirs.
  const passages = excluded.length > 0 ? results : results.slice(0, WINDOW);
  return (
    (passages.length > 0 &&
      passages.every((r) => countries.namesIn(r.chunk.text).every((name) => asked.has(name)))) ||
    // …the others may be in any passage retrieved, beside no word of the question's.
    (excluded.length === 0 && groupSentencesNameNone(plan, results, countries, present, evidence, asked))
  );
}

/** Countries, states, capitals or members named as what is asked (not "parties", «الأطراف»). */
const ASKS_COUNTRIES =
  /\b(?:countries|states|nations|capitals|governments|members)\b|(?:^|\s)(?:ال)?(?:دول|دوله|بلدان|بلاد|عواصم|اعضاء|اعضاوها|اعضاوه)(?=\s|$|[؟?،.!])/i;

/** Passages searched for the sentences that speak of the group asked about. */
const GROUP_WINDOW = 3;
/** A country's or a kind's name among a word's translations: "countries", «الدول». */
const KIND_OF_COUNTRY = /(?:^|\s)(?:ال)?(?:دول|دوله|بلد|بلدان|بلاد|عواصم|عاصمه)(?:\s|$)/;

/**
 * "Which countries are the guarantors of the Astana process?", «الرباعية الدولية مين الدول اللي
 * فيها؟»: the countries asked for are named, if anywhere, beside the group's own words. Of the
 * closest passages' sentences, those holding the most of the question's words (the group's, not
 * its type «الدول» nor a count) must name a country besides the question's and the talks' own
 * parties: «العراق وليبيا واليمن» in another sentence are not its members. True when none does;
 * false when they do, or the question has no word of the group the corpus holds.
 */
function groupSentencesNameNone(
  plan: QueryPlan,
  results: readonly ScoredChunk[],
  countries: Gazetteer,
  present: readonly boolean[],
  evidence: Pick<CoverageEvidence, "roleWords">,
  /** The countries the question names or excludes. */
  asked: ReadonlySet<string>,
): boolean {
  const groupWords = plan.words.filter(
    (w, i) =>
      present[i] === true &&
      w.frame !== true &&
      w.context !== true &&
      !COUNT_WORD.test(w.surface) &&
      !isPartiesWord(w.surface) &&
      !w.forms.some((f) => KIND_OF_COUNTRY.test(normalizeArabic(f.arabic))) &&
      countries.namesIn(w.forms.map((f) => f.arabic).join(" ")).length === 0,
  );
  // "Who are the parties Moscow proposes to include?" is answered by the kind of party the text
  // names («لاعبين خارجيين»); only countries asked for must be named.
  if (groupWords.length === 0 || !ASKS_COUNTRIES.test(normalizeArabic(plan.question))) return false;
  const sentences = results.slice(0, GROUP_WINDOW).flatMap((r) =>
    r.chunk.text.split(/(?<=[.!?؟؛;])\s+/u).map((text) => ({
      text,
      held: groupWords.filter((w) => groupPresent(w.group, termSetOf(text))).length,
      docId: r.chunk.docId,
    })),
  );
  const most = Math.max(0, ...sentences.map((x) => x.held));
  if (most === 0) return false;
  return sentences
    .filter((x) => x.held === most)
    .every((x) => {
      const parties = evidence.roleWords?.(x.docId) ?? new Set<string>();
      return countries.namesIn(x.text).every((c) => asked.has(c) || parties.has(nisbaOf(c)));
    });
}

/**
 * "Who exactly are the external players Russia wants in the Gulf?": the best passage speaks of
 * them («بمشاركة لاعبين خارجيين») but names none: no person, and no country besides the
 * question's and the talks' own parties. True when so.
 */
function namesNoMember(
  plan: QueryPlan,
  results: readonly ScoredChunk[],
  countries: Gazetteer,
  evidence: Pick<CoverageEvidence, "names" | "roleWords">,
): boolean {
  const best = results[0];
  if (best === undefined) return false;
  const asked = countriesAsked(plan, countries);
  const parties = evidence.roleWords?.(best.chunk.docId) ?? new Set<string>();
  const others = countries.namesIn(best.chunk.text).filter((c) => !asked.has(c) && !parties.has(nisbaOf(c)));
  // A person is named by the last word of their name («لافروف», «الصفدي»).
  const terms = termSetOf(best.chunk.text);
  const surnames = (evidence.names?.(best.chunk.docId) ?? []).map((n) => n.trim().split(/\s+/).at(-1) ?? "");
  const namesPerson = surnames.some((s) => s.length > 0 && [...termSetOf(s)].some((t) => terms.has(t)));
  return others.length === 0 && !namesPerson;
}

/** Collective nouns that name a body by its members («رباعية الوسطاء», «مجموعة الدول»). */
const COLLECTIVE = "(?:رباعيه|ثلاثيه|خماسيه|مجموعه|لجنه|هيئه|مجلس|اتحاد|تحالف)";

/**
 * «من هم الوسطاء؟» over «رباعية الوسطاء الدوليين»: the passage names those asked for as one
 * body, which is the answer; «من هم أعضاء الرباعية؟» is not answered so.
 */
function namesAskedAsGroup(plan: QueryPlan, best: ScoredChunk | undefined): boolean {
  if (best === undefined) return false;
  const text = normalizeArabic(best.chunk.text);
  return plan.words
    .filter((w) => w.frame !== true && w.context !== true)
    .flatMap((w) => (plan.lang === "ar" ? [w.surface] : w.forms.map((f) => f.arabic)))
    .map((word) => withoutArticle(normalizeArabic(word)))
    .some(
      (stem) =>
        stem.length >= 3 &&
        new RegExp(`(?:^|\\s)${COLLECTIVE}\\s+(?:ال)?${escapeRegExp(stem)}(?=\\s|$|[،,.])`).test(text),
    );
}

/**
 * «ما رأي إسرائيل في المبادرة العربية؟», "What is Israel's position…?": the view of a country
 * none of the document's people speaks for (no office of theirs carries its adjective, as «وزير
 * الخارجية الأردني» carries Jordan's) is not in a report whose every statement is theirs.
 * The country, when so.
 */
export function voicelessCountry(
  plan: QueryPlan,
  holder: string | undefined,
  /** The plan word of the holder (`holderIndex`). */
  word: QueryPlan["words"][number] | undefined,
  results: readonly ScoredChunk[],
  evidence: Pick<CoverageEvidence, "countries" | "roleWords">,
): string | undefined {
  const { countries, roleWords } = evidence;
  const docId = results[0]?.chunk.docId;
  if (holder === undefined || countries === undefined || roleWords === undefined || docId === undefined)
    return undefined;
  const arabic = plan.lang === "ar" ? holder : word?.forms[0]?.arabic;
  const country =
    arabic === undefined ? undefined : (countries.namesIn(arabic)[0] ?? countryOfNisba(arabic, countries));
  if (country === undefined) return undefined;
  const parties = roleWords(docId);
  // «عمان» is Amman as well as Oman; in English the spelling tells ("amman" is not "oman"): the
  // capital of a party speaks for it.
  const capital =
    plan.lang === "en" && arabic !== undefined && !/^oman\b/i.test(word?.surface ?? "")
      ? countries.countryOfCapital?.(normalizeArabic(arabic))
      : undefined;
  if (capital !== undefined && parties.has(nisbaOf(capital.country))) return undefined;
  return parties.size > 0 && !parties.has(nisbaOf(country)) ? (word?.surface ?? holder) : undefined;
}

/** The country a nationality adjective names («الإسرائيلية» → «إسرائيل», «الروسي» → «روسيا»). */
function countryOfNisba(word: string, countries: Gazetteer): string | undefined {
  const bare = withoutArticle(normalizeArabic(word)).replace(/(?:يين|يون|يه|ي)$/, "");
  if (bare.length < 3) return undefined;
  return countries.namesIn(bare)[0] ?? countries.namesIn(`${bare}ا`)[0];
}
