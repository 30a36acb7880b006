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
قال يقول قالت قاله قالها قالوا تقول يقولون صرح صرّح يصرح ذكر يذكر ذكره أشار اشار يشير أضاف اضاف حكى يحكي حكا تحدث يتحدث
تكلم يتكلم ورد جاء يرد ردد نقل ينقل قيل يقال انقال انحكى انحكت انحكا ذكرت ذكر
التقى التقيا يلتقي تلتقي يلتقيان اجتمع اجتمعا يجتمع يجتمعان
جرى جرت يجري تجري حصل حصلت صار صارت تم تمت حدث حدثت
يريد تريد يريدون أراد أرادت تريده يريده يود تود
تكلموا تحدثوا قالوا حكوا ناقشوا بحثوا ناقش ناقشا يناقش يناقشان تناقش ناقشت تطرق تطرقا يتطرق يتطرقان تطرقت تناول تناولا يتناول يتناولان تناولت
أعرف اعرف عرفني أفهم افهم اشرح الآن الان حاليا بالظبط بالضبط تحديدا شغال يشتغل بيشتغل
اقتبس اقتبسي اقتباس اقتباسات انقل انقلي انسخ انسخي الفقرة الفقرات فقرة المقطع المقاطع الجملة العبارة الأصلي الكامل الخاصة تتحدث يتحدث كلام كلامه كلامها تصريح تصريحه تصريحات تصريحاته لتصريح اعطني أعطني عطني عطيني اعطيني ارني أرني وريني ورجيني اعرض اذكر أذكر ارسل أرسل هات
لخص لخّص لخصلي ملخص تلخيص خلاصة أبرز ابرز أهم اهم باختصار اختصر اشرح اشرحلي وضح وضّح فسر
أخبرني اخبرني خبرني قلي قولي احكيلي بدي أريد اريد عايز عاوز ابغى ابغي ودي أبي ممكن لو سمحت رجاء رجاءً فضلك من فضلك بليز
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
الثانية التانية الثانيه التانيه الأخرى الاخرى يتولاهما يشغلهما يتولاها يشغلها
بس خلاص ثاني تاني موضوع أم أو ولا اتكلم اتكلموا اتكلمت اتحكى بخصوص خصوص اكو ماكو باي بأي وباي وبأي لاي لأي
إنو انو إنه كلش عدهم عدنا عنده عندهم
اقتبسلي تقتبسلي انقللي تنقللي انسخلي تنسخلي بالزبط بالزبت زبط غادي ديال ديالو ديالها ديالهم
موقف رأي راي منصب مناصب منصبان منصبين منصبيه وظيفة وظيفته منصبه لقب مسمى يشغل يشغله يتولى يتولاه يكون بيكون تكون بتكون سيكون ستكون كان كانت هيك هيكي هكذا كذا كده
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
say says said saying tell tells told telling mention mentions mentioned speak spoke spoken
meet meets met want wants wanted happen happens happened occur occurs occurred
talk talked talking discuss discussed discussing address addressed raise raised bring brought
quote quotes quoted quotation quotations verbatim exact exactly literally
give show send list cite summarize summarise summary summarized overview outline recap briefly
explain describe please kindly could would can may me us i you let
position positions stance view views opinion job jobs occupation profession title titles
according per article piece story text name names named kind sort pls plz thx see ok okay alright
sentence sentences passage passages paragraph paragraphs`
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
  if (norm.startsWith("ال") && norm.length > 4 && ARABIC_FRAME.has(norm.slice(2))) return true;
  // Glued conjunction («وقال», «فأشار») or object pronoun («قاله», «قالها»); a glued preposition
  // before a frame noun («بتصريحاته», «بكلامه») frames it still.
  if (withoutConjunction(norm, (w) => ARABIC_FRAME.has(w)) !== undefined) return true;
  const afterPreposition = norm.replace(/^[وف]?[بل]/, "");
  if (afterPreposition !== norm && afterPreposition.length > 3 && ARABIC_FRAME.has(afterPreposition))
    return true;
  // An object pronoun on a frame verb («يشغلهما», «ناقشوها»).
  const verb = /^(\S{3,}?)(?:هما|هم|هن|ها|ه)$/.exec(norm)?.[1];
  return verb !== undefined && ARABIC_FRAME.has(verb);
}

/**
 * Nouns that only say what kind of answer is wanted when they follow «أي» / "which"/"what"
 * («في أي مدينة», "which countries"): the answer's type, not its topic.
 */
const ARABIC_TYPE_NOUNS = new Set(
  "مدينة بلد بلدان بلاد دولة دول عاصمة مكان يوم تاريخ عام سنة شهر وقت منطقة بلدة"
    .split(" ")
    .map(normalizeArabic),
);
const ENGLISH_TYPE_NOUNS = new Set(
  "city cities country countries capital place places day date year month time region town states nations role part post posts office offices title titles event events occasion occasions forum forums".split(
    " ",
  ),
);

/**
 * Phrases that only say what kind of answer is wanted: "day of the week" asks for a weekday,
 * «من أيام الأسبوع» likewise.
 */
/** A question asking for an office («المنصب», «مناصب», «وظيفته»), from that noun to its end. */
const AR_OFFICE_FRAME = /(?:^|\s)[وف]?(?:ال)?(?:منصب|مناصب|منصبان|منصبين|وظيف[ةه]|لقب|مسمى)\S*[^؟?]*/gu;
/** Words that only place an office in a government: «الحكومي», «في حكومة بلاده», «الآخر». */
const AR_OFFICE_ADJECTIVES =
  /(?:^|\s)(?:(?:في|ب)\s*)?(?:ال)?(?:حكوم[ةه]|حكومي(?:[ةه]|ان|ين|ات)?|حكومتها|حكومته|رسمي(?:[ةه]|ان|ين|ات)?|آخر|اخر|أخرى|اخرى|آخران|آخرين|ثاني|الثاني)(?:\s+(?:بلاده|بلده|بلادها|بلدها))?(?=\s|$|[؟?،.!])/gu;

export function withoutTypePhrases(question: string): string {
  return (
    question
      .replace(/\bof the week\b/gi, " ")
      // "full name" is a name: the adjective asks for nothing more.
      .replace(/\b(?:full|first|last|family|complete)\s+(names?)\b/gi, "$1")
      // "What role does Jordan play in…": "play" only completes "what role"; the topic is Jordan.
      .replace(/\b((?:what|which) (?:role|part)\b[^?]*?)\bplay(?:s|ed|ing)?\b/gi, "$1")
      // "When is it supposed to take place?": the idiom is "happen", the modal only frames it.
      .replace(
        /\b(?:is|are|was|were)\s+((?:it|they|he|she|this|that)\s+)?(?:supposed|expected|due|scheduled|planned)\s+to\b/gi,
        "will $1",
      )
      .replace(/\b(?:take|takes|took|taken|taking)\s+place\b/gi, "happen")
      // "compare notes", "swap views" are to exchange views; «تبادل الآراء» is «تبادل وجهات النظر».
      .replace(/\bcompar(?:e|ed|ing)\s+notes\b/gi, "exchange views")
      .replace(/\b(?:swap(?:ped|ping|s)?|trad(?:e|ed|ing))\s+(?:views|opinions|notes)\b/gi, "exchange views")
      .replace(/\bexchang(?:e|ed|ing)\s+opinions\b/gi, "exchange views")
      .replace(/(تبادل\S*)\s+(?:ال)?آراء/gu, "$1 وجهات النظر")
      // A statement with a tag ("…, right?", «… ولا إيه؟», «… صح؟») asks whether it is so.
      .replace(
        /^\s*(?:so|and|but|ok|okay)?[,\s]*(?!(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|will|would|has|have|had|can|could|should)\b)([a-z][^?]*?)[,\s]+(?:right|correct|true|yes|no|isn'?t it|aren'?t they|didn'?t they|wasn'?t it|is that right|is that so)\s*\?\s*$/i,
        "Is it true that $1?",
      )
      .replace(
        /^\s*(?!(?:هل|وهل|ما|ماذا|من|مين|متى|أين|اين|كيف|لماذا|كم|أي|اي|شو|ايش|وش|وين|ليش)(?:\s|$))(?:هو\s+|هي\s+)?(\S[^؟?]*?)[،,\s]+(?:ولا\s+(?:إيه|ايه|لأ|لا|شو|ايش)|أو\s+لا|صح|صحيح|مظبوط)\s*[؟?]\s*$/u,
        "هل $1؟",
      )
      // «صحيح إنو …؟», «هل صحيح أن …؟» (is it true that …): a yes/no question.
      .replace(/^\s*(?:هل\s+)?(?:صحيح|صح|حقا|حقاً)\s+(?:إنو|انو|إن|ان|أن|إنه|انه|أنه)\s+/u, "هل ")
      // "sit down with" is to meet; a "get-together" is a meeting.
      .replace(/\b(?:sit|sits|sitting|sat)\s+down\s+with\b/gi, "meet with")
      .replace(/\bget[- ]togethers?\b/gi, "meeting")
      .replace(/\b(?:week)?day\s+(?:and|&)\s+date\b/gi, "day")
      // "what other post", "which other countries": "other" only sets the asked apart.
      .replace(/\b(what|which)\s+(?:other|another)\s+/gi, "$1 ")
      // "make his remarks" is to speak; "— a speech, an interview, or something else?" only
      // offers guesses.
      .replace(
        /\b(?:make|makes|made|making|deliver|delivered|give|gave)\s+(?:his|her|their|the)?\s*(?:remarks|comments|statements)\b/gi,
        "speak",
      )
      .replace(/\s*[—–-]\s*(?:a|an|the)\s+[^?]*?\bor\s+(?:something|anything|somewhere)\s+else\b/gi, "")
      // "which countries came up", "put on the table": discussed, proposed.
      .replace(/\b(?:came|come|comes|coming)\s+up\b(?!\s+with)/gi, "were discussed")
      .replace(/\b(?:put|puts|putting|placed|laid)\s+on\s+the\s+table\b/gi, "proposed")
      .replace(/\b(?:was|were|is|are)\s+on\s+the\s+table\b/gi, "was proposed")
      // "in early Feb 2021": the part of the month only narrows the date asked.
      .replace(
        /\b(?:early|mid|late)[- ](?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
        "",
      )
      // "come up with solutions" is to provide them.
      .replace(/\b(?:come|comes|came|coming)\s+up\s+with\b/gi, "provide")
      // "What's the date of the talks?": when they were.
      .replace(
        /\bwhat(?:'s|\s+is|\s+was)\s+the\s+(?:date|day)\s+of\b(?!\s+(?:the|this)\s+(?:article|story|report|piece|news|text|publication))/gi,
        "when were",
      )
      // "I'm writing a brief for my boss: who met whom…": the asker's preamble is no topic.
      .replace(/^\s*(?:i'?m|i\s+am|i\s+need|i\s+want|i'?d\s+like|for\s+my)\b[^:?]{0,80}:\s*/i, "")
      // «بعد انتهاء الاجتماع», "once the talks were over": after the meeting.
      .replace(/(بعد|عقب)\s+(?:انتهاء|نهاية|ختام|انتهى|انتهت)(?=\s)/gu, "$1")
      .replace(
        /\b(?:once|after)\s+(the\s+\w+)\s+(?:were|was|had)\s+(?:over|done|finished|ended)\b/gi,
        "after $1",
      )
      // Speaking to reporters after talks is a press conference in newsroom English.
      .replace(
        /\b(?:speak|spoke|spoken|speaking|talk|talked|talking|address|addressed)\s+(?:to\s+|with\s+)?(?:the\s+)?(?:reporters|journalists|press|media)\b/gi,
        "speak at the press conference",
      )
      // "Middle Eastern" is of the Middle East.
      .replace(/\bMiddle[- ]Eastern\b/gi, "Middle East")
      // "work with" is to cooperate: the idiom, not labour.
      .replace(/\bwork(?:s|ed|ing)?\s+(?:together\s+)?with\b/gi, "cooperate with")
      // Telegram style: "Date of the talks?", "Venue of the meeting?" ask when and where.
      .replace(/^\s*(?:the\s+)?(?:date|day)\s+of\b/i, "When were")
      .replace(/^\s*(?:the\s+)?(?:place|venue|location)\s+of\b/i, "Where were")
      // "official title", "exact position", "government post": the adjective asks for nothing
      // more (every office in a news report is official and in a government).
      .replace(
        /\b(?:official|formal|current|exact|precise|government(?:al)?|cabinet|ministerial|state)\s+(titles?|positions?|posts?|roles?|names?|jobs?|offices?)\b/gi,
        "$1",
      )
      // "Jordan's top diplomat" is its foreign minister: the press idiom for the office.
      .replace(/\b(?:top|chief|senior-most)\s+diplomats?\b/gi, "foreign minister")
      // «المنصب الحكومي الآخر», «في حكومة بلاده»: in a question asking for an office, the
      // government and the country it is held in only frame it.
      .replace(AR_OFFICE_FRAME, (m) => m.replace(AR_OFFICE_ADJECTIVES, " "))
      // «تاريخ المباحثات؟», «مكان اللقاء؟»: the same telegram style in Arabic.
      // (Not «تاريخ الخبر»: the article's own date is a metadata question.)
      .replace(
        /^\s*(?:ما\s+)?(?:هو\s+)?(?:تاريخ|موعد)\s+(?!(?:هذا\s+)?(?:ال)?(?:خبر|مقال|مقاله|نشر|تقرير|نص)(?:\s|$|[؟?]))(?=\S)/u,
        "متى ",
      )
      .replace(/^\s*(?:ما\s+)?(?:هو\s+)?مكان\s+(?=\S)/u, "أين ")
      // "as given in the report": how the article puts it.
      .replace(/\bas\s+(?:given|stated|named|reported|written|described|set out|mentioned)\b/gi, " ")
      // "according to the report", "in the piece": the article itself, framing the question.
      .replace(
        /\b(?:according to|in|from)\s+(?:the|this)\s+(?:report|article|story|piece|text|news(?:\s+item)?)\b/gi,
        " ",
      )
      .replace(/(?:من\s+)?أيام\s+الأسبوع|(?:من\s+)?ايام\s+الاسبوع/g, " ")
      .replace(/(يوم)\s+(?:في|من)\s+(?:ال)?(?:أسبوع|اسبوع)/gu, "$1")
      // «جاوبني على الأسئلة الثلاثة»: the request to answer, not a topic.
      .replace(
        /(?:^|\s)(?:جاوبني|جاوبيني|أجبني|اجبني|جاوب|أجب)(?:\s+(?:على|عل|ع)\b)?(?:\s+\S+)?\s+(?:ال)?(?:أسئلة|اسئلة|سؤال)\S*/gu,
        " ",
      )
      .replace(/^\s*is\s+it\s+(?:true|correct|right|the\s+case)\s+that\b/i, "is it that")
      // "Please answer all three parts.": the request, not a topic.
      .replace(
        /\b(?:please\s+)?answer\s+(?:all|both|each|every)\s+(?:\w+\s+)?(?:parts?|questions?)\b\.?/gi,
        " ",
      )
      .replace(/\s+/g, " ")
      .trim()
  );
}

export function isArabicTypeNoun(word: string, previous: string | undefined): boolean {
  // «وبأي يوم؟», «في أي مدينة»: the interrogative with a conjunction or preposition glued on.
  if (previous === undefined) return false;
  const before = normalizeArabic(previous).replace(/^[وف]?[بل]?/, "");
  if (before === "اي") return ARABIC_TYPE_NOUNS.has(normalizeArabic(word));
  // «ما البلاد التي…», «شو الدول…»: «ما» before the definite noun asks which ones too.
  const bare = normalizeArabic(word).replace(/^ال/, "");
  return (
    (before === "ما" || before === "ماذا") &&
    normalizeArabic(word).startsWith("ال") &&
    ARABIC_TYPE_NOUNS.has(bare)
  );
}

/** «اليوم والتاريخ» in a question asking when: the date's own nouns, what kind of answer. */
const ARABIC_DATE_NOUNS = new Set("يوم تاريخ وقت موعد".split(" ").map(normalizeArabic));

export function isArabicDateNoun(word: string): boolean {
  return ARABIC_DATE_NOUNS.has(normalizeArabic(word).replace(/^[وف]?(?:ب|ل)?(?:ال)?/, ""));
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
  return (
    question
      .replace(
        /\b(?:besides|except(?: for)?|other than|apart from|aside from|excluding|not counting)\s+(?:the\s+)?(?:(?!\b(?:which|what|who|where|when|how|did|do|does|were|was|is|are)\b)[^,;?!.])*/gi,
        " ",
      )
      .replace(/(?:^|\s)(?:عدا|ما عدا|باستثناء|بخلاف)\s+[^،,؛?؟!.]*/g, " ")
      // «خلينا من فلسطين، شو قال عن ليبيا؟» (leave Palestine aside): Levantine and Gulf.
      .replace(/(?:^|\s)(?:طيب\s+)?(?:خلينا|خلّينا|خلنا|خلّنا)\s+(?:من|عن)\s+[^،,؛?؟!.]*/g, " ")
      // "OK, switching topics:", "another question:": the chat's turn, not the question's topic.
      .replace(
        /^\s*(?:(?:ok|okay|alright|so|right)[,.]?\s+)?(?:switching|changing|change of|new|another)\s+(?:topics?|subjects?|the subject|question)\s*[:,.;-]*/i,
        " ",
      )
      // «غير»/«سوى» exclude only as the question's last phrase («… غير سوريا؟»): elsewhere
      // «غير» negates an adjective («غير مباشر»).
      .replace(/(?:^|\s)(?:غير|سوى|الا|(?:إلى|الى)\s+جانب)\s+\S+(?:\s+\S+)?\s*[؟?!.]*\s*$/, " ")
      // …or as its opening phrase, before a comma («غير سوريا وفلسطين، شو البلاد…»).
      .replace(/^\s*(?:غير|سوى|عدا)\s+[^،,؛?؟!.]{1,40}[،,]/, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * Nouns that only point to a topic named beside them or described after them: the file, the
 * matter, the level of, the idea (that…), the thing. Absent from a text, they are no evidence
 * that it does not speak of that topic («الفكرة اللي روسيا بتسوّق لها», "the idea Russia pushes").
 */
const TOPIC_POINTERS = new Set([
  ..."ملف ملفات شان موضوع مواضيع مساله مسايل قضيه قضايا صعيد اطار مجال جانب فكره افكار شي شيء اشياء امر امور نقطه نقاط"
    .split(" ")
    .map(normalizeArabic),
  ..."idea ideas thing things matter matters issue issues point points topic topics subject subjects".split(
    " ",
  ),
]);

export function isTopicPointer(word: string): boolean {
  const norm = normalizeArabic(word.toLowerCase());
  return TOPIC_POINTERS.has(norm) || TOPIC_POINTERS.has(norm.replace(/^[وف]?(?:ب|ل)?ال/, ""));
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
  [/\bUNSC\b/g, "UN Security Council"],
  [/\bMFA\b/g, "foreign ministry"],
  [/\bcopy[- ]?paste\b/gi, "quote"],
  [/\bpaste\b/gi, "quote"],
  // The Gulf goes by two names; a text may use either or neither («الخليج»).
  [/\b(?:Persian|Arabian|Arab)\s+Gulf\b/gi, "Gulf"],
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
