import { existsSync } from "node:fs";
import path from "node:path";
import { QaService } from "../answer/qa-service.js";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { CorpusDocument, QuestionAnswerer } from "../core/types.js";
import { loadCorpus } from "../corpus/loader.js";
import { loadTranslations } from "../corpus/translation.js";
import { ArabicHashingEmbeddings } from "../embeddings/arabic-hashing-embeddings.js";
import { createOpenAiCompatibleEmbeddings } from "../embeddings/openai-compatible-embeddings.js";
import type { IdentifiedEmbeddings } from "../embeddings/types.js";
import type { EvalPipelineBuilder } from "../eval/run-eval.js";
import { type OpenIndexResult, openSearchIndex } from "../index/search-index.js";
import { ModelAnswerer } from "../llm/model-answerer.js";
import { loadPrompts, type Prompts } from "../llm/prompts.js";
import { type ChatProvider, createChatProvider } from "../llm/providers.js";
import { BilingualPlanner } from "../retrieval/english-planner.js";
import { HybridSearch } from "../retrieval/hybrid-search.js";
import { TranslationSearch } from "../retrieval/translation-search.js";
import { alignedTranslationLookup, NO_TRANSLATIONS } from "../translate/aligned-lookup.js";
import { ArabicNameDetector } from "../translate/arabic-names.js";
import { CountryNames } from "../translate/country-names.js";
import { loadWordFrequencies } from "../translate/frequency.js";
import { glossaryOf } from "../translate/gloss.js";
import { Lexicon } from "../translate/lexicon.js";
import { ProperNouns } from "../translate/proper-nouns.js";
import { SpellingVariants } from "../translate/spelling-variants.js";
import { buildTransliterationIndex } from "../translate/transliterate/index.js";
import { type AppConfig, DEFAULT_LEXICON_PATH } from "./config.js";

/**
 * The composition root: the one place where concrete parts are chosen and wired from the
 * configuration. Everything else depends on interfaces, so tests pass fakes in here.
 */

export function createEmbedder(config: AppConfig): IdentifiedEmbeddings {
  switch (config.embeddings.provider) {
    case "local": {
      const embeddings = new ArabicHashingEmbeddings();
      // Measured on shared/eval/xquad-dev: the hashing vectors mostly repeat what BM25 over
      // n-grams already knows, so they only break ties. For English (vectors of a few
      // dictionary senses) more than that costs: weight 0.1 → 0.01 moved R@1 0.788 → 0.799.
      return { embeddings, identity: embeddings.identity, fusionWeight: { ar: 0.03, en: 0.01 } };
    }
    case "openai":
      return createOpenAiCompatibleEmbeddings(config.embeddings, {
        timeoutMs: config.limits.llmTimeoutMs,
        maxRetries: config.limits.llmMaxRetries,
      });
  }
}

export interface PipelineOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  /** Documents to serve; default: the corpus at `config.corpusDir`. */
  readonly documents?: readonly CorpusDocument[];
  /**
   * Where aligned translations (`*.en.json`) are looked for: default the corpus directory
   * when `documents` is not given; `null` serves without translations.
   */
  readonly translationsFrom?: string | null;
  /** Where the index lives; `null` keeps it in memory (eval); default `config.indexDir`. */
  readonly indexDirectory?: string | null;
  readonly rebuild?: boolean;
  readonly embedder?: IdentifiedEmbeddings;
  readonly lexicon?: Lexicon;
  /** Chat model to answer with (tests); default: the one `config.llm` describes, if any. */
  readonly chatModel?: ChatProvider;
  /** Prompts (tests); default: loaded and checked from `config.promptsDir`. */
  readonly prompts?: Prompts;
}

export interface Pipeline {
  readonly qa: QaService;
  /** What front ends talk to (the QA service, or a model answerer wrapping it). */
  readonly answerer: QuestionAnswerer;
  readonly opened: OpenIndexResult;
  readonly documents: readonly CorpusDocument[];
}

/** What `runEvaluation` runs: the production pipeline over the given documents, in memory. */
export function evaluationPipeline(config: AppConfig, logger: Logger): EvalPipelineBuilder {
  return async (documents, translationsFrom) => {
    const pipeline = await buildPipeline({
      config,
      logger,
      documents,
      indexDirectory: null,
      translationsFrom,
    });
    return { answerer: pipeline.answerer, lookup: pipeline.qa.lookup };
  };
}

/** The widened lexicon beside the default one (FreeDict + WordNet + mythes-ar, `data/lexicon/NOTICE.md`). */
export const WIDE_LEXICON_PATH = path.join(path.dirname(DEFAULT_LEXICON_PATH), "en-ar.wide.tsv.gz");

/**
 * The lexicon English questions are planned with. Left at the default (FreeDict, with the
 * WordNet multi-word terms it lacks such as "prime minister"), a
 * corpus none of whose documents has an aligned translation gets the widened sibling: there
 * the dictionary is an English question's only evidence, and the synonyms' extra senses buy
 * recall (xquad-dev English R@1 0.731 → 0.753, R@5 0.910 → 0.930, false refusals 0.119 →
 * 0.079). Where a translation is matched in English as well, precision matters more and
 * the default does better (data/lexicon/MEASUREMENTS.md). A file chosen explicitly with
 * `LEXICON_PATH` is used as it is.
 */
export function lexiconPathFor(configured: string, anyTranslated: boolean): string {
  if (anyTranslated || configured !== DEFAULT_LEXICON_PATH || !existsSync(WIDE_LEXICON_PATH))
    return configured;
  return WIDE_LEXICON_PATH;
}

export async function buildPipeline(options: PipelineOptions): Promise<Pipeline> {
  const { config, logger } = options;
  const documents = options.documents ?? (await loadCorpus(config.corpusDir));
  const embedder = options.embedder ?? createEmbedder(config);
  const translationsFrom =
    options.translationsFrom === undefined
      ? options.documents === undefined
        ? config.corpusDir
        : null
      : options.translationsFrom;
  const translations =
    translationsFrom === null
      ? NO_TRANSLATIONS
      : alignedTranslationLookup(await loadTranslations(translationsFrom, documents));
  const lexiconPath = lexiconPathFor(
    config.lexiconPath,
    documents.some((d) => translations.has(d.id)),
  );
  // The indexed dictionary and its reverse index are cached between runs (node_modules/.cache, by convention).
  const cacheDirectory = path.resolve("node_modules", ".cache", "talks-qa-bot");
  const lexicon = options.lexicon ?? (await Lexicon.load(lexiconPath, { cacheDirectory }));
  const opened = await openSearchIndex({
    documents,
    embedder,
    directory: options.indexDirectory === null ? undefined : (options.indexDirectory ?? config.indexDir),
    logger,
    rebuild: options.rebuild,
  });
  const names = new ArabicNameDetector(lexicon, { cacheDirectory });
  const properNouns = await ProperNouns.load(path.join(path.dirname(lexiconPath), "ar-proper-nouns.txt"));
  const countries = await CountryNames.loadWithCapitals(
    path.join(path.dirname(lexiconPath), "ar-countries.txt"),
    path.join(path.dirname(lexiconPath), "ar-capitals.txt"),
  );
  const planner = new BilingualPlanner({
    lexicon,
    transliteration: buildTransliterationIndex(opened.index.vocabulary),
    spellings: new SpellingVariants(opened.index.vocabulary),
    isArabicName: (word) => names.isName(word) || properNouns.has(word),
    spellsArabicName: (word) => names.spellsName(word) || properNouns.has(word),
    isKnownArabicWord: (word) => names.isKnownWord(word),
    countryOfCapital: (norm) => countries.countryOfCapital(norm),
  });
  const search = new HybridSearch(opened.index, embedder.embeddings, {
    translated: TranslationSearch.build(opened.index.chunks, (chunk) =>
      translations.span(chunk.docId, chunk.start, chunk.end),
    ),
    vectorWeight: embedder.fusionWeight ?? { ar: 1, en: 1 },
    onVectorError: (error) =>
      logger.warn("vector search failed; answering from the lexical ranking alone", {
        error: describeError(error),
      }),
  });
  const qa = new QaService({
    index: opened.index,
    search,
    planner,
    logger,
    translations,
    countries,
    glossary: glossaryOf(lexicon, {
      frequencies: await loadWordFrequencies(path.join(path.dirname(lexiconPath), "en-frequency.tsv.gz")),
    }),
  });
  const answerer = await createModelAnswerer(options, qa, opened);
  return { qa, answerer: answerer ?? qa, opened, documents };
}

/**
 * The model answerer when a chat model is configured (or given), else undefined: the
 * offline extractive answerer serves alone. Prompts are loaded and checked here, at start.
 */
export async function createModelAnswerer(
  options: PipelineOptions,
  qa: QaService,
  opened: OpenIndexResult,
): Promise<ModelAnswerer | undefined> {
  const { config, logger } = options;
  const llm = config.llm;
  if (options.chatModel === undefined && llm.provider === "none") return undefined;
  const prompts = options.prompts ?? (await loadPrompts(config.promptsDir));
  const model =
    options.chatModel ?? (llm.provider === "none" ? undefined : createChatProvider(llm, config.limits));
  if (model === undefined) return undefined;
  logger.info(`answering with ${model.id}`, {
    provider: llm.provider,
    timeoutMs: config.limits.llmTimeoutMs,
    retries: config.limits.llmMaxRetries,
    budgetMs: config.limits.answerBudgetMs,
  });
  const words = opened.index.lexical.words;
  return new ModelAnswerer({
    qa,
    model,
    prompts,
    limits: config.limits,
    logger,
    corpusHasTerm: (term) => words.has(term),
  });
}
