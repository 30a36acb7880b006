/**
 * Everything measured on one corpus, in one process, on the offline default pipeline:
 * - index build (chunking, lexical indexes, embedder fit, vectors, HNSW, saving) into a
 *   fresh directory, then a second in-process start that loads that prebuilt index;
 * - per question of the workload: a full answer (`QaService.ask`), retrieval alone
 *   (`QaService.retrieve`: language, plan, hybrid search, coverage), the hybrid search alone,
 *   and the baselines on the same plan: lexical-only ranking, vector-only ranking (embedding
 *   + HNSW at the production depth), HNSW alone and an exact brute-force cosine scan over the
 *   same vectors (same depth), with HNSW's recall against the exact scan;
 * - where the workload has gold documents in this corpus, document-level R@1/R@5 of each
 *   ranking (to read the speed ratios next to what each ranking finds).
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { QaService } from "../../src/answer/qa-service.js";
import { buildPipeline, createEmbedder } from "../../src/app/composition.js";
import type { AppConfig } from "../../src/app/config.js";
import type { Logger } from "../../src/core/logger.js";
import type { CorpusDocument, Lang } from "../../src/core/types.js";
import { prunedLexicalTopK } from "../../src/index/max-score.js";
import { lexicalTerms, openSearchIndex, type SearchIndex } from "../../src/index/search-index.js";
import { lexicalTopK } from "../../src/index/top-k.js";
import { BilingualPlanner } from "../../src/retrieval/english-planner.js";
import { HybridSearch, type Ranked } from "../../src/retrieval/hybrid-search.js";
import { gramGroups, wordGroups } from "../../src/retrieval/query-plan.js";
import type { Lexicon } from "../../src/translate/lexicon.js";
import { ExactCosineScan, recallAtK } from "./exact-search.js";
import { ScanLexicalIndex, scanLexicalRanking } from "./scan-lexical-index.js";
import { type Summary, summarize, timed } from "./stats.js";
import type { WorkloadQuestion } from "./workload.js";

export const METRICS = [
  "answer",
  "retrieve",
  "hybridSearch",
  "lexicalOnly",
  "vectorOnly",
  "embedQuery",
  "hnsw",
  "exactScan",
  "lexicalTopK",
  "lexicalPruned",
  "lexicalScan",
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Readonly<Record<Metric, string>> = {
  answer: "full answer (QaService.ask)",
  retrieve: "retrieval (QaService.retrieve)",
  hybridSearch: "hybrid search only",
  lexicalOnly: "baseline: lexical-only ranking",
  vectorOnly: "baseline: vector-only (embed + HNSW)",
  embedQuery: "query embedding",
  hnsw: "HNSW search (depth 50)",
  exactScan: "exact cosine scan (depth 50)",
  lexicalTopK: "lexical top 50, postings, dense (production)",
  lexicalPruned: "lexical top 50, postings + MaxScore bounds",
  lexicalScan: "lexical top 50, previous scan engine",
};

export interface LatencyByLang {
  readonly all: Summary;
  readonly ar: Summary;
  readonly en: Summary;
}

export interface RankingQuality {
  readonly questions: Readonly<Record<Lang, number>>;
  readonly r1: Readonly<Record<Lang, number>>;
  readonly r5: Readonly<Record<Lang, number>>;
}

export interface CorpusResult {
  readonly name: string;
  readonly description: string;
  readonly documents: number;
  readonly chunks: number;
  readonly characters: number;
  readonly build: {
    readonly ms: number;
    readonly docsPerSecond: number;
    readonly chunksPerSecond: number;
    readonly indexBytes: number;
    readonly saved: boolean;
    readonly rssAfterMb: number;
  };
  /** Second start in the same process with the index just built: pipeline ready (loaded, not rebuilt). */
  readonly warmStart: { readonly ms: number; readonly status: string };
  readonly firstAnswerMs: number;
  readonly questions: number;
  readonly latency: Readonly<Record<Metric, LatencyByLang>>;
  readonly recall: { readonly at10: number; readonly at50: number; readonly queries: number };
  /** HNSW recall@10 and latency at other search breadths (ef), same queries. */
  readonly efSweep: readonly { readonly ef: number; readonly recallAt10: number; readonly p50Ms: number }[];
  readonly quality?: Readonly<Record<"hybrid" | "lexical" | "vector" | "exact", RankingQuality>>;
  /** Questions whose postings top 50 differed from the scan engine's (keys or scores): must be 0. */
  readonly lexicalMismatches: number;
  /** Bytes held by each component of the loaded index. */
  readonly memory: MemoryBreakdown;
}

export interface MemoryBreakdown {
  /** Typed arrays of both lexical indexes (postings, lengths, bounds). */
  readonly postingsBytes: number;
  /** Term dictionaries, vocabulary and embedder statistics as UTF-16 strings (estimate). */
  readonly stringsBytes: number;
  /** The HNSW graph (its file size; hnswlib holds the same in memory). */
  readonly vectorsBytes: number;
  /** The documents' text (UTF-16). */
  readonly corpusTextBytes: number;
  /** The same postings in the previous engine (object per posting), from heap growth. */
  readonly scanEngineHeapBytes: number;
}

export interface MeasureOptions {
  readonly name: string;
  readonly description: string;
  readonly documents: readonly CorpusDocument[];
  readonly workload: readonly WorkloadQuestion[];
  readonly config: AppConfig;
  readonly lexicon: Lexicon;
  readonly indexDirectory: string;
  readonly logger: Logger;
  readonly progress: (line: string) => void;
}

const DEPTH = 50;
const WARM_UP = 5;
/** Search breadths tried for recall@10 (the pipeline uses max(2k, 64): 64 for k = 10, 100 for k = 50). */
const EF_SWEEP = [64, 128, 256, 512] as const;

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await directoryBytes(full) : (await stat(full)).size;
  }
  return total;
}

/** Distinct document ids in ranking order. */
function docOrder(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export async function measureCorpus(options: MeasureOptions): Promise<CorpusResult> {
  const { config, documents, workload, progress, logger, lexicon } = options;
  const tag = `[${options.name}]`;
  const characters = documents.reduce((sum, d) => sum + d.text.length, 0);

  progress(`${tag} building the index of ${documents.length} documents…`);
  const built = await timed(() =>
    openSearchIndex({
      documents,
      embedder: createEmbedder(config),
      directory: options.indexDirectory,
      logger,
      rebuild: true,
    }),
  );
  const chunks = built.value.index.chunks.length;
  const rssAfterMb = process.memoryUsage().rss / 1e6;
  const build = {
    ms: built.ms,
    docsPerSecond: documents.length / (built.ms / 1000),
    chunksPerSecond: chunks / (built.ms / 1000),
    indexBytes: built.value.saved ? await directoryBytes(options.indexDirectory) : 0,
    saved: built.value.saved,
    rssAfterMb,
  };
  progress(
    `${tag} built ${chunks} chunks in ${(built.ms / 1000).toFixed(1)} s; starting the pipeline on the saved index…`,
  );

  const embedder = createEmbedder(config);
  const started = await timed(() =>
    buildPipeline({ config, logger, documents, indexDirectory: options.indexDirectory, embedder, lexicon }),
  );
  const pipeline = started.value;
  const qa = pipeline.qa;
  const index = pipeline.opened.index;
  // HybridSearch caches the term sets of the sentences it has scored (the proximity bonus), so
  // a measurement that follows another one on the same instance for the same question would
  // find them cached. Each measurement gets its own instance, wired like the composition root:
  // every instance sees every question once, in the same order, like the bot's own.
  const newSearch = () =>
    new HybridSearch(index, embedder.embeddings, { vectorWeight: embedder.fusionWeight ?? { ar: 1, en: 1 } });
  const hybrid = newSearch();
  const lexicalOnly = newSearch();
  // The planner remembers transliterations of words it has looked up: retrieval gets its own,
  // so it does not find this question's words already looked up by the full answer before it.
  const planner = qa.planner instanceof BilingualPlanner ? qa.planner.withFreshCaches() : qa.planner;
  const retrieval = new QaService({ index, search: newSearch(), planner, logger });
  const exact = ExactCosineScan.fromVectorIndex(index.vectors);
  const memory = await memoryBreakdown(options.indexDirectory, index);
  // The previous engine on the same chunks, for the old-vs-new ratios (and its heap, for memory).
  const heapBefore = heapUsed();
  const scanEngine = scanIndexes(index.chunks);
  const scanHeap = heapUsed() - heapBefore;
  let lexicalMismatches = 0;

  const first = workload[0];
  const firstAnswer = first === undefined ? { ms: Number.NaN } : await timed(() => qa.ask(first.question));

  const samples: Record<Metric, { lang: Lang; ms: number }[]> = Object.fromEntries(
    METRICS.map((m) => [m, []]),
  ) as unknown as Record<Metric, { lang: Lang; ms: number }[]>;
  const recall10: number[] = [];
  const recall50: number[] = [];
  const sweep = new Map<number, { recall: number[]; ms: number[] }>(
    EF_SWEEP.map((ef) => [ef, { recall: [], ms: [] }]),
  );
  const rankings: Record<
    "hybrid" | "lexical" | "vector" | "exact",
    { q: WorkloadQuestion; docs: string[] }[]
  > = { hybrid: [], lexical: [], vector: [], exact: [] };
  const docOfPosition = (position: number) => index.chunks[position]?.docId ?? "";
  const ids = (ranked: readonly Ranked[]) => docOrder(ranked.map((r) => docOfPosition(r.key)));

  /** Every measurement of one question; `keep` false for the warm-up round. */
  const measure = async (q: WorkloadQuestion, keep: boolean): Promise<void> => {
    const record = (metric: Metric, ms: number) => {
      if (keep) samples[metric].push({ lang: q.lang, ms });
    };
    record("answer", (await timed(() => qa.ask(q.question))).ms);
    const retrieved = await timed(() => retrieval.retrieve(q.question));
    record("retrieve", retrieved.ms);
    const plan = retrieved.value.plan;
    if (plan.words.length === 0) return;
    const searched = await timed(() => hybrid.search(plan, 10));
    record("hybridSearch", searched.ms);
    const lexical = await timed(() => lexicalOnly.lexicalRanking(plan));
    record("lexicalOnly", lexical.ms);
    const lexicalOptions = { gramWeight: lexicalOnly.options.gramWeight, depth: DEPTH };
    const postings = await timed(() =>
      lexicalTopK(
        index.lexical.words,
        wordGroups(plan),
        index.lexical.grams,
        gramGroups(plan),
        lexicalOptions,
      ),
    );
    record("lexicalTopK", postings.ms);
    const maxScore = await timed(() =>
      prunedLexicalTopK(
        index.lexical.words,
        wordGroups(plan),
        index.lexical.grams,
        gramGroups(plan),
        lexicalOptions,
      ),
    );
    record("lexicalPruned", maxScore.ms);
    const scanned = await timed(() =>
      scanLexicalRanking(
        scanEngine.words,
        wordGroups(plan),
        scanEngine.grams,
        gramGroups(plan),
        lexicalOptions,
      ),
    );
    record("lexicalScan", scanned.ms);
    const expected = JSON.stringify(scanned.value);
    if (keep && (JSON.stringify(postings.value) !== expected || JSON.stringify(maxScore.value) !== expected))
      lexicalMismatches++;
    const vector = await timed(() => hybrid.vectorRanking(plan));
    record("vectorOnly", vector.ms);
    if (plan.vectorText.trim().length === 0) return;
    const embedded = await timed(() => embedder.embeddings.embedQuery(plan.vectorText));
    record("embedQuery", embedded.ms);
    const query = embedded.value;
    const hnsw = await timed(() => index.vectors.search(query, DEPTH));
    record("hnsw", hnsw.ms);
    const scan = await timed(() => exact.search(query, DEPTH));
    record("exactScan", scan.ms);
    if (!keep) return;
    rankings.hybrid.push({ q, docs: docOrder(searched.value.map((s) => s.chunk.docId)) });
    rankings.lexical.push({ q, docs: ids(lexical.value) });
    rankings.vector.push({ q, docs: ids(vector.value) });
    rankings.exact.push({
      q,
      docs: docOrder(scan.value.filter((h) => h.similarity > 0).map((h) => docOfPosition(h.position))),
    });
    const similarity = (position: number) => exact.similarity(query, position);
    const r10 = recallAtK(await index.vectors.search(query, 10), scan.value, similarity, 10);
    const r50 = recallAtK(hnsw.value, scan.value, similarity, DEPTH);
    if (r10 !== undefined) recall10.push(r10);
    if (r50 !== undefined) recall50.push(r50);
    // Wider searches than the pipeline's (VectorIndex.search sets its own ef on every call).
    const hnswlib = index.vectors.store.index;
    const k = Math.min(10, index.vectors.size);
    for (const [ef, into] of sweep) {
      hnswlib.setEf(ef);
      const found = await timed(() => hnswlib.searchKnn([...query], k));
      into.ms.push(found.ms);
      const recall = recallAtK(
        found.value.neighbors.map((position) => ({ position })),
        scan.value,
        similarity,
        10,
      );
      if (recall !== undefined) into.recall.push(recall);
    }
  };

  // Warm-up (lazy tables, JIT), not counted: every instance sees the same questions.
  for (const q of workload.slice(0, WARM_UP)) await measure(q, false);
  let lastProgress = performance.now();
  for (const [i, q] of workload.entries()) {
    await measure(q, true);
    if (performance.now() - lastProgress > 10_000) {
      lastProgress = performance.now();
      progress(`${tag} queries ${i + 1}/${workload.length}`);
    }
  }

  const latency = Object.fromEntries(
    METRICS.map((metric) => {
      const all = samples[metric];
      return [
        metric,
        {
          all: summarize(all.map((s) => s.ms)),
          ar: summarize(all.filter((s) => s.lang === "ar").map((s) => s.ms)),
          en: summarize(all.filter((s) => s.lang === "en").map((s) => s.ms)),
        },
      ];
    }),
  ) as Record<Metric, LatencyByLang>;

  const served = new Set(documents.map((d) => d.id));
  const withGold = workload.filter((q) => q.goldDoc !== undefined && served.has(q.goldDoc));
  const quality =
    withGold.length === 0
      ? undefined
      : (Object.fromEntries(
          (Object.keys(rankings) as Array<keyof typeof rankings>).map((method) => [
            method,
            rankingQuality(withGold, rankings[method]),
          ]),
        ) as Record<keyof typeof rankings, RankingQuality>);

  const mean = (values: readonly number[]) =>
    values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
  const result: CorpusResult = {
    name: options.name,
    description: options.description,
    documents: documents.length,
    chunks,
    characters,
    build,
    warmStart: { ms: started.ms, status: pipeline.opened.status },
    firstAnswerMs: firstAnswer.ms,
    questions: workload.length,
    latency,
    recall: { at10: mean(recall10), at50: mean(recall50), queries: recall10.length },
    efSweep: [...sweep].map(([ef, r]) => ({ ef, recallAt10: mean(r.recall), p50Ms: summarize(r.ms).p50 })),
    ...(quality === undefined ? {} : { quality }),
    lexicalMismatches,
    memory: { ...memory, scanEngineHeapBytes: scanHeap },
  };
  progress(
    `${tag} answer p50 ${latency.answer.all.p50.toFixed(1)} ms, p95 ${latency.answer.all.p95.toFixed(1)} ms; ` +
      `HNSW recall@10 ${result.recall.at10.toFixed(3)}`,
  );
  return result;
}

function rankingQuality(
  withGold: readonly WorkloadQuestion[],
  ranked: readonly { q: WorkloadQuestion; docs: string[] }[],
): RankingQuality {
  const byId = new Map(ranked.map((r) => [r.q.id, r.docs]));
  const questions: Record<Lang, number> = { ar: 0, en: 0 };
  const hits1: Record<Lang, number> = { ar: 0, en: 0 };
  const hits5: Record<Lang, number> = { ar: 0, en: 0 };
  for (const q of withGold) {
    questions[q.lang]++;
    // A question whose plan was empty has no ranking: a miss.
    const docs = byId.get(q.id) ?? [];
    if (docs[0] === q.goldDoc) hits1[q.lang]++;
    if (docs.slice(0, 5).includes(q.goldDoc ?? "")) hits5[q.lang]++;
  }
  const share = (hits: Record<Lang, number>): Record<Lang, number> => ({
    ar: questions.ar === 0 ? Number.NaN : hits.ar / questions.ar,
    en: questions.en === 0 ? Number.NaN : hits.en / questions.en,
  });
  return { questions, r1: share(hits1), r5: share(hits5) };
}

function heapUsed(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

function scanIndexes(chunks: SearchIndex["chunks"]): { words: ScanLexicalIndex; grams: ScanLexicalIndex } {
  const words = new ScanLexicalIndex();
  const grams = new ScanLexicalIndex();
  for (const chunk of chunks) {
    const terms = lexicalTerms(chunk.text);
    words.add(terms.words, terms.count);
    grams.add(terms.grams);
  }
  return { words, grams };
}

async function memoryBreakdown(
  directory: string,
  index: SearchIndex,
): Promise<Omit<MemoryBreakdown, "scanEngineHeapBytes">> {
  let postingsBytes = 0;
  let stringsBytes = 0;
  for (const lexical of [index.lexical.words, index.lexical.grams]) {
    const d = lexical.arrays;
    for (const a of [d.offsets, d.docs, d.tfs, d.lengths, d.maxTf, d.minNorm, d.maxImpact])
      postingsBytes += a.byteLength;
    postingsBytes += lexical.normalisation.byteLength;
    for (const t of d.terms) stringsBytes += 2 * t.length + 16;
  }
  for (const w of index.vocabulary) stringsBytes += 2 * w.length + 16;
  const vectorsBytes = await stat(path.join(directory, "hnswlib.index")).then(
    (s) => s.size,
    () => 0,
  );
  const corpusTextBytes = index.documents.reduce((sum, d) => sum + 2 * d.text.length, 0);
  return { postingsBytes, stringsBytes, vectorsBytes, corpusTextBytes };
}
