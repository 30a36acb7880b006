/** The "📜 Sources" view: what it adds to an answer. */
import { describe, expect, it } from "vitest";
import type { Answer, Passage } from "../../src/core/types.js";
import { renderSourcesDetail } from "../../src/render/telegram/answer.js";
import { LRM, PDI, RLI, RLM } from "../../src/render/telegram/bidi.js";
import { escapeHtml } from "../../src/render/telegram/html.js";
import {
  DOC,
  FakeAnswerer,
  LAVROV,
  notCovered,
  PARAGRAPH_TRANSLATIONS,
  passagesOf,
  quoteOf,
  SOURCE,
} from "../bot/fakes.js";

import { blockquoteTexts, wellFormed } from "./rendered.js";

const fake = new FakeAnswerer();

describe("renderSourcesDetail", () => {
  it("English: the document line, the paragraph with its speaker, translation and a citation to copy", async () => {
    const answer = await fake.ask("What did Safadi say about refugees?");
    const quote = answer.quotes[0];
    if (quote === undefined) throw new Error("no quote");
    const withMore: Answer = {
      ...answer,
      quotes: [{ ...quote, speaker: LAVROV }],
      passages: passagesOf([quote], true),
      sources: [{ ...SOURCE, titleEn: "Lavrov and Safadi discuss Gulf security in Moscow" }],
    };
    const messages = renderSourcesDetail(withMore);
    wellFormed(messages);
    const html = messages.join("\n");
    // The English title, the original under it, then the document line.
    expect(html).toContain(
      `<b>Lavrov and Safadi discuss Gulf security in Moscow</b>\n${RLM}${RLI}${escapeHtml(DOC.title)}${PDI}\n${LRM}TASS, Wednesday 3 February 2021`,
    );
    expect(html).toContain(`[1]</b> Sergey Lavrov said (paragraph ${quote.paragraph}):\n<blockquote>`);
    expect(html).toContain(`<b>${escapeHtml(quote.text)}</b>`);
    expect(html).toContain(
      `<i>\u200eTranslation:</i> ${escapeHtml(PARAGRAPH_TRANSLATIONS[quote.paragraph] ?? "?")}`,
    );
    expect(html).toContain(`<i>\u200eCite as:</i> <code>TASS, 3 February 2021, ¶${quote.paragraph}</code>`);
    // The translation explains the quote: no dictionary "matched terms" for it.
    expect(html).not.toContain("Matched terms");
    expect(html).not.toContain("2021-02-03");
  });

  it("English without any translation keeps the matched terms, Arabic isolated", async () => {
    const answer = await fake.ask("What did Safadi say about refugees?");
    const bare: Answer = { ...answer, quotes: answer.quotes.map(({ translation: _, ...q }) => q) };
    const html = renderSourcesDetail(bare).join("\n");
    expect(html).toContain(`Matched terms:</i> refugees → ${RLI}اللاجئين، للاجئين${PDI}`);
  });

  it("Arabic: the date as the article writes it, Arabic punctuation, the citation in Arabic", async () => {
    const answer = await fake.ask("ماذا قال لافروف عن سوريا؟");
    const html = renderSourcesDetail({
      ...answer,
      quotes: answer.quotes.map((q) => ({ ...q, speaker: LAVROV })),
    }).join("\n");
    wellFormed([html]);
    expect(html).toContain(`${RLM}تاس، الأربعاء 3 فبراير/شباط 2021`);
    expect(html).toContain(`[1]</b> قال سيرغي لافروف (الفقرة 8):`);
    expect(html).toContain(`<code>تاس، 3 فبراير/شباط 2021، الفقرة 8</code>`);
    expect(html).not.toContain("TASS");
  });

  it("shows each cited paragraph whole and verbatim with the quoted words in bold", async () => {
    for (const question of [
      "What did Lavrov say about Syria?",
      "ماذا قال لافروف عن سوريا؟",
      "What about Libya?",
      "ماذا عن الخليج؟",
    ]) {
      const answer = await fake.ask(question);
      const quote = answer.quotes[0];
      const passage = answer.passages[0];
      if (quote === undefined || passage === undefined) throw new Error("fake gave no quote");
      const paragraph = DOC.paragraphs.find((x) => x.number === quote.paragraph);
      // The passage is the whole paragraph the (shorter) quote comes from.
      expect(passage.text).toBe(DOC.text.slice(paragraph?.start, paragraph?.end));
      expect(passage.text.length).toBeGreaterThan(quote.text.length);
      const messages = renderSourcesDetail(answer);
      wellFormed(messages);
      const html = messages.join("\n");
      expect(blockquoteTexts(messages)).toEqual([passage.text]);
      const before = passage.text.slice(0, quote.start - passage.start);
      expect(html).toContain(`${escapeHtml(before)}<b>${escapeHtml(quote.text)}</b>`);
      const label = answer.lang === "ar" ? `الفقرة ${passage.paragraph}` : `Paragraph ${passage.paragraph}`;
      expect(html).toContain(`[1]</b> ${label}:\n<blockquote>`);
      const sourceAt = html.indexOf(escapeHtml(DOC.title));
      expect(sourceAt).toBeGreaterThan(0);
      expect(sourceAt).toBeLessThan(html.indexOf("<blockquote>"));
    }
  });

  it("shows a paragraph once with all the citations taken from it, in citation order", () => {
    const a = quoteOf("قرار مجلس الأمن رقم 2254", 1);
    const b = quoteOf("العراق وليبيا واليمن", 2);
    const c = { ...a, n: 3, start: a.start + 4, text: DOC.text.slice(a.start + 4, a.end) };
    const answer: Answer = {
      ...notCovered("ar", "x"),
      covered: true,
      kind: "answer",
      lead: "[1] [2] [3]",
      quotes: [a, b, c],
      passages: passagesOf([a, b, c]),
    };
    expect(answer.passages.map((p) => p.paragraph)).toEqual([a.paragraph, b.paragraph]);
    const html = renderSourcesDetail(answer).join("\n");
    expect(html).toContain(`[1] [3]</b> الفقرة ${a.paragraph}:\n<blockquote>`);
    expect(html).toContain(`[2]</b> الفقرة ${b.paragraph}:\n<blockquote>`);
    expect(html.indexOf(`الفقرة ${a.paragraph}`)).toBeLessThan(html.indexOf(`الفقرة ${b.paragraph}`));
    expect(blockquoteTexts([html])).toEqual(answer.passages.map((p) => p.text));
  });

  it("cuts a passage longer than a message into blockquotes that together are the whole paragraph", async () => {
    for (const question of ["What about the Gulf?", "ماذا عن الخليج؟"]) {
      const answer = await fake.ask(question);
      const passage = answer.passages[0];
      if (passage === undefined) throw new Error("no passage");
      const limit = 100;
      expect(passage.text.length).toBeGreaterThan(2 * limit);
      const messages = renderSourcesDetail(answer, limit);
      expect(messages.length).toBeGreaterThan(2);
      wellFormed(messages);
      for (const m of messages) expect(m.length).toBeLessThanOrEqual(limit + 1);
      const pieces = blockquoteTexts(messages);
      expect(pieces.length).toBeGreaterThan(2);
      expect(pieces.join("")).toBe(passage.text);
      // Cut between words only.
      for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/\s$/);
    }
  });

  it("shows the quotes, each with a citation, when the answer has no passages", async () => {
    const answer = { ...(await fake.ask("What about Libya?")), passages: [] as Passage[] };
    const q = answer.quotes[0];
    const html = renderSourcesDetail(answer).join("\n");
    expect(blockquoteTexts([html])).toEqual([q?.text]);
    expect(html).toContain(`<code>TASS, 3 February 2021, ¶${q?.paragraph}</code>`);
  });
});
