/**
 * A page that lays out the bot's Telegram HTML the way Telegram apps do, in one of two
 * direction regimes, and reads back where each character landed on screen:
 * - `per-line`: each line takes its direction from its first strong character (Telegram's
 *   mobile and desktop apps; CSS `unicode-bidi: plaintext` applies Unicode rules P2/P3 to
 *   each line, a newline being a paragraph separator);
 * - `per-message`: one direction for the whole message from its first strong character
 *   (Telegram Web, `dir="auto"` on the bubble).
 * Telegram's tags (b, i, code, a, blockquote) are HTML tags too, so the message's own HTML is
 * placed in the bubble; a blockquote is a block, as in the apps.
 */
import type { Page } from "playwright-core";

export type Regime = "per-line" | "per-message";
export const REGIMES: readonly Regime[] = ["per-line", "per-message"];

/** One character as laid out: its text, and its box on screen (CSS pixels). */
export interface Glyph {
  readonly ch: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Bubble {
  readonly id: string;
  readonly html: string;
  readonly regime: Regime;
}

const STYLE = `
body { margin: 0; padding: 12px; background: #8fb58a; font: 15px/1.45 "DejaVu Sans", sans-serif; }
.bubble { width: 420px; margin: 0 0 14px; padding: 7px 11px; background: #fff; border-radius: 12px;
  white-space: pre-wrap; overflow-wrap: anywhere; text-align: start; box-shadow: 0 1px 1px #0003; }
.bubble.per-line, .bubble.per-line blockquote { unicode-bidi: plaintext; }
blockquote { margin: 3px 0; padding: 2px 8px; border-inline-start: 3px solid #3a8fd9; background: #eaf3fb;
  border-radius: 4px; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 13px; background: #f0f0f0; }
a { color: #2a7fd4; }
.label { font: 11px monospace; color: #123; margin: 0 0 2px; }
`;

/** Telegram shows no blank line around a blockquote: drop the newline that only separates it. */
function bubbleHtml(html: string): string {
  return html.replace(/\n<blockquote>/g, "<blockquote>").replace(/<\/blockquote>\n/g, "</blockquote>");
}

export function pageHtml(bubbles: readonly Bubble[]): string {
  const body = bubbles
    .map((b) => {
      const dir = b.regime === "per-message" ? ' dir="auto"' : "";
      return `<div class="label">${b.id}</div><div class="bubble ${b.regime}" id="${b.id}"${dir}>${bubbleHtml(b.html)}</div>`;
    })
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** Every character of every bubble with its on-screen box (Range.getClientRects), in logical order. */
export async function measure(page: Page, ids: readonly string[]): Promise<Record<string, Glyph[]>> {
  return page.evaluate((list) => {
    const out: Record<string, { ch: string; left: number; right: number; top: number; bottom: number }[]> = {};
    for (const id of list) {
      const root = document.getElementById(id);
      const glyphs: (typeof out)[string] = [];
      if (root === null) throw new Error(`no bubble ${id}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let block: Element | null = null;
      for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
        const data = node.data;
        // Entering or leaving a blockquote starts a new paragraph (it is a block): say so with a newline.
        const inside = node.parentElement?.closest("blockquote") ?? null;
        if (inside !== block && glyphs.length > 0)
          glyphs.push({ ch: "\n", left: Number.NaN, right: Number.NaN, top: Number.NaN, bottom: Number.NaN });
        block = inside;
        for (let i = 0; i < data.length; ) {
          const size = (data.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + size);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
          const r = rects[0];
          glyphs.push({
            ch: data.slice(i, i + size),
            left: r?.left ?? Number.NaN,
            right: r?.right ?? Number.NaN,
            top: r?.top ?? Number.NaN,
            bottom: r?.bottom ?? Number.NaN,
          });
          i += size;
        }
      }
      out[id] = glyphs;
    }
    return out;
  }, ids);
}
