/**
 * What every handler gets: telegraf's `Context`, the bot's services on it (assigned once to
 * `bot.context`, as telegraf intends), and per-update state in `ctx.state` (the ledger entry,
 * the language chosen, the route and where replies go). `reply` is the one reply helper.
 */
import type { Context } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Logger } from "../core/logger.js";
import type { Redactor } from "../core/redact.js";
import type { Lang, QuestionAnswerer } from "../core/types.js";
import { notice } from "../render/telegram/answer.js";
import { escapeHtml } from "../render/telegram/html.js";
import type { ChatState } from "./chat-state.js";
import type { BotConfig, BotDeadlines } from "./config.js";
import type { LedgerEntry } from "./ledger.js";
import type { Delivery, ReplyTarget } from "./reply.js";
import type { Route } from "./routing.js";
import type { Sender } from "./sender.js";

export interface BotServices {
  readonly config: BotConfig;
  readonly deadlines: BotDeadlines;
  /** The offline answerer: its verified answer is shown at once. */
  readonly answerer: QuestionAnswerer;
  /** A model answerer whose verified answer may replace the offline one by an edit. */
  readonly refiner?: QuestionAnswerer;
  readonly state: ChatState;
  readonly sender: Sender;
  readonly delivery: Delivery;
  readonly logger: Logger;
  readonly redact: Redactor;
  readonly answerSlots: Slots;
  readonly maxQuestionChars: number;
  readonly historyTurns: number;
  /** How long an answer may take before "typing…" is shown. */
  readonly typingDelayMs: number;
}

export interface UpdateState {
  entry: LedgerEntry;
  signal: AbortSignal;
  lang: Lang;
  route?: Route;
  target?: ReplyTarget;
}

export interface BotContext extends Context {
  services: BotServices;
}

export const stateOf = (ctx: BotContext): UpdateState => ctx.state as UpdateState;

/** Send rendered messages as this update's reply (recorded in the ledger; see reply.ts). */
export async function reply(
  ctx: BotContext,
  messages: readonly string[],
  markup?: InlineKeyboardMarkup,
): Promise<number[]> {
  const s = stateOf(ctx);
  if (s.target === undefined) throw new Error("no chat to reply to");
  return ctx.services.delivery.send(s.entry, s.target, messages, markup, s.signal);
}

/** Send one short notice (plain text, escaped) in the update's language. */
export function replyText(ctx: BotContext, text: string, markup?: InlineKeyboardMarkup): Promise<number[]> {
  return reply(ctx, notice(escapeHtml(text), stateOf(ctx).lang), markup);
}

/** Send one short notice that is already HTML. */
export function replyHtml(ctx: BotContext, html: string, markup?: InlineKeyboardMarkup): Promise<number[]> {
  return reply(ctx, notice(html, stateOf(ctx).lang), markup);
}

/** Bounds how many answers are computed at once; held only while computing, never while sending. */
export class Slots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {
    if (size < 1) throw new RangeError("at least one slot");
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next !== undefined) next();
      else this.running--;
    }
  }
}
