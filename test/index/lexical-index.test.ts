import { describe, expect, it } from "vitest";
import { LexicalIndex } from "../../src/index/lexical-index.js";

function index(docs: string[][]): LexicalIndex {
  const lexical = new LexicalIndex();
  for (const terms of docs) lexical.add(terms);
  return lexical;
}

describe("LexicalIndex (BM25 with structured queries)", () => {
  it("ranks documents by BM25: rarer terms and more occurrences score higher", () => {
    const lexical = index([
      ["a", "b"],
      ["a", "c", "c"],
      ["a", "d"],
    ]);
    const scores = lexical.score([{ alternatives: [{ term: "c", weight: 1 }] }]);
    expect([...scores.keys()]).toEqual([1]);
    const both = lexical.score([
      { alternatives: [{ term: "a", weight: 1 }] },
      { alternatives: [{ term: "b", weight: 1 }] },
    ]);
    expect(both.get(0)).toBeGreaterThan(both.get(2) ?? 0);
  });

  it("scores a word's translations as ONE term (PSQ): many senses do not mean many hits", () => {
    // Doc 0 holds three senses of one query word; doc 1 holds one sense each of both query words.
    const lexical = index([["s1", "s2", "s3"], ["s1", "other", "y"], ["z"], ["w"], ["v"]]);
    const senses = ["s1", "s2", "s3"];
    const manySenses = { alternatives: senses.map((term) => ({ term, weight: 1 / 3 })) };
    const secondWord = { alternatives: [{ term: "other", weight: 1 }] };
    const scores = lexical.score([manySenses, secondWord]);
    expect(scores.get(1)).toBeGreaterThan(scores.get(0) ?? 0);
    // Treated as independent terms instead, the three senses win.
    const naive = lexical.score([
      ...senses.map((term) => ({ alternatives: [{ term, weight: 1 }] })),
      secondWord,
    ]);
    expect(naive.get(0)).toBeGreaterThan(naive.get(1) ?? 0);
  });

  it("weights partial matches by the alternative's weight", () => {
    const lexical = index([["exact"], ["stem"], ["q"], ["r"]]);
    const scores = lexical.score([
      {
        alternatives: [
          { term: "exact", weight: 0.7 },
          { term: "stem", weight: 0.3 },
        ],
      },
    ]);
    expect(scores.get(0)).toBeGreaterThan(scores.get(1) ?? 0);
  });

  it("reports document frequencies and idf", () => {
    const lexical = index([["a"], ["a", "b"]]);
    expect(lexical.documentFrequency("a")).toBe(2);
    expect(lexical.has("zzz")).toBe(false);
    expect(lexical.idf(0)).toBeGreaterThan(lexical.idf(2));
  });
});
