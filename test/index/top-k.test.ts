/**
 * The postings engine with MaxScore pruning ranks exactly as the previous scan engine did:
 * same documents, same order, same scores to the last bit, on the real article with the real
 * question planner, and on generated corpora and queries built to stress pruning (Zipf-like
 * term frequencies, long and short documents, weighted alternatives, duplicates, boosts).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { mulberry32, randomInt } from "../../bench/lib/prng.js";
import { ScanLexicalIndex, scanLexicalRanking } from "../../bench/lib/scan-lexical-index.js";
import { readQuestions } from "../../bench/lib/workload.js";
import { buildPipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import type { Chunk } from "../../src/core/types.js";
import { LexicalIndex, type QueryGroup } from "../../src/index/lexical-index.js";
import { bestScore, prunedLexicalTopK, topK } from "../../src/index/max-score.js";
import { lexicalTerms } from "../../src/index/search-index.js";
import { denseLexicalTopK, exhaustiveLexicalRanking, lexicalTopK } from "../../src/index/top-k.js";
import { gramGroups, type QueryPlan, wordGroups } from "../../src/retrieval/query-plan.js";

const quietLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TALKS_QA = path.resolve(ROOT, "../shared/eval/talks-qa.dev.jsonl");

function scanIndexes(chunks: readonly Chunk[]): { words: ScanLexicalIndex; grams: ScanLexicalIndex } {
  const words = new ScanLexicalIndex();
  const grams = new ScanLexicalIndex();
  for (const chunk of chunks) {
    const terms = lexicalTerms(chunk.text);
    words.add(terms.words, terms.count);
    grams.add(terms.grams);
  }
  return { words, grams };
}

describe("on the article, with the real planner", () => {
  let plans: QueryPlan[];
  let postings: { words: LexicalIndex; grams: LexicalIndex };
  let scan: { words: ScanLexicalIndex; grams: ScanLexicalIndex };

  beforeAll(async () => {
    const config = loadConfig({ LLM_PROVIDER: "none", EMBEDDINGS_PROVIDER: "local" });
    const pipeline = await buildPipeline({ config, logger: quietLogger, indexDirectory: null });
    const questions = await readQuestions(TALKS_QA, "talks-qa");
    expect(questions.length).toBeGreaterThan(20);
    plans = questions.map((q) => pipeline.qa.planner.plan(q.question, q.lang));
    postings = pipeline.opened.index.lexical;
    scan = scanIndexes(pipeline.opened.index.chunks);
  });

  it("every question: the same top 50 (keys and scores) as the scan engine, and at depth 1 and 5", () => {
    let compared = 0;
    for (const plan of plans) {
      for (const depth of [1, 5, 50]) {
        const options = { gramWeight: 1, depth };
        const expected = scanLexicalRanking(
          scan.words,
          wordGroups(plan),
          scan.grams,
          gramGroups(plan),
          options,
        );
        const found = lexicalTopK(
          postings.words,
          wordGroups(plan),
          postings.grams,
          gramGroups(plan),
          options,
        );
        expect(found, plan.question).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(plans.length * 10);
  });

  it("every question: the exhaustive scores are the scan engine's, bit for bit", () => {
    for (const plan of plans) {
      expect([...postings.words.score(wordGroups(plan))]).toEqual([...scan.words.score(wordGroups(plan))]);
      expect([...postings.grams.score(gramGroups(plan))]).toEqual([...scan.grams.score(gramGroups(plan))]);
    }
  });
});

/** A corpus where a few terms are everywhere and most are rare, documents of varied length. */
function generatedCorpus(seed: number, docs: number, vocabulary: number) {
  const random = mulberry32(seed);
  const scan = new ScanLexicalIndex();
  const postings = new LexicalIndex();
  const zipf = () => Math.floor(vocabulary ** random()) - 1;
  for (let d = 0; d < docs; d++) {
    const length = 1 + randomInt(random, random() < 0.1 ? 200 : 30);
    const terms = Array.from({ length }, () => `t${zipf()}`);
    const counted = random() < 0.5 ? length : Math.max(1, length - randomInt(random, length));
    scan.add(terms, counted);
    postings.add(terms, counted);
  }
  const query = (): QueryGroup[] =>
    Array.from({ length: 1 + randomInt(random, 12) }, () => {
      const alternatives = Array.from({ length: 1 + randomInt(random, 4) }, () => ({
        term: random() < 0.1 ? `missing${randomInt(random, 5)}` : `t${zipf()}`,
        weight: random() < 0.2 ? 1 : random(),
      }));
      const boost = random() < 0.5 ? undefined : 0.05 + 2 * random();
      return boost === undefined ? { alternatives } : { alternatives, boost };
    });
  return { scan, postings, query, random };
}

describe("on generated corpora and queries", () => {
  it("the same rankings as the scan engine at every depth, 160 queries over 2 corpora", () => {
    for (const seed of [1, 2]) {
      const corpus = generatedCorpus(seed, 2000, 2000);
      for (let q = 0; q < 80; q++) {
        const words = corpus.query();
        const grams = corpus.query();
        const depth = [1, 3, 10, 50, 500][q % 5] as number;
        const gramWeight = q % 3 === 0 ? 1 : 0.25 + corpus.random();
        const options = { gramWeight, depth };
        const expected = scanLexicalRanking(corpus.scan, words, corpus.scan, grams, options);
        expect(lexicalTopK(corpus.postings, words, corpus.postings, grams, options)).toEqual(expected);
        expect(denseLexicalTopK(corpus.postings, words, corpus.postings, grams, options)).toEqual(expected);
        expect(prunedLexicalTopK(corpus.postings, words, corpus.postings, grams, options)).toEqual(expected);
      }
    }
  });

  it("one index's top k and best score match its exhaustive scores", () => {
    const corpus = generatedCorpus(7, 2000, 500);
    for (let q = 0; q < 50; q++) {
      const groups = corpus.query();
      const all = [...corpus.scan.score(groups)]
        .map(([key, score]) => ({ key, score }))
        .sort((a, b) => b.score - a.score || a.key - b.key);
      expect(topK([{ index: corpus.postings, groups, weight: 1, divisor: 1 }], 20)).toEqual(all.slice(0, 20));
      expect(bestScore(corpus.postings, groups)).toBe(all[0]?.score ?? 0);
    }
  });

  it("ties are broken by ascending document, as the sort did", () => {
    const postings = new LexicalIndex();
    for (let d = 0; d < 40; d++) postings.add(d % 2 === 0 ? ["same", "x"] : ["y", "z"]);
    const ranked = topK(
      [{ index: postings, groups: [{ alternatives: [{ term: "same", weight: 1 }] }], weight: 1, divisor: 1 }],
      5,
    );
    expect(ranked.map((r) => r.key)).toEqual([0, 2, 4, 6, 8]);
  });

  it("weights or boosts the pruning bounds cannot cover fall back to scoring everything", () => {
    const corpus = generatedCorpus(11, 500, 100);
    const words: QueryGroup[] = [{ alternatives: [{ term: "t1", weight: 1 }], boost: 0 }, ...corpus.query()];
    const grams = corpus.query();
    const options = { gramWeight: 0, depth: 30 };
    const expected = scanLexicalRanking(corpus.scan, words, corpus.scan, grams, options);
    expect(lexicalTopK(corpus.postings, words, corpus.postings, grams, options)).toEqual(expected);
    expect(prunedLexicalTopK(corpus.postings, words, corpus.postings, grams, options)).toEqual(expected);
    expect(exhaustiveLexicalRanking(corpus.postings, words, corpus.postings, grams, options)).toEqual(
      expected,
    );
  });

  it("documents added after a query are indexed too", () => {
    const postings = new LexicalIndex();
    postings.add(["a", "b"]);
    expect(postings.documentFrequency("a")).toBe(1);
    postings.add(["a"]);
    expect(postings.documentFrequency("a")).toBe(2);
    expect(postings.size).toBe(2);
    expect(postings.has("b")).toBe(true);
    expect(postings.has("c")).toBe(false);
  });
});
