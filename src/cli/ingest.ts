import { buildPipeline } from "../app/composition.js";
import { redactSecrets } from "../app/config.js";
import { configFromEnvironment } from "../app/env.js";
import { ConfigError } from "../core/errors.js";
import { createLogger } from "../core/logger.js";
import { loadCorpus } from "../corpus/loader.js";
import { createChatProvider } from "../llm/providers.js";
import { loadTranslatePrompt, translateMissing } from "../llm/translate-document.js";
import { parseArgs, runCli } from "./run.js";

/**
 * `npm run ingest [-- --rebuild] [-- --translate]`: load the corpus and build (or verify) the
 * on-disk index. `--translate` first writes, with the configured chat model, the aligned
 * English translation (`<doc id>.en.json` beside the corpus) of every document lacking one;
 * existing files are never overwritten, and each new path is printed for review.
 */
runCli(async () => {
  const args = parseArgs(process.argv.slice(2), { flags: ["rebuild", "translate"] });
  const config = configFromEnvironment();
  const logger = createLogger({ level: config.logLevel, redact: (l) => redactSecrets(l, config) });
  const started = Date.now();
  const lines: string[] = [];
  let documents: Awaited<ReturnType<typeof loadCorpus>> | undefined;
  if (args.flags.has("translate")) {
    const llm = config.llm;
    if (llm.provider === "none") {
      throw new ConfigError(
        "--translate needs a chat model: set LLM_BASE_URL and LLM_MODEL (or LLM_PROVIDER=ollama and LLM_MODEL).",
      );
    }
    documents = await loadCorpus(config.corpusDir);
    const provider = createChatProvider(llm, config.limits);
    const written = await translateMissing(config.corpusDir, documents, {
      model: provider.plain,
      prompt: await loadTranslatePrompt(config.promptsDir),
      translator: `${provider.id} (machine translation by the project, not TASS; review before use)`,
      idleTimeoutMs: config.limits.llmTimeoutMs,
      callBudgetMs: Math.max(config.limits.answerBudgetMs, 4 * config.limits.llmTimeoutMs),
      maxRetries: config.limits.llmMaxRetries,
      onProgress: (what) => logger.info(`translated ${what}`),
      onWritten: (file) => process.stdout.write(`wrote ${file} (review it, then commit it)\n`),
    });
    lines.push(
      `translations written: ${written.length}${written.length === 0 ? " (every document has one)" : ""}`,
    );
  }
  const { opened, documents: served } = await buildPipeline({
    config,
    logger,
    rebuild: args.flags.has("rebuild"),
    ...(documents === undefined ? {} : { documents }),
  });
  const { index } = opened;
  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  lines.push(
    `documents: ${served.length} (${served.map((d) => d.id).join(", ")})`,
    `paragraphs: ${served.reduce((n, d) => n + d.paragraphs.length, 0)}`,
    `chunks: ${index.chunks.length}`,
    `embedder: ${index.manifest.embedder.id}@${index.manifest.embedder.version} (${index.manifest.embedder.dimensions} dimensions)`,
    `index: ${opened.status === "loaded" ? "up to date, loaded" : `built (${opened.reason})`}${opened.saved ? ` in ${config.indexDir}` : " in memory only (could not save)"}`,
    `time: ${seconds} s`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
});
