import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
import { ANALYZER_VERSION, analyzeArabic, charNgrams } from "../text/arabic-analyzer.js";
import type { CorpusAwareEmbeddings, CorpusStatistics, EmbedderIdentity } from "./types.js";

/**
 * The offline default embedder: no weights, no network. A text becomes a bag of
 * Arabic-aware features — light stems, Snowball stems and character trigrams of the light
 * stem (which tie together broken plurals, clitic leftovers and transliteration variants
 * such as مانينغ/مانينج) — weighted by log term frequency and by inverse document frequency
 * over the corpus it serves (so "الروسي" in a Russian-news corpus counts little), hashed
 * with signs into a fixed number of dimensions (the "hashing trick") and L2-normalised, so
 * cosine similarity is meaningful. Deterministic: the same corpus and text give the same
 * vector, so an index built from a corpus stays valid for that corpus (the manifest checks
 * the corpus hash).
 */

export interface ArabicHashingEmbeddingsParams extends EmbeddingsParams {
  readonly dimensions?: number;
}

const STEM_WEIGHT = 1.0;
const ROOT_WEIGHT = 0.5;
/** Total weight of a word's character n-grams (shared among them). */
const NGRAM_WEIGHT = 0.8;

/** 32-bit FNV-1a. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Weighted features of a text (pure; exported for tests and for explaining similarity). */
export function hashingFeatures(text: string): Map<string, number> {
  const features = new Map<string, number>();
  const add = (feature: string, weight: number) =>
    features.set(feature, (features.get(feature) ?? 0) + weight);
  for (const token of analyzeArabic(text)) {
    if (token.isStopword) continue;
    add(`s:${token.light}`, STEM_WEIGHT);
    if (token.root !== token.light) add(`r:${token.root}`, ROOT_WEIGHT);
    const grams = charNgrams(token.light, 3);
    for (const gram of grams) add(`g:${gram}`, NGRAM_WEIGHT / grams.length);
  }
  return features;
}

/** Hash weighted features into a unit vector; `idf` scales each feature (1 when unfitted). */
export function hashingVector(
  features: ReadonlyMap<string, number>,
  dimensions: number,
  idf: (feature: string) => number = () => 1,
): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, weight] of features) {
    const hash = fnv1a(feature);
    const index = hash % dimensions;
    const sign = (fnv1a(`#${feature}`) & 1) === 0 ? 1 : -1;
    // Sublinear in repetitions: a word said five times is not five times as relevant.
    vector[index] = (vector[index] ?? 0) + sign * Math.log1p(weight) * idf(feature);
  }
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm === 0) return vector;
  return vector.map((v) => v / norm);
}

export class ArabicHashingEmbeddings extends Embeddings implements CorpusAwareEmbeddings {
  readonly dimensions: number;
  readonly identity: EmbedderIdentity;
  private documentFrequency = new Map<string, number>();
  private corpusSize = 0;

  constructor(params: ArabicHashingEmbeddingsParams = {}) {
    super(params);
    this.dimensions = params.dimensions ?? 1024;
    this.identity = { id: `local-arabic-hashing-${this.dimensions}`, version: `2+${ANALYZER_VERSION}` };
  }

  /** Learn feature document frequencies from the texts the index will hold. */
  fitCorpus(texts: readonly string[]): void {
    const df = new Map<string, number>();
    for (const text of texts)
      for (const feature of hashingFeatures(text).keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
    this.documentFrequency = df;
    this.corpusSize = texts.length;
  }

  corpusStatistics(): CorpusStatistics {
    return {
      documents: this.corpusSize,
      features: [...this.documentFrequency.keys()],
      frequencies: Uint32Array.from(this.documentFrequency.values()),
    };
  }

  restoreCorpusStatistics(statistics: CorpusStatistics): void {
    const df = new Map<string, number>();
    statistics.features.forEach((feature, i) => {
      df.set(feature, statistics.frequencies[i] ?? 0);
    });
    this.documentFrequency = df;
    this.corpusSize = statistics.documents;
  }

  private readonly idf = (feature: string): number => {
    if (this.corpusSize === 0) return 1;
    return Math.log((this.corpusSize + 1) / ((this.documentFrequency.get(feature) ?? 0) + 1)) + 1;
  };

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((text) => hashingVector(hashingFeatures(text), this.dimensions, this.idf));
  }

  async embedQuery(document: string): Promise<number[]> {
    return hashingVector(hashingFeatures(document), this.dimensions, this.idf);
  }
}
