/**
 * The one table of Unicode bidi characters and helpers shared by every renderer (Telegram,
 * terminal). Telegram apps (and bidi-aware terminals) choose a paragraph's direction from its
 * first strong character — some skip isolated text when looking (Unicode rule P2), some do not,
 * and Telegram Web takes one direction for the whole message. The only thing that reads the
 * same under all of them is an explicit mark (RLM/LRM) *outside* any isolate at the start of
 * each line, with fragments of the other script wrapped in isolates so that neutral characters
 * (brackets, slashes, digits, punctuation) stay with the text they belong to.
 */
import type { Lang } from "../core/types.js";

export type Direction = "rtl" | "ltr";

export const LRI = "\u2066";
export const RLI = "\u2067";
export const FSI = "\u2068";
export const PDI = "\u2069";
export const LRM = "\u200e";
export const RLM = "\u200f";
/** Arabic letter mark: strong right-to-left, like RLM. */
export const ALM = "\u061c";

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

export const directionOf = (lang: Lang): Direction => (lang === "ar" ? "rtl" : "ltr");

/** The invisible strong mark that gives a line the direction `dir`. */
export const markOf = (dir: Direction): string => (dir === "rtl" ? RLM : LRM);

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
    if (ch === RLM || ch === ALM) return "rtl";
    if (ch === LRM) return "ltr";
    const dir = strongDirection(ch);
    if (dir !== undefined) return dir;
  }
  return undefined;
}

/** Wrap text in an isolate of the given direction (`auto` = first strong). Never spans lines: callers isolate one line at a time. */
export function isolate(text: string, dir: Direction | "auto"): string {
  if (text.length === 0) return text;
  const open = dir === "rtl" ? RLI : dir === "ltr" ? LRI : FSI;
  return `${open}${text}${PDI}`;
}

/** Shorthand for Latin fragments (commands, @names, URLs, dates in English) inside Arabic text. */
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

/** Give each non-blank line of plain text an explicit direction mark (unless it already starts with one). */
export function markPlainLines(text: string, dir: Direction): string {
  return text
    .split("\n")
    .map((line) =>
      line.trim() === "" || line.startsWith(LRM) || line.startsWith(RLM) ? line : markOf(dir) + line,
    )
    .join("\n");
}

/*
 * Runs of the other script inside free text. In an English line an Arabic run starts and ends
 * with an Arabic character and holds no Latin letter (digits and spaces between Arabic words
 * belong to it). In an Arabic line a Latin run starts with a Latin letter, digit, "/" or "@",
 * ends with a letter or digit (or a closing "?"/"!" of an English question) and holds at least
 * one Latin letter. Brackets and guillemets stay outside, so they pair in the line's direction.
 */
// Combining marks after the last letter (tanween in «جديداً» is Script=Inherited) stay in the run.
const ARABIC_RUN = /[\p{Script=Arabic}](?:[^\p{Script=Latin}\n«»()[\]{}"“”]*[\p{Script=Arabic}])?\p{M}*/gu;
const LATIN_RUN =
  /[/@]?[\p{Script=Latin}\p{Nd}](?:[^\p{Script=Arabic}\n«»()[\]{}"“”]*[\p{Script=Latin}\p{Nd}])?[?!]?/gu;
const HAS_LATIN = /\p{Script=Latin}/u;
const ARABIC_PUNCTUATION: Readonly<Record<string, string>> = { ",": "،", ";": "؛", "?": "؟" };

/**
 * One line of free text (no bidi controls in it) made to read in `lang`: runs of the other
 * script isolated; in Arabic lines, Latin commas, semicolons and question marks that sit
 * between Arabic words become «،» «؛» «؟».
 */
export function isolateForeignRuns(line: string, lang: Lang): string {
  if (lang === "en") return line.replace(ARABIC_RUN, (run) => rtl(run));
  let out = "";
  let last = 0;
  for (const m of line.matchAll(LATIN_RUN)) {
    if (!HAS_LATIN.test(m[0])) continue;
    out += arabicPunctuation(line.slice(last, m.index)) + ltr(m[0]);
    last = m.index + m[0].length;
  }
  return out + arabicPunctuation(line.slice(last));
}

/** Latin , ; ? in Arabic prose (not between digits, as in 1,000) as Arabic punctuation. */
function arabicPunctuation(text: string): string {
  return text.replace(/(?<!\d)[,;?]|[,;?](?!\d)/g, (ch) => ARABIC_PUNCTUATION[ch] ?? ch);
}
