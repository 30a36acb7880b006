import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/bot/redact.js";
import { errorShape, Sender, type SenderApi } from "../../src/bot/sender.js";
import { captureLogger, TOKEN } from "./harness.js";

interface SentCall {
  chatId: number;
  text: string;
  extra: Record<string, unknown> | undefined;
}

/** A scripted Bot API: each sendMessage consumes the next outcome (an error to throw, or success). */
function fakeApi(outcomes: Array<Error | "ok">, chatActionFails = false) {
  const sent: SentCall[] = [];
  let actions = 0;
  let id = 100;
  const api = {
    async sendMessage(chatId: number, text: string, extra?: Record<string, unknown>) {
      sent.push({ chatId, text, extra });
      const next = outcomes.shift() ?? "ok";
      if (next !== "ok") throw next;
      return { message_id: ++id };
    },
    async sendChatAction() {
      actions++;
      if (chatActionFails) throw new TelegramError({ error_code: 500, description: "Internal Server Error" });
      return true;
    },
    async answerCbQuery() {
      return true;
    },
    async editMessageText() {
      return true;
    },
  };
  return { api: api as unknown as SenderApi, sent, actions: () => actions };
}

const flood = (seconds: number) =>
  new TelegramError({
    error_code: 429,
    description: `Too Many Requests: retry after ${seconds}`,
    parameters: { retry_after: seconds },
  });

function setup(outcomes: Array<Error | "ok">, chatActionFails = false) {
  const { api, sent, actions } = fakeApi(outcomes, chatActionFails);
  const waits: number[] = [];
  const log = captureLogger();
  const sender = new Sender(api, {
    logger: log.logger,
    redact: createRedactor([TOKEN]),
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { sender, sent, waits, log, actions };
}

describe("Sender", () => {
  it("honours 429 retry_after and still delivers the message", async () => {
    const { sender, sent, waits, log } = setup([flood(3), flood(1), "ok"]);
    const id = await sender.send(7, "<b>hi</b>");
    expect(id).toBe(101);
    expect(waits).toEqual([3000, 1000]);
    expect(sent.map((s) => s.text)).toEqual(["<b>hi</b>", "<b>hi</b>", "<b>hi</b>"]);
    expect(log.lines.filter((l) => l.includes("429"))).toHaveLength(2);
  });

  it("gives up on an absurd retry_after (a ban) instead of hanging", async () => {
    const { sender, waits } = setup([flood(86_400)]);
    await expect(sender.send(7, "x")).rejects.toThrow(/429/);
    expect(waits).toEqual([]);
  });

  it("retries network errors and 5xx twice, then fails", async () => {
    const network = Object.assign(new Error(`request to http://x/bot${TOKEN}/sendMessage failed`), {
      name: "FetchError",
    });
    const server = new TelegramError({ error_code: 502, description: "Bad Gateway" });
    const ok = setup([network, server, "ok"]);
    await expect(ok.sender.send(1, "x")).resolves.toBe(101);
    expect(ok.waits).toEqual([1000, 2000]);
    expect(ok.log.lines.join("\n")).not.toContain(TOKEN);
    const failing = setup([server, server, server]);
    await expect(failing.sender.send(1, "x")).rejects.toThrow(/502/);
  });

  it("does not retry other client errors", async () => {
    const { sender, sent } = setup([
      new TelegramError({ error_code: 403, description: "Forbidden: bot was blocked by the user" }),
    ]);
    await expect(sender.send(1, "x")).rejects.toThrow(/403/);
    expect(sent).toHaveLength(1);
  });

  it("falls back to plain text when Telegram cannot parse the HTML", async () => {
    const parse = new TelegramError({
      error_code: 400,
      description: "Bad Request: can't parse entities: unexpected end tag",
    });
    const { sender, sent, log } = setup([parse, "ok"]);
    await sender.send(1, "<b>a &amp; b</i>", { replyTo: 5 });
    expect(sent[1]?.text).toBe("a & b");
    expect(sent[1]?.extra?.parse_mode).toBeUndefined();
    expect(sent[1]?.extra?.reply_parameters).toEqual({ message_id: 5, allow_sending_without_reply: true });
    expect(log.lines.some((l) => l.startsWith("ERROR"))).toBe(true);
  });

  it("sendAll replies with the first message and puts the keyboard on the last", async () => {
    const { sender, sent } = setup([]);
    const markup = { inline_keyboard: [[{ text: "📜 Sources", callback_data: "s:x:1" }]] };
    await sender.sendAll(9, ["one", "two", "three"], { replyTo: 42, markup });
    expect(sent.map((s) => s.extra?.reply_parameters)).toEqual([
      { message_id: 42, allow_sending_without_reply: true },
      undefined,
      undefined,
    ]);
    expect(sent.map((s) => s.extra?.reply_markup)).toEqual([undefined, undefined, markup]);
    expect(sent.every((s) => s.extra?.parse_mode === "HTML")).toBe(true);
  });

  it("typing: a failing chat action stops the repetition and is logged once", async () => {
    const { sender, log, actions } = setup([], true);
    const stop1 = sender.startTyping(1);
    const stop2 = sender.startTyping(2);
    await new Promise((r) => setImmediate(r));
    stop1();
    stop2();
    expect(actions()).toBe(2);
    expect(log.lines.filter((l) => l.startsWith("WARN"))).toHaveLength(1);
  });
});

describe("errorShape", () => {
  it("reads telegraf errors and network errors", () => {
    expect(errorShape(flood(5))).toEqual({
      code: 429,
      description: "Too Many Requests: retry after 5",
      retryAfter: 5,
      network: false,
    });
    expect(errorShape(Object.assign(new Error("x"), { code: "ECONNREFUSED" })).network).toBe(true);
    expect(errorShape("nope")).toEqual({ network: false });
  });
});
