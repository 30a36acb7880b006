/**
 * Bidirectional text helpers. Telegram clients pick a paragraph's direction from its first
 * strong character, so Arabic messages must start with Arabic text, and Latin fragments inside
 * Arabic (and Arabic inside English) are wrapped in Unicode isolates so that neutral characters
 * (brackets, slashes, digits, punctuation) stay with the text they belong to.
 */
import { htmlToPlainText } from "./html.js";

export type Direction = "rtl" | "ltr";

export const LRI = "\u2066";
export const RLI = "\u2067";
export const FSI = "\u2068";
export const PDI = "\u2069";
export const LRM = "\u200e";
export const RLM = "\u200f";

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

/** Direction of one character if it is a strong letter, otherwise undefined. */
export function strongDirection(ch: string): Direction | undefined {
  if (!LETTER.test(ch)) return undefined;
  return RTL_LETTER.test(ch) ? "rtl" : "ltr";
}

/**
 * The first strong direction of a plain-text paragraph, skipping text inside isolates
 * (as rule P2 of the Unicode Bidirectional Algorithm does). Explicit marks count as strong.
 */
export function firstStrongDirection(text: string): Direction | undefined {
  let depth = 0;
  for (const ch of text) {
    if (ch === LRI || ch === RLI || ch === FSI) {
      depth++;
      continue;
    }
    if (ch === PDI) {
      if (depth > 0) depth--;
      continue;
    }
    if (depth > 0) continue;
    if (ch === RLM || ch === "\u061c") return "rtl";
    if (ch === LRM) return "ltr";
    const dir = strongDirection(ch);
    if (dir !== undefined) return dir;
  }
  return undefined;
}

/** Wrap text in an isolate of the given direction (`auto` = first strong). */
export function isolate(text: string, dir: Direction | "auto"): string {
  if (text.length === 0) return text;
  const open = dir === "rtl" ? RLI : dir === "ltr" ? LRI : FSI;
  return `${open}${text}${PDI}`;
}

/** Shorthand for Latin fragments (commands, @names, URLs) inside Arabic text. */
export const ltr = (text: string): string => isolate(text, "ltr");
/** Shorthand for Arabic fragments inside English text. */
export const rtl = (text: string): string => isolate(text, "rtl");

/** Explicit directional formatting characters that user input may use to spoof text. */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** Remove explicit bidi controls (overrides, embeddings, isolates, marks). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** C0 controls except tab and newline, DEL, zero-width space and BOM. */
function isControlCharacter(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f || code === 0x200b || code === 0xfeff
  );
}

/** Remove control characters that have no business in a chat message. */
export function stripControlCharacters(text: string): string {
  let out = "";
  for (const ch of text) if (!isControlCharacter(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/**
 * Make a Telegram HTML message open in the wanted direction: if its first strong character
 * (tags ignored, isolated text skipped) does not already give that direction — or there is
 * none, e.g. a message holding only an isolated Arabic passage — prefix an invisible RLM/LRM.
 */
export function startInDirection(html: string, dir: Direction): string {
  const first = firstStrongDirection(htmlToPlainText(html));
  if (dir === "rtl" && first !== "rtl") return `${RLM}${html}`;
  if (dir === "ltr" && first !== "ltr") return `${LRM}${html}`;
  return html;
}
