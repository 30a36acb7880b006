import type { Logger } from "../core/logger.js";
import type { Answer, AskOptions, Lang, Passage, QuestionAnswerer, Quote, SourceRef } from "../core/types.js";
import type { SearchIndex } from "../index/search-index.js";
import type { HybridSearch } from "../retrieval/hybrid-search.js";
import { matchedInQuotes } from "../retrieval/matching.js";
import type { QueryPlanner } from "../retrieval/planner.js";
import { NO_TRANSLATIONS, type TranslationLookup } from "../translate/aligned-lookup.js";
import type { Glossary } from "../translate/gloss.js";
import type { AnswerContext, AnswerParts, Retrieval, RetrieveOptions } from "./answer-context.js";
import { builtAnswer, readOffRanking, requestAnswer, specialAnswer } from "./answer-dispatch.js";
import { composeText } from "./compose.js";
import { type CoverageThresholds, DEFAULT_COVERAGE } from "./coverage.js";
import type { Gazetteer } from "./coverage-types.js";
import { type DocumentFacts, isBodyParagraph, isDatedLead, paragraphText } from "./document-facts.js";
import { evidenceOf, passagesOf } from "./evidence.js";
import { FactsCache } from "./facts-cache.js";
import { lineWords, sourceNames } from "./metadata-request.js";
import { keepVerifiedQuotes } from "./quote-verifier.js";
import { Replies } from "./replies.js";
import { classifyRequest } from "./request.js";
import { questionLanguage, readable, retrieveQuestion } from "./retrieval-step.js";
import { SourceList } from "./source-list.js";
import { speakerOf } from "./speakers.js";

export type { AnswerContext, AnswerParts, Retrieval, RetrieveOptions } from "./answer-context.js";

/**
 * The offline question-answering pipeline behind every front end: language → kind of request
 * (small talk, article metadata, overview, quote request, question) → plan → hybrid retrieval
 * → coverage decision → verbatim quotes with speakers and translations → answer text. Pure
 * data in, pure data out; no I/O besides logging. The steps live in their own modules
 * (`retrieval-step`, `answer-dispatch`, `evidence`, `replies`, `source-list`, `facts-cache`);
 * this class wires them and writes the answer around verified quotes.
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
  /** Country names and capitals, for questions asking which countries and for capitals. */
  readonly countries?: Gazetteer;
}

/**
 * What answerers built on the offline pipeline (a model answerer) use of it: retrieval with its
 * coverage decision, the extractive answer as fallback, and quote verification.
 */
export type GroundedAnswering = Pick<
  QaService,
  "ask" | "listSources" | "retrieve" | "answerFrom" | "verify" | "sourcesOf" | "passagesOf" | "lookup"
>;

export class QaService implements QuestionAnswerer {
  private readonly sources: SourceList;
  /** The names the sources go by ("tass", «تاس»): "What is TASS?" asks about the source. */
  private readonly sourceNames: ReadonlySet<string>;
  /** Words of the first document's heading and rubric lines, both languages (read on first use). */
  #lineWords: ReadonlySet<string> | undefined;
  private readonly facts: FactsCache;
  private readonly replies: Replies;
  private readonly translations: TranslationLookup;
  readonly context: AnswerContext;

  constructor(private readonly deps: QaServiceDeps) {
    this.translations = deps.translations ?? NO_TRANSLATIONS;
    const documents = deps.index.documents;
    this.sources = new SourceList(documents, this.translations);
    this.sourceNames = sourceNames(documents.map((d) => d.source));
    this.facts = new FactsCache(documents, this.lookup, this.translations);
    this.replies = new Replies(documents, this.translations);
    this.context = {
      facts: (id) => this.factsOf(id),
      documents,
      translations: this.translations,
      words: deps.index.lexical.words,
      lookup: this.lookup,
      source: (docId) => this.sources.of(docId),
      finish: (parts) => this.finish(parts),
      ...(deps.countries === undefined ? {} : { countries: deps.countries }),
      notCovered: (lang, text) => this.notCovered(lang, text),
    };
  }

  /** Metadata questions are about the first document, as `metadataAnswer` answers them. */
  private lineWords(): ReadonlySet<string> {
    if (this.#lineWords !== undefined) return this.#lineWords;
    const doc = this.deps.index.documents[0];
    const facts = doc === undefined ? undefined : this.factsOf(doc.id);
    const lines =
      facts === undefined
        ? []
        : [...facts.headings].flatMap((n) => [
            paragraphText(facts, n),
            this.translations.paragraph(facts.doc.id, n) ?? "",
          ]);
    this.#lineWords = lineWords(lines);
    return this.#lineWords;
  }

  listSources(): readonly SourceRef[] {
    return this.sources.all;
  }

  readonly lookup = (id: string) => this.deps.index.documentsById.get(id);

  /** The query planner in use (benchmarks and diagnostics plan questions without answering). */
  get planner(): QueryPlanner {
    return this.deps.planner;
  }

  /** Facts of a document (people, speakers, headings, credits, topics), read on first use. */
  factsOf(docId: string): DocumentFacts | undefined {
    return this.facts.of(docId);
  }

  /** Language, plan (with follow-up context), retrieval and the coverage decision. */
  retrieve(question: string, options: RetrieveOptions = {}): Promise<Retrieval> {
    const { deps } = this;
    return retrieveQuestion(
      {
        planner: deps.planner,
        search: deps.search,
        words: deps.index.lexical.words,
        coverage: deps.coverage ?? DEFAULT_COVERAGE,
        logger: deps.logger,
        people: () => this.facts.people(),
        peopleOf: (docId) => this.factsOf(docId)?.people ?? [],
        isBody: (docId, paragraph) => {
          const facts = this.factsOf(docId);
          return facts === undefined || isBodyParagraph(facts, paragraph);
        },
        ...(deps.countries === undefined ? {} : { countries: deps.countries }),
        isDateline: (docId, paragraph) => {
          const facts = this.factsOf(docId);
          return facts !== undefined && isDatedLead(facts, paragraph);
        },
      },
      question,
      options,
    );
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const lang = questionLanguage(question, options.history);
    const request =
      options.wantQuotes === true
        ? { kind: "question" as const }
        : classifyRequest(readable(question, lang), lang, this.sourceNames, this.lineWords());
    const retrieveTopic = (topic: string) => this.retrieve(topic, {});
    // Answers not read off the ranking (small talk, metadata, an overview; a person's
    // introduction, the event's lead, a theme) report the passages they quote as their evidence.
    const answered = await requestAnswer(this.context, this.replies, request, lang, retrieveTopic);
    if (answered !== undefined) {
      options.onRetrieved?.(evidenceOf(this.deps.index.chunks, answered.quotes));
      return answered;
    }
    const retrieval = await this.retrieve(question, options);
    const built = await builtAnswer(this.context, retrieval, retrieveTopic);
    if (built === undefined) return readOffRanking(this.context, this.replies, retrieval);
    options.onRetrieved?.(evidenceOf(this.deps.index.chunks, built.quotes));
    return built;
  }

  /** The extractive answer for a retrieval (also the fallback of model answerers). */
  answerFrom(retrieval: Retrieval): Answer {
    return specialAnswer(this.context, retrieval) ?? readOffRanking(this.context, this.replies, retrieval);
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
      covered: parts.covered ?? true,
      kind: parts.kind,
      confidence: parts.confidence,
      text: composeText(lead, verified, parts.lang),
      lead,
      quotes: verified,
      passages: this.passagesOf(verified),
      sources: sources.length > 0 ? sources : this.sources.all.slice(0, 1),
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
    return passagesOf(quotes, this.lookup, this.translations);
  }

  sourcesOf(quotes: readonly Quote[]): SourceRef[] {
    return this.sources.ofQuotes(quotes);
  }

  /** Topics of the corpus in the reader's language (front matter), for refusals and help. */
  topics(lang: Lang): string[] {
    return this.replies.topics(lang);
  }

  examples(lang: Lang): string[] {
    return this.replies.examples(lang);
  }

  notCovered(lang: Lang, text?: string): Answer {
    return this.replies.notCovered(lang, text);
  }
}
