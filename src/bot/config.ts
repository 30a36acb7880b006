/**
 * The bot's own configuration type (as grammY's `BotConfig` sits beside `Bot`). `app/config.ts`
 * maps the environment onto it; nothing in `src/bot` reads the environment or the app's config.
 * Defaults are documented on the fields and applied by `botDefaults`.
 */
export interface WebhookConfig {
  /** Public https URL Telegram posts to (WEBHOOK_URL). */
  readonly url: string;
  /** Path the server answers on (default `/telegram`). */
  readonly path: string;
  readonly port: number;
  readonly host: string;
  /** Sent back by Telegram in `X-Telegram-Bot-Api-Secret-Token`; requests without it get 401. */
  readonly secret: string;
  /** Register the webhook with `setWebhook` at start (default true; false behind a shared proxy
   *  where one instance, or the operator, registers it). */
  readonly register?: boolean;
}

export interface BotConfig {
  readonly token: string;
  readonly apiRoot?: string;
  readonly webhook?: WebhookConfig;
  readonly allowedChatIds: readonly number[];
  readonly rateLimit: { readonly max: number; readonly windowMs: number };
  /** Shared store for several instances (chat state, update ledger, per-chat locks). */
  readonly redisUrl?: string;
  /** The embedded update ledger (one instance; default `.bot-ledger-<bot id>.jsonl`). */
  readonly ledgerPath?: string;
  readonly deadlines?: Partial<BotDeadlines>;
}

/** Bounds on every outside call, in milliseconds. */
export interface BotDeadlines {
  /** One Bot API call (sendMessage, editMessageText, …), each attempt (default 10 s). */
  readonly telegramCallMs: number;
  /** Longest `retry_after` honoured for one call; longer means give up (default 30 s). */
  readonly maxRetryAfterMs: number;
  /** The offline answer (default 10 s). */
  readonly answerMs: number;
  /** The model's answer that may replace the offline one (default 30 s). */
  readonly refineMs: number;
}

export const DEFAULT_DEADLINES: BotDeadlines = {
  telegramCallMs: 10_000,
  maxRetryAfterMs: 30_000,
  answerMs: 10_000,
  refineMs: 30_000,
};

export function deadlinesOf(config: BotConfig): BotDeadlines {
  return { ...DEFAULT_DEADLINES, ...config.deadlines };
}
