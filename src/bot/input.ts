/** Checking a question before it goes to the answerer (pure). */
import { stripBidiControls, stripControlCharacters } from "../render/telegram/bidi.js";

/** Longest question passed to the answerer; longer messages get a polite request to shorten. */
export const MAX_QUESTION_CHARS = 1000;

export type QuestionCheck =
  | { readonly kind: "ok"; readonly text: string }
  | { readonly kind: "empty" }
  | { readonly kind: "no_words" }
  | { readonly kind: "too_long"; readonly length: number; readonly max: number };

/**
 * Clean a question (bidi overrides and control characters removed, whitespace collapsed)
 * and say whether it can be asked.
 */
export function checkQuestion(raw: string, max: number = MAX_QUESTION_CHARS): QuestionCheck {
  const text = stripControlCharacters(stripBidiControls(raw)).replace(/\s+/g, " ").trim();
  if (text.length === 0) return { kind: "empty" };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: "no_words" };
  const length = [...text].length;
  if (length > max) return { kind: "too_long", length, max };
  return { kind: "ok", text };
}
