/**
 * Fault figures of the bot, measured with the fault tests' own scenarios and harness
 * (test/fault/*, test/bot/model-bot.ts): crashes mid-burst, three instances on Redis, chats
 * whose sendMessage hangs, and a model that errors, hangs or invents claims.
 */

import type { ChatProvider } from "../../../src/llm/providers.js";
import { htmlToPlainText } from "../../../src/render/telegram/html.js";
import { FakeAnswerer } from "../../../test/bot/fakes.js";
import { captureLogger, freePort, startPollingBot } from "../../../test/bot/harness.js";
import { startModelBot } from "../../../test/bot/model-bot.js";
import { FakeBotApi } from "../../../test/fault/bot-api.js";
import {
  type CrashResult,
  crashMidBurst,
  type InstancesResult,
  instancesWithRedis,
} from "../../../test/fault/crash-scenarios.js";
import { startRedis } from "../../../test/fault/processes.js";
import { type HangingChatsResult, hangingChats } from "../../../test/fault/slow-chats.js";
import { HangingChatModel, httpError, RecordingChatModel } from "../../../test/llm/fake-models.js";
import { FABRICATED_QUOTE, fakeProvider, INVENTED, mixedClaimsModel } from "../../../test/llm/fixtures.js";

export type { CrashResult, HangingChatsResult, InstancesResult };

export async function measureCrashes(): Promise<{ polling: CrashResult; webhook: CrashResult }> {
  return { polling: await crashMidBurst("polling"), webhook: await crashMidBurst("webhook") };
}

/** A real redis-server on 127.0.0.1 at a free port, in a temp folder, for this scenario only. */
export async function measureInstances(): Promise<InstancesResult> {
  const redis = await startRedis(await freePort());
  try {
    return await instancesWithRedis(redis.url);
  } finally {
    await redis.stop();
  }
}

/** Per-attempt deadline on Bot API calls in this scenario (the default is 10 s; see the report). */
export const HANG_TELEGRAM_CALL_MS = 2_000;

/** 4 chats whose sendMessage hangs, 12 others asking meanwhile (the bots' fake answerer). */
export async function measureHangingChats(): Promise<HangingChatsResult> {
  const api = await FakeBotApi.start();
  const log = captureLogger();
  try {
    const bot = await startPollingBot({
      answerer: new FakeAnswerer(),
      apiRoot: api.url,
      log,
      rateMax: 1_000,
      windowMs: 60_000,
      deadlines: { telegramCallMs: HANG_TELEGRAM_CALL_MS },
      pollTimeoutSeconds: 1,
    });
    try {
      return await hangingChats(api, () => log.lines, {
        stuck: [3101, 3102, 3103, 3104],
        others: Array.from({ length: 12 }, (_, i) => 3200 + i),
        // Long enough to measure a failure rather than throw on it.
        othersWithinMs: 60_000,
        giveUpWithinMs: 60_000,
      });
    } finally {
      await bot.stop();
    }
  } finally {
    await api.close();
  }
}

export interface OfflineFirstResult {
  readonly model: "errors" | "hangs";
  readonly questions: number;
  /** Per question: from asking to the offline answer on screen. */
  readonly visibleMs: readonly number[];
  /** Replies the failed model edited anyway (expected 0). */
  readonly edited: number;
}

export interface MixedClaimsBotResult {
  readonly questions: number;
  /** Replies the model's (verified) answer replaced by an edit. */
  readonly replacedByModel: number;
  /** Texts the users were shown: first messages and every edit. */
  readonly shownTexts: number;
  /** Invented claims in the final messages, and in any version ever shown (first message or edit). */
  readonly inventedFinal: number;
  readonly inventedEverShown: number;
  readonly fabricatedQuotesShown: number;
}

const QUESTION = "What did Lavrov say about the return of refugees?";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `questions` chats each ask once, one after another, while the model errors or hangs. */
export async function measureOfflineFirst(
  model: "errors" | "hangs",
  questions = 5,
): Promise<OfflineFirstResult> {
  const provider: ChatProvider = fakeProvider(
    model === "errors"
      ? new RecordingChatModel({ responses: ["x"], failures: Array(1_000).fill(httpError(500)) })
      : new HangingChatModel(),
  );
  // A short model budget for the hanging model, so the run ends soon; it does not change
  // when the offline answer shows (that is sent before the model is asked).
  const bot = await startModelBot(provider, model === "hangs" ? 3_000 : 20_000);
  try {
    const visibleMs: number[] = [];
    const asked: Array<{ chatId: number; messageId: number }> = [];
    for (let i = 0; i < questions; i++) {
      const chatId = 9100 + i;
      const { messageId, visibleMs: ms } = await bot.ask(chatId, QUESTION, 30_000);
      visibleMs.push(ms);
      asked.push({ chatId, messageId });
    }
    await sleep(model === "hangs" ? 5_500 : 1_500); // past the model's budget: an edit would be in
    const edited = asked.filter(
      (q) => (bot.api.repliesTo(q.chatId, q.messageId)[0]?.shown.length ?? 0) > 1,
    ).length;
    return { model, questions, visibleMs, edited };
  } finally {
    await bot.stop();
  }
}

/** The model mixes two verified claims with an invented one citing a fabricated quote. */
export async function measureMixedClaimsInBot(questions = 5): Promise<MixedClaimsBotResult> {
  const bot = await startModelBot(fakeProvider(mixedClaimsModel()));
  try {
    const asked: Array<{ chatId: number; messageId: number }> = [];
    for (let i = 0; i < questions; i++) {
      const chatId = 9200 + i;
      asked.push({ chatId, messageId: (await bot.ask(chatId, QUESTION, 30_000)).messageId });
    }
    const replaced = (q: { chatId: number; messageId: number }) =>
      (bot.api.repliesTo(q.chatId, q.messageId)[0]?.shown.length ?? 0) > 1;
    // Wait (bounded) for the model's edits; a reply the model never replaced still counts as shown.
    const deadline = Date.now() + 20_000;
    while (!asked.every(replaced) && Date.now() < deadline) await sleep(50);
    const everShown = bot.api.everShown().map(htmlToPlainText);
    const finals = bot.api.messages.map((m) => htmlToPlainText(m.text));
    return {
      questions,
      replacedByModel: asked.filter(replaced).length,
      shownTexts: everShown.length,
      inventedFinal: finals.filter((t) => INVENTED.test(t)).length,
      inventedEverShown: everShown.filter((t) => INVENTED.test(t)).length,
      fabricatedQuotesShown: everShown.filter((t) => t.includes(FABRICATED_QUOTE)).length,
    };
  } finally {
    await bot.stop();
  }
}
