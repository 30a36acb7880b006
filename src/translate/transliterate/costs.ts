/**
 * The letter inventory and the weighted edit distance both sides are compared with: long vowels
 * (ا و ي) are cheap to insert or drop, the weak letters (ء ع ه ح) half-price, and substitutions
 * between sounds English does not distinguish are cheap.
 */

const ALEF = "ا";
const WAW = "و";
const YA = "ي";

/** Long vowels / glides: cheap to insert or delete (short vowels are usually unwritten). */
export const VOWELS = new Set([ALEF, WAW, YA]);
/** Weak letters: often an English vowel, a silent h, or nothing. */
export const WEAK = new Set(["ء", "ع", "ه", "ح"]);

const VOWEL_INDEL = 0.25;
const WEAK_INDEL = 0.5;
const STRONG_INDEL = 1;

/** Letters a corpus may use for sounds outside the Arabic alphabet, folded to plain letters. */
export const EXTRA_FOLD: Readonly<Record<string, string>> = {
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
export const LETTER_COUNT = 0x064a - FIRST_CODE + 1;

/**
 * `SUBSTITUTIONS` keyed both ways, the first listing of a pair winning as a scan would: the
 * tables below ask for every pair of letters at import, which a scan of the list made a
 * noticeable part of every start.
 */
const PAIR_COSTS = new Map<string, number>();
for (const [pair, cost] of SUBSTITUTIONS) {
  for (const key of [pair, `${pair[1]}${pair[0]}`]) if (!PAIR_COSTS.has(key)) PAIR_COSTS.set(key, cost);
}

function substitutionCostOf(a: string, b: string, initial: boolean): number {
  if (a === b) return 0;
  if (initial) {
    if (INITIAL_ONSETS.has(a) && INITIAL_ONSETS.has(b)) return INITIAL_ONSET_SUB;
    // A word-initial و is the consonant w, never an English vowel onset (East ≠ ويست).
    if ((a === WAW && INITIAL_ONSETS.has(b)) || (b === WAW && INITIAL_ONSETS.has(a))) return 0.5;
  }
  const listed = PAIR_COSTS.get(a + b);
  if (listed !== undefined) return listed;
  const av = VOWELS.has(a);
  const bv = VOWELS.has(b);
  if (av && bv) return 0.2;
  if ((av || WEAK.has(a)) && (bv || WEAK.has(b))) return 0.4;
  return 1;
}

/** Costs by letter index (`codesOf`): deletion or insertion, and substitution (row × column). */
export const INDEL = new Float64Array(LETTER_COUNT);
export const SUB = new Float64Array(LETTER_COUNT * LETTER_COUNT);
/** Substitution of the two words' first letters (vowel onsets). */
export const SUB_INITIAL = new Float64Array(LETTER_COUNT * LETTER_COUNT);
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
export function codesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - FIRST_CODE;
    out[i] = c >= 0 && c < LETTER_COUNT ? c : 0x062e - FIRST_CODE; // outside the block: treat as خ
  }
  return out;
}

export function weightedLength(s: string): number {
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
export function weightedDistance(a: Uint8Array, b: Uint8Array, limit = Number.POSITIVE_INFINITY): number {
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

/** Arabic rarely writes a letter twice in a row (no shadda in plain text): collapse repeats. */
export function collapseRepeats(s: string): string {
  let out = "";
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/**
 * On the English side only repeated long vowels collapse (o + w → و): repeated consonants come
 * from letters a dropped vowel separated (Lefevre → لففر), and doubled English consonants are
 * already written once.
 */
export function collapseVowelRepeats(s: string): string {
  let out = "";
  for (const ch of s) if (!(VOWELS.has(ch) && out[out.length - 1] === ch)) out += ch;
  return out;
}
