import { buildPipeline } from "../app/composition.js";
import { redactSecrets } from "../app/config.js";
import { configFromEnvironment } from "../app/env.js";
import { createLogger } from "../core/logger.js";
import { parseArgs, runCli } from "./run.js";

/** `npm run ingest [-- --rebuild]`: load the corpus and build (or verify) the on-disk index. */
runCli(async () => {
  const args = parseArgs(process.argv.slice(2), { flags: ["rebuild"] });
  const config = configFromEnvironment();
  const logger = createLogger({ level: config.logLevel, redact: (l) => redactSecrets(l, config) });
  const started = Date.now();
  const { opened, documents } = await buildPipeline({ config, logger, rebuild: args.flags.has("rebuild") });
  const { index } = opened;
  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  const lines = [
    `documents: ${documents.length} (${documents.map((d) => d.id).join(", ")})`,
    `paragraphs: ${documents.reduce((n, d) => n + d.paragraphs.length, 0)}`,
    `chunks: ${index.chunks.length}`,
    `embedder: ${index.manifest.embedder.id}@${index.manifest.embedder.version} (${index.manifest.embedder.dimensions} dimensions)`,
    `index: ${opened.status === "loaded" ? "up to date, loaded" : `built (${opened.reason})`}${opened.saved ? ` in ${config.indexDir}` : " in memory only (could not save)"}`,
    `time: ${seconds} s`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
});
