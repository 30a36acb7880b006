/** Checks shared by the Telegram rendering tests. */
import { expect } from "vitest";
import { LRM, RLM } from "../../src/render/telegram/bidi.js";
import { findHtmlProblem, htmlToPlainText } from "../../src/render/telegram/html.js";
import { TELEGRAM_MESSAGE_LIMIT } from "../../src/render/telegram/split.js";

/** The text inside each blockquote of some messages, the renderer's marks and isolates removed. */
export function blockquoteTexts(messages: readonly string[]): string[] {
  return messages.flatMap((m) =>
    [...m.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((x) =>
      htmlToPlainText(x[1] ?? "").replace(/^\u200f\u2067?|\u2069$/g, ""),
    ),
  );
}

/** HTML Telegram accepts, within the limit, and every line with text opening with a direction mark. */
export function wellFormed(messages: readonly string[]): void {
  for (const m of messages) {
    expect(findHtmlProblem(m), m).toBeUndefined();
    expect(m.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    for (const line of htmlToPlainText(m).split("\n"))
      if (line.trim() !== "") expect(line[0] === LRM || line[0] === RLM, JSON.stringify(line)).toBe(true);
  }
}
