import { describe, expect, it } from "vitest";
import type { Answer, SourceRef } from "../../src/core/types.js";
import { strings } from "../../src/render/i18n.js";
import { cleanText, renderAnswer, renderHelp, renderSourceList } from "../../src/render/telegram/answer.js";
import { firstStrongDirection, PDI, RLI, RLM, stripBidiControls } from "../../src/render/telegram/bidi.js";
import { escapeHtml, htmlToPlainText } from "../../src/render/telegram/html.js";
import { DOC, FakeAnswerer, longAnswer, notCovered, passageOf, quoteOf, SOURCE } from "../bot/fakes.js";

import { blockquoteTexts, wellFormed } from "./rendered.js";

const fake = new FakeAnswerer();

/** How many times `needle` occurs in `haystack` (non-overlapping). */
function occurrences(haystack: string, needle: string): number {
  return needle.length === 0 ? 0 : haystack.split(needle).length - 1;
}

describe("renderAnswer", () => {
  it("Arabic: answer text, numbered citation, verbatim quote in a blockquote, starts right to left", async () => {
    const answer = await fake.ask("ماذا قال لافروف عن سوريا؟");
    const quote = answer.quotes[0];
    expect(quote).toBeDefined();
    if (quote === undefined) return;
    expect(DOC.text.slice(quote.start, quote.end)).toBe(quote.text);
    const { messages, hasSources } = renderAnswer(answer);
    expect(hasSources).toBe(true);
    expect(messages).toHaveLength(1);
    const html = messages[0] ?? "";
    wellFormed(messages);
    expect(html).toContain(
      `<b>${RLM}[1]</b> الفقرة ${quote.paragraph}:\n<blockquote>${RLM}${escapeHtml(quote.text)}</blockquote>`,
    );
    expect(firstStrongDirection(htmlToPlainText(html))).toBe("rtl");
    expect(htmlToPlainText(html)).toContain(quote.text);
  });

  it("English: Arabic quote isolated right to left, labelled translation, starts left to right", async () => {
    const answer = await fake.ask("What did Lavrov say about Syria?");
    const quote = answer.quotes[0];
    if (quote === undefined) throw new Error("fake gave no quote");
    const html = renderAnswer(answer).messages.join("\n");
    expect(html).toContain(
      `Paragraph ${quote.paragraph}:\n<blockquote>${RLM}${RLI}${escapeHtml(quote.text)}${PDI}</blockquote>`,
    );
    // The translation is under the quote, labelled, and never inside the blockquote.
    expect(html).toMatch(/<\/blockquote>\n<i>\u200eTranslation:<\/i> Lavrov said/);
    wellFormed([html]);
    expect(firstStrongDirection(htmlToPlainText(html))).toBe("ltr");
  });

  it("English without a translation: the gloss line under the quote, labelled, outside the blockquote", async () => {
    const answer = await fake.ask("What did Lavrov say about Syria?");
    const quotes = answer.quotes.map(({ translation: _, ...q }) => ({ ...q, gloss: "سوريا — Syria <&>" }));
    const html = renderAnswer({ ...answer, quotes }).messages.join("\n");
    expect(html).toMatch(
      /<\/blockquote>\n<i>\u200eGlossary \(ours: dictionary senses, not a translation\):<\/i> \u2067سوريا\u2069 — Syria &lt;&amp;&gt;/,
    );
    for (const inside of blockquoteTexts([html])) expect(inside).not.toContain("Syria");
    wellFormed([html]);
    // Arabic readers never see it.
    expect(renderAnswer({ ...answer, lang: "ar", quotes }).messages.join("")).not.toContain("Syria &lt;");
  });

  it("escapes HTML look-alikes and removes bidi overrides from answer text and translations", () => {
    const base = notCovered("en", "x");
    const answer: Answer = {
      ...base,
      covered: true,
      kind: "answer",
      text: "Use <b>bold</b> & \u202Eevil\u202C [1] «…»",
      lead: "Use <b>bold</b> & \u202Eevil\u202C [1]",
      quotes: [{ ...quoteOf("العراق وليبيا واليمن", 1), translation: "<i>not markup</i>" }],
    };
    const html = renderAnswer(answer).messages.join("\n");
    expect(html).toContain("Use &lt;b&gt;bold&lt;/b&gt; &amp; evil [1]");
    expect(html).toContain("&lt;i&gt;not markup&lt;/i&gt;");
    expect(html).not.toContain("\u202E");
    wellFormed([html]);
  });

  it("out of scope: the answer's own text, no quotes, no Sources button", () => {
    const { messages, hasSources } = renderAnswer(notCovered("ar", "<script>"));
    expect(hasSources).toBe(false);
    expect(messages.join("")).not.toContain("<blockquote>");
    expect(stripBidiControls(htmlToPlainText(messages.join("")))).toContain("«<script>»");
    expect(firstStrongDirection(htmlToPlainText(messages.join("")))).toBe("rtl");
  });

  it("falls back to the catalog's not-covered text when the answerer gives none", () => {
    const { messages, suggestions } = renderAnswer({ ...notCovered("en", ""), text: "  ", lead: "" });
    expect(messages[0]).toMatch(
      /^\u200eThe article does not cover this\.\n\n\u200eThe article covers the talks/,
    );
    expect(suggestions).toEqual(strings("en").exampleQuestions);
    wellFormed(messages);
  });

  it("a refusal with the answerer's own example questions: buttons, not the line listing them", () => {
    const suggestions = ["أين سيعقد اجتماع أستانا المقبل؟", "ماذا قال لافروف عن حل الدولتين؟"];
    const lead = `لا يتناول المقال هذا السؤال. يتناول المقال: الأمن في الخليج.\nيمكنك أن تسأل مثلاً: «${suggestions[0]}»، «${suggestions[1]}»`;
    const rendered = renderAnswer({ ...notCovered("ar", "x"), lead, suggestions });
    expect(rendered.suggestions).toEqual(suggestions);
    const shown = stripBidiControls(htmlToPlainText(rendered.messages.join("\n")));
    expect(shown).toContain("يتناول المقال: الأمن في الخليج.");
    expect(shown).not.toContain("يمكنك أن تسأل");
    // The answerer said what the article covers: the catalogue's topics are not added.
    expect(shown).not.toContain(strings("ar").articleTopics);
    expect(shown).toContain(strings("ar").tryAsking);
  });

  it("out of scope: shows the lead, or the text when the lead is empty", () => {
    const base = notCovered("en", "x");
    expect(renderAnswer({ ...base, lead: "Lead only." }).messages[0]).toMatch(/^\u200eLead only\.\n/);
    expect(renderAnswer({ ...base, lead: "", text: "Text only." }).messages[0]).toMatch(
      /^\u200eText only\.\n/,
    );
  });

  it("shows every quote body exactly once: the lead above, the quotes as blockquotes", async () => {
    const questions = [
      "ماذا قال لافروف عن سوريا؟",
      "What did Safadi say about refugees?",
      "What about Libya?",
      "ماذا عن الخليج؟",
    ];
    const answers: Answer[] = [];
    for (const q of questions) answers.push(await fake.ask(q), await fake.ask(q, { wantQuotes: true }));
    answers.push(longAnswer("ar"), longAnswer("en"));
    for (const answer of answers) {
      expect(answer.quotes.length).toBeGreaterThan(0);
      // The fake's `text` repeats the quote bodies, as the pipeline's does: the renderer must not use it.
      for (const q of answer.quotes) expect(answer.text).toContain(q.text);
      const { messages } = renderAnswer(answer);
      const shown = htmlToPlainText(messages.join("\n"));
      for (const q of answer.quotes)
        expect(occurrences(shown, q.text), `quote [${q.n}] of ${answer.lead}`).toBe(1);
      for (const block of answer.lead.split("\n\n")) expect(shown).toContain(block);
    }
  });

  it("without a lead, uses the text unless it repeats a quote body (then a neutral header)", async () => {
    const answer = await fake.ask("ماذا قال لافروف عن سوريا؟");
    const q = answer.quotes[0];
    if (q === undefined) throw new Error("no quote");
    const repeating = htmlToPlainText(renderAnswer({ ...answer, lead: "" }).messages.join("\n"));
    expect(occurrences(repeating, q.text)).toBe(1);
    expect(repeating).toContain("المقاطع الحرفية من المقال:");
    const framing = htmlToPlainText(
      renderAnswer({ ...answer, lead: "", text: "إطار الإجابة [1]" }).messages.join("\n"),
    );
    expect(framing).toContain("إطار الإجابة [1]");
    expect(occurrences(framing, q.text)).toBe(1);
  });

  it("a quote longer than a message is cut into blockquotes that together are the verbatim quote", () => {
    for (const lang of ["ar", "en"] as const) {
      const p = DOC.paragraphs[1];
      if (p === undefined) throw new Error("no paragraph 2");
      const quote = { ...quoteOf("للأمن الجماعي في منطقة الخليج", 1), text: DOC.text.slice(p.start, p.end) };
      const answer: Answer = {
        ...longAnswer(lang),
        lead: "x [1]",
        quotes: [quote],
        passages: [passageOf(quote)],
      };
      const limit = 120;
      const { messages } = renderAnswer(answer, limit);
      wellFormed(messages);
      for (const m of messages) expect(m.length).toBeLessThanOrEqual(limit + 1);
      const pieces = blockquoteTexts(messages);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join("")).toBe(quote.text);
      if (lang === "en") {
        for (const m of messages)
          for (const b of m.match(/<blockquote>[\s\S]*?<\/blockquote>/g) ?? [])
            expect(b).toMatch(new RegExp(`^<blockquote>${RLM}${RLI}[^${RLI}${PDI}]*${PDI}</blockquote>$`));
      }
    }
  });

  it("a very long answer is split into several messages; nothing is lost and no quote is cut", () => {
    for (const lang of ["ar", "en"] as const) {
      const answer = longAnswer(lang);
      const { messages } = renderAnswer(answer);
      expect(messages.length).toBeGreaterThan(1);
      wellFormed(messages);
      for (const q of answer.quotes) {
        const holders = messages.filter((m) => m.includes(escapeHtml(q.text)));
        expect(holders, `quote ${q.n}`).toHaveLength(1);
      }
      const shown = htmlToPlainText(messages.join("\n")).replace(/\s+/g, " ");
      for (const paragraph of answer.lead.split("\n\n"))
        expect(shown).toContain(paragraph.replace(/\s+/g, " "));
      for (const m of messages) {
        expect(firstStrongDirection(htmlToPlainText(m))).toBe(lang === "ar" ? "rtl" : "ltr");
      }
    }
  });

  it("names the document next to each quote when quotes come from several documents", async () => {
    const answer = await fake.ask("What about Libya?");
    const q = answer.quotes[0];
    if (q === undefined) throw new Error("no quote");
    const other: SourceRef = { doc: "other", title: "Other", source: "Other Agency" };
    const html = renderAnswer({
      ...answer,
      quotes: [q, { ...q, doc: "other", n: 2 }],
      sources: [SOURCE, other],
    }).messages.join("");
    expect(html).toContain("[2]</b> Paragraph 6 (Other Agency):");
    // The agency in the reader's script, with the date as English readers write it.
    expect(html).toContain("[1]</b> Paragraph 6 (TASS, 3 February 2021):");
  });
});

describe("renderSourceList and renderHelp", () => {
  it("lists sources, links only http(s) URLs, escapes everything", () => {
    const sources: SourceRef[] = [
      SOURCE,
      {
        doc: "b",
        title: "A <b> title",
        source: "X & Y",
        url: "https://example.test/?a=1&b=2",
      },
      { doc: "c", title: "C", source: "Z", url: "javascript:alert(1)" },
    ];
    const html = renderSourceList(sources, "en").join("\n");
    wellFormed([html]);
    expect(html).toContain("1. ");
    expect(html).toContain("A &lt;b&gt; title");
    expect(html).toContain('<a href="https://example.test/?a=1&amp;b=2">');
    expect(html).not.toContain("javascript:");
  });

  it("says so when there are no sources", () => {
    expect(renderSourceList([], "ar")[0]).toContain("لا توجد مصادر");
  });

  it("help explains the article, how to ask, commands and groups, in both languages", () => {
    const en = renderHelp("en", "TestNameBot", [SOURCE]).join("\n");
    const ar = renderHelp("ar", "TestNameBot", [SOURCE]).join("\n");
    wellFormed([en, ar]);
    for (const html of [en, ar]) {
      for (const cmd of ["/quote", "/sources", "/lang", "/help", "/ask@TestNameBot"])
        expect(html).toContain(cmd);
      expect(html).toContain("2021");
    }
    expect(en).toContain("Lavrov");
    expect(ar).toContain("لافروف");
    expect(firstStrongDirection(htmlToPlainText(ar))).toBe("rtl");
  });
});

describe("cleanText", () => {
  it("normalises newlines and removes control and bidi characters", () => {
    expect(cleanText("a\r\nb\u0007\u202Ec\u2066")).toBe("a\nbc");
  });
});
