import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/types.js";
import { LRM, PDI, RLI, RLM, stripBidiControls } from "../../src/render/bidi.js";
import { strings } from "../../src/render/i18n.js";
import {
  renderAnswerForTerminal,
  renderSourcesForTerminal,
  TERMINAL_HELP,
} from "../../src/render/terminal.js";
import { LAVROV } from "../bot/fakes.js";

const quote = { text: "في مدينة سوتشي", doc: "d", paragraph: 9, start: 0, end: 14, n: 1 };
const source = { doc: "d", title: "عنوان", source: "TASS / تاس", date: "2021-02-03" };
const base: Answer = {
  lang: "en",
  covered: true,
  kind: "answer",
  confidence: "high",
  text: "According to TASS / تاس, 2021-02-03, «في مدينة سوتشي» [1]",
  lead: "According to TASS / تاس, 2021-02-03, the article says [1]:",
  quotes: [quote],
  passages: [],
  sources: [source],
  matchedTerms: [{ english: "Sochi", arabic: ["سوتشي"] }],
  answerer: "extractive",
};

/** Every non-blank line opens with an explicit direction mark. */
function everyLineMarked(out: string): void {
  for (const line of out.split("\n"))
    if (line.trim() !== "") expect([LRM, RLM], JSON.stringify(line)).toContain(line[0]);
}

describe("terminal rendering", () => {
  it("English: the lead as an English reader writes it, each Arabic quote on its own right-to-left line", () => {
    const out = renderAnswerForTerminal(base);
    const lines = out.split("\n");
    everyLineMarked(out);
    expect(lines[0]).toBe(`${LRM}According to TASS, 3 February 2021, the article says [1]:`);
    expect(lines).toContain(`${LRM}[1] Paragraph 9:`);
    expect(lines).toContain(`${RLM}  ${RLI}«في مدينة سوتشي»${PDI}`);
    expect(out).toContain(`Sochi → ${RLI}سوتشي${PDI}`);
    // The quote appears once, not also inside the framing.
    expect(out.split("في مدينة سوتشي").length - 1).toBe(1);
  });

  it("a translation is labelled, under the quote, outside its guillemets; then no matched terms", () => {
    const out = renderAnswerForTerminal({
      ...base,
      quotes: [{ ...quote, translation: "in the city of Sochi", speaker: LAVROV }],
    });
    const lines = out.split("\n");
    const at = lines.indexOf(`${RLM}  ${RLI}«في مدينة سوتشي»${PDI}`);
    expect(lines[at - 1]).toBe(`${LRM}[1] Sergey Lavrov said (paragraph 9):`);
    expect(lines[at + 1]).toBe(`${LRM}  Translation: in the city of Sochi`);
    expect(out).not.toContain("Matched terms");
  });

  it("without a translation, a gloss line is labelled, under the quote, its Arabic words isolated", () => {
    const gloss = "مدينة — city · سوتشي — Sochi";
    const out = renderAnswerForTerminal({ ...base, quotes: [{ ...quote, gloss }] });
    const lines = out.split("\n");
    const at = lines.indexOf(`${RLM}  ${RLI}«في مدينة سوتشي»${PDI}`);
    expect(lines[at + 1]).toBe(
      `${LRM}  Glossary (ours: dictionary senses, not a translation): ${RLI}مدينة${PDI} — city · ${RLI}سوتشي${PDI} — Sochi`,
    );
    // A translation, where there is one, is shown instead; Arabic readers get neither.
    const both = renderAnswerForTerminal({ ...base, quotes: [{ ...quote, gloss, translation: "in Sochi" }] });
    expect(both).not.toContain("Glossary");
    expect(renderAnswerForTerminal({ ...base, lang: "ar", quotes: [{ ...quote, gloss }] })).not.toContain(
      "city",
    );
  });

  it("Arabic: Arabic date and punctuation, the speaker in Arabic", () => {
    const out = renderAnswerForTerminal({
      ...base,
      lang: "ar",
      lead: "بحسب TASS / تاس, 2021-02-03، ورد في المقال ما يلي [1]:",
      quotes: [{ ...quote, speaker: LAVROV }],
    });
    everyLineMarked(out);
    expect(out.split("\n")[0]).toBe(`${RLM}بحسب تاس، 3 فبراير/شباط 2021، ورد في المقال ما يلي [1]:`);
    expect(out).toContain(`${RLM}[1] قال سيرغي لافروف (الفقرة 9):`);
    expect(out).not.toContain("Sochi");
  });

  it("a refusal says what the article covers and offers example questions", () => {
    const out = renderAnswerForTerminal({
      ...base,
      covered: false,
      kind: "not_covered",
      quotes: [],
      lead: "The article does not cover this.",
    });
    everyLineMarked(out);
    expect(out).toContain(strings("en").articleTopics);
    for (const q of strings("en").exampleQuestions) expect(out).toContain(`  • ${q}`);
    const own = renderAnswerForTerminal({
      ...base,
      covered: false,
      kind: "not_covered",
      quotes: [],
      suggestions: ["Who met?"],
    });
    expect(own).toContain("  • Who met?");
    expect(own).not.toContain(strings("en").articleTopics);
  });

  it("lists sources with the date as readers write it, and marks the help's lines", () => {
    expect(renderSourcesForTerminal([source])).toBe(
      `${LRM}- ${RLI}عنوان${PDI}\n${LRM}  TASS, Wednesday 3 February 2021`,
    );
    expect(stripBidiControls(renderSourcesForTerminal([source], "ar"))).toContain(
      "تاس، الأربعاء 3 فبراير/شباط 2021",
    );
    everyLineMarked(TERMINAL_HELP);
  });
});
