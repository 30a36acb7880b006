import { describe, expect, it } from "vitest";
import { ArabicNameDetector } from "../../src/translate/arabic-names.js";
import { Lexicon } from "../../src/translate/lexicon.js";

describe("ArabicNameDetector", () => {
  // A dictionary where a verb form happens to spell a name, as «تويد» spells "tweed".
  const lexicon = Lexicon.fromEntries([
    ["tweed", [{ arabic: "تويد", weight: 1 }]],
    ["upholds", [{ arabic: "يؤيد", weight: 1 }]],
    ["japan", [{ arabic: "اليابان", weight: 1 }]],
    ["news", [{ arabic: "الخبر", weight: 1 }]],
  ]);
  const names = new ArabicNameDetector(lexicon);

  it("tells transliterated names from ordinary words", () => {
    expect(names.isName("اليابان")).toBe(true);
    expect(names.isName("الخبر")).toBe(false);
  });

  it("reads a word with a plural possessive pronoun as no name", () => {
    const withDiar = new ArabicNameDetector(Lexicon.fromEntries([["dior", [{ arabic: "ديار", weight: 1 }]]]));
    expect(withDiar.isName("ديار")).toBe(true);
    // «ديارهم» (their homes): a name takes no «ـهم».
    expect(withDiar.isName("ديارهم")).toBe(false);
  });

  it("reads an imperfect verb as a verb when its third-person form is an ordinary word", () => {
    // «تؤيد» (she/you support) and «نؤيد» (we support) are «يؤيد» in another person.
    expect(names.isName("تؤيد")).toBe(false);
    expect(names.isName("نؤيد")).toBe(false);
    // Without that evidence the spelling still reads as the name.
    expect(
      new ArabicNameDetector(Lexicon.fromEntries([["tweed", [{ arabic: "تويد", weight: 1 }]]])).isName(
        "تؤيد",
      ),
    ).toBe(true);
  });
});

describe("ArabicNameDetector on inflected words", () => {
  const lexicon = Lexicon.fromEntries([
    // A stem that one stray entry spells as a name, beside the ordinary words it mostly is.
    ["todd", [{ arabic: "تود", weight: 1 }]],
    ["sends", [{ arabic: "تود", weight: 1 }]],
    ["transmits", [{ arabic: "تود", weight: 1 }]],
    ["performs", [{ arabic: "يؤدي", weight: 1 }]],
    ["security", [{ arabic: "أمن", weight: 1 }]],
    ["lyman", [{ arabic: "ليمان", weight: 1 }]],
    ["lebanon", [{ arabic: "لبنان", weight: 1 }]],
  ]);
  const names = new ArabicNameDetector(lexicon);

  it("reads a verb with an object pronoun through its third-person form", () => {
    // «تؤديه» (she performs it) is «يؤدي» ← performs, not the «تود» of "todd".
    expect(names.isName("تؤديه")).toBe(false);
  });

  it("takes a preposition before a hamza off, and only there", () => {
    // «لأمن» (for the security of) is «أمن», not a spelling of "lyman".
    expect(names.isName("لأمن")).toBe(false);
    expect(names.isName("لبنان")).toBe(true);
  });

  it("calls a written word a name only when it is mostly one; a translation when it may be one", () => {
    expect(names.isName("تود")).toBe(false);
    expect(names.spellsName("تود")).toBe(true);
  });
});

describe("sameWordSpelling", () => {
  it("accepts long-vowel and inflection variants, not reordered letters", async () => {
    const { sameWordSpelling } = await import("../../src/translate/spelling-variants.js");
    expect(sameWordSpelling("اوكسجين", "اكسجين")).toBe(true);
    expect(sameWordSpelling("اسيويت", "اسيو")).toBe(true);
    expect(sameWordSpelling("امين", "ايمن")).toBe(false);
    expect(sameWordSpelling("نوبل", "نابولي")).toBe(false);
  });
});
