/**
 * Reading checks on laid-out text: given where each character landed (see `bubble.ts`), does a
 * phrase read in the order a reader needs? A phrase is cut into tokens — words (Arabic ones
 * read right to left, Latin words and numbers left to right) and single neutral characters
 * (brackets, guillemets, punctuation) — and the tokens must follow each other in the phrase's
 * reading direction: on the same screen line, or on a later one when the line wraps.
 */
import { firstStrongDirection } from "../../../src/render/bidi.js";
import type { Glyph, Regime } from "./bubble.js";

type Dir = "ltr" | "rtl";

const CONTROL = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;
const NEUTRAL = new Set([...'«»[]()<>"“”,،.:;؛?؟!—–·•¶']);
const ARABIC = /\p{Script=Arabic}/u;
/** Half a pixel: glyphs of one ligature (lam-alef) or a combining mark share a box. */
const TOLERANCE = 0.5;

export interface Laid {
  /** The visible characters (no bidi controls), newlines between paragraphs; `glyphs[i]` is the box of `text[i]`. */
  readonly text: string;
  readonly glyphs: readonly Glyph[];
  /** Screen line of each glyph (0 = top), -1 for glyphs with no box. */
  readonly lines: readonly number[];
  /** The direction of the paragraph (bidi paragraph) each glyph is in, under the regime. */
  readonly paragraphDir: readonly Dir[];
}

/** Drop bidi controls, number the screen lines, and note each glyph's paragraph direction. */
export function lay(raw: readonly Glyph[], regime: Regime): Laid {
  const rawText = raw.map((g) => g.ch).join("");
  const messageDir = firstStrongDirection(rawText) ?? "ltr";
  const glyphs: Glyph[] = [];
  const paragraphDir: Dir[] = [];
  let paragraphStart = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw[i]?.ch !== "\n") continue;
    const paragraph = raw.slice(paragraphStart, i);
    const dir =
      regime === "per-message"
        ? messageDir
        : (firstStrongDirection(paragraph.map((g) => g.ch).join("")) ?? "ltr");
    for (const g of paragraph) {
      if (CONTROL.test(g.ch)) continue;
      // One entry per UTF-16 unit, so offsets into `text` index `glyphs` (emoji take two).
      for (let unit = 0; unit < g.ch.length; unit++) {
        glyphs.push(g);
        paragraphDir.push(dir);
      }
    }
    const newline = raw[i];
    if (newline !== undefined) {
      glyphs.push(newline);
      paragraphDir.push(dir);
    }
    paragraphStart = i + 1;
  }
  const centres = [
    ...new Set(
      glyphs.filter((g) => boxed(g) && g.ch !== "\n").map((g) => Math.round((g.top + g.bottom) / 2)),
    ),
  ].sort((a, b) => a - b);
  const lineStarts: number[] = [];
  for (const c of centres)
    if (lineStarts.length === 0 || c - (lineStarts.at(-1) ?? 0) > 8) lineStarts.push(c);
  const lines = glyphs.map((g) => {
    if (!boxed(g) || g.ch === "\n") return -1;
    const c = (g.top + g.bottom) / 2;
    let line = 0;
    for (const [k, start] of lineStarts.entries()) if (c >= start - 4) line = k;
    return line;
  });
  const text = glyphs.map((g, i) => (i > 0 && glyphs[i - 1] === g ? "" : g.ch)).join("");
  return { text, glyphs, lines, paragraphDir };
}

const boxed = (g: Glyph) => Number.isFinite(g.left) && Number.isFinite(g.right) && g.right - g.left >= 0;

interface Token {
  readonly kind: "R" | "L" | "N";
  readonly at: readonly number[];
}

/** Cut the phrase at `start` (offset into `laid.text`) into tokens; spaces only separate. */
function tokens(laid: Laid, start: number, length: number): Token[] {
  const out: Token[] = [];
  let word: number[] = [];
  const flush = () => {
    const lead: number[] = [];
    const trail: number[] = [];
    while (word.length > 0 && NEUTRAL.has(laid.text[word[0] ?? 0] ?? "")) lead.push(word.shift() ?? 0);
    while (word.length > 0 && NEUTRAL.has(laid.text[word.at(-1) ?? 0] ?? "")) trail.unshift(word.pop() ?? 0);
    for (const i of lead) out.push({ kind: "N", at: [i] });
    if (word.length > 0)
      out.push({ kind: word.some((i) => ARABIC.test(laid.text[i] ?? "")) ? "R" : "L", at: word });
    for (const i of trail) out.push({ kind: "N", at: [i] });
    word = [];
  };
  for (let i = start; i < start + length; i++) {
    if (/\s/u.test(laid.text[i] ?? "")) flush();
    else word.push(i);
  }
  flush();
  return out.filter((t) => t.at.every((i) => (laid.lines[i] ?? -1) >= 0));
}

const describe = (laid: Laid, t: Token) => t.at.map((i) => laid.text[i]).join("");

/**
 * Why the phrase at `start` does not read in direction `dir` (undefined when it does): a
 * word whose letters are out of order, or two tokens out of order.
 */
export function readingProblem(laid: Laid, start: number, length: number, dir: Dir): string | undefined {
  const list = tokens(laid, start, length);
  for (const t of list) {
    for (let k = 1; k < t.at.length; k++) {
      const [i, j] = [t.at[k - 1] ?? 0, t.at[k] ?? 0];
      const [lineI, lineJ] = [laid.lines[i] ?? 0, laid.lines[j] ?? 0];
      // A word may wrap (at "/" or "-"): its rest is on the next line.
      if (lineJ > lineI) continue;
      if (lineJ < lineI) return `"${describe(laid, t)}" continues on a line above`;
      const step = centre(laid.glyphs[j]) - centre(laid.glyphs[i]);
      if (t.kind === "L" && step < -TOLERANCE) return `"${describe(laid, t)}" does not read left to right`;
      if (t.kind === "R" && step > TOLERANCE) return `"${describe(laid, t)}" does not read right to left`;
    }
  }
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1];
    const b = list[k];
    if (a === undefined || b === undefined) continue;
    const lineA = laid.lines[a.at.at(-1) ?? 0] ?? 0;
    const lineB = laid.lines[b.at[0] ?? 0] ?? 0;
    if (lineB > lineA) continue;
    if (lineB < lineA) return `"${describe(laid, b)}" is on a line above "${describe(laid, a)}"`;
    const [aL, aR] = extent(laid, a, lineA);
    const [bL, bR] = extent(laid, b, lineB);
    const ok = dir === "ltr" ? bL >= aR - TOLERANCE : bR <= aL + TOLERANCE;
    if (!ok)
      return `"${describe(laid, b)}" should be ${dir === "ltr" ? "right" : "left"} of "${describe(laid, a)}" (${dir})`;
  }
  return undefined;
}

const centre = (g: Glyph | undefined) => (g === undefined ? 0 : (g.left + g.right) / 2);

/** Left and right edges of the part of a token on screen line `line`. */
function extent(laid: Laid, t: Token, line: number): [number, number] {
  const gs = t.at
    .filter((i) => laid.lines[i] === line)
    .map((i) => laid.glyphs[i])
    .filter((g): g is Glyph => g !== undefined);
  return [Math.min(...gs.map((g) => g.left)), Math.max(...gs.map((g) => g.right))];
}

/** Offsets of every occurrence of `phrase` in the laid-out text. */
export function occurrences(laid: Laid, phrase: string): number[] {
  const out: number[] = [];
  for (let at = laid.text.indexOf(phrase); at >= 0; at = laid.text.indexOf(phrase, at + 1)) out.push(at);
  return out;
}

/**
 * Guillemets pair up around what they quote: « and its » on one line enclose every character
 * between them, « on the side where the paragraph's reading starts. Returns the problems found.
 */
export function guillemetProblems(laid: Laid): string[] {
  const problems: string[] = [];
  for (let open = laid.text.indexOf("«"); open >= 0; open = laid.text.indexOf("«", open + 1)) {
    const close = laid.text.indexOf("»", open + 1);
    if (close < 0) {
      problems.push(`« at ${open} is never closed`);
      continue;
    }
    const line = laid.lines[open];
    if (laid.lines[close] !== line) {
      if ((laid.lines[close] ?? 0) < (line ?? 0))
        problems.push(`» of «${laid.text.slice(open + 1, close)}» is above its «`);
      continue;
    }
    const o = laid.glyphs[open];
    const c = laid.glyphs[close];
    if (o === undefined || c === undefined) continue;
    const [lo, hi] = [Math.min(o.left, c.left), Math.max(o.right, c.right)];
    for (let i = open + 1; i < close; i++) {
      const g = laid.glyphs[i];
      if (g === undefined || laid.lines[i] !== line || /\s/u.test(g.ch)) continue;
      if (centre(g) < lo || centre(g) > hi) {
        problems.push(`"${g.ch}" of «${laid.text.slice(open + 1, close)}» lies outside its guillemets`);
        break;
      }
    }
    const dir = laid.paragraphDir[open];
    if ((dir === "ltr" && o.left > c.left) || (dir === "rtl" && o.left < c.left))
      problems.push(`«${laid.text.slice(open + 1, close)}»: the guillemets are swapped in a ${dir} line`);
  }
  return problems;
}
