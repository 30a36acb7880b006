import type { CallbackQuery, InlineKeyboardMarkup } from "telegraf/types";
import { describe, expect, it } from "vitest";
import { suggestedQuestion, withSuggestions } from "../../src/bot/suggestions.js";

const SOURCES: InlineKeyboardMarkup = {
  inline_keyboard: [[{ text: "📜 Sources", callback_data: "s:abc:1" }]],
};
const QUESTIONS = [
  "ماذا قال لافروف عن الأمن الجماعي في منطقة الخليج العربي؟",
  "Where will the next Astana meeting be held?",
];

/** A callback query as Telegram sends it: the pressed message comes with its keyboard. */
const press = (data: string, markup: InlineKeyboardMarkup | undefined): CallbackQuery =>
  ({
    id: "1",
    from: { id: 7, is_bot: false, first_name: "U" },
    chat_instance: "c",
    data,
    message: {
      message_id: 5,
      date: 0,
      chat: { id: 7, type: "private", first_name: "U" },
      text: "x",
      reply_markup: markup,
    },
  }) as CallbackQuery;

describe("example questions as buttons", () => {
  it("one row per question under the Sources button, callback data small whatever the question", () => {
    const markup = withSuggestions(SOURCES, QUESTIONS);
    expect(markup?.inline_keyboard.map((row) => row.map((b) => b.text))).toEqual([
      ["📜 Sources"],
      ...QUESTIONS.map((q) => [q]),
    ]);
    for (const b of markup?.inline_keyboard.flat() ?? [])
      expect(Buffer.byteLength("callback_data" in b ? b.callback_data : "")).toBeLessThanOrEqual(64);
    expect(withSuggestions(SOURCES, [])).toBe(SOURCES);
    expect(withSuggestions(undefined, [])).toBeUndefined();
  });

  it("pressing one gives back its question, read from the pressed message's keyboard", () => {
    const markup = withSuggestions(SOURCES, QUESTIONS);
    expect(suggestedQuestion(press("q:0", markup))).toBe(QUESTIONS[0]);
    expect(suggestedQuestion(press("q:1", markup))).toBe(QUESTIONS[1]);
    // Not a suggestion, a button no longer on the message, or a message Telegram no longer sends.
    expect(suggestedQuestion(press("s:abc:1", markup))).toBeUndefined();
    expect(suggestedQuestion(press("q:5", markup))).toBeUndefined();
    expect(suggestedQuestion(press("q:0", undefined))).toBeUndefined();
  });
});
