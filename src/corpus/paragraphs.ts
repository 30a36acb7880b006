/**
 * Paragraphs of a document body: every line that has visible text, numbered from 1.
 * Offsets exclude the line break (`\n`, `\r\n` or a lone `\r`).
 */
import type { Paragraph } from "../core/types.js";
import { isBlankRange } from "../core/unicode.js";

/** Split `text` into numbered paragraphs (non-blank lines). Pure. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  let i = 0;
  const push = (start: number, end: number): void => {
    if (!isBlankRange(text, start, end)) paragraphs.push({ number: paragraphs.length + 1, start, end });
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      push(lineStart, i);
      i += code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      lineStart = i;
    } else {
      i += 1;
    }
  }
  push(lineStart, text.length);
  return paragraphs;
}
