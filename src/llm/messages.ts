import { type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { Lang, Turn } from "../core/types.js";
import type { NumberedPassage } from "./passages.js";
import { fillPrompt, type Prompts } from "./prompts.js";

/**
 * The messages sent to the model. Instructions live in the system message and the fixed
 * wording of the templates; everything that comes from users (questions, earlier turns) or
 * the corpus is data, placed between delimiters the system prompt names. Data cannot close
 * a delimiter early: any tag-like `<question>`/`</passages>`… inside it is defused first.
 */

const DELIMITER_TAGS = /<\s*(\/?)\s*(question|history|passages|passage|turn|system|instructions?)\b/gi;

/** Make data unable to open or close one of the prompt's delimiters. */
export function defuseDelimiters(text: string): string {
  return text.replace(DELIMITER_TAGS, (_m, slash: string, tag: string) => `‹${slash}${tag}`);
}

/** Strip control characters (except newlines and tabs) from user data. */
function cleanData(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return defuseDelimiters(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")).trim();
}

export const languageName = (lang: Lang): string =>
  lang === "ar" ? "Arabic (Modern Standard Arabic)" : "English";

/** Numbered passages with their paragraph numbers, each in its own tag. */
export function formatPassages(passages: readonly NumberedPassage[]): string {
  return passages
    .map((p) => `<passage n="${p.n}" paragraph="${p.paragraph}">\n${defuseDelimiters(p.text)}\n</passage>`)
    .join("\n");
}

export function answerMessages(
  prompts: Prompts,
  question: string,
  lang: Lang,
  passages: readonly NumberedPassage[],
): BaseMessage[] {
  return [
    new SystemMessage(prompts.system.text),
    new HumanMessage(
      fillPrompt(prompts.answer, {
        passages: formatPassages(passages),
        question: cleanData(question),
        language: languageName(lang),
      }),
    ),
  ];
}

export function translateMessages(prompts: Prompts, question: string): BaseMessage[] {
  return [
    new SystemMessage(prompts.system.text),
    new HumanMessage(fillPrompt(prompts.translateQuery, { question: cleanData(question) })),
  ];
}

/** Most characters of an earlier answer shown to the condensation prompt. */
const HISTORY_ANSWER_CHARS = 400;

export function formatHistory(history: readonly Turn[]): string {
  return history
    .map((turn, i) => {
      const answer = turn.answer === undefined ? "" : turn.answer.lead.trim() || turn.answer.text.trim();
      const short =
        answer.length > HISTORY_ANSWER_CHARS ? `${answer.slice(0, HISTORY_ANSWER_CHARS)}…` : answer;
      const lines = [`<turn n="${i + 1}">`, `Reader: ${cleanData(turn.question)}`];
      if (short.length > 0) lines.push(`Assistant: ${cleanData(short)}`);
      lines.push("</turn>");
      return lines.join("\n");
    })
    .join("\n");
}

export function condenseMessages(
  prompts: Prompts,
  question: string,
  history: readonly Turn[],
): BaseMessage[] {
  return [
    new SystemMessage(prompts.system.text),
    new HumanMessage(
      fillPrompt(prompts.condense, { history: formatHistory(history), question: cleanData(question) }),
    ),
  ];
}
