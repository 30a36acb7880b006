/**
 * Offline matching of English words a bilingual dictionary lacks (mostly names: people,
 * places, organisations) to Arabic words of the corpus's own vocabulary, by transliteration.
 *
 * Both sides are reduced to normalised Arabic letter strings ("skeletons") and compared with a
 * weighted edit distance in which long vowels (ا و ي) are cheap to insert or drop, the weak
 * letters (ء ع ه ح) are half-price, and substitutions between sounds English does not
 * distinguish (emphatic/plain س/ص, ت/ط, د/ض; ك/ق; ج/غ/ق; ث/ت/ذ …) are cheap. The English
 * side is a handful of candidate spellings produced by general transliteration rules; the
 * Arabic side is every corpus token with its proclitics (و ف ب ل ك, ال) and a few suffixes
 * optionally stripped. Pure and deterministic: no data files, no lists of names.
 *
 * Score = 1 − distance / weighted length of the longer skeleton, minus small deductions for
 * less likely English spellings and for stripped affixes. Candidates come from buckets keyed
 * by the number of strong consonants and the sound classes of the first ones, so a query
 * touches a few thousand stems at most (≈ 3–5 ms on a 20k-token vocabulary).
 *
 * Meant for words the bilingual dictionary lacks: ordinary English words often sound like
 * some Arabic word (Game → قام), so callers should not send every word here.
 */

import { normalizeArabic } from "../text/normalize.js";

// ---------------------------------------------------------------------------------------------
// Letter inventory and costs
// ---------------------------------------------------------------------------------------------

const ALEF = "ا";
const WAW = "و";
const YA = "ي";

/** Long vowels / glides: cheap to insert or delete (short vowels are usually unwritten). */
const VOWELS = new Set([ALEF, WAW, YA]);
/** Weak letters: often an English vowel, a silent h, or nothing. */
const WEAK = new Set(["ء", "ع", "ه", "ح"]);

const VOWEL_INDEL = 0.25;
const WEAK_INDEL = 0.5;
const STRONG_INDEL = 1;

/** Letters a corpus may use for sounds outside the Arabic alphabet, folded to plain letters. */
const EXTRA_FOLD: Readonly<Record<string, string>> = {
  پ: "ب",
  ڤ: "ف",
  ڥ: "ف",
  گ: "ك",
  چ: "ج",
  ژ: "ز",
};

/** Symmetric substitution costs below the default (1). */
const SUBSTITUTIONS: ReadonlyArray<readonly [string, number]> = [
  // Emphatic vs plain: English never distinguishes these.
  ["سص", 0.15],
  ["تط", 0.15],
  ["دض", 0.15],
  ["ذظ", 0.15],
  ["كق", 0.2],
  ["هح", 0.2],
  // Interdentals and sibilants (th, s/z).
  ["سث", 0.3],
  ["صث", 0.3],
  ["تث", 0.3],
  ["ثذ", 0.3],
  ["دذ", 0.3],
  ["ذض", 0.3],
  ["زذ", 0.3],
  ["زظ", 0.3],
  ["ضظ", 0.3],
  ["سز", 0.4],
  ["سش", 0.5],
  ["جش", 0.5],
  ["جز", 0.5],
  // Velars and g.
  ["جغ", 0.3],
  ["غق", 0.3],
  ["جق", 0.4],
  ["كغ", 0.4],
  ["خك", 0.4],
  ["خغ", 0.4],
  ["خح", 0.4],
  ["خه", 0.5],
  // Labials, v/w, j/y.
  ["بف", 0.4],
  ["فو", 0.4],
  ["جي", 0.4],
  // Weak letters among themselves.
  ["عء", 0.2],
  ["عه", 0.4],
  ["عح", 0.4],
  ["ءه", 0.4],
  ["ءح", 0.5],
];

/** At the start of both words a vowel onset and ع/ء are nearly interchangeable (Amman/عمان). */
const INITIAL_ONSETS = new Set([ALEF, "ع", "ء"]);
const INITIAL_ONSET_SUB = 0.1;

function indelCost(ch: string): number {
  if (VOWELS.has(ch)) return VOWEL_INDEL;
  if (WEAK.has(ch)) return WEAK_INDEL;
  return STRONG_INDEL;
}

// Costs are precomputed over the Arabic letter block U+0621–U+064A, indexed by code − 0x621.
const FIRST_CODE = 0x0621;
const LETTER_COUNT = 0x064a - FIRST_CODE + 1;

function substitutionCostOf(a: string, b: string, initial: boolean): number {
  if (a === b) return 0;
  if (initial) {
    if (INITIAL_ONSETS.has(a) && INITIAL_ONSETS.has(b)) return INITIAL_ONSET_SUB;
    // A word-initial و is the consonant w, never an English vowel onset (East ≠ ويست).
    if ((a === WAW && INITIAL_ONSETS.has(b)) || (b === WAW && INITIAL_ONSETS.has(a))) return 0.5;
  }
  for (const [pair, cost] of SUBSTITUTIONS) {
    if ((pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a)) return cost;
  }
  const av = VOWELS.has(a);
  const bv = VOWELS.has(b);
  if (av && bv) return 0.2;
  if ((av || WEAK.has(a)) && (bv || WEAK.has(b))) return 0.4;
  return 1;
}

const INDEL = new Float64Array(LETTER_COUNT);
const SUB = new Float64Array(LETTER_COUNT * LETTER_COUNT);
const SUB_INITIAL = new Float64Array(LETTER_COUNT * LETTER_COUNT);
for (let i = 0; i < LETTER_COUNT; i++) {
  const a = String.fromCharCode(FIRST_CODE + i);
  INDEL[i] = indelCost(a);
  for (let j = 0; j < LETTER_COUNT; j++) {
    const b = String.fromCharCode(FIRST_CODE + j);
    SUB[i * LETTER_COUNT + j] = substitutionCostOf(a, b, false);
    SUB_INITIAL[i * LETTER_COUNT + j] = substitutionCostOf(a, b, true);
  }
}

/** Letter indices of an Arabic-letter string (anything else maps to a letter with full costs). */
function codesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - FIRST_CODE;
    out[i] = c >= 0 && c < LETTER_COUNT ? c : 0x062e - FIRST_CODE; // outside the block: treat as خ
  }
  return out;
}

function weightedLength(s: string): number {
  let total = 0;
  for (const ch of s) total += indelCost(ch);
  return total;
}

let rowA = new Float64Array(32);
let rowB = new Float64Array(32);

/**
 * Weighted edit distance between two skeletons (as letter indices), or `Infinity` once it
 * certainly exceeds `limit` (every cell of a row above it).
 */
function weightedDistance(a: Uint8Array, b: Uint8Array, limit = Number.POSITIVE_INFINITY): number {
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Float64Array(m + 1);
    rowB = new Float64Array(m + 1);
  }
  let prev = rowA;
  let curr = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = (prev[j - 1] as number) + (INDEL[b[j - 1] as number] as number);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1] as number;
    const delA = INDEL[ai] as number;
    const subRow = ai * LETTER_COUNT;
    const table = i === 1 ? SUB_INITIAL : SUB;
    curr[0] = (prev[0] as number) + delA;
    let rowMin = curr[0] as number;
    for (let j = 1; j <= m; j++) {
      const bj = b[j - 1] as number;
      const subTable = j === 1 ? table : SUB;
      const sub = (prev[j - 1] as number) + (subTable[subRow + bj] as number);
      const del = (prev[j] as number) + delA;
      const ins = (curr[j - 1] as number) + (INDEL[bj] as number);
      const best = Math.min(sub, del, ins);
      curr[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return Number.POSITIVE_INFINITY;
    const swap = prev;
    prev = curr;
    curr = swap;
  }
  return prev[m] as number;
}

/**
 * Similarity of two skeletons in [0, 1]: one minus the weighted edit distance divided by the
 * weighted length of the longer one.
 */
export function skeletonSimilarity(a: string, b: string): number {
  const norm = Math.max(weightedLength(a), weightedLength(b));
  if (norm === 0) return a === b ? 1 : 0;
  return Math.max(0, 1 - weightedDistance(codesOf(a), codesOf(b)) / norm);
}

/** Arabic rarely writes a letter twice in a row (no shadda in plain text): collapse repeats. */
function collapseRepeats(s: string): string {
  let out = "";
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/**
 * On the English side only repeated long vowels collapse (o + w → و): repeated consonants come
 * from letters a dropped vowel separated (Lefevre → لففر), and doubled English consonants are
 * already written once.
 */
function collapseVowelRepeats(s: string): string {
  let out = "";
  for (const ch of s) if (!(VOWELS.has(ch) && out[out.length - 1] === ch)) out += ch;
  return out;
}

// ---------------------------------------------------------------------------------------------
// English → Arabic skeletons
// ---------------------------------------------------------------------------------------------

type Option = readonly [arabic: string, penalty: number];
type Segment = readonly Option[];

const one = (arabic: string): Segment => [[arabic, 0]];

const ENGLISH_VOWELS = new Set(["a", "e", "i", "o", "u"]);
const FRONT_VOWELS = new Set(["e", "i", "y"]);

function isVowelAt(w: string, i: number): boolean {
  const ch = w[i];
  if (ch === undefined) return false;
  if (ENGLISH_VOWELS.has(ch)) return true;
  // y is a vowel unless it starts the word or a syllable (before a vowel).
  return ch === "y" && i > 0 && !ENGLISH_VOWELS.has(w[i + 1] ?? "");
}

/** Lower-case ASCII letters only; drops diacritics, possessive 's and an `al-`/`el-` article. */
function cleanEnglish(word: string): string {
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
const RULES: readonly Rule[] = [
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

function singleLetter(w: string, i: number): Segment {
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

function englishSegments(w: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < w.length) {
    const ch = w[i] ?? "";
    // Doubled consonants are written once (Manning, Gaddafi, Amman).
    if (i > 0 && ch === w[i - 1] && !ENGLISH_VOWELS.has(ch)) {
      i += 1;
      continue;
    }
    let consumed = 0;
    for (const rule of RULES) {
      const n = rule.match(w, i);
      if (n > 0) {
        segments.push(rule.out(w, i));
        consumed = n;
        break;
      }
    }
    if (consumed === 0) {
      segments.push(singleLetter(w, i));
      consumed = 1;
    }
    i += consumed;
  }
  return segments;
}

/** Upper bound on the number of English skeletons considered per word. */
export const MAX_SKELETONS = 16;
const BEAM = 48;

interface Variant {
  readonly skeleton: string;
  readonly penalty: number;
}

/** Penalty for reading a final -s as an English plural Arabic does not keep (Normans → نورمان). */
const PLURAL_PENALTY = 0.5;
/** Penalty for reading -ian/-an as the Arabic nisba ending -ي. */
const DEMONYM_PENALTY = 0.5;

function spell(w: string, basePenalty: number): Variant[] {
  let beam: Variant[] = [{ skeleton: "", penalty: basePenalty }];
  for (const segment of englishSegments(w)) {
    const next: Variant[] = [];
    for (const v of beam) {
      for (const [arabic, penalty] of segment) {
        next.push({ skeleton: v.skeleton + arabic, penalty: v.penalty + penalty });
      }
    }
    next.sort((a, b) => a.penalty - b.penalty);
    beam = next.slice(0, BEAM);
  }
  return beam;
}

function englishVariants(word: string): Variant[] {
  const w = cleanEnglish(word);
  if (w.length === 0) return [];
  const spelled = spell(w, 0);
  if (w.length >= 5 && /[^su]s$/.test(w)) spelled.push(...spell(w.slice(0, -1), PLURAL_PENALTY));
  // Adjectives of origin in -ian/-an are Arabic nisba adjectives in -ي (Tibetan → تبتي).
  const demonym = /[^aeiou](?:ian|an)$/.exec(w);
  if (demonym !== null && w.length >= 6) {
    const base = w.slice(0, w.endsWith("ian") ? -3 : -2);
    for (const v of spell(base, DEMONYM_PENALTY))
      spelled.push({ skeleton: `${v.skeleton}ي`, penalty: v.penalty });
  }
  const best = new Map<string, number>();
  for (const v of spelled) {
    const skeleton = collapseVowelRepeats(v.skeleton);
    if (skeleton.length === 0) continue;
    const seen = best.get(skeleton);
    if (seen === undefined || v.penalty < seen) best.set(skeleton, v.penalty);
  }
  return [...best]
    .map(([skeleton, penalty]) => ({ skeleton, penalty }))
    .sort((a, b) => a.penalty - b.penalty || (a.skeleton < b.skeleton ? -1 : 1))
    .slice(0, MAX_SKELETONS);
}

/**
 * Plausible Arabic spellings (normalised, repeats collapsed) of an English word, most likely
 * first, at most {@link MAX_SKELETONS}. Empty for words without Latin letters.
 */
export function englishToArabicSkeletons(word: string): string[] {
  return englishVariants(word).map((v) => v.skeleton);
}

// ---------------------------------------------------------------------------------------------
// Arabic side
// ---------------------------------------------------------------------------------------------

const ARABIC_ONLY = /^[\u0621-\u064a]+$/u;
const CONJUNCTIONS = new Set(["و", "ف"]);
const PREPOSITIONS = new Set(["ب", "ل", "ك"]);

/** Normalised form used for matching, or `undefined` when the token is not an Arabic word. */
export function arabicMatchForm(token: string): string | undefined {
  let s = "";
  for (const ch of normalizeArabic(token)) s += EXTRA_FOLD[ch] ?? ch;
  if (s.length < 2 || !ARABIC_ONLY.test(s)) return undefined;
  return s;
}

export interface ArabicStem {
  /** Normalised token with clitics stripped and repeated letters collapsed. */
  readonly stem: string;
  /** Small score deduction for the affixes stripped (0 for the token itself). */
  readonly penalty: number;
}

const P_ARTICLE = 0.01;
const P_PROCLITIC = 0.04;
const P_SUFFIX = 0.04;

/**
 * The token itself and its readings with one or two proclitics (و ف, then ب ل ك) and the
 * article ال stripped, each also without a final ه/ي/ها. Stripped readings keep ≥ 3 letters.
 */
export function arabicStems(normalizedToken: string): ArabicStem[] {
  const prefixed: ArabicStem[] = [{ stem: normalizedToken, penalty: 0 }];
  const addArticle = (s: string, penalty: number): void => {
    if (s.startsWith("ال") && s.length >= 5)
      prefixed.push({ stem: s.slice(2), penalty: penalty + P_ARTICLE });
  };
  addArticle(normalizedToken, 0);
  const first = normalizedToken[0] ?? "";
  if (CONJUNCTIONS.has(first) || PREPOSITIONS.has(first)) {
    const rest = normalizedToken.slice(1);
    if (rest.length >= 3) prefixed.push({ stem: rest, penalty: P_PROCLITIC });
    // لل = ل + ال with the article's alef dropped (للأردن).
    if (first === "ل" && rest.startsWith("ل") && rest.length >= 4) {
      prefixed.push({ stem: rest.slice(1), penalty: P_PROCLITIC + P_ARTICLE });
    }
    addArticle(rest, P_PROCLITIC);
    const second = rest[0] ?? "";
    if (CONJUNCTIONS.has(first) && PREPOSITIONS.has(second)) {
      const rest2 = rest.slice(1);
      if (rest2.length >= 3) prefixed.push({ stem: rest2, penalty: 2 * P_PROCLITIC });
      if (second === "ل" && rest2.startsWith("ل") && rest2.length >= 4) {
        prefixed.push({ stem: rest2.slice(1), penalty: 2 * P_PROCLITIC + P_ARTICLE });
      }
      addArticle(rest2, 2 * P_PROCLITIC);
    }
  }
  const out: ArabicStem[] = [];
  for (const p of prefixed) {
    out.push(p);
    for (const suffix of ["ها", "ه", "ي"]) {
      if (p.stem.endsWith(suffix) && p.stem.length - suffix.length >= 3) {
        out.push({ stem: p.stem.slice(0, -suffix.length), penalty: p.penalty + P_SUFFIX });
        break;
      }
    }
  }
  const best = new Map<string, number>();
  for (const s of out) {
    const stem = collapseRepeats(s.stem);
    const seen = best.get(stem);
    if (seen === undefined || s.penalty < seen) best.set(stem, s.penalty);
  }
  return [...best].map(([stem, penalty]) => ({ stem, penalty }));
}

// ---------------------------------------------------------------------------------------------
// Bucket index
// ---------------------------------------------------------------------------------------------

/** Coarse sound classes of strong consonants, for bucketing only (scores come from the DP). */
const BUCKET_CLASS: Readonly<Record<string, string>> = {
  ب: "B",
  ف: "B",
  ت: "T",
  ط: "T",
  د: "T",
  ض: "T",
  ث: "S",
  ذ: "S",
  س: "S",
  ص: "S",
  ز: "S",
  ظ: "S",
  ش: "S",
  ج: "K",
  غ: "K",
  ق: "K",
  ك: "K",
  خ: "K",
};
/** Classes a query letter of a class may meet at a cheap substitution. */
const CLASS_NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  S: ["S", "T", "K"],
  T: ["T", "S"],
  K: ["K", "S"],
};

function strongLetters(s: string): string[] {
  const out: string[] = [];
  for (const ch of s) if (!VOWELS.has(ch) && !WEAK.has(ch)) out.push(ch);
  return out;
}

function bucketClass(ch: string): string {
  return BUCKET_CLASS[ch] ?? ch;
}

/**
 * Bucket keys of a strong-consonant class sequence: its first two classes, and the first two
 * left after deleting any one of the first three (so one insertion, deletion or unrelated
 * substitution near the start still shares a key). `.` stands for "no letter".
 */
function bucketKeys(classes: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const head = classes.slice(0, 3);
  const pairOf = (seq: readonly string[]): string => `${seq[0] ?? "."}${seq[1] ?? "."}`;
  keys.add(pairOf(head));
  for (let d = 0; d < head.length; d++) keys.add(pairOf([...head.slice(0, d), ...head.slice(d + 1)]));
  return keys;
}

interface StemEntry {
  readonly stem: string;
  readonly codes: Uint8Array;
  readonly weight: number;
  /** Number of strong consonants (not ا و ي ء ع ه ح); short stems need closer matches. */
  readonly strong: number;
  /** Token ids with the penalty of reading the token as this stem. */
  readonly tokens: Array<{ readonly token: number; readonly penalty: number }>;
}

export interface TransliterationIndex {
  /** Vocabulary tokens as given (first spelling seen for each normalised form). */
  readonly tokens: readonly string[];
  readonly stems: readonly StemEntry[];
  /** `${strongConsonantCount}:${classPair}` → stem ids (see `bucketKeys`). */
  readonly buckets: ReadonlyMap<string, readonly number[]>;
}

/**
 * Precompute clitic-stripped readings of every Arabic word of a vocabulary, filed by number of
 * strong consonants and the sound classes of the first of them. Non-Arabic tokens are ignored.
 */
export function buildTransliterationIndex(vocabulary: Iterable<string>): TransliterationIndex {
  const tokens: string[] = [];
  const seenForms = new Set<string>();
  const stemIds = new Map<string, number>();
  const stems: StemEntry[] = [];
  const buckets = new Map<string, number[]>();
  for (const raw of vocabulary) {
    const form = arabicMatchForm(raw);
    if (form === undefined || seenForms.has(form)) continue;
    seenForms.add(form);
    const tokenId = tokens.length;
    tokens.push(raw);
    for (const { stem, penalty } of arabicStems(form)) {
      let id = stemIds.get(stem);
      if (id === undefined) {
        id = stems.length;
        stemIds.set(stem, id);
        const strong = strongLetters(stem);
        stems.push({
          stem,
          codes: codesOf(stem),
          weight: weightedLength(stem),
          strong: stem.length <= 2 ? 0 : strong.length,
          tokens: [],
        });
        for (const key of bucketKeys(strong.map(bucketClass))) {
          const bucket = `${strong.length}:${key}`;
          const list = buckets.get(bucket);
          if (list === undefined) buckets.set(bucket, [id]);
          else list.push(id);
        }
      }
      stems[id]?.tokens.push({ token: tokenId, penalty });
    }
  }
  return { tokens, stems, buckets };
}

/** Bucket keys a query sequence should probe: its keys with each class widened to its neighbours. */
function queryKeys(classes: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const key of bucketKeys(classes)) {
    const x = key.slice(0, 1);
    const y = key.slice(1, 2);
    for (const x2 of CLASS_NEIGHBOURS[x] ?? [x]) {
      for (const y2 of CLASS_NEIGHBOURS[y] ?? [y]) out.add(x2 + y2);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

export interface TransliterationOptions {
  /** Minimum score (default {@link DEFAULT_THRESHOLD}). */
  readonly threshold?: number;
  /**
   * Minimum score when either word is short (English ≤ 3 letters, Arabic ≤ 2, or ≤ 1 strong
   * consonant), default 0.9. Words with two strong consonants need a third of the way from
   * `threshold` to this (0.8 by default).
   */
  readonly shortWordThreshold?: number;
  /** Maximum number of results (distinct stems), default 3. */
  readonly maxResults?: number;
  /** Drop results scoring more than this below the best one (default 0.15). */
  readonly margin?: number;
}

export interface TransliterationMatch {
  /** The best-scoring vocabulary token of this stem, as spelt in the vocabulary. */
  readonly arabic: string;
  readonly score: number;
  /** Normalised, clitic-stripped form that matched the English word. */
  readonly stem: string;
  /** Every vocabulary token read as this stem (including `arabic`), best first. */
  readonly forms: readonly string[];
}

export const DEFAULT_THRESHOLD = 0.75;
export const DEFAULT_SHORT_WORD_THRESHOLD = 0.9;
export const DEFAULT_MAX_RESULTS = 3;
export const DEFAULT_MARGIN = 0.15;
/** Score deduction per unit of English rule penalty (a tie-breaker between spellings). */
const VARIANT_PENALTY_WEIGHT = 0.03;

/**
 * Corpus tokens that are plausible transliterations of `englishWord`, best first, grouped by
 * stem (one result per stem, with all its clitic forms in `forms`).
 */
export function matchTransliteration(
  index: TransliterationIndex,
  englishWord: string,
  options: TransliterationOptions = {},
): TransliterationMatch[] {
  const variants = englishVariants(englishWord);
  if (variants.length === 0 || index.stems.length === 0) return [];
  const letters = cleanEnglish(englishWord).length;
  const englishStrong = letters <= 3 ? 0 : strongLetters(variants[0]?.skeleton ?? "").length;
  const normalThreshold = options.threshold ?? DEFAULT_THRESHOLD;
  const shortThreshold = Math.max(
    normalThreshold,
    options.shortWordThreshold ?? DEFAULT_SHORT_WORD_THRESHOLD,
  );
  // Short words match too much by chance, so the fewer strong consonants, the closer the match.
  const thresholdFor = (entry: StemEntry): number => {
    const strong = Math.min(englishStrong, entry.strong);
    if (strong <= 1) return shortThreshold;
    if (strong === 2) return normalThreshold + (shortThreshold - normalThreshold) / 3;
    return normalThreshold;
  };
  const maxResults = options.maxResults ?? DEFAULT_MAX_RESULTS;
  const margin = options.margin ?? DEFAULT_MARGIN;

  // Best score per stem over all English variants.
  const stemScores = new Map<number, number>();
  const visited = new Uint8Array(index.stems.length);
  for (const variant of variants) {
    const strong = strongLetters(variant.skeleton);
    const codes = codesOf(variant.skeleton);
    const weight = weightedLength(variant.skeleton);
    const c = strong.length;
    const spread = c >= 5 ? 2 : 1;
    const keys = queryKeys(strong.map(bucketClass));
    const bonus = VARIANT_PENALTY_WEIGHT * variant.penalty;
    visited.fill(0);
    for (let count = Math.max(0, c - spread); count <= c + spread; count++) {
      for (const key of keys) {
        for (const id of index.buckets.get(`${count}:${key}`) ?? []) {
          if (visited[id] === 1) continue;
          visited[id] = 1;
          const entry = index.stems[id];
          if (entry === undefined) continue;
          const norm = Math.max(weight, entry.weight);
          const limit = (1 - thresholdFor(entry) - bonus) * norm;
          const distance = weightedDistance(codes, entry.codes, limit);
          if (distance > limit) continue;
          const score = 1 - distance / norm - bonus;
          if (score > (stemScores.get(id) ?? Number.NEGATIVE_INFINITY)) stemScores.set(id, score);
        }
      }
    }
  }

  // Each token goes to the stem that reads it best; stems are then ranked by their best token.
  const tokenBest = new Map<number, { stem: number; score: number }>();
  for (const [id, stemScore] of stemScores) {
    const entry = index.stems[id];
    if (entry === undefined) continue;
    const threshold = thresholdFor(entry);
    for (const { token, penalty } of entry.tokens) {
      const score = stemScore - penalty;
      if (score < threshold) continue;
      const seen = tokenBest.get(token);
      if (seen === undefined || score > seen.score || (score === seen.score && id < seen.stem)) {
        tokenBest.set(token, { stem: id, score });
      }
    }
  }
  const groups = new Map<number, Array<{ token: number; score: number }>>();
  for (const [token, { stem, score }] of tokenBest) {
    const list = groups.get(stem);
    if (list === undefined) groups.set(stem, [{ token, score }]);
    else list.push({ token, score });
  }
  const results: TransliterationMatch[] = [];
  for (const [stem, members] of groups) {
    members.sort(
      (a, b) =>
        b.score - a.score ||
        (index.tokens[a.token] ?? "").length - (index.tokens[b.token] ?? "").length ||
        a.token - b.token,
    );
    const forms = members.map((m) => index.tokens[m.token] ?? "");
    const top = members[0];
    if (top === undefined) continue;
    results.push({
      arabic: forms[0] ?? "",
      score: Math.round(top.score * 1000) / 1000,
      stem: index.stems[stem]?.stem ?? "",
      forms,
    });
  }
  results.sort((a, b) => b.score - a.score || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
  const best = results[0]?.score ?? 0;
  return results.filter((r) => r.score >= best - margin).slice(0, maxResults);
}
