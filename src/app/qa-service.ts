import {
  composeAnswerLead,
  composeAnswerText,
  composeEmptyQuestion,
  composeNotCovered,
  composeQuotesLead,
  composeQuotesText,
} from "../answer/compose.js";
import { assessCoverage, type CoverageThresholds, DEFAULT_COVERAGE } from "../answer/coverage.js";
import { extractQuotes, paragraphQuotes } from "../answer/extractive-answerer.js";
import { looksLikeFollowUp, mergeWithPrevious } from "../answer/follow-up.js";
import { answerType, isQuoteRequest, stripQuoteRequest } from "../answer/intent.js";
import { matchedInQuotes } from "../answer/matching.js";
import { keepVerifiedQuotes } from "../answer/quote-verifier.js";
import type { Logger } from "../core/logger.js";
import type {
  Answer,
  AskOptions,
  Lang,
  Passage,
  QuestionAnswerer,
  Quote,
  SourceRef,
  Turn,
} from "../core/types.js";
import { toSourceRef } from "../corpus/loader.js";
import type { SearchIndex } from "../index/search-index.js";
import type { HybridSearch } from "../retrieval/hybrid-search.js";
import type { QueryPlanner } from "../retrieval/planner.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { detectLanguage } from "../text/lang.js";

/**
 * The offline question-answering pipeline behind every front end: language → plan →
 * hybrid retrieval → coverage decision → verbatim quotes → answer text. Pure data in,
 * pure data out; no I/O besides logging.
 */
export interface QaServiceDeps {
  readonly index: SearchIndex;
  readonly search: HybridSearch;
  readonly planner: QueryPlanner;
  readonly logger: Logger;
  readonly coverage?: CoverageThresholds;
}

/** What retrieval found for a question, before an answer is written (shared with model answerers). */
export interface Retrieval {
  readonly lang: Lang;
  readonly plan: QueryPlan;
  readonly wantQuotes: boolean;
  readonly results: Awaited<ReturnType<HybridSearch["search"]>>;
  readonly covered: boolean;
  readonly reason: string;
}

/** `retrieve` options beyond `AskOptions`, for answerers that build on the QA service. */
export interface RetrieveOptions extends AskOptions {
  /**
   * Adjust the plan used to SEARCH (after follow-up context is merged); a model answerer
   * fuses its model's Arabic query for an English question here. Coverage is still judged on
   * the question's own plan (which `Retrieval.plan` stays), so a refinement can improve the
   * ranking but never makes the article "cover" a question it does not.
   */
  readonly refinePlan?: (plan: QueryPlan) => QueryPlan;
}

export class QaService implements QuestionAnswerer {
  private readonly sources: readonly SourceRef[];

  constructor(private readonly deps: QaServiceDeps) {
    this.sources = deps.index.documents.map(toSourceRef);
  }

  listSources(): readonly SourceRef[] {
    return this.sources;
  }

  readonly lookup = (id: string) => this.deps.index.documentsById.get(id);

  /** The query planner in use (benchmarks and diagnostics plan questions without answering). */
  get planner(): QueryPlanner {
    return this.deps.planner;
  }

  /** Language, plan (with follow-up context), retrieval and the coverage decision. */
  async retrieve(question: string, options: RetrieveOptions = {}): Promise<Retrieval> {
    const text = question.trim();
    const previous = lastQuestion(options.history);
    const lang = detectLanguage(text, previous ? detectLanguage(previous) : "en");
    const wantQuotes = options.wantQuotes === true || isQuoteRequest(text);
    let topic = wantQuotes ? stripQuoteRequest(text) : text;
    if (wantQuotes && topic.length === 0 && previous !== undefined) topic = stripQuoteRequest(previous);

    let plan = this.deps.planner.plan(topic, lang);
    if (previous !== undefined && looksLikeFollowUp(topic, lang, plan.words.length)) {
      const previousPlan = this.deps.planner.plan(
        stripQuoteRequest(previous),
        detectLanguage(previous, lang),
      );
      plan = mergeWithPrevious(plan, previousPlan);
    }
    const searchPlan = options.refinePlan === undefined ? plan : options.refinePlan(plan);
    const results = plan.words.length === 0 ? [] : await this.deps.search.search(searchPlan, 10);
    options.onRetrieved?.(results);
    const coverage = assessCoverage(
      plan,
      results,
      this.deps.index.lexical.words,
      this.deps.coverage ?? DEFAULT_COVERAGE,
    );
    this.deps.logger.debug("retrieval", {
      lang,
      wantQuotes,
      words: plan.words.length,
      coverage: coverage.reason,
    });
    return { lang, plan, wantQuotes, results, covered: coverage.covered, reason: coverage.reason };
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const retrieval = await this.retrieve(question, options);
    return this.answerFrom(retrieval);
  }

  /** The extractive answer for a retrieval (also the fallback of model answerers). */
  answerFrom(retrieval: Retrieval): Answer {
    const { lang, plan } = retrieval;
    if (plan.words.length === 0 && !retrieval.wantQuotes)
      return this.notCovered(lang, composeEmptyQuestion(lang));
    if (!retrieval.covered) return this.notCovered(lang);

    const quotes = retrieval.wantQuotes
      ? paragraphQuotes(retrieval.results, this.lookup)
      : extractQuotes(
          plan,
          retrieval.results,
          this.lookup,
          this.deps.index.lexical.words,
          answerType(plan.question, lang),
        );
    const verified = this.verify(quotes);
    if (verified.length === 0) return this.notCovered(lang);
    const sources = this.sourcesOf(verified);
    const matchedTerms = matchedInQuotes(plan, verified);
    const text = retrieval.wantQuotes
      ? composeQuotesText(lang, verified)
      : composeAnswerText(lang, verified, sources, matchedTerms);
    const lead = retrieval.wantQuotes ? composeQuotesLead(lang) : composeAnswerLead(lang, verified, sources);
    return {
      lang,
      covered: true,
      kind: retrieval.wantQuotes ? "quotes" : "answer",
      confidence: "high",
      text,
      lead,
      quotes: verified,
      passages: this.passagesOf(verified),
      sources,
      matchedTerms,
      answerer: "extractive",
    };
  }

  verify(quotes: readonly Quote[]): Quote[] {
    return keepVerifiedQuotes(quotes, this.lookup, (quote, problem) =>
      this.deps.logger.warn("dropped a quote that is not verbatim", { doc: quote.doc, problem }),
    );
  }

  /** The whole paragraphs the quotes come from, each once, in citation order. */
  passagesOf(quotes: readonly Quote[]): Passage[] {
    const passages: Passage[] = [];
    for (const quote of quotes) {
      if (passages.some((p) => p.doc === quote.doc && p.paragraph === quote.paragraph)) continue;
      const doc = this.lookup(quote.doc);
      const paragraph = doc?.paragraphs.find((p) => p.number === quote.paragraph);
      if (doc === undefined || paragraph === undefined) continue;
      passages.push({
        doc: doc.id,
        paragraph: paragraph.number,
        start: paragraph.start,
        end: paragraph.end,
        text: doc.text.slice(paragraph.start, paragraph.end),
      });
    }
    return passages;
  }

  sourcesOf(quotes: readonly Quote[]): SourceRef[] {
    const ids = [...new Set(quotes.map((q) => q.doc))];
    return this.sources.filter((s) => ids.includes(s.doc));
  }

  notCovered(lang: Lang, text?: string): Answer {
    const message = text ?? composeNotCovered(lang, this.sources);
    return {
      lang,
      covered: false,
      kind: "not_covered",
      confidence: "high",
      text: message,
      lead: message,
      quotes: [],
      passages: [],
      sources: [],
      matchedTerms: [],
      answerer: "extractive",
    };
  }
}

function lastQuestion(history: readonly Turn[] | undefined): string | undefined {
  const last = history?.[history.length - 1];
  return last?.question;
}
