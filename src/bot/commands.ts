/**
 * The command table: one handler per command, registered with `bot.command(name, …)`. A known
 * command that arrives without a `bot_command` entity (some clients) reaches the same handler
 * through `runCommand`.
 */
import type { Telegraf } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";
import { summaryQuestion } from "../answer/request.js";
import { COMMAND_NAMES, type CommandName, strings } from "../render/i18n.js";
import { renderHelp, renderSourceList } from "../render/telegram/answer.js";
import { escapeHtml } from "../render/telegram/html.js";
import { type BotContext, reply, replyHtml, replyText, stateOf } from "./context.js";
import { parseLanguageArgument } from "./language.js";
import { answerQuestion } from "./question.js";
import { isKnownCommand } from "./routing.js";
import { withSuggestions } from "./suggestions.js";

type CommandHandler = (ctx: BotContext, args: string) => Promise<unknown>;

/** Buttons offered by `/lang` without an argument. */
export const LANGUAGE_KEYBOARD: InlineKeyboardMarkup = {
  inline_keyboard: [
    [
      { text: strings("ar").languageName, callback_data: "l:ar" },
      { text: strings("en").languageName, callback_data: "l:en" },
    ],
  ],
};

const help: CommandHandler = (ctx) => {
  const lang = stateOf(ctx).lang;
  return reply(
    ctx,
    renderHelp(lang, ctx.botInfo?.username, ctx.services.answerer.listSources()),
    withSuggestions(undefined, strings(lang).exampleQuestions),
  );
};

export const COMMANDS: Record<CommandName, CommandHandler> = {
  start: help,
  help,
  sources: (ctx) => reply(ctx, renderSourceList(ctx.services.answerer.listSources(), stateOf(ctx).lang)),
  lang: async (ctx, args) => {
    const chosen = parseLanguageArgument(args);
    if (chosen === undefined) return replyText(ctx, strings(stateOf(ctx).lang).langPrompt, LANGUAGE_KEYBOARD);
    await ctx.services.state.setLanguage(String(ctx.from?.id ?? ctx.chat?.id), chosen);
    stateOf(ctx).lang = chosen;
    return replyText(ctx, strings(chosen).langChosen);
  },
  quote: (ctx, args) =>
    args.trim() === ""
      ? replyHtml(ctx, strings(stateOf(ctx).lang).quoteUsage)
      : answerQuestion(ctx, args, true),
  summary: (ctx, args) => answerQuestion(ctx, summaryQuestion(args, stateOf(ctx).lang), false),
  ask: (ctx, args) =>
    args.trim() === ""
      ? replyHtml(ctx, strings(stateOf(ctx).lang).askUsage(ctx.botInfo?.username))
      : answerQuestion(ctx, args, false),
};

/** Run a routed command: a known one through the table, an unknown one gets a hint. */
export function runCommand(ctx: BotContext, name: string, args: string): Promise<unknown> {
  if (isKnownCommand(name)) return COMMANDS[name](ctx, args);
  return replyHtml(ctx, strings(stateOf(ctx).lang).unknownCommand(`/${escapeHtml(name)}`));
}

export function registerCommands(bot: Telegraf<BotContext>): void {
  for (const name of COMMAND_NAMES) {
    bot.command(name, async (ctx, next) => {
      const r = stateOf(ctx).route;
      if (r?.kind !== "command" || r.name !== name) return next();
      await COMMANDS[name](ctx, r.args);
    });
  }
}
