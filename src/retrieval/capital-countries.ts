import { normalizeArabic } from "../text/normalize.js";
import { type ArabicForm, expandForms, type PlannedWord, type QueryPlan } from "./query-plan.js";

/**
 * News names governments by their seats: «لدى موسكو وعمّان رؤية مشتركة», and "what are Moscow
 * and Amman keen on" asks what «روسيا والأردن» are interested in. Two capitals side by side
 * ("Moscow and Amman", «موسكو وعمّان») stand for their countries, so each also searches for its
 * country's name at a share of its weight. A capital alone is most often a place ("Were the
 * talks held in Amman?", «متى زار لافروف عمّان؟»), which its country's name does not answer.
 */
export type CountryOfCapital = (
  norm: string,
) => { readonly country: string; readonly alsoCountry: boolean } | undefined;

/** Share of a capital's weight its country's name gets. */
const COUNTRY_SHARE = 0.6;
const SHADDA = "\u0651";
/** What stands between two coordinated capitals: "and" or "&" (Arabic glues «و» to the second). */
const COORDINATION = /^\s*(?:and|&)\s*$/i;

function countriesOf(word: PlannedWord, lang: QueryPlan["lang"], countryOf: CountryOfCapital): ArabicForm[] {
  const added: ArabicForm[] = [];
  for (const form of word.forms) {
    const norm = normalizeArabic(form.arabic).replace(/^[وف]/, "");
    const capital = countryOf(norm) ?? countryOf(norm.replace(/^[بل]/, ""));
    if (capital === undefined) continue;
    // «عمان» is Oman as well as Amman: in Arabic only the shadda («عمّان») tells the capital,
    // in English the spelling ("Amman" is not "Oman").
    const capitalMeant = lang === "en" ? !/^oman$/i.test(word.surface) : word.surface.includes(SHADDA);
    if (capital.alsoCountry && !capitalMeant) continue;
    added.push({ arabic: capital.country, weight: form.weight * COUNTRY_SHARE });
  }
  return added;
}

export function withCapitalCountries(plan: QueryPlan, countryOf: CountryOfCapital): QueryPlan {
  const countries = plan.words.map((w) => (w.frame === true ? [] : countriesOf(w, plan.lang, countryOf)));
  // Where each word stands in the question, to tell two capitals side by side.
  let from = 0;
  const spans = plan.words.map((w) => {
    const start = plan.question.indexOf(w.surface, from);
    if (start < 0) return undefined;
    from = start + w.surface.length;
    return { start, end: from };
  });
  const beside = (i: number, j: number) => {
    const a = spans[i];
    const b = spans[j];
    if (a === undefined || b === undefined) return false;
    if ((countries[i]?.length ?? 0) === 0 || (countries[j]?.length ?? 0) === 0) return false;
    const between = plan.question.slice(a.end, b.start);
    return COORDINATION.test(between) || (/^\s+$/.test(between) && /^و/.test(plan.words[j]?.surface ?? ""));
  };
  let changed = false;
  const words = plan.words.map((word, i) => {
    const added = countries[i] ?? [];
    if (added.length === 0 || !(beside(i, i + 1) || beside(i - 1, i))) return word;
    changed = true;
    // The word's own alternatives stay as planned (derived stems and all); the country's join them.
    // Not its root view, which would meet every «الروسي», the adjective of the people named
    // (its name as written only was measured too: three of eight blind-set gains kept).
    const extra = expandForms(added);
    const alternatives = extra.group.alternatives.filter((a) => !a.term.startsWith("r:"));
    const grams = new Map(word.grams);
    for (const [gram, weight] of extra.grams)
      grams.set(gram, Math.max(grams.get(gram) ?? 0, weight * COUNTRY_SHARE));
    return {
      ...word,
      forms: [...word.forms, ...added],
      group: { ...word.group, alternatives: [...word.group.alternatives, ...alternatives] },
      grams,
    };
  });
  return changed ? { ...plan, words } : plan;
}
