/**
 * The bot driven through `createBot` + `handleUpdate` (for updates the emulator cannot produce,
 * such as edited messages and photos) with its replies going over HTTP to the emulator, plus
 * the lifecycle of `runBot`: graceful stop, startup failures, and a real process getting SIGTERM.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Update } from "telegraf/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TelegramConfig } from "../../src/app/config.js";
import { type BotOptions, createBot } from "../../src/bot/create-bot.js";
import { chatOf } from "../../src/bot/ledger.js";
import { runBot } from "../../src/bot/run-bot.js";
import { embeddedStore } from "../../src/bot/store.js";
import { ConfigError, ProviderError } from "../../src/core/errors.js";
import { stripBidiControls } from "../../src/render/bidi.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";
import { FakeAnswerer } from "./fakes.js";
import {
  BOT_ID,
  botMessages,
  captureLogger,
  type FaultProxy,
  freePort,
  startEmulator,
  startMenuProxy,
  TOKEN,
  tempLedger,
  waitFor,
} from "./harness.js";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
let emulator: Emulator;
let proxy: FaultProxy;

beforeAll(async () => {
  emulator = await startEmulator();
  proxy = await startMenuProxy(emulator.config.apiURL);
});

afterAll(async () => {
  await proxy?.close();
  await emulator?.stop();
});

const config = (overrides: Partial<TelegramConfig> = {}): TelegramConfig => ({
  token: TOKEN,
  apiRoot: proxy.url,
  allowedChatIds: [],
  rateLimit: { max: 3, windowMs: 600_000 },
  ledgerPath: tempLedger(),
  ...overrides,
});

function bot(overrides: Partial<TelegramConfig> = {}, options: BotOptions = {}) {
  const fake = new FakeAnswerer();
  const log = captureLogger();
  const store = embeddedStore(tempLedger());
  const created = createBot(
    { answerer: fake, config: config(overrides), logger: log.logger },
    store,
    options,
  );
  /** Record an update and run it through the bot, as the ledger's worker does. */
  const handle = {
    telegraf: created.telegraf,
    async handleUpdate(u: Update) {
      await store.ledger.record([u]);
      const entry = await store.ledger.next(chatOf(u));
      if (entry === undefined) throw new Error("update not recorded");
      await created.handle(entry, new AbortController().signal);
      await store.ledger.finish(u.update_id, chatOf(u));
    },
    drain: async () => {},
  };
  handle.telegraf.botInfo = {
    id: BOT_ID,
    is_bot: true,
    first_name: "Test",
    username: "TestNameBot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  };
  return { fake, log, handle };
}

let nextUpdate = 1_000;
let nextMessage = 5_000;

interface MessageFields {
  readonly chatId: number;
  readonly userId?: number;
  readonly chatType?: "private" | "group" | "supergroup";
  readonly languageCode?: string;
  readonly edited?: boolean;
  readonly [field: string]: unknown;
}

/** A Telegram update as the Bot API would deliver it (only the fields the bot reads). */
function update(fields: MessageFields): { update: Update; messageId: number } {
  const { chatId, userId = chatId, chatType = "private", languageCode, edited = false, ...rest } = fields;
  const messageId = nextMessage++;
  const message = {
    message_id: messageId,
    date: Math.floor(Date.now() / 1000),
    chat:
      chatType === "private"
        ? { id: chatId, type: "private", first_name: "U" }
        : { id: chatId, type: chatType, title: "G" },
    from: {
      id: userId,
      is_bot: false,
      first_name: "U",
      ...(languageCode ? { language_code: languageCode } : {}),
    },
    ...(edited ? { edit_date: Math.floor(Date.now() / 1000) } : {}),
    ...rest,
  };
  const raw = { update_id: nextUpdate++, [edited ? "edited_message" : "message"]: message };
  return { update: raw as unknown as Update, messageId };
}

/** What the user reads in each reply: tags and the renderer's invisible direction marks removed. */
const texts = (chatId: number) =>
  botMessages(emulator, chatId).map((m) => stripBidiControls(htmlToPlainText(m.text)));

describe("createBot driven with handleUpdate", () => {
  it("an edited question is answered again, replying to the edited message; an edited command is ignored", async () => {
    const { handle } = bot();
    const edited = update({ chatId: 2001, languageCode: "en", edited: true, text: "What about Libya?" });
    await handle.handleUpdate(edited.update);
    await handle.handleUpdate(update({ chatId: 2001, edited: true, text: "/help" }).update);
    await handle.drain();
    const replies = botMessages(emulator, 2001);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.reply_parameters?.message_id).toBe(edited.messageId);
    expect(texts(2001)[0]).toContain("Libya");
  });

  it("with ALLOWED_CHAT_IDS set, other chats get a polite refusal and never reach the answerer", async () => {
    const { handle, fake } = bot({ allowedChatIds: [2003, 2005] });
    await handle.handleUpdate(update({ chatId: 2003, text: "What about Syria?" }).update);
    await handle.handleUpdate(update({ chatId: 2004, languageCode: "ar", text: "ماذا عن سوريا؟" }).update);
    // A group is allowed when the user is on the list.
    await handle.handleUpdate(
      update({
        chatId: -2006,
        userId: 2005,
        chatType: "group",
        text: "/ask@TestNameBot What about the Gulf?",
      }).update,
    );
    await handle.drain();
    expect(texts(2003)[0]).toContain("2254");
    expect(texts(2004)).toEqual([expect.stringContaining("عذراً، هذا البوت خاص")]);
    expect(texts(2004)[0]).toContain("2004");
    expect(fake.callsFor("سوريا")).toHaveLength(0);
    expect(texts(-2006)[0]).toContain("Gulf");
  });

  it("a flood gets exactly RATE_LIMIT_MAX answers and one notice (counted after everything finished)", async () => {
    const { handle, fake } = bot();
    for (let i = 0; i < 12; i++) {
      await handle.handleUpdate(
        update({ chatId: 2007, languageCode: "ar", text: `سؤال ${i} عن سوريا` }).update,
      );
    }
    await handle.drain();
    const replies = texts(2007);
    expect(replies).toHaveLength(4);
    expect(replies.slice(0, 3).every((t) => t.includes("2254"))).toBe(true);
    expect(replies[3]).toContain("وصلتني رسائل كثيرة");
    expect(fake.calls).toHaveLength(3);
  });

  it("photos, voice and documents get the text-only reply; service messages and unaddressed group media get nothing", async () => {
    const { handle, fake } = bot();
    const photo = [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }];
    await handle.handleUpdate(
      update({ chatId: 2008, languageCode: "en", photo, caption: "what is this?" }).update,
    );
    await handle.handleUpdate(
      update({ chatId: 2008, voice: { file_id: "v", file_unique_id: "v", duration: 1 } }).update,
    );
    await handle.handleUpdate(
      update({ chatId: 2008, document: { file_id: "d", file_unique_id: "d", file_name: "talks.pdf" } })
        .update,
    );
    await handle.handleUpdate(
      update({
        chatId: -2009,
        chatType: "group",
        new_chat_members: [{ id: BOT_ID, is_bot: true, first_name: "B" }],
      }).update,
    );
    await handle.handleUpdate(update({ chatId: -2009, chatType: "group", photo }).update);
    await handle.handleUpdate(
      update({
        chatId: -2009,
        chatType: "group",
        photo,
        caption: "@TestNameBot what is this?",
        caption_entities: [{ type: "mention", offset: 0, length: 12 }],
      }).update,
    );
    await handle.drain();
    expect(texts(2008)).toEqual(
      Array(3).fill("I can only answer text questions. Please type your question, in English or Arabic."),
    );
    expect(texts(-2009)).toHaveLength(1);
    expect(fake.calls).toHaveLength(0);
  });

  it("in a forum topic, every part of a long answer stays in the topic", async () => {
    const { handle } = bot();
    const topic = update({
      chatId: -2012,
      chatType: "supergroup",
      languageCode: "en",
      is_topic_message: true,
      message_thread_id: 77,
      text: "/ask@TestNameBot Tell me everything",
    });
    await handle.handleUpdate(topic.update);
    await handle.drain();
    const parts = proxy.callsOf("sendMessage").filter((c) => c.body.chat_id === -2012);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((c) => c.body.message_thread_id === 77)).toBe(true);
  });

  it("an answer that takes too long is abandoned with an apology, and the answerer is told to stop", async () => {
    const { handle, fake, log } = bot({ deadlines: { answerMs: 50 } });
    const stuck = fake.hold("stuck");
    await handle.handleUpdate(update({ chatId: 2010, languageCode: "en", text: "a stuck question" }).update);
    await handle.drain();
    expect(texts(2010)).toEqual([
      "Sorry, preparing the answer took too long. Please try again or ask a shorter question.",
    ]);
    expect(fake.calls[0]?.options?.signal?.aborted).toBe(true);
    expect(log.lines.some((l) => l.includes("Answer timed out"))).toBe(true);
    stuck.release();
  });

  it("a rendering the API refuses still reaches the user as plain text", async () => {
    const { handle, log } = bot();
    proxy.inject("sendMessage", 1, 400, {
      ok: false,
      error_code: 400,
      description: "Bad Request: can't parse entities: Unsupported start tag",
    });
    await handle.handleUpdate(
      update({ chatId: 2011, languageCode: "en", text: "What about the Gulf?" }).update,
    );
    await handle.drain();
    const [reply] = botMessages(emulator, 2011);
    expect(reply?.parse_mode).toBeUndefined();
    expect(reply?.text).toContain("Gulf");
    expect(reply?.text).not.toContain("<blockquote>");
    expect(log.lines.some((l) => l.includes("Telegram refused the HTML"))).toBe(true);
  });
});

describe("runBot lifecycle", () => {
  it("stops on abort: no new updates, the answer in flight is finished and sent, then it resolves", async () => {
    const fake = new FakeAnswerer();
    const log = captureLogger();
    const stop = new AbortController();
    const slow = fake.hold("slow");
    let resolved = false;
    const running = runBot(
      { answerer: fake, config: config(), logger: log.logger, signal: stop.signal },
      { handleSignals: false },
    ).then(() => {
      resolved = true;
    });
    await waitFor(() => log.lines.some((l) => l.includes("Bot started")), "start");
    const client = emulator.getClient(TOKEN, { chatId: 2101, userId: 2101 });
    await client.sendMessage(client.makeMessage("a slow question about Syria"));
    await slow.started;
    stop.abort();
    await waitFor(() => log.lines.some((l) => l.includes("Finishing the chats being answered")), "draining");
    expect(resolved).toBe(false);
    slow.release();
    await running;
    expect(texts(2101)[0]).toContain("2254");
    // Polling has stopped: a message sent now stays unread.
    const polls = proxy.callsOf("getUpdates").length;
    await client.sendMessage(client.makeMessage("anyone there?"));
    await new Promise((r) => setTimeout(r, 150));
    expect(proxy.callsOf("getUpdates").length).toBe(polls);
    expect(
      emulator.storage.userMessages.find((u) => "message" in u && u.message.text === "anyone there?")?.isRead,
    ).toBe(false);
    for (const line of log.lines) expect(line).not.toContain(TOKEN);
  });

  it("a token Telegram rejects (401) gives a clear ConfigError without the token", async () => {
    proxy.inject("getMe", 1, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const log = captureLogger();
    const error = (await runBot({ answerer: new FakeAnswerer(), config: config(), logger: log.logger }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("Telegram rejected TELEGRAM_BOT_TOKEN (401: Unauthorized)");
    expect(`${error.message}${error.stack}`).not.toContain(TOKEN);
  });

  it("an unreachable Bot API gives a ProviderError whose message, stack and cause hide the token", async () => {
    const port = await freePort();
    const error = (await runBot({
      answerer: new FakeAnswerer(),
      config: config({ apiRoot: `http://127.0.0.1:${port}` }),
      logger: captureLogger().logger,
    }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.message).toContain(`cannot reach the Bot API at http://127.0.0.1:${port}`);
    const cause = error.cause as Error;
    expect(`${error.message}${error.stack}${cause.message}${cause.stack}`).not.toContain(TOKEN);
  });

  it("a polling conflict (409) stops the bot with an explanation", async () => {
    proxy.inject("getUpdates", 1, 409, {
      ok: false,
      error_code: 409,
      description: "Conflict: terminated by other getUpdates request",
    });
    const error = (await runBot(
      { answerer: new FakeAnswerer(), config: config(), logger: captureLogger().logger },
      { handleSignals: false },
    ).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("another instance of this bot is polling");
  });

  it("a real process exits 0 on SIGTERM after sending the answer it was working on", async () => {
    const fixture = fileURLToPath(new URL("./fixtures/bot-process.ts", import.meta.url));
    // Its own token: the emulator keeps updates per token, so earlier tests' leftovers stay out of its way.
    const token = TOKEN.replace(/^7000000001/, "7000000002");
    const child = spawn(process.execPath, ["--import", "tsx", fixture, token, proxy.url], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      await waitFor(
        () => stderr.includes("Bot started"),
        "the child bot to start",
        30_000,
        () => stderr,
      );
      const client = emulator.getClient(token, { chatId: 2201, userId: 2201 });
      await client.sendMessage(client.makeMessage("a slow question about Libya"));
      await waitFor(
        () => stderr.includes("ASK-STARTED"),
        "the answer to start",
        10_000,
        () => stderr,
      );
      child.kill("SIGTERM");
      const code = await Promise.race([
        exited,
        new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 15_000).unref()),
      ]);
      expect(code, stderr).toBe(0);
      expect(stderr.indexOf("Stopping the bot")).toBeGreaterThan(0);
      const answered = stderr.indexOf('Answered {"chatId":2201');
      expect(answered).toBeGreaterThan(stderr.indexOf("Stopping the bot"));
      expect(stderr.indexOf("RUNBOT-RESOLVED")).toBeGreaterThan(answered);
      expect(texts(2201)[0]).toContain("Libya");
      expect(stderr).not.toContain(token);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
