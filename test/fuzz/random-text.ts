/**
 * Seeded random Unicode text for fuzz tests: Arabic words and letters with harakat, Latin
 * words, digits, HTML-looking fragments and entities, emoji (with modifiers, ZWJ sequences,
 * flags), C0/C1 control characters, bidi controls and marks, zero-width and unusual spaces,
 * other scripts, combining marks, astral characters, noncharacters, and uniformly random
 * scalar values. Every string is well-formed UTF-16 (no lone surrogates), as Telegram and
 * UTF-8 files deliver. The same seed gives the same strings.
 */
import { randomInt as int, pick, type Random, mulberry32 as seeded } from "../../bench/lib/prng.js";

// The generator is the bench's (bench/lib/prng.ts), under the names the fuzz suites use.
export { int, pick, type Random, seeded };

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

const ARABIC_LETTERS = range(0x0621, 0x064a);
const HARAKAT = range(0x064b, 0x0652);
const ARABIC_DIGITS = range(0x0660, 0x0669);
const ARABIC_WORDS = [
  "لافروف",
  "الصفدي",
  "موسكو",
  "الأردن",
  "سوريا",
  "الخليج",
  "اللاجئين",
  "قرار",
  "مجلس",
  "الأمن",
  "التسوية",
  "حل",
  "الدولتين",
  "ما",
  "هو",
  "عن",
  "في",
  "قال",
  "وزير",
  "الخارجية",
  "مَدْرَسَةٌ",
  "ـــ",
];
const LATIN_WORDS = [
  "Lavrov",
  "Safadi",
  "Syria",
  "Gulf",
  "refugees",
  "what",
  "did",
  "say",
  "about",
  "the",
  "resolution",
  "quote",
  "Moscow",
  "Jordan",
  "two-state",
  "?",
  "!",
  "...",
];
const HTML_BITS = [
  "<",
  ">",
  "&",
  '"',
  "'",
  "<b>",
  "</b>",
  "<i>",
  "</blockquote>",
  "<blockquote>",
  "<pre>",
  "</a>",
  '<a href="javascript:alert(1)">',
  "&amp;",
  "&lt;",
  "&gt;",
  "&quot;",
  "&nbsp;",
  "&#x202E;",
  "&#0;",
  "&#128512;",
  "&unknown;",
  "<tg-spoiler>",
  "<script>",
  "<!--",
  "-->",
  "<br/>",
];
const EMOJI = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🇯🇴", "🇷🇺", "❤️", "1️⃣", "🏳️‍🌈", "🧕🏾", "📜"];
const CONTROLS = [...range(0x00, 0x1f), "\u007f", ...range(0x80, 0x9f)];
const BIDI = ["\u200e", "\u200f", "\u061c", ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];
const SPACES = [
  "\u200b",
  "\u200c",
  "\u200d",
  "\ufeff",
  "\u00a0",
  "\u2028",
  "\u2029",
  "\u3000",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "  ",
];
const OTHER = [
  "中文",
  "שלום",
  "नमस्ते",
  "e\u0301",
  "a\u0300\u0301\u0302\u0303\u0304",
  "𝐀𝐁𝐂",
  "𓀀",
  "\uffff",
  "\ufffe",
  "\ufdd0",
  "\ue000",
  "ﷺ",
  "ﻻ",
];
const COMMANDS = ["/start", "/quote", "/ask@TestNameBot", "@TestNameBot", "/lang ar"];

/** A uniformly random Unicode scalar value (never a surrogate). */
function anyScalar(random: Random): string {
  for (;;) {
    const cp = random() < 0.8 ? int(random, 0x10000) : 0x10000 + int(random, 0x100000);
    if (cp < 0xd800 || cp > 0xdfff) return String.fromCodePoint(cp);
  }
}

function arabicRun(random: Random): string {
  let out = "";
  const n = 1 + int(random, 7);
  for (let i = 0; i < n; i++) {
    out += pick(random, ARABIC_LETTERS);
    if (random() < 0.2) out += pick(random, HARAKAT);
  }
  return out;
}

type Piece = (random: Random) => string;

const PIECES: ReadonlyArray<readonly [number, Piece]> = [
  [14, (r) => pick(r, ARABIC_WORDS)],
  [8, arabicRun],
  [3, (r) => pick(r, ARABIC_DIGITS).repeat(1 + int(r, 4))],
  [12, (r) => pick(r, LATIN_WORDS)],
  [3, (r) => String(int(r, 100_000))],
  [6, (r) => pick(r, HTML_BITS)],
  [4, (r) => pick(r, EMOJI)],
  [3, (r) => pick(r, CONTROLS)],
  [4, (r) => pick(r, BIDI)],
  [12, (r) => pick(r, SPACES.concat([" ", " ", " "]))],
  [3, (r) => pick(r, OTHER)],
  [1, (r) => pick(r, COMMANDS)],
  [3, anyScalar],
];
const TOTAL_WEIGHT = PIECES.reduce((sum, [w]) => sum + w, 0);

function piece(random: Random): string {
  let roll = random() * TOTAL_WEIGHT;
  for (const [weight, make] of PIECES) {
    roll -= weight;
    if (roll < 0) return make(random);
  }
  return " ";
}

/** Random text of roughly `length` UTF-16 units (never cutting a surrogate pair). */
export function randomText(random: Random, length: number): string {
  let out = "";
  while (out.length < length) out += piece(random);
  return out;
}

/** A length drawn from a mix: mostly short, some medium, a few long. */
export function randomLength(random: Random, longest = 20_000): number {
  const roll = random();
  if (roll < 0.5) return int(random, 40);
  if (roll < 0.85) return 40 + int(random, 400);
  if (roll < 0.97) return 440 + int(random, 4000);
  return 4440 + int(random, Math.max(1, longest - 4440));
}

/** Lone surrogates: what a string sliced inside a surrogate pair would contain. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}
