import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, EPS, evaluate, ROOT, SHARED, sharedAvailable } from "../helpers/evaluate.js";

/**
 * Quality regression guard on the real article (issue 8) and the cross-lingual set (issue 9).
 * Each figure must stay at or above its bar from the issues; where a bar is not met yet, at or
 * above the level measured when this was written (marked FLOOR, with the bar beside it), so a
 * change can only move the figures up. The project's own sets live in eval/; the shared ones
 * beside the checkout in ../shared/eval (CI has them too). xquad-dev, the slowest, runs in
 * quality-xquad.test.ts so the two files run in parallel.
 */
describe("quality on the article (eval/)", () => {
  it("talks-qa.project: answers, refusals and quotes", { timeout: 180_000 }, async () => {
    const m = await evaluate(CORPUS, path.join(ROOT, "eval/talks-qa.project.jsonl"));
    for (const lang of ["ar", "en"] as const) {
      expect(m[lang].quote_fidelity, lang).toBe(1);
      // Bar: hit@1 ≥ 0.9 (issue 9: ≥ 0.95 for English; measured 0.976 / 1.0).
      expect(m[lang].hit_at_1 ?? 0, lang).toBeGreaterThanOrEqual(lang === "ar" ? 0.9 : 0.95);
      // Bar: false refusals ≤ 5 %.
      expect(m[lang].false_refusals ?? 1, lang).toBeLessThanOrEqual(0.05 + EPS);
    }
    // Bar: first quote contains the gold ≥ 0.8 (ar) / 0.75 (en).
    expect(m.ar.answer_has_gold ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(m.en.answer_has_gold ?? 0).toBeGreaterThanOrEqual(0.75);
    // Bar: out of scope refused ≥ 90 %. Met: 0.917 ar, 0.917 en.
    expect(m.ar.oos_refused ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(m.en.oos_refused ?? 0).toBeGreaterThanOrEqual(0.9);
    // Bar (issue 9): every covered English answer leads in English, a translation under each quote.
    expect(m.en.english_rendered).toBe(1);
  });

  it("talks-qa.kinds: new phrasings of every kind", { timeout: 180_000 }, async () => {
    const m = await evaluate(CORPUS, path.join(ROOT, "eval/talks-qa.kinds.jsonl"));
    for (const lang of ["ar", "en"] as const) {
      expect(m[lang].quote_fidelity, lang).toBe(1);
      // Bar: false refusals ≤ 5 %; out of scope refused ≥ 85 % (measured 0.857 ar, 1.0 en).
      expect(m[lang].false_refusals ?? 1, lang).toBeLessThanOrEqual(0.05 + EPS);
      expect(m[lang].oos_refused ?? 0, lang).toBeGreaterThanOrEqual(0.85);
      // Bar: the answer holds the gold ≥ 0.9 (measured 1.0 / 0.962).
      expect(m[lang].answer_has_gold ?? 0, lang).toBeGreaterThanOrEqual(0.9);
      // Bar: hit@1 ≥ 0.9 (issue 9: ≥ 0.95 for English; measured 1.0 / 0.962).
      expect(m[lang].hit_at_1 ?? 0, lang).toBeGreaterThanOrEqual(lang === "ar" ? 0.9 : 0.95);
    }
    expect(m.en.english_rendered).toBe(1);
  });

  it("talks-qa.oos: near misses built from the article's words", { timeout: 180_000 }, async () => {
    const m = await evaluate(CORPUS, path.join(ROOT, "eval/talks-qa.oos.jsonl"));
    // Measured 0.983 ar, 0.967 en (first 0.741 / 0.667). Offices, dates and figures the article
    // does not give are refused, events, names and topics the English translation lacks, the
    // results of a meeting still to come, a country's view no one in it speaks for, a yes/no
    // check on a word it lacks; the Jordanian currency («عملة» ~ «عملية») is not yet.
    expect(m.ar.oos_refused ?? 0).toBeGreaterThanOrEqual(0.95);
    expect(m.en.oos_refused ?? 0).toBeGreaterThanOrEqual(0.93);
  });

  it("talks-qa.oos3: a fresh English near-miss probe, with in-scope controls", {
    timeout: 180_000,
  }, async () => {
    const m = await evaluate(CORPUS, path.join(ROOT, "eval/talks-qa.oos3.jsonl"));
    // FLOOR (bar ≥ 90 %): written before the work it measures, when 0.588 was refused; now 0.824.
    expect(m.en.oos_refused ?? 0).toBeGreaterThanOrEqual(0.82);
    expect(m.en.false_refusals ?? 1).toBe(0);
    expect(m.en.hit_at_1 ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it("talks-qa.oos2: a fresh near-miss probe, with in-scope controls", { timeout: 180_000 }, async () => {
    const m = await evaluate(CORPUS, path.join(ROOT, "eval/talks-qa.oos2.jsonl"));
    // FLOORS (bar ≥ 90 %): written before the refusal work it measures, when 0.738 ar and 0.417
    // en were refused; now 0.951 ar, 0.792 en. Its in-scope controls must stay answered.
    expect(m.ar.oos_refused ?? 0).toBeGreaterThanOrEqual(0.94);
    expect(m.en.oos_refused ?? 0).toBeGreaterThanOrEqual(0.78);
    for (const lang of ["ar", "en"] as const) {
      expect(m[lang].false_refusals ?? 1, lang).toBe(0);
      expect(m[lang].hit_at_1 ?? 0, lang).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("talks-qa.oos4 and blind5: probes written blind, by helpers who saw neither code nor sets", {
    timeout: 240_000,
  }, async () => {
    // FLOORS (bars ≥ 90 % refused, ≤ 5 % false refusals): first measured untouched at 0.618 ar /
    // 0.350 en refused, 0.160 ar false refusals (oos4) and 0.244 ar false refusals (blind5);
    // now 0.709 / 0.550, 0.040 and 0.067. Their misses are the kinds still open.
    const oos4 = await evaluate(CORPUS, path.join(ROOT, "eval/talks-qa.oos4.jsonl"));
    expect(oos4.ar.oos_refused ?? 0).toBeGreaterThanOrEqual(0.7);
    expect(oos4.en.oos_refused ?? 0).toBeGreaterThanOrEqual(0.55);
    expect(oos4.ar.false_refusals ?? 1).toBeLessThanOrEqual(0.04);
    const blind5 = await evaluate(CORPUS, path.join(ROOT, "eval/talks-qa.blind5.jsonl"));
    expect(blind5.ar.false_refusals ?? 1).toBeLessThanOrEqual(0.07);
    expect(blind5.en.false_refusals ?? 1).toBeLessThanOrEqual(0.04);
    for (const lang of ["ar", "en"] as const)
      expect(blind5[lang].hit_at_1 ?? 0, lang).toBeGreaterThanOrEqual(lang === "ar" ? 0.85 : 0.95);
  });

  it("the ninth session's blind probes, tuned on after their untouched measure", {
    timeout: 240_000,
  }, async () => {
    // FLOORS: blind7, 10, 11 and 12 were each measured once untouched (Arabic false refusals
    // 0.267, 0.233, 0.100, 0.167), then their kinds fixed; now at most 0.067 in either language.
    for (const set of ["blind7", "blind10", "blind11", "blind12"]) {
      const m = await evaluate(CORPUS, path.join(ROOT, `eval/talks-qa.${set}.jsonl`));
      for (const lang of ["ar", "en"] as const) {
        expect(m[lang].false_refusals ?? 1, `${set} ${lang}`).toBeLessThanOrEqual(0.07);
        expect(m[lang].hit_at_1 ?? 0, `${set} ${lang}`).toBeGreaterThanOrEqual(0.9);
        expect(m[lang].oos_refused ?? 0, `${set} ${lang}`).toBeGreaterThanOrEqual(0.8);
        expect(m[lang].quote_fidelity ?? 0, `${set} ${lang}`).toBe(1);
      }
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
});
