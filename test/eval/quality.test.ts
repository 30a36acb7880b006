import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluationPipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import { silentLogger } from "../../src/core/logger.js";
import type { LangMetrics } from "../../src/eval/metrics.js";
import { parseQuestions } from "../../src/eval/metrics.js";
import { runEvaluation } from "../../src/eval/run-eval.js";

/**
 * Regression guard on the shared dev sets (../shared/eval, beside the checkout). It fails when
 * quality drops below the bar of issue 2 — or, where that bar is not met yet, below the level
 * measured when this test was written (marked FLOOR, with the bar in the comment), so that a
 * change can only move the figures up.
 */
const EVAL = path.resolve(__dirname, "../../../shared/eval");
const available = existsSync(path.join(EVAL, "talks-qa.dev.jsonl"));

async function evaluate(corpus: string, qaFile: string) {
  const questions = parseQuestions(readFileSync(qaFile, "utf8"), qaFile);
  const build = evaluationPipeline(loadConfig({}), silentLogger);
  const { report } = await runEvaluation({ corpus, questions, build });
  return report.by_lang as Record<"ar" | "en", LangMetrics>;
}

describe.skipIf(!available)("dev-set quality (shared/eval)", () => {
  it("talks-qa.dev on the project corpus", { timeout: 120_000 }, async () => {
    const m = await evaluate(path.resolve(__dirname, "../../corpus"), path.join(EVAL, "talks-qa.dev.jsonl"));
    for (const lang of ["ar", "en"] as const) {
      expect(m[lang].quote_fidelity, lang).toBe(1);
      expect(m[lang].oos_refused, lang).toBe(1);
      expect(m[lang].hit_at_3, lang).toBe(1);
      expect(m[lang].hit_at_1, lang).toBeGreaterThanOrEqual(0.9);
    }
    // Bar: no in-scope question refused. FLOOR on the stand-in text (see README): ar 1/12, en 3/12.
    expect(m.ar.false_refusals).toBeLessThanOrEqual(1 / 12 + 1e-9);
    expect(m.en.false_refusals).toBeLessThanOrEqual(3 / 12 + 1e-9);
  });

  it("xquad-dev cross-lingual retrieval", { timeout: 300_000 }, async () => {
    const m = await evaluate(
      path.join(EVAL, "xquad-dev/corpus.jsonl"),
      path.join(EVAL, "xquad-dev/qa.jsonl"),
    );
    expect(m.ar.recall_at_1).toBeGreaterThanOrEqual(0.93);
    expect(m.ar.recall_at_5).toBeGreaterThanOrEqual(0.99);
    // Bar: R@1 ≥ 0.75, R@5 ≥ 0.92 (not met yet). FLOOR: measured 0.729 / 0.913.
    expect(m.en.recall_at_1).toBeGreaterThanOrEqual(0.725);
    expect(m.en.recall_at_5).toBeGreaterThanOrEqual(0.905);
    expect(m.ar.quote_fidelity).toBe(1);
    expect(m.en.quote_fidelity).toBe(1);
  });
});
