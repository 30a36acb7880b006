import { describe, expect, it } from "vitest";
import { fuseModelQuery, MODEL_WORD_BOOST } from "../../src/llm/fusion.js";
import { testPipeline } from "./fixtures.js";

describe("fuseModelQuery", () => {
  it("keeps the lexicon plan and adds the model's in-corpus words, weighted lower and never specific", async () => {
    const pipeline = await testPipeline({});
    const words = pipeline.opened.index.lexical.words;
    const inCorpus = (g: { alternatives: readonly { term: string }[] }) =>
      g.alternatives.some((a) => !a.term.startsWith("r:") && words.has(a.term));
    const plan = (await pipeline.qa.retrieve("What did Lavrov say about refugees?")).plan;

    const fused = fuseModelQuery(plan, "ماذا قال لافروف عن اللاجئين في أوكرانيا وسوتشي", inCorpus);
    // Every lexicon word is still there, unchanged.
    expect(fused.plan.words.slice(0, plan.words.length)).toEqual(plan.words);
    const added = [...fused.added].map((w) => w.surface);
    // Already-planned words (قال, لافروف, اللاجئين), absent ones (أوكرانيا) and stopwords are not added.
    expect(added).toEqual(["وسوتشي"]);
    for (const w of fused.added) {
      expect(w.specific).toBe(false);
      expect(w.group.boost).toBeCloseTo(MODEL_WORD_BOOST);
    }
    expect(fused.plan.vectorText.startsWith("ماذا قال لافروف")).toBe(true);
    expect(fused.plan.vectorText).toContain(plan.vectorText);
  });

  it("changes the ranking but not the coverage decision", async () => {
    const pipeline = await testPipeline({});
    const words = pipeline.opened.index.lexical.words;
    const inCorpus = (g: { alternatives: readonly { term: string }[] }) =>
      g.alternatives.some((a) => !a.term.startsWith("r:") && words.has(a.term));
    const question = "Where did Lavrov say the talks will continue?";
    const offline = await pipeline.qa.retrieve(question);
    const fused = await pipeline.qa.retrieve(question, {
      refinePlan: (plan) => fuseModelQuery(plan, "أين سيعقد الاجتماع المقبل سوتشي", inCorpus).plan,
    });
    expect(fused.covered).toBe(offline.covered);
    expect(fused.reason).not.toContain("specific");
    expect(fused.plan).toEqual(offline.plan);
    // The lexicon plan alone ranks paragraph 2 first; the model's words bring paragraph 5 up.
    expect(offline.results[0]?.chunk.paragraph).toBe(2);
    expect(fused.results[0]?.chunk.paragraph).toBe(5);
  });
});
