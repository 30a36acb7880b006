/**
 * `npm run bench [-- --quick] [-- --out <dir>] [-- --sizes 5000,50000] [-- --questions 80]
 *   [-- --no-bot] [-- --no-cold-start] [-- --no-faults | --faults]`
 *
 * Measures the offline default pipeline on this machine, in one run: index build, query
 * latency (retrieval and full answers, Arabic and English) at several corpus sizes up to a
 * generated corpus of 50,000+ chunks, baselines (lexical only, vector only, exact cosine scan;
 * HNSW recall), cold start with a prebuilt index, the bot's ready time (`npm start` with a token
 * and a prebuilt index, to its first getUpdates against an instant fake Bot API), the bot's
 * throughput against the Bot API emulator and its own overhead against the instant fake API,
 * and the fault scenarios of issue 11 (crashes, Redis instances, hung Telegram calls, a failing or
 * inventing model, damaged index files; `--faults` runs only those, `--no-faults` skips them). Writes `report.md`, `results.json` and an SVG chart under `bench-results/<stamp>/`
 * (git-ignored) and prints a summary. Progress goes to stderr.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildPipeline } from "../src/app/composition.js";
import { loadConfig } from "../src/app/config.js";
import type { Logger } from "../src/core/logger.js";
import type { CorpusDocument } from "../src/core/types.js";
import { loadCorpus } from "../src/corpus/loader.js";
import { Lexicon } from "../src/translate/lexicon.js";
import { benchBotOverhead } from "./lib/bot-overhead.js";
import { type BotReadyRun, botReadyOnce } from "./lib/bot-ready.js";
import { benchBot } from "./lib/bot-throughput.js";
import { type ColdStartRun, coldStartOnce } from "./lib/cold-start.js";
import { type FaultResults, runFaults, writeFaultsOnlyReport } from "./lib/faults/run.js";
import { type CorpusResult, measureCorpus } from "./lib/measure-corpus.js";
import { type BenchResults, type ColdStartResult, renderReport, summaryLines } from "./lib/report.js";
import { formatMs, median, timed } from "./lib/stats.js";
import { logLogChart } from "./lib/svg-chart.js";
import { syntheticCorpus, toJsonl } from "./lib/synthetic-corpus.js";
import { buildWorkload } from "./lib/workload.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EVAL = path.resolve(ROOT, "../shared/eval");
const XQUAD_CORPUS = path.join(EVAL, "xquad-dev/corpus.jsonl");
const XQUAD_QA = path.join(EVAL, "xquad-dev/qa.jsonl");
const TALKS_QA = path.join(EVAL, "talks-qa.dev.jsonl");
const PROJECT_CORPUS = path.join(ROOT, "corpus");
const SEED = 20210203;

interface Options {
  readonly quick: boolean;
  readonly out: string;
  readonly sizes: readonly number[];
  readonly perLanguage: number;
  readonly bot: boolean;
  readonly coldStart: boolean;
  /** Fault scenarios: with the rest (default), alone (`--faults`), or not (`--no-faults`). */
  readonly faults: "include" | "only" | "skip";
}

function parseOptions(argv: readonly string[]): Options {
  const flags = new Set(argv.filter((a) => a.startsWith("--") && !a.includes("=")));
  const value = (name: string): string | undefined => {
    const inline = argv.find((a) => a.startsWith(`--${name}=`));
    if (inline !== undefined) return inline.slice(name.length + 3);
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const known = new Set([
    "--quick",
    "--out",
    "--sizes",
    "--questions",
    "--no-bot",
    "--no-cold-start",
    "--faults",
    "--no-faults",
  ]);
  for (const a of argv) {
    const name = a.split("=")[0] ?? a;
    if (a.startsWith("--") && !known.has(name))
      throw new Error(`unknown option ${a} (known: ${[...known].join(", ")})`);
  }
  const quick = flags.has("--quick");
  const sizes = (value("sizes") ?? (quick ? "5000" : "5000,50000"))
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  return {
    quick,
    out: path.resolve(ROOT, value("out") ?? path.join("bench-results", stamp)),
    sizes,
    perLanguage: Number(value("questions") ?? (quick ? 40 : 80)),
    bot: !flags.has("--no-bot"),
    coldStart: !flags.has("--no-cold-start"),
    faults: flags.has("--no-faults") ? "skip" : flags.has("--faults") ? "only" : "include",
  };
}

const t0 = performance.now();
const progress = (line: string) => {
  process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);
};

/** Pipeline log: warnings and errors shown as progress, the rest dropped. */
const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (m) => progress(`  warn: ${m}`),
  error: (m) => progress(`  error: ${m}`),
};

function git(args: readonly string[]): string {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  await mkdir(options.out, { recursive: true });
  const scratch = await mkdtemp(path.join(os.tmpdir(), "talks-bench-"));
  // Cold starts run the compiled bundle, as `npm run ask` does: make sure it is current.
  execFileSync(process.execPath, ["scripts/dist.mjs", "build"], { cwd: ROOT, stdio: "inherit" });
  progress(`results → ${path.relative(ROOT, options.out)}; scratch → ${scratch}`);
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  try {
    if (options.faults === "only") {
      const faults = await runFaults({ scratch, progress });
      const files = await writeFaultsOnlyReport(options.out, faults, {
        command,
        startedAt,
        commit: git(["rev-parse", "HEAD"]),
        machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}, ${os.type()} ${os.release()}, Node ${process.version}`,
      });
      process.stdout.write(
        `${files.summary.map((l) => `  ${l}`).join("\n")}\nReport: ${path.relative(ROOT, files.report)}\n`,
      );
      return;
    }
    const config = loadConfig({ LLM_PROVIDER: "none", EMBEDDINGS_PROVIDER: "local" });
    const lexiconLoad = await timed(() => Lexicon.load(path.resolve(ROOT, config.lexiconPath)));
    const lexicon = lexiconLoad.value;
    const workload = await buildWorkload({
      talksFile: TALKS_QA,
      xquadFile: XQUAD_QA,
      perLanguage: options.perLanguage,
      seed: SEED,
    });
    const article = await loadCorpus(PROJECT_CORPUS);
    const xquad = await loadCorpus(XQUAD_CORPUS);

    interface Size {
      readonly name: string;
      readonly description: string;
      readonly documents: readonly CorpusDocument[];
      /** Where a child process finds this corpus (written to scratch for generated ones). */
      readonly corpusPath: string;
      readonly coldRuns: number;
    }
    const sizes: Size[] = [
      {
        name: "article",
        description: "the project corpus (`corpus/`, the TASS article)",
        documents: article,
        corpusPath: PROJECT_CORPUS,
        coldRuns: options.quick ? 2 : 5,
      },
      {
        name: "xquad-dev",
        description: "`../shared/eval/xquad-dev/corpus.jsonl` (120 Arabic Wikipedia paragraphs)",
        documents: xquad,
        corpusPath: XQUAD_CORPUS,
        coldRuns: options.quick ? 1 : 3,
      },
    ];
    let poolSentences = 0;
    for (const target of options.sizes) {
      const generated = syntheticCorpus([...xquad, ...article], target, SEED);
      poolSentences = generated.poolSize;
      const name = `synthetic-${target >= 1000 ? `${target / 1000}k` : target}`;
      const corpusPath = path.join(scratch, `${name}.jsonl`);
      await writeFile(corpusPath, toJsonl(generated.documents));
      // The child reads the JSONL back: use exactly what it will see, so the index matches.
      const documents = await loadCorpus(corpusPath);
      sizes.push({
        name,
        description: `generated: ${documents.length} documents recombined from ${generated.poolSize} sentences (seed ${SEED}; see below)`,
        documents,
        corpusPath,
        coldRuns: target >= 20_000 ? 1 : options.quick ? 1 : 2,
      });
    }

    const corpora: CorpusResult[] = [];
    const coldStart: ColdStartResult[] = [];
    const botReady: BotReadyRun[] = [];
    for (const size of sizes) {
      const indexDirectory = path.join(scratch, `index-${size.name}`);
      const result = await measureCorpus({
        name: size.name,
        description: size.description,
        documents: size.documents,
        workload,
        config,
        lexicon,
        indexDirectory,
        logger,
        progress,
      });
      corpora.push(result);
      if (options.coldStart) {
        const runs: ColdStartRun[] = [];
        const question = workload.find((q) => q.lang === "ar")?.question ?? "لافروف";
        for (let r = 0; r < size.coldRuns; r++) {
          progress(`[${size.name}] cold start ${r + 1}/${size.coldRuns}…`);
          runs.push(
            await coldStartOnce({
              repoRoot: ROOT,
              corpusPath: size.corpusPath,
              indexDirectory,
              question,
              timeoutMs: 180_000,
            }),
          );
        }
        coldStart.push({ corpus: size.name, chunks: result.chunks, question, runs });
        progress(`[${size.name}] cold start: first answer ${formatMs(runs[0]?.firstAnswerMs ?? Number.NaN)}`);
      }
      // The bot's start on the article's prebuilt index: spawn to its first getUpdates.
      if (options.coldStart && options.bot && size.name === "article") {
        for (let r = 0; r < size.coldRuns; r++) {
          progress(`[bot] ready time ${r + 1}/${size.coldRuns}…`);
          botReady.push(
            await botReadyOnce({
              repoRoot: ROOT,
              corpusPath: size.corpusPath,
              indexDirectory,
              timeoutMs: 60_000,
            }),
          );
        }
        progress(`[bot] ready ${formatMs(median(botReady.map((r) => r.readyMs)))} after spawn (median)`);
      }
      await rm(indexDirectory, { recursive: true, force: true });
    }

    let bot: BenchResults["bot"];
    let botOverhead: BenchResults["botOverhead"];
    if (options.bot) {
      progress("[bot] starting the real pipeline and the Bot API emulator…");
      const pipeline = await buildPipeline({
        config,
        logger,
        documents: article,
        indexDirectory: null,
        lexicon,
      });
      const questions = workload.filter((q) => q.set === "talks-qa");
      // The first answers of a fresh pipeline pay for lazy tables; cold start is measured above.
      for (const q of questions.slice(0, 3)) await pipeline.answerer.ask(q.question);
      bot = await benchBot({
        answerer: pipeline.answerer,
        questions,
        rounds: options.quick
          ? [
              { users: 1, questionsPerUser: 10 },
              { users: 10, questionsPerUser: 3 },
              { users: 100, questionsPerUser: 1 },
            ]
          : [
              { users: 1, questionsPerUser: 20 },
              { users: 10, questionsPerUser: 5 },
              { users: 100, questionsPerUser: 3 },
            ],
        roundTimeoutMs: 120_000,
        progress,
      });
      progress("[bot] overhead against an instant fake Bot API…");
      botOverhead = await benchBotOverhead({
        answerer: pipeline.answerer,
        questions,
        chats: 100,
        perChat: options.quick ? 3 : 10,
        concurrency: 4,
        timeoutMs: 120_000,
      });
      progress(
        `[bot] instant API: ${botOverhead.answersPerSecond.toFixed(0)} answers/s ` +
          `(pipeline alone ${botOverhead.pipelineAnswersPerSecond.toFixed(0)}/s)`,
      );
    }

    let faults: FaultResults | undefined;
    if (options.faults === "include") faults = await runFaults({ scratch, progress });

    const results: BenchResults = {
      meta: {
        command,
        startedAt,
        totalMs: performance.now() - t0,
        node: process.version,
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? "unknown",
        memoryGb: os.totalmem() / 1024 ** 3,
        commit: git(["rev-parse", "HEAD"]),
        dirtyTree: git(["status", "--porcelain", "--untracked-files=no"]) !== "",
        quick: options.quick,
      },
      workload: {
        questions: workload.length,
        ar: workload.filter((q) => q.lang === "ar").length,
        en: workload.filter((q) => q.lang === "en").length,
        sources: [
          "all of `talks-qa.dev.jsonl`",
          `${options.perLanguage} Arabic and ${options.perLanguage} English questions of \`xquad-dev/qa.jsonl\` (seeded sample)`,
        ],
      },
      synthetic: {
        seed: SEED,
        poolSentences,
        sources: ["`../shared/eval/xquad-dev/corpus.jsonl`", "`corpus/` (the TASS article)"],
      },
      lexiconLoadMs: lexiconLoad.ms,
      corpora,
      coldStart,
      ...(botReady.length === 0 ? {} : { botReady: { corpus: "article", runs: botReady } }),
      ...(bot === undefined ? {} : { bot }),
      ...(botOverhead === undefined ? {} : { botOverhead }),
      ...(faults === undefined ? {} : { faults }),
    };
    const chartFile = "latency-vs-corpus-size.svg";
    const at = (metric: "answer" | "retrieve" | "lexicalOnly" | "hnsw" | "exactScan", p: "p50" | "p95") =>
      corpora.map((c) => ({ x: c.chunks, y: c.latency[metric].all[p] }));
    await writeFile(
      path.join(options.out, chartFile),
      logLogChart(
        [
          { name: "full answer p95", color: "#d62728", dashed: true, points: at("answer", "p95") },
          { name: "full answer p50", color: "#d62728", points: at("answer", "p50") },
          { name: "retrieval p50", color: "#1f77b4", points: at("retrieve", "p50") },
          { name: "lexical only p50", color: "#2ca02c", points: at("lexicalOnly", "p50") },
          { name: "HNSW p50", color: "#9467bd", points: at("hnsw", "p50") },
          { name: "exact cosine scan p50", color: "#8c564b", dashed: true, points: at("exactScan", "p50") },
        ],
        {
          title: "Query latency against corpus size (offline default)",
          xLabel: "chunks in the index (log scale)",
          yLabel: "milliseconds (log scale)",
        },
      ),
    );
    await writeFile(path.join(options.out, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(path.join(options.out, "report.md"), renderReport(results, chartFile));
    process.stdout.write(
      [
        "",
        `Benchmark finished in ${formatMs(results.meta.totalMs)} (${results.meta.command})`,
        ...summaryLines(results).map((l) => `  ${l}`),
        `Report: ${path.relative(ROOT, path.join(options.out, "report.md"))}`,
        `JSON:   ${path.relative(ROOT, path.join(options.out, "results.json"))}`,
        "",
      ].join("\n"),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
