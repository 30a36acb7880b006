import { stat } from "node:fs/promises";
import path from "node:path";
import { type DocumentLookup, isVerbatim } from "../answer/quote-verifier.js";
import type { CorpusDocument, QuestionAnswerer, ScoredChunk } from "../core/types.js";
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
 * outcomes are summarised per language. The app builds the pipeline (`build`, in practice
 * app/composition's `evaluationPipeline`), so evaluation depends on no composition root.
 */
export interface EvalRun {
  readonly report: EvalReport;
  readonly outcomes: readonly QuestionOutcome[];
}

/** What an evaluation asks, and how it checks quotes against the documents. */
export interface EvalPipeline {
  readonly answerer: QuestionAnswerer;
  readonly lookup: DocumentLookup;
}

export async function runEvaluation(options: {
  readonly corpus: string;
  readonly questions: readonly EvalQuestion[];
  /** The production pipeline over `documents`, with its index in memory. */
  readonly build: (documents: readonly CorpusDocument[]) => Promise<EvalPipeline>;
  readonly onProgress?: (done: number, total: number) => void;
}): Promise<EvalRun> {
  const corpusPath = await resolveCorpus(options.corpus);
  const documents = await loadCorpus(corpusPath);
  const pipeline = await options.build(documents);
  const outcomes: QuestionOutcome[] = [];
  for (const question of options.questions) {
    let ranked: readonly ScoredChunk[] = [];
    const answer = await pipeline.answerer.ask(question.question, { onRetrieved: (r) => (ranked = r) });
    outcomes.push({
      question,
      rankedDocs: rankedDocIds(ranked),
      rankedChunks: ranked.map((r) => r.chunk.text),
      answer,
      verbatimQuotes: answer.quotes.filter((q) => isVerbatim(q, pipeline.lookup)).length,
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
