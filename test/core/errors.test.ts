import { describe, expect, it } from "vitest";
import { AppError } from "../../src/core/errors.js";
import { parseQuestions } from "../../src/eval/metrics.js";
import { BudgetExhaustedError, IdleTimeoutError } from "../../src/llm/call.js";
import { MalformedOutputError, parseAnswerOutput } from "../../src/llm/output.js";
import { indexLexicon, parseTranslations } from "../../src/translate/lexicon.js";

/** What a caller branches on: the base type, a stable code, the class name, and the cause. */
function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("nothing was thrown");
}

describe("errors under AppError", () => {
  it("gives the model-call errors codes and keeps their names", () => {
    const idle = new IdleTimeoutError(5);
    expect(idle).toBeInstanceOf(AppError);
    expect([idle.code, idle.name]).toEqual(["MODEL_TIMEOUT", "IdleTimeoutError"]);
    const budget = new BudgetExhaustedError();
    expect([budget.code, budget.name]).toEqual(["BUDGET_EXHAUSTED", "BudgetExhaustedError"]);
  });

  it("keeps the JSON parser's error as the cause of malformed model output", () => {
    const error = thrown(() => parseAnswerOutput("{not json}"));
    expect(error).toBeInstanceOf(MalformedOutputError);
    expect(error.code).toBe("OUTPUT_MALFORMED");
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("reports malformed question sets and lexicons with their codes", () => {
    const bad = thrown(() => parseQuestions("{oops", "f.jsonl"));
    expect(bad.code).toBe("INPUT_INVALID");
    expect(bad.cause).toBeInstanceOf(SyntaxError);
    expect(thrown(() => parseQuestions("", "f.jsonl")).code).toBe("INPUT_INVALID");
    expect(thrown(() => indexLexicon("no header")).code).toBe("LEXICON_INVALID");
    expect(thrown(() => parseTranslations("x:-1")).code).toBe("LEXICON_INVALID");
  });
});
