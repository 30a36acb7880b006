/**
 * The real bot (`runBot`, long polling) against the Bot API emulator through a front that
 * fails on script: 429 with `retry_after`, 500, and dropped connections, on `sendMessage`
 * (per chat, so concurrent chats get deterministic scripts) and on `getUpdates`; then the
 * API recovers. Every question must get exactly one reply, to the right message, in the
 * order asked within its chat. Waits are recorded (and shortened) through the bot's `sleep`
 * option, so the test checks that `retry_after` is honoured without waiting for it; telegraf's
 * own polling back-off cannot be shortened, so the `getUpdates` test takes about 11 s.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TelegramConfig } from "../../src/app/config.js";
import { runBot } from "../../src/bot/run-bot.js";
import { type Sleep, sleep } from "../../src/bot/sender.js";
import { strings } from "../../src/render/i18n.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";
import { FakeAnswerer } from "../bot/fakes.js";
import { botMessages, captureLogger, startEmulator, TOKEN, userMessageId, waitFor } from "../bot/harness.js";
import {
  type BotApiFront,
  dropConnection,
  internalError,
  startBotApiFront,
  tooManyRequests,
} from "./bot-api.js";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

let emulator: Emulator;
let front: BotApiFront;
let running: Promise<void>;
const stop = new AbortController();
const log = captureLogger();
const fake = new FakeAnswerer();
/** Every wait the bot asked for (ms), in order; the real wait is 1/50 of it. */
const waits: number[] = [];
const recordingSleep: Sleep = (ms, signal) => {
  waits.push(ms);
  return sleep(Math.min(ms / 50, 200), signal);
};

beforeAll(async () => {
  emulator = await startEmulator();
  front = await startBotApiFront(emulator.config.apiURL);
  const config: TelegramConfig = {
    token: TOKEN,
    apiRoot: front.url,
    allowedChatIds: [],
    rateLimit: { max: 100, windowMs: 60_000 },
  };
  running = runBot(
    { answerer: fake, config, logger: log.logger, signal: stop.signal },
    { handleSignals: false, shutdownGraceMs: 5_000, sleep: recordingSleep },
  );
  await waitFor(() => log.lines.some((l) => l.includes("Bot started")), "the bot to start");
});

afterAll(async () => {
  stop.abort();
  await running;
  await front?.close();
  await emulator?.stop();
});

/** Post questions in a private chat, in order; returns their message ids. */
async function ask(chatId: number, questions: readonly string[]): Promise<number[]> {
  const client = emulator.getClient(TOKEN, { userId: chatId, chatId, type: "private", firstName: "U" });
  const ids: number[] = [];
  for (const q of questions) {
    await client.sendMessage(client.makeMessage(q, { from: { language_code: "en" } } as never));
    ids.push(await waitFor(() => userMessageId(emulator, chatId, q), `the id of "${q}"`));
  }
  return ids;
}

/** The ids of the questions the bot's messages in a chat reply to, in the order the emulator got them. */
const repliedTo = (chatId: number) =>
  botMessages(emulator, chatId).map((m) => m.reply_parameters?.message_id ?? -1);

function waitForReplies(chatId: number, count: number, timeoutMs = 20_000) {
  return waitFor(
    () => botMessages(emulator, chatId).length >= count,
    `${count} replies in chat ${chatId}`,
    timeoutMs,
    () => `${JSON.stringify(botMessages(emulator, chatId), null, 1)}\n${log.lines.join("\n")}`,
  );
}

/** Exactly one reply per question, to it, in the order asked; and nothing more after a pause. */
async function expectOneReplyEach(chatId: number, questionIds: readonly number[]): Promise<void> {
  await waitForReplies(chatId, questionIds.length);
  await new Promise((r) => setTimeout(r, 150));
  expect(repliedTo(chatId)).toEqual(questionIds);
}

describe("the Bot API fails for a while, then recovers", () => {
  it("429 (retry_after honoured), 500 and dropped connections on sendMessage: one answer per question, in order", async () => {
    const before = waits.length;
    front.fail(
      { method: "sendMessage", chatId: 3101, action: tooManyRequests(2) },
      { method: "sendMessage", chatId: 3101, action: tooManyRequests(1) },
      { method: "sendMessage", chatId: 3101, action: tooManyRequests(3) },
      { method: "sendMessage", chatId: 3102, action: internalError },
      { method: "sendMessage", chatId: 3102, action: internalError },
      { method: "sendMessage", chatId: 3103, action: dropConnection },
      { method: "sendMessage", chatId: 3103, action: dropConnection },
    );
    const asked = await Promise.all(
      [3101, 3102, 3103, 3104].map(async (chatId) => ({
        chatId,
        ids: await ask(chatId, [
          `What about Syria? (${chatId}-1)`,
          `What about the Gulf? (${chatId}-2)`,
          `What about Libya? (${chatId}-3)`,
        ]),
      })),
    );
    for (const { chatId, ids } of asked) await expectOneReplyEach(chatId, ids);
    for (const { chatId } of asked) {
      const texts = botMessages(emulator, chatId).map((m) => htmlToPlainText(m.text));
      // The answers themselves, in order (not apologies).
      expect(texts[0]).toContain("2254");
      expect(texts[1]).toContain("Gulf");
      expect(texts[2]).toContain("Libya");
    }
    expect(front.pendingFaults).toBe(0);
    // 429: the retry_after of each reply; 500 and drops: the sender's 1 s, 2 s back-off.
    expect(waits.slice(before).sort((a, b) => a - b)).toEqual([1000, 1000, 1000, 2000, 2000, 2000, 3000]);
    const dropped = front.callsOf("sendMessage").filter((c) => c.outcome === "dropped");
    expect(dropped.map((c) => c.body.chat_id)).toEqual([3103, 3103]);
    expect(log.lines.filter((l) => l.includes("Telegram flood control (429)"))).toHaveLength(3);
    expect(log.lines.filter((l) => l.includes("Telegram call failed; retrying"))).toHaveLength(4);
  });

  it("429, 500 and a dropped connection on getUpdates delay the updates but lose or repeat none", async () => {
    front.fail(
      { method: "getUpdates", action: tooManyRequests(1) },
      { method: "getUpdates", action: internalError },
      { method: "getUpdates", action: dropConnection },
    );
    // The bot's next three polls fail (it backs off 1 s, then telegraf's fixed 5 s twice).
    await waitFor(() => front.pendingFaults === 0, "the three getUpdates faults to be used", 20_000);
    const a = await ask(3201, ["What about refugees? (a1)", "What about Syria? (a2)"]);
    const b = await ask(3202, ["What about the Gulf? (b1)", "What about Libya? (b2)"]);
    await expectOneReplyEach(3201, a);
    await expectOneReplyEach(3202, b);
    const updates = [...front.deliveries.entries()].filter(([, n]) => n !== 1);
    expect(updates, "every update handed out exactly once").toEqual([]);
  }, 45_000);

  it("an outage longer than the retry budget (3 attempts) costs that answer but still gives one reply: the apology", async () => {
    front.fail(
      { method: "sendMessage", chatId: 3301, action: internalError },
      { method: "sendMessage", chatId: 3301, action: internalError },
      { method: "sendMessage", chatId: 3301, action: dropConnection },
    );
    const ids = await ask(3301, ["What about Syria? (c1)", "What about the Gulf? (c2)"]);
    await expectOneReplyEach(3301, ids);
    const texts = botMessages(emulator, 3301).map((m) => htmlToPlainText(m.text));
    expect(texts[0]).toContain(strings("en").apology);
    expect(texts[1]).toContain("Gulf");
    expect(log.lines.some((l) => l.startsWith("ERROR Failed to handle an update"))).toBe(true);
  });
});
