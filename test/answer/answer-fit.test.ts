import { describe, expect, it } from "vitest";
import { answerFit } from "../../src/answer/answer-fit.js";
import { planArabicQuestion } from "../../src/retrieval/query-plan.js";

describe("answerFit", () => {
  it("does not take the question's own date or number for the answer", () => {
    const when = answerFit(planArabicQuestion("متى فاز الفريق بالبطولة قبل عام 2000؟"), "date");
    expect(when("تمكنوا من الفوز بالبطولة في 2000.")).toBe(false);
    expect(when("كما فازوا ببطولة البلاد في 1946.")).toBe(true);
    const howMany = answerFit(planArabicQuestion("كم فريقاً لعب في سوبر بول 50؟"), "number");
    expect(howMany("لعب في سوبر بول 50 فريق قوي.")).toBe(false);
    expect(howMany("لعب في سوبر بول 50 ثلاثة فرق.")).toBe(true);
  });

  it("reads English questions through their Arabic forms and digits", () => {
    const plan = {
      ...planArabicQuestion("2254"),
      lang: "en" as const,
      question: "Which resolution number, besides 2254?",
    };
    const holdsNumber = answerFit(plan, "number");
    expect(holdsNumber("القرار 2254")).toBe(false);
    expect(holdsNumber("القرار 2118")).toBe(true);
  });

  it("never fits questions that ask for no particular kind of thing", () => {
    expect(answerFit(planArabicQuestion("ماذا قال الوزير؟"), "other")("في 3 فبراير 2021")).toBe(false);
    expect(answerFit(planArabicQuestion("هل التقى الوزيران؟"), "yesno")("في 3 فبراير 2021")).toBe(false);
  });
});
