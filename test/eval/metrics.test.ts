import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/types.js";
import { answerHasGold, parseQuestions, type QuestionOutcome, summarise } from "../../src/eval/metrics.js";

function answer(covered: boolean, quotes: string[]): Answer {
  return {
    lang: "ar",
    covered,
    kind: covered ? "answer" : "not_covered",
    confidence: "high",
    text: "",
    lead: "",
    quotes: quotes.map((text, i) => ({ text, doc: "d", paragraph: 1, start: 0, end: text.length, n: i + 1 })),
    passages: [],
    sources: [],
    matchedTerms: [],
    answerer: "test",
  };
}

function outcome(
  partial: Partial<QuestionOutcome> & { question: QuestionOutcome["question"] },
): QuestionOutcome {
  return { rankedDocs: [], rankedChunks: [], answer: answer(true, []), verbatimQuotes: 0, ...partial };
}

describe("summarise", () => {
  it("computes the README's metrics per language, null where a metric does not apply", () => {
    const report = summarise([
      outcome({
        question: { id: "1", lang: "ar", question: "q", gold_doc: "a", gold_answer: "308" },
        rankedDocs: ["a", "b"],
        answer: answer(true, ["تخلى عن 308 نقطة"]),
        verbatimQuotes: 1,
      }),
      outcome({
        question: { id: "2", lang: "ar", question: "q", gold_doc: "a", gold_answer: "24" },
        rankedDocs: ["b", "c", "a"],
        answer: answer(true, ["غير ذلك", "24"]),
        verbatimQuotes: 1,
      }),
      outcome({
        question: { id: "3", lang: "ar", question: "q", gold_doc: "z" },
        rankedDocs: ["a"],
        answer: answer(false, []),
      }),
      outcome({
        question: { id: "4", lang: "en", question: "q", gold_quote: ["في مدينة سوتشي"] },
        rankedChunks: ["x", "الاجتماع في مدينة سوتشي"],
        answer: answer(true, ["سيعقد في مدينة سوتشي الروسية"]),
        verbatimQuotes: 1,
      }),
      outcome({
        question: { id: "5", lang: "en", question: "q", out_of_scope: true },
        answer: answer(false, []),
      }),
      outcome({
        question: { id: "6", lang: "en", question: "q", out_of_scope: true },
        answer: answer(true, ["x"]),
        verbatimQuotes: 0,
      }),
    ]);
    expect(report.by_lang.ar).toEqual({
      n: 3,
      recall_at_1: 1 / 3,
      recall_at_5: 2 / 3,
      mrr: (1 + 1 / 3 + 0) / 3,
      hit_at_1: null,
      hit_at_3: null,
      answer_has_gold: 1 / 2, // question 3 has no gold answer to look for
      oos_refused: null,
      false_refusals: 1 / 3,
      quote_fidelity: 2 / 3,
    });
    expect(report.by_lang.en).toMatchObject({
      n: 3,
      recall_at_1: null,
      hit_at_1: 0,
      hit_at_3: 1,
      answer_has_gold: 1,
      oos_refused: 0.5,
      false_refusals: 0,
      quote_fidelity: 0.5,
    });
  });

  it("judges an extractive answer by its first quote only", () => {
    const q = { id: "x", lang: "ar" as const, question: "q", gold_quote: ["2254"] };
    expect(answerHasGold(q, answer(true, ["القرار 2254"]))).toBe(true);
    expect(answerHasGold(q, answer(true, ["شيء آخر", "القرار 2254"]))).toBe(false);
  });
});

describe("parseQuestions", () => {
  it("reads JSONL and names the line of a bad entry", () => {
    expect(parseQuestions('{"id":"a","lang":"ar","question":"س"}\n\n', "f.jsonl")).toHaveLength(1);
    expect(() => parseQuestions('{"id":"a","lang":"ar","question":"س"}\n{oops', "f.jsonl")).toThrow(
      /f\.jsonl:2/,
    );
    expect(() => parseQuestions('{"id":"a","lang":"fr","question":"q"}', "f.jsonl")).toThrow(/lang/);
    expect(() => parseQuestions("", "f.jsonl")).toThrow(/no questions/);
  });
});
