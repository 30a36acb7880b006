import { AppError } from "../core/errors.js";
import type { Answer, Lang, ScoredChunk } from "../core/types.js";

/**
 * Evaluation metrics of shared/eval/README.md, per language. Pure: the runner records one
 * `QuestionOutcome` per question and `summarise` turns them into the report.
 */
export interface EvalQuestion {
  readonly id: string;
  readonly lang: Lang;
  readonly question: string;
  readonly gold_doc?: string;
  readonly gold_answer?: string;
  readonly gold_quote?: readonly string[];
  readonly out_of_scope?: boolean;
}

export interface QuestionOutcome {
  readonly question: EvalQuestion;
  /** Document ids in retrieval order (first occurrence of each). */
  readonly rankedDocs: readonly string[];
  /** Chunk texts in retrieval order. */
  readonly rankedChunks: readonly string[];
  readonly answer: Answer;
  /** How many of the answer's quotes are verbatim corpus text at their offsets. */
  readonly verbatimQuotes: number;
}

export interface LangMetrics {
  readonly n: number;
  readonly recall_at_1: number | null;
  readonly recall_at_5: number | null;
  readonly mrr: number | null;
  readonly hit_at_1: number | null;
  readonly hit_at_3: number | null;
  readonly answer_has_gold: number | null;
  readonly oos_refused: number | null;
  readonly false_refusals: number | null;
  readonly quote_fidelity: number | null;
}

export interface EvalReport {
  readonly by_lang: Partial<Record<Lang, LangMetrics>>;
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

export function rankedDocIds(results: readonly ScoredChunk[]): string[] {
  const ids: string[] = [];
  for (const r of results) if (!ids.includes(r.chunk.docId)) ids.push(r.chunk.docId);
  return ids;
}

function goldPhrases(q: EvalQuestion): string[] {
  return [...(q.gold_quote ?? [])].filter((g) => g.length > 0);
}

/** The answer's first quote contains the gold answer (or one gold quote). */
export function answerHasGold(q: EvalQuestion, answer: Answer): boolean {
  const first = answer.quotes[0]?.text;
  if (first === undefined) return false;
  if (q.gold_answer !== undefined && q.gold_answer.length > 0) return first.includes(q.gold_answer);
  return goldPhrases(q).some((g) => first.includes(g));
}

export function summarise(outcomes: readonly QuestionOutcome[]): EvalReport {
  const byLang: Partial<Record<Lang, LangMetrics>> = {};
  for (const lang of ["ar", "en"] as const) {
    const all = outcomes.filter((o) => o.question.lang === lang);
    if (all.length === 0) continue;
    const inScope = all.filter((o) => o.question.out_of_scope !== true);
    const oos = all.filter((o) => o.question.out_of_scope === true);
    const withDoc = inScope.filter((o) => o.question.gold_doc !== undefined);
    const docRank = (o: QuestionOutcome) => o.rankedDocs.indexOf(o.question.gold_doc ?? "") + 1;
    const withQuote = inScope.filter((o) => goldPhrases(o.question).length > 0);
    const chunkHit = (o: QuestionOutcome, k: number) =>
      o.rankedChunks.slice(0, k).some((text) => goldPhrases(o.question).some((g) => text.includes(g)));
    const withGold = inScope.filter(
      (o) => o.question.gold_answer !== undefined || goldPhrases(o.question).length > 0,
    );
    const quoteCount = all.reduce((sum, o) => sum + o.answer.quotes.length, 0);
    const verbatim = all.reduce((sum, o) => sum + o.verbatimQuotes, 0);
    byLang[lang] = {
      n: all.length,
      recall_at_1: mean(withDoc.map((o) => (docRank(o) === 1 ? 1 : 0))),
      recall_at_5: mean(withDoc.map((o) => (docRank(o) >= 1 && docRank(o) <= 5 ? 1 : 0))),
      mrr: mean(withDoc.map((o) => (docRank(o) >= 1 ? 1 / docRank(o) : 0))),
      hit_at_1: mean(withQuote.map((o) => (chunkHit(o, 1) ? 1 : 0))),
      hit_at_3: mean(withQuote.map((o) => (chunkHit(o, 3) ? 1 : 0))),
      answer_has_gold: mean(withGold.map((o) => (answerHasGold(o.question, o.answer) ? 1 : 0))),
      oos_refused: mean(oos.map((o) => (o.answer.covered ? 0 : 1))),
      false_refusals: mean(inScope.map((o) => (o.answer.covered ? 0 : 1))),
      quote_fidelity: quoteCount === 0 ? null : verbatim / quoteCount,
    };
  }
  return { by_lang: byLang };
}

/** Parse one question set (JSONL); throws with the line number on a malformed line. */
export function parseQuestions(content: string, file: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new AppError("INPUT_INVALID", `${file}:${i + 1}: not valid JSON (${(error as Error).message})`, {
        cause: error,
      });
    }
    const q = value as Partial<EvalQuestion>;
    if (typeof q.id !== "string" || typeof q.question !== "string" || (q.lang !== "ar" && q.lang !== "en"))
      throw new AppError(
        "INPUT_INVALID",
        `${file}:${i + 1}: each line needs "id", "question" and "lang" ("ar" or "en")`,
      );
    questions.push(q as EvalQuestion);
  });
  if (questions.length === 0) throw new AppError("INPUT_INVALID", `${file}: no questions`);
  return questions;
}
