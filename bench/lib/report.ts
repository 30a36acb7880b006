/**
 * The benchmark's results (also written as JSON) and their Markdown report. Pure: results in,
 * text out.
 */
import type { BotOverheadResult } from "./bot-overhead.js";
import type { BotReadyRun } from "./bot-ready.js";
import type { BotBenchResult } from "./bot-throughput.js";
import type { ColdStartRun } from "./cold-start.js";
import { faultSummaryLines, renderFaults } from "./faults/report.js";
import type { FaultResults } from "./faults/run.js";
import { type CorpusResult, METRIC_LABELS, METRICS, type Metric } from "./measure-corpus.js";
import { formatMs, formatNumber, median } from "./stats.js";

export interface ColdStartResult {
  readonly corpus: string;
  readonly chunks: number;
  readonly question: string;
  readonly runs: readonly ColdStartRun[];
}

export interface SyntheticInfo {
  readonly seed: number;
  readonly poolSentences: number;
  readonly sources: readonly string[];
}

export interface BenchResults {
  readonly meta: {
    readonly command: string;
    readonly startedAt: string;
    readonly totalMs: number;
    readonly node: string;
    readonly platform: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGb: number;
    readonly commit: string;
    readonly dirtyTree: boolean;
    readonly quick: boolean;
  };
  readonly workload: {
    readonly questions: number;
    readonly ar: number;
    readonly en: number;
    readonly sources: readonly string[];
  };
  readonly synthetic: SyntheticInfo;
  readonly lexiconLoadMs: number;
  readonly corpora: readonly CorpusResult[];
  readonly coldStart: readonly ColdStartResult[];
  /** `npm start` with a bot token and a prebuilt index: spawn to the first getUpdates. */
  readonly botReady?: { readonly corpus: string; readonly runs: readonly BotReadyRun[] };
  readonly bot?: BotBenchResult;
  readonly botOverhead?: BotOverheadResult;
  readonly faults?: FaultResults;
}

/** Exponent b of latency ∝ chunks^b between the smallest and largest corpus above `minChunks`. */
export function growthExponent(corpora: readonly CorpusResult[], metric: Metric, minChunks = 100): number {
  const usable = corpora.filter((c) => c.chunks >= minChunks).sort((a, b) => a.chunks - b.chunks);
  const small = usable[0];
  const large = usable.at(-1);
  if (small === undefined || large === undefined || small === large) return Number.NaN;
  const ratio = large.latency[metric].all.p50 / small.latency[metric].all.p50;
  return Math.log(ratio) / Math.log(large.chunks / small.chunks);
}

const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? a / b : Number.NaN);
const x = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value >= 10 ? 0 : 2)}×` : "–");
const pct = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(3);
const mb = (bytes: number) => (bytes > 0 ? `${(bytes / 1e6).toFixed(1)} MB` : "–");

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function summaryLines(results: BenchResults): string[] {
  const lines: string[] = [];
  for (const c of results.corpora) {
    const a = c.latency.answer.all;
    lines.push(
      `${c.name}: ${c.documents} docs / ${c.chunks} chunks, build ${formatMs(c.build.ms)} ` +
        `(${formatNumber(c.build.chunksPerSecond)} chunks/s); answer p50 ${formatMs(a.p50)} p95 ${formatMs(a.p95)} ` +
        `p99 ${formatMs(a.p99)}; retrieval p50 ${formatMs(c.latency.retrieve.all.p50)}; ` +
        `exact scan ÷ HNSW ${x(ratio(c.latency.exactScan.all.p50, c.latency.hnsw.all.p50))}, HNSW recall@10 ${pct(c.recall.at10)}`,
    );
  }
  for (const s of results.coldStart) {
    lines.push(
      `cold start (${s.corpus}, prebuilt index): first answer ${formatMs(median(s.runs.map((r) => r.firstAnswerMs)))}, ` +
        `peak RSS ${median(s.runs.map((r) => r.peakRssMb)).toFixed(0)} MB`,
    );
  }
  for (const c of results.corpora) {
    const m = c.memory;
    lines.push(
      `${c.name} lexical top 50: postings (dense) ${formatMs(c.latency.lexicalTopK.all.p50)} p50 / ` +
        `${formatMs(c.latency.lexicalTopK.all.p95)} p95, MaxScore ${formatMs(c.latency.lexicalPruned.all.p50)} p50, ` +
        `previous scan ${formatMs(c.latency.lexicalScan.all.p50)} p50 ` +
        `(${x(ratio(c.latency.lexicalScan.all.p50, c.latency.lexicalTopK.all.p50))} faster; ` +
        `${c.lexicalMismatches} rankings differ); memory: postings ${mb(m.postingsBytes)}, strings ` +
        `${mb(m.stringsBytes)}, vectors ${mb(m.vectorsBytes)}, corpus text ${mb(m.corpusTextBytes)} ` +
        `(previous engine's postings: ${mb(m.scanEngineHeapBytes)} of heap)`,
    );
  }
  const ready = results.botReady;
  if (ready !== undefined) {
    const ms = ready.runs.map((r) => r.readyMs);
    lines.push(
      `bot ready (${ready.corpus}, prebuilt index, \`npm start\` minus npm): ${formatMs(median(ms))} median ` +
        `(min ${formatMs(Math.min(...ms))}, max ${formatMs(Math.max(...ms))}, ${ms.length} runs) from spawn to the first getUpdates`,
    );
  }
  const o = results.botOverhead;
  if (o !== undefined) {
    lines.push(
      `bot vs an instant fake Bot API: ${formatNumber(o.answersPerSecond)} answers/s (${o.answered}/${o.questions} ` +
        `answered, ${o.duplicated} duplicated, concurrency ${o.concurrency}); the pipeline alone ` +
        `${formatNumber(o.pipelineAnswersPerSecond)}/s, so the bot adds ${o.overheadMsPerAnswer.toFixed(2)} ms per answer`,
    );
  }
  for (const r of results.bot?.rounds ?? []) {
    lines.push(
      `bot, ${r.users} user(s): ${formatNumber(r.answersPerSecond)} answers/s, e2e p50 ${formatMs(r.latency.p50)} ` +
        `p95 ${formatMs(r.latency.p95)}; ${r.answered}/${r.asked} answered, ${r.lost} lost, ${r.duplicated} duplicated`,
    );
  }
  if (results.faults !== undefined) lines.push(...faultSummaryLines(results.faults));
  return lines;
}

export function renderReport(results: BenchResults, chartFile: string): string {
  const { meta, corpora } = results;
  const out: string[] = [];
  out.push(
    "# Benchmark: speed, memory and scale of the offline pipeline",
    "",
    `Command: \`${meta.command}\` — started ${meta.startedAt}, took ${formatMs(meta.totalMs)}.`,
    `Machine: ${meta.cpus} × ${meta.cpuModel}, ${meta.memoryGb.toFixed(0)} GB RAM, ${meta.platform}, Node ${meta.node}.`,
    `Code: commit \`${meta.commit.slice(0, 12)}\`${meta.dirtyTree ? " (with uncommitted changes in the tree)" : ""}.` +
      (meta.quick ? " **Quick mode** (smaller sizes and workload)." : ""),
    "",
    "Offline default: local Arabic hashing embeddings (1024 dimensions) + BM25 (words and n-grams),",
    "HNSW via LangChain HNSWLib (hnswlib-node, cosine), extractive answerer, no LLM, no network.",
    "All times are wall-clock on this machine, single process unless stated.",
    "",
    "## Summary",
    "",
    ...summaryLines(results).map((l) => `- ${l}`),
    "",
    "## Index build",
    "",
    "Build = `openSearchIndex` with `rebuild: true` into a fresh directory: chunking, both BM25",
    "indexes, the embedder's idf fit, embedding every chunk, inserting into HNSW, saving atomically.",
    "Warm start = `buildPipeline` in the same process on the saved index (loaded, not rebuilt):",
    "chunking, lexical indexes and idf fit are recomputed at every start by design; the vectors and graph are loaded.",
    `Lexicon load (shared, once): ${formatMs(results.lexiconLoadMs)}. "Bench RSS" is the benchmark process's`,
    "resident memory right after the build (it still holds earlier sizes' leftovers); the clean figure is",
    "the cold-start child's peak RSS below.",
    "",
    table(
      [
        "corpus",
        "documents",
        "chunks",
        "characters",
        "build time",
        "documents/s",
        "chunks/s",
        "index on disk",
        "bench RSS after build",
        "warm start",
      ],
      corpora.map((c) => [
        c.name,
        String(c.documents),
        String(c.chunks),
        c.characters.toLocaleString("en-US"),
        formatMs(c.build.ms),
        formatNumber(c.build.docsPerSecond),
        formatNumber(c.build.chunksPerSecond),
        c.build.saved ? mb(c.build.indexBytes) : "not saved",
        `${c.build.rssAfterMb.toFixed(0)} MB`,
        `${formatMs(c.warmStart.ms)} (${c.warmStart.status})`,
      ]),
    ),
    "",
    ...corpora.map((c) => `- **${c.name}**: ${c.description}`),
    "",
    "## Query latency",
    "",
    `Workload: the same ${results.workload.questions} questions at every size ` +
      `(${results.workload.ar} Arabic, ${results.workload.en} English): ${results.workload.sources.join("; ")}.`,
    "Each question once per measurement, in a fixed order, after a warm-up round on the first 5 questions.",
    "The hybrid search caches term sets of the sentences it has scored, so each measurement runs on its",
    "own instance (the full answer on the pipeline's, retrieval on a second QaService, the hybrid search and",
    "the lexical baseline on their own): all see every question once, in the same order, as a running bot",
    "would. Percentiles are nearest-rank. Baseline rows run on the plan the pipeline made for the",
    "question; vector rows skip questions without Arabic features.",
    "",
  );
  for (const c of corpora) {
    out.push(
      `### ${c.name} (${c.chunks} chunks)`,
      "",
      `First answer after the pipeline was ready: ${formatMs(c.firstAnswerMs)}.`,
      "",
      table(
        ["measurement", "n", "p50", "p95", "p99", "max", "p50 Arabic", "p50 English"],
        METRICS.map((m) => {
          const l = c.latency[m];
          return [
            METRIC_LABELS[m],
            String(l.all.n),
            formatMs(l.all.p50),
            formatMs(l.all.p95),
            formatMs(l.all.p99),
            formatMs(l.all.max),
            formatMs(l.ar.p50),
            formatMs(l.en.p50),
          ];
        }),
      ),
      "",
    );
  }
  out.push(
    "## Growth with corpus size",
    "",
    `![latency against corpus size](${chartFile})`,
    "",
    table(
      [
        "chunks",
        "answer p50",
        "answer p95",
        "answer p99",
        "retrieval p50",
        "lexical p50",
        "HNSW p50",
        "exact scan p50",
      ],
      corpora.map((c) => [
        String(c.chunks),
        formatMs(c.latency.answer.all.p50),
        formatMs(c.latency.answer.all.p95),
        formatMs(c.latency.answer.all.p99),
        formatMs(c.latency.retrieve.all.p50),
        formatMs(c.latency.lexicalOnly.all.p50),
        formatMs(c.latency.hnsw.all.p50),
        formatMs(c.latency.exactScan.all.p50),
      ]),
    ),
    "",
    "Fitted exponent b of p50 ∝ chunks^b between the smallest corpus of at least 100 chunks and the largest",
    "(b ≈ 1: linear, b ≈ 0: flat):",
    "",
    table(
      ["measurement", "b"],
      (["answer", "retrieve", "lexicalOnly", "hnsw", "exactScan"] as const).map((m) => [
        METRIC_LABELS[m],
        formatNumber(growthExponent(corpora, m)),
      ]),
    ),
    "",
    "## Baselines (same run, same data, same plans)",
    "",
    "Ratios of p50 latencies. `hybrid ÷ lexical` > 1 means the hybrid search costs more than BM25 alone;",
    "`exact ÷ HNSW` is HNSW's speed-up over the brute-force scan of the same vectors. Recall is HNSW's",
    "share of the exact top-k (ties at the k-th similarity counted as found), at k = 10 (ef 64) and at",
    "the pipeline's depth k = 50 (ef 100). The exact scan is a plain single-threaded JavaScript loop over a",
    "Float32Array (no SIMD): a native scan would be several times faster, so read `exact ÷ HNSW` as an upper bound.",
    "",
    table(
      [
        "corpus",
        "hybrid ÷ lexical",
        "hybrid ÷ vector-only",
        "exact ÷ HNSW",
        "HNSW recall@10",
        "HNSW recall@50",
        "queries",
      ],
      corpora.map((c) => [
        c.name,
        x(ratio(c.latency.hybridSearch.all.p50, c.latency.lexicalOnly.all.p50)),
        x(ratio(c.latency.hybridSearch.all.p50, c.latency.vectorOnly.all.p50)),
        x(ratio(c.latency.exactScan.all.p50, c.latency.hnsw.all.p50)),
        pct(c.recall.at10),
        pct(c.recall.at50),
        String(c.recall.queries),
      ]),
    ),
    "",
  );
  const efs = [...new Set(corpora.flatMap((c) => c.efSweep.map((e) => e.ef)))].sort((a, b) => a - b);
  if (efs.length > 0) {
    out.push(
      "HNSW recall@10 against the exact scan at other search breadths (`ef`; the pipeline uses 64 for",
      "k = 10), with the p50 latency of the HNSW call alone:",
      "",
      table(
        ["corpus", ...efs.map((ef) => `ef ${ef}`)],
        corpora.map((c) => [
          c.name,
          ...efs.map((ef) => {
            const e = c.efSweep.find((x) => x.ef === ef);
            return e === undefined ? "–" : `${pct(e.recallAt10)} (${formatMs(e.p50Ms)})`;
          }),
        ]),
      ),
      "",
    );
  }
  const withQuality = corpora.filter((c) => c.quality !== undefined);
  for (const c of withQuality) {
    const q = c.quality;
    if (q === undefined) continue;
    out.push(
      `What each ranking finds on ${c.name} (document-level, workload questions whose gold document is in`,
      `this corpus: ${q.hybrid.questions.ar} Arabic, ${q.hybrid.questions.en} English; a measurement, not a tuning target):`,
      "",
      table(
        ["ranking", "R@1 Arabic", "R@5 Arabic", "R@1 English", "R@5 English"],
        (["hybrid", "lexical", "vector", "exact"] as const).map((m) => [
          m === "hybrid"
            ? "hybrid (pipeline)"
            : m === "lexical"
              ? "lexical only"
              : m === "vector"
                ? "vector only (HNSW)"
                : "exact cosine scan",
          pct(q[m].r1.ar),
          pct(q[m].r5.ar),
          pct(q[m].r1.en),
          pct(q[m].r5.en),
        ]),
      ),
      "",
    );
  }
  out.push(
    "## Cold start",
    "",
    'A fresh process: `node --import tsx src/cli/ask.ts --json "…"` (what `npm run ask` runs, without',
    "npm's own start-up) with `INDEX_DIR` at the index built above, `CORPUS_DIR` at the corpus,",
    "`LLM_PROVIDER=none`. Timed from spawn to the answer on stdout; the manifest's `builtAt` is checked",
    "unchanged (the index was loaded, not rebuilt). Peak RSS of the child process.",
    "",
    table(
      [
        "corpus",
        "chunks",
        "runs",
        "first answer (median)",
        "min",
        "max",
        "exit (median)",
        "peak RSS (median)",
        "RSS from",
      ],
      results.coldStart.map((s) => [
        s.corpus,
        String(s.chunks),
        String(s.runs.length),
        formatMs(median(s.runs.map((r) => r.firstAnswerMs))),
        formatMs(Math.min(...s.runs.map((r) => r.firstAnswerMs))),
        formatMs(Math.max(...s.runs.map((r) => r.firstAnswerMs))),
        formatMs(median(s.runs.map((r) => r.exitMs))),
        `${median(s.runs.map((r) => r.peakRssMb)).toFixed(0)} MB`,
        s.runs[0]?.rssSource ?? "–",
      ]),
    ),
    "",
  );
  const ready = results.botReady;
  if (ready !== undefined) {
    out.push(
      "## Bot ready time",
      "",
      "A fresh `node scripts/dist.mjs run start` (what `npm start` runs, without npm's own start-up) with",
      "`TELEGRAM_BOT_TOKEN` set, `TELEGRAM_API_ROOT` at an instant fake Bot API on 127.0.0.1 and `INDEX_DIR`",
      `at the ${ready.corpus}'s index built above; timed from spawn to the bot's first \`getMe\` (configuration,`,
      "corpus and index loaded) and to its first `getUpdates` (menu registered, ledger replayed: ready).",
      "",
      table(
        ["runs", "ready (median)", "min", "max", "getMe (median)"],
        [
          [
            String(ready.runs.length),
            formatMs(median(ready.runs.map((r) => r.readyMs))),
            formatMs(Math.min(...ready.runs.map((r) => r.readyMs))),
            formatMs(Math.max(...ready.runs.map((r) => r.readyMs))),
            formatMs(median(ready.runs.map((r) => r.connectedMs))),
          ],
        ],
      ),
      "",
    );
  }
  const bot = results.bot;
  if (bot !== undefined) {
    out.push(
      "## Bot throughput",
      "",
      "The real bot (`runBot`, long polling, the real offline pipeline on the project corpus, index in",
      "memory) against the telegram-test-api emulator on 127.0.0.1, through the test harness's proxy",
      "(it paces empty `getUpdates` replies by 20 ms). N users in private chats ask at once; each sends",
      "its next question when the previous one is answered. End to end = from posting the message to the",
      "emulator storing the bot's reply; the pipeline answered 3 questions before the first round.",
      "The per-user rate limit is raised to",
      `${bot.rateLimit.max.toLocaleString("en-US")} per ${bot.rateLimit.windowMs} ms for the benchmark (the default, 5 per 30 s,`,
      `would refuse most of this by design); answer concurrency ${bot.concurrency} (the default).`,
      `Bot log: ${bot.warnings} warnings, ${bot.errors} errors.`,
      "",
      table(
        [
          "users",
          "questions",
          "answered",
          "lost",
          "duplicated",
          "out of order",
          "wall time",
          "answers/s",
          "e2e p50",
          "e2e p95",
          "e2e max",
        ],
        bot.rounds.map((r) => [
          String(r.users),
          `${r.asked} (${r.questionsPerUser} each)`,
          String(r.answered),
          String(r.lost),
          String(r.duplicated),
          String(r.outOfOrder),
          formatMs(r.wallMs),
          formatNumber(r.answersPerSecond),
          formatMs(r.latency.p50),
          formatMs(r.latency.p95),
          formatMs(r.latency.max),
        ]),
      ),
      "",
    );
  }
  if (results.faults !== undefined) out.push(...renderFaults(results.faults));
  out.push(
    "## How the synthetic corpora are made",
    "",
    `Only Arabic text already in the repository: ${results.synthetic.sources.join(" and ")}. Their paragraphs are cut`,
    "into sentences with the project's own segmenter; sentences of at least 20 characters with Arabic",
    `letters are kept once each (${results.synthetic.poolSentences} sentences). A mulberry32 PRNG seeded with`,
    `${results.synthetic.seed} then writes documents of 3–8 paragraphs, each of 1–3 random sentences kept under the`,
    "chunker's 450-character limit (so a paragraph is almost always one chunk), until the real chunker",
    "yields the target number of chunks. The text is realistic Arabic news/encyclopedic prose, but",
    "sentences repeat across documents (the pool is small), which makes BM25 postings and the HNSW",
    "graph denser than in a natural corpus of the same size: treat these figures as a stress test.",
    "",
  );
  return `${out.join("\n")}\n`;
}
