/**
 * General English → Arabic spelling rules: digraphs and vowel groups (longest first), then single
 * letters. Each rule yields the Arabic spellings of its letters with a penalty for the less
 * likely ones; no lists of names.
 */

type Option = readonly [arabic: string, penalty: number];
export type Segment = readonly Option[];

const one = (arabic: string): Segment => [[arabic, 0]];

export const ENGLISH_VOWELS = new Set(["a", "e", "i", "o", "u"]);
const FRONT_VOWELS = new Set(["e", "i", "y"]);

function isVowelAt(w: string, i: number): boolean {
  const ch = w[i];
  if (ch === undefined) return false;
  if (ENGLISH_VOWELS.has(ch)) return true;
  // y is a vowel unless it starts the word or a syllable (before a vowel).
  return ch === "y" && i > 0 && !ENGLISH_VOWELS.has(w[i + 1] ?? "");
}

/** Lower-case ASCII letters only; drops diacritics, possessive 's and an `al-`/`el-` article. */
export function cleanEnglish(word: string): string {
  let w = word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]s$/u, "");
  w = w.replace(/^(?:al|el|ad|an|ar|as|at|az)[-‐‑](?=[a-z]{3})/u, "");
  return w.replace(/[^a-z]/g, "");
}

interface Rule {
  readonly match: (w: string, i: number) => number; // letters consumed, 0 = no match
  readonly out: (w: string, i: number) => Segment;
}

const lit =
  (s: string, where: "any" | "start" | "end" = "any") =>
  (w: string, i: number): number => {
    if (!w.startsWith(s, i)) return 0;
    if (where === "start" && i !== 0) return 0;
    if (where === "end" && i + s.length !== w.length) return 0;
    return s.length;
  };

/** Digraphs and vowel groups, longest first; single letters are handled below. */
export const RULES: readonly Rule[] = [
  {
    match: lit("sch"),
    out: () => [
      ["ش", 0],
      ["سك", 0.5],
    ],
  },
  {
    match: lit("tch"),
    out: () => [
      ["تش", 0],
      ["ش", 0.3],
    ],
  },
  { match: lit("dzh"), out: () => one("ج") },
  { match: lit("dj"), out: () => one("ج") },
  { match: lit("sh"), out: () => one("ش") },
  {
    match: lit("ch"),
    out: () => [
      ["تش", 0],
      ["ش", 0.3],
      ["ك", 0.6],
    ],
  },
  { match: lit("kh"), out: () => one("خ") },
  {
    match: lit("zh"),
    out: () => [
      ["ج", 0],
      ["ز", 0.3],
    ],
  },
  // Modern transliteration writes English th as ث or ت; ذ (voiced th) is reached by the cheap
  // ث/ذ substitution instead of a variant of its own, which kept matching unrelated words.
  {
    match: lit("th"),
    out: () => [
      ["ث", 0],
      ["ت", 0.2],
    ],
  },
  { match: lit("ph"), out: () => one("ف") },
  { match: lit("gh", "start"), out: () => one("غ") },
  {
    match: lit("gh"),
    out: () => [
      ["غ", 0],
      ["", 0.4],
    ],
  },
  { match: lit("ck"), out: () => one("ك") },
  { match: lit("wh"), out: () => one("و") },
  {
    match: lit("ng", "end"),
    out: () => [
      ["نغ", 0],
      ["نج", 0.3],
      ["ن", 0.4],
    ],
  },
  // ng before a consonant is usually just ن (Washington → واشنطن).
  {
    match: (w, i) => (w.startsWith("ng", i) && !ENGLISH_VOWELS.has(w[i + 2] ?? "a") ? 2 : 0),
    out: () => [
      ["ن", 0],
      ["نغ", 0.3],
      ["نج", 0.5],
    ],
  },
  // Vowel groups.
  { match: lit("ee"), out: () => one("ي") },
  { match: lit("ea"), out: (_w, i) => (i === 0 ? one("اي") : one("ي")) },
  { match: lit("ie"), out: () => one("ي") },
  { match: lit("ei"), out: (_w, i) => (i === 0 ? one("اي") : one("ي")) },
  { match: lit("ey", "end"), out: () => one("ي") },
  { match: lit("oo"), out: () => one("و") },
  { match: lit("ou"), out: (_w, i) => (i === 0 ? one("او") : one("و")) },
  { match: lit("oa"), out: () => one("و") },
  {
    match: lit("au"),
    out: (_w, i) =>
      i === 0
        ? one("او")
        : [
            ["و", 0],
            ["او", 0.2],
          ],
  },
  { match: lit("eu"), out: (_w, i) => (i === 0 ? one("او") : one("يو")) },
  { match: lit("ew"), out: () => one("يو") },
  {
    match: (w, i) => (w.startsWith("ai", i) || w.startsWith("ay", i) ? 2 : 0),
    out: (_w, i) =>
      i === 0
        ? one("اي")
        : [
            ["اي", 0],
            ["ي", 0.2],
          ],
  },
  {
    // ow/aw not followed by a vowel: a diphthong, not a consonant w.
    match: (w, i) =>
      (w.startsWith("ow", i) || w.startsWith("aw", i)) && !ENGLISH_VOWELS.has(w[i + 2] ?? "") ? 2 : 0,
    out: (w, i) =>
      i === 0
        ? one("او")
        : w[i] === "a"
          ? [
              ["و", 0],
              ["او", 0.2],
            ]
          : one("و"),
  },
];

export function singleLetter(w: string, i: number): Segment {
  const ch = w[i] ?? "";
  const next = w[i + 1] ?? "";
  const prev = w[i - 1] ?? "";
  const atStart = i === 0;
  const atEnd = i === w.length - 1;
  switch (ch) {
    case "a":
      if (atStart) return one("ا");
      if (atEnd)
        return [
          ["ا", 0],
          ["ه", 0.3],
        ];
      return one("ا");
    case "e":
      if (atStart)
        return [
          ["ا", 0],
          ["اي", 0.3],
        ];
      // Silent final e (Rome, Blake), but not in short words (Abe → ابي).
      if (atEnd)
        return w.length > 3 && !isVowelAt(w, i - 1)
          ? [
              ["", 0],
              ["ي", 0.4],
            ]
          : one("ي");
      // -ev ending (Medvedev → ميدفيديف).
      if (next === "v" && i + 2 === w.length) return one("ي");
      // In an open syllable (one consonant, then a vowel) e is usually written ي (Peter →
      // بيتر, Media → ميديا); in a closed one it is usually not (Denver → دنفر).
      if (!isVowelAt(w, i + 1) && isVowelAt(w, i + 2) && i + 2 < w.length - (w.endsWith("e") ? 1 : 0)) {
        return [
          ["ي", 0],
          ["", 0.3],
        ];
      }
      return one("");
    case "i":
      return atStart
        ? [
            ["اي", 0],
            ["ا", 0.2],
          ]
        : one("ي");
    case "o":
    case "u":
      return atStart
        ? [
            ["او", 0],
            ["ا", 0.2],
          ]
        : one("و");
    case "y":
      if (atStart) return one("ي");
      return one("ي");
    case "b":
    case "p":
      return one("ب");
    case "c":
      if (FRONT_VOWELS.has(next)) return one("س");
      return one("ك");
    case "d":
      return one("د");
    case "f":
      return one("ف");
    case "g":
      if (FRONT_VOWELS.has(next))
        return [
          ["ج", 0],
          ["غ", 0.3],
        ];
      return [
        ["غ", 0],
        ["ج", 0.3],
        ["ق", 0.4],
      ];
    case "h":
      if (atStart)
        return [
          ["ه", 0],
          ["ح", 0.1],
        ];
      if (atEnd && isVowelAt(w, i - 1))
        return [
          ["", 0],
          ["ه", 0.3],
        ];
      return [
        ["ه", 0],
        ["ح", 0.1],
        ["", 0.3],
      ];
    case "j":
      return [
        ["ج", 0],
        ["ي", 0.4],
      ];
    case "k":
      return one("ك");
    case "l":
      return one("ل");
    case "m":
      return one("م");
    case "n":
      return one("ن");
    case "q":
      return [
        ["ق", 0],
        ["ك", 0.2],
      ];
    case "r":
      return one("ر");
    case "s":
      // Voiced final s after a voiced sound (Panthers → بانثرز).
      if (atEnd && i > 0 && !"tkpfs".includes(prev))
        return [
          ["س", 0],
          ["ز", 0.3],
        ];
      return one("س");
    case "t":
      return one("ت");
    case "v":
      return [
        ["ف", 0],
        ["و", 0.3],
      ];
    case "w":
      return one("و");
    case "x":
      return atStart
        ? [
            ["ز", 0],
            ["كس", 0.3],
          ]
        : one("كس");
    case "z":
      return one("ز");
    default:
      return one("");
  }
}
