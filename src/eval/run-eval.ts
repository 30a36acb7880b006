import { stat } from "node:fs/promises";
import path from "node:path";
import { isVerbatim } from "../answer/quote-verifier.js";
import { buildPipeline } from "../app/composition.js";
import type { AppConfig } from "../app/config.js";
import type { Logger } from "../core/logger.js";
import type { ScoredChunk } from "../core/types.js";
import { loadCorpus } from "../corpus/loader.js";
import {
  type EvalQuestion,
  type EvalReport,
  type QuestionOutcome,
  rankedDocIds,
  summarise,
} from "./metrics.js";

/**
 * Evaluate the production pipeline on any corpus and question set: a temporary in-memory
 * index is built for the corpus (the project's main index is never touched), every
 * question goes through the same retrieval and answering as users' questions, and the
 * outcomes are summarised per language.
 */
export interface EvalRun {
  readonly report: EvalReport;
  readonly outcomes: readonly QuestionOutcome[];
}

export async function runEvaluation(options: {
  readonly config: AppConfig;
  readonly corpus: string;
  readonly questions: readonly EvalQuestion[];
  readonly logger: Logger;
  readonly onProgress?: (done: number, total: number) => void;
  /** `false` measures without the corpus's aligned translations (the generic English path). */
  readonly translations?: boolean;
}): Promise<EvalRun> {
  const corpusPath = await resolveCorpus(options.corpus);
  const documents = await loadCorpus(corpusPath);
  const pipeline = await buildPipeline({
    config: options.config,
    logger: options.logger,
    documents,
    indexDirectory: null,
    translationsFrom: options.translations === false ? null : corpusPath,
  });
  const { qa } = pipeline;
  const outcomes: QuestionOutcome[] = [];
  for (const question of options.questions) {
    let ranked: readonly ScoredChunk[] = [];
    const answer = await pipeline.answerer.ask(question.question, { onRetrieved: (r) => (ranked = r) });
    outcomes.push({
      question,
      rankedDocs: rankedDocIds(ranked),
      rankedChunks: ranked.map((r) => r.chunk.text),
      answer,
      verbatimQuotes: answer.quotes.filter((q) => isVerbatim(q, qa.lookup)).length,
    });
    options.onProgress?.(outcomes.length, options.questions.length);
  }
  return { report: summarise(outcomes), outcomes };
}

/** `--corpus` takes a directory, a corpus file, or a folder holding `corpus.jsonl`. */
async function resolveCorpus(corpus: string): Promise<string> {
  const info = await stat(corpus).catch(() => undefined);
  if (info?.isDirectory()) {
    const jsonl = path.join(corpus, "corpus.jsonl");
    if (
      await stat(jsonl).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return jsonl;
  }
  return corpus;
}
