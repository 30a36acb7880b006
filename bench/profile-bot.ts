/**
 * Profiling driver (not part of `npm run bench`): the bot against the instant fake Bot API on
 * the article, as the bench measures it. `node --cpu-prof --import tsx bench/profile-bot.ts [perChat]`.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildPipeline } from "../src/app/composition.js";
import { loadConfig } from "../src/app/config.js";
import type { Logger } from "../src/core/logger.js";
import { loadCorpus } from "../src/corpus/loader.js";
import { benchBotOverhead } from "./lib/bot-overhead.js";
import { buildWorkload } from "./lib/workload.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EVAL = path.resolve(ROOT, "../shared/eval");
const logger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (m) => console.error(m) };
const config = loadConfig({ LLM_PROVIDER: "none", EMBEDDINGS_PROVIDER: "local" });
const workload = await buildWorkload({
  talksFile: path.join(EVAL, "talks-qa.dev.jsonl"),
  xquadFile: path.join(EVAL, "xquad-dev/qa.jsonl"),
  perLanguage: 80,
  seed: 20210203,
});
const pipeline = await buildPipeline({
  config,
  logger,
  documents: await loadCorpus(path.join(ROOT, "corpus")),
  indexDirectory: null,
});
const questions = workload.filter((q) => q.set === "talks-qa");
for (const q of questions.slice(0, 3)) await pipeline.answerer.ask(q.question);
const perChat = Number(process.argv[2] ?? 10);
/** Main-thread busy time of the pipeline alone on the burst's questions (event-loop utilisation). */
async function pipelineBusyMs(): Promise<number> {
  const before = performance.eventLoopUtilization();
  for (let k = 0; k < perChat; k++)
    for (let c = 0; c < 100; c++) {
      const pick = questions[(c * 7 + k) % questions.length];
      if (pick !== undefined) await pipeline.answerer.ask(pick.question);
    }
  return performance.eventLoopUtilization(before).active;
}
for (let r = 0; r < Number(process.argv[3] ?? 1); r++) {
  const before = performance.eventLoopUtilization();
  const result = await benchBotOverhead({
    answerer: pipeline.answerer,
    questions,
    chats: 100,
    perChat,
    concurrency: 4,
    timeoutMs: 120_000,
  });
  const total = performance.eventLoopUtilization(before).active;
  const alone = await pipelineBusyMs();
  // The bench's run: bot burst + the pipeline alone once; the bot's busy time is the rest.
  const bot = total - alone;
  console.log(
    `main thread busy: bot burst ${bot.toFixed(0)} ms, pipeline alone ${alone.toFixed(0)} ms, ` +
      `ratio ${(bot / alone).toFixed(2)} (the bench's 227.7/s vs 557.9/s is 2.45; 300/s needs ≤ 1.86)`,
  );
  console.log(
    `bot ${result.answersPerSecond.toFixed(1)}/s, pipeline ${result.pipelineAnswersPerSecond.toFixed(1)}/s, ` +
      `overhead ${result.overheadMsPerAnswer.toFixed(2)} ms/answer, answered ${result.answered}/${result.questions}, dup ${result.duplicated}`,
  );
}
