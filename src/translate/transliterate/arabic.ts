/** The Arabic side: corpus tokens as match forms and their clitic-stripped readings. */

import { normalizeArabic } from "../../text/normalize.js";
import { collapseRepeats, EXTRA_FOLD } from "./costs.js";

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
 * Every reading with a penalty, not one stripped form (`withoutArticle`) nor the stem: the
 * transliteration match weighs which letters are a clitic against how the name sounds.
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
