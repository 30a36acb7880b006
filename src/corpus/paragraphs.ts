/**
 * Paragraphs of a document body: every line that has visible text, numbered from 1.
 * Offsets exclude the line break (`\n`, `\r\n` or a lone `\r`).
 */
import type { Paragraph } from "../core/types.js";

/**
 * Invisible formatting characters that carry no text: zero-width spaces/joiners, LRM/RLM,
 * the Arabic letter mark, bidi embeddings/isolates, word joiners, BOM.
 */
function isInvisibleFormat(code: number): boolean {
  return (
    code === 0x061c ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const WHITESPACE = /\s/;

/** True for whitespace (JavaScript `\s`) and invisible formatting characters. */
export function isBlankCode(code: number): boolean {
  if (isInvisibleFormat(code)) return true;
  // All `\s` characters are in the BMP, so one UTF-16 unit is enough.
  return WHITESPACE.test(String.fromCharCode(code));
}

/** True when `text[from, to)` holds no visible character. */
export function isBlankRange(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    if (!isBlankCode(text.charCodeAt(i))) return false;
  }
  return true;
}

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
