/**
 * End to end over HTTP with the telegram-test-api emulator: an answerer that streams (as the
 * model answerer does through `onPartial`) makes the bot send one message and edit it at a
 * throttled pace; the final edit carries the verified quote and the Sources button.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer, AskOptions, QuestionAnswerer, SourceRef } from "../../src/core/types.js";
import { stripBidiControls } from "../../src/render/bidi.js";
import { strings } from "../../src/render/i18n.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";
import { FakeAnswerer, quoteOf } from "./fakes.js";
import {
  botMessages,
  captureLogger,
  type FaultProxy,
  type RunningBot,
  startEmulator,
  startFaultProxy,
  startPollingBot,
  TOKEN,
  userMessageId,
  waitFor,
} from "./harness.js";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

const PARTIALS = 30;
const PARTIAL_EVERY_MS = 40;

/** Streams a growing text through `onPartial`, then answers like the bot tests' fake. */
class StreamingAnswerer implements QuestionAnswerer {
  private readonly inner = new FakeAnswerer();

  listSources(): readonly SourceRef[] {
    return this.inner.listSources();
  }

  async ask(question: string, options?: AskOptions): Promise<Answer> {
    const words: string[] = [];
    for (let i = 0; i < PARTIALS; i++) {
      words.push(`word${i}`);
      options?.onPartial?.(`Streaming ${words.join(" ")}`);
      await new Promise((r) => setTimeout(r, PARTIAL_EVERY_MS));
    }
    if (question.includes("boom")) throw new Error("the answerer failed after streaming");
    return { ...(await this.inner.ask(question, options)), answerer: "llm:streaming-fake" };
  }
}

let emulator: Emulator;
let proxy: FaultProxy;
let bot: RunningBot | undefined;
const log = captureLogger();

beforeAll(async () => {
  emulator = await startEmulator();
  proxy = await startFaultProxy(emulator.config.apiURL);
  bot = await startPollingBot({
    answerer: new StreamingAnswerer(),
    apiRoot: proxy.url,
    log,
    rateMax: 10,
    windowMs: 600_000,
  });
});

afterAll(async () => {
  await bot?.stop();
  await proxy?.close();
  await emulator?.stop();
});

async function ask(userId: number, text: string) {
  const client = emulator.getClient(TOKEN, { userId, chatId: userId, type: "private", firstName: "U" });
  await client.sendMessage(client.makeMessage(text));
  const questionId = await waitFor(() => userMessageId(emulator, userId, text), "the question's id");
  await waitFor(
    () =>
      log.lines.some(
        (l) =>
          (l.includes("Answered") || l.includes("Failed to handle")) && l.includes(`"chatId":${userId},`),
      ),
    "the answer",
    20_000,
  );
  return { questionId, messages: botMessages(emulator, userId) };
}

describe("streaming answers in Telegram", () => {
  it("edits one message while the answer streams, throttled, and ends with the quote and the Sources button", async () => {
    const editsBefore = proxy.callsOf("editMessageText").length;
    const { questionId, messages } = await ask(801, "What did Lavrov say about refugees?");
    const edits = proxy.callsOf("editMessageText").slice(editsBefore);

    // One message: the streamed one, edited into the final answer.
    expect(messages).toHaveLength(1);
    const [final] = messages;
    expect(final?.reply_parameters?.message_id).toBe(questionId);
    const text = htmlToPlainText(final?.text ?? "");
    expect(text).toContain(quoteOf("توفير الظروف لعودة اللاجئين", 1).text);
    expect(text).not.toContain("Streaming");
    expect(final?.reply_markup?.inline_keyboard[0]?.[0]?.callback_data).toMatch(/^s:/);
    // 30 partials over ~1.2 s: a handful of edits, not one per partial.
    expect(edits.length).toBeGreaterThanOrEqual(2);
    expect(edits.length).toBeLessThanOrEqual(5);
    expect(edits.some((e) => String(e.body.text).includes("Streaming"))).toBe(true);
    expect(log.lines.some((l) => l.includes("Answered") && l.includes('"streamed":true'))).toBe(true);
  });

  it("honours a 429 on an edit and still delivers the final answer with the button", async () => {
    proxy.inject("editMessageText", 1, 429, {
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    const { messages } = await ask(802, "What about the refugees?");
    expect(messages).toHaveLength(1);
    expect(htmlToPlainText(messages[0]?.text ?? "")).toContain(
      quoteOf("توفير الظروف لعودة اللاجئين", 1).text,
    );
    expect(messages[0]?.reply_markup?.inline_keyboard[0]?.[0]?.callback_data).toMatch(/^s:/);
    expect(log.lines.some((l) => l.includes("429"))).toBe(true);
  });

  it("turns the half-written message into the apology when the answer fails", async () => {
    const { messages } = await ask(803, "refugees boom");
    expect(messages).toHaveLength(1);
    expect(stripBidiControls(htmlToPlainText(messages[0]?.text ?? "")).trim()).toBe(strings("en").apology);
    expect(messages[0]?.reply_markup).toBeUndefined();
  });
});
