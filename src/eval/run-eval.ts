import { stat } from "node:fs/promises";
import path from "node:path";
import { type DocumentLookup, isVerbatim } from "../answer/quote-verifier.js";
import type { Answer, CorpusDocument, QuestionAnswerer, Quote, ScoredChunk, Turn } from "../core/types.js";
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

/**
 * The production pipeline over `documents` with its index in memory, and the aligned
 * translations found at `translationsFrom` (`null`: none).
 */
export type EvalPipelineBuilder = (
  documents: readonly CorpusDocument[],
  translationsFrom: string | null,
) => Promise<EvalPipeline>;

export async function runEvaluation(options: {
  readonly corpus: string;
  readonly questions: readonly EvalQuestion[];
  readonly build: EvalPipelineBuilder;
  readonly onProgress?: (done: number, total: number) => void;
  /** `false` measures without the corpus's aligned translations (the generic English path). */
  readonly translations?: boolean;
}): Promise<EvalRun> {
  const corpusPath = await resolveCorpus(options.corpus);
  const documents = await loadCorpus(corpusPath);
  const pipeline = await options.build(documents, options.translations === false ? null : corpusPath);
  const outcomes = await askAll(pipeline.answerer, options.questions, {
    isVerbatim: (quote) => isVerbatim(quote, pipeline.lookup),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  return { report: summarise(outcomes), outcomes };
}

/** Ask every question of a set (follow-ups after their history) and record what came back. */
export async function askAll(
  answerer: QuestionAnswerer,
  questions: readonly EvalQuestion[],
  options: {
    readonly isVerbatim: (quote: Quote) => boolean;
    readonly onProgress?: (done: number, total: number) => void;
  },
): Promise<QuestionOutcome[]> {
  const outcomes: QuestionOutcome[] = [];
  for (const question of questions) {
    let ranked: readonly ScoredChunk[] = [];
    const history = await replayHistory(answerer, question.history ?? []);
    const answer = await answerer.ask(question.question, {
      ...(history.length > 0 ? { history } : {}),
      onRetrieved: (r) => (ranked = r),
    });
    outcomes.push({
      question,
      rankedDocs: rankedDocIds(ranked),
      rankedChunks: ranked.map((r) => r.chunk.text),
      answer,
      verbatimQuotes: answer.quotes.filter(options.isVerbatim).length,
    });
    options.onProgress?.(outcomes.length, questions.length);
  }
  return outcomes;
}

/**
 * A follow-up is asked as in a chat: its earlier questions are asked first, each with the turns
 * before it, and their answers become the history (what a front end keeps per chat).
 */
async function replayHistory(answerer: QuestionAnswerer, questions: readonly string[]): Promise<Turn[]> {
  const turns: Turn[] = [];
  for (const question of questions) {
    const answer: Answer = await answerer.ask(question, turns.length > 0 ? { history: [...turns] } : {});
    turns.push({ question, answer });
  }
  return turns;
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
