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
  /** Bubbles of one group (one reply) are shown side by side and photographed together. */
  readonly group: string;
  /** An inline keyboard button under the reply (its text is plain, direction auto as in the apps). */
  readonly button?: boolean;
}

const STYLE = `
body { margin: 0; padding: 12px; background: #8fb58a; font: 15px/1.45 "DejaVu Sans", sans-serif; }
.bubble { width: 420px; margin: 0 0 14px; padding: 7px 11px; background: #fff; border-radius: 12px;
  white-space: pre-wrap; overflow-wrap: anywhere; text-align: start; box-shadow: 0 1px 1px #0003; }
.bubble.per-line, .bubble.per-line blockquote { unicode-bidi: plaintext; }
blockquote { margin: 3px 0; padding: 2px 8px; border-inline-start: 3px solid #3a8fd9; background: #eaf3fb;
  border-radius: 4px; }
/* Monospace for Latin; Arabic falls back to a font that joins its letters, as phones do. */
@font-face { font-family: "TgMono"; src: local("DejaVu Sans Mono"); unicode-range: U+0000-024F, U+2000-206F; }
code { font-family: "TgMono", "DejaVu Sans"; font-size: 13px; background: #f0f0f0; }
a { color: #2a7fd4; }
.label { font: 11px monospace; color: #123; margin: 0 0 2px; }
.button { width: 420px; margin: 0 0 4px; padding: 6px 11px; background: #5b8f5877; color: #fff;
  border-radius: 8px; text-align: center; white-space: pre-wrap; }
.group { display: flex; gap: 16px; align-items: flex-start; padding: 4px; }
.column { display: flex; flex-direction: column; }
`;

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Telegram shows no blank line around a blockquote: drop the newline that only separates it. */
function bubbleHtml(html: string): string {
  return html.replace(/\n<blockquote>/g, "<blockquote>").replace(/<\/blockquote>\n/g, "</blockquote>");
}

export function pageHtml(bubbles: readonly Bubble[]): string {
  const groups = [...new Set(bubbles.map((b) => b.group))];
  const body = groups
    .map((group) => {
      const columns = REGIMES.map((regime) => {
        const inner = bubbles
          .filter((b) => b.group === group && b.regime === regime && b.button !== true)
          .map((b) => {
            const dir = regime === "per-message" ? ' dir="auto"' : "";
            return `<div class="label">${b.id}</div><div class="bubble ${regime}" id="${b.id}"${dir}>${bubbleHtml(b.html)}</div>`;
          })
          .join("");
        return inner === "" ? "" : `<div class="column">${inner}</div>`;
      });
      const buttons = bubbles
        .filter((b) => b.group === group && b.button === true)
        .map((b) => `<div class="button" id="${b.id}" dir="auto">${escapeText(b.html)}</div>`)
        .join("");
      const keyboard = buttons === "" ? "" : `<div class="column">${buttons}</div>`;
      return `<div class="group" id="group-${group}">${columns.join("")}${keyboard}</div>`;
    })
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/**
 * Runs in the page (plain JavaScript: the project compiles without DOM types). For each
 * bubble, walks its text and puts a Range around each character; a blockquote boundary is
 * reported as a newline (it starts a new paragraph). Returns one JSON string: much faster than
 * Playwright's object serialisation; missing boxes come back as null.
 */
const MEASURE_SCRIPT = `(ids) => {
  const out = {};
  for (const id of ids) {
    const root = document.getElementById(id);
    if (root === null) throw new Error("no bubble " + id);
    const glyphs = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let block = null;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const inside = node.parentElement ? node.parentElement.closest("blockquote") : null;
      if (inside !== block && glyphs.length > 0) glyphs.push({ ch: "\\n", left: null, right: null, top: null, bottom: null });
      block = inside;
      const data = node.data;
      for (let i = 0; i < data.length; ) {
        const size = data.codePointAt(i) > 0xffff ? 2 : 1;
        range.setStart(node, i);
        range.setEnd(node, i + size);
        const r = range.getBoundingClientRect();
        const box = r.width > 0 || r.height > 0;
        glyphs.push({ ch: data.slice(i, i + size), left: box ? r.left : null, right: box ? r.right : null,
          top: box ? r.top : null, bottom: box ? r.bottom : null });
        i += size;
      }
    }
    out[id] = glyphs;
  }
  return JSON.stringify(out);
}`;

/** Every character of every bubble with its on-screen box (a Range around it), in logical order. */
export async function measure(page: Page, ids: readonly string[]): Promise<Record<string, Glyph[]>> {
  const json = (await page.evaluate(`(${MEASURE_SCRIPT})(${JSON.stringify(ids)})`)) as string;
  const parsed = JSON.parse(json) as Record<string, Array<{ ch: string } & Record<Side, number | null>>>;
  const box = (n: number | null) => (n === null ? Number.NaN : n);
  return Object.fromEntries(
    Object.entries(parsed).map(([id, gs]) => [
      id,
      gs.map((g) => ({
        ch: g.ch,
        left: box(g.left),
        right: box(g.right),
        top: box(g.top),
        bottom: box(g.bottom),
      })),
    ]),
  );
}

type Side = "left" | "right" | "top" | "bottom";
