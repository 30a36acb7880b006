/**
 * English readers end to end (issue 9): the real offline pipeline behind the real bot (long
 * polling) against the telegram-test-api emulator. The served corpus is the article, which has
 * our aligned English translation, plus a short document that has none. What must hold:
 * - an English question on the article gets an English lead with the answer in it, each Arabic
 *   quote verbatim in its blockquote, and the labelled translation under it, never inside «…»
 *   or the blockquote;
 * - an English question on the untranslated document gets the quote verbatim with a labelled
 *   glossary line (dictionary senses) under it instead, and no translation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import type { Answer } from "../../src/core/types.js";
import { firstStrongDirection, stripBidiControls } from "../../src/render/telegram/bidi.js";
import { findHtmlProblem, htmlToPlainText } from "../../src/render/telegram/html.js";
import { parsedDocument } from "../helpers/documents.js";
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
  waitFor,
} from "./harness.js";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

const ARTICLE = loadDocument();
const UNTRANSLATED = parsedDocument(
  [
    "افتتحت وزارة الصحة مستشفى جديداً في مدينة الإسكندرية يضم 300 سرير.",
    "وقال الوزير إن المستشفى سيخدم أكثر من مليون مواطن في المنطقة.",
  ],
  { id: "hospital", title: "مستشفى جديد", source: "test" },
);

let emulator: Emulator;
let proxy: FaultProxy | undefined;
let bot: RunningBot | undefined;
const log = captureLogger();
const answers = new Map<string, Answer>();

beforeAll(async () => {
  const pipeline = await buildPipeline({
    config: loadConfig({}),
    logger: log.logger,
    documents: [ARTICLE, UNTRANSLATED],
    translationsFrom: "corpus",
    indexDirectory: null,
  });
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

/** An English-speaking user in a private chat: asks, then waits for the one reply. */
async function ask(id: number, question: string): Promise<BotMessage> {
  const client = emulator.getClient(TOKEN, { userId: id, chatId: id, type: "private", firstName: `U${id}` });
  await client.sendMessage(client.makeMessage(question, { from: { language_code: "en" } } as never));
  const [reply] = await waitFor(
    () => {
      const m = botMessages(emulator, id);
      return m.length >= 1 && m;
    },
    `a reply in chat ${id}`,
    20_000,
  );
  if (reply === undefined) throw new Error("no reply");
  expect(reply.parse_mode).toBe("HTML");
  expect(findHtmlProblem(reply.text)).toBeUndefined();
  return reply;
}

/** What the user reads: tags and the renderer's invisible direction marks removed. */
const plain = (html: string) => stripBidiControls(htmlToPlainText(html));

/** Each blockquote (as read) and the line right under it. */
function quotesWithNextLine(html: string): { quote: string; next: string }[] {
  return [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>\n([^\n]*)/g)].map((m) => ({
    quote: plain(m[1] ?? ""),
    next: plain(m[2] ?? ""),
  }));
}

describe("English readers on Telegram", () => {
  it("an English question on the article: English lead, Arabic quote verbatim, labelled translation under it", async () => {
    const question = "Where will the next Astana meeting be held?";
    const reply = await ask(301, question);
    const answer = answers.get(question);
    expect(answer).toMatchObject({ lang: "en", covered: true });
    const text = plain(reply.text);
    expect(firstStrongDirection(htmlToPlainText(reply.text))).toBe("ltr");
    // The direct answer, in English, before any quote.
    const lead = text.slice(0, text.indexOf("[1]"));
    expect(lead).toMatch(/Sochi/);
    expect(lead).toMatch(/mid-February/);
    const shown = quotesWithNextLine(reply.text);
    expect(shown.length).toBe(answer?.quotes.length);
    for (const [i, { quote, next }] of shown.entries()) {
      const q = answer?.quotes[i];
      expect(quote).toBe(q?.text);
      expect(ARTICLE.text).toContain(quote);
      expect(next.startsWith("Translation: ")).toBe(true);
      expect(next.slice("Translation: ".length)).toBe(q?.translation);
      // The translation is English only, and never inside a blockquote or «…».
      expect(next).not.toMatch(/\p{Script=Arabic}/u);
      expect(quote).not.toMatch(/[A-Za-z]/);
    }
    expect(shown.some((s) => s.quote.includes("سوتشي") && s.next.includes("Sochi"))).toBe(true);
    for (const [, inner] of text.matchAll(/«([^»]*)»/g)) expect(ARTICLE.text).toContain(inner);
  });

  it("an English question on a document without a translation: the quote with a labelled glossary line", async () => {
    // "ministry" also matches the article's photo credit (translated): the untranslated
    // document must still win on its own words (TranslationSearch.rankMixed).
    const question = "Where did the ministry open the new hospital?";
    const reply = await ask(302, question);
    const answer = answers.get(question);
    expect(answer).toMatchObject({ lang: "en", covered: true });
    const shown = quotesWithNextLine(reply.text);
    expect(shown.length).toBeGreaterThan(0);
    for (const [i, { quote, next }] of shown.entries()) {
      expect(quote).toBe(answer?.quotes[i]?.text);
      expect(UNTRANSLATED.text).toContain(quote);
      expect(answer?.quotes[i]?.translation).toBeUndefined();
      expect(next).toMatch(/^Glossary \(ours: dictionary senses, not a translation\): /);
    }
    expect(shown[0]?.quote).toContain("الإسكندرية");
    expect(shown[0]?.next).toMatch(/مستشفى — [^·]*hospital/);
    expect(plain(reply.text)).not.toContain("Translation:");
  });
});
