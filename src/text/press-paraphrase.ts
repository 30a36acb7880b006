import { withDiscussionDepth } from "./discussion-depth.js";

/**
 * Newsroom paraphrases: collocations the press uses interchangeably, read as one wording so the
 * question meets a report that chose the other. Each is a whole collocation of diplomatic and
 * security journalism (a party by its side, terrorism's "hotbeds", positions that are "close"),
 * in Arabic and English, written from press usage — never a single word's synonym, which would
 * meet too much else. A state or an office by its epithet is read before, in press-epithets.ts;
 * how thoroughly a matter was discussed is read last, in discussion-depth.ts.
 */
const REWRITES: readonly [RegExp, string][] = [
  // A party by its "side": "the Russian side", «الجانب الروسي».
  [/\bthe\s+Russian\s+side\b/gi, "Russia"],
  [/\bthe\s+Jordanian\s+side\b/gi, "Jordan"],
  [/(^|\s)([وبل]?)(?:ال)?جانب\s+الروسي(?=\s|$|[؟?،,.!])/gu, "$1$2روسيا"],
  [/(^|\s)([وبل]?)(?:ال)?جانب\s+(?:الأردني|الاردني)(?=\s|$|[؟?،,.!])/gu, "$1$2الأردن"],
  // The Arab League as "the Arab house".
  [/(^|\s)([وبل]?)(?:ال)?بيت\s+العربي(?=\s|$|[؟?،,.!])/gu, "$1$2جامعة الدول العربية"],
  // Terrorism's "hotbeds", "nests", "strongholds", "pockets": its centres.
  [
    /(^|\s)([وبل]?)(?:ال)?(?:بؤر|أوكار|اوكار|معاقل|جيوب|أعشاش|اعشاش)(?=\s+(?:ال)?(?:إرهاب|ارهاب|إرهابيين|ارهابيين|متطرفين|تطرف))/gu,
    "$1$2مراكز",
  ],
  [
    /\b(?:terror(?:ist)?|extremist|militant)\s+(?:hotbeds|strongholds|nests|dens|pockets|hubs|havens)\b/gi,
    "centres of terrorism",
  ],
  [
    /\b(?:hotbeds|strongholds|nests|dens|pockets|hubs|havens)\s+of\s+(terror(?:ism)?|extremism)\b/gi,
    "centres of $1",
  ],
  // Rooting terrorism out is eliminating it: «استئصال/اجتثاث/تصفية» before it is «القضاء على».
  [
    /(^|\s)([وبل]?)(?:ال)?(?:استئصال|اجتثاث|تصفية|تصفيه)(?=\s+(?:ال)?(?:مراكز|بؤر|إرهاب|ارهاب|إرهابيين|ارهابيين|متطرفين))/gu,
    "$1$2القضاء على",
  ],
  // Positions that are "close" («مواقف متقاربة», "close positions") are close approaches.
  [
    /(^|\s)([وبل]?)(?:ال)?(?:مواقف|رؤى|آراء|اراء|مقاربات)(?:هم|هما|ه|ها)?\s+(?:[^\s؟?،,.!]+\s+){0,3}?(?:ال)?(?:متقاربة|متقاربه|قريبة|قريبه|متطابقة|متطابقه)(?=\s|$|[؟?،,.!])/gu,
    "$1$2مقاربات وثيقة",
  ],
  // A nation's "take" or "vision" on a matter is its proposal («الطرح/التصور الروسي»), and a
  // security "array" is its system («منظومة أمن» for «نظام الأمن»).
  [
    /(^|\s)([وبل]?)(?:ال)?(?:طرح|طروحات|تصور|تصوّر)\s+(ال(?:روسي|روسية|روسيه))(?=\s|$|[؟?،,.!])/gu,
    "$1$2المقترح $3",
  ],
  [
    /(^|\s)([وبل]?)(?:ال)?(?:منظوم(?:ة|ه)|ترتيبات)\s+(?=(?:ال)?(?:أمن|امن|الأمن|الامن|أمنية|امنية|الأمنية|الامنية)(?:\s|$|[؟?،,.!]))/gu,
    "$1$2نظام ",
  ],
  // "From outside" is external: «طرف من الخارج».
  [/(^|\s)من\s+الخارج(?=\s|$|[؟?،,.!])/gu, "$1خارجي"],
  // A caveat "attached to" something is a caveat on it.
  [/\b(?:attach|attaches|attached|attaching)\s+to\b/gi, "on"],
  // Negotiations that "come back" («ترجع المفاوضات», «عودة المفاوضات») are resumed.
  [/(^|\s)([وبل]?)(?:[يت]رجع|رجوع|رجعة|عودة|عوده)\s+(?=(?:ال)?مفاوضات(?:\s|$|[؟?،,.!]))/gu, "$1$2استئناف "],
  // Contentment voiced is satisfaction expressed («عبّر عن الرضا» for «أعرب عن ارتياحه»).
  [
    /(^|\s)(?:أبدى|ابدى|أبدت|ابدت|عبّر\s+عن|عبر\s+عن|عبّرت\s+عن|عبرت\s+عن)\s+(?:ال)?رضا(?:ه|ها|هم)?(?=\s|$|[؟?،,.!])/gu,
    "$1أعرب عن ارتياح",
  ],
  [
    /\b(?:voiced|voice|voices|expressed|express|showed|show)\s+(?:his\s+|their\s+)?(?:contentment|satisfaction|happiness)\b/gi,
    "expressed satisfaction",
  ],
  // Back "to the table" is resuming negotiations; "on the same page" is agreeing.
  [
    /\b(?:get|gets|getting|got|bring|bringing|brought|go|going|come|coming)\s+(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?back\s+to\s+the\s+(?:negotiating\s+)?table\b/gi,
    "resuming negotiations",
  ],
  // Talks that "resume", are "restarted" or "revived": their resumption (a résumé is no verb here).
  [
    /\b(?:resume[sd]?|resuming|restart(?:s|ed|ing)?|revive[sd]?|reviving|relaunch(?:es|ed|ing)?|reignite[sd]?)\b(?=(?:\s+[\w'-]+){0,4}?\s+(?:talks|negotiations|dialogue|process)\b)/gi,
    "resumption of",
  ],
  [
    /\b(talks|negotiations)((?:\s+[\w'-]+){0,4}?)\s+(?:(?:should|could|would|can|will|to|might|must)\s+)?(?:resume|restart|be\s+(?:resumed|restarted|revived|relaunched))\b/gi,
    "resumption of $1$2",
  ],
  // What gets something "going again" or "kick-starts" it resumes it.
  [
    /\b(?:get|gets|getting|got|start|starts|started|starting)\s+(?:[\w'-]+\s+){0,2}?(?:going|moving|rolling)\s+again\b/gi,
    "resuming",
  ],
  [/\b(?:kick|jump)[-\s]?start(?:s|ed|ing)?\b/gi, "resuming"],
  // "resume" after a modal, "to" or "help" is the verb, not a résumé.
  [/\b(to|help|helps|helped|could|can|would|will|should|might|must)\s+resume\b/gi, "$1 resuming"],
  [
    /\b(?:was|were|are|is|be)\s+(?:the\s+two\s+sides\s+|they\s+|both\s+)?on\s+the\s+same\s+page\b/gi,
    "agreed",
  ],
  // A foreign party is an external one («أجنبي»), and outside "the territory" is outside the
  // region («خارج الإقليم»).
  [/(^|\s)([وبل]?)(?:ال)?(?:أجنبي|اجنبي|أجنبية|اجنبية|أجانب|اجانب)(?=\s|$|[؟?،,.!])/gu, "$1$2خارجي"],
  [/(^|\s)([وبلف]?|خارج\s+|في\s+)(?:ال)?(?:إقليم|اقليم)(?=\s|$|[؟?،,.!])/gu, "$1$2المنطقة"],
  // A party's "moves" it coordinates are its steps, and coordinating "closely" («عن قرب») is
  // close coordination («التنسيق الوثيق»).
  [/(^|\s)([وبل]?)(?:ال)?(?:تحركات|تحركاتهما|تحركاتهم|تحركاتها|تحركاته)(?=\s|$|[؟?،,.!])/gu, "$1$2خطوات"],
  [/(^|\s)(?:عن\s+قرب|بشكل\s+وثيق|بشكل\s+لصيق)(?=\s|$|[؟?،,.!])/gu, "$1الوثيق"],
  // Outside "involvement" in a security order is external players taking part ("outside powers"
  // are read as "outside" before: see question-phrases.ts).
  [/\b(?:outside|external|foreign)\s+(?:involvement|participation)\b/gi, "participation of external players"],
  // "The two men" of a report on two ministers are the ministers.
  [/\bthe\s+two\s+men\b/gi, "the two ministers"],
  // …and "the two sides" that speak or act are the report's parties, "they" (between "the two
  // sides" of a conflict, the conflict's parties are meant).
  [/\b(did|do|have|had|were|are|would|will|could|should)\s+(?:the|both)\s+(?:two\s+)?sides\b/gi, "$1 they"],
  [
    /\b(?:the|both)\s+(?:two\s+)?sides\s+(?=(?:agreed|agree|said|say|discussed|discuss|talked|talk|stressed|expressed|exchanged|met|meet|noted|emphasi[sz]ed|called|reaffirmed)\b)/gi,
    "they ",
  ],
  [/(^|\s)([وبل]?)(?:ال)?(?:رجلان|رجلين)(?=\s|$|[؟?،,.!])/gu, "$1$2الوزيران"],
  // To "work with" a party is to cooperate with it («بتشتغل مع», «تعمل مع», "working alongside").
  [/(^|\s)([وف]?)(?:ب|عم\s+)?([يت])(?:شتغل|عمل)(?:ون|وا|و)?\s+(?=مع(?:\s|$))/gu, "$1$2$3تعاون "],
  [
    /(^|\s)([وف]?)مع\s+(مين|من|منو)\s+(?:ب|عم\s+)?([يت])(?:شتغل|عمل)(?:ون|وا|و)?(?=\s|$|[؟?،,.!])/gu,
    "$1$2مع $3 $4تعاون",
  ],
  [/\bwork(?:s|ed|ing)?\s+alongside\b/gi, "cooperate with"],
  // The displaced are refugees, and "getting them back home" is their return.
  [/\bdisplaced\s+(?:people|persons|syrians|families)\b/gi, "refugees"],
  [
    /\b(?:get|gets|getting|got|bring|brings|bringing|brought|send|sending)\s+(refugees|them)\s+back(?:\s+home)?\b/gi,
    "return of $1",
  ],
  [/(^|\s)([وبل]?)(?:ال)?(?:نازحين|مهجرين|مهجّرين)(?=\s|$|[؟?،,.!])/gu, "$1$2اللاجئين"],
  // The Quartet as "the group of four"; raising a matter as mentioning it; going into it as
  // discussing it.
  [
    /\b(?:the\s+)?group\s+of\s+four(?:\s+international)?(?:\s+mediators)?\b/gi,
    "the Quartet of international mediators",
  ],
  [/\b(?:bring|brings|brought|bringing)\s+up\b/gi, "mention"],
  [/\b(?:go|goes|went|going|gone)\s+into\b/gi, "discuss"],
  // The Jordanian "guest" of a Moscow meeting is its minister («الضيف الأردني»).
  [/(^|\s)([وبل]?)(?:ال)?ضيف(?:ه)?\s+(?:الأردني|الاردني)(?=\s|$|[؟?،,.!])/gu, "$1$2الوزير الأردني"],
  // Interest in a matter, however it is worded, is the report's «مهتمان»: paying attention to it
  // («يولي اهتماماً ب…»), caring («تهتمان»), being keen on it («حريصتان على»), having it on one's
  // mind («يشغل بال», «حاطين بالهم»), being concerned with it («معنيان بتجاوز…»; not «معنية
  // بأن…», the report's own wording for what Moscow wants done), or its mattering to them
  // («يهم موسكو», «يهمهم»).
  [
    /(^|\s)([وف]?)(?:ي|ت)ولي(?:ان)?\s+((?:ال)?[^\s؟?،,.!]+\s+)?(?:ال)?اهتمام(?:ا|اً)?(?=\s+ب)/gu,
    "$1$2$3مهتمان",
  ],
  [/(^|\s)([وف]?)[يت]هتم(?:ان|ون)?(?=\s|$|[؟?،,.!])/gu, "$1$2مهتمان"],
  [/(^|\s)([وف]?)(?:ال)?حريص(?:تان|تين|ان|ين|ون|ة|ه)?\s+على(?=\s)/gu, "$1$2مهتمان ب"],
  [/(^|\s)([وف]?)(?:[يت]شغل\s+بال|حاط(?:ين|ط|ة|ه|ّين)?\s+بال(?:هم|ه|ها|هما|ن))(?=\s|$)/gu, "$1$2مهتمان"],
  [/(^|\s)([وف]?)(?:ال)?معني(?:ان|ين|ون|ة|ه|تان|تين)?(?=\s+ب(?!أن|ان)\S)/gu, "$1$2مهتمان"],
  [
    /(^|\s)([وف]?)(?:ب?يهمّ?|يهمّ?ه|يهمّ?ها|يهمّ?هم|يهمّ?هما|تهمّ?ه|تهمّ?ها|تهمّ?هم|تهمّ?هما)(?=\s|$|[؟?،,.!])/gu,
    "$1$2مهتمان",
  ],
  // Rapprochement with Israel is its normalization («تقارب إسرائيل مع…», «التقارب العربي الإسرائيلي»),
  // and a Palestinian "entity" is a Palestinian state.
  [
    /(^|\s)([وبل]?)(ال)?تقارب(?=\s+(?:(?:بين|مع)\s+)?(?:ال)?(?:عربي\s+(?:ال)?)?(?:إسرائيل|اسرائيل|إسرائيلي|اسرائيلي))/gu,
    "$1$2$3تطبيع",
  ],
  [/(^|\s)([وبل]?)(?:ال)?كيان\s+(?:ال)?فلسطيني(?=\s|$|[؟?،,.!])/gu, "$1$2دولة فلسطينية"],
  // "Normalization deals" are the normalization itself, however the agreements are called.
  [/\b(normali[sz]ation)\s+(?:deals?|agreements?|accords?|pacts?)\b/gi, "$1"],
  // What "featured in" talks was discussed in them; to "care about" a matter is to be
  // interested in it.
  [/\bfeatured\s+(?=in\b)/gi, "discussed "],
  [/\b(?:cares?|cared|caring)\s+(?=about\b)/gi, "interested "],
  // To "touch on", "go over" or have "on the agenda" is to discuss.
  [/\b(?:touch|touches|touched|touching)\s+(?:on|upon)\b/gi, "discuss"],
  [/\b(?:go|goes|went|going|gone)\s+over\b/gi, "discuss"],
  [/\b(?:was|were|is|are)\s+on\s+the\s+agenda\b/gi, "was discussed"],
  // A nation's "idea" or "vision" for security is its security concept («الفكرة/الرؤية … أمن»):
  // only beside security, since «رؤية مشتركة» (a shared vision) is a report's own wording too.
  [
    /(^|\s)([وبل]?)(?:ال)?(?:فكرة|فكره|رؤية|رؤيه|تصور|تصوّر)(?=(?:\s+[^\s؟?،,.!]+){0,10}?\s+(?:[وبل]?ل?)(?:ال)?(?:أمن|امن)(?:\s|$|[؟?،,.!]))/gu,
    "$1$2المفهوم",
  ],
  // …and so is the "vision" a nation markets or promotes («التصور الذي تسوّق له موسكو»).
  [
    /(^|\s)([وبل]?)(?:ال)?(?:فكرة|فكره|رؤية|رؤيه|تصور|تصوّر)(?=\s+(?:الذي|التي|اللي|يلي)\s+(?:\S+\s+)?(?:[تي]سو[ّ]?ق|[تي]رو[ّ]?ج|بتسو[ّ]?ق|بيسو[ّ]?ق|عم\s+[تي]سو[ّ]?ق))/gu,
    "$1$2المفهوم",
  ],
  // A yes/no check that someone slammed or opposed something asks their stance, negatively: "not"
  // (no bare yes to it, and the quotes show the stance the report gives).
  [
    /^(\s*(?:(?:so|and|but)\s+)?(?:is\s+it\s+true\s+that|did|does|do|has|have|had|was|is|were|are)\b[^?]*?)\b(?:slam(?:s|med)?|critici[sz](?:e|es|ed)|condemn(?:s|ed)?|denounc(?:e|es|ed)|reject(?:s|ed)?|oppos(?:e|es|ed)|attack(?:s|ed)?|blast(?:s|ed)?|object(?:s|ed)?\s+to)\b/i,
    "$1not",
  ],
  [
    /^(\s*[وف]?هل\s+(?:[^؟?]*?\s)?)[وف]?(?:يعارض|تعارض|عارض|عارضت|يرفض|ترفض|رفض|رفضت|ينتقد|تنتقد|انتقد|انتقدت|يدين|تدين|أدان|ادان|أدانت|ادانت|هاجم|هاجمت)(?:ون|ان|وا)?(?=\s)/u,
    "$1لا",
  ],
  // To "bring up the story of" something («جاب سيرة») is to mention it; positions that "come
  // close" («تتقارب مواقف») are close approaches.
  [
    /(^|\s)([وف]?)(?:جاب|جابت|جابو|جابوا|يجيب|بيجيب)((?:\s+[^\s؟?،,.!]+){0,2}?)\s+(?:ال)?سير(?:ة|ه)(?=\s)/gu,
    "$1$2ذكر$3",
  ],
  [
    /(^|\s)([وف]?)(?:[يت]تقارب|تقاربت|تتقاربان)\s+(?:ال)?(?:مواقف|رؤى|آراء|اراء)(?=\s|$|[؟?،,.!])/gu,
    "$1$2مقاربات وثيقة",
  ],
  // Welcoming, however conjugated («رحّب», «رحبت»), is the report's «ترحب».
  [/(^|\s)([وف]?)(?:رحّب|رحب|رحبت|رحّبت|يرحب|يرحّب|رحبوا|رحّبوا)(?=\s|$|[؟?،,.!])/gu, "$1$2ترحب"],
  // Positions "far apart" («مواقف … متباعدة») deny the report's close approaches: a negation.
  [
    /(^|\s)([وبل]?)(?:ال)?(?:مواقف|رؤى|آراء|اراء)(?:هم|هما|ه|ها)?\s+(?:[^\s؟?،,.!]+\s+){0,6}?(?:ال)?(?:متباعدة|متباعده|متباينة|متباينه|مختلفة|مختلفه|متناقضة|متناقضه)(?=\s|$|[؟?،,.!])/gu,
    "$1$2مقاربات غير وثيقة",
  ],
  [/\b(?:far\s+apart|at\s+odds|divided|split)\b/gi, "not close approaches"],
  [
    /(^|\s)([وبل]?)(?:ال)?(?:تباين|تباعد|خلاف|اختلاف)\s+(?:(?:في|بين)\s+)?(?:ال)?(?:موقفين|مواقف|رؤى|آراء|اراء|وجهات\s+(?:ال)?نظر)(?=\s|$|[؟?،,.!])/gu,
    "$1$2مقاربات غير وثيقة",
  ],
  // Forgetting, however conjugated («يُنسى», «ينتسى», «تنسى»), is the report's «نسيان».
  [
    /(^|\s)([وفل]?)(?:[يتن]ُ?نسى|[يتن]نتسى|ينتسي|[يتن]نسي|نُسي|نسي|نسيت|(?:ال)?تناسي|[يت]تناسى|تناسى|تناست)(?=\s|$|[؟?،,.!])/gu,
    "$1$2نسيان",
  ],
  // Who "represented" a nation at talks took part in them for it («من مثّل روسيا»).
  [/\brepresent(?:ed|s|ing)?\b(?=\s+(?:the\s+)?\p{Lu})/giu, "attended for"],
  [/(^|\s)([وف]?)(?:مثّل|مثّلت|يمثل|تمثل|يمثّل|تمثّل|مثلت)(?=\s)/gu, "$1$2شارك عن"],
  // The press conference by its loanword («البريس كونفرنس»).
  [/(^|\s)([وبل]?)(?:ال)?بريس\s+(?:كونفرنس|كونفرانس|كونفرينس)(?=\s|$|[؟?،,.!])/gu, "$1$2المؤتمر الصحفي"],
  // What a concept "lays out", "spells out" or "defines" it sets out («يضبط» for «يحدد»); the
  // concept a nation "pushes" or "champions" it promotes.
  [/\b(?:lays?|laid|laying|spells?|spelled|spelt|spelling)\s+out\b|\boutlines?\b/gi, "sets out"],
  [/(^|\s)([وف]?)([يت])ضبط(ه|ها)?(?=\s|$|[؟?،,.!])/gu, "$1$2$3حدد$4"],
  [
    /\b(russia|moscow|it|they|he|the\s+kremlin)\s+(?:promotes|pushes|champions|advocates|is\s+pushing|is\s+championing)\b/gi,
    "$1 is promoting",
  ],
  [/\b(?:idea|vision|blueprint)(?=(?:\s+[\w'-]+){0,6}?\s+security\b)/gi, "concept"],
  [/\bsecurity\s+(?:idea|vision|blueprint)\b/gi, "security concept"],
  [/\bsecurity\s+(?:arrangements?|architecture|order|set-?up)\b/gi, "security system"],
  // To "see eye to eye" or hold "one vision" («تصور واحد», «رؤية موحدة») is a common vision.
  [/\bsee(?:s|ing)?\s+eye\s+to\s+eye\b/gi, "share a common vision"],
  [
    /(^|\s)(?:ال)?(?:رؤية|رؤيه|تصور|تصوّر|تصورا|تصوراً|تصوّراً|نظرة|نظره)\s+(?:ال)?(?:واحد|واحدة|واحده|واحدا|واحداً|موحد|موحدة|موحده|موحّدة)(?=\s|$|[؟?،,.!])/gu,
    "$1رؤية مشتركة",
  ],
  // Two states "side by side" are the two-state solution; a "common stance" is a shared vision
  // («موقف مشترك», «تطابق الرؤى»); "getting past" a crisis is overcoming it; satisfaction is
  // «الارتياح» however it is called («الرضا»).
  [
    /\b(?:two\s+states|a\s+palestinian\s+state|two\s+countries)\s+(?:living\s+|existing\s+)?side[-\s]by[-\s]side\b/gi,
    "two-state solution",
  ],
  [/(^|\s)(?:دولتين|كيانين)\s+(?:متجاورتين|متجاورين|جنبا\s+إلى\s+جنب)(?=\s|$|[؟?،,.!])/gu, "$1حل الدولتين"],
  [/\b(?:common|shared|joint)\s+(?:stance|position|view|approach)\b/gi, "shared vision"],
  [/(^|\s)(?:ال)?(?:موقف|مواقف)\s+(?:ال)?(?:مشترك|مشتركة|موحد|موحدة)(?=\s|$|[؟?،,.!])/gu, "$1رؤية مشتركة"],
  [/(^|\s)(?:ال)?تطابق\s+(?:ال)?(?:رؤية|رؤيه|رؤى|مواقف|موقف)(?=\s|$|[؟?،,.!])/gu, "$1رؤية مشتركة"],
  [
    /(^|\s)(?:[يت]تشارك(?:ان|ون)?|[يت]تقاسم(?:ان|ون)?|تشارك(?:ا|وا)?|تقاسم(?:ا|وا)?)\s+(?:(?:في|ب)\s+)?(?:ال)?(?:رؤية|رؤيه|رؤى|تصور|نظرة|نظره)(?=\s|$|[؟?،,.!])/gu,
    "$1لديهما رؤية",
  ],
  [/\b(?:getting|get|gets|got|moving|move)\s+past\b/gi, "overcoming"],
  // Refugees "coming back" («رجوع اللاجئين») is their return («عودة»).
  [/(^|\s)([وبل]?)(?:ال)?رجوع(?=\s+(?:ال)?لاجئ)/gu, "$1$2عودة"],
  // Ministers who "sat down" together met.
  [/\b(?:sit|sits|sat|sitting)\s+down(?:\s+together)?\b/gi, "meet"],
  [
    /(^|\s)([وبل]?)(?:ال)?(?:تخطي|تخطّي|يتخطى|تتخطى|يتخطوا|يتخطون|اجتياز|تجاوز)(?=\s+(?:ال)?(?:أزم|ازم|مشكل|مشاكل|خلاف|صعوب))/gu,
    "$1$2تجاوز",
  ],
  // Securing, keeping or maintaining stability is ensuring it («تأمين/حفظ الاستقرار», «ضمان»).
  [
    /(^|\s)([وبل]?)(?:ال)?(?:تأمين|تامين|حفظ|صون|تثبيت|ترسيخ|إرساء|ارساء|الحفاظ\s+على|المحافظة\s+على)(?=\s+(?:ال)?استقرار(?:\s|$|[؟?،,.!]))/gu,
    "$1$2ضمان",
  ],
  [/\b(?:secur|maintain|keep|preserv|safeguard|uphold)(?:e|es|ed|ing|s)?\s+(?=stability\b)/gi, "ensuring "],
  // Finding solutions is solving («إيجاد الحلول»: «حل»), problems («مشاكل») are the report's
  // «مشكلات», and what a party proposes («يقترحوه») is its proposals.
  [/(^|\s)([وبل]?)(?:ال)?(?:إيجاد|ايجاد)\s+(?:ال)?حلول(?=\s|$|[؟?،,.!])/gu, "$1$2حل"],
  [/(^|\s)([وبل]?)(ال)?مشاكل(?=\s|$|[؟?،,.!])/gu, "$1$2$3مشكلات"],
  [/(^|\s)([وف]?)(?:ب)?[يت]قترح(?:ون|وه|ونه|وها|ها|ه|وا)?(?=\s|$|[؟?،,.!])/gu, "$1$2المقترحات"],
  // To "join" or "enter" a system or process is to take part in it («يدخل في نظام الأمن»).
  [/(^|\s)([وف]?)(?:ب)?[يت]دخل(?:ون|وا|و)?\s+(?=(?:في|ب)\S*)/gu, "$1$2يشارك "],
  // Mediation is the mediators' («الوساطة الدولية»: «الوسطاء الدوليين»).
  [/(^|\s)([وبل]?)(?:ال|لل)?وساط(?:ة|ه)(?=\s|$|[؟?،,.!])/gu, "$1$2الوسطاء"],
  // To contribute («تسهم/تساهم في») is to play a role.
  [/(^|\s)([وف]?)(?:[يت]سهم|[يت]ساهم|الإسهام|الاسهام|المساهمة|المساهمه)(?=\s+(?:في|ب))/gu, "$1$2تلعب دورا"],
  // Extremists' centres are terrorism's («مراكز المتطرفين» after the hotbeds rule), and those
  // "remaining" are those there now («الباقية»: «حالياً»).
  [/(^|\s)مراكز\s+(?:ال)?(?:متطرفين|تطرف|متشددين|تشدد)(?=\s|$|[؟?،,.!])/gu, "$1مراكز الإرهاب"],
  [/(?<=(?:إرهاب|ارهاب)\S*\s+)(?:ال)?(?:باقية|باقيه|متبقية|متبقيه|المتبقي)(?=\s|$|[؟?،,.!])/gu, "حاليا"],
  // Countries named as "the lands" («هالبلاد», «تلك البلاد»): the report's «البلدان».
  [/(^|\s)(?:ب|ل|في\s+)?(?:هال|هذه\s+ال|تلك\s+ال)بلاد(?=\s|$|[؟?،,.!])/gu, "$1البلدان"],
  // Going ahead with a matter («المضي قدما في») is pushing it forward (the report's «دفع … قدما»),
  // and the two-state "option", "formula" or "principle" is the two-state solution.
  [
    /(^|\s)([وبل]?)(?:ال)?مضي(?:\s+(?:قدما|قدماً|قُدما))?\s+(?:في|ب|نحو)(?:ها|ه)?(?=\s|$|[؟?،,.!])/gu,
    "$1$2دفع",
  ],
  // What "must" be done is a necessity («وجوب», «لزوم»: the report's «ضرورة»).
  [/(^|\s)([وبل]?)(?:ال)?(?:وجوب|لزوم|حتمية)(?=\s)/gu, "$1$2ضرورة"],
  [
    /(^|\s)([وبل]?)(?:ال)?(?:خيار|صيغة|صيغه|مبدأ|مبدا|فكرة|فكره|رؤية|رؤيه)\s+(?=(?:ال)?دولتين(?:\s|$|[؟?،,.!]))/gu,
    "$1$2حل ",
  ],
  [
    /\btwo[-\s]state\s+(?:option|formula|model|framework|principle|vision|idea|approach|track|path)\b/gi,
    "two-state solution",
  ],
  // Becoming a "pretext" or "excuse" for something is being used for it («ذريعة لنسيان»).
  [
    /(^|\s)(?:(?:أن|ان)\s+)?(?:[يت]تحول|[يت]صبح|[يت]كون)\s+((?:[^\s؟?،,.!]+\s+){0,2}?)(?:(?:إلى|الى)\s+)?(?=(?:ذريعة|ذريعه|حجة|حجه|مبررا?|مبرراً)\s+ل)/gu,
    "$1$2",
  ],
  [/(^|\s)(?:ذريعة|ذريعه|حجة|حجه|مبررا?|مبرراً)\s+(?=ل)/gu, "$1استخدام "],
  [
    /\b(?:be\s+|being\s+|become\s+|becomes\s+|turn\s+into\s+)?(?:used\s+)?as\s+(?:a|an)\s+(?:pretext|excuse|cover)\s+(?:to|for)\b/gi,
    "used to",
  ],
  // A state's "rise" or coming into being («قيام دولة») is its establishment («إقامة»).
  [/(^|\s)([وبل]?)(?:ال)?قيام\s+(?=(?:ال)?دول(?:ة|ه)(?:\s|$|[؟?،,.!]))/gu, "$1$2إقامة "],
  [/\b(?:going|go|goes|returning|return|get|getting)\s+(?:back\s+)?home\b/gi, "return"],
  [/(^|\s)([وبل]?)(?:ال)?رضا(?=\s|$|[؟?،,.!])/gu, "$1$2الارتياح"],
  // A "full" or "core" member or participant is a member: its capacity is what is asked
  // («عضو كامل العضوية», «عضو أساسي»), which the report gives («بصفة مراقب»).
  [
    /(^|\s)([وفك]?)(عضو|عضوا|عضواً|عضوة|عضوه)\s+(?:(?:كامل|كاملة|كامله)\s+(?:ال)?عضوية|(?:ال)?(?:أساسي|اساسي|أساسيا|اساسيا|دائم|دائما|رسمي|رسميا|فاعل|فاعلا|كامل|كاملا))(?=\s|$|[؟?،,.!])/gu,
    "$1$2$3",
  ],
  [
    /\b(?:a\s+)?(?:full|full-fledged|fully-fledged|core|permanent|formal|official)\s+(?:member|participant|party)\b/gi,
    "a member",
  ],
  // A diplomatic "track" named after a place («مسار أستانا», "the Astana track") is its process
  // («عملية»); before a common noun («مسار التطبيع») it only points to that noun.
  [/(^|\s)([وبلف]?)(?:ال)?مسار(?=\s+(?!ال)[^\s؟?،,.!])/gu, "$1$2عملية"],
  [/\b(\p{Lu}[\w-]+)\s+track\b/gu, "$1 process"],
  // A "mediation group" is a group of mediators («الوسطاء»).
  [/\b(?:mediation|mediating)\s+(group|body|team|mechanism|format|quartet)\b/gi, "mediators $1"],
  // A nation's "line" on a matter is its position.
  [/\b(\w+(?:'s|’s))\s+line\b/gi, "$1 position"],
  // The "references" of negotiations («مرجعيات») are their basis («على أساس»).
  [/(^|\s)([وبل]?)(?:ال)?مرجعي(?:ات|ة|ه)(?=\s|$|[؟?،,.!])/gu, "$1$2أساس"],
  // Talks held "face to face" («وجهاً لوجه») are direct ones.
  [/\bface[-\s]to[-\s]face\b/gi, "direct"],
  [/(^|\s)وجه(?:اً|ا)?\s+لوجه(?=\s|$|[؟?،,.!])/gu, "$1مباشرة"],
];

export function withPressParaphrases(question: string): string {
  return withDiscussionDepth(
    REWRITES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), question),
  );
}
