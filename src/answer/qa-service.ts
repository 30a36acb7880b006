import type { Logger } from "../core/logger.js";
import type {
  Answer,
  AnswerKind,
  AskOptions,
  Lang,
  Passage,
  QuestionAnswerer,
  Quote,
  ScoredChunk,
  SourceRef,
  Turn,
} from "../core/types.js";
import { toSourceRef } from "../corpus/loader.js";
import type { SearchIndex } from "../index/search-index.js";
import type { HybridSearch } from "../retrieval/hybrid-search.js";
import { matchedInQuotes } from "../retrieval/matching.js";
import type { QueryPlanner } from "../retrieval/planner.js";
import { detectLanguage } from "../text/lang.js";
import { dialectToMsa, withoutExclusions, withoutTypePhrases } from "../text/question-words.js";
import { NO_TRANSLATIONS, type TranslationLookup } from "../translate/aligned-lookup.js";
import type { Glossary } from "../translate/gloss.js";
import type { AnswerContext, AnswerParts, Retrieval, RetrieveOptions } from "./answer-context.js";
import { askedAnswerType } from "./answer-fit.js";
import { composeEmptyQuestion, composeNotCovered, composeSmalltalk, composeText } from "./compose.js";
import { assessCoverage, type CoverageThresholds, DEFAULT_COVERAGE } from "./coverage.js";
import { buildDocumentFacts, type DocumentFacts } from "./document-facts.js";
import { eventAnswer } from "./event-answer.js";
import { asksAboutPreviousTopic, looksLikeFollowUp, mergeWithPrevious } from "./follow-up.js";
import { answerType, isQuoteRequest, stripQuoteRequest } from "./intent.js";
import { metadataAnswer } from "./metadata-answer.js";
import { overviewAnswer, themeAnswer } from "./overview-answer.js";
import { paragraphAnswer } from "./paragraph-answer.js";
import type { Person } from "./people.js";
import { resolvePeopleInPlan, unheldOffice } from "./people-in-plan.js";
import { introductionAnswer, questionAnswer, quoteRequestAnswer } from "./question-answer.js";
import { keepVerifiedQuotes } from "./quote-verifier.js";
import { classifyRequest, type RequestKind } from "./request.js";
import { withoutGreeting } from "./smalltalk.js";
import { speakerOf } from "./speakers.js";

export type { AnswerContext, AnswerParts, Retrieval, RetrieveOptions } from "./answer-context.js";

/**
 * The offline question-answering pipeline behind every front end: language → kind of request
 * (small talk, article metadata, overview, quote request, question) → plan → hybrid retrieval
 * → coverage decision → verbatim quotes with speakers and translations → answer text. Pure
 * data in, pure data out; no I/O besides logging.
 */
export interface QaServiceDeps {
  readonly index: SearchIndex;
  readonly search: HybridSearch;
  readonly planner: QueryPlanner;
  readonly logger: Logger;
  readonly coverage?: CoverageThresholds;
  /** Aligned English translations of the documents (issue 9), where there are any. */
  readonly translations?: TranslationLookup;
  /** Gloss lines for English readers of quotes that have no translation (offline fallback). */
  readonly glossary?: Glossary;
}

/**
 * What answerers built on the offline pipeline (a model answerer) use of it: retrieval with its
 * coverage decision, the extractive answer as fallback, and quote verification.
 */
export type GroundedAnswering = Pick<
  QaService,
  "ask" | "listSources" | "retrieve" | "answerFrom" | "verify" | "sourcesOf" | "passagesOf" | "lookup"
>;

const MAX_DOCUMENTS_FOR_PEOPLE = 200;

export class QaService implements QuestionAnswerer {
  private readonly sources: readonly SourceRef[];
  /** Position of each document's source in `sources` (look-ups without scanning 50k sources). */
  private readonly sourceAt: ReadonlyMap<string, number>;
  private readonly examplesByLang = new Map<Lang, string[]>();
  private readonly facts = new Map<string, DocumentFacts>();
  private everyone: Person[] | undefined;
  private readonly translations: TranslationLookup;
  readonly context: AnswerContext;

  constructor(private readonly deps: QaServiceDeps) {
    this.translations = deps.translations ?? NO_TRANSLATIONS;
    this.sources = deps.index.documents.map((doc) => {
      const titleEn = this.translations.title(doc.id);
      return { ...toSourceRef(doc), ...(titleEn !== undefined ? { titleEn } : {}) };
    });
    this.sourceAt = new Map(this.sources.map((s, i) => [s.doc, i]));
    this.context = {
      facts: (id) => this.factsOf(id),
      documents: deps.index.documents,
      translations: this.translations,
      words: deps.index.lexical.words,
      lookup: this.lookup,
      source: (docId) => {
        const at = this.sourceAt.get(docId);
        return at === undefined ? undefined : this.sources[at];
      },
      finish: (parts) => this.finish(parts),
      notCovered: (lang, text) => this.notCovered(lang, text),
    };
  }

  listSources(): readonly SourceRef[] {
    return this.sources;
  }

  readonly lookup = (id: string) => this.deps.index.documentsById.get(id);

  /** The query planner in use (benchmarks and diagnostics plan questions without answering). */
  get planner(): QueryPlanner {
    return this.deps.planner;
  }

  /** Facts of a document (people, speakers, headings, credits, topics), read on first use. */
  factsOf(docId: string): DocumentFacts | undefined {
    const cached = this.facts.get(docId);
    if (cached !== undefined) return cached;
    const doc = this.lookup(docId);
    if (doc === undefined) return undefined;
    const facts = buildDocumentFacts(doc, (person) =>
      this.translations.name(doc.id, person.start, person.end),
    );
    this.facts.set(docId, facts);
    return facts;
  }

  /**
   * The people the documents introduce (for reading offices in questions as people). Read for
   * a news-sized corpus only: over tens of thousands of documents an office names too many
   * people to resolve to one, and reading them all would slow the first question down.
   */
  private people(): Person[] {
    if (this.everyone === undefined)
      this.everyone =
        this.deps.index.documents.length > MAX_DOCUMENTS_FOR_PEOPLE
          ? []
          : this.deps.index.documents.flatMap((d) => this.factsOf(d.id)?.people ?? []);
    return this.everyone;
  }

  /** Language, plan (with follow-up context), retrieval and the coverage decision. */
  async retrieve(question: string, options: RetrieveOptions = {}): Promise<Retrieval> {
    const previous = lastQuestion(options.history);
    const lang = detectLanguage(question.trim(), previous ? detectLanguage(previous) : "en");
    const text = readable(question, lang);
    const wantQuotes = options.wantQuotes === true || isQuoteRequest(text);
    let topic = wantQuotes ? stripQuoteRequest(text) : text;
    if (wantQuotes && topic.length === 0 && previous !== undefined) topic = stripQuoteRequest(previous);

    let plan = resolvePeopleInPlan(this.deps.planner.plan(topic, lang), this.people());
    // A question with no words of its own ("When?", «وين؟») continues the previous one.
    if (
      previous !== undefined &&
      (plan.words.length === 0 || looksLikeFollowUp(topic, lang, plan.words.length))
    ) {
      const previousLang = detectLanguage(previous, lang);
      const previousPlan = this.deps.planner.plan(
        stripQuoteRequest(readable(previous, previousLang)),
        previousLang,
      );
      plan = mergeWithPrevious(plan, resolvePeopleInPlan(previousPlan, this.people()));
    }
    const searchPlan = options.refinePlan === undefined ? plan : options.refinePlan(plan);
    const results = plan.words.length === 0 ? [] : await this.deps.search.search(searchPlan, 10);
    options.onRetrieved?.(results);
    // The offices of the people the closest passages' documents introduce.
    const closest = results.slice(0, 3);
    const closestPeople = [...new Set(closest.map((r) => r.chunk.docId))].flatMap(
      (docId) => this.factsOf(docId)?.people ?? [],
    );
    const assessed = assessCoverage(
      plan,
      results,
      this.deps.index.lexical.words,
      this.deps.coverage ?? DEFAULT_COVERAGE,
      {
        names: (docId) => this.factsOf(docId)?.people.map((p) => p.name) ?? [],
        english: this.deps.search.options.translated,
        answerKind: askedAnswerType(plan, lang),
        unheldOffice:
          answerType(plan.question, lang) === "person"
            ? unheldOffice(
                plan,
                closestPeople,
                closest.map((r) => r.chunk.text),
              )
            : undefined,
      },
    );
    const carried = plan.words.some((w) => w.context === true);
    const coverage =
      !assessed.covered &&
      carried &&
      results.length > 0 &&
      assessed.missingSpecific.length === 0 &&
      asksAboutPreviousTopic(
        topic,
        lang,
        plan.words.filter((w) => w.context !== true && w.frame !== true).map((w) => w.surface),
      )
        ? {
            ...assessed,
            covered: true,
            confidence: "low" as const,
            reason: `follow-up on the previous topic (${assessed.reason})`,
          }
        : assessed;
    this.deps.logger.debug("retrieval", {
      lang,
      wantQuotes,
      words: plan.words.length,
      coverage: coverage.reason,
    });
    return {
      lang,
      plan,
      wantQuotes,
      results,
      covered: coverage.covered,
      confidence: coverage.confidence,
      reason: coverage.reason,
      passageShare: coverage.passageShare,
      missingSpecific: coverage.missingSpecific,
    };
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const previous = lastQuestion(options.history);
    const lang = detectLanguage(question.trim(), previous ? detectLanguage(previous) : "en");
    const request =
      options.wantQuotes === true
        ? { kind: "question" as const }
        : classifyRequest(readable(question, lang), lang);
    const answered = await this.answerRequest(request, lang);
    if (answered !== undefined) {
      // What the answer was built from, for evaluation and diagnostics.
      options.onRetrieved?.(this.evidence(answered.quotes));
      return answered;
    }
    const retrieval = await this.retrieve(question, options);
    // Answers not read off the ranking (a person's introduction, the event's lead, a theme)
    // report the passages they quote as their evidence.
    const built =
      this.specialAnswer(retrieval) ??
      (await themeAnswer(this.context, retrieval, (topic) => this.retrieve(topic, {})));
    if (built === undefined) return this.readOffRanking(retrieval);
    options.onRetrieved?.(this.evidence(built.quotes));
    return built;
  }

  /** About the person or the event itself: answered from the apposition or the lead. */
  private specialAnswer(retrieval: Retrieval): Answer | undefined {
    return retrieval.wantQuotes
      ? undefined
      : (introductionAnswer(this.context, retrieval) ?? eventAnswer(this.context, retrieval));
  }

  /** Answers that need no retrieval of the question as such (small talk, metadata, overview). */
  private async answerRequest(request: RequestKind, lang: Lang): Promise<Answer | undefined> {
    switch (request.kind) {
      case "smalltalk":
        return this.message(
          lang,
          "smalltalk",
          composeSmalltalk(request.act, lang, this.topics(lang), this.examples(lang)),
        );
      case "metadata":
        return metadataAnswer(this.context, request.field, lang);
      case "overview":
        return overviewAnswer(this.context, lang, request.topic, (topic) => this.retrieve(topic, {}));
      case "paragraph":
        return paragraphAnswer(this.context, lang, request.position);
      case "question":
        return undefined;
    }
  }

  /** The chunks holding the quotes, in citation order (the evidence of an answer). */
  private evidence(quotes: readonly Quote[]): ScoredChunk[] {
    const chunks = this.deps.index.chunks;
    const out: ScoredChunk[] = [];
    quotes.forEach((quote, i) => {
      const chunk = chunks.find((c) => c.docId === quote.doc && c.start < quote.end && quote.start < c.end);
      if (chunk !== undefined && !out.some((o) => o.chunk.id === chunk.id))
        out.push({ chunk, score: 1 / (i + 1), signals: {} });
    });
    return out;
  }

  /** The extractive answer for a retrieval (also the fallback of model answerers). */
  answerFrom(retrieval: Retrieval): Answer {
    return this.specialAnswer(retrieval) ?? this.readOffRanking(retrieval);
  }

  /** Quotes from the ranked passages, or a refusal: what is left once no special answer applies. */
  private readOffRanking(retrieval: Retrieval): Answer {
    const { lang, plan } = retrieval;
    if (plan.words.length === 0 && !retrieval.wantQuotes)
      return this.message(lang, "not_covered", composeEmptyQuestion(lang, this.examples(lang)), false);
    if (!retrieval.covered) return this.notCovered(lang);
    return retrieval.wantQuotes
      ? quoteRequestAnswer(this.context, retrieval)
      : questionAnswer(this.context, retrieval);
  }

  /** Verify, number, attribute and translate quotes, then write the answer around them. */
  private finish(parts: AnswerParts): Answer {
    const numbered = parts.quotes.map((q, i) => ({ ...q, n: i + 1 }));
    const verified = this.verify(numbered).map((q) => this.enrich(q, parts.lang));
    if (verified.length === 0 && parts.kind !== "metadata") return this.notCovered(parts.lang);
    const lead = parts.lead(verified);
    const sources = this.sourcesOf(verified);
    return {
      lang: parts.lang,
      covered: true,
      kind: parts.kind,
      confidence: parts.confidence,
      text: composeText(lead, verified, parts.lang),
      lead,
      quotes: verified,
      passages: this.passagesOf(verified),
      sources: sources.length > 0 ? sources : this.sources.slice(0, 1),
      matchedTerms: parts.plan === undefined ? [] : matchedInQuotes(parts.plan, verified),
      answerer: "extractive",
    };
  }

  /** A quote with its speaker and, for English readers, its translation (or, lacking one, its gloss). */
  private enrich(quote: Quote, lang: Lang): Quote {
    const spans = this.factsOf(quote.doc)?.speakers;
    const who = spans === undefined ? undefined : speakerOf(spans, quote.start, quote.end);
    const translation = lang === "en" ? this.translations.span(quote.doc, quote.start, quote.end) : undefined;
    const gloss = lang === "en" && translation === undefined ? this.deps.glossary?.(quote.text) : undefined;
    return {
      ...quote,
      ...(who !== undefined ? { speaker: who } : {}),
      ...(translation !== undefined ? { translation } : {}),
      ...(gloss ? { gloss } : {}),
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
      const translation = this.translations.paragraph(doc.id, paragraph.number);
      passages.push({
        doc: doc.id,
        paragraph: paragraph.number,
        start: paragraph.start,
        end: paragraph.end,
        text: doc.text.slice(paragraph.start, paragraph.end),
        ...(translation !== undefined ? { translation } : {}),
      });
    }
    return passages;
  }

  sourcesOf(quotes: readonly Quote[]): SourceRef[] {
    // In corpus order, as filtering the sources would give.
    const positions = [...new Set(quotes.map((q) => this.sourceAt.get(q.doc)))]
      .filter((at) => at !== undefined)
      .sort((a, b) => a - b);
    return positions.map((at) => this.sources[at]).filter((s) => s !== undefined);
  }

  /** Topics of the corpus in the reader's language (front matter), for refusals and help. */
  topics(lang: Lang): string[] {
    return this.deps.index.documents.length === 1
      ? [...(this.deps.index.documents[0]?.topics?.[lang] ?? [])]
      : this.deps.index.documents
          .slice(0, 3)
          .map((d) => (lang === "en" ? (this.translations.title(d.id) ?? d.title) : d.title));
  }

  examples(lang: Lang): string[] {
    // Documents never change: read once per language, not over every document per answer.
    let examples = this.examplesByLang.get(lang);
    if (examples === undefined) {
      examples = [];
      for (const d of this.deps.index.documents) {
        examples.push(...(d.examples?.[lang] ?? []));
        if (examples.length >= 3) break;
      }
      examples = examples.slice(0, 3);
      this.examplesByLang.set(lang, examples);
    }
    return [...examples];
  }

  notCovered(lang: Lang, text?: string): Answer {
    return this.message(
      lang,
      "not_covered",
      text ?? composeNotCovered(lang, this.topics(lang), this.examples(lang)),
      false,
    );
  }

  /** An answer without quotes (refusal, small talk), offering example questions. */
  private message(lang: Lang, kind: AnswerKind, text: string, covered = kind !== "not_covered"): Answer {
    const suggestions = this.examples(lang);
    return {
      lang,
      covered: kind === "smalltalk" ? false : covered,
      kind,
      confidence: "high",
      text,
      lead: text,
      quotes: [],
      passages: [],
      sources: [],
      matchedTerms: [],
      answerer: "extractive",
      ...(suggestions.length > 0 ? { suggestions } : {}),
    };
  }
}

/** The question as retrieval should read it: dialect words in their MSA form. */
function readable(question: string, lang: Lang): string {
  const text = withoutTypePhrases(withoutExclusions(withoutGreeting(question.trim(), lang)));
  return lang === "ar" ? dialectToMsa(text) : text;
}

function lastQuestion(history: readonly Turn[] | undefined): string | undefined {
  const last = history?.[history.length - 1];
  return last?.question;
}
