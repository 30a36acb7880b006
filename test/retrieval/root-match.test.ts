import { describe, expect, it } from "vitest";
import { termSetOf } from "../../src/retrieval/matching.js";
import { expandForms, planArabicQuestion, type QueryPlan } from "../../src/retrieval/query-plan.js";
import { planRootKeys, rootKey, rootKeysOf, withRootMatches } from "../../src/retrieval/root-match.js";

/** An English plan whose words have the given weighted translations. */
function englishPlan(words: Record<string, Record<string, number>>): QueryPlan {
  return {
    lang: "en",
    question: Object.keys(words).join(" "),
    vectorText: "",
    words: Object.entries(words).map(([surface, translations]) => {
      const forms = Object.entries(translations).map(([arabic, weight]) => ({ arabic, weight }));
      return { surface, forms, ...expandForms(forms), specific: false, via: "dictionary" as const };
    }),
  };
}

describe("rootKey", () => {
  it("joins derivations of one root that the analyzer's views keep apart", () => {
    for (const word of ["المدافعين", "الدفاع", "دافع", "المدافع"]) expect(rootKey(word)).toBe("دفع");
    for (const word of ["المعلم", "تعليم", "العلم"]) expect(rootKey(word)).toBe("علم");
    expect(rootKey("مكتبة")).toBe(rootKey("الكتاب"));
    // Stacked prefix letters of the derived forms (انفعال) go too.
    expect(rootKey("الانطلاق")).toBe(rootKey("أطلق"));
  });

  it("keeps unrelated words apart and gives no key to short or non-Arabic words", () => {
    expect(rootKey("الكتاب")).not.toBe(rootKey("المدافع"));
    expect(rootKey("في")).toBe("");
    expect(rootKey("2015")).toBe("");
    expect(rootKey("Tesla")).toBe("");
  });
});

describe("planRootKeys", () => {
  it("takes one-word translations of some weight from English plans only", () => {
    const plan = englishPlan({ defender: { المدافع: 0.8, "لاعب الدفاع": 0.15, ظهير: 0.05 } });
    expect([...(planRootKeys(plan)?.[0] ?? [])]).toEqual(["دفع"]);
    expect(planRootKeys(planArabicQuestion("من المدافع؟"))).toBeUndefined();
  });
});

describe("withRootMatches", () => {
  const plan = englishPlan({ defender: { المدافع: 1 }, goal: { الهدف: 1 } });
  const keys = planRootKeys(plan) ?? [];

  it("credits a word found in the span only by its root, at the given credit", () => {
    const span = termSetOf("سجل الفريق الهدف بعد خطأ في الدفاع");
    expect(withRootMatches([0, 1], keys, rootKeysOf(span), 0.5)).toEqual([0.5, 1]);
  });

  it("leaves words found by their own forms, or not at all, as they are", () => {
    const span = termSetOf("أنقذ المدافع الكرة من خط المرمى");
    expect(withRootMatches([1, 0], keys, rootKeysOf(span), 0.5)).toEqual([1, 0]);
  });
});
