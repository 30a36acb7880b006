/**
 * Deciding what an incoming text message is (pure): a command for this bot, a question,
 * or something to ignore (group chatter, commands for other bots).
 */
import type { MessageEntity } from "telegraf/types";
import { escapeRegExp } from "../core/unicode.js";
import { COMMAND_NAMES, type CommandName } from "../render/i18n.js";
import { stripBidiControls } from "../render/telegram/bidi.js";

export interface ParsedCommand {
  /** Lower-cased command name without the slash. */
  readonly name: string;
  /** Text after the command, trimmed (may be empty). */
  readonly args: string;
  /** The `@BotName` suffix, if any. */
  readonly target?: string;
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?=\s|$)([\s\S]*)$/;

/** `/quote@Bot topic` → `{ name: "quote", target: "Bot", args: "topic" }`; not a command → undefined. */
export function parseCommand(text: string): ParsedCommand | undefined {
  const m = COMMAND.exec(stripBidiControls(text).trimStart());
  if (m === null) return undefined;
  const name = (m[1] ?? "").toLowerCase();
  const args = (m[3] ?? "").trim();
  return m[2] === undefined ? { name, args } : { name, args, target: m[2] };
}

export function isKnownCommand(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

export type ChatKind = "private" | "group" | "supergroup" | "channel";

export type Route =
  | { readonly kind: "command"; readonly name: string; readonly args: string }
  | { readonly kind: "question"; readonly text: string }
  | { readonly kind: "non_text"; readonly what: string }
  | { readonly kind: "ignore"; readonly reason: string };

/** Message kinds that are not text: the bot says it only takes text questions. */
export const NON_TEXT_KINDS = [
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

export interface TextMessageInput {
  readonly text: string;
  readonly entities?: readonly MessageEntity[];
  readonly chatType: ChatKind;
  /** The message replies to one of this bot's messages. */
  readonly replyToBot: boolean;
  readonly botUsername?: string;
  readonly botId?: number;
}

/** Does the message mention this bot (`@BotName` or a text mention of its user)? */
export function mentionsBot(
  input: Pick<TextMessageInput, "text" | "entities" | "botUsername" | "botId">,
): boolean {
  const username = input.botUsername?.toLowerCase();
  for (const e of input.entities ?? []) {
    if (e.type === "mention" && username !== undefined) {
      const mention = input.text.slice(e.offset, e.offset + e.length).toLowerCase();
      if (mention === `@${username}`) return true;
    }
    if (e.type === "text_mention" && input.botId !== undefined && e.user.id === input.botId) return true;
  }
  // Some clients (and emulators) send no entities: fall back to the plain text.
  return (
    username !== undefined &&
    new RegExp(`(^|[^\\w@])@${escapeRegExp(username)}(?![\\w])`, "i").test(input.text)
  );
}

/** Remove `@BotName` mentions from a question. */
export function stripMention(text: string, botUsername: string | undefined): string {
  if (botUsername === undefined) return text.trim();
  return text
    .replace(new RegExp(`(^|[^\\w@])@${escapeRegExp(botUsername)}(?![\\w])[,:،]?`, "gi"), "$1")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/** Route one text message. In groups the bot speaks only when addressed. */
export function routeText(input: TextMessageInput): Route {
  const inGroup = input.chatType === "group" || input.chatType === "supergroup";
  if (input.chatType === "channel") return { kind: "ignore", reason: "channel" };
  const command = parseCommand(input.text);
  if (command !== undefined) {
    const forUs =
      command.target === undefined ||
      (input.botUsername !== undefined && command.target.toLowerCase() === input.botUsername.toLowerCase());
    if (!forUs) return { kind: "ignore", reason: "command for another bot" };
    // An unaddressed unknown command in a group is probably meant for another bot.
    if (inGroup && command.target === undefined && !isKnownCommand(command.name)) {
      return { kind: "ignore", reason: "unknown group command" };
    }
    return { kind: "command", name: command.name, args: command.args };
  }
  if (!inGroup) return { kind: "question", text: input.text };
  if (mentionsBot(input) || input.replyToBot) {
    return { kind: "question", text: stripMention(input.text, input.botUsername) };
  }
  return { kind: "ignore", reason: "group message not addressed to the bot" };
}
