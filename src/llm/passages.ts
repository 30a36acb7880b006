import type { DocumentLookup } from "../answer/quote-verifier.js";
import type { ScoredChunk } from "../core/types.js";

/**
 * The passages a model sees: the paragraphs of the best-ranked chunks, in rank order, each
 * once, numbered from 1 and labelled with its paragraph number. A paragraph too long to send
 * whole is replaced by the retrieved chunk itself. Offsets are the document's, so a quote the
 * model claims can be located inside exactly the span it was shown.
 */
export interface NumberedPassage {
  /** Passage number shown to the model (1-based). */
  readonly n: number;
  readonly doc: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** Exactly `document.text.slice(start, end)`. */
  readonly text: string;
}

export interface PassageLimits {
  readonly maxPassages: number;
  /** Longest paragraph sent whole; longer ones are sent as the retrieved chunk. */
  readonly maxPassageChars: number;
  /** Total characters across passages (the first passage is always sent). */
  readonly maxTotalChars: number;
}

export const DEFAULT_PASSAGE_LIMITS: PassageLimits = {
  maxPassages: 6,
  maxPassageChars: 1500,
  maxTotalChars: 6000,
};

export function selectPassages(
  ranked: readonly ScoredChunk[],
  lookup: DocumentLookup,
  limits: PassageLimits = DEFAULT_PASSAGE_LIMITS,
): NumberedPassage[] {
  const out: NumberedPassage[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const { chunk } of ranked) {
    if (out.length >= limits.maxPassages) break;
    const doc = lookup(chunk.docId);
    const paragraph = doc?.paragraphs.find((p) => p.number === chunk.paragraph);
    if (doc === undefined || paragraph === undefined) continue;
    const whole = paragraph.end - paragraph.start <= limits.maxPassageChars;
    const start = whole ? paragraph.start : chunk.start;
    const end = whole ? paragraph.end : chunk.end;
    const key = `${doc.id}:${start}:${end}`;
    // A chunk inside an already-sent whole paragraph adds nothing.
    if (seen.has(key) || seen.has(`${doc.id}:p${paragraph.number}`)) continue;
    if (out.length > 0 && total + (end - start) > limits.maxTotalChars) continue;
    seen.add(key);
    if (whole) seen.add(`${doc.id}:p${paragraph.number}`);
    total += end - start;
    out.push({
      n: out.length + 1,
      doc: doc.id,
      paragraph: paragraph.number,
      start,
      end,
      text: doc.text.slice(start, end),
    });
  }
  return out;
}
