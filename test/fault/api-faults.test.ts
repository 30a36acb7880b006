/**
 * The real bot (`runBot`, long polling) against our fake Bot API (`bot-api.ts`) failing on
 * script. What users see is asserted: one reply per question, to it, in order within its chat;
 * a chat whose calls hang or wait out a long `retry_after` never delays the others; odd replies
 * to `getUpdates` (400, 500, dropped, hung) never stop the bot, 401 does with a clear message;
 * a reply whose answer was lost on the way back is not sent twice. Waits the bot asks for are
 * recorded and shortened through its `sleep` option.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBot } from "../../src/bot/run-bot.js";
import { ConfigError } from "../../src/core/errors.js";
import { type Sleep, sleep } from "../../src/core/sleep.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";
import { FakeAnswerer } from "../bot/fakes.js";
import { captureLogger, TOKEN, tempLedger, waitFor } from "../bot/harness.js";
import { FakeBotApi, status, tooManyRequests } from "./bot-api.js";
import { hangingChats } from "./slow-chats.js";

let api: FakeBotApi;
let running: Promise<void>;
const stop = new AbortController();
const log = captureLogger();
const fake = new FakeAnswerer();
/** Every wait the bot asked for (ms); the real wait is 1/20 of it, except long ones (see below). */
const waits: number[] = [];
const recordingSleep: Sleep = (ms, signal) => {
  waits.push(ms);
  return sleep(ms >= 20_000 ? 3_000 : Math.min(ms / 20, 200), signal);
};

beforeAll(async () => {
  api = await FakeBotApi.start();
  running = runBot(
    {
      answerer: fake,
      config: {
        token: TOKEN,
        apiRoot: api.url,
        allowedChatIds: [],
        rateLimit: { max: 100, windowMs: 60_000 },
        ledgerPath: tempLedger(),
        // A hung call is abandoned after 1.5 s here (10 s by default).
        deadlines: { telegramCallMs: 1_500 },
      },
      logger: log.logger,
      signal: stop.signal,
    },
    { handleSignals: false, shutdownGraceMs: 2_000, sleep: recordingSleep, pollTimeoutSeconds: 1 },
  );
  await waitFor(() => log.lines.some((l) => l.includes("Bot started")), "the bot to start");
});

afterAll(async () => {
  stop.abort();
  api.clearFaults();
  await running;
  await api.close();
});

function askAll(chatIds: readonly number[], text: (chatId: number) => string) {
  return chatIds.map((chatId) => ({ chatId, at: Date.now(), ...api.userSends(chatId, text(chatId)) }));
}

const answered = (q: { chatId: number; messageId: number }) =>
  api.repliesTo(q.chatId, q.messageId).length > 0;

describe("slow or refusing Telegram calls in some chats", () => {
  it("4 chats whose sendMessage hangs: the 12 others are all answered within 5 s", async () => {
    const result = await hangingChats(api, () => log.lines, {
      stuck: [3101, 3102, 3103, 3104],
      others: Array.from({ length: 12 }, (_, i) => 3200 + i),
      othersWithinMs: 5_000,
      // The hung chats give up within their bound (3 attempts × 1.5 s here) and are not stuck forever.
      giveUpWithinMs: 20_000,
    });
    console.info("4 chats hanging: slowest of the 12 other chats answered in ms:", result.slowestMs);
    expect(result.slowestMs).toBeLessThan(5_000);
    expect(result.hungAnswered).toBe(0);
  }, 30_000);

  it("a retry_after of 20 s in 4 chats delays only those 4; every reply arrives once", async () => {
    const flooded = [3301, 3302, 3303, 3304];
    for (const chatId of flooded) api.fail({ method: "sendMessage", chatId, action: tooManyRequests(20) });
    const slow = askAll(flooded, () => "What about Libya? (flooded)");
    await new Promise((r) => setTimeout(r, 100));
    const others = askAll(
      Array.from({ length: 12 }, (_, i) => 3400 + i),
      () => "What about refugees? (others)",
    );
    await waitFor(() => others.every(answered), "the 12 other chats", 2_500);
    expect(slow.some(answered)).toBe(false); // still waiting out retry_after
    await waitFor(() => slow.every(answered), "the flooded chats after their wait", 10_000);
    expect(waits.filter((w) => w === 20_000)).toHaveLength(4);
    for (const q of [...slow, ...others]) expect(api.repliesTo(q.chatId, q.messageId)).toHaveLength(1);
  }, 30_000);

  it("a reply whose answer is lost on the way back is found by a probe and not sent twice", async () => {
    api.fail({ method: "sendMessage", chatId: 3501, action: { kind: "lose-reply" } });
    const [q] = askAll([3501], () => "What about Syria? (lost reply)");
    if (q === undefined) throw new Error("no question");
    await waitFor(() => answered(q), "the reply");
    await new Promise((r) => setTimeout(r, 300));
    expect(api.repliesTo(q.chatId, q.messageId)).toHaveLength(1);
    expect(log.lines.some((l) => l.includes("was found; not sending it again"))).toBe(true);
    const next = api.userSends(3501, "What about the Gulf? (after)");
    await waitFor(() => api.repliesTo(3501, next.messageId).length > 0, "the next reply");
    expect(htmlToPlainText(api.repliesTo(3501, next.messageId)[0]?.text ?? "")).toContain("Gulf");
  });
});

describe("odd replies to getUpdates", () => {
  it("400, 500, a dropped connection and a 429 do not stop the bot; nothing is lost or repeated", async () => {
    api.fail(
      { method: "getUpdates", action: status(400, "Bad Request: something odd") },
      { method: "getUpdates", action: status(502, "Bad Gateway") },
      { method: "getUpdates", action: { kind: "drop" } },
      { method: "getUpdates", action: tooManyRequests(2) },
    );
    const asked = askAll([3601, 3602, 3603], (c) => `What about Syria? (${c})`);
    await waitFor(() => api.pendingFaults === 0, "the four faulty polls", 15_000);
    const later = askAll([3604], () => "What about Libya? (after the faults)");
    await waitFor(() => [...asked, ...later].every(answered), "every reply after the faults", 15_000);
    await new Promise((r) => setTimeout(r, 200));
    for (const q of [...asked, ...later]) expect(api.repliesTo(q.chatId, q.messageId)).toHaveLength(1);
    expect(
      log.lines.filter((l) => l.includes("getUpdates failed; trying again")).length,
    ).toBeGreaterThanOrEqual(4);
    expect(waits).toContain(2_000); // the 429's retry_after
  }, 30_000);
});

describe("a revoked token while polling", () => {
  it("exits with a clear ConfigError on 401", async () => {
    const own = await FakeBotApi.start();
    try {
      own.fail({ method: "getUpdates", action: status(401, "Unauthorized") });
      const error = (await runBot(
        {
          answerer: new FakeAnswerer(),
          config: {
            token: TOKEN,
            apiRoot: own.url,
            allowedChatIds: [],
            rateLimit: { max: 5, windowMs: 60_000 },
            ledgerPath: tempLedger(),
          },
          logger: captureLogger().logger,
        },
        { handleSignals: false },
      ).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain("Telegram rejected TELEGRAM_BOT_TOKEN (401) while polling");
      expect(`${error.message}${error.stack}`).not.toContain(TOKEN);
    } finally {
      await own.close();
    }
  });
});
