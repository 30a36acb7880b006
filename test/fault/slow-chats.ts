/**
 * Head-of-line blocking, as users would see it: `sendMessage` hangs in some chats while other
 * chats ask; how long do the others wait? Shared by test/fault/api-faults.test.ts (asserts)
 * and `npm run bench` (reports), against a bot already running on `api`.
 */
import { summarize } from "../../bench/lib/stats.js";
import { waitFor } from "../bot/harness.js";
import type { FakeBotApi } from "./bot-api.js";

export interface HangingChatsResult {
  readonly stuckChats: number;
  readonly otherChats: number;
  /** Per other chat: from the question to its reply, ms. */
  readonly otherMs: readonly number[];
  readonly slowestMs: number;
  readonly p95Ms: number;
  /** Hung chats that got a reply anyway (their sendMessage never returns: expected 0). */
  readonly hungAnswered: number;
  /** From the hung questions to the bot giving up on all of them (its stated bound). */
  readonly gaveUpMs: number;
}

const failureLine = (l: string) => l.includes("Update handler failed") || l.includes("Failed to handle");

/**
 * `stuck` chats ask while their sendMessage hangs; 100 ms later the `others` ask. Waits up to
 * `othersWithinMs` for every other chat's reply and `giveUpWithinMs` for the bot to give up on
 * the hung ones (throws past either); the hung calls are released at the end.
 */
export async function hangingChats(
  api: FakeBotApi,
  logLines: () => readonly string[],
  options: {
    readonly stuck: readonly number[];
    readonly others: readonly number[];
    readonly othersWithinMs: number;
    readonly giveUpWithinMs: number;
  },
): Promise<HangingChatsResult> {
  const failuresBefore = logLines().filter(failureLine).length;
  for (const chatId of options.stuck)
    api.fail({ method: "sendMessage", chatId, action: { kind: "hang" }, times: Number.POSITIVE_INFINITY });
  const ask = (chatIds: readonly number[], text: string) =>
    chatIds.map((chatId) => ({ chatId, at: Date.now(), ...api.userSends(chatId, text) }));
  const answered = (q: { chatId: number; messageId: number }) =>
    api.repliesTo(q.chatId, q.messageId).length > 0;
  try {
    const hung = ask(options.stuck, "What about Syria? (hung)");
    await new Promise((r) => setTimeout(r, 100)); // the hung sends are in flight
    const others = ask(options.others, "What about the Gulf? (others)");
    await waitFor(() => others.every(answered), "the other chats", options.othersWithinMs);
    const otherMs = others.map((q) => (api.repliesTo(q.chatId, q.messageId)[0]?.at ?? 0) - q.at);
    const hungAnswered = hung.filter(answered).length;
    const firstHung = hung[0]?.at ?? Date.now();
    await waitFor(
      () => logLines().filter(failureLine).length - failuresBefore >= options.stuck.length,
      "the hung chats to give up",
      options.giveUpWithinMs,
    );
    const summary = summarize(otherMs);
    return {
      stuckChats: options.stuck.length,
      otherChats: options.others.length,
      otherMs,
      slowestMs: summary.max,
      p95Ms: summary.p95,
      hungAnswered,
      gaveUpMs: Date.now() - firstHung,
    };
  } finally {
    api.clearFaults();
  }
}
