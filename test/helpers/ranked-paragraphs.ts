import { chunkDocument } from "../../src/chunking/chunker.js";
import type { Chunk, ScoredChunk } from "../../src/core/types.js";
import type { LexicalIndex } from "../../src/index/lexical-index.js";
import { buildLexicalIndex } from "../../src/index/search-index.js";
import { bodyDocument } from "./documents.js";

/**
 * A one-document corpus of `paragraphs`, its lexical word index, and a stand-in for retrieval
 * that ranks its chunks in a given order: for coverage tests that fix what retrieval returned.
 */
export function rankedParagraphs(paragraphs: readonly string[]): {
  readonly chunks: readonly Chunk[];
  readonly words: LexicalIndex;
  readonly ranked: (order: readonly number[]) => ScoredChunk[];
} {
  const chunks = chunkDocument(bodyDocument(paragraphs.join("\n\n")));
  const { words } = buildLexicalIndex(chunks).lexical;
  const ranked = (order: readonly number[]) =>
    order.flatMap((i, rank) => {
      const chunk = chunks[i];
      return chunk === undefined ? [] : [{ chunk, score: 1 / (rank + 1), signals: {} }];
    });
  return { chunks, words, ranked };
}
