/**
 * With a model configured, the bot shows the verified offline answer at once and lets the
 * model's answer replace it by an edit only when it arrives, verified claim by claim. A model
 * that errors or hangs leaves the offline answer standing; an invented claim is never shown,
 * in the first message or in any edit. Real pipeline (test article, fake chat models), real bot
 * against our fake Bot API.
 */
import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import type { BaseMessage } from "@langchain/core/messages";
import type { ChatGenerationChunk } from "@langchain/core/outputs";
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { afterEach, describe, expect, it } from "vitest";
import { runBot } from "../../src/bot/run-bot.js";
import type { ChatProvider } from "../../src/llm/providers.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";
import { FakeBotApi } from "../fault/bot-api.js";
import { httpError, RecordingChatModel, ScriptedChatModel } from "../llm/fake-models.js";
import {
  answerJson,
  fakeProvider,
  P_REFUGEES,
  passageNumberOf,
  Q_REFUGEES,
  testConfig,
  testPipeline,
} from "../llm/fixtures.js";
import { captureLogger, TOKEN, tempLedger, waitFor } from "./harness.js";

/** A model that never answers (until the bot gives up on it). */
class HangingChatModel extends FakeListChatModel {
  constructor() {
    super({ responses: ["never"] });
  }

  override async *_streamResponseChunks(
    _messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    _runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    await new Promise((_, reject) =>
      options.signal?.addEventListener("abort", () => reject(options.signal?.reason)),
    );
    yield* [];
  }
}

const QUESTION = "What did Lavrov say about the return of refugees?";
const INVENTED = /TROOPS|withdraw|انسحاب/;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function botWith(model: ChatProvider, budgetMs = 20_000) {
  const pipeline = await testPipeline({
    chatModel: model,
    config: testConfig({ ANSWER_BUDGET_MS: String(budgetMs) }),
  });
  const api = await FakeBotApi.start();
  const log = captureLogger();
  const stop = new AbortController();
  const running = runBot(
    {
      answerer: pipeline.qa,
      refiner: pipeline.answerer,
      config: {
        token: TOKEN,
        apiRoot: api.url,
        allowedChatIds: [],
        rateLimit: { max: 100, windowMs: 60_000 },
        ledgerPath: tempLedger(),
        deadlines: { refineMs: budgetMs + 2_000 },
      },
      logger: log.logger,
      signal: stop.signal,
    },
    { handleSignals: false, pollTimeoutSeconds: 1 },
  );
  await waitFor(() => log.lines.some((l) => l.includes("Bot started")), "the bot to start");
  cleanups.push(async () => {
    stop.abort();
    await running;
    await api.close();
  });
  return { api, log, pipeline };
}

describe("offline first, model second", () => {
  it("shows the offline answer at once, then only the model's verified claims by an edit", async () => {
    const model = new ScriptedChatModel({
      translate: () => "لافروف عودة اللاجئين",
      answer: (prompt) =>
        answerJson(
          "Lavrov said conditions must be created for refugees to return home [1]. He also announced that ALL RUSSIAN TROOPS WILL LEAVE SYRIA [2]. Safadi agreed [1].",
          [
            { n: 1, passage: passageNumberOf(prompt, P_REFUGEES) ?? 99, quote: Q_REFUGEES, translation: "t" },
            {
              n: 2,
              passage: passageNumberOf(prompt, P_REFUGEES) ?? 99,
              quote: "وأعلن لافروف انسحاب جميع القوات الروسية من سوريا",
            },
          ],
        ),
    });
    const { api } = await botWith(fakeProvider(model));
    const asked = Date.now();
    const { messageId } = api.userSends(9001, QUESTION);
    await waitFor(() => api.repliesTo(9001, messageId).length > 0, "the offline answer", 2_000);
    const [reply] = api.repliesTo(9001, messageId);
    console.info("offline answer visible after ms:", (reply?.at ?? 0) - asked);
    await waitFor(() => (reply?.shown.length ?? 0) >= 2, "the model's answer to replace it");
    const [offline, model1] = (reply?.shown ?? []).map(htmlToPlainText);
    expect(offline).toContain(Q_REFUGEES);
    expect(model1).toContain("Lavrov said conditions must be created for refugees to return home");
    expect(model1).toContain("Safadi agreed");
    expect(api.messagesIn(9001)).toHaveLength(1);
    // Nothing invented was ever on screen: not in the first message, not in any edit.
    for (const shown of api.everShown()) expect(htmlToPlainText(shown)).not.toMatch(INVENTED);
  });

  it("a model that errors: the offline answer stays, unedited", async () => {
    const failing = new RecordingChatModel({ responses: ["x"], failures: Array(10).fill(httpError(500)) });
    const { api, log } = await botWith(fakeProvider(failing));
    const { messageId } = api.userSends(9002, QUESTION);
    await waitFor(() => api.repliesTo(9002, messageId).length > 0, "the offline answer", 2_000);
    await waitFor(
      () => log.lines.some((l) => l.includes("Answered")) && failing.prompts.length > 0,
      "the model attempt",
    );
    await new Promise((r) => setTimeout(r, 1_500));
    const [reply] = api.repliesTo(9002, messageId);
    expect(reply?.shown).toHaveLength(1);
    expect(htmlToPlainText(reply?.text ?? "")).toContain(Q_REFUGEES);
  });

  it("a model that hangs: the offline answer is visible within 2 s and stays", async () => {
    const { api, log } = await botWith(fakeProvider(new HangingChatModel()), 1_500);
    const asked = Date.now();
    const { messageId } = api.userSends(9003, QUESTION);
    await waitFor(() => api.repliesTo(9003, messageId).length > 0, "the offline answer", 2_000);
    console.info(
      "hanging model: offline answer visible after ms:",
      (api.repliesTo(9003, messageId)[0]?.at ?? 0) - asked,
    );
    // The model's budget runs out; the chat goes on with the offline answer.
    const next = api.userSends(9003, "What about Sochi?");
    await waitFor(() => api.repliesTo(9003, next.messageId).length > 0, "the next question's answer", 10_000);
    expect(api.repliesTo(9003, messageId)[0]?.shown).toHaveLength(1);
    expect(log.lines.some((l) => l.includes("Replaced the offline answer"))).toBe(false);
  });
});
