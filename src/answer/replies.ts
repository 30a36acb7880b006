import type { Answer, AnswerKind, CorpusDocument, Lang } from "../core/types.js";
import type { TranslationLookup } from "../translate/aligned-lookup.js";
import { composeNotCovered } from "./compose.js";

/**
 * Answers without quotes (refusals, small talk, an empty question) and what they offer the
 * reader instead: the corpus's topics and example questions, from the documents' front matter.
 */
export class Replies {
  private readonly examplesByLang = new Map<Lang, string[]>();

  constructor(
    private readonly documents: readonly CorpusDocument[],
    private readonly translations: TranslationLookup,
  ) {}

  /** Topics of the corpus in the reader's language (front matter), for refusals and help. */
  topics(lang: Lang): string[] {
    return this.documents.length === 1
      ? [...(this.documents[0]?.topics?.[lang] ?? [])]
      : this.documents
          .slice(0, 3)
          .map((d) => (lang === "en" ? (this.translations.title(d.id) ?? d.title) : d.title));
  }

  examples(lang: Lang): string[] {
    // Documents never change: read once per language, not over every document per answer.
    let examples = this.examplesByLang.get(lang);
    if (examples === undefined) {
      examples = [];
      for (const d of this.documents) {
        examples.push(...(d.examples?.[lang] ?? []));
        if (examples.length >= 3) break;
      }
      examples = examples.slice(0, 3);
      this.examplesByLang.set(lang, examples);
    }
    return [...examples];
  }

  notCovered(lang: Lang, text?: string): Answer {
    return this.message(
      lang,
      "not_covered",
      text ?? composeNotCovered(lang, this.topics(lang), this.examples(lang)),
      false,
    );
  }

  /** An answer without quotes (refusal, small talk), offering example questions. */
  message(lang: Lang, kind: AnswerKind, text: string, covered = kind !== "not_covered"): Answer {
    const suggestions = this.examples(lang);
    return {
      lang,
      covered: kind === "smalltalk" ? false : covered,
      kind,
      confidence: "high",
      text,
      lead: text,
      quotes: [],
      passages: [],
      sources: [],
      matchedTerms: [],
      answerer: "extractive",
      ...(suggestions.length > 0 ? { suggestions } : {}),
    };
  }
}
