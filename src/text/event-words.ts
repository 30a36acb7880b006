import { withoutArticle } from "./arabic-clitics.js";
import { normalizeArabic } from "./normalize.js";

/**
 * Words that name a meeting itself («المباحثات», «زيارة», "talks", "visit") or its parties
 * together («الوزيران», "the ministers"): a question made of them asks about the reported event
 * (its day, its place), whatever other words the text uses for it.
 */

/** Nouns and verbs that name a meeting itself (normalised Arabic without the article; English). */
const EVENT_WORDS = new Set([
  ...`مباحثات محادثات لقاء اجتماع زياره مقابله مؤتمر صحفي قمه مفاوضات جلسه عقد عقدت تعقد يعقد سيعقد ستعقد انعقد انعقدت يتعقد تتعقد اجري اجريت استضاف استضافت يستضيف تستضيف سيستضيف ستستضيف احتضن احتضنت ينعقد تنعقد سينعقد ستنعقد يلتئم تلتئم سيلتئم ستلتئم التام التامت`
    .split(/\s+/)
    .map((w) => withoutArticle(normalizeArabic(w))),
  ..."talks talk meeting meetings discussions negotiations visit visits visited visiting conference press summit session hold held holding take took place happen happened occur occurred host hosts hosted hosting".split(
    /\s+/,
  ),
]);
/**
 * The parties to it, named together ("the ministers", «الوزيران»): "Where did the ministers
 * meet?" asks about the event. Not for yes/no checks, where they stand beside a topic
 * («هل ناقش الوزيران الوضع في ليبيا؟»).
 */
const PARTICIPANT_WORDS = new Set([
  // «البلدين» (the two countries); not «البلدان», also the plural "countries".
  // «وزيرا خارجية…»: the dual in construct.
  ..."وزيران وزيرين وزيرا طرفان طرفين جانبان جانبين وفدان وفدين بلدين".split(" "),
  ..."ministers sides parties delegations counterparts".split(" "),
]);

/**
 * Whether every word of a surface is in one of the sets, as written, without its article, or
 * without a possessive pronoun («لقائهما», «زيارته»: their meeting, his visit).
 */
function allIn(surface: string, ...sets: readonly ReadonlySet<string>[]): boolean {
  const known = (w: string) => sets.some((set) => set.has(w));
  return surface.split(/\s+/).every((w) => {
    if (known(w.toLowerCase())) return true;
    const bare = withoutArticle(normalizeArabic(w));
    return known(bare) || known(withoutPossessive(bare));
  });
}

/**
 * A noun without its possessive pronoun: a ta marbuta before it is written «ت» («زيارته» →
 * «زياره»), a final hamza on its seat («لقائهما» → «لقاء»).
 */
function withoutPossessive(norm: string): string {
  const stem = /^(\S{3,}?)(?:هما|هم|ها|ه|نا)$/.exec(norm)?.[1];
  if (stem === undefined) return norm;
  // «محادثاته» (his talks) keeps its plural «ات».
  return stem.replace(/(?<!ا)ت$/, "ه").replace(/(?<=ا)[يو]$/, "ء");
}

/** Whether a word names the meeting's parties together («الجانبان», "the ministers"). */
export function isPartiesWord(surface: string): boolean {
  return allIn(surface, PARTICIPANT_WORDS);
}

/**
 * «الجانبان», «الوزيران»: the parties together, held where a document introduces two people.
 * Only the Arabic dual says "the two": English "parties" or "sides" may be anyone's.
 */
export function namesBothParties(lang: "ar" | "en", surface: string, people: number): boolean {
  return lang === "ar" && people >= 2 && isPartiesWord(surface);
}

export function isEventWord(surface: string, orParticipant = false): boolean {
  return orParticipant ? allIn(surface, EVENT_WORDS, PARTICIPANT_WORDS) : allIn(surface, EVENT_WORDS);
}

/**
 * Taking part in it («من حضر المباحثات؟», "Who attended the talks?"): asks for its parties,
 * whom the lead names.
 */
const ATTENDING_WORDS = new Set([
  ..."حضر حضرت يحضر حضور شارك شاركت يشارك مشاركه".split(" "),
  ..."attend attended attending attendance participate participated participating participant participants joined".split(
    " ",
  ),
]);

/** Whether a word names the event, its parties together, or taking part in it. */
export function isSceneWord(surface: string): boolean {
  return isEventWord(surface, true) || allIn(surface, ATTENDING_WORDS);
}

/** Nouns that name a meeting (normalised Arabic without the article; English). */
const MEETING_NOUNS = new Set([
  ..."مباحثات محادثات لقاء اجتماع زياره مقابله مؤتمر صحفي قمه مفاوضات جلسه جوله"
    .split(" ")
    .map(normalizeArabic),
  ..."talks meeting meetings discussions visit conference press summit session".split(" "),
]);

/**
 * Nouns any meeting of two parties goes by («اللقاء», «الاجتماع», «المباحثات»): a dated report of
 * one is of that meeting, whichever of them it uses. Not a summit or a conference, events of
 * their own kind.
 */
const BILATERAL_MEETING_NOUNS = new Set(
  "مباحثات محادثات لقاء اجتماع زياره مفاوضات جلسه جوله".split(" ").map(normalizeArabic),
);

export function namesBilateralMeeting(surface: string): boolean {
  return allIn(surface, BILATERAL_MEETING_NOUNS);
}

/** Whether a word names the meeting itself or its parties together (no verb: "hold" a post). */
export function namesMeeting(surface: string): boolean {
  return allIn(surface, MEETING_NOUNS, PARTICIPANT_WORDS);
}
