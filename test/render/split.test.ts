import { describe, expect, it } from "vitest";
import { escapeHtml, findHtmlProblem, htmlToPlainText } from "../../src/render/telegram/html.js";
import {
  BLOCK_SEPARATOR,
  packMessages,
  splitHtml,
  splitPlainText,
  TELEGRAM_MESSAGE_LIMIT,
} from "../../src/render/telegram/split.js";

/** Deterministic PRNG (mulberry32) so the randomised cases are reproducible. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const visible = (html: string) => htmlToPlainText(html).replace(/\s+/g, "");

describe("packMessages", () => {
  it("keeps short content in one message, blocks joined by a blank line", () => {
    expect(packMessages(["a", "<b>b</b>", "c"])).toEqual(["a\n\n<b>b</b>\n\nc"]);
  });

  it("skips empty blocks", () => {
    expect(packMessages(["", "  ", "x"])).toEqual(["x"]);
  });

  it("never splits a block that fits, and loses nothing", () => {
    const blocks = Array.from(
      { length: 40 },
      (_, i) => `<b>[${i}]</b> ${"كلمة ".repeat(20 + (i % 7) * 10).trim()}`,
    );
    const messages = packMessages(blocks, 1000);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(1000);
    expect(messages.join(BLOCK_SEPARATOR)).toBe(blocks.join(BLOCK_SEPARATOR));
  });

  it("defaults to Telegram's limit with a margin", () => {
    const blocks = Array.from({ length: 30 }, () => "x".repeat(500));
    for (const m of packMessages(blocks)) expect(m.length).toBeLessThan(TELEGRAM_MESSAGE_LIMIT);
  });
});

describe("splitHtml (one block larger than a message)", () => {
  it("prefers blank lines, then sentence ends, then spaces", () => {
    const para = "First sentence here. Second sentence here.";
    const pieces = splitHtml(`${para}\n\n${para}`, 50);
    expect(pieces[0]).toBe(`${para}\n\n`);
    const sentences = splitHtml("Alpha beta gamma. Delta epsilon zeta eta theta.", 30);
    expect(sentences[0]).toBe("Alpha beta gamma. ");
  });

  it("closes and reopens a blockquote at the cut, so each piece is a valid quote", () => {
    const quote = "وقال لافروف إن الجانبين ناقشا الأمن في الخليج. ".repeat(30);
    const html = `<blockquote>${escapeHtml(quote)}</blockquote>`;
    const pieces = splitHtml(html, 400);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(400);
      expect(p.startsWith("<blockquote>")).toBe(true);
      expect(p.endsWith("</blockquote>")).toBe(true);
      expect(findHtmlProblem(p)).toBeUndefined();
    }
    expect(pieces.map(htmlToPlainText).join("")).toBe(quote);
  });

  it("never cuts inside an entity", () => {
    const html = escapeHtml("<&>".repeat(200));
    for (const p of splitHtml(html, 37)) {
      expect(findHtmlProblem(p)).toBeUndefined();
      expect(p.length).toBeLessThanOrEqual(37);
    }
  });

  it("never cuts inside a tag and keeps attributes when reopening", () => {
    const html = `<a href="https://example.test/a?b=1&amp;c=2">${"link text ".repeat(40)}</a>`;
    const pieces = splitHtml(html, 120);
    for (const p of pieces) {
      expect(findHtmlProblem(p)).toBeUndefined();
      expect(p.startsWith('<a href="https://example.test/a?b=1&amp;c=2">')).toBe(true);
    }
  });

  it("does not separate Arabic letters from their diacritics", () => {
    const word = "مُحَادَثَاتٌ";
    const pieces = splitHtml(word.repeat(50), 25);
    for (const p of pieces) expect(/^\p{M}/u.test(p)).toBe(false);
    expect(pieces.join("")).toBe(word.repeat(50));
  });

  it("keeps surrogate pairs (emoji) whole", () => {
    const pieces = splitHtml("😀".repeat(100), 15);
    for (const p of pieces) expect(p).toMatch(/^(😀)+$/u);
  });

  it("holds its invariants on random nested markup (seeded)", () => {
    const random = rng(20210203);
    const words = ["لافروف", "الصفدي", "Moscow", "&amp;", "&lt;b&gt;", "2254", "😀", "،", "."];
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    for (let round = 0; round < 200; round++) {
      const parts: string[] = [];
      const n = 20 + Math.floor(random() * 300);
      for (let i = 0; i < n; i++) {
        const r = random();
        const word = pick(words);
        if (r < 0.1) parts.push(`<b>${word}</b>`);
        else if (r < 0.15) parts.push(`<i>${word} <u>${pick(words)}</u></i>`);
        else if (r < 0.2) parts.push("\n");
        else if (r < 0.23) parts.push("\n\n");
        else parts.push(word);
        parts.push(random() < 0.8 ? " " : "");
      }
      const inner = parts.join("");
      const html = random() < 0.5 ? `<blockquote>${inner}</blockquote>` : inner;
      // Limits stay above the deepest markup overhead (open + close tags of three levels).
      const limit = 80 + Math.floor(random() * 400);
      const pieces = splitHtml(html, limit);
      for (const p of pieces) {
        expect(p.length, `round ${round}`).toBeLessThanOrEqual(limit);
        expect(findHtmlProblem(p), `round ${round}: ${p}`).toBeUndefined();
      }
      expect(visible(pieces.join("")), `round ${round}`).toBe(visible(html));
    }
  });
});

describe("splitPlainText", () => {
  it("keeps text that fits in one piece", () => {
    expect(splitPlainText("قال لافروف", 20)).toEqual(["قال لافروف"]);
  });

  it("cuts after a line break, else after a sentence end, else after a space; the pieces join to the text", () => {
    expect(splitPlainText("aaaa bbbb\ncc dd ee", 14)).toEqual(["aaaa bbbb\n", "cc dd ee"]);
    expect(splitPlainText("aa bb. cc dd ee ff", 13)).toEqual(["aa bb. ", "cc dd ee ff"]);
    expect(splitPlainText("قال لافروف إن الجانبين ناقشا", 12)).toEqual([
      "قال لافروف ",
      "إن الجانبين ",
      "ناقشا",
    ]);
  });

  it("measures with the given function (escaped length) so escaped pieces fit", () => {
    const text = "a & b & c & d";
    const measure = (ch: string) => escapeHtml(ch).length;
    const pieces = splitPlainText(text, 10, measure);
    expect(pieces.join("")).toBe(text);
    for (const p of pieces) expect(escapeHtml(p).length).toBeLessThanOrEqual(10);
    expect(pieces.length).toBeGreaterThan(1);
  });

  it("cuts a word with no space inside the limit, never inside a surrogate pair or before a combining mark", () => {
    const emoji = "😀".repeat(5);
    const pieces = splitPlainText(emoji, 3);
    expect(pieces.join("")).toBe(emoji);
    for (const p of pieces) expect(p).toMatch(/^(?:😀)+$/u);
    const marked = "بَبَبَبَ";
    const cut = splitPlainText(marked, 3);
    expect(cut.join("")).toBe(marked);
    for (const p of cut) expect(p).not.toMatch(/^\p{M}/u);
  });

  it("holds its invariants on random Arabic text (seeded)", () => {
    const random = rng(7);
    const words = ["قال", "لافروف", "إن", "الجانبين", "ناقشا", "2254", "&", "<b>", "سوريا.", "\n"];
    for (let round = 0; round < 200; round++) {
      const text = Array.from(
        { length: 5 + Math.floor(random() * 60) },
        () => words[Math.floor(random() * words.length)],
      ).join(random() < 0.9 ? " " : "");
      const limit = 8 + Math.floor(random() * 60);
      const measure = (ch: string) => escapeHtml(ch).length;
      const pieces = splitPlainText(text, limit, measure);
      expect(pieces.join(""), `round ${round}`).toBe(text);
      for (const p of pieces) {
        expect(p.length).toBeGreaterThan(0);
        expect(Array.from(p).reduce((n, ch) => n + measure(ch), 0)).toBeLessThanOrEqual(limit);
      }
    }
  });
});
