import { describe, expect, it } from "vitest";
import { arabicStems } from "../../src/translate/transliterate/arabic.js";
import { englishVariants } from "../../src/translate/transliterate/english.js";
import {
  buildTransliterationIndex,
  matchTransliteration,
  type TransliterationIndex,
} from "../../src/translate/transliterate/index.js";

// A small news-like vocabulary: the names under test, their clitic forms, and plenty of
// ordinary words that look alike (وزير, الأمن, أيمن, لبنان, من, تم …) as distractors.
const TEXT = `
أجرى وزير الخارجية الروسي سيرغي لافروف اليوم في العاصمة الروسية موسكو محادثات مع نائب
رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي تناولت العلاقات الثنائية والأمن في الخليج
وقال لافروف إن الجانبين ناقشا الوضع في سوريا وليبيا واليمن ولبنان والعراق وأكد والصفدي أن
الأردن يشارك في عملية أستانا وسيعقد الاجتماع المقبل في مدينة سوتشي وقد تم الاتفاق على دعم
التسوية السياسية للأزمة السورية وعودة اللاجئين إلى ديارهم من عمان إلى بيروت بالأردن للأردن
وفاز فريق دنفر على كارولينا بقيادة مانينغ في المباراة النهائية وقتل القذافي في ليبيا
وقال تيم إن الطقس بارد والوزير في مؤتمر صحفي مشترك حول الجهود الدولية والاتحاد الأوروبي
`;
const VOCAB = TEXT.split(/[^\p{L}]+/u).filter((t) => t.length > 0);

function top(index: TransliterationIndex, word: string): string | undefined {
  return matchTransliteration(index, word)[0]?.arabic;
}

const englishToArabicSkeletons = (word: string): string[] => englishVariants(word).map((v) => v.skeleton);

describe("englishVariants", () => {
  it("spells names with the usual English→Arabic rules", () => {
    expect(englishToArabicSkeletons("Lavrov")).toContain("لافروف"); // v → ف, -ov → وف
    expect(englishToArabicSkeletons("Sochi")).toContain("سوتشي"); // ch → تش
    expect(englishToArabicSkeletons("Manning")).toContain("مانينغ"); // doubled n once, final ng → نغ
    expect(englishToArabicSkeletons("Moscow")).toContain("موسكو"); // c → ك, final ow → و
    expect(englishToArabicSkeletons("Astana")).toContain("استانا"); // initial vowel → ا
    expect(englishToArabicSkeletons("Denver")).toContain("دنفر"); // medial e unwritten
    expect(englishToArabicSkeletons("Cecil")[0]?.startsWith("س")).toBe(true); // c before e → س
    expect(englishToArabicSkeletons("Smith")).toContain("سميث"); // th → ث
    expect(englishToArabicSkeletons("Jordan")).toEqual(expect.arrayContaining(["جوردان", "يوردان"]));
  });

  it("returns a bounded, deterministic, duplicate-free list", () => {
    const a = englishToArabicSkeletons("Michigan");
    expect(a.length).toBeGreaterThan(1);
    expect(a.length).toBeLessThanOrEqual(16); // MAX_SKELETONS in english.ts
    expect(new Set(a).size).toBe(a.length);
    expect(englishToArabicSkeletons("Michigan")).toEqual(a);
    expect(englishToArabicSkeletons("")).toEqual([]);
    expect(englishToArabicSkeletons("موسكو")).toEqual([]);
  });

  it("ignores case, diacritics, a possessive and an al- article", () => {
    expect(englishToArabicSkeletons("MOSCOW'S")).toEqual(englishToArabicSkeletons("moscow"));
    expect(englishToArabicSkeletons("Müller")).toEqual(englishToArabicSkeletons("Muller"));
    expect(englishToArabicSkeletons("al-Safadi")).toEqual(englishToArabicSkeletons("Safadi"));
  });
});

describe("arabicStems", () => {
  const stems = (t: string) => arabicStems(t).map((s) => s.stem);

  it("strips the article and one or two proclitics, keeping the token itself", () => {
    expect(stems("الصفدي")).toEqual(expect.arrayContaining(["الصفدي", "صفدي"]));
    expect(stems("والصفدي")).toContain("صفدي");
    expect(stems("بالاردن")).toContain("اردن");
    expect(stems("للاردن")).toContain("اردن");
    expect(stems("وبالاردن")).toContain("اردن");
  });

  it("does not strip a clitic-looking letter off a short word", () => {
    expect(stems("بلد")).toEqual(["بلد"]);
  });

  it("charges more for stripping more", () => {
    const penalty = (t: string, stem: string) => arabicStems(t).find((s) => s.stem === stem)?.penalty;
    expect(penalty("الصفدي", "الصفدي")).toBe(0);
    expect(penalty("الصفدي", "صفدي")).toBeLessThan(penalty("والصفدي", "صفدي") ?? 0);
  });
});

describe("scores", () => {
  // The score of a one-word vocabulary is the similarity of the best English spelling to it.
  const score = (english: string, arabic: string): number =>
    matchTransliteration(buildTransliterationIndex([arabic]), english, {
      threshold: 0,
      shortWordThreshold: 0,
    })[0]?.score ?? 0;

  it("is 1 for an exact spelling and cheap for sounds English does not distinguish", () => {
    expect(score("Moscow", "موسكو")).toBe(1);
    expect(score("Sfadi", "صفدي")).toBeGreaterThan(score("Sfadi", "مفدي"));
    expect(score("Amman", "عمان")).toBeGreaterThan(0.9); // initial vowel ≈ ع
    expect(score("Lavrov", "لفرف")).toBeGreaterThan(0.8); // long vowels are cheap
    expect(score("Lavrov", "لبنان")).toBeLessThan(0.5);
  });
});

describe("matchTransliteration", () => {
  const index = buildTransliterationIndex(VOCAB);

  it.each([
    ["Lavrov", "لافروف"],
    ["Safadi", "الصفدي"],
    ["Astana", "أستانا"],
    ["Sochi", "سوتشي"],
    ["Moscow", "موسكو"],
    ["Amman", "عمان"],
    ["Jordan", "الأردن"],
    ["Syria", "سوريا"],
    ["Denver", "دنفر"],
    ["Manning", "مانينغ"],
    ["Carolina", "كارولينا"],
    ["Gaddafi", "القذافي"],
    ["Sergei", "سيرغي"],
    ["Libya", "ليبيا"],
    ["Beirut", "بيروت"],
  ])("%s → %s", (english, arabic) => {
    expect(top(index, english)).toBe(arabic);
  });

  it("groups the clitic forms of one stem into one result", () => {
    const [first] = matchTransliteration(index, "Safadi");
    expect(first?.stem).toBe("صفدي");
    expect(first?.forms).toEqual(["الصفدي", "والصفدي"]);
    const jordan = matchTransliteration(index, "Jordan")[0];
    expect(jordan?.forms).toEqual(expect.arrayContaining(["الأردن", "بالأردن", "للأردن"]));
  });

  it("returns nothing for words the vocabulary does not transliterate", () => {
    expect(matchTransliteration(index, "weather")).toEqual([]); // not وزير, not الطقس
    expect(matchTransliteration(index, "Japan")).toEqual([]); // اليابان is not in the vocabulary
    expect(matchTransliteration(index, "Washington")).toEqual([]);
  });

  it("does not confuse Libya with Lebanon", () => {
    const libya = matchTransliteration(index, "Libya").map((m) => m.arabic);
    expect(libya).not.toContain("لبنان");
    const withoutLibya = buildTransliterationIndex(VOCAB.filter((t) => !t.includes("ليبيا")));
    expect(matchTransliteration(withoutLibya, "Libya")).toEqual([]);
  });

  it("demands a very close match for short words", () => {
    expect(top(index, "Tim")).toBe("تيم");
    const wide = { margin: 1, maxResults: 10 };
    expect(matchTransliteration(index, "Tim", wide).map((m) => m.arabic)).not.toContain("تم");
    // With the short-word threshold lowered to the normal one, the near miss comes through.
    const loose = matchTransliteration(index, "Tim", { ...wide, shortWordThreshold: 0.75 });
    expect(loose.map((m) => m.arabic)).toContain("تم");
  });

  it("finds a stem behind an unrelated proclitic-looking first letter only when it reads better", () => {
    // لافروف must not be reported as ل + افروف.
    expect(matchTransliteration(index, "Lavrov")[0]?.stem).toBe("لافروف");
  });

  it("respects threshold, cap and margin options, with scores in [0, 1] best first", () => {
    const all = matchTransliteration(index, "Yemen", { maxResults: 10, margin: 1 });
    expect(all.length).toBeGreaterThan(1);
    expect(all[0]?.arabic).toBe("واليمن");
    for (const m of all) {
      expect(m.score).toBeGreaterThanOrEqual(0.75);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    const scores = all.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(matchTransliteration(index, "Yemen", { maxResults: 1, margin: 1 })).toHaveLength(1);
    expect(matchTransliteration(index, "Yemen", { threshold: 0.99, margin: 1 })).toEqual([]);
    const narrow = matchTransliteration(index, "Yemen", { maxResults: 10, margin: 0.01 });
    expect(narrow.map((m) => m.arabic)).toEqual(["واليمن"]);
  });

  it("ignores non-Arabic and one-letter tokens and handles an empty vocabulary", () => {
    const mixed = buildTransliterationIndex(["Moscow", "123", "و", "موسكو", "مُوسْكُو"]);
    expect(mixed.tokens).toEqual(["موسكو"]);
    expect(matchTransliteration(buildTransliterationIndex([]), "Moscow")).toEqual([]);
    expect(matchTransliteration(index, "")).toEqual([]);
  });
});
