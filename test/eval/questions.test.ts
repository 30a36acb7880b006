import { describe, expect, it } from "vitest";
import { checkQuestionSet, type EvalQuestion } from "../../src/eval/questions.js";

const ARTICLE = "ناقش لافروف مع الصفدي الوضع في سوريا. المصدر: تاس";

describe("checkQuestionSet", () => {
  it("accepts a set whose golds are verbatim in the article", () => {
    const ok: EvalQuestion[] = [
      { id: "1", lang: "ar", question: "q", gold_quote: ["الوضع في سوريا"], gold_answer: "سوريا" },
      { id: "2", lang: "en", question: "hi", expect: "smalltalk" },
      { id: "3", lang: "en", question: "Ukraine?", out_of_scope: true },
      { id: "4", lang: "en", question: "q", expect: "not_quoted", person: "الصفدي", history: ["Syria?"] },
    ];
    expect(checkQuestionSet(ok, ARTICLE)).toEqual([]);
  });

  it("names each problem with the question's id", () => {
    const bad: EvalQuestion[] = [
      { id: "1", lang: "ar", question: "q", gold_quote: ["الوضع في سورية"] },
      { id: "1", lang: "ar", question: "q", gold_answer: "تاس" },
      { id: "3", lang: "en", question: "q", out_of_scope: true, gold_quote: ["تاس"] },
      { id: "4", lang: "en", question: "q", expect: "not_quoted" },
      { id: "5", lang: "en", question: "q", gold_quote: ["تاس"], history: [" "] },
    ];
    expect(checkQuestionSet(bad, ARTICLE)).toEqual([
      '1: gold "الوضع في سورية" is not in the article',
      "1: duplicate id",
      "1: in scope without gold_quote",
      "3: out of scope but has gold",
      '4: expect not_quoted needs "person"',
      "5: empty question in history",
    ]);
  });
});
