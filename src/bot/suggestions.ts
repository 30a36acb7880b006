/**
 * Example questions as inline buttons. Pressing one asks its question. The button's own text
 * is the question: the callback data (at most 64 bytes, too small for an Arabic question)
 * holds only `q:<index>`, and the question is read back from the pressed message's keyboard,
 * which Telegram sends with the callback. No state to keep, and buttons survive restarts.
 */
import type { CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";

export const SUGGESTION_PREFIX = "q:";

/** `markup` (e.g. the Sources button) with one row per suggested question under it. */
export function withSuggestions(
  markup: InlineKeyboardMarkup | undefined,
  questions: readonly string[],
): InlineKeyboardMarkup | undefined {
  if (questions.length === 0) return markup;
  const rows: InlineKeyboardButton[][] = questions.map((text, i) => [
    { text, callback_data: `${SUGGESTION_PREFIX}${i}` },
  ]);
  return { inline_keyboard: [...(markup?.inline_keyboard ?? []), ...rows] };
}

/** The question of the pressed suggestion button, if the callback is one and its message still has it. */
export function suggestedQuestion(query: CallbackQuery): string | undefined {
  const data = "data" in query ? query.data : undefined;
  if (data === undefined || !data.startsWith(SUGGESTION_PREFIX)) return undefined;
  const message = query.message;
  const keyboard = message !== undefined && "reply_markup" in message ? message.reply_markup : undefined;
  for (const row of keyboard?.inline_keyboard ?? [])
    for (const button of row)
      if ("callback_data" in button && button.callback_data === data) return button.text.trim() || undefined;
  return undefined;
}
