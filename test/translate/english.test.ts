import { describe, expect, it } from "vitest";
import {
  derivationalBases,
  ENGLISH_STOPWORDS,
  englishWords,
  irregularPluralBase,
  isStopword,
  lemmaCandidates,
  tokenizeEnglish,
} from "../../src/translate/english.js";

describe("tokenizeEnglish", () => {
  it("lowercases words, keeps numbers, and records exact surfaces and offsets", () => {
    const text = "What did Lavrov say about Resolution 2254 in 2021, and 1,000 or 3.5?";
    const tokens = tokenizeEnglish(text);
    expect(tokens.map((t) => t.word)).toEqual([
      "what",
      "did",
      "lavrov",
      "say",
      "about",
      "resolution",
      "2254",
      "in",
      "2021",
      "and",
      "1,000",
      "or",
      "3.5",
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens[5]?.surface).toBe("Resolution");
  });

  it("splits hyphenated words into parts that carry the whole form", () => {
    const tokens = tokenizeEnglish("the Palestinian-Israeli conflict");
    expect(tokens.map((t) => t.word)).toEqual(["the", "palestinian", "israeli", "conflict"]);
    expect(tokens[1]?.compound).toBe("palestinian-israeli");
    expect(tokens[2]?.compound).toBe("palestinian-israeli");
    expect(tokens[2]?.surface).toBe("Israeli");
    expect(tokens[0]?.compound).toBeUndefined();
  });

  it("drops possessive 's with straight or curly apostrophes but keeps contractions", () => {
    const text = "Lavrov’s and Safadi's ministers' talks; it’s what's new";
    const tokens = tokenizeEnglish(text);
    expect(tokens.map((t) => t.word)).toEqual([
      "lavrov",
      "and",
      "safadi",
      "ministers",
      "talks",
      "it's",
      "what's",
      "new",
    ]);
    expect(tokens[0]?.surface).toBe("Lavrov’s");
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });

  it("keeps dotted abbreviations together and returns nothing for punctuation", () => {
    expect(englishWords("The U.S. and the U.N.")).toEqual(["the", "u.s.", "and", "the", "u.n."]);
    expect(tokenizeEnglish(" ?! -- … ")).toEqual([]);
  });
});

describe("stopwords", () => {
  it("covers function words, question words and auxiliaries, not content words", () => {
    for (const w of ["the", "of", "what", "which", "who", "did", "does", "were", "have", "don't", "Why"]) {
      expect(isStopword(w), w).toBe(true);
    }
    for (const w of ["minister", "talks", "security", "moscow", "refugees", "2021"]) {
      expect(isStopword(w), w).toBe(false);
    }
    expect(isStopword("don’t")).toBe(true);
    expect(ENGLISH_STOPWORDS.size).toBeGreaterThan(150);
  });
});

describe("lemmaCandidates", () => {
  const base = (word: string, expected: string) => {
    const candidates = lemmaCandidates(word);
    expect(candidates[0]).toBe(word);
    expect(candidates).toContain(expected);
    return candidates;
  };

  it("de-inflects regular plurals, past tenses and participles", () => {
    expect(base("talks", "talk")[1]).toBe("talk");
    expect(base("ministers", "minister")[1]).toBe("minister");
    expect(base("discussed", "discuss")[1]).toBe("discuss");
    expect(base("countries", "country")[1]).toBe("country");
    expect(base("planned", "plan")[1]).toBe("plan");
    expect(base("watches", "watch")[1]).toBe("watch");
    expect(base("carried", "carry")[1]).toBe("carry");
    expect(base("agreed", "agree")[1]).toBe("agree");
    expect(base("running", "run")[1]).toBe("run");
    expect(base("holding", "hold")[1]).toBe("hold");
    expect(base("quickly", "quick")[1]).toBe("quick");
    expect(base("bigger", "big")[1]).toBe("big");
  });

  it("prefers a silent e after consonant-vowel-consonant stems and plain stems otherwise", () => {
    const hoped = lemmaCandidates("hoped");
    expect(hoped.indexOf("hope")).toBeLessThan(hoped.indexOf("hop"));
    const making = lemmaCandidates("making");
    expect(making[1]).toBe("make");
    const talked = lemmaCandidates("talked");
    expect(talked[1]).toBe("talk");
  });

  it("uses the irregular table before regular rules", () => {
    expect(base("held", "hold")[1]).toBe("hold");
    expect(base("met", "meet")[1]).toBe("meet");
    expect(base("said", "say")[1]).toBe("say");
    expect(base("went", "go")[1]).toBe("go");
    expect(base("men", "man")[1]).toBe("man");
    expect(base("children", "child")[1]).toBe("child");
    expect(base("crises", "crisis")[1]).toBe("crisis");
    expect(base("spokesmen", "spokesman")[1]).toBe("spokesman");
    expect(irregularPluralBase("Children")).toBe("child");
    expect(irregularPluralBase("went")).toBeUndefined();
  });

  it("strips possessives and de-inflects the last word of a phrase", () => {
    expect(lemmaCandidates("minister's")).toContain("minister");
    expect(lemmaCandidates("ministers’").slice(0, 3)).toEqual(["ministers'", "ministers", "minister"]);
    expect(lemmaCandidates("Foreign Ministers")).toEqual(["foreign ministers", "foreign minister"]);
  });

  it("does not strip words that are not inflected that way", () => {
    expect(lemmaCandidates("class")).toEqual(["class"]);
    expect(lemmaCandidates("crisis")).toEqual(["crisis"]);
    expect(lemmaCandidates("gas")).toEqual(["gas"]);
    expect(new Set(lemmaCandidates("countries")).size).toBe(lemmaCandidates("countries").length);
  });
});

describe("derivationalBases", () => {
  it("offers the bases common suffixes derive from", () => {
    expect(derivationalBases("national")).toContain("nation");
    expect(derivationalBases("defender")).toContain("defend");
    expect(derivationalBases("famous")).toContain("fame");
  });

  it("maps a -grapher/-nomer/-sopher/-loger to its field and an -ian to its place or field", () => {
    expect(derivationalBases("stratigraphers")[0]).toBe("stratigraphy");
    expect(derivationalBases("astronomer")[0]).toBe("astronomy");
    expect(derivationalBases("philosophers")[0]).toBe("philosophy");
    expect(derivationalBases("historian")).toContain("history");
    expect(derivationalBases("Jordanian")).toContain("jordan");
    expect(derivationalBases("Italians")).toContain("italy");
    expect(derivationalBases("canadian")).toContain("canada");
    // Only those four: a player is not a "play-y".
    expect(derivationalBases("player")).not.toContain("playy");
  });
});
