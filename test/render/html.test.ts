import { describe, expect, it } from "vitest";
import {
  decodeEntities,
  escapeAttribute,
  escapeHtml,
  findHtmlProblem,
  htmlToPlainText,
} from "../../src/render/telegram/html.js";

describe("escapeHtml", () => {
  it("escapes the three characters Telegram's HTML parser cares about", () => {
    expect(escapeHtml(`<b>Tom & "Jerry"</b>`)).toBe(`&lt;b&gt;Tom &amp; "Jerry"&lt;/b&gt;`);
  });

  it("escapes already-escaped text again (it is text, not markup)", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });

  it("leaves Arabic, emoji and Markdown look-alikes untouched", () => {
    const text = "قال لافروف *مهم* _x_ `y` 😀";
    expect(escapeHtml(text)).toBe(text);
  });

  it("escapes double quotes in attributes", () => {
    expect(escapeAttribute(`https://x.test/?a="1"&b=<2>`)).toBe(
      "https://x.test/?a=&quot;1&quot;&amp;b=&lt;2&gt;",
    );
  });
});

describe("htmlToPlainText", () => {
  it("drops tags and decodes entities, round-tripping escapeHtml", () => {
    const text = `<script>alert("x")</script> & ☃ عربي`;
    expect(htmlToPlainText(`<b>${escapeHtml(text)}</b>`)).toBe(text);
  });

  it("decodes numeric entities and keeps unknown ones", () => {
    expect(decodeEntities("&#1604;&#x627; &nbsp; &bogus;")).toBe("لا &nbsp; &bogus;");
  });
});

describe("findHtmlProblem", () => {
  it("accepts well-formed Telegram HTML", () => {
    expect(
      findHtmlProblem(`<b>a</b> <blockquote>x &amp; y</blockquote> <a href="https://t.me">t</a>`),
    ).toBeUndefined();
  });

  it.each([
    ["<b>open", "unclosed"],
    ["<b><i>x</b></i>", "closes"],
    ["a < b", "unescaped"],
    ["a & b", "unescaped"],
    ["<div>x</div>", "unsupported"],
  ])("reports %s", (html, problem) => {
    expect(findHtmlProblem(html)).toContain(problem);
  });
});
