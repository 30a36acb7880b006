/**
 * The data that flows through the pipeline: corpus → chunks → index → retrieval → answer.
 * Offsets are UTF-16 code-unit offsets into `CorpusDocument.text` (what JavaScript's
 * `String.prototype.slice` uses), half-open: `text.slice(start, end)`.
 */

export type Lang = "ar" | "en";

/** One paragraph of a document: a non-empty line of the source text, numbered from 1. */
export interface Paragraph {
  /** 1-based paragraph number, as shown to users in citations. */
  readonly number: number;
  readonly start: number;
  readonly end: number;
}

export interface CorpusDocument {
  /** Stable id, e.g. `tass-2021-02-03-lavrov-safadi` or the `id` of a JSONL line. */
  readonly id: string;
  readonly title: string;
  /** Human-readable source, e.g. "TASS / تاس". */
  readonly source: string;
  readonly lang: string;
  readonly date?: string;
  readonly url?: string;
  /** The document's topics in words for each reader language (front matter `topics`). */
  readonly topics?: Readonly<Record<string, readonly string[]>>;
  /** Example questions for each reader language (front matter `examples`). */
  readonly examples?: Readonly<Record<string, readonly string[]>>;
  /** The document body exactly as stored in the corpus file (byte for byte after UTF-8 decoding). */
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** File the document came from (relative path when possible), for error messages. */
  readonly file: string;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
}

/** A retrievable unit: whole sentences from one paragraph of one document. */
export interface Chunk {
  /** `${docId}#${ordinal}` — unique within a corpus. */
  readonly id: string;
  readonly docId: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** Equal to `document.text.slice(start, end)`. */
  readonly text: string;
  /** Sentences inside the chunk, with document offsets. */
  readonly sentences: readonly Sentence[];
}

/** A chunk with the scores retrieval gave it. */
export interface ScoredChunk {
  readonly chunk: Chunk;
  /** Fused score (higher is better). */
  readonly score: number;
  /** Per-retriever ranks (1-based) and raw scores, for explanations and evaluation. */
  readonly signals: Readonly<Record<string, { rank: number; score: number }>>;
}

/**
 * Who says a quoted span: the person the text attributes the words to (found from the
 * reporting structure, e.g. «وقال لافروف» / «وختم وزير الخارجية الروسي»), or the agency
 * itself for narration.
 */
export interface Speaker {
  readonly kind: "person" | "agency";
  /** The name as the corpus gives it in full, e.g. «سيرغي لافروف», «تاس». */
  readonly ar: string;
  /** The name for English readers ("Sergey Lavrov", "TASS"), when known. */
  readonly en?: string;
}

/** A verbatim span of the corpus shown to users. */
export interface Quote {
  /** Exactly `document.text.slice(start, end)`; verified before it is shown. */
  readonly text: string;
  readonly doc: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** Citation number used in the answer text (`[1]`, `[2]` …). */
  readonly n: number;
  /**
   * English rendering of the span (from the document's aligned translation), for English
   * readers; always shown labelled as a translation and never inside the quote's «…».
   */
  readonly translation?: string;
  /**
   * For English readers of a document without a translation: a glossary line of the quote's
   * content words with their dictionary senses (`وزير — minister, vizier · …`). A reading aid
   * of ours, not a translation; shown labelled, never inside the quote's «…».
   */
  readonly gloss?: string;
  /** Who says these words (issue 8); absent only where no attribution could be made. */
  readonly speaker?: Speaker;
}

export interface SourceRef {
  readonly doc: string;
  readonly title: string;
  readonly source: string;
  readonly date?: string;
  readonly url?: string;
  /** The title in English (from the document's aligned translation), when there is one. */
  readonly titleEn?: string;
}

/** Why an English word led to an Arabic passage (shown to English readers). */
export interface TermMatch {
  readonly english: string;
  readonly arabic: readonly string[];
}

/**
 * - `answer`: an answer with supporting quotes (`confidence` says whether the article says
 *   exactly this, or only touches the topic: "closest passages");
 * - `quotes`: the source's own paragraphs, on request;
 * - `overview`: one short quote per topic of the document, in article order;
 * - `metadata`: about the article itself (agency, date, photo credit, headline);
 * - `smalltalk`: greetings, thanks, help: no quotes, example questions;
 * - `not_covered`: the article does not answer it (positive evidence), no quotes.
 */
export type AnswerKind = "answer" | "quotes" | "overview" | "metadata" | "smalltalk" | "not_covered";

/** A whole cited paragraph, verbatim (what the "Sources" view shows). */
export interface Passage {
  readonly doc: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** English rendering of the whole paragraph (aligned translation), when there is one. */
  readonly translation?: string;
}

export interface Answer {
  readonly lang: Lang;
  /**
   * True for every outcome that answers from the article (`answer` of either confidence, `quotes`,
   * `overview`, `metadata`). False for refusals, small talk, and the `answer` saying the person
   * asked about is never quoted (its quotes are who did speak on it).
   */
  readonly covered: boolean;
  readonly kind: AnswerKind;
  /** `high`: the quotes say what was asked; `low`: closest passages on the topic. */
  readonly confidence: "high" | "low";
  /**
   * The complete plain-text answer in the question's language: framing, the verbatim quotes
   * in «…» with `[n]` citation markers, and (English) the matched terms.
   */
  readonly text: string;
  /**
   * The answer without the quote bodies, keeping the `[n]` markers — for front ends that show
   * `quotes` separately (Telegram blockquotes), so nothing is shown twice.
   */
  readonly lead: string;
  readonly quotes: readonly Quote[];
  /** The paragraphs the quotes come from, whole and verbatim, in citation order. */
  readonly passages: readonly Passage[];
  readonly sources: readonly SourceRef[];
  readonly matchedTerms: readonly TermMatch[];
  /** Which answerer produced it (`extractive`, `llm:<model>` …). */
  readonly answerer: string;
  /**
   * Example questions in the answer's language, offered with refusals, greetings and help
   * (front ends may show them as buttons).
   */
  readonly suggestions?: readonly string[];
}

/** One previous exchange in a chat, for follow-up questions. */
export interface Turn {
  readonly question: string;
  readonly answer?: Answer;
}

export interface AskOptions {
  /** Recent turns of the same chat, oldest first. */
  readonly history?: readonly Turn[];
  /** Force "return the verbatim passages" mode (e.g. Telegram `/quote`). */
  readonly wantQuotes?: boolean;
  readonly signal?: AbortSignal;
  /** Called with partial answer text while a model streams (Telegram edits one message). */
  readonly onPartial?: (text: string) => void;
  /** Called once with the ranked passages retrieval found (evaluation, diagnostics). */
  readonly onRetrieved?: (ranked: readonly ScoredChunk[]) => void;
}

/** The seam every front end (terminal, Telegram, eval) talks to. */
export interface QuestionAnswerer {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** The documents the answers come from (for `/sources`). */
  listSources(): readonly SourceRef[];
}
