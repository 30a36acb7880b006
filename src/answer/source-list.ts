import type { CorpusDocument, Quote, SourceRef } from "../core/types.js";
import { toSourceRef } from "../corpus/loader.js";
import type { TranslationLookup } from "../translate/aligned-lookup.js";

/** The corpus's citation metadata, in corpus order, with English titles where translated. */
export class SourceList {
  readonly all: readonly SourceRef[];
  /** Position of each document's source in `all` (look-ups without scanning 50k sources). */
  private readonly at: ReadonlyMap<string, number>;

  constructor(documents: readonly CorpusDocument[], translations: TranslationLookup) {
    this.all = documents.map((doc) => {
      const titleEn = translations.title(doc.id);
      return { ...toSourceRef(doc), ...(titleEn !== undefined ? { titleEn } : {}) };
    });
    this.at = new Map(this.all.map((s, i) => [s.doc, i]));
  }

  /** A document's source, if the corpus has the document. */
  of(docId: string): SourceRef | undefined {
    const at = this.at.get(docId);
    return at === undefined ? undefined : this.all[at];
  }

  /** The sources of the quotes' documents, in corpus order (as filtering `all` would give). */
  ofQuotes(quotes: readonly Quote[]): SourceRef[] {
    const positions = [...new Set(quotes.map((q) => this.at.get(q.doc)))]
      .filter((at) => at !== undefined)
      .sort((a, b) => a - b);
    return positions.map((at) => this.all[at]).filter((s) => s !== undefined);
  }
}
