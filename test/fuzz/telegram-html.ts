/**
 * An independent checker for what Telegram's HTML parse mode accepts (written from the Bot API
 * documentation, "Formatting options → HTML style", not from the renderer's own helpers):
 * only the supported tags, with only their allowed attributes; tags balanced and properly
 * nested; no <blockquote> inside a blockquote, nothing inside <pre>/<code> but <code> in
 * <pre>, no link inside a link; every `<`, `>` and `&` outside a tag part of an entity; only
 * the named entities &lt; &gt; &amp; &quot; plus numeric ones of valid code points; a
 * non-empty visible text of at most 4096 characters after parsing; well-formed UTF-16.
 */
import { hasLoneSurrogate } from "./random-text.js";

export const TELEGRAM_LIMIT = 4096;

const SIMPLE = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "pre"]);
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"' };

function attributesOk(name: string, attributes: string): boolean {
  const attrs = attributes.trim();
  if (attrs === "") return name !== "a" && name !== "span" && name !== "tg-emoji";
  if (SIMPLE.has(name)) return false;
  switch (name) {
    case "a":
      return /^href="(?:https?:\/\/|tg:\/\/)[^"<>]*"$/i.test(attrs);
    case "span":
      return attrs === 'class="tg-spoiler"';
    case "code":
      return /^class="language-[\w+-]+"$/.test(attrs);
    case "blockquote":
      return attrs === "expandable";
    case "tg-emoji":
      return /^emoji-id="\d+"$/.test(attrs);
    default:
      return false;
  }
}

const KNOWN = new Set([...SIMPLE, "a", "span", "code", "blockquote", "tg-emoji"]);

export interface Parsed {
  /** The text Telegram would show (entities decoded, tags removed). */
  readonly text: string;
  readonly problems: readonly string[];
}

export function parseTelegramHtml(html: string): Parsed {
  const problems: string[] = [];
  const stack: string[] = [];
  let text = "";
  const token = /<(\/?)([a-zA-Z][\w-]*)([^<>]*)>|&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);|[<>&]|[^<>&]+/g;
  for (let m = token.exec(html); m !== null; m = token.exec(html)) {
    const [whole, slash, rawName, attributes, entity] = m;
    if (rawName !== undefined) {
      const name = rawName.toLowerCase();
      if (!KNOWN.has(name)) {
        problems.push(`unsupported tag <${name}> at ${m.index}`);
        continue;
      }
      if (slash === "/") {
        if ((attributes ?? "").trim() !== "") problems.push(`attributes on a closing tag at ${m.index}`);
        const open = stack.pop();
        if (open !== name) problems.push(`</${name}> at ${m.index} closes <${open ?? "nothing"}>`);
        continue;
      }
      if (!attributesOk(name, attributes ?? "")) problems.push(`bad attributes on <${name}> at ${m.index}`);
      if (name === "blockquote" && stack.includes("blockquote"))
        problems.push(`nested blockquote at ${m.index}`);
      if (name === "a" && stack.includes("a")) problems.push(`nested link at ${m.index}`);
      const inner = stack.at(-1);
      if ((inner === "code" || inner === "pre") && !(inner === "pre" && name === "code"))
        problems.push(`<${name}> inside <${inner}> at ${m.index}`);
      stack.push(name);
      continue;
    }
    if (entity !== undefined) {
      if (entity.startsWith("#")) {
        const code =
          entity[1] === "x" || entity[1] === "X"
            ? Number.parseInt(entity.slice(2), 16)
            : Number(entity.slice(1));
        if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
          problems.push(`invalid numeric entity &${entity}; at ${m.index}`);
        else text += String.fromCodePoint(code);
      } else if (NAMED[entity] !== undefined) {
        text += NAMED[entity];
      } else {
        problems.push(`unsupported named entity &${entity}; at ${m.index}`);
      }
      continue;
    }
    if (whole === "<" || whole === ">" || whole === "&") {
      problems.push(`unescaped ${whole} at ${m.index}`);
      continue;
    }
    text += whole;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join("> <")}>`);
  if (hasLoneSurrogate(html)) problems.push("lone surrogate (not encodable as UTF-8)");
  if (text.length > TELEGRAM_LIMIT)
    problems.push(`${text.length} characters after parsing (limit ${TELEGRAM_LIMIT})`);
  // Direction marks and whitespace alone show nothing: Telegram rejects an empty message.
  if (text.replace(/[\s\u200e\u200f\u061c\u2066-\u2069\u200b-\u200d\ufeff]/gu, "").length === 0)
    problems.push("no visible text");
  return { text, problems };
}

/** Contents of every blockquote, in order, as plain text (tags removed, entities decoded). */
export function blockquoteTexts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<blockquote(?:\s[^<>]*)?>([\s\S]*?)<\/blockquote>/g))
    out.push(parseTelegramHtml(m[1] ?? "").text);
  return out;
}
