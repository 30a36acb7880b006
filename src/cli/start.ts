import { buildPipeline } from "../app/composition.js";
import { redactSecrets } from "../app/config.js";
import { configFromEnvironment } from "../app/env.js";
import { createLogger } from "../core/logger.js";
import { runCli } from "./run.js";
import { runTerminalChat } from "./terminal-chat.js";

/**
 * `npm start`: the Telegram bot when TELEGRAM_BOT_TOKEN is set, otherwise the terminal chat
 * on the same pipeline. The index is built on first use.
 */
let redact = (text: string) => text;

runCli(
  async () => {
    const config = configFromEnvironment();
    redact = (text) => redactSecrets(text, config);
    const logger = createLogger({ level: config.logLevel, redact });
    const { answerer, qa } = await buildPipeline({ config, logger });
    if (config.telegram !== undefined) {
      const { runBot } = await import("../bot/run-bot.js");
      // The offline answer is shown at once; a model's verified answer may replace it by an edit.
      await runBot({
        answerer: qa,
        refiner: answerer === qa ? undefined : answerer,
        config: config.telegram,
        logger,
        // buildPipeline resolved: the index is loaded (a broken one was rebuilt or refused at start).
        health: { index: async () => {} },
      });
      return;
    }
    await runTerminalChat(answerer, {
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
  },
  (text) => redact(text),
);
