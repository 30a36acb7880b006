import type { Answer, Lang, Quote } from "../core/types.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { withoutArticle } from "../text/arabic-clitics.js";
import { isEventWord, isSceneWord } from "../text/event-words.js";
import { normalizeArabic } from "../text/normalize.js";
import { asksEarlierRole } from "../text/presupposed-facts.js";
import type { AnswerContext, Retrieval } from "./answer-context.js";
import { personName, refsOf, topFacts } from "./answer-support.js";
import { composeFraming } from "./compose.js";
import type { DocumentFacts } from "./document-facts.js";
import { answerType, asksForName } from "./intent.js";
import { carriedPeople, namedPeople } from "./named-people.js";
import { nisbaOf, officeMatch, type Person, resolveMention } from "./people.js";
import { quoteFromSpan } from "./quote-verifier.js";

/**
 * Questions about a person answered from the apposition that introduces them: who someone is,
 * what office they hold, who holds an office, whose counterpart someone is, whom someone met.
 */

/**
 * "What role does Lavrov see for the Arab League?", "What role did Lavrov say the Quartet could
 * play?": the role of what the person speaks of, not the person's office.
 */
const EN_ROLE_SEEN =
  /\broles?\s+(?:does|do|did|would|could|can|will|might)\s+\S+(?:\s+\S+){0,3}?\s+(?:see|sees|envisage|envision|foresee|want|expect|give|assign|say|think|believe|suggest|propose|describe|mention|attribute)\b/i;
/**
 * «بأي صفة تشارك المملكة الأردنية في مسار أستانا بحسب الوزير الروسي؟», "according to Lavrov,
 * what role…": a person named only as the source of what is asked is not whose post is asked.
 */
const SOURCE_PHRASE =
  /(?:^|\s)(?:بحسب|حسب|وفق|وفقا\s+ل|according\s+to|per|in\s+the\s+view\s+of)\s+((?:\S+\s*){1,4})/iu;
const OTHERS_ASKED =
  /\b(?:else|other|others|besides|apart|except)\b|(?:^|\s)(?:غير|كمان|ايضا|أيضا|سوى|عدا|آخرون|اخرون)(?=\s|$|[؟?])/iu;
const EN_WHO_IS = /^\s*(?:and\s+)?who(?:'s|\s+(?:is|was|are|were))\b/i;
// «من هو الصفدي؟», and «مين الصفدي؟» with no copula (one word after the interrogative).
const AR_WHO_IS = /^\s*(?:و)?(?:من|مين|منو)\s+(?:(?:هو|هي|يكون|كان)(?:\s|$)|[^\s؟?]+\s*[؟?!.]*\s*$)/;
/** Verbs of meeting: "who did X meet" asks for the other party. */
const EN_MEETING =
  /\b(?:meet|met|meeting|talks?|talked|negotiate[ds]?|confer(?:red)?|hold talks|held talks|sit down|sat down|host(?:ed)?|receive[d]?|attend(?:ed|s)?|join(?:ed|s)?|participat(?:e|ed|es))\b/i;
const AR_MEETING =
  /(?:^|\s)(?:و)?(?:التقي|التقت|يلتقي|التقاه|التقيا|اجتمع|اجتمعت|يجتمع|قابل|قابله|استقبل|استقبله|تباحث|باحث|فاوض|حاور|محادثات|مباحثات|اجتماع|لقاء|حضر|حضرت|يحضر|حضور)(?=\s|$|[؟?])/;
/** "X's counterpart", «نظير X»: the other party of a meeting of two. */
const EN_COUNTERPART = /\bcounterparts?\b/i;
const AR_COUNTERPART = /(?:^|\s)[وف]?(?:ل|ب)?(?:ال)?نظير(?:ه|ها)?(?=\s|$|[؟?])/;
/** Asks for a person ("Who holds…", «من يشغل…»), whatever the verb. */
const EN_WHO = /^\s*(?:and\s+)?who\b/i;
const AR_WHO = /^\s*(?:و)?(?:من|مين|منو)\s/;

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
    words.filter((w) => withoutArticle(normalizeArabic(w)).length > 2),
  );
}

/**
 * "Who is Safadi?" / «ما منصب الصفدي؟» / "Who is the Russian foreign minister?": the apposition
 * that introduces the person, whatever else the question's words are.
 */
export function introductionAnswer(ctx: AnswerContext, retrieval: Retrieval): Answer | undefined {
  const { lang, plan, results } = retrieval;
  const type = answerType(plan.question, lang);
  const nameAsked = asksForName(plan.question, lang);
  if (type !== "role" && type !== "person" && !nameAsked) return undefined;
  // "Who was the last prime minister of East Germany?" is not about this article's minister.
  if (retrieval.missingSpecific.length > 0) return undefined;
  // «شو كان شغل لافروف قبل ما يصير وزير؟»: a post before the one the text introduces him by.
  if (!retrieval.covered && asksEarlierRole(plan.question, lang)) return undefined;
  if (lang === "en" && EN_ROLE_SEEN.test(plan.question)) return undefined;
  const facts =
    topFacts(ctx, results) ?? (ctx.documents[0] === undefined ? undefined : ctx.facts(ctx.documents[0].id));
  if (facts === undefined) return undefined;
  const namedInPlan = namedPeople(plan, facts);
  const asked = [...new Set(namedInPlan.values())];
  // "Who attended the talks?", «مين شارك في المباحثات؟»: no one named, and nothing asked but
  // taking part in the meeting: the lead introduces its parties.
  if (
    type === "person" &&
    asked.length === 0 &&
    facts.people.length === 2 &&
    !plan.words.some((w) => w.context === true) &&
    // "Who else attended…?": someone besides the parties, whom the lead does not name.
    !OTHERS_ASKED.test(plan.question) &&
    plan.words.some((w) => isEventWord(w.surface)) &&
    plan.words.every((w) => w.frame === true || isSceneWord(w.surface))
  )
    return partiesAnswer(ctx, facts, lang, plan);
  // "Who attended the talks for Russia?", «من شارك عن روسيا في المباحثات؟»: the party of the
  // meeting from that nation, as the lead introduces them.
  const fromNation = type === "person" && asked.length === 0 ? partyOfNation(plan, facts) : undefined;
  if (fromNation !== undefined) {
    const quote = quoteFromSpan(facts.doc, fromNation.roleStart, fromNation.end, 1);
    if (quote !== undefined) {
      const lead = `${personName(ctx, facts.doc.id, fromNation, lang)}. [1]`;
      return ctx.finish({
        lang,
        kind: "answer",
        confidence: "high",
        lead: () => lead,
        quotes: [quote],
        plan,
      });
    }
  }

  const source = SOURCE_PHRASE.exec(plan.question)?.[1];
  const onlySource =
    source !== undefined &&
    namedInPlan.size > 0 &&
    [...namedInPlan.keys()].every((i) => source.includes(plan.words[i]?.surface ?? "\u0000"));
  if (type === "role" && onlySource) return undefined;
  // Named only by an office in a question the article does not cover («من كان آخر رئيس وزراء
  // لألمانيا الشرقية؟»): the office words matched, the question is about someone else.
  const byOffice = [...namedInPlan.entries()]
    .filter(([i]) => plan.words[i]?.via === "mixed")
    .map(([, p]) => p);
  if (!retrieval.covered && asked.length > 0 && byOffice.length === namedInPlan.size) return undefined;
  // "Who is Safadi's wife?": something besides the person is asked, and the article lacks it
  // (a follow-up such as «ومين كمان حضر؟» leans on the previous question instead).
  const followUp = plan.words.some((w) => w.context === true);
  // "What is Safadi's full name?": the word "name" asks for the introduction, nothing besides.
  const askedBesides = plan.words.some(
    (w, i) => !namedInPlan.has(i) && w.frame !== true && !(nameAsked && /^names?$/i.test(w.surface)),
  );
  if (!retrieval.covered && !followUp && askedBesides) return undefined;
  // The name of the one person the question names, and nothing else ("the name of the leader
  // ennobled by Henry III" asks about someone else).
  const nameOfNamed = nameAsked && !askedBesides && asked.length === 1;
  if (type !== "role" && type !== "person" && !nameOfNamed) return undefined;
  const framing = composeFraming(refsOf(ctx, facts), lang);
  // "Who is X?" introduces X; "Who did X meet?" asks about someone else.
  const whoIs =
    lang === "ar" ? AR_WHO_IS.test(normalizeArabic(plan.question)) : EN_WHO_IS.test(plan.question);
  // «وما منصبه؟» after «من هو الصفدي؟»: the office of the person the chat was about, unless
  // the question names something else ("what role does Jordan have in it?").
  const ownBesides = plan.words.some((w, i) => w.context !== true && w.frame !== true && !namedInPlan.has(i));
  const carried = type === "role" && ownBesides ? [] : carriedPeople(plan, facts);
  const asksWho = lang === "ar" ? AR_WHO.test(normalizeArabic(plan.question)) : EN_WHO.test(plan.question);
  const named = asked.length === 1 && asked[0] !== undefined ? asked[0] : undefined;
  // "Who is Lavrov's Jordanian counterpart?": of a name and an office, the office is asked about.
  const officeAsked = whoIs && asked.length === 2 && byOffice.length === 1 ? byOffice[0] : undefined;
  // "Who did Lavrov hold talks with?" / «مع من التقى لافروف؟»: in a report of two people
  // meeting, the other one.
  const question = lang === "ar" ? normalizeArabic(plan.question) : plan.question;
  const counterpartRe = lang === "ar" ? AR_COUNTERPART : EN_COUNTERPART;
  const meetingRe = lang === "ar" ? AR_MEETING : EN_MEETING;
  // «ما اسم رئيس الدبلوماسية الروسية الذي التقى نظيره الأردني؟», "the Russian FM who met his
  // counterpart": a relative clause meeting "his counterpart" describes the one asked about, who
  // is not the other party («مين اللي اجتمع معه لافروف؟» still asks for the other).
  const relative = (lang === "ar" ? /\s(?:الذي|التي|اللي|اللذي)\s(.*)$/u : /\S\s+(?:who|that)\s(.*)$/i).exec(
    question,
  )?.[1];
  const describedByCounterpart = relative !== undefined && counterpartRe.test(relative);
  // "the Russian FM who held these talks": a clause about meeting that names no one describes the
  // one asked about, its subject ("the person that Lavrov met" names the one met with).
  const describedByMeeting =
    relative !== undefined &&
    meetingRe.test(relative) &&
    !plan.words.some((w, i) => namedInPlan.has(i) && relative.includes(w.surface));
  const meeting = !describedByCounterpart && !describedByMeeting && meetingRe.test(question);
  const counterpart = !describedByCounterpart && counterpartRe.test(question);
  // "Who was the person that Lavrov met?": "who is" opening a clause about meeting asks for the
  // other party, not for an introduction.
  const meetingClause = relative !== undefined && meeting && meetingRe.test(relative);
  // «ومين كمان حضر؟» after «مع مين اجتمع لافروف؟»: the other of the person the chat was about.
  const party = named ?? (asked.length === 0 && carried.length === 1 ? carried[0] : undefined);
  // "…according to Lavrov, and who does the Quartet cooperate with?": the one named only as the
  // source asks about no meeting of theirs.
  const metWith =
    type === "person" &&
    party !== undefined &&
    !onlySource &&
    facts.people.length === 2 &&
    // Named by an office ("Jordan's deputy prime minister") only in a question the article covers.
    (((!whoIs || meetingClause) && (byOffice.length === 0 || retrieval.covered) && meeting) || counterpart)
      ? facts.people.find((p) => p !== party)
      : undefined;
  const introduced =
    officeAsked ??
    metWith ??
    (type === "role" || nameOfNamed || (whoIs && asked.length === 1)
      ? // «من هو وزير الخارجية الأردني الذي اجتمع بنظيره الروسي؟»: the counterpart only describes him.
        ((whoIs && named !== undefined && !describedByCounterpart
          ? counterpartOf(plan, facts, named)
          : undefined) ??
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
        return type === "role" && !asksWho && !nameOfNamed
          ? `${introduced.roles.join("، ")}. [1]`
          : `${introduced.name}. [1]`;
      };
      return ctx.finish({ lang, kind: "answer", confidence: "high", lead, quotes: [quote], plan });
    }
  }

  return undefined;
}

/** The parties of a two-person meeting as the lead introduces them, names first. */
function partiesAnswer(
  ctx: AnswerContext,
  facts: DocumentFacts,
  lang: Lang,
  plan: QueryPlan,
): Answer | undefined {
  const start = Math.min(...facts.people.map((p) => p.roleStart));
  const end = Math.max(...facts.people.map((p) => p.end));
  const quote = quoteFromSpan(facts.doc, start, end, 1);
  if (quote === undefined) return undefined;
  const names = facts.people.map((p) => personName(ctx, facts.doc.id, p, lang));
  const lead = `${names.join(lang === "en" ? " and " : " و")}. [1]`;
  return ctx.finish({ lang, kind: "answer", confidence: "high", lead: () => lead, quotes: [quote], plan });
}

/**
 * The one party of a two-person meeting from the nation a question names beside words of the
 * meeting and of taking part in it only («روسيا», "Russian"): undefined otherwise.
 */
function partyOfNation(plan: QueryPlan, facts: DocumentFacts): Person | undefined {
  if (facts.people.length !== 2 || plan.words.some((w) => w.context === true)) return undefined;
  const own = plan.words.filter((w) => w.frame !== true);
  const nations = own.filter((w) => !isSceneWord(w.surface));
  if (nations.length !== 1 || !own.some((w) => isSceneWord(w.surface))) return undefined;
  const forms = nations[0]?.forms.map((f) => withoutArticle(normalizeArabic(f.arabic))) ?? [];
  const from = facts.people.filter((p) =>
    forms.some((f) => p.roleWords.has(nisbaOf(f)) || p.roleWords.has(f)),
  );
  return from.length === 1 ? from[0] : undefined;
}
