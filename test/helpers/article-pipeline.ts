import { buildPipeline, type Pipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import { silentLogger } from "../../src/core/logger.js";

/** The offline default pipeline on the project corpus, in memory (nothing written to .index/). */
export function articlePipeline(): Promise<Pipeline> {
  return buildPipeline({ config: loadConfig({}), logger: silentLogger, indexDirectory: null });
}
