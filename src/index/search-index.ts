import { readFile } from "node:fs/promises";
import path from "node:path";
import { chunkCorpus } from "../chunking/chunker.js";
import { describeError, IndexError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Chunk, CorpusDocument } from "../core/types.js";
import { corpusHash } from "../corpus/loader.js";
import { type IdentifiedEmbeddings, isCorpusAware } from "../embeddings/types.js";
import { ANALYZER_VERSION, analyzeArabic, charNgrams, GRAM_SIZE } from "../text/arabic-analyzer.js";
import { loadIndexFiles, MANIFEST, removeStaleTemporaries, saveIndexFiles } from "./index-store.js";
import { LexicalIndex } from "./lexical-index.js";
import {
  hashChunks,
  INDEX_FORMAT_VERSION,
  type IndexManifest,
  manifestMismatch,
  parseManifest,
} from "./manifest.js";
import { VectorIndex } from "./vector-index.js";

/**
 * Everything retrieval needs for one corpus: the documents, their chunks, a BM25 index over
 * Arabic-analysed terms, and the HNSW vector index. All of it is one artifact on disk
 * (`index-store.ts`: postings, vocabulary, embedder statistics, graph, and a manifest with
 * checksums), loaded at start, not rebuilt; only chunking runs again (its hash is how a
 * changed corpus or chunker is told apart).
 */
export const CHUNK_MAX_CHARS = 450;
export const CHUNKER_ID = `sentences-v1/max${CHUNK_MAX_CHARS}`;

export class SearchIndex {
  readonly documentsById: ReadonlyMap<string, CorpusDocument>;

  constructor(
    readonly documents: readonly CorpusDocument[],
    readonly chunks: readonly Chunk[],
    readonly lexical: LexicalIndexes,
    readonly vectors: VectorIndex,
    readonly vocabulary: ReadonlySet<string>,
    readonly manifest: IndexManifest,
  ) {
    this.documentsById = new Map(documents.map((d) => [d.id, d]));
  }
}

/**
 * Two BM25 indexes over the same chunks: whole words (three analyzer views each) and
 * character n-grams of light stems, which match word forms that stemming misses
 * (broken plurals, clitics, transliteration variants).
 */
export interface LexicalIndexes {
  readonly words: LexicalIndex;
  readonly grams: LexicalIndex;
}

/** A chunk's terms: word views (`n:`, `l:`, `r:`), light-stem n-grams, its length and words. */
export function lexicalTerms(text: string): {
  words: string[];
  grams: string[];
  count: number;
  norms: string[];
} {
  const words: string[] = [];
  const grams: string[] = [];
  const norms: string[] = [];
  let count = 0;
  for (const token of analyzeArabic(text)) {
    norms.push(token.norm);
    if (token.isStopword) continue;
    count += 1;
    words.push(`n:${token.norm}`, ...token.lights.map((l) => `l:${l}`), `r:${token.root}`);
    grams.push(...charNgrams(token.light, GRAM_SIZE));
  }
  return { words, grams, count, norms };
}

/** Build the lexical indexes and the corpus vocabulary (normalised word forms). */
export function buildLexicalIndex(chunks: readonly Chunk[]): {
  lexical: LexicalIndexes;
  vocabulary: Set<string>;
} {
  const words = new LexicalIndex();
  const grams = new LexicalIndex();
  const vocabulary = new Set<string>();
  for (const chunk of chunks) {
    const terms = lexicalTerms(chunk.text);
    for (const norm of terms.norms) vocabulary.add(norm);
    words.add(terms.words, terms.count);
    grams.add(terms.grams);
  }
  return { lexical: { words, grams }, vocabulary };
}

export interface OpenIndexOptions {
  readonly documents: readonly CorpusDocument[];
  readonly embedder: IdentifiedEmbeddings;
  /** Where the index lives; undefined keeps it in memory only (eval, tests). */
  readonly directory?: string;
  readonly logger: Logger;
  /** Rebuild even if a matching index exists. */
  readonly rebuild?: boolean;
}

export interface OpenIndexResult {
  readonly index: SearchIndex;
  /** `loaded` from disk, or `built` (with the reason it was built). */
  readonly status: "loaded" | "built";
  readonly reason?: string;
  readonly saved: boolean;
}

/** Load the on-disk index if it matches the corpus and embedder; otherwise rebuild it. */
export async function openSearchIndex(options: OpenIndexOptions): Promise<OpenIndexResult> {
  const { documents, embedder, directory, logger } = options;
  if (documents.length === 0) throw new IndexError("cannot index an empty corpus");
  const chunks = chunkCorpus(documents, { maxChars: CHUNK_MAX_CHARS });
  const expected = {
    formatVersion: INDEX_FORMAT_VERSION,
    corpusHash: corpusHash(documents),
    chunker: CHUNKER_ID,
    analyzer: ANALYZER_VERSION,
    embedder: embedder.identity,
    chunkCount: chunks.length,
    chunksHash: hashChunks(chunks),
  };

  let reason = options.rebuild ? "a rebuild was requested" : "no directory was given (in-memory index)";
  if (directory !== undefined) {
    const removed = await removeStaleTemporaries(directory);
    if (removed.length > 0) logger.info(`removed folders left by an interrupted save: ${removed.join(", ")}`);
  }
  if (directory !== undefined && !options.rebuild) {
    const attempt = await tryLoad(directory, expected, chunks, embedder);
    if (attempt.loaded !== undefined) {
      logger.info(`index loaded from ${directory}`, {
        chunks: chunks.length,
        embedder: embedder.identity.id,
      });
      const { part, vectors } = attempt.loaded;
      const lexical = { words: part.words, grams: part.grams };
      return {
        index: new SearchIndex(documents, chunks, lexical, vectors, part.vocabulary, attempt.manifest),
        status: "loaded",
        saved: true,
      };
    }
    reason = attempt.reason;
  }

  if (directory !== undefined) logger.info(`building the index: ${reason}`);
  const started = Date.now();
  const { lexical, vocabulary } = buildLexicalIndex(chunks);
  const aware = isCorpusAware(embedder.embeddings) ? embedder.embeddings : undefined;
  aware?.fitCorpus(chunks.map((c) => c.text));
  let lastLog = started;
  const vectors = await VectorIndex.build(chunks, embedder.embeddings, (done, total) => {
    const now = Date.now();
    if (now - lastLog > 2000 || done === total) {
      lastLog = now;
      logger.info(`embedded ${done}/${total} chunks`);
    }
  });
  const built = {
    ...expected,
    embedder: { ...embedder.identity, dimensions: vectors.dimensions },
    builtAt: new Date().toISOString(),
  };
  let manifest: IndexManifest = { ...built, files: {} };
  let saved = false;
  if (directory !== undefined) {
    try {
      const statistics = aware?.corpusStatistics?.();
      const part = { ...lexical, vocabulary, ...(statistics === undefined ? {} : { statistics }) };
      manifest = await saveIndexFiles(directory, part, vectors, built);
      saved = true;
      logger.info(`index saved to ${directory}`, { chunks: chunks.length, ms: Date.now() - started });
    } catch (error) {
      // A read-only or full disk must not stop the bot: serve from memory and say so.
      logger.warn(`could not save the index to ${directory}; using it in memory only`, {
        error: describeError(error),
      });
    }
  }
  return {
    index: new SearchIndex(documents, chunks, lexical, vectors, vocabulary, manifest),
    status: "built",
    reason,
    saved,
  };
}

type Loaded = Awaited<ReturnType<typeof loadIndexFiles>>;

async function tryLoad(
  directory: string,
  expected: Parameters<typeof manifestMismatch>[1],
  chunks: readonly Chunk[],
  embedder: IdentifiedEmbeddings,
): Promise<
  { loaded: Loaded; manifest: IndexManifest; reason?: undefined } | { loaded?: undefined; reason: string }
> {
  let manifest: IndexManifest;
  try {
    manifest = parseManifest(await readFile(path.join(directory, MANIFEST), "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      reason:
        code === "ENOENT"
          ? `no index in ${directory} yet`
          : `the manifest is unreadable or corrupt (${describeError(error)})`,
    };
  }
  const mismatch = manifestMismatch(manifest, expected);
  if (mismatch !== undefined) return { reason: mismatch };
  try {
    const loaded = await loadIndexFiles(directory, manifest, embedder.embeddings);
    const { part, vectors } = loaded;
    if (vectors.size !== chunks.length)
      throw new Error(`it holds ${vectors.size} vectors for ${chunks.length} chunks`);
    if (part.words.size !== chunks.length || part.grams.size !== chunks.length)
      throw new Error(`its postings cover ${part.words.size} chunks, not ${chunks.length}`);
    const aware = isCorpusAware(embedder.embeddings) ? embedder.embeddings : undefined;
    if (aware !== undefined) {
      // Saved statistics spare a pass over every chunk; an embedder that cannot restore refits.
      if (part.statistics !== undefined && aware.restoreCorpusStatistics !== undefined)
        aware.restoreCorpusStatistics(part.statistics);
      else aware.fitCorpus(chunks.map((c) => c.text));
    }
    return { loaded, manifest };
  } catch (error) {
    return { reason: `the index files are corrupt (${describeError(error)})` };
  }
}
