import { normalizeArabic } from "./normalize.js";

/**
 * The words people use to ASK, as opposed to the words that name what they ask about:
 * interrogatives and their dialect forms, reporting verbs ("say", «قال», «حكى»), request verbs
 * ("quote", «اقتبس», «لخص»), courtesy words. They frame a question; the article lacking them is
 * no evidence that it does not answer it. General lists of Modern Standard Arabic, Levantine,
 * Gulf and Egyptian usage and of English, written from grammars and phrasebooks — never from
 * a question set.
 */

/**
 * Framing words, normalised: interrogatives, reporting and request verbs, courtesy and
 * filler words in MSA and the common dialects.
 */
const ARABIC_FRAME = new Set(
  `
ماذا ما ماهو ماهي متى أين اين كيف كم لماذا هل أي من منو مين شو ايش وش ايه شنو وين فين امتى ايمتى ليش ليه قديش كام شلون ازاي
قال يقول قالت قاله قالها قالوا قالوه قالوها تقول يقولون صرح صرّح يصرح ذكر يذكر ذكره أشار اشار يشير أضاف اضاف حكى يحكي حكا تحدث يتحدث
تكلم يتكلم ورد جاء يرد ردد نقل ينقل قيل يقال انقال انحكى انحكت انحكا ذكرت ذكر
التقى التقيا يلتقي تلتقي يلتقيان اجتمع اجتمعا يجتمع يجتمعان التقاه التقاها التقاهم قابله قابلها
جرى جرت يجري تجري حصل حصلت صار صارت تم تمت حدث حدثت
يريد تريد يريدون أراد أرادت تريده يريده يود تود يحقق يحققون يحققوا يحققان تحقيقه تحقيقها تحقيقهما عايزين عاوزين عايزة عاوزة تعمل يعمل يعملوا يعملون برأي برايه برأيه أهمية اهمية أهميته اهميته أهميتها اهميتها تنتظر ينتظر ينتظرون يتوقع تتوقع يتوقعون
يفعل تفعل يفعلون يفعلان يسوي تسوي يسوون يسووا سوت سووا
تكلموا تحدثوا قالوا حكوا ناقشوا بحثوا ناقش ناقشا يناقش يناقشان تناقش ناقشت تطرق تطرقا يتطرق يتطرقان تطرقت تناول تناولا يتناول يتناولان تناولت
أعرف اعرف عرفني أفهم افهم اشرح الآن الان حاليا بالظبط بالضبط تحديدا شغال يشتغل بيشتغل
اقتبس اقتبسي اقتباس اقتباسات انقل انقلي انسخ انسخي الفقرة الفقرات فقرة المقطع المقاطع الجملة العبارة الأصلي الكامل الخاصة تتحدث يتحدث كلام كلامه كلامها تصريح تصريحه تصريحات تصريحاته لتصريح اعطني أعطني عطني عطيني اعطيني ارني أرني وريني ورجيني اعرض اذكر أذكر ارسل أرسل هات
لخص لخّص لخصلي ملخص تلخيص خلاصة أبرز ابرز أهم اهم باختصار اختصر اشرح اشرحلي وضح وضّح فسر
أخبرني اخبرني خبرني قلي قولي تقولي تقوللي تقلي احكيلي بدي أريد اريد عايز عاوز ابغى ابغي ودي أبي ممكن لو سمحت رجاء رجاءً فضلك من فضلك بليز
كمان ايضا أيضا المزيد زيدني اكثر أكثر اكتر
بدي بده بدها بدهم بدنا بدك بدو رح راح طيب طب اوكي يعني بالضبط تحديدا تحديداً حرفيا حرفياً بالحرف النص الحرفي بالنص الكامل كامل كاملا
المقال المقالة الخبر النص التقرير القصة
مطلع ذيل الوارد الواردة الواردين المذكور المذكورة المذكورين المذكوره
حسب بحسب وفق وفقا وفقاً طبقا طبقاً عشان علشان مشان لازم لازمه
اسم الاسم اسمه اسمها
موعد موعده موعدها ميعاد
أدلى ادلى يدلي يدلى أدلت ادلت مناسبة المناسبة مناسبه المناسبه
جاوبني جاوب أجبني اجبني أجب اجب أسئلة الأسئلة اسئلة سؤال السؤال بالنسبة وبالنسبة بالنسبه
عافاك هضر هضرو هضروا يهضر تهضر كيهضر
ابعتلي ابعثلي ابعتها ابعته ياه اياه ياها اياها تبع تبعت تبعه تبعها تبعهم عدد عدّد
الثانية التانية الثانيه التانيه الأخرى الاخرى الآخرين الاخرين الآخرون الاخرون يتولاهما يشغلهما يتولاها يشغلها
أبدى ابدى يبدي أبدت ابدت أعرب اعرب يعرب أعربت اعربت أعربوا اعربوا مقصور
تقتصر يقتصر اقتصر اقتصرت مقتصر مقتصرة تحذير تحذيرا تحذيرات اكتفى اكتفت اكتفيا اكتفوا تحفظ تحفظا تحفظات تحفظه حط حطت حطوا
بحث بحثا بحثت بحثه بحثها بحثوها يبحث يبحثان تبحث تباحث تباحثا تباحثوا تداول تداولا
بهما بهم ركز ركّز يركز ركزت ركزوا تركيز دار طرح طرحت طرحته طرحها طرحوا طرحوها يطرح يحمل يحمله تحمل لكونه بكونه كونه شديد يخص تخص يتضمن تتضمن تضمن تضمنت يتضمنه يتضمنها تتضمنه تتضمنها
اتقال اتقالت انبحث انبحثت اتبحث اتبحثت اتناقش اتناقشت انناقش انذكر انذكرت اتذكر اتذكرت انطرح انطرحت اتطرح اتطرحت
بس خلاص ثاني تاني موضوع أم أو ولا اتكلم اتكلموا اتكلمت اتحكى بخصوص خصوص اكو ماكو باي بأي وباي وبأي لاي لأي
إنو انو إنه كلش عدهم عدنا عنده عندهم
اقتبسلي تقتبسلي انقللي تنقللي انسخلي تنسخلي بالزبط بالزبت زبط غادي ديال ديالو ديالها ديالهم
أورد اورد أورده اورده أوردت أوردها يورد شدد شدّد يشدد شددت نبه نبّه ينبه نبهت أوضح اوضح يوضح أعلن اعلن يعلن أفاد افاد نوه نوّه ينوه
تنسب ينسب نسب منسوب منسوبة المرفق المرفقة مرفق مرفقة مرفقه المرافقة المرافقه مكتوب مكتوبة مكتوبه اتكتب انكتب
مستهل بداية بدايه ختام دارت تدور يدور حولها حوله أجل اجل لأجل لاجل لمن ولمن لمين لمنو شوكت إمتا امتا
يصير بيصير تصير بتصير يحصل بيحصل بتحصل عم
شغل شغله شغلها شغلته خدمه الخدمه خدمتو خدمته خدمتها شخص الشخص شخصيه الشخصيه
فيك فيكي فيكم بتقدر تقدر تقدري تنقلي تنقليلي المفروض مفروض يفترض يُفترض
اكتب اكتبلي اكتبي اكتبيلي حذر حذّر يحذر حذرت زين بلاده بلادها بلده بلدها بلادهم اخرى اخري
صاحب صاحبه الراجل الرجل الزلمه يرى يري ترى تري نرى بالتحديد تشوف يشوف بتشوف بيشوف شايف شايفه شايفين بقى بقي ماخذينها ماخدينها
بشأن وبشأن موقف رأي راي منصب مناصب منصبان منصبين منصبيه حقيبه حقيبته حقيبتان حقيبتين حقائب موقع موقعه وظيفة وظيفته منصبه لقب مسمى يشغل يشغله يتولى يتولاه يكون بيكون تكون بتكون سيكون ستكون كان كانت هيك هيكي هكذا كذا كده
`
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map(normalizeArabic),
);

/**
 * English framing words (lower case): interrogatives, reporting and request verbs, courtesy.
 * Kept narrow: words that are also topics ("talks", "states", "report") are not here.
 */
const ENGLISH_FRAME = new Set(
  `what which who whom whose when where why how whether
make makes made making say says said saying tell tells told telling mention mentions mentioned speak spoke spoken add adds added supposed visiting
meet meets met want wants wanted happen happens happened occur occurs occurred
talk talked talking discuss discussed discussing address addressed raise raised bring brought
quote quotes quoted quotation quotations verbatim exact exactly literally
give show send list cite summarize summarise summary summarized overview outline recap briefly
explain describe please kindly could would can may me us i you let
position positions post posts hold holds stance view views opinion job jobs occupation profession title titles
according per article piece story text name names named kind sort pls plz thx see ok okay alright
sentence sentences passage passages paragraph paragraphs
only solely merely alone limited restricted confined caveat caveats reservation reservations attach attached attaches
warn warns warned warning focus focuses focused focusing highlight highlights highlighted highlighting`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** The word with a leading conjunction «و»/«ف» removed, when what is left is a known word. */
export function withoutConjunction(norm: string, known: (w: string) => boolean): string | undefined {
  if (norm.length > 2 && (norm.startsWith("و") || norm.startsWith("ف")) && known(norm.slice(1)))
    return norm.slice(1);
  return undefined;
}

/** Does this Arabic word (any form) frame a question rather than name its topic? */
export function isArabicFrameWord(word: string): boolean {
  const norm = normalizeArabic(word);
  if (ARABIC_FRAME.has(norm)) return true;
  // The accusative «ـاً» («منصباً»); a past verb's plural «ـوا», or the dialects' «ـو» («اجتمعوا»,
  // «اجتمعو»): the same frame word.
  if (norm.length > 3 && norm.endsWith("ا") && ARABIC_FRAME.has(norm.slice(0, -1))) return true;
  const plural = /^(\S{3,})وا?$/.exec(norm)?.[1];
  if (plural !== undefined && ARABIC_FRAME.has(plural)) return true;
  if (norm.startsWith("ال") && norm.length > 4 && ARABIC_FRAME.has(norm.slice(2))) return true;
  // Glued conjunction («وقال», «فأشار») or object pronoun («قاله», «قالها»); a glued preposition
  // before a frame noun («بتصريحاته», «بكلامه») frames it still.
  if (withoutConjunction(norm, (w) => ARABIC_FRAME.has(w)) !== undefined) return true;
  const afterPreposition = norm.replace(/^[وف]?[بل]/, "");
  if (afterPreposition !== norm && afterPreposition.length > 3 && ARABIC_FRAME.has(afterPreposition))
    return true;
  // An object pronoun on a frame verb («يشغلهما», «ناقشوها»).
  const verb = /^(\S{3,}?)(?:هما|هم|هن|ها|ه)$/.exec(norm)?.[1];
  if (verb !== undefined && ARABIC_FRAME.has(verb)) return true;
  // A request verb with the dialects' glued «لي»/«لنا» (for me, for us): «عدّدلي», «تلخصلي».
  const request = /^(\S{3,})(?:لي|لنا)$/.exec(norm)?.[1];
  return (
    request !== undefined && (ARABIC_FRAME.has(request) || ARABIC_FRAME.has(request.replace(/^[تين]/, "")))
  );
}

/**
 * Nouns that only say what kind of answer is wanted when they follow «أي» / "which"/"what"
 * («في أي مدينة», "which countries"): the answer's type, not its topic.
 */
const ARABIC_TYPE_NOUNS = new Set(
  "مدينة بلد بلدان بلاد دولة دول عاصمة مكان يوم تاريخ عام سنة شهر وقت منطقة بلدة جهة جهات صفة هيئة هيئات"
    .split(" ")
    .map(normalizeArabic),
);
const ENGLISH_TYPE_NOUNS = new Set(
  "city cities country countries capital place places day date year month time region town states nations role part post posts office offices title titles event events occasion occasions forum forums body bodies framework frameworks".split(
    " ",
  ),
);

export function isArabicTypeNoun(word: string, previous: string | undefined): boolean {
  // «وبأي يوم؟», «في أي مدينة»: the interrogative with a conjunction or preposition glued on.
  if (previous === undefined) return false;
  const before = normalizeArabic(previous).replace(/^[وف]?[بل]?/, "");
  const norm = normalizeArabic(word);
  if (before === "اي") return ARABIC_TYPE_NOUNS.has(norm);
  // «ما البلاد التي…», «شو الدول…»: «ما» before the definite noun asks which ones too.
  return (
    (before === "ما" || before === "ماذا") && norm.startsWith("ال") && ARABIC_TYPE_NOUNS.has(norm.slice(2))
  );
}

/** «اليوم والتاريخ» in a question asking when: the date's own nouns, what kind of answer. */
const ARABIC_DATE_NOUNS = new Set("يوم تاريخ وقت موعد".split(" ").map(normalizeArabic));

export function isArabicDateNoun(word: string): boolean {
  // «يوماً وتاريخاً»: the accusative's «ا» too.
  const norm = normalizeArabic(word).replace(/^[وف]?(?:ب|ل)?(?:ال)?/, "");
  return ARABIC_DATE_NOUNS.has(norm) || (norm.endsWith("ا") && ARABIC_DATE_NOUNS.has(norm.slice(0, -1)));
}

/** "the day and the date", "what time": the date's own nouns, what kind of answer. */
const ENGLISH_DATE_NOUNS = new Set("date dates day days weekday week time year month".split(" "));

export function isEnglishDateNoun(word: string): boolean {
  return ENGLISH_DATE_NOUNS.has(word.toLowerCase());
}

export function isEnglishTypeNoun(word: string, previous: string | undefined): boolean {
  const p = previous?.toLowerCase();
  if (p !== "which" && p !== "what") return false;
  return ENGLISH_TYPE_NOUNS.has(word.toLowerCase().replace(/'s?$/, ""));
}

/**
 * Remove what a question excludes ("besides Syria", «عدا سوريا»): those words name what is
 * NOT asked, so searching for them would find the wrong passages.
 */
export function withoutExclusions(question: string): string {
  return splitExclusions(question).asked;
}

const EXCLUSIONS: readonly RegExp[] = [
  /\b(?:besides|except(?: for)?|other than|apart from|aside from|excluding|not counting)\s+(?:the\s+)?(?:(?!\b(?:which|what|who|where|when|how|did|do|does|were|was|is|are)\b)[^,;?!.])*/gi,
  /(?:^|\s)(?:عدا|ما عدا|باستثناء|بخلاف)\s+[^،,؛?؟!.]*/g,
  // "Setting aside the Gulf, …", "Beyond Syria, …": an opening phrase before a comma.
  /^\s*(?:(?:setting|leaving|putting)\s+aside|beyond)\s+[^,;?!.]{1,80},/i,
  // «خلينا من فلسطين، شو قال عن ليبيا؟» (leave Palestine aside): Levantine and Gulf.
  /(?:^|\s)(?:طيب\s+)?(?:خلينا|خلّينا|خلنا|خلّنا)\s+(?:من|عن)\s+[^،,؛?؟!.]*/g,
  // "OK, switching topics:", "another question:": the chat's turn, not the question's topic.
  /^\s*(?:(?:ok|okay|alright|so|right)[,.]?\s+)?(?:switching|changing|change of|new|another)\s+(?:topics?|subjects?|the subject|question)\s*[:,.;-]*/i,
  // «غير»/«سوى» exclude only as the question's last phrase («… غير سوريا؟»): elsewhere
  // «غير» negates an adjective («غير مباشر»).
  /(?:^|\s)(?:غير|سوى|الا|(?:إلى|الى)\s+جانب|بعيدا\s+عن|بعيداً\s+عن)\s+\S+(?:\s+\S+)?\s*[؟?!.]*\s*$/,
  // …or as its opening phrase, before a comma («غير سوريا وفلسطين، شو البلاد…»), or with
  // «إلى جانب» before one anywhere («… إلى جانب الخارجية، ما هو؟»).
  /^\s*[وف]?(?:غير|سوى|عدا|بعيدا\s+عن|بعيداً\s+عن|بصرف\s+النظر\s+عن)\s+[^،,؛?؟!.]{1,40}[،,]/,
  /(?:^|\s)(?:إلى|الى)\s+جانب\s+[^،,؛?؟!.]{1,30}[،,]/,
];

/**
 * The question without what it excludes, and what it excludes ("Syria and Palestine" in
 * "besides Syria and Palestine, …"): named, that is not what it asks for.
 */
export function splitExclusions(question: string): { asked: string; excluded: string } {
  const excluded: string[] = [];
  const asked = EXCLUSIONS.reduce(
    (text, pattern) =>
      text.replace(pattern, (m) => {
        excluded.push(m);
        return " ";
      }),
    question,
  )
    .replace(/\s+/g, " ")
    .trim();
  return { asked, excluded: excluded.join(" ") };
}

/**
 * Nouns that only point to a topic named beside them or described after them: the file, the
 * matter, the level of, the idea (that…), the thing. Absent from a text, they are no evidence
 * that it does not speak of that topic («الفكرة اللي روسيا بتسوّق لها», "the idea Russia pushes").
 */
const TOPIC_POINTERS = new Set([
  // Demonstratives point back to what the chat was about («بهذا», «هالشي»).
  // «مسار أستانا» (the Astana track), «المملكة الأردنية» (the kingdom that is Jordan), «الأزمة
  // السورية» (the Syrian crisis): the head noun of what is named beside it.
  ..."احوال طرف ملف ملفات شان موضوع مواضيع مساله مسايل قضيه قضايا صعيد اطار مجال جانب فكره افكار شي شيء اشياء امر امور نقطه نقاط مسار مسارات عمليه عمليات محور محاور مملكه جمهوريه مرجعيه مرجعيات ازمه ازمات صراع نزاع وضع اوضاع نقط قصه حكايه اليه اليات طريقه اطراف جهه هذا هذه ذلك تلك هاد هادا هادي هيدا هيدي هاذا هالشي هالموضوع امران امرين صيغه صيغ"
    .split(" ")
    .map(normalizeArabic),
  ..."idea ideas thing things matter matters issue issues point points topic topics subject subjects crisis crises conflict situation side status capacity standing guy man fellow file files dossier dossiers rest".split(
    " ",
  ),
]);

export function isTopicPointer(word: string): boolean {
  const norm = normalizeArabic(word.toLowerCase());
  // «للملف» is «ل» + «الملف» with the article's alif dropped.
  // …and a possessive comes off («أحوالها»: its conditions).
  const bare = norm.length > 4 ? norm.replace(/(?:هما|هم|ها|ه)$/, "") : norm;
  return [norm, bare].some(
    (n) =>
      TOPIC_POINTERS.has(n) ||
      TOPIC_POINTERS.has(n.replace(/^[وف]?(?:لل|(?:ب|ل)?(?:ال)?)/, "")) ||
      TOPIC_POINTERS.has(n.replace(/^[وف]?(?:ب|ل)?(?:ال)?/, "")),
  );
}

/**
 * Newsroom abbreviations for offices and bodies ("the Russian FM", "UNSC"), spelt out so the
 * dictionary reads them; a capitalised abbreviation would otherwise pass for an absent name.
 */
const EN_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bFMs\b/g, "foreign ministers"],
  [/\bFM\b/g, "foreign minister"],
  [/\bDPM\b/g, "deputy prime minister"],
  [/\bPMs\b/g, "prime ministers"],
  [/\bPM\b/g, "prime minister"],
  [/\bUNSC\b/gi, "UN Security Council"],
  [/\bMFA\b/g, "foreign ministry"],
  [/\bres\b\.?(?=\s+(?:no\b|number|#|\d))|\bres\b(?=\s+\d)/gi, "resolution"],
  [/\b(unsc|un|security council)\s+res\b\.?/gi, "$1 resolution"],
  [/\bcopy[- ]?paste\b/gi, "quote"],
  [/\bpaste\b/gi, "quote"],
  // The Gulf goes by two names; a text may use either or neither («الخليج»).
  [/\b(?:Persian|Arabian|Arab)(?:\s*\/\s*(?:Persian|Arabian|Arab))?\s+Gulf\b/gi, "Gulf"],
];

export function withAbbreviationsSpelt(question: string): string {
  return EN_ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), question);
}

/** Does this English word (any case) frame a question rather than name its topic? */
export function isEnglishFrameWord(word: string): boolean {
  return ENGLISH_FRAME.has(word.toLowerCase());
}

/**
 * Titles of rulers and heads of state («الملك», "king", "president"): like a name, such a title
 * the corpus never uses points at someone it does not cover ("When did King Abdullah visit
 * Moscow?" over an article whose only «عبد الله» is a foreign minister's father's name).
 */
const ARABIC_RULER_TITLES = new Set(
  "ملك الملك ملكه الملكه امير الامير رئيس الرئيس سلطان السلطان شيخ الشيخ البابا بابا العاهل".split(" "),
);
const ENGLISH_RULER_TITLES = new Set(
  "king queen president prince princess emir sheikh sultan pope monarch chancellor".split(" "),
);

export function isRulerTitle(word: string, lang: "ar" | "en"): boolean {
  return lang === "ar"
    ? ARABIC_RULER_TITLES.has(normalizeArabic(word))
    : ENGLISH_RULER_TITLES.has(word.toLowerCase());
}

/** A set of the whitespace-separated words of `text`, each through `normalise` (word lists). */
export function wordSet(text: string, normalise: (w: string) => string = (w) => w): ReadonlySet<string> {
  return new Set(
    text
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map(normalise),
  );
}
