import type { ScoredChunk } from "../core/types.js";

/** The thresholds, features and evidence of the coverage decision (`coverage.ts`). */

/** Shares and windows the decision compares features with (defaults: `DEFAULT_COVERAGE`). */
export interface CoverageThresholds {
  /** Largest information share of absent words still answered. */
  readonly maxAbsentShare: number;
  /** Smallest information share of the question the best passage must hold. */
  readonly minPassageShare: number;
  /** Weight of an absent general word relative to an unseen word's idf. */
  readonly absentWeight: number;
  /** Below this passage share (but at or above `minPassageShare`) the answer is `low`. */
  readonly highPassageShare: number;
  /**
   * Absent words carrying at least this share are positive evidence that the article lacks the
   * topic, unless the best passage holds at least `highPassageShare` of the question anyway.
   */
  readonly topicAbsentShare: number;
  /** A question on two things needs a passage holding more than this share (both of them). */
  readonly pairPassageShare: number;
  /**
   * A name the closest passages hold only where they hold less than this share of the question,
   * while another holds at least this share, is named apart from what is asked about it.
   */
  readonly apartShare: number;
  /** How many of the top passages are searched for the date or number a question asks for. */
  readonly answerTypeWindow: number;
  /**
   * The same for English questions: planned through a dictionary, their ranking is less
   * precise, so the answer may sit a little lower.
   */
  readonly answerTypeWindowEnglish: number;
}

/**
 * Chosen on shared/eval (xquad-dev questions on their own corpus must be answered, on the
 * article refused, and the reverse; talks-qa.dev's out-of-scope questions refused).
 */
export const DEFAULT_COVERAGE: CoverageThresholds = {
  maxAbsentShare: 0.4,
  minPassageShare: 0.25,
  absentWeight: 0.5,
  highPassageShare: 0.5,
  topicAbsentShare: 0.25,
  pairPassageShare: 0.6,
  apartShare: 0.5,
  answerTypeWindow: 3,
  answerTypeWindowEnglish: 5,
};

/** The kind of answer a question asks for, and a test for a passage holding one. */
export interface AskedAnswerType {
  readonly kind: "date" | "number";
  readonly fits: (text: string) => boolean;
}

export interface CoverageFeatures {
  readonly words: number;
  /** Words that carry information (not framing verbs): what the question is about. */
  readonly informative: number;
  /** Of them, names, numbers and words no dictionary knows. */
  readonly informativeSpecific: number;
  /** Of them, those the corpus lacks (optional: features built before it count none). */
  readonly informativeAbsent?: number;
  readonly retrieved: number;
  readonly absent: readonly string[];
  readonly missingSpecific: readonly string[];
  readonly absentShare: number;
  readonly passageShare: number;
  /** The largest share any of the top three passages holds. */
  readonly bestShare: number;
  /** The date or number asked for that none of the closest passages holds. */
  readonly missingAnswerType?: "date" | "number";
  /** The office asked about that no one in the documents holds. */
  readonly unheldOffice?: string;
  /**
   * A word of a question asking when an event happened or will happen ("When was X launched?")
   * that the corpus lacks: the event is not in it, so no date it holds is that event's.
   */
  readonly undatedEvent?: string;
  /**
   * A word placing the event asked about in the past or the future («الاجتماع الماضي») when
   * the corpus has no word pointing that way: the documents speak of another event.
   */
  readonly otherTime?: string;
  /** A name found only in passages that hold little else of the question, the rest elsewhere. */
  readonly apart?: string;
  /** Who the question asks to have spoken or to hold a view, when the corpus never names them. */
  readonly unreported?: string;
  /** A word of a yes/no question the corpus lacks (the check cannot be made from it). */
  readonly uncheckable?: string;
  /** A country whose view is asked that none of the document's people speaks for. */
  readonly voiceless?: string;
  /** What a stance or a statement is asked about, when the corpus never names it. */
  readonly unaddressed?: string;
  /** What is asked about the reported meeting, when the corpus holds only its setting. */
  readonly offScene?: string;
  /** Countries are asked for and the closest passages name none but the question's own. */
  readonly noCountryNamed?: boolean;
  /** What came of an event is asked, and the best passage speaks of it as still to come. */
  readonly outcomeOfComing?: boolean;
  /** A post before the present one is asked, and no close passage calls an office former. */
  readonly earlierRole?: boolean;
  /** A yes/no check whose names and other words the corpus has are all in the best passage. */
  readonly namedTogether?: boolean;
  /** A reason is asked ("Why…?") and the closest passages give none. */
  readonly reasonAsked?: boolean;
  /** What a document says is asked, and no close passage gives a document's content. */
  readonly contentAsked?: boolean;
  /** Whether documents were signed is asked, and no close passage speaks of a signing. */
  readonly signingAsked?: boolean;
  /** Where someone is from is asked, and no close passage gives an origin. */
  readonly originAsked?: boolean;
  /** A name a question on something coming holds that the passages on what is coming lack. */
  readonly comingElsewhere?: string;
}

export interface Coverage extends CoverageFeatures {
  readonly covered: boolean;
  readonly confidence: "high" | "low";
  readonly reason: string;
  /**
   * Refused only on how much of the question the corpus and the best passage hold, with no
   * positive evidence (an absent name, a speaker, a presupposition): a follow-up pointing back
   * may still be answered from the previous topic's passages.
   */
  readonly onShares?: boolean;
}

/** Name words of the people a document introduces in its lead: present in all its paragraphs. */
export type DocumentNames = (docId: string) => readonly string[];

/** English presence through aligned translations (English questions only). */
export interface EnglishPresence {
  has(word: string): boolean;
  chunkHas(chunkId: string, word: string): boolean;
  /** Whether a chunk has a translation at all (optional: without it, none is assumed). */
  isTranslated?(chunkId: string): boolean;
}

/** What the caller knows beyond the plan and the ranking. */
export interface CoverageEvidence {
  readonly names?: DocumentNames;
  readonly english?: EnglishPresence;
  /** The date or number the question asks for, if it asks for one. */
  readonly answerKind?: AskedAnswerType;
  /** An office asked about that no person the documents introduce holds («رئيس روسيا»). */
  readonly unheldOffice?: string | undefined;
  /**
   * Whether a passage is a dated report's lead (its first body paragraph, the document dated):
   * the date there is the reported event's own.
   */
  readonly isDateline?: (chunk: ScoredChunk["chunk"]) => boolean;
  /** Country names: for questions asking which countries, and a capital standing for its country. */
  readonly countries?: Gazetteer;
  /** Countries the question excludes ("besides Syria"): the others are asked for. */
  readonly excludedCountries?: readonly string[];
  /** The normalised words of the offices of the people a document introduces («روسي», «وزير»). */
  readonly roleWords?: (docId: string) => ReadonlySet<string>;
}

/** A gazetteer of country names (`src/translate/country-names.ts`), normalised. */
export interface Gazetteer {
  /** The countries a text names. */
  namesIn(text: string): readonly string[];
  /** The countries a text names or means by their capitals («موسكو» for Russia). */
  meantIn(text: string): readonly string[];
  /** The country of a capital (normalised), and whether its name is a country's too («عمان»). */
  countryOfCapital?(norm: string): { readonly country: string; readonly alsoCountry: boolean } | undefined;
}
