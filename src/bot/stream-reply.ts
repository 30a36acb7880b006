/**
 * A reply that streams: while a model writes its answer, one Telegram message shows the
 * growing text, edited at most once per `minIntervalMs` (about one edit a second, as
 * Telegram asks); the final edit replaces it with the rendered answer — verified quotes and
 * the Sources button. Partial edits are best effort: a 429 pushes the next edit back by its
 * `retry_after` (the text shown then is the newest, nothing stale is replayed), other errors
 * stop the partial edits. The final edit goes through the Sender (honours 429 and retries);
 * if the message cannot be edited, the answer is sent as new messages, so it always arrives.
 */
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Logger } from "../core/logger.js";
import type { Lang } from "../core/types.js";
import { textBlocks, toMessages } from "../render/telegram/answer.js";
import { htmlToPlainText } from "../render/telegram/html.js";
import { detectLanguage } from "../text/lang.js";
import { describeSafely, type Redactor } from "./redact.js";
import { errorShape, sleep as realSleep, type Sender, type SenderApi, type Sleep } from "./sender.js";

export interface StreamingReplyOptions {
  readonly chatId: number;
  /** Direction of partial text when it has no letters to tell (the text's own script decides). */
  readonly lang: Lang;
  readonly replyTo?: number;
  readonly threadId?: number;
  readonly signal?: AbortSignal;
  /** Least time between two partial edits (default 1000 ms). */
  readonly minIntervalMs?: number;
  readonly logger: Logger;
  readonly redact: Redactor;
  readonly now?: () => number;
  readonly sleep?: Sleep;
}

const NOT_MODIFIED = /message is not modified/i;
const PARSE_ERROR = /can't parse entities|unsupported start tag|can't find end tag|unexpected end tag/i;
/** Shown after partial text, so readers see the answer is still being written. */
const WRITING = " …";

/** The HTML of a partial answer: escaped, opening in the reader's direction, one message at most. */
export function renderPartial(text: string, lang: Lang): string | undefined {
  const blocks = textBlocks(`${text.trim()}${WRITING}`);
  if (blocks.length === 0) return undefined;
  return toMessages(blocks, lang)[0];
}

export class StreamingReply {
  private messageId: number | undefined;
  private latest = "";
  private shownHtml = "";
  private nextAt = 0;
  private loop: Promise<void> | undefined;
  private closed = false;
  private broken = false;
  private readonly wake = new AbortController();
  private readonly now: () => number;
  private readonly sleep: Sleep;

  constructor(
    private readonly api: SenderApi,
    private readonly sender: Sender,
    private readonly options: StreamingReplyOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
  }

  /** Whether a streaming message was sent (the final answer then edits it). */
  get started(): boolean {
    return this.messageId !== undefined;
  }

  /** The growing answer text (plain); called from the answerer's `onPartial`. Never throws. */
  update(text: string): void {
    if (this.closed || this.broken || text.trim().length === 0) return;
    this.latest = text;
    this.loop ??= this.run()
      .catch((error: unknown) => {
        this.broken = true;
        this.options.logger.debug("Streaming edits stopped", {
          chatId: this.options.chatId,
          error: describeSafely(error, this.options.redact),
        });
      })
      .finally(() => {
        this.loop = undefined;
      });
  }

  private async run(): Promise<void> {
    for (;;) {
      if (this.closed || this.broken) return;
      const wait = this.nextAt - this.now();
      if (wait > 0) {
        try {
          await this.sleep(wait, this.wake.signal);
        } catch {
          return; // finishing
        }
        continue;
      }
      const html = renderPartial(this.latest, detectLanguage(this.latest, this.options.lang));
      if (html === undefined || html === this.shownHtml) return;
      await this.push(html);
    }
  }

  private async push(html: string): Promise<void> {
    const { chatId } = this.options;
    if (this.messageId === undefined) {
      this.messageId = await this.sender.send(chatId, html, {
        replyTo: this.options.replyTo,
        threadId: this.options.threadId,
        signal: this.options.signal,
      });
      this.shownHtml = html;
      this.nextAt = this.now() + (this.options.minIntervalMs ?? 1000);
      return;
    }
    try {
      await this.api.editMessageText(chatId, this.messageId, undefined, html, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      });
      this.shownHtml = html;
      this.nextAt = this.now() + (this.options.minIntervalMs ?? 1000);
    } catch (error) {
      const shape = errorShape(error);
      if (shape.code === 429) {
        const seconds = shape.retryAfter ?? 1;
        this.options.logger.warn("Telegram flood control (429) while streaming: slowing down", {
          chatId,
          retryAfterSeconds: seconds,
        });
        this.nextAt = this.now() + Math.max(seconds * 1000, this.options.minIntervalMs ?? 1000);
        return;
      }
      if (shape.code === 400 && NOT_MODIFIED.test(shape.description ?? "")) {
        this.shownHtml = html;
        return;
      }
      throw error;
    }
  }

  /** Stop partial edits and wait for one in flight. */
  private async close(): Promise<void> {
    this.closed = true;
    this.wake.abort();
    await this.loop;
  }

  /**
   * Deliver the final answer: edit the streaming message into the first rendered message and
   * send the rest, the last carrying `markup`; without a streaming message, send them all.
   */
  async finish(messages: readonly string[], markup?: InlineKeyboardMarkup): Promise<number[]> {
    await this.close();
    const { chatId, threadId, signal } = this.options;
    const id = this.messageId;
    const [first, ...rest] = messages;
    if (id === undefined || first === undefined) {
      return this.sender.sendAll(chatId, messages, {
        replyTo: this.options.replyTo,
        threadId,
        markup,
        signal,
      });
    }
    const edited = await this.finalEdit(id, first, rest.length === 0 ? markup : undefined);
    if (!edited) {
      return this.sender.sendAll(chatId, messages, {
        replyTo: this.options.replyTo,
        threadId,
        markup,
        signal,
      });
    }
    const more =
      rest.length === 0 ? [] : await this.sender.sendAll(chatId, rest, { threadId, markup, signal });
    return [id, ...more];
  }

  /** Replace the streamed text with a notice (e.g. an apology), if a message was streamed. */
  async abandon(html: string): Promise<boolean> {
    await this.close();
    if (this.messageId === undefined) return false;
    return this.finalEdit(this.messageId, html, undefined);
  }

  private async finalEdit(
    id: number,
    html: string,
    markup: InlineKeyboardMarkup | undefined,
  ): Promise<boolean> {
    const { chatId, signal } = this.options;
    const edit = (text: string, parse: boolean) =>
      this.sender.call(
        "editMessageText",
        chatId,
        () =>
          this.api.editMessageText(chatId, id, undefined, text, {
            ...(parse ? { parse_mode: "HTML" as const } : {}),
            link_preview_options: { is_disabled: true },
            ...(markup === undefined ? {} : { reply_markup: markup }),
          }),
        signal,
      );
    try {
      await edit(html, true);
      return true;
    } catch (error) {
      const shape = errorShape(error);
      if (shape.code === 400 && NOT_MODIFIED.test(shape.description ?? "")) return true;
      if (shape.code === 400 && PARSE_ERROR.test(shape.description ?? "")) {
        this.options.logger.error("Telegram refused the HTML; editing in plain text instead", {
          chatId,
          error: describeSafely(error, this.options.redact),
        });
        try {
          await edit(htmlToPlainText(html), false);
          return true;
        } catch {
          return false;
        }
      }
      if (signal?.aborted) throw error;
      this.options.logger.warn("Could not edit the streamed message; sending the answer as new messages", {
        chatId,
        error: describeSafely(error, this.options.redact),
      });
      return false;
    }
  }
}
