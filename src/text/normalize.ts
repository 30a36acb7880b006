/**
 * Arabic orthographic normalisation for matching (never for display: what users see is
 * always the corpus's own text). Folds the spelling variation that carries no meaning in
 * search: diacritics and tatweel, hamza-carrying alef forms, ya/alef maqsura, ta marbuta,
 * hamza on waw/ya (so `الارهاب` matches `الإرهاب`), Persian letter shapes, Arabic-Indic
 * digits, invisible bidi/zero-width characters, Latin case and compatibility forms.
 */

const DROP = new Set<number>([
  0x0640, // tatweel
  0x200b,
  0x200c,
  0x200d,
  0x200e,
  0x200f, // zero-width and LRM/RLM
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e, // bidi embeddings and overrides
  0x2066,
  0x2067,
  0x2068,
  0x2069, // bidi isolates
  0xfeff, // BOM / zero-width no-break space
  0x00ad, // soft hyphen
]);

const FOLD: Readonly<Record<string, string>> = {
  "\u0622": "\u0627", // آ → ا
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0672": "\u0627",
  "\u0673": "\u0627",
  "\u0649": "\u064a", // ى → ي
  "\u0629": "\u0647", // ة → ه
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064a", // ئ → ي
  "\u06a9": "\u0643", // ک → ك
  "\u06cc": "\u064a", // ی → ي
  "\u06d2": "\u064a", // ے → ي
  "\u06be": "\u0647", // ھ → ه
  "\u06c1": "\u0647", // ہ → ه
  "\u0679": "\u062a",
};

/** True for Arabic diacritics (harakat, shadda, sukun, dagger alef, Quranic marks). */
export function isArabicDiacritic(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x08d3 && code <= 0x08ff)
  );
}

function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (DROP.has(code) || isArabicDiacritic(code)) return "";
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Extended (Persian) digits
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  if (code < 0x80) return ch.toLowerCase();
  // Compatibility forms (presentation forms, full-width Latin, ligatures like ﻻ) → base letters.
  const nfkc = ch.normalize("NFKC");
  if (nfkc === ch) return ch.toLowerCase();
  let out = "";
  for (const part of nfkc) out += part === ch ? part.toLowerCase() : foldChar(part);
  return out;
}

/**
 * `foldChar` of each UTF-16 unit that is a whole character, computed on first sight: a
 * function of the character alone, so a table look-up gives the same result as calling it
 * (normalising a whole dictionary is then a fraction of a second, not seconds).
 */
const FOLDED_UNITS: (string | undefined)[] = new Array(0x10000);

function foldUnit(code: number): string {
  let folded = FOLDED_UNITS[code];
  if (folded === undefined) {
    folded = foldChar(String.fromCharCode(code));
    FOLDED_UNITS[code] = folded;
  }
  return folded;
}

/** Normalise a string for matching. */
export function normalizeArabic(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A surrogate pair is one character (as `for … of` iterates): folded as such.
        out += foldChar(text.slice(i, i + 2));
        i++;
        continue;
      }
    }
    out += foldUnit(code);
  }
  return out;
}

/**
 * Normalise and keep, for every UTF-16 unit of the output, the offset of the input unit it
 * came from (plus a final sentinel equal to `text.length`), so a match found in normalised
 * text maps back to an exact span of the original: `text.slice(map[i], map[j])`.
 */
export function normalizeWithMap(text: string): { normalized: string; map: number[] } {
  let normalized = "";
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    for (let i = 0; i < folded.length; i++) map.push(offset);
    normalized += folded;
    offset += ch.length;
  }
  map.push(text.length);
  return { normalized, map };
}

/**
 * Map a half-open span of normalised text back to the original text, widening it so it
 * ends after any characters dropped by normalisation that belong to the last letter
 * (diacritics, tatweel), i.e. the original span reads as whole letters.
 */
export function mapSpanToOriginal(
  text: string,
  map: readonly number[],
  start: number,
  end: number,
): { start: number; end: number } {
  const origStart = map[start] ?? text.length;
  let origEnd = end >= map.length - 1 ? text.length : (map[end] ?? text.length);
  // Pull back over nothing; extend over trailing dropped marks attached to the last letter.
  if (end > start) {
    while (origEnd < text.length) {
      const code = text.codePointAt(origEnd) ?? 0;
      if (isArabicDiacritic(code) || code === 0x0640) origEnd += 1;
      else break;
    }
  }
  return { start: origStart, end: Math.max(origStart, origEnd) };
}
