/**
 * Webhook mode over HTTP: `runBot` with `config.webhook` registers the webhook (through the
 * fault proxy, with the secret) and serves updates on its own HTTP server; only POSTs to the
 * configured path carrying the right `X-Telegram-Bot-Api-Secret-Token` are accepted.
 * (The emulator does not send the secret header, so the test posts updates itself.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBot, webhookUrl } from "../../src/bot/run-bot.js";
import { SECRET_HEADER } from "../../src/bot/webhook.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";
import { FakeAnswerer } from "./fakes.js";
import {
  botMessages,
  captureLogger,
  type FaultProxy,
  freePort,
  startEmulator,
  startFaultProxy,
  TOKEN,
  waitFor,
} from "./harness.js";

const SECRET = "s3cret_Value-1";
const PATH = "/telegram/hook";
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let proxy: FaultProxy;
let port: number;
let running: Promise<void>;
const stop = new AbortController();
const fake = new FakeAnswerer();
const log = captureLogger();

beforeAll(async () => {
  emulator = await startEmulator();
  proxy = await startFaultProxy(emulator.config.apiURL);
  port = await freePort();
  running = runBot(
    {
      answerer: fake,
      config: {
        token: TOKEN,
        apiRoot: proxy.url,
        allowedChatIds: [],
        rateLimit: { max: 5, windowMs: 60_000 },
        webhook: { url: "https://bot.example.test", path: PATH, port, host: "127.0.0.1", secret: SECRET },
      },
      logger: log.logger,
      signal: stop.signal,
    },
    { handleSignals: false },
  );
  await waitFor(() => log.lines.some((l) => l.includes("Bot started (webhook)")), "the webhook bot to start");
});

afterAll(async () => {
  stop.abort();
  await running;
  await proxy?.close();
  await emulator?.stop();
});

let updateId = 1;
function textUpdate(chatId: number, text: string) {
  return {
    update_id: updateId++,
    message: {
      message_id: 100 + updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "U" },
      from: { id: chatId, is_bot: false, first_name: "U", language_code: "en" },
      text,
    },
  };
}

function post(path: string, body: string, headers: Record<string, string> = {}, method = "POST") {
  return fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: method === "GET" ? undefined : body,
  });
}

describe("webhook mode", () => {
  it("registers the webhook with the public URL, the secret and the update types", () => {
    const [call] = proxy.callsOf("setWebhook");
    expect(call?.body.url).toBe("https://bot.example.test/telegram/hook");
    expect(call?.body.secret_token).toBe(SECRET);
    expect(call?.body.allowed_updates).toEqual(["message", "edited_message", "callback_query"]);
    expect(proxy.callsOf("getUpdates")).toHaveLength(0);
  });

  it("answers an update that carries the right secret", async () => {
    const res = await post(PATH, JSON.stringify(textUpdate(3001, "What about Syria?")), {
      [SECRET_HEADER]: SECRET,
    });
    expect(res.status).toBe(200);
    const [reply] = await waitFor(() => {
      const m = botMessages(emulator, 3001);
      return m.length > 0 && m;
    }, "the webhook reply");
    expect(htmlToPlainText(reply?.text ?? "")).toContain("2254");
  });

  it.each([
    ["a wrong secret", PATH, { [SECRET_HEADER]: "wrong" }, "POST"],
    ["no secret", PATH, {}, "POST"],
    ["another path", "/other", { [SECRET_HEADER]: SECRET }, "POST"],
    ["a query string", `${PATH}?x=1`, { [SECRET_HEADER]: SECRET }, "POST"],
    ["GET", PATH, { [SECRET_HEADER]: SECRET }, "GET"],
  ])("rejects %s with 401 and never reaches the answerer", async (_what, path, headers, method) => {
    const before = fake.calls.length;
    const res = await post(path, JSON.stringify(textUpdate(3002, "What about Libya?")), headers, method);
    expect(res.status).toBe(401);
    expect(fake.calls.length).toBe(before);
  });

  it("rejects a body that is not JSON", async () => {
    const res = await post(PATH, "{not json", { [SECRET_HEADER]: SECRET });
    expect(res.status).toBe(415);
  });

  it("puts WEBHOOK_PATH on a WEBHOOK_URL that has no path, and keeps an explicit path", () => {
    expect(webhookUrl("https://bot.example.test", "/telegram")).toBe("https://bot.example.test/telegram");
    expect(webhookUrl("https://bot.example.test/custom/hook", "/telegram")).toBe(
      "https://bot.example.test/custom/hook",
    );
  });

  it("closes the server on stop", async () => {
    stop.abort();
    await running;
    await expect(post(PATH, "{}", { [SECRET_HEADER]: SECRET })).rejects.toThrow();
    for (const line of log.lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain(SECRET);
    }
  });
});
