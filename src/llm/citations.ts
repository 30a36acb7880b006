import { type DocumentLookup, locateQuote } from "../answer/quote-verifier.js";
import type { Lang, Quote } from "../core/types.js";
import type { ModelAnswer, ModelCitation } from "./output.js";
import type { NumberedPassage } from "./passages.js";

/**
 * Turning a model's cited answer into something safe to show. Claims must be backed:
 * - the answer is split into claims (sentences); a claim is kept only when at least one of
 *   its `[n]` markers points to a citation that verifies, so an invented sentence never
 *   survives by sitting next to a real quote; `claims` says how many were kept of how many,
 *   and the caller decides whether that is enough to show;
 * Quotes are sacred:
 * - each claimed quote is searched for inside the passage it cites (exactly, else after
 *   Arabic normalisation) and what is kept is the SOURCE's text at the located offsets,
 *   never the model's copy;
 * - a citation to a passage that was not sent, or whose quote is not in its passage, is
 *   dropped;
 * - `[n]` markers that point to no kept citation are removed, the rest renumbered 1, 2, …
 *   in order of first mention;
 * - quotation marks in the model's own prose are removed (only verified quotes are quotes).
 */

export interface DroppedCitation {
  readonly citation: ModelCitation;
  readonly reason: "no such passage" | "quote not found in its passage" | "quote too short";
}

export interface VerifiedModelAnswer {
  /** The model's answer text, renumbered, without dangling markers or quotation marks. */
  readonly lead: string;
  /** Verified quotes, numbered as in `lead`. */
  readonly quotes: readonly Quote[];
  readonly dropped: readonly DroppedCitation[];
  /** Claims (sentences) of the model's answer: kept, and dropped for want of a verified citation. */
  readonly claims: { readonly kept: number; readonly total: number };
  readonly droppedClaims: readonly string[];
}

/** Fewest letters a kept quote has (a lone particle proves nothing). */
const MIN_QUOTE_LETTERS = 4;

interface Candidate {
  readonly oldNumbers: Set<number>;
  readonly doc: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  translation?: string;
}

/** One or more adjacent citation markers: `[1]`, `[1, 2]`, `[1][2]`. */
const MARKER = /\s*\[\d+(?:\s*[,،]\s*\d+)*\](?:\s*\[\d+(?:\s*[,،]\s*\d+)*\])*/g;

export function verifyModelAnswer(
  output: ModelAnswer,
  passages: readonly NumberedPassage[],
  lookup: DocumentLookup,
  lang: Lang,
): VerifiedModelAnswer {
  const answer = asciiMarkers(output.answer);
  const dropped: DroppedCitation[] = [];
  const candidates: Candidate[] = [];
  for (const citation of output.citations) {
    const passage = passages.find((p) => p.n === citation.passage);
    const doc = passage === undefined ? undefined : lookup(passage.doc);
    if (passage === undefined || doc === undefined) {
      dropped.push({ citation, reason: "no such passage" });
      continue;
    }
    const span = locateQuote(doc.text, citation.quote, passage.start, passage.end);
    if (span === undefined) {
      dropped.push({ citation, reason: "quote not found in its passage" });
      continue;
    }
    let { start, end } = span;
    while (start < end && /\s/.test(doc.text[start] ?? "")) start++;
    while (end > start && /\s/.test(doc.text[end - 1] ?? "")) end--;
    const text = doc.text.slice(start, end);
    if ((text.match(/\p{L}/gu) ?? []).length < MIN_QUOTE_LETTERS) {
      dropped.push({ citation, reason: "quote too short" });
      continue;
    }
    const translation = lang === "en" ? citation.translation?.trim() || undefined : undefined;
    const same = candidates.find((c) => c.doc === doc.id && c.start === start && c.end === end);
    if (same !== undefined) {
      same.oldNumbers.add(citation.n);
      same.translation ??= translation;
      continue;
    }
    candidates.push({
      oldNumbers: new Set([citation.n]),
      doc: doc.id,
      paragraph: passage.paragraph,
      start,
      end,
      text,
      translation,
    });
  }

  const verifiedNumbers = new Set(candidates.flatMap((c) => [...c.oldNumbers]));
  const claims = splitClaims(answer);
  const kept = claims.filter((claim) =>
    [...claim.matchAll(MARKER)].some((m) => numbersIn(m[0]).some((n) => verifiedNumbers.has(n))),
  );
  const droppedClaims = claims.filter((claim) => !kept.includes(claim)).map((c) => c.trim());
  const backed = kept.map((c) => c.trim()).join(" ");

  // New numbers in order of first mention in the kept claims; unmentioned quotes follow.
  const order: Candidate[] = [];
  for (const match of backed.matchAll(MARKER)) {
    for (const old of numbersIn(match[0])) {
      for (const c of candidates) if (c.oldNumbers.has(old) && !order.includes(c)) order.push(c);
    }
  }
  for (const c of candidates) if (!order.includes(c)) order.push(c);
  const newNumber = new Map(order.map((c, i) => [c, i + 1]));

  const lead = unquoteProse(
    backed.replace(MARKER, (whole: string) => {
      const numbers = numbersIn(whole).flatMap((old) =>
        order.filter((c) => c.oldNumbers.has(old)).map((c) => newNumber.get(c) ?? 0),
      );
      const unique = [...new Set(numbers)].sort((a, b) => a - b);
      if (unique.length === 0) return "";
      const space = /^\s/.test(whole) ? " " : "";
      return `${space}${unique.map((n) => `[${n}]`).join("")}`;
    }),
  );

  const quotes: Quote[] = order.map((c) => ({
    text: c.text,
    doc: c.doc,
    paragraph: c.paragraph,
    start: c.start,
    end: c.end,
    n: newNumber.get(c) ?? 0,
    ...(c.translation === undefined ? {} : { translation: c.translation }),
  }));
  return { lead, quotes, dropped, claims: { kept: kept.length, total: claims.length }, droppedClaims };
}

/**
 * The claims of an answer: sentences ending in . ! ? ؟ or a line break, each with the markers
 * that follow its full stop (`… home. [1]` belongs to that sentence). Empty pieces are skipped.
 */
export function splitClaims(text: string): string[] {
  const claims: string[] = [];
  const end = /[.!?؟…]+(?:\s*\[[\d\s,،]+\])*(?=\s|$)|\n+/g;
  let from = 0;
  for (const m of text.matchAll(end)) {
    const to = (m.index ?? 0) + m[0].length;
    const piece = text.slice(from, to);
    if (/[\p{L}\p{N}]/u.test(piece)) claims.push(piece);
    from = to;
  }
  const rest = text.slice(from);
  if (/[\p{L}\p{N}]/u.test(rest)) claims.push(rest);
  return claims;
}

/** Markers written with Arabic-Indic digits (`[١]`) read as ASCII ones. */
function asciiMarkers(text: string): string {
  return text.replace(/\[[\d٠-٩۰-۹\s,،]+\]/g, (marker) =>
    marker.replace(/[٠-٩۰-۹]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf)),
  );
}

function numbersIn(markers: string): number[] {
  return [...markers.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/**
 * The model's prose carries no quotation marks: only verified quotes are shown as quotes.
 * Paired guillemets and double quotes are removed (their words stay, as plain prose).
 */
export function unquoteProse(text: string): string {
  return text
    .replace(/[«»“”„‟"]/g, "")
    .replace(/[ \t]+([.,;:!?،؛؟)])/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}
