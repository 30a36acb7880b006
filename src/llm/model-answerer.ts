import { isQuoteRequest } from "../answer/intent.js";
import type { GroundedAnswering, Retrieval } from "../answer/qa-service.js";
import type { Logger } from "../core/logger.js";
import type { Answer, AskOptions, Lang, QuestionAnswerer, Quote, SourceRef, Turn } from "../core/types.js";
import { hasArabicLetter } from "../core/unicode.js";
import type { QueryGroup } from "../index/lexical-index.js";
import { matchedInQuotes } from "../retrieval/matching.js";
import { detectLanguage } from "../text/lang.js";
import { type ChatRunnable, classifyFailure, deadlineSignal, streamText, withRetries } from "./call.js";
import { verifyModelAnswer } from "./citations.js";
import { type FusedPlan, fuseModelQuery } from "./fusion.js";
import { LeakGuard } from "./leak.js";
import { answerMessages, condenseMessages, translateMessages } from "./messages.js";
import { firstLine, MalformedOutputError, parseAnswerOutput } from "./output.js";
import { type NumberedPassage, selectPassages } from "./passages.js";
import { type Prompts, staticTextOf } from "./prompts.js";

/**
 * Answers with a chat model on top of the offline pipeline, never weakening it:
 * 1. a follow-up is condensed into a standalone question with the chat's recent turns;
 * 2. an English question is also rendered into an Arabic search query by the model, fused
 *    with the offline lexicon plan (both kept);
 * 3. retrieval and the coverage decision are the QA service's: an out-of-scope question gets
 *    the same "not covered" answer as offline, without asking the model for an answer;
 * 4. the model answers from numbered passages with `[n]` markers and cited quotes; every
 *    quote is located in its passage and replaced by the source's own text, unverifiable
 *    ones are dropped, and so is every claim (sentence) left without a verified citation;
 *    if fewer than half the claims survive, the extractive answer stands. Nothing is shown
 *    before verification: drafts are never streamed (`onPartial` is not called);
 * 5. anything else — provider errors, timeouts, a spent budget, malformed output, a leaked
 *    prompt, nothing verifiable left — yields the extractive answer (logged, not shown).
 * Steps 1–2 are optional helpers: when they fail, the question is used as it is.
 */

export interface ModelAnswererLimits {
  /** Idle timeout of one model call (no token for this long fails the attempt). */
  readonly llmTimeoutMs: number;
  readonly llmMaxRetries: number;
  /** Everything — model calls, retries, waits — ends within this; then the extractive answer. */
  readonly answerBudgetMs: number;
}

export interface ModelAnswererDeps {
  readonly qa: GroundedAnswering;
  readonly model: { readonly id: string; readonly plain: ChatRunnable; readonly json: ChatRunnable };
  readonly prompts: Prompts;
  readonly limits: ModelAnswererLimits;
  readonly logger: Logger;
  /** Does the corpus contain this lexical term (`n:…`, `l:…`)? For fusing model words. */
  readonly corpusHasTerm: (term: string) => boolean;
  /** First retry delay (default 500 ms; tests use less). */
  readonly retryBaseDelayMs?: number;
  readonly now?: () => number;
}

/** Share of the budget the optional pre-retrieval steps (condense, translate) may use each. */
const HELPER_BUDGET_SHARE = 0.25;
/** Budget kept back so the fallback is composed inside the budget. */
const RESERVE_MS = 150;

export class ModelAnswerer implements QuestionAnswerer {
  private readonly leakGuard: LeakGuard;
  private readonly now: () => number;

  constructor(private readonly deps: ModelAnswererDeps) {
    this.now = deps.now ?? Date.now;
    const p = deps.prompts;
    this.leakGuard = new LeakGuard([p.system, p.answer, p.translateQuery, p.condense].map(staticTextOf));
  }

  get id(): string {
    return this.deps.model.id;
  }

  listSources(): readonly SourceRef[] {
    return this.deps.qa.listSources();
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const { qa, logger } = this.deps;
    const text = question.trim();
    // Verbatim-passage requests need no model: the extractive path is exactly right.
    if (text.length === 0 || options.wantQuotes === true || isQuoteRequest(text))
      return qa.ask(question, options);

    const started = this.now();
    const deadline = started + this.deps.limits.answerBudgetMs - RESERVE_MS;
    const budget = deadlineSignal(deadline, options.signal, this.now);
    try {
      const history = options.history ?? [];
      const previous = history[history.length - 1]?.question;
      const lang = detectLanguage(text, previous === undefined ? "en" : detectLanguage(previous));

      const standalone =
        history.length > 0 ? await this.condense(text, lang, history, budget.signal, started) : text;
      const arabicQuery =
        lang === "en" ? await this.translate(standalone, budget.signal, started) : undefined;

      let fused: FusedPlan | undefined;
      // Coverage is judged on the question's own plan; the fused plan only ranks passages.
      const retrieval = await qa.retrieve(standalone, {
        history,
        signal: options.signal,
        onRetrieved: options.onRetrieved,
        refinePlan:
          arabicQuery === undefined
            ? undefined
            : (plan) => {
                fused = fuseModelQuery(plan, arabicQuery, (group) => this.inCorpus(group));
                return fused.plan;
              },
      });
      const fallback = () => qa.answerFrom(retrieval);

      if (retrieval.plan.words.length === 0 || !retrieval.covered || retrieval.wantQuotes) {
        logger.debug("model answerer: extractive path", {
          covered: retrieval.covered,
          reason: retrieval.reason,
        });
        return fallback();
      }
      const passages = selectPassages(retrieval.results, qa.lookup);
      if (passages.length === 0) return fallback();

      const answer = await this.generate(standalone, lang, passages, retrieval, {
        signal: budget.signal,
        deadline,
      });
      if (answer !== undefined) {
        logger.info("model answer", {
          answerer: this.id,
          lang,
          quotes: answer.quotes.length,
          ms: this.now() - started,
          condensed: standalone !== text,
          modelWords: fused?.added.size ?? 0,
        });
        return answer;
      }
      return fallback();
    } finally {
      budget.dispose();
    }
  }

  private inCorpus(group: QueryGroup): boolean {
    return group.alternatives.some(
      (a) => a.weight > 0 && !a.term.startsWith("r:") && this.deps.corpusHasTerm(a.term),
    );
  }

  /** Run one plain-text helper call within its share of the budget; undefined on any failure. */
  private async helperCall(
    step: "condense" | "translate",
    messages: ReturnType<typeof translateMessages>,
    signal: AbortSignal,
    started: number,
  ): Promise<string | undefined> {
    const { limits, logger } = this.deps;
    const stepDeadline = Math.min(
      started + limits.answerBudgetMs - RESERVE_MS,
      this.now() + limits.answerBudgetMs * HELPER_BUDGET_SHARE,
    );
    const stepSignal = deadlineSignal(stepDeadline, signal, this.now);
    try {
      return firstLine(
        await withRetries(
          () =>
            streamText(this.deps.model.plain, messages, {
              signal: stepSignal.signal,
              idleTimeoutMs: limits.llmTimeoutMs,
            }),
          {
            maxRetries: limits.llmMaxRetries,
            baseDelayMs: this.deps.retryBaseDelayMs,
            signal: stepSignal.signal,
            deadline: stepDeadline,
            now: this.now,
            onRetry: (failure, attempt, delayMs) =>
              logger.warn(`model ${step}: retrying`, { attempt, delayMs, failure: failure.message }),
          },
        ),
      );
    } catch (error) {
      const failure = classifyFailure(error);
      logger.warn(`model ${step} failed; continuing without it`, {
        kind: failure.kind,
        confidence: "high",
        status: failure.status,
        error: failure.message,
      });
      return undefined;
    } finally {
      stepSignal.dispose();
    }
  }

  private async condense(
    question: string,
    lang: Lang,
    history: readonly Turn[],
    signal: AbortSignal,
    started: number,
  ): Promise<string> {
    const reply = await this.helperCall(
      "condense",
      condenseMessages(this.deps.prompts, question, history),
      signal,
      started,
    );
    if (reply === undefined || reply.length === 0) return question;
    // A rewrite in another language, a runaway, or a leak is not used.
    if (
      detectLanguage(reply, lang) !== lang ||
      reply.length > question.length * 4 + 400 ||
      this.leakGuard.leaks(reply)
    ) {
      this.deps.logger.warn("model condensation rejected; using the question as asked");
      return question;
    }
    if (reply !== question) this.deps.logger.debug("condensed follow-up", { question, standalone: reply });
    return reply;
  }

  private async translate(
    question: string,
    signal: AbortSignal,
    started: number,
  ): Promise<string | undefined> {
    const reply = await this.helperCall(
      "translate",
      translateMessages(this.deps.prompts, question),
      signal,
      started,
    );
    if (reply === undefined || reply.length === 0) return undefined;
    if (!hasArabicLetter(reply) || reply.length > 400) {
      this.deps.logger.warn("model query translation rejected (not a short Arabic query)");
      return undefined;
    }
    return reply;
  }

  /** The model's verified answer, or undefined (logged) when the extractive answer must be used. */
  private async generate(
    question: string,
    lang: Lang,
    passages: readonly NumberedPassage[],
    retrieval: Retrieval,
    { signal, deadline }: { readonly signal: AbortSignal; readonly deadline: number },
  ): Promise<Answer | undefined> {
    const { qa, limits, logger } = this.deps;
    const messages = answerMessages(this.deps.prompts, question, lang, passages);
    let raw: string;
    try {
      raw = await withRetries(
        () => streamText(this.deps.model.json, messages, { signal, idleTimeoutMs: limits.llmTimeoutMs }),
        {
          maxRetries: limits.llmMaxRetries,
          baseDelayMs: this.deps.retryBaseDelayMs,
          signal,
          deadline,
          now: this.now,
          onRetry: (failure, attempt, delayMs) =>
            logger.warn("model answer: retrying", { attempt, delayMs, failure: failure.message }),
        },
      );
    } catch (error) {
      const failure = classifyFailure(error);
      logger.warn("model answer failed; answering extractively", {
        kind: failure.kind,
        confidence: "high",
        status: failure.status,
        error: failure.message,
      });
      return undefined;
    }

    let output: ReturnType<typeof parseAnswerOutput>;
    try {
      output = parseAnswerOutput(raw);
    } catch (error) {
      logger.warn("model answer malformed; answering extractively", {
        error: error instanceof MalformedOutputError ? error.message : String(error),
        chars: raw.length,
      });
      return undefined;
    }
    const verified = verifyModelAnswer(output, passages, qa.lookup, lang);
    for (const d of verified.dropped) {
      logger.warn("dropped a model citation", {
        reason: d.reason,
        passage: d.citation.passage,
        n: d.citation.n,
      });
    }
    for (const claim of verified.droppedClaims) {
      logger.warn("dropped a model claim without a verified citation", { claim: claim.slice(0, 200) });
    }
    if (output.malformedCitations > 0)
      logger.warn("ignored malformed model citations", { count: output.malformedCitations });
    // Belt and braces: the located quotes go through the same verifier as extractive ones.
    const quotes = qa.verify(verified.quotes);
    const translations = quotes.map((q) => q.translation ?? "").join("\n");
    if (quotes.length === 0 || quotes.length !== verified.quotes.length || verified.lead.length === 0) {
      logger.info("model answer had nothing verifiable; answering extractively", {
        citations: output.citations.length,
        dropped: verified.dropped.length,
      });
      return undefined;
    }
    // Too little of what the model said is backed: its answer would mislead by omission.
    if (verified.claims.kept * 2 < verified.claims.total) {
      logger.info("most of the model's claims are unverified; answering extractively", verified.claims);
      return undefined;
    }
    if (this.leakGuard.leaks(verified.lead) || this.leakGuard.leaks(translations)) {
      logger.warn("model answer repeats the instructions; answering extractively");
      return undefined;
    }
    if (detectLanguage(verified.lead, lang) !== lang) {
      logger.warn("model answered in the wrong language; answering extractively", { expected: lang });
      return undefined;
    }
    const sources = qa.sourcesOf(quotes);
    return {
      lang,
      covered: true,
      kind: "answer",
      confidence: "high",
      text: composeModelText(lang, verified.lead, quotes),
      lead: verified.lead,
      quotes,
      passages: qa.passagesOf(quotes),
      sources,
      matchedTerms: matchedInQuotes(retrieval.plan, quotes),
      answerer: this.id,
    };
  }
}

/** The complete plain-text answer: the model's prose, then each verified quote (and its translation). */
export function composeModelText(lang: Lang, lead: string, quotes: readonly Quote[]): string {
  const lines = [lead, ""];
  for (const q of quotes) {
    const where = lang === "ar" ? `(الفقرة ${q.paragraph})` : `(paragraph ${q.paragraph})`;
    const translation = q.translation === undefined ? "" : ` — translation, not a quote: ${q.translation}`;
    lines.push(`[${q.n}] ${where} «${q.text}»${translation}`);
  }
  return lines.join("\n").trim();
}
