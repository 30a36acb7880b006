/**
 * Telegram "HTML" parse mode helpers. Telegram accepts a small tag set and only the
 * entities `&lt; &gt; &amp; &quot;` plus numeric ones; every user- or corpus-derived
 * string must pass through `escapeHtml` before it is placed in a message.
 */

/** Escape text for use between tags. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escape text for use inside a double-quoted attribute (`href`). */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** Decode the entities Telegram understands (named and numeric). Unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X"))
      return safeCodePoint(Number.parseInt(body.slice(2), 16), whole);
    if (body.startsWith("#")) return safeCodePoint(Number.parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** The visible text of a Telegram HTML message: tags removed, entities decoded. */
export function htmlToPlainText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""));
}

/** Tags Telegram's HTML mode accepts (used by tests and the splitter's sanity checks). */
export const TELEGRAM_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-spoiler",
  "span",
  "tg-emoji",
]);

/**
 * Check that tags are balanced and properly nested and that every `&` starts an entity.
 * Returns the first problem found, or `undefined` for well-formed Telegram HTML.
 */
export function findHtmlProblem(html: string): string | undefined {
  const stack: string[] = [];
  const token = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?>|&(?:#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|[<>&]/g;
  for (let m = token.exec(html); m !== null; m = token.exec(html)) {
    const text = m[0];
    const name = m[1]?.toLowerCase();
    if (name === undefined) {
      if (text === "<" || text === ">" || text === "&") return `unescaped ${text} at ${m.index}`;
      continue;
    }
    if (!TELEGRAM_TAGS.has(name)) return `unsupported tag <${name}> at ${m.index}`;
    if (text.startsWith("</")) {
      const open = stack.pop();
      if (open !== name) return `</${name}> at ${m.index} closes <${open ?? "nothing"}>`;
    } else {
      stack.push(name);
    }
  }
  return stack.length > 0 ? `unclosed <${stack.join("> <")}>` : undefined;
}
