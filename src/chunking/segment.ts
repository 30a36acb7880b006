/**
 * Sentence and clause segmentation for Arabic news prose (and the Latin text mixed into it).
 * Pure functions over document offsets: every span is `text.slice(start, end)`, trimmed of
 * surrounding whitespace and invisible formatting characters, and never empty.
 */
import type { Sentence } from "../core/types.js";
import { isBlankCode } from "../core/unicode.js";

/** Sentence-final punctuation: `.` `!` `?`, Arabic `؟`, ellipsis `…`, Urdu full stop `۔`. */
const TERMINATORS = new Set([".", "!", "?", "\u061f", "\u2026", "\u06d4"]);

/** Marks that may follow a terminator and still belong to the sentence (`."` `.»` `.)`). */
const CLOSERS = new Set([
  '"',
  "'",
  "\u201d",
  "\u201c",
  "\u2019",
  "\u00bb",
  "\u00ab",
  "\u203a",
  ")",
  "]",
  "}",
]);

/** Marks stripped from the front of a token before checking it for an abbreviation. */
const OPENERS = /^["'\u201c\u201d\u2018\u00ab\u00bb([{]+/;

/** Quotation mark families; marks of one family are paired in order within a line. */
const QUOTE_FAMILY: Readonly<Record<string, number>> = {
  '"': 0,
  "\u201c": 0, // “
  "\u201d": 0, // ”
  "\u201e": 0, // „
  "\u00ab": 1, // «
  "\u00bb": 1, // »
};

/**
 * Latin abbreviations after which a `.` does not end a sentence (case-sensitive: "No. 5",
 * "Dr. Smith", "c. 1455", "et al.").
 */
const ABBREVIATIONS = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Prof",
  "St",
  "Jr",
  "Sr",
  "Gen",
  "Gov",
  "Sen",
  "Rep",
  "Col",
  "Lt",
  "Sgt",
  "Capt",
  "Mt",
  "Ft",
  "vs",
  "No",
  "Nos",
  "Vol",
  "vol",
  "pp",
  "p",
  "Fig",
  "fig",
  "cf",
  "approx",
  "ca",
  "c",
  "Dept",
  "al",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
]);

const DOTTED_LATIN = /^(?:[A-Za-z]\.)+[A-Za-z]$/; // U.S, e.g, i.e, U.S.A
const SINGLE_CAPITAL = /^[A-Z]$/; // initials: "J. Smith"
const LATIN_END = /[A-Za-z]$/;
const LOWER_LATIN = /^[a-z]/;
/** Single Arabic letters (optionally dotted sequences) used as abbreviations: د. ، م. ، ق.م. */
const ARABIC_ABBREVIATION = /^(?:[\u0621-\u064a]\u0640?\.)*[\u0621-\u064a]\u0640?$/;
/** A list enumerator standing alone at the start of a sentence: "1." "a." "٣." */
const ENUMERATOR = /^(?:[0-9]{1,3}|[\u0660-\u0669]{1,3}|[A-Za-z])$/;

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
}

function isDigitCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
  );
}

interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
}

/** `QUOTE_FAMILY` by code unit (-1: not a quotation mark); the scans below read code units. */
function quoteFamilyOf(code: number): number {
  switch (code) {
    case 0x22:
    case 0x201c:
    case 0x201d:
    case 0x201e:
      return 0;
    case 0xab:
    case 0xbb:
      return 1;
    default:
      return -1;
  }
}

/** Sentence-final punctuation by code unit (the members of `TERMINATORS`). */
function isTerminatorCode(code: number): boolean {
  return (
    code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x2026 || code === 0x06d4
  );
}

/** Pair quotation marks per family within each line of `[start, end)`; unpaired marks are ignored. */
function quoteSpans(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let pending: (number | undefined)[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      pending = [];
      continue;
    }
    const family = quoteFamilyOf(code);
    if (family < 0) continue;
    const open = pending[family];
    if (open === undefined) {
      pending[family] = i;
    } else {
      spans.push({ open, close: i });
      pending[family] = undefined;
    }
  }
  return spans;
}

/** True unless `pos` is inside a quotation that does not close before `until`. */
function quotationsCloseBy(spans: readonly QuoteSpan[], pos: number, until: number): boolean {
  for (const span of spans) {
    if (span.open < pos && pos < span.close && span.close >= until) return false;
  }
  return true;
}

function trimSpan(text: string, start: number, end: number): Sentence | undefined {
  let s = start;
  let e = end;
  while (s < e && isBlankCode(text.charCodeAt(s))) s++;
  while (e > s && isBlankCode(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/**
 * Whether the single `.` at `dot` is part of an abbreviation, initial or list number rather
 * than the end of a sentence. `sentenceStart` is where the current sentence began; `next` is
 * the first visible character after the dot (and its closers), or "" at the end.
 */
function isNonFinalDot(text: string, sentenceStart: number, dot: number, next: string): boolean {
  if (next === "") return false;
  let tokenStart = dot;
  while (tokenStart > sentenceStart && !isBlankCode(text.charCodeAt(tokenStart - 1))) tokenStart--;
  const token = text.slice(tokenStart, dot).replace(OPENERS, "");
  if (token === "") return false;
  const aloneAtStart = trimSpan(text, sentenceStart, tokenStart) === undefined;
  if (aloneAtStart && ENUMERATOR.test(token)) return true;
  if (DOTTED_LATIN.test(token) || SINGLE_CAPITAL.test(token) || ABBREVIATIONS.has(token)) return true;
  // English sentences start with a capital: "etc. and", "approx. five".
  if (LATIN_END.test(token) && LOWER_LATIN.test(next)) return true;
  return ARABIC_ABBREVIATION.test(token);
}

function nextVisible(text: string, from: number, end: number): string {
  for (let i = from; i < end; i++) {
    if (!isBlankCode(text.charCodeAt(i))) return text.charAt(i);
  }
  return "";
}

/**
 * Split `text[start, end)` into sentences (document offsets). A sentence ends at a line
 * break, or at a run of `.` `!` `?` `؟` `…` (plus closing quotes/brackets that follow it)
 * followed by whitespace or the end. Not a boundary: a dot inside a number (no whitespace
 * follows), after an abbreviation or initial (`U.S.`, `e.g.`, `J.`, `Dr.`), after a lone list
 * number; a terminator inside a quotation unless the quotation closes right after it.
 */
export function segmentSentences(text: string, start = 0, end: number = text.length): Sentence[] {
  const lo = Math.max(0, Math.min(start, text.length));
  const hi = Math.max(lo, Math.min(end, text.length));
  const spans = quoteSpans(text, lo, hi);
  const sentences: Sentence[] = [];
  const emit = (s: number, e: number): void => {
    const span = trimSpan(text, s, e);
    if (span) sentences.push(span);
  };

  let sentenceStart = lo;
  let i = lo;
  while (i < hi) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      emit(sentenceStart, i);
      i += 1;
      sentenceStart = i;
      continue;
    }
    if (!isTerminatorCode(code)) {
      i += 1;
      continue;
    }
    const ch = text.charAt(i);
    let j = i;
    while (j < hi && TERMINATORS.has(text.charAt(j))) j++;
    let k = j;
    while (k < hi && CLOSERS.has(text.charAt(k))) k++;
    const followedByBreak = k >= hi || isBlankCode(text.charCodeAt(k));
    const isBoundary =
      followedByBreak &&
      quotationsCloseBy(spans, i, k) &&
      !(j - i === 1 && ch === "." && isNonFinalDot(text, sentenceStart, i, nextVisible(text, k, hi)));
    if (isBoundary) {
      emit(sentenceStart, k);
      sentenceStart = k;
      i = k;
    } else {
      i = j;
    }
  }
  emit(sentenceStart, hi);
  return sentences;
}

/** Clause separators: Arabic comma and semicolon, Latin `;` `:` `,`. */
const CLAUSE_SEPARATORS = new Set(["\u060c", "\u061b", ";", ":", ","]);

/** Clauses shorter than this many words are merged into a neighbour. */
export const MIN_CLAUSE_WORDS = 3;

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Number of whitespace-separated tokens in `text[start, end)` that contain a letter or digit. */
export function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let tokenStart = -1;
  for (let i = start; i <= end; i++) {
    const blank = i === end || isBlankCode(text.charCodeAt(i));
    if (blank) {
      if (tokenStart !== -1 && WORDLIKE.test(text.slice(tokenStart, i))) count++;
      tokenStart = -1;
    } else if (tokenStart === -1) {
      tokenStart = i;
    }
  }
  return count;
}

function isClauseCut(text: string, i: number, end: number): boolean {
  const ch = text.charAt(i);
  if (!CLAUSE_SEPARATORS.has(ch)) return false;
  const before = i > 0 ? text.charCodeAt(i - 1) : -1;
  const after = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  if (isDigitCode(before) && isDigitCode(after)) return false; // 1,000  4:51
  // A colon must be followed by whitespace, a quotation mark or the end (not `https://`).
  if (ch === ":" && after !== -1 && !isBlankCode(after) && QUOTE_FAMILY[text.charAt(i + 1)] === undefined) {
    return false;
  }
  return true;
}

/**
 * Split one sentence into clauses at `،` `؛` `;` `:` `,` (the separator stays with the clause
 * before it; never inside a number such as `1,000` or `4:51`). Pieces shorter than
 * MIN_CLAUSE_WORDS words are merged into a neighbour, so a short sentence is one clause.
 * Clauses are trimmed, non-empty, in order, and together cover every word of the sentence.
 */
export function segmentClauses(text: string, sentence: Sentence): Sentence[] {
  const pieces: Sentence[] = [];
  let pieceStart = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (isClauseCut(text, i, sentence.end)) {
      const piece = trimSpan(text, pieceStart, i + 1);
      if (piece) pieces.push(piece);
      pieceStart = i + 1;
    }
  }
  const last = trimSpan(text, pieceStart, sentence.end);
  if (last) pieces.push(last);

  const clauses: Sentence[] = [];
  for (const piece of pieces) {
    const prev = clauses[clauses.length - 1];
    if (prev && countWords(text, prev.start, prev.end) < MIN_CLAUSE_WORDS) {
      clauses[clauses.length - 1] = { start: prev.start, end: piece.end };
    } else {
      clauses.push(piece);
    }
  }
  const tail = clauses[clauses.length - 1];
  const beforeTail = clauses[clauses.length - 2];
  if (tail && beforeTail && countWords(text, tail.start, tail.end) < MIN_CLAUSE_WORDS) {
    clauses.splice(clauses.length - 2, 2, { start: beforeTail.start, end: tail.end });
  }
  return clauses;
}
