import { describe, expect, it } from "vitest";
import {
  type CoverageFeatures,
  DEFAULT_COVERAGE,
  decideCoverage,
  namesInside,
} from "../../src/answer/coverage.js";

/** The decision alone, on features as the retrieval would measure them. */
const features = (over: Partial<CoverageFeatures>): CoverageFeatures => ({
  words: 2,
  informative: 2,
  informativeSpecific: 0,
  retrieved: 5,
  absent: [],
  missingSpecific: [],
  absentShare: 0,
  passageShare: 1,
  bestShare: 1,
  ...over,
});

describe("coverage decision", () => {
  it("answers when the best passage holds what is asked", () => {
    expect(decideCoverage(features({}), DEFAULT_COVERAGE)).toMatchObject({
      covered: true,
      confidence: "high",
    });
  });

  it("refuses two things asked, one a name, that no passage holds together", () => {
    // "What is the capital of Libya?" over an article with the Russian capital and Libya apart.
    const apart = features({ informativeSpecific: 1, passageShare: 0.5, bestShare: 0.5 });
    expect(decideCoverage(apart, DEFAULT_COVERAGE).covered).toBe(false);
    // Both held together: answered.
    expect(decideCoverage({ ...apart, bestShare: 1 }, DEFAULT_COVERAGE).covered).toBe(true);
    // Two general words half held: the article touches it, closest passages.
    expect(decideCoverage({ ...apart, informativeSpecific: 0 }, DEFAULT_COVERAGE)).toMatchObject({
      covered: true,
      confidence: "high",
    });
  });

  it("refuses a specific word the corpus lacks, whatever the passage holds", () => {
    const d = decideCoverage(
      features({ missingSpecific: ["Ukraine"], absent: ["Ukraine"] }),
      DEFAULT_COVERAGE,
    );
    expect(d.covered).toBe(false);
    expect(d.reason).toContain("Ukraine");
  });

  it("gives closest passages when the best passage holds less than half", () => {
    const d = decideCoverage(features({ informative: 3, passageShare: 0.4 }), DEFAULT_COVERAGE);
    expect(d).toMatchObject({ covered: true, confidence: "low" });
  });
});

describe("coverage decision on an undated event", () => {
  it("refuses a date asked for an event the corpus never names, however much else it holds", () => {
    // "When was the Astana process launched?" over an article dating only the next Astana meeting.
    const d = decideCoverage(features({ informative: 3, undatedEvent: "launched" }), DEFAULT_COVERAGE);
    expect(d.covered).toBe(false);
    expect(d.reason).toContain("launched");
    expect(decideCoverage(features({ informative: 3 }), DEFAULT_COVERAGE).covered).toBe(true);
  });
});

describe("namesInside", () => {
  it("takes a capitalised word past the first for a name, not one opening the question", () => {
    expect(namesInside("What is the capital of Japan?", "Japan")).toBe(true);
    expect(namesInside("Japan's capital?", "Japan")).toBe(false);
    expect(namesInside("What is the capital of Japan?", "capital")).toBe(false);
  });
});
