import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import { type BotApi, Sender, UncertainDeliveryError } from "../../src/bot/sender.js";
import { createRedactor } from "../../src/core/redact.js";
import { captureLogger, TOKEN } from "./harness.js";

interface Call {
  method: string;
  payload: Record<string, unknown>;
}

type Outcome = Error | "ok" | "hang";

/** A scripted Bot API: each call consumes the next outcome (an error, success, or a call that never answers). */
function fakeApi(outcomes: Outcome[]) {
  const calls: Call[] = [];
  let id = 100;
  const api: BotApi = {
    callApi(method, payload, options) {
      calls.push({ method, payload: payload as Record<string, unknown> });
      const next = outcomes.shift() ?? "ok";
      if (next === "hang")
        return new Promise((_, reject) =>
          options?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
        );
      if (next !== "ok") return Promise.reject(next);
      return Promise.resolve(method === "sendMessage" ? { message_id: ++id } : true);
    },
  };
  return { api, calls };
}

const flood = (seconds: number) =>
  new TelegramError({
    error_code: 429,
    description: `Too Many Requests: retry after ${seconds}`,
    parameters: { retry_after: seconds },
  });

function setup(outcomes: Outcome[], callMs = 10_000) {
  const { api, calls } = fakeApi(outcomes);
  const waits: number[] = [];
  const log = captureLogger();
  const sender = new Sender(api, {
    logger: log.logger,
    redact: createRedactor([TOKEN]),
    callMs,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { sender, calls, waits, log };
}

describe("Sender", () => {
  it("honours 429 retry_after (TelegramError.parameters) and still delivers the message", async () => {
    const { sender, calls, waits, log } = setup([flood(3), flood(1), "ok"]);
    expect(await sender.send(7, "<b>hi</b>")).toBe(101);
    expect(waits).toEqual([3000, 1000]);
    expect(calls.map((c) => c.payload.text)).toEqual(["<b>hi</b>", "<b>hi</b>", "<b>hi</b>"]);
    expect(log.lines.filter((l) => l.includes("429"))).toHaveLength(2);
  });

  it("gives up on a retry_after longer than the cap instead of holding the chat", async () => {
    const { sender, waits } = setup([flood(86_400)]);
    await expect(sender.send(7, "x")).rejects.toThrow(/429/);
    expect(waits).toEqual([]);
  });

  it("retries 5xx and refused connections twice, then fails", async () => {
    const refused = Object.assign(new Error(`request to http://x/bot${TOKEN}/sendMessage failed`), {
      code: "ECONNREFUSED",
    });
    const server = new TelegramError({ error_code: 502, description: "Bad Gateway" });
    const ok = setup([refused, server, "ok"]);
    await expect(ok.sender.send(1, "x")).resolves.toBe(101);
    expect(ok.waits).toEqual([1000, 2000]);
    expect(ok.log.lines.join("\n")).not.toContain(TOKEN);
    const failing = setup([server, server, server]);
    await expect(failing.sender.send(1, "x")).rejects.toThrow(/502/);
  });

  it("a sendMessage that hangs is abandoned at its deadline as uncertain (it may have been delivered), never retried blindly", async () => {
    const { sender, calls } = setup(["hang"], 50);
    const started = Date.now();
    await expect(sender.send(1, "x")).rejects.toBeInstanceOf(UncertainDeliveryError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(calls).toHaveLength(1);
  });

  it("an edit that hangs is retried (repeating it is harmless)", async () => {
    const { sender, calls } = setup(["hang", "ok"], 50);
    await sender.edit(1, 5, "x");
    expect(calls.map((c) => c.method)).toEqual(["editMessageText", "editMessageText"]);
  });

  it("does not retry other client errors", async () => {
    const { sender, calls } = setup([
      new TelegramError({ error_code: 403, description: "Forbidden: bot was blocked by the user" }),
    ]);
    await expect(sender.send(1, "x")).rejects.toThrow(/403/);
    expect(calls).toHaveLength(1);
  });

  it("falls back to plain text when Telegram cannot parse the HTML", async () => {
    const parse = new TelegramError({
      error_code: 400,
      description: "Bad Request: can't parse entities: unexpected end tag",
    });
    const { sender, calls, log } = setup([parse, "ok"]);
    await sender.send(1, "<b>a &amp; b</i>", { replyTo: 5 });
    expect(calls[1]?.payload.text).toBe("a & b");
    expect(calls[1]?.payload.parse_mode).toBeUndefined();
    expect(calls[1]?.payload.reply_parameters).toEqual({ message_id: 5, allow_sending_without_reply: true });
    expect(log.lines.some((l) => l.startsWith("ERROR"))).toBe(true);
  });

  it("an edit that changes nothing counts as done", async () => {
    const { sender } = setup([
      new TelegramError({ error_code: 400, description: "Bad Request: message is not modified" }),
    ]);
    await expect(sender.edit(1, 5, "x")).resolves.toBeUndefined();
  });

  it("typing: a failing chat action stops the repetition and is logged once", async () => {
    const failure = new TelegramError({ error_code: 500, description: "Internal Server Error" });
    const { sender, log, calls } = setup([failure, failure]);
    const stop1 = sender.startTyping(1);
    const stop2 = sender.startTyping(2);
    await new Promise((r) => setTimeout(r, 10));
    stop1();
    stop2();
    expect(calls.filter((c) => c.method === "sendChatAction")).toHaveLength(2);
    expect(log.lines.filter((l) => l.startsWith("WARN"))).toHaveLength(1);
  });

  it("typing after a delay: a quick answer sends no chat action, a slow one does", async () => {
    const { sender, calls } = setup([]);
    const quick = sender.startTypingAfter(1, 40);
    await new Promise((r) => setTimeout(r, 5));
    quick();
    const slow = sender.startTypingAfter(2, 20);
    await new Promise((r) => setTimeout(r, 80));
    slow();
    const actions = calls.filter((c) => c.method === "sendChatAction");
    expect(actions.map((c) => c.payload.chat_id)).toEqual([2]);
  });
});
