/**
 * The Telegram bot's wiring: a Telegraf instance whose update handlers only decide and
 * enqueue (fast, synchronous), while the work — asking the answerer, rendering, sending with
 * 429 handling — runs in per-chat queues outside telegraf's update lifetime. `createBot`
 * builds it without launching, so tests can drive it with `handleUpdate`; `runBot` launches it.
 */
import { randomBytes } from "node:crypto";
import { Telegraf } from "telegraf";
import type { CallbackQuery, InlineKeyboardMarkup, Message, MessageEntity } from "telegraf/types";
import type { TelegramConfig } from "../app/config.js";
import type { Logger } from "../core/logger.js";
import type { Answer, Lang, QuestionAnswerer, Turn } from "../core/types.js";
import { strings } from "../render/i18n.js";
import {
  notice,
  renderAnswer,
  renderHelp,
  renderSourceList,
  renderSourcesDetail,
} from "../render/telegram/answer.js";
import { escapeHtml } from "../render/telegram/html.js";
import { ChatQueues } from "./chat-queue.js";
import { checkQuestion, MAX_QUESTION_CHARS } from "./input.js";
import { chooseLanguage, parseLanguageArgument } from "./language.js";
import { LruMap } from "./lru.js";
import { RateLimiter } from "./rate-limit.js";
import { createRedactor, type Redactor, redactingLogger } from "./redact.js";
import { type ChatKind, isKnownCommand, mentionsBot, type Route, routeText } from "./routing.js";
import { Sender, type Sleep } from "./sender.js";
import { StreamingReply } from "./stream-reply.js";
import { SUGGESTION_PREFIX, suggestedQuestion, withSuggestions } from "./suggestions.js";

export interface BotDeps {
  readonly answerer: QuestionAnswerer;
  readonly config: TelegramConfig;
  readonly logger: Logger;
}

export interface BotOptions {
  /** An answer taking longer than this gets an apology instead (default 120 s). */
  readonly answerTimeoutMs?: number;
  /** Answers computed at the same time across chats (default 4). */
  readonly concurrency?: number;
  /** Previous exchanges per chat passed to the answerer for follow-ups (default 3). */
  readonly historyTurns?: number;
  readonly maxQuestionChars?: number;
  /** Telegraf's per-update timeout; answers do not depend on it (default 90 s, telegraf's own). */
  readonly handlerTimeoutMs?: number;
  readonly typingIntervalMs?: number;
  /** Clock for the rate limiter (tests). */
  readonly now?: () => number;
  /** Sleep used for 429 `retry_after` waits (tests). */
  readonly sleep?: Sleep;
  /** Least time between two edits of a streaming answer (default 1000 ms). */
  readonly streamEditIntervalMs?: number;
}

export interface BotHandle {
  readonly telegraf: Telegraf;
  /** Logger that redacts the token and webhook secret. */
  readonly logger: Logger;
  readonly redact: Redactor;
  /** Work accepted and not yet finished. */
  readonly pending: number;
  /** Resolves once every accepted update has been fully handled (replies sent). */
  drain(): Promise<void>;
  /** Ask running answers to stop (after the shutdown grace period). */
  abortInFlight(): void;
}

/** Message kinds that are not text: the bot says it only takes text questions. */
const NON_TEXT_KINDS = [
  "sticker",
  "photo",
  "voice",
  "video_note",
  "video",
  "animation",
  "audio",
  "document",
  "location",
  "venue",
  "contact",
  "poll",
  "dice",
  "game",
  "story",
] as const;

type Work =
  | Route
  | { readonly kind: "non_text"; readonly what: string }
  | { readonly kind: "sources"; readonly answer: Answer };

interface Incoming {
  readonly updateId: number;
  readonly chatId: number;
  readonly chatType: ChatKind;
  readonly userId?: number;
  readonly messageId: number;
  /** Forum topic (supergroups with topics), so replies stay in it. */
  readonly threadId?: number;
  readonly lang: Lang;
  readonly edited: boolean;
}

/** The forum topic a message belongs to, if any (plain groups have no topics). */
function topicOf(message: object): number | undefined {
  const m = message as { is_topic_message?: boolean; message_thread_id?: number };
  return m.is_topic_message === true ? m.message_thread_id : undefined;
}

class AnswerTimeoutError extends Error {
  constructor(ms: number) {
    super(`the answerer did not answer within ${ms} ms`);
    this.name = "AnswerTimeoutError";
  }
}

export function createBot(deps: BotDeps, options: BotOptions = {}): BotHandle {
  const { answerer, config } = deps;
  const redact = createRedactor([config.token, config.webhook?.secret]);
  const logger = redactingLogger(deps.logger, redact);
  const telegraf = new Telegraf(config.token, {
    handlerTimeout: options.handlerTimeoutMs ?? 90_000,
    telegram: { webhookReply: false, ...(config.apiRoot === undefined ? {} : { apiRoot: config.apiRoot }) },
  });
  const sender = new Sender(telegraf.telegram, {
    logger,
    redact,
    sleep: options.sleep,
    typingIntervalMs: options.typingIntervalMs,
  });
  const queues = new ChatQueues({
    concurrency: options.concurrency ?? 4,
    onError: (error, key) => logger.error("Bot task failed", { chat: key, error }),
  });
  const limiter = new RateLimiter({
    max: config.rateLimit.max,
    windowMs: config.rateLimit.windowMs,
    now: options.now,
  });
  const histories = new LruMap<string, readonly Turn[]>(5_000);
  const languages = new LruMap<number, Lang>(20_000);
  const answers = new LruMap<string, { readonly chatId: number; readonly answer: Answer }>(1_000);
  const allowed = new Set(config.allowedChatIds);
  const historyTurns = options.historyTurns ?? 3;
  const answerTimeoutMs = options.answerTimeoutMs ?? 120_000;
  const maxQuestionChars = options.maxQuestionChars ?? MAX_QUESTION_CHARS;
  // Callback ids carry a per-process prefix, so buttons from before a restart are recognised as stale.
  const epoch = randomBytes(3).toString("base64url");
  let answerCounter = 0;

  const isAllowed = (chatId: number, userId: number | undefined) =>
    allowed.size === 0 || allowed.has(chatId) || (userId !== undefined && allowed.has(userId));

  const historyKey = (inc: Pick<Incoming, "chatId" | "chatType" | "userId">) =>
    inc.chatType === "private" ? String(inc.chatId) : `${inc.chatId}:${inc.userId ?? "anon"}`;

  const rememberAnswer = (chatId: number, answer: Answer): string => {
    answerCounter++;
    const id = `s:${epoch}:${answerCounter.toString(36)}`;
    answers.set(id, { chatId, answer });
    return id;
  };

  const sourcesButton = (id: string, lang: Lang): InlineKeyboardMarkup => ({
    inline_keyboard: [[{ text: strings(lang).sourcesButton, callback_data: id }]],
  });

  const reply = async (inc: Incoming, html: string, signal?: AbortSignal, markup?: InlineKeyboardMarkup) => {
    await sender.sendAll(inc.chatId, notice(html, inc.lang), {
      replyTo: inc.messageId,
      threadId: inc.threadId,
      signal,
      markup,
    });
  };

  /** Put work on the chat's queue; errors become a logged event and an apology. */
  const enqueue = (inc: Incoming, label: string, work: (signal: AbortSignal) => Promise<void>) => {
    queues.enqueue(inc.chatId, async (signal) => {
      try {
        await work(signal);
      } catch (error) {
        const timedOut = error instanceof AnswerTimeoutError;
        logger.error(timedOut ? "Answer timed out" : "Failed to handle an update", {
          task: label,
          chatId: inc.chatId,
          userId: inc.userId,
          updateId: inc.updateId,
          error,
        });
        if (signal.aborted && !timedOut) return;
        const s = strings(inc.lang);
        try {
          await reply(inc, escapeHtml(timedOut ? s.tooSlow : s.apology));
        } catch (sendError) {
          logger.warn("Could not send the apology", { chatId: inc.chatId, error: sendError });
        }
      }
    });
  };

  const ask = async (
    question: string,
    history: readonly Turn[],
    wantQuotes: boolean,
    signal: AbortSignal,
    onPartial?: (text: string) => void,
  ) => {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new AnswerTimeoutError(answerTimeoutMs);
        controller.abort(error);
        reject(error);
      }, answerTimeoutMs);
    });
    try {
      return await Promise.race([
        answerer.ask(question, { history, wantQuotes, signal: controller.signal, onPartial }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    }
  };

  const answerQuestion = async (inc: Incoming, raw: string, wantQuotes: boolean, signal: AbortSignal) => {
    const s = strings(inc.lang);
    const check = checkQuestion(raw, maxQuestionChars);
    if (check.kind === "empty") return void (await reply(inc, escapeHtml(s.emptyQuestion), signal));
    if (check.kind === "no_words") return void (await reply(inc, escapeHtml(s.noWords), signal));
    if (check.kind === "too_long") {
      return void (await reply(inc, escapeHtml(s.tooLong(check.length, check.max)), signal));
    }
    const key = historyKey(inc);
    const history = histories.get(key) ?? [];
    const started = Date.now();
    const stopTyping = sender.startTyping(inc.chatId);
    // A model answer streams into one message, edited at a throttled pace; the final edit
    // (below) turns it into the rendered answer. Answers that do not stream are sent as before.
    const stream = new StreamingReply(telegraf.telegram, sender, {
      chatId: inc.chatId,
      lang: inc.lang,
      replyTo: inc.messageId,
      threadId: inc.threadId,
      signal,
      minIntervalMs: options.streamEditIntervalMs,
      logger,
      redact,
    });
    let answer: Answer;
    try {
      answer = await ask(check.text, history, wantQuotes, signal, (text) => stream.update(text));
    } catch (error) {
      // The user already sees a half-written answer: turn that message into the apology.
      const timedOut = error instanceof AnswerTimeoutError;
      const apology = notice(escapeHtml(timedOut ? s.tooSlow : s.apology), inc.lang)[0] ?? "";
      if (signal.aborted && !timedOut) throw error;
      if (!(await stream.abandon(apology).catch(() => false))) throw error;
      logger.error(timedOut ? "Answer timed out" : "Failed to handle an update", {
        task: "question",
        chatId: inc.chatId,
        userId: inc.userId,
        updateId: inc.updateId,
        error,
      });
      return;
    } finally {
      stopTyping();
    }
    histories.set(key, [...history, { question: check.text, answer }].slice(-historyTurns));
    const rendered = renderAnswer(answer);
    const sources = rendered.hasSources
      ? sourcesButton(rememberAnswer(inc.chatId, answer), answer.lang)
      : undefined;
    const markup = withSuggestions(sources, rendered.suggestions);
    await stream.finish(rendered.messages, markup);
    logger.info("Answered", {
      chatId: inc.chatId,
      updateId: inc.updateId,
      kind: answer.kind,
      lang: answer.lang,
      quotes: answer.quotes.length,
      messages: rendered.messages.length,
      followUp: history.length > 0,
      edited: inc.edited,
      streamed: stream.started,
      answerer: answer.answerer,
      ms: Date.now() - started,
    });
  };

  const langKeyboard: InlineKeyboardMarkup = {
    inline_keyboard: [
      [
        { text: strings("ar").languageName, callback_data: "l:ar" },
        { text: strings("en").languageName, callback_data: "l:en" },
      ],
    ],
  };

  const perform = async (inc: Incoming, work: Work, signal: AbortSignal): Promise<void> => {
    const s = strings(inc.lang);
    switch (work.kind) {
      case "ignore":
        return;
      case "non_text":
        return void (await reply(inc, escapeHtml(s.onlyText), signal));
      case "question":
        return answerQuestion(inc, work.text, false, signal);
      case "sources":
        return void (await sender.sendAll(inc.chatId, renderSourcesDetail(work.answer), {
          replyTo: inc.messageId,
          threadId: inc.threadId,
          signal,
        }));
      case "command":
        break;
    }
    const botUsername = telegraf.botInfo?.username;
    switch (isKnownCommand(work.name) ? work.name : undefined) {
      case "start":
      case "help":
        await sender.sendAll(inc.chatId, renderHelp(inc.lang, botUsername, answerer.listSources()), {
          replyTo: inc.messageId,
          threadId: inc.threadId,
          signal,
          markup: withSuggestions(undefined, strings(inc.lang).exampleQuestions),
        });
        return;
      case "sources":
        await sender.sendAll(inc.chatId, renderSourceList(answerer.listSources(), inc.lang), {
          replyTo: inc.messageId,
          threadId: inc.threadId,
          signal,
        });
        return;
      case "lang": {
        const chosen = parseLanguageArgument(work.args);
        if (chosen === undefined)
          return void (await reply(inc, escapeHtml(s.langPrompt), signal, langKeyboard));
        // The preference itself was stored when the update was admitted (see `admit`).
        await reply({ ...inc, lang: chosen }, escapeHtml(strings(chosen).langChosen), signal);
        return;
      }
      case "quote":
        if (work.args.trim() === "") return void (await reply(inc, s.quoteUsage, signal));
        return answerQuestion(inc, work.args, true, signal);
      case "ask":
        if (work.args.trim() === "") return void (await reply(inc, s.askUsage(botUsername), signal));
        return answerQuestion(inc, work.args, false, signal);
      case undefined:
        await reply(inc, s.unknownCommand(`/${work.name}`), signal);
        return;
    }
  };

  /** Allowlist, then rate limit, then queue. Runs synchronously inside the update handler. */
  const admit = (inc: Incoming, work: Work, label: string) => {
    const limitKey = inc.userId ?? inc.chatId;
    if (!isAllowed(inc.chatId, inc.userId)) {
      logger.info("Refused a chat that is not in ALLOWED_CHAT_IDS", {
        chatId: inc.chatId,
        userId: inc.userId,
      });
      if (limiter.check(limitKey).kind === "allow") {
        enqueue(inc, "refusal", (signal) =>
          reply(inc, escapeHtml(strings(inc.lang).notAllowed(inc.chatId)), signal),
        );
      }
      return;
    }
    const decision = limiter.check(limitKey);
    if (decision.kind === "drop") {
      logger.debug("Rate limited: update dropped", {
        chatId: inc.chatId,
        userId: inc.userId,
        updateId: inc.updateId,
      });
      return;
    }
    if (decision.kind === "notify") {
      logger.info("Rate limit reached", { chatId: inc.chatId, userId: inc.userId, updateId: inc.updateId });
      const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      enqueue(inc, "rate-limit notice", (signal) =>
        reply(inc, escapeHtml(strings(inc.lang).rateLimited(seconds)), signal),
      );
      return;
    }
    // `/lang xx` takes effect now, so messages already behind it in this batch use the new language.
    if (work.kind === "command" && work.name === "lang") {
      const chosen = parseLanguageArgument(work.args);
      if (chosen !== undefined) languages.set(inc.userId ?? inc.chatId, chosen);
    }
    enqueue(inc, label, (signal) => perform(inc, work, signal));
  };

  const onMessage = (message: Message, updateId: number, edited: boolean) => {
    const from = message.from;
    if (from?.is_bot === true) return;
    const chatType = message.chat.type as ChatKind;
    const me = telegraf.botInfo;
    const replyTo = "reply_to_message" in message ? message.reply_to_message : undefined;
    const replyToBot = me !== undefined && replyTo?.from?.id === me.id;
    const text = "text" in message && typeof message.text === "string" ? message.text : undefined;
    let work: Work;
    let label: string;
    if (text !== undefined) {
      const entities = "entities" in message ? (message.entities as MessageEntity[] | undefined) : undefined;
      work = routeText({ text, entities, chatType, replyToBot, botUsername: me?.username, botId: me?.id });
      label = work.kind === "command" ? `/${work.name}` : work.kind;
      // Re-running a command because its message was edited would surprise; edited questions are answered again.
      if (edited && work.kind === "command") work = { kind: "ignore", reason: "edited command" };
    } else {
      const what = NON_TEXT_KINDS.find((k) => k in message);
      if (what === undefined || edited) return; // service messages, edited media
      const caption =
        "caption" in message && typeof message.caption === "string" ? message.caption : undefined;
      const captionEntities =
        "caption_entities" in message ? (message.caption_entities as MessageEntity[] | undefined) : undefined;
      const addressed =
        chatType === "private" ||
        replyToBot ||
        (caption !== undefined &&
          mentionsBot({
            text: caption,
            entities: captionEntities,
            botUsername: me?.username,
            botId: me?.id,
          }));
      work = addressed
        ? { kind: "non_text", what }
        : { kind: "ignore", reason: "unaddressed media in a group" };
      label = `non-text (${what})`;
    }
    if (work.kind === "ignore") {
      logger.debug("Ignored a message", { chatId: message.chat.id, updateId, reason: work.reason });
      return;
    }
    const lang = chooseLanguage({
      override: languages.get(from?.id ?? message.chat.id),
      languageCode: from?.language_code,
      text: work.kind === "question" ? work.text : work.kind === "command" ? work.args : undefined,
    });
    const inc: Incoming = {
      updateId,
      chatId: message.chat.id,
      chatType,
      userId: from?.id,
      messageId: message.message_id,
      threadId: topicOf(message),
      lang,
      edited,
    };
    admit(inc, work, label);
  };

  const onCallback = (query: CallbackQuery, updateId: number) => {
    const data = "data" in query ? query.data : undefined;
    const message = query.message;
    const userLang = chooseLanguage({
      override: languages.get(query.from.id),
      languageCode: query.from.language_code,
    });
    const expired = () =>
      queues.track(sender.answerCallback(query.id, strings(userLang).callbackExpired, true));
    if (data === undefined || message === undefined) return expired();
    const chatId = message.chat.id;
    if (data.startsWith("l:")) {
      const chosen = parseLanguageArgument(data.slice(2));
      if (chosen === undefined) return expired();
      languages.set(query.from.id, chosen);
      queues.track(sender.answerCallback(query.id, strings(chosen).langChosen));
      return;
    }
    if (data.startsWith(SUGGESTION_PREFIX)) {
      // A suggested question: asked as if the user had typed it (allowlist and rate limit apply).
      const question = suggestedQuestion(query);
      if (question === undefined) return expired();
      queues.track(sender.answerCallback(query.id, question));
      const lang = chooseLanguage({ override: languages.get(query.from.id), text: question });
      const inc = { updateId, chatId, chatType: message.chat.type as ChatKind, userId: query.from.id };
      const at = { messageId: message.message_id, threadId: topicOf(message), lang, edited: false };
      return admit({ ...inc, ...at }, { kind: "question", text: question }, "suggestion");
    }
    const entry = data.startsWith("s:") ? answers.get(data) : undefined;
    if (entry === undefined || entry.chatId !== chatId) {
      logger.debug("Stale or unknown button pressed", { chatId, updateId });
      return expired();
    }
    const inc: Incoming = {
      updateId,
      chatId,
      chatType: message.chat.type as ChatKind,
      userId: query.from.id,
      messageId: message.message_id,
      threadId: topicOf(message),
      lang: entry.answer.lang,
      edited: false,
    };
    if (!isAllowed(chatId, query.from.id)) {
      queues.track(sender.answerCallback(query.id, strings(userLang).notAllowed(chatId), true));
      return;
    }
    const decision = limiter.check(query.from.id);
    if (decision.kind !== "allow") {
      const seconds = decision.kind === "notify" ? Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) : 30;
      queues.track(sender.answerCallback(query.id, strings(userLang).rateLimited(seconds), true));
      return;
    }
    queues.track(sender.answerCallback(query.id));
    enqueue(inc, "sources", (signal) => perform(inc, { kind: "sources", answer: entry.answer }, signal));
  };

  telegraf.on("message", (ctx) => onMessage(ctx.message, ctx.update.update_id, false));
  telegraf.on("edited_message", (ctx) => onMessage(ctx.editedMessage, ctx.update.update_id, true));
  telegraf.on("callback_query", (ctx) => onCallback(ctx.callbackQuery, ctx.update.update_id));
  telegraf.catch((error, ctx) => {
    logger.error("Update handler failed", { updateId: ctx.update.update_id, error });
  });

  return {
    telegraf,
    logger,
    redact,
    get pending() {
      return queues.pending;
    },
    drain: () => queues.drain(),
    abortInFlight: () => queues.abortAll(),
  };
}
