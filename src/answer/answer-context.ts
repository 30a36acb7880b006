import type {
  Answer,
  AnswerKind,
  AskOptions,
  CorpusDocument,
  Lang,
  Quote,
  ScoredChunk,
  SourceRef,
} from "../core/types.js";
import type { SearchIndex } from "../index/search-index.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import type { TranslationLookup } from "../translate/aligned-lookup.js";
import type { Gazetteer } from "./coverage-types.js";
import type { DocumentFacts } from "./document-facts.js";

/**
 * The data the answer builders (event, introduction, question, overview, metadata, paragraph)
 * work from, and what they hand back to the QA service: kept apart from the service so the
 * builders depend on these types, not on the service that calls them.
 */

/** What retrieval found for a question, before an answer is written (shared with model answerers). */
export interface Retrieval {
  readonly lang: Lang;
  readonly plan: QueryPlan;
  readonly wantQuotes: boolean;
  readonly results: readonly ScoredChunk[];
  readonly covered: boolean;
  /** `low` when the article touches the topic without saying exactly this. */
  readonly confidence: "high" | "low";
  readonly reason: string;
  /** Share of the question's information found in the best passage. */
  readonly passageShare: number;
  /** Names, numbers and unknown words of the question that the corpus lacks. */
  readonly missingSpecific: readonly string[];
  /** Countries the question excludes ("besides Syria"): named, they are not what it asks for. */
  readonly excludedCountries?: readonly string[];
}

/** `retrieve` options beyond `AskOptions`, for answerers that build on the QA service. */
export interface RetrieveOptions extends AskOptions {
  /**
   * Adjust the plan used to SEARCH (after follow-up context is merged); a model answerer
   * fuses its model's Arabic query for an English question here. Coverage is still judged on
   * the question's own plan (which `Retrieval.plan` stays), so a refinement can improve the
   * ranking but never makes the article "cover" a question it does not.
   */
  readonly refinePlan?: (plan: QueryPlan) => QueryPlan;
}

/** What the answer builders need from the service. */
export interface AnswerContext {
  readonly facts: (docId: string) => DocumentFacts | undefined;
  readonly documents: readonly CorpusDocument[];
  readonly translations: TranslationLookup;
  readonly words: SearchIndex["lexical"]["words"];
  readonly lookup: (id: string) => CorpusDocument | undefined;
  /** A document's citation metadata (with its English title where translated). */
  readonly source: (docId: string) => SourceRef | undefined;
  /** Verified quotes, enriched with speakers and translations, and the rest of the answer. */
  readonly finish: (parts: AnswerParts) => Answer;
  readonly notCovered: (lang: Lang, text?: string) => Answer;
  /** Country names, where known: "which countries" answers quote a clause naming some. */
  readonly countries?: Gazetteer;
}

export interface AnswerParts {
  readonly lang: Lang;
  readonly kind: AnswerKind;
  readonly confidence: "high" | "low";
  /** Builds the lead from the final (verified, numbered, enriched) quotes. */
  readonly lead: (quotes: readonly Quote[]) => string;
  readonly quotes: readonly Quote[];
  readonly plan?: QueryPlan;
  /**
   * False when the question itself goes unanswered and the quotes are what the article offers
   * instead ("What did Safadi say…?" where Safadi is never quoted: who did speak on it).
   */
  readonly covered?: boolean;
}
