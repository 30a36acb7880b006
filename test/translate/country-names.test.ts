import path from "node:path";
import { describe, expect, it } from "vitest";
import { CountryNames } from "../../src/translate/country-names.js";

describe("CountryNames", () => {
  const names = CountryNames.parse("# header\nالأردن\nسوريا\nعمان\nالإمارات العربية المتحدة\n");

  it("finds countries with a conjunction or preposition glued on, and names of several words", () => {
    expect(names.namesIn("بحث الوضع في سوريا وبالأردن")).toEqual(["سوريا", "الاردن"]);
    expect(names.namesIn("زار الإمارات العربية المتحدة")).toEqual(["الامارات العربيه المتحده"]);
    expect(names.namesIn("مجموعة من الدول العربية")).toEqual([]);
  });

  it("does not take a word with a shadda for a country without one (Amman is not Oman)", () => {
    expect(names.namesIn("لدى موسكو وعمّان رؤية مشتركة")).toEqual([]);
    expect(names.namesIn("سلطنة عمان")).toEqual(["عمان"]);
  });

  it("takes a capital for its country, Amman only with the shadda that tells it from Oman", () => {
    const withCapitals = names.withCapitals("# header\nموسكو\tروسيا\nعمان\tالأردن\n");
    expect(withCapitals.meantIn("لدى موسكو وعمّان رؤية مشتركة").sort()).toEqual(["الاردن", "روسيا"]);
    expect(withCapitals.meantIn("سلطنة عمان")).toEqual(["عمان"]);
    expect(withCapitals.meantIn("في سوريا")).toEqual(["سوريا"]);
    // Without capitals, only what the text names.
    expect(names.meantIn("موسكو")).toEqual([]);
  });

  it("loads the built capitals beside the list", async () => {
    const built = await CountryNames.loadWithCapitals(
      path.resolve("data/lexicon/ar-countries.txt"),
      path.resolve("data/lexicon/ar-capitals.txt"),
    );
    expect(built.meantIn("في العاصمة الروسية موسكو")).toContain("روسيا");
    expect(built.meantIn("في دمشق")).toContain("سوريا");
  });

  it("loads the built list, and an absent file as an empty list", async () => {
    const built = await CountryNames.load(path.resolve("data/lexicon/ar-countries.txt"));
    expect(built.namesIn("روسيا والأردن وإسرائيل")).toHaveLength(3);
    expect((await CountryNames.load("/nonexistent/ar-countries.txt")).namesIn("سوريا")).toEqual([]);
  });
});
