import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/types.js";
import { renderAnswerForTerminal, renderSourcesForTerminal } from "../../src/render/terminal.js";

const quote = { text: "في مدينة سوتشي", doc: "d", paragraph: 9, start: 0, end: 14, n: 1 };
const base: Answer = {
  lang: "en",
  covered: true,
  kind: "answer",
  confidence: "high",
  text: "According to TASS, «في مدينة سوتشي» [1]",
  lead: "According to TASS [1]:",
  quotes: [quote],
  passages: [],
  sources: [],
  matchedTerms: [{ english: "Sochi", arabic: ["سوتشي"] }],
  answerer: "extractive",
};

describe("terminal rendering", () => {
  it("puts each Arabic quote on its own isolated line, with paragraph and citation number", () => {
    const out = renderAnswerForTerminal(base);
    const lines = out.split("\n");
    expect(lines).toContain("[1] paragraph 9 (d):");
    expect(lines).toContain("  \u2068«في مدينة سوتشي»\u2069");
    expect(out).toContain("Sochi → \u2068سوتشي\u2069");
    // The quote appears once, not also inside the framing.
    expect(out.split("في مدينة سوتشي").length - 1).toBe(1);
  });

  it("marks a model's rendering of a quote as a translation", () => {
    const out = renderAnswerForTerminal({
      ...base,
      quotes: [{ ...quote, translation: "in the city of Sochi" }],
    });
    expect(out).toContain("(translation) in the city of Sochi");
  });

  it("shows refusals as they are and lists sources with their dates", () => {
    expect(
      renderAnswerForTerminal({
        ...base,
        covered: false,
        kind: "not_covered",
        confidence: "high",
        quotes: [],
        text: "not covered",
      }),
    ).toBe("not covered");
    expect(renderSourcesForTerminal([{ doc: "d", title: "t", source: "TASS", date: "2021-02-03" }])).toMatch(
      /TASS, 2021-02-03/,
    );
  });
});
