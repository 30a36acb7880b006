import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, SHARED, sharedAvailable } from "../helpers/evaluate.js";

/**
 * Quality guard on shared/eval/xquad-dev (issues 8 and 9), English questions (the Arabic ones
 * are in quality-xquad.test.ts): bars, or FLOORs where not met yet.
 */
describe.skipIf(!sharedAvailable)("quality on xquad-dev (../shared/eval), English questions", () => {
  it("xquad-dev cross-lingual retrieval and answers", { timeout: 400_000 }, async () => {
    const m = await evaluate(
      path.join(SHARED, "xquad-dev/corpus.jsonl"),
      path.join(SHARED, "xquad-dev/qa.jsonl"),
      "en",
    );
    expect(m.ar).toBeUndefined();
    // Bar (issue 9): R@1 ≥ 0.82, R@5 ≥ 0.95, both met: 0.821 / 0.953 (the widened lexicon, chosen
    // for corpora without translations, and root evidence in ranking; FreeDict alone gave 0.731 /
    // 0.910). R@1 held one question (0.002) below the measured figure, rounded down.
    expect(m.en.recall_at_1 ?? 0).toBeGreaterThanOrEqual(0.819);
    expect(m.en.recall_at_5 ?? 0).toBeGreaterThanOrEqual(0.95);
    // Bar (issue 8): false refusals ≤ 10 % (met: 0.051, was 0.119).
    expect(m.en.false_refusals ?? 1).toBeLessThanOrEqual(0.07);
    // Bar (issue 8): first quote holds the answer ≥ 0.55 (met: 0.598).
    expect(m.en.answer_has_gold ?? 0).toBeGreaterThanOrEqual(0.55);
    expect(m.en.quote_fidelity).toBe(1);
  });
});
