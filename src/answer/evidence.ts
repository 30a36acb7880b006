import type { Chunk, CorpusDocument, Passage, Quote, ScoredChunk } from "../core/types.js";
import type { TranslationLookup } from "../translate/aligned-lookup.js";

/**
 * What an answer reports beside its quotes: the chunks it was built from (its evidence, for
 * evaluation and diagnostics) and the whole paragraphs its quotes come from.
 */

/** The chunks holding the quotes, in citation order (the evidence of an answer). */
export function evidenceOf(chunks: readonly Chunk[], quotes: readonly Quote[]): ScoredChunk[] {
  const out: ScoredChunk[] = [];
  quotes.forEach((quote, i) => {
    const chunk = chunks.find((c) => c.docId === quote.doc && c.start < quote.end && quote.start < c.end);
    if (chunk !== undefined && !out.some((o) => o.chunk.id === chunk.id))
      out.push({ chunk, score: 1 / (i + 1), signals: {} });
  });
  return out;
}

/** The whole paragraphs the quotes come from, each once, in citation order. */
export function passagesOf(
  quotes: readonly Quote[],
  lookup: (id: string) => CorpusDocument | undefined,
  translations: TranslationLookup,
): Passage[] {
  const passages: Passage[] = [];
  for (const quote of quotes) {
    if (passages.some((p) => p.doc === quote.doc && p.paragraph === quote.paragraph)) continue;
    const doc = lookup(quote.doc);
    const paragraph = doc?.paragraphs.find((p) => p.number === quote.paragraph);
    if (doc === undefined || paragraph === undefined) continue;
    const translation = translations.paragraph(doc.id, paragraph.number);
    passages.push({
      doc: doc.id,
      paragraph: paragraph.number,
      start: paragraph.start,
      end: paragraph.end,
      text: doc.text.slice(paragraph.start, paragraph.end),
      ...(translation !== undefined ? { translation } : {}),
    });
  }
  return passages;
}
