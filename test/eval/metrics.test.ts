import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/types.js";
import {
  answerHasGold,
  isRenderedInEnglish,
  judge,
  notQuotedIsRight,
  overviewIsRight,
  parseQuestions,
  type QuestionOutcome,
  shownEvidence,
  summarise,
} from "../../src/eval/metrics.js";

function answer(covered: boolean, quotes: string[], extra: Partial<Answer> = {}): Answer {
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
    ...extra,
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
      accuracy: 1 / 3, // 1 right; 2 has the gold only in its second quote; 3 refused
      low_confidence: 0,
      smalltalk_ok: null,
      not_quoted_ok: null,
      english_rendered: null, // an English figure only
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

const quote = (text: string, paragraph: number, speaker?: string): Answer["quotes"][number] => ({
  text,
  doc: "d",
  paragraph,
  start: 0,
  end: text.length,
  n: 1,
  ...(speaker === undefined ? {} : { speaker: { kind: "person" as const, ar: speaker } }),
});

describe("the rules of issue 8's question kinds", () => {
  const overview = { id: "o", lang: "ar" as const, question: "لخص", kind: "overview" as const };

  it("an overview is right with three distinct paragraphs, or gold phrases in two distinct paragraphs", () => {
    const q = { ...overview, gold_quote: ["الخليج", "سوريا", "فلسطين"] };
    const quoting = (...quotes: Answer["quotes"]) => answer(true, [], { kind: "overview", quotes });
    expect(overviewIsRight(q, quoting(quote("أ", 1), quote("ب", 4), quote("ج", 8)))).toBe(true);
    expect(overviewIsRight(q, quoting(quote("أ", 1), quote("ب", 1), quote("ج", 8)))).toBe(false);
    expect(overviewIsRight(q, quoting(quote("الخليج", 2), quote("عن سوريا", 8)))).toBe(true);
    expect(overviewIsRight(q, quoting(quote("الخليج وسوريا", 2)))).toBe(false);
    expect(overviewIsRight(q, quoting(quote("الخليج", 2), quote("سوريا", 2)))).toBe(false);
    // answerHasGold applies the overview rule instead of "first quote contains the gold".
    expect(answerHasGold(q, quoting(quote("لا شيء", 1), quote("سوريا", 8), quote("فلسطين", 9)))).toBe(true);
  });

  it("a metadata answer may state its answer in the text; other kinds need it in the first quote", () => {
    const q = { id: "m", lang: "ar" as const, question: "ما عنوان المقال؟", gold_quote: ["الأمن الجماعي"] };
    const stated = answer(true, [], { kind: "metadata", text: "العنوان: مفهوم الأمن الجماعي في الخليج" });
    expect(answerHasGold({ ...q, kind: "metadata" }, stated)).toBe(true);
    expect(answerHasGold({ ...q, kind: "metadata" }, answer(true, [], { text: "تاس" }))).toBe(false);
    expect(answerHasGold({ ...q, kind: "fact" }, stated)).toBe(false);
  });

  it("not_quoted: wrong only when a quote is attributed to the asked person", () => {
    const q = { id: "n", lang: "ar" as const, question: "ماذا قال الصفدي؟", expect: "not_quoted" as const };
    const withPerson = { ...q, person: "الصفدي" };
    const refusal = answer(false, []);
    const lavrov = answer(true, [], { quotes: [quote("كلام", 10, "سيرغي لافروف"), quote("بلا متكلم", 6)] });
    const safadi = answer(true, [], { quotes: [quote("كلام", 10, "أيمن حسين عبد الله الصفدي")] });
    expect(notQuotedIsRight(withPerson, refusal)).toBe(true);
    expect(notQuotedIsRight(withPerson, lavrov)).toBe(true);
    expect(notQuotedIsRight(withPerson, safadi)).toBe(false);
    expect(notQuotedIsRight(q, safadi)).toBeNull();
  });

  it("judges small talk, out of scope and in scope each by its own rule", () => {
    const hello = { id: "s", lang: "en" as const, question: "hi", expect: "smalltalk" as const };
    expect(judge(outcome({ question: hello, answer: answer(false, [], { kind: "smalltalk" }) }))).toBe(true);
    expect(judge(outcome({ question: hello, answer: answer(false, []) }))).toBe(false);
    expect(judge(outcome({ question: hello, answer: answer(false, ["x"], { kind: "smalltalk" }) }))).toBe(
      false,
    );
    const oos = { id: "x", lang: "en" as const, question: "Ukraine?", out_of_scope: true };
    expect(judge(outcome({ question: oos, answer: answer(false, []) }))).toBe(true);
    expect(judge(outcome({ question: oos, answer: answer(true, ["x"], { confidence: "low" }) }))).toBe(false);
    const fact = { id: "f", lang: "en" as const, question: "Where?", gold_quote: ["سوتشي"] };
    expect(judge(outcome({ question: fact, answer: answer(true, ["في مدينة سوتشي"]) }))).toBe(true);
    expect(judge(outcome({ question: fact, answer: answer(false, ["في مدينة سوتشي"]) }))).toBe(false);
  });

  it("keeps expect questions out of the in-scope figures and reports them, confidence and kinds", () => {
    const report = summarise([
      outcome({
        question: { id: "1", lang: "ar", question: "q", gold_quote: ["أ"], kind: "fact" },
        answer: answer(true, ["أ"], { confidence: "low" }),
      }),
      outcome({
        question: { id: "2", lang: "ar", question: "مرحبا", expect: "smalltalk", kind: "smalltalk" },
        answer: answer(false, [], { kind: "smalltalk" }),
      }),
      outcome({
        question: {
          id: "3",
          lang: "ar",
          question: "q",
          expect: "not_quoted",
          person: "الصفدي",
          kind: "who_said",
        },
        answer: answer(true, [], { quotes: [quote("ك", 1, "الصفدي")] }),
      }),
      outcome({
        question: { id: "4", lang: "ar", question: "q", gold_quote: ["ب"], kind: "fact" },
        answer: answer(false, []),
      }),
      outcome({
        question: { id: "5", lang: "en", question: "q", gold_quote: ["ب"] },
        answer: answer(true, ["ب"]),
      }),
    ]);
    expect(report.by_lang.ar).toMatchObject({
      n: 4,
      false_refusals: 0.5, // the small-talk answer is not a refusal of an in-scope question
      answer_has_gold: 0.5,
      accuracy: 2 / 4,
      low_confidence: 1,
      smalltalk_ok: 1,
      not_quoted_ok: 0,
    });
    expect(report.by_kind).toEqual({
      fact: { ar: { n: 2, right: 0.5, refused: 0.5, low_confidence: 1 } },
      smalltalk: { ar: { n: 1, right: 1, refused: 1, low_confidence: 0 } },
      who_said: { ar: { n: 1, right: 0, refused: 0, low_confidence: 0 } },
    });
  });
});

describe("shownEvidence", () => {
  it("is the retrieved passages, or for an answer given without retrieval its quotes then its lead", () => {
    const q = { id: "1", lang: "en", question: "What's the headline?" } as const;
    expect(shownEvidence(outcome({ question: q, rankedChunks: ["p1", "p2"] }))).toEqual(["p1", "p2"]);
    const headline = answer(true, [], { lead: "The article's headline: «عنوان»" });
    expect(shownEvidence(outcome({ question: q, answer: headline }))).toEqual([headline.lead]);
    expect(shownEvidence(outcome({ question: q, answer: answer(true, ["المصدر: تاس"]) }))[0]).toBe(
      "المصدر: تاس",
    );
  });
});

describe("isRenderedInEnglish", () => {
  const translated = (lead: string, translation?: string) => {
    const base = answer(true, ["قال لافروف"], { lang: "en", lead });
    return { ...base, quotes: base.quotes.map((q) => ({ ...q, ...(translation ? { translation } : {}) })) };
  };
  it("wants an English lead (Arabic only inside «…») and a translation under every quote", () => {
    expect(isRenderedInEnglish(translated("Lavrov said [1]:", "Lavrov said"))).toBe(true);
    expect(isRenderedInEnglish(translated("The headline: «عنوان» (our translation: Title)", "x"))).toBe(true);
    expect(isRenderedInEnglish(translated("Lavrov said [1]:"))).toBe(false);
    expect(isRenderedInEnglish(translated("قال لافروف [1]:", "Lavrov said"))).toBe(false);
    expect(isRenderedInEnglish(translated("«قال» [1]", "Lavrov said"))).toBe(false);
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

  it("reads history, expect and kind, and rejects values it does not know", () => {
    const [q] = parseQuestions(
      '{"id":"a","lang":"ar","question":"وامتى؟","history":["وين؟"],"kind":"follow_up","expect":"not_quoted","person":"الصفدي"}',
      "f.jsonl",
    );
    expect(q).toMatchObject({ history: ["وين؟"], kind: "follow_up", expect: "not_quoted", person: "الصفدي" });
    expect(() => parseQuestions('{"id":"a","lang":"ar","question":"q","history":"x"}', "f")).toThrow(
      /history/,
    );
    expect(() => parseQuestions('{"id":"a","lang":"ar","question":"q","expect":"joke"}', "f")).toThrow(
      /expect/,
    );
    expect(() => parseQuestions('{"id":"a","lang":"ar","question":"q","kind":"trivia"}', "f")).toThrow(
      /kind/,
    );
  });
});
