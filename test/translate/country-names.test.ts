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

  it("loads the built list, and an absent file as an empty list", async () => {
    const built = await CountryNames.load(path.resolve("data/lexicon/ar-countries.txt"));
    expect(built.namesIn("روسيا والأردن وإسرائيل")).toHaveLength(3);
    expect((await CountryNames.load("/nonexistent/ar-countries.txt")).namesIn("سوريا")).toEqual([]);
  });
});
