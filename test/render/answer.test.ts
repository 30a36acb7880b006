import { describe, expect, it } from "vitest";
import type { Answer, SourceRef } from "../../src/core/types.js";
import {
  cleanText,
  renderAnswer,
  renderHelp,
  renderSourceList,
  renderSourcesDetail,
} from "../../src/render/telegram/answer.js";
import { firstStrongDirection, PDI, RLI } from "../../src/render/telegram/bidi.js";
import { escapeHtml, findHtmlProblem, htmlToPlainText } from "../../src/render/telegram/html.js";
import { TELEGRAM_MESSAGE_LIMIT } from "../../src/render/telegram/split.js";
import { DOC, FakeAnswerer, longAnswer, notCovered, quoteOf, SOURCE } from "../bot/fakes.js";

const fake = new FakeAnswerer();

function wellFormed(messages: readonly string[]): void {
  for (const m of messages) {
    expect(findHtmlProblem(m), m).toBeUndefined();
    expect(m.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
  }
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
      `<b>[1]</b> الفقرة ${quote.paragraph}\n<blockquote>${escapeHtml(quote.text)}</blockquote>`,
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
      `paragraph ${quote.paragraph}\n<blockquote>${RLI}${escapeHtml(quote.text)}${PDI}</blockquote>`,
    );
    expect(html).toContain("<i>Translation (not a quote):</i>");
    expect(firstStrongDirection(htmlToPlainText(html))).toBe("ltr");
  });

  it("escapes HTML look-alikes and removes bidi overrides from answer text and translations", () => {
    const base = notCovered("en", "x");
    const answer: Answer = {
      ...base,
      covered: true,
      kind: "answer",
      text: "Use <b>bold</b> & \u202Eevil\u202C [1]",
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
    expect(messages.join("")).toContain("&lt;script&gt;");
    expect(firstStrongDirection(htmlToPlainText(messages.join("")))).toBe("rtl");
  });

  it("falls back to the catalog's not-covered text when the answerer gives none", () => {
    const { messages } = renderAnswer({ ...notCovered("en", ""), text: "  " });
    expect(messages).toEqual(["The article does not cover this."]);
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
      for (const paragraph of answer.text.split("\n\n"))
        expect(shown).toContain(paragraph.replace(/\s+/g, " "));
      for (const m of messages) {
        expect(firstStrongDirection(htmlToPlainText(m))).toBe(lang === "ar" ? "rtl" : "ltr");
      }
    }
  });

  it("flags stand-in sources, and does not for original ones", async () => {
    const answer = await fake.ask("What did Safadi say about refugees?");
    expect(renderAnswer(answer).messages.join("")).toContain("stand-in");
    const original: SourceRef = { ...SOURCE, provenance: "original" };
    expect(renderAnswer({ ...answer, sources: [original] }).messages.join("")).not.toContain("stand-in");
  });

  it("names the document next to each quote when quotes come from several documents", async () => {
    const answer = await fake.ask("What about Libya?");
    const q = answer.quotes[0];
    if (q === undefined) throw new Error("no quote");
    const other: SourceRef = { doc: "other", title: "Other", source: "Other Agency", provenance: "original" };
    const html = renderAnswer({
      ...answer,
      quotes: [q, { ...q, doc: "other", n: 2 }],
      sources: [SOURCE, other],
    }).messages.join("");
    expect(html).toContain("Other Agency");
    expect(html).toContain("TASS / تاس");
  });
});

describe("renderSourcesDetail", () => {
  it("lists the cited document, each passage with its paragraph number, and matched terms", async () => {
    const answer = await fake.ask("What did Safadi say about refugees?");
    const html = renderSourcesDetail(answer).join("\n");
    wellFormed([html]);
    expect(html).toContain("Sources and quoted passages");
    expect(html).toContain(escapeHtml(DOC.title));
    expect(html).toContain("2021-02-03");
    expect(html).toContain("stand-in text, not the original");
    const q = answer.quotes[0];
    expect(html).toContain(`paragraph ${q?.paragraph}`);
    expect(html).toContain(escapeHtml(q?.text ?? "?"));
    expect(html).toContain("Matched terms");
    expect(html).toContain("refugees");
  });

  it("is in Arabic for an Arabic answer", async () => {
    const answer = await fake.ask("ماذا عن اللاجئين؟");
    const html = renderSourcesDetail(answer).join("\n");
    expect(html).toContain("المصادر");
    expect(html).toContain("الفقرة");
    expect(firstStrongDirection(htmlToPlainText(html))).toBe("rtl");
  });
});

describe("renderSourceList and renderHelp", () => {
  it("lists sources, flags stand-ins, links only http(s) URLs, escapes everything", () => {
    const sources: SourceRef[] = [
      SOURCE,
      {
        doc: "b",
        title: "A <b> title",
        source: "X & Y",
        url: "https://example.test/?a=1&b=2",
        provenance: "original",
      },
      { doc: "c", title: "C", source: "Z", url: "javascript:alert(1)", provenance: "original" },
    ];
    const html = renderSourceList(sources, "en").join("\n");
    wellFormed([html]);
    expect(html).toContain("1. ");
    expect(html).toContain("stand-in text, not the original");
    expect(html).toContain("A &lt;b&gt; title");
    expect(html).toContain('<a href="https://example.test/?a=1&amp;b=2">');
    expect(html).not.toContain("javascript:");
    expect(html.match(/stand-in/g)).toHaveLength(1);
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
