/**
 * Fuzz test of the Telegram renderer (src/render/telegram/*) over seeded random answers:
 * random documents (Arabic, Latin, emoji, controls, bidi characters, HTML-looking text, up to
 * tens of thousands of characters), quotes and passages sliced from them at random, random
 * leads, translations, titles, URLs and matched terms, at the real message limit and at
 * small ones. Every message must be HTML Telegram accepts (checked by an independent parser),
 * within the limit, and every quote and passage must be shown whole and verbatim.
 */
import { describe, expect, it } from "vitest";
import type { Answer, AnswerKind, Lang, Passage, Quote, SourceRef } from "../../src/core/types.js";
import { splitParagraphs } from "../../src/corpus/paragraphs.js";
import {
  notice,
  renderAnswer,
  renderHelp,
  renderSourceList,
  renderSourcesDetail,
} from "../../src/render/telegram/answer.js";
import { PDI, RLI } from "../../src/render/telegram/bidi.js";
import { escapeHtml, findHtmlProblem, htmlToPlainText } from "../../src/render/telegram/html.js";
import { int, pick, type Random, randomLength, randomText, seeded } from "./random-text.js";
import { blockquoteTexts, parseTelegramHtml, TELEGRAM_LIMIT } from "./telegram-html.js";

const CASES = 400;

interface Doc {
  readonly id: string;
  readonly text: string;
  readonly paragraphs: ReturnType<typeof splitParagraphs>;
}

/** The renderer adds its own marks and isolates around Arabic: keep them out of the corpus text. */
const withoutIsolates = (text: string) => text.replace(/[\u200e\u200f\u2067\u2069]/g, "·");

function randomDoc(random: Random, n: number): Doc {
  const paragraphs = Array.from({ length: 1 + int(random, 6) }, () => {
    const text = withoutIsolates(randomText(random, randomLength(random, 12_000))).replace(/[\r\n]+/g, " ");
    return `${text}${random() < 0.3 ? "" : "."}`;
  });
  // Paragraphs are lines with visible text (the loader's rule); make sure each has some.
  const text = paragraphs.map((p) => `ن ${p}`).join("\n");
  return { id: `doc-${n}`, text, paragraphs: splitParagraphs(text) };
}

/** Code-point-aligned offsets (quotes never cut a surrogate pair). */
function alignedOffset(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

function randomSpan(random: Random, doc: Doc): { start: number; end: number; paragraph: number } {
  const p = pick(random, doc.paragraphs);
  for (;;) {
    let start = alignedOffset(doc.text, p.start + int(random, p.end - p.start));
    let end = alignedOffset(doc.text, start + 1 + int(random, Math.min(p.end - start, 6000)));
    if (end <= start) end = Math.min(p.end, start + 2);
    if (random() < 0.3) {
      start = p.start;
      end = p.end;
    }
    if (/\S/u.test(doc.text.slice(start, end))) return { start, end, paragraph: p.number };
  }
}

function randomSource(random: Random, doc: Doc): SourceRef {
  const urls = [
    "https://tass.ru/x?a=1&b=<2>",
    'http://example.com/"quoted"',
    "javascript:alert(1)",
    "ftp://example.com/file",
    `https://example.com/${randomText(random, 20)}`,
  ];
  return {
    doc: doc.id,
    title: randomText(random, 1 + int(random, 200)),
    source: randomText(random, 1 + int(random, 60)),
    ...(random() < 0.5 ? { date: randomText(random, 10) } : {}),
    ...(random() < 0.5 ? { url: pick(random, urls) } : {}),
  };
}

function randomAnswer(random: Random, docs: readonly Doc[]): Answer {
  const lang: Lang = random() < 0.5 ? "ar" : "en";
  const kind: AnswerKind = pick(random, ["answer", "answer", "quotes", "not_covered"] as const);
  const covered = kind !== "not_covered";
  const quotes: Quote[] = [];
  if (covered) {
    const count = int(random, 8);
    for (let n = 1; n <= count; n++) {
      const doc = pick(random, docs);
      const span = randomSpan(random, doc);
      quotes.push({
        text: doc.text.slice(span.start, span.end),
        doc: doc.id,
        paragraph: span.paragraph,
        start: span.start,
        end: span.end,
        n,
        ...(random() < 0.4 ? { translation: randomText(random, randomLength(random, 3000)) } : {}),
      });
    }
  }
  const passages: Passage[] = [];
  for (const q of quotes) {
    if (passages.some((p) => p.doc === q.doc && p.paragraph === q.paragraph)) continue;
    const doc = docs.find((d) => d.id === q.doc);
    const p = doc?.paragraphs.find((x) => x.number === q.paragraph);
    if (doc === undefined || p === undefined) continue;
    passages.push({
      doc: doc.id,
      paragraph: p.number,
      start: p.start,
      end: p.end,
      text: doc.text.slice(p.start, p.end),
    });
  }
  const text = randomText(random, randomLength(random, 8000));
  return {
    lang,
    covered,
    kind,
    confidence: random() < 0.5 ? "high" : "low",
    text,
    lead: random() < 0.15 ? "" : randomText(random, randomLength(random, 8000)),
    quotes,
    passages,
    sources: docs.map((d) => randomSource(random, d)),
    matchedTerms: Array.from({ length: int(random, 4) }, () => ({
      english: randomText(random, 1 + int(random, 30)),
      arabic: Array.from({ length: 1 + int(random, 3) }, () => randomText(random, 1 + int(random, 20))),
    })),
    answerer: "fuzz",
  };
}

function expectTelegramValid(messages: readonly string[], limit: number, label: string): void {
  expect(messages.length, `${label}: at least one message`).toBeGreaterThan(0);
  for (const [i, html] of messages.entries()) {
    const where = `${label}, message ${i + 1}/${messages.length}`;
    expect(parseTelegramHtml(html).problems, where).toEqual([]);
    expect(findHtmlProblem(html), where).toBeUndefined();
    // Every line with visible text opens with an explicit direction mark, whatever the input.
    for (const line of htmlToPlainText(html).split("\n"))
      if (line.trim() !== "")
        expect(["\u200e", "\u200f"], `${where}: ${JSON.stringify(line.slice(0, 40))}`).toContain(line[0]);
    // The source itself fits (one direction mark may be added in front of a packed message).
    expect(html.length, where).toBeLessThanOrEqual(Math.min(limit + 1, TELEGRAM_LIMIT));
  }
}

/** What the blockquotes of some messages show, joined, with the renderer's own marks and isolates removed. */
function shownVerbatim(messages: readonly string[], lang: Lang): string {
  const shown = messages
    .flatMap(blockquoteTexts)
    .join("")
    .replace(/[\u200e\u200f]/g, "");
  return lang === "en" ? shown.replaceAll(RLI, "").replaceAll(PDI, "") : shown;
}

describe("Telegram renderer fuzz", () => {
  it(`${CASES} random answers render to valid Telegram HTML within the limit, quotes and passages verbatim`, () => {
    const random = seeded(0x7e1e);
    const seen = { multiMessage: 0, splitQuotes: 0, longest: 0 };
    for (let c = 0; c < CASES; c++) {
      const docs = Array.from({ length: 1 + int(random, 3) }, (_, n) => randomDoc(random, n));
      const answer = randomAnswer(random, docs);
      const limit = random() < 0.75 ? TELEGRAM_LIMIT - 16 : 300 + int(random, 3000);
      const label = `case ${c} (${answer.lang}, ${answer.kind}, limit ${limit})`;

      const rendered = renderAnswer(answer, limit);
      expectTelegramValid(rendered.messages, limit, `${label} answer`);
      if (rendered.messages.length > 1) seen.multiMessage++;
      if (rendered.messages.flatMap(blockquoteTexts).length > answer.quotes.length) seen.splitQuotes++;
      seen.longest = Math.max(seen.longest, ...answer.quotes.map((q) => q.text.length));
      if (answer.covered) {
        expect(shownVerbatim(rendered.messages, answer.lang), `${label}: quotes verbatim`).toBe(
          answer.quotes.map((q) => q.text).join(""),
        );
      } else {
        expect(rendered.messages.join("")).not.toContain("<blockquote>");
      }

      const detail = renderSourcesDetail(answer, limit);
      expectTelegramValid(detail, limit, `${label} sources`);
      const cited = answer.passages.length > 0 ? answer.passages : answer.quotes;
      expect(shownVerbatim(detail, answer.lang), `${label}: passages verbatim`).toBe(
        cited.map((p) => p.text).join(""),
      );

      expectTelegramValid(
        renderSourceList(answer.sources, answer.lang),
        TELEGRAM_LIMIT - 16,
        `${label} list`,
      );
      expectTelegramValid(
        renderHelp(answer.lang, random() < 0.5 ? undefined : "Test_Bot", answer.sources.slice(0, 2)),
        TELEGRAM_LIMIT - 16,
        `${label} help`,
      );
      const free = randomText(random, 1 + int(random, 3000));
      // The bot's notices are fixed texts; any text with a letter or digit must come out valid.
      if (/[\p{L}\p{N}]/u.test(free))
        expectTelegramValid(notice(escapeHtml(free), answer.lang), TELEGRAM_LIMIT - 16, `${label} notice`);
    }
    // The run did reach the hard paths: answers over several messages, quotes cut into pieces.
    expect(seen.multiMessage).toBeGreaterThan(CASES / 10);
    expect(seen.splitQuotes).toBeGreaterThan(10);
    expect(seen.longest).toBeGreaterThan(TELEGRAM_LIMIT);
  });

  it("the independent checker flags what Telegram would refuse", () => {
    const bad = [
      "<b>unclosed",
      "a & b",
      "1 < 2",
      "<b><i>x</b></i>",
      "<blockquote>a<blockquote>b</blockquote></blockquote>",
      "<script>x</script>",
      '<a href="javascript:alert(1)">x</a>',
      "&nbsp;x",
      "&#0;x",
      "<pre><b>x</b></pre>",
      "\u200f  \n",
      `${"x".repeat(TELEGRAM_LIMIT + 1)}`,
      "\ud83dx",
    ];
    for (const html of bad) expect(parseTelegramHtml(html).problems, JSON.stringify(html)).not.toEqual([]);
    const good = [
      '<b>a</b> &amp; <i>b</i>\n<blockquote>«ن»</blockquote> <a href="https://x.y/?a=1&amp;b">l</a> &#x1F600;',
    ];
    for (const html of good) expect(parseTelegramHtml(html).problems).toEqual([]);
  });
});
