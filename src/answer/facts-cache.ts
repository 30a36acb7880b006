import type { CorpusDocument } from "../core/types.js";
import type { TranslationLookup } from "../translate/aligned-lookup.js";
import { buildDocumentFacts, type DocumentFacts } from "./document-facts.js";
import type { Person } from "./people.js";

const MAX_DOCUMENTS_FOR_PEOPLE = 200;

/** The documents' facts (people, speakers, headings, credits, topics), each read on first use. */
export class FactsCache {
  private readonly facts = new Map<string, DocumentFacts>();
  private everyone: Person[] | undefined;

  constructor(
    private readonly documents: readonly CorpusDocument[],
    private readonly lookup: (id: string) => CorpusDocument | undefined,
    private readonly translations: TranslationLookup,
  ) {}

  of(docId: string): DocumentFacts | undefined {
    const cached = this.facts.get(docId);
    if (cached !== undefined) return cached;
    const doc = this.lookup(docId);
    if (doc === undefined) return undefined;
    const facts = buildDocumentFacts(doc, (person) =>
      this.translations.name(doc.id, person.start, person.end),
    );
    this.facts.set(docId, facts);
    return facts;
  }

  /**
   * The people the documents introduce (for reading offices in questions as people). Read for
   * a news-sized corpus only: over tens of thousands of documents an office names too many
   * people to resolve to one, and reading them all would slow the first question down.
   */
  people(): Person[] {
    if (this.everyone === undefined)
      this.everyone =
        this.documents.length > MAX_DOCUMENTS_FOR_PEOPLE
          ? []
          : this.documents.flatMap((d) => this.of(d.id)?.people ?? []);
    return this.everyone;
  }
}
