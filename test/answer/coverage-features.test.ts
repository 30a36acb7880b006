import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../src/answer/answer-fit.js";
import { coverageFeatures, DEFAULT_COVERAGE, decideCoverage } from "../../src/answer/coverage.js";
import { planArabicQuestion } from "../../src/retrieval/query-plan.js";
import { rankedParagraphs } from "../helpers/ranked-paragraphs.js";

/** Coverage features of a question when retrieval ranks the chunks in the order given. */
function passageShare(paragraphs: readonly string[], order: readonly number[], question: string): number {
  const { words, ranked } = rankedParagraphs(paragraphs);
  return coverageFeatures(planArabicQuestion(question), ranked(order), words, DEFAULT_COVERAGE).passageShare;
}

describe("coverage: the best passage", () => {
  const paragraphs = [
    "ناقش الوزيران خلال لقائهما في موسكو التعاون الاقتصادي بين البلدين.",
    "الوضع في سوريا",
    "وتبادل الطرفان الآراء حول القضايا الإقليمية وسبل دعم الاستقرار.",
  ];

  it("reads a heading ranked first together with the next passage", () => {
    const question = "هل ناقش الوزيران الوضع في سوريا؟";
    // The heading alone holds «الوضع» and «سوريا»; with the lead, what was discussed too.
    expect(passageShare(paragraphs, [1, 0, 2], question)).toBeGreaterThan(0.9);
  });

  it("judges a full passage ranked first on its own", () => {
    const question = "هل ناقش الوزيران الوضع في سوريا؟";
    expect(passageShare(paragraphs, [0, 1, 2], question)).toBeLessThan(0.9);
  });
});

describe("coverage: the kind of answer asked for", () => {
  const paragraphs = [
    "ناقش الوزيران في موسكو اليوم الأربعاء 3 فبراير التعاون بين البلدين.",
    "وأكد الوزيران دور الجامعة العربية في تسوية الأزمات في المنطقة.",
    "وبحث الجانبان عودة اللاجئين إلى بلدهم.",
  ];
  const { words, ranked } = rankedParagraphs(paragraphs);
  const verdict = (
    question: string,
    order: readonly number[],
    window = DEFAULT_COVERAGE.answerTypeWindow,
  ) => {
    const plan = planArabicQuestion(question);
    const thresholds = { ...DEFAULT_COVERAGE, answerTypeWindow: window };
    const features = coverageFeatures(plan, ranked(order), words, thresholds, {
      answerKind: askedAnswerType(plan, "ar"),
    });
    return decideCoverage(features, thresholds);
  };

  it("refuses a date the closest passages do not hold", () => {
    const answer = verdict("متى تأسست الجامعة العربية؟", [1, 2], 2);
    expect(answer.covered).toBe(false);
    expect(answer.missingAnswerType).toBe("date");
  });

  it("answers when one of the closest passages holds a date", () => {
    expect(verdict("متى تأسست الجامعة العربية؟", [1, 0]).missingAnswerType).toBeUndefined();
  });

  it("does not count the question's own number as the answer", () => {
    expect(verdict("كم لاجئا عاد في 3 فبراير؟", [2, 1], 2).missingAnswerType).toBe("number");
  });

  it("leaves other questions alone", () => {
    expect(verdict("ماذا قال الوزيران عن الجامعة العربية؟", [1, 2], 2).missingAnswerType).toBeUndefined();
  });
});
