import type { Embeddings } from "@langchain/core/embeddings";
import type { Lang, ScoredChunk } from "../core/types.js";
import type { SearchIndex } from "../index/search-index.js";
import { lexicalTopK } from "../index/top-k.js";
import { planAnswerFit } from "./answer-type-fit.js";
import { reciprocalRankFusion } from "./fusion.js";
import { planStrengths, type TermSet, termSetOf } from "./matching.js";
import { gramGroups, type QueryPlan, wordGroups } from "./query-plan.js";
import { planRootKeys, rootKeysOf, withRootMatches } from "./root-match.js";
import { TranslationSearch } from "./translation-search.js";

/**
 * Hybrid retrieval over chunks:
 * - lexical: BM25 over structured word groups (names, numbers and rare words are found best
 *   lexically) summed with BM25 over character n-grams (morphological variants), each
 *   normalised by its best score (CombSUM), plus a proximity bonus: the share of the
 *   question's information found together in one sentence of the chunk (questions usually
 *   paraphrase one sentence; scattered matches are weaker evidence);
 * - vector: HNSW search with the query's embedding;
 * fused by weighted reciprocal rank (scores of the two are not comparable, ranks are).
 */
export interface HybridSearchOptions {
  /** Candidates taken from each retriever before fusion. */
  readonly depth?: number;
  /**
   * Weight of the n-gram score relative to the word score inside the lexical ranking (2: with
   * the proximity weight 4, xquad-dev English R@1 0.775 → 0.788 against 1; see below).
   */
  readonly gramWeight?: number;
  /**
   * Weight of the best single-sentence match inside the lexical ranking. 4 (the sentence that
   * holds most of the question's information decides; BM25 breaks ties): measured on xquad-dev
   * together with gramWeight 2, R@1 en 0.774 → 0.786, ar 0.929 → 0.930 against 0.8 and 1; the
   * article's sets unchanged. (0.5 → 0.8 had moved R@1 ar 0.927 → 0.929, en 0.752 → 0.758.)
   */
  readonly proximityWeight?: number;
  readonly lexicalWeight?: number;
  /** RRF weight of the vector ranking, overall or per question language. */
  readonly vectorWeight?: number | Readonly<Record<Lang, number>>;
  readonly rrfK?: number;
  /**
   * Called when vector search fails (e.g. a remote embeddings server is down); the lexical
   * ranking is then used alone, so questions are still answered.
   */
  readonly onVectorError?: (error: unknown) => void;
  /** English retrieval over aligned translations, fused for English questions. */
  readonly translated?: TranslationSearch;
  /**
   * RRF weight of the translation ranking (default 3: a faithful translation reads an English
   * question better than dictionary senses do; chosen on eval/talks-qa.project.jsonl, where
   * out-of-scope English questions refused went 0.75 → 0.83 and nothing else moved).
   */
  readonly translationWeight?: number;
  /**
   * Added to a candidate's lexical score when its best-matching sentence also holds the kind
   * of answer the question asks for (a date for "when", a number for "how many"), beyond the
   * question's own words. 0.5: xquad-dev R@1 en 0.805 → 0.812, R@5 0.949 → 0.951, ar R@1
   * 0.930 → 0.932 (0.2: en 0.809; 0.7: 0.809; the share of the best fitting sentence instead,
   * or the whole paragraph, 0.810 at best).
   */
  readonly answerTypeWeight?: number;
  /**
   * Weight of the paragraph's idf-weighted coverage of the question (each word's best credit
   * in any of its sentences, summed by rarity): among neighbouring paragraphs on one topic, the
   * one holding the question's rarest words, wherever they stand, rather than BM25's tf-saturated
   * sum. 0.5: xquad-dev R@5 en 0.951 → 0.953, ar R@1 0.932 → 0.934 (en R@1 unchanged; 1 and 2
   * cost en R@1; weighting by idf² or idf³ no better).
   */
  readonly coverageWeight?: number;
  /**
   * Credit, in the sentence evidence of English questions, of a word found in a sentence only
   * by its root (`root-match.ts`: a translation's other derivation). 0.5, as the Snowball
   * view's: xquad-dev en R@1 0.809 → 0.818, MRR 0.867 → 0.873, Arabic unchanged (0 turns it off).
   */
  readonly rootCredit?: number;
}

/**
 * What a chunk's sentences say of a question, from each sentence's per-word match strengths
 * and the words' idfs: the best single sentence's idf-weighted share of the question (`best`,
 * at `bestAt`, -1 when nothing matches) and the chunk's idf-weighted coverage (each word at
 * its best credit in any sentence), both in [0, 1].
 */
export function sentenceEvidence(
  strengths: readonly (readonly number[])[],
  idfs: readonly number[],
): { best: number; bestAt: number; coverage: number } {
  const total = idfs.reduce((a, b) => a + b, 0) || 1;
  const cover = idfs.map(() => 0);
  let best = 0;
  let bestAt = -1;
  strengths.forEach((sentence, at) => {
    let share = 0;
    sentence.forEach((s, i) => {
      share += s * (idfs[i] ?? 0);
      if (s > (cover[i] ?? 0)) cover[i] = s;
    });
    share /= total;
    if (share > best) {
      best = share;
      bestAt = at;
    }
  });
  const coverage = cover.reduce((sum, s, i) => sum + s * (idfs[i] ?? 0), 0) / total;
  return { best, bestAt, coverage };
}

/**
 * Least share of the question a sentence must hold for its date or number to count as the
 * answer: a lead paragraph's dateline matching one word of "When was resolution 2254 adopted?"
 * is no answer (eval/talks-qa.oos.jsonl ar refused 0.793 → 0.810 against no floor; xquad-dev en
 * R@1 0.812 → 0.810).
 */
const ANSWER_SENTENCE_MIN_SHARE = 0.25;

export interface Ranked {
  readonly key: number;
  readonly score: number;
}

export class HybridSearch {
  readonly options: Required<HybridSearchOptions>;
  /** Term sets of each chunk's sentences, computed on first use. */
  private readonly sentenceTerms = new Map<number, TermSet[]>();

  constructor(
    private readonly index: SearchIndex,
    private readonly embeddings: Embeddings,
    options: HybridSearchOptions = {},
  ) {
    this.options = {
      depth: options.depth ?? 50,
      gramWeight: options.gramWeight ?? 2,
      proximityWeight: options.proximityWeight ?? 4,
      lexicalWeight: options.lexicalWeight ?? 1,
      vectorWeight: options.vectorWeight ?? 0.5,
      rrfK: options.rrfK ?? 60,
      onVectorError: options.onVectorError ?? (() => {}),
      translated: options.translated ?? TranslationSearch.build([], () => undefined),
      translationWeight: options.translationWeight ?? 3,
      answerTypeWeight: options.answerTypeWeight ?? 0.5,
      coverageWeight: options.coverageWeight ?? 0.5,
      rootCredit: options.rootCredit ?? 0.5,
    };
  }

  /** Word BM25 + n-gram BM25, each scaled to [0, 1] by its best score. */
  lexicalRanking(plan: QueryPlan): Ranked[] {
    // Postings with MaxScore pruning: the same ranking as scoring every chunk, without doing so.
    const ranked = lexicalTopK(
      this.index.lexical.words,
      wordGroups(plan),
      this.index.lexical.grams,
      gramGroups(plan),
      this.options,
    );
    if (this.options.proximityWeight <= 0 || plan.words.length < 2) return ranked;
    const idfs = plan.words.map((w) => this.index.lexical.words.groupWeight(w.group));
    const holdsAnswer = this.options.answerTypeWeight > 0 ? planAnswerFit(plan) : undefined;
    const credit = this.options.rootCredit;
    const roots = credit > 0 ? planRootKeys(plan) : undefined;
    const strengthsIn = (terms: TermSet) => {
      const own = planStrengths(plan, terms);
      return roots === undefined ? own : withRootMatches(own, roots, rootKeysOf(terms), credit);
    };
    return ranked
      .map(({ key, score }) => {
        const { best, bestAt, coverage } = sentenceEvidence(
          this.termsOfSentences(key).map(strengthsIn),
          idfs,
        );
        const bonus =
          holdsAnswer !== undefined &&
          bestAt >= 0 &&
          best >= ANSWER_SENTENCE_MIN_SHARE &&
          holdsAnswer(this.sentenceText(key, bestAt))
            ? this.options.answerTypeWeight
            : 0;
        return {
          key,
          score: score + this.options.proximityWeight * best + bonus + this.options.coverageWeight * coverage,
        };
      })
      .sort((a, b) => b.score - a.score || a.key - b.key);
  }

  private termsOfSentences(position: number): TermSet[] {
    const cached = this.sentenceTerms.get(position);
    if (cached !== undefined) return cached;
    const chunk = this.index.chunks[position];
    const doc = chunk === undefined ? undefined : this.index.documentsById.get(chunk.docId);
    const sets =
      chunk === undefined || doc === undefined
        ? []
        : chunk.sentences.map((s) => termSetOf(doc.text.slice(s.start, s.end)));
    if (this.sentenceTerms.size > 50_000) this.sentenceTerms.clear();
    this.sentenceTerms.set(position, sets);
    return sets;
  }

  private sentenceText(position: number, at: number): string {
    const chunk = this.index.chunks[position];
    const doc = chunk === undefined ? undefined : this.index.documentsById.get(chunk.docId);
    const sentence = chunk?.sentences[at];
    return doc === undefined || sentence === undefined ? "" : doc.text.slice(sentence.start, sentence.end);
  }

  private vectorWeightFor(lang: Lang): number {
    const weight = this.options.vectorWeight;
    return typeof weight === "number" ? weight : weight[lang];
  }

  async vectorRanking(plan: QueryPlan): Promise<Ranked[]> {
    if (plan.vectorText.trim().length === 0) return [];
    const vector = await this.embeddings.embedQuery(plan.vectorText);
    const hits = await this.index.vectors.search(vector, this.options.depth);
    return hits.filter((h) => h.similarity > 0).map((h) => ({ key: h.position, score: h.similarity }));
  }

  private async vectorRankingOrNone(plan: QueryPlan): Promise<Ranked[]> {
    try {
      return await this.vectorRanking(plan);
    } catch (error) {
      this.options.onVectorError(error);
      return [];
    }
  }

  async search(plan: QueryPlan, k = 10): Promise<ScoredChunk[]> {
    const lexical = this.lexicalRanking(plan);
    const vectorWeight = this.vectorWeightFor(plan.lang);
    const vector = vectorWeight > 0 ? await this.vectorRankingOrNone(plan) : [];
    const fused = reciprocalRankFusion(
      [
        { name: "lexical", items: lexical, weight: this.options.lexicalWeight },
        { name: "vector", items: vector, weight: vectorWeight },
        ...(plan.lang === "en" && this.options.translated.size > 0
          ? [
              {
                name: "translation",
                items: this.options.translated.rankMixed(
                  plan.words.map((w) => ({ surface: w.surface, weight: w.group.boost ?? 1 })),
                  lexical,
                  this.options.depth,
                ),
                weight: this.options.translationWeight,
              },
            ]
          : []),
      ],
      this.options.rrfK,
    );
    const out: ScoredChunk[] = [];
    for (const item of fused.slice(0, k)) {
      const chunk = this.index.chunks[item.key];
      if (chunk !== undefined) out.push({ chunk, score: item.score, signals: item.signals });
    }
    return out;
  }
}
