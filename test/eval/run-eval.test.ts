import { describe, expect, it } from "vitest";
import type { Answer, AskOptions, QuestionAnswerer } from "../../src/core/types.js";
import { askAll } from "../../src/eval/run-eval.js";

/** An answerer that records what it was asked, with which history, and echoes the question. */
function recordingAnswerer() {
  const calls: { question: string; history: string[]; historyAnswers: string[] }[] = [];
  const answerer: QuestionAnswerer = {
    async ask(question: string, options?: AskOptions): Promise<Answer> {
      calls.push({
        question,
        history: (options?.history ?? []).map((t) => t.question),
        historyAnswers: (options?.history ?? []).map((t) => t.answer?.text ?? ""),
      });
      return {
        lang: "ar",
        covered: true,
        kind: "answer",
        confidence: "high",
        text: `answer to ${question}`,
        lead: "",
        quotes: [{ text: question, doc: "d", paragraph: 1, start: 0, end: question.length, n: 1 }],
        passages: [],
        sources: [],
        matchedTerms: [],
        answerer: "recording",
      };
    },
    listSources: () => [],
  };
  return { answerer, calls };
}

describe("askAll", () => {
  it("asks a follow-up's earlier questions first, as a chat would, and passes their answers as history", async () => {
    const { answerer, calls } = recordingAnswerer();
    const outcomes = await askAll(
      answerer,
      [
        { id: "1", lang: "ar", question: "وامتى؟", history: ["شو قال عن سوريا؟", "وين الاجتماع؟"] },
        { id: "2", lang: "en", question: "alone" },
      ],
      { isVerbatim: (q) => q.text !== "alone" },
    );
    expect(calls).toEqual([
      { question: "شو قال عن سوريا؟", history: [], historyAnswers: [] },
      {
        question: "وين الاجتماع؟",
        history: ["شو قال عن سوريا؟"],
        historyAnswers: ["answer to شو قال عن سوريا؟"],
      },
      {
        question: "وامتى؟",
        history: ["شو قال عن سوريا؟", "وين الاجتماع؟"],
        historyAnswers: ["answer to شو قال عن سوريا؟", "answer to وين الاجتماع؟"],
      },
      // A question without history is asked alone: nothing leaks from the previous one.
      { question: "alone", history: [], historyAnswers: [] },
    ]);
    expect(outcomes.map((o) => [o.question.id, o.answer.text, o.verbatimQuotes])).toEqual([
      ["1", "answer to وامتى؟", 1],
      ["2", "answer to alone", 0],
    ]);
  });
});
