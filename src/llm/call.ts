import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import type { AIMessageChunk, BaseMessage } from "@langchain/core/messages";
import type { Runnable } from "@langchain/core/runnables";
import { AppError } from "../core/errors.js";
import { sleep } from "../core/sleep.js";
import { MalformedOutputError } from "./output.js";

/**
 * Calling a chat model under limits, the same way for every provider:
 * - an idle timeout: the attempt fails when no token arrives for `idleTimeoutMs` (the first
 *   token included), so a long answer that streams steadily is fine and a hung server is not;
 * - a deadline (the per-answer budget) that cuts everything, including retries and waits;
 * - retries with exponential backoff and jitter for transient failures (connection refused or
 *   reset, timeouts, 408/409/425/429/5xx), honouring `Retry-After`, never past the deadline;
 * - providers that ignore abort signals are raced, so a hung call never holds the answer.
 */

export type ChatRunnable = Runnable<BaseLanguageModelInput, AIMessageChunk>;

export type FailureKind = "timeout" | "budget" | "aborted" | "http" | "connection" | "malformed" | "other";

export class IdleTimeoutError extends AppError {
  constructor(ms: number) {
    super("MODEL_TIMEOUT", `no reply from the model for ${ms} ms`);
  }
}

export class BudgetExhaustedError extends AppError {
  constructor() {
    super("BUDGET_EXHAUSTED", "the answer's time budget is spent");
  }
}

export interface Failure {
  readonly kind: FailureKind;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly message: string;
}

const RETRYABLE_STATUS = new Set([408, 409, 425, 429, 500, 502, 503, 504]);
const CONNECTION =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|UND_ERR|fetch failed|socket hang up|other side closed|terminated|connection error/i;

function statusOf(error: object): number | undefined {
  const e = error as {
    status?: unknown;
    statusCode?: unknown;
    status_code?: unknown;
    response?: { status?: unknown };
  };
  for (const value of [e.status, e.statusCode, e.status_code, e.response?.status]) {
    if (typeof value === "number" && value >= 100 && value < 600) return value;
  }
  return undefined;
}

function header(error: object, name: string): string | undefined {
  const sources = [
    (error as { headers?: unknown }).headers,
    (error as { response?: { headers?: unknown } }).response?.headers,
  ];
  for (const headers of sources) {
    if (headers === undefined || headers === null || typeof headers !== "object") continue;
    const get = (headers as { get?: unknown }).get;
    const value =
      typeof get === "function"
        ? (get.call(headers, name) as unknown)
        : (headers as Record<string, unknown>)[name];
    if (typeof value === "string") return value;
  }
  return undefined;
}

/** `Retry-After` (seconds or HTTP date) or `retry-after-ms`, in milliseconds. */
export function retryAfterOf(error: object, now = Date.now()): number | undefined {
  const ms = Number(header(error, "retry-after-ms"));
  if (Number.isFinite(ms) && ms >= 0 && header(error, "retry-after-ms") !== undefined) return ms;
  const value = header(error, "retry-after");
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}

export function classifyFailure(error: unknown): Failure {
  const message = describe(error);
  if (error instanceof BudgetExhaustedError) return { kind: "budget", retryable: false, message };
  if (error instanceof IdleTimeoutError) return { kind: "timeout", retryable: true, message };
  if (error instanceof MalformedOutputError) return { kind: "malformed", retryable: false, message };
  if (typeof error !== "object" || error === null) return { kind: "other", retryable: false, message };
  const status = statusOf(error);
  if (status !== undefined) {
    return {
      kind: "http",
      status,
      retryable: RETRYABLE_STATUS.has(status) || status >= 500,
      retryAfterMs: retryAfterOf(error),
      message,
    };
  }
  const name = (error as { name?: unknown }).name;
  if (name === "AbortError") return { kind: "aborted", retryable: false, message };
  if (typeof name === "string" && /timeout/i.test(name)) return { kind: "timeout", retryable: true, message };
  const cause = (error as { cause?: unknown }).cause;
  const causeText =
    cause === undefined ? "" : describe(cause) + String((cause as { code?: unknown })?.code ?? "");
  if (CONNECTION.test(message) || CONNECTION.test(causeText) || name === "APIConnectionError")
    return { kind: "connection", retryable: true, message };
  return { kind: "other", retryable: false, message };
}

function chunkText(chunk: AIMessageChunk): string {
  if (typeof chunk.content === "string") return chunk.content;
  return chunk.text;
}

export interface StreamOptions {
  /** Aborts the call (deadline or caller). Its reason is what the call throws. */
  readonly signal: AbortSignal;
  readonly idleTimeoutMs: number;
  /** Called with the whole text received so far after each piece. */
  readonly onText?: (textSoFar: string) => void;
}

/** Stream one reply to completion and return its text. */
export async function streamText(
  model: ChatRunnable,
  messages: readonly BaseMessage[],
  options: StreamOptions,
): Promise<string> {
  options.signal.throwIfAborted();
  const controller = new AbortController();
  const abort = (reason: unknown) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const onParentAbort = () => abort(options.signal.reason);
  options.signal.addEventListener("abort", onParentAbort, { once: true });
  let idle = setTimeout(() => abort(new IdleTimeoutError(options.idleTimeoutMs)), options.idleTimeoutMs);
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => {});
  let iterator: AsyncIterator<AIMessageChunk> | undefined;
  let finished = false;
  try {
    const stream = await Promise.race([model.stream([...messages], { signal: controller.signal }), aborted]);
    iterator = stream[Symbol.asyncIterator]();
    let text = "";
    for (;;) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next.done === true) break;
      clearTimeout(idle);
      idle = setTimeout(() => abort(new IdleTimeoutError(options.idleTimeoutMs)), options.idleTimeoutMs);
      const piece = chunkText(next.value);
      if (piece.length > 0) {
        text += piece;
        options.onText?.(text);
      }
    }
    finished = true;
    return text;
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(idle);
    options.signal.removeEventListener("abort", onParentAbort);
    if (!finished) {
      abort(new AppError("CALL_ABANDONED", "call abandoned"));
      iterator?.return?.()?.catch(() => {});
    }
  }
}

export interface RetryOptions {
  readonly maxRetries: number;
  /** First backoff delay; doubled each retry, with jitter (default 500 ms). */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly signal: AbortSignal;
  /** Epoch ms after which no attempt or wait starts. */
  readonly deadline: number;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly onRetry?: (failure: Failure, attempt: number, delayMs: number) => void;
}

/** Run `attempt` until it succeeds, fails for good, runs out of retries, or the deadline nears. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 8000;
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (options.signal.aborted) throw options.signal.reason;
      const failure = classifyFailure(error);
      if (!failure.retryable || n >= options.maxRetries) throw error;
      const backoff = Math.min(max, base * 2 ** n) * (0.5 + random() / 2);
      const delay = Math.max(backoff, Math.min(failure.retryAfterMs ?? 0, max * 4));
      if (now() + delay >= options.deadline) throw error;
      options.onRetry?.(failure, n + 1, Math.round(delay));
      await sleep(delay, options.signal);
    }
  }
}

/** An AbortSignal that fires at `deadline` (epoch ms) or when `parent` aborts; `dispose` clears the timer. */
export function deadlineSignal(
  deadline: number,
  parent?: AbortSignal,
  now: () => number = Date.now,
): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new BudgetExhaustedError()), Math.max(0, deadline - now()));
  const onParent = () => controller.abort(parent?.reason);
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener("abort", onParent, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParent);
    },
  };
}
