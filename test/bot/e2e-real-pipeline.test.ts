/**
 * End to end with the REAL offline pipeline (corpus → index in memory → retrieval → extractive
 * answer), not the fake: the bot (`runBot`, long polling) talks to the telegram-test-api
 * emulator, and the tests play users and check what they see. The answerer is still being
 * tuned, so the tests do not pin its wording; they pin what must always hold: every quote is
 * the corpus's exact text under the right paragraph number, shown once; the Sources view shows
 * whole paragraphs; an out-of-scope question gets the not-covered text and no quote.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import type { Answer, CorpusDocument } from "../../src/core/types.js";
import { firstStrongDirection, RLI, RLM, stripBidiControls } from "../../src/render/telegram/bidi.js";
import { findHtmlProblem, htmlToPlainText } from "../../src/render/telegram/html.js";
import { loadDocument } from "./fakes.js";
import {
  type BotMessage,
  botMessages,
  captureLogger,
  type FaultProxy,
  type RunningBot,
  recordingAnswerer,
  startEmulator,
  startMenuProxy,
  startPollingBot,
  TOKEN,
  userMessageId,
  waitFor,
} from "./harness.js";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** The corpus file as read straight from disk: quotes must be substrings of its body. */
const CORPUS = loadDocument();

let emulator: Emulator;
let proxy: FaultProxy | undefined;
let bot: RunningBot | undefined;
let served: readonly CorpusDocument[];
const log = captureLogger();
/** Every answer the real pipeline gave, by question (to cross-check what the user saw). */
const answers = new Map<string, Answer>();

beforeAll(async () => {
  const config = loadConfig({});
  const pipeline = await buildPipeline({ config, logger: log.logger, indexDirectory: null });
  served = pipeline.documents;
  const recording = recordingAnswerer(pipeline.answerer, answers);
  emulator = await startEmulator();
  proxy = await startMenuProxy(emulator.config.apiURL);
  bot = await startPollingBot({
    answerer: recording,
    apiRoot: proxy.url,
    log,
    rateMax: 20,
    windowMs: 60_000,
  });
});

afterAll(async () => {
  await bot?.stop();
  await proxy?.close();
  await emulator?.stop();
});

function user(id: number, languageCode: string) {
  const client = emulator.getClient(TOKEN, {
    userId: id,
    chatId: id,
    type: "private",
    firstName: `User${id}`,
    userName: `user${id}`,
  });
  const replies = () => botMessages(emulator, id);
  return {
    client,
    async say(text: string): Promise<number> {
      await client.sendMessage(client.makeMessage(text, { from: { language_code: languageCode } } as never));
      return (await waitFor(() => userMessageId(emulator, id, text), `message id of ${text}`)) ?? -1;
    },
    waitReplies(count: number): Promise<BotMessage[]> {
      return waitFor(
        () => {
          const m = replies();
          return m.length >= count && m;
        },
        `${count} replies in chat ${id}`,
        20_000,
        () => JSON.stringify(replies(), null, 1),
      );
    },
  };
}

/** What the user reads: tags, entities and the renderer's invisible direction marks removed. */
const plain = (m: BotMessage | undefined) => stripBidiControls(htmlToPlainText(m?.text ?? ""));

function expectWellFormed(m: BotMessage | undefined): void {
  expect(m?.parse_mode).toBe("HTML");
  expect(findHtmlProblem(m?.text ?? "")).toBeUndefined();
  expect((m?.text ?? "").length).toBeLessThanOrEqual(4096);
}

interface Shown {
  /** Citation numbers in the header (`[1] [3]`), empty when there is none. */
  readonly cites: string;
  readonly paragraph: number;
  /** The blockquote's visible text, direction isolates removed. */
  readonly text: string;
}

/** Every `<b>[n]</b> paragraph N` + blockquote the user sees in some messages. */
function shownQuotes(messages: readonly BotMessage[]): Shown[] {
  const found: Shown[] = [];
  // "[1] Paragraph 8:", "[1] Sergey Lavrov said (paragraph 8):", «[1] قال سيرغي لافروف (الفقرة 8):»
  const pattern =
    /(?:<b>[\u200e\u200f]?([[\]\d ]+)<\/b> )?[^\n<]*?(?:الفقرة|paragraph) (\d+)\)?:\n<blockquote>([\s\S]*?)<\/blockquote>/gi;
  for (const m of messages) {
    for (const match of m.text.matchAll(pattern)) {
      found.push({
        cites: match[1] ?? "",
        paragraph: Number(match[2]),
        text: stripBidiControls(htmlToPlainText(match[3] ?? "")),
      });
    }
  }
  return found;
}

function paragraphText(n: number): string {
  const p = CORPUS.paragraphs.find((x) => x.number === n);
  if (p === undefined) throw new Error(`no paragraph ${n} in ${CORPUS.file}`);
  return CORPUS.text.slice(p.start, p.end);
}

/** Every «…» and blockquote is the corpus's exact text; blockquotes sit under their paragraph's number. */
function expectVerbatim(messages: readonly BotMessage[]): Shown[] {
  const all = messages.map((m) => plain(m)).join("\n");
  for (const [, inner] of all.matchAll(/«([^»]*)»/g)) expect(CORPUS.text).toContain(inner);
  const blockquotes = messages.flatMap((m) => m.text.match(/<blockquote>/g) ?? []);
  const shown = shownQuotes(messages);
  expect(shown).toHaveLength(blockquotes.length);
  for (const q of shown) {
    expect(q.text.length).toBeGreaterThan(0);
    expect(CORPUS.text).toContain(q.text);
    expect(paragraphText(q.paragraph), `quote under paragraph ${q.paragraph}`).toContain(q.text);
  }
  return shown;
}

describe("the bot on the real pipeline", () => {
  it("serves the corpus file the tests read", () => {
    expect(served.map((d) => d.id)).toContain(CORPUS.id);
    expect(served.find((d) => d.id === CORPUS.id)?.text).toBe(CORPUS.text);
  });

  it("an Arabic question gets an Arabic answer quoting the article verbatim, each quote once", async () => {
    const u = user(201, "ar");
    const question = "ما هو قرار مجلس الأمن الذي تستند إليه التسوية في سوريا؟";
    await u.say(question);
    const [reply] = await u.waitReplies(1);
    expectWellFormed(reply);
    expect(answers.get(question)?.covered).toBe(true);
    const shown = expectVerbatim(reply === undefined ? [] : [reply]);
    expect(shown.length).toBeGreaterThan(0);
    expect(firstStrongDirection(plain(reply))).toBe("rtl");
    for (const q of shown) {
      expect(q.cites).toMatch(/^\[\d+\]$/);
      expect(plain(reply), `citation marker ${q.cites} in the lead`).toContain(q.cites);
      expect(plain(reply).split(q.text), "quote shown once").toHaveLength(2);
    }
    // The article answers this in one place: the resolution number is in a quote.
    expect(shown.some((q) => q.text.includes("2254"))).toBe(true);
    expect(reply?.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe("📜 المصادر");
  });

  it("an English question gets an English answer with the Arabic quotes; Sources shows whole paragraphs, then matched terms", async () => {
    const u = user(202, "en");
    const question = "What did Lavrov say about security in the Gulf?";
    await u.say(question);
    const [reply] = await u.waitReplies(1);
    expectWellFormed(reply);
    const answer = answers.get(question);
    expect(answer?.covered).toBe(true);
    const shown = expectVerbatim(reply === undefined ? [] : [reply]);
    expect(shown.length).toBeGreaterThan(0);
    expect(firstStrongDirection(plain(reply))).toBe("ltr");
    expect(reply?.text).toMatch(new RegExp(`<blockquote>${RLM}${RLI}`));
    for (const q of shown) expect(plain(reply).split(q.text), "quote shown once").toHaveLength(2);
    expect(shown.some((q) => q.text.includes("الخليج"))).toBe(true);

    const data = reply?.reply_markup?.inline_keyboard[0]?.[0]?.callback_data ?? "";
    expect(reply?.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe("📜 Sources");
    await u.client.sendCallback(
      u.client.makeCallbackQuery(data, { message: { message_id: reply?.message_id } } as never) as never,
    );
    const all = await u.waitReplies(2);
    const view = all.slice(1);
    for (const m of view) expectWellFormed(m);
    const text = view.map((m) => plain(m)).join("\n");
    expect(text).toContain("Sources and quoted passages");
    expect(text).toContain(CORPUS.title);
    const passages = expectVerbatim(view);
    // Whole paragraphs, verbatim, one per cited paragraph, in the order of the answer's quotes.
    const cited = [...new Set(shown.map((q) => q.paragraph))];
    expect(passages.map((p) => p.paragraph)).toEqual(cited);
    for (const p of passages) expect(p.text).toBe(paragraphText(p.paragraph));
    expect(text.indexOf(CORPUS.title)).toBeLessThan(text.indexOf(passages[0]?.text ?? "?"));
    // Matched terms are shown only when no translation explains the quotes.
    if ((answer?.matchedTerms.length ?? 0) > 0 && text.includes("Matched terms")) {
      expect(text.indexOf("Matched terms")).toBeGreaterThan(text.lastIndexOf(passages.at(-1)?.text ?? "?"));
    }
  });

  it("an out-of-scope question gets the not-covered text and no quote", async () => {
    const u = user(203, "en");
    const question = "What did Lavrov say about Ukraine?";
    await u.say(question);
    const [reply] = await u.waitReplies(1);
    expectWellFormed(reply);
    expect(answers.get(question)?.covered).toBe(false);
    expect(plain(reply)).toContain("The article does not cover this");
    expect(reply?.text).not.toContain("<blockquote>");
    expect(plain(reply)).not.toMatch(/«|\[\d+\]/);
    // No Sources button; only example questions to ask instead.
    const buttons = reply?.reply_markup?.inline_keyboard.flat() ?? [];
    expect(buttons.every((b) => "callback_data" in b && b.callback_data.startsWith("q:"))).toBe(true);
    // Nothing else follows (no quotes sent separately): the next reply is the help.
    await u.client.sendCommand(u.client.makeCommand("/help", { from: { language_code: "en" } } as never));
    const after = await u.waitReplies(2);
    expect(plain(after[1])).toContain("Hello!");
  });
});
