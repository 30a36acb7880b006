import { describe, expect, it } from "vitest";
import { parseWordFrequencies } from "../../src/translate/frequency.js";
import { glossLine, glossWords, reverseLexicon } from "../../src/translate/gloss.js";
import { Lexicon } from "../../src/translate/lexicon.js";

/**
 * The glossary line English readers get under a quote of a document without a translation:
 * content words of the quote, in order, with English dictionary senses from the en→ar lexicon
 * read backwards. A small in-memory lexicon makes each rule visible.
 */
const lexicon = Lexicon.fromEntries([
  [
    "minister",
    [
      { arabic: "الوزير", weight: 0.8 },
      { arabic: "الوزراء", weight: 0.2 },
    ],
  ],
  ["ministers", [{ arabic: "الوزراء", weight: 1 }]],
  ["vizier", [{ arabic: "الوزير", weight: 0.8 }]],
  // "minister" is used in phrases, "vizier" in none: the common word comes first.
  ["prime minister", [{ arabic: "رئيس الوزراء", weight: 1 }]],
  ["foreign minister", [{ arabic: "وزير الخارجية", weight: 1 }]],
  ["collective", [{ arabic: "جماعي", weight: 1 }]],
  ["security", [{ arabic: "الأمن", weight: 1 }]],
  ["crisis", [{ arabic: "الأزمة", weight: 1 }]],
  ["region", [{ arabic: "المنطقة", weight: 1 }]],
  ["refugee", [{ arabic: "اللاجئ", weight: 1 }]],
  ["in", [{ arabic: "في", weight: 1 }]],
  ["from", [{ arabic: "من", weight: 1 }]],
  ["stability", [{ arabic: "الاستقرار", weight: 1 }]],
  ["part", [{ arabic: "الجزء", weight: 1 }]],
  ["east", [{ arabic: "الشرق", weight: 1 }]],
  ["middle", [{ arabic: "الأوسط", weight: 1 }]],
  ["guarantee", [{ arabic: "ضمان", weight: 1 }]],
  ["this", [{ arabic: "هذا", weight: 1 }]],
]);

describe("glossLine with word frequencies", () => {
  const cities = Lexicon.fromEntries([
    [
      "city",
      [
        { arabic: "المدينة", weight: 0.77 },
        { arabic: "المدن", weight: 0.23 },
      ],
    ],
    ["java", [{ arabic: "مدينة", weight: 1 }]],
    ["polis", [{ arabic: "مدينة", weight: 1 }]],
    ["be", [{ arabic: "يكون", weight: 1 }]],
    ["bed", [{ arabic: "السرير", weight: 1 }]],
  ]);
  const frequencies = parseWordFrequencies("# comment\ncity\t117\njava\t3\nbed\t56\nbe\t900\n");

  it("prefers the sense common in running text over rarer words the dictionary gives the same weight", () => {
    // Without frequencies the dictionary's exact form (java, polis: مدينة at weight 1) wins.
    expect(glossLine("مدينة", cities)).not.toMatch(/^مدينة — city/);
    expect(glossLine("مدينة", cities, { frequencies })).toBe("مدينة — city");
  });

  it("does not read a short word as an inflection of a shorter key (bed is not be + d)", () => {
    expect(glossLine("السرير", cities, { frequencies })).toBe("السرير — bed");
  });
});

describe("glossLine", () => {
  it("lists content words in quote order with their senses, skipping stopwords and unknown words", () => {
    expect(glossLine("وزير الأمن في موسكو", lexicon)).toBe("وزير — minister, vizier · الأمن — security");
  });

  it("meets the dictionary across the article and proclitics (للأمن، الجماعي، والأزمة)", () => {
    expect(glossWords("للأمن الجماعي والأزمة", lexicon)).toEqual([
      { arabic: "للأمن", senses: ["security"] },
      { arabic: "الجماعي", senses: ["collective"] },
      { arabic: "والأزمة", senses: ["crisis"] },
    ]);
  });

  it("ranks the common sense first and drops inflected English keys whose base is listed", () => {
    const [entry] = glossWords("الوزراء", lexicon, { maxSenses: 3 });
    expect(entry?.senses[0]).toBe("minister");
    expect(entry?.senses).not.toContain("ministers");
    expect(glossWords("الوزير", lexicon, { maxSenses: 2 })[0]?.senses).toEqual(["minister", "vizier"]);
  });

  it("shows each word once and at most maxWords words", () => {
    const quote = "وضمان الاستقرار في هذا الجزء من الشرق الأوسط، الأمن الأمن الأزمة المنطقة";
    const words = glossWords(quote, lexicon);
    expect(words.map((w) => w.arabic)).toEqual([
      "وضمان",
      "الاستقرار",
      "الجزء",
      "الشرق",
      "الأوسط",
      "الأمن",
      "الأزمة",
      "المنطقة",
    ]);
    expect(glossWords(quote, lexicon, { maxWords: 3 })).toHaveLength(3);
  });

  it("skips a function word with a preposition glued to it", () => {
    const withThis = Lexicon.fromEntries([["hereupon", [{ arabic: "بهذا", weight: 1 }]]]);
    expect(glossLine("بهذا الشكل", withThis)).toBe("");
  });

  it("is empty when the lexicon knows none of the words", () => {
    expect(glossLine("سيرغي لافروف", lexicon)).toBe("");
    expect(glossLine("", lexicon)).toBe("");
  });

  it("builds the reverse view once per lexicon", () => {
    expect(reverseLexicon(lexicon)).toBe(reverseLexicon(lexicon));
  });
});
