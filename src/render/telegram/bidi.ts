/**
 * Direction for Telegram HTML messages. The Unicode table and plain-text helpers live in
 * `../bidi.ts` (shared with the terminal renderer) and are re-exported here for the bot.
 */
import { type Direction, firstStrongDirection, LRM, markOf, RLM } from "../bidi.js";
import { htmlToPlainText } from "./html.js";

export * from "../bidi.js";

/** Opening tags at the start of a line: a line's mark goes after them (inside a blockquote, not before it). */
const LEADING_TAGS = /^(?:<[a-zA-Z][^<>]*>)*/;

/**
 * Give every line of a Telegram HTML block an explicit direction mark, after its leading
 * opening tags, unless it already has one there. Blank lines (and lines of tags only) are left.
 */
export function markHtmlLines(html: string, dir: Direction): string {
  return html
    .split("\n")
    .map((line) => {
      const at = LEADING_TAGS.exec(line)?.[0].length ?? 0;
      const rest = line.slice(at);
      if (rest.startsWith(LRM) || rest.startsWith(RLM)) return line;
      if (htmlToPlainText(rest).trim() === "") return line;
      return line.slice(0, at) + markOf(dir) + rest;
    })
    .join("\n");
}

/**
 * Make a Telegram HTML message open in the wanted direction: if its first strong character
 * (tags ignored, isolated text skipped) does not already give that direction — or there is
 * none, e.g. a message holding only an isolated Arabic passage — prefix an invisible RLM/LRM.
 * A mark already opening the message is kept: the line's own direction was chosen on purpose.
 */
export function startInDirection(html: string, dir: Direction): string {
  const plain = htmlToPlainText(html);
  // A message whose first line already carries a mark (see `markHtmlLines`) is left as it is.
  if (plain.startsWith(LRM) || plain.startsWith(RLM)) return html;
  const first = firstStrongDirection(plain);
  if (dir === "rtl" && first !== "rtl") return `${RLM}${html}`;
  if (dir === "ltr" && first !== "ltr") return `${LRM}${html}`;
  return html;
}
