/**
 * End-to-end test harness: the `telegram-test-api` Bot API emulator on 127.0.0.1, a small
 * fault proxy between the bot and the emulator (records every Bot API call, injects failures
 * such as 429, and slows down empty `getUpdates` replies because the emulator ignores the
 * long-polling `timeout`), and helpers that wait — with a bound — for what a user would see.
 */
import { mkdtempSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { BotDeadlines } from "../../src/bot/config.js";
import { runBot } from "../../src/bot/run-bot.js";
import type { Answer, AskOptions, QuestionAnswerer } from "../../src/core/types.js";
import type { CapturedLogger } from "../helpers/logger.js";

/** Shaped like a real token (so config validation passes) but fake. */
export const TOKEN = `7000000001:AAF${"qZ3x".repeat(9)}`;
/** The emulator's bot (`getMe`). */
export const BOT_USERNAME = "TestNameBot";
export const BOT_ID = 666;

/** A fresh update ledger file, so tests never share (or leave) one in the working folder. */
export function tempLedger(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "bot-test-")), "ledger.jsonl");
}

export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startEmulator(): Promise<TelegramServer> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  return server;
}

export interface RecordedCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
  /** HTTP status the proxy answered with. */
  status: number;
}

export interface Fault {
  readonly method: string;
  remaining: number;
  readonly status: number;
  readonly body: unknown;
}

export interface FaultProxy {
  readonly url: string;
  readonly calls: RecordedCall[];
  /** Answer the next `count` calls of `method` with `status`/`body` instead of forwarding. */
  inject(method: string, count: number, status: number, body: unknown): void;
  callsOf(method: string): RecordedCall[];
  close(): Promise<void>;
}

/** The whole body of a request, as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      data += chunk;
    });
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const calls: RecordedCall[] = [];
  const faults: Fault[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const method = (req.url ?? "").split("?")[0]?.split("/").pop() ?? "";
      let body: Record<string, unknown> = {};
      try {
        body = raw.length > 0 ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        body = { raw };
      }
      const call: RecordedCall = { method, body, status: 0 };
      calls.push(call);
      const fault = faults.find((f) => f.method === method && f.remaining > 0);
      if (fault !== undefined) {
        fault.remaining--;
        call.status = fault.status;
        res.writeHead(fault.status, { "content-type": "application/json" }).end(JSON.stringify(fault.body));
        return;
      }
      try {
        const upstream = await fetch(`${target}${req.url ?? ""}`, {
          method: req.method,
          headers: { "content-type": String(req.headers["content-type"] ?? "application/json") },
          body: req.method === "GET" || req.method === "HEAD" ? undefined : raw,
        });
        const text = await upstream.text();
        call.status = upstream.status;
        // The emulator answers getUpdates at once; a short pause keeps the polling loop from spinning.
        if (method === "getUpdates" && text.includes('"result":[]'))
          await new Promise((r) => setTimeout(r, 20));
        if (!res.destroyed) {
          res
            .writeHead(upstream.status, {
              "content-type": upstream.headers.get("content-type") ?? "application/json",
            })
            .end(text);
        }
      } catch (error) {
        call.status = 502;
        if (!res.destroyed) res.writeHead(502).end(JSON.stringify({ ok: false, description: String(error) }));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    inject(method, count, status, body) {
      faults.push({ method, remaining: count, status, body });
    },
    callsOf(method) {
      return calls.filter((c) => c.method === method);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A fault proxy that answers setMyCommands as Telegram does (`true`). The emulator answers it
 * 500, which costs every bot start 6 s of retries before polling begins; suites about something
 * else put this in front of it (e2e-polling keeps the emulator's 500, to check that path).
 */
export async function startMenuProxy(target: string): Promise<FaultProxy> {
  const proxy = await startFaultProxy(target);
  proxy.inject("setMyCommands", Number.POSITIVE_INFINITY, 200, { ok: true, result: true });
  return proxy;
}

/** Poll `check` until it returns a value other than undefined/false; fail after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  what: string,
  timeoutMs = 10_000,
  describe?: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${describe ? `\n${describe()}` : ""}`,
      );
    }
    await new Promise((r) => setTimeout(r, 15));
  }
}

/** A message the bot sent, as the emulator stored it (the raw `sendMessage` parameters). */
export interface BotMessage {
  readonly message_id: number;
  readonly chat_id: number;
  readonly text: string;
  readonly parse_mode?: string;
  readonly reply_parameters?: { message_id: number; allow_sending_without_reply?: boolean };
  readonly reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
}

export function botMessages(server: TelegramServer, chatId: number): BotMessage[] {
  return server.storage.botMessages
    .filter((m) => Number(m.message.chat_id) === chatId)
    .map((m) => ({ ...(m.message as unknown as Omit<BotMessage, "message_id">), message_id: m.messageId }));
}

/** The emulator's id for the user message with this text in this chat. */
export function userMessageId(server: TelegramServer, chatId: number, text: string): number | undefined {
  const found = server.storage.userMessages.find(
    (u) =>
      "message" in u &&
      (u.message as { chat?: { id?: number }; text?: string }).chat?.id === chatId &&
      (u.message as { text?: string }).text === text,
  );
  return found?.messageId;
}

/** Post a raw user message (any fields, e.g. a sticker without text) through the emulator's client API. */
export async function sendRawUserMessage(
  server: TelegramServer,
  message: Record<string, unknown>,
): Promise<void> {
  const res = await fetch(`${server.config.apiURL}/sendMessage`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ botToken: TOKEN, date: Math.floor(Date.now() / 1000), ...message }),
  });
  if (!res.ok) throw new Error(`emulator refused the message: ${res.status}`);
}

/** The tests' one capturing logger (test/helpers/logger.ts), re-exported for the bot's suites. */
export { type CapturedLogger, captureLogger } from "../helpers/logger.js";

export interface RunningBot {
  /** Stop taking updates, finish answers in flight, and wait for the bot to return. */
  stop(): Promise<void>;
}

/**
 * Run the real bot (long polling, no signal handlers) against `apiRoot` and wait until it
 * has started. The per-user rate limit is `rateMax` questions per `windowMs`.
 */
export async function startPollingBot(options: {
  readonly answerer: QuestionAnswerer;
  /** A model answerer whose verified answer may replace the offline one by an edit. */
  readonly refiner?: QuestionAnswerer;
  readonly apiRoot: string;
  readonly log: CapturedLogger;
  readonly rateMax: number;
  readonly windowMs: number;
  readonly deadlines?: Partial<BotDeadlines>;
  readonly pollTimeoutSeconds?: number;
}): Promise<RunningBot> {
  const abort = new AbortController();
  const running = runBot(
    {
      answerer: options.answerer,
      refiner: options.refiner,
      config: {
        token: TOKEN,
        apiRoot: options.apiRoot,
        allowedChatIds: [],
        rateLimit: { max: options.rateMax, windowMs: options.windowMs },
        ledgerPath: tempLedger(),
        deadlines: options.deadlines,
      },
      logger: options.log.logger,
      signal: abort.signal,
    },
    // Typing at once (no delay), so the suites see the chat action of every answer.
    {
      handleSignals: false,
      shutdownGraceMs: 5_000,
      pollTimeoutSeconds: options.pollTimeoutSeconds,
      typingDelayMs: 0,
    },
  );
  await waitFor(() => options.log.lines.some((l) => l.includes("Bot started")), "the bot to start");
  return {
    async stop() {
      abort.abort();
      await running;
    },
  };
}

/** An answerer that remembers each question's answer, to compare what the bot sent with it. */
export function recordingAnswerer(inner: QuestionAnswerer, answers: Map<string, Answer>): QuestionAnswerer {
  return {
    listSources: () => inner.listSources(),
    async ask(question: string, options?: AskOptions): Promise<Answer> {
      const answer = await inner.ask(question, options);
      answers.set(question, answer);
      return answer;
    },
  };
}
