import type { Answer, Lang, ScoredChunk } from "../core/types.js";
import type { EvalQuestion } from "./questions.js";

export type { EvalQuestion, QuestionKind } from "./questions.js";
export { parseQuestions } from "./questions.js";

/**
 * Evaluation metrics of shared/eval/README.md, per language, and the question kinds of issue 8.
 * Pure: the runner records one `QuestionOutcome` per question and `summarise` turns them into
 * the report.
 *
 * Which questions count where:
 * - out of scope (`out_of_scope: true`): `oos_refused` (right = not covered);
 * - `expect` questions (small talk, "what did X say" where X is never quoted) are judged by
 *   their own rule (`smalltalk_ok`, `not_quoted_ok`) and left out of the in-scope figures;
 * - every other question is in scope: hit@k, `answer_has_gold`, `false_refusals`.
 */
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
  /** Share of all questions judged right by `judge` (each by the rule of its kind). */
  readonly accuracy: number | null;
  /** How many answers had confidence "low" (closest passages). */
  readonly low_confidence: number;
  readonly smalltalk_ok: number | null;
  readonly not_quoted_ok: number | null;
  /**
   * English only (issue 9): share of covered answers that lead in English and carry an English
   * translation (or, for a document without one, a glossary line) under every quote.
   */
  readonly english_rendered: number | null;
}

export interface KindMetrics {
  readonly n: number;
  /** Share judged right by `judge`. */
  readonly right: number | null;
  /** Share with `covered` false (refusals, and small talk): right for out of scope, a miss in scope. */
  readonly refused: number;
  readonly low_confidence: number;
}

export interface EvalReport {
  readonly by_lang: Partial<Record<Lang, LangMetrics>>;
  /** Per question `kind` (questions without one are not listed), per language. */
  readonly by_kind: Record<string, Partial<Record<Lang, KindMetrics>>>;
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

const share = (items: readonly QuestionOutcome[], ok: (o: QuestionOutcome) => boolean) =>
  mean(items.map((o) => (ok(o) ? 1 : 0)));

export function rankedDocIds(results: readonly ScoredChunk[]): string[] {
  const ids: string[] = [];
  for (const r of results) if (!ids.includes(r.chunk.docId)) ids.push(r.chunk.docId);
  return ids;
}

function goldPhrases(q: EvalQuestion): string[] {
  return [...(q.gold_quote ?? [])].filter((g) => g.length > 0);
}

/**
 * What the reader is shown first, in order, for hit@k: the retrieved passages; for an answer
 * given without retrieval (the headline, from the front matter) its quotes, then its lead.
 */
export function shownEvidence(o: QuestionOutcome): readonly string[] {
  if (o.rankedChunks.length > 0) return o.rankedChunks;
  return [...o.answer.quotes.map((q) => q.text), o.answer.lead];
}

const ARABIC_LETTER = /[\u0621-\u064A]/;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * An English reader can understand it: the lead is English (Arabic only inside «…», where a
 * headline or a name may be quoted) and every quote has a translation or a glossary line.
 */
export function isRenderedInEnglish(answer: Answer): boolean {
  const outsideQuotes = answer.lead.replace(/«[^»]*»/g, "");
  if (ARABIC_LETTER.test(outsideQuotes) || !LATIN_LETTER.test(outsideQuotes)) return false;
  return answer.quotes.every((q) => (q.translation ?? q.gloss ?? "").length > 0);
}

export const isInScope = (q: EvalQuestion): boolean => q.out_of_scope !== true && q.expect === undefined;

/**
 * Overview questions ("main topics", «لخص») want breadth: right when the answer quotes at least
 * three distinct paragraphs, or when quotes from at least two distinct paragraphs each contain a
 * gold phrase (two points of the topic asked about, not one paragraph holding two phrases).
 */
export function overviewIsRight(q: EvalQuestion, answer: Answer): boolean {
  const paragraphs = new Set(answer.quotes.map((quote) => `${quote.doc}#${quote.paragraph}`));
  if (paragraphs.size >= 3) return true;
  const golds = goldPhrases(q);
  const withGold = new Set(
    answer.quotes
      .filter((quote) => golds.some((g) => quote.text.includes(g)))
      .map((quote) => `${quote.doc}#${quote.paragraph}`),
  );
  return withGold.size >= 2;
}

function containsGold(q: EvalQuestion, text: string): boolean {
  if (q.gold_answer !== undefined && q.gold_answer.length > 0) return text.includes(q.gold_answer);
  return goldPhrases(q).some((g) => text.includes(g));
}

/**
 * The answer's first quote contains the gold answer (or one gold quote). Overview questions by
 * `overviewIsRight`; metadata questions (agency, date, headline) may state the answer in the
 * answer text itself (the headline comes from the front matter, not a quote), so their whole
 * text counts too.
 */
export function answerHasGold(q: EvalQuestion, answer: Answer): boolean {
  if (q.kind === "overview") return overviewIsRight(q, answer);
  const first = answer.quotes[0]?.text;
  if (first !== undefined && containsGold(q, first)) return true;
  return q.kind === "metadata" && containsGold(q, answer.text);
}

export const smalltalkIsRight = (answer: Answer): boolean =>
  answer.kind === "smalltalk" && answer.quotes.length === 0;

/**
 * Right when no quote is attributed to the asked person (quotes without a speaker cannot be
 * judged and are passed over); null when the question names no person.
 */
export function notQuotedIsRight(q: EvalQuestion, answer: Answer): boolean | null {
  const person = q.person;
  if (person === undefined || person.length === 0) return null;
  return !answer.quotes.some((quote) => quote.speaker?.ar.includes(person) === true);
}

/** Whether one outcome is right by the rule of its question; null when it cannot be judged. */
export function judge(o: QuestionOutcome): boolean | null {
  const q = o.question;
  if (q.out_of_scope === true) return !o.answer.covered;
  if (q.expect === "smalltalk") return smalltalkIsRight(o.answer);
  if (q.expect === "not_quoted") return notQuotedIsRight(q, o.answer);
  if (q.gold_answer === undefined && goldPhrases(q).length === 0) return o.answer.covered;
  return o.answer.covered && answerHasGold(q, o.answer);
}

function judgedShare(items: readonly QuestionOutcome[]): number | null {
  const verdicts = items.map(judge).filter((v): v is boolean => v !== null);
  return mean(verdicts.map((v) => (v ? 1 : 0)));
}

const lowCount = (items: readonly QuestionOutcome[]) =>
  items.filter((o) => o.answer.confidence === "low").length;

function langMetrics(all: readonly QuestionOutcome[]): LangMetrics {
  const inScope = all.filter((o) => isInScope(o.question));
  const oos = all.filter((o) => o.question.out_of_scope === true);
  const withDoc = inScope.filter((o) => o.question.gold_doc !== undefined);
  const docRank = (o: QuestionOutcome) => o.rankedDocs.indexOf(o.question.gold_doc ?? "") + 1;
  const withQuote = inScope.filter((o) => goldPhrases(o.question).length > 0);
  const chunkHit = (o: QuestionOutcome, k: number) =>
    shownEvidence(o)
      .slice(0, k)
      .some((text) => goldPhrases(o.question).some((g) => text.includes(g)));
  const withGold = inScope.filter(
    (o) => o.question.gold_answer !== undefined || goldPhrases(o.question).length > 0,
  );
  const quoteCount = all.reduce((sum, o) => sum + o.answer.quotes.length, 0);
  const verbatim = all.reduce((sum, o) => sum + o.verbatimQuotes, 0);
  const expecting = (e: EvalQuestion["expect"]) => all.filter((o) => o.question.expect === e);
  return {
    n: all.length,
    recall_at_1: share(withDoc, (o) => docRank(o) === 1),
    recall_at_5: share(withDoc, (o) => docRank(o) >= 1 && docRank(o) <= 5),
    mrr: mean(withDoc.map((o) => (docRank(o) >= 1 ? 1 / docRank(o) : 0))),
    hit_at_1: share(withQuote, (o) => chunkHit(o, 1)),
    hit_at_3: share(withQuote, (o) => chunkHit(o, 3)),
    answer_has_gold: share(withGold, (o) => answerHasGold(o.question, o.answer)),
    oos_refused: share(oos, (o) => !o.answer.covered),
    false_refusals: share(inScope, (o) => !o.answer.covered),
    quote_fidelity: quoteCount === 0 ? null : verbatim / quoteCount,
    accuracy: judgedShare(all),
    low_confidence: lowCount(all),
    smalltalk_ok: judgedShare(expecting("smalltalk")),
    not_quoted_ok: judgedShare(expecting("not_quoted")),
    english_rendered:
      all[0]?.question.lang === "en"
        ? share(
            all.filter((o) => o.answer.covered),
            (o) => isRenderedInEnglish(o.answer),
          )
        : null,
  };
}

export function summarise(outcomes: readonly QuestionOutcome[]): EvalReport {
  const byLang: Partial<Record<Lang, LangMetrics>> = {};
  const byKind: Record<string, Partial<Record<Lang, KindMetrics>>> = {};
  const kinds = [
    ...new Set(outcomes.flatMap((o) => (o.question.kind === undefined ? [] : [o.question.kind]))),
  ];
  for (const lang of ["ar", "en"] as const) {
    const all = outcomes.filter((o) => o.question.lang === lang);
    if (all.length === 0) continue;
    byLang[lang] = langMetrics(all);
    for (const kind of kinds) {
      const items = all.filter((o) => o.question.kind === kind);
      if (items.length === 0) continue;
      byKind[kind] ??= {};
      (byKind[kind] as Partial<Record<Lang, KindMetrics>>)[lang] = {
        n: items.length,
        right: judgedShare(items),
        refused: items.filter((o) => !o.answer.covered).length / items.length,
        low_confidence: lowCount(items),
      };
    }
  }
  return { by_lang: byLang, by_kind: byKind };
}
