import type { Lang } from "../core/types.js";
import { normalizeArabic } from "../text/normalize.js";
import { wordSet } from "../text/question-words.js";

/**
 * Questions about the article itself (who published it, when, who took the photo, its
 * headline, its subheadings), judged word by word: every word must be one of these questions'
 * words (the fields, verbs like "published", the article and pronouns for it, question and
 * function words; one other word is tolerated where only the article can be meant), and the
 * field must be named outright ("source", «الوكالة») or by a verb about the
 * article ("Who published it?", «وين نشر الخبر؟»). One word about anything else ("Who
 * published the 95 Theses?") leaves it an ordinary question.
 */
export type MetadataField = "source" | "date" | "photo" | "headings" | "rubric" | "headline" | "author";

interface FieldWords {
  /** Words naming the field outright. */
  readonly strong: ReadonlySet<string>;
  /** Words that name it only about the article ("published", «نشر»). */
  readonly weak: ReadonlySet<string>;
}

type Vocabulary = Readonly<Record<MetadataField, FieldWords>> & {
  readonly article: ReadonlySet<string>;
  readonly function: ReadonlySet<string>;
};

const ar = (text: string) => wordSet(text, normalizeArabic);

const ENGLISH: Vocabulary = {
  photo: {
    strong: wordSet(
      "photo photos photograph picture pictures pic pics image images photographer photographers foto fotos",
    ),
    weak: wordSet(""),
  },
  headings: {
    strong: wordSet("subheading subheadings subhead subheads subtitle subtitles heading headings"),
    weak: wordSet(""),
  },
  // "group" names the rubric only beside the rubric's own words ("the strategic vision group"):
  // "Who does that group work with?" asks about another group.
  rubric: { strong: wordSet("series rubric column category tagline tag"), weak: wordSet("group") },
  headline: { strong: wordSet("headline title"), weak: wordSet("called titled") },
  date: { strong: wordSet("date dated dateline"), weak: wordSet("when") },
  author: {
    strong: wordSet("author authors byline writer journalist reporter"),
    weak: wordSet("wrote written write"),
  },
  source: {
    strong: wordSet("source agency outlet publication newspaper publisher media wire newswire"),
    weak: wordSet(
      "published publish publishes ran run released issued from posted put out filed appeared come came reported carried carries carry origin originated originates",
    ),
  },
  article: wordSet("article story piece report news item text this it"),
  function: wordSet(
    "what which who whose when where is was are were there the a an of did does do by has have please tell me i can you name its credit credits credited for to in on whom took take taken ok okay and so then also belong belongs belonged owns owner courtesy shot snapped captured accompanying attached used with mean means section sections part parts between under or site website page say says near end bottom foot footer printed last line that runs run accompanies accompanying appears goes partway through within inside middle exactly again opening first top little halfway lines sits sitting shown put at label labelled labeled above below naming some saw seen only passing glimpse missed named referring refers refer full as one very small little mentioned mention mentions cited listed kind editorial lead sentence seems seem be one need exact right q quick citation cite label",
  ),
};

const ARABIC: Vocabulary = {
  photo: {
    strong: ar("صوره الصوره صور الصور المصور مصور صوّر التقط التقطت التقطها التقطه ملتقط لقطه اللقطه"),
    weak: ar(""),
  },
  // «العنوان الفرعي»: the word for a subheading outranks «العنوان» (the headline) beside it.
  headings: { strong: ar("فرعي الفرعي فرعيه الفرعيه الفرعيين العناوين عناوين"), weak: ar("") },
  // The series or page section the article is filed under («مجموعة …», «زاوية …»).
  rubric: {
    strong: ar("سلسله السلسله مجموعه المجموعه زاويه الزاويه تصنيف التصنيف ركن الركن باب الباب"),
    weak: ar(""),
  },
  headline: { strong: ar("عنوان العنوان مانشيت المانشيت"), weak: ar("") },
  date: { strong: ar("تاريخ التاريخ"), weak: ar("متي امتي يوم") },
  author: { strong: ar("كاتب الكاتب مؤلف المؤلف محرر المحرر الصحفي"), weak: ar("كتب كتبه") },
  source: {
    strong: ar("مصدر المصدر وكاله الوكاله ناشر الناشر الناشره صحيفه الصحيفه"),
    weak: ar(
      // «الجهة» (the body) names the source only about the article: «وهاي الجهة مع مين بتشتغل؟».
      "اصل اصله اصلها نشر نشرت نشره منشور منسوبه اصدر اصدرت صدر صدرت نزل نزلت لمين لمن منين ينسب تنسب منسوب جايبين جايب جبتو جبتوا جهه الجهه",
    ),
  },
  article: ar("المقال المقاله الخبر التقرير النص القصه هذا هذه الماده ماده"),
  function: ar(
    "ما ماذا ماهو ماهي هو هي من مين منو يعني متي اين وين في هل تم اسم لي عن اي باي بأي التي الذي شو ايش مع الرئيسي اخذ أخذ التقط صاحب المرفقه مرفقه طيب كم تعود يعود ترجع يرجع عائده حقوق ملكيه المرافقه مرافقه المنشوره منشوره الموجوده موجوده المستخدمه اجزاء الاجزاء اقسام الاقسام بين تحت او ضمن اي ذيل اخر نهايه اسفل اسم المذكوره المذكور الموجود موجود داخل يظهر تظهر منتصف وسط متن الوارد الوارده اليها اليه الانباء انباء الجمله جمله السطر سطر الاسطر ولا جايه جاي رسميه رسمي الصفحه صفحه الجزء جزء الخاص الخاصه يسبق تسبق يلي ابعتلي ابعثلي ارسل ارسلي ياه اياه اسمها اسمه اسمهم بالكامل نقل نقلت نقلته عنها عنه به بها فيه فيها موقع الموقع تابع تابعه سميه سميت لخر اللخر نص قبل بعد الحكي الحديث الكلام مكتوب مكتوبه تندرج يندرج تحته تحتها المخصصه المخصص الفقرات الفقره فقرات فقره صغير صغيره بيانات البيانات الافتتاحيه افتتاحيه الاستهلاليه جملته الاخير اخير تحريريه التحريريه ادرجت ادرج مدرج مدرجه",
  ),
};

const EN_MONTHS = wordSet(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);
const AR_MONTHS = ar(
  "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين",
);

const ORDER: readonly MetadataField[] = [
  "photo",
  "headings",
  "rubric",
  "headline",
  "date",
  "author",
  "source",
];
const MAX_WORDS = 24;
/** Words placing a line before or after another ("the line before the photo credit"). */
const LOCATORS = [
  "before",
  "after",
  "above",
  "below",
  "under",
  "يسبق",
  "تسبق",
  "قبل",
  "بعد",
  "فوق",
  "تحت",
  "يلي",
];
/** Words placing a title inside the text, where subheadings are. */
const INSIDE = new Set([
  "middle",
  "inside",
  "within",
  "small",
  "little",
  "وسط",
  "منتصف",
  "داخل",
  "صغير",
  "صغيره",
  "نص",
]);
/** Words placing a line at the end, where the rubric is. */
const AT_END = new Set(["end", "bottom", "last", "foot", "footer", "اخر", "اخير", "ذيل", "نهايه", "اسفل"]);
/** Whether a word of the question, with or without its article, is one of `words`. */
function placedIn(tokens: readonly string[], words: ReadonlySet<string>): boolean {
  return tokens.some((t) => words.has(t) || words.has(t.replace(/^[وبل]?(?:ال)?/, "")));
}

/** A question word opening a clause of its own. */
const ASKS =
  /\b(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|can|could)\b|(?:^|\s)(?:ما|ماذا|من|مين|منو|متي|امتي|اين|وين|فين|كيف|ليش|لماذا|اي|شو|ايش|وش|هل)(?=\s|$)/i;

/** Words saying what a line is about, known only beside the line's own words. */
const LINE_ABOUT = new Set(["about", "regarding", "on"]);
/** Words besides the vocabulary a question about a subheading may use to say which one. */
const MAX_HEADING_TOPIC_WORDS = 5;

/**
 * The words of a document's own heading and rubric lines, normalised as questions are, with and
 * without the article: a question naming a line by its words asks for that line.
 */
export function lineWords(lines: readonly string[]): ReadonlySet<string> {
  return new Set(
    lines
      .flatMap((l) => l.split(/[^\p{L}\p{N}]+/u))
      .filter((w) => w.length > 1)
      .flatMap((w) => {
        const n = normalizeArabic(w.toLowerCase());
        // «والعالم» in a question, «العالم» in the line: a glued «و» is read off as elsewhere.
        return n.startsWith("ال") ? [n, n.slice(2)] : [n];
      }),
  );
}

/**
 * The names a corpus's sources go by ("TASS / تاس" → tass, تاس), normalised as questions are:
 * "What is TASS?" asks about the article's source.
 */
export function sourceNames(sources: readonly string[]): ReadonlySet<string> {
  return new Set(
    sources
      .flatMap((s) => s.split(/[^\p{L}\p{N}]+/u))
      .filter((w) => w.length > 1)
      .map((w) => normalizeArabic(w.toLowerCase())),
  );
}

/**
 * `lines`: the words of the article's own heading and rubric lines (`lineWords`): a question
 * naming the line it asks about ("the line about a strategic vision group") names nothing else.
 */
export function metadataField(
  question: string,
  lang: Lang,
  sources: ReadonlySet<string> = new Set(),
  lines: ReadonlySet<string> = new Set(),
): MetadataField | undefined {
  const v = lang === "ar" ? ARABIC : ENGLISH;
  const tokens = (lang === "ar" ? normalizeArabic(question) : question.toLowerCase())
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return undefined;
  const strong = new Set<MetadataField>();
  const weak = new Set<MetadataField>();
  let aboutArticle = false;
  let unknown = 0;
  let namesLine = false;
  let aboutLine = false;
  for (const written of tokens) {
    // A glued «و»/«ب»/«ل» («وبأي», «للخبر») is still the same word, and so is one with its
    // article after it («بالآخر») or a possessive («مصدرها»: its source).
    const forms =
      lang === "ar"
        ? [
            written,
            written.replace(/^[وبل]/, ""),
            written.replace(/^[وف]?[بل]?ال/, ""),
            written.replace(/(?<=\S{3})(?:ها|ه|هم)$/, ""),
          ]
        : [written];
    let known = false;
    for (const form of forms) {
      for (const field of ORDER) {
        if (v[field].strong.has(form) || (field === "source" && sources.has(form))) strong.add(field);
        if (v[field].weak.has(form)) weak.add(field);
        known ||= v[field].strong.has(form) || v[field].weak.has(form) || sources.has(form);
      }
      if (v.article.has(form)) aboutArticle = true;
      known ||= v.article.has(form) || v.function.has(form);
      if (!known && lines.has(form)) {
        known = true;
        namesLine = true;
      }
      // "the line about a strategic vision group": what a line is about, once one is named.
      if (!known && LINE_ABOUT.has(form)) {
        known = true;
        aboutLine = true;
      }
    }
    // A date checked against the article's ("Was it published on 3 February?") is about it too.
    known ||= /^\d{1,4}$/.test(written) || (lang === "ar" ? AR_MONTHS : EN_MONTHS).has(written);
    if (!known) unknown += 1;
  }
  // One word outside the vocabulary («أنباء», a dialect verb, "gets") is tolerated beside a field
  // that can only be the article's (its photo, its subheadings), or any field with the article
  // named: "What is Safadi's title?" asks about Safadi.
  const articleOnly = strong.has("photo") || strong.has("headings") || strong.has("rubric");
  // A subheading is only ever the article's: the other words say which one («العنوان الفرعي
  // الذي يندرج تحته الحديث عن الملف السوري»), so a few of them are tolerated.
  // A question naming the line itself asks for it and nothing else: "When was the Russia –
  // Islamic World group founded?" asks about the group.
  if (aboutLine && !namesLine) unknown += 1;
  const tolerated = strong.has("headings") ? MAX_HEADING_TOPIC_WORDS : namesLine ? 0 : 1;
  if (unknown > (strong.size > 0 && (aboutArticle || articleOnly) ? tolerated : 0)) return undefined;
  // "the group in the line before the photo credit": the photo only says where the line is.
  if (strong.has("photo") && LOCATORS.some((l) => tokens.includes(l))) {
    const located = ORDER.find((f) => f !== "photo" && strong.has(f));
    if (located !== undefined) return located;
  }
  // "a small title in the middle of the text": a subheading, not the headline.
  if (strong.has("headline") && placedIn(tokens, INSIDE)) return "headings";
  const named = ORDER.find((f) => strong.has(f));
  if (named !== undefined) return named;
  // "the strategic vision group", "the line at the very end about Russia and the Islamic world":
  // the rubric, named by its words.
  if (namesLine && unknown === 0 && (weak.has("rubric") || placedIn(tokens, AT_END))) return "rubric";
  // "Who wrote it?", "When was this published?": a verb about the article; when it was
  // published is its date, not its publisher.
  if (!aboutArticle) return undefined;
  if (weak.has("date")) return weak.has("source") || weak.has("author") ? "date" : undefined;
  return ORDER.find((f) => weak.has(f));
}

/**
 * The fields a question asks about the article, in the order it asks them: two clauses each
 * about the article ("Which agency published this and who is credited for the photo?", «ما
 * الجهة التي نُقل عنها الخبر، ولمن تُنسب الصورة؟») ask two. Split only where a clause opens
 * («،», "and", «و» before a question word), so "the source of the photo" stays one field.
 */
export function metadataFields(
  question: string,
  lang: Lang,
  sources: ReadonlySet<string> = new Set(),
  lines: ReadonlySet<string> = new Set(),
): readonly MetadataField[] {
  const whole = metadataField(question, lang, sources, lines);
  const clauses = question
    .split(
      lang === "ar"
        ? /[،,؛;?؟]+|\s+و(?=(?:من|لمن|متى|ما|ماذا|اين|أين|وين|مين|شو|ايش|هل)\s)/
        : /[,;?]+|\band\b/i,
    )
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  if (clauses.length < 2) return whole === undefined ? [] : [whole];
  const each = clauses.map((c) => metadataField(c, lang, sources, lines));
  const fields = [...new Set(each.filter((f): f is MetadataField => f !== undefined))];
  // Every clause about the article, and more than one thing asked.
  if (fields.length >= 2 && each.every((f) => f !== undefined)) return fields;
  // "which news agency is this from? saw it forwarded on a telegram channel": one clause asks,
  // the others only say where the asker saw it (no question word of their own).
  const asking = clauses.filter(
    (c, i) => each[i] !== undefined || ASKS.test(lang === "ar" ? normalizeArabic(c) : c),
  );
  if (whole === undefined && fields.length === 1 && asking.length === 1 && fields[0] !== undefined)
    return [fields[0]];
  return whole === undefined ? [] : [whole];
}
