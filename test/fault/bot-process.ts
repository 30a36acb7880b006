/**
 * A bot process for the crash tests: `node --import tsx test/fault/bot-process.ts`, configured
 * by environment (API_ROOT, MODE=polling|webhook, LEDGER, REDIS_URL, PORT, PUBLIC_URL). Answers
 * come from the bots' fake answerer, each after ANSWER_DELAY_MS, so a burst takes long enough
 * to be killed in the middle of. Prints "READY" on stderr once it takes updates.
 */
import { runBot } from "../../src/bot/run-bot.js";
import { createLogger } from "../../src/core/logger.js";
import type { Answer, AskOptions } from "../../src/core/types.js";
import { FakeAnswerer } from "../bot/fakes.js";
import { TOKEN } from "../bot/harness.js";

class SteadyFake extends FakeAnswerer {
  override async ask(question: string, options?: AskOptions): Promise<Answer> {
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.ANSWER_DELAY_MS ?? 20)));
    return super.ask(question, options);
  }
}

const env = process.env;
const port = Number(env.PORT ?? 0);
const logger = createLogger({
  level: "info",
  write: (line) => {
    process.stderr.write(`${line}\n`);
    if (line.includes("Bot started")) process.stderr.write("READY\n");
  },
});
await runBot(
  {
    answerer: new SteadyFake(),
    config: {
      token: TOKEN,
      apiRoot: env.API_ROOT,
      allowedChatIds: [],
      rateLimit: { max: 1000, windowMs: 60_000 },
      ledgerPath: env.LEDGER,
      redisUrl: env.REDIS_URL,
      webhook:
        env.MODE === "webhook"
          ? {
              url: env.PUBLIC_URL ?? `http://127.0.0.1:${port}/telegram`,
              path: "/telegram",
              port,
              host: "127.0.0.1",
              secret: "s3cret_hook",
            }
          : undefined,
    },
    logger,
  },
  { sweepMs: 300, leaseMs: Number(env.LEASE_MS ?? 15_000), pollTimeoutSeconds: 1 },
);
