/**
 * Button presses, one `bot.action(...)` each: `l:<lang>` chooses the language, `s:<update>`
 * shows the sources of that answer (kept in `ChatState`, so any instance can serve it); any
 * other button — e.g. an answer forgotten since — is answered as expired.
 */
import type { Telegraf } from "telegraf";
import type { Lang } from "../core/types.js";
import { strings } from "../render/i18n.js";
import { renderSourcesDetail } from "../render/telegram/answer.js";
import { type BotContext, reply, stateOf } from "./context.js";

export const LANGUAGE_BUTTON = /^l:(ar|en)$/;
export const SOURCES_BUTTON = /^s:\d+$/;

const expired = (ctx: BotContext) =>
  ctx.callbackQuery === undefined
    ? Promise.resolve()
    : ctx.services.sender.answerCallback(
        ctx.callbackQuery.id,
        strings(stateOf(ctx).lang).callbackExpired,
        true,
      );

export function registerButtons(bot: Telegraf<BotContext>): void {
  bot.action(LANGUAGE_BUTTON, async (ctx) => {
    const chosen = ctx.match[1] as Lang;
    await ctx.services.state.setLanguage(String(ctx.from.id), chosen);
    await ctx.services.sender.answerCallback(ctx.callbackQuery.id, strings(chosen).langChosen);
  });
  bot.action(SOURCES_BUTTON, async (ctx) => {
    const stored = await ctx.services.state.answer(ctx.match[0]);
    const chatId = stateOf(ctx).target?.chatId;
    if (stored === undefined || stored.chatId !== chatId) {
      ctx.services.logger.debug("Stale or unknown button pressed", {
        chatId,
        updateId: ctx.update.update_id,
      });
      return expired(ctx);
    }
    await ctx.services.sender.answerCallback(ctx.callbackQuery.id);
    await reply(ctx, renderSourcesDetail(stored.answer));
  });
  bot.on("callback_query", expired);
}
