/**
 * The bot's middleware, in the order create-bot.ts composes them: `route` (what a message is,
 * and where its reply goes; chatter is dropped here), `language`, `admit` (allowlist, then
 * rate limit). Commands, buttons and questions follow in their own files.
 */
import type { MiddlewareFn } from "telegraf";
import type { Message, MessageEntity } from "telegraf/types";
import { strings } from "../render/i18n.js";
import { type BotContext, replyText, stateOf } from "./context.js";
import { chooseLanguage } from "./language.js";
import { type ChatKind, mentionsBot, NON_TEXT_KINDS, type Route, routeText } from "./routing.js";

/** The forum topic a message belongs to, if any (plain groups have no topics). */
function topicOf(message: object): number | undefined {
  const m = message as { is_topic_message?: boolean; message_thread_id?: number };
  return m.is_topic_message === true ? m.message_thread_id : undefined;
}

function routeMessage(ctx: BotContext, message: Message, edited: boolean): Route {
  if (message.from?.is_bot === true) return { kind: "ignore", reason: "from a bot" };
  const chatType = message.chat.type as ChatKind;
  const me = ctx.botInfo;
  const replyTo = "reply_to_message" in message ? message.reply_to_message : undefined;
  const replyToBot = me !== undefined && replyTo?.from?.id === me.id;
  if ("text" in message && typeof message.text === "string") {
    const entities = "entities" in message ? (message.entities as MessageEntity[] | undefined) : undefined;
    const route = routeText({
      text: message.text,
      entities,
      chatType,
      replyToBot,
      botUsername: me?.username,
      botId: me?.id,
    });
    // Re-running a command because its message was edited would surprise; edited questions are answered again.
    return edited && route.kind === "command" ? { kind: "ignore", reason: "edited command" } : route;
  }
  const what = NON_TEXT_KINDS.find((k) => k in message);
  if (what === undefined || edited) return { kind: "ignore", reason: "service message or edited media" };
  const caption = "caption" in message && typeof message.caption === "string" ? message.caption : undefined;
  const captionEntities =
    "caption_entities" in message ? (message.caption_entities as MessageEntity[] | undefined) : undefined;
  const addressed =
    chatType === "private" ||
    replyToBot ||
    (caption !== undefined &&
      mentionsBot({ text: caption, entities: captionEntities, botUsername: me?.username, botId: me?.id }));
  return addressed ? { kind: "non_text", what } : { kind: "ignore", reason: "unaddressed media in a group" };
}

/** Decide what a message is and where its reply goes; ignored messages stop here. */
export const route: MiddlewareFn<BotContext> = async (ctx, next) => {
  const s = stateOf(ctx);
  const message = ctx.message ?? ctx.editedMessage;
  if (message !== undefined) {
    const r = routeMessage(ctx, message, ctx.editedMessage !== undefined);
    if (r.kind === "ignore") {
      ctx.services.logger.debug("Ignored a message", {
        chatId: message.chat.id,
        updateId: ctx.update.update_id,
        reason: r.reason,
      });
      return;
    }
    s.route = r;
    s.target = { chatId: message.chat.id, replyTo: message.message_id, threadId: topicOf(message) };
    return next();
  }
  const button = ctx.callbackQuery?.message;
  if (button !== undefined) {
    s.target = { chatId: button.chat.id, replyTo: button.message_id, threadId: topicOf(button) };
    return next();
  }
  if (ctx.callbackQuery !== undefined) return next(); // an inline message's button: answered as expired
};

/** The user's language: their `/lang` choice, else Telegram's `language_code`, else their text's. */
export const language: MiddlewareFn<BotContext> = async (ctx, next) => {
  const s = stateOf(ctx);
  const user = ctx.from?.id ?? ctx.chat?.id;
  const r = s.route;
  s.lang = chooseLanguage({
    override: user === undefined ? undefined : await ctx.services.state.language(String(user)),
    languageCode: ctx.from?.language_code,
    text: r?.kind === "question" ? r.text : r?.kind === "command" ? r.args : undefined,
  });
  return next();
};

/** Allowlist, then rate limit (one notice when the limit is reached, then silence). */
export const admit: MiddlewareFn<BotContext> = async (ctx, next) => {
  const { config, state, sender, logger } = ctx.services;
  const s = stateOf(ctx);
  const text = strings(s.lang);
  const chatId = ctx.chat?.id;
  const userId = ctx.from?.id;
  const key = String(userId ?? chatId);
  const query = ctx.callbackQuery;
  const allowed =
    config.allowedChatIds.length === 0 ||
    (chatId !== undefined && config.allowedChatIds.includes(chatId)) ||
    (userId !== undefined && config.allowedChatIds.includes(userId));
  if (!allowed) {
    logger.info("Refused a chat that is not in ALLOWED_CHAT_IDS", { chatId, userId });
    if (query !== undefined) return sender.answerCallback(query.id, text.notAllowed(chatId ?? 0), true);
    if ((await state.admit(key, config.rateLimit)).kind === "allow")
      await replyText(ctx, text.notAllowed(chatId ?? 0));
    return;
  }
  const decision = await state.admit(key, config.rateLimit);
  if (decision.kind === "allow") return next();
  const seconds = decision.kind === "notify" ? Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) : 30;
  logger.info("Rate limited", { chatId, userId, updateId: ctx.update.update_id, decision: decision.kind });
  if (query !== undefined) return sender.answerCallback(query.id, text.rateLimited(seconds), true);
  if (decision.kind === "notify") await replyText(ctx, text.rateLimited(seconds));
};
