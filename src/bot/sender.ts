/**
 * Every Bot API call the bot makes, bounded. Each attempt has its own deadline (a hung call is
 * abandoned, never waited on for minutes); 429 `retry_after` is honoured up to a cap; 5xx and
 * connection failures are retried a couple of times. Errors are read from telegraf's
 * `TelegramError` fields (`code`, `description`, `parameters.retry_after`), never parsed from text.
 *
 * A `sendMessage` whose outcome is unknown (the call timed out or the connection dropped after
 * the request went out) is NOT retried here: it may have been delivered, so the caller decides
 * (`reply.ts` probes for it first). Calls that are safe to repeat are retried on those too.
 */
import { TelegramError } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Logger } from "../core/logger.js";
import { describeSafely, type Redactor } from "../core/redact.js";
import { sleep as realSleep, type Sleep } from "../core/sleep.js";
import { htmlToPlainText } from "../render/telegram/html.js";

/** The one Bot API entry point the bot uses (telegraf's `Telegram#callApi`). */
export interface BotApi {
  callApi(method: string, payload: object, options?: { signal?: AbortSignal }): Promise<unknown>;
}

export interface SenderOptions {
  readonly logger: Logger;
  readonly redact: Redactor;
  readonly sleep?: Sleep;
  /** Deadline of one attempt (default 10 s). */
  readonly callMs?: number;
  /** Longest `retry_after` honoured (default 30 s); a longer one fails the call. */
  readonly maxRetryAfterMs?: number;
  /** 429s honoured for one call (default 3). */
  readonly max429Retries?: number;
  /** Retries after 5xx or connection failures (default 2). */
  readonly maxTransientRetries?: number;
  /** Interval between repeated chat actions (Telegram shows one for about 5 s). */
  readonly typingIntervalMs?: number;
}

export interface SendOptions {
  readonly replyTo?: number;
  /** Forum topic of the conversation, so every part of a reply stays in it. */
  readonly threadId?: number;
  readonly markup?: InlineKeyboardMarkup;
  readonly signal?: AbortSignal;
}

/** The call may or may not have reached Telegram (timeout, connection dropped mid-request). */
export class UncertainDeliveryError extends Error {
  constructor(method: string, options: { cause: unknown }) {
    super(`${method}: no answer from the Bot API; the call may have taken effect`, options);
    this.name = "UncertainDeliveryError";
  }
}

class CallTimeoutError extends Error {
  constructor(method: string, ms: number) {
    super(`${method} did not answer within ${ms} ms`);
    this.name = "CallTimeoutError";
  }
}

/** Connection failures where the request certainly did not reach the server. */
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH/;

type Outcome = "flood" | "transient" | "uncertain" | "final";

function classify(error: unknown): Outcome {
  if (error instanceof TelegramError) {
    if (error.code === 429) return "flood";
    return error.code >= 500 ? "transient" : "final";
  }
  if (error instanceof CallTimeoutError) return "uncertain";
  const text = `${String((error as { code?: unknown })?.code ?? "")} ${String(error)}`;
  if (NOT_SENT.test(text)) return "transient";
  // FetchError (reset, hang up) and anything else from the network layer.
  return "uncertain";
}

/** Telegram refused the HTML (a rendering bug): the message can still go out as plain text. */
export function isParseError(error: unknown): boolean {
  return (
    error instanceof TelegramError &&
    error.code === 400 &&
    /can't parse entities|unsupported start tag|can't find end tag|unexpected end tag/i.test(
      error.description,
    )
  );
}

export function isNotModified(error: unknown): boolean {
  return (
    error instanceof TelegramError && error.code === 400 && /message is not modified/i.test(error.description)
  );
}

export interface CallOptions {
  readonly chatId?: number;
  readonly signal?: AbortSignal;
  /** Repeating the call is harmless (edits, chat actions, reads): retry uncertain outcomes too. */
  readonly idempotent: boolean;
}

export class Sender {
  private readonly sleep: Sleep;
  private readonly callMs: number;
  private typingUnavailableLogged = false;

  constructor(
    private readonly api: BotApi,
    private readonly options: SenderOptions,
  ) {
    this.sleep = options.sleep ?? realSleep;
    this.callMs = options.callMs ?? 10_000;
  }

  /** One attempt, abandoned after the call deadline (or when `signal` aborts). */
  private async attempt<T>(method: string, payload: object, signal?: AbortSignal): Promise<T> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new CallTimeoutError(method, this.callMs)), this.callMs);
    const combined = signal === undefined ? timeout.signal : AbortSignal.any([signal, timeout.signal]);
    try {
      // Raced as well, so a client that ignores the signal cannot hold the caller.
      const aborted = new Promise<never>((_, reject) =>
        combined.addEventListener("abort", () => reject(combined.reason), { once: true }),
      );
      aborted.catch(() => {});
      return (await Promise.race([this.api.callApi(method, payload, { signal: combined }), aborted])) as T;
    } catch (error) {
      if (timeout.signal.aborted && !(signal?.aborted ?? false)) throw timeout.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Call the Bot API within the deadlines, honouring 429 and retrying what is safe to retry. */
  async call<T>(method: string, payload: object, options: CallOptions): Promise<T> {
    const max429 = this.options.max429Retries ?? 3;
    const maxTransient = this.options.maxTransientRetries ?? 2;
    const maxWait = this.options.maxRetryAfterMs ?? 30_000;
    let floods = 0;
    let transient = 0;
    for (;;) {
      try {
        return await this.attempt<T>(method, payload, options.signal);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        const outcome = classify(error);
        const retryAfterMs = error instanceof TelegramError ? (error.parameters?.retry_after ?? 1) * 1000 : 0;
        if (outcome === "flood" && floods < max429 && retryAfterMs <= maxWait) {
          floods++;
          this.options.logger.warn("Telegram flood control (429): waiting before retrying", {
            method,
            chatId: options.chatId,
            retryAfterSeconds: retryAfterMs / 1000,
            attempt: floods,
          });
          await this.sleep(retryAfterMs, options.signal);
          continue;
        }
        const retryable = outcome === "transient" || (outcome === "uncertain" && options.idempotent);
        if (retryable && transient < maxTransient) {
          transient++;
          this.options.logger.warn("Telegram call failed; retrying", {
            method,
            chatId: options.chatId,
            error: describeSafely(error, this.options.redact),
            attempt: transient,
          });
          await this.sleep(1000 * transient, options.signal);
          continue;
        }
        if (outcome === "uncertain" && !options.idempotent)
          throw new UncertainDeliveryError(method, { cause: error });
        throw error;
      }
    }
  }

  /** Send one HTML message; returns its message id. A refused HTML goes out as plain text. */
  async send(chatId: number, html: string, options: SendOptions = {}): Promise<number> {
    const payload = {
      chat_id: chatId,
      text: html,
      parse_mode: "HTML" as const,
      link_preview_options: { is_disabled: true },
      ...(options.threadId === undefined ? {} : { message_thread_id: options.threadId }),
      ...(options.replyTo === undefined
        ? {}
        : { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }),
      ...(options.markup === undefined ? {} : { reply_markup: options.markup }),
    };
    const opts = { chatId, signal: options.signal, idempotent: false };
    try {
      return (await this.call<{ message_id: number }>("sendMessage", payload, opts)).message_id;
    } catch (error) {
      if (!isParseError(error)) throw error;
      // A rendering bug must not cost the user the reply: send the same text without markup.
      this.options.logger.error("Telegram refused the HTML; sending plain text instead", {
        chatId,
        error: describeSafely(error, this.options.redact),
      });
      const { parse_mode: _drop, ...plain } = payload;
      return (
        await this.call<{ message_id: number }>(
          "sendMessage",
          { ...plain, text: htmlToPlainText(html) },
          opts,
        )
      ).message_id;
    }
  }

  /** Replace a message's text (and buttons). "Not modified" counts as done. */
  async edit(
    chatId: number,
    messageId: number,
    html: string,
    options: { readonly markup?: InlineKeyboardMarkup; readonly signal?: AbortSignal } = {},
  ): Promise<void> {
    try {
      await this.call("editMessageText", this.editPayload(chatId, messageId, html, options.markup), {
        chatId,
        signal: options.signal,
        idempotent: true,
      });
    } catch (error) {
      if (isNotModified(error)) return;
      throw error;
    }
  }

  editPayload(chatId: number, messageId: number, html: string, markup?: InlineKeyboardMarkup): object {
    return {
      chat_id: chatId,
      message_id: messageId,
      text: html,
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(markup === undefined ? {} : { reply_markup: markup }),
    };
  }

  async deleteMessage(chatId: number, messageId: number): Promise<void> {
    await this.call(
      "deleteMessage",
      { chat_id: chatId, message_id: messageId },
      { chatId, idempotent: true },
    );
  }

  /** Answer a callback query; failures (e.g. a query older than Telegram allows) are only logged. */
  async answerCallback(id: string, text?: string, alert = false): Promise<void> {
    try {
      await this.call(
        "answerCallbackQuery",
        {
          callback_query_id: id,
          ...(text === undefined ? {} : { text }),
          ...(alert ? { show_alert: true } : {}),
        },
        { idempotent: true },
      );
    } catch (error) {
      this.options.logger.debug("answerCallbackQuery failed", {
        error: describeSafely(error, this.options.redact),
      });
    }
  }

  /**
   * Show "typing…" once `delayMs` has passed (and every few seconds after) until the returned
   * function is called. An answer that comes sooner looks instant to the user, so it costs no
   * chat action: one Bot API call fewer per answer, which is most of them offline.
   */
  startTypingAfter(chatId: number, delayMs: number): () => void {
    if (delayMs <= 0) return this.startTyping(chatId);
    let stopTyping: (() => void) | undefined;
    const timer = setTimeout(() => {
      stopTyping = this.startTyping(chatId);
    }, delayMs);
    timer.unref();
    return () => {
      clearTimeout(timer);
      stopTyping?.();
    };
  }

  /**
   * Show "typing…" now and every few seconds until the returned function is called.
   * A failure (the Bot API server may not implement chat actions) stops the repetition.
   */
  startTyping(chatId: number): () => void {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      stopped = true;
      if (timer !== undefined) clearInterval(timer);
    };
    const once = () => {
      this.attempt("sendChatAction", { chat_id: chatId, action: "typing" }).catch((error: unknown) => {
        stop();
        const safe = describeSafely(error, this.options.redact);
        if (!this.typingUnavailableLogged) {
          this.typingUnavailableLogged = true;
          this.options.logger.warn("Cannot show the typing indicator (continuing without it)", {
            chatId,
            error: safe,
          });
        } else {
          this.options.logger.debug("sendChatAction failed", { chatId, error: safe });
        }
      });
    };
    once();
    if (!stopped) {
      timer = setInterval(() => {
        if (!stopped) once();
      }, this.options.typingIntervalMs ?? 4500);
      timer.unref();
    }
    return stop;
  }
}
