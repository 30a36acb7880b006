import { AppError } from "../core/errors.js";
import type { Lang } from "../core/types.js";

/**
 * A question set (shared/eval/README.md format, plus the fields of issue 8): one question a
 * line. Pure parsing and checking; the runner and the metrics read these values.
 */
export const QUESTION_KINDS = [
  "fact",
  "dialect",
  "role",
  "metadata",
  "overview",
  "quote_request",
  "follow_up",
  "yes_no",
  "who_said",
  "smalltalk",
  "oos",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * - `smalltalk`: a greeting, thanks or help request: right when answered as small talk, with
 *   no quotes;
 * - `not_quoted`: asks what `person` said where the article never quotes them: right when no
 *   quote of the answer is attributed to that person (refusing or offering others is fine).
 */
export type Expectation = "smalltalk" | "not_quoted";

export interface EvalQuestion {
  readonly id: string;
  readonly lang: Lang;
  readonly question: string;
  readonly gold_doc?: string;
  readonly gold_answer?: string;
  readonly gold_quote?: readonly string[];
  readonly out_of_scope?: boolean;
  /** Earlier user questions of the same chat, oldest first; asked (and answered) before this one. */
  readonly history?: readonly string[];
  readonly expect?: Expectation;
  /** For `expect: "not_quoted"`: the person as the corpus names them (matched in `speaker.ar`). */
  readonly person?: string;
  /** For per-kind reporting. */
  readonly kind?: QuestionKind;
}

/** Parse one question set (JSONL); throws `INPUT_INVALID` with the line number on a malformed line. */
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
    const where = `${file}:${i + 1}`;
    if (typeof q.id !== "string" || typeof q.question !== "string" || (q.lang !== "ar" && q.lang !== "en"))
      throw new AppError(
        "INPUT_INVALID",
        `${where}: each line needs "id", "question" and "lang" ("ar" or "en")`,
      );
    if (
      q.history !== undefined &&
      !(Array.isArray(q.history) && q.history.every((h) => typeof h === "string"))
    )
      throw new AppError(
        "INPUT_INVALID",
        `${where}: "history" must be a list of earlier questions (strings)`,
      );
    if (q.expect !== undefined && q.expect !== "smalltalk" && q.expect !== "not_quoted")
      throw new AppError("INPUT_INVALID", `${where}: "expect" must be "smalltalk" or "not_quoted"`);
    if (q.kind !== undefined && !(QUESTION_KINDS as readonly string[]).includes(q.kind))
      throw new AppError(
        "INPUT_INVALID",
        `${where}: unknown "kind" ${JSON.stringify(q.kind)} (known: ${QUESTION_KINDS.join(", ")})`,
      );
    questions.push(q as EvalQuestion);
  });
  if (questions.length === 0) throw new AppError("INPUT_INVALID", `${file}: no questions`);
  return questions;
}

/**
 * What is wrong with a question set written for one document: duplicate ids, gold phrases that
 * are not verbatim in `documentText` (a gold that cannot occur makes a question unanswerable),
 * in-scope questions without gold, `not_quoted` without a person. Empty when all is well.
 */
export function checkQuestionSet(questions: readonly EvalQuestion[], documentText: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) problems.push(`${q.id}: duplicate id`);
    seen.add(q.id);
    const golds = [...(q.gold_quote ?? []), ...(q.gold_answer === undefined ? [] : [q.gold_answer])];
    for (const g of golds)
      if (g.length === 0 || !documentText.includes(g))
        problems.push(`${q.id}: gold ${JSON.stringify(g)} is not in the article`);
    if (q.out_of_scope === true && golds.length > 0) problems.push(`${q.id}: out of scope but has gold`);
    if (q.out_of_scope !== true && q.expect === undefined && (q.gold_quote ?? []).length === 0)
      problems.push(`${q.id}: in scope without gold_quote`);
    if (q.expect === "not_quoted" && (q.person ?? "").length === 0)
      problems.push(`${q.id}: expect not_quoted needs "person"`);
    if (q.history?.some((h) => h.trim().length === 0)) problems.push(`${q.id}: empty question in history`);
  }
  return problems;
}
