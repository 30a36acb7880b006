import type { Embeddings } from "@langchain/core/embeddings";

/** What an index manifest records about the embedder that built it. */
export interface EmbedderIdentity {
  /** e.g. `local-arabic-hashing` or `openai:text-embedding-3-small@https://api.openai.com/v1`. */
  readonly id: string;
  /** Bumped whenever the embedder's output changes for the same input. */
  readonly version: string;
}

/** A LangChain `Embeddings` that can say who it is, so stale indexes are detected. */
export interface IdentifiedEmbeddings {
  readonly embeddings: Embeddings;
  readonly identity: EmbedderIdentity;
  /**
   * How much vector search counts against lexical search in rank fusion, per question
   * language (default 1). A weak embedder (the offline hashing one) is a tie-breaker; a
   * neural multilingual embedder can carry as much weight as BM25.
   */
  readonly fusionWeight?: Readonly<Record<"ar" | "en", number>>;
}

/**
 * Embedders whose vectors depend on corpus statistics (the local hashing embedder's idf).
 * `fitCorpus` must be deterministic in its input: the index calls it with the chunk texts
 * both when building and when loading, so stored vectors and new query vectors agree.
 */
export interface CorpusAwareEmbeddings {
  fitCorpus(texts: readonly string[]): void;
  /** What `fitCorpus` learnt, to be saved with the index (so a start need not refit). */
  corpusStatistics?(): CorpusStatistics;
  /** Restore saved statistics: afterwards the embedder behaves as after `fitCorpus`. */
  restoreCorpusStatistics?(statistics: CorpusStatistics): void;
}

/** Feature document frequencies over a corpus of `documents` texts. */
export interface CorpusStatistics {
  readonly documents: number;
  readonly features: readonly string[];
  readonly frequencies: Uint32Array;
}

export function isCorpusAware(value: unknown): value is CorpusAwareEmbeddings {
  return typeof (value as Partial<CorpusAwareEmbeddings> | null)?.fitCorpus === "function";
}
