import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { evaluationPipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import { silentLogger } from "../../src/core/logger.js";
import type { LangMetrics } from "../../src/eval/metrics.js";
import { parseQuestions } from "../../src/eval/metrics.js";
import { runEvaluation } from "../../src/eval/run-eval.js";

/** Where the quality tests find the project's and the shared question sets. */
export const ROOT = path.resolve(__dirname, "../..");
export const SHARED = path.resolve(ROOT, "../shared/eval");
export const CORPUS = path.join(ROOT, "corpus");
export const sharedAvailable = existsSync(path.join(SHARED, "talks-qa.dev.jsonl"));
export const EPS = 1e-9;

/**
 * The production offline pipeline over `corpus`, evaluated on `qaFile`: figures per language.
 * With `lang`, only that language's questions are asked (each question is asked on its own, so
 * that language's figures are the same as in a run of the whole file).
 */
export async function evaluate(corpus: string, qaFile: string, lang?: "ar" | "en") {
  const all = parseQuestions(readFileSync(qaFile, "utf8"), qaFile);
  const questions = lang === undefined ? all : all.filter((q) => q.lang === lang);
  const build = evaluationPipeline(loadConfig({}), silentLogger);
  const { report } = await runEvaluation({ corpus, questions, build });
  return report.by_lang as Record<"ar" | "en", LangMetrics>;
}
