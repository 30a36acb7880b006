import type { Lang } from "../core/types.js";
import { withoutArticle } from "./arabic-clitics.js";
import { normalizeArabic } from "./normalize.js";

/**
 * Who a question asks to have spoken or to hold a view: «ماذا قال نتنياهو عن…؟», «ما موقف
 * قطر من…؟», "What did the Syrian government say…?", "What is Egypt's position on…?". A text
 * that never names that party reports nothing they said or think, however much it says on the
 * topic. Read from the construction alone (a reporting verb or a stance noun, then its subject
 * or its genitive in Arabic; the words between the auxiliary and the verb, or before "'s
 * position", in English): general grammar, not a list of parties.
 */

/** Reporting verbs and stance nouns whose subject or genitive follows them (normalised). */
const AR_HEADS = new Set(
  [
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "صرح",
    "صرحت",
    "يري",
    "تري",
    "راي",
    "موقف",
    "مواقف",
    "تصريحات",
    "تصريح",
    "كلام",
    "حسب",
    "بحسب",
    "اعلن",
    "اعلنت",
    "تحدث",
    "تحدثت",
    "رد",
    "ردت",
    "ردوا",
    "ردود",
    "تعليق",
    "علق",
    "علقت",
    // Verbs of a stance taken: «هل وافقت دول الخليج على…؟», «هل رحبت…», «أيدت», «رفضت».
    "وافق",
    "وافقت",
    "وافقوا",
    "ايد",
    "ايدت",
    "رحب",
    "رحبت",
    "رفض",
    "رفضت",
  ].map(normalizeArabic),
);

/** Tokens as written, without the punctuation around them. */
function tokens(text: string): string[] {
  return text
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((t) => t.length > 0);
}

/** A definite dual or plural («الطرفين», «الجانبان»): the parties of the text, however named. */
const GROUP = /^(?:ال)\S{2,}(?:ان|ين)$/;
/** A nationality adjective («الروسي», «الأردنية»): the party is a nation's side, whatever noun. */
const NISBA = /^(?:ال)\S{2,}(?:ي|يه)$/;

/**
 * The Arabic word naming the party asked about, as written, if the question names one by a
 * word of its own: not a group of parties («رأي الطرفين»), nor a side qualified by a
 * nationality («موقف الجانب الروسي»), which the text may name otherwise.
 */
const COMPLEMENTIZERS = new Set(["ان", "انه", "انها", "انهم", "انو", "بان", "بانه"].map(normalizeArabic));

/** Interrogatives after which a question's topic, put first, is what a pronoun refers back to. */
const AR_INTERROGATIVES = new Set(
  ["ما", "ماذا", "شو", "ايش", "وش", "شنو", "كيف", "شلون", "ازاي", "ماهو", "ماهي"].map(normalizeArabic),
);

function arabicHolder(question: string): string | undefined {
  const words = tokens(question);
  for (const [i, word] of words.entries()) {
    const norm = normalizeArabic(word).replace(/^[وف](?=\S{3,})/, "");
    // «إسرائيل شو كان ردها؟»: a stance noun with a pronoun refers to the topic put before the
    // question word.
    const base = /^(\S{2,}?)(?:ها|ه|هم|هما)$/.exec(norm)?.[1];
    if (base !== undefined && AR_HEADS.has(base) && !AR_HEADS.has(norm)) {
      const [first, second] = words;
      return first !== undefined &&
        second !== undefined &&
        !AR_INTERROGATIVES.has(normalizeArabic(first)) &&
        AR_INTERROGATIVES.has(normalizeArabic(second))
        ? first
        : undefined;
    }
    if (!(AR_HEADS.has(norm) || AR_HEADS.has(normalizeArabic(word)))) continue;
    // «قال إنو…»/«قال إن…»: a complementizer opens what was said, not who said it.
    const holder = COMPLEMENTIZERS.has(normalizeArabic(words[i + 1] ?? "")) ? undefined : words[i + 1];
    if (holder === undefined) return undefined;
    const next = words[i + 2];
    // «الفلسطينيين»: a nation's people (a nisba plural) is a party, not the text's two sides.
    if (GROUP.test(normalizeArabic(holder)) && !/(?:يين|يون)$/.test(normalizeArabic(holder)))
      return undefined;
    // «الحكومة الإسرائيلية», «الجانب الروسي»: a body or side of a nation; the nationality
    // names the party (the caller tells a party of the text from another nation).
    if (next !== undefined && NISBA.test(normalizeArabic(next)))
      return AR_BODIES.has(withoutArticle(normalizeArabic(holder))) ? next : undefined;
    return holder;
  }
  return undefined;
}

const EN_VERBS =
  "say|said|says|think|thinks|thought|believe|believes|react|reacted|respond|responded|reply|replied|comment|commented";
/** "What did X say", "What does X think": X is the head noun of the words in between. */
const EN_SUBJECT = new RegExp(
  `\\b(?:did|does|do|has|have|had)\\s+((?:[\\w'-]+\\s+){1,4}?)(?:${EN_VERBS})\\b`,
  "i",
);
/** "X's position on", "the US stance on". */
const EN_STANCE =
  /\b([\w-]+?)(?:'s|’s)?\s+(?:position|stance|view|views|opinion|reaction)\s+(?:on|about|of|to|towards?|regarding)\b/i;
const EN_SKIP = new Set([
  ...["the", "a", "an", "his", "her", "their", "its", "what", "is", "was", "s"],
  // "What did Safadi himself say", "did Lavrov actually say": the subject is before them.
  ...["himself", "herself", "themselves", "itself", "actually", "really", "personally", "also", "ever"],
  ...["even", "publicly", "exactly", "specifically", "then", "later"],
]);

/** Bodies and sides of a nation, named with its nationality («الحكومة الإسرائيلية», "the Israeli government"). */
const AR_BODIES = new Set(
  "حكومه جانب طرف سلطات سلطه خارجيه وزاره رياسه قياده برلمان جيش اعلام اوساط".split(" ").map(normalizeArabic),
);
const EN_BODIES = new Set(
  "government side authorities administration leadership ministry officials parliament media army".split(" "),
);

/**
 * The English word naming the party asked about: the last word of the subject (its head), when
 * it is capitalised. A common noun there is often a description the article words otherwise
 * ("Russia's top diplomat"), read through a dictionary; a name is not.
 */
function englishHolder(question: string, anyCase: boolean): string | undefined {
  const subject = EN_SUBJECT.exec(question)?.[1] ?? EN_STANCE.exec(question)?.[1];
  if (subject === undefined) return undefined;
  const words = tokens(subject)
    .map((w) => w.replace(/(?:'s|’s)$/, ""))
    .filter((w) => !EN_SKIP.has(w.toLowerCase()));
  const head = words[words.length - 1];
  const named = (word: string) => anyCase || /^\p{Lu}/u.test(word);
  // "the Israeli government": a body of a nation, named by its nationality.
  const nationality = words[words.length - 2];
  if (
    head !== undefined &&
    EN_BODIES.has(head.toLowerCase()) &&
    nationality !== undefined &&
    named(nationality)
  )
    return nationality;
  return head !== undefined && named(head) ? head : undefined;
}

/**
 * The word naming who the question asks to have said or to think something, as written in the
 * question («نتنياهو», «الولايات», "government"), or undefined when it names no one. English
 * heads are names only when capitalised, unless `anyCase` (for a caller that checks the word
 * is a place: "how did israel react" typed in lower case).
 */
export function stanceHolder(
  question: string,
  lang: Lang,
  options: { anyCase?: boolean } = {},
): string | undefined {
  return lang === "ar" ? arabicHolder(question) : englishHolder(question, options.anyCase === true);
}

/** Prepositions introducing what a stance or a statement is about (normalised). */
const AR_ABOUT = new Set(["من", "عن", "حول", "بشان", "تجاه", "حيال", "ازاء", "في"].map(normalizeArabic));
const EN_ABOUT =
  /\b(?:position|positions|stance|view|views|opinion|say|said|says|think|thinks|thought|comment|comments|commented|talk|talked|speak|spoke)\s+(?:on|about|regarding|towards?|concerning|of)\s+(?:the\s+|a\s+|an\s+)?([\p{L}-]+)/iu;
/** "Did they discuss the water crisis?": what was discussed is the topic, as what was said is. */
const EN_DISCUSSED =
  /\b(?:discuss|discussed|discusses|mention|mentioned|mentions)\s+(?:the\s+|a\s+|an\s+|any\s+)?([\p{L}-]+)/iu;

/**
 * "What's the weather like in Moscow?", «كيف الطقس في موسكو؟», "how to make mansaf", «طريقة عمل
 * المنسف»: a description or a method is asked of the thing named, and a text that never names
 * it describes nothing of it.
 */
const EN_LIKE =
  /\bwhat(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+the\s+([\p{L}-]+)\s+like\b|\b(?:how\s+(?:to|do\s+(?:you|i|we))\s+(?:make|cook|prepare|bake)|recipe\s+(?:for|of))\s+(?:(?:a|an|the|jordanian|russian|arabic|traditional)\s+)*([\p{L}-]+)/iu;
const AR_LIKE =
  /^(?:و)?(?:كيف|كيفاش|شلون|ازاي|إزاي)\s+(?:(?:كان|كانت|هو|هي|يكون|تكون)\s+)?(ال[^\s؟?،,.!]{2,})(?=\s|$|[؟?،,.!])|(?:^|\s)(?:طريقة|طريقه|وصفة|وصفه)\s+(?:(?:عمل|تحضير|طبخ|صنع)\s+)?([^\s؟?،,.!]{2,})/u;

/**
 * The head of what a stance or a statement is asked about: «موقف روسيا من الانتخابات…» →
 * «الانتخابات», "Russia's position on the elections in Israel" → "elections". When the
 * corpus lacks that word, the text holds no stance on it, whatever else it shares with the
 * question (the holder, a nationality).
 */
export function stanceTopic(question: string, lang: Lang): string | undefined {
  if (lang === "en") {
    const like = EN_LIKE.exec(question);
    const topic = (EN_ABOUT.exec(question) ?? EN_DISCUSSED.exec(question))?.[1] ?? like?.[1] ?? like?.[2];
    // "talked about wiping out the hotbeds": a gerund is what was said of the topic, not the
    // topic; the text may say it in other words («القضاء على»).
    return topic !== undefined && /^\p{Ll}[\p{L}-]*ing$/u.test(topic) ? undefined : topic;
  }
  const like = AR_LIKE.exec(question.trim());
  const described = like?.[1] ?? like?.[2];
  if (described !== undefined) return described;
  const words = tokens(question);
  for (const [i, word] of words.entries()) {
    const norm = normalizeArabic(word).replace(/^[وف](?=\S{3,})/, "");
    if (!(AR_HEADS.has(norm) || AR_HEADS.has(normalizeArabic(word)))) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length - 1; j++) {
      const w = words[j];
      if (w !== undefined && AR_ABOUT.has(normalizeArabic(w))) return words[j + 1];
    }
    return undefined;
  }
  return undefined;
}

/** Words closing an English noun phrase: the topic's head comes before them. */
const EN_PHRASE_END = new Set(
  "in on of and or with between to for from during at by about after before as that which who is are was were".split(
    " ",
  ),
);

/**
 * The words of what a stance or a statement is asked about: the topic and, in English, the noun
 * after a capitalised topic ("Russian tourists in Jordan" → Russian, tourists): a proper
 * adjective's noun is the head, and a text naming Russia but no tourists holds no statement on
 * them. A common word opening the phrase ("terrorist hotbeds") keeps it alone: the noun after
 * it may be one the dictionary words otherwise.
 */
export function stanceTopicWords(question: string, lang: Lang): string[] {
  const topic = stanceTopic(question, lang);
  if (topic === undefined) return [];
  if (lang !== "en" || !/^\p{Lu}/u.test(topic)) return [topic];
  const rest = question.slice(question.indexOf(topic) + topic.length);
  const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(rest)?.[1];
  return next === undefined || EN_PHRASE_END.has(next) ? [topic] : [topic, next];
}

/**
 * A group of states named by their region as the party whose stance is asked («كيف ردّت دول
 * الخليج…؟», «هل وافقت دول مجلس التعاون…؟», "How did the Gulf states react…?", "Which Gulf Arab
 * states have endorsed…?"): a report whose statements are its people's, each speaking for one
 * nation, reports no such group's view. The group as written, or undefined.
 */
const EN_REGION = "gulf|gcc|arab|european|western|african|asian|latin|nordic|baltic|eu";
const EN_GROUP_STANCE = new RegExp(
  `\\b((?:the\\s+)?(?:${EN_REGION})(?:\\s+(?:arab|gulf))?\\s+(?:states|countries|nations|governments|monarchies))(?:'s|’s)?\\s+(?:(?:have|has|had|did)\\s+)?(?:\\w+\\s+)?(?:react|reacted|respond|responded|reply|replied|endorse|endorsed|support|supported|back|backed|welcome|welcomed|reject|rejected|oppose|opposed|approve|approved|accept|accepted|reaction|response|position|stance|view)\\b`,
  "i",
);
const AR_GROUP = /^(?:ال)?(?:دول|بلدان|حكومات)$/;
const AR_REGION = /^(?:ال)?(?:خليج|خليجيه|عربيه|اوروبيه|غربيه|افريقيه|اسيويه|مجلس)$/;

export function regionalGroupHolder(question: string, lang: Lang): string | undefined {
  if (lang === "en") return EN_GROUP_STANCE.exec(question)?.[1];
  const holder = arabicHolder(question);
  if (holder === undefined || !AR_GROUP.test(normalizeArabic(holder).replace(/^[وف]/, ""))) return undefined;
  const words = tokens(question);
  const next = words[words.indexOf(holder) + 1];
  return next !== undefined && AR_REGION.test(normalizeArabic(next)) ? `${holder} ${next}` : undefined;
}
