import { describe, expect, it } from "vitest";
import {
  analyzeArabic,
  analyzeWord,
  charNgrams,
  derivedStems,
  lightStem,
  lightStems,
} from "../../src/text/arabic-analyzer.js";
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

  it("removes object pronouns before the accusative alef, and reads «ت» before a pronoun as ta marbuta", () => {
    expect(light("هزمهم")).toBe(light("هزم"));
    expect(light("مواقفنا")).toBe(light("مواقف"));
    expect(light("الحكومة")).toBe(light("حكومتها"));
    expect(light("هدفاً")).toBe("هدف");
  });

  it("does not eat letters of short words", () => {
    expect(light("وزير")).toBe("وزير");
    expect(light("بيان")).toBe("بيان");
    expect(light("سوريا")).toBe("سوريا");
  });
});

describe("derivedStems of a verbal noun", () => {
  it("meets a Form II verbal noun with its imperfect", () => {
    expect(derivedStems("ترحيب")).toContain("ترحب");
    expect(derivedStems("ترحيب")).toContain("يرحب");
  });
});

describe("lightStems", () => {
  const stems = (word: string) => lightStems(normalizeArabic(word));
  const meet = (a: string, b: string) => stems(a).some((s) => stems(b).includes(s));

  it("keeps a leading letter that may be the word's own as a second reading", () => {
    // «لاعبين» is not «ل» + «اعبين»; «كتبها» is not «ك» + «تبها»; «ساحلها» is not future «س».
    expect(meet("لاعبين", "اللاعبين")).toBe(true);
    expect(meet("كتبها", "كتب")).toBe(true);
    expect(meet("ساحلها", "الساحل")).toBe(true);
    expect(meet("وزارة", "الوزارة")).toBe(true);
    // After a conjunction too: «وليبيا» (and Libya) meets «بليبيا» and «ليبيا».
    expect(meet("وليبيا", "ليبيا")).toBe(true);
    expect(meet("وليبيا", "بليبيا")).toBe(true);
  });

  it("still strips real proclitics, with the stripped reading first", () => {
    expect(stems("بالمفاوضات")[0]).toBe(light("المفاوضات"));
    expect(meet("والإرهاب", "الإرهاب")).toBe(true);
  });

  it("reads «لل» before a word opening with «ل» as «ل» + its article", () => {
    // «للاجئين» is «ل» + «اللاجئين»: the word's own «ل» is one of the two.
    expect(meet("للاجئين", "اللاجئين")).toBe(true);
    expect(meet("وللاجئين", "لاجئ")).toBe(true);
    // A preposition on a three-letter word is read off as a second reading: «بصفة» ~ «الصفة».
    expect(meet("بصفة", "الصفة")).toBe(true);
    expect(stems("بيان")[0]).toBe("بيان");
    // Only before a feminine noun: «بعد» (after) is not «ب» + «عد».
    expect(stems("بعد")).toEqual([lightStem("بعد")]);
    // A pronoun on a short noun: «صفته» (his capacity) meets «الصفة» and «بصفة».
    expect(meet("صفته", "الصفة")).toBe(true);
    expect(meet("صفته", "بصفة")).toBe(true);
    // «للأمن» still meets «الأمن» through the article reading.
    expect(meet("للأمن", "الأمن")).toBe(true);
  });

  it("reads a conjunction on a three-letter word off as a second reading, keeping the word's own first", () => {
    expect(meet("ودول", "الدول")).toBe(true);
    expect(meet("ودور", "الدور")).toBe(true);
    // «وزير» keeps its own «و» as the first reading.
    expect(stems("وزير")[0]).toBe(lightStem("وزير"));
    expect(meet("وزير", "الوزير")).toBe(true);
  });

  it("reads «ت» before «ه» both as the noun's ta marbuta and as its own letter", () => {
    expect(meet("ترنيمته", "الترنيمة")).toBe(true);
    expect(meet("بيوته", "البيوت")).toBe(true);
  });

  it("reads a final «ين» as the word's own too (a name, not a plural)", () => {
    // «فلسطين» (Palestine) meets «الفلسطينية» (Palestinian), with or without «ب»; «البحرين» is
    // not only «بحر» (sea).
    expect(meet("فلسطين", "الفلسطينية")).toBe(true);
    expect(meet("بفلسطين", "الفلسطينيين")).toBe(true);
    expect(stems("البحرين")).toContain("بحرين");
    // The plural reading stays first.
    expect(stems("اللاعبين")[0]).toBe("لاعب");
  });

  it("strips a past plural verb's «وا», and its «و» before an object pronoun", () => {
    // «اتفقوا» (they agreed) meets «اتفقنا» (we agreed); «ناقشوها» meets «ناقش».
    expect(meet("اتفقوا", "اتفقنا")).toBe(true);
    expect(meet("ناقشوها", "ناقش")).toBe(true);
    // A noun's own «و» before a pronoun stays when too little would be left («عضوها»).
    expect(stems("عضوها")).toEqual(["عضو"]);
  });

  it("reads a final «يا» also as the nisba's stem (a country and its adjective)", () => {
    // «سوريا» meets «السورية», «روسيا» meets «الروسي»; «صحفيا» (accusative) meets «الصحفي».
    expect(meet("سوريا", "السورية")).toBe(true);
    expect(meet("روسيا", "الروسي")).toBe(true);
    expect(meet("صحفيا", "الصحفي")).toBe(true);
    // The name's own reading stays first; a broken plural in «ايا» is not read so.
    expect(stems("سوريا")[0]).toBe("سوريا");
    expect(stems("قضايا")).toEqual([light("قضايا")]);
  });

  it("gives one reading when nothing was stripped", () => {
    expect(stems("الوزير")).toEqual(["وزير"]);
  });

  it("is what the analyzer carries for every word", () => {
    const token = analyzeWord("لاعبين");
    expect(token?.lights).toEqual(lightStems("لاعبين"));
    expect(token?.light).toBe(token?.lights[0]);
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

  it("gives each token its word's analysis and offsets, the same on a second (remembered) call", () => {
    const text = "وقال الوزيران: «نناقش 2254» in Moscow.";
    const tokens = analyzeArabic(text);
    const expected = [...text.matchAll(/[\p{L}\p{M}\p{Nd}]+/gu)].map((m) => ({
      ...analyzeWord(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    }));
    expect(tokens).toEqual(expected);
    // Same fields in the same order (callers may serialise tokens).
    expect(tokens.map((t) => Object.keys(t))).toEqual(expected.map((t) => Object.keys(t)));
    expect(analyzeArabic(text)).toEqual(expected);
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

describe("a preposition before a hamza", () => {
  it("reads the word after it too, however short", () => {
    // «لأمن الخليج» (for the Gulf's security) meets «الأمن».
    expect(analyzeWord("لأمن")?.lights).toContain(analyzeWord("الأمن")?.light);
    expect(analyzeWord("بإقامة")?.lights).toContain(analyzeWord("إقامة")?.light);
    // Without a hamza the letter may be the word's own: «لاعب» keeps its «ل».
    expect(analyzeWord("لاعب")?.lights).not.toContain("اعب");
    // Too little left to be a word: «كأس» (cup) stays one.
    expect(analyzeWord("كأس")?.lights).toEqual(analyzeWord("كاس")?.lights);
  });
});

describe("derivedStems", () => {
  it("reads a verb and its participle or noun of the same derived form as one stem", async () => {
    const { derivedStems } = await import("../../src/text/arabic-analyzer.js");
    expect(derivedStems("اقترحت")).toContain("مقترح");
    // The Form II imperfect meets its verbal noun: «ينسق» ~ «تنسيق».
    expect(derivedStems("ينسق")).toContain("تنسيق");
    expect(derivedStems("مقترح")).toContain("اقترح");
    expect(derivedStems("متفق")).toContain("اتفق");
    expect(derivedStems("تحدث")).toContain("متحدث");
    expect(derivedStems("يقترح")).toContain("اقترح");
    // A broken plural «مفاعل» meets its singular's stem; a doubled root's imperfect its two letters.
    expect(derivedStems("مشاكل")).toContain("مشكل");
    expect(derivedStems("يحل")).toEqual(["حل"]);
    // Short stems open so by chance («امن», «مصر»).
    expect(derivedStems("امن")).toEqual([]);
    expect(derivedStems("مصر")).toEqual([]);
  });
});
