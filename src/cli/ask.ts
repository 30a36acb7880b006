import { buildPipeline } from "../app/composition.js";
import { redactSecrets } from "../app/config.js";
import { configFromEnvironment } from "../app/env.js";
import { AppError } from "../core/errors.js";
import { createLogger } from "../core/logger.js";
import { renderAnswerForTerminal } from "../render/terminal.js";
import { parseArgs, runCli } from "./run.js";

/** `npm run ask -- "question" [--json] [--quotes]`: one question, one answer. */
runCli(async () => {
  const args = parseArgs(process.argv.slice(2), { flags: ["json", "quotes"] });
  const question = args.positional.join(" ").trim();
  if (question.length === 0)
    throw new AppError("INPUT_INVALID", 'Usage: npm run ask -- "your question" [--json] [--quotes]');
  const config = configFromEnvironment();
  // Progress and warnings go to stderr; with --json only errors, so stdout stays one JSON object.
  const logger = createLogger({
    level: args.flags.has("json") ? "error" : config.logLevel,
    redact: (l) => redactSecrets(l, config),
  });
  const { answerer } = await buildPipeline({ config, logger });
  const answer = await answerer.ask(question, { wantQuotes: args.flags.has("quotes") });
  process.stdout.write(
    args.flags.has("json") ? `${JSON.stringify(answer)}\n` : `${renderAnswerForTerminal(answer)}\n`,
  );
});
