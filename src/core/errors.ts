/**
 * Typed errors that keep their cause (in the style of grammY's `core/error.ts`).
 * Every error carries a stable `code` so callers can branch without parsing messages,
 * and a message written for the person who has to fix the problem.
 */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "CORPUS_INVALID"
  | "CORPUS_EMPTY"
  | "INDEX_INVALID"
  | "INDEX_IO"
  | "LEXICON_INVALID"
  | "PROMPT_INVALID"
  | "PROVIDER_FAILED"
  | "INPUT_INVALID"
  /** A model sent nothing for the idle timeout. */
  | "MODEL_TIMEOUT"
  /** The answer's time budget is spent (retries and waits included). */
  | "BUDGET_EXHAUSTED"
  /** A model's reply is not the JSON the answer needs. */
  | "OUTPUT_MALFORMED"
  /** A model call was left before it finished (the reader stopped or failed). */
  | "CALL_ABANDONED";

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Configuration is missing or malformed; the message says which variable to set. */
export class ConfigError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("CONFIG_INVALID", message, options);
  }
}

/** A corpus file cannot be read or parsed; `file` names it. */
export class CorpusError extends AppError {
  readonly file: string;

  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super("CORPUS_INVALID", `${file}: ${problem}`, options);
    this.file = file;
  }
}

/** The on-disk index is missing, stale or corrupt; `reason` is suitable for a log line. */
export class IndexError extends AppError {
  readonly reason: string;

  constructor(reason: string, options?: { cause?: unknown }) {
    super("INDEX_INVALID", reason, options);
    this.reason = reason;
  }
}

/** A model provider (LLM, remote embeddings) failed; the caller falls back. */
export class ProviderError extends AppError {
  readonly provider: string;

  constructor(provider: string, message: string, options?: { cause?: unknown }) {
    super("PROVIDER_FAILED", `${provider}: ${message}`, options);
    this.provider = provider;
  }
}

/** Turn anything thrown into a short, single-line description (never includes secrets by itself). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
