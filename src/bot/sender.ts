/**
 * Sending to Telegram without dropping replies. Every send honours 429 `retry_after`
 * (waits, then retries the same message, so per-chat order is kept because the chat's task
 * waits too), retries transient network/5xx failures a couple of times, and falls back to
 * plain text if Telegram ever refuses the HTML. The chat action ("typing…") is best effort.
 */
import type { Telegram } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Logger } from "../core/logger.js";
import { htmlToPlainText } from "../render/telegram/html.js";
import { describeSafely, type Redactor } from "./redact.js";

export type SenderApi = Pick<
  Telegram,
  "sendMessage" | "sendChatAction" | "answerCbQuery" | "editMessageText"
>;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });

interface ErrorShape {
  readonly code?: number;
  readonly description?: string;
  readonly retryAfter?: number;
  readonly network: boolean;
}

/** Read the parts of a telegraf `TelegramError` (or a network error) that decide what to do. */
export function errorShape(error: unknown): ErrorShape {
  if (typeof error !== "object" || error === null) return { network: false };
  const e = error as {
    name?: unknown;
    code?: unknown;
    type?: unknown;
    response?: { error_code?: unknown; description?: unknown; parameters?: { retry_after?: unknown } };
  };
  const code = typeof e.response?.error_code === "number" ? e.response.error_code : undefined;
  const description = typeof e.response?.description === "string" ? e.response.description : undefined;
  const retry = e.response?.parameters?.retry_after;
  const network =
    code === undefined &&
    (e.name === "FetchError" ||
      e.type === "system" ||
      (typeof e.code === "string" && /^(E[A-Z]+|UND_ERR)/.test(e.code)));
  return { code, description, retryAfter: typeof retry === "number" ? retry : undefined, network };
}

export interface SenderOptions {
  readonly logger: Logger;
  readonly redact: Redactor;
  readonly sleep?: Sleep;
  /** Give up after this many 429s for one message (default 10). */
  readonly max429Retries?: number;
  /** A `retry_after` longer than this (seconds) is treated as a ban: give up (default 600). */
  readonly maxRetryAfterSeconds?: number;
  /** Retries for network errors and 5xx (default 2). */
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

const PARSE_ERROR = /can't parse entities|unsupported start tag|can't find end tag|unexpected end tag/i;

export class Sender {
  private readonly sleep: Sleep;
  private typingUnavailableLogged = false;

  constructor(
    private readonly api: SenderApi,
    private readonly options: SenderOptions,
  ) {
    this.sleep = options.sleep ?? sleep;
  }

  /** Call the Bot API, honouring 429 `retry_after` and retrying transient failures. */
  async call<T>(
    method: string,
    chatId: number | undefined,
    fn: () => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const max429 = this.options.max429Retries ?? 10;
    const maxTransient = this.options.maxTransientRetries ?? 2;
    const maxWait = this.options.maxRetryAfterSeconds ?? 600;
    let floods = 0;
    let transient = 0;
    for (;;) {
      try {
        return await fn();
      } catch (error) {
        const shape = errorShape(error);
        if (shape.code === 429 && floods < max429 && (shape.retryAfter ?? 1) <= maxWait) {
          floods++;
          const seconds = shape.retryAfter ?? 1;
          this.options.logger.warn("Telegram flood control (429): waiting before retrying", {
            method,
            chatId,
            retryAfterSeconds: seconds,
            attempt: floods,
          });
          await this.sleep(seconds * 1000, signal);
          continue;
        }
        if ((shape.network || (shape.code !== undefined && shape.code >= 500)) && transient < maxTransient) {
          transient++;
          this.options.logger.warn("Telegram call failed; retrying", {
            method,
            chatId,
            error: describeSafely(error, this.options.redact),
            attempt: transient,
          });
          await this.sleep(1000 * transient, signal);
          continue;
        }
        throw error;
      }
    }
  }

  /** Send one HTML message; returns its message id. */
  async send(chatId: number, html: string, options: SendOptions = {}): Promise<number> {
    const extra = {
      parse_mode: "HTML" as const,
      link_preview_options: { is_disabled: true },
      ...(options.threadId === undefined ? {} : { message_thread_id: options.threadId }),
      ...(options.replyTo === undefined
        ? {}
        : { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }),
      ...(options.markup === undefined ? {} : { reply_markup: options.markup }),
    };
    try {
      const sent = await this.call(
        "sendMessage",
        chatId,
        () => this.api.sendMessage(chatId, html, extra),
        options.signal,
      );
      return sent.message_id;
    } catch (error) {
      const shape = errorShape(error);
      if (shape.code !== 400 || !PARSE_ERROR.test(shape.description ?? "")) throw error;
      // A rendering bug must not cost the user the reply: send the same text without markup.
      this.options.logger.error("Telegram refused the HTML; sending plain text instead", {
        chatId,
        error: describeSafely(error, this.options.redact),
      });
      const { parse_mode: _drop, ...plainExtra } = extra;
      const sent = await this.call(
        "sendMessage",
        chatId,
        () => this.api.sendMessage(chatId, htmlToPlainText(html), plainExtra),
        options.signal,
      );
      return sent.message_id;
    }
  }

  /** Send several messages in order: the first replies to `replyTo`, the last carries `markup`. */
  async sendAll(chatId: number, messages: readonly string[], options: SendOptions = {}): Promise<number[]> {
    const ids: number[] = [];
    for (const [i, html] of messages.entries()) {
      ids.push(
        await this.send(chatId, html, {
          replyTo: i === 0 ? options.replyTo : undefined,
          markup: i === messages.length - 1 ? options.markup : undefined,
          threadId: options.threadId,
          signal: options.signal,
        }),
      );
    }
    return ids;
  }

  /** Answer a callback query; failures (e.g. a query older than Telegram allows) are only logged. */
  async answerCallback(id: string, text?: string, alert = false): Promise<void> {
    try {
      await this.call("answerCallbackQuery", undefined, () =>
        this.api.answerCbQuery(id, text, alert ? { show_alert: true } : undefined),
      );
    } catch (error) {
      this.options.logger.debug("answerCallbackQuery failed", {
        error: describeSafely(error, this.options.redact),
      });
    }
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
      this.api.sendChatAction(chatId, "typing").catch((error: unknown) => {
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
