import { describe, expect, it } from "vitest";
import { reciprocalRankFusion } from "../../src/retrieval/fusion.js";

describe("reciprocalRankFusion", () => {
  it("rewards items ranked well by several retrievers", () => {
    const fused = reciprocalRankFusion([
      {
        name: "lexical",
        items: [
          { key: "a", score: 9 },
          { key: "b", score: 5 },
          { key: "c", score: 1 },
        ],
      },
      {
        name: "vector",
        items: [
          { key: "b", score: 0.9 },
          { key: "c", score: 0.8 },
        ],
      },
    ]);
    // c, ranked by both, beats a, ranked first by one retriever only.
    expect(fused.map((f) => f.key)).toEqual(["b", "c", "a"]);
    expect(fused[0]?.signals).toEqual({ lexical: { rank: 2, score: 5 }, vector: { rank: 1, score: 0.9 } });
  });

  it("ignores raw score scales and respects list weights", () => {
    const lists = (w: number) => [
      {
        name: "x",
        items: [
          { key: 1, score: 1000 },
          { key: 2, score: 999 },
        ],
      },
      {
        name: "y",
        items: [
          { key: 2, score: 0.001 },
          { key: 1, score: 0 },
        ],
        weight: w,
      },
    ];
    expect(reciprocalRankFusion(lists(1))[0]?.score).toBeCloseTo(
      reciprocalRankFusion(lists(1))[1]?.score ?? 0,
    );
    expect(reciprocalRankFusion(lists(2))[0]?.key).toBe(2);
    expect(reciprocalRankFusion(lists(0.5))[0]?.key).toBe(1);
  });

  it("counts a key listed twice by one retriever once, at its best rank", () => {
    const fused = reciprocalRankFusion(
      [
        {
          name: "x",
          items: [
            { key: "a", score: 2 },
            { key: "a", score: 1 },
          ],
        },
      ],
      60,
    );
    expect(fused).toHaveLength(1);
    expect(fused[0]?.score).toBeCloseTo(1 / 61);
  });
});
