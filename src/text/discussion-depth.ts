/**
 * How thoroughly a matter was discussed, as the press words it: "in depth", «باستفاضة» say in
 * detail; "in passing", «مرور الكرام», «بسطحية» say not in detail (a negation, so never a bare yes:
 * the report says «بشكل تفصيلي»). Read after the other newsroom paraphrases (press-paraphrase.ts).
 */
const REWRITES: readonly [RegExp, string][] = [
  [
    /(^|\s)(?:بعمق|بشكل\s+معمق|باستفاضة|بإسهاب|باسهاب|بشكل\s+موسع|بشكل\s+مفصل)(?=\s|$|[؟?،,.!])/gu,
    "$1بشكل تفصيلي",
  ],
  [
    /(^|\s)(?:مرورا?ً?\s+(?:سريعا?ً?|عابرا?ً?|سطحيا?ً?)(?:\s+و(?:مقتضبا?ً?|سريعا?ً?|عابرا?ً?))?|مرور\s+الكرام|بشكل\s+(?:سريع\s+و)?(?:سطحي|عابر|مقتضب|سريع)(?:\s+و(?:سطحي|عابر|مقتضب|سريع))?|بسطحية|سطحيا|سطحياً|باقتضاب|(?:دون|بدون|من\s+غير|بلا)\s+(?:ال)?(?:تفاصيل|تفصيل|الدخول\s+في\s+(?:ال)?تفاصيل))(?=\s|$|[؟?،,.!])/gu,
    "$1بشكل غير تفصيلي",
  ],
  [
    /\b(discuss(?:ed|es|ing)?|covered|addressed|examined|reviewed)\s+((?:only\s+|just\s+)?)(?:in\s+depth|thoroughly|at\s+length|extensively)\b/gi,
    "$1 $2in detail",
  ],
  [
    /\b(discuss(?:ed|es|ing)?|covered|addressed|examined|reviewed|mention(?:ed|s)?)\s+((?:[\w'-]+\s+){0,3}?)(?:only\s+|just\s+)?(?:briefly|superficially|cursorily|in\s+passing)\b/gi,
    "$1 $2not in detail",
  ],
  [
    /\b(?:thoroughly|extensively)\s+(discuss(?:ed|es|ing)?|covered|addressed|examined|reviewed)\b/gi,
    "$1 in detail",
  ],
  [
    /\b(?:briefly|superficially|cursorily)\s+(discuss(?:ed|es|ing)?|covered|addressed|examined|reviewed|mention(?:ed|s)?)\b/gi,
    "$1 not in detail",
  ],
  [/\bhow\s+(?:thoroughly|deeply|extensively|closely|in[-\s]depth)\b/gi, "in how much detail"],
  // …and "passing over" a matter so («مرّ الوزيران على الملف بشكل سريع») is discussing it.
  [
    /(^|\s)([وف]?)(?:مرّ|مر|مرّا|مرا|مرّوا|مروا|يمر|يمرّ)(?=\s[^؟?]*?(?:على|ع)\s[^؟?]*بشكل\s+غير\s+تفصيلي)/gu,
    "$1$2ناقش",
  ],
];

export function withDiscussionDepth(question: string): string {
  return REWRITES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), question);
}
