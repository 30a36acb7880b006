/**
 * Restarting the bot while updates are pending. Telegram keeps an update until a later
 * `getUpdates` asks for a higher offset (the front in `bot-api.ts` does the same; the emulator
 * alone does not). Telegraf confirms a batch when it polls again, and once more when polling
 * stops; `runBot` then finishes the answers it accepted before it resolves. So a bot stopped in
 * the middle of a batch answers that batch itself, and the next process starts after it:
 * nothing is answered twice, nothing is lost, replies keep their order within each chat.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TelegramConfig } from "../../src/app/config.js";
import { runBot } from "../../src/bot/run-bot.js";
import { FakeAnswerer } from "../bot/fakes.js";
import { botMessages, captureLogger, startEmulator, TOKEN, userMessageId, waitFor } from "../bot/harness.js";
import { type BotApiFront, startBotApiFront } from "./bot-api.js";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

let emulator: Emulator;
let front: BotApiFront;
/** Its own token: the emulator keeps updates per token. */
const token = TOKEN.replace(/^7000000001/, "7000000003");

beforeAll(async () => {
  emulator = await startEmulator();
  front = await startBotApiFront(emulator.config.apiURL);
});

afterAll(async () => {
  await front?.close();
  await emulator?.stop();
});

const config = (): TelegramConfig => ({
  token,
  apiRoot: front.url,
  allowedChatIds: [],
  rateLimit: { max: 100, windowMs: 60_000 },
});

function startBot(answerer: FakeAnswerer) {
  const log = captureLogger();
  const stop = new AbortController();
  const running = runBot(
    { answerer, config: config(), logger: log.logger, signal: stop.signal },
    { handleSignals: false, shutdownGraceMs: 10_000 },
  );
  return { log, stop, running };
}

interface Asked {
  readonly chatId: number;
  readonly text: string;
  readonly id: number;
}

async function ask(chatId: number, text: string): Promise<Asked> {
  const client = emulator.getClient(token, { userId: chatId, chatId, type: "private", firstName: "U" });
  await client.sendMessage(client.makeMessage(text, { from: { language_code: "en" } } as never));
  return {
    chatId,
    text,
    id: await waitFor(() => userMessageId(emulator, chatId, text), `the id of ${text}`),
  };
}

const repliesTo = (q: Asked) =>
  botMessages(emulator, q.chatId).filter((m) => m.reply_parameters?.message_id === q.id);

describe("a restart while updates are pending", () => {
  it("the stopped bot answers the batch it took; the next one answers only what came after; none twice, none lost", async () => {
    // Waiting before the first bot starts: one batch of four.
    const batch = [
      await ask(4101, "What about Syria? (first)"),
      await ask(4101, "a held question about Libya"),
      await ask(4102, "What about the Gulf? (first)"),
      await ask(4102, "What about refugees? (first)"),
    ];
    const first = new FakeAnswerer();
    const held = first.hold("held");
    const a = startBot(first);
    await held.started;
    const batchUpdates = [...front.deliveries.keys()];
    expect(batchUpdates).toHaveLength(4);

    // Stop in the middle of the batch: one answer is held, the rest of the chat waits behind it.
    a.stop.abort();
    await waitFor(
      () => a.log.lines.some((l) => l.includes("Finishing answers in flight")),
      "the first bot to stop polling and drain",
    );
    // Arrive while no bot polls: they must wait for the next process.
    const later = [
      await ask(4101, "What about the Gulf? (later)"),
      await ask(4103, "What about Syria? (later)"),
    ];
    held.release();
    await a.running;
    for (const q of batch) expect(repliesTo(q), q.text).toHaveLength(1);
    for (const q of later) expect(repliesTo(q), q.text).toHaveLength(0);
    for (const id of batchUpdates) expect(front.confirmed.has(id), `update ${id} confirmed`).toBe(true);

    const second = new FakeAnswerer();
    const b = startBot(second);
    try {
      await waitFor(
        () => later.every((q) => repliesTo(q).length > 0),
        "the second bot to answer what came after",
        15_000,
      );
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      b.stop.abort();
      await b.running;
    }
    for (const q of [...batch, ...later]) expect(repliesTo(q), q.text).toHaveLength(1);
    expect(first.calls.map((c) => c.question).sort()).toEqual(batch.map((q) => q.text).sort());
    expect(second.calls.map((c) => c.question).sort()).toEqual(later.map((q) => q.text).sort());
    for (const [update, times] of front.deliveries) expect(times, `update ${update} delivered once`).toBe(1);
    // Per-chat order across the restart.
    const order = botMessages(emulator, 4101).map((m) => m.reply_parameters?.message_id);
    expect(order).toEqual([batch[0]?.id, batch[1]?.id, later[0]?.id]);
  });

  it("updates a bot fetched but never confirmed (it stopped before polling again) go to the next process", async () => {
    // A process that received a batch and died before polling again never confirmed it.
    // Played by a raw getUpdates call that takes the update and never comes back.
    const q = await ask(4201, "What about Libya? (unconfirmed)");
    const deliveredBefore = front.deliveries.get(q.id) ?? 0;
    expect(deliveredBefore).toBe(0);
    const res = await fetch(`${front.url}/bot${token}/getUpdates`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ offset: 0, timeout: 0 }),
    });
    const taken = ((await res.json()) as { result: Array<{ update_id: number }> }).result;
    expect(taken).toHaveLength(1);
    const updateId = taken[0]?.update_id ?? -1;
    expect(front.confirmed.has(updateId)).toBe(false);

    const next = new FakeAnswerer();
    const bot = startBot(next);
    try {
      await waitFor(() => repliesTo(q).length > 0, "the next bot to answer the unconfirmed update", 15_000);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      bot.stop.abort();
      await bot.running;
    }
    expect(repliesTo(q)).toHaveLength(1);
    expect(next.calls.map((c) => c.question)).toEqual([q.text]);
    expect(front.confirmed.has(updateId)).toBe(true);
  });
});
