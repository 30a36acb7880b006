/**
 * Long polling of our own (instead of telegraf's `launch`), so that updates are confirmed only
 * after they are on disk: a batch is recorded in the ledger, then the next `getUpdates` asks
 * for an offset past it — which is what tells Telegram it may forget them. Failures do not stop
 * the bot: 429 waits `retry_after`, anything else (400, 5xx, network, a hung call) backs off and
 * tries again. Only 401 (token revoked) and 409 (another poller or a webhook) end it, with a
 * message that says what to do.
 */
import { TelegramError } from "telegraf";
import type { Update } from "telegraf/types";
import { ConfigError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { describeSafely, type Redactor } from "../core/redact.js";
import { sleep as realSleep, type Sleep } from "../core/sleep.js";
import { chatOf, type UpdateLedger } from "./ledger.js";
import type { BotApi } from "./sender.js";

export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

export interface PollOptions {
  readonly api: BotApi;
  readonly ledger: UpdateLedger;
  /** Called with the chat of each newly recorded update. */
  readonly onRecorded: (chat: string) => void;
  readonly signal: AbortSignal;
  readonly logger: Logger;
  readonly redact: Redactor;
  readonly sleep?: Sleep;
  /** Long-poll timeout asked of Telegram (default 30 s); the call's own deadline is 10 s more. */
  readonly timeoutSeconds?: number;
  readonly limit?: number;
  /** Longest back-off between failed polls (default 30 s). */
  readonly maxBackoffMs?: number;
}

/** A fatal polling error turned into something a person can act on; undefined if transient. */
export function fatalPollingError(error: unknown): ConfigError | undefined {
  if (!(error instanceof TelegramError)) return undefined;
  if (error.code === 401)
    return new ConfigError(
      "Telegram rejected TELEGRAM_BOT_TOKEN (401) while polling: the token was revoked or is wrong. " +
        "Copy it again from @BotFather (/mybots → API Token).",
      { cause: error },
    );
  if (error.code === 409)
    return new ConfigError(
      "Telegram reports a conflict (409): another instance of this bot is polling, or a webhook is set. " +
        "Stop the other instance, or use WEBHOOK_URL for every instance (with REDIS_URL for several).",
      { cause: error },
    );
  return undefined;
}

export async function poll(options: PollOptions): Promise<void> {
  const { api, ledger, signal, logger, redact } = options;
  const sleep = options.sleep ?? realSleep;
  const timeout = options.timeoutSeconds ?? 30;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  let offset = ((await ledger.lastUpdateId()) ?? -1) + 1;
  let failures = 0;
  while (!signal.aborted) {
    let updates: Update[];
    try {
      const deadline = AbortSignal.timeout((timeout + 10) * 1000);
      updates = (await api.callApi(
        "getUpdates",
        { offset, timeout, limit: options.limit ?? 100, allowed_updates: [...ALLOWED_UPDATES] },
        { signal: AbortSignal.any([signal, deadline]) },
      )) as Update[];
    } catch (error) {
      if (signal.aborted) return;
      const fatal = fatalPollingError(error);
      if (fatal !== undefined) throw fatal;
      failures++;
      const retryAfter = error instanceof TelegramError ? error.parameters?.retry_after : undefined;
      const wait =
        retryAfter !== undefined
          ? retryAfter * 1000
          : Math.min(maxBackoff, 500 * 2 ** Math.min(failures - 1, 10));
      logger.warn("getUpdates failed; trying again", {
        error: describeSafely(error, redact),
        attempt: failures,
        waitMs: wait,
      });
      try {
        await sleep(wait, signal);
      } catch {
        return;
      }
      continue;
    }
    if (failures > 0) logger.info("getUpdates works again", { after: failures });
    failures = 0;
    if (updates.length === 0) continue;
    // On disk first; only then does the next getUpdates (offset past them) confirm them.
    const fresh = await ledger.record(updates);
    offset = Math.max(offset, ...updates.map((u) => u.update_id + 1));
    updates.forEach((u, i) => {
      if (fresh[i]) options.onRecorded(chatOf(u));
    });
  }
}
