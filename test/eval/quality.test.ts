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
 * Quality regression guard on the real article (issue 8) and the cross-lingual set (issue 9).
 * Each figure must stay at or above its bar from the issues; where a bar is not met yet, at or
 * above the level measured when this was written (marked FLOOR, with the bar beside it), so a
 * change can only move the figures up. The project's own sets live in eval/; the shared ones
 * beside the checkout in ../shared/eval (CI has them too).
 */
const ROOT = path.resolve(__dirname, "../..");
const SHARED = path.resolve(ROOT, "../shared/eval");
const CORPUS = path.join(ROOT, "corpus");
const sharedAvailable = existsSync(path.join(SHARED, "talks-qa.dev.jsonl"));

async function evaluate(corpus: string, qaFile: string) {
  const questions = parseQuestions(readFileSync(qaFile, "utf8"), qaFile);
  const build = evaluationPipeline(loadConfig({}), silentLogger);
  const { report } = await runEvaluation({ corpus, questions, build });
  return report.by_lang as Record<"ar" | "en", LangMetrics>;
}

const EPS = 1e-9;

describe("quality on the article (eval/)", () => {
  it("talks-qa.project: answers, refusals and quotes", { timeout: 180_000 }, async () => {
    const m = await evaluate(CORPUS, path.join(ROOT, "eval/talks-qa.project.jsonl"));
    for (const lang of ["ar", "en"] as const) {
      expect(m[lang].quote_fidelity, lang).toBe(1);
      // Bar: hit@1 ≥ 0.9. FLOOR for English: measured 0.861.
      expect(m[lang].hit_at_1 ?? 0, lang).toBeGreaterThanOrEqual(lang === "ar" ? 0.9 : 0.86);
      // Bar: false refusals ≤ 5 %.
      expect(m[lang].false_refusals ?? 1, lang).toBeLessThanOrEqual(0.05 + EPS);
    }
    // Bar: first quote contains the gold ≥ 0.8 (ar) / 0.75 (en).
    expect(m.ar.answer_has_gold ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(m.en.answer_has_gold ?? 0).toBeGreaterThanOrEqual(0.75);
    // Bar: out of scope refused ≥ 90 %. FLOOR for English: measured 0.667.
    expect(m.ar.oos_refused ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(m.en.oos_refused ?? 0).toBeGreaterThanOrEqual(0.66);
  });

  it("talks-qa.kinds: new phrasings of every kind", { timeout: 180_000 }, async () => {
    const m = await evaluate(CORPUS, path.join(ROOT, "eval/talks-qa.kinds.jsonl"));
    for (const lang of ["ar", "en"] as const) {
      expect(m[lang].quote_fidelity, lang).toBe(1);
      // Bar: false refusals ≤ 5 %; out of scope refused ≥ 85 % (measured 0.857 ar, 1.0 en).
      expect(m[lang].false_refusals ?? 1, lang).toBeLessThanOrEqual(0.05 + EPS);
      expect(m[lang].oos_refused ?? 0, lang).toBeGreaterThanOrEqual(0.85);
      // Bar: the answer holds the gold ≥ 0.9 (measured 0.962 / 0.962).
      expect(m[lang].answer_has_gold ?? 0, lang).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("XQuAD questions asked of the article are refused", { timeout: 180_000 }, async () => {
    const m = await evaluate(CORPUS, path.join(ROOT, "eval/xquad-on-article.jsonl"));
    // Bar: ≥ 95 %.
    expect(m.ar.oos_refused ?? 0).toBeGreaterThanOrEqual(0.95);
    expect(m.en.oos_refused ?? 0).toBeGreaterThanOrEqual(0.95);
  });
});

describe.skipIf(!sharedAvailable)("quality on the shared sets (../shared/eval)", () => {
  it("talks-qa.dev on the project corpus", { timeout: 120_000 }, async () => {
    const m = await evaluate(CORPUS, path.join(SHARED, "talks-qa.dev.jsonl"));
    for (const lang of ["ar", "en"] as const) {
      expect(m[lang].quote_fidelity, lang).toBe(1);
      expect(m[lang].oos_refused, lang).toBe(1);
      expect(m[lang].false_refusals ?? 1, lang).toBe(0);
      expect(m[lang].hit_at_1 ?? 0, lang).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("xquad-dev cross-lingual retrieval and answers", { timeout: 400_000 }, async () => {
    const m = await evaluate(
      path.join(SHARED, "xquad-dev/corpus.jsonl"),
      path.join(SHARED, "xquad-dev/qa.jsonl"),
    );
    // Bar (issue 8/9): Arabic not lower than before (0.935 / 0.995). FLOOR: measured 0.929 / 0.994.
    expect(m.ar.recall_at_1 ?? 0).toBeGreaterThanOrEqual(0.927);
    expect(m.ar.recall_at_5 ?? 0).toBeGreaterThanOrEqual(0.99);
    // Bar (issue 9): R@1 ≥ 0.82, R@5 ≥ 0.95. FLOOR: measured 0.752 / 0.930 (the widened
    // lexicon, chosen for corpora without translations; FreeDict alone gave 0.731 / 0.910).
    expect(m.en.recall_at_1 ?? 0).toBeGreaterThanOrEqual(0.75);
    expect(m.en.recall_at_5 ?? 0).toBeGreaterThanOrEqual(0.925);
    // Bar (issue 8): false refusals ≤ 5 % ar, ≤ 10 % en. FLOOR: measured 0.057 / 0.081 (en was 0.119).
    expect(m.ar.false_refusals ?? 1).toBeLessThanOrEqual(0.06);
    expect(m.en.false_refusals ?? 1).toBeLessThanOrEqual(0.09);
    // Bar (issue 8): first quote holds the answer ≥ 0.75 ar / 0.55 en. FLOOR: 0.706 / 0.528 (en was 0.517).
    expect(m.ar.answer_has_gold ?? 0).toBeGreaterThanOrEqual(0.7);
    expect(m.en.answer_has_gold ?? 0).toBeGreaterThanOrEqual(0.52);
    expect(m.ar.quote_fidelity).toBe(1);
    expect(m.en.quote_fidelity).toBe(1);
  });
});
