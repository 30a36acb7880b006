import { describe, expect, it } from "vitest";
import { findPeople, isTitleWord, officeForm } from "../../src/answer/people.js";
import { governingTitles, unheldOffice } from "../../src/answer/people-in-plan.js";
import { planArabicQuestion } from "../../src/retrieval/query-plan.js";
import { normalizeArabic } from "../../src/text/normalize.js";

/** A lead introducing a deputy prime minister who is also foreign minister, and a foreign minister. */
const LEAD =
  "ناقش وزير الخارجية الروسي سيرغي لافروف مع نائب رئيس الوزراء، وزير الخارجية الأردني أيمن حسين الصفدي، الأمن في الخليج.";
const people = findPeople({ text: LEAD });
const safadi = people.find((p) => p.name.includes("الصفدي"));

describe("titles governed by another title", () => {
  it("reads «رئيس» in «نائب رئيس الوزراء» as governed by «نائب»", () => {
    expect(safadi?.roles).toContain("نائب رئيس الوزراء");
    if (safadi === undefined) throw new Error("no Safadi in the lead");
    expect(governingTitles(safadi, "رئيس")).toEqual([normalizeArabic("نائب")]);
    // Titles that head one of their offices are governed by nothing.
    expect(governingTitles(safadi, "وزير")).toBeUndefined();
    expect(governingTitles(safadi, "نائب")).toBeUndefined();
    expect(governingTitles(safadi, "الخارجية")).toBeUndefined();
  });

  it("refuses the prime minister as an office no one introduced holds", () => {
    const ask = (q: string) => unheldOffice(planArabicQuestion(q), people, [LEAD]);
    expect(ask("من هو رئيس وزراء الأردن؟")).toBe("رئيس وزراء الأردن");
    expect(ask("من هو نائب رئيس الوزراء الأردني؟")).toBeUndefined();
    expect(ask("من هو وزير الخارجية الأردني؟")).toBeUndefined();
  });
});

describe("verbs of heading", () => {
  const ask = (q: string, passages: readonly string[] = [LEAD]) =>
    unheldOffice(planArabicQuestion(q), people, passages);

  it("reads «يرأس» (heads) as the title «رئيس»", () => {
    // Who heads a committee no one introduced heads: an office no one holds.
    expect(ask("من يرأس اللجنة الدستورية؟")).toBe("يرأس");
    // Who heads Russian diplomacy: the Russian foreign minister holds it.
    expect(ask("من يرأس الدبلوماسية الروسية؟")).toBeUndefined();
  });

  it("leaves the office open when a passage says who heads it by a verb or its noun", () => {
    const passage = "أنشأ الوزير لجنة برئاسة مساعده نيكولاس جولوفين.";
    expect(ask("من ترأس اللجنة؟", [passage])).toBeUndefined();
  });
});

describe("remembered office readings", () => {
  it("give what the uncached readings give, on first and later calls", () => {
    const words = [
      "الوزير",
      "الوزيران",
      "وزيرها",
      "الخارجية",
      "الدبلوماسية",
      "الأردني",
      "رئيس",
      "نائب",
      "مساعدة",
      "ليبيا",
      "",
    ];
    for (let round = 0; round < 2; round++)
      for (const w of words) {
        expect(officeForm(w)).toBe(officeForm.uncached(w));
        expect(isTitleWord(w)).toBe(isTitleWord.uncached(w));
      }
  });
});
