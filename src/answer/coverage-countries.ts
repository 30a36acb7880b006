import type { ScoredChunk } from "../core/types.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { asksWhichCountries } from "../text/answer-type.js";

/** The countries a text names (normalised Arabic). */
export type CountriesIn = (text: string) => readonly string[];

/**
 * How many of the closest passages may hold the countries asked for: the best one, since the
 * runner-up of a question on one thing is about another (the paragraph beside it).
 */
const WINDOW = 1;

/**
 * «ما الدول العربية التي طبعت علاقاتها مع إسرائيل؟», "Which countries make up the Quartet?":
 * a question asking which countries do something, over closest passages that name no country
 * besides the question's own («مجموعة من الدول العربية» names none). True when that is so.
 */
export function namesNoCountryAsked(
  plan: QueryPlan,
  results: readonly ScoredChunk[],
  countriesIn: CountriesIn | undefined,
): boolean {
  if (countriesIn === undefined || !asksWhichCountries(plan.question, plan.lang)) return false;
  const asked = new Set(
    countriesIn(
      plan.lang === "ar" ? plan.question : plan.words.flatMap((w) => w.forms.map((f) => f.arabic)).join(" "),
    ),
  );
  const passages = results.slice(0, WINDOW);
  return (
    passages.length > 0 && passages.every((r) => countriesIn(r.chunk.text).every((name) => asked.has(name)))
  );
}
