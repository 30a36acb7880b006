/**
 * English → Arabic skeletons: plausible Arabic spellings (normalised, repeats collapsed) of an
 * English word, most likely first, with the penalty of the rules used.
 */

import { collapseVowelRepeats } from "./costs.js";
import { cleanEnglish, ENGLISH_VOWELS, RULES, type Segment, singleLetter } from "./english-rules.js";

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
const MAX_SKELETONS = 16;
const BEAM = 48;

export interface Variant {
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

export function englishVariants(word: string): Variant[] {
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
