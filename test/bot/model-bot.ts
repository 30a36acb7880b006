/**
 * The real bot with a model configured, as `npm start` wires it: the offline answerer answers
 * at once and the model answerer (`refiner`) may replace that answer by an edit. Real pipeline
 * on the test article with a fake chat model, against our fake Bot API. Shared by
 * test/bot/offline-first.test.ts and `npm run bench` (fault figures).
 */
import type { Pipeline } from "../../src/app/composition.js";
import type { ChatProvider } from "../../src/llm/providers.js";
import { FakeBotApi } from "../fault/bot-api.js";
import { testConfig, testPipeline } from "../llm/fixtures.js";
import { type CapturedLogger, captureLogger, startPollingBot, waitFor } from "./harness.js";

export interface ModelBot {
  readonly api: FakeBotApi;
  readonly log: CapturedLogger;
  readonly pipeline: Pipeline;
  /** Ask in a private chat; resolves with the reply's message id and the ms until it was visible. */
  ask(chatId: number, question: string, withinMs?: number): Promise<{ messageId: number; visibleMs: number }>;
  stop(): Promise<void>;
}

/** The model's answer gets `budgetMs` (ANSWER_BUDGET_MS); the bot waits for it 2 s longer. */
export async function startModelBot(model: ChatProvider, budgetMs = 20_000): Promise<ModelBot> {
  const pipeline = await testPipeline({
    chatModel: model,
    config: testConfig({ ANSWER_BUDGET_MS: String(budgetMs) }),
  });
  const api = await FakeBotApi.start();
  const log = captureLogger();
  const bot = await startPollingBot({
    answerer: pipeline.qa,
    refiner: pipeline.answerer,
    apiRoot: api.url,
    log,
    rateMax: 100,
    windowMs: 60_000,
    deadlines: { refineMs: budgetMs + 2_000 },
    pollTimeoutSeconds: 1,
  }).catch(async (error: unknown) => {
    await api.close();
    throw error;
  });
  return {
    api,
    log,
    pipeline,
    async ask(chatId, question, withinMs = 10_000) {
      const asked = Date.now();
      const { messageId } = api.userSends(chatId, question);
      const reply = await waitFor(() => api.repliesTo(chatId, messageId)[0], "the offline answer", withinMs);
      return { messageId, visibleMs: reply.at - asked };
    },
    async stop() {
      await bot.stop();
      await api.close();
    },
  };
}
