import { describe, expect, it } from "vitest";
import {
  firstLine,
  MalformedOutputError,
  parseAnswerOutput,
  partialAnswerText,
  stripThinking,
} from "../../src/llm/output.js";

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

describe("partialAnswerText", () => {
  it("follows the answer while the JSON streams in", () => {
    const seen = new Set<string>();
    for (let i = 1; i <= GOOD.length; i++) {
      const partial = partialAnswerText(GOOD.slice(0, i));
      if (partial !== undefined) seen.add(partial);
    }
    const values = [...seen];
    expect(values[0]?.length).toBeLessThan(5);
    expect(values.at(-1)).toBe("Lavrov said the refugees should return [1].");
    // Growing prefixes of the final answer.
    for (const v of values) expect("Lavrov said the refugees should return [1].".startsWith(v)).toBe(true);
  });

  it("shows nothing while the model is still thinking", () => {
    expect(partialAnswerText('<think>maybe {"answer": "leak')).toBeUndefined();
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
