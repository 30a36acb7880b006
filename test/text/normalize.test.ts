import { describe, expect, it } from "vitest";
import { detectLanguage, scriptLanguage } from "../../src/text/lang.js";
import { mapSpanToOriginal, normalizeArabic, normalizeWithMap } from "../../src/text/normalize.js";

describe("normalizeArabic", () => {
  it("folds hamza-carrying alef forms so missing hamzas still match", () => {
    expect(normalizeArabic("الإرهاب")).toBe(normalizeArabic("الارهاب"));
    expect(normalizeArabic("أستانا")).toBe("استانا");
    expect(normalizeArabic("آخر")).toBe("اخر");
  });

  it("folds ya/alef maqsura, ta marbuta and hamza on waw/ya", () => {
    expect(normalizeArabic("على")).toBe("علي");
    expect(normalizeArabic("مدينة")).toBe("مدينه");
    expect(normalizeArabic("مؤتمر")).toBe("موتمر");
    expect(normalizeArabic("اللاجئين")).toBe("اللاجيين");
  });

  it("removes diacritics, tatweel and invisible bidi/zero-width characters", () => {
    expect(normalizeArabic("عُقِدَت")).toBe("عقدت");
    expect(normalizeArabic("الـــوزير")).toBe("الوزير");
    expect(normalizeArabic("\u202eلافروف\u200f")).toBe("لافروف");
  });

  it("turns Arabic-Indic digits into ASCII and lowercases Latin", () => {
    expect(normalizeArabic("٢٢٥٤")).toBe("2254");
    expect(normalizeArabic("۲۰۲۱")).toBe("2021");
    expect(normalizeArabic("TASS")).toBe("tass");
  });

  it("keeps a map back to exact original offsets", () => {
    const text = "قالَ لافروفُ: الإرهابُ";
    const { normalized, map } = normalizeWithMap(text);
    const at = normalized.indexOf("الارهاب");
    expect(at).toBeGreaterThan(0);
    const span = mapSpanToOriginal(text, map, at, at + "الارهاب".length);
    // The original span reads as whole letters, including the trailing damma.
    expect(text.slice(span.start, span.end)).toBe("الإرهابُ");
    expect(map).toHaveLength(normalized.length + 1);
  });
});

describe("detectLanguage", () => {
  it("tells Arabic script from Latin", () => {
    expect(detectLanguage("أين التقى الوزيران؟")).toBe("ar");
    expect(detectLanguage("Where did the ministers meet?")).toBe("en");
  });

  it("counts a question whose words are mostly Arabic script as Arabic, however long its Latin names", () => {
    expect(detectLanguage("ماذا قال Lavrov عن سوريا؟")).toBe("ar");
    expect(detectLanguage("ماذا قال Sergey Lavrov؟")).toBe("ar"); // 2 words each: a tie is Arabic
    expect(detectLanguage("أين يقع Energiprojekt AB؟")).toBe("ar"); // more Latin letters than Arabic
    expect(detectLanguage("What did Lavrov say about الخليج?")).toBe("en");
    expect(detectLanguage("What did لافروف say about Syria?")).toBe("en");
  });

  it("reads harakat as part of their word and ignores other scripts", () => {
    expect(detectLanguage("مَاذَا قَالَ Sergey Lavrov Viktorovich؟")).toBe("en");
    expect(scriptLanguage("Привет, мир")).toBeUndefined();
    expect(scriptLanguage("😀 123 ?")).toBeUndefined();
  });

  it("falls back when there are no letters", () => {
    expect(detectLanguage("2254 ?!", "ar")).toBe("ar");
    expect(detectLanguage("🙂🙂", "en")).toBe("en");
  });
});
