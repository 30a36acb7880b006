/**
 * Webhook mode over HTTP: `runBot` with `config.webhook` registers the webhook (through the
 * fault proxy, with the secret) and serves updates on its own HTTP server; only POSTs to the
 * configured path carrying the right `X-Telegram-Bot-Api-Secret-Token` are accepted.
 * (The emulator does not send the secret header, so the test posts updates itself.)
 */
import { request } from "node:http";
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
  tempLedger,
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
        ledgerPath: tempLedger(),
      },
      logger: log.logger,
      signal: stop.signal,
      health: { index: async () => {} },
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
    expect(res.status).toBe(400);
  });

  it("reads the body as bytes: Arabic split inside a character across writes arrives intact", async () => {
    const question = "ماذا عن ليبيا؟";
    const bytes = Buffer.from(JSON.stringify(textUpdate(3101, question)));
    // Cut inside the first Arabic letter's two bytes.
    const cut = bytes.indexOf(Buffer.from("م")) + 1;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path: PATH, method: "POST", headers: { [SECRET_HEADER]: SECRET } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.write(bytes.subarray(0, cut));
      setTimeout(() => req.end(bytes.subarray(cut)), 30);
    });
    expect(status).toBe(200);
    await waitFor(() => fake.calls.some((c) => c.question === question), "the question, undamaged");
    expect(fake.calls.map((c) => c.question).join("")).not.toContain("\uFFFD");
  });

  it("refuses a chunked body over the limit (no Content-Length) with 413", async () => {
    const status = await new Promise<number>((resolve) => {
      const req = request(
        { host: "127.0.0.1", port, path: PATH, method: "POST", headers: { [SECRET_HEADER]: SECRET } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", () => resolve(-1));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 2_000_000) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
  });

  it("drops a redelivered update_id: answered once", async () => {
    const update = textUpdate(3102, "What about Syria? (redelivered)");
    const first = await post(PATH, JSON.stringify(update), { [SECRET_HEADER]: SECRET });
    const again = await post(PATH, JSON.stringify(update), { [SECRET_HEADER]: SECRET });
    expect([first.status, again.status]).toEqual([200, 200]);
    await waitFor(() => botMessages(emulator, 3102).length > 0, "the answer");
    await new Promise((r) => setTimeout(r, 300));
    expect(botMessages(emulator, 3102)).toHaveLength(1);
    expect(log.lines.some((l) => l.includes("Dropped a redelivered update"))).toBe(true);
  });

  it("/healthz reports the index, the Bot API and the store", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, checks: { index: "ok", botApi: "ok", store: "ok" } });
    proxy.inject("getMe", 1, 401, { ok: false, error_code: 401, description: "Unauthorized" });
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
