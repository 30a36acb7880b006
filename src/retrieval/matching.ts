import type { TermMatch } from "../core/types.js";
import type { QueryGroup } from "../index/lexical-index.js";
import { analyzeArabic } from "../text/arabic-analyzer.js";
import type { QueryPlan } from "./query-plan.js";

/**
 * How strongly each query word is present in a span of text: 1 for an exact (normalised)
 * match, less for a light-stem or Snowball-stem match, 0 when absent. Used to pick the
 * sentences that answer and to judge whether a passage covers the question.
 */
export type TermSet = ReadonlySet<string>;

/**
 * Term sets of texts seen recently. Answering analyses the same sentences question after
 * question (ranking, quote extraction, coverage), and the analysis is a pure function of the
 * text: a look-up returns the very set computing it again would. Bounded (cleared when full).
 */
const RECENT_TERM_SETS = new Map<string, TermSet>();
const MAX_RECENT_TERM_SETS = 10_000;

export function termSetOf(text: string): TermSet {
  const known = RECENT_TERM_SETS.get(text);
  if (known !== undefined) return known;
  const terms = new Set<string>();
  for (const t of analyzeArabic(text)) {
    if (t.isStopword) continue;
    terms.add(`n:${t.norm}`);
    for (const light of t.lights) terms.add(`l:${light}`);
    terms.add(`r:${t.root}`);
  }
  if (RECENT_TERM_SETS.size >= MAX_RECENT_TERM_SETS) RECENT_TERM_SETS.clear();
  RECENT_TERM_SETS.set(text, terms);
  return terms;
}

const VIEW_CREDIT: Readonly<Record<string, number>> = { n: 1, l: 0.8, r: 0.5 };
/** Credit of a light-stem match: the least that counts as the word being present. */
const PRESENT_CREDIT = 0.8;

/** Best credit of any alternative of the group found in the term set (0..1). */
export function groupStrength(group: QueryGroup, terms: TermSet): number {
  let best = 0;
  for (const alt of group.alternatives) {
    if (alt.weight <= 0 || !terms.has(alt.term)) continue;
    const credit = VIEW_CREDIT[alt.term.slice(0, 1)] ?? 0;
    if (credit > best) best = credit;
  }
  return best;
}

/** Strong presence: an exact or light-stem match (Snowball stems alone are too loose). */
export function groupPresent(group: QueryGroup, terms: TermSet): boolean {
  return groupStrength(group, terms) >= PRESENT_CREDIT;
}

/** Per-word strengths of a plan in a span. */
export function planStrengths(plan: QueryPlan, terms: TermSet): number[] {
  return plan.words.map((w) => groupStrength(w.group, terms));
}

/**
 * For English questions: which words of the quoted Arabic each English word matched, as
 * written in the source (`meeting → الاجتماع`), so an English reader sees why a passage was
 * chosen. English words that matched nothing quoted are left out.
 */
export function matchedInQuotes(
  plan: QueryPlan,
  quotes: readonly { readonly text: string }[],
  limit = 3,
): TermMatch[] {
  if (plan.lang !== "en") return [];
  const tokens = quotes.flatMap((q) =>
    analyzeArabic(q.text)
      .filter((t) => !t.isStopword)
      .map((t) => ({
        surface: q.text.slice(t.start, t.end),
        terms: [`n:${t.norm}`, ...t.lights.map((l) => `l:${l}`), `r:${t.root}`],
      })),
  );
  const matches: TermMatch[] = [];
  for (const word of plan.words) {
    if (word.context === true) continue;
    const strong = new Set(
      word.group.alternatives.filter((a) => a.weight > 0 && !a.term.startsWith("r:")).map((a) => a.term),
    );
    const found: string[] = [];
    for (const token of tokens) {
      if (found.length >= limit) break;
      if (token.terms.some((t) => strong.has(t)) && !found.includes(token.surface)) found.push(token.surface);
    }
    if (found.length > 0) matches.push({ english: word.surface, arabic: found });
  }
  return matches;
}
