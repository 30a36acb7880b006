import { describe, expect, it } from "vitest";
import { firstLine, MalformedOutputError, parseAnswerOutput, stripThinking } from "../../src/llm/output.js";

const GOOD = JSON.stringify({
  answer: "Lavrov said the refugees should return [1].",
  citations: [{ n: 1, passage: 2, quote: "عودة اللاجئين", translation: "the return of refugees" }],
});

describe("parseAnswerOutput", () => {
  it("reads the JSON answer, also inside a code fence or after a reasoning block", () => {
    for (const raw of [GOOD, `\`\`\`json\n${GOOD}\n\`\`\``, `<think>the user wants {x}</think>\n${GOOD}`]) {
      const out = parseAnswerOutput(raw);
      expect(out.answer).toBe("Lavrov said the refugees should return [1].");
      expect(out.citations).toEqual([
        { n: 1, passage: 2, quote: "عودة اللاجئين", translation: "the return of refugees" },
      ]);
    }
  });

  it("accepts numbers written as strings and drops citations without the required fields", () => {
    const out = parseAnswerOutput(
      JSON.stringify({
        answer: "x [1] [2]",
        citations: [{ n: "1", passage: "[3]", quote: "نص" }, { n: 2, quote: "بلا مقطع" }, "junk"],
      }),
    );
    expect(out.citations).toEqual([{ n: 1, passage: 3, quote: "نص" }]);
    expect(out.malformedCitations).toBe(2);
  });

  it("treats a cut-off, non-JSON or wrongly shaped reply as malformed (never 'completes' it)", () => {
    for (const raw of [
      GOOD.slice(0, GOOD.length - 20),
      "I think Lavrov said something.",
      JSON.stringify({ text: "no answer field" }),
      '{"answer": "x", "citations": [',
    ]) {
      expect(() => parseAnswerOutput(raw)).toThrow(MalformedOutputError);
    }
  });
});

describe("stripThinking", () => {
  it("drops reasoning blocks", () => {
    expect(stripThinking("<think>a</think> b")).toBe("b");
  });
});

describe("firstLine", () => {
  it("takes the first non-empty line without labels or quotation marks", () => {
    expect(firstLine("\n«عودة اللاجئين لافروف»\nexplanation")).toBe("عودة اللاجئين لافروف");
    expect(firstLine("Arabic query: لافروف سوريا")).toBe("لافروف سوريا");
    expect(firstLine("<think>hmm</think>\nWhat did Lavrov say about Libya?")).toBe(
      "What did Lavrov say about Libya?",
    );
  });
});
