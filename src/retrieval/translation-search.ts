import type { Chunk } from "../core/types.js";
import { isStopword, lemmaCandidates, tokenizeEnglish } from "../translate/english.js";

/**
 * English retrieval over the aligned translations of the documents that have one: each chunk
 * is also indexed as the English of its span, so an English question is matched in English
 * ("refugees" ~ "refugees") as well as through the dictionary (refugees → اللاجئين). Documents
 * without a translation are simply absent here and keep the dictionary path alone. BM25 over
 * light English stems; a small in-memory index (translations exist for a handful of articles).
 */

/** A light, consistent English stem: inflection and common derivation, British/American spelling. */
export function englishStem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/['’]/g, "");
  w = w.replace(/is(e|ed|es|ing|ation|ations)$/, "iz$1");
  for (const [suffix, replacement] of SUFFIXES) {
    // "-es" is a plural or verb ending after a sibilant only (boxes, reaches); "refugees",
    // "hopes" lose just the "s", as "refugee" and "hope" do nothing.
    if (suffix === "es" && !/(?:s|x|z|ch|sh)es$/.test(w)) continue;
    if (w.endsWith(suffix) && w.length - suffix.length >= 3)
      return w.slice(0, w.length - suffix.length) + replacement;
  }
  return w;
}

const SUFFIXES: readonly [string, string][] = [
  ["izations", "iz"],
  ["ization", "iz"],
  ["ations", "at"],
  ["ation", "at"],
  ["ements", "e"],
  ["ement", "e"],
  ["ments", ""],
  ["ment", ""],
  ["ings", ""],
  ["ing", ""],
  ["ies", "y"],
  ["ied", "y"],
  ["izes", "iz"],
  ["ized", "iz"],
  ["ize", "iz"],
  ["eed", "ee"],
  ["ed", ""],
  ["ness", ""],
  ["ly", ""],
  ["es", ""],
  ["s", ""],
];

/** Stems a word stands for: its own, and its irregular base's ("held" → hold, "met" → meet). */
export function englishTerms(word: string): string[] {
  const lower = word.toLowerCase();
  const terms = new Set([englishStem(lower)]);
  const base = lemmaCandidates(lower)[1];
  // Irregular bases are real words different in shape (held/hold); regular ones stem alike.
  if (base !== undefined && !base.startsWith(lower.slice(0, Math.max(2, lower.length - 3))))
    terms.add(englishStem(base));
  return [...terms];
}

/** Content terms of an English text, one entry per occurrence. */
export function englishContentTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenizeEnglish(text)) {
    if (isStopword(token.word) || token.word.length < 2) continue;
    out.push(...englishTerms(token.word));
  }
  return out;
}

export interface TranslatedChunk {
  readonly position: number;
  readonly text: string;
}

const K1 = 1.2;
const B = 0.75;

export class TranslationSearch {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths = new Map<number, number>();
  private readonly termSets = new Map<string, ReadonlySet<string>>();
  private readonly averageLength: number;

  private constructor(chunks: readonly TranslatedChunk[], ids: ReadonlyMap<number, string>) {
    let total = 0;
    for (const chunk of chunks) {
      const terms = englishContentTerms(chunk.text);
      this.lengths.set(chunk.position, terms.length);
      total += terms.length;
      for (const term of terms) {
        let posting = this.postings.get(term);
        if (posting === undefined) {
          posting = new Map();
          this.postings.set(term, posting);
        }
        posting.set(chunk.position, (posting.get(chunk.position) ?? 0) + 1);
      }
      const id = ids.get(chunk.position);
      if (id !== undefined) this.termSets.set(id, new Set(terms));
    }
    this.averageLength = chunks.length === 0 ? 1 : total / chunks.length;
  }

  /** Index the English of every chunk `englishOf` can translate. */
  static build(chunks: readonly Chunk[], englishOf: (chunk: Chunk) => string | undefined): TranslationSearch {
    const translated: TranslatedChunk[] = [];
    const ids = new Map<number, string>();
    chunks.forEach((chunk, position) => {
      const text = englishOf(chunk);
      if (text === undefined || text.trim().length === 0) return;
      translated.push({ position, text });
      ids.set(position, chunk.id);
    });
    return new TranslationSearch(translated, ids);
  }

  get size(): number {
    return this.lengths.size;
  }

  /** Whether an English word occurs anywhere in the translations. */
  has(word: string): boolean {
    return englishTerms(word).some((t) => this.postings.has(t));
  }

  /** Whether an English word occurs in the translation of a chunk. */
  chunkHas(chunkId: string, word: string): boolean {
    const terms = this.termSets.get(chunkId);
    return terms !== undefined && englishTerms(word).some((t) => terms.has(t));
  }

  /** Whether the chunk has a translation at all. */
  isTranslated(chunkId: string): boolean {
    return this.termSets.has(chunkId);
  }

  /**
   * BM25 ranking of translated chunks (chunk positions, best first) for the words of an English
   * question, each weighted (a person named only to say whose words weighs less).
   */
  rank(
    words: readonly { readonly surface: string; readonly weight: number }[],
    depth = 50,
  ): { key: number; score: number }[] {
    if (this.size === 0) return [];
    const scores = new Map<number, number>();
    const n = this.size;
    const weights = new Map<string, number>();
    for (const word of words)
      for (const term of englishContentTerms(word.surface))
        weights.set(term, Math.max(weights.get(term) ?? 0, word.weight));
    for (const [term, weight] of weights) {
      const posting = this.postings.get(term);
      if (posting === undefined) continue;
      const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
      for (const [position, tf] of posting) {
        const length = this.lengths.get(position) ?? 0;
        const norm = tf + K1 * (1 - B + (B * length) / this.averageLength);
        scores.set(position, (scores.get(position) ?? 0) + (weight * idf * tf * (K1 + 1)) / norm);
      }
    }
    return [...scores]
      .map(([key, score]) => ({ key, score }))
      .sort((a, b) => b.score - a.score || a.key - b.key)
      .slice(0, depth);
  }

  /**
   * The English ranking fused for a corpus of which only some documents are translated:
   * translated chunks by their translation score, the others by their dictionary-path
   * (`lexical`) score, each scaled by the best of its kind, merged. Otherwise a translated
   * document would get one ranked list more than an untranslated one and outrank it on a weak
   * match (a photo credit's "Ministry" over an untranslated article about a ministry). With
   * every ranked chunk translated, this is `rank`.
   */
  rankMixed(
    words: readonly { readonly surface: string; readonly weight: number }[],
    lexical: readonly { readonly key: number; readonly score: number }[],
    depth = 50,
  ): { key: number; score: number }[] {
    const own = this.rank(words, depth);
    const others = lexical.filter((r) => !this.lengths.has(r.key));
    if (others.length === 0) return own;
    const scaled = (list: readonly { readonly key: number; readonly score: number }[]) => {
      const top = list.reduce((best, r) => Math.max(best, r.score), 0);
      return list.map((r) => ({ key: r.key, score: top > 0 ? r.score / top : 0 }));
    };
    return [...scaled(own), ...scaled(others)]
      .sort((a, b) => b.score - a.score || a.key - b.key)
      .slice(0, depth);
  }
}

/** Whether every content word of an English surface ("foreign ministers") occurs in an English text. */
export function englishTextHas(text: string, surface: string): boolean {
  const terms = new Set(englishContentTerms(text));
  const words = surface.split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 1 && !isStopword(w.toLowerCase()));
  return words.length > 0 && words.every((w) => englishTerms(w).some((t) => terms.has(t)));
}
