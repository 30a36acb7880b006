/**
 * Button presses, one `bot.action(...)` each: `l:<lang>` chooses the language, `s:<update>`
 * shows the sources of that answer (kept in `ChatState`, so any instance can serve it), `q:<n>`
 * asks a suggested question (read back from the pressed keyboard); any other button — e.g. an
 * answer forgotten since — is answered as expired. Admission has run before any of them.
 */
import type { Telegraf } from "telegraf";
import type { Lang } from "../core/types.js";
import { strings } from "../render/i18n.js";
import { renderSourcesDetail } from "../render/telegram/answer.js";
import { type BotContext, reply, stateOf } from "./context.js";
import { chooseLanguage } from "./language.js";
import { answerQuestion } from "./question.js";
import { suggestedQuestion } from "./suggestions.js";

export const LANGUAGE_BUTTON = /^l:(ar|en)$/;
export const SOURCES_BUTTON = /^s:\d+$/;
export const SUGGESTION_BUTTON = /^q:\d+$/;

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
  bot.action(SUGGESTION_BUTTON, async (ctx) => {
    // Asked as if the user had typed it, in the question's language unless they chose one.
    const question = suggestedQuestion(ctx.callbackQuery);
    if (question === undefined) return expired(ctx);
    await ctx.services.sender.answerCallback(ctx.callbackQuery.id, question);
    const chosen = await ctx.services.state.language(String(ctx.from.id));
    stateOf(ctx).lang = chooseLanguage({ override: chosen, text: question });
    await answerQuestion(ctx, question, false);
  });
  bot.on("callback_query", expired);
}
