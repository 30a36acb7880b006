import type { Logger } from "../core/logger.js";
import type { CorpusDocument, QuestionAnswerer } from "../core/types.js";
import { loadCorpus } from "../corpus/loader.js";
import { ArabicHashingEmbeddings } from "../embeddings/arabic-hashing-embeddings.js";
import type { IdentifiedEmbeddings } from "../embeddings/types.js";
import { type OpenIndexResult, openSearchIndex } from "../index/search-index.js";
import { BilingualPlanner } from "../retrieval/english-planner.js";
import { HybridSearch } from "../retrieval/hybrid-search.js";
import { lightStem } from "../text/arabic-analyzer.js";
import { normalizeArabic } from "../text/normalize.js";
import { Lexicon } from "../translate/lexicon.js";
import { buildTransliterationIndex } from "../translate/transliterate.js";
import type { AppConfig } from "./config.js";
import { QaService } from "./qa-service.js";

/**
 * The composition root: the one place where concrete parts are chosen and wired from the
 * configuration. Everything else depends on interfaces, so tests pass fakes in here.
 */

export function createEmbedder(config: AppConfig): IdentifiedEmbeddings {
  switch (config.embeddings.provider) {
    case "local": {
      const embeddings = new ArabicHashingEmbeddings();
      return { embeddings, identity: embeddings.identity };
    }
    case "openai":
      throw new Error("remote embeddings are wired in src/llm (issue 4)");
  }
}

export interface PipelineOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  /** Documents to serve; default: the corpus at `config.corpusDir`. */
  readonly documents?: readonly CorpusDocument[];
  /** Where the index lives; `null` keeps it in memory (eval); default `config.indexDir`. */
  readonly indexDirectory?: string | null;
  readonly rebuild?: boolean;
  readonly embedder?: IdentifiedEmbeddings;
  readonly lexicon?: Lexicon;
}

export interface Pipeline {
  readonly qa: QaService;
  /** What front ends talk to (the QA service, or a model answerer wrapping it). */
  readonly answerer: QuestionAnswerer;
  readonly opened: OpenIndexResult;
  readonly documents: readonly CorpusDocument[];
}

/** Normalised Arabic words (and their light stems) the dictionary knows: general vocabulary. */
export function arabicGeneralVocabulary(lexicon: Lexicon): Set<string> {
  const words = new Set<string>();
  for (const translation of lexicon.allTranslations()) {
    for (const word of normalizeArabic(translation.arabic).split(/\s+/)) {
      if (word.length === 0) continue;
      words.add(word);
      words.add(lightStem(word));
    }
  }
  return words;
}

export async function buildPipeline(options: PipelineOptions): Promise<Pipeline> {
  const { config, logger } = options;
  const documents = options.documents ?? (await loadCorpus(config.corpusDir));
  for (const doc of documents) {
    if (doc.provenance === "stand-in")
      logger.warn(`${doc.file} is a stand-in text, not the publisher's original; answers quote the stand-in`);
  }
  const embedder = options.embedder ?? createEmbedder(config);
  const lexicon = options.lexicon ?? (await Lexicon.load(config.lexiconPath));
  const opened = await openSearchIndex({
    documents,
    embedder,
    directory: options.indexDirectory === null ? undefined : (options.indexDirectory ?? config.indexDir),
    logger,
    rebuild: options.rebuild,
  });
  const general = arabicGeneralVocabulary(lexicon);
  const planner = new BilingualPlanner({
    lexicon,
    transliteration: buildTransliterationIndex(opened.index.vocabulary),
    isGeneralArabicWord: (norm) => general.has(norm) || general.has(lightStem(norm)),
  });
  const search = new HybridSearch(opened.index, embedder.embeddings);
  const qa = new QaService({ index: opened.index, search, planner, logger });
  return { qa, answerer: qa, opened, documents };
}
