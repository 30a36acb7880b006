/**
 * End to end over HTTP: the real bot (`runBot`, long polling) talks to the telegram-test-api
 * emulator through a fault proxy, and the tests play users with the emulator's client API,
 * asserting on what users would see (the messages the emulator stored).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strings } from "../../src/render/i18n.js";
import { renderAnswer } from "../../src/render/telegram/answer.js";
import { firstStrongDirection, PDI, RLI, RLM, stripBidiControls } from "../../src/render/telegram/bidi.js";
import { escapeHtml, findHtmlProblem, htmlToPlainText } from "../../src/render/telegram/html.js";
import { DOC, FAIL_MARKER, FakeAnswerer, longAnswer, passageOf, quoteOf } from "./fakes.js";
import {
  BOT_ID,
  type BotMessage,
  botMessages,
  captureLogger,
  type FaultProxy,
  type RunningBot,
  sendRawUserMessage,
  startEmulator,
  startFaultProxy,
  startPollingBot,
  TOKEN,
  userMessageId,
  waitFor,
} from "./harness.js";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

let emulator: Emulator;
let proxy: FaultProxy;
let bot: RunningBot | undefined;
const fake = new FakeAnswerer();
const log = captureLogger();
const RATE_MAX = 3;

beforeAll(async () => {
  emulator = await startEmulator();
  proxy = await startFaultProxy(emulator.config.apiURL);
  bot = await startPollingBot({
    answerer: fake,
    apiRoot: proxy.url,
    log,
    rateMax: RATE_MAX,
    windowMs: 600_000,
  });
});

afterAll(async () => {
  await bot?.stop();
  await proxy?.close();
  await emulator?.stop();
});

interface UserOptions {
  readonly languageCode?: string;
  readonly chatId?: number;
  readonly type?: "private" | "group" | "supergroup";
}

/** A simulated Telegram user in one chat. */
function user(id: number, options: UserOptions = {}) {
  const chatId = options.chatId ?? id;
  const client = emulator.getClient(TOKEN, {
    userId: id,
    chatId,
    type: options.type ?? "private",
    firstName: `User${id}`,
    userName: `user${id}`,
    chatTitle: "Test group",
  });
  const from = options.languageCode === undefined ? {} : { from: { language_code: options.languageCode } };
  const replies = () => botMessages(emulator, chatId);
  return {
    chatId,
    client,
    replies,
    /** Send a text message; returns its message id. */
    async say(text: string, extra: Record<string, unknown> = {}): Promise<number> {
      await client.sendMessage(client.makeMessage(text, { ...from, ...extra } as never));
      return (await waitFor(() => userMessageId(emulator, chatId, text), `message id of ${text}`)) ?? -1;
    },
    async command(text: string): Promise<number> {
      await client.sendCommand(client.makeCommand(text, from as never));
      return (await waitFor(() => userMessageId(emulator, chatId, text), `message id of ${text}`)) ?? -1;
    },
    waitReplies(count: number, timeoutMs = 10_000): Promise<BotMessage[]> {
      return waitFor(
        () => {
          const m = replies();
          return m.length >= count && m;
        },
        `${count} replies in chat ${chatId}`,
        timeoutMs,
        () => JSON.stringify(replies(), null, 1),
      );
    },
  };
}

/** What the user reads: tags, entities and the renderer's invisible direction marks removed. */
const plain = (m: BotMessage | undefined) => stripBidiControls(htmlToPlainText(m?.text ?? ""));

function expectWellFormed(m: BotMessage | undefined): void {
  expect(m).toBeDefined();
  expect(m?.parse_mode).toBe("HTML");
  expect(findHtmlProblem(m?.text ?? "")).toBeUndefined();
  expect((m?.text ?? "").length).toBeLessThanOrEqual(4096);
}

describe("conversation", () => {
  it("/start in Arabic (language_code ar) and /help in English explain the bot, replying to the command", async () => {
    const ar = user(101, { languageCode: "ar" });
    const startId = await ar.command("/start");
    const [help] = await ar.waitReplies(1);
    expectWellFormed(help);
    expect(help?.reply_parameters?.message_id).toBe(startId);
    expect(plain(help)).toContain("أهلاً");
    expect(plain(help)).toContain("/quote");
    expect(firstStrongDirection(plain(help))).toBe("rtl");

    const en = user(102, { languageCode: "en" });
    await en.command("/help");
    const [helpEn] = await en.waitReplies(1);
    expect(plain(helpEn)).toContain("Hello!");
    expect(plain(helpEn)).toContain("3 February 2021");
  });

  it("an Arabic question gets an Arabic answer with the verbatim quote, its paragraph and a Sources button", async () => {
    const u = user(103);
    const question = "ماذا قال لافروف عن سوريا؟";
    const questionId = await u.say(question);
    const [reply] = await u.waitReplies(1);
    expectWellFormed(reply);
    const quote = quoteOf("قرار مجلس الأمن رقم 2254", 1);
    expect(DOC.text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(reply?.text).toContain(`<blockquote>${RLM}${escapeHtml(quote.text)}</blockquote>`);
    expect(reply?.text).toContain(`الفقرة ${quote.paragraph}`);
    // The quote is shown once, as the blockquote; the lead above it carries only the marker.
    expect(plain(reply).split(quote.text)).toHaveLength(2);
    expect(plain(reply)).toContain("[1]");
    expect(firstStrongDirection(plain(reply))).toBe("rtl");
    expect(reply?.reply_parameters?.message_id).toBe(questionId);
    const button = reply?.reply_markup?.inline_keyboard[0]?.[0];
    expect(button?.text).toBe("📜 المصادر");
    expect(Buffer.byteLength(button?.callback_data ?? "x".repeat(65))).toBeLessThanOrEqual(64);
    const call = fake.callsFor(question).at(-1);
    expect(call?.options?.wantQuotes).toBe(false);
    expect(call?.options?.history).toEqual([]);
  });

  it("an English question gets an English answer with the Arabic quote isolated and a labelled translation", async () => {
    const u = user(104, { languageCode: "en" });
    await u.say("What did Safadi say about refugees?");
    const [reply] = await u.waitReplies(1);
    expectWellFormed(reply);
    const quote = quoteOf("توفير الظروف لعودة اللاجئين", 1);
    expect(reply?.text).toContain(`<blockquote>${RLM}${RLI}${escapeHtml(quote.text)}${PDI}</blockquote>`);
    expect(plain(reply)).toContain(`Paragraph ${quote.paragraph}:`);
    expect(plain(reply)).toContain("Translation: ");
    expect(firstStrongDirection(plain(reply))).toBe("ltr");
    expect(reply?.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe("📜 Sources");
  });

  it("/quote <topic> asks for verbatim passages", async () => {
    const u = user(105, { languageCode: "ar" });
    await u.command("/quote الخليج");
    const [reply] = await u.waitReplies(1);
    expectWellFormed(reply);
    expect(fake.callsFor("الخليج").at(-1)?.options?.wantQuotes).toBe(true);
    expect(reply?.text).toContain(escapeHtml(quoteOf("للأمن الجماعي في منطقة الخليج", 1).text));
  });

  it("the Sources button shows the full citations; an unknown or expired button gets a polite answer", async () => {
    const u = user(106, { languageCode: "en" });
    await u.say("What about the Gulf?");
    const [answer] = await u.waitReplies(1);
    const data = answer?.reply_markup?.inline_keyboard[0]?.[0]?.callback_data ?? "";
    expect(data).not.toBe("");
    await u.client.sendCallback(
      u.client.makeCallbackQuery(data, { message: { message_id: answer?.message_id } } as never) as never,
    );
    const [, sources] = await u.waitReplies(2);
    expectWellFormed(sources);
    expect(plain(sources)).toContain("Sources and quoted passages");
    expect(plain(sources)).toContain(DOC.title);
    expect(plain(sources)).toMatch(/paragraph 1\b/i);
    // The whole paragraph, not only the quoted clause.
    const passage = passageOf(quoteOf("للأمن الجماعي في منطقة الخليج", 1));
    expect(passage.text).toBe(DOC.text.slice(DOC.paragraphs[0]?.start, DOC.paragraphs[0]?.end));
    expect(sources?.text).toMatch(/<blockquote>\u200f\u2067[\s\S]*<\/blockquote>/);
    expect(plain(sources)).toContain(passage.text);
    // The quote's translation explains it, so no dictionary terms; a citation to copy instead.
    expect(plain(sources).indexOf("Translation:")).toBeGreaterThan(plain(sources).indexOf(passage.text));
    expect(plain(sources)).toContain("Cite as: TASS, 3 February 2021, ¶");
    expect(sources?.reply_parameters?.message_id).toBe(answer?.message_id);
    expect(proxy.callsOf("answerCallbackQuery").length).toBeGreaterThan(0);

    const before = proxy.callsOf("answerCallbackQuery").length;
    await u.client.sendCallback(
      u.client.makeCallbackQuery("s:gone:1", {
        message: { message_id: answer?.message_id },
      } as never) as never,
    );
    const expired = await waitFor(
      () => proxy.callsOf("answerCallbackQuery")[before],
      "the expired button to be answered",
    );
    expect(expired.body.text).toBe("This button has expired. Ask your question again to see its sources.");
    expect(expired.body.show_alert).toBe(true);
    expect(u.replies()).toHaveLength(2);
  });

  it("a short follow-up is asked with the chat's previous exchange", async () => {
    const u = user(107, { languageCode: "en" });
    await u.say("What did Lavrov say about Syria?");
    await u.waitReplies(1);
    await u.say("And what else?");
    const [, followUp] = await u.waitReplies(2);
    const call = fake.callsFor("And what else?").at(-1);
    expect(call?.options?.history).toHaveLength(1);
    expect(call?.options?.history?.[0]?.question).toBe("What did Lavrov say about Syria?");
    expect(call?.options?.history?.[0]?.answer?.kind).toBe("answer");
    expect(plain(followUp)).toContain("Following up on your previous question");
    expect(followUp?.text).toContain("2254");
  });

  it("an out-of-scope question gets the answerer's 'not covered' text, without quotes or button", async () => {
    const u = user(108, { languageCode: "en" });
    await u.say("What is the weather in Paris?");
    const [reply] = await u.waitReplies(1);
    expectWellFormed(reply);
    expect(plain(reply)).toMatch(/^The article does not cover this: “What is the weather in Paris\?”\.\n/);
    // No Sources button: example questions instead.
    const buttons = reply?.reply_markup?.inline_keyboard.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(strings("en").exampleQuestions);
    expect(reply?.text).not.toContain("<blockquote>");
  });

  it("pressing a suggested question asks it, in its own language, as if the user had typed it", async () => {
    const u = user(120, { languageCode: "en" });
    await u.say("What is the weather in Rome?");
    const [refusal] = await u.waitReplies(1);
    const button = refusal?.reply_markup?.inline_keyboard.flat().find((b) => /Gulf/.test(b.text));
    expect(button).toBeDefined();
    const data = button && "callback_data" in button ? button.callback_data : "";
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    await u.client.sendCallback(
      u.client.makeCallbackQuery(data, {
        message: { message_id: refusal?.message_id, reply_markup: refusal?.reply_markup },
      } as never) as never,
    );
    const [, answer] = await u.waitReplies(2);
    expect(fake.callsFor("security in the Gulf").length).toBe(1);
    expect(plain(answer)).toContain("collective security in the Gulf [1]");
    expect(answer?.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe("📜 Sources");
  });

  it("a sticker (non-text message) gets a polite 'text questions only' reply in the user's language", async () => {
    const u = user(109);
    await sendRawUserMessage(emulator, {
      from: { id: 109, is_bot: false, first_name: "User109", language_code: "ar" },
      chat: { id: 109, type: "private", first_name: "User109" },
      sticker: {
        file_id: "s1",
        file_unique_id: "u1",
        type: "regular",
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
      },
    });
    const [reply] = await u.waitReplies(1);
    expect(plain(reply)).toContain("أستطيع الإجابة عن الأسئلة المكتوبة فقط");
    expect(fake.calls.some((c) => c.question.includes("sticker"))).toBe(false);
  });

  it("a very long answer arrives as several messages: reply on the first, button on the last, nothing lost", async () => {
    const u = user(110, { languageCode: "en" });
    const questionId = await u.say("Tell me everything about the talks");
    const expected = renderAnswer(longAnswer("en")).messages;
    expect(expected.length).toBeGreaterThan(1);
    const replies = await u.waitReplies(expected.length);
    expect(replies.map((r) => r.text)).toEqual(expected);
    for (const r of replies) expectWellFormed(r);
    expect(replies[0]?.reply_parameters?.message_id).toBe(questionId);
    expect(replies.slice(1).every((r) => r.reply_parameters === undefined)).toBe(true);
    expect(replies.at(-1)?.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe("📜 Sources");
    expect(replies.slice(0, -1).every((r) => r.reply_markup === undefined)).toBe(true);
  });
});

describe("commands and odd input", () => {
  it("/sources lists the article with its source and date", async () => {
    const u = user(201, { languageCode: "en" });
    await u.command("/sources");
    const [reply] = await u.waitReplies(1);
    expect(plain(reply)).toContain(DOC.title);
    expect(plain(reply)).toContain("TASS, Wednesday 3 February 2021");
  });

  it("/lang switches the interface language for the messages that follow", async () => {
    const u = user(202, { languageCode: "en" });
    await u.command("/lang ar");
    await u.command("/help");
    const [chosen, help] = await u.waitReplies(2);
    expect(plain(chosen)).toContain("سأستخدم العربية");
    expect(plain(help)).toContain("أهلاً");
  });

  it("/lang alone offers buttons; pressing one switches the language", async () => {
    const u = user(210, { languageCode: "ar" });
    await u.command("/lang");
    const [prompt] = await u.waitReplies(1);
    expect(prompt?.reply_markup?.inline_keyboard[0]?.map((b) => b.callback_data)).toEqual(["l:ar", "l:en"]);
    const before = proxy.callsOf("answerCallbackQuery").length;
    await u.client.sendCallback(
      u.client.makeCallbackQuery("l:en", { message: { message_id: prompt?.message_id } } as never) as never,
    );
    const answered = await waitFor(() => proxy.callsOf("answerCallbackQuery")[before], "the language button");
    expect(answered.body.text).toBe("Done. I will use English for messages and help.");
    await u.command("/help");
    const [, help] = await u.waitReplies(2);
    expect(plain(help)).toContain("Hello!");
  });

  it("an unknown command gets a hint towards /help", async () => {
    const u = user(203, { languageCode: "en" });
    await u.command("/weather");
    const [reply] = await u.waitReplies(1);
    expect(plain(reply)).toBe(
      "I don't know the command /weather. Send /help to see what I can do, or just type your question.",
    );
  });

  it.each([
    [204, "   ", "I could not find a question"],
    [205, "😀👍🎉", "has no words in it"],
    [206, "س".repeat(4000), "too long (4000 characters)"],
  ])("user %i: bad input gets a clear reply (%#)", async (id, text, expected) => {
    const u = user(id, { languageCode: "en" });
    await u.say(text);
    const [reply] = await u.waitReplies(1);
    expectWellFormed(reply);
    expect(plain(reply)).toContain(expected);
    expect(fake.calls.some((c) => c.question === text.trim() && text.trim() !== "")).toBe(false);
  });

  it("RTL override characters are removed before asking and never echoed", async () => {
    const u = user(207, { languageCode: "en" });
    await u.say("\u202Ewhat about syria\u202C");
    const [reply] = await u.waitReplies(1);
    expect(fake.callsFor("what about syria").at(-1)?.question).toBe("what about syria");
    expect(reply?.text).not.toContain("\u202E");
  });

  it("HTML look-alikes are plain text: escaped when echoed, never breaking the message", async () => {
    const u = user(208, { languageCode: "en" });
    const text = '<b>bold</b> & <a href="x">link</a> <script>alert(1)</script> *md* _x_';
    await u.say(text);
    const [reply] = await u.waitReplies(1);
    expectWellFormed(reply);
    expect(plain(reply)).toContain(text);
  });

  it("an answerer failure is logged with context (no token) and the user gets an apology; the bot keeps going", async () => {
    fake.failureMessage = `exploded while calling https://api.telegram.org/bot${TOKEN}/getMe`;
    const u = user(209, { languageCode: "ar" });
    await u.say(`سؤال ${FAIL_MARKER}`);
    const [apology] = await u.waitReplies(1);
    expect(plain(apology)).toBe("عذراً، حدث خطأ أثناء تحضير الإجابة. حاول مرة أخرى بعد قليل.");
    const line = log.lines.find((l) => l.includes("Answering failed"));
    expect(line).toContain('"chatId":209');
    expect(line).toContain("exploded");
    expect(line).not.toContain(TOKEN);
    await u.say("ماذا عن ليبيا؟");
    const [, answer] = await u.waitReplies(2);
    expect(plain(answer)).toContain("ليبيا");
  });
});

describe("groups", () => {
  it("answers only when mentioned, replied to, or addressed with /ask@BotName", async () => {
    const u = user(301, { chatId: -100301, type: "group", languageCode: "en" });
    await u.say("Group chatter about Syria that nobody addressed");
    const mention = "@TestNameBot what about Libya?";
    await u.say(mention, { entities: [{ type: "mention", offset: 0, length: 12 }] });
    const [first] = await u.waitReplies(1);
    expect(plain(first)).toContain("Libya");
    await u.command("/ask@TestNameBot What about the Gulf?");
    const [, second] = await u.waitReplies(2);
    expect(plain(second)).toContain("Gulf");
    await u.say("and Syria?", {
      reply_to_message: {
        message_id: second?.message_id,
        from: { id: BOT_ID, is_bot: true, first_name: "Bot" },
      },
    });
    const [, , third] = await u.waitReplies(3);
    expect(plain(third)).toContain("2254");
    expect(fake.callsFor("nobody addressed")).toHaveLength(0);
    expect(fake.callsFor("what about Libya?").at(-1)?.question).toBe("what about Libya?");
    expect(u.replies()).toHaveLength(3);
  });
});

describe("flow control", () => {
  it("a slow answer does not block other chats, and one chat's replies keep their order", async () => {
    const slow = fake.hold("slow");
    const a = user(401, { languageCode: "en" });
    const b = user(402, { languageCode: "en" });
    const slowId = await a.say("A slow question about Syria");
    await slow.started;
    const fastId = await a.say("What about Libya?");
    await b.say("What about the Gulf?");
    await b.waitReplies(1);
    expect(a.replies()).toHaveLength(0);
    slow.release();
    const [first, second] = await a.waitReplies(2);
    expect(first?.reply_parameters?.message_id).toBe(slowId);
    expect(second?.reply_parameters?.message_id).toBe(fastId);
  });

  it("a flood from one user gets at most RATE_LIMIT_MAX answers and exactly one notice", async () => {
    const u = user(403, { languageCode: "en" });
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) ids.push(await u.say(`Flood question ${i} about Syria`));
    const other = user(404, { languageCode: "en" });
    await other.say("Sentinel question about Libya");
    await other.waitReplies(1);
    const replies = await u.waitReplies(RATE_MAX + 1);
    const answers = replies.slice(0, RATE_MAX);
    expect(answers.map((r) => r.reply_parameters?.message_id)).toEqual(ids.slice(0, RATE_MAX));
    expect(answers.every((r) => r.text.includes("2254"))).toBe(true);
    expect(plain(replies[RATE_MAX])).toContain("That is a lot of messages at once");
    expect(fake.calls.filter((c) => c.question.startsWith("Flood question"))).toHaveLength(RATE_MAX);
    expect(u.replies()).toHaveLength(RATE_MAX + 1);
  });

  it("a 429 from Telegram is honoured (retry_after) and the reply still arrives", async () => {
    proxy.inject("sendMessage", 1, 429, {
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    const u = user(405, { languageCode: "en" });
    const questionId = await u.say("What did Lavrov say about Syria?");
    const [reply] = await u.waitReplies(1, 15_000);
    expect(reply?.reply_parameters?.message_id).toBe(questionId);
    const attempts = await waitFor(() => {
      const calls = proxy.callsOf("sendMessage").filter((c) => c.body.chat_id === 405);
      return calls.every((c) => c.status !== 0) && calls;
    }, "the proxy to record both attempts");
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(attempts[0]?.body.text).toBe(attempts[1]?.body.text);
    expect(log.lines.some((l) => l.includes("429") && l.includes('"retryAfterSeconds":1'))).toBe(true);
  });

  it("tolerates the emulator's missing sendChatAction and setMyCommands", { timeout: 30_000 }, async () => {
    const actions = proxy.callsOf("sendChatAction");
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((c) => c.status === 500 && c.body.action === "typing")).toBe(true);
    // The emulator answers 500: each menu is retried, English first, then Arabic. The menu is
    // registered alongside taking updates, so the Arabic one may still be on its way.
    await waitFor(
      () => proxy.callsOf("setMyCommands").some((c) => c.body.language_code === "ar"),
      "the Arabic command menu",
      25_000,
    );
    const menus = proxy.callsOf("setMyCommands");
    expect([...new Set(menus.map((c) => c.body.language_code))]).toEqual([undefined, "ar"]);
    expect(log.lines.filter((l) => l.includes("Cannot show the typing indicator"))).toHaveLength(1);
  });

  it("never writes the token to the log", () => {
    expect(log.lines.length).toBeGreaterThan(10);
    for (const line of log.lines) expect(line).not.toContain(TOKEN);
  });
});
