/**
 * Character classes every layer needs (the corpus's paragraphs and translations, chunking's
 * sentence bounds, the Arabic analyzer), kept in core so that no layer imports a sibling for them.
 */

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

const ARABIC_LETTER =
  /[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08b4\ufb50-\ufdff\ufe70-\ufefc]/u;

/** True when `text` holds a letter of the Arabic script (its presentation forms included). */
export function hasArabicLetter(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/** `text` as a regular expression matching it literally (for names and words put in patterns). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
