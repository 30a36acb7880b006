import type { Lang } from "../core/types.js";
import { asksOccasion } from "../text/answer-type.js";
import { analyzeWord, lightStem } from "../text/arabic-analyzer.js";
import { ARABIC_STOPWORDS } from "../text/arabic-stopwords.js";
import { normalizeArabic } from "../text/normalize.js";
import { asksDocumentContent } from "../text/presupposed-facts.js";
import { isArabicFrameWord } from "../text/question-words.js";
import { asksOutcome } from "../text/relative-time.js";
import { type MetadataField, metadataField, metadataFields } from "./metadata-request.js";
import { asksForWholeOverview, isArabicOverviewCue } from "./overview-request.js";
import { type ParagraphPosition, paragraphPosition } from "./paragraph-request.js";
import { type SmalltalkAct, smalltalkAct } from "./smalltalk.js";

export type { MetadataField };

/**
 * What kind of request a message is, before any retrieval: small talk (greetings, thanks,
 * help), a question about the article itself (who published it, when, the photo credit, the
 * headline), a request for an overview, or an ordinary question. General phrasing of Arabic
 * (MSA and dialects) and English, matched on normalised text.
 */

export type RequestKind =
  | { readonly kind: "smalltalk"; readonly act: SmalltalkAct }
  | { readonly kind: "metadata"; readonly fields: readonly [MetadataField, ...MetadataField[]] }
  | { readonly kind: "overview"; readonly topic: string }
  | { readonly kind: "paragraph"; readonly position: ParagraphPosition }
  | { readonly kind: "question" };

const EN_OVERVIEW =
  /\b(?:summar(?:y|ize|ise|ising|izing)|sum(?:s|med|ming)? (?:it )?up|overview|main (?:topics?|points?|issues?|subjects?|themes?|takeaways?)|key (?:points?|topics?|issues?|takeaways?)|highlights|gist|tl;?dr|in (?:brief|short|a nutshell)|what (?:is|was) (?:the|this) (?:article|story|piece|report|news) about|(?:^|[.!?]\s*)(?:(?:ok|so|and)\s+)?what (?:is|was) it about|what (?:did|do) (?:they|the (?:two )?(?:ministers|sides|men)) (?:discuss|talk about|cover|agree on)|what (?:topics|issues|subjects|matters) (?:were|did|are)|what (?:was|were) (?:discussed|covered|agreed)|what (?:does|did) (?:the|this) (?:article|story|report|piece) (?:say|cover|report)|what'?s (?:in )?(?:the|this) (?:article|story|report)|what is this about|(?:give me )?(?:a |an )?(?:brief|general|quick) (?:overview|summary|idea|rundown)|(?:a |the )?(?:rundown|run-down|recap|breakdown) of|brief me|key takeaways|what happened (?:at|in|during) the (?:talks|meeting))\b/i;
const AR_OVERVIEW =
  /(?:(?:^|\s)(?:لخص|لخصلي|ملخص|تلخيص|خلاصه|زبده|باختصار|اختصر|اوجز|بايجاز|ايجاز)|(?:ما|ماهي|ما هي|اهم|ابرز) المحاور|(?:ال|لل)محاور (?:الرييسيه|الاساسيه)|عرضا موجزا|ابرز ما|اهم ما|ابرز (?:النقاط|القضايا|المواضيع|الموضوعات|الملفات)|اهم (?:النقاط|القضايا|المواضيع|الموضوعات|الملفات)|(?:عن ماذا|عن شو|عن ايش|عن ايه) (?:يتحدث|يتكلم|بيحكي|يحكي)|(?:ما|ماهو|ما هو|ماهي|ما هي) (?:موضوع|مواضيع|فكره) (?:المقال|الخبر)|(?:ما|ماذا|ماهي|ما هي) (?:القضايا|المواضيع|الملفات|الموضوعات) التي (?:ناقشها|بحثها|تناولها|تم)|(?:ماذا|ما الذي) (?:ناقش|بحث|تناول) (?:الوزيران|الجانبان|الطرفان)|شو صار|نظره عامه|الخطوط العريضه|فكره عامه|ماذا تضمن|ما الذي تضمنه|ماذا تناول|ما الذي تناوله|ماذا يقول (?:المقال|الخبر)|شو بيقول (?:المقال|الخبر)|(?:اهم|ابرز) (?:شي|شيء|اشي|حاجه)|ما هي المواضيع|ما المواضيع|عن ماذا (?:تحدث|تكلم|ناقش))/;

/** The words that ask for an overview, removed to leave its topic ("Syria" in "summarize … on Syria"). */
// The words that ask for an overview, and the news event itself ("the talks", «المباحثات»):
// neither restricts an overview to a topic.
const EN_OVERVIEW_WORDS =
  /\b(?:summar(?:y|ize|ise|ising|izing)|sum(?:s|med|ming)?|up|overview|main|key|big|biggest|major|this|topics?|points?|issues?|subjects?|themes?|matters?|highlights|gist|give|me|an?|the|of|article|story|piece|news|please|brief|briefly|what|were|was|is|are|did|do|they|discuss(?:ed)?|talk|talks|meeting|discussions|about|cover(?:ed)?|in|short|during|at|two|ministers|sides|only|just|say|says|said|report|reports|quick|general|whole|full|entire|overall|part|parts|section|sections|bit|portion|passage|rundown|recap|breakdown|could|you|can|russian|foreign|minister|went|go|goes|gone|over|touch|touched|touching|on|through|thru|few|couple|three|lines?|sentences?|words|bullets?|bullet\s+points|for|etc|thing|things|stuff|tl;?dr)\b/gi;
// Compared by light stem, so «ملخصاً», «للخبر», «ناقشها» and «النقاط» are recognised too.
const AR_OVERVIEW_VOCABULARY = `لخص لخصلي ملخص تلخيص خلاصه زبده باختصار اختصر ابرز اهم ما ماذا جاء في المقال الخبر
النقاط نقطه القضايا المواضيع الموضوعات الملفات موضوع فكره لي عن شو ايش صار موقف المباحثات المحادثات اللقاء
الاجتماع الزياره خلال الوزيرين الوزيران الجانبين الجانبان الطرفان سريع موجز عام عامه كامل يقول قال ناقش بحث
تناول تحدث تكلم حكي انحكي تم التي الذي اعطني عطيني هات بدي اريد نظره تطرق دار جري شمل شي شيء اشي
جزء الجزء قسم القسم الخاص الخاصه المتعلق المتعلقه يتعلق قصير قصيره مختصر هضر هضرو عافاك سطر سطرين بسطرين كلمتين بكلمتين الخطوط العريضه ملامح
كما عرض عرضها عرضه اورد اوردها اورده ورد وردت المحاور محاور محور نقاط
اوجز ايجاز بايجاز الرئيسيه الرئيسي الاساسيه دارت تدور حولها حوله قدم قدملي طرح طرحت بكم بكام نقط النقط
بسرعه بسرعة سريعا جمله جملتين بجملتين جمل بجمل فتح فتحها فتحوا فتحاها عرضا موجزا الحديث
وزير الخارجيه لكل قاله قالها`;
const AR_OVERVIEW_STEMS = new Set(
  AR_OVERVIEW_VOCABULARY.split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => lightStem(normalizeArabic(w))),
);

/**
 * What an overview request is restricted to: its words that are not overview vocabulary, as
 * written (it is shown back: «لافروف من سوريا»); a function word stays only between two kept words.
 */
function overviewTopic(question: string, lang: Lang): string {
  if (lang === "en")
    return (
      question
        // "I'm writing a summary for my seminar - what were the main topics?": the asker's
        // preamble, before the dash, is no topic.
        .replace(/^.*\s[-–—:]\s+(?=.*\b(?:summar|overview|main|key|topics?)\b)/i, " ")
        // "…on Syria: the political track, the Astana format and …": the list after the colon
        // details the topic before it.
        .replace(/(\S)\s*(?::|\s[-–—])\s+[^:]*,[^:]*$/, "$1")
        // "… on Syria? I want the political side and Astana.": a second sentence asking for
        // parts details the topic before it.
        .replace(
          /([?.!])\s+(?:I\s+(?:want|need|'d\s+like)|focus\s+on|especially|particularly|mainly)\b.*$/i,
          "$1",
        )
        // "tl;dr? someone shared this in our group": an aside about the asker after the request.
        .replace(/([?!])\s+[^?]*\b(?:i|i'm|im|my|me|we|our|us|someone|somebody)\b[^?]*$/i, "$1")
        .replace(EN_OVERVIEW, " ")
        // "as set out in the piece": how the article puts it, not a topic.
        .replace(/\bas\s+(?:set out|laid out|described|presented|reported|given|stated)\b/gi, " ")
        .replace(/[?!.,;]/g, " ")
        .replace(EN_OVERVIEW_WORDS, " ")
        .replace(/\s+/g, " ")
        .trim()
    );
  const words = question
    // «… بخصوص التسوية في سوريا؟ أريد الجانب السياسي ومسار أستانا»: the second sentence details it.
    .replace(/([؟?.!])\s*(?:أريد|اريد|بدي|ابغى|أبغى|عايز|عاوز|ودي|خصوصا|خصوصاً|لا سيما)\s.*$/u, "$1")
    .split(/[\s؟?!.,،:؛;]+/)
    .filter((w) => w.length > 0);
  const norms = words.map((w) => normalizeArabic(w));
  // «بهذا»: a function word with a preposition glued on is one still.
  const isFunction = norms.map(
    (n) => ARABIC_STOPWORDS.has(n) || (n.length > 3 && ARABIC_STOPWORDS.has(n.replace(/^[وفبل]/, ""))),
  );
  // A past-tense verb's «ت» (feminine subject: «تناولتها المباحثات») is the same verb; a
  // preposition before a hamza («لأهم») comes off, as the analyzer reads it.
  const isOverviewWord = (word: string, n: string) => {
    // The analyzer's readings start with `lightStem` of the same normalised form.
    const stems = analyzeWord(word)?.lights ?? [lightStem(n)];
    // The whole-overview cues count too («أهم النقاط اللي طلعت»: what came out of the talks).
    const known = (stem: string) => AR_OVERVIEW_STEMS.has(stem) || isArabicOverviewCue(stem);
    return stems.some((stem) => known(stem) || (stem.endsWith("ت") && known(stem.slice(0, -1))));
  };
  const kept = norms.map(
    (n, i) => !isFunction[i] && !isOverviewWord(words[i] ?? n, n) && !isArabicFrameWord(n),
  );
  return words
    .filter((_, i) => kept[i] || (isFunction[i] && kept.slice(0, i).some(Boolean) && kept[i + 1] === true))
    .join(" ");
}

/**
 * `sources`: the names the corpus's sources go by (`sourceNames`), asked about as metadata;
 * `lines`: the words of the article's heading and rubric lines (`lineWords`).
 */
export function classifyRequest(
  question: string,
  lang: Lang,
  sources: ReadonlySet<string> = new Set(),
  lines: ReadonlySet<string> = new Set(),
): RequestKind {
  const act = smalltalkAct(question, lang);
  if (act !== undefined) return { kind: "smalltalk", act };
  const [field, ...more] = metadataFields(question, lang, sources, lines);
  if (field !== undefined) return { kind: "metadata", fields: [field, ...more] };
  const position = paragraphPosition(question, lang);
  if (position !== undefined) return { kind: "paragraph", position };
  // «في أي مناسبة أدلى بهذه التصريحات؟»: the occasion of statements, not what they were.
  if (asksOccasion(question, lang)) return { kind: "question" };
  const norm = lang === "ar" ? normalizeArabic(question) : question;
  if ((lang === "ar" ? AR_OVERVIEW : EN_OVERVIEW).test(norm)) {
    const topic = overviewTopic(question, lang);
    // "What's the headline? What's it about, in short?": the gist asked of a field of the article
    // («عنوان»), which the field gives.
    const field = topic.length > 0 ? metadataField(topic, lang, sources, lines) : undefined;
    if (field !== undefined) return { kind: "metadata", fields: [field] };
    // "What was agreed at the Sochi meeting?": what came of one event is a question about it.
    // "…the main points of Russia's concept, its parameters": a proposal's items, not the gist.
    if (topic.length > 0 && (asksOutcome(question, lang) || asksDocumentContent(question, lang)))
      return { kind: "question" };
    return { kind: "overview", topic };
  }
  if (asksForWholeOverview(question, lang)) return { kind: "overview", topic: "" };
  return { kind: "question" };
}

/** The request `/summary [topic]` stands for, in the topic's language (English without one). */
export function summaryQuestion(topic: string, lang: Lang): string {
  const t = topic.trim();
  if (lang === "ar" || /\p{Script=Arabic}/u.test(t))
    return t.length > 0 ? `لخص ما جاء عن ${t}` : "لخص المقال";
  return t.length > 0 ? `Summarize the article on ${t}` : "Summarize the article";
}
