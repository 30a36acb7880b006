import type { ScoredChunk } from "../core/types.js";
import { groupPresent, termSetOf } from "../retrieval/matching.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { answerType, asksOccasion, inEventIdiom, matchesAnswerType } from "../text/answer-type.js";
import { isSceneWord, namesMeeting } from "../text/event-words.js";
import { isTopicPointer } from "../text/question-words.js";
import { asksOutcome, type TimeDirection } from "../text/relative-time.js";
import type { DocumentNames } from "./coverage-types.js";
import { arabicOf } from "./coverage-words.js";

/**
 * «شو كان الطقس في موسكو يوم الأربعاء؟», «من ترجم خلال المباحثات؟»: every word the corpus
 * holds only sets the reported scene (the meeting, its parties, its day, the place its lead
 * gives), and a word it lacks is what is asked: something about the meeting it never reports.
 */
export function sceneOnly(
  plan: QueryPlan,
  present: readonly boolean[],
  directions: readonly (TimeDirection | undefined)[],
  results: readonly ScoredChunk[],
  names: DocumentNames,
  isDateline: (chunk: ScoredChunk["chunk"]) => boolean,
): string | undefined {
  const docId = results[0]?.chunk.docId;
  // What came of the meeting ("What came out of the talks?") is what the whole report says; its
  // place and day have their own answers.
  const type = answerType(plan.question, plan.lang);
  // The event someone spoke at («في أي مناسبة إعلامية أدلى…») is the answer, not a scene word.
  if (
    docId === undefined ||
    type === "date" ||
    type === "place" ||
    asksOutcome(plan.question, plan.lang) ||
    asksOccasion(plan.question, plan.lang)
  )
    return undefined;
  const asked = plan.words.map((w, i) => ({ w, i })).filter(({ w }) => w.frame !== true);
  const held = asked.filter(({ i }) => present[i]);
  // About the meeting (a word of it or its day), not a person or a place alone («شغال ايه
  // الصفدي في الحكومة الأردنية؟» asks about Safadi).
  const onMeeting = held.some(
    ({ w }) => namesMeeting(w.surface) || matchesAnswerType(arabicOf(plan, w), "date"),
  );
  if (!onMeeting) return undefined;
  const people = termSetOf(names(docId).join(" "));
  const lead = termSetOf(
    results
      .filter((r) => r.chunk.docId === docId && isDateline(r.chunk))
      .map((r) => r.chunk.text)
      .join(" "),
  );
  const sets = (w: QueryPlan["words"][number]) =>
    isSceneWord(w.surface) ||
    groupPresent(w.group, people) ||
    (w.specific && groupPresent(w.group, lead)) ||
    matchesAnswerType(arabicOf(plan, w), "date");
  if (!held.every(({ w }) => sets(w))) return undefined;
  return asked.find(
    ({ w, i }) =>
      !present[i] &&
      directions[i] === undefined &&
      !sets(w) &&
      !inEventIdiom(plan.question, w.surface) &&
      // «أحوالها», "the matter": a noun only pointing to a topic is not what is asked.
      !isTopicPointer(w.surface),
  )?.w.surface;
}
