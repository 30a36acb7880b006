/**
 * Answering a question. The offline answer — verified quotes, nothing from a model — is
 * computed within its deadline and sent at once. With a model configured, the model's answer
 * (itself verified claim by claim, see llm/citations.ts) is then awaited within its own
 * deadline and, if it differs, replaces the offline answer by editing the same message(s);
 * if the model fails or hangs, the offline answer simply stays. Nothing unverified is sent.
 */
import type { InlineKeyboardMarkup } from "telegraf/types";
import { describeSafely } from "../core/redact.js";
import type { Answer, Lang, QuestionAnswerer, Turn } from "../core/types.js";
import { strings } from "../render/i18n.js";
import { renderAnswer } from "../render/telegram/answer.js";
import { type BotContext, reply, replyText, stateOf } from "./context.js";
import { checkQuestion } from "./input.js";
import { withSuggestions } from "./suggestions.js";

class DeadlineError extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "DeadlineError";
  }
}

/** Ask within `ms`; the answerer is told to stop (signal) and is not waited for after that. */
async function askWithin(
  answerer: QuestionAnswerer,
  question: string,
  options: { history: readonly Turn[]; wantQuotes: boolean; signal: AbortSignal },
  ms: number,
): Promise<Answer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineError(ms)), ms);
  const signal = AbortSignal.any([options.signal, controller.signal]);
  const stopped = new Promise<never>((_, reject) =>
    signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
  );
  stopped.catch(() => {});
  try {
    return await Promise.race([answerer.ask(question, { ...options, signal }), stopped]);
  } finally {
    clearTimeout(timer);
  }
}

/** Follow-up context is per chat in private chats and per member in groups. */
function historyKey(ctx: BotContext): string {
  const chat = ctx.chat;
  return chat?.type === "private" ? String(chat.id) : `${chat?.id}:${ctx.from?.id ?? "anon"}`;
}

const sourcesButton = (id: string, lang: Lang): InlineKeyboardMarkup => ({
  inline_keyboard: [[{ text: strings(lang).sourcesButton, callback_data: id }]],
});

export async function answerQuestion(ctx: BotContext, raw: string, wantQuotes: boolean): Promise<void> {
  const services = ctx.services;
  const { state, sender, logger, deadlines } = services;
  const s = stateOf(ctx);
  const text = strings(s.lang);
  const check = checkQuestion(raw, services.maxQuestionChars);
  if (check.kind === "empty") return void (await replyText(ctx, text.emptyQuestion));
  if (check.kind === "no_words") return void (await replyText(ctx, text.noWords));
  if (check.kind === "too_long") return void (await replyText(ctx, text.tooLong(check.length, check.max)));

  const chatId = s.target?.chatId ?? 0;
  const key = historyKey(ctx);
  const updateId = ctx.update.update_id;
  // Turns of earlier updates only: a replay after a crash must not see its own question.
  const earlier = (await state.history(key)).filter((t) => t.updateId < updateId);
  const history: readonly Turn[] = earlier.map(({ question, answer }) => ({ question, answer }));
  const started = Date.now();
  const stopTyping = sender.startTypingAfter(chatId, services.typingDelayMs);
  let answer: Answer;
  try {
    answer = await services.answerSlots.run(() =>
      askWithin(services.answerer, check.text, { history, wantQuotes, signal: s.signal }, deadlines.answerMs),
    );
  } catch (error) {
    if (s.signal.aborted && !(error instanceof DeadlineError)) throw error;
    logger.error(error instanceof DeadlineError ? "Answer timed out" : "Answering failed", {
      chatId,
      updateId: ctx.update.update_id,
      error: describeSafely(error, services.redact),
    });
    await replyText(ctx, error instanceof DeadlineError ? text.tooSlow : text.apology);
    return;
  } finally {
    stopTyping();
  }
  // The button names this update: any instance can serve it, and a replay renders it the same.
  const buttonId = `s:${ctx.update.update_id}`;
  const rendered = renderAnswer(answer);
  const sources = rendered.hasSources ? sourcesButton(buttonId, answer.lang) : undefined;
  if (sources !== undefined) await state.saveAnswer(buttonId, { chatId, answer });
  const markup = withSuggestions(sources, rendered.suggestions);
  // Context first: the next question may be answered by another instance the moment this reply is out.
  const remember = (a: Answer) =>
    state.setHistory(
      key,
      [...earlier, { question: check.text, answer: a, updateId }].slice(-services.historyTurns),
    );
  await remember(answer);
  const ids = await reply(ctx, rendered.messages, markup);
  logger.info("Answered", {
    chatId,
    updateId: ctx.update.update_id,
    kind: answer.kind,
    lang: answer.lang,
    quotes: answer.quotes.length,
    messages: ids.length,
    followUp: history.length > 0,
    edited: ctx.editedMessage !== undefined,
    answerer: answer.answerer,
    ms: Date.now() - started,
  });
  if (services.refiner !== undefined && !wantQuotes && answer.kind === "answer") {
    await refine(ctx, { question: check.text, history, remember, buttonId, ids, offline: answer });
  }
}

/** Replace the offline answer with the model's verified one, if it comes in time and differs. */
async function refine(
  ctx: BotContext,
  job: {
    readonly question: string;
    readonly history: readonly Turn[];
    readonly remember: (answer: Answer) => Promise<void>;
    readonly buttonId: string;
    readonly ids: readonly number[];
    readonly offline: Answer;
  },
): Promise<void> {
  const { refiner, sender, state, logger, deadlines, redact } = ctx.services;
  if (refiner === undefined) return;
  const s = stateOf(ctx);
  const chatId = s.target?.chatId ?? 0;
  const started = Date.now();
  let better: Answer;
  try {
    better = await askWithin(
      refiner,
      job.question,
      { history: job.history, wantQuotes: false, signal: s.signal },
      deadlines.refineMs,
    );
  } catch (error) {
    logger.warn("The model's answer did not come; the offline answer stays", {
      chatId,
      error: describeSafely(error, redact),
    });
    return;
  }
  if (better.answerer === job.offline.answerer || better.kind !== "answer") return;
  const rendered = renderAnswer(better);
  if (rendered.messages.length > job.ids.length) {
    logger.info("The model's answer is longer than the offline one's messages; the offline answer stays", {
      chatId,
    });
    return;
  }
  const sources = rendered.hasSources ? sourcesButton(job.buttonId, better.lang) : undefined;
  if (sources !== undefined) await state.saveAnswer(job.buttonId, { chatId, answer: better });
  const markup = withSuggestions(sources, rendered.suggestions);
  try {
    for (const [i, html] of rendered.messages.entries()) {
      const id = job.ids[i];
      if (id === undefined) break;
      const last = i === rendered.messages.length - 1;
      await sender.edit(chatId, id, html, { markup: last ? markup : undefined, signal: s.signal });
    }
    for (const id of job.ids.slice(rendered.messages.length)) await sender.deleteMessage(chatId, id);
  } catch (error) {
    logger.warn("Could not replace the offline answer with the model's", {
      chatId,
      error: describeSafely(error, redact),
    });
    return;
  }
  await job.remember(better);
  logger.info("Replaced the offline answer with the model's", {
    chatId,
    updateId: ctx.update.update_id,
    answerer: better.answerer,
    ms: Date.now() - started,
  });
}
