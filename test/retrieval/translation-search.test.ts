import { describe, expect, it } from "vitest";
import type { Chunk } from "../../src/core/types.js";
import { englishStem, TranslationSearch } from "../../src/retrieval/translation-search.js";

/** Chunks 0 and 1 are translated; chunk 2 (another document) is not. */
const chunks = [0, 1, 2].map((i) => ({ id: `c${i}`, docId: i < 2 ? "article" : "other" }) as Chunk);
const english: Record<string, string> = {
  c0: "Photo: the Russian Ministry of Foreign Affairs",
  c1: "The two ministers discussed refugees returning to Syria",
};
const search = TranslationSearch.build(chunks, (c) => english[c.id]);
const words = (...surfaces: string[]) => surfaces.map((surface) => ({ surface, weight: 1 }));

describe("TranslationSearch", () => {
  it("matches English words in the translations, inflections alike", () => {
    expect(englishStem("ministries")).toBe(englishStem("ministry"));
    expect(search.rank(words("refugee")).map((r) => r.key)).toEqual([1]);
    expect(search.isTranslated("c2")).toBe(false);
  });

  it("in a partly translated corpus, untranslated chunks take part by their dictionary-path score", () => {
    // The lexical (dictionary) ranking puts the untranslated chunk 2 first.
    const lexical = [
      { key: 2, score: 2.3 },
      { key: 0, score: 0.8 },
    ];
    const mixed = search.rankMixed(words("ministry"), lexical);
    // Chunk 2 is ranked beside the best translated chunk (each scaled by the best of its kind),
    // not left out of the English ranking altogether.
    expect(mixed.map((r) => r.key).sort()).toEqual([0, 2]);
    expect(mixed.find((r) => r.key === 2)?.score).toBe(1);
    expect(mixed.find((r) => r.key === 0)?.score).toBe(1);
    // With only translated chunks ranked, it is the translation ranking itself.
    expect(search.rankMixed(words("ministry"), [{ key: 0, score: 0.8 }])).toEqual(
      search.rank(words("ministry")),
    );
  });
});
