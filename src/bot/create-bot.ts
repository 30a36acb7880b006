/**
 * The bot, composed. Reads like its table of contents: what a message is, its language, who is
 * admitted, the commands, the buttons, and questions last. `handle` runs one recorded update
 * through it (the ledger's worker calls it; see pump.ts); a reply recorded before a crash is
 * completed instead of asking again.
 */
import { Context, Telegraf } from "telegraf";
import type { UserFromGetMe } from "telegraf/types";
import type { Logger } from "../core/logger.js";
import { createRedactor, type Redactor, redactingLogger, urlSecrets } from "../core/redact.js";
import type { Sleep } from "../core/sleep.js";
import type { QuestionAnswerer } from "../core/types.js";
import { strings } from "../render/i18n.js";
import { registerButtons } from "./buttons.js";
import type { ChatState } from "./chat-state.js";
import { registerCommands, runCommand } from "./commands.js";
import { type BotConfig, deadlinesOf } from "./config.js";
import { type BotContext, type BotServices, replyText, Slots, stateOf, type UpdateState } from "./context.js";
import { MAX_QUESTION_CHARS } from "./input.js";
import type { LedgerEntry, UpdateLedger } from "./ledger.js";
import { admit, language, route } from "./middleware.js";
import { answerQuestion } from "./question.js";
import { Delivery } from "./reply.js";
import { type BotApi, Sender } from "./sender.js";

export interface BotDeps {
  /** The offline answerer (answers shown at once). */
  readonly answerer: QuestionAnswerer;
  /** A model answerer whose verified answer may replace the offline one (optional). */
  readonly refiner?: QuestionAnswerer;
  readonly config: BotConfig;
  readonly logger: Logger;
}

export interface BotOptions {
  /** Answers computed at the same time (default 4); held only while computing. */
  readonly concurrency?: number;
  /** Previous exchanges per chat passed to the answerer for follow-ups (default 3). */
  readonly historyTurns?: number;
  readonly maxQuestionChars?: number;
  readonly typingIntervalMs?: number;
  /** How long an answer may take before "typing…" is shown (default 1 s; 0 shows it at once). */
  readonly typingDelayMs?: number;
  /** Sleep for `retry_after` and back-off waits (tests shorten them). */
  readonly sleep?: Sleep;
}

export interface Bot {
  readonly telegraf: Telegraf<BotContext>;
  readonly sender: Sender;
  /** Logger that redacts the token, secrets and URL credentials. */
  readonly logger: Logger;
  readonly redact: Redactor;
  /** Run one recorded update through the middleware (or finish its recorded reply). */
  handle(entry: LedgerEntry, signal: AbortSignal): Promise<void>;
}

/** Redacts the token, the webhook secret and the credentials in the API root and Redis URLs. */
export function botRedactor(config: BotConfig): Redactor {
  return createRedactor([
    config.token,
    config.webhook?.secret,
    ...urlSecrets(config.apiRoot),
    ...urlSecrets(config.redisUrl),
  ]);
}

export function createBot(
  deps: BotDeps,
  store: { readonly state: ChatState; readonly ledger: UpdateLedger },
  options: BotOptions = {},
): Bot {
  const { config } = deps;
  const redact = botRedactor(config);
  const logger = redactingLogger(deps.logger, redact);
  const deadlines = deadlinesOf(config);
  const telegraf = new Telegraf<BotContext>(config.token, {
    telegram: { webhookReply: false, ...(config.apiRoot === undefined ? {} : { apiRoot: config.apiRoot }) },
  });
  const sender = new Sender(telegraf.telegram as unknown as BotApi, {
    logger,
    redact,
    sleep: options.sleep,
    callMs: deadlines.telegramCallMs,
    maxRetryAfterMs: deadlines.maxRetryAfterMs,
    typingIntervalMs: options.typingIntervalMs,
  });
  const delivery = new Delivery({ sender, ledger: store.ledger, logger, redact });
  const services: BotServices = {
    config,
    deadlines,
    answerer: deps.answerer,
    refiner: deps.refiner,
    state: store.state,
    sender,
    delivery,
    logger,
    redact,
    answerSlots: new Slots(options.concurrency ?? 4),
    maxQuestionChars: options.maxQuestionChars ?? MAX_QUESTION_CHARS,
    historyTurns: options.historyTurns ?? 3,
    typingDelayMs: options.typingDelayMs ?? 1_000,
  };
  telegraf.context.services = services;

  telegraf.use(route);
  telegraf.use(language);
  telegraf.use(admit);
  registerCommands(telegraf);
  registerButtons(telegraf);
  telegraf.on(["message", "edited_message"], async (ctx) => {
    const r = stateOf(ctx).route;
    if (r?.kind === "question") return answerQuestion(ctx, r.text, false);
    if (r?.kind === "command") return void (await runCommand(ctx, r.name, r.args));
    if (r?.kind === "non_text") return void (await replyText(ctx, strings(stateOf(ctx).lang).onlyText));
  });

  const handle = async (entry: LedgerEntry, signal: AbortSignal): Promise<void> => {
    const id = entry.update.update_id;
    try {
      if (await delivery.resume(entry, signal)) return;
      const ctx = new Context(
        entry.update,
        telegraf.telegram,
        telegraf.botInfo as UserFromGetMe,
      ) as BotContext;
      Object.assign(ctx, telegraf.context);
      const state: UpdateState = { entry, signal, lang: "en" };
      Object.assign(ctx.state, state);
      try {
        await telegraf.middleware()(ctx, async () => {});
      } catch (error) {
        if (signal.aborted) throw error;
        logger.error("Failed to handle an update", { updateId: id, error });
        // The user hears that something went wrong, unless the failure was Telegram itself.
        if (stateOf(ctx).target !== undefined)
          await replyText(ctx, strings(stateOf(ctx).lang).apology).catch(() => {});
      }
    } finally {
      delivery.release(id);
    }
  };

  return { telegraf, sender, logger, redact, handle };
}
