import { describe, expect, it } from "vitest";
import { type CountryOfCapital, withCapitalCountries } from "../../src/retrieval/capital-countries.js";
import { planArabicQuestion } from "../../src/retrieval/query-plan.js";

const CAPITALS: Record<string, { country: string; alsoCountry: boolean }> = {
  موسكو: { country: "روسيا", alsoCountry: false },
  عمان: { country: "الاردن", alsoCountry: true },
  القاهره: { country: "مصر", alsoCountry: false },
};
const countryOf: CountryOfCapital = (norm) => CAPITALS[norm];
const formsOf = (question: string) =>
  withCapitalCountries(planArabicQuestion(question), countryOf).words.map((w) => [
    w.surface,
    w.forms.map((f) => f.arabic),
  ]);

describe("two capitals side by side stand for their countries", () => {
  it("adds each capital's country to the pair, not to a capital alone", () => {
    expect(formsOf("ما الذي يهم موسكو وعمّان في الخليج؟")).toContainEqual(["موسكو", ["موسكو", "روسيا"]]);
    expect(formsOf("ما الذي يهم موسكو وعمّان في الخليج؟")).toContainEqual(["وعمّان", ["وعمّان", "الاردن"]]);
    // A capital alone is a place: "when did Lavrov visit Amman?".
    expect(formsOf("متى زار لافروف عمّان؟")).toContainEqual(["عمّان", ["عمّان"]]);
  });

  it("reads «عمان» without its shadda as Oman, which is no capital", () => {
    expect(formsOf("موقف موسكو وعمان من اليمن")).toContainEqual(["وعمان", ["وعمان"]]);
    expect(formsOf("موقف موسكو والقاهرة من اليمن")).toContainEqual(["موسكو", ["موسكو", "روسيا"]]);
  });

  it("reads the English pair joined by 'and'", () => {
    const plan = planArabicQuestion("x");
    const english = {
      ...plan,
      lang: "en" as const,
      question: "What are Moscow and Amman keen on?",
      words: [
        { ...plan.words[0], surface: "Moscow", forms: [{ arabic: "موسكو", weight: 1 }] },
        { ...plan.words[0], surface: "Amman", forms: [{ arabic: "عمان", weight: 1 }] },
      ].map((w) => ({
        ...w,
        group: { alternatives: [] },
        grams: new Map(),
        specific: false,
        via: "dictionary" as const,
      })),
    };
    const words = withCapitalCountries(english, countryOf).words;
    expect(words.map((w) => w.forms.map((f) => f.arabic))).toEqual([
      ["موسكو", "روسيا"],
      ["عمان", "الاردن"],
    ]);
    // The country joins the search, not its root.
    expect(words[0]?.group.alternatives.some((a) => a.term.startsWith("r:"))).toBe(false);
    expect(words[0]?.group.alternatives.some((a) => a.term === "n:روسيا")).toBe(true);
  });
});
