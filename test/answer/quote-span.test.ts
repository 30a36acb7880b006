import { describe, expect, it } from "vitest";
import { NEIGHBOUR_WEIGHT, quoteSpanOf, widenWindow } from "../../src/answer/quote-span.js";
import type { Sentence } from "../../src/core/types.js";

/** Sentence spans of `parts` joined by single spaces, and the joined text. */
function passage(parts: readonly string[]): { text: string; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  let at = 0;
  for (const part of parts) {
    sentences.push({ start: at, end: at + part.length });
    at += part.length + 1;
  }
  return { text: parts.join(" "), sentences };
}

/** A scorer counting the given words in a span. */
const counting =
  (text: string, words: readonly string[]) =>
  (span: Sentence): number =>
    words.filter((w) => text.slice(span.start, span.end).includes(w)).length;

const LIMITS = { minChars: 100, maxChars: 300, windowChars: 220 };

describe("quoteSpanOf", () => {
  const long =
    "تحدث التقرير المطول عن تاريخ الفريق وملاعبه ومدربيه ولاعبيه القدامى والجدد وعن جمهوره الكبير في المدينة";
  const { text, sentences } = passage([
    long,
    "أصبح بايتون مانينغ أول ظهير رباعي يقود فريقين مختلفين للقب.",
    "وهو كذلك أكبر لاعب في المباراة سناً في سن 39.",
  ]);

  it("reads a short sentence with the neighbour that adds what is asked", () => {
    const score = counting(text, ["مانينغ", "39"]);
    const quoted = quoteSpanOf(text, sentences, 1, score, LIMITS);
    expect(text.slice(quoted?.span.start, quoted?.span.end)).toBe(
      "أصبح بايتون مانينغ أول ظهير رباعي يقود فريقين مختلفين للقب. وهو كذلك أكبر لاعب في المباراة سناً في سن 39.",
    );
    // The neighbour's word counts, but less than the sentence's own.
    expect(quoted?.score).toBeCloseTo(1 + NEIGHBOUR_WEIGHT);
  });

  it("widens towards the earlier sentence when that one adds more", () => {
    const score = counting(text, ["التقرير", "الفريق"]);
    const quoted = quoteSpanOf(text, sentences, 1, score, LIMITS);
    expect(quoted?.span.start).toBe(0);
    expect(quoted?.span.end).toBe(sentences[1]?.end);
  });

  it("keeps a sentence of readable length whole, with its own score", () => {
    const score = counting(text, ["التقرير", "مانينغ"]);
    expect(quoteSpanOf(text, sentences, 0, score, LIMITS)).toEqual({ span: sentences[0], score: 1 });
  });

  it("cuts a long sentence to the run of clauses holding the words asked", () => {
    const filler = "وشملت المحادثات ملفات اقتصادية كثيرة تخص التجارة والطاقة والنقل والزراعة بين البلدين";
    const one = passage([
      `${filler}، ${filler}، وانضمت الدانمرك إلى الاتحاد سنة 1972، ${filler}، ${filler}.`,
    ]);
    const quoted = quoteSpanOf(one.text, one.sentences, 0, counting(one.text, ["الدانمرك", "1972"]), LIMITS);
    const quote = one.text.slice(quoted?.span.start, quoted?.span.end);
    expect(quote).toContain("وانضمت الدانمرك إلى الاتحاد سنة 1972");
    expect(quote.length).toBeLessThan(one.text.length);
    expect(quoted?.score).toBe(2);
  });
});

describe("widenWindow", () => {
  it("never grows past the longest quote", () => {
    const { sentences } = passage(["قصيرة جداً.", "ب".repeat(400)]);
    expect(widenWindow(sentences, 0, 0, [0, 5], 100, 300)).toEqual(sentences[0]);
  });
});

describe("a quotation is not cut mid-statement", () => {
  it("carries a clause run that opens a quotation on to its closing mark", async () => {
    const { bestClauseWindow } = await import("../../src/answer/quote-span.js");
    const text =
      'وقال الوزير في حديث طويل عن المنطقة وأزماتها المتعددة، كما أكد بقوله إننا "اتفقنا على التنسيق الوثيق لخطواتنا لأن الأهداف التي نتابعها في المنطقة، كما قلت، تتوافق بشكل عملي" وأضاف كلاماً آخر طويلاً عن أمور أخرى لا علاقة لها بالسؤال، وعن مسائل أخرى كثيرة.';
    const sentence = { start: 0, end: text.length };
    const limits = { minChars: 20, maxChars: 400, windowChars: 120 };
    const span = bestClauseWindow(text, sentence, counting(text, ["التنسيق", "الأهداف"]), limits);
    const quoted = text.slice(span.start, span.end);
    expect(quoted).toContain("تتوافق بشكل عملي");
    expect(quoted).not.toContain("لا علاقة لها");
    // Without room for it, the run stays as chosen.
    const tight = bestClauseWindow(text, sentence, counting(text, ["التنسيق", "الأهداف"]), {
      ...limits,
      maxChars: 60,
    });
    expect(text.slice(tight.start, tight.end)).not.toContain("تتوافق");
  });
});
