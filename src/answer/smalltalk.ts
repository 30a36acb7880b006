import type { Lang } from "../core/types.js";
import { normalizeArabic } from "../text/normalize.js";
import { wordSet } from "../text/question-words.js";

/**
 * Small talk is a message made only of small-talk words: greetings, thanks, farewells,
 * acknowledgements, words addressing the bot and asking what it can do, and the function
 * words around them ("Hi! Can you help me?", «مرحبا، كيف يمكنك مساعدتي؟», «السلام عليكم ورحمة
 * الله»). One word about anything else ("hello, where did they meet?") makes it a question.
 * Judged word by word rather than by whole phrases, so new combinations of known words work.
 */
export type SmalltalkAct = "greeting" | "thanks" | "help" | "farewell" | "ack";

type Vocabulary = Readonly<Record<SmalltalkAct | "filler", ReadonlySet<string>>>;

const ENGLISH: Vocabulary = {
  greeting: wordSet(
    "hi hii hello hey heya hiya yo greetings howdy morning afternoon evening salam salaam marhaba sup",
  ),
  thanks: wordSet(
    "thanks thank thx ty tysm cheers appreciated appreciate helpful useful great awesome perfect nice excellent brilliant amazing cool job done",
  ),
  farewell: wordSet("bye goodbye farewell night later cya"),
  ack: wordSet("ok okay k alright fine understood sure noted got"),
  help: wordSet(
    "help assist assistance can could do does work works use using made created built bot robot you your yourself who what how able capable know questions question ask tell answer answers kind kinds sort type types something anything",
  ),
  filler: wordSet(
    "good a an the so very much lot lots of for it this that is are was were i me my to and there again please just all everyone friend buddy be will would should see soon too am being here else u one ur",
  ),
};

const ARABIC: Vocabulary = {
  greeting: wordSet(
    "مرحبا مرحبتين مراحب اهلا اهلين هلا هلو هاي سلام السلام عليكم ورحمة ورحمه الله وبركاته صباح مساء الخير النور اسعد كيفك حالك الحال شلونك ازيك وسهلا سهلا بك بكم والله",
    normalizeArabic,
  ),
  thanks: wordSet(
    "شكرا شكراً جزيلا جزيلاً مشكور مشكورة يعطيك العافية عافية تسلم تسلمي ايدك ممنون متشكر تشكر يسلمو يسلموا الف احسنت ممتاز رائع جميل مفيد جزاك خيرا",
    normalizeArabic,
  ),
  farewell: wordSet("باي وداعا وداعاً السلامة تصبح تصبحين خير نلتقي", normalizeArabic),
  ack: wordSet("تمام حسنا حسناً طيب اوكي اوك ماشي فهمت واضح", normalizeArabic),
  help: wordSet(
    "مساعدة ساعدني تساعدني مساعدتي يمكنك تستطيع تقدر بتقدر تسوي تفعل تعمل بتعمل تعرف بتعرف انت أنت مين من شو ايش ماذا بماذا كيف استخدمك استعملك استخدم اسال أسأل اسألك أسأله يمكنني فيني بقدر اقدر بوت روبوت عملك وظيفتك أسئلة سؤال",
    normalizeArabic,
  ),
  filler: wordSet(
    "يا لك على في عن ان أن هل ممكن لو سمحت صديقي كتير كثيرا كثيراً جدا جداً و مع هذا هذه المقال الخبر لي الذي ما",
    normalizeArabic,
  ),
};

// Which act answers a message holding cues of several ("Hi! Can you help me?" asks for help).
// Thanks first: "thanks for the help" thanks, it does not ask for help.
const PRIORITY: readonly SmalltalkAct[] = ["thanks", "help", "farewell", "greeting", "ack"];

// Words that only help when they ask something of the bot ("what", "you" alone are no cue).
const WEAK_HELP_EN = wordSet(
  "you your yourself who what how do does can could is are able know questions question ask use using answer answers kind kinds sort type types something anything tell",
);
const WEAK_HELP_AR = wordSet(
  "انت أنت مين من شو ايش ماذا بماذا كيف يمكنني فيني بقدر اقدر اسال أسأل أسأله سؤال أسئلة",
  normalizeArabic,
);

export function smalltalkAct(message: string, lang: Lang): SmalltalkAct | undefined {
  const vocabulary = lang === "ar" ? ARABIC : ENGLISH;
  const weak = lang === "ar" ? WEAK_HELP_AR : WEAK_HELP_EN;
  const tokens = (lang === "ar" ? normalizeArabic(message) : message.toLowerCase())
    .replace(/[^\p{L}\p{N}'\s]/gu, " ")
    .replace(/'(?:s|re|m|ll|ve)\b/g, "")
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > 12) return undefined;
  const acts = new Set<SmalltalkAct>();
  let helpCues = 0;
  for (const written of tokens) {
    // A glued conjunction («وشكرا») is still the same word.
    const forms = lang === "ar" ? arabicForms(written) : [written];
    const token = forms.find((f) => PRIORITY.some((a) => vocabulary[a].has(f)) || vocabulary.filler.has(f));
    if (token === undefined) return undefined;
    const act = PRIORITY.find((a) => vocabulary[a].has(token));
    if (act === undefined) continue;
    if (act === "help" && weak.has(token)) {
      helpCues += 0.5;
      continue;
    }
    if (act === "help") helpCues += 1;
    acts.add(act);
  }
  // "Who are you?" / «من أنت؟»: interrogative plus the bot as addressee is a help request.
  if (helpCues >= 1) acts.add("help");
  return PRIORITY.find((a) => acts.has(a));
}

/** The word, and without a glued «و» or the article «ال» («وشكرا», «المساعدة»). */
function arabicForms(word: string): string[] {
  const forms = [word];
  if (word.length > 3 && word.startsWith("و")) forms.push(word.slice(1));
  for (const f of [...forms]) if (f.length > 4 && f.startsWith("ال")) forms.push(f.slice(2));
  return forms;
}

/**
 * The message without a greeting before its question ("hello, where did they meet?",
 * «مرحبا، ماذا قال لافروف؟»): the greeting names no topic. Only a greeting closed by
 * punctuation is removed, so the question's own words are never touched.
 */
export function withoutGreeting(message: string, lang: Lang): string {
  const m = /^([^,،!.?؟:;]{1,40})[,،!.:;]\s*(\S[\s\S]*)$/u.exec(message.trim());
  if (m === null || m[1] === undefined || m[2] === undefined) return message;
  const act = smalltalkAct(m[1], lang);
  return act === "greeting" || act === "thanks" ? m[2] : message;
}
