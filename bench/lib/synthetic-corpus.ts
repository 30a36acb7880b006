/**
 * A large synthetic Arabic corpus for scale measurements, made only from Arabic text already
 * in the repository: the sentences of the xquad-dev paragraphs and of the TASS article are
 * cut with the project's own sentence segmenter, de-duplicated, and recombined by a seeded
 * PRNG into documents of 3–8 paragraphs; each paragraph takes 1–3 random sentences and stays
 * under the chunker's limit, so a paragraph is (almost always) one chunk. Documents are
 * generated until the real chunker yields at least `targetChunks` chunks. Deterministic: the
 * same sources and seed give the same corpus, byte for byte.
 */
import { chunkDocument } from "../../src/chunking/chunker.js";
import { segmentSentences } from "../../src/chunking/segment.js";
import type { CorpusDocument } from "../../src/core/types.js";
import { splitParagraphs } from "../../src/corpus/paragraphs.js";
import { CHUNK_MAX_CHARS } from "../../src/index/search-index.js";
import { mulberry32, randomInt } from "./prng.js";

/** Sentences of every paragraph of the given documents, trimmed, unique, in first-seen order. */
export function sentencePool(documents: readonly CorpusDocument[]): string[] {
  const seen = new Set<string>();
  for (const doc of documents) {
    for (const p of doc.paragraphs) {
      for (const s of segmentSentences(doc.text, p.start, p.end)) {
        const text = doc.text.slice(s.start, s.end).replace(/\s+/g, " ").trim();
        if (text.length >= 20 && /\p{Script=Arabic}/u.test(text)) seen.add(text);
      }
    }
  }
  return [...seen];
}

export interface SyntheticCorpus {
  readonly documents: CorpusDocument[];
  readonly chunkCount: number;
  readonly poolSize: number;
  readonly characters: number;
}

export function syntheticCorpus(
  sources: readonly CorpusDocument[],
  targetChunks: number,
  seed = 20210203,
): SyntheticCorpus {
  const pool = sentencePool(sources);
  if (pool.length === 0) throw new Error("no Arabic sentences to recombine");
  const random = mulberry32(seed);
  const limit = CHUNK_MAX_CHARS - 20;
  const documents: CorpusDocument[] = [];
  let chunkCount = 0;
  let characters = 0;
  while (chunkCount < targetChunks) {
    const paragraphs: string[] = [];
    const count = 3 + randomInt(random, 6);
    for (let p = 0; p < count; p++) {
      const wanted = 1 + randomInt(random, 3);
      let text = pool[randomInt(random, pool.length)] ?? "";
      for (let s = 1; s < wanted; s++) {
        const next = pool[randomInt(random, pool.length)] ?? "";
        if (text.length + 1 + next.length > limit) break;
        text = `${text} ${next}`;
      }
      paragraphs.push(text);
    }
    const n = documents.length + 1;
    const text = `${paragraphs.join("\n\n")}\n`;
    const doc: CorpusDocument = {
      id: `synthetic-${String(n).padStart(6, "0")}`,
      title: `مستند تجريبي ${n}`,
      source: "synthetic (recombined xquad-dev + TASS sentences)",
      lang: "ar",
      text,
      paragraphs: splitParagraphs(text),
      file: "synthetic",
    };
    documents.push(doc);
    chunkCount += chunkDocument(doc, { maxChars: CHUNK_MAX_CHARS }).length;
    characters += text.length;
  }
  return { documents, chunkCount, poolSize: pool.length, characters };
}

/** The corpus as JSONL lines the loader accepts (for the cold-start child process). */
export function toJsonl(documents: readonly CorpusDocument[]): string {
  return documents
    .map((d) => JSON.stringify({ id: d.id, title: d.title, source: d.source, lang: d.lang, text: d.text }))
    .join("\n")
    .concat("\n");
}
