/**
 * Chunking: each paragraph's sentences are packed greedily, in order, into chunks of at most
 * `maxChars` UTF-16 units. Chunks never cross a paragraph and never cut a sentence (a single
 * sentence longer than `maxChars` becomes a chunk of its own). Pure.
 */
import { AppError } from "../core/errors.js";
import type { Chunk, CorpusDocument, Sentence } from "../core/types.js";
import { segmentSentences } from "./segment.js";

export const DEFAULT_MAX_CHARS = 450;

export interface ChunkOptions {
  /** Upper bound on a chunk's length unless one sentence alone is longer (default 450). */
  readonly maxChars?: number;
}

function resolveMaxChars(options: ChunkOptions | undefined): number {
  const maxChars = options?.maxChars ?? DEFAULT_MAX_CHARS;
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw new AppError("INPUT_INVALID", `chunk maxChars must be a positive integer, got ${maxChars}`);
  }
  return maxChars;
}

/** Split one document into chunks, ids `${doc.id}#0`, `${doc.id}#1` … in document order. */
export function chunkDocument(doc: CorpusDocument, options?: ChunkOptions): Chunk[] {
  const maxChars = resolveMaxChars(options);
  const chunks: Chunk[] = [];
  const flush = (paragraph: number, group: readonly Sentence[]): void => {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) return;
    chunks.push({
      id: `${doc.id}#${chunks.length}`,
      docId: doc.id,
      paragraph,
      start: first.start,
      end: last.end,
      text: doc.text.slice(first.start, last.end),
      sentences: group,
    });
  };

  for (const paragraph of doc.paragraphs) {
    let group: Sentence[] = [];
    for (const sentence of segmentSentences(doc.text, paragraph.start, paragraph.end)) {
      const first = group[0];
      if (first && sentence.end - first.start > maxChars) {
        flush(paragraph.number, group);
        group = [];
      }
      group.push(sentence);
    }
    flush(paragraph.number, group);
  }
  return chunks;
}

/** Chunk every document, in the given order. */
export function chunkCorpus(docs: readonly CorpusDocument[], options?: ChunkOptions): Chunk[] {
  return docs.flatMap((doc) => chunkDocument(doc, options));
}
