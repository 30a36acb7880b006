import { describe, expect, it } from "vitest";
import { sampleCrossOos } from "../../scripts/build-cross-oos.js";

const xquad = Array.from({ length: 30 }, (_, i) => [
  { id: `ar-q${i}`, lang: "ar" as const, question: `سؤال ${i}` },
  { id: `en-q${i}`, lang: "en" as const, question: `question ${i}` },
]).flat();

describe("sampleCrossOos", () => {
  it("takes distinct questions per language, all out of scope, the same whatever the input order", () => {
    const sample = sampleCrossOos(xquad, 10);
    expect(sample.filter((q) => q.lang === "ar")).toHaveLength(10);
    expect(sample.filter((q) => q.lang === "en")).toHaveLength(10);
    expect(sample.every((q) => q.out_of_scope && q.kind === "oos")).toBe(true);
    const groups = sample.map((q) => q.xquad_id.slice(3));
    expect(new Set(groups).size).toBe(20);
    expect(sampleCrossOos([...xquad].reverse(), 10)).toEqual(sample);
  });

  it("skips questions missing in one language and says when there are too few", () => {
    const arOnly = [...xquad, { id: "ar-lonely", lang: "ar" as const, question: "وحيد" }];
    expect(sampleCrossOos(arOnly, 15).some((q) => q.xquad_id === "ar-lonely")).toBe(false);
    expect(() => sampleCrossOos(xquad, 16)).toThrow(/need 32/);
  });
});
