import { describe, expect, it } from "vitest";
import { bodyFirst } from "../../src/answer/retrieval-step.js";

const hit = (docId: string, paragraph: number) => ({ chunk: { docId, paragraph } });

describe("bodyFirst", () => {
  it("moves headings and credit lines after the body passages, keeping each group's order", () => {
    const isBody = (_: string, paragraph: number) => paragraph !== 7 && paragraph !== 11;
    const ranked = [hit("d", 7), hit("d", 8), hit("d", 11), hit("d", 4)];
    expect(bodyFirst(ranked, isBody).map((r) => r.chunk.paragraph)).toEqual([8, 4, 7, 11]);
  });

  it("keeps the ranking when nothing but headings was found", () => {
    const ranked = [hit("d", 7), hit("d", 11)];
    expect(bodyFirst(ranked, () => false)).toEqual(ranked);
  });
});
