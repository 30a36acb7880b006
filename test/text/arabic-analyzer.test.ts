import { describe, expect, it } from "vitest";
import { analyzeArabic, analyzeWord, charNgrams, lightStem } from "../../src/text/arabic-analyzer.js";
import { normalizeArabic } from "../../src/text/normalize.js";

const light = (word: string) => lightStem(normalizeArabic(word));

describe("lightStem", () => {
  it("removes conjunctions, prepositions and the article, keeping a plausible stem", () => {
    expect(light("والإرهاب")).toBe(light("الإرهاب"));
    expect(light("بالمفاوضات")).toBe(light("المفاوضات"));
    expect(light("لسوريا")).toBe(light("سوريا"));
  });

  it("removes plural, dual and pronoun suffixes", () => {
    expect(light("الوزيران")).toBe("وزير");
    expect(light("المفاوضات")).toBe("مفاوض");
    expect(light("أوضاعها")).toBe(light("أوضاع"));
  });

  it("does not eat letters of short words", () => {
    expect(light("وزير")).toBe("وزير");
    expect(light("بيان")).toBe("بيان");
    expect(light("سوريا")).toBe("سوريا");
  });
});

describe("analyzeArabic", () => {
  it("keeps offsets into the analysed text and marks stopwords", () => {
    const text = "وأكد لافروف في موسكو، أن القرار 2254 مهم";
    const tokens = analyzeArabic(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    const words = tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toContain("لافروف");
    expect(words).toContain("2254");
    expect(tokens.find((t) => text.slice(t.start, t.end) === "في")?.isStopword).toBe(true);
    expect(tokens.find((t) => t.norm === "2254")?.script).toBe("digits");
  });

  it("gives dialect and hamza-less spellings the same views", () => {
    const a = analyzeWord("الإرهاب");
    const b = analyzeWord("الارهاب");
    expect(a?.norm).toBe(b?.norm);
    expect(a?.root).toBe(b?.root);
  });

  it("keeps the article's own typos as they are (no spelling correction)", () => {
    expect(analyzeWord("أكا")?.norm).toBe("اكا");
  });
});

describe("charNgrams", () => {
  it("pads with boundary marks", () => {
    expect(charNgrams("امن", 3)).toEqual(["<ام", "امن", "من>"]);
    expect(charNgrams("ا", 4)).toEqual(["<ا>"]);
  });
});
