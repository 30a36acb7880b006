import { expect } from "vitest";
import { buildPipeline, type Pipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import { silentLogger } from "../../src/core/logger.js";
import type { Answer } from "../../src/core/types.js";

/** The offline default pipeline on the project corpus, in memory (nothing written to .index/). */
export function articlePipeline(): Promise<Pipeline> {
  return buildPipeline({ config: loadConfig({}), logger: silentLogger, indexDirectory: null });
}

/** Asks one question of a pipeline. */
export type Ask = (question: string) => Promise<Answer>;

/** Each question is answered, its first quote from the paragraph given. */
export async function expectFirstQuotes(
  ask: Ask,
  cases: readonly (readonly [string, number])[],
): Promise<void> {
  for (const [question, paragraph] of cases) {
    const answer = await ask(question);
    expect(answer.covered, question).toBe(true);
    expect(answer.quotes[0]?.paragraph, question).toBe(paragraph);
  }
}

/** Each question is answered (`true`) or refused (`false`). */
export async function expectCovered(ask: Ask, questions: readonly string[], covered: boolean): Promise<void> {
  for (const question of questions) expect((await ask(question)).covered, question).toBe(covered);
}

/**
 * Each question is answered with a first quote holding `words`, and no bare "yes": a claim the
 * words alone cannot confirm ("only briefly", "slammed", "a full member") gets the quotes.
 */
export async function expectQuotedWithoutYes(
  ask: Ask,
  questions: readonly string[],
  words: string,
): Promise<void> {
  for (const question of questions) {
    const answer = await ask(question);
    expect(answer.covered, question).toBe(true);
    expect(answer.quotes[0]?.text, question).toContain(words);
    expect(answer.lead ?? "", question).not.toMatch(/^(?:Yes|نعم)/);
  }
}
