import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/bot/redact.js";
import { Sender, type SenderApi } from "../../src/bot/sender.js";
import { renderPartial, StreamingReply } from "../../src/bot/stream-reply.js";
import { stripBidiControls } from "../../src/render/bidi.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";
import { captureLogger, TOKEN } from "./harness.js";

/**
 * StreamingReply against a scripted Bot API and a virtual clock: the reply's waits end when
 * the test advances the clock (the Sender's 429 waits advance it at once), so throttling is
 * asserted on virtual time, not on wall time.
 */

interface ApiCall {
  readonly method: "sendMessage" | "editMessageText";
  readonly at: number;
  readonly text: string;
  readonly extra?: Record<string, unknown>;
}

const tooMany = (seconds: number) =>
  new TelegramError({
    error_code: 429,
    description: `Too Many Requests: retry after ${seconds}`,
    parameters: { retry_after: seconds },
  });
const badRequest = (description: string) => new TelegramError({ error_code: 400, description });

function setup(editOutcomes: Array<Error | "ok"> = []) {
  let clock = 0;
  const calls: ApiCall[] = [];
  let id = 500;
  const api = {
    async sendMessage(_chatId: number, text: string, extra?: Record<string, unknown>) {
      calls.push({ method: "sendMessage", at: clock, text, extra });
      return { message_id: ++id };
    },
    async editMessageText(
      _chatId: number,
      _messageId: number,
      _inline: undefined,
      text: string,
      extra?: Record<string, unknown>,
    ) {
      calls.push({ method: "editMessageText", at: clock, text, extra });
      const next = editOutcomes.shift() ?? "ok";
      if (next !== "ok") throw next;
      return true;
    },
    async sendChatAction() {
      return true;
    },
    async answerCbQuery() {
      return true;
    },
  } as unknown as SenderApi;
  const timers: Array<{ at: number; resolve: () => void }> = [];
  const virtualSleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      timers.push({ at: clock + ms, resolve });
      signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
  const tick = () => new Promise((r) => setImmediate(r));
  const advance = async (ms: number) => {
    clock += ms;
    for (const t of timers.splice(0)) {
      if (t.at <= clock) t.resolve();
      else timers.push(t);
    }
    await tick();
  };
  const log = captureLogger();
  const redact = createRedactor([TOKEN]);
  const sender = new Sender(api, {
    logger: log.logger,
    redact,
    sleep: async (ms) => {
      clock += ms;
    },
  });
  const reply = new StreamingReply(api, sender, {
    chatId: 7,
    lang: "en",
    replyTo: 3,
    logger: log.logger,
    redact,
    now: () => clock,
    sleep: virtualSleep,
  });
  return { reply, calls, log, tick, advance };
}

const BUTTON = { inline_keyboard: [[{ text: "📜 Sources", callback_data: "s:x:1" }]] };

describe("StreamingReply", () => {
  it("sends one message, edits it at most once a second with the newest text, then the final answer", async () => {
    const { reply, calls, tick, advance } = setup();
    reply.update("Lavrov");
    await tick();
    for (const word of ["said", "that", "the", "refugees", "must", "return"]) {
      await advance(200);
      reply.update(`Lavrov ${word}`);
      await tick();
    }
    await tick();
    const ids = await reply.finish(["<b>Final</b> answer [1]", "<blockquote>quote</blockquote>"], BUTTON);

    expect(calls[0]).toMatchObject({ method: "sendMessage", at: 0 });
    expect(stripBidiControls(htmlToPlainText(calls[0]?.text ?? ""))).toContain("Lavrov …");
    expect(calls[0]?.extra).toMatchObject({ reply_parameters: { message_id: 3 } });
    const partialEdits = calls.filter((c) => c.method === "editMessageText" && !c.text.includes("Final"));
    // Six updates over 1.2 s of virtual time: one partial edit, a second after the first send.
    expect(partialEdits.map((e) => e.at)).toEqual([1000]);
    expect(stripBidiControls(htmlToPlainText(partialEdits[0]?.text ?? ""))).toMatch(/^Lavrov \w+ …$/);
    const final = calls.filter((c) => c.text.includes("Final"));
    expect(final).toHaveLength(1);
    expect(final[0]).toMatchObject({ method: "editMessageText", extra: { parse_mode: "HTML" } });
    expect(final[0]?.extra?.reply_markup).toBeUndefined();
    // The rest of the answer follows as a new message carrying the Sources button.
    const last = calls.at(-1);
    expect(last).toMatchObject({ method: "sendMessage", text: "<blockquote>quote</blockquote>" });
    expect(last?.extra?.reply_markup).toEqual(BUTTON);
    expect(ids).toHaveLength(2);
  });

  it("puts the Sources button on the final edit when the answer fits one message", async () => {
    const { reply, calls, tick } = setup();
    reply.update("partial");
    await tick();
    await reply.finish(["Final answer with quotes"], BUTTON);
    expect(calls.map((c) => c.method)).toEqual(["sendMessage", "editMessageText"]);
    expect(calls[1]).toMatchObject({ text: "Final answer with quotes", extra: { reply_markup: BUTTON } });
  });

  it("backs off partial edits by a 429's retry_after and still delivers the final edit", async () => {
    const { reply, calls, tick, advance, log } = setup([tooMany(5), "ok", tooMany(2), "ok"]);
    reply.update("a");
    await tick();
    await advance(1000);
    reply.update("a b");
    await tick(); // edit at t=1000 → 429 (retry after 5 s)
    await advance(100);
    reply.update("a b c");
    await advance(4000); // t=5100: still waiting
    await advance(900); // t=6000
    const edits = calls.filter((c) => c.method === "editMessageText");
    expect(edits.map((e) => e.at)).toEqual([1000, 6000]);
    expect(stripBidiControls(htmlToPlainText(edits[1]?.text ?? ""))).toBe("a b c …");
    // The final edit meets a 429 too: the Sender waits 2 s and sends it again.
    await reply.finish(["Final"], BUTTON);
    const finals = calls.filter((c) => c.text === "Final");
    expect(finals).toHaveLength(2);
    expect((finals[1]?.at ?? 0) - (finals[0]?.at ?? 0)).toBe(2000);
    expect(log.lines.some((l) => l.includes("429") && l.includes("streaming"))).toBe(true);
  });

  it("sends the answer normally when nothing streamed", async () => {
    const { reply, calls } = setup();
    await reply.finish(["one", "two"], BUTTON);
    expect(calls.map((c) => [c.method, c.text])).toEqual([
      ["sendMessage", "one"],
      ["sendMessage", "two"],
    ]);
    expect(calls[0]?.extra).toMatchObject({ reply_parameters: { message_id: 3 } });
    expect(calls[1]?.extra?.reply_markup).toEqual(BUTTON);
  });

  it("sends the answer as a new message when the streamed one cannot be edited", async () => {
    const { reply, calls, tick } = setup([badRequest("Bad Request: message to edit not found")]);
    reply.update("partial");
    await tick();
    await reply.finish(["Final"], BUTTON);
    expect(calls.map((c) => c.method)).toEqual(["sendMessage", "editMessageText", "sendMessage"]);
    expect(calls[2]).toMatchObject({ text: "Final", extra: { reply_markup: BUTTON } });
  });

  it("ignores updates after the answer is final, and 'message is not modified'", async () => {
    const { reply, calls, tick } = setup([badRequest("Bad Request: message is not modified")]);
    reply.update("same");
    await tick();
    await reply.finish(["same"], undefined);
    reply.update("late partial");
    await tick();
    expect(calls.map((c) => c.method)).toEqual(["sendMessage", "editMessageText"]);
  });

  it("renders partial text escaped, marked as still being written, in the text's direction", () => {
    expect(renderPartial("a < b & c", "en")).toContain("a &lt; b &amp; c …");
    expect(renderPartial("   ", "en")).toBe(renderPartial("", "en"));
    expect(renderPartial("قال لافروف", "ar")).toBe("\u200fقال لافروف …");
    // Opens right to left in an Arabic answer even when it starts with a Latin word.
    expect(renderPartial("Lavrov قال", "ar")?.startsWith("\u200f")).toBe(true);
  });
});
