import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
/**
 * Bot throughput: the real bot (`runBot`, long polling, the real offline pipeline on the
 * project corpus) against the telegram-test-api Bot API emulator on 127.0.0.1, behind the
 * test harness's proxy (which paces empty `getUpdates` replies by 20 ms, because the emulator
 * ignores the long-polling timeout and the bot would otherwise spin). N simulated users in
 * private chats ask at the same time; each asks its questions one after another, sending the
 * next once the previous one is answered (a closed loop). End-to-end latency runs from just
 * before the user's message is posted to the emulator storing the bot's reply to it.
 *
 * A question is answered when a bot message in its chat replies to its message id; more than
 * one such message is a duplicate; none before the round's deadline is a loss. The bot's
 * per-user rate limit is set very high here (it would otherwise refuse the flood by design).
 */

import { runBot } from "../../src/bot/run-bot.js";
import type { QuestionAnswerer } from "../../src/core/types.js";
import {
  captureLogger,
  startEmulator,
  startFaultProxy,
  TOKEN,
  userMessageId,
  waitFor,
} from "../../test/bot/harness.js";
import { type Summary, summarize } from "./stats.js";

export interface BotRound {
  readonly users: number;
  readonly questionsPerUser: number;
  readonly asked: number;
  readonly answered: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly outOfOrder: number;
  readonly wallMs: number;
  readonly answersPerSecond: number;
  readonly latency: Summary;
}

export interface BotBenchResult {
  readonly rounds: readonly BotRound[];
  readonly rateLimit: { readonly max: number; readonly windowMs: number };
  readonly concurrency: number;
  readonly warnings: number;
  readonly errors: number;
}

export interface BotBenchOptions {
  readonly answerer: QuestionAnswerer;
  /** Questions users pick from (each user asks distinct ones, in a rotated order). */
  readonly questions: readonly { readonly question: string; readonly lang: "ar" | "en" }[];
  readonly rounds: readonly { readonly users: number; readonly questionsPerUser: number }[];
  readonly roundTimeoutMs: number;
  readonly progress: (line: string) => void;
}

const RATE_LIMIT = { max: 1_000_000, windowMs: 1_000 };
const CONCURRENCY = 4;

interface StoredBotMessage {
  readonly message: { readonly chat_id?: unknown; readonly reply_parameters?: { message_id?: unknown } };
}

export async function benchBot(options: BotBenchOptions): Promise<BotBenchResult> {
  const emulator = await startEmulator();
  const proxy = await startFaultProxy(emulator.config.apiURL);
  const log = captureLogger();
  const stop = new AbortController();
  /** Reply arrival times by `${chatId}:${questionMessageId}`. */
  const replies = new Map<string, number[]>();
  const onBotMessage = () => {
    const stored = emulator.storage.botMessages.at(-1) as unknown as StoredBotMessage | undefined;
    const replyTo = stored?.message.reply_parameters?.message_id;
    if (stored === undefined || replyTo === undefined) return;
    const key = `${Number(stored.message.chat_id)}:${Number(replyTo)}`;
    const times = replies.get(key) ?? [];
    times.push(performance.now());
    replies.set(key, times);
  };
  emulator.on("AddedBotMessage", onBotMessage);
  const running = runBot(
    {
      answerer: options.answerer,
      config: {
        token: TOKEN,
        apiRoot: proxy.url,
        allowedChatIds: [],
        rateLimit: RATE_LIMIT,
        // A fresh ledger each run: a kept one would drop this run's update ids as already seen.
        ledgerPath: path.join(mkdtempSync(path.join(tmpdir(), "bench-ledger-")), "ledger.jsonl"),
      },
      logger: log.logger,
      signal: stop.signal,
    },
    { handleSignals: false, shutdownGraceMs: 10_000, concurrency: CONCURRENCY },
  );
  const rounds: BotRound[] = [];
  try {
    await waitFor(() => log.lines.some((l) => l.includes("Bot started")), "the bot to start", 30_000);
    let nextUser = 10_000;
    for (const round of options.rounds) {
      options.progress(`[bot] ${round.users} users × ${round.questionsPerUser} questions…`);
      const firstUser = nextUser;
      nextUser += round.users;
      rounds.push(await runRound(round, firstUser));
    }
  } finally {
    emulator.off("AddedBotMessage", onBotMessage);
    stop.abort();
    await running.catch(() => undefined);
    await proxy.close();
    await emulator.stop();
  }
  return {
    rounds,
    rateLimit: RATE_LIMIT,
    concurrency: CONCURRENCY,
    warnings: log.lines.filter((l) => l.startsWith("WARN")).length,
    errors: log.lines.filter((l) => l.startsWith("ERROR")).length,
  };

  async function runRound(
    round: { readonly users: number; readonly questionsPerUser: number },
    firstUser: number,
  ): Promise<BotRound> {
    const latencies: number[] = [];
    const asked: { chatId: number; messageId: number }[] = [];
    const deadline = performance.now() + options.roundTimeoutMs;
    const started = performance.now();
    const user = async (u: number) => {
      const chatId = firstUser + u;
      const client = emulator.getClient(TOKEN, {
        userId: chatId,
        chatId,
        type: "private",
        firstName: `Bench${u}`,
        userName: `bench${chatId}`,
      });
      for (let k = 0; k < round.questionsPerUser; k++) {
        const pick = options.questions[(u * 7 + k) % options.questions.length];
        if (pick === undefined) return;
        const sentAt = performance.now();
        await client.sendMessage(
          client.makeMessage(pick.question, { from: { language_code: pick.lang } } as never),
        );
        const messageId = userMessageId(emulator, chatId, pick.question);
        if (messageId === undefined) throw new Error(`the emulator lost a user message in chat ${chatId}`);
        asked.push({ chatId, messageId });
        const key = `${chatId}:${messageId}`;
        for (;;) {
          const at = replies.get(key)?.[0];
          if (at !== undefined) {
            latencies.push(at - sentAt);
            break;
          }
          if (performance.now() > deadline) return;
          await new Promise((r) => setTimeout(r, 2));
        }
      }
    };
    await Promise.all(Array.from({ length: round.users }, (_, u) => user(u)));
    const wallMs = performance.now() - started;
    // Let late duplicates show up before counting.
    await new Promise((r) => setTimeout(r, 300));
    let answered = 0;
    let duplicated = 0;
    let outOfOrder = 0;
    const lastReplyByChat = new Map<number, number>();
    for (const q of asked) {
      const times = replies.get(`${q.chatId}:${q.messageId}`) ?? [];
      if (times.length > 0) answered++;
      if (times.length > 1) duplicated += times.length - 1;
      const at = times[0];
      if (at !== undefined) {
        if ((lastReplyByChat.get(q.chatId) ?? -1) > at) outOfOrder++;
        lastReplyByChat.set(q.chatId, at);
      }
    }
    return {
      users: round.users,
      questionsPerUser: round.questionsPerUser,
      asked: round.users * round.questionsPerUser,
      answered,
      lost: round.users * round.questionsPerUser - answered,
      duplicated,
      outOfOrder,
      wallMs,
      answersPerSecond: answered / (wallMs / 1000),
      latency: summarize(latencies),
    };
  }
}
