/**
 * Profiling driver (not part of `npm run bench`): full answers over the synthetic corpus of
 * one size, with the bench's workload, printing p50/p95/p99. Keeps the built index under
 * PROFILE_DIR between runs. Use with `node --cpu-prof --import tsx bench/profile-answers.ts 50000`.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildPipeline, createEmbedder } from "../src/app/composition.js";
import { loadConfig } from "../src/app/config.js";
import type { Logger } from "../src/core/logger.js";
import { loadCorpus } from "../src/corpus/loader.js";
import { openSearchIndex } from "../src/index/search-index.js";
import { Lexicon } from "../src/translate/lexicon.js";
import { summarize } from "./lib/stats.js";
import { syntheticCorpus, toJsonl } from "./lib/synthetic-corpus.js";
import { buildWorkload } from "./lib/workload.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EVAL = path.resolve(ROOT, "../shared/eval");
const target = Number(process.argv[2] ?? 50_000);
const rounds = Number(process.argv[3] ?? 1);
const dir = process.env.PROFILE_DIR ?? `/tmp/profile-${target}`;
const logger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (m) => console.error(m) };

const config = loadConfig({ LLM_PROVIDER: "none", EMBEDDINGS_PROVIDER: "local" });
const lexicon = await Lexicon.load(path.resolve(ROOT, config.lexiconPath));
const workload = await buildWorkload({
  talksFile: path.join(EVAL, "talks-qa.dev.jsonl"),
  xquadFile: path.join(EVAL, "xquad-dev/qa.jsonl"),
  perLanguage: 80,
  seed: 20210203,
});
const corpusFile = path.join(dir, "corpus.jsonl");
const indexDirectory = path.join(dir, "index");
if (!existsSync(path.join(indexDirectory, "manifest.json"))) {
  await mkdir(dir, { recursive: true });
  const article = await loadCorpus(path.join(ROOT, "corpus"));
  const xquad = await loadCorpus(path.join(EVAL, "xquad-dev/corpus.jsonl"));
  await writeFile(corpusFile, toJsonl(syntheticCorpus([...xquad, ...article], target, 20210203).documents));
  await openSearchIndex({
    documents: await loadCorpus(corpusFile),
    embedder: createEmbedder(config),
    directory: indexDirectory,
    logger,
    rebuild: true,
  });
}
const documents = await loadCorpus(corpusFile);
const pipeline = await buildPipeline({ config, logger, documents, indexDirectory, lexicon });
for (const q of workload.slice(0, 5)) await pipeline.qa.ask(q.question);
for (let r = 0; r < rounds; r++) {
  const times: { ms: number; q: string }[] = [];
  // CPU time as well: on a machine shared with other work, wall time mostly measures the wait.
  const cpu: number[] = [];
  for (const q of workload) {
    const t = performance.now();
    const c = process.cpuUsage();
    await pipeline.qa.ask(q.question);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    times.push({ ms: performance.now() - t, q: q.question });
  }
  const u = summarize(cpu);
  console.log(
    `round ${r + 1} CPU: p50 ${u.p50.toFixed(1)} p95 ${u.p95.toFixed(1)} p99 ${u.p99.toFixed(1)} max ${u.max.toFixed(1)}`,
  );
  const s = summarize(times.map((t) => t.ms));
  console.log(
    `round ${r + 1}: n ${s.n} p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} p99 ${s.p99.toFixed(1)} max ${s.max.toFixed(1)}`,
  );
  if (process.env.PROFILE_SLOW)
    for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, 15))
      console.log(`  ${t.ms.toFixed(1)} ${t.q}`);
}
