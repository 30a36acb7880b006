/**
 * The units a document is translated in: the clauses of the project's own segmenter, per
 * paragraph. The offline answerer quotes whole sentences, or runs of clauses of long
 * sentences, so aligning translations at this level makes every quote a union of whole
 * units (and a whole paragraph is one too). Pure.
 */
import { segmentClauses, segmentSentences } from "../chunking/segment.js";
import type { CorpusDocument, Sentence } from "../core/types.js";

export interface TranslationUnit extends Sentence {
  readonly paragraph: number;
}

/** Every clause of every sentence of every paragraph, in document order. */
export function translationUnits(doc: CorpusDocument): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  for (const paragraph of doc.paragraphs) {
    for (const sentence of segmentSentences(doc.text, paragraph.start, paragraph.end)) {
      for (const clause of segmentClauses(doc.text, sentence)) {
        units.push({ paragraph: paragraph.number, start: clause.start, end: clause.end });
      }
    }
  }
  return units;
}

/**
 * Units that do not both start and end on a segment boundary: places where a quote could
 * begin or end inside a segment, so its translation would say more than the quote. Empty
 * when every unit is a union of whole segments.
 */
export function unitsNotAligned(
  units: readonly TranslationUnit[],
  segments: readonly { readonly start: number; readonly end: number }[],
): TranslationUnit[] {
  const starts = new Set(segments.map((s) => s.start));
  const ends = new Set(segments.map((s) => s.end));
  return units.filter((u) => !starts.has(u.start) || !ends.has(u.end));
}
