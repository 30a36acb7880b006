/**
 * Ranking translations for the lexicon.
 *
 * Scoring (the translation probabilities of Darwish & Oard's Probabilistic Structured Queries):
 *  - eng-ara sense s (0-based, in dictionary order), variant v within the line:
 *      1 / (1 + s + 0.5·v)
 *  - ara-eng entry with Arabic headword variant v and n English glosses, inverted to each
 *    gloss: 0.5 / √n · 1 / (1 + 0.5·v)   (a headword listing many glosses is weaker evidence
 *    for each; gloss order in ara-eng is alphabetical, so it carries no rank)
 *  - raw = eng-ara + ara-eng, ×1.5 when both directions agree.
 *  - Candidates below 8% of the key's best are dropped, at most 8 are kept, and the rest are
 *    normalised to sum to 1.
 *  - Inflection smoothing: a key whose first de-inflected form (`lemmaCandidates`) is also a
 *    key borrows that key's translations at 0.3 × their weight, and a regular/irregular plural
 *    lends its translations to its singular the same way — but only Arabic forms that share a
 *    root skeleton with one of the recipient's own translations (`sharesArabicRoot`). So
 *    `capital` also offers `العواصم` (from `capitals`) and `minister` offers `الوزراء`, while
 *    lexicalised plurals (`news` → `الأخبار`) do not leak into `new`. Arabic broken plurals are
 *    unrelated strings to a matcher, so this helps retrieval recall. Then top-8 and renormalise.
 *
 * Arabic cleaning: drop quotes, bracketed remarks, and explanatory tails after ` - ` or `:`
 * (`كابوكي - نوع لدراما يابانيّة` → `كابوكي`); split variants on `،` `,` `;` `؛`; strip diacritics
 * and tatweel (the dictionary marks them inconsistently; matching normalises them anyway);
 * drop variants with Latin letters or digits, without Arabic letters, the bare article `ال`,
 * or longer than 4 words (those are definitions, not translations). Variants are deduplicated by `normalizeArabic`.
 */
import { hasArabicLetter } from "../../src/core/unicode.js";
import { isArabicDiacritic, normalizeArabic } from "../../src/text/normalize.js";
import { sharesArabicRoot } from "../../src/translate/arabic-root.js";
import { irregularPluralBase, lemmaCandidates } from "../../src/translate/english.js";
import { LEXICON_MAGIC, type Translation } from "../../src/translate/lexicon.js";
import type { DictEntry } from "./dictd.js";

const MAX_ARABIC_WORDS = 4;
const INVISIBLE = /[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/gu;

function stripMarks(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKC")) {
    if (!isArabicDiacritic(ch.codePointAt(0) ?? 0)) out += ch;
  }
  return out.replace(INVISIBLE, "");
}

/**
 * Clean one Arabic sense line into its translation variants (see the file comment).
 * `"مصلّى (عند البروتوستانت خاصة)"` → `["مصلى"]`; `"الغدر, الجبن"` → `["الغدر", "الجبن"]`.
 */
export function cleanArabicSense(line: string): string[] {
  let text = line.replace(/\\"/g, " ").replace(/["«»“”]/g, " ");
  text = text.replace(/\([^()]*\)|\[[^[\]]*\]/g, " "); // bracketed remarks
  text = text.replace(/[([].*$/s, " "); // an unclosed remark runs to the end
  text = text.split(/\s[-–—]\s|:/)[0] ?? ""; // `term - explanation`, `term: explanation`
  const out: string[] = [];
  for (const raw of text.split(/[،,;؛]/)) {
    const variant = stripMarks(raw)
      .replace(/[.!?؟…]+$/u, "")
      .replace(/^[-–—\s]+|[-–—\s]+$/gu, "")
      .replace(/\s+/g, " ")
      .trim();
    if (variant.length < 2 || variant === "ال" || !hasArabicLetter(variant)) continue;
    if (/[A-Za-z0-9\u0660-\u0669|:\t]/.test(variant)) continue; // Latin, digits: not a plain translation
    if (variant.split(" ").length > MAX_ARABIC_WORDS) continue;
    if (!out.some((v) => normalizeArabic(v) === normalizeArabic(variant))) out.push(variant);
  }
  return out;
}

const ENGLISH_KEY = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} '.&-]*$/u;

/** Normalise an English headword or gloss to a lexicon key, or undefined if it is not a usable word/phrase. */
export function englishKey(text: string): string | undefined {
  const key = text
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  if (key.length === 0 || !ENGLISH_KEY.test(key) || !/\p{L}|\p{N}/u.test(key)) return undefined;
  if (key.split(" ").length > 4) return undefined;
  return key;
}

interface Candidate {
  arabic: string;
  ea: number;
  ae: number;
}

type CandidateTable = Map<string, Map<string, Candidate>>;

function addEvidence(
  table: CandidateTable,
  key: string,
  arabic: string,
  field: "ea" | "ae",
  score: number,
): void {
  let candidates = table.get(key);
  if (candidates === undefined) {
    candidates = new Map();
    table.set(key, candidates);
  }
  const norm = normalizeArabic(arabic);
  const found = candidates.get(norm);
  if (found === undefined) candidates.set(norm, { arabic, ea: 0, ae: 0, [field]: score });
  else found[field] += score;
}

export const MAX_TRANSLATIONS = 8;
const MIN_RELATIVE_SCORE = 0.08;
const AGREEMENT_BONUS = 1.5;
const INFLECTION_SHARE = 0.3;

/** Weighted list from raw scores: drop weak tail, cap, normalise to 1, sort by weight then text. */
function finalise(scored: Iterable<{ arabic: string; score: number }>): Translation[] {
  const list = [...scored].filter((c) => c.score > 0);
  list.sort((a, b) => b.score - a.score || (a.arabic < b.arabic ? -1 : a.arabic > b.arabic ? 1 : 0));
  const top = list[0]?.score ?? 0;
  const kept = list.filter((c) => c.score >= top * MIN_RELATIVE_SCORE).slice(0, MAX_TRANSLATIONS);
  const total = kept.reduce((sum, c) => sum + c.score, 0);
  return kept.map((c) => ({ arabic: c.arabic, weight: c.score / total }));
}

export interface BuildStats {
  engAraEntries: number;
  araEngEntries: number;
  keysFromEngAra: number;
  keysFromAraEngOnly: number;
  droppedSenses: number;
  smoothedKeys: number;
}

/** True when `plural` is a regular or irregular plural spelling of `singular`. */
function isPluralOf(plural: string, singular: string): boolean {
  if (plural === `${singular}s` || plural === `${singular}es`) return true;
  if (singular.endsWith("y") && plural === `${singular.slice(0, -1)}ies`) return true;
  if (singular.endsWith("man") && plural === `${singular.slice(0, -3)}men`) return true;
  return irregularPluralBase(plural) === singular;
}

/**
 * Rank translations for every English key from parsed eng-ara and ara-eng entries.
 * Keys come back sorted (code-unit order) with weights summing to 1.
 */
export function buildLexicon(
  engAra: Iterable<DictEntry>,
  araEng: Iterable<DictEntry>,
): { entries: Map<string, Translation[]>; stats: BuildStats } {
  const table: CandidateTable = new Map();
  const stats: BuildStats = {
    engAraEntries: 0,
    araEngEntries: 0,
    keysFromEngAra: 0,
    keysFromAraEngOnly: 0,
    droppedSenses: 0,
    smoothedKeys: 0,
  };

  // Several entries can share a key (`A` and `a`): their senses continue the numbering.
  const senseCount = new Map<string, number>();
  for (const entry of engAra) {
    stats.engAraEntries += 1;
    const key = englishKey(entry.headword);
    if (key === undefined) continue;
    let s = senseCount.get(key) ?? 0;
    for (const sense of entry.senses) {
      const variants = cleanArabicSense(sense);
      if (variants.length === 0) stats.droppedSenses += 1;
      variants.forEach((arabic, v) => {
        addEvidence(table, key, arabic, "ea", 1 / (1 + s + 0.5 * v));
      });
      s += 1;
    }
    senseCount.set(key, s);
  }
  const engAraKeys = new Set(table.keys());
  stats.keysFromEngAra = engAraKeys.size;

  for (const entry of araEng) {
    stats.araEngEntries += 1;
    const variants = cleanArabicSense(entry.headword);
    const glosses = [...new Set(entry.senses.map(englishKey).filter((k) => k !== undefined))];
    if (variants.length === 0 || glosses.length === 0) continue;
    const base = 0.5 / Math.sqrt(glosses.length);
    for (const gloss of glosses) {
      variants.forEach((arabic, v) => {
        addEvidence(table, gloss, arabic, "ae", base / (1 + 0.5 * v));
      });
    }
  }
  for (const key of table.keys()) if (!engAraKeys.has(key)) stats.keysFromAraEngOnly += 1;

  // Own distributions.
  const own = new Map<string, Translation[]>();
  for (const [key, candidates] of table) {
    const scored = [...candidates.values()].map((c) => ({
      arabic: c.arabic,
      score: (c.ea + c.ae) * (c.ea > 0 && c.ae > 0 ? AGREEMENT_BONUS : 1),
    }));
    const list = finalise(scored);
    if (list.length > 0) own.set(key, list);
  }

  // Inflection smoothing between a key and its first known base form.
  const borrowed = new Map<string, Map<string, { arabic: string; score: number }>>();
  const lend = (to: string, from: readonly Translation[]): void => {
    const mine = own.get(to) ?? [];
    let bag = borrowed.get(to);
    if (bag === undefined) {
      bag = new Map();
      borrowed.set(to, bag);
    }
    for (const t of from) {
      if (!mine.some((m) => sharesArabicRoot(m.arabic, t.arabic))) continue;
      const norm = normalizeArabic(t.arabic);
      const found = bag.get(norm);
      if (found === undefined) bag.set(norm, { arabic: t.arabic, score: INFLECTION_SHARE * t.weight });
      else found.score += INFLECTION_SHARE * t.weight;
    }
  };
  for (const [key, list] of own) {
    const base = lemmaCandidates(key)
      .slice(1)
      .find((c) => own.has(c));
    if (base === undefined) continue;
    const baseList = own.get(base);
    if (baseList === undefined) continue;
    lend(key, baseList);
    if (isPluralOf(key, base)) lend(base, list);
  }

  const entries = new Map<string, Translation[]>();
  const keys = [...own.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const list = own.get(key) ?? [];
    const bag = borrowed.get(key);
    if (bag === undefined) {
      entries.set(key, list);
      continue;
    }
    const merged = new Map<string, { arabic: string; score: number }>();
    for (const t of list) merged.set(normalizeArabic(t.arabic), { arabic: t.arabic, score: t.weight });
    let added = false;
    for (const [norm, b] of bag) {
      const found = merged.get(norm);
      if (found === undefined) {
        merged.set(norm, { arabic: b.arabic, score: b.score });
        added = true;
      } else found.score += b.score;
    }
    if (added) stats.smoothedKeys += 1;
    entries.set(key, finalise(merged.values()));
  }
  return { entries, stats };
}

/** Header of the widened lexicon (`en-ar.wide.tsv.gz`). */
export const WIDE_LEXICON_HEADER =
  `${LEXICON_MAGIC}: key<TAB>arabic:weight|arabic:weight… (weights sum to 1, best first).` +
  " Source: FreeDict eng-ara 0.6.3 + ara-eng (Arabeyes.org wordlist), widened with WordNet 3.0" +
  " (Princeton, WordNet 3.0 licence) and mythes-ar; licence GPL-2.0-or-later, see NOTICE.md." +
  " Build: npm run lexicon:build (scripts/build-lexicon.ts)";

export const LEXICON_HEADER =
  `${LEXICON_MAGIC}: key<TAB>arabic:weight|arabic:weight… (weights sum to 1, best first).` +
  " Source: FreeDict eng-ara 0.6.3 + ara-eng (Arabeyes.org wordlist), licence GPL-2.0-or-later;" +
  " phrase keys from WordNet 3.0 collocations (Princeton, WordNet 3.0 licence), see NOTICE.md." +
  " Build: npm run lexicon:build (scripts/build-lexicon.ts)";
