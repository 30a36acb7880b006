/**
 * Telegram rejects messages longer than 4096 characters (counted after entity parsing).
 * `packMessages` joins rendered blocks (paragraphs, quotes) into as few messages as possible,
 * cutting only between blocks. A block that alone exceeds the limit is cut by `splitHtml`
 * at the best text boundary (blank line, line, sentence, word), never inside a tag or an
 * entity: tags open at the cut are closed at the end of one piece and reopened at the start
 * of the next, so every piece is valid HTML and the pieces together show all of the text.
 * Lengths are measured on the HTML source, which is never shorter than the parsed text.
 */

export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** Room left for the direction mark added by `startInDirection` and for safety. */
export const MESSAGE_MARGIN = 16;

export const BLOCK_SEPARATOR = "\n\n";

type UnitKind = "open" | "close" | "entity" | "char";

interface Unit {
  readonly text: string;
  readonly kind: UnitKind;
  readonly tag?: string;
}

const MARKUP = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>|&(?:#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;

function tokenize(html: string): Unit[] {
  const units: Unit[] = [];
  const pushChars = (text: string) => {
    for (const ch of text) units.push({ text: ch, kind: "char" });
  };
  let last = 0;
  for (const m of html.matchAll(MARKUP)) {
    pushChars(html.slice(last, m.index));
    const tag = m[2]?.toLowerCase();
    if (tag === undefined) units.push({ text: m[0], kind: "entity" });
    else units.push({ text: m[0], kind: m[1] === "/" ? "close" : "open", tag });
    last = m.index + m[0].length;
  }
  pushChars(html.slice(last));
  return units;
}

interface OpenTag {
  readonly name: string;
  readonly source: string;
}

const closers = (stack: readonly OpenTag[]) =>
  stack
    .slice()
    .reverse()
    .map((t) => `</${t.name}>`)
    .join("");
const openers = (stack: readonly OpenTag[]) => stack.map((t) => t.source).join("");

const SENTENCE_END = /[.!?؟。…؛;:]/u;
const SPACE = /\s/u;

/** How good a cut right after unit `i` is: 4 blank line / closed quote, 3 line, 2 sentence, 1 word, 0 anywhere, -1 never. */
function cutPriority(units: readonly Unit[], i: number): number {
  const u = units[i];
  if (u === undefined) return -1;
  if (u.kind === "open") return -1;
  if (u.kind === "close") return u.tag === "blockquote" || u.tag === "pre" ? 4 : 0;
  if (u.kind === "entity") return 0;
  const prev = units[i - 1]?.text ?? "";
  if (u.text === "\n") return prev === "\n" ? 4 : 3;
  if (SPACE.test(u.text)) return SENTENCE_END.test(prev) ? 2 : 1;
  // Do not separate a combining mark (harakat, emoji modifiers) from its base.
  const next = units[i + 1];
  if (next?.kind === "char" && /^(?:\p{M}|\u200d|\ufe0f)/u.test(next.text)) return -1;
  return 0;
}

/**
 * Cut one HTML fragment into pieces of at most `limit` characters (see module comment).
 * `limit` must leave room for the reopened and closing tags of the deepest nesting (a few
 * dozen characters); real limits are thousands.
 */
export function splitHtml(html: string, limit: number): string[] {
  if (html.length <= limit) return [html];
  const units = tokenize(html);
  // end[i]: offset in `html` right after unit i; stacks[i]: tags open after unit i.
  const end: number[] = [];
  const stacks: OpenTag[][] = [];
  let offset = 0;
  let stack: OpenTag[] = [];
  for (const u of units) {
    offset += u.text.length;
    if (u.kind === "open" && u.tag !== undefined) stack = [...stack, { name: u.tag, source: u.text }];
    if (u.kind === "close" && u.tag !== undefined) {
      const at = stack.map((t) => t.name).lastIndexOf(u.tag);
      if (at >= 0) stack = stack.slice(0, at);
    }
    end.push(offset);
    stacks.push(stack);
  }
  const priority = units.map((_, i) => cutPriority(units, i));

  const pieces: string[] = [];
  let start = 0;
  let startStack: OpenTag[] = [];
  while (start < units.length) {
    const prefix = openers(startStack);
    const base = start === 0 ? 0 : (end[start - 1] ?? 0);
    const lengthIfCutAfter = (k: number) =>
      prefix.length + (end[k] ?? 0) - base + closers(stacks[k] ?? []).length;
    if (lengthIfCutAfter(units.length - 1) <= limit) {
      pieces.push(prefix + html.slice(base));
      break;
    }
    // Largest k whose piece fits (at least one unit, so progress is guaranteed).
    let maxK = start;
    for (let k = start; k < units.length && lengthIfCutAfter(k) <= limit; k++) maxK = k;
    // Prefer the best boundary in the second half of the room; else the last allowed cut.
    const floor = base + (limit - prefix.length) / 2;
    let best = -1;
    let bestPriority = 0;
    for (let k = maxK; k >= start; k--) {
      const p = priority[k] ?? -1;
      if ((end[k] ?? 0) < floor && best >= 0) break;
      if (p > bestPriority || (best < 0 && p >= 0)) {
        best = k;
        bestPriority = p;
      }
    }
    const cut = best >= 0 ? best : maxK;
    pieces.push(prefix + html.slice(base, end[cut]) + closers(stacks[cut] ?? []));
    startStack = stacks[cut] ?? [];
    start = cut + 1;
  }
  // A piece holding only markup and whitespace shows nothing (Telegram would reject it).
  return pieces.filter((p) => p.replace(/<[^>]*>/g, "").trim().length > 0);
}

/** Join blocks into messages of at most `limit` characters, cutting between blocks when possible. */
export function packMessages(
  blocks: readonly string[],
  limit: number = TELEGRAM_MESSAGE_LIMIT - MESSAGE_MARGIN,
): string[] {
  const messages: string[] = [];
  let current = "";
  for (const block of blocks) {
    if (block.trim() === "") continue;
    for (const piece of splitHtml(block, limit)) {
      if (current === "") current = piece;
      else if (current.length + BLOCK_SEPARATOR.length + piece.length <= limit)
        current += BLOCK_SEPARATOR + piece;
      else {
        messages.push(current);
        current = piece;
      }
    }
  }
  if (current !== "") messages.push(current);
  return messages;
}

const JOINS_PREVIOUS = /^(?:\p{M}|\u200d|\ufe0f)/u;

/**
 * Cut plain text (before escaping) into pieces whose `measure` is at most `limit`, so each
 * piece can be wrapped in its own tags (a blockquote with its own direction isolate) and
 * still fit a message. Cuts fall after a line break, else after the space ending a sentence,
 * else after a space, else between characters (never inside a surrogate pair or before a
 * combining mark). The pieces joined together are exactly `text`: nothing is dropped or added.
 * `measure` must add up character by character (length, escaped length).
 */
export function splitPlainText(
  text: string,
  limit: number,
  measure: (s: string) => number = (s) => s.length,
): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    // Largest end (exclusive, in characters) whose piece fits; at least one character.
    let size = 0;
    let end = start;
    while (end < chars.length && size + measure(chars[end] ?? "") <= limit) {
      size += measure(chars[end] ?? "");
      end++;
    }
    if (end === chars.length) {
      pieces.push(chars.slice(start).join(""));
      break;
    }
    if (end === start) end = start + 1;
    // Prefer the best boundary in the second half of the piece.
    const floor = start + Math.max(1, Math.floor((end - start) / 2));
    let cut = -1;
    let best = 0;
    for (let k = end; k >= floor; k--) {
      const before = chars[k - 1] ?? "";
      const priority =
        before === "\n" ? 3 : SPACE.test(before) ? (SENTENCE_END.test(chars[k - 2] ?? "") ? 2 : 1) : 0;
      if (priority > best) {
        best = priority;
        cut = k;
        if (priority === 3) break;
      }
    }
    if (cut < 0) {
      cut = end;
      while (cut > start + 1 && JOINS_PREVIOUS.test(chars[cut] ?? "")) cut--;
    }
    pieces.push(chars.slice(start, cut).join(""));
    start = cut;
  }
  return pieces;
}
