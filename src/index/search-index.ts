import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { chunkCorpus } from "../chunking/chunker.js";
import { describeError, IndexError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Chunk, CorpusDocument } from "../core/types.js";
import { corpusHash } from "../corpus/loader.js";
import { type IdentifiedEmbeddings, isCorpusAware } from "../embeddings/types.js";
import { ANALYZER_VERSION, analyzeArabic, charNgrams, GRAM_SIZE } from "../text/arabic-analyzer.js";
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
 * Arabic-analysed terms, and the HNSW vector index. The vector index is persisted with a
 * manifest; the lexical index is rebuilt from the chunks on every start (it takes
 * milliseconds for an article and a few seconds for tens of thousands of chunks).
 */
export const CHUNK_MAX_CHARS = 450;
export const CHUNKER_ID = `sentences-v1/max${CHUNK_MAX_CHARS}`;

const MANIFEST = "manifest.json";

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
export function lexicalTerms(text: string): { words: string[]; grams: string[]; count: number; norms: string[] } {
  const words: string[] = [];
  const grams: string[] = [];
  const norms: string[] = [];
  let count = 0;
  for (const token of analyzeArabic(text)) {
    norms.push(token.norm);
    if (token.isStopword) continue;
    count += 1;
    words.push(`n:${token.norm}`, `l:${token.light}`, `r:${token.root}`);
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
  const { lexical, vocabulary } = buildLexicalIndex(chunks);
  if (isCorpusAware(embedder.embeddings)) embedder.embeddings.fitCorpus(chunks.map((c) => c.text));

  let reason = options.rebuild ? "a rebuild was requested" : "no directory was given (in-memory index)";
  if (directory !== undefined && !options.rebuild) {
    const attempt = await tryLoad(directory, expected, chunks, embedder);
    if (attempt.vectors !== undefined) {
      logger.info(`index loaded from ${directory}`, {
        chunks: chunks.length,
        embedder: embedder.identity.id,
      });
      return {
        index: new SearchIndex(documents, chunks, lexical, attempt.vectors, vocabulary, attempt.manifest),
        status: "loaded",
        saved: true,
      };
    }
    reason = attempt.reason;
  }

  if (directory !== undefined) logger.info(`building the index: ${reason}`);
  const started = Date.now();
  let lastLog = started;
  const vectors = await VectorIndex.build(chunks, embedder.embeddings, (done, total) => {
    const now = Date.now();
    if (now - lastLog > 2000 || done === total) {
      lastLog = now;
      logger.info(`embedded ${done}/${total} chunks`);
    }
  });
  const manifest: IndexManifest = {
    ...expected,
    embedder: { ...embedder.identity, dimensions: vectors.dimensions },
    builtAt: new Date().toISOString(),
  };
  let saved = false;
  if (directory !== undefined) {
    try {
      await saveAtomically(directory, vectors, manifest);
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

async function tryLoad(
  directory: string,
  expected: Parameters<typeof manifestMismatch>[1],
  chunks: readonly Chunk[],
  embedder: IdentifiedEmbeddings,
): Promise<
  | { vectors: VectorIndex; manifest: IndexManifest; reason?: undefined }
  | { vectors?: undefined; reason: string }
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
    const vectors = await VectorIndex.load(directory, embedder.embeddings);
    if (vectors.size !== chunks.length)
      throw new Error(`it holds ${vectors.size} vectors for ${chunks.length} chunks`);
    if (vectors.dimensions !== manifest.embedder.dimensions)
      throw new Error("its dimensions differ from the manifest's");
    for (let i = 0; i < chunks.length; i++) {
      if (vectors.chunkIdAt(i) !== chunks[i]?.id)
        throw new Error(`vector ${i} does not belong to chunk ${chunks[i]?.id}`);
    }
    return { vectors, manifest };
  } catch (error) {
    return { reason: `the index files are corrupt (${describeError(error)})` };
  }
}

/** What an index directory holds (the vector store's files and the manifest). */
const INDEX_FILES = new Set([MANIFEST, "hnswlib.index", "docstore.json", "args.json"]);

/**
 * Saving replaces `directory` wholesale, so it must be missing, empty or an index: a
 * mistyped INDEX_DIR (the corpus folder, a home directory, a file) is never moved or deleted.
 */
async function checkReplaceable(directory: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await lstat(directory)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (!isDirectory) throw new IndexError(`${directory} exists and is not a directory; not replacing it`);
  const foreign = (await readdir(directory)).filter((name) => !INDEX_FILES.has(name));
  if (foreign.length > 0) {
    const names = `${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", …" : ""}`;
    throw new IndexError(
      `${directory} holds files that are not part of an index (${names}); not replacing it: ` +
        "point INDEX_DIR at an empty or index-only folder",
    );
  }
}

/** Write into a sibling temp directory, then swap it in, so a crash never leaves half an index. */
async function saveAtomically(
  directory: string,
  vectors: VectorIndex,
  manifest: IndexManifest,
): Promise<void> {
  await checkReplaceable(directory);
  const parent = path.dirname(path.resolve(directory));
  await mkdir(parent, { recursive: true });
  const temp = `${path.resolve(directory)}.tmp-${process.pid}-${Date.now()}`;
  const old = `${path.resolve(directory)}.old-${process.pid}-${Date.now()}`;
  try {
    await vectors.save(temp);
    // The manifest is written last: an index without one is never trusted.
    await writeFile(path.join(temp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    let hadOld = false;
    try {
      await rename(directory, old);
      hadOld = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    await rename(temp, directory);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}
